/* The keys beside the answers' own that hold the reader's text: the key of releases before
 * keys per site (`oldKey`), and this site's KEY + ":…" (the "start fresh" copies
 * KEY:unreadable[:n], the chosen contact KEY:contact; the worked example's KEY:example…, see
 * EXAMPLE in src/store.mjs, whose KEY is then KEY:example and whose old key is none). "Clear
 * all" takes them out with the answers and its undo puts them back (tests/test_backups.py
 * lists what is left). */

export function siteKeys(storage, key, oldKey) {
  var out = [];
  if (!storage) return out;
  try {
    for (var i = 0; i < storage.length; i++) {
      var k = storage.key(i);
      if (k === oldKey || (k && k.indexOf(key + ":") === 0)) out.push(k);
    }
  } catch { /* storage gone: nothing to take */ }
  return out;
}

/* {key: text} of `keys`. */
export function readKeys(storage, keys) {
  var out = {};
  keys.forEach(function (k) {
    try {
      var text = storage.getItem(k);
      if (text !== null) out[k] = text;
    } catch { /* unreadable: not kept */ }
  });
  return out;
}

/* The same, each removed from storage. */
export function takeKeys(storage, keys) {
  var taken = readKeys(storage, keys);
  keys.forEach(function (k) {
    try { storage.removeItem(k); } catch { /* left as it was */ }
  });
  return taken;
}

export function putKeys(storage, taken) {
  Object.keys(taken || {}).forEach(function (k) {
    try { storage.setItem(k, taken[k]); } catch { /* full: the answers themselves come first */ }
  });
}
