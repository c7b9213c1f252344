/* The 3B7 follow-up planner on docs/herramientas/seguimiento.md: dates 3 and 7 business days
 * after a message, thanks due within 24 hours of a meeting, and an .ics file of reminders.
 * For a contact chosen with «¿Para quién?» (contacts): the plan is kept for that contact
 * ("seguimiento@ID"), its name and organisation are the contact's (editing them edits the
 * contact), its dates go into the contact (sent, day 3, day 7, meeting; the next step is
 * day 3, then day 7), and its .ics UIDs are the contact's (the tracker's calendar of everyone
 * uses the same). With nobody chosen it works as it always did, on names typed in.
 * Date logic: business-days.mjs, contact-steps.mjs; calendar file: ics.mjs; words: the page's
 * (data/tools/seguimiento.yml, recordatorios.yml). */
import { SiteContacts } from "./contacts.mjs";
import * as days from "./business-days.mjs";
import * as steps from "./contact-steps.mjs";
import * as ics from "./ics.mjs";
import { siteSlug } from "./lib/site.mjs";
import { toolStore } from "./tool-store.mjs";
import { newId } from "./lib/new-id.mjs";
import { toolWords } from "./tool-words.mjs";
import { fold } from "./lib/fold.mjs";
import { download } from "./lib/download.mjs";
import { dateFormat } from "./lib/date-locale.mjs";
import { pageData } from "./lib/words.mjs";
import { fieldError } from "./lib/field-error.mjs";
import * as publicHolidays from "./public-holidays.mjs";
import { sharedHolidays, chooseHolidays } from "./holiday-choice.mjs";

const TOOL_ID = "seguimiento";
const FIELDS = ["name", "org", "sent", "holidays", "country", "meeting", "notes"];
const YEARS = days.YEARS; // a date outside is a typo (and year 10000 has no YYYY-MM-DD)

/* A YYYY-MM-DD date the planner works with: a real day within YEARS. */
export const usable = days.inYears;

/* The reminders for a plan, in date order: [{kind, date, summary, description}], in the
 * words of `say` (contact-steps.mjs). */
export function reminders(plan, say) {
  const dates = usable(plan.sent) ? days.plan3B7(plan.sent, days.parseHolidays(plan.holidays).dates) : {};
  return steps.reminders({ name: plan.name, org: plan.org, day3: dates.day3, day7: dates.day7,
    meeting: usable(plan.meeting) ? plan.meeting : "", notes: plan.notes }, say);
}

/* entry: the contact's stored {id, steps: {kind: [date, sequence]}} (its UIDs and the
 * SEQUENCE of each step); without it, the plan's id and sequence 0. */
export function calendarText(plan, say, lang, now, entry) {
  entry = entry || { id: plan.id, steps: {} };
  return ics.calendar(
    reminders(plan, say).map((r) => {
      const step = entry.steps[r.kind];
      return { uid: ics.stepUid(entry.id, r.kind, siteSlug()), date: r.date,
        summary: r.summary, description: r.description, sequence: step ? step[1] : 0 };
    }),
    { now, prodId: "-//" + siteSlug() + "//Seguimiento 3B7//" + lang.toUpperCase() }
  );
}

function key(s) { return fold(s).trim(); }

