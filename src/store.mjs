/*
 * WorksheetStore: every worksheet's and tool's answers, kept in this browser only.
 *
 * One localStorage key per site (KEY: the site's slug (lib/site.mjs) + ":answers:" + the site
 * root's path, so two sites on one origin never share answers) holds one versioned document:
 *   {"version": 4, "worksheets": {"<worksheetId>": {"data": {...}, "updated": "<ISO date>"}}}
 * A per-person tool's answers for one contact are under "TOOL@CONTACTID" (src/contacts.mjs), the
 * contacts themselves under "registro" (the tracker's, and the target list's rows). Older
 * documents are migrated when read (version 1: {"version": 1, "answers": {...}}; version 2:
 * one person per tool, see MIGRATIONS[2]; version 3: the target list apart, MIGRATIONS[3]), and the key of earlier releases (OLD_KEY) is read while this site's key is
 * empty. Only "clear all" deletes it, with KEY's other keys (src/store/site-keys.mjs): the
 * reader asked for their text to go, wherever it is. While the example is on, KEY is the
 * example's (SITE_KEY:example; see EXAMPLE below) and OLD_KEY is never read.
 *
 * Reading never depends on writing: what is stored shows and exports even when the storage
 * is full. Every write merges field by field with what other tabs wrote since this tab last
 * read (a field this tab changed wins, any other field is taken from storage). A stored
 * document this tab cannot read (damaged, or from a newer version) is never written over.
 *
 * API (WorksheetStore; src/expose.mjs also puts it on window for the tests and the console):
 *   get(id)            -> a copy of that worksheet's data object ({} when nothing is saved)
 *   set(id, data)      -> replace that worksheet's data and save now; true when it was stored
 *   remove(id), clear() -> forget one worksheet / everything (clear: also the keys beside KEY
 *                         and the held text, src/store/site-keys.mjs); true when stored
 *   snapshot(), restore(snap) -> everything this page holds (the keys beside KEY and the held
 *                         text too), and put back as it was: the undo of "clear all" and of an
 *                         import, at any size, without an import's checks
 *   contactIds(cid), takeOut(ids) -> {id: entry}, putBack(entries): one contact's answers
 *                         ("TOOL@CID"), taken out and put back, each in one write
 *   ids(), updated(id) -> ids holding data; ISO date of a worksheet's last change or null
 *   onChange(fn)       -> fn({ids: [...] | null, source}); source "set", "remove", "clear",
 *                         "import" or "other-tab" (another tab's writing, merged in)
 *   beforeSync(fn)     -> fn() runs before another tab's document is taken in: save pending typing
 *   onProblem(fn)      -> fn(code) now and whenever it changes: null, "unavailable" (blocked),
 *                         "quota" (full), "unreadable" (damaged; kept) or "newer" (read-only)
 *   problem(), held()  -> the code; the stored text this tab cannot read (or null)
 *   downloadHeld(name), startFresh() -> the reader's two ways out of "unreadable"
 *   notice(anchor, say) -> show each problem (say(key) -> text) in a box before anchor
 *   offerUndo(status, text, label, fn) -> text and an undo button in a status line (src/undo-offer.mjs)
 *   exportText(), download(filename), saveFile(filename, text, type)
 *   readImport(text, schema) -> {doc, dropped: ["id.field", ...]}: values checked against
 *                         schema {id: {fields: {field: type}, per_contact}} ("TOOL@ID" takes
 *                         TOOL's fields when it is per_contact); throws ImportError (code:
 *                         "too-large", "too-deep", "not-json", "wrong-shape", "newer-version")
 *   readFile(file) -> Promise of its text, decoded strictly (src/store/file-text.mjs: "not-utf")
 *   replaceAll(doc), importText(text), importFile(file) -> Promise, summary(doc) -> {id: n}
 *   migrate(doc), keyFor(rootPath), VERSION, KEY, MAX_IMPORT_BYTES (CSV files), STORAGE_CHARS,
 *   MAX_JSON_BYTES, MAX_DEPTH, ImportError
 */
