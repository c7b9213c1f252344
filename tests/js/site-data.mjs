// What the build writes into a page for its scripts (the rules, a tool's words), made by the
// same Python that writes it (sitekit), so a node test reads what the page carries. Runs the
// project's virtualenv (make builds it; PYTHON overrides it).
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
  return python("from sitekit import message_checks as m; print(m.as_json(m.load()))");
}

/* pageData("tool-words") of a page with `<!-- md:tool-words ID MORE... -->` in `lang`: the
 * tool's words, then each shared file's (hooks/tool_words.py; words.mjs merges them so). */
export function toolWords(lang, ...ids) {
  return python(`
import json, sys
from sitekit import tool_words
words, out = tool_words.load_all(), {}
for tool in sys.argv[2:]:
    for key, text in json.loads(tool_words._json(words[tool], sys.argv[1])).items():
        out.setdefault(key, text)
print(json.dumps(out))`, lang, ...ids);
}
