/*
 * SiteContacts: the reader's contacts, shared by every per-person tool (issue 17).
 *
 * The records are the tracker's and the target list's: WorksheetStore "registro" -> {contacts:
 * [record, ...]}, a record being plain strings (ISO dates, "" when missing) and a boolean
 * status_manual, its fields declared in data/contacts.yml `record` (FIELDS: the texts).
 * Fields this file does not know are always kept.
 * A tool's answers for one contact live under WorksheetStore "TOOL@CONTACTID" (answersId), so
 * the store's merge, export and import cover them; the reader's own answers (name, story),
 * the same for every contact, under YOU_ID. Which placeholders and fields are the reader's,
 * and which field of each tool names the person, come from data/contacts.yml (put in the
 * page's data as "contacts" by hooks/contacts.py, with the picker's words: src/lib/words.mjs).
 *
 * API (SiteContacts; src/expose.mjs also puts it on window for the tests and the console):
 *   list() -> copies of every record, by name; get(id) -> a copy or null
 *   save(fields) -> id: a new record when fields.id is empty or unknown, else fields merged in
 *   remove(id) -> true when stored (its answers, "TOOL@ID", removed too); onChange(fn): fn()
 *                after any change to the contacts
 *   current(tool) -> the chosen contact's id or null; choose(id) remembers it (null: nobody), in
 *                this browser, so every tool opens on the same contact; ?contact=ID chooses too.
 *                Until the reader first chooses (answers migrated from one-person tools),
 *                `tool` opens on the contact whose answers for it changed last.
 *   picker({tool, onChoose(id)}) -> {element, value()}: fills and shows the page's «¿Para quién?»
 *                for `tool` (rendered by sitekit/contacts.py picker_html); null when the page has none
 *   answersId(tool, id) -> "TOOL@ID" (the bare tool id without a contact); YOU_ID, you(),
 *   saveYou(fields); roles() -> {you: [ids], tools: {tool: name field}, from_contact: {...}}
 *   view(tool, id) -> a flat tool's values for that contact as it shows them: its answers, the
 *                reader's own details, the record's name (and from_contact fields)
 *   fields(type) -> the record's field ids of that type ("text", "date", "flag"), FIELDS: its
 *                texts and dates, CSV: the tracker's CSV columns (all declared in data/contacts.yml)
 *   optionLabels(records), fold(text), blank(): the pure parts (tests/js/contacts.test.mjs).
 */
import { WorksheetStore as Store } from "./store.mjs";
import { fold } from "./lib/fold.mjs";
import { newId } from "./lib/new-id.mjs";
import { pageData, sayFrom } from "./lib/words.mjs";
import { el } from "./lib/dom.mjs";
import { fieldError } from "./lib/field-error.mjs";

var root = window;
var LIST_ID = "registro";
var YOU_ID = "tu";
var data = pageData("contacts") || {};
// The record's field ids (data/contacts.yml record), in order: of one type (text, date, flag), or its texts.
function fields(type) {
  return (data.record || []).filter(function (f) { return type ? f.type === type : f.type !== "flag"; })
    .map(function (f) { return f.id; });
}
var FIELDS = fields();
var FIRST_STATUS = "to-contact";

function copy(v) { return JSON.parse(JSON.stringify(v)); }
function byName(a, b) { return String(a.name || "").localeCompare(String(b.name || "")); }

function blank() {
  var r = {};
  FIELDS.forEach(function (f) { r[f] = ""; });
  r.status = FIRST_STATUS;
  r.status_manual = false;
  return r;
}

/* {id: text} for a list of records: the name, with the organisation when two share a name. */
function optionLabels(records) {
  var count = {};
  records.forEach(function (r) { count[fold(r.name)] = (count[fold(r.name)] || 0) + 1; });
  var out = {};
  records.forEach(function (r) {
    out[r.id] = count[fold(r.name)] > 1 && r.organisation ? r.name + " (" + r.organisation + ")" : String(r.name || "");
  });
  return out;
}

function answersId(tool, id) { return id ? tool + "@" + id : tool; }

var api = {
  LIST_ID: LIST_ID, YOU_ID: YOU_ID, FIELDS: FIELDS, fields: fields, CSV: data.csv || [],
  fold: fold, blank: blank, optionLabels: optionLabels, answersId: answersId
};

var words = data.words || {};
var roles = { you: data.you || [], tools: data.tools || {}, from_contact: data.from_contact || {} };
var say = sayFrom(words); // the tools' say(): "@name" filled, a missing key shown as itself

function records() {
  var list = Store.get(LIST_ID).contacts;
  return (Array.isArray(list) ? list : []).filter(function (r) {
    return r && typeof r === "object" && typeof r.id === "string" && r.id;
  });
}
function write(list) {
  var held = Store.get(LIST_ID);
  held.contacts = list;
  return Store.set(LIST_ID, held);
}
function find(list, id) {
  for (var i = 0; i < list.length; i++) if (list[i].id === id) return i;
  return -1;
}

function save(fields) {
  var list = records();
  var i = fields.id ? find(list, fields.id) : -1;
  var record = i === -1 ? blank() : list[i];
  Object.keys(fields).forEach(function (f) { if (fields[f] !== undefined) record[f] = copy(fields[f]); });
  if (i === -1) {
    record.id = fields.id || newId();
    list.push(record);
  }
  write(list);
  return record.id;
}

