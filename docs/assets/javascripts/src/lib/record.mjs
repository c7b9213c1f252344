// The contact record's fields as data/contacts.yml declares them once (the page's "contacts"
// data, hooks/contacts.py): ids in order, of the given types (text, date, flag), and the
// tracker's CSV columns.
import { pageData } from "./words.mjs";

function declared() { return pageData("contacts") || {}; }

export function recordFields(types) {
  return (declared().record || []).filter(function (f) { return !types || types.indexOf(f.type) !== -1; })
    .map(function (f) { return f.id; });
}

export function csvColumns() {
  var type = {};
  (declared().record || []).forEach(function (f) { type[f.id] = f.type; });
  return (declared().csv || []).map(function (id) {
    return type[id] === "date" ? { id: id, date: true } : type[id] === "flag" ? { id: id, flag: true } : { id: id };
  });
}
