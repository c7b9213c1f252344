/* The tracker's form to add or edit one contact: its fields (data/tools/registro.yml), the
 * status (the dates' by default, or one set by hand), the checks before saving, and on a
 * phone "+ Add" that opens it (name and organisation first, "More fields" for the rest); on
 * a laptop it sits after the list, open. */
import * as days from "./business-days.mjs";
import { STATUSES, COLUMNS } from "./tracker-records.mjs";
import { newId } from "./lib/new-id.mjs";
import { el } from "./lib/dom.mjs";

const FORM = ["name", "organisation", "role", "connection", "source", "sent", "day3", "day7", "meeting", "thanked",
  "next_action", "next_date", "notes"]; // and status, its own way

/* Buttons with aria-expanded that add a class to the form's box: CSS opens what it names (on phones). */
function toggle(form, button, cls) {
  function set(open) {
    form.classList.toggle(cls, open);
    button.setAttribute("aria-expanded", String(open));
  }
  button.addEventListener("click", function () { set(!form.classList.contains(cls)); });
  set(false);
  return set;
}

/* tracker: {byId(id), put(contact, text) -> stores and says it, gives its row; reach(row) focuses it};
 * tell/complain: the status line. */
export function startForm(form, say, lang, labels, tracker, tell, complain) {
  // First of all: whatever fails below, the form never submits (the reader's notes in a URL).
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var inputs = {};
  FORM.concat(["status"]).forEach(function (k) { inputs[k] = form.querySelector("[name=" + k + "]"); });
  var cancel = form.querySelector(".tracker__cancel");
  var editing = null;
  // The classes go on the form's own box: a class changed on an ancestor of the table makes
  // Chromium restyle all of it (Material's `table:not([class])` rules).
  var box = form.querySelector(".tracker__entry");
  var addButton = form.querySelector(".tracker__add");
  var adding = toggle(box, addButton, "tracker__entry--open");
  // The page has the form after the list, where a laptop shows it, open; on a phone (where
  // it is shut till "+ Add" opens it, so nothing moves on screen) it goes up beside that button.
  var wide = window.matchMedia("(min-width: 45em)");
  var after = form.querySelector(".tracker__empty");
  function place() {
    if (wide.matches) after.after(box);
    else addButton.after(box);
  }
  wide.addEventListener("change", place);
  place();
  var more = toggle(box, form.querySelector(".tracker__more-fields"), "tracker__entry--more");

  inputs.status.appendChild(el("option", { value: "" }, say("status_auto")));
  STATUSES.forEach(function (s) { inputs.status.appendChild(el("option", { value: s.id }, labels.statusLabel(s.id, lang))); });

  function clear() {
    FORM.forEach(function (k) { inputs[k].value = ""; });
    inputs.status.value = "";
    editing = null;
    cancel.hidden = true;
  }

  function refuse(input, text) { adding(true); more(true); complain(text, input); input.focus(); }

  form.addEventListener("submit", function () {
    if (!inputs.name.value.trim()) { refuse(inputs.name, say("need_name")); return; }
    // The form's own date fields (a record has dates the form does not show: data/contacts.yml).
    var bad = COLUMNS.filter(function (c) { return c.date && inputs[c.id] && inputs[c.id].validity && !inputs[c.id].validity.valid; })[0];
    if (bad) { refuse(inputs[bad.id], say("bad_date", { column: labels.columnLabel(bad, lang) })); return; }
    var outside = COLUMNS.filter(function (c) { return c.date && inputs[c.id] && inputs[c.id].value && !days.inYears(inputs[c.id].value); })[0];
    if (outside) {
      refuse(inputs[outside.id], say("bad_year", { column: labels.columnLabel(outside, lang), value: inputs[outside.id].value,
        from: days.YEARS[0], to: days.YEARS[1] }));
      return;
    }
    var old = editing ? tracker.byId(editing) : null;
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
    // Only a status set by hand is stored; the events give the rest (contact-steps.mjs status).
    contact.status = contact.status_manual ? inputs.status.value : STATUSES[0].id;
    var row = tracker.put(contact, say("added", { name: contact.name }));
    clear();
    // Its row, in view, wherever it sorts (tracker.mjs pins it past the window).
    if (row) tracker.reach(row); else inputs.name.focus();
  });

  cancel.addEventListener("click", function () { clear(); tell(""); inputs.name.focus(); });

  clear();
  return {
    clear: clear,
    editing: function () { return editing; },
    focus: function () { inputs.name.focus(); },
    edit: function (contact) {
      FORM.forEach(function (k) { inputs[k].value = contact[k] || ""; });
      inputs.status.value = contact.status_manual ? contact.status : "";
      editing = contact.id;
      cancel.hidden = false;
      adding(true);
      more(true);
      tell(say("editing", { name: contact.name }));
      inputs.name.focus();
    }
  };
}
