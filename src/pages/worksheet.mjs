// A worksheet page (hooks/worksheets.py marks it; overrides/main.html loads this script):
// the store, the contacts, progress and the worksheet forms with their widgets.
import "../expose.mjs";
import { startProgress } from "../progress.mjs";
import { startWorksheets } from "../worksheets.mjs";
import { rows } from "../widgets/rows.mjs";
import { planner } from "../widgets/planner.mjs";
import { shown } from "../widgets/shown.mjs";

startProgress();
startWorksheets({ rows, planner, shown });
