/* The contact tracker's page (docs/herramientas/registro.md). What is due across contacts is
 * on «Mi búsqueda» (and the worksheets' index); each row here marks its own. */
import "../expose.mjs";
import { startTracker } from "../tracker.mjs";
import { WorksheetStore } from "../store.mjs";
import { HOLIDAYS_ID, countStoredHolidays } from "../contact-steps.mjs";

// The reader's public holidays count here too, as on «Mi búsqueda» (holiday-choice.mjs).
if (WorksheetStore) countStoredHolidays(WorksheetStore.get(HOLIDAYS_ID));
// The import's own script sits beside this one (tracker-import-loader.mjs).
const here = document.currentScript ? document.currentScript.src : "";
const importSrc = here.replace(/[^/]*$/, "tracker-import.js");
document.querySelectorAll("form.tracker").forEach((form) => { startTracker(form, importSrc); });
