/* A tool's words in the page's language (data/tools/ID.yml, with any shared words files
 * after it: pageData("tool-words")) as say(key, values) -> text with "@name" filled from
 * values; when values.n is 1 the "KEY.one" text is used if there is one. say.has(key) tells
 * whether a key exists. A missing key comes back as itself, so it shows; say.every(key) gives
 * {lang: text} for the words that travel in every language ("csv." keys: an import accepts
 * any). */
import { pageData, sayFrom } from "./lib/words.mjs";

export function toolWords() {
  return sayFrom(pageData("tool-words") || {});
}
