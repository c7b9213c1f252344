// A contact's status, next step, what is due and its calendar UIDs, and what the due list's
// buttons store (src/contact-steps.mjs, due-actions.mjs, ics.mjs), without a browser.
import test from "node:test";
import assert from "node:assert/strict";
import * as steps from "../../src/contact-steps.mjs";
import * as ics from "../../src/ics.mjs";
import { act, mark } from "../../src/due-actions.mjs";

const say = (key, values = {}) => key + JSON.stringify(values);

// Monday 3 March 2025: day 3 is Thursday 6, day 7 Wednesday 12.
const SENT = { id: "a", name: "Ana", organisation: "Acme", sent: "2025-03-03", status_manual: false };

test("the status follows the dates: to contact, sent, follow-up due, meeting set, met, thanked", () => {
  const at = (c, day) => steps.status({ id: "x", name: "X", status_manual: false, ...c }, day);
  assert.equal(at({}, "2025-03-03"), "to-contact");
  assert.equal(at(SENT, "2025-03-05"), "message-sent");
  assert.equal(at(SENT, "2025-03-06"), "follow-up-due", "from day 3 on");
  assert.equal(at({ ...SENT, meeting: "2025-03-10" }, "2025-03-07"), "meeting-set");
  assert.equal(at({ ...SENT, meeting: "2025-03-10" }, "2025-03-10"), "met");
  assert.equal(at({ ...SENT, meeting: "2025-03-10", thanked: "2025-03-10" }, "2025-03-11"), "thanks-sent");
});

test("a status set by hand wins; a record from before status_manual keeps a status the dates do not give", () => {
  assert.equal(steps.status({ ...SENT, status: "keep-in-touch", status_manual: true }, "2025-03-04"), "keep-in-touch");
  assert.equal(steps.status({ ...SENT, status: "keep-in-touch", status_manual: false }, "2025-03-04"), "message-sent");
  assert.equal(steps.status({ id: "b", name: "B", status: "met" }, "2025-03-04"), "met", "legacy: set by hand");
  assert.equal(steps.status({ id: "b", name: "B", status: "to-contact" }, "2025-03-04"), "to-contact");
  assert.equal(steps.status({ id: "b", name: "B", status: "nonsense", status_manual: true }, "2025-03-04"), "to-contact");
});

test("the next step is day 3, then day 7 once day 3 has passed; the reader's own otherwise", () => {
  const planned = { ...SENT, day3: "2025-03-06", day7: "2025-03-12", next_action: "Día 3", next_date: "2025-03-06" };
  assert.deepEqual(steps.nextStep(planned, "2025-03-05"), { kind: "day3", date: "2025-03-06", action: "Día 3" });
  assert.deepEqual(steps.nextStep(planned, "2025-03-07"), { kind: "day7", date: "2025-03-12", action: "" });
  assert.equal(steps.nextStep({ ...planned, meeting: "2025-03-20" }, "2025-03-07"), null,
    "a meeting ends the follow-ups, the planner's day 3 written as the next step too");
  assert.deepEqual(steps.nextStep({ ...planned, meeting: "2025-03-20", next_date: "2025-03-19", next_action: "Preparar" }, "2025-03-07"),
    { kind: "next", date: "2025-03-19", action: "Preparar" }, "the reader's own step stays");
  assert.equal(steps.nextStep({ id: "c", name: "C" }, "2025-03-07"), null);
  assert.deepEqual(steps.nextStep(SENT, "2025-03-03"), { kind: "day3", date: "2025-03-06", action: "" });
});