import { fold } from "./lib/fold.mjs";
import { download } from "./lib/download.mjs";
import { hasContent } from "./lib/answered.mjs";
import { pageData } from "./lib/words.mjs";
import { ImportError } from "./store/import-error.mjs";
import { fileText } from "./store/file-text.mjs";
import { siteKeys, readKeys, takeKeys, putKeys } from "./store/site-keys.mjs";
import { offerUndo } from "./undo-offer.mjs";
import { siteSlug } from "./lib/site.mjs";
var OLD_KEY = "entrevistas-informativas:answers";
var VERSION = 4;
var MAX_IMPORT_BYTES = 1024 * 1024; // a CSV file (the tracker's)
// What every browser we support keeps for one origin: 5 MiB of UTF-16 text, about five
// million characters. A JSON import whose answers, written as they are stored (compact), pass
// this cannot be kept, whatever the file's size; an export is pretty-printed UTF-8, so a file
// four times that holds more than fits (refused before it is even read).
var STORAGE_CHARS = 5 * 1024 * 1024;
var MAX_JSON_BYTES = 4 * STORAGE_CHARS;
var MAX_DEPTH = 8; // deeper than any answer: a deeper value is dropped, a deeper file refused

// The slug is OLD_KEY's first part on this guide's own site, whose key stays what it was.
function keyFor(rootPath) { return (siteSlug() || OLD_KEY.split(":")[0]) + ":answers:" + rootPath; }
// The page's script (this module assembled into it) sits at <site root>/assets/javascripts/:
// its address gives the root in every language, on any host and from file:// too.
var script = document.currentScript;
var SITE_KEY = keyFor(script && script.src ? new URL("../../", script.src).pathname : "/");
// The worked example (src/example-load.mjs loads it) has keys of its own, all starting with
// SITE_KEY:example: its answers (SITE_KEY:example, then this page's KEY), the keys beside them
// (KEY:contact, ...) and the flag that turns it on (SITE_KEY:example-on), which
// overrides/main.html's head script reads before the first paint to mark the page
// (`example-on`) and show its banner. The reader's answers, and the key of earlier releases
// (FROM_OLD), are then never read nor written. Kept small: this is on every page with answers.
var EXAMPLE = false;
try { EXAMPLE = !!window.localStorage.getItem(SITE_KEY + ":example-on"); } catch { /* no storage, no example */ }
var KEY = EXAMPLE ? SITE_KEY + ":example" : SITE_KEY;
var FROM_OLD = EXAMPLE ? null : OLD_KEY;

function isObj(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }
function emptyDoc() { return { version: VERSION, worksheets: {} }; }
function copy(value) { return value === undefined ? undefined : JSON.parse(JSON.stringify(value)); }
// The JSON text of a value the store holds, made once: what it holds is never changed in
// place (a change puts a new value), and each save compares the whole contact list.
var texts = new WeakMap();
function text(v) {
  if (!v || typeof v !== "object") return JSON.stringify(v);
  if (!texts.has(v)) texts.set(v, JSON.stringify(v));
  return texts.get(v);
}
function same(a, b) { return text(a) === text(b); }
function keys() {
  var all = {};
  Array.prototype.forEach.call(arguments, function (o) { Object.keys(o || {}).forEach(function (k) { all[k] = 1; }); });
  return Object.keys(all);
}

// A JSON value no deeper than `depth` levels, or undefined: nothing stored can be too deep
// for the page to copy (JSON.stringify recurses).
function bounded(value, depth) {
  if (value === null || typeof value !== "object") return value;
  if (depth <= 0) return undefined;
  var out = Array.isArray(value) ? [] : {};
  for (var k in value) {
    if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
    var v = bounded(value[k], depth - 1);
    if (v !== undefined) { if (Array.isArray(out)) out.push(v); else out[k] = v; }
  }
  return out;
}

// What the page says about contacts (data/contacts.yml, hooks/contacts.py): the word for a
// contact with no name, and the fields that are the reader's own ("you").
var CONTACTS = pageData("contacts") || {};

// A short stable id from a text (FNV-1a): the same v2 document always migrates to the same ids,
// however often a tab reads it.
function hashId(text) {
  var h = 0x811c9dc5;
  for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(36);
}
// Version 2's one-person tools (frozen: this is what version 2 held) and where each kept the
// person's name.
var V2_PEOPLE = [
  { tool: "notas", name: function (d) { return d.their_name; } },
  { tool: "preguntas", name: function (d) { return d.person; } },
  { tool: "seguimiento", name: function (d) { return d.name; } },
  { tool: "mensaje", name: function (d) { return isObj(d.fields) ? d.fields.their_name : ""; } }
];
// A version-3 record's texts (frozen: what version 3 held).
var RECORD_TEXTS = ["name", "organisation", "role", "connection", "source", "status", "sent", "day3", "day7",
  "meeting", "thanked", "next_action", "next_date", "notes"];