export function startPlanner(form) {
  const say = toolWords();
  const long = dateFormat(document, { weekday: "long", year: "numeric" });
  function longDate(iso) { return long.format(days.parse(iso)); }

  // Enter in a field must not download anything, nor submit: only the button downloads.
  form.addEventListener("submit", (event) => event.preventDefault());
  const lang = document.documentElement.lang;
  const inputs = {};
  FIELDS.forEach((f) => { inputs[f] = form.querySelector("[name=" + f + "]"); });
  // The country or region whose public holidays are in the list (page data, built from the
  // holidays package); its options are written before the stored plan is applied.
  const holidayData = pageData("holidays");
  publicHolidays.fillSelect(inputs.country, holidayData, say);
  let country = "";
  const list = form.querySelector(".followup__list");
  const status = form.querySelector(".followup__status");
  let planId = newId();
  // Per contact (name and organisation): the id its calendar UIDs come from, and each
  // step's last downloaded date and SEQUENCE, so a new download updates, never duplicates.
  let calendar = {};

  function plan() {
    const p = { id: planId, calendar };
    FIELDS.forEach((f) => { p[f] = inputs[f].value; });
    return p;
  }

  const people = SiteContacts;
  let who = people ? people.current(TOOL_ID) : null;
  function storeId() { return people ? people.answersId(TOOL_ID, who) : TOOL_ID; }

  // The plan's dates into the chosen contact: its next step is day 3 until day 3 has
  // passed, then day 7. Written only when something changed.
  function writeBack() {
    if (!who) return;
    const record = people.get(who);
    if (!record) return;
    const p = plan();
    const fields = { sent: usable(p.sent) ? p.sent : "", meeting: usable(p.meeting) ? p.meeting : "" };
    const dates = fields.sent ? days.plan3B7(fields.sent, days.parseHolidays(p.holidays).dates) : { day3: "", day7: "" };
    fields.day3 = dates.day3;
    fields.day7 = dates.day7;
    const today = steps.today();
    const step = reminders(p, say).filter((r) => r.kind !== "thanks" && r.date >= today)[0];
    if (step && !fields.meeting) { fields.next_action = step.summary; fields.next_date = step.date; }
    // The status is the events' (never stored); a record from before status_manual has it settled.
    if (typeof record.status_manual !== "boolean") fields.status_manual = steps.manual(record, today);
    const differs = Object.keys(fields).some((k) => (k === "status_manual" ? record[k] : record[k] || "") !== fields[k]);
    if (differs) { fields.id = who; people.save(fields); }
  }

  function entryFor(p) {
    if (who) {
      // The contact's own id: the same UIDs as the tracker's calendar of everyone.
      const record = people.get(who) || {};
      return { id: who, steps: steps.sequences(record.ics_steps), contact: true };
    }
    const k = key(p.name) + "|" + key(p.org);
    let e = calendar[k];
    if (!e || typeof e.id !== "string" || !e.steps || typeof e.steps !== "object") {
      // The first contact keeps the plan's earlier id: events already in a calendar update.
      const keep = !Object.keys(calendar).length && /^[A-Za-z0-9-]{1,64}$/.test(p.id);
      e = calendar[k] = { id: keep ? p.id : newId(), steps: {} };
    }
    return e;
  }

  // Each step's SEQUENCE rises when its date changes.
  function record(e, items) {
    if (e.contact) {
      const text = steps.recordSequences((people.get(who) || {}).ics_steps, items);
      e.steps = steps.sequences(text);
      people.save({ id: who, ics_steps: text });
      return;
    }
    items.forEach((r) => {
      const old = e.steps[r.kind];
      const ok = Array.isArray(old) && typeof old[0] === "string" && typeof old[1] === "number";
      e.steps[r.kind] = [r.date, !ok ? 0 : old[0] === r.date ? old[1] : old[1] + 1];
    });
  }

  // The date field whose year is out of range, if one is.
  function badDateField() { return ["sent", "meeting"].filter((f) => inputs[f].value && !usable(inputs[f].value))[0]; }
  function dateProblem() {
    const bad = badDateField();
    return bad ? say("bad_year", { value: inputs[bad].value, from: YEARS[0], to: YEARS[1] }) : "";
  }
  // Each problem beside its field (src/lib/field-error.mjs), as the reader types; "no date
  // yet" only once a download asked for one, till there is one.
  let needDate = false;
  function showProblems(items) {
    const bad = badDateField();
    needDate = needDate && !items.length;
    fieldError(inputs.sent, bad === "sent" ? dateProblem() : needDate ? say("need_date") : "");
    fieldError(inputs.meeting, bad === "meeting" ? dateProblem() : "");
    fieldError(inputs.holidays, holidayProblem());
  }

  function holidayProblem() {
    const invalid = days.parseHolidays(inputs.holidays.value).invalid;
    const named = invalid.map((item) => say("bad_item", item)).join("; ");
    return invalid.length ? say("bad_holidays", { list: named }) : "";
  }

  // The holidays: typed or pasted into the box (the stored text of ISO dates), or picked
  // with a date picker and added to it; each one listed with a button that takes it out.
  const picker = form.querySelector(".followup__holiday");
  const holidayList = form.querySelector(".followup__holidays");
  function holidayDates() { return days.parseHolidays(inputs.holidays.value).dates; }
  // Lines the reader typed that are not dates yet are kept, so their message still names them.
  function notDates() { return days.parseHolidays(inputs.holidays.value).invalid.map((i) => i.text); }
  function setHolidays(dates) {
    inputs.holidays.value = dates.join("\n");
    render();
    store.save();
  }
  function renderHolidays() {
    if (!holidayList) return;
    holidayList.replaceChildren();
    const names = publicHolidays.namesOf(holidayData, inputs.country.value);
    holidayDates().forEach((iso) => {
      const li = document.createElement("li");
      const time = document.createElement("time");
      time.dateTime = iso;
      time.textContent = longDate(iso) + (names[iso] ? " · " + names[iso] : "");
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "md-button followup__remove-holiday";
      remove.dataset.date = iso;
      remove.textContent = say("remove_holiday");
      remove.setAttribute("aria-label", say("remove_holiday_named", { date: time.textContent }));
      li.append(time, document.createTextNode(" "), remove);
      holidayList.appendChild(li);
    });
  }
  if (picker && holidayList) {
    form.querySelector(".followup__add-holiday").addEventListener("click", () => {
      if (!picker.value) { picker.focus(); return; }
      const dates = holidayDates();
      if (dates.indexOf(picker.value) === -1) dates.push(picker.value);
      setHolidays(dates.sort().concat(notDates()));
      picker.value = "";
    });
    holidayList.addEventListener("click", (event) => {
      const button = event.target.closest(".followup__remove-holiday");
      if (!button) return;
      setHolidays(holidayDates().filter((d) => d !== button.dataset.date).concat(notDates()));
      picker.focus();
    });
  }

  inputs.country.addEventListener("change", () => {
    const to = inputs.country.value;
    const dates = publicHolidays.switchChoice(holidayDates(), country, to, holidayData);
    country = to;
    chooseHolidays(to, publicHolidays.daysFor(holidayData, to).map((d) => d[0])); // «Mi búsqueda» counts the same days
    setHolidays(dates.concat(notDates()));
    if (to) {
      const years = holidayData.years.join(" – ");
      status.textContent = say("holidays_added", { n: publicHolidays.daysFor(holidayData, to).length,
        place: publicHolidays.nameOf(holidayData, to, say), years });
    }
  });

  function render() {
    renderHolidays();
    const items = reminders(plan(), say);
    list.replaceChildren();
    items.forEach((r) => {
      const li = document.createElement("li");
      li.dataset.kind = r.kind;
      const time = document.createElement("time");
      time.dateTime = r.date;
      time.textContent = longDate(r.date);
      const strong = document.createElement("strong");
      strong.appendChild(time);
      li.append(strong, document.createTextNode(": " + r.summary));
      list.appendChild(li);
    });
    const count = holidayDates().length;
    status.textContent = !items.length ? say("need_date") : count ? say("holidays_used", { n: count }) : say("weekends_only");
    showProblems(items);
  }

  const store = toolStore(storeId, {
    read: plan,
    apply(data) {
      FIELDS.forEach((f) => { inputs[f].value = typeof data[f] === "string" ? data[f] : ""; });
      // A choice this build no longer offers: nothing is chosen, the dates stay in the list.
      if (inputs.country.value !== (data.country || "")) inputs.country.value = "";
      // A plan with no holidays of its own starts with the reader's choice («Mi búsqueda»'s).
      const shared = sharedHolidays().country;
      if (!data.country && !data.holidays && shared && publicHolidays.daysFor(holidayData, shared).length) {
        inputs.country.value = shared;
        inputs.holidays.value = publicHolidays.daysFor(holidayData, shared).map((d) => d[0]).join("\n");
      }
      country = inputs.country.value;
      const contact = who ? people.get(who) : null;
      if (contact) {
        inputs.name.value = contact.name || "";
        inputs.org.value = contact.organisation || inputs.org.value;
        // Dates the contact already has (typed in the tracker) start a plan not yet made.
        if (!inputs.sent.value && usable(contact.sent)) inputs.sent.value = contact.sent;
        if (!inputs.meeting.value && usable(contact.meeting)) inputs.meeting.value = contact.meeting;
      }
      if (typeof data.id === "string" && data.id) planId = data.id;
      calendar = data.calendar && typeof data.calendar === "object" && !Array.isArray(data.calendar) ? data.calendar : {};
      render();
    }
  });

  if (people) {
    people.picker({
      tool: TOOL_ID,
      onChoose(id) {
        store.flush();
        who = id;
        store.reload();
        status.textContent = "";
      }
    });
    // The contact's name or organisation changed elsewhere (the tracker, another tab).
    people.onChange(() => {
      const contact = who ? people.get(who) : null;
      if (!contact) return;
      if (document.activeElement !== inputs.name) inputs.name.value = contact.name || "";
      if (document.activeElement !== inputs.org) inputs.org.value = contact.organisation || "";
      render();
    });
  }
  form.addEventListener("input", (event) => {
    if (who && event.target === inputs.name && inputs.name.value.trim()) people.save({ id: who, name: inputs.name.value.trim() });
    if (who && event.target === inputs.org) people.save({ id: who, organisation: inputs.org.value.trim() });
    render();
    store.save();
    writeBack();
  });
  form.querySelector(".followup__download").addEventListener("click", () => {
    const badDate = dateProblem();
    const bad = badDate || holidayProblem();
    const p = plan();
    const items = reminders(p, say);
    if (bad || !items.length) {
      needDate = !bad;
      showProblems(items);
      // Focus on the field, whose description is the message.
      (badDate ? inputs[badDateField()] : bad ? inputs.holidays : inputs.sent).focus();
      return;
    }
    const entry = entryFor(p);
    record(entry, items);
    store.saveNow();
    const name = steps.slug(p.name);
    const file = name ? say("file").replace(/\.ics$/, "-" + name + ".ics") : say("file");
    download(file, "text/calendar;charset=utf-8", calendarText(p, say, lang, new Date(), entry));
    status.textContent = say("downloaded", { n: items.length, file });
  });
  render();
}
