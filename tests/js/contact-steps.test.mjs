// A contact's status, next step, what is due and its calendar UIDs
// (docs/assets/javascripts/src/contact-steps.mjs and ics.mjs), without a browser.
import test from "node:test";
import assert from "node:assert/strict";
import * as steps from "../../docs/assets/javascripts/src/contact-steps.mjs";
import * as ics from "../../docs/assets/javascripts/src/ics.mjs";

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
  assert.deepEqual(steps.nextStep({ ...planned, meeting: "2025-03-20" }, "2025-03-07"),
    { kind: "next", date: "2025-03-06", action: "Día 3" }, "a meeting ends the follow-ups");
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
    today: ["ana:day3:2025-03-06:late", "ben:thanks:2025-03-07:late"],
    week: ["ana:day7:2025-03-12", "dia:next:2025-03-14"],
  }, "Monday: day 3 overdue until day 7 comes; Ben's thank-you overdue; Cai thanked, Fer set by hand");
  assert.deepEqual(on("2025-03-12").today, ["ben:thanks:2025-03-07:late", "ana:day7:2025-03-12"], "day 7 replaces day 3");
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