// A contact a migration makes: every text of a version-3 record empty, its status from its dates.
function newRecord(list, id) {
  var record = { id: id };
  RECORD_TEXTS.forEach(function (k) { record[k] = ""; });
  record.status = "to-contact";
  record.status_manual = false;
  list.push(record);
  return record;
}

var MIGRATIONS = {
  // v1 kept bare answers per worksheet; v2 wraps them to record when each changed.
  1: function (doc) {
    if (!isObj(doc.answers)) throw new ImportError("wrong-shape", "answers");
    var worksheets = {};
    Object.keys(doc.answers).forEach(function (id) { worksheets[id] = { data: doc.answers[id], updated: null }; });
    return { version: 2, worksheets: worksheets };
  },
  // v2 held one person per tool; v3 keeps each tool's answers per contact ("TOOL@ID"). Each
  // tool's answers become a contact named by its name field, the tracker's contact of that name
  // (accents and case aside) when there is one, else a new one ("unnamed" when the field is
  // empty); they move whole (nothing is dropped) to "TOOL@ID". The reader's own details
  // (CONTACTS.you) are copied to "tu", the first found of each. Tracker records get every text field.
  2: function (doc, opts) {
    if (!isObj(doc.worksheets)) throw new ImportError("wrong-shape", "worksheets");
    var ws = {};
    Object.keys(doc.worksheets).forEach(function (id) { ws[id] = doc.worksheets[id]; });
    var reg = isObj(ws.registro) && isObj(ws.registro.data) ? ws.registro : { data: {}, updated: null };
    var list = (Array.isArray(reg.data.contacts) ? reg.data.contacts : []).map(function (r) {
      if (!isObj(r)) return r;
      var full = {};
      Object.keys(r).forEach(function (k) { full[k] = r[k]; });
      // Whether an older status was set by hand is the tracker's to judge (tracker.js clean).
      RECORD_TEXTS.forEach(function (k) { if (full[k] === undefined && k !== "status") full[k] = ""; });
      return full;
    });
    var you = {};
    var youFields = Array.isArray(opts.you) ? opts.you : [];
    var moved = false;
    function recordFor(name) {
      var key = fold(name);
      var found = list.filter(function (r) { return isObj(r) && typeof r.name === "string" && fold(r.name) === key; })[0];
      if (found) return found;
      var id = "v2-" + (key ? hashId(key) : "unnamed");
      var taken = function (x) { return list.some(function (r) { return isObj(r) && r.id === x; }); };
      for (var n = 2; taken(id); n++) id = id.replace(/~\d+$/, "") + "~" + n;
      var record = newRecord(list, id);
      record.name = name || opts.unnamed;
      return record;
    }
    V2_PEOPLE.forEach(function (p) {
      var entry = ws[p.tool];
      if (!isObj(entry) || !isObj(entry.data) || !Object.keys(entry.data).length) return;
      var data = entry.data;
      var name = p.name(data);
      var record = recordFor(typeof name === "string" ? name.trim() : "");
      if (p.tool === "seguimiento") {
        [["org", "organisation"], ["sent", "sent"], ["meeting", "meeting"]].forEach(function (f) {
          if (typeof data[f[0]] === "string" && data[f[0]] && !record[f[1]]) record[f[1]] = data[f[0]];
        });
      }
      var own = p.tool === "mensaje" && isObj(data.fields) ? data.fields : data;
      youFields.forEach(function (f) {
        if (typeof own[f] === "string" && own[f].trim() && !you[f]) you[f] = own[f];
      });
      ws[p.tool + "@" + record.id] = { data: data, updated: entry.updated };
      delete ws[p.tool];
      moved = true;
    });
    if (list.length) {
      var regData = {};
      Object.keys(reg.data).forEach(function (k) { regData[k] = reg.data[k]; });
      regData.contacts = list;
      ws.registro = { data: regData, updated: reg.updated };
    }
    if (moved && Object.keys(you).length && !ws.tu) ws.tu = { data: you, updated: null };
    return { version: 3, worksheets: ws };
  },
  // v3 kept the target list's rows ("lista-de-contactos" -> contacts: name, organisation, role,
  // connection, reason, motivation) apart; v4 makes each row with text a contact: the one of the
  // same name (accents and case aside) and organisation (or none on either side), else a new
  // one ("unnamed" without a name). Every field of the row goes onto the record; two different
  // texts are both kept, joined by " / ". A row that is not all texts stays where it was.
  3: function (doc, opts) {
    var ws = doc.worksheets, entry = isObj(ws) && ws["lista-de-contactos"],
      rows = isObj(entry) && isObj(entry.data) && entry.data.contacts;
    if (Array.isArray(rows)) {
      var reg = isObj(ws.registro) && isObj(ws.registro.data) ? ws.registro : (ws.registro = { data: {} });
      var list = reg.data.contacts = Array.isArray(reg.data.contacts) ? reg.data.contacts : [];
      entry.data.contacts = rows.filter(function (row, i) {
        if (!strings(row)) return true;
        var name = fold(row.name), org = fold(row.organisation);
        var same = list.filter(function (r) {
          return name && isObj(r) && typeof r.name === "string" && fold(r.name) === name &&
            (!org || !fold(r.organisation) || fold(r.organisation) === org);
        });
        var found = same.filter(function (r) { return fold(r.organisation) === org; })[0] || same[0];
        for (var k in row) {
          var v = row[k].trim() && row[k];
          if (!v || k === "id") continue;
          found = found || newRecord(list, "v3-" + hashId(i + name + "|" + org));
          var had = found[k] ? String(found[k]) : v;
          found[k] = fold(had) !== fold(v) ? had + " / " + v : had;
        }
        if (found && !found.name) found.name = opts.unnamed;
        return false;
      });
      if (!entry.data.contacts.length) delete entry.data.contacts;
      if (!Object.keys(entry.data).length) delete ws["lista-de-contactos"];
    }
    return { version: 4, worksheets: ws };
  }
};

