// Contacts from a reader's own spreadsheet (src/contact-import.mjs),
// without a browser, in the pages' words (data/tools/registro.yml): any header with a name
// column, in either language; unknown columns to the notes or left out; dd/mm or mm/dd dates;
// and how the file's contacts join the ones here. The page's preview: tests/test_tracker_import.py.
import "./contacts-page.mjs"; // first: the record's fields, as a page has them
import test from "node:test";
import assert from "node:assert/strict";
import { importer, join, NOTES, SKIP } from "../../src/contact-import.mjs";
import { csvFor } from "../../src/tracker-records.mjs";
import { sayFrom } from "../../src/lib/words.mjs";
import { toolWords } from "./site-data.mjs";

const sayEs = sayFrom(toolWords("es", "registro", "recordatorios"));
const sayEn = sayFrom(toolWords("en", "registro", "recordatorios"));
const es = importer(sayEs);
const en = importer(sayEn);
const DAY = "2026-01-01";

function contacts(read, text, lang, change) {
  const table = read.read(text, lang);
  assert.equal(table.ok, true, table.message);
  const targets = table.targets.slice();
  Object.assign(targets, change || {});
  return { table, result: read.contacts(table, targets, "day", lang, DAY) };
}

test("Priya's Name,Company,Notes file: each column where it belongs, in either page", () => {
  const text = "Name,Company,Notes\r\nHannah Lee,Unilever,Met at the 2019 offsite\r\nTom Brook,NHS,\r\n";
  for (const [read, lang] of [[en, "en"], [es, "es"]]) {
    const { table, result } = contacts(read, text, lang);
    assert.deepEqual(table.targets, ["name", "organisation", "notes"]);
    assert.equal(result.ok, true, result.message);
    assert.deepEqual(result.contacts.map((c) => [c.name, c.organisation, c.notes, c.status]),
      [["Hannah Lee", "Unilever", "Met at the 2019 offsite", "to-contact"], ["Tom Brook", "NHS", "", "to-contact"]]);
  }
});

test("aliases in both languages; first and last name joined; email and unknown columns to the notes, or left out", () => {
  const text = "Nombre;Apellidos;Empresa;Cargo;Correo;Color favorito\r\nLucía;Ferrer Núñez;Hospital Sur;Enfermera;lucia@example.org;verde\r\n";
  const { table, result } = contacts(es, text, "es");
  assert.deepEqual(table.targets, ["name", "last_name", "organisation", "role", NOTES, NOTES]);
  const c = result.contacts[0];
  assert.equal(c.name, "Lucía Ferrer Núñez");
  assert.equal(c.role, "Enfermera");
  assert.equal(c.notes, "Correo: lucia@example.org\nColor favorito: verde");
  const left = contacts(es, text, "es", { 5: SKIP }).result.contacts[0];
  assert.equal(left.notes, "Correo: lucia@example.org", "a column left out is nowhere");
  for (const header of ["Full name", "Nombre completo", "ORGANIZATION", "organización", "E-mail", "LinkedIn"]) {
    assert.notEqual(en.read("Name," + header + "\r\nA,b\r\n", "en").targets[1], SKIP, header);
  }
});

