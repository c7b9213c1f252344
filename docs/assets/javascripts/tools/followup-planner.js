/* The 3B7 follow-up planner on docs/herramientas/seguimiento.md: dates 3 and 7 business days
 * after a message, thanks due within 24 hours of a meeting, and an .ics file of reminders.
 * Date logic: business-days.js; calendar file: ics.js. */
(function (root) {
  "use strict";

  var TOOL_ID = "seguimiento";
  var FIELDS = ["name", "org", "sent", "holidays", "meeting", "notes"];

  var TEXT = {
    es: {
      someone: "tu contacto",
      orgFallback: "la misma organización",
      day3: function (name, org) { return "3B7, día 3: si " + name + " no ha contestado, escribe a otra persona de " + org; },
      day7: function (name) { return "3B7, día 7: un único recordatorio a " + name; },
      thanks: function (name) { return "Agradecer a " + name + " la conversación (24 h)"; },
      day3Detail: "Sin respuesta todavía: escribe a una segunda persona de la misma organización (una cada vez).",
      day7Detail: "Escribe una sola vez a la primera persona para recordarle tu mensaje.",
      thanksDetail: "Nombra el consejo concreto que te dio y cómo lo vas a usar.",
      needDate: "Indica la fecha de envío o la de la reunión para crear recordatorios.",
      badHolidays: function (list) { return "No se han podido leer estos festivos (usa AAAA-MM-DD): " + list + ". Corrígelos para descargar."; },
      badItem: function (item) { return "línea " + item.line + ": «" + item.text + "»"; },
      downloaded: function (n, file) { return "Descargado " + file + " con " + n + (n === 1 ? " recordatorio." : " recordatorios."); },
      holidaysUsed: function (n) { return n ? "Se saltan " + n + (n === 1 ? " festivo" : " festivos") + " además de los fines de semana." : "Solo se saltan los fines de semana."; },
      file: "seguimiento-3b7.ics"
    },
    en: {
      someone: "your contact",
      orgFallback: "the same organisation",
      day3: function (name, org) { return "3B7, day 3: if " + name + " has not replied, write to someone else at " + org; },
      day7: function (name) { return "3B7, day 7: one follow-up to " + name; },
      thanks: function (name) { return "Thank " + name + " for the conversation (24 h)"; },
      day3Detail: "No reply yet: write to a second person at the same organisation (one at a time).",
      day7Detail: "Write to the first person once, to bring your message back to mind.",
      thanksDetail: "Name the specific advice you got and how you will use it.",
      needDate: "Enter the date you sent the message or the meeting date to make reminders.",
      badHolidays: function (list) { return "These holidays could not be read (use YYYY-MM-DD): " + list + ". Fix them to download."; },
      badItem: function (item) { return "line " + item.line + ": \u201c" + item.text + "\u201d"; },
      downloaded: function (n, file) { return "Downloaded " + file + " with " + n + (n === 1 ? " reminder." : " reminders."); },
      holidaysUsed: function (n) { return n ? "Skipping " + n + (n === 1 ? " holiday" : " holidays") + " as well as weekends." : "Skipping weekends only."; },
      file: "follow-up-3b7.ics"
    }
  };

  function randomId() {
    if (root.crypto && root.crypto.randomUUID) return root.crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  /* The reminders for a plan, in date order: [{kind, date, summary, description}].
   * Pure: the tests call it through window.SiteTools.followup.reminders. */
  function reminders(plan, lang) {
    var t = TEXT[lang] || TEXT.en;
    var days = root.SiteTools.businessDays;
    var holidays = days.parseHolidays(plan.holidays).dates;
    var name = (plan.name || "").trim() || t.someone;
    var org = (plan.org || "").trim() || t.orgFallback;
    var notes = (plan.notes || "").trim();
    var out = [];
    function add(kind, date, summary, detail) {
      out.push({ kind: kind, date: date, summary: summary, description: notes ? detail + "\n\n" + notes : detail });
    }
    if (days.parse(plan.sent)) {
      var dates = days.plan3B7(plan.sent, holidays);
      add("day3", dates.day3, t.day3(name, org), t.day3Detail);
      add("day7", dates.day7, t.day7(name), t.day7Detail);
    }
    if (days.parse(plan.meeting)) {
      // Within 24 hours of a meeting on day D: the deadline falls on D + 1 (calendar days).
      add("thanks", days.addDays(plan.meeting, 1), t.thanks(name), t.thanksDetail);
    }
    return out.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
  }

  function calendarText(plan, lang, now) {
    return root.SiteTools.ics.calendar(
      reminders(plan, lang).map(function (r) {
        return { uid: plan.id + "-" + r.kind + "@entrevistas-informativas", date: r.date,
          summary: r.summary, description: r.description };
      }),
      { now: now, prodId: "-//Entrevistas informativas//Seguimiento 3B7//" + lang.toUpperCase() }
    );
  }

  function longDate(iso, lang) {
    var date = root.SiteTools.businessDays.parse(iso);
    return new Intl.DateTimeFormat(lang, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  }

  function init(form) {
    var lang = document.documentElement.lang === "es" ? "es" : "en";
    var t = TEXT[lang];
    var inputs = {};
    FIELDS.forEach(function (f) { inputs[f] = form.querySelector("[name=" + f + "]"); });
    var list = form.querySelector(".followup__list");
    var status = form.querySelector(".followup__status");
    var problem = form.querySelector(".followup__problem");
    var planId = randomId();

    function plan() {
      var p = { id: planId };
      FIELDS.forEach(function (f) { p[f] = inputs[f].value; });
      return p;
    }

    function holidayProblem() {
      var invalid = root.SiteTools.businessDays.parseHolidays(inputs.holidays.value).invalid;
      return invalid.length ? t.badHolidays(invalid.map(t.badItem).join("; ")) : "";
    }

    function render() {
      var items = reminders(plan(), lang);
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
      status.textContent = items.length ? t.holidaysUsed(count) : t.needDate;
      problem.textContent = holidayProblem();
    }

    var store = root.SiteTools.toolStore(TOOL_ID, {
      read: plan,
      apply: function (data) {
        FIELDS.forEach(function (f) { inputs[f].value = typeof data[f] === "string" ? data[f] : ""; });
        if (typeof data.id === "string" && data.id) planId = data.id;
        render();
      }
    });

    form.addEventListener("input", function () { render(); store.save(); });
    // Enter in a field must not download anything: only the button does.
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.querySelector(".followup__download").addEventListener("click", function () {
      var bad = holidayProblem();
      var items = reminders(plan(), lang);
      if (bad || !items.length) {
        problem.textContent = bad || t.needDate;
        (bad ? inputs.holidays : inputs.sent).focus();
        return;
      }
      store.saveNow();
      root.SiteTools.saveFile(t.file, calendarText(plan(), lang, new Date()), "text/calendar;charset=utf-8");
      status.textContent = t.downloaded(items.length, t.file);
    });
    render();
  }

  root.SiteTools = root.SiteTools || {};
  root.SiteTools.followup = { reminders: reminders, calendarText: calendarText };

  document.querySelectorAll("form.followup").forEach(init);
})(window);
