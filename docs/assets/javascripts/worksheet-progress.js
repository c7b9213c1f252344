/*
 * Worksheet progress: every .ws-progress element on the page says how many of its
 * worksheet's fields hold an answer ("3 of 7 answered"), from WorksheetStore, kept up to date.
 * The element carries data-worksheet, data-fields (space-separated ids) and data-format
 * ("@n of @total answered", in the page's language).
 *
 * window.WorksheetProgress.hasContent(value): what counts as answered. Text counts when it is
 * not blank; lists and objects when something inside counts; numbers and booleans never do
 * (they are settings, such as the planner's minutes, not answers).
 */
(function () {
  "use strict";

  function hasContent(value) {
    if (typeof value === "string") return value.trim() !== "";
    if (Array.isArray(value)) return value.some(hasContent);
    if (value && typeof value === "object") {
      return Object.keys(value).some(function (key) { return hasContent(value[key]); });
    }
    return false;
  }

  function fill(format, values) {
    return format.replace(/@(\w+)/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function update() {
    var store = window.WorksheetStore;
    document.querySelectorAll(".ws-progress[data-worksheet]").forEach(function (el) {
      var fields = (el.getAttribute("data-fields") || "").split(" ").filter(Boolean);
      var id = el.getAttribute("data-worksheet");
      // A per-contact worksheet counts the chosen contact's answers (contacts.js).
      var people = window.SiteContacts;
      var data = people && people.roles().tools[id] ? people.view(id, people.current(id)) : store.get(id);
      var answered = fields.filter(function (id) { return hasContent(data[id]); }).length;
      el.textContent = fill(el.getAttribute("data-format") || "@n/@total", { n: answered, total: fields.length });
    });
  }

  window.WorksheetProgress = { hasContent: hasContent, fill: fill, update: update };
  if (window.WorksheetStore) {
    update();
    window.WorksheetStore.onChange(update);
  }
})();
