/* What a contact's events mean, without the page: its status, its next step, what is due
 * across contacts, its 3B7 reminders and their calendar SEQUENCEs. Used by the tracker, the
 * 3B7 planner and the list of what is due (due-list.mjs); tested by
 * tests/js/contact-steps.test.mjs. A contact is the tracker's record (string fields, dates
 * "yyyy-mm-dd" or ""); "today" is always passed in, so the tests choose the day.
 *
 * The events are dates: sent (message sent), replied, meeting (set; met once its day has
 * come), thanked, updated (an update after the thanks), closed. Each clears the steps it
 * makes moot: a reply or a meeting clears day 3 and day 7, the thanks the thank-you, closed
 * everything. The steps ticked off and put off are kept as text, "done" ("day3=DATE;…",
 * the date the step was due: a step whose date moves is due again) and "snoozed"
 * ("day3=DATE;…", the day it shows again). */
import * as days from "./business-days.mjs";
import { fold } from "./lib/fold.mjs";
import { localDay } from "./lib/local-day.mjs";

// Stored ids, in the order a conversation goes through them. "follow-up-due" is the only
// one the dates give that the reader never had to choose; "replied" and "closed" came with
// their events.
export const STATUSES = ["to-contact", "message-sent", "follow-up-due", "followed-up", "replied", "meeting-set", "met",
  "thanks-sent", "keep-in-touch", "closed"];
const WAITING = ["message-sent", "follow-up-due"]; // statuses under which 3B7 follow-ups are due
const DONE = ["thanks-sent", "keep-in-touch", "closed"]; // no thank-you is owed any more
const WEEK = 5; // "this week": the next five working days
const GRACE = 7; // an overdue step stays listed for a week of calendar days

// A date outside business-days.mjs YEARS counts as none here (the tracker marks it).
function valid(iso) { return typeof iso === "string" && days.inYears(iso); }

// The reader's public holidays (holiday-choice.mjs), counted for a contact whose day 3 and
// day 7 are not stored. One list for the page, so every part of it counts the same days.
let holidays = [];
export function countHolidays(dates) {
  holidays = (Array.isArray(dates) ? dates : []).filter(valid);
}
// Where the choice is stored (WorksheetStore): {country, dates: "YYYY-MM-DD\n…"}.
export const HOLIDAYS_ID = "feriados";
/* Count the days of the stored choice (its data object, or {} for none). */
export function countStoredHolidays(data) {
  countHolidays(days.parseHolidays((data || {}).dates).dates);
}

/* The reader's calendar day, as yyyy-mm-dd (the local date, not UTC's). */
export function today(now) {
  return localDay(now);
}

/* {day3, day7}: the stored ones (the planner's), else counted from the day the message was
 * sent over weekends and the reader's public holidays; null without a message sent. */
export function followups(c) {
  if (valid(c.day3) && valid(c.day7)) return { day3: c.day3, day7: c.day7 };
  if (!valid(c.sent)) return null;
  var plan = days.plan3B7(c.sent, holidays);
  return { day3: valid(c.day3) ? c.day3 : plan.day3, day7: valid(c.day7) ? c.day7 : plan.day7 };
}

/* The status the events give: to contact → message sent → follow-up due → replied →
 * meeting set (met once its day has come) → thanks sent → keep in touch (an update sent);
 * closed ends it. */
export function fromDates(c, day) {
  if (valid(c.closed)) return "closed";
  if (valid(c.updated)) return "keep-in-touch";
  if (valid(c.thanked)) return "thanks-sent";
  if (valid(c.meeting)) return c.meeting > day ? "meeting-set" : "met";
  if (valid(c.replied)) return "replied";
  var f = followups(c);
  if (f) return day >= f.day3 ? "follow-up-due" : "message-sent";
  return "to-contact";
}

/* Whether the reader set the status by hand. A record stored before status_manual existed
 * keeps its status as set by hand when the dates say otherwise. */
export function manual(c, day) {
  var known = STATUSES.indexOf(c.status) !== -1;
  return (typeof c.status_manual === "boolean" ? c.status_manual : known && c.status !== fromDates(c, day)) && known;
}

