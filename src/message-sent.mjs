/* "Sent today?" after the message builder's copy or mail (issue 26 item 3): one question, and
 * on Yes the chosen contact's sent date is today, as the 3B7 planner would record it.
 *
 * recordSent(people, id, day) writes it where the planner keeps it: its own state for that
 * contact ("seguimiento@ID", which the planner page shows) and the contact's record (sent,
 * day 3 and day 7 counted over the holidays that plan names, else the reader's public holidays
 * (holiday-choice.mjs), the next step day 3), which the tracker shows. The status is the
 * events' (contact-steps.mjs), never stored (contact-steps.mjs withEvents); a status set by
 * hand stays. It returns the undo: every value it changed, put back.
 * sentPrompt(form, say, people, who) runs the question in the form's .builder__sent box:
 * ask() after a copy or a mail, clear() after any other change. Focus stays on a control:
 * Yes hands it to Undo and Undo back to Yes; the text is a polite live region. */
import { WorksheetStore as Store } from "./store.mjs";
import * as days from "./business-days.mjs";
import * as steps from "./contact-steps.mjs";
import { sharedHolidays } from "./holiday-choice.mjs";
import { dateFormat } from "./lib/date-locale.mjs";

const PLANNER = "seguimiento";

export function recordSent(people, id, day) {
  const record = people.get(id);
  if (!record) return null;
  const planId = people.answersId(PLANNER, id);
  const plan = Store.get(planId);
  const holidays = typeof plan.holidays === "string" ? days.parseHolidays(plan.holidays).dates : sharedHolidays().dates;
  const dates = days.plan3B7(day, holidays);
  let fields = { sent: day, day3: dates.day3, day7: dates.day7 };
  if (!record.meeting) { fields.next_date = dates.day3; fields.next_action = ""; }
  fields = steps.withEvents(record, fields, steps.today());
  const before = { id: id };
  Object.keys(fields).forEach((k) => { before[k] = k === "status_manual" ? record[k] : typeof record[k] === "string" ? record[k] : ""; });
  const hadPlan = Store.ids().indexOf(planId) !== -1;
  people.save({ id: id, ...fields });
  Store.set(planId, { ...plan, sent: day });
  return function undo() {
    people.save(before);
    if (hadPlan) Store.set(planId, plan); else Store.remove(planId);
  };
}

export function sentPrompt(form, say, people, who) {
  const box = form.querySelector(".builder__sent");
  const text = box && box.querySelector(".builder__sent-text");
  const yes = box && box.querySelector(".builder__sent-yes");
  const undoButton = box && box.querySelector(".builder__sent-undo");
  if (!text || !yes || !undoButton || !people) return { ask() {}, clear() {} };
  const long = dateFormat(document);
  let undo = null;
  function name() { return (people.get(who()) || {}).name || ""; }
  function show(words, button) {
    text.textContent = words;
    yes.hidden = button !== yes;
    undoButton.hidden = button !== undoButton;
  }
  yes.addEventListener("click", () => {
    const day = steps.today();
    undo = recordSent(people, who(), day);
    if (!undo) return show("", null);
    const record = people.get(who()) || {};
    show(say("sent_done", { name: name(), date: long.format(days.parse(day)), day3: long.format(days.parse(record.day3)) }), undoButton);
    undoButton.focus();
  });
  undoButton.addEventListener("click", () => {
    if (undo) undo();
    undo = null;
    show(say("sent_undone", { name: name() }), yes);
    yes.focus();
  });
  return {
    // Only for a chosen contact: the planner and the tracker keep dates per person.
    ask() { if (who() && people.get(who())) show(say("sent_question", { name: name() }), yes); },
    clear() { undo = null; show("", null); }
  };
}
