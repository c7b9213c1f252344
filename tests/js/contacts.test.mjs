// Contacts (src/contacts.mjs) and the store's version-3 migration (src/store.mjs), without a
// browser: the modules the page scripts are assembled from, imported as they are.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { SRC } from "./fake-page.mjs";
import { CONTACTS } from "./contacts-page.mjs"; // a bare page: no stored answers; the contacts' data
const { SiteContacts: contacts } = await import(new URL("contacts.mjs", SRC));
const { WorksheetStore } = await import(new URL("store.mjs", SRC));
const V2 = JSON.parse(fs.readFileSync(new URL("../fixtures/store-v2.json", import.meta.url), "utf8"));
const YOU = ["your_name", "who_you_are", "interest_narrow", "interest_broad"];
const plain = (value) => JSON.parse(JSON.stringify(value));

// The store as a page has it (one per page: its migration and import checks are pure).
function store() {
  return WorksheetStore;
}

test("option labels: the name, with the organisation only when two share a name", () => {
  const labels = plain(contacts.optionLabels([
    { id: "a", name: "Carmen Ruiz", organisation: "Acme" },
    { id: "b", name: "carmen ruíz", organisation: "Sur" },
    { id: "c", name: "Luis", organisation: "Acme" },
  ]));
  assert.deepEqual(labels, { a: "Carmen Ruiz (Acme)", b: "carmen ruíz (Sur)", c: "Luis" });
});

test("a blank record has every field, texts empty, the first status, not set by hand", () => {
  const r = plain(contacts.blank());
  assert.deepEqual(plain(contacts.FIELDS), CONTACTS.record.filter((f) => f.type !== "flag").map((f) => f.id),
    "the fields of data/contacts.yml");
  assert.ok(contacts.FIELDS.includes("motivation") && contacts.FIELDS.includes("reason"));
  for (const f of contacts.FIELDS) assert.equal(typeof r[f], "string", f);
  assert.equal(r.status, "to-contact");
  assert.equal(r.status_manual, false);
  assert.equal(contacts.answersId("notas", "c-1"), "notas@c-1");
  assert.equal(contacts.answersId("notas", null), "notas");
  assert.equal(contacts.fold("  Peña ÁLVAREZ "), "pena alvarez");
});

test("version 2 migrates to 3: every answer kept, each tool's under its person's contact", () => {
  const S = store();
  const doc = plain(S.migrate(V2, { unnamed: "Sin nombre", you: YOU }));
  assert.equal(doc.version, 4);
  const ws = doc.worksheets;
  const people = ws.registro.data.contacts;
  const byName = Object.fromEntries(people.map((p) => [p.name, p]));
  assert.deepEqual(Object.keys(byName).sort(), ["Carmen Ruiz", "Dana", "Luis Peña", "Sin nombre"]);
  // The question plan's "luis pena" is the tracker's Luis Peña: no second Luis.
  assert.equal(byName["Luis Peña"].id, "c-luis");
  const where = { notas: "Carmen Ruiz", preguntas: "Luis Peña", seguimiento: "Sin nombre", mensaje: "Dana" };
  for (const [tool, name] of Object.entries(where)) {
    assert.equal(ws[tool], undefined, `${tool}: no longer a one-person sheet`);
    const moved = ws[`${tool}@${byName[name].id}`];
    assert.ok(moved, `${tool}: under ${name}'s contact`);
    assert.deepEqual(moved.data, V2.worksheets[tool].data, `${tool}: every answer kept`);
    assert.equal(moved.updated, V2.worksheets[tool].updated);
  }
  assert.deepEqual(ws["por-que-ahora"], V2.worksheets["por-que-ahora"]);
  // The tracker's own record keeps its values and gains the new fields; through version 4, the
  // target list's row of the same person goes onto it (store-v4.test.mjs).
  const luis = byName["Luis Peña"];
  for (const [k, v] of Object.entries(V2.worksheets.registro.data.contacts[0])) assert.equal(luis[k], v, k);
  assert.equal(luis.why, "Planificación");
  assert.equal(ws["lista-de-contactos"], undefined, "its one row is Luis's record now");
  // Every text a version-3 record had (later fields are optional: absent is none).
  const V3_TEXTS = ["id", "name", "organisation", "role", "connection", "source", "status", "sent", "day3", "day7",
    "meeting", "thanked", "next_action", "next_date", "notes"];
  for (const f of V3_TEXTS) assert.equal(typeof luis[f], "string", f);
  assert.equal(luis.status_manual, undefined, "whether its status was set by hand is the tracker's to judge");
  assert.equal(byName["Dana"].status_manual, false, "a new contact's status follows its dates");
  // The planner's organisation and date fill its new contact.
  assert.equal(byName["Sin nombre"].organisation, "Acme");
  assert.equal(byName["Sin nombre"].sent, "2026-11-18");
  // The reader's own details, once: the first found of each.
  assert.deepEqual(ws.tu.data, { your_name: "Ana", who_you_are: "Doce años en compras",
    interest_narrow: "la demanda", interest_broad: "la cadena de suministro" });
});