test("what is due: today (and overdue), the next five working days, thank-yous within 24 hours", () => {
  const contacts = [
    { ...SENT, id: "ana" },
    { id: "ben", name: "Ben", meeting: "2025-03-06", status_manual: false },
    { id: "cai", name: "Cai", meeting: "2025-03-06", thanked: "2025-03-06", status_manual: false },
    { id: "dia", name: "Día", next_action: "Llamar", next_date: "2025-03-14", status_manual: false },
    { id: "eva", name: "Eva", next_action: "Lejos", next_date: "2025-04-30", status_manual: false },
    { id: "fer", name: "Fer", sent: "2025-03-03", status: "keep-in-touch", status_manual: true },
  ];
  const on = (day) => {
    const d = steps.due(contacts, day);
    return { today: d.today.map((i) => `${i.id}:${i.kind}:${i.date}${i.late ? ":late" : ""}`),
      week: d.week.map((i) => `${i.id}:${i.kind}:${i.date}`) };
  };
  assert.deepEqual(on("2025-03-06"), {
    today: ["ana:day3:2025-03-06", "ben:thanks:2025-03-07"],
    week: ["ana:day7:2025-03-12"],
  }, "Thursday: day 3 today, Ben's thank-you owed from the meeting's day; Día's step on the 14th is six working days away");
  assert.deepEqual(on("2025-03-10"), {
    today: ["ben:thanks:2025-03-07:late", "ana:day3:2025-03-06:late"],
    week: ["ana:day7:2025-03-12", "dia:next:2025-03-14"],
  }, "Monday: day 3 overdue until day 7 comes; Ben's thank-you overdue (newer, so first); Cai thanked, Fer set by hand");
  assert.deepEqual(on("2025-03-12").today, ["ana:day7:2025-03-12", "ben:thanks:2025-03-07:late"],
    "day 7 replaces day 3; today's step comes before the overdue one");
  assert.deepEqual(on("2025-03-20").today, ["dia:next:2025-03-14:late"], "more than a week late (Ana's day 7, Ben's thank-you): off the list");
  assert.deepEqual(on("2025-03-30"), { today: [], week: [] }, "more than a week late: off the list");
});

test("reminders and the upcoming ones of a contact, in the page's words", () => {
  const r = steps.reminders({ name: "Ana", org: "", day3: "2025-03-06", day7: "2025-03-12", meeting: "2025-03-05", notes: "n" }, say);
  assert.deepEqual(r.map((x) => [x.kind, x.date]), [["day3", "2025-03-06"], ["thanks", "2025-03-06"], ["day7", "2025-03-12"]]);
  assert.equal(r[0].summary, 'day3{"name":"Ana","org":"org_fallback{}"}');
  assert.equal(r[0].description, "day3_detail{}\n\nn");
  assert.deepEqual(steps.upcoming(SENT, "2025-03-07", say).map((x) => x.kind), ["day7"]);
  assert.deepEqual(steps.upcoming({ ...SENT, meeting: "2025-03-10" }, "2025-03-07", say).map((x) => x.kind), ["thanks"]);
});

test("UIDs: one per contact and step, the same at every download; SEQUENCE rises when a date moves", () => {
  const uids = (id) => ["day3", "day7", "thanks"].map((k) => ics.stepUid(id, k, "otra-guia"));
  const a = uids("3f0c-ana"), b = uids("77aa-ben");
  assert.equal(new Set([...a, ...b]).size, 6, "two contacts share no UID");
  assert.deepEqual(uids("3f0c-ana"), a, "stable");
  assert.equal(ics.stepUid("x\r\nEND:VEVENT", "day3", "otra-guia"), "xENDVEVENT-day3@otra-guia");
  let text = steps.recordSequences("", [{ kind: "day3", date: "2025-03-06" }, { kind: "day7", date: "2025-03-12" }]);
  assert.equal(text, "day3=2025-03-06/0;day7=2025-03-12/0");
  text = steps.recordSequences(text, [{ kind: "day3", date: "2025-03-06" }, { kind: "day7", date: "2025-03-13" }]);
  assert.deepEqual(steps.sequences(text), { day3: ["2025-03-06", 0], day7: ["2025-03-13", 1] });
  assert.deepEqual(steps.sequences("day3=junk;evil=2025-01-01/1"), {});
});

test("a contact's name as a file name part", () => {
  assert.equal(steps.slug("Pérez, Ana; «Núñez»"), "perez-ana-nunez");
  assert.equal(steps.slug("../../etc"), "etc");
  assert.equal(steps.slug("李"), "");
});

test("today is the reader's local calendar day", () => {
  assert.equal(steps.today(new Date(2025, 2, 9, 23, 59)), "2025-03-09");
});

// Issue 26 item 2: next steps that follow events.
const on = (contacts, day) => {
  const d = steps.due(contacts, day);
  return { today: d.today.map((i) => `${i.id}:${i.kind}:${i.date}${i.late ? ":late" : ""}`),
    week: d.week.map((i) => `${i.id}:${i.kind}:${i.date}`) };
};

