/* The reader's public holidays, one choice for the whole workspace: the country or region
 * picked on «Mi búsqueda» or in the 3B7 planner (public-holidays.mjs), stored once in
 * WorksheetStore (contact-steps.mjs HOLIDAYS_ID) as {country: "ES-MD", dates: "2026-12-08\n…"}.
 * The dates travel with the choice, so a page without the holiday data (the worksheets'
 * index, the home page) counts the same days; contact-steps.mjs counts them for the contacts
 * whose day 3 and day 7 are not stored. */
import { WorksheetStore } from "./store.mjs";
import { parseHolidays } from "./business-days.mjs";
import { HOLIDAYS_ID, countStoredHolidays } from "./contact-steps.mjs";

/* {country, dates: [YYYY-MM-DD, …]}: the stored choice ("" and [] for none). */
export function sharedHolidays() {
  const data = WorksheetStore ? WorksheetStore.get(HOLIDAYS_ID) : {};
  return { country: typeof data.country === "string" ? data.country : "", dates: parseHolidays(data.dates).dates };
}

/* Store a choice ("" for none) with its days ([YYYY-MM-DD, …], from public-holidays.mjs daysFor). */
export function chooseHolidays(country, dates) {
  if (!WorksheetStore) return false;
  if (!country) return WorksheetStore.remove(HOLIDAYS_ID);
  return WorksheetStore.set(HOLIDAYS_ID, { country, dates: dates.join("\n") });
}

/* contact-steps counts the stored days (call it before counting, and after a change). */
export function countSharedHolidays() {
  countStoredHolidays(WorksheetStore ? WorksheetStore.get(HOLIDAYS_ID) : {});
}
