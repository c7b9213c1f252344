/*
 * Worksheet forms (rendered by hooks/worksheets.py): restore answers from the store,
 * save them as the reader types (debounced) and on pagehide, follow changes from other
 * tabs, print (filled or blank), reset one worksheet; and the data tools (export, import,
 * clear all) wherever they appear. Field types beyond plain controls are the widgets of
 * src/widgets/ (rows, planner, shown), which the page's entry passes in: startWorksheets(widgets)
 * sets up every one on the page (the notes page, the heaviest, needs none of them).
 * A per-contact worksheet (data/contacts.yml: notes, question plan) shows «¿Para quién?»
 * (src/contacts.mjs) and the chosen contact's answers, kept under "ID@CONTACT"; its name field is
 * the contact's name, a field with data-record is that field of the contact's record (the
 * notes' date is its meeting), the reader's own fields ("you") are kept once for every contact.
 * Reader-typed text only ever reaches the page through .value and .textContent.
 */
import { downloadBackup } from "./backup.mjs";
import { WorksheetStore as Store } from "./store.mjs";
import { SiteContacts as people } from "./contacts.mjs";
import { updateProgress } from "./progress.mjs";
import { pageData, fillIn as fill } from "./lib/words.mjs";
import { debounceSave } from "./lib/debounce-save.mjs";
import { dateFormat } from "./lib/date-locale.mjs";
import { inYears, YEARS } from "./business-days.mjs";
import { newId } from "./lib/new-id.mjs";
import { contactRows, withRows, LIST } from "./contact-rows.mjs";

var widgets = {}; // the page's (startWorksheets)
var WIDGET_TYPES = ["rows", "planner", "shown"]; // sitekit/worksheets.py FIELD_TYPES beyond plain controls
var SAVE_DELAY_MS = 250; // at most 300 ms between a keystroke and the saved answer
var flushers = []; // save what is waiting, before an export, a print or another tab's changes
var printedDate = dateFormat(document, { year: "numeric" });

function flushAll() {
  flushers.forEach(function (flush) { flush(); });
}

// Print what is on screen (answers saved first), or the same page with empty fields.
function printPage(blank) {
  flushAll();
  if (blank) document.documentElement.classList.add("ws-print-blank");
  window.print();
}

function messagesOf(el) {
  return JSON.parse(el.getAttribute("data-messages") || "{}");
}

// Setting the same text twice would not be announced again: empty the region first.
function say(region, text) {
  if (!region) return;
  region.textContent = "";
  window.setTimeout(function () { region.textContent = text; }, 50);
}

function plainField(field) {
  var type = field.getAttribute("data-type");
  if (type === "choice" || type === "scale" || type === "multi") {
    var boxes = Array.prototype.slice.call(field.querySelectorAll("input"));
    return {
      read: function () {
        var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
        return type === "multi" ? on : on[0] || "";
      },
      write: function (value) {
        var wanted = Array.isArray(value) ? value : [value];
        boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) !== -1; });
        field.classList.toggle("ws-has-answer", boxes.some(function (b) { return b.checked; }));
      }
    };
  }
  var control = field.querySelector("input, textarea");
  var mirror = field.querySelector(".ws-print-answer");
  function mirrorValue() {
    // The printed copy: a textarea would clip long answers on paper; a date as the page's
    // language writes it (the stored value stays YYYY-MM-DD).
    var day = control.type === "date" && control.value ? new Date(control.value + "T00:00:00Z") : null;
    mirror.textContent = day && !isNaN(day) ? printedDate.format(day) : control.value;
    field.classList.toggle("ws-has-answer", control.value.trim() !== "");
  }
  control.addEventListener("input", mirrorValue);
  return {
    read: function () { return control.value; },
    write: function (value) {
      control.value = typeof value === "string" ? value : "";
      mirrorValue();
    }
  };
}

