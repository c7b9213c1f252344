"""Worksheets: load their definitions (data/worksheets/*.yml), check them, render HTML forms.

One YAML file per worksheet defines it for both languages; field ids are shared, so answers
typed on the Spanish page show on the English one. Files whose name starts with "_" are
shared by all worksheets: `_options.yml` (named option lists, e.g. the four reasons) and
`_ui.yml` (the interface's own words).

A definition (its full shape, checked first, is the JSON Schema schemas/worksheet.schema.json):

    title: {es: "...", en: "..."}
    summary: {es: "...", en: "..."}      # one line for the worksheets index
    print_pages: {blank: 1, filled: 2}   # sheets it prints empty; most it prints filled (A4, Letter)
    fields:
      - id: reason_detail                # lower_snake_case, unique in the file
        type: textarea                   # text, date, textarea, choice, multi, scale, rows, planner, shown
        label: {es: "...", en: "..."}
        help: {es: "...", en: "..."}     # optional
        lines: 4                         # textarea: lines printed when it is empty

Type-specific keys: `options` (choice, multi; a list of {id, label} or the name of a list
in _options.yml), `min`/`max` (scale), `columns` and `rows: {screen, print}` (rows: a table
of text/choice/scale columns), `minutes`, `per_question` and `questions` (planner; each
question {id, reason, tiara, es, en}, tags naming items of the `reasons` and `tiara` lists),
`from: {worksheet, field}` and `edit` (shown: another worksheet's answer, read-only, with a
link to edit it there), `record` (date, on a per-contact worksheet: the contact's record field
it shows and edits, e.g. the notes' date is the record's `meeting`), `adds_contacts`
(textarea: each line a person the reader can add as a contact, src/suggested-people.mjs).

The HTML, in the worksheet partials of overrides/hooks/, works without JavaScript (a printable form with
a note saying nothing is saved); src/worksheets.mjs brings it to life. Reader-typed text never passes
through here: it only ever reaches the page through the browser's text APIs.
"""

import functools
import html
import json
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import jinja2
import jinja2.ext
import yaml
from markupsafe import Markup

from sitekit import languages, schemas, untranslated

# The definitions' shape: an editor's YAML language server checks it as one types (modeline at
# the top of each file); load_all checks it first, then what a schema cannot say.
SCHEMA = schemas.path("worksheet")
_FILE_ID = re.compile(r"^[a-z][a-z0-9-]*$")


class WorksheetError(ValueError):
    """A definition that cannot be used: names the file and every field at fault."""


@dataclass(frozen=True)
class Worksheet:
    id: str
    path: Path
    title: dict
    summary: dict
    print_pages: dict
    fields: tuple  # dicts, checked, with shared option lists resolved

    def field_ids(self):
        return [f["id"] for f in self.fields]


# --- loading and checking --------------------------------------------------------------


def load_all(folder, langs):
    """{id: Worksheet} for every definition in `folder`, each checked against
    schemas/worksheet.schema.json in `langs` (the site's languages) and then by hand; raises
    WorksheetError."""
    folder = Path(folder)
    options = _read(folder / "_options.yml") if (folder / "_options.yml").exists() else {}
    problems = schemas.problems("options", options, langs, folder / "_options.yml")
    if not problems:
        problems = [problem for name, items in options.items()
                    for problem in _duplicates(items, f"{folder / '_options.yml'}: {name}")]
    if not isinstance(options, dict):
        options = {}
    worksheets = {}
    for path in sorted(folder.glob("*.yml")):
        if path.name.startswith("_"):
            continue
        try:
            worksheets[path.stem] = _build(path, _read(path), options, langs)
        except WorksheetError as exc:
            problems.append(str(exc))
    problems += _check_shown(worksheets)
    if problems:
        raise WorksheetError("\n".join(problems))
    return worksheets


def _check_shown(worksheets):
    """A shown field names a worksheet and a field of it that holds text or a question plan."""
    problems = []
    for ws in worksheets.values():
        for field in ws.fields:
            if field["type"] != "shown":
                continue
            source = field["from"]
            there = worksheets.get(source.get("worksheet"))
            kinds = {f["id"]: f["type"] for f in there.fields} if there else {}
            if kinds.get(source.get("field")) not in ("text", "textarea", "planner"):
                problems.append(f"{ws.path}: fields ({field['id']}).from: expected {{worksheet, field}} naming a "
                                f"text, textarea or planner field of another worksheet, got {source!r}")
    return problems


