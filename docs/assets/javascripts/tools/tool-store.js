/* Keep a tool's state in WorksheetStore under the tool's own id, so the site's export,
 * import and clear cover it. window.SiteTools.toolStore(id, {read, apply}):
 *   read()      -> the tool's current state (a plain object), saved after typing pauses
 *   apply(data) -> show saved state (at start, and when another tab or an import changes it)
 * Returns {save, saveNow}. Works without storage too (nothing is kept then). */
(function (root) {
  "use strict";

  var DELAY_MS = 300;

  root.SiteTools = root.SiteTools || {};
  root.SiteTools.toolStore = function (id, handlers) {
    var store = root.WorksheetStore;
    var timer = null;
    var writing = false;

    function saveNow() {
      root.clearTimeout(timer);
      timer = null;
      if (!store) return;
      writing = true;
      try { store.set(id, handlers.read()); } finally { writing = false; }
    }

    function save() {
      root.clearTimeout(timer);
      timer = root.setTimeout(saveNow, DELAY_MS);
    }

    if (store) {
      handlers.apply(store.get(id));
      store.onChange(function (change) {
        if (writing) return;
        if (change.ids === null || change.ids.indexOf(id) !== -1) handlers.apply(store.get(id));
      });
      // A change typed just before leaving the page is not lost to the delay.
      root.addEventListener("pagehide", function () { if (timer) saveNow(); });
    }
    return { save: save, saveNow: saveNow };
  };
})(window);