test("a file without a name column names the headers it has and the ones accepted", () => {
  const result = en.read("Company,Notes\r\nAcme,x\r\n", "en");
  assert.equal(result.ok, false);
  assert.match(result.message, /^Line 1: no column holds the contacts' names\. Columns in the file: «Company», «Notes»\. /);
  assert.match(result.message, /Call the names column one of these: Name, Full name, Contact, Person, First name/);
  assert.match(result.message, /Nombre/, "the other language's names are accepted too");
  assert.ok(result.message.endsWith("Nothing was changed."));
});

test("rows pasted from a spreadsheet (tab-separated) are read the same way", () => {
  const { table, result } = contacts(en, "Name\tCompany\tRole\nAna Ruiz\tAcme, S.L.\tCFO\n", "en");
  assert.equal(table.sep, "\t");
  assert.deepEqual(result.contacts.map((c) => [c.name, c.organisation, c.role]), [["Ana Ruiz", "Acme, S.L.", "CFO"]]);
});

test("dd/mm or mm/dd: told when every date fits both, read in the order chosen; else the only order that fits", () => {
  const text = "Name,Message sent on\r\nAna,03/04/2025\r\nBea,05/06/2025\r\n";
  const table = en.read(text, "en");
  assert.deepEqual(en.dateOrders(table, table.targets), { day: true, month: true, ambiguous: true, any: true, different: true });
  assert.deepEqual(en.contacts(table, table.targets, "day", "en", DAY).contacts.map((c) => c.sent), ["2025-04-03", "2025-06-05"]);
  assert.deepEqual(en.contacts(table, table.targets, "month", "en", DAY).contacts.map((c) => c.sent), ["2025-03-04", "2025-05-06"]);
  const us = en.read("Name,Message sent on\r\nAna,03/04/2025\r\nBea,12/31/2025\r\n", "en");
  const orders = en.dateOrders(us, us.targets);
  assert.equal(orders.ambiguous, false);
  assert.equal(orders.day, false);
  assert.equal(orders.month, true);
  const wrong = en.contacts(us, us.targets, "day", "en", DAY);
  assert.match(wrong.message, /^Line 3, column “Message sent on”: “12\/31\/2025” is not a YYYY-MM-DD or DD\/MM\/YYYY date/);
});

test("a line break in a cell is kept as a text box gives it (LF), whatever the file wrote", () => {
  const { result } = contacts(en, 'Name,Notes\r\nAna,"one\r\ntwo\rthree"\r\n', "en");
  assert.equal(result.contacts[0].notes, "one\ntwo\nthree");
});

test("Add joins by name and organisation (accents and case aside), never duplicating; notes are added to", () => {
  const here = [{ id: "a", name: "Lucía Ferrer", organisation: "Hospital Sur", role: "", notes: "old", status: "met", status_manual: true },
    { id: "b", name: "Tom", organisation: "", notes: "" }];
  const { result } = contacts(en, "Name,Company,Role,Notes\r\nlucia ferrer,HOSPITAL SUR,Nurse,new\r\nZoe,,,\r\nZoe,,,x\r\nTom,NHS,,\r\n", "en");
  const joined = join(here, result.contacts, result.given, false);
  assert.deepEqual(joined.merged, ["lucia ferrer"]);
  assert.deepEqual(joined.repeats, ["Zoe"]);
  assert.deepEqual(joined.added, ["Zoe", "Tom"], "Tom at NHS is not the Tom with no organisation");
  assert.equal(joined.contacts.length, 4);
  const lucia = joined.contacts[0];
  assert.deepEqual([lucia.id, lucia.name, lucia.role, lucia.notes, lucia.status, lucia.status_manual],
    ["a", "Lucía Ferrer", "Nurse", "old\nnew", "met", true], "what the file does not hold stays as it was");
  assert.equal(joined.contacts[2].notes, "x");
});

test("Replace: the file is all there is; a contact of the same id keeps the other tools' fields; our export's own records never merge", () => {
  const here = [{ id: "a1", name: "Ana", organisation: "", ics_steps: { day3: 2 } }];
  const { result } = contacts(en, "Name,Id\r\nAna,a1\r\nAna,a2\r\n", "en");
  const joined = join(here, result.contacts, result.given, true);
  assert.deepEqual(joined.contacts.map((c) => c.id), ["a1", "a2"]);
  assert.deepEqual(joined.contacts[0].ics_steps, { day3: 2 });
  assert.deepEqual(joined.merged, []);
});

test("a file exported before the labels were renamed (meeting → conversation, connection) still imports, in both languages", () => {
  // The export speaks the guide's terms now (issue 28)...
  const header = (say, lang) => csvFor(say).toCSV([], lang, ",", DAY).split("\r\n")[0].split(",");
  assert.deepEqual(header(sayEs, "es").slice(4, 5).concat(header(sayEs, "es").slice(9, 10)), ["Conversación el", "Lo que tienes en común"]);
  assert.deepEqual(header(sayEn, "en").slice(4, 5).concat(header(sayEn, "en").slice(9, 10)), ["Conversation on", "What you have in common"]);
  assert.deepEqual([csvFor(sayEs).statusLabel("meeting-set", "es"), csvFor(sayEn).statusLabel("meeting-set", "en")],
    ["Conversación fijada", "Conversation arranged"]);
  // ...and a file with the former header and statuses reads as before.
  const files = [
    [es, "es", "Nombre;Organización;Estado;Mensaje enviado el;Reunión el;Qué te une a esta persona\r\n" +
      "Ana Ruiz;Acme;Reunión fijada;2025-11-03;2025-11-20;Misma escuela\r\nBeto Paz;Acme;Reunión hecha;;;\r\n"],
    [en, "en", "Name,Organisation,Status,Message sent on,Meeting on,How you are connected\r\n" +
      "Ana Ruiz,Acme,Meeting set,2025-11-03,2025-11-20,Same school\r\nBeto Paz,Acme,Met,,,\r\n"],
  ];
  for (const [read, lang, text] of files) {
    for (const page of [read, lang === "es" ? en : es]) {
      const { table, result } = contacts(page, text, lang);
      assert.deepEqual(table.targets, ["name", "organisation", "status", "sent", "meeting", "connection"], lang);
      assert.equal(result.ok, true, result.message);
      assert.deepEqual(result.contacts.map((c) => [c.name, c.status, c.meeting, c.connection]),
        [["Ana Ruiz", "meeting-set", "2025-11-20", lang === "es" ? "Misma escuela" : "Same school"], ["Beto Paz", "met", "", ""]]);
    }
  }
});