def load_ui(folder, langs):
    """The worksheets' interface words (data/worksheets/_ui.yml)."""
    return load_words(Path(folder) / "_ui.yml", langs)


def load_words(path, langs, skip=()):
    """Interface words from a YAML file, {key: {lang: text}}, checked against
    schemas/words.schema.json in `langs` (the site's languages); top-level keys in `skip` are
    not words (a tool's `form:`, sitekit/tool_forms.py)."""
    data = _read(path)
    if isinstance(data, dict):
        data = {key: value for key, value in data.items() if key not in skip}
    problems = schemas.problems("words", data, langs, path)
    if problems:
        raise WorksheetError("\n".join(problems))
    return data


def _read(path):
    try:
        return untranslated.load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise WorksheetError(f"{path}: not valid YAML: {exc}") from None
    except OSError as exc:
        raise WorksheetError(f"{path}: cannot read: {exc}") from None


def files_with(folder, key, problems):
    """(path, data) of each YAML file in `folder` that holds `key` (data/tools/: its form, what
    it stores); a file that cannot be read adds its message to `problems`."""
    for path in sorted(Path(folder).glob("*.yml")):
        try:
            data = _read(path)
        except WorksheetError as exc:
            problems.append(str(exc))
            continue
        if isinstance(data, dict) and key in data:
            yield path, data


def _check_text(value, where, required=True):
    """A {lang: text} mapping of non-empty strings, one per language (sitekit/tool_forms.py;
    the data files' texts are checked by their schemas)."""
    if value is None and not required:
        return []
    if not isinstance(value, dict):
        every = "{" + ", ".join(f"{lang}: ..." for lang in languages.LANGS) + "}"
        return [f"{where}: expected {every}, got {type(value).__name__}"]
    problems = [f"{where}: missing text for '{lang}'" for lang in languages.LANGS
                if not isinstance(value.get(lang), str) or not value.get(lang).strip()]
    extra = set(value) - set(languages.LANGS)
    if extra:
        problems.append(f"{where}: unknown language(s) {', '.join(sorted(map(str, extra)))}")
    return problems


def schema_problems(path, data, langs):
    """Every way `data` breaks schemas/worksheet.schema.json, one line each: file, key, reason
    ("data/worksheets/notas.yml: fields[1] (date).record: 'meting' is not one of [...]")."""
    return schemas.problems("worksheet", data, langs, path)


for_languages = schemas.for_languages  # a schema asking for a text in each of the site's languages


def _build(path, data, options, langs):
    problems = schema_problems(path, data, langs)
    if not _FILE_ID.match(path.stem):
        problems.insert(0, f"{path}: file name must be lower-case-with-dashes (it is the worksheet id)")
    fields = data.get("fields") if isinstance(data, dict) else None
    item_problems, resolved = _check_items(fields, f"{path}: fields", options)
    problems += item_problems
    if problems:
        raise WorksheetError("\n".join(problems))
    return Worksheet(path.stem, path, data["title"], data["summary"], data["print_pages"], tuple(resolved))


def _duplicates(items, where):
    """Items whose id an earlier item has: ids are stored with the answers, so each names one."""
    problems, seen = [], set()
    for i, item in enumerate(items if isinstance(items, list) else []):
        iid = item.get("id") if isinstance(item, dict) else None
        if isinstance(iid, (str, int)):
            if str(iid) in seen:
                problems.append(f"{where}[{i}] ({iid}): duplicate id {iid!r}")
            seen.add(str(iid))
    return problems


def _check_items(items, where, options):
    """What the schema cannot say about a list of fields (or a table's columns): ids unique,
    shared option lists that exist, a scale's range, a planner's tags. -> (problems, resolved)."""
    problems, resolved = _duplicates(items, where), []
    for i, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, dict):
            continue
        at = f"{where}[{i}]" + (f" ({item['id']})" if item.get("id") is not None else "")
        item, ftype = dict(item), item.get("type")
        opts = item.get("options")
        if ftype in ("choice", "multi") and isinstance(opts, str):
            if opts in options:
                item["options"] = options[opts]
            else:
                problems.append(f"{at}.options: no shared list {opts!r} in _options.yml")
        elif ftype in ("choice", "multi"):
            problems += _duplicates(opts, f"{at}.options")
        lo, hi = item.get("min"), item.get("max")
        if ftype == "scale" and isinstance(lo, int) and isinstance(hi, int) and not lo < hi <= lo + 10:
            problems.append(f"{at}: min/max: expected min < max, at most 11 steps")
        if ftype == "rows":
            column_problems, item["columns"] = _check_items(item.get("columns"), f"{at}.columns", options)
            problems += column_problems
        if ftype == "planner":
            problems += _check_planner(item, at, options)
        resolved.append(item)
    return problems, resolved