function migrate(doc, opts) {
  opts = opts || { unnamed: (CONTACTS.words || {}).unnamed || "\u2014", you: CONTACTS.you };
  if (!isObj(doc)) throw new ImportError("wrong-shape", "not an object");
  var version = doc.version;
  if (typeof version !== "number" || version !== Math.floor(version) || version < 1) {
    throw new ImportError("wrong-shape", "version");
  }
  if (version > VERSION) throw new ImportError("newer-version", String(version));
  while (doc.version < VERSION) doc = MIGRATIONS[doc.version](doc, opts);
  if (!isObj(doc.worksheets)) throw new ImportError("wrong-shape", "worksheets");
  var out = emptyDoc();
  Object.keys(doc.worksheets).forEach(function (id) {
    var entry = doc.worksheets[id];
    if (!isObj(entry) || !isObj(entry.data)) throw new ImportError("wrong-shape", "worksheets." + id);
    out.worksheets[id] = { data: bounded(entry.data, MAX_DEPTH), updated: typeof entry.updated === "string" ? entry.updated : null };
  });
  return out;
}

// --- persistence -------------------------------------------------------------------------

var storage = null;
var problemCode = null;
var problemListeners = [];
var changeListeners = [];
var syncListeners = [];
var heldText = null; // the stored text this tab cannot read: never written over
var lastText = null; // what this tab last wrote
// Each write carries a revision, one more than the highest this tab has read or written
// (`rev` beside `version`; older documents have none: 0). A tab's localStorage is a copy
// that the browser brings up to date a little later: two tabs saving within those few
// milliseconds each read the same revision, and the later write, made without the other's,
// looked as if it had emptied the fields the other had just typed (the two-tab test caught
// it on a busy machine). A document of a revision no higher than this tab's last write, and
// not its own, is such a write: what this tab wrote is then merged again, against what both
// had read before (`beforeWrite`), and written once more.
var wroteRev = -1;
var beforeWrite = null;
var doc = emptyDoc(); // this page's answers
var base = emptyDoc(); // the stored document as this page last read or wrote it
// What this tab last wrote, as reading it back would give it ({doc, rev, text}): while the
// stored text is still that, a save need not parse and copy it again (2,000 contacts).
var written = null;

