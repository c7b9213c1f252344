/* The contact tracker on docs/herramientas/registro.md: one row (a card on phones) per
 * contact, kept in WorksheetStore ("registro": {contacts: [...]}, the records every
 * per-person tool shares), exported to and imported from CSV. Status, next step and what is
 * due come from the dates (contact-steps.mjs). Every word comes from the page
 * (data/tools/registro.yml, recordatorios.yml); the column and status labels in every
 * language, since an import accepts any. This module holds the list and joins the parts:
 * a row, tracker-row.mjs; the order and the status filter, tracker-view.mjs; the form,
 * tracker-form.mjs; the records and their CSV, tracker-records.mjs; the files out,
 * tracker-files.mjs; the import, tracker-import.mjs (its own script: tracker-import-loader.mjs). */
import { WorksheetStore } from "./store.mjs";
import * as steps from "./contact-steps.mjs";
import { clean, csvFor, windowOf } from "./tracker-records.mjs";
import { rowMaker } from "./tracker-row.mjs";
import { startView } from "./tracker-view.mjs";
import { startForm } from "./tracker-form.mjs";
import { startFiles } from "./tracker-files.mjs";
import { lazyImport } from "./tracker-import-loader.mjs";
import { toolStore } from "./tool-store.mjs";
import { toolWords } from "./tool-words.mjs";
import { fieldError } from "./lib/field-error.mjs";
import { el } from "./lib/dom.mjs";

const TOOL_ID = "registro";
// The rows the table holds at first, and how many more each "Show more" adds: 2,000 rows of
// some 25 elements each made every change of style or layout cost the whole table (issue 26).
export const WINDOW = 100;