def _check_planner(field, where, options):
    """Each question's tags name items of the shared `reasons` and `tiara` lists."""
    field.setdefault("minutes", 20)
    field.setdefault("per_question", 3)
    tags = {"reason": "reasons", "tiara": "tiara"}
    problems = [f"{where}: planner questions need the shared list {name!r} in _options.yml"
                for name in tags.values() if name not in options]
    known = {tag: {str(o.get("id")) for o in options.get(name) or [] if isinstance(o, dict)}
             for tag, name in tags.items()}
    questions = field.get("questions")
    problems += _duplicates(questions, f"{where}.questions")
    for i, q in enumerate(questions if isinstance(questions, list) else []):
        for tag in tags:
            if isinstance(q, dict) and q.get(tag) not in known[tag]:
                problems.append(f"{where}.questions[{i}] ({q.get('id')}).{tag}: expected one of "
                                f"{', '.join(sorted(known[tag]))}, got {q.get(tag)!r}")
    field["reasons"] = options.get("reasons", [])
    field["tiara_types"] = options.get("tiara", [])
    return problems


# --- rendering -------------------------------------------------------------------------
# The HTML is in the worksheet partials of overrides/hooks/, rendered through the site's partials
# (SiteData.partials): here are the words in the page's language, the ids and the counts.


def _words(ui, lang):
    """The words in `lang`, {key: text}. The scripts read them as JSON; the partials as `w.key`
    of a SimpleNamespace, since of a dict `w.clear` would be its method, not the word."""
    return {key: texts[lang] for key, texts in ui.items()}


def _word(w, key):
    """A word Python fills in ("@n of @total"): missing, it fails as loudly as the partials' own."""
    if key not in w:
        raise WorksheetError(f"sitekit/worksheets.py: no word {key!r} (is it missing from data/worksheets/_ui.yml?)")
    return w[key]