function setProblem(code) {
  if (problemCode === code) return;
  problemCode = code;
  problemListeners.slice().forEach(function (fn) { fn(code); });
}

try {
  storage = window.localStorage;
  storage.getItem(KEY);
} catch {
  storage = null;
  problemCode = "unavailable";
}

// {doc, rev, text} from storage, {doc: null} when it cannot be read (the problem says why).
function readStored() {
  var text;
  try {
    text = storage.getItem(KEY);
    if (text === null && FROM_OLD) text = storage.getItem(FROM_OLD); // first visit since keys per site
  } catch {
    setProblem("unavailable");
    return { doc: null };
  }
  if (!text) { heldText = null; return { doc: emptyDoc(), rev: 0, text: text }; }
  if (written && text === written.text) return written; // read before (so nothing held); never changed in place
  try {
    var parsed = JSON.parse(text);
    var rev = isObj(parsed) && typeof parsed.rev === "number" ? parsed.rev : 0;
    var read = migrate(parsed);
    heldText = null;
    if (problemCode === "unreadable" || problemCode === "newer") setProblem(null);
    return { doc: read, rev: rev, text: text };
  } catch (e) {
    heldText = text;
    setProblem(e && e.code === "newer-version" ? "newer" : "unreadable");
    return { doc: null };
  }
}

// Three-way, field by field: a field this page changed since `old` wins; others come from
// `theirs`. With `theirsWin`, a field both changed takes theirs (two writes of one revision:
// both tabs must choose the same one). `changed`: the result differs from theirs.
function merge(old, mine, theirs, theirsWin) {
  var out = emptyDoc();
  var changed = false;
  keys(old.worksheets, mine.worksheets, theirs.worksheets).forEach(function (id) {
    var b = (old.worksheets[id] || {}).data || {};
    var m = (mine.worksheets[id] || {}).data || {};
    var t = (theirs.worksheets[id] || {}).data || {};
    var data = {};
    var ours = false;
    keys(b, m, t).forEach(function (f) {
      var local = !same(m[f], b[f]) && !(theirsWin && !same(t[f], b[f]));
      var v = local ? m[f] : t[f];
      if (local && !same(m[f], t[f])) ours = true;
      if (v !== undefined) data[f] = v;
    });
    if (ours) changed = true;
    var from = (ours && mine.worksheets[id]) || theirs.worksheets[id] || mine.worksheets[id] || {};
    if (Object.keys(data).length) out.worksheets[id] = { data: data, updated: from.updated || null };
  });
  return { doc: out, changed: changed };
}

function isQuota(e) { return e && (e.name === "QuotaExceededError" || e.code === 22 || e.code === 1014); }

// Writes `d` one revision above what was read (`read`, from readStored) and this tab wrote.
function putDoc(d, read) {
  var rev = Math.max(read.rev, wroteRev) + 1;
  var out = { version: d.version, worksheets: d.worksheets, rev: rev };
  if (!put(JSON.stringify(out))) return false;
  wroteRev = rev;
  beforeWrite = read.doc; // just read, and nothing the store holds is changed in place
  return true;
}

function put(text) {
  try {
    if (EXAMPLE && !storage.getItem(KEY + "-on")) return false; // removed meanwhile: nothing left behind
    storage.setItem(KEY, text);
    lastText = text;
    if (problemCode === "quota" || problemCode === "unavailable") setProblem(null);
    return true;
  } catch (e) {
    setProblem(isQuota(e) ? "quota" : "unavailable");
    return false;
  }
}

// Read what is stored, put this page's changes on top, write that back; returns
// {saved, ids} where ids are the worksheets whose answers came in from another tab.
function sync() {
  if (!storage) return { saved: false, ids: [] };
  var read = readStored();
  var stored = read.doc;
  if (!stored) return { saved: false, ids: [] };
  var missedMine = read.text !== lastText && read.rev <= wroteRev && beforeWrite;
  var theirsWin = missedMine && read.rev === wroteRev && read.text > lastText;
  var m = merge(missedMine ? beforeWrite : base, doc, stored, theirsWin);
  var ids = keys(doc.worksheets, m.doc.worksheets).filter(function (id) {
    var a = (doc.worksheets[id] || {}).data, b = (m.doc.worksheets[id] || {}).data;
    return a && b ? keys(a, b).some(function (f) { return !same(a[f], b[f]); }) : a !== b; // field by field: texts known
  });
  var saved = !m.changed || putDoc(m.doc, read);
  base = saved ? { version: VERSION, worksheets: Object.assign({}, m.doc.worksheets) } : stored; // its entries are never changed
  if (saved && m.changed) written = { doc: base, rev: wroteRev, text: lastText };
  doc = m.doc;
  return { saved: saved, ids: ids };
}

