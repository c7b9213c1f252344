/* The contact tracker's page (docs/herramientas/registro.md): what is due, then the tracker,
 * which hands the due list its contacts as it renders. */
import "../expose.mjs";
import { startDueList } from "../due-list.mjs";
import { startTracker } from "../tracker.mjs";

const due = startDueList(document);
document.querySelectorAll("form.tracker").forEach((form) => startTracker(form, { onRender: due && due.refresh }));
