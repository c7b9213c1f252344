/* The import's code (tracker-import.mjs, its preview and the CSV reading) is a script of its
 * own, assets/javascripts/tracker-import.js, fetched the first time the reader reaches the
 * import (focus, a tap, a file chosen, rows pasted), so the tracker's page carries less. A
 * script element with the page script's own address works from file:// too. What the reader
 * did before it arrived (a file chosen, a button pressed, rows pasted) is done again once it
 * runs. */
const EVENTS = ["focusin", "pointerdown", "change", "click", "paste", "input", "dragenter"];
const AGAIN = ["change", "paste", "input"]; // and a click on a button

/* start(startImport): called once the script has run; failed(): it could not be fetched. */
export function lazyImport(fieldset, src, start, failed) {
  var held = [];
  var loading = false;
  function hold(event) {
    if (AGAIN.indexOf(event.type) !== -1 || (event.type === "click" && event.target.closest("button"))) {
      held.push([event.target, event.type]);
    }
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = src;
    script.onload = function () {
      EVENTS.forEach(function (type) { fieldset.removeEventListener(type, hold, true); });
      start(window.trackerImport);
      held.splice(0).forEach(function (pair) { pair[0].dispatchEvent(new Event(pair[1], { bubbles: true })); });
    };
    script.onerror = function () { loading = false; held = []; script.remove(); failed(); };
    document.body.appendChild(script);
  }
  EVENTS.forEach(function (type) { fieldset.addEventListener(type, hold, true); });
}