function setUpWorksheet(root) {
  var tool = root.getAttribute("data-worksheet");
  var messages = messagesOf(root);
  var roles = people.roles();
  var nameField = roles.tools[tool]; // per contact when the worksheet has one
  var who = nameField ? people.current(tool) : null;
  var id = people.answersId(tool, who);
  // The target list: its rows field is the contacts themselves (src/contact-rows.mjs).
  var listed = LIST.worksheet === tool ? LIST.field : null;
  var listRows = null;
  // Where a field is kept: the contact's record, the reader's own details, or the answers.
  function home(f) {
    if (f === listed) return "contacts";
    if (!nameField) return "answers";
    if (roles.you.indexOf(f) !== -1) return "you";
    if (who && (f === nameField || roles.from_contact[f] || onRecord[f])) return "record";
    return "answers";
  }
  var form = root.querySelector("form.ws-form");
  var status = root.querySelector(".ws-status");
  var saver = debounceSave(save, SAVE_DELAY_MS, window);
  var ctx = {
    messages: messages,
    changed: function () { saver.schedule(); },
    announce: function (text) { say(status, text); },
    contact: function () { return who; }
  };
  var onRecord = {}; // field -> the record's field it is (data-record)
  var fields = Array.prototype.slice.call(form.querySelectorAll(".ws-field")).map(function (el) {
    var type = el.getAttribute("data-type");
    if (el.hasAttribute("data-record")) onRecord[el.getAttribute("data-field")] = el.getAttribute("data-record");
    var own = ctx;
    if (el.getAttribute("data-field") === listed) {
      listRows = contactRows(el.getAttribute("data-columns").split(" "));
      own = Object.assign({}, ctx, { newId: newId, removed: removedRow });
    }
    // A field whose widget this page's script left out says so (a page error the tests catch).
    if (!widgets[type] && WIDGET_TYPES.indexOf(type) !== -1) throw new Error("worksheets: this page's script has no " + type + " widget");
    var adapter = widgets[type] ? widgets[type](el, own) : plainField(el);
    return { id: el.getAttribute("data-field"), adapter: adapter };
  });

  // A row of the target list removed: its contact goes now, and can come back (as the tracker's).
  function removedRow(row) {
    if (!row.id || !people.get(row.id)) return false;
    saver.cancel();
    save();
    return true;
  }
  function offerBack(gone) {
    if (!gone.length) return;
    var names = gone.map(function (g) { return g.record.name; }).join(", ");
    Store.offerUndo(status, fill(messages.contact_removed, { name: names }), messages.undo, function () {
      gone.forEach(listRows.putBack);
      restore(true);
      say(status, fill(messages.contact_restored, { name: names }));
      // Focus on the row that came back (src/undo-offer.mjs), its first field.
      var row = form.querySelector('[data-id="' + CSS.escape(gone[0].record.id) + '"]');
      return row && row.querySelector("input, select, textarea");
    });
  }

  var shown = {};
  function collect() {
    var data = {};
    fields.forEach(function (f) { data[f.id] = f.adapter.read(); });
    return data;
  }

  // Each field on its own: one bad stored value cannot stop the others. Later restores
  // touch only fields whose value changed, so the caret stays where the reader types.
  function restore(all) {
    var data = nameField ? people.view(tool, who) : withRows(tool, Store.get(id));
    // The record's value; an answer typed here before the field was the record's shows
    // while the record has none (and goes to the record once edited).
    var record = who ? people.get(who) || {} : {};
    Object.keys(onRecord).forEach(function (f) { if (record[onRecord[f]]) data[f] = record[onRecord[f]]; });
    if (listRows) listRows.shown(data[listed]);
    fields.forEach(function (f) {
      try {
        if (all || JSON.stringify(f.adapter.read()) !== JSON.stringify(data[f.id])) f.adapter.write(data[f.id]);
      } catch {
        f.adapter.write(undefined);
      }
    });
    shown = collect();
  }

  // Only the fields typed in here since they were last shown or saved: any other field
  // keeps what the store holds (perhaps just written by another tab).
  function save() {
    var now = collect();
    var data = Store.get(id);
    var you = {}, record = {}, answers = false, own = false, named = false, gone = null;
    Object.keys(now).forEach(function (f) {
      if (JSON.stringify(now[f]) === JSON.stringify(shown[f])) return;
      var where = home(f);
      if (where === "contacts") gone = listRows.save(now[f]);
      else if (where === "you") { you[f] = now[f]; own = true; }
      // A contact keeps a name: clearing the field leaves the record's as it was.
      else if (where === "record" && onRecord[f]) {
        record[onRecord[f]] = now[f]; named = true;
        if (f in data) { delete data[f]; answers = true; } // one value: the record's
      }
      else if (where === "record") { if (String(now[f]).trim()) { record[f === nameField ? "name" : roles.from_contact[f]] = now[f]; named = true; } }
      else { data[f] = now[f]; answers = true; }
    });
    shown = now;
    if (own) people.saveYou(you);
    if (named) { record.id = who; people.save(record); }
    // The target list writes its own answers only when they changed (its rows are the contacts).
    if (answers || !(own || named || listed)) Store.set(id, data);
    if (gone) offerBack(gone);
  }

  form.addEventListener("input", saver.schedule);
  form.addEventListener("change", saver.schedule);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var flush = saver.flush; // also on pagehide (src/lib/debounce-save.mjs)
  flushers.push(flush);

  Store.onChange(function (change) {
    if (change.source === "set") return; // our own save, already on screen
    var mine = nameField ? [id, people.YOU_ID, people.LIST_ID] : listed ? [id, people.LIST_ID] : [id];
    if (change.ids && !change.ids.some(function (i) { return mine.indexOf(i) !== -1; })) return;
    restore(change.source === "import" || change.source === "clear");
    if (change.source === "other-tab") say(status, messages.other_tab);
  });

  root.querySelector(".ws-toolbar").addEventListener("click", function (event) {
    var action = event.target.closest("[data-action]");
    if (!action) return;
    var name = action.getAttribute("data-action");
    if (name === "print" || name === "print-blank") {
      printPage(name === "print-blank");
    } else if (name === "reset" && window.confirm(messages.reset_confirm)) {
      saver.cancel();
      var before = Store.get(id);
      Store.remove(id);
      restore(true);
      Store.offerUndo(status, messages.reset_done, messages.undo, function () { Store.set(id, before); restore(true); });
    }
  });

  // In the booklet each sheet shows its contact (current) and prints it: no picker per sheet.
  if (nameField && !root.closest(".booklet")) {
    people.picker({
      tool: tool,
      onChoose: function (chosen) {
        flush();
        who = chosen;
        id = people.answersId(tool, who);
        restore(true);
        updateProgress();
        form.dispatchEvent(new Event("ws-shown"));
      }
    });
  }
  restore(true);
  root.querySelector(".ws-nojs").hidden = true;
  root.querySelector(".ws-toolbar").hidden = false;
}

