/* What is due across contacts (contact-steps.mjs): the follow-ups due today and in the next
 * five working days, and the thank-yous owed within 24 hours of a meeting, in every
 * <section class="due-list"> of the page («Mi búsqueda», the worksheets' index). Each item
 * links to the tool that does it, for that contact: the page's .contact-tools links
 * (relative, so they work under /en/ and from file://) with ?contact=ID. Reads the tracker's
 * records from WorksheetStore ("registro") and follows their changes. Words:
 * data/tools/recordatorios.yml. Hidden while there are no contacts. */
import { WorksheetStore } from "./store.mjs";
import * as steps from "./contact-steps.mjs";
import { parse } from "./business-days.mjs";
import { toolWords } from "./tool-words.mjs";
import { el } from "./lib/dom.mjs";
import { dateLocale } from "./lib/date-locale.mjs";

/* Sets up every due list of the page; returns {refresh(contacts)}, or null without one. */
export function startDueList(doc) {
  const boxes = doc.querySelectorAll("section.due-list");
  if (!boxes.length) return null;
  const say = toolWords();
  const format = new Intl.DateTimeFormat(dateLocale(doc), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  const links = {};
  doc.querySelectorAll(".contact-tools a[data-tool]").forEach((a) => { links[a.dataset.tool] = a.getAttribute("href"); });

  function href(tool, id) {
    const base = links[tool];
    if (!base) return null;
    const page = base.split(/[?#]/)[0];
    return id ? page + "?contact=" + encodeURIComponent(id) : page;
  }

  function what(item) {
    const org = item.organisation || say("org_fallback");
    if (item.kind === "day3") return say("day3", { name: item.name, org });
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
    const ul = el("ul", { className: "due-list__items" });
    items.forEach((item) => {
      try { ul.appendChild(entry(item)); } catch { /* one item that cannot be shown stops no other */ }
    });
    return ul;
  }

  function entry(item) {
    const li = el("li", { className: "due-list__item", dataset: { kind: item.kind, id: item.id } });
    const when = el("strong", {}, [el("time", { dateTime: item.date }, format.format(parse(item.date)))]);
    if (item.late) when.append(" (" + say("due_late") + ")");
    li.append(when, ": " + what(item));
    const [to, text] = link(item);
    if (to) li.append(" ", el("a", { className: "due-list__link", href: to }, text));
    return li;
  }

  function render(contacts) {
    const due = steps.due(contacts, steps.today());
    boxes.forEach((box, i) => {
      const id = "due-title" + (i ? "-" + i : "");
      const parts = [el("h2", { className: "due-list__title", id }, say("due_title"))];
      box.setAttribute("aria-labelledby", id);
      if (!due.today.length && !due.week.length) parts.push(el("p", { className: "due-list__none" }, say("due_none")));
      [["today", "due_today"], ["week", "due_week"]].forEach(([part, title]) => {
        if (due[part].length) parts.push(el("div", { className: "due-list__" + part }, [el("h3", {}, say(title)), list(due[part])]));
      });
      box.replaceChildren(...parts);
      box.hidden = contacts.length === 0;
    });
  }

  function stored() {
    const data = WorksheetStore ? WorksheetStore.get("registro") : {};
    return (Array.isArray(data.contacts) ? data.contacts : []).filter((c) => c && typeof c.id === "string" && typeof c.name === "string" && c.name);
  }

  if (WorksheetStore) {
    WorksheetStore.onChange((change) => {
      if (change.ids === null || change.ids.indexOf("registro") !== -1) render(stored());
    });
  }
  render(stored());
  return { refresh: render };
}
