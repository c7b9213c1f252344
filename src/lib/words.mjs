// The one channel from the build to our scripts (issue 16 item 2): every page that has
// scripts of ours carries one <script type="application/json" id="page-data"> (written by
// overrides/main.html from what the hooks add through sitekit/page_data.py), an object with
// one piece per key. pageData(key) is that piece, parsed once per page (undefined when the
// page has none). The keys, and the hook that adds each:
//   "contacts"        the contacts' roles and words (hooks/contacts.py, data/contacts.yml)
//   "schema"          every worksheet's and tool's fields, for an import (hooks/worksheets.py)
//   "templates"       {template id: the whole template} (hooks/message_templates.py, md:template-data)
//   "tool-words"      the page's tool words, shared files' words merged in (hooks/tool_words.py)
//   "message-checks"  the message builder's rules (hooks/message_checks.py, data/message-checks.yml)
//   "home"            the returning reader's summary words (hooks/home.py, data/home.yml)
//   "site"            the site's slug (hooks/site_slug.py; lib/site.mjs)
const ID = "page-data";
let read = null; // {doc, data}: the page it was read from, and what it holds

function pieces() {
  const doc = globalThis.document;
  if (!read || read.doc !== doc) {
    const node = doc && doc.getElementById(ID);
    let data = {};
    try {
      data = node ? JSON.parse(node.textContent) : {};
    } catch (e) {
      // A broken block is the build's bug: say so, and let each script fall back as without it.
      globalThis.setTimeout(() => { throw e; });
    }
    read = { doc: doc, data: data && typeof data === "object" ? data : {} };
  }
  return read.data;
}

export function pageData(key) {
  const data = pieces();
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

// "@name" in a text replaced by values.name (any name not in values stays as written, so
// a missing value shows): the one fill of the words' placeholders.
export function fillIn(text, values) {
  const given = values || {};
  return String(text).replace(/@(\w+)/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(given, name) ? String(given[name]) : whole);
}

// say(key, values) over the words of one language ({key: text, "@every": {key: {lang: text}}}):
// the text with "@name" filled (fillIn); when values.n is 1 the "KEY.one" text if there is
// one; a missing key comes back as itself, so it shows. say.has(key) tells whether a key
// exists; say.every(key) gives {lang: text} for words that travel in every language.
export function sayFrom(words) {
  const has = (key) => Object.prototype.hasOwnProperty.call(words, key);
  function say(key, values) {
    values = values || {};
    const text = values.n === 1 && has(key + ".one") ? words[key + ".one"] : has(key) ? words[key] : key;
    return fillIn(text, values);
  }
  say.has = has;
  say.every = (key) => (words["@every"] || {})[key] || {};
  return say;
}
