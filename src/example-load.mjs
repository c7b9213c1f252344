/* The control that loads the worked search (`<!-- md:example-load -->` inside the page's
 * `.example-load`, hooks/example_mode.py):
 * Carmen's contacts (page data "example", tracker records as her search stood on its `today`)
 * go into the example's own key with every date moved by the same number of days, so that her
 * day is the reader's today and the due list has work on it; then the flag is set and the
 * example opens (src/store.mjs): this page again, or the page the link marked
 * `.example-load__go` names. The reader's own answers are never read or written. */
import { WorksheetStore as Store } from "./store.mjs";
import { pageData } from "./lib/words.mjs";
import { localDay } from "./lib/local-day.mjs";

const DAY = 86400000;
const DATE = /\d{4}-\d{2}-\d{2}/g;

function shift(iso, by) { return new Date(Date.parse(iso) + by * DAY).toISOString().slice(0, 10); }

/* The stored document of the example on `day` (yyyy-mm-dd): version 3, the one the records
 * were written for, so that a later store migrates it as it migrates the reader's own. */
export function exampleDoc(example, day) {
  const by = Math.round((Date.parse(day) - Date.parse(example.today)) / DAY);
  const contacts = example.records.map((r) => {
    const out = {};
    Object.keys(r).forEach((k) => {
      const dated = typeof r[k] === "string" && (k === "done" || /^\d{4}-\d{2}-\d{2}$/.test(r[k]));
      out[k] = dated ? r[k].replace(DATE, (d) => shift(d, by)) : r[k];
    });
    return out;
  });
  return { version: 3, worksheets: { registro: { data: { contacts }, updated: new Date().toISOString() } } };
}

export function startExampleLoad(doc) {
  const example = pageData("example");
  const box = doc.querySelector(".example-load");
  // Only on the reader's own answers (the control is hidden while the example is on): the
  // store's KEY is then the site's, beside which the example's keys go.
  if (!example || !box || doc.documentElement.classList.contains("example-on")) return;
  const status = doc.querySelector(".example-load__status");
  box.querySelector(".example-load__button").addEventListener("click", () => {
    try {
      window.localStorage.setItem(Store.KEY + ":example", JSON.stringify(exampleDoc(example, localDay())));
      window.localStorage.setItem(Store.KEY + ":example-on", "1");
    } catch {
      try { window.localStorage.removeItem(Store.KEY + ":example"); } catch { /* nothing was kept */ }
      status.textContent = example.failed;
      return;
    }
    const go = doc.querySelector("a.example-load__go");
    if (go) window.location.assign(go.href); else window.location.reload();
  });
}
