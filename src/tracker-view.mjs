/* Which contacts the tracker shows, and in what order: buttons in three column headers sort by
 * the next step's date, the status or the name (aria-sort on the header; again turns it
 * around), and a select shows one status only, the count beside it (announced). `?status=ID` in the
 * address (the links of «Mi búsqueda»'s steps) opens the list at that status. The window of rows
 * the table holds: tracker.mjs. */
import * as steps from "./contact-steps.mjs";
import { sortedBy } from "./tracker-records.mjs";
import { el } from "./lib/dom.mjs";

const SORTS = { next_date: "next", progress: "status", name: "name" }; // column -> order
const CAPTION = { next: "caption_next", status: "caption_status", name: "caption_name" };

/* changed(): the view changed (render again). */
export function startView(form, say, lang, statusLabel, changed) {
  var by = "next";
  var dir = 1;
  var filter = form.querySelector(".tracker__filter");
  var count = form.querySelector(".tracker__count");
  var caption = form.querySelector(".tracker__table caption");
  var heads = {};

  filter.appendChild(el("option", { value: "" }, say("filter_all")));
  steps.STATUSES.forEach(function (id) { filter.appendChild(el("option", { value: id }, statusLabel(id, lang))); });
  var asked = new URLSearchParams(location.search).get("status");
  if (steps.STATUSES.indexOf(asked) !== -1) filter.value = asked;

  Object.keys(SORTS).forEach(function (column) {
    var th = form.querySelector('.tracker__table thead th[data-head="' + column + '"]');
    var button = el("button", { type: "button", className: "tracker__sort" }, th.textContent);
    button.dataset.sort = SORTS[column];
    th.replaceChildren(button);
    heads[SORTS[column]] = th;
  });
  function mark() {
    Object.keys(heads).forEach(function (k) {
      if (k === by) heads[k].setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      else heads[k].removeAttribute("aria-sort");
    });
    caption.textContent = say(CAPTION[by]);
  }
  form.querySelector(".tracker__table thead").addEventListener("click", function (event) {
    var button = event.target.closest("button[data-sort]");
    if (!button) return;
    dir = by === button.dataset.sort ? -dir : 1;
    by = button.dataset.sort;
    mark();
    changed();
  });
  filter.addEventListener("change", changed); // the count, a live region, says how many
  mark();

  return {
    /* The contacts the filter lets through, in order. */
    arrange: function (contacts, day) {
      var shown = filter.value ? contacts.filter(function (c) { return steps.status(c, day) === filter.value; }) : contacts;
      try { return sortedBy(shown, day, by, dir); } catch { return shown; } // one odd record: unsorted, all shown
    },
    /* The count: how many the filter lets through (n) of how many (total), and how many of
     * them the table holds (rows; fewer once the list is longer than its window). */
    count: function (rows, n, total) {
      var text = filter.value ? say("count_of", { n: n, total: total }) : say("count", { n: total });
      count.textContent = rows < n ? say("count_window", { shown: rows, all: text }) : text;
    }
  };
}
