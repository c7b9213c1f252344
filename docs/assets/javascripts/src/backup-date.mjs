/* The day the reader last exported every answer (the worksheets' «Exportar»), so «Mi búsqueda»
 * can say how old their copy is. Only a date is kept, beside the answers' own key (so «Borrar
 * todo» clears it with them); storage that is blocked or full just keeps no date. */
import { WorksheetStore } from "./store.mjs";
import { localDay } from "./lib/local-day.mjs";

function key() { return WorksheetStore.KEY + ":last-backup"; }

export function recordBackup(now) {
  try { window.localStorage.setItem(key(), localDay(now)); } catch { /* nothing to tell: the export itself worked */ }
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
