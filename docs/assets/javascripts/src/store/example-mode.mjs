/* The example's mode: while a flag beside the answers' key is set (KEY:example-on), the store
 * reads and writes the example's own key (KEY:example) instead, so the reader's answers are
 * never read into the example nor written over; its side keys (the chosen contact, the backup's
 * day) are then KEY:example:…. Removing the example takes the flag, that key and its side keys,
 * and nothing else. overrides/main.html's head script reads the same flag to show the banner
 * (overrides/partials/example-banner.html) in the first paint; this wires its button. */
import { siteKeys, takeKeys } from "./site-keys.mjs";

export function exampleKey(key) { return key + ":example"; }
export function exampleFlag(key) { return key + ":example-on"; }

/* Whether the flag is set; `storage` null: the window's (blocked storage: no example). */
export function exampleOn(storage, key) {
  try { return !!(storage || window.localStorage).getItem(exampleFlag(key)); } catch { return false; }
}

/* Takes out everything of the example: its flag, its answers and the keys beside them. */
export function removeExample(storage, key) {
  takeKeys(storage, [exampleFlag(key), exampleKey(key)].concat(siteKeys(storage, exampleKey(key), null)));
}

/* The banner's button; and a page whose mode another tab changed (loaded or removed the
 * example) shows the other mode at once, so no tab writes into the mode it left. */
export function watchExample(storage, key, on) {
  var b = document.querySelector(".example-banner__remove");
  if (b && on) {
    b.addEventListener("click", function () {
      removeExample(storage, key);
      window.location.reload();
    });
  }
  window.addEventListener("storage", function (e) {
    if ((e.key === exampleFlag(key) || e.key === null) && exampleOn(storage, key) !== on) window.location.reload();
  });
}
