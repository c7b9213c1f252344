// No date breaks the dates' logic (issue 27, F3): a date outside business-days.mjs YEARS
// counts as none, and what is due across contacts never throws for one odd record.
import test from "node:test";
import assert from "node:assert/strict";
import * as days from "../../src/business-days.mjs";
import * as steps from "../../src/contact-steps.mjs";

const TODAY = "2025-03-10";
const FAR = { id: "z", name: "Zoe", sent: "9999-12-30", status_manual: false };
const NEAR = { id: "a", name: "Ana", sent: "2025-03-03", status_manual: false };

test("the years a date may fall in: 1900 to 2200, real days only", () => {
  assert.deepEqual(days.YEARS, [1900, 2200]);
  for (const ok of ["1900-01-01", "2025-02-28", "2200-12-31"]) assert.equal(days.inYears(ok), true, ok);
  for (const bad of ["1899-12-31", "2201-01-01", "9999-12-30", "0202-01-01", "2025-02-30", "", "hoy"]) {
    assert.equal(days.inYears(bad), false, bad);
  }
});

test("a contact sent in 9999 has no steps, and the others' are as before", () => {
  assert.equal(steps.fromDates(FAR, TODAY), "to-contact");
  assert.equal(steps.nextStep(FAR, TODAY), null);
  assert.deepEqual(steps.upcoming(FAR, TODAY, (k) => k), []);
  const due = steps.due([FAR, NEAR], TODAY);
  assert.deepEqual(due.today.map((i) => [i.id, i.kind]), [["a", "day3"]]);
});

test("a weekend of a text that is no date is a RangeError, not a TypeError", () => {
  assert.throws(() => days.isWeekend("10000-01-01"), RangeError);
});
