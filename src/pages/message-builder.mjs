/* The message builder's page (docs/herramientas/mensaje.md). */
import { expose } from "../expose.mjs";
import { MessageTemplate } from "../message-template.mjs";
import { startBuilder } from "../message-builder.mjs";

expose("MessageTemplate", MessageTemplate);
document.querySelectorAll("form.builder").forEach(startBuilder);
