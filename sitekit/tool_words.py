"""The tools' interface words: one file per tool, data/tools/ID.yml (ID is the tool's id).

Same format and checks as the worksheets' data/worksheets/_ui.yml: `key: {es: ..., en: ...}`,
with "@name" filled in by the script; "form.*" words are the tool's form's, in its HTML
(sitekit/tool_forms.py), and `stored:` is not words. A page gets its own language only, as its "tool-words" data
(sitekit/page_data.py), which src/tool-words.mjs reads (through
lib/words.mjs).
Variants the script may ask for: "KEY.one" (a count of 1) and "KEY.<state>". Every tool
also has `nojs`, the note shown in the page instead of the tool when JavaScript is off.
A page may take the words of more files after its tool's (words several tools share, such
as data/tools/recordatorios.yml, or another tool's): their keys are merged in, without their note, and a key may
be in only one of a page's files.
"""

import html
from pathlib import Path

from sitekit import tool_forms, tool_stored, worksheets

NOJS = "nojs"  # the one key that goes into the page as text, not to the script
NOT_WORDS = (tool_stored.KEY,)  # a tool file's keys that are not its words
# Words-only files that several tools' pages take after their own (`md:tool-words TOOL SHARED`).
# The store's messages are in none of them: data/storage.yml holds them for every page whose
# tool has a store (`stored:`, hooks/tool_words.py). A page may also take
# another tool's file after its own («Mi búsqueda» names the steps with the tracker's words).
SHARED = ("recordatorios",)
EVERY_LANGUAGE = "csv."  # keys a file in any language may hold: they travel in every language


class ToolWordsError(ValueError):
    """A words file cannot be used; the message says what is wrong and where."""


def load_all(folder, langs):
    """{tool id: {key: {lang: text}}} for every data/tools/*.yml, each checked in `langs`; the words of its
    form ("form.*") are left out: they are in the form's HTML, not for its script."""
    found, problems = {}, []
    for path in sorted(Path(folder).glob("*.yml")):
        try:
            words = worksheets.load_words(path, langs, skip=NOT_WORDS)
        except worksheets.WorksheetError as exc:
            problems.append(str(exc))
            continue
        found[path.stem] = {key: texts for key, texts in words.items() if not key.startswith(tool_forms.FORM_WORDS)}
        if NOJS not in found[path.stem]:
            problems.append(f"{path}: missing '{NOJS}', the note shown instead of the tool when JavaScript is off")
    if problems:
        raise ToolWordsError("\n".join(problems))
    return found


def _one_language(words, lang):
    """The words a script reads, in `lang`; "csv." keys also in every language."""
    page = {key: texts[lang] for key, texts in words.items() if key != NOJS}
    every = {key: dict(texts) for key, texts in words.items() if key.startswith(EVERY_LANGUAGE)}
    if every:
        page["@every"] = every  # say.every(key) -> {lang: text} (src/lib/words.mjs sayFrom)
    return page


def page_words(words, lang, *more):
    """The page's "tool-words" data (sitekit/page_data.py): the tool's words of one language,
    then each of `more`'s keys (check() has made sure no two files share one)."""
    check(words, *more)
    out = _one_language(words, lang)
    for extra in more:
        for key, value in _one_language(extra, lang).items():
            out.setdefault(key, value)
    return out


def check(words, *more):
    """A key in two of a page's words files is an error: which one the script got would hang
    on the order of the marker's arguments."""
    seen = {key for key in words if key != NOJS}
    for extra in more:
        clash = sorted(seen & (set(extra) - {NOJS}))
        if clash:
            raise ToolWordsError(f"the same key in two words files of one page: {', '.join(clash)}")
        seen |= set(extra) - {NOJS}


def render(words, lang):
    """The note a reader without JavaScript sees instead of the tool (tools.css shows one or
    the other); the words themselves travel in the page's data (page_words)."""
    return f'<p class="tool-nojs admonition warning">{html.escape(words[NOJS][lang])}</p>'
