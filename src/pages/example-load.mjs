/* The worked search's page (docs/una-busqueda.md): the control that loads it into the workspace. */
import { startExampleLoad } from "../example-load.mjs";

startExampleLoad(document);