/* The fields to store with new events (due-actions.mjs, message-sent.mjs), so that the status
 * stays what it was: only a status set by hand is stored (status_manual true); one the events
 * give is derived, never stored. A record from before status_manual gets it settled first. */
export function withEvents(c, fields, day) {
  var out = {};
  Object.keys(fields).forEach(function (k) { out[k] = fields[k]; });
  if (typeof c.status_manual !== "boolean") out.status_manual = manual(c, day);
  return out;
}


/* The status shown: the reader's when set by hand, else the events'. */
export function status(c, day) {
  return manual(c, day) ? c.status : fromDates(c, day);
}

// Events that end the 3B7 follow-ups: a reply, a meeting, the thanks, the end.
function answered(c) {
  return ["replied", "meeting", "thanked", "updated", "closed"].some(function (k) { return valid(c[k]); });
}

// The planner's day 3 or day 7 written as the next step, once an event has cleared them.
function cleared(c, f) {
  return f && answered(c) && (c.next_date === f.day3 || c.next_date === f.day7);
}

function waiting(c, day) {
  return !answered(c) && WAITING.indexOf(status(c, day)) !== -1;
}

/* {step: date} of a "done" or "snoozed" text ("day3=2026-12-09;thanks=…"); what cannot be
 * read is left out. */
export function marks(text) {
  var out = {};
  String(text || "").split(";").forEach(function (part) {
    var m = /^(day3|day7|thanks|next)=(\d{4}-\d{2}-\d{2})$/.exec(part.trim());
    if (m && valid(m[2])) out[m[1]] = m[2];
  });
  return out;
}

/* {kind, date, action}: kind "day3", "day7" or "next" (the reader's own). The planner writes
 * day 3 as the next step; once day 3 has passed, day 7 takes its place. null: none. */
export function nextStep(c, day) {
  if (valid(c.closed)) return null;
  var f = followups(c);
  var open = f && waiting(c, day);
  if (valid(c.next_date)) {
    if (open && c.next_date === f.day3 && day > f.day3) return { kind: "day7", date: f.day7, action: "" };
    var kind = open && c.next_date === f.day3 ? "day3" : open && c.next_date === f.day7 ? "day7" : "next";
    if (kind === "next" && cleared(c, f)) return null;
    return { kind: kind, date: c.next_date, action: c.next_action || "" };
  }
  if (open) return day > f.day3 ? { kind: "day7", date: f.day7, action: "" } : { kind: "day3", date: f.day3, action: "" };
  return null;
}

/* What is due across contacts on `day`: {today: [...], week: [...]}, each item
 * {id, name, organisation, kind: "day3"|"day7"|"thanks"|"next", date, late, action}.
 * Today holds what is due today, then what is up to a week overdue, the newest first;
 * week, the next five working days, by date. A thank-you is owed from the meeting's day to
 * the next (24 hours); a day-3 step no longer once day 7 has come. A step ticked off for
 * its date ("done") is not listed; one snoozed shows again on its day. */
