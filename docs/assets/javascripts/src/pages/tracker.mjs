/* The contact tracker's page (docs/herramientas/registro.md). What is due across contacts is
 * on «Mi búsqueda» (and the worksheets' index); each row here marks its own. */
import "../expose.mjs";
import { startTracker } from "../tracker.mjs";
import { WorksheetStore } from "../store.mjs";
import { HOLIDAYS_ID, countStoredHolidays } from "../contact-steps.mjs";

// The reader's public holidays count here too, as on «Mi búsqueda» (holiday-choice.mjs).
if (WorksheetStore) countStoredHolidays(WorksheetStore.get(HOLIDAYS_ID));
document.querySelectorAll("form.tracker").forEach((form) => { startTracker(form); });
