// The contact tracker's CSV import (src/contact-import.mjs) in the
// Spanish page's words (data/tools/registro.yml, recordatorios.yml), without a browser: every
// malformed file is refused with a message naming the line. That the page then shows it and
// changes nothing is tests/test_tools_tracker.py's. A reader's own spreadsheet (any header
// with a name column): tests/js/contact-import.test.mjs.
import "./contacts-page.mjs"; // first: the record's fields, as a page has them
import test from "node:test";
import assert from "node:assert/strict";
import { csvFor, COLUMNS, LEGACY, sorted, sortedBy, windowOf } from "../../src/tracker-records.mjs";
import { importer } from "../../src/contact-import.mjs";
import { sayFrom } from "../../src/lib/words.mjs";
import { toolWords } from "./site-data.mjs";

const say = sayFrom(toolWords("es", "registro", "recordatorios"));
const { toCSV } = csvFor(say);
const read = importer(say);

/* The file as the page takes it with the preview's first guess: {ok, contacts} or {ok, message}. */
export function fromCSV(text, lang, day) {
  const table = read.read(text, lang);
  if (!table.ok) return table;
  return read.contacts(table, table.targets, "day", lang, day);
}

const HEADER = "Nombre,Organización,Estado,Mensaje enviado el,Reunión el,Próximo paso,Fecha del próximo paso,Notas\r\n";
const MALFORMED = [
  [HEADER + 'Ana,Acme,met,,,"sin cerrar,2026-01-01,\r\nBerta,,met,,,,,\r\n', "Línea 2: unas comillas se abren"],
  // Any header with a name column is read now (issue 26): one without gets the names it may use.
  ["Empresa;Org;Status\r\nAna;Acme;met\r\n", "Línea 1: ninguna columna tiene el nombre de los contactos. Columnas del archivo: «Empresa», «Org», «Status»"],
  [HEADER + "Ana,Acme,met,,,,\r\n", "Línea 2: tiene 7 columnas y deben ser 8"],
  [HEADER + "Ana,Acme,met,,,,,\r\n\"B\nC\",Acme,met,,,,,,\r\n", "Línea 3: tiene 9 columnas"],
  [HEADER + "Ana,Acme,contratada,,,,,\r\n", "Línea 2: el estado «contratada» no existe"],
  // 31/12/2025 is accepted now (a spreadsheet's re-save): a 13th month is not.
  [HEADER + "Ana,Acme,met,31/13/2025,,,,\r\n", "Línea 2, columna «Mensaje enviado el»: «31/13/2025»"],
  [HEADER + 'Ana,Ac"me,met,,,,,\r\n', "Línea 2: hay comillas dentro de un campo"],
  ["", "El archivo está vacío"],
];

test("a malformed CSV is refused with a message naming the line, saying nothing changed", () => {
  for (const [data, expected] of MALFORMED) {
    const result = fromCSV(data, "es", "2026-01-01");
    assert.equal(result.ok, false, `${JSON.stringify(data)} should be refused`);
    assert.ok(result.message.includes(expected), `${JSON.stringify(data)}: ${result.message} (expected ${expected})`);
    assert.ok(result.message.endsWith("No se ha cambiado nada."), result.message);
  }
});

test("a file of an earlier version (eight columns) and a re-saved date are read", () => {
  const result = fromCSV(HEADER + "Ana,Acme,Por contactar,31/12/2025,,Escribir,2026-01-05,\r\n", "es", "2026-01-01");
  assert.equal(result.ok, true, result.message);
  assert.equal(LEGACY, 8);
  assert.equal(result.contacts[0].sent, "2025-12-31");
  assert.equal(result.contacts[0].status, "to-contact");
  const back = fromCSV(toCSV(result.contacts, "es", ";", "2026-01-01"), "es", "2026-01-01");
  assert.equal(back.ok, true, back.message);
  assert.equal(back.contacts[0].id, result.contacts[0].id, "the id travels in the file");
  assert.equal(COLUMNS.length, 24);
});

