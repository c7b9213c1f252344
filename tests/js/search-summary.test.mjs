// «Mi búsqueda»'s summary (src/search-summary.mjs), without a browser.
import test from "node:test";
import assert from "node:assert/strict";
import { summarize, ADVICE_AFTER } from "../../src/search-summary.mjs";

const TODAY = "2026-12-10";

test("every contact counts once, at the step its events give", () => {
  const s = summarize([
    { id: "a", name: "Ana" },
    { id: "b", name: "Bea", sent: "2026-12-09" },
    { id: "c", name: "Carlos", sent: "2026-12-01" },
    { id: "d", name: "Dana", sent: "2026-12-01", meeting: "2026-12-15" },
    { id: "e", name: "Eva", sent: "2026-11-20", meeting: "2026-12-03" },
    { id: "f", name: "Fede", sent: "2026-11-20", meeting: "2026-12-03", thanked: "2026-12-03" },
    { id: "g", name: "Gil", sent: "2026-12-01", replied: "2026-12-02" },
    { id: "h", name: "Hugo", sent: "2026-11-20", meeting: "2026-11-25", thanked: "2026-11-25", updated: "2026-12-08" },
    { id: "i", name: "Inés", sent: "2026-11-02", closed: "2026-11-30" },
  ], TODAY);
  assert.equal(s.total, 9);
  assert.deepEqual(Object.fromEntries(Object.entries(s.byStatus).map(([k, v]) => [k, v.map((c) => c.id)])), {
    "to-contact": ["a"], "message-sent": ["b"], "follow-up-due": ["c"], "followed-up": [], "replied": ["g"],
    "meeting-set": ["d"], "met": ["e"], "thanks-sent": ["f"], "keep-in-touch": ["h"], "closed": ["i"],
  });
  assert.equal(s.sent, 8);
  assert.equal(s.replied, 5, "a reply counts; closing without one does not");
  assert.equal(s.next.id, "d");
  assert.equal(s.advice, false);
});

test("the next conversation is the nearest one from today on, today included", () => {
  const s = summarize([
    { id: "x", name: "X", meeting: "2026-12-20" },
    { id: "y", name: "Y", meeting: TODAY },
    { id: "z", name: "Z", meeting: "2026-12-01" },
  ], TODAY);
  assert.equal(s.next.id, "y");
  assert.equal(summarize([{ id: "z", name: "Z", meeting: "2026-12-01" }], TODAY).next, null);
});

test("ten messages and fewer than two replies bring the advice; the second reply takes it away", () => {
  const silent = Array.from({ length: ADVICE_AFTER.sent }, (_, i) => ({ id: "s" + i, name: "P" + i, sent: "2026-11-02" }));
  assert.equal(summarize(silent, TODAY).advice, true);
  assert.equal(summarize(silent.slice(1), TODAY).advice, false, "nine messages are too few to judge");
  const one = silent.concat([{ id: "r1", name: "R1", sent: "2026-11-02", meeting: "2026-11-10" }]);
  assert.equal(summarize(one, TODAY).advice, true);
  const two = one.concat([{ id: "r2", name: "R2", sent: "2026-11-02", meeting: "2026-11-12" }]);
  assert.equal(summarize(two, TODAY).advice, false);
});

test("a record without a name or with a broken date neither counts wrong nor stops the rest", () => {
  const s = summarize([null, { id: "n" }, { id: "w", name: "W", sent: "9999-12-30" }, { id: "ok", name: "Ok" }], TODAY);
  assert.equal(s.total, 2);
  assert.ok(s.byStatus["to-contact"].some((c) => c.id === "ok"));
});
