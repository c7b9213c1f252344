/* The contact tracker's records without the page: the fields a contact has, how stored or
 * imported ones are cleaned, their order, and CSV out and in (csv.mjs) with the labels of
 * data/tools/registro.yml in every language. Tested by tests/js/tracker-records.test.mjs. */
import * as steps from "./contact-steps.mjs";
import * as days from "./business-days.mjs";
import * as csv from "./csv.mjs";
import { newId } from "./lib/new-id.mjs";
import { fold } from "./lib/fold.mjs";

function key(s) { return fold(s).trim(); }

// Stable ids (stored, and accepted in CSV). Their labels, in every language (an import
// accepts any), are the "csv.status.ID" and "csv.column.ID" words of data/tools/registro.yml.
export const STATUSES = steps.STATUSES.map(function (id) { return { id: id }; });
// Columns, in CSV order, and whether each holds a date. The first eight are the files of
// earlier versions (still imported); the rest were added after them, and the id last, so
// a file imported back keeps each contact's own answers in the other tools.
export const COLUMNS = [
  { id: "name" }, { id: "organisation" }, { id: "status" }, { id: "sent", date: true },
  { id: "meeting", date: true }, { id: "next_action" }, { id: "next_date", date: true }, { id: "notes" },
  { id: "role" }, { id: "connection" }, { id: "source" }, { id: "day3", date: true }, { id: "day7", date: true },
  { id: "thanked", date: true }, { id: "status_manual", flag: true }, { id: "id" }
];
export const LEGACY = 8;
const TEXTS = ["name", "organisation", "role", "connection", "source", "status", "sent", "day3", "day7", "meeting",
  "thanked", "next_action", "next_date", "notes"];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/* Contacts with a next step first, earliest first; then the rest, by name. */
export function sorted(contacts, day) {
  var keyed = contacts.map(function (c) {
    var next = steps.nextStep(c, day || steps.today());
    return { c: c, key: next ? next.date : "\uffff" };
  });
  keyed.sort(function (a, b) {
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return String(a.c.name).localeCompare(String(b.c.name));
  });
  return keyed.map(function (k) { return k.c; });
}

/* An ISO date, or a dd/mm/yyyy one (a spreadsheet's re-save) as ISO; null if neither. */
function isoDate(value) {
  var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  var iso = m ? m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2) : value;
  return days.parse(iso) ? iso : null;
}

/* A stored contact as the tracker shows it: its known fields as texts, a known status
 * (anything else imported or stored is ignored), status_manual a boolean (a record from
 * before it existed keeps a status the dates do not give as set by hand); every other
 * field kept as it was. null without an id and a name. */
export function clean(c, day) {
  if (!c || typeof c.id !== "string" || typeof c.name !== "string" || !c.name) return null;
  var out = {};
  Object.keys(c).forEach(function (k) { out[k] = c[k]; });
  TEXTS.forEach(function (k) { out[k] = typeof c[k] === "string" ? c[k] : ""; });
  if (!STATUSES.some(function (x) { return x.id === out.status; })) out.status = STATUSES[0].id;
  var known = typeof c.status === "string" && out.status === c.status;
  out.status_manual = typeof c.status_manual === "boolean" ? c.status_manual
    : known && out.status !== steps.fromDates(out, day || steps.today());
  return out;
}

/* The CSV side in the words `say` gives (the page's, or a test's): every language the words
 * carry labels for is one a CSV may be in. */
export function csvFor(say) {
  const LANGUAGES = Object.keys(say.every("csv.column.name"));
  function label(kind, id, lang) { return say.every("csv." + kind + "." + id)[lang] || id; }
  function columnLabel(c, lang) { return label("column", c.id, lang); }

  function statusLabel(id, lang) { return label("status", id, lang); }

  function flagText(value, lang) { return value ? label("flag", "yes", lang) : ""; }

  /* sep: "," or ";" (what spreadsheets set to Spanish and most European languages read). */
  function toCSV(contacts, lang, sep, day) {
    var rows = [COLUMNS.map(function (c) { return columnLabel(c, lang); })];
    sorted(contacts, day).forEach(function (contact) {
      rows.push(COLUMNS.map(function (c) {
        if (c.id === "status") return statusLabel(steps.status(contact, day || steps.today()), lang);
        if (c.flag) return flagText(contact[c.id], lang);
        return contact[c.id] || "";
      }));
    });
    return csv.stringify(rows, sep);
  }

  /* {ok: true, contacts} or {ok: false, message} (labels in `lang`, words the page's): all or
   * nothing. A file of an earlier version (its eight columns) is read too. */
  function fromCSV(text, lang, day) {
    function refuse(key, values) { return { ok: false, message: say(key, values) + " " + say("unchanged") }; }
    var parsed = csv.parse(text);
    if (!parsed.ok) return refuse(parsed.error.code, { line: parsed.error.line });
    var rows = parsed.rows;
    if (!rows.length) return refuse("empty");
    var header = rows[0].fields.map(key);
    var columns = [COLUMNS, COLUMNS.slice(0, LEGACY)].filter(function (cols) {
      return [null].concat(LANGUAGES).some(function (code) {
        return header.length === cols.length && cols.every(function (c, i) {
          return key(code ? columnLabel(c, code) : c.id) === header[i];
        });
      });
    })[0];
    if (!columns) return refuse("header", { expected: COLUMNS.map(function (c) { return columnLabel(c, lang); }).join(", ") });
    var yes = [].concat(LANGUAGES.map(function (l) { return key(label("flag", "yes", l)); }), ["1", "true", "x"]);
    var contacts = [];
    var taken = {};
    for (var r = 1; r < rows.length; r++) {
      var row = rows[r];
      if (row.fields.length !== columns.length) {
        return refuse("columns", { line: row.line, n: row.fields.length, want: columns.length });
      }
      var contact = {};
      for (var i = 0; i < columns.length; i++) {
        var col = columns[i];
        var value = row.fields[i];
        if (col.date) {
          value = value.trim();
          if (value && !isoDate(value)) return refuse("date_either", { line: row.line, value: value, column: columnLabel(col, lang) });
          value = value && isoDate(value);
        }
        if (col.flag) value = yes.indexOf(key(value)) !== -1;
        if (col.id === "status") {
          var wanted = key(value);
          var match = STATUSES.filter(function (s) { return [s.id].concat(LANGUAGES.map(function (l) { return statusLabel(s.id, l); })).map(key).indexOf(wanted) !== -1; })[0];
          if (!match) {
            return refuse("status", { line: row.line, value: value, all: STATUSES.map(function (s) { return statusLabel(s.id, lang); }).join(", ") });
          }
          value = match.id;
        }
        contact[col.id] = value;
      }
      if (!contact.name.trim()) return refuse("no_name", { line: row.line });
      // An id from the file (once each) keeps the contact's answers in the other tools.
      contact.id = typeof contact.id === "string" && ID.test(contact.id) && !taken[contact.id] ? contact.id : newId();
      taken[contact.id] = true;
      contacts.push(clean(contact, day));
    }
    return { ok: true, contacts: contacts };
  }

  return { columnLabel, statusLabel, toCSV, fromCSV };
}
