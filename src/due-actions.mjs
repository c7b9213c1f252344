/* What the reader did with a due item (due-list.mjs's buttons), as the fields to store in the
 * contact's record: Done ticks the step off for the date it was due ("done"), or for a
 * thank-you records the thanks sent today; Replied is the reply; Snooze puts the step off a
 * day or a week ("snoozed"). The marks are read by contact-steps.mjs (marks, due). Pure;
 * tested by tests/js/contact-steps.test.mjs. Kept apart from contact-steps.mjs so the pages
 * that only show steps (the tracker) do not carry it. */
import { addDays } from "./business-days.mjs";
import { marks, withEvents } from "./contact-steps.mjs";

export const STEPS = ["day3", "day7", "thanks", "next"]; // the kinds of a due item
export const SNOOZE = { day: 1, week: 7 }; // calendar days a snoozed item stays away

/* The text with `step` marked at `date` (one mark per step, in STEPS' order). */
export function mark(text, step, date) {
  var all = marks(text);
  all[step] = date;
  return STEPS.filter(function (k) { return all[k]; }).map(function (k) { return k + "=" + all[k]; }).join(";");
}

/* The fields to store for what the reader did with a due item on `day` (the list's buttons):
 * "done" ticks the step off for its date (a thank-you: the thanks sent today), "replied" is
 * the reply (day 3 and day 7 go), "day"/"week" snooze it. null for anything else. */
export function act(c, item, action, day) {
  var fields;
  if (action === "done") fields = item.kind === "thanks" ? { thanked: day } : { done: mark(c.done, item.kind, item.date) };
  else if (action === "replied") fields = { replied: day };
  else if (SNOOZE[action]) fields = { snoozed: mark(c.snoozed, item.kind, addDays(day, SNOOZE[action])) };
  else return null;
  return withEvents(c, fields, day);
}

