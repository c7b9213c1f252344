/* The contact tracker on docs/herramientas/registro.md: one row per contact, sorted by the
 * date of the next action, kept in WorksheetStore ("registro"), exported to and imported
 * from CSV (csv.js). Names can be taken from the target list worksheet. */
(function (root) {
  "use strict";

  var TOOL_ID = "registro";
  var LIST_ID = "lista-de-contactos"; // the target list worksheet (data/worksheets/)
  var MAX_IMPORT_BYTES = 1024 * 1024;

  // Stable ids (stored, and accepted in CSV) with their label in each language.
  var STATUSES = [
    { id: "to-contact", es: "Por contactar", en: "To contact" },
    { id: "message-sent", es: "Mensaje enviado", en: "Message sent" },
    { id: "followed-up", es: "Seguimiento hecho", en: "Followed up" },
    { id: "meeting-set", es: "Reunión fijada", en: "Meeting set" },
    { id: "met", es: "Reunión hecha", en: "Met" },
    { id: "thanks-sent", es: "Gracias enviadas", en: "Thanks sent" },
    { id: "keep-in-touch", es: "Mantener el contacto", en: "Keep in touch" }
  ];
  // Columns, in CSV order: id, label per language, and whether it holds a date.
  var COLUMNS = [
    { id: "name", es: "Nombre", en: "Name" },
    { id: "organisation", es: "Organización", en: "Organisation" },
    { id: "status", es: "Estado", en: "Status" },
    { id: "sent", es: "Mensaje enviado el", en: "Message sent on", date: true },
    { id: "meeting", es: "Reunión el", en: "Meeting on", date: true },
    { id: "next_action", es: "Próximo paso", en: "Next action" },
    { id: "next_date", es: "Fecha del próximo paso", en: "Next action date", date: true },
    { id: "notes", es: "Notas", en: "Notes" }
  ];

  var TEXT = {
    es: {
      unchanged: " No se ha cambiado nada.",
      empty: "El archivo está vacío.",
      tooLarge: "El archivo pasa de 1 MB: no parece un registro exportado desde aquí.",
      unreadable: "No se ha podido leer el archivo.",
      "unclosed-quote": function (l) { return "Línea " + l + ": unas comillas se abren y no se cierran."; },
      "stray-quote": function (l) { return "Línea " + l + ": hay comillas dentro de un campo sin comillas (un campo con comillas va entero entre comillas y cada comilla interior se escribe doble)."; },
      header: function (expected) { return "Línea 1: la cabecera no es la de este registro. Debe ser: " + expected + "."; },
      columns: function (l, n, want) { return "Línea " + l + ": tiene " + n + (n === 1 ? " columna" : " columnas") + " y deben ser " + want + "."; },
      status: function (l, v, all) { return "Línea " + l + ": el estado «" + v + "» no existe. Usa uno de estos: " + all + "."; },
      date: function (l, v, col) { return "Línea " + l + ", columna «" + col + "»: «" + v + "» no es una fecha AAAA-MM-DD."; },
      noName: function (l) { return "Línea " + l + ": falta el nombre."; },
      imported: function (n) { return "Importado: " + n + (n === 1 ? " contacto" : " contactos") + ". Sustituyen a los que había."; },
      needName: "Escribe al menos el nombre del contacto.",
      badDate: function (col) { return "«" + col + "» debe ser una fecha válida o quedar vacía."; },
      added: function (n) { return "Guardado: " + n + "."; },
      removed: function (n) { return "Borrado: " + n + "."; },
      editing: function (n) { return "Editando a " + n + ". Cambia lo que quieras y guarda."; },
      edit: "Editar", remove: "Borrar",
      exported: function (n, f) { return "Descargado " + f + " con " + n + (n === 1 ? " contacto." : " contactos."); },
      file: "registro-de-contactos.csv",
      fromList: "Elige de tu lista…",
      none: "Aún no hay contactos."
    },
    en: {
      unchanged: " Nothing was changed.",
      empty: "The file is empty.",
      tooLarge: "The file is over 1 MB: it does not look like a tracker exported from here.",
      unreadable: "The file could not be read.",
      "unclosed-quote": function (l) { return "Line " + l + ": a quote opens and is never closed."; },
      "stray-quote": function (l) { return "Line " + l + ": a quote inside an unquoted field (a quoted field is quoted whole, and each quote inside it is doubled)."; },
      header: function (expected) { return "Line 1: the header is not this tracker's. It should be: " + expected + "."; },
      columns: function (l, n, want) { return "Line " + l + ": it has " + n + (n === 1 ? " column" : " columns") + "; there should be " + want + "."; },
      status: function (l, v, all) { return "Line " + l + ": there is no status \u201c" + v + "\u201d. Use one of: " + all + "."; },
      date: function (l, v, col) { return "Line " + l + ", column \u201c" + col + "\u201d: \u201c" + v + "\u201d is not a YYYY-MM-DD date."; },
      noName: function (l) { return "Line " + l + ": the name is missing."; },
      imported: function (n) { return "Imported " + n + (n === 1 ? " contact" : " contacts") + ", replacing the ones you had."; },
      needName: "Enter at least the contact's name.",
      badDate: function (col) { return "\u201c" + col + "\u201d must be a valid date or left empty."; },
      added: function (n) { return "Saved: " + n + "."; },
      removed: function (n) { return "Deleted: " + n + "."; },
      editing: function (n) { return "Editing " + n + ". Change what you need and save."; },
      edit: "Edit", remove: "Delete",
      exported: function (n, f) { return "Downloaded " + f + " with " + n + (n === 1 ? " contact." : " contacts."); },
      file: "contact-tracker.csv",
      fromList: "Pick from your list…",
      none: "No contacts yet."
    }
  };

  var fold = function (s) { return String(s || "").normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase(); };

  function statusLabel(id, lang) {
    var s = STATUSES.filter(function (x) { return x.id === id; })[0];
    return s ? s[lang] : id;
  }

  /* Contacts with a next-action date first, earliest first; then the rest, by name. */
  function sorted(contacts) {
    return contacts.slice().sort(function (a, b) {
      var da = a.next_date || "\uffff", db = b.next_date || "\uffff";
      if (da !== db) return da < db ? -1 : 1;
      return String(a.name).localeCompare(String(b.name));
    });
  }

  function toCSV(contacts, lang) {
    var rows = [COLUMNS.map(function (c) { return c[lang]; })];
    sorted(contacts).forEach(function (contact) {
      rows.push(COLUMNS.map(function (c) {
        return c.id === "status" ? statusLabel(contact.status, lang) : contact[c.id] || "";
      }));
    });
    return root.SiteTools.csv.stringify(rows);
  }

  /* {ok: true, contacts} or {ok: false, message} (in `lang`): all or nothing. */
  function fromCSV(text, lang) {
    var t = TEXT[lang];
    var parsed = root.SiteTools.csv.parse(text);
    if (!parsed.ok) return { ok: false, message: t[parsed.error.code](parsed.error.line) + t.unchanged };
    var rows = parsed.rows;
    if (!rows.length) return { ok: false, message: t.empty + t.unchanged };
    var header = rows[0].fields.map(fold);
    var known = ["id", "es", "en"].some(function (key) {
      return header.length === COLUMNS.length && COLUMNS.every(function (c, i) { return fold(c[key]) === header[i]; });
    });
    if (!known) {
      return { ok: false, message: t.header(COLUMNS.map(function (c) { return c[lang]; }).join(", ")) + t.unchanged };
    }
    var days = root.SiteTools.businessDays;
    var contacts = [];
    for (var r = 1; r < rows.length; r++) {
      var row = rows[r];
      if (row.fields.length !== COLUMNS.length) {
        return { ok: false, message: t.columns(row.line, row.fields.length, COLUMNS.length) + t.unchanged };
      }
      var contact = { id: newId() };
      for (var i = 0; i < COLUMNS.length; i++) {
        var col = COLUMNS[i];
        var value = row.fields[i];
        if (col.date) {
          value = value.trim();
          if (value && !days.parse(value)) return { ok: false, message: t.date(row.line, value, col[lang]) + t.unchanged };
        }
        if (col.id === "status") {
          var wanted = fold(value);
          var match = STATUSES.filter(function (s) { return [s.id, s.es, s.en].map(fold).indexOf(wanted) !== -1; })[0];
          if (!match) {
            return { ok: false, message: t.status(row.line, value, STATUSES.map(function (s) { return s[lang]; }).join(", ")) + t.unchanged };
          }
          value = match.id;
        }
        contact[col.id] = value;
      }
      if (!contact.name.trim()) return { ok: false, message: t.noName(row.line) + t.unchanged };
      contacts.push(contact);
    }
    return { ok: true, contacts: contacts };
  }

  function newId() {
    if (root.crypto && root.crypto.randomUUID) return root.crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function init(form) {
    var lang = document.documentElement.lang === "es" ? "es" : "en";
    var t = TEXT[lang];
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
      option.textContent = s[lang];
      inputs.status.appendChild(option);
    });

    function say(text) { problem.textContent = ""; status.textContent = text; }
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
          cell.textContent = c.id === "status" ? statusLabel(contact.status, lang) : contact[c.id] || "";
          tr.appendChild(cell);
        });
        var actions = document.createElement("td");
        [["edit", t.edit], ["remove", t.remove]].forEach(function (pair) {
          var button = document.createElement("button");
          button.type = "button";
          button.className = "md-button tracker__" + pair[0];
          button.dataset.action = pair[0];
          button.textContent = pair[1];
          // "Edit Ana Pérez": each button says whose row it acts on.
          var who = document.createElement("span");
          who.className = "md-visually-hidden tool__sr";
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
      first.textContent = t.fromList;
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
        contacts = Array.isArray(data.contacts) ? data.contacts.filter(function (c) { return c && c.id && c.name; }) : [];
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

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!inputs.name.value.trim()) { complain(t.needName); inputs.name.focus(); return; }
      var bad = COLUMNS.filter(function (c) { return c.date && inputs[c.id].validity && !inputs[c.id].validity.valid; })[0];
      if (bad) { complain(t.badDate(bad[lang])); inputs[bad.id].focus(); return; }
      var contact = { id: editing || newId() };
      COLUMNS.forEach(function (c) { contact[c.id] = inputs[c.id].value; });
      contacts = contacts.filter(function (c) { return c.id !== contact.id; }).concat([contact]);
      store.saveNow();
      render();
      say(t.added(contact.name));
      clearForm();
      inputs.name.focus();
    });

    cancel.addEventListener("click", function () { clearForm(); say(""); inputs.name.focus(); });

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
        say(t.editing(contact.name));
        inputs.name.focus();
      } else {
        contacts = contacts.filter(function (c) { return c.id !== id; });
        if (editing === id) clearForm();
        store.saveNow();
        render();
        say(t.removed(contact.name));
        inputs.name.focus();
      }
    });

    form.querySelector(".tracker__export").addEventListener("click", function () {
      root.SiteTools.saveFile(t.file, toCSV(contacts, lang), "text/csv;charset=utf-8");
      say(t.exported(contacts.length, t.file));
    });

    fileInput.addEventListener("change", function () {
      var file = fileInput.files[0];
      fileInput.value = "";
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES) { complain(t.tooLarge + t.unchanged); return; }
      file.text().then(function (text) {
        var result = fromCSV(text, lang);
        if (!result.ok) { complain(result.message); return; }
        contacts = result.contacts;
        clearForm();
        store.saveNow();
        render();
        say(t.imported(contacts.length));
      }, function () { complain(t.unreadable + t.unchanged); });
    });

    clearForm();
    fillList();
    render();
  }

  root.SiteTools = root.SiteTools || {};
  root.SiteTools.tracker = { STATUSES: STATUSES, COLUMNS: COLUMNS, sorted: sorted, toCSV: toCSV, fromCSV: fromCSV };

  document.querySelectorAll("form.tracker").forEach(init);
})(window);
