/* A word said twice in a row ("tu Tu"): the check the message builder (message-checks.mjs,
 * which re-exports it) and the thank-you note run on the message as sent. Pure functions. */
import { fold } from "./fold.mjs";

// A word: letters and digits, with an inner apostrophe or hyphen ("don't", "e-mail").
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/* Words said twice in a row ("tu Tu", "de de"), as written, each pair once. */
export function doubledWords(text) {
  var found = [], seen = {}, last = null, m;
  var re = new RegExp(WORD.source, "gu");
  while ((m = re.exec(String(text || "")))) {
    var between = last ? String(text).slice(last.end, m.index) : null;
    if (last && /^[^\S\n]+$/.test(between) && fold(last.word) === fold(m[0])) {
      var pair = last.word + between + m[0];
      if (!seen[pair]) { seen[pair] = true; found.push(pair); }
    }
    last = { word: m[0], end: m.index + m[0].length };
  }
  return found;
}

/* A word said twice in a row. In the message as sent: "warn" (the reader's own text; "that
 * that" can be meant). Only where the template met the reader's text (`raw`, untidied): the
 * fill already sent it once, and the check says so ("warn", fixed), so the field gets fixed. */
export function doubledWordCheck(body, raw) {
  var found = doubledWords(body);
  if (found.length) return { id: "doubled-word", found: found, state: "warn" };
  var fixed = doubledWords(raw);
  return fixed.length ? { id: "doubled-word", found: fixed, fixed: true, state: "warn" }
    : { id: "doubled-word", found: [], state: "pass" };
}

