/*
 * WorksheetStore: every worksheet's and tool's answers, kept in this browser only.
 *
 * One localStorage key (WorksheetStore.KEY) holds one versioned document:
 *   {"version": 2, "worksheets": {"<worksheetId>": {"data": {...}, "updated": "<ISO date>"}}}
 * so export, import and clear always cover everything. Older documents (version 1:
 * {"version": 1, "answers": {"<worksheetId>": {...}}}) are migrated when read.
 *
 * API (plain functions on window.WorksheetStore):
 *   get(id)            -> a copy of that worksheet's data object ({} when nothing is saved)
 *   set(id, data)      -> replace that worksheet's data and save now (callers debounce typing)
 *   remove(id)         -> forget one worksheet ("reset")
 *   clear()            -> forget everything
 *   ids()              -> ids of the worksheets that hold data
 *   updated(id)        -> ISO date of the last change to that worksheet, or null
 *   onChange(fn)       -> fn({ids: [...] | null, source}) after any change; source is
 *                         "set", "remove", "clear", "import" or "other-tab" (a second open tab
 *                         saved). ids null means "possibly all". Returns an unsubscribe function.
 *   onProblem(fn)      -> fn(code) once per page when storage stops working; code is
 *                         "unavailable" (private mode, blocked) or "quota" (full). The answers
 *                         stay in memory for this page. Called at once if it already happened.
 *   problem()          -> null, "unavailable" or "quota"
 *   exportText()       -> the whole document as pretty JSON text (what the export file holds)
 *   download(filename) -> save exportText() as a .json file through the browser
 *   saveFile(filename, text, type) -> offer any text as a file download
 *   importText(text)   -> replace everything with a previously exported document. Throws
 *                         WorksheetStore.ImportError (err.code: "too-large", "not-json",
 *                         "wrong-shape", "newer-version") and then changes nothing.
 *   importFile(file)   -> Promise for importText(file's text); rejects with ImportError,
 *                         checking the size (MAX_IMPORT_BYTES) before reading.
 *   migrate(doc)       -> the document brought to VERSION (throws ImportError if it can't be)
 *   VERSION, KEY, MAX_IMPORT_BYTES, ImportError
 *
 * Data values are whatever the caller stores (JSON only). The store never touches the DOM:
 * messages in the page's language are the caller's job.
 */
