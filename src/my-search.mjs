/* «Mi búsqueda» (docs/herramientas/mi-busqueda.md): one line on where the search stands, the
 * contacts at each step (each count opens its list; a link opens the tracker at that step),
 * replies against messages sent (with the advice after ten messages and fewer than two
 * replies), the next conversation with its tools, and the date of the last backup. What is
 * due is due-list.mjs's, on the same page. Reads the tracker's records (WorksheetStore
 * "registro") and follows their changes. Words: data/tools/busqueda.yml, with registro.yml's
 * step names (csv.status.*). */
import { WorksheetStore } from "./store.mjs";
import { summarize } from "./search-summary.mjs";
import { today } from "./contact-steps.mjs";
import { parse } from "./business-days.mjs";
import { lastBackup } from "./backup.mjs";
import { toolWords } from "./tool-words.mjs";
import { el } from "./lib/dom.mjs";
import { dateFormat } from "./lib/date-locale.mjs";

export function startMySearch(doc) {
  const root = doc.querySelector(".my-search");
  if (!root) return null;
  const say = toolWords();
  const long = dateFormat(doc, { weekday: "long" });
  const withYear = dateFormat(doc, { year: "numeric" });
  const links = {};
  doc.querySelectorAll(".contact-tools a[data-tool]").forEach((a) => { links[a.dataset.tool] = a.getAttribute("href").split(/[?#]/)[0]; });
  const to = (tool, id) => (links[tool] ? links[tool] + (id ? "?contact=" + encodeURIComponent(id) : "") : null);
  const part = (name) => doc.querySelector(".my-search__" + name);
  const empty = part("line").textContent; // the page's own words for a search not started

  function steps(summary) {
    const list = el("ul", { className: "my-search__steps-list" });
    Object.keys(summary.byStatus).forEach((status) => {
      const people = summary.byStatus[status];
      if (!people.length) return;
      const names = el("ul", {}, people.map((c) => {
        const href = to("registro", c.id);
        return el("li", {}, [href ? el("a", { href, "aria-label": say("open_contact", { name: c.name }) }, c.name) : c.name]);
      }));
      const details = el("details", { dataset: { status } },
        [el("summary", {}, say("step_count", { status: say("csv.status." + status), n: people.length })), names]);
      // And the tracker showing this step's people only (its ?status= filter).
      const all = links.registro && el("a", { className: "my-search__step-open", href: links.registro + "?status=" + status },
        say("step_open", { status: say("csv.status." + status) }));
      list.appendChild(el("li", {}, all ? [details, all] : [details]));
    });
    part("steps").replaceChildren(list);
  }

  function next(summary) {
    const c = summary.next;
    if (!c) { part("next").replaceChildren(el("p", {}, say("next_none"))); return; }
    const when = long.format(parse(c.meeting));
    const tools = [["preguntas", "next_questions"], ["notas", "next_notes"]]
      .map(([tool, word]) => to(tool, c.id) && el("li", {}, [el("a", { href: to(tool, c.id) }, say(word, { name: c.name }))]))
      .filter(Boolean);
    part("next").replaceChildren(
      el("p", { className: "my-search__next-who" }, say("next", { name: c.name, org: c.organisation || say("org_fallback"), date: when })),
      el("ul", {}, tools));
  }

  function render(contacts) {
    const summary = summarize(contacts, today());
    root.hidden = summary.total === 0;
    part("line").textContent = summary.total
      ? say("summary", { total: summary.total, n: summary.total, sent: summary.sent, replied: summary.replied })
      : empty;
    part("replies").textContent = summary.sent
      ? say("replies", { sent: summary.sent, replied: summary.replied }) : say("replies_none");
    part("advice").hidden = !summary.advice;
    steps(summary);
    next(summary);
    backupLine();
  }

  function backupLine() {
    const backup = lastBackup();
    part("backup").textContent = backup ? say("backup_last", { date: withYear.format(parse(backup)) }) : say("backup_never");
  }
  // The export (backup.mjs) records its day as it downloads.
  doc.addEventListener("click", (event) => {
    if (event.target.closest && event.target.closest('.ws-data [data-action="export"]')) backupLine();
  });

  function stored() {
    const data = WorksheetStore.get("registro");
    return Array.isArray(data.contacts) ? data.contacts : [];
  }
  WorksheetStore.onChange(() => render(stored()));
  render(stored());
  if (window.performance && performance.mark) performance.mark("my-search-ready"); // scripts/bench-contacts
  return { refresh: render };
}
