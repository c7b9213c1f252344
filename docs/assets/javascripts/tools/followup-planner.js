/* The 3B7 follow-up planner on docs/herramientas/seguimiento.md: dates 3 and 7 business days
 * after a message, thanks due within 24 hours of a meeting, and an .ics file of reminders.
 * For a contact chosen with «¿Para quién?» (contacts.js): the plan is kept for that contact
 * ("seguimiento@ID"), its name and organisation are the contact's (editing them edits the
 * contact), its dates go into the contact (sent, day 3, day 7, meeting; the next step is
 * day 3, then day 7), and its .ics UIDs are the contact's (the tracker's calendar of everyone
 * uses the same). With nobody chosen it works as it always did, on names typed in.
 * Date logic: business-days.js, contact-steps.js; calendar file: ics.js; words: the page's
 * (data/tools/seguimiento.yml, recordatorios.yml). */
(function (root) {
  "use strict";

  var TOOL_ID = "seguimiento";
  var FIELDS = ["name", "org", "sent", "holidays", "meeting", "notes"];

  // Words in the page's language (data/tools/seguimiento.yml).
  var say = root.SiteTools.words();
  var YEARS = [1900, 2200]; // a date outside is a typo (and year 10000 has no YYYY-MM-DD)

  /* A YYYY-MM-DD date the planner works with: a real day within YEARS. */
  function usable(iso) {
    var date = root.SiteTools.businessDays.parse(iso);
    return !!date && date.getUTCFullYear() >= YEARS[0] && date.getUTCFullYear() <= YEARS[1];
  }

  function fold(s) { return String(s || "").normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase(); }

  /* The reminders for a plan, in date order: [{kind, date, summary, description}], in the
   * page's language (tools/contact-steps.js). Pure but for the page's words:
   * window.SiteTools.followup.reminders. */
  function reminders(plan) {
    var days = root.SiteTools.businessDays;
    var dates = usable(plan.sent) ? days.plan3B7(plan.sent, days.parseHolidays(plan.holidays).dates) : {};
    return root.SiteTools.contactSteps.reminders({ name: plan.name, org: plan.org, day3: dates.day3, day7: dates.day7,
      meeting: usable(plan.meeting) ? plan.meeting : "", notes: plan.notes }, say);
  }

  /* entry: the contact's stored {id, steps: {kind: [date, sequence]}} (its UIDs and the
   * SEQUENCE of each step); without it, the plan's id and sequence 0. */
  function calendarText(plan, lang, now, entry) {
    entry = entry || { id: plan.id, steps: {} };
    return root.SiteTools.ics.calendar(
      reminders(plan).map(function (r) {
        var step = entry.steps[r.kind];
        return { uid: root.SiteTools.ics.stepUid(entry.id, r.kind), date: r.date,
          summary: r.summary, description: r.description, sequence: step ? step[1] : 0 };
      }),
      { now: now, prodId: "-//Entrevistas informativas//Seguimiento 3B7//" + lang.toUpperCase() }
    );
  }

  function longDate(iso, lang) {
    var date = root.SiteTools.businessDays.parse(iso);
    return new Intl.DateTimeFormat(document.documentElement.getAttribute("data-date-locale") || lang, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  }

  function init(form) {
    // Enter in a field must not download anything, nor submit: only the button downloads.
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var lang = document.documentElement.lang;
    var inputs = {};
    FIELDS.forEach(function (f) { inputs[f] = form.querySelector("[name=" + f + "]"); });
    var list = form.querySelector(".followup__list");
    var status = form.querySelector(".followup__status");
    var problem = form.querySelector(".followup__problem");
    var planId = root.SiteTools.newId();
    // Per contact (name and organisation): the id its calendar UIDs come from, and each
    // step's last downloaded date and SEQUENCE, so a new download updates, never duplicates.
    var calendar = {};

    function plan() {
      var p = { id: planId, calendar: calendar };
      FIELDS.forEach(function (f) { p[f] = inputs[f].value; });
      return p;
    }

    var people = root.SiteContacts;
    var steps = root.SiteTools.contactSteps;
    var who = people ? people.current(TOOL_ID) : null;
    function storeId() { return people ? people.answersId(TOOL_ID, who) : TOOL_ID; }

    // The plan's dates into the chosen contact: its next step is day 3 until day 3 has
    // passed, then day 7. Written only when something changed.
    function writeBack() {
      if (!who) return;
      var record = people.get(who);
      if (!record) return;
      var days = root.SiteTools.businessDays;
      var p = plan();
      var fields = { sent: usable(p.sent) ? p.sent : "", meeting: usable(p.meeting) ? p.meeting : "" };
      var dates = fields.sent ? days.plan3B7(fields.sent, days.parseHolidays(p.holidays).dates) : { day3: "", day7: "" };
      fields.day3 = dates.day3;
      fields.day7 = dates.day7;
      var today = steps.today();
      var items = reminders(p);
      var step = items.filter(function (r) { return r.kind !== "thanks" && r.date >= today; })[0];
      if (step && !fields.meeting) { fields.next_action = step.summary; fields.next_date = step.date; }
      var merged = {};
      Object.keys(record).forEach(function (k) { merged[k] = record[k]; });
      Object.keys(fields).forEach(function (k) { merged[k] = fields[k]; });
      if (!record.status_manual) fields.status = steps.fromDates(merged, today);
      var differs = Object.keys(fields).some(function (k) { return (record[k] || "") !== fields[k]; });
      if (differs) { fields.id = who; people.save(fields); }
    }

    function entryFor(p) {
      if (who) {
        // The contact's own id: the same UIDs as the tracker's calendar of everyone.
        var record = people.get(who) || {};
        return { id: who, steps: steps.sequences(record.ics_steps), contact: true };
      }
      var key = fold(p.name) + "|" + fold(p.org);
      var e = calendar[key];
      if (!e || typeof e.id !== "string" || !e.steps || typeof e.steps !== "object") {
        // The first contact keeps the plan's earlier id: events already in a calendar update.
        var keep = !Object.keys(calendar).length && /^[A-Za-z0-9-]{1,64}$/.test(p.id);
        e = calendar[key] = { id: keep ? p.id : root.SiteTools.newId(), steps: {} };
      }
      return e;
    }

    // Each step's SEQUENCE rises when its date changes.
    function record(e, items) {
      if (e.contact) {
        var text = steps.recordSequences((people.get(who) || {}).ics_steps, items);
        e.steps = steps.sequences(text);
        people.save({ id: who, ics_steps: text });
        return;
      }
      items.forEach(function (r) {
        var old = e.steps[r.kind];
        var ok = Array.isArray(old) && typeof old[0] === "string" && typeof old[1] === "number";
        e.steps[r.kind] = [r.date, !ok ? 0 : old[0] === r.date ? old[1] : old[1] + 1];
      });
    }

    function dateProblem() {
      var bad = ["sent", "meeting"].filter(function (f) { return inputs[f].value && !usable(inputs[f].value); })[0];
      return bad ? say("bad_year", { value: inputs[bad].value, from: YEARS[0], to: YEARS[1] }) : "";
    }

    function holidayProblem() {
      var invalid = root.SiteTools.businessDays.parseHolidays(inputs.holidays.value).invalid;
      var list = invalid.map(function (item) { return say("bad_item", item); }).join("; ");
      return invalid.length ? say("bad_holidays", { list: list }) : "";
    }

    // The holidays: typed or pasted into the box (the stored text of ISO dates), or picked
    // with a date picker and added to it; each one listed with a button that takes it out.
    var picker = form.querySelector(".followup__holiday");
    var holidayList = form.querySelector(".followup__holidays");
    function holidayDates() { return root.SiteTools.businessDays.parseHolidays(inputs.holidays.value).dates; }
    function setHolidays(dates) {
      inputs.holidays.value = dates.join("\n");
      render();
      store.save();
    }
    function renderHolidays() {
      if (!holidayList) return;
      holidayList.replaceChildren();
      holidayDates().forEach(function (iso) {
        var li = document.createElement("li");
        var time = document.createElement("time");
        time.dateTime = iso;
        time.textContent = longDate(iso, lang);
        var remove = document.createElement("button");
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
      form.querySelector(".followup__add-holiday").addEventListener("click", function () {
        if (!picker.value) { picker.focus(); return; }
        var dates = holidayDates();
        if (dates.indexOf(picker.value) === -1) dates.push(picker.value);
        // Keep lines the reader typed that are not dates yet, so their message still names them.
        var bad = root.SiteTools.businessDays.parseHolidays(inputs.holidays.value).invalid.map(function (i) { return i.text; });
        setHolidays(dates.sort().concat(bad));
        picker.value = "";
      });
      holidayList.addEventListener("click", function (event) {
        var button = event.target.closest(".followup__remove-holiday");
        if (!button) return;
        var bad = root.SiteTools.businessDays.parseHolidays(inputs.holidays.value).invalid.map(function (i) { return i.text; });
        setHolidays(holidayDates().filter(function (d) { return d !== button.dataset.date; }).concat(bad));
        picker.focus();
      });
    }

    function render() {
      renderHolidays();
      var items = reminders(plan());
      list.replaceChildren();
      items.forEach(function (r) {
        var li = document.createElement("li");
        li.dataset.kind = r.kind;
        var time = document.createElement("time");
        time.dateTime = r.date;
        time.textContent = longDate(r.date, lang);
        var strong = document.createElement("strong");
        strong.appendChild(time);
        li.append(strong, document.createTextNode(": " + r.summary));
        list.appendChild(li);
      });
      var count = root.SiteTools.businessDays.parseHolidays(inputs.holidays.value).dates.length;
      status.textContent = !items.length ? say("need_date") : count ? say("holidays_used", { n: count }) : say("weekends_only");
      problem.textContent = dateProblem() || holidayProblem();
    }

    var store = root.SiteTools.toolStore(storeId, {
      read: plan,
      apply: function (data) {
        FIELDS.forEach(function (f) { inputs[f].value = typeof data[f] === "string" ? data[f] : ""; });
        var record = who ? people.get(who) : null;
        if (record) {
          inputs.name.value = record.name || "";
          inputs.org.value = record.organisation || inputs.org.value;
          // Dates the contact already has (typed in the tracker) start a plan not yet made.
          if (!inputs.sent.value && usable(record.sent)) inputs.sent.value = record.sent;
          if (!inputs.meeting.value && usable(record.meeting)) inputs.meeting.value = record.meeting;
        }
        if (typeof data.id === "string" && data.id) planId = data.id;
        calendar = data.calendar && typeof data.calendar === "object" && !Array.isArray(data.calendar) ? data.calendar : {};
        render();
      }
    });

    if (people) {
      people.picker(form, {
        tool: TOOL_ID,
        onChoose: function (id) {
          store.flush();
          who = id;
          store.reload();
          status.textContent = "";
        }
      });
      // The contact's name or organisation changed elsewhere (the tracker, another tab).
      people.onChange(function () {
        var record = who ? people.get(who) : null;
        if (!record) return;
        if (document.activeElement !== inputs.name) inputs.name.value = record.name || "";
        if (document.activeElement !== inputs.org) inputs.org.value = record.organisation || "";
        render();
      });
    }
    form.addEventListener("input", function (event) {
      if (who && event.target === inputs.name && inputs.name.value.trim()) people.save({ id: who, name: inputs.name.value.trim() });
      if (who && event.target === inputs.org) people.save({ id: who, organisation: inputs.org.value.trim() });
      render();
      store.save();
      writeBack();
    });
    form.querySelector(".followup__download").addEventListener("click", function () {
      var badDate = dateProblem();
      var bad = badDate || holidayProblem();
      var p = plan();
      var items = reminders(p);
      if (bad || !items.length) {
        problem.textContent = bad || say("need_date");
        (badDate ? inputs[inputs.sent.value && !usable(inputs.sent.value) ? "sent" : "meeting"] : bad ? inputs.holidays : inputs.sent).focus();
        return;
      }
      var entry = entryFor(p);
      record(entry, items);
      store.saveNow();
      var name = steps.slug(p.name);
      var file = name ? say("file").replace(/\.ics$/, "-" + name + ".ics") : say("file");
      root.WorksheetStore.saveFile(file, calendarText(p, lang, new Date(), entry), "text/calendar;charset=utf-8");
      status.textContent = say("downloaded", { n: items.length, file: file });
    });
    render();
  }

  root.SiteTools = root.SiteTools || {};
  root.SiteTools.followup = { reminders: reminders, calendarText: calendarText, usable: usable };

  document.querySelectorAll("form.followup").forEach(init);
})(window);