if (storage) {
  var first = readStored().doc;
  if (first) { doc = first; base = copy(first); }
  // The banner's button (overrides/partials/example-banner.html) takes out every key of the
  // example (its document, the keys beside it and its flag, named where site-keys takes the old
  // key), then shows the reader's own answers again.
  var remove = EXAMPLE && document.querySelector(".example-banner button");
  if (remove) remove.onclick = function () {
    takeKeys(storage, siteKeys(storage, KEY, KEY + "-on").concat(KEY));
    location.reload();
  };
}

function notify(ids, source) {
  changeListeners.slice().forEach(function (fn) {
    try {
      fn({ ids: ids, source: source });
    } catch (e) {
      window.setTimeout(function () { throw e; });
    }
  });
}

function write(ids, source) {
  var r = sync();
  notify(ids, source);
  if (r.ids.length) notify(r.ids, "other-tab");
  return r.saved;
}

// Another tab saved: first save what is typed here, against what this page had read.
window.addEventListener("storage", function (event) {
  if (!storage || (event.key !== KEY && event.key !== null)) return;
  if (event.newValue !== null && event.newValue === lastText) return;
  syncListeners.forEach(function (fn) { fn(); });
  var r = sync();
  if (r.ids.length) notify(r.ids, "other-tab");
});

// --- page helpers shared by worksheets and tools ---------------------------------------

function button(label, fn) {
  var b = document.createElement("button");
  b.type = "button";
  b.className = "md-button";
  b.textContent = label;
  b.addEventListener("click", fn);
  return b;
}

/* One box before `anchor` names the storage problem in the page's language; a document
 * from a newer version makes the page's forms read-only. */
function notice(anchor, say) {
  if (!anchor) return;
  var box = document.createElement("div");
  box.className = "admonition warning ws-store-notice";
  box.setAttribute("role", "alert");
  api.onProblem(function (code) {
    box.replaceChildren();
    document.querySelectorAll("form.ws-form, form.tool").forEach(function (f) { f.inert = code === "newer"; });
    if (!code) { box.remove(); return; }
    var p = document.createElement("p");
    p.textContent = say("storage_" + code) + (code === "quota" ? " " + say("storage_quota_space") : "");
    box.appendChild(p);
    if (code === "unreadable") {
      box.appendChild(button(say("storage_download"), function () { downloadHeld(say("storage_file")); }));
      box.appendChild(button(say("storage_fresh"), startFresh));
    }
    if (!box.isConnected) anchor.parentNode.insertBefore(box, anchor);
  });
}

function downloadHeld(filename) {
  if (heldText !== null) saveFile(filename, heldText, "application/octet-stream");
}

// The damaged text is copied beside the key (never over an earlier copy), then replaced.
function startFresh() {
  if (heldText === null || !storage) return false;
  for (var n = 1; n < 10; n++) {
    var slot = KEY + ":unreadable" + (n > 1 ? ":" + n : "");
    var there;
    try { there = storage.getItem(slot); } catch { break; }
    if (there === heldText) break;
    if (there === null) { try { storage.setItem(slot, heldText); } catch { /* offered as a download */ } break; }
  }
  heldText = null;
  base = emptyDoc();
  var saved = putDoc(doc, { rev: 0, doc: emptyDoc() });
  if (saved) { base = copy(doc); setProblem(null); }
  notify(null, "import");
  return saved;
}

// --- files ------------------------------------------------------------------------------

function exportText() { return JSON.stringify(doc, null, 2) + "\n"; }

/* Offer text as a file download (src/lib/download.mjs); the tools' CSV and .ics files too. */
function saveFile(filename, text, type) { download(filename, type, text); }

