// Business-day arithmetic for the 3B7 planner (src/business-days.mjs),
// without a browser: the module the planner's page script is assembled from.
import test from "node:test";
import assert from "node:assert/strict";
import * as days from "../../src/business-days.mjs";

const CASES = [
  ["2025-03-03", "2025-03-06", "2025-03-12", "a Monday: one weekend before day 7"],
  ["2025-03-07", "2025-03-12", "2025-03-18", "a Friday: the weekend comes first"],
  ["2025-03-08", "2025-03-12", "2025-03-18", "a Saturday: Monday is day 1"],
  ["2025-03-09", "2025-03-12", "2025-03-18", "a Sunday: Monday is day 1"],
  ["2025-01-29", "2025-02-03", "2025-02-07", "across a month end"],
  ["2024-02-27", "2024-03-01", "2024-03-07", "across a leap-year February"],
  ["2025-12-26", "2025-12-31", "2026-01-06", "across a year end"],
];

for (const [sent, day3, day7, why] of CASES) {
  test(`3B7 dates skip weekends: ${why}`, () => {
    assert.equal(days.addBusinessDays(sent, 3), day3);
    assert.equal(days.addBusinessDays(sent, 7), day7);
    assert.deepEqual(days.plan3B7(sent, []), { day3, day7 });
  });
}

test("holidays are skipped across the year end; one on a weekend changes nothing", () => {
  const holidays = ["2025-12-31", "2026-01-01"]; // Friday 26 Dec 2025 is the start
  assert.equal(days.addBusinessDays("2025-12-26", 3, holidays), "2026-01-02");
  assert.equal(days.addBusinessDays("2025-12-26", 7, holidays), "2026-01-08");
  assert.equal(days.addBusinessDays("2025-03-07", 3, ["2025-03-08"]), "2025-03-12");
});

test("pasted holidays are read, and bad ones named with their line", () => {
  const result = days.parseHolidays("2025-12-25, 2025-12-31\n\n2025-02-30\n2026-01-01;2026-1-6");
  assert.deepEqual(result.dates, ["2025-12-25", "2025-12-31", "2026-01-01"]);
  assert.deepEqual(result.invalid, [{ line: 3, text: "2025-02-30" }, { line: 4, text: "2026-1-6" }]);
});

test("a day that does not exist is not a date", () => {
  assert.equal(days.parse("2025-02-30"), null);
  assert.equal(days.parse("2025-2-3"), null);
  assert.ok(days.parse("2024-02-29"));
});