export function due(contacts, day) {
  var end = days.addBusinessDays(day, WEEK, holidays);
  var oldest = days.addDays(day, -GRACE);
  var out = { today: [], week: [] };
  contacts.forEach(function (c) {
    try { dueOf(c); } catch { /* one record that cannot be read stops no other */ }
  });
  function dueOf(c) {
    if (valid(c.closed)) return;
    var done = marks(c.done);
    var snoozed = marks(c.snoozed);
    var dates = {};
    function add(kind, date, action, now) {
      dates[date] = true;
      if (done[kind] === date || (snoozed[kind] && snoozed[kind] > day)) return;
      var item = { id: c.id, name: c.name, organisation: c.organisation || "", kind: kind, date: date,
        late: date < day && !now, action: action || "" };
      (now || date <= day ? out.today : out.week).push(item);
    }
    var f = followups(c);
    if (f && waiting(c, day)) {
      if (f.day3 <= end && day < f.day7) add("day3", f.day3);
      if (f.day7 <= end && f.day7 >= oldest) add("day7", f.day7);
    }
    if (valid(c.meeting) && !valid(c.thanked) && DONE.indexOf(status(c, day)) === -1) {
      var by = days.addDays(c.meeting, 1);
      if (c.meeting <= end && by >= oldest) add("thanks", by, "", c.meeting <= day && day <= by);
    }
    // The planner's day 3 or day 7 written as the next step is that step (listed, ticked off
    // or past above), never a second item: a day 3 done came back as an overdue next step on day 7.
    var planned = f && (c.next_date === f.day3 || c.next_date === f.day7) && (waiting(c, day) || answered(c));
    if (valid(c.next_date) && !dates[c.next_date] && !planned && c.next_date <= end && c.next_date >= oldest) {
      add("next", c.next_date, c.next_action);
    }
  }
  var rank = { day7: 0, day3: 1, thanks: 2, next: 3 }; // on one date, the newest step first
  function byName(a, b) { return String(a.name).localeCompare(String(b.name)); }
  function newest(a, b) {
    if (a.late !== b.late) return a.late ? 1 : -1; // today's first, then the overdue
    if (a.date !== b.date) return (a.date > b.date ? -1 : 1) * (a.late ? 1 : -1);
    return rank[a.kind] - rank[b.kind] || byName(a, b);
  }
  function soonest(a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : byName(a, b); }
  out.today.sort(newest);
  out.week.sort(soonest);
  return out;
}

/* A plan's reminders in date order, [{kind, date, summary, description}], in the words
 * of `say` (data/tools/recordatorios.yml). plan: {name, org, day3, day7, meeting, notes}. */
export function reminders(plan, say) {
  var name = String(plan.name || "").trim() || say("someone");
  var org = String(plan.org || "").trim() || say("org_fallback");
  var notes = String(plan.notes || "").trim();
  var out = [];
  function add(kind, date, summary, detail) {
    out.push({ kind: kind, date: date, summary: summary, description: notes ? detail + "\n\n" + notes : detail });
  }
  if (valid(plan.day3)) add("day3", plan.day3, say("day3", { name: name, org: org }), say("day3_detail"));
  if (valid(plan.day7)) add("day7", plan.day7, say("day7", { name: name }), say("day7_detail"));
  // Within 24 hours of a meeting on day D: the deadline falls on D + 1 (calendar days).
  if (valid(plan.meeting)) add("thanks", days.addDays(plan.meeting, 1), say("thanks", { name: name }), say("thanks_detail"));
  return out.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
}

/* A contact's upcoming reminders (from `day` on), for the tracker's calendar of everyone. */
export function upcoming(c, day, say) {
  var f = waiting(c, day) ? followups(c) : null;
  var owed = valid(c.meeting) && !valid(c.thanked) && !valid(c.closed) && DONE.indexOf(status(c, day)) === -1;
  var plan = { name: c.name, org: c.organisation, day3: f ? f.day3 : "", day7: f ? f.day7 : "", meeting: owed ? c.meeting : "" };
  return reminders(plan, say).filter(function (r) { return r.date >= day; });
}

/* Each step's last downloaded date and SEQUENCE, kept in the contact as text ("ics_steps":
 * "day3=2025-03-06/0;day7=2025-03-12/1"), so a download after a date changed raises its
 * SEQUENCE and calendars update the event. */
export function sequences(text) {
  var out = {};
  String(text || "").split(";").forEach(function (part) {
    var m = /^(day3|day7|thanks)=(\d{4}-\d{2}-\d{2})\/(\d{1,6})$/.exec(part);
    if (m) out[m[1]] = [m[2], Number(m[3])];
  });
  return out;
}

/* The text after downloading `items` ([{kind, date}]): a step whose date changed counts one more. */
export function recordSequences(text, items) {
  var steps = sequences(text);
  items.forEach(function (r) {
    var old = steps[r.kind];
    steps[r.kind] = [r.date, !old ? 0 : old[0] === r.date ? old[1] : old[1] + 1];
  });
  return Object.keys(steps).sort().map(function (k) { return k + "=" + steps[k][0] + "/" + steps[k][1]; }).join(";");
}

/* "Ana Pérez" as part of a file name: "ana-perez" (letters, digits and -, at most 40). */
export function slug(s) {
  return fold(s)
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
}