// The deepest nesting of a JSON text, counted without parsing (a deep file is refused
// before anything recurses over it).
function depthOf(text) {
  var depth = 0, most = 0, inString = false;
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) { if (++depth > most) most = depth; } else if (c === 125 || c === 93) depth--;
  }
  return most;
}

function strings(v) { return isObj(v) && Object.keys(v).every(function (k) { return typeof v[k] === "string"; }); }
var FITS = {
  s: function (v) { return typeof v === "string"; },
  n: function (v) { return typeof v === "number" && isFinite(v); },
  o: strings,
  any: function () { return true; },
  planner: function (v) {
    return isObj(v) && (v.items === undefined || (Array.isArray(v.items) && v.items.every(function (i) {
      return strings(i) && (typeof i.id === "string" || typeof i.text === "string");
    }))) && ["minutes", "per_question"].every(function (k) { return v[k] === undefined || FITS.n(v[k]); });
  }
};
// A contact record (src/contacts.mjs): an id, texts and flags (status_manual); any other field kept.
function record(v) {
  return isObj(v) && typeof v.id === "string" && Object.keys(v).every(function (k) {
    return typeof v[k] === "string" || typeof v[k] === "boolean";
  });
}
var ITEMS = { ss: FITS.s, rows: strings, records: record }; // lists: each item checked on its own
var CONTACT_ID = /^[A-Za-z0-9_~-]{1,80}$/;

// The definition an id's answers are checked against: its own, or for "TOOL@CONTACTID" the
// tool's, when the tool works per contact.
function definition(schema, id) {
  var at = id.indexOf("@");
  var own = Object.prototype.hasOwnProperty;
  if (at === -1) return own.call(schema, id) ? schema[id] : undefined;
  var tool = own.call(schema, id.slice(0, at)) ? schema[id.slice(0, at)] : undefined;
  return tool && tool.per_contact && CONTACT_ID.test(id.slice(at + 1)) ? tool : undefined;
}

/* A document checked against the page's definitions: what does not fit is dropped and named. */
function conform(input, schema) {
  var dropped = [];
  var out = emptyDoc();
  Object.keys(input.worksheets).forEach(function (id) {
    var def = definition(schema, id);
    var fields = def && def.fields;
    if (!fields) { dropped.push(id); return; }
    var data = {};
    Object.keys(input.worksheets[id].data).forEach(function (f) {
      var v = input.worksheets[id].data[f];
      var type = fields[f];
      if (ITEMS[type] && Array.isArray(v)) {
        data[f] = v.filter(function (item, i) {
          var ok = ITEMS[type](item);
          if (!ok) dropped.push(id + "." + f + "[" + (i + 1) + "]");
          return ok;
        });
      } else if (FITS[type] && FITS[type](v)) data[f] = v;
      else dropped.push(id + "." + f);
    });
    out.worksheets[id] = { data: data, updated: input.worksheets[id].updated };
  });
  return { doc: out, dropped: dropped };
}

function readImport(text, schema) {
  if (typeof text !== "string") throw new ImportError("not-json");
  if (text.length > MAX_JSON_BYTES) throw new ImportError("too-large");
  if (depthOf(text) > MAX_DEPTH + 3) throw new ImportError("too-deep");
  var parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ImportError("not-json", e.message);
  }
  var read = migrate(parsed);
  if (JSON.stringify(read).length > STORAGE_CHARS) throw new ImportError("too-large");
  return schema ? conform(read, schema) : { doc: read, dropped: [] };
}

function replaceAll(newDoc) {
  doc = copy(newDoc);
  return write(null, "import");
}

function readFile(file) {
  if (file.size > MAX_JSON_BYTES) return Promise.reject(new ImportError("too-large"));
  return fileText(file);
}

// "Clear all": the answers, the keys beside them and a held text the reader was told of.
function clearAll() {
  if (storage) {
    takeKeys(storage, siteKeys(storage, KEY, FROM_OLD));
    if (heldText !== null) {
      try {
        storage.removeItem(KEY);
        heldText = null;
        base = emptyDoc();
        setProblem(null);
      } catch { /* then it stays held */ }
    }
  }
  doc = emptyDoc();
  return write(null, "clear");
}

function snapshot() {
  return { doc: copy(doc), keys: readKeys(storage, siteKeys(storage, KEY, FROM_OLD)), held: heldText };
}

