// What the build writes into a page for its scripts (the rules, a tool's words), made by the
// same Python that writes it (sitekit), so a node test reads what the page carries. Runs the
// project's virtualenv (make builds it; PYTHON overrides it), on this project's mkdocs.yml.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PYTHON = process.env.PYTHON || path.join(ROOT, ".venv", "bin", "python");

function python(code, ...args) {
  return JSON.parse(execFileSync(PYTHON, ["-c", code, ...args], { cwd: ROOT, encoding: "utf8" }));
}

/* pageData("message-checks") as the builder's page carries it (hooks/message_checks.py). */
export function messageChecks() {
  return python(`
from sitekit import page_data, site_data
print(page_data.as_json(site_data.use("mkdocs.yml").message_checks))`);
}

/* pageData("tool-words") of a page with `<!-- md:tool-words ID MORE... -->` in `lang`: what
 * hooks/tool_words.py adds to the page (sitekit.tool_words.page_words). */
export function toolWords(lang, ...ids) {
  return python(`
import json, sys
from sitekit import site_data, tool_words
words = site_data.use("mkdocs.yml").tool_words
lang, first, *more = sys.argv[1:]
print(json.dumps(tool_words.page_words(words[first], lang, *[words[t] for t in more])))`, lang, ...ids);
}

/* pageData("contacts") of a page in `lang` (hooks/contacts.py): the record's fields, the roles, the words. */
export function contactsData(lang) {
  return python(`
import json, sys
from sitekit import contacts, site_data
print(json.dumps(contacts.page_data(site_data.use("mkdocs.yml").contacts, sys.argv[1])))`, lang);
}