def _attr_json(value):
    """JSON for an attribute the scripts parse: compact, non-ASCII as is (the template escapes it)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class _OneLine(jinja2.ext.Extension):
    """The fields' partial is written one tag a line, for reading; each field reaches the page
    on one line, as the scripts and the print styles have always had it. Its line breaks and
    indentation go at load time (template text only, never a value), and its line numbers stay
    right for error messages."""

    def preprocess(self, source, name, filename=None):
        if name != FIELDS:
            return source
        # Only the text between Jinja's tags and comments; "{#- -#}" eats the break that follows.
        parts = _JINJA.split(source)
        parts[::2] = [re.sub(r"\n[ \t]*", "{#- -#}\n", text) for text in parts[::2]]
        return "".join(parts)


_JINJA = re.compile(r"(\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\})", re.S)


@functools.cache
def _partials(env):
    """`env` (SiteData.partials) escaping as html.escape does (&quot;, &#x27;; markupsafe
    writes &#34;, &#39;), so the pages stayed byte for byte what the f-strings made; with
    the fields' partial on one line and the filter for JSON in attributes."""
    def finalize(value):
        return value if isinstance(value, Markup) else Markup(html.escape(str(value), quote=True))

    out = env.overlay(finalize=finalize, extensions=[_OneLine], cache_size=100)
    out.filters = {**env.filters, "attr_json": _attr_json}
    return out


FIELDS = "hooks/worksheet-fields.html"


def _render(partials, name, **values):
    """A partial of overrides/ filled with `values`, as a plain str (a Markup would escape the
    Markdown it is added to). A name it asks for and is not given, most likely a word missing
    from data/, is a WorksheetError naming the partial and its line."""
    try:
        return _partials(partials).get_template(name).render(**values)
    except jinja2.UndefinedError as exc:
        root = Path(partials.loader.searchpath[0]).parent  # the project: overrides/ is in it
        where = f"overrides/{name}"
        # The innermost partial's frame: Jinja gives its frames the partial's file and line.
        for frame, line in traceback.walk_tb(exc.__traceback__):
            file = Path(frame.f_code.co_filename)
            if file.suffix == ".html":
                where = f"{file.relative_to(root).as_posix() if file.is_relative_to(root) else file}:{line}"
        raise WorksheetError(f"{where}: {exc.message} (is a word missing from data/?)") from None


def render(worksheet, lang, ui, in_booklet=False, picker="", sources=None, href=None, *, partials):
    """The worksheet's HTML in one language: the form, its toolbar and its notes
    (overrides/hooks/worksheet.html).

    In the booklet, printing and the data tools belong to the whole page, not each sheet.
    `picker`: the «¿Para quién?» of a per-contact worksheet (sitekit.contacts.picker_html).
    `sources`: every worksheet by id, for a shown field's question texts; `href(id)`: the
    link from this page to another worksheet's (a sibling page by default). `partials`: the
    site's Jinja environment (SiteData.partials).
    """
    w = _words(ui, lang)
    href = href or (lambda wid: f"../{wid}/")
    fields = [_field(worksheet.id, field, lang, w, sources or {}, href) for field in worksheet.fields]
    return _render(partials, "hooks/worksheet.html", id=worksheet.id, form_id=f"ws-{worksheet.id}",
                   field_ids=" ".join(worksheet.field_ids()), title=worksheet.title[lang], lang=lang,
                   w=SimpleNamespace(**w), messages=w, picker=Markup(picker), in_booklet=in_booklet,
                   progress=_progress(worksheet, lang, ui), fields=fields,
                   data_tools="" if in_booklet else Markup(data_tools(lang, ui, partials=partials)))


def booklet_pages(worksheets, kind):
    """Most pages the booklet prints, `kind` "blank" or "filled": each worksheet's sheets.

    There is no printed cover: its contents could not say on which sheet each worksheet
    starts, since a filled worksheet takes as many sheets as its answers need.
    """
    return sum(ws.print_pages[kind] for ws in worksheets)


def render_booklet(worksheets, lang, ui, href=None, *, partials):
    """Every worksheet on one page, for a single print: contents, then one sheet each
    (overrides/hooks/worksheet-booklet.html).

    The contents list is for the screen; on paper the booklet starts with the first
    worksheet, and each one starts on a new sheet (worksheets.css). The print buttons
    print them all.
    """
    sources = {ws.id: ws for ws in worksheets}
    sheets = [{"id": f"hoja-{ws.id}", "title": ws.title[lang],
               "html": Markup(render(ws, lang, ui, in_booklet=True, sources=sources, href=href, partials=partials))}
              for ws in worksheets]
    return _render(partials, "hooks/worksheet-booklet.html", w=SimpleNamespace(**_words(ui, lang)),
                   contents_id="contenido", sheets=sheets)


def data_tools(lang, ui, actions=("export", "import", "clear"), *, partials):
    """Export, import and clear: they act on every worksheet's and tool's answers. A page that
    offers the export alone («Mi búsqueda») passes `actions=("export",)`, without the note
    (overrides/hooks/worksheet-data-tools.html)."""
    w = _words(ui, lang)
    return _render(partials, "hooks/worksheet-data-tools.html", w=SimpleNamespace(**w), messages=w, actions=actions)


def _field_id(wid, fid, *more):
    return "-".join(["ws", wid, fid, *map(str, more)])


def _field(wid, field, lang, w, sources, href):
    """What the fields' partial needs to write one field: its words in `lang`, its ids, its
    options and counts."""
    fid, ftype = field["id"], field["type"]
    dom_id = _field_id(wid, fid)
    out = {"id": fid, "type": ftype, "dom_id": dom_id, "label": field["label"][lang],
           "help": field["help"][lang] if field.get("help") else None, "help_id": f"{dom_id}-help",
           "label_id": _field_id(wid, fid, "label"), "record": field.get("record"),
           "adds_contacts": bool(field.get("adds_contacts")), "lines": field.get("lines", 4)}
    if ftype == "textarea":
        out["rows"] = max(3, out["lines"])
    elif ftype in ("text", "date"):
        out["lines"] = 1
    elif ftype in ("choice", "multi", "scale"):
        out["kind"] = "checkbox" if ftype == "multi" else "radio"
        out["options"] = [{"value": value, "text": text, "id": f"{dom_id}-{value}"}
                          for value, text in _option_items(field, lang)]
    elif ftype == "shown":
        out.update(_shown(field, lang, sources, href))
    elif ftype == "rows":
        out.update(_rows(wid, field, lang, w))
    elif ftype == "planner":
        out.update(_planner(dom_id, field, lang))
    return out


def _shown(field, lang, sources, href):
    """Another worksheet's answer, read-only, with a link to edit it there (src/widgets/shown.mjs
    fills it: the story, or the chosen contact's question plan as a numbered list)."""
    source = field["from"]
    there = sources.get(source["worksheet"])
    planner = next((f for f in there.fields if f["id"] == source["field"] and f["type"] == "planner"), None) if there else None
    return {"source": source, "edit": field["edit"][lang], "href": href(source["worksheet"]),
            "questions": {q["id"]: q[lang] for q in planner["questions"]} if planner else None,
            "lines": field.get("lines", 3)}


def _option_items(field, lang):
    if field["type"] == "scale":
        return [(str(n), str(n)) for n in range(field["min"], field["max"] + 1)]
    return [(str(o["id"]), o["label"][lang]) for o in field["options"]]


def _rows(wid, field, lang, w):
    """A table of rows: the editable ones on screen, the template of a new one (index "__N__"),
    and the empty lines it prints."""
    def row(index):
        legend = _word(w, "row_legend").replace("@n", str(index))
        cells = [{"id": _field_id(wid, field["id"], index, c["id"]), "col": c["id"], "label": c["label"][lang],
                  "type": c["type"], "options": _option_items(c, lang) if c["type"] != "text" else []}
                 for c in field["columns"]]
        return {"legend": legend, "cells": cells}

    return {"columns": [{"id": c["id"], "label": c["label"][lang]} for c in field["columns"]],
            "screen": [row(i) for i in range(1, field["rows"]["screen"] + 1)], "new": row("__N__"),
            "counts": field["rows"],
            "option_labels": {c["id"]: dict(_option_items(c, lang)) for c in field["columns"] if c["type"] != "text"}}


def _planner(dom_id, field, lang):
    """The question bank with its two filters, and the plan the reader builds from it."""
    reasons = {str(o["id"]): o["label"][lang] for o in field["reasons"]}
    tiara = {str(o["id"]): o["label"][lang] for o in field["tiara_types"]}
    return {
        "minutes": field["minutes"], "per_question": field["per_question"], "lines": field.get("lines", 8),
        "texts": {q["id"]: q[lang] for q in field["questions"]},
        "filters": [{"kind": kind, "id": f"{dom_id}-filter-{kind}", "options": list(items.items())}
                    for kind, items in (("reason", reasons), ("tiara", tiara))],
        "questions": [{"id": q["id"], "dom_id": f"{dom_id}-q-{q['id']}", "text": q[lang], "reason": q["reason"],
                       "tiara": q["tiara"], "reason_label": reasons[q["reason"]], "tiara_label": tiara[q["tiara"]]}
                      for q in field["questions"]],
        "ids": {"plan_label": f"{dom_id}-plan-label", "own": f"{dom_id}-own",
                "minutes": f"{dom_id}-minutes", "per_question": f"{dom_id}-per-question"},
    }


def _progress(worksheet, lang, ui):
    """A "fields answered of total" line's values; src/progress.mjs keeps it up to date."""
    fmt = _word(_words(ui, lang), "progress")
    # A shown field is another worksheet's answer: counted there, not here.
    ids = [f["id"] for f in worksheet.fields if f["type"] != "shown"]
    return {"worksheet": worksheet.id, "fields": " ".join(ids), "format": fmt,
            "start": fmt.replace("@n", "0").replace("@total", str(len(ids))),
            # A field that is the contact's record's (the notes' date: its meeting) counts from there.
            "record": " ".join(f'{f["id"]}={f["record"]}' for f in worksheet.fields if f.get("record"))}


def render_index(worksheets, lang, ui, *, partials):
    """Markdown list of the worksheets, each with its progress (overrides/hooks/worksheet-index.html)."""
    items = [{"id": ws.id, "title": ws.title[lang], "summary": ws.summary[lang], "progress": _progress(ws, lang, ui)}
             for ws in worksheets]
    return _render(partials, "hooks/worksheet-index.html", worksheets=items)