test("the status follows the events: a reply, an update after the thanks, closed", () => {
  const at = (c, day) => steps.status({ id: "x", name: "X", status_manual: false, ...c }, day);
  assert.equal(at({ ...SENT, replied: "2025-03-05" }, "2025-03-07"), "replied", "not follow-up due: she replied");
  assert.equal(at({ ...SENT, replied: "2025-03-05", meeting: "2025-03-10" }, "2025-03-07"), "meeting-set");
  assert.equal(at({ ...SENT, meeting: "2025-03-05", thanked: "2025-03-05", updated: "2025-03-20" }, "2025-03-21"), "keep-in-touch");
  assert.equal(at({ ...SENT, meeting: "2025-03-10", closed: "2025-03-07" }, "2025-03-07"), "closed", "closed ends it");
  assert.ok(steps.STATUSES.includes("replied") && steps.STATUSES.includes("closed"));
});

test("each event clears the steps it makes moot", () => {
  const planned = { ...SENT, day3: "2025-03-06", day7: "2025-03-12", next_date: "2025-03-06", next_action: "3B7, día 3" };
  assert.deepEqual(on([planned], "2025-03-06"), { today: ["a:day3:2025-03-06"], week: ["a:day7:2025-03-12"] });
  assert.deepEqual(on([{ ...planned, replied: "2025-03-05" }], "2025-03-06"), { today: [], week: [] },
    "a reply clears day 3 and day 7 (and the planner's next step that was day 3)");
  assert.equal(steps.nextStep({ ...planned, replied: "2025-03-05" }, "2025-03-06"), null);
  assert.deepEqual(on([{ ...planned, meeting: "2025-03-10" }], "2025-03-06"), { today: [], week: ["a:thanks:2025-03-11"] },
    "a meeting clears day 3 and day 7; the thanks is owed after it");
  assert.deepEqual(on([{ ...planned, meeting: "2025-03-05" }], "2025-03-06"), { today: ["a:thanks:2025-03-06"], week: [] },
    "met yesterday: Met, and no \"overdue: day 3\"");
  assert.deepEqual(on([{ ...planned, meeting: "2025-03-05", thanked: "2025-03-06" }], "2025-03-06"), { today: [], week: [] },
    "the thanks clears the thank-you");
  const own = { ...SENT, next_date: "2025-03-07", next_action: "Llamar" };
  assert.deepEqual(on([{ ...own, closed: "2025-03-05" }], "2025-03-06"), { today: [], week: [] }, "closed clears everything");
  assert.equal(steps.nextStep({ ...own, closed: "2025-03-05" }, "2025-03-06"), null);
  assert.deepEqual(steps.upcoming({ ...SENT, replied: "2025-03-04" }, "2025-03-04", say), [], "no reminders after a reply");
});

test("today's items first, then the overdue ones, the newest step first", () => {
  const contacts = [
    { id: "ana", name: "Ana", sent: "2025-03-03", status_manual: false }, // day 3: 6th, day 7: 12th
    { id: "ben", name: "Ben", sent: "2025-03-04", status_manual: false }, // day 3: 7th, day 7: 13th
    { id: "cai", name: "Cai", sent: "2025-03-05", status_manual: false }, // day 3: 10th
    { id: "dia", name: "Día", sent: "2025-02-27", status_manual: false }, // day 7: 10th
    { id: "eva", name: "Eva", sent: "2025-03-06", status_manual: false }, // day 3: 11th
  ];
  assert.deepEqual(on(contacts, "2025-03-11").today,
    ["eva:day3:2025-03-11", "dia:day7:2025-03-10:late", "cai:day3:2025-03-10:late", "ben:day3:2025-03-07:late",
      "ana:day3:2025-03-06:late"]);
});

test("done and snoozed: read and written as text, one mark per step", () => {
  assert.deepEqual(steps.marks("day3=2026-12-09; day7=2026-12-15;thanks=junk;evil=2026-12-01;next=2026-13-01"),
    { day3: "2026-12-09", day7: "2026-12-15" });
  assert.deepEqual(steps.marks(undefined), {});
  assert.equal(mark("", "day7", "2026-12-15"), "day7=2026-12-15");
  assert.equal(mark("day7=2026-12-15;x", "day3", "2026-12-09"), "day3=2026-12-09;day7=2026-12-15");
  assert.equal(mark("day3=2026-12-09", "day3", "2026-12-10"), "day3=2026-12-10");
});

