"""The tools' interface words: one file per tool, data/tools/ID.yml (ID is the tool's id).

Same format and checks as the worksheets' data/worksheets/_ui.yml: `key: {es: ..., en: ...}`,
with "@name" filled in by the script. A page gets its own language only, as JSON in a
`<script type="application/json" id="tool-words">` (the way the message checks' rules
travel), which docs/assets/javascripts/src/tool-words.mjs reads (through lib/words.mjs).
Variants the script may ask for: "KEY.one" (a count of 1) and "KEY.<state>". Every tool
also has `nojs`, the note shown in the page instead of the tool when JavaScript is off.
A page may take the words of more files after its tool's (words several tools share, such
as data/tools/recordatorios.yml): each comes as one more JSON block (`class="tool-words-more"`),
without its note, and a key may be in only one of a page's files.
"""

import html
from pathlib import Path

from sitekit import message_checks, worksheets

TOOLS_DIR = Path(__file__).resolve().parent.parent / "data" / "tools"
NOJS = "nojs"  # the one key that goes into the page as text, not to the script
# Words files that several tools' pages take after their own (`md:tool-words TOOL SHARED`):
# they carry no storage messages, since the page's own tool file does.
SHARED = ("recordatorios",)
EVERY_LANGUAGE = "csv."  # keys a file in any language may hold: they travel in every language


class ToolWordsError(ValueError):
    """A words file cannot be used; the message says what is wrong and where."""


def load_all(folder=TOOLS_DIR):
    """{tool id: {key: {lang: text}}} for every data/tools/*.yml, each checked."""
    found, problems = {}, []
    for path in sorted(Path(folder).glob("*.yml")):
        try:
            found[path.stem] = worksheets.load_words(path)
        except worksheets.WorksheetError as exc:
            problems.append(str(exc))
            continue
        if NOJS not in found[path.stem]:
            problems.append(f"{path}: missing '{NOJS}', the note shown instead of the tool when JavaScript is off")
    if problems:
        raise ToolWordsError("\n".join(problems))
    return found


def _json(words, lang):
    page = {key: texts[lang] for key, texts in words.items() if key != NOJS}
    every = {key: dict(texts) for key, texts in words.items() if key.startswith(EVERY_LANGUAGE)}
    if every:
        page["@every"] = every  # say.every(key) -> {lang: text} (src/tool-words.mjs)
    return message_checks.as_json(page)


def render(words, lang, *more):
    """The words of one language as the JSON the tool's script reads, and the note a reader
    without JavaScript sees instead of the tool (tools.css shows one or the other); then the
    words of each of `more` (files the page shares with other tools), without their note."""
    seen = {key for key in words if key != NOJS}
    for extra in more:
        clash = sorted(seen & (set(extra) - {NOJS}))
        if clash:
            raise ToolWordsError(f"the same key in two words files of one page: {', '.join(clash)}")
        seen |= set(extra) - {NOJS}
    out = (f'<script type="application/json" id="tool-words">{_json(words, lang)}</script>\n'
           f'<p class="tool-nojs admonition warning">{html.escape(words[NOJS][lang])}</p>')
    for extra in more:
        out += f'\n<script type="application/json" class="tool-words-more">{_json(extra, lang)}</script>'
    return out
