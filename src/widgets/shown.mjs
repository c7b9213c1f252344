/*
 * The "shown" field: another worksheet's answer, read-only, with a link to edit it there
 * (the crib sheet shows the story of «Tu historia en 30 segundos» and the chosen contact's
 * question plan). Nothing is copied: it is read from the store whenever it changes.
 * shown(field, ctx) -> {read(), write(value)}, the widget src/worksheets.mjs gives a "shown"
 * field; its own stored value (a crib sheet typed before it showed them) is kept as it was
 * and shows while the other worksheet's answer is empty.
 * The field carries data-from (worksheet), data-from-field and, for a question plan, the
 * bank's texts (data-questions). Reader text reaches the page through .textContent only.
 */
import { WorksheetStore as Store } from "../store.mjs";
import { SiteContacts as people } from "../contacts.mjs";
import { el } from "../lib/dom.mjs";

export function shown(field, ctx) {
  var source = field.getAttribute("data-from");
  var part = field.getAttribute("data-from-field");
  var bank = JSON.parse(field.getAttribute("data-questions") || "null");
  var box = field.querySelector(".ws-shown-text");
  var empty = field.querySelector(".ws-shown-empty");
  var link = field.querySelector(".ws-shown-edit a");
  var base = link.getAttribute("href");
  var own = "";

  // A per-contact source (the question plan) is the chosen contact's.
  function perContact() { return !!people.roles().tools[source]; }

  function texts() {
    var value = Store.get(perContact() ? people.answersId(source, ctx.contact()) : source)[part];
    if (!bank) return typeof value === "string" && value.trim() ? [value] : [];
    var items = value && Array.isArray(value.items) ? value.items : [];
    return items.map(function (i) { return i && (i.id ? bank[i.id] : i.text); })
      .filter(function (t) { return typeof t === "string" && t.trim(); });
  }

  function render() {
    var found = texts();
    var mine = !found.length && own.trim() !== "";
    box.replaceChildren();
    (mine ? [own] : found).forEach(function (text) { box.appendChild(el(bank && !mine ? "li" : "p", {}, text)); });
    field.classList.toggle("ws-has-answer", found.length > 0 || mine);
    empty.hidden = found.length > 0 || mine;
    var who = perContact() ? ctx.contact() : null;
    link.setAttribute("href", who ? base + "?contact=" + encodeURIComponent(who) : base);
  }

  Store.onChange(render);
  return {
    read: function () { return own; },
    write: function (value) {
      own = typeof value === "string" ? value : "";
      render();
    }
  };
}