test("the events, the steps ticked off and the target list's fields travel in the CSV", () => {
  const contact = { ...fromCSV(HEADER + "Ana,Acme,,,,,,\r\n", "es", "2026-01-01").contacts[0],
    reason: "reality-check", motivation: "4", replied: "2026-01-08", updated: "2026-02-01", closed: "",
    suggested_by: "Luis Gil", done: "day3=2026-01-07", snoozed: "day7=2026-01-20" };
  for (const lang of ["es", "en"]) {
    const back = fromCSV(toCSV([contact], lang, ",", "2026-01-01"), lang, "2026-01-01");
    assert.equal(back.ok, true, back.message);
    for (const k of ["reason", "motivation", "replied", "updated", "suggested_by", "done", "snoozed"]) {
      assert.equal(back.contacts[0][k], contact[k], `${lang}: ${k}`);
    }
  }
});

// Before any other sort in this file: the collator is the module's, made once.
test("an empty or one-person list is ordered without making a collator; a longer one makes it once", () => {
  const made = [];
  const real = Intl.Collator;
  Intl.Collator = function (...args) { made.push(args); return new real(...args); };
  try {
    assert.deepEqual(sortedBy([], "2026-12-07", "next", 1), []);
    assert.equal(sortedBy([{ id: "a", name: "Ana" }], "2026-12-07", "name", 1).length, 1);
    assert.equal(made.length, 0, "the page starts with no contacts: nothing to compare");
    const two = [{ id: "b", name: "Óscar" }, { id: "a", name: "Olga" }];
    assert.deepEqual(sortedBy(two, "2026-12-07", "name", 1).map((c) => c.id), ["a", "b"]);
    assert.deepEqual(sortedBy(two, "2026-12-07", "name", -1).map((c) => c.id), ["b", "a"]);
    assert.equal(made.length, 1, "made once, for every sort after");
  } finally {
    Intl.Collator = real;
  }
});

test("the tracker's orders: by next step (none last), by the steps' order, by name; each turned around", () => {
  const day = "2026-12-07";
  const people = [
    { id: "a", name: "Bea", next_action: "Llamar", next_date: "2026-12-20" },
    { id: "b", name: "Ana", meeting: "2026-12-01" },
    { id: "c", name: "Ciro", next_action: "Escribir", next_date: "2026-12-09" },
    { id: "d", name: "Dora" },
  ];
  const ids = (list) => list.map((c) => c.id);
  assert.deepEqual(ids(sortedBy(people, day, "next", 1)), ["c", "a", "b", "d"]);
  assert.deepEqual(ids(sortedBy(people, day, "next", -1)), ["a", "c", "b", "d"]);
  assert.deepEqual(ids(sortedBy(people, day, "name", 1)), ["b", "a", "c", "d"]);
  assert.deepEqual(ids(sortedBy(people, day, "name", -1)), ["d", "c", "a", "b"]);
  // To contact (Bea, Ciro, Dora, by name), then met (Ana).
  assert.deepEqual(ids(sortedBy(people, day, "status", 1)), ["a", "c", "d", "b"]);
  assert.deepEqual(ids(sortedBy(people, day, "status", -1)), ["b", "a", "c", "d"]);
  assert.deepEqual(ids(sorted(people, day)), ids(sortedBy(people, day, "next", 1)));
});

test("a long list's table holds the first rows of the order, and the pinned ones past them", () => {
  const order = Array.from({ length: 250 }, (_, i) => ({ id: "c" + i, name: "Persona " + i }));
  assert.deepEqual(windowOf(order, 100, {}), order.slice(0, 100));
  const shown = windowOf(order, 100, { c240: true, c5: true, c999: true });
  assert.deepEqual(shown.map((c) => c.id), order.slice(0, 100).map((c) => c.id).concat(["c240"]),
    "a pinned contact past the window is shown in its place in the order; one in it, once; one not in the list, not at all");
  assert.deepEqual(windowOf(order, 200, {}), order.slice(0, 200), "\"Show 100 more\"");
  assert.deepEqual(windowOf(order.slice(0, 30), 100, {}), order.slice(0, 30), "a short list: all of it");
});
