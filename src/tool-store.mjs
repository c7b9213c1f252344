/* Keep a tool's state in WorksheetStore under the tool's own id, so the site's export,
 * import and clear cover it. toolStore(id, {read, apply}):
 *   read()      -> the tool's current state (a plain object), saved after typing pauses
 *   apply(data) -> show saved state (at start, and when another tab or an import changes it)
 * `id` may be a function giving the id to use now (a per-contact tool: SiteContacts.answersId);
 * before the id changes call flush() (what is typed goes to the old id), then reload().
 * Returns {save, saveNow, flush, reload}; saveNow() is true only when the state was stored.
 * Works without storage too (nothing is kept then); every storage problem is named in a box
 * before the tool's form (WorksheetStore.notice), in the page's language. A bad stored value
 * must not stop the tool: apply() errors are reported and the tool starts empty.
 */
import { WorksheetStore as store } from "./store.mjs";
import { toolWords } from "./tool-words.mjs";
import { debounceSave } from "./lib/debounce-save.mjs";

const DELAY_MS = 300;
let noticeShown = false;

export function toolStore(id, handlers) {
  const idOf = typeof id === "function" ? id : () => id;
  // Saved once typing pauses, and at once when the page is hidden (src/lib/debounce-save.mjs).
  const saver = debounceSave(saveNow, DELAY_MS, window);

  function saveNow() {
    saver.cancel();
    if (!store) return false;
    return store.set(idOf(), handlers.read());
  }

  function apply() {
    try {
      handlers.apply(store.get(idOf()));
    } catch (e) {
      handlers.apply({});
      setTimeout(() => { throw e; });
    }
  }

  const save = saver.schedule;
  const flush = saver.flush;

  if (store) {
    if (!noticeShown) {
      noticeShown = true;
      store.notice(document.querySelector("form.tool"), toolWords());
    }
    apply();
    store.onChange((change) => {
      if (change.source === "set" && change.ids && change.ids[0] === idOf()) return; // our own save
      if (change.ids === null || change.ids.indexOf(idOf()) !== -1) apply();
    });
    store.beforeSync(flush);
  }
  return { save, saveNow, flush, reload() { if (store) apply(); } };
}
