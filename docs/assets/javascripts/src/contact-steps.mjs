/* What a contact's dates mean, without the page: its status, its next step, what is due
 * across contacts, its 3B7 reminders and their calendar SEQUENCEs. Used by the tracker, the
 * 3B7 planner and the list of what is due (due-list.mjs); tested by
 * tests/js/contact-steps.test.mjs. A contact is the tracker's record (string fields, dates
 * "yyyy-mm-dd" or ""); "today" is always passed in, so the tests choose the day. */
import * as days from "./business-days.mjs";
import { fold } from "./lib/fold.mjs";
import { localDay } from "./lib/local-day.mjs";

// Stored ids, in the order a conversation goes through them. "follow-up-due" is the only
// one the dates give that the reader never had to choose; the rest are as they were.
export const STATUSES = ["to-contact", "message-sent", "follow-up-due", "followed-up", "meeting-set", "met",
  "thanks-sent", "keep-in-touch"];
const WAITING = ["message-sent", "follow-up-due"]; // statuses under which 3B7 follow-ups are due
const DONE = ["thanks-sent", "keep-in-touch"]; // no thank-you is owed any more
const WEEK = 5; // "this week": the next five working days
const GRACE = 7; // an overdue step stays listed for a week of calendar days

// A date outside business-days.mjs YEARS counts as none here (the tracker marks it).
function valid(iso) { return typeof iso === "string" && days.inYears(iso); }

/* The reader's calendar day, as yyyy-mm-dd (the local date, not UTC's). */
export function today(now) {
  return localDay(now);
}

/* {day3, day7}: the stored ones (the planner's, holidays counted), else counted from the
 * day the message was sent (weekends only); null without a message sent. */
export function followups(c) {
  if (valid(c.day3) && valid(c.day7)) return { day3: c.day3, day7: c.day7 };
  if (!valid(c.sent)) return null;
  var plan = days.plan3B7(c.sent, []);
  return { day3: valid(c.day3) ? c.day3 : plan.day3, day7: valid(c.day7) ? c.day7 : plan.day7 };
}

/* The status the dates give: to contact → message sent → follow-up due → meeting set
 * (met once its day has come) → thanks sent. */
export function fromDates(c, day) {
  if (valid(c.thanked)) return "thanks-sent";
  if (valid(c.meeting)) return c.meeting > day ? "meeting-set" : "met";
  var f = followups(c);
  if (f) return day >= f.day3 ? "follow-up-due" : "message-sent";
  return "to-contact";
}

/* The status shown: the reader's when set by hand, else the dates'. A record stored before
 * status_manual existed keeps its status as set by hand when the dates say otherwise. */
export function status(c, day) {
  var known = STATUSES.indexOf(c.status) !== -1;
  var manual = typeof c.status_manual === "boolean" ? c.status_manual : known && c.status !== fromDates(c, day);
  return manual && known ? c.status : fromDates(c, day);
}

function waiting(c, day) {
  return !valid(c.meeting) && !valid(c.thanked) && WAITING.indexOf(status(c, day)) !== -1;
}

/* {kind, date, action}: kind "day3", "day7" or "next" (the reader's own). The planner writes
 * day 3 as the next step; once day 3 has passed, day 7 takes its place. null: none. */
export function nextStep(c, day) {
  var f = followups(c);
  var open = f && waiting(c, day);
  if (valid(c.next_date)) {
    if (open && c.next_date === f.day3 && day > f.day3) return { kind: "day7", date: f.day7, action: "" };
    var kind = open && c.next_date === f.day3 ? "day3" : open && c.next_date === f.day7 ? "day7" : "next";
    return { kind: kind, date: c.next_date, action: c.next_action || "" };
  }
  if (open) return day > f.day3 ? { kind: "day7", date: f.day7, action: "" } : { kind: "day3", date: f.day3, action: "" };
  return null;
}

/* What is due across contacts on `day`: {today: [...], week: [...]}, each item
 * {id, name, organisation, kind: "day3"|"day7"|"thanks"|"next", date, late, action},
 * by date then name. Today holds what is due today and what is up to a week overdue;
 * week, the next five working days. A thank-you is owed from the meeting's day to the
 * next (24 hours); a day-3 step no longer once day 7 has come. */
export function due(contacts, day) {
  var end = days.addBusinessDays(day, WEEK);
  var oldest = days.addDays(day, -GRACE);
  var out = { today: [], week: [] };
  function add(c, kind, date, action, now) {
    var item = { id: c.id, name: c.name, organisation: c.organisation || "", kind: kind, date: date,
      late: date < day && !now, action: action || "" };
    (now || date <= day ? out.today : out.week).push(item);
  }
  contacts.forEach(function (c) {
    try { dueOf(c); } catch { /* one record that cannot be read stops no other */ }
  });
  function dueOf(c) {
    var dates = {};
    var f = followups(c);
    if (f && waiting(c, day)) {
      if (f.day3 <= end && day < f.day7) { add(c, "day3", f.day3); dates[f.day3] = true; }
      if (f.day7 <= end && f.day7 >= oldest) { add(c, "day7", f.day7); dates[f.day7] = true; }
    }
    if (valid(c.meeting) && !valid(c.thanked) && DONE.indexOf(status(c, day)) === -1) {
      var by = days.addDays(c.meeting, 1);
      if (c.meeting <= end && by >= oldest) add(c, "thanks", by, "", c.meeting <= day && day <= by);
    }
    if (valid(c.next_date) && !dates[c.next_date] && c.next_date <= end && c.next_date >= oldest) {
      add(c, "next", c.next_date, c.next_action);
    }
  }
  function order(a, b) {
    return a.date < b.date ? -1 : a.date > b.date ? 1 : String(a.name).localeCompare(String(b.name));
  }
  out.today.sort(order);
  out.week.sort(order);
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
  var f = waiting(c, day) || valid(c.meeting) ? followups(c) : null;
  var owed = valid(c.meeting) && !valid(c.thanked) && DONE.indexOf(status(c, day)) === -1;
  var plan = { name: c.name, org: c.organisation, day3: f && !valid(c.meeting) ? f.day3 : "",
    day7: f && !valid(c.meeting) ? f.day7 : "", meeting: owed ? c.meeting : "" };
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
