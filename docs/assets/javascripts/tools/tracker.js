/* The contact tracker on docs/herramientas/registro.md: one row per contact, sorted by the
 * date of the next action, kept in WorksheetStore ("registro"), exported to and imported
 * from CSV (csv.js). Names can be taken from the target list worksheet. Every word comes
 * from the page (data/tools/registro.yml); the column and status labels in every language,
 * since an import accepts any. */
(function (root) {
  "use strict";

  var TOOL_ID = "registro";
  var LIST_ID = "lista-de-contactos"; // the target list worksheet (data/worksheets/)
  var MAX_IMPORT_BYTES = 1024 * 1024;

  // Stable ids (stored, and accepted in CSV). Their labels, in every language (an import
  // accepts any), are the "csv.status.ID" and "csv.column.ID" words of data/tools/registro.yml.
  var STATUSES = ["to-contact", "message-sent", "followed-up", "meeting-set", "met", "thanks-sent",
    "keep-in-touch"].map(function (id) { return { id: id }; });
  // Columns, in CSV order, and whether each holds a date.
  var COLUMNS = [
    { id: "name" }, { id: "organisation" }, { id: "status" }, { id: "sent", date: true },
    { id: "meeting", date: true }, { id: "next_action" }, { id: "next_date", date: true }, { id: "notes" }
  ];

  // Messages in the page's language (data/tools/registro.yml).
  var say = root.SiteTools.words();
  function label(kind, id, lang) { return say.every("csv." + kind + "." + id)[lang] || id; }
  function columnLabel(c, lang) { return label("column", c.id, lang); }
  var LANGUAGES = Object.keys(say.every("csv.column.name")); // every language a CSV may be in

  var fold = function (s) { return String(s || "").normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase(); };

  /* "2025-03-20" as the page's language writes it ("20 de marzo de 2025", "20 March 2025": its date locale), like the planner. */
  function shownDate(iso, lang) {
    var date = root.SiteTools.businessDays.parse(iso);
    return new Intl.DateTimeFormat(document.documentElement.getAttribute("data-date-locale") || lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  }

  function statusLabel(id, lang) {
    return label("status", id, lang);
  }

  /* Contacts with a next-action date first, earliest first; then the rest, by name. */
  function sorted(contacts) {
    return contacts.slice().sort(function (a, b) {
      var da = a.next_date || "\uffff", db = b.next_date || "\uffff";
      if (da !== db) return da < db ? -1 : 1;
      return String(a.name).localeCompare(String(b.name));
    });
  }

  /* sep: "," or ";" (what spreadsheets set to Spanish and most European languages read). */
  function toCSV(contacts, lang, sep) {
    var rows = [COLUMNS.map(function (c) { return columnLabel(c, lang); })];
    sorted(contacts).forEach(function (contact) {
      rows.push(COLUMNS.map(function (c) {
        return c.id === "status" ? statusLabel(contact.status, lang) : contact[c.id] || "";
      }));
    });
    return root.SiteTools.csv.stringify(rows, sep);
  }

  /* An ISO date, or a dd/mm/yyyy one (a spreadsheet's re-save) as ISO; null if neither. */
  function isoDate(value) {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    var iso = m ? m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2) : value;
    return root.SiteTools.businessDays.parse(iso) ? iso : null;
  }

  /* A stored contact as the tracker shows it: texts only, a known status (anything else
   * imported or stored is ignored), or null without an id and a name. */
  function clean(c) {
    if (!c || typeof c.id !== "string" || typeof c.name !== "string" || !c.name) return null;
    var out = { id: c.id };
    COLUMNS.forEach(function (col) { out[col.id] = typeof c[col.id] === "string" ? c[col.id] : ""; });
    if (!STATUSES.some(function (x) { return x.id === out.status; })) out.status = STATUSES[0].id;
    return out;
  }

  /* {ok: true, contacts} or {ok: false, message} (labels in `lang`, words the page's): all or nothing. */
  function fromCSV(text, lang) {
    function refuse(key, values) { return { ok: false, message: say(key, values) + " " + say("unchanged") }; }
    var parsed = root.SiteTools.csv.parse(text);
    if (!parsed.ok) return refuse(parsed.error.code, { line: parsed.error.line });
    var rows = parsed.rows;
    if (!rows.length) return refuse("empty");
    var header = rows[0].fields.map(fold);
    var known = [null].concat(LANGUAGES).some(function (key) {
      return header.length === COLUMNS.length && COLUMNS.every(function (c, i) {
        return fold(key ? columnLabel(c, key) : c.id) === header[i];
      });
    });
    if (!known) return refuse("header", { expected: COLUMNS.map(function (c) { return columnLabel(c, lang); }).join(", ") });
    var contacts = [];
    for (var r = 1; r < rows.length; r++) {
      var row = rows[r];
      if (row.fields.length !== COLUMNS.length) {
        return refuse("columns", { line: row.line, n: row.fields.length, want: COLUMNS.length });
      }
      var contact = { id: root.SiteTools.newId() };
      for (var i = 0; i < COLUMNS.length; i++) {
        var col = COLUMNS[i];
        var value = row.fields[i];
        if (col.date) {
          value = value.trim();
          if (value && !isoDate(value)) return refuse("date_either", { line: row.line, value: value, column: columnLabel(col, lang) });
          value = value && isoDate(value);
        }
        if (col.id === "status") {
          var wanted = fold(value);
          var match = STATUSES.filter(function (s) { return [s.id].concat(LANGUAGES.map(function (l) { return statusLabel(s.id, l); })).map(fold).indexOf(wanted) !== -1; })[0];
          if (!match) {
            return refuse("status", { line: row.line, value: value, all: STATUSES.map(function (s) { return statusLabel(s.id, lang); }).join(", ") });
          }
          value = match.id;
        }
        contact[col.id] = value;
      }
      if (!contact.name.trim()) return refuse("no_name", { line: row.line });
      contacts.push(contact);
    }
    return { ok: true, contacts: contacts };
  }

  function init(form) {
    // First of all: whatever fails below, the form never submits (the reader's notes in a URL).
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var lang = document.documentElement.lang;
    var fileName = say("file");
    var contacts = [];
    var editing = null;
    var inputs = {};
    COLUMNS.forEach(function (c) { inputs[c.id] = form.querySelector("[name=" + c.id + "]"); });
    var body = form.querySelector(".tracker__table tbody");
    var emptyNote = form.querySelector(".tracker__empty");
    var status = form.querySelector(".tracker__status");
    var problem = form.querySelector(".tracker__problem");
    var cancel = form.querySelector(".tracker__cancel");
    var fromList = form.querySelector(".tracker__from-list");
    var fileInput = form.querySelector(".tracker__file");

    STATUSES.forEach(function (s) {
      var option = document.createElement("option");
      option.value = s.id;
      option.textContent = statusLabel(s.id, lang);
      inputs.status.appendChild(option);
    });

    function tell(text) { problem.textContent = ""; status.textContent = text; }
    function complain(text) { status.textContent = ""; problem.textContent = text; }

    function render() {
      body.replaceChildren();
      sorted(contacts).forEach(function (contact) {
        var tr = document.createElement("tr");
        tr.dataset.id = contact.id;
        COLUMNS.forEach(function (c) {
          var cell = document.createElement(c.id === "name" ? "th" : "td");
          if (c.id === "name") cell.scope = "row";
          cell.dataset.column = c.id;
          if (c.date && contact[c.id] && root.SiteTools.businessDays.parse(contact[c.id])) {
            // Shown in the page's language; the stored value (and the CSV) stay ISO.
            var time = document.createElement("time");
            time.dateTime = contact[c.id];
            time.textContent = shownDate(contact[c.id], lang);
            cell.appendChild(time);
          } else {
            cell.textContent = c.id === "status" ? statusLabel(contact.status, lang) : contact[c.id] || "";
          }
          tr.appendChild(cell);
        });
        var actions = document.createElement("td");
        ["edit", "remove"].forEach(function (action) {
          var button = document.createElement("button");
          button.type = "button";
          button.className = "md-button tracker__" + action;
          button.dataset.action = action;
          button.textContent = say(action);
          // "Edit Ana Pérez": each button says whose row it acts on.
          var who = document.createElement("span");
          who.className = "visually-hidden";
          who.textContent = " " + contact.name;
          button.appendChild(who);
          actions.appendChild(button);
        });
        tr.appendChild(actions);
        body.appendChild(tr);
      });
      emptyNote.hidden = contacts.length > 0;
    }

    function fillList() {
      var list = root.WorksheetStore ? root.WorksheetStore.get(LIST_ID).contacts : null;
      var people = (Array.isArray(list) ? list : []).filter(function (p) { return p && String(p.name || "").trim(); });
      fromList.replaceChildren();
      var first = document.createElement("option");
      first.value = "";
      first.textContent = say("from_list");
      fromList.appendChild(first);
      people.forEach(function (p, i) {
        var option = document.createElement("option");
        option.value = String(i);
        option.textContent = p.organisation ? p.name + " (" + p.organisation + ")" : p.name;
        option.dataset.name = p.name;
        option.dataset.organisation = p.organisation || "";
        fromList.appendChild(option);
      });
      fromList.closest(".tool__field").hidden = people.length === 0;
      document.querySelector(".tracker__list-hint").hidden = people.length > 0;
    }

    function clearForm() {
      COLUMNS.forEach(function (c) { inputs[c.id].value = ""; });
      inputs.status.value = STATUSES[0].id;
      editing = null;
      cancel.hidden = true;
      fromList.value = "";
    }

    var store = root.SiteTools.toolStore(TOOL_ID, {
      read: function () { return { contacts: contacts }; },
      apply: function (data) {
        contacts = (Array.isArray(data.contacts) ? data.contacts : []).map(clean).filter(Boolean);
        render();
      }
    });
    if (root.WorksheetStore) {
      root.WorksheetStore.onChange(function (change) {
        if (change.ids === null || change.ids.indexOf(LIST_ID) !== -1) fillList();
      });
    }

    fromList.addEventListener("change", function () {
      var option = fromList.selectedOptions[0];
      if (!option || !option.value) return;
      inputs.name.value = option.dataset.name;
      inputs.organisation.value = option.dataset.organisation;
    });

    // What the reader did, said only if it was stored (else the storage notice says why not).
    function saved(text) { tell(store.saveNow() ? text : say("unsaved")); }

    form.addEventListener("submit", function (event) {
      if (!inputs.name.value.trim()) { complain(say("need_name")); inputs.name.focus(); return; }
      var bad = COLUMNS.filter(function (c) { return c.date && inputs[c.id].validity && !inputs[c.id].validity.valid; })[0];
      if (bad) { complain(say("bad_date", { column: columnLabel(bad, lang) })); inputs[bad.id].focus(); return; }
      var contact = { id: editing || root.SiteTools.newId() };
      COLUMNS.forEach(function (c) { contact[c.id] = inputs[c.id].value; });
      contacts = contacts.filter(function (c) { return c.id !== contact.id; }).concat([contact]);
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
      var contact = contacts.filter(function (c) { return c.id === id; })[0];
      if (!contact) return;
      if (button.dataset.action === "edit") {
        COLUMNS.forEach(function (c) { inputs[c.id].value = contact[c.id] || ""; });
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
          root.WorksheetStore.offerUndo(status, say("removed", { name: contact.name }), say("undo"), function () {
            contacts = contacts.filter(function (c) { return c.id !== id; }).concat([contact]);
            render();
            saved(say("restored", { name: contact.name }));
          });
        }
        inputs.name.focus();
      }
    });

    // The page's language sets the separator of the main button; the other one sits beside it.
    var exportButton = form.querySelector(".tracker__export");
    var mainSep = say("csv_separator"); // what spreadsheets in the page's language expect
    var other = exportButton.cloneNode(false);
    other.classList.replace("tracker__export", "tracker__export-other");
    other.textContent = say("export_other");
    exportButton.after(other);
    function exportWith(sep) {
      root.WorksheetStore.saveFile(fileName, toCSV(contacts, lang, sep), "text/csv;charset=utf-8");
      tell(say("exported", { n: contacts.length, file: fileName }));
    }
    exportButton.addEventListener("click", function () { exportWith(mainSep); });
    other.addEventListener("click", function () { exportWith(mainSep === ";" ? "," : ";"); });

    fileInput.addEventListener("change", function () {
      var file = fileInput.files[0];
      fileInput.value = "";
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES) { complain(say("too_large") + " " + say("unchanged")); return; }
      file.arrayBuffer().then(function (bytes) {
        var read = root.SiteTools.csv.decode(bytes);
        var result = fromCSV(read.text, lang);
        if (!result.ok) { complain(result.message); return; }
        // Replacing asks first, even for a file with no contacts at all.
        if (contacts.length && !root.confirm(say("import_confirm", { n: result.contacts.length, old: contacts.length }))) {
          tell(say("unchanged"));
          return;
        }
        contacts = result.contacts;
        clearForm();
        render();
        saved(say("imported", { n: contacts.length }) + " " + say("read_as", { encoding: read.encoding }));
      }).catch(function () { complain(say("unreadable") + " " + say("unchanged")); });
    });

    clearForm();
    fillList();
    render();
  }

  root.SiteTools = root.SiteTools || {};
  root.SiteTools.tracker = { STATUSES: STATUSES, COLUMNS: COLUMNS, sorted: sorted, toCSV: toCSV, fromCSV: fromCSV, clean: clean };

  document.querySelectorAll("form.tracker").forEach(init);
})(window);
