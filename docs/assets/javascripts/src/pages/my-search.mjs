/* «Mi búsqueda»: where the search stands, what is due, and the backup of every answer. */
import "../expose.mjs";
import { startMySearch } from "../my-search.mjs";
import { startDueList } from "../due-list.mjs";
import { startExport } from "../export-button.mjs";

startExport(document);
startDueList(document);
startMySearch(document);
