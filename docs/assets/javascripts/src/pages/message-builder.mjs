/* The message builder's page (docs/herramientas/mensaje.md). */
import "../expose.mjs";
import { startBuilder } from "../message-builder.mjs";

document.querySelectorAll("form.builder").forEach(startBuilder);
