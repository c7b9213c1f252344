/* Business-day arithmetic for the 3B7 follow-up planner.
 *
 * Dates are plain calendar days written YYYY-MM-DD and handled in UTC so that no time zone
 * or daylight-saving change can shift a day. Tested by tests/js/business-days.test.mjs. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/* A Date at 00:00 UTC for a valid YYYY-MM-DD, or null (2025-02-30 is not a day). */
export function parse(text) {
  const m = ISO_DATE.exec(String(text || "").trim());
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

function pad(n, width) {
  return String(n).padStart(width, "0");
}

export function format(date) {
  return pad(date.getUTCFullYear(), 4) + "-" + pad(date.getUTCMonth() + 1, 2) + "-" + pad(date.getUTCDate(), 2);
}

export function addDays(text, days) {
  const date = parse(text);
  if (!date) throw new RangeError("Not a date (YYYY-MM-DD): " + text);
  return format(new Date(date.getTime() + days * DAY_MS));
}

/* The years a date of ours may fall in. A message sent, a meeting, a next step: 1900 is
 * before any of them and 2200 after, so a date outside is a typo (0202, 9999). Within them
 * every 3B7 sum stays a four-digit year (from 9999-12-30, day 3 would be in year 10000,
 * which YYYY-MM-DD cannot write). Checked where a date comes in (typed, imported, stored by
 * an older version) and by contact-steps.mjs, which treats a date outside as none. */
export const YEARS = [1900, 2200];

/* A real YYYY-MM-DD day within YEARS. */
export function inYears(text) {
  const date = parse(text);
  return !!date && date.getUTCFullYear() >= YEARS[0] && date.getUTCFullYear() <= YEARS[1];
}

export function isWeekend(text) {
  const date = parse(text);
  if (!date) throw new RangeError("Not a date (YYYY-MM-DD): " + text);
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/* The day `count` business days after `start` (the start day itself is never counted, so a
 * message sent on a Saturday counts Monday as day 1). Weekends and `holidays` are skipped. */
export function addBusinessDays(start, count, holidays) {
  if (!parse(start)) throw new RangeError("Not a date (YYYY-MM-DD): " + start);
  const skip = new Set(holidays || []);
  let day = format(parse(start));
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !skip.has(day)) left -= 1;
  }
  return day;
}

/* Holiday dates pasted by the reader: one or more per line, separated by spaces, commas or
 * semicolons. Returns the valid dates (sorted, once each) and what could not be read, with
 * its line number, so the page can say exactly what to fix. */
export function parseHolidays(text) {
  const dates = {};
  const invalid = [];
  String(text || "").split(/\r\n|\r|\n/).forEach((line, index) => {
    line.split(/[\s,;]+/).forEach((token) => {
      if (!token) return;
      if (parse(token)) dates[token] = true;
      else invalid.push({ line: index + 1, text: token });
    });
  });
  return { dates: Object.keys(dates).sort(), invalid };
}

/* The 3B7 dates for a message sent on `sent`. */
export function plan3B7(sent, holidays) {
  return {
    day3: addBusinessDays(sent, 3, holidays),
    day7: addBusinessDays(sent, 7, holidays)
  };
}
