// The notes' «Personas que te sugirió», one a line, read as people (src/suggested-people.mjs).
import test from "node:test";
import assert from "node:assert/strict";
import { fakePage, SRC } from "./fake-page.mjs";

fakePage();
const { people } = await import(new URL("suggested-people.mjs", SRC));

test("each line is a person: list marks, and what follows the name, aside", () => {
  const text = "- Marta Ruiz (Acme), producto\n• Luis Peña: RR. HH.\n2. Dana Okafor - Unilever\r\n  Ana Gómez  \n\n1) Bo, Sur";
  assert.deepEqual(people(text).map((p) => p.name), ["Marta Ruiz", "Luis Peña", "Dana Okafor", "Ana Gómez", "Bo"]);
  assert.equal(people(text)[0].line, "Marta Ruiz (Acme), producto");
});

test("a name named twice, accents and case aside, is one person; empty lines are none", () => {
  assert.deepEqual(people("Ángel Núñez\nangel nunez\n\n  \n- \nÁngel Núñez, otra vez").map((p) => p.name), ["Ángel Núñez"]);
  assert.deepEqual(people(""), []);
  assert.deepEqual(people(undefined), []);
});

test("a hyphenated name stays whole", () => {
  assert.deepEqual(people("Jean-Luc Martin\nMaría López-Vidal (Sur)").map((p) => p.name), ["Jean-Luc Martin", "María López-Vidal"]);
});
