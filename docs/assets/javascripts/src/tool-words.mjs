/* A tool's words in the page's language (data/tools/ID.yml, with any shared words files
 * after it: pageData("tool-words")) as say(key, values) -> text with "@name" filled from
 * values; when values.n is 1 the "KEY.one" text is used if there is one. say.has(key) tells
 * whether a key exists. A missing key comes back as itself, so it shows; say.every(key) gives
 * {lang: text} for the words that travel in every language ("csv." keys: an import accepts
 * any). */
import { pageData } from "./lib/words.mjs";

export function toolWords() {
  return sayFrom(pageData("tool-words") || {});
}

/* say() over words of one language ({key: text, "@every": {key: {lang: text}}}). */
export function sayFrom(words) {
  const has = (key) => Object.hasOwn(words, key);
  function say(key, values) {
    values = values || {};
    const text = values.n === 1 && has(key + ".one") ? words[key + ".one"] : has(key) ? words[key] : key;
    return text.replace(/@(\w+)/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
  }
  say.has = has;
  say.every = (key) => (words["@every"] || {})[key] || {};
  return say;
}
