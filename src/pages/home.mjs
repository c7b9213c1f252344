/* The home page: the returning reader's summary (home-summary.mjs). */
import { WorksheetStore } from "../store.mjs";
import { startHomeSummary } from "../home-summary.mjs";

startHomeSummary(document, WorksheetStore);
