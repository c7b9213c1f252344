/* A form's error beside the field it is about (WCAG 3.3.1): the message right after the
 * field (<span id="FIELD-error" class="field-error">), the field aria-invalid="true" and
 * described by the message as well as by what described it before; text "" clears both.
 * With `alert` (an error found on an action, where focus may be on the field already) the
 * message is announced as it appears, and goes once the reader changes the field; without it
 * (a check run as the reader types) it is the field's description only, the caller clearing it. */
import { el } from "./dom.mjs";

export function fieldError(field, text, alert) {
  const id = field.id + "-error";
  const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter((i) => i && i !== id);
  const old = document.getElementById(id);
  if (old && old.textContent === text) return; // as it is: said once
  if (old) old.remove();
  field.removeAttribute("aria-invalid");
  if (text) {
    field.after(el("span", { id: id, className: "field-error", role: alert && "alert" }, text));
    field.setAttribute("aria-invalid", "true");
    ids.push(id);
    if (alert) field.addEventListener("input", () => fieldError(field, ""), { once: true });
  }
  field.setAttribute("aria-describedby", ids.join(" "));
}
