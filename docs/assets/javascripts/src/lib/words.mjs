/* A page's words and data for its scripts, by key, through one reader: pageData(key) -> the
 * parsed value, or null when the page carries none. Today the hooks write one block per piece;
 * this module is the one place that knows where each is:
 *   "tool-words"      script#tool-words (hooks/tool_words.py), with the shared words of
 *                     script.tool-words-more blocks after it (a key of the tool's own wins)
 *   "message-checks"  script#message-checks-data (hooks/message_checks.py)
 *   "contacts"        #contact-data (hooks/contacts.py) */

const BLOCKS = { "tool-words": "tool-words", "message-checks": "message-checks-data", contacts: "contact-data" };

function parsed(node) {
  return node ? JSON.parse(node.textContent) : null;
}

export function pageData(key) {
  const value = parsed(document.getElementById(BLOCKS[key] || key));
  if (key !== "tool-words") return value;
  const more = Array.from(document.querySelectorAll("script.tool-words-more"), parsed);
  if (!value && !more.length) return null;
  const words = value || {};
  for (const extra of more) {
    for (const name of Object.keys(extra)) if (!Object.hasOwn(words, name)) words[name] = extra[name];
  }
  return words;
}
