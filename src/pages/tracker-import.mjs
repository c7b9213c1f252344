/* The tracker's import, loaded by the tracker's page when the reader reaches it
 * (tracker-import-loader.mjs): it hands startImport over on window, the one name the two
 * scripts share. */
import { startImport } from "../tracker-import.mjs";

window.trackerImport = startImport;