// The choice, kept beside the answers (not in them: it is not exported).
var CHOSEN_KEY = Store.KEY + ":contact";
var chosen = null;
var everChosen = false;
try {
  chosen = root.localStorage.getItem(CHOSEN_KEY);
  everChosen = chosen !== null;
} catch { /* no storage: chosen for this page only */ }

function exists(id) { return !!id && find(records(), id) !== -1; }
function choose(id) {
  chosen = id || null;
  everChosen = true;
  try { root.localStorage.setItem(CHOSEN_KEY, chosen || ""); } catch { /* this page only */ }
}

var wanted = new URLSearchParams(root.location.search).get("contact");
if (wanted && exists(wanted)) choose(wanted);

// The contact whose answers for `tool` (any tool without one) changed last, or null.
function latest(tool) {
  var found = null, when = "", known = {};
  records().forEach(function (r) { known[r.id] = true; }); // once: the list may be long
  Store.ids().forEach(function (id) {
    var at = id.indexOf("@");
    if (at <= 0 || (tool && id.slice(0, at) !== tool)) return;
    var who = id.slice(at + 1);
    var changed = Store.updated(id) || " ";
    if (known[who] === true && changed >= when) { found = who; when = changed; }
  });
  return found;
}

function onChange(fn) {
  return Store.onChange(function (change) {
    if (change.ids === null || change.ids.indexOf(LIST_ID) !== -1) fn();
  });
}

// --- the picker ---------------------------------------------------------------------------

/* The picker's HTML is the page's (sitekit/contacts.py picker_html, hidden so that its place
   is kept): the script fills it, wires it and shows it, and never inserts it (no shift). */
function picker(options) {
  var box = document.querySelector('.contact-picker[data-tool="' + options.tool + '"]');
  if (!box) return null;
  var select = box.querySelector(".contact-picker__select");
  var addButton = box.querySelector(".contact-picker__add");
  var form = box.querySelector(".contact-picker__new");
  var name = box.querySelector(".contact-picker__name");
  var saveButton = box.querySelector(".contact-picker__save");
  var cancel = box.querySelector(".contact-picker__cancel");
  var status = box.querySelector(".contact-picker__status");

  function fill() {
    var list = records().sort(byName);
    var labels = optionLabels(list);
    var current = api.current(options.tool);
    select.replaceChildren();
    var none = el("option", {}, say("nobody"));
    none.value = "";
    select.appendChild(none);
    list.forEach(function (r) {
      var o = el("option", {}, labels[r.id] || say("unnamed"));
      o.value = r.id;
      select.appendChild(o);
    });
    select.value = current || "";
  }

  function open(yes) {
    form.hidden = !yes;
    addButton.setAttribute("aria-expanded", String(yes));
    if (yes) name.focus();
  }

  function picked(id) {
    choose(id);
    if (options.onChoose) options.onChoose(id || null);
  }

  function add() {
    var text = name.value.trim();
    if (!text) { status.textContent = ""; fieldError(name, say("need_name"), true); name.focus(); return; }
    var id = save({ name: text });
    name.value = "";
    open(false);
    fill();
    select.value = id;
    picked(id);
    status.textContent = say("added", { name: text });
    select.focus();
  }

  select.addEventListener("change", function () { status.textContent = ""; picked(select.value); });
  addButton.addEventListener("click", function () { open(form.hidden); });
  saveButton.addEventListener("click", add);
  cancel.addEventListener("click", function () { name.value = ""; fieldError(name, ""); open(false); addButton.focus(); });
  name.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); add(); }
    if (event.key === "Escape") { event.preventDefault(); cancel.click(); }
  });
  onChange(fill);
  fill();
  box.hidden = false;
  return { element: box, value: function () { return select.value || null; } };
}

api.list = function () { return copy(records()).sort(byName); };
api.get = function (id) {
  var list = records();
  var i = find(list, id);
  return i === -1 ? null : copy(list[i]);
};
api.save = save;
api.remove = function (id) {
  var list = records();
  var i = find(list, id);
  if (i === -1) return false;
  list.splice(i, 1);
  var stored = write(list);
  Store.takeOut(Store.contactIds(id)); // its answers in the per-person tools go with it
  return stored;
};
api.onChange = onChange;
api.current = function (tool) {
  if (exists(chosen)) return chosen;
  return everChosen ? null : latest(tool);
};
api.choose = choose;
api.picker = picker;
api.roles = function () { return copy(roles); };
api.you = function () { return Store.get(YOU_ID); };
api.saveYou = function (fields) {
  var held = Store.get(YOU_ID);
  Object.keys(fields).forEach(function (f) { held[f] = fields[f]; });
  return Store.set(YOU_ID, held);
};
api.view = function (tool, id) {
  var data = Store.get(answersId(tool, id));
  var you = Store.get(YOU_ID);
  roles.you.forEach(function (f) { if (typeof you[f] === "string") data[f] = you[f]; });
  var record = id ? api.get(id) : null;
  if (record) {
    if (roles.tools[tool]) data[roles.tools[tool]] = record.name || "";
    Object.keys(roles.from_contact).forEach(function (f) { data[f] = record[roles.from_contact[f]] || ""; });
  }
  return data;
};
api.words = say;

export const SiteContacts = api;