// Put back what snapshot() saw: written as it was, never through an import's checks (an
// undo must not fail where the answers it restores were already kept).
function restore(snap) {
  if (!snap) return false;
  if (storage) putKeys(storage, snap.keys);
  if (snap.held !== null && storage) {
    try { storage.setItem(KEY, snap.held); } catch { /* the copy in memory is all there is */ }
    readStored(); // held again, with its notice
    doc = copy(snap.doc);
    notify(null, "import");
    return false;
  }
  doc = copy(snap.doc);
  return write(null, "import");
}

// One contact's answers in the per-person tools ("TOOL@CID").
function contactIds(cid) {
  return Object.keys(doc.worksheets).filter(function (id) { return cid && id.slice(id.indexOf("@") + 1) === cid && id.indexOf("@") > 0; });
}
function takeOut(ids) {
  var taken = {};
  ids.forEach(function (id) {
    if (!doc.worksheets[id]) return;
    taken[id] = copy(doc.worksheets[id]);
    delete doc.worksheets[id];
  });
  if (Object.keys(taken).length) write(Object.keys(taken), "remove");
  return taken;
}
function putBack(taken) {
  var ids = Object.keys(taken || {});
  ids.forEach(function (id) { doc.worksheets[id] = copy(taken[id]); });
  return ids.length ? write(ids, "import") : true;
}

// How much each worksheet or tool holds: items of lists, else answered fields.
function summary(d) {
  var out = {};
  var has = hasContent;
  Object.keys((d || doc).worksheets).forEach(function (id) {
    var data = (d || doc).worksheets[id].data;
    var n = 0;
    Object.keys(data).forEach(function (f) {
      n += Array.isArray(data[f]) ? data[f].filter(has).length : has(data[f]) ? 1 : 0;
    });
    if (n) out[id] = n;
  });
  return out;
}

// No form of ours ever submits to a URL (CSP form-action 'none' stops it too).
document.addEventListener("submit", function (event) { event.preventDefault(); }, true);

var api = {
  KEY: KEY,
  OLD_KEY: OLD_KEY,
  VERSION: VERSION,
  MAX_IMPORT_BYTES: MAX_IMPORT_BYTES,
  STORAGE_CHARS: STORAGE_CHARS,
  MAX_JSON_BYTES: MAX_JSON_BYTES,
  MAX_DEPTH: MAX_DEPTH,
  ImportError: ImportError,
  keyFor: keyFor,
  get: function (id) {
    var entry = doc.worksheets[id];
    return entry ? copy(entry.data) : {};
  },
  set: function (id, data) {
    if (!isObj(data)) throw new TypeError("WorksheetStore.set: data must be an object");
    doc.worksheets[id] = { data: copy(data), updated: new Date().toISOString() };
    return write([id], "set");
  },
  remove: function (id) {
    delete doc.worksheets[id];
    return write([id], "remove");
  },
  clear: clearAll,
  snapshot: snapshot,
  restore: restore,
  contactIds: contactIds,
  takeOut: takeOut,
  putBack: putBack,
  ids: function () { return Object.keys(doc.worksheets); },
  updated: function (id) { return doc.worksheets[id] ? doc.worksheets[id].updated : null; },
  onChange: function (fn) {
    changeListeners.push(fn);
    return function () { changeListeners = changeListeners.filter(function (f) { return f !== fn; }); };
  },
  beforeSync: function (fn) { syncListeners.push(fn); },
  onProblem: function (fn) {
    problemListeners.push(fn);
    if (problemCode) fn(problemCode);
  },
  problem: function () { return problemCode; },
  held: function () { return heldText; },
  downloadHeld: downloadHeld,
  startFresh: startFresh,
  notice: notice,
  offerUndo: offerUndo,
  exportText: exportText,
  download: function (filename) { saveFile(filename, exportText(), "application/json"); },
  saveFile: saveFile,
  readImport: readImport,
  replaceAll: replaceAll,
  readFile: readFile,
  importText: function (text) { return replaceAll(readImport(text).doc); },
  importFile: function (file) { return readFile(file).then(api.importText); },
  summary: summary,
  migrate: function (value, opts) { return migrate(copy(value), opts); }
};

export const WorksheetStore = api;
