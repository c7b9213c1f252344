// src/message-template.mjs fills every template exactly as sitekit/message_templates.py does:
// the shared vectors in tests/vectors/fill.json (written by `make fill-vectors`).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fakePage, SRC } from "./fake-page.mjs";

const vectors = JSON.parse(fs.readFileSync(new URL("../vectors/fill.json", import.meta.url), "utf8"));
// A page carrying every template's data, as hooks/message_templates.py adds it.
fakePage({ "page-data": JSON.stringify({ templates: vectors.templates }) });
const { MessageTemplate } = await import(new URL("message-template.mjs", SRC));

test("the vectors are there", () => {
  assert.ok(vectors.cases.length >= 2 * Object.keys(vectors.templates).length);
});

test("read(id) is the page's template of that id, null for one it does not carry", () => {
  for (const id of Object.keys(vectors.templates)) assert.deepEqual(MessageTemplate.read(id), vectors.templates[id]);
  assert.equal(MessageTemplate.read("nada"), null);
  assert.equal(MessageTemplate.read("toString"), null);
});

for (const c of vectors.cases) {
  const kind = c.gaps ? "gaps" : !Object.keys(c.values).length ? "examples" : c.values.your_name && c.values.your_name.includes("<img") ? "hostile" : "natural";
  const name = `${c.template} ${c.variant} ${c.lang} ${kind}${c.form ? " " + c.form : ""}`;
  test(`fills ${name} as Python does`, () => {
    const template = vectors.templates[c.template];
    assert.deepEqual(MessageTemplate.fill(template, c.variant, c.lang, c.values, { form: c.form, gaps: c.gaps }), { subject: c.subject, body: c.body });
    assert.deepEqual(MessageTemplate.used(template, c.variant, c.lang), c.used);
  });
}
