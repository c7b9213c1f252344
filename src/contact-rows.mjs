/*
 * The target list's rows are the contacts themselves (data/contacts.yml `list`; issue 26 item 1):
 * each row shows one record's columns and carries its id. A row changed changes those fields of
 * its record (a name cleared: the "unnamed" word, as store version 4 names such a row); a row
 * with text and no record yet becomes one; a row removed removes its contact with its answers
 * in the per-person tools ("TOOL@ID"), and undo puts both back. Only what the reader changed
 * here is written: a contact added elsewhere meanwhile is never removed.
 * contactRows(columns) -> {shown(rows), save(rows) -> [{record, answers}] removed, putBack(item)};
 * LIST: {worksheet, field}; withRows(tool, data) -> data with the contacts as LIST.field's rows
 * when `tool` is LIST.worksheet and there are any (what the worksheet and its progress show).
 */
import { SiteContacts as people } from "./contacts.mjs";
import { WorksheetStore as Store } from "./store.mjs";
import { pageData } from "./lib/words.mjs";

export const LIST = (pageData("contacts") || {}).list || {};

export function withRows(tool, held) {
  var all = tool === LIST.worksheet ? Store.get(people.LIST_ID).contacts : null;
  all = (Array.isArray(all) ? all : []).filter(function (r) { return r && typeof r.id === "string" && r.id; });
  if (all.length) held[LIST.field] = all; // as kept: the list's order is the reader's
  return held;
}

export function contactRows(columns) {
  var before = {}; // id -> the row as last shown or saved
  function text(row, c) { return typeof row[c] === "string" ? row[c] : ""; }

  function shown(rows) {
    before = {};
    (Array.isArray(rows) ? rows : []).forEach(function (row) { if (row && row.id) before[row.id] = row; });
  }

  function save(rows) {
    var kept = {};
    var removed = [];
    rows.forEach(function (row) {
      var was = before[row.id];
      if (was) kept[row.id] = row;
      var changes = {};
      var any = false;
      columns.forEach(function (c) {
        if (was ? text(row, c) !== text(was, c) : text(row, c).trim()) { changes[c] = text(row, c); any = true; }
      });
      if (!any) return;
      if ((!was || "name" in changes) && !text(row, "name").trim()) changes.name = people.words("unnamed");
      changes.id = row.id;
      people.save(changes);
      kept[row.id] = row;
    });
    Object.keys(before).forEach(function (id) {
      var record = kept[id] ? null : people.get(id);
      if (!record) return;
      var answers = Store.takeOut(Store.contactIds(id));
      people.remove(id);
      removed.push({ record: record, answers: answers });
    });
    before = kept;
    return removed;
  }

  function putBack(item) {
    people.save(item.record);
    Store.putBack(item.answers);
  }

  return { shown: shown, save: save, putBack: putBack };
}
