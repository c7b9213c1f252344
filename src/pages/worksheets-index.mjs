/* The worksheets' index (docs/fichas/index.md): each worksheet's progress, the export and
 * import of every answer, as on a worksheet page, and what is due across the tracker's
 * contacts. */
import "../expose.mjs";
import { startProgress } from "../progress.mjs";
import { startWorksheets } from "../worksheets.mjs";
import { startDueList } from "../due-list.mjs";

startProgress();
startWorksheets(); // its data tools only: no worksheet, so no widgets
startDueList(document);
