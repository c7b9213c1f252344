/* The contact tracker on docs/herramientas/registro.md: one row (a card on phones) per
 * contact, sorted by the date of its next step, kept in WorksheetStore ("registro":
 * {contacts: [...]}, the records every per-person tool shares), exported to and imported from
 * CSV (csv.mjs). Status, next step and what is due come from the dates (contact-steps.mjs).
 * Each row opens the per-person tools for its contact (links the page holds, in
 * .contact-tools, with ?contact=ID). Every word comes from the page (data/tools/registro.yml,
 * recordatorios.yml); the column and status labels in every language, since an import
 * accepts any. The records and their CSV: tracker-records.mjs; the files out:
 * tracker-files.mjs; the import and its preview: tracker-import.mjs. */
import { WorksheetStore } from "./store.mjs";
import * as steps from "./contact-steps.mjs";
import * as days from "./business-days.mjs";
import { STATUSES, COLUMNS, DATES as ALL_DATES, sorted, clean, csvFor } from "./tracker-records.mjs";
import { startFiles } from "./tracker-files.mjs";
import { startImport } from "./tracker-import.mjs";
import { toolStore } from "./tool-store.mjs";
import { newId } from "./lib/new-id.mjs";
import { toolWords } from "./tool-words.mjs";
import { el } from "./lib/dom.mjs";
import { dateLocale } from "./lib/date-locale.mjs";

const TOOL_ID = "registro";
const MAX_IMPORT_BYTES = WorksheetStore.MAX_IMPORT_BYTES; // one limit for every file a reader imports
const FOLD_NOTES = 90; // notes longer than this, or on several lines, are folded

const FORM = ["name", "organisation", "role", "connection", "source", "sent", "day3", "day7", "meeting", "thanked",
  "next_action", "next_date", "notes"]; // and status, its own way
const DATES = ["sent", "day3", "day7", "meeting", "thanked"]; // shown together in a row

/* "2025-03-20" as the page's language writes it ("20 de marzo de 2025", "20 March 2025": its
 * date locale), like the planner; one formatter per language (500 rows format many dates). */
