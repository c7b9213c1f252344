/* What is due across contacts (contact-steps.mjs): the follow-ups due today and in the next
 * five working days, and the thank-yous owed within 24 hours of a meeting, in every
 * <section class="due-list"> of the page («Mi búsqueda», the worksheets' index). Each item
 * links to the tool that does it, for that contact: the page's .contact-tools links
 * (relative, so they work under /en/ and from file://) with ?contact=ID. Reads the tracker's
 * records from WorksheetStore ("registro") and follows their changes. Words:
 * data/tools/recordatorios.yml. Hidden while there are no contacts.
 * Each item offers what the reader did (due-actions.mjs): Done, Replied (day 3, day 7)
 * and Snooze (a day, a week), stored in the contact's record (so a reload and the export
 * keep it). The change is said in the list's status line; focus goes to the next item, else
 * to the list's heading. Day 3 and day 7 not stored count the reader's public holidays
 * (holiday-choice.mjs). */
import { WorksheetStore } from "./store.mjs";
import * as steps from "./contact-steps.mjs";
import { act as acted, SNOOZE } from "./due-actions.mjs";
import { parse, addDays } from "./business-days.mjs";
import { countSharedHolidays } from "./holiday-choice.mjs";
import { toolWords } from "./tool-words.mjs";
import { el } from "./lib/dom.mjs";
import { dateFormat } from "./lib/date-locale.mjs";