/* importSrc: the address of the import's script (pages/tracker.mjs). */
export function startTracker(form, importSrc) {
  var say = toolWords();
  var labels = csvFor(say);
  var lang = document.documentElement.lang;
  var doc = {}; // the stored document's other fields, kept as they are
  var contacts = [];
  var body = form.querySelector(".tracker__table tbody");
  var emptyNote = form.querySelector(".tracker__empty");
  var status = form.querySelector(".tracker__status");
  function tell(text) { status.textContent = text; }
  // An error beside its field (src/lib/field-error.mjs).
  function complain(text, input) { status.textContent = ""; fieldError(input, text, true); }
  // ?contact=ID (the due list's link): that contact's row is marked and brought into view.
  var chosenId = new URLSearchParams(location.search).get("contact");
  var row = rowMaker(form, say, lang, labels, chosenId);
  var limit = WINDOW;
  // Shown beyond the window till the order or the filter changes: the contact just saved or
  // restored, and the one a link chose, so none of them is ever out of reach.
  var pinned = {};
  if (chosenId) pinned[chosenId] = true;
  var view = startView(form, say, lang, labels.statusLabel, function () { limit = WINDOW; pinned = {}; render(); });
  var more = el("button", { type: "button", className: "md-button tracker__show-more", hidden: true });
  form.querySelector(".tracker__table-wrap").after(more);

  // What is due for these contacts, by id (each contact's own: one can be done alone).
  function dueFor(list, day) {
    var dueById = {};
    var due = steps.due(list, day);
    [["today", due.today], ["week", due.week]].forEach(function (pair) {
      pair[1].forEach(function (item) {
        item.today = pair[0] === "today";
        (dueById[item.id] = dueById[item.id] || []).push(item);
      });
    });
    return dueById;
  }

  var rows = {}; // id -> that contact's <tr>, so one change redraws one row
  // The contacts the table holds: the window's first ones in the order, and the pinned ones.
  function wanted(order) { return windowOf(order, limit, pinned); }
  function counted(order, shown) {
    view.count(shown, order.length, contacts.length);
    more.hidden = shown >= order.length;
    more.textContent = say("show_more", { n: Math.min(WINDOW, order.length - shown) });
    emptyNote.hidden = contacts.length > 0;
  }
  // Every row: at the start, for a new order or filter, and when the whole list changed.
  function render() {
    var day = steps.today();
    var order = view.arrange(contacts, day);
    var want = wanted(order);
    var dueById = dueFor(want, day);
    var frag = document.createDocumentFragment();
    rows = {};
    want.forEach(function (contact) { frag.appendChild(rows[contact.id] = row(contact, day, dueById)); });
    body.replaceChildren(frag);
    counted(order, want.length);
  }
  // One contact added, changed or removed (`changed`, its id), or the window grown: only the
  // rows that come or go are made or taken, the changed one made again (in its place if its
  // neighbours stay); every other row stays the same element. Returns the contacts shown.
  function update(changed) {
    var day = steps.today();
    var order = view.arrange(contacts, day);
    var want = wanted(order);
    var keep = {};
    want.forEach(function (c) { keep[c.id] = true; });
    Object.keys(rows).forEach(function (id) {
      if (!keep[id]) { rows[id].remove(); delete rows[id]; }
    });
    var old = changed && rows[changed];
    if (old) {
      var at = want.findIndex(function (c) { return c.id === changed; });
      var prev = (at > 0 && rows[want[at - 1].id]) || null;
      var next = (want[at + 1] && rows[want[at + 1].id]) || null;
      if (old.previousElementSibling !== prev || old.nextElementSibling !== next) { old.remove(); delete rows[changed]; }
    }
    var cursor = body.firstElementChild;
    want.forEach(function (c) {
      var tr = rows[c.id];
      if (tr && c.id !== changed) {
        if (tr === cursor) cursor = tr.nextElementSibling;
        else body.insertBefore(tr, cursor);
        return;
      }
      var made = rows[c.id] = row(c, day, dueFor([c], day));
      if (tr && tr === cursor) { cursor = tr.nextElementSibling; tr.replaceWith(made); }
      else { if (tr) tr.remove(); body.insertBefore(made, cursor); }
    });
    counted(order, want.length);
    return want;
  }
  // A row the reader should be at: focused (it takes focus for that) and in view.
  function reach(tr) {
    tr.tabIndex = -1;
    tr.focus({ preventScroll: true });
    tr.scrollIntoView({ block: "center" });
  }
  more.addEventListener("click", function () {
    var before = {};
    Object.keys(rows).forEach(function (id) { before[id] = true; });
    limit += WINDOW;
    var first = update(null).filter(function (c) { return !before[c.id]; })[0];
    if (first) reach(rows[first.id]); // the first of the rows it showed
  });

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
  function without(id) { return contacts.filter(function (c) { return c.id !== id; }); }
  // Returns its row (shown, pinned past the window if need be).
  function put(contact, text) {
    // An edited contact keeps its place (the target list shows them in stored order).
    var at = contacts.findIndex(function (c) { return c.id === contact.id; });
    if (at === -1) contacts = contacts.concat([contact]);
    else contacts = contacts.slice(0, at).concat([contact], contacts.slice(at + 1));
    pinned[contact.id] = true;
    update(contact.id);
    saved(text);
    return rows[contact.id] || null;
  }

  var entry = startForm(form, say, lang, labels, { byId: byId, put: put, reach: reach }, tell, complain);

  body.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var id = button.closest("tr").dataset.id;
    var contact = byId(id);
    if (!contact) return;
    if (button.dataset.action === "edit") { entry.edit(contact); return; }
    contacts = without(id);
    if (entry.editing() === id) entry.clear();
    delete pinned[id];
    update(id);
    if (!store.saveNow()) { tell(say("unsaved")); entry.focus(); }
    else {
      // Its answers in the per-person tools (notes, plan, message) go with it; undo brings
      // both back, and focus to its row (the offer takes focus till then: src/undo-offer.mjs).
      var answers = WorksheetStore.takeOut(WorksheetStore.contactIds(id));
      WorksheetStore.offerUndo(status, say("removed", { name: contact.name }), say("undo"), function () {
        WorksheetStore.putBack(answers);
        return put(contact, say("restored", { name: contact.name }));
      });
    }
  });

  // The files: CSV and calendar out (tracker-files.mjs), contacts in (tracker-import.mjs).
  var files = {
    contacts: function () { return contacts; },
    save: function () { return store.saveNow(); },
    set: function (list) { contacts = list; entry.clear(); limit = WINDOW; pinned = {}; render(); return store.saveNow(); }
  };
  startFiles(form, say, lang, labels.toCSV, files);
  lazyImport(form.querySelector(".tracker__import"), importSrc, function (startImport) {
    startImport(form, say, lang, WorksheetStore.MAX_IMPORT_BYTES, files);
  }, function () {
    form.querySelector(".tracker__import-status").textContent = say("import_failed");
  });

  render();
  if (rows[chosenId]) reach(rows[chosenId]);
  form.dataset.ready = "true"; // for the benchmark and the tests: the rows are in place
  if (window.performance && performance.mark) performance.mark("tracker-ready"); // scripts/bench-contacts
}
