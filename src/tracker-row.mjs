/* One contact's row of the tracker (a card on phones): its next step and that step's date,
 * its name, organisation and a status chip; the rest (role, connection, where found, the
 * dates, other things due, notes, the per-person tools) is in the row too, marked
 * .tracker__more, and shows when the row's "Details" disclosure is open (tools.css), so a
 * closed row is one line on a laptop and a short card on a phone. */
import * as steps from "./contact-steps.mjs";
import * as days from "./business-days.mjs";
import { COLUMNS, DATES as ALL_DATES } from "./tracker-records.mjs";
import { el } from "./lib/dom.mjs";
import { dateFormat } from "./lib/date-locale.mjs";

const FOLD_NOTES = 90; // notes longer than this, or on several lines, are folded
const DATES = ["sent", "day3", "day7", "meeting", "thanked"]; // shown together in a row
const MORE = "tracker__more"; // shown when the row is open

export function withContact(href, id) {
  var cut = href.search(/[?#]/);
  var base = cut === -1 ? href : href.slice(0, cut);
  return base + "?contact=" + encodeURIComponent(id);
}

/* The page's links to the per-person tools (.contact-tools a[data-tool]), relative to the
 * page, so they work under /en/ and from file:// alike: [{tool, href, text}]. */
function toolLinks() {
  return Array.prototype.map.call(document.querySelectorAll(".contact-tools a[data-tool]"), function (a) {
    return { tool: a.dataset.tool, href: a.getAttribute("href"), text: a.textContent };
  });
}

/* row(contact, day, dueById) -> a <tr>; words: say, columnLabel and statusLabel (csvFor). */
export function rowMaker(form, say, lang, labels, chosenId) {
  var links = toolLinks();
  var headers = {};
  form.querySelectorAll(".tracker__table thead th[data-head]").forEach(function (th) { headers[th.dataset.head] = th.textContent; });
  var partLabel = { connection: say("field_connection"), source: say("field_source") };
  var dateLabel = { sent: say("date_sent"), day3: say("date_day3"), day7: say("date_day7"), meeting: say("date_meeting"),
    thanked: say("date_thanked") };
  // "2025-03-20" as the page's language writes it, like the planner; one formatter (500 rows).
  var format = dateFormat(document, { year: "numeric" });

  var written = Object.create(null); // each day written once (2,000 rows share a few hundred days)
  function time(iso) {
    if (!(iso in written)) written[iso] = format.format(days.parse(iso));
    return el("time", { dateTime: iso }, written[iso]);
  }
  // " Ana Pérez": each control says whose row it acts on.
  function whose(name) { return el("span", { className: "visually-hidden" }, " " + name); }
  function cell(tag, column) {
    var c = document.createElement(tag);
    c.dataset.column = column;
    if (headers[column]) c.dataset.label = headers[column]; // the card's label (tools.css)
    return c;
  }
  function buttons(actions, name) {
    ["edit", "remove"].forEach(function (kind) {
      var button = el("button", { type: "button", className: "md-button tracker__" + kind }, say(kind));
      button.dataset.action = kind;
      button.appendChild(whose(name));
      actions.appendChild(button);
    });
  }

  function stepText(next, contact) {
    if (next.action) return next.action;
    if (next.kind === "day3") return say("day3", { name: contact.name, org: contact.organisation || say("org_fallback") });
    if (next.kind === "day7") return say("day7", { name: contact.name });
    if (next.kind === "thanks") return say("thanks", { name: contact.name });
    return "";
  }
  function badge(item) { return el("strong", { className: "tracker__badge" }, say(item.late ? "due_late" : "due_now") + ": "); }

  // "«Sent on»: 9999-12-30 is outside the years 1900 to 2200" for each date of a record that
  // is not a day within business-days.mjs YEARS (stored by an older version, or imported):
  // the dates' logic takes it as none, and the row says so.
  function badDates(contact) {
    return ALL_DATES.filter(function (k) { return typeof contact[k] === "string" && contact[k] && !days.inYears(contact[k]); })
      .map(function (k) {
        return say("bad_year", { column: labels.columnLabel(COLUMNS.filter(function (c) { return c.id === k; })[0], lang),
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
    var tr = el("tr", { dataset: { id: contact.id }, className: "tracker__row--bad" });
    var name = cell("th", "name");
    name.scope = "row";
    name.textContent = String(contact.name || "");
    var actions = cell("td", "actions");
    actions.colSpan = 6;
    buttons(actions, String(contact.name || ""));
    name.appendChild(el("span", { className: "tracker__bad" }, " " + say("bad_record")));
    tr.append(name, actions);
    return tr;
  }

  function fullRow(contact, day, dueById) {
    var tr = el("tr", { dataset: { id: contact.id }, className: contact.id === chosenId ? "tracker__row--chosen" : null });
    var next = steps.nextStep(contact, day);
    var date = cell("td", "next_date");
    if (next) date.appendChild(time(next.date));
    var action = cell("td", "next_action");
    // What is due today (or overdue): the next step marked; with no next step, the first
    // thing due stands in its place; anything else is listed with the details.
    var due = (dueById[contact.id] || []).filter(function (item) { return item.today; });
    var mine = next ? due.filter(function (item) { return item.date === next.date && (item.kind === next.kind || item.kind === "next"); })[0]
      : due[0];
    if (mine) action.appendChild(badge(mine));
    if (next || mine) action.appendChild(document.createTextNode(stepText(next || mine, contact)));
    due = due.filter(function (item) { return item !== mine; });
    if (due.length) {
      action.appendChild(el("ul", { className: "tracker__due " + MORE }, due.map(function (item) {
        return el("li", { className: item.late ? "tracker__due-item tracker__due-item--late" : "tracker__due-item" },
          [badge(item), time(item.date), " " + stepText(item, contact)]);
      })));
    }
    var name = cell("th", "name");
    name.scope = "row";
    name.textContent = contact.name;
    var about = cell("td", "about");
    ["organisation", "role", "connection", "source"].forEach(function (k) {
      if (!contact[k]) return;
      var part = el("span", { className: "tracker__part" + (k === "organisation" ? "" : " " + MORE) }, contact[k]);
      part.dataset.column = k;
      if (partLabel[k]) part.dataset.label = partLabel[k];
      about.appendChild(part);
    });
    if (contact.suggested_by) about.appendChild(el("span", { className: "tracker__part " + MORE }, say("suggested_by", { name: contact.suggested_by })));
    var progress = cell("td", "progress");
    var state = el("span", { className: "tracker__state" }, labels.statusLabel(steps.status(contact, day), lang));
    state.dataset.column = "status";
    progress.appendChild(state);
    DATES.forEach(function (k) {
      if (!contact[k] || !days.inYears(contact[k])) return;
      var part = el("span", { className: "tracker__part " + MORE });
      part.dataset.column = k;
      part.append(el("span", { className: "tracker__date-label" }, dateLabel[k] + " "), time(contact[k]));
      progress.appendChild(part);
    });
    var notes = cell("td", "notes");
    var text = contact.notes || "";
    if (text.length > FOLD_NOTES || /\n/.test(text.trim())) {
      // A long note is folded: its first line opens it, so no row grows dozens of lines tall.
      var summary = el("summary", {}, text.trim().split(/\r\n|\r|\n/)[0].slice(0, 60).trim() + "…");
      summary.appendChild(el("span", { className: "visually-hidden" }, " " + say("notes_of", { name: contact.name })));
      notes.appendChild(el("details", { className: "tracker__fold" }, [summary, el("p", { className: "tracker__note" }, text)]));
    } else {
      notes.textContent = text;
    }
    // The row's details and the per-person tools for this contact, behind one disclosure.
    var actions = cell("td", "actions");
    var opener = el("summary", { className: "md-button" }, say("open_tools"));
    opener.appendChild(el("span", { className: "visually-hidden" }, say("open_tools_for", { name: contact.name })));
    var tools = el("ul", { className: "tracker__tools" }, links.map(function (link) {
      var a = el("a", { className: "tracker__tool", href: withContact(link.href, contact.id), dataset: { tool: link.tool } }, link.text);
      a.appendChild(whose(contact.name));
      return el("li", {}, [a]);
    }));
    actions.appendChild(el("details", { className: "tracker__fold tracker__open" }, [opener, tools]));
    buttons(actions, contact.name);
    tr.append(date, action, name, about, progress, notes, actions);
    return tr;
  }

  return function row(contact, day, dueById) {
    try {
      return marked(fullRow(contact, day, dueById), contact);
    } catch {
      return plainRow(contact);
    }
  };
}
