"""The tools' forms: each is a template, overrides/hooks/tools/ID.html, that shows the words of
data/tools/ID.yml; a page asks for one with `<!-- md:tool-form ID -->` (hooks/tool_forms.py).

A template is the form's HTML; the pieces forms repeat are macros in
overrides/hooks/tools/fields.html. Its ids, names and classes are what the tool's script (src/)
looks for, and a field's name is stored with the reader's answers (`stored:` in the tool's
file). Every word comes from the file; a template is given, for the page's language:

    w                 the file's words, escaped as element content; a marker a word holds
                      (`<!-- md:job-words -->`) is left for the page's markers to render
    attr              the same words escaped as an attribute's value (an aria-label)
    lang              the page's language
    languages         the complete languages, each {value, label (its name in itself), lang}
    message_language  the one of them checked: the page's, or where a partial one's words come from
    linkedin_chars    the LinkedIn note limits (data/message-checks.yml), as texts

The words only a form shows are named "form.*": the page's HTML carries them, not its data
(sitekit/tool_words.py). A tool's file is checked against schemas/tool.schema.json (every
word in every language); each form is rendered in every language when it is loaded, so a word
its template asks for and the file lacks, an id used twice in the page (its «¿Para quién?»
picker's included), an id an attribute names (for, aria-*, href="#…") that is nowhere, or a
check (data-check) that names no word of the file stops the build, naming the file, the
template and the reason.
"""

import html
import re
import traceback
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import jinja2
from markupsafe import Markup

from sitekit import contacts, markers, schemas, tool_stored, untranslated

TEMPLATES = "hooks/tools"  # under overrides/: ID.html for each tool with a form
FORM_WORDS = "form."  # the words only the form shows (in the HTML, not in the page's data)
SCHEMA = schemas.path("tool")
_REFERS = ("for", "aria-describedby", "aria-labelledby", "aria-controls")  # attributes naming ids


class ToolFormError(ValueError):
    """A tool's file or form that cannot be used: names the file, the template and the reason."""


@dataclass(frozen=True)
class ToolForm:
    id: str
    path: Path  # data/tools/ID.yml
    template: str  # hooks/tools/ID.html, under overrides/
    words: dict  # {key: {lang: text}}
    linkedin_chars: tuple  # the limits the builder offers (message checks)


def load_all(site, folder=None):
    """{tool id: ToolForm} for every data/tools/ID.yml (of `site`, a SiteData, or `folder`)
    whose template overrides/hooks/tools/ID.html exists, each checked; raises ToolFormError."""
    folder = Path(folder or site.path("tools"))
    langs = site.languages.langs
    templates = set(site.partials.list_templates(filter_func=lambda name: name.startswith(f"{TEMPLATES}/")))
    forms, problems = {}, []
    for path in sorted(folder.glob("*.yml")):
        try:
            data = untranslated.read(path, ToolFormError)
        except ToolFormError as exc:
            problems.append(str(exc))
            continue
        found = schemas.problems("tool", data, langs, path)
        problems += found
        template = f"{TEMPLATES}/{path.stem}.html"
        if found or template not in templates:
            continue
        words = {key: value for key, value in data.items() if key != tool_stored.KEY}
        form = ToolForm(path.stem, path, template, words, tuple(site.message_checks["linkedin_chars"]))
        for lang in langs:
            try:
                page = contacts.picker_html(site, site.contacts, form.id, lang) + render(site, form, lang)
            except ToolFormError as exc:
                problems.append(str(exc))
                break
            found = [f"{path}: {template} ({lang}): {problem}" for problem in _id_problems(page, words)]
            if found:
                problems += found
                break
        forms[form.id] = form
    if problems:
        raise ToolFormError("\n".join(problems))
    return forms


# --- rendering -------------------------------------------------------------------------


def _content(text):
    """A text as element content (quotes stay as typed), any marker it holds left for the
    registry to render."""
    out, at = [], 0
    for match in markers.MARKER.finditer(text):
        out += [html.escape(text[at:match.start()], quote=False), match.group(0)]
        at = match.end()
    return Markup("".join(out + [html.escape(text[at:], quote=False)]))


def render(site, form, lang):
    """The tool's form in `lang` (a complete or partial language: a partial one's words are
    already filled in, sitekit/untranslated.py), from its template in `site`'s partials."""
    langs = site.languages
    context = {
        "lang": lang,
        "w": {key: _content(texts[lang]) for key, texts in form.words.items()},
        "attr": {key: Markup(html.escape(texts[lang], quote=True)) for key, texts in form.words.items()},
        "languages": [{"value": code, "label": _content(langs.names[code]), "lang": code if code != lang else None}
                      for code in langs.complete],
        "message_language": lang if lang in langs.complete else langs.words_source,
        "linkedin_chars": [str(n) for n in form.linkedin_chars],
    }
    try:
        # A block of its own in the page's Markdown.
        return site.partials.get_template(form.template).render(context) + "\n"
    except jinja2.UndefinedError as exc:
        word = re.fullmatch(r"'dict object' has no attribute '(.+)'", exc.message or "")
        why = f"no word {word.group(1)!r} in the file, which the template asks for" if word else exc.message
        raise ToolFormError(f"{site.shown(form.path)}: {_where(site, form.template, exc)}: {why}") from None


def _where(site, template, exc):
    """The form's template and its line where `exc` was raised (overrides/hooks/tools/ID.html:12):
    where it asks for the word, though a macro it calls may be what shows it."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.replace("\\", "/").endswith(f"/{template}"):
            return f"{site.shown(frame.filename)}:{frame.lineno}"
    return f"overrides/{template}"


# --- the ids ---------------------------------------------------------------------------


class _Ids(HTMLParser):
    """The ids of a page's piece, and those its attributes name."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.named, self.checks = [], [], []

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "id":
                self.ids.append(value)
            elif key in _REFERS and value:
                self.named += [(key, ref) for ref in value.split()]
            elif key == "href" and value and value.startswith("#") and len(value) > 1:
                self.named.append((key, value[1:]))
            elif key == "data-check":
                self.checks.append(value)


def _id_problems(page, words):
    parser = _Ids()
    parser.feed(page)
    parser.close()
    problems = [f"the id {each!r} is used twice in the page"
                for each in sorted({each for each in parser.ids if parser.ids.count(each) > 1})]
    problems += [f"{key}={ref!r} names no element of the page" for key, ref in parser.named if ref not in parser.ids]
    problems += [f"data-check={check!r} names no word of the file ({check!r} or '{check}.*')"
                 for check in parser.checks if not any(key == check or key.startswith(f"{check}.") for key in words)]
    return problems
