// Store version 4 (src/store.mjs MIGRATIONS[3]): the target list's rows become contacts, from
// today's document (tests/fixtures/store-v3.json: a stored version-3 document, and what an
// export of today holds), with nothing lost.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fakePage, SRC } from "./fake-page.mjs";

fakePage();
const { WorksheetStore: S } = await import(new URL("store.mjs", SRC));
const V3 = JSON.parse(fs.readFileSync(new URL("../fixtures/store-v3.json", import.meta.url), "utf8"));
const OPTS = { unnamed: "Sin nombre", you: ["your_name"] };
const plain = (value) => JSON.parse(JSON.stringify(value));
const migrated = () => plain(S.migrate(V3, OPTS));
const ROWS = V3.worksheets["lista-de-contactos"].data.contacts;
const OLD = Object.fromEntries(V3.worksheets.registro.data.contacts.map((c) => [c.id, c]));

test("version 3 migrates to 4: each target list row is a contact, merged by name and organisation", () => {
  const doc = migrated();
  assert.equal(S.VERSION, 4);
  assert.equal(doc.version, 4);
  const people = doc.worksheets.registro.data.contacts;
  assert.deepEqual(people.map((c) => c.name).sort(),
    ["Carmen Ruiz", "Dana Okafor", "Luis Peña", "Marta Gil", "Marta Gil", "Sin nombre"]);
  const byId = Object.fromEntries(people.map((c) => [c.id, c]));
  // "luis pena" of "DISTRIBUCIONES SUR" is the tracker's Luis Peña: filled in, nothing lost.
  const luis = byId["c-luis"];
  assert.equal(luis.name, "Luis Peña");
  assert.equal(luis.organisation, "Distribuciones Sur");
  assert.equal(luis.role, "Jefe de planificación");
  assert.equal(luis.connection, "Ex-colega / Estudiamos juntos", "both texts kept");
  assert.equal(luis.reason, "informacion-interna");
  assert.equal(luis.motivation, "5");
  for (const k of ["source", "status", "sent", "next_action", "next_date", "status_manual"]) assert.equal(luis[k], OLD["c-luis"][k], k);
  // "Carmen Ruíz" of Acme is the tracker's Carmen Ruiz, who had no organisation.
  const carmen = byId["c-carmen"];
  assert.equal(carmen.organisation, "Acme");
  assert.equal(carmen.role, "Analista", "the same text, accents and case aside, once");
  assert.equal(carmen.reason, "iniciativa");
  assert.equal(carmen.motivation, "4");
  assert.equal(carmen.notes, "Me la presentó Marta");
  // Another organisation is another person.
  assert.deepEqual(byId["c-marta"], OLD["c-marta"]);
  const sur = people.find((c) => c.name === "Marta Gil" && c.id !== "c-marta");
  assert.equal(sur.organisation, "Hospital Sur");
  assert.equal(sur.motivation, "3");
  assert.equal(sur.status, "to-contact");
  assert.equal(sur.status_manual, false);
  // A row with text but no name is an unnamed contact; an empty row is nobody.
  const unnamed = people.find((c) => c.name === "Sin nombre");
  assert.equal(unnamed.organisation, "Clínica Sol");
  assert.equal(unnamed.role, "Jefa de enfermería");
  const dana = people.find((c) => c.name === "Dana Okafor");
  assert.equal(dana.connection, "Leeds");
  assert.equal(dana.reason, "cambio-de-rumbo");
  // Every text of every row is on a contact.
  for (const row of ROWS) {
    for (const [k, v] of Object.entries(row)) {
      if (!v) continue;
      assert.ok(people.some((c) => String(c[k]).toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")
        .includes(v.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""))), `${k}: ${v}`);
    }
  }
  // The worksheet keeps its own field; the rest of the document is as it was.
  assert.deepEqual(doc.worksheets["lista-de-contactos"],
    { data: { start_with: "Por Luis, porque ya me conoce." }, updated: V3.worksheets["lista-de-contactos"].updated });
  for (const id of ["notas@c-luis", "tu", "por-que-ahora"]) assert.deepEqual(doc.worksheets[id], V3.worksheets[id], id);
  assert.equal(doc.worksheets.registro.updated, V3.worksheets.registro.updated);
  // The same ids every time (tabs read the document again and again).
  assert.deepEqual(migrated(), doc);
});

test("today's export imports: migrated, every contact a valid record, nothing left out", () => {
  const schema = {
    registro: { fields: { contacts: "records" } },
    "lista-de-contactos": { fields: { contacts: "rows", start_with: "s" } },
    notas: { fields: { their_name: "s", advice: "s" }, per_contact: true },
    tu: { fields: { your_name: "s" } },
    "por-que-ahora": { fields: { reasons: "ss" } },
  };
  const read = plain(S.readImport(JSON.stringify(V3, null, 2), schema));
  assert.deepEqual(read.dropped, []);
  assert.equal(read.doc.worksheets.registro.data.contacts.length, 6);
});

test("rows that are not texts stay on the worksheet; a list with only empty rows leaves nothing", () => {
  const odd = { version: 3, worksheets: {
    "lista-de-contactos": { data: { contacts: [null, 5, { name: { toString: 1 } }, { name: "Eva" }] }, updated: null },
  } };
  const doc = plain(S.migrate(odd, OPTS));
  assert.deepEqual(doc.worksheets["lista-de-contactos"].data, { contacts: [null, 5, { name: { toString: 1 } }] });
  assert.deepEqual(doc.worksheets.registro.data.contacts.map((c) => c.name), ["Eva"]);
  const empty = { version: 3, worksheets: { "lista-de-contactos": { data: { contacts: [{ name: " " }] }, updated: null } } };
  const none = plain(S.migrate(empty, OPTS));
  assert.equal(none.worksheets["lista-de-contactos"], undefined);
  assert.deepEqual(none.worksheets.registro.data.contacts, []);
});

test("two rows of one person are one contact", () => {
  const twice = { version: 3, worksheets: { "lista-de-contactos": { data: { contacts: [
    { name: "Eva Sanz", organisation: "Acme", motivation: "2" }, { name: "eva sanz", organisation: "", motivation: "5" },
  ] }, updated: null } } };
  const people = plain(S.migrate(twice, OPTS)).worksheets.registro.data.contacts;
  assert.equal(people.length, 1);
  assert.equal(people[0].motivation, "2 / 5");
});
