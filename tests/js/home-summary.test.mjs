// The home page's summary for a returning reader (src/home-summary.mjs), without a browser:
// its counts follow the due list's rules (contact-steps.mjs), its words come from data.
import test from "node:test";
import assert from "node:assert/strict";
import { fakePage, SRC } from "./fake-page.mjs";

fakePage();
const { counts, parts } = await import(new URL("home-summary.mjs", SRC));
const { sayFrom } = await import(new URL("lib/words.mjs", SRC));

const THURSDAY = "2025-03-06";
const contacts = [
  { id: "a", name: "Ana", sent: "2025-03-03" }, // 3B7: day 3 falls today
  { id: "b", name: "Ben" }, // not written to yet
  { id: "c", name: "Cai", meeting: "2025-03-05" }, // met yesterday: the thanks are owed today
  { id: "d", name: "Dani", meeting: "2025-03-01", thanked: "2025-03-02" }, // met and thanked
];

test("counts the contacts, what is due today and the conversations held", () => {
  assert.deepEqual(counts(contacts, THURSDAY), { contacts: 4, due: 2, met: 2 });
  assert.deepEqual(counts([], THURSDAY), { contacts: 0, due: 0, met: 0 });
});

test("says each count in the page's words, with the text for one where there is one", () => {
  const say = sayFrom({ due: "@n due", "due.one": "one due", due_none: "nothing due", contacts: "@n contacts",
    "contacts.one": "1 contact", met: "@n met", "met.one": "1 met" });
  assert.deepEqual(parts({ contacts: 4, due: 2, met: 1 }, say), ["2 due", "4 contacts", "1 met"]);
  assert.deepEqual(parts({ contacts: 1, due: 0, met: 0 }, say), ["nothing due", "1 contact", "0 met"]);
  assert.deepEqual(parts({ contacts: 3, due: 1, met: 3 }, say), ["one due", "3 contacts", "3 met"]);
});
