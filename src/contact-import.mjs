/* Contacts from a reader's own spreadsheet, without the page: which of the tracker's fields
 * each column holds (by its header, in any language the words carry: our export's column
 * labels and the "csv.alias.ID" words of data/tools/registro.yml), the order of dd/mm dates,
 * the rows as contacts, and how they join the ones already here. The preview that shows all
 * this before anything changes: tracker-import.mjs. Tested by tests/js/contact-import.test.mjs. */
import * as csv from "./csv.mjs";
import * as days from "./business-days.mjs";
import { COLUMNS, STATUSES, clean } from "./tracker-records.mjs";
import { newId } from "./lib/new-id.mjs";
import { fold } from "./lib/fold.mjs";

export const NOTES = "notes+"; // a column added to the notes, under its header
export const SKIP = "skip"; // a column left out
export const LAST_NAME = "last_name"; // a column joined to the name (first name, last name)
// Columns recognised though the tracker has no field for them: they go to the notes.
const TO_NOTES = ["email", "linkedin", "phone"];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function key(s) { return fold(s).replace(/\s+/g, " "); }

/* "name\norganisation", folded: two records with the same one are one person. */
export function personKey(c) { return key(c.name) + "\n" + key(c.organisation); }

function isoOf(value, order) {
  if (days.parse(value) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  var m = SLASHED.exec(value);
  if (!m) return null;
  var d = order === "month" ? m[2] : m[1], mo = order === "month" ? m[1] : m[2];
  var iso = m[3] + "-" + ("0" + mo).slice(-2) + "-" + ("0" + d).slice(-2);
  return days.parse(iso) ? iso : null;
}

export function importer(say) {
  const LANGUAGES = Object.keys(say.every("csv.column.name"));
  function label(id, lang) { return say.every("csv.column." + id)[lang] || id; }
  function refuse(k, values) { return { ok: false, message: say(k, values) + " " + say("unchanged") }; }

  // header (folded) -> target, from our labels, the ids and the aliases, in every language
  const known = {}, named = [];
  function learn(name, target) {
    var k = key(name);
    if (!k || k in known) return;
    known[k] = target;
    if (target === "name") named.push(name.trim());
  }
  COLUMNS.forEach(function (c) { learn(c.id, c.id); LANGUAGES.forEach(function (l) { learn(label(c.id, l), c.id); }); });
  COLUMNS.map(function (c) { return c.id; }).concat([LAST_NAME], TO_NOTES).forEach(function (id) {
    var all = say.every("csv.alias." + id);
    Object.keys(all).forEach(function (l) {
      all[l].split("|").forEach(function (name) { learn(name, TO_NOTES.indexOf(id) !== -1 ? NOTES : id); });
    });
  });
  /* The header names that give the name, for the message of a file with none. */
  function nameHeaders(lang) {
    var mine = [label("name", lang)].concat((say.every("csv.alias.name")[lang] || "").split("|"));
    return mine.concat(named.filter(function (n) { return n !== "name" && mine.map(key).indexOf(key(n)) === -1; })).join(", ");
  }

  /* The text as a table: {ok, sep, header, rows, targets} (targets: one per column, the
   * guess), or {ok: false, message} when it cannot be read or has no name column. */
  function read(text, lang) {
    var parsed = csv.parse(text);
    if (!parsed.ok) return refuse(parsed.error.code, { line: parsed.error.line });
    var rows = parsed.rows.filter(function (r) { return r.fields.some(function (f) { return f.trim() !== ""; }); });
    if (!rows.length) return refuse("empty");
    var header = rows[0].fields.map(function (h) { return h.trim(); });
    var taken = {};
    var targets = header.map(function (h) {
      var t = known[key(h)];
      if (!t || t === NOTES) return h ? NOTES : SKIP;
      if (taken[t]) return NOTES;
      taken[t] = true;
      return t;
    });
    if (!taken.name) {
      return refuse("no_name_column", { found: header.filter(Boolean).map(function (h) { return "«" + h + "»"; }).join(", ") || "—",
        accepted: nameHeaders(lang) });
    }
    return { ok: true, sep: parsed.sep, header: header, rows: rows.slice(1), targets: targets };
  }

  /* Which order the table's dd/mm/yyyy dates fit: {day, month, ambiguous} (ambiguous: some
   * date reads differently in each order, and every one fits both). */
  function dateOrders(table, targets) {
    var out = { day: true, month: true, ambiguous: false, any: false };
    var dated = targets.map(function (t) { return COLUMNS.some(function (c) { return c.id === t && c.date; }); });
    table.rows.forEach(function (row) {
      row.fields.forEach(function (value, i) {
        var m = dated[i] && SLASHED.exec(value.trim());
        if (!m) return;
        out.any = true;
        if (!isoOf(m[0], "day")) out.day = false;
        if (!isoOf(m[0], "month")) out.month = false;
        if (m[1] !== m[2]) out.different = true;
      });
    });
    out.ambiguous = out.any && out.day && out.month && !!out.different;
    return out;
  }

  /* The rows as contacts, each cleaned: {ok, contacts, given} (given: the fields the file
   * holds, which alone may change a contact already here), or {ok: false, message} naming the
   * line. targets[i] is what column i becomes; order "day" or "month" for dd/mm dates. */
  function contacts(table, targets, order, lang, day) {
    var yes = [].concat(LANGUAGES.map(function (l) { return key(say.every("csv.flag.yes")[l] || ""); }), ["1", "true", "x"]);
    var statusOf = {}; // folded label, in any language, an earlier version's label, or id -> id
    STATUSES.forEach(function (s) {
      var former = say.every("csv.alias.status." + s.id);
      var names = [s.id].concat(LANGUAGES.map(function (l) { return say.every("csv.status." + s.id)[l] || ""; }));
      Object.keys(former).forEach(function (l) { names = names.concat(former[l].split("|")); });
      names.forEach(function (n) { if (n && !(key(n) in statusOf)) statusOf[key(n)] = s.id; });
    });
    var cols = targets.map(function (t) { return COLUMNS.filter(function (c) { return c.id === t; })[0]; });
    var given = { name: true };
    targets.forEach(function (t) { if (t === NOTES) given.notes = true; else if (t !== SKIP && t !== LAST_NAME) given[t] = true; });
    var out = [];
    var ids = {};
    for (var r = 0; r < table.rows.length; r++) {
      var row = table.rows[r];
      if (row.fields.length !== table.header.length) {
        return refuse("columns", { line: row.line, n: row.fields.length, want: table.header.length });
      }
      var contact = {};
      var extra = [];
      for (var i = 0; i < targets.length; i++) {
        var t = targets[i];
        var value = row.fields[i];
        var col = cols[i];
        if (t === SKIP) continue;
        if (t === NOTES) { if (value.trim()) extra.push(table.header[i] + ": " + value); continue; }
        if (t === LAST_NAME) { contact.last = value.trim(); continue; }
        if (col.date) {
          value = value.trim();
          if (value && !isoOf(value, order)) {
            return refuse(order === "month" ? "date_month" : "date_either", { line: row.line, value: value, column: table.header[i] });
          }
          value = value && isoOf(value, order);
        }
        if (col.flag) value = yes.indexOf(key(value)) !== -1;
        // A line break is kept as a text box gives it (LF): spreadsheets keep no other.
        else if (!col.date) value = value.replace(/\r\n?/g, "\n");
        if (t === "status" && value.trim()) {
          var match = statusOf[key(value)];
          if (!match) {
            return refuse("status", { line: row.line, value: value,
              all: STATUSES.map(function (s) { return say.every("csv.status." + s.id)[lang] || s.id; }).join(", ") });
          }
          value = match;
        }
        contact[t] = value;
      }
      contact.name = [String(contact.name || "").trim(), contact.last].filter(Boolean).join(" ");
      delete contact.last;
      if (!contact.name) return refuse("no_name", { line: row.line });
      if (extra.length) contact.notes = [contact.notes].concat(extra).filter(Boolean).join("\n");
      // An id from the file (once each) keeps the contact's answers in the other tools.
      var own = typeof contact.id === "string" && ID.test(contact.id) && !ids[contact.id];
      contact.id = own ? contact.id : newId();
      ids[contact.id] = true;
      var cleaned = clean(contact, day);
      if (own) cleaned.fromFile = true; // the id was the file's (join takes the mark off)
      out.push(cleaned);
    }
    return { ok: true, contacts: out, given: given };
  }

  return { read, dateOrders, contacts, nameHeaders };
}

/* Copy of `old` with what `incoming` holds of the `given` fields: a value the file leaves
 * empty keeps the one here; notes the file adds are appended, never written over. */
function fill(old, incoming, given) {
  var out = {};
  Object.keys(old).forEach(function (k) { out[k] = old[k]; });
  Object.keys(given).forEach(function (k) {
    var v = incoming[k];
    if (k === "id" || (k === "name" || k === "organisation") && key(v) === key(old[k])) return; // the spelling here
    if (k === "notes") {
      if (v && String(old.notes || "").indexOf(v) === -1) out.notes = old.notes ? old.notes + "\n" + v : v;
      return;
    }
    if (k === "status_manual" ? v === true : v !== "" && v != null) out[k] = v;
  });
  if (given.status && incoming.status_manual && !given.status_manual) out.status_manual = true;
  return out;
}

/* The file's contacts joined to `here`. A contact of the file with the id of one here, or
 * else its name and organisation (personKey), completes that one; the file's repeats (the same
 * person twice, unless both carry ids of their own: two records of our export) become one.
 * With `replace` the file's contacts are all there is, each keeping what the other tools
 * stored in the contact of the same id. {contacts, added, merged, repeats}: the names of the
 * new ones, of the ones here completed, of the file's repeats. */
export function join(here, incoming, given, replace) {
  var list = [], byId = {}, byKey = {}, old = {};
  var added = [], merged = [], repeats = [];
  function put(c, fromHere, own) {
    byId[c.id] = list.length;
    if (!(personKey(c) in byKey)) byKey[personKey(c)] = list.length;
    list.push({ c: c, fromHere: fromHere, own: own });
  }
  here.forEach(function (c) { old[c.id] = c; if (!replace) put(c, true, true); });
  incoming.forEach(function (c) {
    var own = !!c.fromFile;
    var fresh = {};
    Object.keys(c).forEach(function (k) { if (k !== "fromFile") fresh[k] = c[k]; });
    var at = own && fresh.id in byId ? byId[fresh.id] : undefined;
    if (at === undefined) {
      var same = byKey[personKey(fresh)];
      if (same !== undefined && !(own && list[same].own && !list[same].fromHere)) at = same;
    }
    if (at !== undefined) {
      (list[at].fromHere ? merged : repeats).push(fresh.name);
      list[at].c = fill(list[at].c, fresh, given);
      return;
    }
    if (fresh.id in byId) fresh.id = newId(); // another person's id here
    if (replace && old[fresh.id]) fresh = Object.assign({}, old[fresh.id], fresh);
    put(fresh, false, own);
    added.push(fresh.name);
  });
  return { contacts: list.map(function (e) { return e.c; }), added: added, merged: merged, repeats: repeats };
}