test("a step done for its date is gone; due again if its date moves; a snoozed one comes back on its day", () => {
  const ana = { ...SENT, day3: "2025-03-06", day7: "2025-03-12" };
  const item = steps.due([ana], "2025-03-06").today[0];
  const done = act(ana, item, "done", "2025-03-06");
  assert.deepEqual(done, { done: "day3=2025-03-06" });
  assert.deepEqual(on([{ ...ana, ...done }], "2025-03-06"), { today: [], week: ["a:day7:2025-03-12"] });
  assert.deepEqual(on([{ ...ana, ...done, day3: "2025-03-07", day7: "2025-03-13" }], "2025-03-07").today, ["a:day3:2025-03-07"],
    "the step's date moved: due again");
  assert.deepEqual(act(ana, item, "replied", "2025-03-06"), { replied: "2025-03-06" });
  const later = act(ana, item, "day", "2025-03-06");
  assert.deepEqual(later, { snoozed: "day3=2025-03-07" });
  assert.deepEqual(on([{ ...ana, ...later }], "2025-03-06").today, [], "snoozed for a day");
  assert.deepEqual(on([{ ...ana, ...later }], "2025-03-07").today, ["a:day3:2025-03-06:late"], "back the next day");
  assert.deepEqual(act(ana, item, "week", "2025-03-06"), { snoozed: "day3=2025-03-13" });
  assert.equal(act(ana, item, "nonsense", "2025-03-06"), null);
  const met = { ...SENT, meeting: "2025-03-05" };
  const thanks = steps.due([met], "2025-03-06").today[0];
  assert.deepEqual(act(met, thanks, "done", "2025-03-06"), { thanked: "2025-03-06" }, "thanks sent in one click");
});

test("the planner's day 3 written as the next step is never listed again once day 3 is done and day 7 has come", () => {
  // The builder's «Sí, lo envié hoy» and the planner write day 3 as the next step too.
  const ana = { ...SENT, day3: "2025-03-06", day7: "2025-03-12", next_date: "2025-03-06", next_action: "", done: "day3=2025-03-06" };
  assert.deepEqual(on([ana], "2025-03-12"), { today: ["a:day7:2025-03-12"], week: [] });
  assert.deepEqual(on([{ ...ana, done: "day3=2025-03-06;day7=2025-03-12" }], "2025-03-12"), { today: [], week: [] });
  const own = { ...SENT, day3: "2025-03-06", day7: "2025-03-12", next_date: "2025-03-10", next_action: "Llamar" };
  assert.deepEqual(on([own], "2025-03-12").today, ["a:day7:2025-03-12", "a:next:2025-03-10:late"], "the reader's own step stays");
});

test("what the buttons store keeps a status set by hand, and stores none the events give", () => {
  const legacy = { id: "l", name: "L", sent: "2025-03-03", status: "message-sent" }; // before status_manual
  const item = { kind: "day3", date: "2025-03-06" };
  assert.deepEqual(act(legacy, item, "replied", "2025-03-05"), { replied: "2025-03-05", status_manual: false });
  const byHand = { id: "k", name: "K", sent: "2025-03-03", status: "keep-in-touch" };
  assert.deepEqual(act(byHand, item, "replied", "2025-03-05"), { replied: "2025-03-05", status_manual: true });
});

test("day 3 and day 7 not stored are counted over the reader's public holidays", () => {
  try {
    steps.countHolidays(["2025-03-05", "not a day"]);
    assert.deepEqual(steps.followups(SENT), { day3: "2025-03-07", day7: "2025-03-13" });
    assert.deepEqual(steps.followups({ ...SENT, day3: "2025-03-06", day7: "2025-03-12" }), { day3: "2025-03-06", day7: "2025-03-12" },
      "the planner's stored dates stay");
    assert.equal(steps.due([SENT], "2025-03-06").today.length, 0, "day 3 is Friday now");
  } finally {
    steps.countHolidays([]);
  }
  assert.deepEqual(steps.followups(SENT), { day3: "2025-03-06", day7: "2025-03-12" });
});