/* Sets up every due list of the page; returns {refresh(contacts)}, or null without one. */
export function startDueList(doc) {
  const boxes = doc.querySelectorAll("section.due-list");
  if (!boxes.length) return null;
  const say = toolWords();
  const format = dateFormat(doc, { weekday: "long" });
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

  // The step's name, for the buttons' names and what is said ("día 3").
  function stepName(kind) {
    return kind === "day3" ? say("step_day3") : kind === "day7" ? say("step_day7") : kind === "thanks" ? say("step_thanks") : say("step_next");
  }
  const key = (item) => [item.id, item.kind, item.date].join("|");
  let shown = {}; // key → item, for the buttons

  function actions(item) {
    const named = { step: stepName(item.kind), name: item.name };
    const buttons = [["done", say("due_done"), say("due_done_named", named)]];
    if (item.kind === "day3" || item.kind === "day7") buttons.push(["replied", say("due_replied"), say("due_replied_named", named)]);
    buttons.push(["day", say("due_snooze_day"), say("due_snooze_day_named", named)],
      ["week", say("due_snooze_week"), say("due_snooze_week_named", named)]);
    return el("span", { className: "due-list__actions" }, buttons.map(([action, text, label]) =>
      el("button", { type: "button", className: "md-button due-list__act", dataset: { action }, "aria-label": label }, text)));
  }

  function entry(item) {
    const li = el("li", { className: "due-list__item", dataset: { kind: item.kind, id: item.id, key: key(item) } });
    const when = el("strong", {}, [el("time", { dateTime: item.date }, format.format(parse(item.date)))]);
    if (item.late) when.append(" (" + say("due_late") + ")");
    li.append(when, ": " + what(item));
    const [to, text] = link(item);
    if (to) li.append(" ", el("a", { className: "due-list__link", href: to }, text));
    li.append(" ", actions(item));
    shown[key(item)] = item;
    return li;
  }

  // The parts of each box that stay while its list is drawn again: the heading (where focus
  // goes when no item is left), the status line (a live region must not be replaced) and
  // the undo of the last thing done, kept until the next.
  const parts = Array.from(boxes).map((box, i) => {
    const id = "due-title" + (i ? "-" + i : "");
    const title = el("h2", { className: "due-list__title", id, tabIndex: -1 }, say("due_title"));
    const body = el("div", { className: "due-list__body" });
    const said = el("p", { className: "due-list__said", role: "status" });
    const undo = el("button", { type: "button", className: "md-button due-list__undo", hidden: true }, say("due_undo"));
    box.setAttribute("aria-labelledby", id);
    box.replaceChildren(title, body, said, undo);
    return { box, title, body, said, undo };
  });
  let undoing = null; // {contact: the record as it was, item}

  function render(contacts) {
    countSharedHolidays();
    const due = steps.due(contacts, steps.today());
    shown = {};
    parts.forEach(({ box, body }) => {
      const content = [];
      if (!due.today.length && !due.week.length) content.push(el("p", { className: "due-list__none" }, say("due_none")));
      [["today", "due_today"], ["week", "due_week"]].forEach(([part, title]) => {
        if (due[part].length) content.push(el("div", { className: "due-list__" + part }, [el("h3", {}, say(title)), list(due[part])]));
      });
      body.replaceChildren(...content);
      box.hidden = contacts.length === 0;
    });
  }

  function stored() {
    const data = WorksheetStore ? WorksheetStore.get("registro") : {};
    return (Array.isArray(data.contacts) ? data.contacts : []).filter((c) => c && typeof c.id === "string" && typeof c.name === "string" && c.name);
  }

  // What the reader did with an item: stored in the contact's record, then said.
  function act(button) {
    const li = button.closest(".due-list__item");
    const part = parts.find((p) => p.box.contains(li));
    const item = li && shown[li.dataset.key];
    if (!item || !part) return;
    const data = WorksheetStore.get("registro");
    const list = Array.isArray(data.contacts) ? data.contacts : [];
    const contact = list.find((c) => c && c.id === item.id);
    const day = steps.today();
    const fields = contact && acted(contact, item, button.dataset.action, day);
    if (!fields) return;
    // Where focus goes once the list is drawn again: the first of the following items (else
    // the preceding ones) still listed, or the heading.
    const around = Array.from(part.box.querySelectorAll(".due-list__item"));
    const at = around.indexOf(li);
    const candidates = around.slice(at + 1).concat(around.slice(0, at).reverse()).map((x) => x.dataset.key);
    const named = { step: stepName(item.kind), name: item.name };
    const words = button.dataset.action === "done" ? (item.kind === "thanks" ? say("said_thanked", named) : say("said_done", named))
      : button.dataset.action === "replied" ? say("said_replied", named)
        : say("said_snoozed", { ...named, date: format.format(parse(addDays(day, SNOOZE[button.dataset.action]))) });
    put(list.map((c) => (c === contact ? { ...c, ...fields } : c)), data);
    const next = candidates.map((k) => part.box.querySelector('.due-list__item[data-key="' + CSS.escape(k) + '"] .due-list__act')).find(Boolean);
    (next || part.title).focus();
    undoing = { contact, item };
    tell(words, say("due_undo_named", named));
  }

  function put(list, data) {
    data.contacts = list;
    WorksheetStore.set("registro", data); // its change draws every list again
    render(stored());
  }

  function tell(words, undoName) {
    parts.forEach((p) => {
      p.said.textContent = words;
      p.undo.hidden = !undoName;
      if (undoName) p.undo.setAttribute("aria-label", undoName);
    });
  }

  // The undo puts the record back as it was, and focus on the item again.
  function undo(part) {
    if (!undoing) return;
    const { contact, item } = undoing;
    undoing = null;
    const data = WorksheetStore.get("registro");
    const list = Array.isArray(data.contacts) ? data.contacts : [];
    put(list.map((c) => (c && c.id === contact.id ? contact : c)), data);
    const back = part.box.querySelector('.due-list__item[data-key="' + CSS.escape(key(item)) + '"] .due-list__act');
    (back || part.title).focus();
    tell(say("said_undone", { step: stepName(item.kind), name: item.name }), "");
  }
  parts.forEach((part) => {
    part.box.addEventListener("click", (event) => {
      const button = event.target.closest && event.target.closest(".due-list__act");
      if (button) act(button);
    });
    part.undo.addEventListener("click", () => undo(part));
  });

  if (WorksheetStore) {
    WorksheetStore.onChange((change) => {
      if (change.ids === null || change.ids.indexOf("registro") !== -1 || change.ids.indexOf(steps.HOLIDAYS_ID) !== -1) render(stored());
    });
  }
  render(stored());
  return { refresh: render };
}