test("the same version-2 document always migrates to the same ids (tabs read it again and again)", () => {
  const S = store();
  const a = plain(S.migrate(V2, { unnamed: "Unnamed", you: YOU }));
  const b = plain(S.migrate(V2, { unnamed: "Unnamed", you: YOU }));
  assert.deepEqual(a, b);
});

test("an import checks TOOL@ID against the tool's fields, only for per-contact tools", () => {
  const S = store();
  const schema = {
    notas: { fields: { their_name: "s", advice: "s" }, per_contact: true },
    "por-que-ahora": { fields: { reason_detail: "s" } },
    registro: { fields: { contacts: "records" } },
    tu: { fields: { your_name: "s" } },
  };
  const text = JSON.stringify({ version: 3, worksheets: {
    "notas@c-1": { data: { advice: "x", bogus: "y", their_name: 3 }, updated: null },
    "por-que-ahora@c-1": { data: { reason_detail: "z" }, updated: null },
    "notas@bad id!": { data: { advice: "x" }, updated: null },
    "toString@c-1": { data: {}, updated: null },
    registro: { data: { contacts: [{ id: "c-1", name: "A", status_manual: true, extra: "kept" }, { name: "no id" }] }, updated: null },
    tu: { data: { your_name: "Ana" }, updated: null },
  } });
  const read = plain(S.readImport(text, schema));
  assert.deepEqual(read.doc.worksheets["notas@c-1"].data, { advice: "x" });
  assert.deepEqual(read.doc.worksheets.registro.data.contacts, [{ id: "c-1", name: "A", status_manual: true, extra: "kept" }]);
  assert.deepEqual(read.doc.worksheets.tu.data, { your_name: "Ana" });
  assert.deepEqual(read.dropped.sort(), ["notas@bad id!", "notas@c-1.bogus", "notas@c-1.their_name",
    "por-que-ahora@c-1", "registro.contacts[2]", "toString@c-1"].sort());
});

test("a version-2 export imports: migrated, then checked", () => {
  const S = store();
  const schema = {
    notas: { fields: Object.fromEntries(Object.keys(V2.worksheets.notas.data).map((f) => [f, "s"])), per_contact: true },
    registro: { fields: { contacts: "records" } },
    tu: { fields: Object.fromEntries(YOU.map((f) => [f, "s"])) },
  };
  const only = { version: 2, worksheets: { notas: V2.worksheets.notas, registro: V2.worksheets.registro } };
  const read = plain(S.readImport(JSON.stringify(only), schema));
  const carmen = read.doc.worksheets.registro.data.contacts.find((c) => c.name === "Carmen Ruiz");
  assert.deepEqual(read.doc.worksheets[`notas@${carmen.id}`].data, V2.worksheets.notas.data);
  assert.deepEqual(read.dropped, []);
});
