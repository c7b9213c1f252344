/* A form's error beside the field it is about (WCAG 3.3.1): the message right after the
 * field (<span id="FIELD-error" class="field-error">), the field aria-invalid="true" and
 * described by the message as well as by what described it before. text "" clears both.
 * With `alert` (an error found on an action, where focus may be on the field already) the
 * message is announced as it appears, and goes once the reader changes the field; without it
 * (a check run as the reader types) it is the field's description only, the caller clearing it. */
export function fieldError(field, text, alert) {
  const id = field.id + "-error";
  let note = document.getElementById(id);
  const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter((i) => i && i !== id);
  if (text) {
    if (!note) {
      note = document.createElement("span");
      note.id = id;
      note.className = "field-error";
      if (alert) {
        note.setAttribute("role", "alert");
        field.addEventListener("input", () => fieldError(field, ""), { once: true });
      }
      field.after(note);
    }
    if (note.textContent !== text) note.textContent = text;
    ids.push(id);
  } else if (note) {
    note.remove();
  }
  if (text) field.setAttribute("aria-invalid", "true");
  else field.removeAttribute("aria-invalid");
  if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
  else field.removeAttribute("aria-describedby");
}
