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
import { clean, csvFor } from "./tracker-records.mjs";
import { rowMaker } from "./tracker-row.mjs";
import { startView } from "./tracker-view.mjs";
import { startForm } from "./tracker-form.mjs";
import { startFiles } from "./tracker-files.mjs";
import { lazyImport } from "./tracker-import-loader.mjs";
import { toolStore } from "./tool-store.mjs";
import { toolWords } from "./tool-words.mjs";
import { fieldError } from "./lib/field-error.mjs";

const TOOL_ID = "registro";

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
  var arrange = startView(form, say, lang, labels.statusLabel, render);

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

  var rows = {}; // id -> that contact's <tr>, so one change redraws one row (2,000 contacts)
  // Every row: at the start, for a new order or filter, and when the whole list changed.
  function render() {
    var day = steps.today();
    var dueById = dueFor(contacts, day);
    var frag = document.createDocumentFragment();
    rows = {};
    arrange(contacts, day).forEach(function (contact) { frag.appendChild(rows[contact.id] = row(contact, day, dueById)); });
    body.replaceChildren(frag);
    emptyNote.hidden = contacts.length > 0;
  }
  // One contact added, changed or (contact null) removed: only its row is made again, and it
  // moves only if its place in the order (or the filter) changed; the others stay as they are.
  function renderOne(id, contact) {
    var day = steps.today();
    var old = rows[id];
    var order = arrange(contacts, day); // and the count
    var at = contact ? order.indexOf(contact) : -1;
    delete rows[id];
    if (at === -1) {
      if (old) old.remove();
    } else {
      var tr = rows[id] = row(contact, day, dueFor([contact], day));
      var next = (order[at + 1] && rows[order[at + 1].id]) || null;
      var prev = (at > 0 && rows[order[at - 1].id]) || null;
      if (old && old.parentNode === body && old.nextElementSibling === next && old.previousElementSibling === prev) old.replaceWith(tr);
      else {
        if (old) old.remove();
        body.insertBefore(tr, next);
      }
    }
    emptyNote.hidden = contacts.length > 0;
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
  function without(id) { return contacts.filter(function (c) { return c.id !== id; }); }
  function put(contact, text) {
    // An edited contact keeps its place (the target list shows them in stored order).
    var at = contacts.findIndex(function (c) { return c.id === contact.id; });
    if (at === -1) contacts = contacts.concat([contact]);
    else contacts = contacts.slice(0, at).concat([contact], contacts.slice(at + 1));
    renderOne(contact.id, contact);
    saved(text);
  }

  var entry = startForm(form, say, lang, labels, { byId: byId, put: put }, tell, complain);

  body.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var id = button.closest("tr").dataset.id;
    var contact = byId(id);
    if (!contact) return;
    if (button.dataset.action === "edit") { entry.edit(contact); return; }
    contacts = without(id);
    if (entry.editing() === id) entry.clear();
    renderOne(id, null);
    if (!store.saveNow()) { tell(say("unsaved")); entry.focus(); }
    else {
      // Its answers in the per-person tools (notes, plan, message) go with it; undo brings
      // both back, and focus to its row (the offer takes focus till then: src/undo-offer.mjs).
      var answers = WorksheetStore.takeOut(WorksheetStore.contactIds(id));
      WorksheetStore.offerUndo(status, say("removed", { name: contact.name }), say("undo"), function () {
        WorksheetStore.putBack(answers);
        put(contact, say("restored", { name: contact.name }));
        return body.querySelector("tr[data-id='" + CSS.escape(id) + "']");
      });
    }
  });

  // The files: CSV and calendar out (tracker-files.mjs), contacts in (tracker-import.mjs).
  var files = {
    contacts: function () { return contacts; },
    save: function () { return store.saveNow(); },
    set: function (list) { contacts = list; entry.clear(); render(); return store.saveNow(); }
  };
  startFiles(form, say, lang, labels.toCSV, files);
  lazyImport(form.querySelector(".tracker__import"), importSrc, function (startImport) {
    startImport(form, say, lang, WorksheetStore.MAX_IMPORT_BYTES, files);
  }, function () {
    form.querySelector(".tracker__import-status").textContent = say("import_failed");
  });

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
