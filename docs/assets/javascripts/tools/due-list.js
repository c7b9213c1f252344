/* What is due across contacts (tools/contact-steps.js): the follow-ups due today and in the
 * next five working days, and the thank-yous owed within 24 hours of a meeting, in every
 * <section class="due-list"> of the page (the tracker, the worksheets' index). Each item
 * links to the tool that does it, for that contact: the page's .contact-tools links
 * (relative, so they work under /en/ and from file://) with ?contact=ID. Reads the tracker's
 * records from WorksheetStore ("registro") and follows their changes; the tracker also hands
 * them over as it renders (SiteTools.dueList.refresh). Words: data/tools/recordatorios.yml.
 * Hidden while there are no contacts. */
(function (root) {
  "use strict";

  var boxes = document.querySelectorAll("section.due-list");
  if (!boxes.length) return;
  var steps = root.SiteTools.contactSteps;
  var days = root.SiteTools.businessDays;
  var say = root.SiteTools.words();
  var lang = document.documentElement.lang;
  var format = new Intl.DateTimeFormat(document.documentElement.getAttribute("data-date-locale") || lang, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  var links = {};
  document.querySelectorAll(".contact-tools a[data-tool]").forEach(function (a) { links[a.dataset.tool] = a.getAttribute("href"); });

  function href(tool, id) {
    var base = links[tool];
    if (!base) return null;
    base = base.split(/[?#]/)[0];
    return id ? base + "?contact=" + encodeURIComponent(id) : base;
  }

  var el = root.SiteTools.el;

  function what(item) {
    var org = item.organisation || say("org_fallback");
    if (item.kind === "day3") return say("day3", { name: item.name, org: org });
    if (item.kind === "day7") return say("day7", { name: item.name });
    if (item.kind === "thanks") return say("thanks", { name: item.name });
    return item.action ? say("due_next", { name: item.name, action: item.action }) : say("due_next_blank", { name: item.name });
  }

  // The tool that does the step: a message to someone else at the organisation (day 3), to
  // the same person (day 7), the thank-you in the notes worksheet, the contact's row.
  function link(item) {
    if (item.kind === "day3") return [href("mensaje"), say("due_write_other", { org: item.organisation || say("org_fallback") })];
    if (item.kind === "day7") return [href("mensaje", item.id), say("due_write", { name: item.name })];
    if (item.kind === "thanks") return [href("notas", item.id), say("due_thank", { name: item.name })];
    return [href("registro", item.id), say("due_open", { name: item.name })];
  }

  function list(items) {
    var ul = el("ul", "due-list__items");
    items.forEach(function (item) {
      var li = el("li", "due-list__item");
      li.dataset.kind = item.kind;
      li.dataset.id = item.id;
      var time = el("time", "", format.format(days.parse(item.date)));
      time.dateTime = item.date;
      var when = el("strong", "");
      when.appendChild(time);
      if (item.late) when.append(" (" + say("due_late") + ")");
      li.append(when, ": " + what(item));
      var to = link(item);
      if (to[0]) {
        var a = el("a", "due-list__link", to[1]);
        a.href = to[0];
        li.append(" ", a);
      }
      ul.appendChild(li);
    });
    return ul;
  }

  function render(contacts) {
    var due = steps.due(contacts, steps.today());
    boxes.forEach(function (box, i) {
      var id = "due-title" + (i ? "-" + i : "");
      var title = el("h2", "due-list__title", say("due_title"));
      title.id = id;
      box.setAttribute("aria-labelledby", id);
      var parts = [title];
      if (!due.today.length && !due.week.length) parts.push(el("p", "due-list__none", say("due_none")));
      [["today", "due_today"], ["week", "due_week"]].forEach(function (pair) {
        if (!due[pair[0]].length) return;
        var part = el("div", "due-list__" + pair[0]);
        part.append(el("h3", "", say(pair[1])), list(due[pair[0]]));
        parts.push(part);
      });
      box.replaceChildren.apply(box, parts);
      box.hidden = contacts.length === 0;
    });
  }

  function stored() {
    var data = root.WorksheetStore ? root.WorksheetStore.get("registro") : {};
    return (Array.isArray(data.contacts) ? data.contacts : []).filter(function (c) {
      return c && typeof c.id === "string" && typeof c.name === "string" && c.name;
    });
  }

  root.SiteTools.dueList = { refresh: render };
  if (root.WorksheetStore) {
    root.WorksheetStore.onChange(function (change) {
      if (change.ids === null || change.ids.indexOf("registro") !== -1) render(stored());
    });
  }
  render(stored());
})(window);