function setUpDataTools(root) {
  var messages = messagesOf(root);
  var status = root.querySelector(".ws-status");
  var alert = root.querySelector(".ws-alert");
  var fileInput = root.querySelector(".ws-import-file");

  root.addEventListener("click", function (event) {
    var action = event.target.closest("[data-action]");
    if (!action) return;
    var name = action.getAttribute("data-action");
    if (name === "export") {
      flushAll();
      downloadBackup(messages.export_filename);
      say(status, messages.export_done);
    } else if (name === "import") {
      fileInput.click();
    } else if (name === "clear" && window.confirm(messages.clear_confirm +
        (Store.held() !== null ? " " + messages.clear_confirm_held : ""))) {
      // The undo puts back what was there as it was (any size): never through an import.
      var before = Store.snapshot();
      Store.clear();
      alert.textContent = "";
      Store.offerUndo(status, messages.clear_done, messages.undo, function () { Store.restore(before); });
    }
  });

  // "Notes · Ana Pérez": a worksheet or tool by its title, and for one contact's answers the
  // contact by name (from `incoming`, the imported document, or what is here), never by id.
  function label(id, schema, incoming) {
    var at = id.indexOf("@");
    var tool = at === -1 ? id : id.slice(0, at);
    var title = schema[tool] && schema[tool].title ? schema[tool].title : tool;
    if (at === -1) return title;
    var cid = id.slice(at + 1);
    var there = incoming && incoming.worksheets.registro && incoming.worksheets.registro.data.contacts;
    var found = (Array.isArray(there) ? there : []).filter(function (c) { return c && c.id === cid; })[0] || people.get(cid);
    var name = found && typeof found.name === "string" && found.name.trim() ? found.name : people.words("unnamed");
    return title + " · " + name;
  }

  // What an import would replace, per worksheet or tool: "Notes · Ana (3), Tracker (12)".
  function holdings(schema) {
    var held = Store.summary();
    return Object.keys(held).map(function (id) { return label(id, schema, null) + " (" + held[id] + ")"; }).join(", ");
  }

  // A value left out ("notas@ID.field", "zzz"), named as the reader knows it.
  function droppedText(item, schema, incoming) {
    var dot = item.indexOf(".");
    var id = dot === -1 ? item : item.slice(0, dot);
    return label(id, schema, incoming) + (dot === -1 ? "" : " (" + item.slice(dot + 1) + ")");
  }

  // Contacts of an imported document with a date outside the years (business-days.mjs YEARS):
  // kept as they are, and the tracker marks them.
  var DATE_FIELDS = people.fields("date");
  function outOfYears(incoming) {
    var reg = incoming.worksheets.registro;
    var list = reg && Array.isArray(reg.data.contacts) ? reg.data.contacts : [];
    return list.filter(function (c) {
      return c && DATE_FIELDS.some(function (k) { return typeof c[k] === "string" && c[k] && !inYears(c[k]); });
    }).length;
  }

  fileInput.addEventListener("change", function () {
    var file = fileInput.files && fileInput.files[0];
    fileInput.value = ""; // choosing the same file again must work too
    if (!file) return;
    var schema = pageData("schema") || null;
    Store.readFile(file).then(function (text) {
      var read = Store.readImport(text, schema);
      var list = holdings(schema || {});
      if (list && !window.confirm(fill(messages.import_confirm, { list: list }))) return;
      var before = list ? Store.snapshot() : null;
      var kept = Store.replaceAll(read.doc);
      alert.textContent = "";
      var dropped = read.dropped.slice(0, 20).map(function (item) { return droppedText(item, schema || {}, read.doc); });
      // Said only if it was stored (storage full or blocked: the notice above says why not).
      var said = messages[kept ? "import_done" : "import_unsaved"] + (read.dropped.length
        ? " " + fill(messages.import_dropped, { n: read.dropped.length, list: dropped.join(", ") }) : "");
      var odd = outOfYears(read.doc);
      if (odd) said += " " + fill(messages.import_bad_years, { n: odd, from: YEARS[0], to: YEARS[1] });
      // What it replaced can come back, as it was.
      if (before) Store.offerUndo(status, said, messages.undo, function () { Store.restore(before); });
      else say(status, said);
    }).catch(function (error) {
      var code = (error && error.code ? error.code : "wrong-shape").replace(/-/g, "_");
      status.textContent = "";
      say(alert, messages["import_" + code] || messages.import_wrong_shape);
    });
  });

  root.hidden = false;
}

