/* «Mi búsqueda»: where the search stands, what is due, and the backup of every answer, and
 * the control that loads the worked example. */
import "../expose.mjs";
import { startMySearch } from "../my-search.mjs";
import { startDueList } from "../due-list.mjs";
import { startExport } from "../export-button.mjs";
import { startHolidayControl } from "../holiday-control.mjs";
import { startExampleLoad } from "../example-load.mjs";

startExport(document);
startHolidayControl(document); // before the due list: it counts the chosen days
startDueList(document);
startMySearch(document);
startExampleLoad(document);
