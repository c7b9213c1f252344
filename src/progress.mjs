/*
 * Worksheet progress: every .ws-progress element on the page says how many of its
 * worksheet's fields hold an answer ("3 of 7 answered"), from the store, kept up to date.
 * The element carries data-worksheet, data-fields (space-separated ids) and data-format
 * ("@n of @total answered", in the page's language). What counts as answered:
 * src/lib/answered.mjs.
 */
import { WorksheetStore as Store } from "./store.mjs";
import { SiteContacts as people } from "./contacts.mjs";
import { hasContent } from "./lib/answered.mjs";
import { withRows } from "./contact-rows.mjs";
import { fillIn } from "./lib/words.mjs";

export function updateProgress() {
  document.querySelectorAll(".ws-progress[data-worksheet]").forEach(function (el) {
    var fields = (el.getAttribute("data-fields") || "").split(" ").filter(Boolean);
    var id = el.getAttribute("data-worksheet");
    // A per-contact worksheet counts the chosen contact's answers (src/contacts.mjs).
    var per = !!people.roles().tools[id];
    var who = per ? people.current(id) : null;
    // The target list counts the contacts as its rows.
    var data = per ? people.view(id, who) : withRows(id, Store.get(id));
    // "date=meeting": that field is the chosen contact's record's (src/worksheets.mjs).
    var record = who ? people.get(who) : null;
    (el.getAttribute("data-record") || "").split(" ").forEach(function (pair) {
      var p = pair.split("=");
      if (record && record[p[1]]) data[p[0]] = record[p[1]];
    });
    var answered = fields.filter(function (f) { return hasContent(data[f]); }).length;
    el.textContent = fillIn(el.getAttribute("data-format") || "@n/@total", { n: answered, total: fields.length });
  });
}

/* Count now, and again after every change to the answers. */
export function startProgress() {
  updateProgress();
  Store.onChange(updateProgress);
}