// Each worksheet set up on its own: one that fails leaves the others working.
function each(selector, fn) {
  document.querySelectorAll(selector).forEach(function (el) {
    try { fn(el); } catch (e) { window.setTimeout(function () { throw e; }); }
  });
}

/* Every worksheet, data tools and booklet toolbar on the page, brought to life; `given`: the
 * widgets its fields use ({rows, planner, shown}: src/widgets/). */
export function startWorksheets(given) {
  widgets = given || {};
  document.documentElement.classList.add("ws-js");
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("ws-print-blank");
  });

  each(".worksheet[data-worksheet]", setUpWorksheet);
  each(".ws-data", setUpDataTools);
  Store.beforeSync(flushAll);
  // The booklet's one toolbar prints every sheet on the page.
  document.querySelectorAll(".booklet-toolbar").forEach(function (bar) {
    bar.addEventListener("click", function (event) {
      var action = event.target.closest("[data-action]");
      if (action) printPage(action.getAttribute("data-action") === "print-blank");
    });
    bar.hidden = false;
  });

  // Said once per page, before the first worksheet or data tools, however many it holds.
  var first = document.querySelector(".booklet-toolbar, .worksheet[data-worksheet], .ws-data");
  var firstMessages = first && messagesOf(first.closest("[data-messages]") || document.querySelector("[data-messages]"));
  if (first) Store.notice(first, function (key) { return firstMessages[key] || key; });
}