(function () {
  "use strict";

  var KEY = "entrevistas-informativas:answers";
  var VERSION = 2;
  var MAX_IMPORT_BYTES = 1024 * 1024;

  function ImportError(code, detail) {
    this.name = "ImportError";
    this.code = code;
    this.message = code + (detail ? ": " + detail : "");
  }
  ImportError.prototype = Object.create(Error.prototype);
  ImportError.prototype.constructor = ImportError;

  function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function emptyDoc() {
    return { version: VERSION, worksheets: {} };
  }

  // Each step turns version N into N+1; add one per schema change.
  var MIGRATIONS = {
    // v1 kept bare answers per worksheet; v2 wraps them to record when each changed.
    1: function (doc) {
      if (!isPlainObject(doc.answers)) throw new ImportError("wrong-shape", "answers");
      var worksheets = {};
      Object.keys(doc.answers).forEach(function (id) {
        var data = doc.answers[id];
        if (!isPlainObject(data)) throw new ImportError("wrong-shape", "answers." + id);
        worksheets[id] = { data: data, updated: null };
      });
      return { version: 2, worksheets: worksheets };
    }
  };

  function migrate(doc) {
    if (!isPlainObject(doc)) throw new ImportError("wrong-shape", "not an object");
    var version = doc.version;
    if (typeof version !== "number" || version !== Math.floor(version) || version < 1) {
      throw new ImportError("wrong-shape", "version");
    }
    if (version > VERSION) throw new ImportError("newer-version", String(version));
    while (doc.version < VERSION) doc = MIGRATIONS[doc.version](doc);
    validate(doc);
    return doc;
  }

  function validate(doc) {
    if (!isPlainObject(doc.worksheets)) throw new ImportError("wrong-shape", "worksheets");
    Object.keys(doc.worksheets).forEach(function (id) {
      var entry = doc.worksheets[id];
      if (!isPlainObject(entry) || !isPlainObject(entry.data)) {
        throw new ImportError("wrong-shape", "worksheets." + id);
      }
      if (entry.updated !== null && entry.updated !== undefined && typeof entry.updated !== "string") {
        throw new ImportError("wrong-shape", "worksheets." + id + ".updated");
      }
    });
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  // --- persistence: localStorage when it works, memory always ---------------------------

  var storage = null;
  var problemCode = null;
  var problemListeners = [];
  var changeListeners = [];

  try {
    storage = window.localStorage;
    var probe = KEY + ":probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
  } catch (e) {
    storage = null;
    problemCode = "unavailable";
  }

  // The page says so once: later failures add nothing the reader needs to know.
  function reportProblem(code) {
    if (problemCode) return;
    problemCode = code;
    problemListeners.forEach(function (fn) { fn(code); });
  }

  function readStored() {
    if (!storage) return emptyDoc();
    var text;
    try {
      text = storage.getItem(KEY);
    } catch (e) {
      reportProblem("unavailable");
      return emptyDoc();
    }
    if (!text) return emptyDoc();
    try {
      return migrate(JSON.parse(text));
    } catch (e) {
      // A damaged or unknown entry must not be overwritten unseen: keep a copy beside it.
      try { storage.setItem(KEY + ":unreadable", text); } catch (ignored) { /* memory only */ }
      return emptyDoc();
    }
  }

  var doc = readStored();
  var lastWritten = null;

  function write() {
    if (!storage) return;
    var text = JSON.stringify(doc);
    try {
      storage.setItem(KEY, text);
      lastWritten = text;
    } catch (e) {
      reportProblem(e && (e.name === "QuotaExceededError" || e.code === 22) ? "quota" : "unavailable");
    }
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

  // Another tab saved: take its document, and tell this page's scripts what changed.
  window.addEventListener("storage", function (event) {
    if (event.key !== KEY && event.key !== null) return;
    if (event.newValue !== null && event.newValue === lastWritten) return;
    var incoming = readStored();
    var changed = [];
    var all = {};
    Object.keys(doc.worksheets).concat(Object.keys(incoming.worksheets)).forEach(function (id) {
      all[id] = true;
    });
    Object.keys(all).forEach(function (id) {
      if (JSON.stringify(doc.worksheets[id]) !== JSON.stringify(incoming.worksheets[id])) changed.push(id);
    });
    doc = incoming;
    if (changed.length) notify(changed, "other-tab");
  });

  // --- public API -------------------------------------------------------------------------

  function get(id) {
    var entry = doc.worksheets[id];
    return entry ? copy(entry.data) : {};
  }

  function set(id, data) {
    if (!isPlainObject(data)) throw new TypeError("WorksheetStore.set: data must be an object");
    doc.worksheets[id] = { data: copy(data), updated: new Date().toISOString() };
    write();
    notify([id], "set");
  }

  function remove(id) {
    delete doc.worksheets[id];
    write();
    notify([id], "remove");
  }

  function clear() {
    doc = emptyDoc();
    write();
    notify(null, "clear");
  }

  function exportText() {
    return JSON.stringify(doc, null, 2) + "\n";
  }

  function download(filename) {
    saveFile(filename, exportText(), "application/json");
  }

  /* Offer text as a file download, no server involved (the tools' CSV and .ics files too). */
  function saveFile(filename, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function importText(text) {
    if (typeof text !== "string") throw new ImportError("not-json");
    if (text.length > MAX_IMPORT_BYTES) throw new ImportError("too-large");
    var parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new ImportError("not-json", e.message);
    }
    var migrated = migrate(parsed);
    doc = copy(migrated);
    write();
    notify(null, "import");
  }

  function importFile(file) {
    if (file.size > MAX_IMPORT_BYTES) return Promise.reject(new ImportError("too-large"));
    return file.text().then(importText);
  }

  window.WorksheetStore = {
    KEY: KEY,
    VERSION: VERSION,
    MAX_IMPORT_BYTES: MAX_IMPORT_BYTES,
    ImportError: ImportError,
    get: get,
    set: set,
    remove: remove,
    clear: clear,
    ids: function () { return Object.keys(doc.worksheets); },
    updated: function (id) { return doc.worksheets[id] ? doc.worksheets[id].updated : null; },
    onChange: function (fn) {
      changeListeners.push(fn);
      return function () { changeListeners = changeListeners.filter(function (f) { return f !== fn; }); };
    },
    onProblem: function (fn) {
      problemListeners.push(fn);
      if (problemCode) fn(problemCode);
    },
    problem: function () { return problemCode; },
    exportText: exportText,
    download: download,
    saveFile: saveFile,
    importText: importText,
    importFile: importFile,
    migrate: function (value) { return migrate(copy(value)); }
  };
})();
