/* The contact tracker's records without the page: the fields a contact has, how stored or
 * imported ones are cleaned, their order, and the CSV out (csv.mjs) with the labels of
 * data/tools/registro.yml in every language; in: contact-import.mjs. Tested by
 * tests/js/tracker-records.test.mjs. */
import * as steps from "./contact-steps.mjs";
import * as csv from "./csv.mjs";
import { SiteContacts as people } from "./contacts.mjs";

// Stable ids (stored, and accepted in CSV). Their labels, in every language (an import
// accepts any), are the "csv.status.ID" and "csv.column.ID" words of data/tools/registro.yml.
export const STATUSES = steps.STATUSES.map(function (id) { return { id: id }; });
// Columns, in CSV order, and whether each holds a date (data/contacts.yml csv and record). The
// first eight are the files of earlier versions; the rest were added after them, and the id
// last, so a file imported back keeps each contact's own answers in the other tools.
export const DATES = people.fields("date"); // every date field of a record
export const COLUMNS = people.CSV.map(function (id) {
  return { id: id, date: DATES.includes(id), flag: !people.FIELDS.includes(id) }; // not a text: a flag
});
export const LEGACY = 8;
const TEXTS = people.FIELDS; // the id too: clean() needs it a text already

/* Contacts with a next step first, earliest first; then the rest, by name. */
export function sorted(contacts, day) {
  return sortedBy(contacts, day, "next", 1);
}

const NONE = "\uffff"; // no next step: last, whichever way the dates go
// As localeCompare, made once (2,000 contacts), on the first sort that compares two names:
// making it costs a phone about 8 ms, which an empty list need not spend as the page starts.
var collator = null;

/* The tracker's orders (its column headers' buttons): by "next" step date (none last), by
 * "status" (the steps' order), or by "name"; dir -1 turns the list around. Ties go by name. */
export function sortedBy(contacts, day, by, dir) {
  day = day || steps.today();
  var keyed = contacts.map(function (c) {
    var next = by === "next" && steps.nextStep(c, day);
    var key = by === "next" ? (next ? next.date : NONE)
      : by === "status" ? steps.STATUSES.indexOf(steps.status(c, day)) : "";
    return { c: c, key: key, name: String(c.name) };
  });
  keyed.sort(function (a, b) {
    if (a.key !== b.key && (a.key === NONE || b.key === NONE)) return a.key === NONE ? 1 : -1; // either way
    if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * dir;
    collator = collator || new Intl.Collator();
    return collator.compare(a.name, b.name) * (by === "name" ? dir : 1);
  });
  return keyed.map(function (k) { return k.c; });
}

/* The contacts a table of `limit` rows holds: the first `limit` of `order`, then, past them,
 * the pinned ones ({id: true}: the contact just saved, or the one a link chose), in order. */
export function windowOf(order, limit, pinned) {
  return order.filter(function (c, i) { return i < limit || pinned[c.id] === true; });
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

  return { columnLabel, statusLabel, toCSV };
}
