/* The contact tracker's page (docs/herramientas/registro.md). What is due across contacts is
 * on «Mi búsqueda» (and the worksheets' index); each row here marks its own. */
import "../expose.mjs";
import { startTracker } from "../tracker.mjs";

document.querySelectorAll("form.tracker").forEach((form) => { startTracker(form); });