const formatters = {};
function shownDate(iso, lang) {
  var f = formatters[lang] || (formatters[lang] = new Intl.DateTimeFormat(
    dateLocale(document),
    { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  return f.format(days.parse(iso));
}

/* The page's links to the per-person tools (.contact-tools a[data-tool]), relative to the
 * page, so they work under /en/ and from file:// alike: [{tool, href, text}]. */
function toolLinks() {
  return Array.prototype.map.call(document.querySelectorAll(".contact-tools a[data-tool]"), function (a) {
    return { tool: a.dataset.tool, href: a.getAttribute("href"), text: a.textContent };
  });
}
export function withContact(href, id) {
  var cut = href.search(/[?#]/);
  var base = cut === -1 ? href : href.slice(0, cut);
  return base + "?contact=" + encodeURIComponent(id);
}

export function startTracker(form) {
  var say = toolWords();
  var { columnLabel, statusLabel, toCSV } = csvFor(say);
  // First of all: whatever fails below, the form never submits (the reader's notes in a URL).
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var lang = document.documentElement.lang;
  var doc = {}; // the stored document's other fields, kept as they are
  var contacts = [];
  var editing = null;
  var inputs = {};
  FORM.concat(["status"]).forEach(function (k) { inputs[k] = form.querySelector("[name=" + k + "]"); });
  var body = form.querySelector(".tracker__table tbody");
  var emptyNote = form.querySelector(".tracker__empty");
  var status = form.querySelector(".tracker__status");
  var problem = form.querySelector(".tracker__problem");
  var cancel = form.querySelector(".tracker__cancel");
  var links = toolLinks();
  // ?contact=ID (the due list's link): that contact's row is marked and brought into view.
  var chosenId = new URLSearchParams(location.search).get("contact");
  var headers = {};
  form.querySelectorAll(".tracker__table thead th[data-head]").forEach(function (th) { headers[th.dataset.head] = th.textContent; });
  // Labels of a row's parts (cards and rows alike).
  var partLabel = { connection: say("field_connection"), source: say("field_source") };
  var dateLabel = { sent: say("date_sent"), day3: say("date_day3"), day7: say("date_day7"), meeting: say("date_meeting"),
    thanked: say("date_thanked") };

  // The status: the dates' by default, or one the reader sets by hand.
  var auto = document.createElement("option");
  auto.value = "";
  auto.textContent = say("status_auto");
  inputs.status.appendChild(auto);
  STATUSES.forEach(function (s) {
    var option = document.createElement("option");
    option.value = s.id;
    option.textContent = statusLabel(s.id, lang);
    inputs.status.appendChild(option);
  });

  function tell(text) { problem.textContent = ""; status.textContent = text; }
  function complain(text) { status.textContent = ""; problem.textContent = text; }

  function time(iso) {
    var t = document.createElement("time");
    t.dateTime = iso;
    t.textContent = shownDate(iso, lang);
    return t;
  }
  // " Ana Pérez": each control says whose row it acts on.
  function whose(name) { return el("span", { className: "visually-hidden" }, " " + name); }
  function cell(tag, column) {
    var c = document.createElement(tag);
    c.dataset.column = column;
    if (headers[column]) c.dataset.label = headers[column]; // the card's label (tools.css)
    return c;
  }

  function stepText(next, contact) {
    if (next.action) return next.action;
    if (next.kind === "day3") return say("day3", { name: contact.name, org: contact.organisation || say("org_fallback") });
    if (next.kind === "day7") return say("day7", { name: contact.name });
    return "";
  }
  function dueText(item, contact) {
    if (item.kind === "thanks") return say("thanks", { name: contact.name });
    return stepText({ kind: item.kind, action: item.action }, contact);
  }

  // "«Sent on»: 9999-12-30 is outside the years 1900 to 2200" for each date of a record that
  // is not a day within business-days.mjs YEARS (stored by an older version, or imported):
  // the dates' logic takes it as none, and the row says so.
  function badDates(contact) {
    return ALL_DATES.filter(function (k) { return typeof contact[k] === "string" && contact[k] && !days.inYears(contact[k]); })
      .map(function (k) {
        return say("bad_year", { column: columnLabel(COLUMNS.filter(function (c) { return c.id === k; })[0], lang),
          value: contact[k], from: days.YEARS[0], to: days.YEARS[1] });
      });
  }
  function marked(tr, contact) {
    var bad = badDates(contact);
    if (!bad.length) return tr;
    tr.classList.add("tracker__row--bad");
    var name = tr.querySelector("[data-column=name]");
    name.appendChild(el("span", { className: "tracker__bad" }, bad.map(function (text) { return " " + text; }).join("")));
    return tr;
  }

  // A record whose row cannot be made (a value nothing here expects): its name, what is
  // wrong, and its edit and remove buttons; the other rows, the form and the due list go on.
  function plainRow(contact) {
    var tr = document.createElement("tr");
    tr.dataset.id = contact.id;
    var name = cell("th", "name");
    name.scope = "row";
    name.textContent = String(contact.name || "");
    tr.appendChild(name);
    var actions = cell("td", "actions");
    actions.colSpan = 6;
    ["edit", "remove"].forEach(function (kind) {
      var button = el("button", { className: "md-button tracker__" + kind }, say(kind));
      button.type = "button";
      button.dataset.action = kind;
      button.appendChild(whose(String(contact.name || "")));
      actions.appendChild(button);
    });
    tr.appendChild(actions);
    tr.classList.add("tracker__row--bad");
    name.appendChild(el("span", { className: "tracker__bad" }, " " + say("bad_record")));
    return tr;
  }

  function row(contact, day, dueById) {
    try {
      return marked(fullRow(contact, day, dueById), contact);
    } catch {
      return plainRow(contact);
    }
  }

  function fullRow(contact, day, dueById) {
    var tr = document.createElement("tr");
    tr.dataset.id = contact.id;
    if (contact.id === chosenId) tr.className = "tracker__row--chosen";
    var next = steps.nextStep(contact, day);
    var date = cell("td", "next_date");
    if (next) date.appendChild(time(next.date));
    var action = cell("td", "next_action");
    // What is due today (or overdue): the next step marked, and anything else listed.
    var due = (dueById[contact.id] || []).filter(function (item) { return item.today; });
    if (next) {
      var mine = due.filter(function (item) { return item.date === next.date && (item.kind === next.kind || item.kind === "next"); })[0];
      if (mine) action.appendChild(el("strong", { className: "tracker__badge" }, say(mine.late ? "due_late" : "due_now") + ": "));
      action.appendChild(document.createTextNode(stepText(next, contact)));
      due = due.filter(function (item) { return item !== mine; });
    }
    if (due.length) {
      var list = el("ul", { className: "tracker__due" });
      due.forEach(function (item) {
        var li = el("li", { className: item.late ? "tracker__due-item tracker__due-item--late" : "tracker__due-item" });
        li.append(el("strong", {}, say(item.late ? "due_late" : "due_now") + ": "), time(item.date),
          document.createTextNode(" " + dueText(item, contact)));
        list.appendChild(li);
      });
      action.appendChild(list);
    }
    var name = cell("th", "name");
    name.scope = "row";
    name.textContent = contact.name;
    var about = cell("td", "about");
    ["organisation", "role", "connection", "source"].forEach(function (k) {
      if (!contact[k]) return;
      var part = el("span", { className: "tracker__part" }, contact[k]);
      part.dataset.column = k;
      if (partLabel[k]) part.dataset.label = partLabel[k];
      about.appendChild(part);
    });
    var progress = cell("td", "progress");
    var state = el("span", { className: "tracker__part tracker__state" }, statusLabel(steps.status(contact, day), lang));
    state.dataset.column = "status";
    state.dataset.cardLabel = say("field_status"); // shown on the phones' cards only
    progress.appendChild(state);
    DATES.forEach(function (k) {
      if (!contact[k] || !days.inYears(contact[k])) return;
      var part = el("span", { className: "tracker__part" });
      part.dataset.column = k;
      part.append(el("span", { className: "tracker__date-label" }, dateLabel[k] + " "), time(contact[k]));
      progress.appendChild(part);
    });
    var notes = cell("td", "notes");
    var text = contact.notes || "";
    if (text.length > FOLD_NOTES || /\n/.test(text.trim())) {
      // A long note is folded: its first line opens it, so no row grows dozens of lines tall.
      var details = el("details", { className: "tracker__fold" });
      var summary = el("summary", {}, text.trim().split(/\r\n|\r|\n/)[0].slice(0, 60).trim() + "…");
      summary.appendChild(el("span", { className: "visually-hidden" }, " " + say("notes_of", { name: contact.name })));
      details.append(summary, el("p", { className: "tracker__note" }, text));
      notes.appendChild(details);
    } else {
      notes.textContent = text;
    }
    // The per-person tools for this contact, behind one button so a row stays short.
    var actions = cell("td", "actions");
    var menu = el("details", { className: "tracker__fold tracker__open" });
    var opener = el("summary", { className: "md-button" }, say("open_tools"));
    opener.appendChild(el("span", { className: "visually-hidden" }, say("open_tools_for", { name: contact.name })));
    var tools = el("ul", { className: "tracker__tools" });
    links.forEach(function (link) {
      var li = document.createElement("li");
      var a = el("a", { className: "tracker__tool" }, link.text);
      a.href = withContact(link.href, contact.id);
      a.dataset.tool = link.tool;
      a.appendChild(whose(contact.name));
      li.appendChild(a);
      tools.appendChild(li);
    });
    menu.append(opener, tools);
    actions.appendChild(menu);
    ["edit", "remove"].forEach(function (kind) {
      var button = el("button", { className: "md-button tracker__" + kind }, say(kind));
      button.type = "button";
      button.dataset.action = kind;
      button.appendChild(whose(contact.name));
      actions.appendChild(button);
    });
    tr.append(date, action, name, about, progress, notes, actions);
    return tr;
  }

  function render() {
    var day = steps.today();
    var dueById = {};
    var due = steps.due(contacts, day);
    [["today", due.today], ["week", due.week]].forEach(function (pair) {
      pair[1].forEach(function (item) {
        item.today = pair[0] === "today";
        (dueById[item.id] = dueById[item.id] || []).push(item);
      });
    });
    var frag = document.createDocumentFragment();
    var order;
    try { order = sorted(contacts, day); } catch { order = contacts; } // one odd record: unsorted, all shown
    order.forEach(function (contact) { frag.appendChild(row(contact, day, dueById)); });
    body.replaceChildren(frag);
    emptyNote.hidden = contacts.length > 0;
  }

  function clearForm() {
    FORM.forEach(function (k) { inputs[k].value = ""; });
    inputs.status.value = "";
    editing = null;
    cancel.hidden = true;
  }

  var store = toolStore(TOOL_ID, {
    read: function () {
      var out = {};
      Object.keys(doc).forEach(function (k) { out[k] = doc[k]; });
      out.contacts = contacts;
      return out;
    },
    apply: function (data) {
      var day = steps.today();
      doc = {};
      Object.keys(data || {}).forEach(function (k) { if (k !== "contacts") doc[k] = data[k]; });
      contacts = (Array.isArray(data.contacts) ? data.contacts : []).map(function (c) { return clean(c, day); }).filter(Boolean);
      render();
    }
  });
  // What the reader did, said only if it was stored (else the storage notice says why not).
  function saved(text) { tell(store.saveNow() ? text : say("unsaved")); }

  function byId(id) { return contacts.filter(function (c) { return c.id === id; })[0]; }

  form.addEventListener("submit", function () {
    if (!inputs.name.value.trim()) { complain(say("need_name")); inputs.name.focus(); return; }
    var bad = COLUMNS.filter(function (c) { return c.date && inputs[c.id].validity && !inputs[c.id].validity.valid; })[0];
    if (bad) { complain(say("bad_date", { column: columnLabel(bad, lang) })); inputs[bad.id].focus(); return; }
    var outside = COLUMNS.filter(function (c) { return c.date && inputs[c.id] && inputs[c.id].value && !days.inYears(inputs[c.id].value); })[0];
    if (outside) {
      complain(say("bad_year", { column: columnLabel(outside, lang), value: inputs[outside.id].value, from: days.YEARS[0], to: days.YEARS[1] }));
      inputs[outside.id].focus();
      return;
    }
    var old = editing ? byId(editing) : null;
    var contact = {};
    if (old) Object.keys(old).forEach(function (k) { contact[k] = old[k]; }); // fields other tools keep
    contact.id = editing || newId();
    FORM.forEach(function (k) { contact[k] = inputs[k].value; });
    // A new send date makes the planner's day 3 and day 7 stale, unless they were changed
    // too: without them they are counted again from the new date.
    if (old && old.sent !== contact.sent && old.day3 === contact.day3 && old.day7 === contact.day7) {
      contact.day3 = "";
      contact.day7 = "";
    }
    contact.status_manual = inputs.status.value !== "";
    contact.status = contact.status_manual ? inputs.status.value : steps.fromDates(contact, steps.today());
    // In its place: the target list shows the contacts in the order they are kept.
    contacts = old ? contacts.map(function (c) { return c.id === contact.id ? contact : c; }) : contacts.concat([contact]);
    render();
    saved(say("added", { name: contact.name }));
    clearForm();
    inputs.name.focus();
  });

  cancel.addEventListener("click", function () { clearForm(); tell(""); inputs.name.focus(); });

  body.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var id = button.closest("tr").dataset.id;
    var contact = byId(id);
    if (!contact) return;
    if (button.dataset.action === "edit") {
      FORM.forEach(function (k) { inputs[k].value = contact[k] || ""; });
      inputs.status.value = contact.status_manual ? contact.status : "";
      editing = id;
      cancel.hidden = false;
      tell(say("editing", { name: contact.name }));
      inputs.name.focus();
    } else {
      contacts = contacts.filter(function (c) { return c.id !== id; });
      if (editing === id) clearForm();
      render();
      if (!store.saveNow()) tell(say("unsaved"));
      else {
        // Its answers in the per-person tools (notes, plan, message) go with it; undo brings both back.
        var answers = WorksheetStore.takeOut(WorksheetStore.contactIds(id));
        WorksheetStore.offerUndo(status, say("removed", { name: contact.name }), say("undo"), function () {
          contacts = contacts.filter(function (c) { return c.id !== id; }).concat([contact]);
          render();
          WorksheetStore.putBack(answers);
          saved(say("restored", { name: contact.name }));
        });
      }
      inputs.name.focus();
    }
  });

  // The files: CSV and calendar out (tracker-files.mjs), contacts in (tracker-import.mjs).
  var files = {
    contacts: function () { return contacts; },
    save: function () { return store.saveNow(); },
    set: function (list) { contacts = list; clearForm(); render(); return store.saveNow(); }
  };
  startFiles(form, say, lang, toCSV, files);
  startImport(form, say, lang, MAX_IMPORT_BYTES, files);

  clearForm();
  render();
  var chosenRow = chosenId ? body.querySelector("tr.tracker__row--chosen") : null;
  if (chosenRow) {
    chosenRow.tabIndex = -1;
    chosenRow.focus({ preventScroll: true });
    chosenRow.scrollIntoView({ block: "center" });
  }
  form.dataset.ready = "true"; // for the benchmark and the tests: the rows are in place
  if (window.performance && performance.mark) performance.mark("tracker-ready"); // scripts/bench-contacts
}
