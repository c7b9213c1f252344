/* The undo offered after something that cannot be asked first (a contact removed, a sheet
 * reset, every answer cleared, an import that replaced them): `text` and an Undo button in
 * the status line `status`. Focus moves to the button, so a keyboard reader is on it wherever
 * the line is (WCAG 2.4.3), and it stays until the reader does something else (a click or a
 * field changed anywhere), never on a timer (2.2.1). Undo calls `fn`; focus then goes to what
 * `fn` returns (the thing restored) or where `fn` put it, else back to the control that was
 * used, else the status line: never to the page's body. Also WorksheetStore.offerUndo. */
import { el } from "./lib/dom.mjs";

export function offerUndo(status, text, label, fn) {
  var from = document.activeElement, b = el("button", { type: "button", className: "md-button" }, label);
  status.textContent = text + " ";
  status.append(b);
  // Captured at the document, so the click that made this offer has passed it already.
  function away(e) { if (e.target !== b) { off(); b.remove(); } }
  function off(add) { ["click", "input"].forEach(function (t) { document[add ? "addEventListener" : "removeEventListener"](t, away, true); }); }
  off(true);
  b.onclick = function () {
    off();
    status.textContent = "";
    // What fn returns, or where fn put focus itself; else the control used, else the line.
    var to = fn() || document.activeElement || document.body;
    if (to === document.body || !to.isConnected) to = from && from.isConnected && from !== document.body ? from : status;
    if (to.tabIndex < 0) to.tabIndex = -1;
    to.focus();
  };
  b.focus();
}
