// The planner's public holidays by country or region (src/public-holidays.mjs), without a browser.
import test from "node:test";
import assert from "node:assert/strict";
import * as ph from "../../src/public-holidays.mjs";

const DATA = {
  years: [2026, 2027],
  countries: [
    { code: "ES", name: "España", days: [["2026-12-08", "Inmaculada Concepción"], ["2026-01-01", "Año Nuevo"]],
      regions: [{ code: "MD", name: "Madrid", days: [["2026-12-07", "Lunes siguiente"]] }] },
    { code: "GB", name: "Reino Unido", days: [["2026-12-25", "Navidad"]], regions: [] },
  ],
};
const say = (key, v) => ({ holiday_region: `${v && v.region} (${v && v.country})` })[key] || key;

test("a country's days, in date order; a region adds its own to the country's", () => {
  assert.deepEqual(ph.daysFor(DATA, "ES").map((d) => d[0]), ["2026-01-01", "2026-12-08"]);
  assert.deepEqual(ph.daysFor(DATA, "ES-MD").map((d) => d[0]), ["2026-01-01", "2026-12-07", "2026-12-08"]);
});

test("no choice, an unknown country or region, or no data: no days", () => {
  for (const choice of ["", "FR", "ES-XX", "ES-", null]) assert.deepEqual(ph.daysFor(DATA, choice), [], String(choice));
  assert.deepEqual(ph.daysFor(null, "ES"), []);
});

test("switching keeps the days the reader added by hand and swaps the chosen ones", () => {
  const mine = ["2026-03-19"];
  const withSpain = ph.switchChoice(mine, "", "ES", DATA);
  assert.deepEqual(withSpain, ["2026-01-01", "2026-03-19", "2026-12-08"]);
  assert.deepEqual(ph.switchChoice(withSpain, "ES", "GB", DATA), ["2026-03-19", "2026-12-25"]);
  assert.deepEqual(ph.switchChoice(withSpain, "ES", "", DATA), ["2026-03-19"]);
  // A day both in the list and in the new choice is listed once.
  assert.deepEqual(ph.switchChoice(["2026-12-08"], "", "ES", DATA), ["2026-01-01", "2026-12-08"]);
});

test("names: a region names its country; the days' names are looked up by date", () => {
  assert.equal(ph.nameOf(DATA, "ES-MD", say), "Madrid (España)");
  assert.equal(ph.nameOf(DATA, "GB", say), "Reino Unido");
  assert.equal(ph.nameOf(DATA, "XX", say), "");
  assert.equal(ph.namesOf(DATA, "ES-MD")["2026-12-07"], "Lunes siguiente");
});
