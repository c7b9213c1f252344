/* The backup of every answer: the JSON file both «Exportar» buttons download (the worksheets'
 * and «Mi búsqueda»'s), and the day it was last made, kept so «Mi búsqueda» can say how old
 * the reader's copy is. Only a date is kept, beside the answers' own key (so «Borrar todo»
 * clears it with them); storage that is blocked or full just keeps no date. */
import { WorksheetStore } from "./store.mjs";
import { localDay } from "./lib/local-day.mjs";

function key() { return WorksheetStore.KEY + ":last-backup"; }

/* Download every answer as `stem`-YYYY-MM-DD.json (the reader's local day) and note the day. */
export function downloadBackup(stem) {
  WorksheetStore.download(stem + "-" + localDay() + ".json");
  try { window.localStorage.setItem(key(), localDay()); } catch { /* nothing to tell: the export itself worked */ }
}

/* YYYY-MM-DD, or "" when there is none (or storage cannot be read). */
export function lastBackup() {
  try {
    const day = window.localStorage.getItem(key()) || "";
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "";
  } catch {
    return "";
  }
}
