/* The undo offered after something that cannot be asked first (a contact removed, a sheet
 * reset, every answer cleared, an import that replaced them): `text` and an Undo button in
 * the status line `status`. Focus moves to the button, so a keyboard reader is on it wherever
 * the line is (WCAG 2.4.3), and it stays until the reader does something else: a control
 * used or a field changed anywhere, never a timer (2.2.1). Undo calls `fn`; focus then goes
 * to what `fn` returns (the thing restored), else back to the control that was used, else the
 * status line: never to the page's body. Exposed as WorksheetStore.offerUndo too. */
export function offerUndo(status, text, label, fn) {
  var from = document.activeElement;
  var b = document.createElement("button");
  b.type = "button";
  b.className = "md-button";
  b.textContent = label;
  status.textContent = text + " ";
  status.appendChild(b);
  var events = ["click", "input", "change"];
  function stop() { events.forEach(function (t) { document.removeEventListener(t, elsewhere, true); }); }
  // Captured at the document, so the click that made this offer has passed it already.
  function elsewhere(event) {
    var at = event.target;
    if (at === b) return;
    if (b.isConnected && event.type === "click" && !(at.closest && at.closest("a, button, input, select, textarea, summary, label"))) return;
    stop();
    b.remove();
  }
  events.forEach(function (t) { document.addEventListener(t, elsewhere, true); });
  b.addEventListener("click", function () {
    stop();
    status.textContent = "";
    var to = fn();
    if (!(to && to.isConnected)) to = from && from.isConnected && from !== document.body ? from : status;
    if (!to.hasAttribute("tabindex") && to.tabIndex < 0) to.tabIndex = -1;
    to.focus();
  });
  b.focus();
}
