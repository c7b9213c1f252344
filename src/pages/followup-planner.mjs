/* The 3B7 follow-up planner's page (docs/herramientas/seguimiento.md). */
import "../expose.mjs";
import { startPlanner } from "../followup-planner.mjs";

document.querySelectorAll("form.followup").forEach(startPlanner);
