// message-template.js fills every template exactly as sitekit/message_templates.py does:
// the shared vectors in tests/vectors/fill.json (written by `make fill-vectors`).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { load, plain } = require("./load.cjs");

const vectors = require("../vectors/fill.json");
const { MessageTemplate } = load("message-template.js");

test("the vectors are there", () => {
  assert.ok(vectors.cases.length >= 2 * Object.keys(vectors.templates).length);
});

for (const c of vectors.cases) {
  const name = `${c.template} ${c.variant} ${c.lang} ${Object.keys(c.values).length ? "hostile" : "examples"}`;
  test(`fills ${name} as Python does`, () => {
    const template = vectors.templates[c.template];
    assert.deepEqual(plain(MessageTemplate.fill(template, c.variant, c.lang, c.values)), { subject: c.subject, body: c.body });
    assert.deepEqual(plain(MessageTemplate.used(template, c.variant, c.lang)), c.used);
  });
}
