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

The HTML works without JavaScript (a printable form with a note saying nothing is saved);
src/worksheets.mjs brings it to life. Reader-typed text never passes
through here: it only ever reaches the page through the browser's text APIs.
"""

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

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


def _e(text):
    return html.escape(str(text), quote=True)


def _attr_json(value):
    return _e(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _words(ui, lang):
    return {key: texts[lang] for key, texts in ui.items()}


def _print_buttons(w):
    return [
        f'<button type="button" class="md-button md-button--primary" data-action="print">{_e(w["print"])}</button>',
        f'<button type="button" class="md-button" data-action="print-blank">{_e(w["print_blank"])}</button>',
    ]


def render(worksheet, lang, ui, in_booklet=False, picker="", sources=None, href=None):
    """The worksheet's HTML in one language: the form, its toolbar and its notes.

    In the booklet, printing and the data tools belong to the whole page, not each sheet.
    `picker`: the «¿Para quién?» of a per-contact worksheet (sitekit.contacts.picker_html).
    `sources`: every worksheet by id, for a shown field's question texts; `href(id)`: the
    link from this page to another worksheet's (a sibling page by default).
    """
    w = _words(ui, lang)
    w["_sources"], w["_href"] = sources or {}, href or (lambda wid: f"../{wid}/")
    wid = worksheet.id
    parts = [
        # Out of the search index (the page's own prose is in it): labels and help are not
        # what a reader searches for, and the index is loaded on every page (150 KB budget).
        f'<div class="worksheet" data-search-exclude data-worksheet="{_e(wid)}" data-lang="{lang}" '
        f'data-fields="{_e(" ".join(worksheet.field_ids()))}" data-messages="{_attr_json(_words(ui, lang))}">',
        f'<p class="ws-nojs admonition warning">{_e(w["nojs"])}</p>',
        picker,
        '<div class="ws-toolbar" hidden>',
        f'<p class="ws-saved-note">{_e(w["saved_note"])} {progress(worksheet, lang, ui)}</p>',
        *([] if in_booklet else _print_buttons(w)),
        f'<button type="button" class="md-button" data-action="reset">{_e(w["reset"])}</button>',
        "</div>",
        '<p class="ws-status" role="status" aria-live="polite"></p>',
        '<p class="ws-alert" role="alert" aria-live="assertive"></p>',
        f'<form class="ws-form" id="ws-{_e(wid)}" aria-label="{_e(worksheet.title[lang])}" novalidate>',
    ]
    for field in worksheet.fields:
        parts.append(_field(wid, field, lang, w))
    parts += ["</form>", "" if in_booklet else data_tools(lang, ui), "</div>"]
    return "\n".join(parts)


def booklet_pages(worksheets, kind):
    """Most pages the booklet prints, `kind` "blank" or "filled": each worksheet's sheets.

    There is no printed cover: its contents could not say on which sheet each worksheet
    starts, since a filled worksheet takes as many sheets as its answers need.
    """
    return sum(ws.print_pages[kind] for ws in worksheets)


def render_booklet(worksheets, lang, ui, href=None):
    """Every worksheet on one page, for a single print: contents, then one sheet each.

    The contents list is for the screen; on paper the booklet starts with the first
    worksheet, and each one starts on a new sheet (worksheets.css). The print buttons
    print them all.
    """
    w = _words(ui, lang)
    parts = ['<div class="booklet">',
             '<div class="ws-toolbar booklet-toolbar" hidden>', *_print_buttons(w), "</div>",
             '<nav class="booklet-contents" aria-labelledby="contenido">',
             f'<h2 id="contenido">{_e(w["booklet_contents"])}</h2>', "<ol>"]
    parts += [f'<li><a href="#hoja-{ws.id}">{_e(ws.title[lang])}</a></li>' for ws in worksheets]
    parts += ["</ol>", "</nav>"]
    for ws in worksheets:
        parts += [f'<section class="booklet-sheet" aria-labelledby="hoja-{ws.id}">',
                  f'<h2 id="hoja-{ws.id}">{_e(ws.title[lang])}</h2>',
                  render(ws, lang, ui, in_booklet=True, sources={s.id: s for s in worksheets}, href=href),
                  "</section>"]
    parts.append("</div>")
    return "\n".join(parts)


def data_tools(lang, ui, actions=("export", "import", "clear")):
    """Export, import and clear: they act on every worksheet's and tool's answers. A page that
    offers the export alone («Mi búsqueda») passes `actions=("export",)`, without the note."""
    w = _words(ui, lang)
    parts = [f'<div class="ws-data" hidden data-messages="{_attr_json(w)}">']
    if len(actions) > 1:
        parts.append(f'<p class="ws-data-note">{_e(w["data_note"])}</p>')
    if "export" in actions:
        parts.append(f'<button type="button" class="md-button" data-action="export">{_e(w["export"])}</button>')
    if "import" in actions:
        parts += [f'<button type="button" class="md-button" data-action="import">{_e(w["import"])}</button>',
                  f'<input type="file" class="ws-import-file" accept="application/json,.json" tabindex="-1" '
                  f'aria-label="{_e(w["import"])}" hidden>']
    if "clear" in actions:
        parts.append(f'<button type="button" class="md-button" data-action="clear">{_e(w["clear"])}</button>')
    parts += ['<p class="ws-status" role="status" aria-live="polite"></p>',
              '<p class="ws-alert" role="alert" aria-live="assertive"></p>', "</div>"]
    return "\n".join(parts)


def _field_id(wid, fid, *more):
    return "-".join(["ws", wid, fid, *map(str, more)])


def _help(field, lang, dom_id):
    if not field.get("help"):
        return "", ""
    return f'<p class="ws-help" id="{dom_id}-help">{_e(field["help"][lang])}</p>', f' aria-describedby="{dom_id}-help"'


def _lines(n):
    return '<div class="ws-lines" aria-hidden="true">' + "<span></span>" * n + "</div>"


def _field(wid, field, lang, w):
    fid, ftype = field["id"], field["type"]
    dom_id = _field_id(wid, fid)
    help_html, described = _help(field, lang, dom_id)
    label = _e(field["label"][lang])
    open_tag = f'<div class="ws-field ws-{ftype}" data-field="{fid}" data-type="{ftype}">'
    answer = '<div class="ws-print-answer" aria-hidden="true"></div>'
    if ftype == "date" and field.get("record"):
        open_tag = open_tag[:-1] + f' data-record="{_e(field["record"])}">'
    if ftype in ("text", "date", "textarea"):
        extra = ""
        if ftype == "textarea":
            control = f'<textarea id="{dom_id}" name="{fid}" rows="{max(3, field.get("lines", 4))}"{described}></textarea>'
            if field.get("adds_contacts"):
                # Each line a person: src/suggested-people.mjs offers to add them as contacts.
                open_tag = open_tag[:-1] + ' data-adds-contacts>'
                extra = ('<ul class="ws-suggested ws-screen-only" hidden></ul>'
                         '<p class="ws-suggested-status ws-screen-only" role="status"></p>')
        else:
            control = f'<input id="{dom_id}" name="{fid}" type="{ftype}" autocomplete="off"{described}>'
        lines = field.get("lines", 4) if ftype == "textarea" else 1
        return (f'{open_tag}<label class="ws-label" for="{dom_id}">{label}</label>{help_html}'
                f"{control}{extra}{answer}{_lines(lines)}</div>")
    if ftype == "shown":
        return _shown(wid, field, lang, w, open_tag, help_html)
    if ftype in ("choice", "multi", "scale"):
        return (f'{open_tag}<fieldset{described}><legend class="ws-label">{label}</legend>{help_html}'
                f"{_options(field, dom_id, lang)}</fieldset></div>")
    if ftype == "rows":
        return _rows(wid, field, lang, w, open_tag, help_html)
    return _planner(wid, field, lang, w, open_tag, help_html)


def _shown(wid, field, lang, w, open_tag, help_html):
    """Another worksheet's answer, read-only, with a link to edit it there (src/widgets/shown.mjs
    fills it: the story, or the chosen contact's question plan as a numbered list)."""
    source = field["from"]
    label_id = _field_id(wid, field["id"], "label")
    there = w["_sources"].get(source["worksheet"])
    planner = next((f for f in there.fields if f["id"] == source["field"] and f["type"] == "planner"), None) if there else None
    texts = f' data-questions="{_attr_json({q["id"]: q[lang] for q in planner["questions"]})}"' if planner else ""
    box = (f'<ol class="ws-shown-text" aria-labelledby="{label_id}"></ol>' if planner else
           f'<div class="ws-shown-text" role="group" aria-labelledby="{label_id}"></div>')
    return (f'{open_tag[:-1]} data-from="{_e(source["worksheet"])}" data-from-field="{_e(source["field"])}"{texts}>'
            f'<p class="ws-label" id="{label_id}">{_e(field["label"][lang])}</p>{help_html}{box}'
            # Shown until the script finds an answer: nothing moves after the first paint when
            # there is none (tests/test_first_paint.py).
            f'<p class="ws-shown-empty ws-screen-only">{_e(w["shown_empty"])}</p>'
            f'<p class="ws-shown-edit ws-screen-only"><a href="{_e(w["_href"](source["worksheet"]))}">'
            f'{_e(field["edit"][lang])}</a></p>{_lines(field.get("lines", 3))}</div>')


def _option_items(field, lang):
    if field["type"] == "scale":
        return [(str(n), str(n)) for n in range(field["min"], field["max"] + 1)]
    return [(str(o["id"]), o["label"][lang]) for o in field["options"]]


def _options(field, dom_id, lang):
    kind = "checkbox" if field["type"] == "multi" else "radio"
    items = []
    for value, text in _option_items(field, lang):
        oid = f"{dom_id}-{value}"
        items.append(f'<div class="ws-option"><input type="{kind}" id="{oid}" name="{field["id"]}" value="{_e(value)}">'
                     f'<label for="{oid}">{_e(text)}</label></div>')
    return f'<div class="ws-options">{"".join(items)}</div>'


def _column_control(column, dom_id, lang, w):
    label = f'<label for="{dom_id}">{_e(column["label"][lang])}</label>'
    if column["type"] == "text":
        return f'{label}<input id="{dom_id}" type="text" data-col="{column["id"]}" autocomplete="off">'
    options = "".join(f'<option value="{_e(v)}">{_e(t)}</option>' for v, t in _option_items(column, lang))
    return f'{label}<select id="{dom_id}" data-col="{column["id"]}"><option value="">{_e(w["none_chosen"])}</option>{options}</select>'


def _row(wid, field, lang, w, index):
    """One editable row as a group of labelled controls; index is 1-based, "__N__" in the template."""
    cells = "".join(
        f'<div class="ws-cell">{_column_control(c, _field_id(wid, field["id"], index, c["id"]), lang, w)}</div>'
        for c in field["columns"]
    )
    legend = _e(w["row_legend"]).replace("@n", str(index))
    return (f'<fieldset class="ws-row"><legend>{legend}</legend><div class="ws-cells">{cells}</div>'
            f'<button type="button" class="md-button ws-row-remove" data-rows="remove">{_e(w["remove_row"])}'
            f'<span class="visually-hidden"> {legend}</span></button></fieldset>')


def _rows(wid, field, lang, w, open_tag, help_html):
    fid = field["id"]
    label_id = _field_id(wid, fid, "label")
    screen = "".join(_row(wid, field, lang, w, i) for i in range(1, field["rows"]["screen"] + 1))
    head = "".join(f"<th>{_e(c['label'][lang])}</th>" for c in field["columns"])
    blank_row = "<tr>" + "<td></td>" * len(field["columns"]) + "</tr>"
    labels = {c["id"]: dict(_option_items(c, lang)) for c in field["columns"] if c["type"] != "text"}
    return (
        f'{open_tag[:-1]} data-print-rows="{field["rows"]["print"]}" data-screen-rows="{field["rows"]["screen"]}" '
        f'data-columns="{_e(" ".join(c["id"] for c in field["columns"]))}" data-option-labels="{_attr_json(labels)}">'
        f'<p class="ws-label" id="{label_id}">{_e(field["label"][lang])}</p>{help_html}'
        f'<div class="ws-rows-list" role="group" aria-labelledby="{label_id}">{screen}</div>'
        f'<template class="ws-row-template">{_row(wid, field, lang, w, "__N__")}</template>'
        f'<button type="button" class="md-button ws-row-add" data-rows="add">{_e(w["add_row"])}</button>'
        f'<table class="ws-print-table" aria-hidden="true"><thead><tr>{head}</tr></thead>'
        f'<tbody>{blank_row * field["rows"]["print"]}</tbody></table></div>'
    )


def _planner(wid, field, lang, w, open_tag, help_html):
    fid = field["id"]
    dom_id = _field_id(wid, fid)
    reasons = {str(o["id"]): o["label"][lang] for o in field["reasons"]}
    tiara = {str(o["id"]): o["label"][lang] for o in field["tiara_types"]}

    def select(kind, label, items):
        sid = f"{dom_id}-filter-{kind}"
        opts = "".join(f'<option value="{_e(k)}">{_e(v)}</option>' for k, v in items.items())
        return (f'<div class="ws-filter"><label for="{sid}">{_e(label)}</label>'
                f'<select id="{sid}" data-filter="{kind}"><option value="">{_e(w["filter_all"])}</option>{opts}</select></div>')

    bank = []
    texts = {}
    for q in field["questions"]:
        qid = q["id"]
        texts[qid] = q[lang]
        oid = f"{dom_id}-q-{qid}"
        bank.append(
            f'<li class="ws-question" data-question="{qid}" data-reason="{q["reason"]}" data-tiara="{q["tiara"]}">'
            f'<input type="checkbox" id="{oid}" value="{qid}" data-pick>'
            f'<label for="{oid}">{_e(q[lang])}</label>'
            f'<span class="ws-tags"><span class="ws-tag">{_e(reasons[q["reason"]])}</span>'
            f'<span class="ws-tag ws-tag--tiara">{_e(tiara[q["tiara"]])}</span></span></li>'
        )
    plan_label = f"{dom_id}-plan-label"
    own = f"{dom_id}-own"
    minutes_id, per_id = f"{dom_id}-minutes", f"{dom_id}-per-question"
    lines = field.get("lines", 8)
    return (
        f'{open_tag[:-1]} data-minutes="{field["minutes"]}" data-per-question="{field["per_question"]}" '
        f'data-questions="{_attr_json(texts)}">'
        f'<fieldset class="ws-bank-set"><legend class="ws-label">{_e(field["label"][lang])}</legend>{help_html}'
        f'<div class="ws-filters ws-screen-only" hidden>'
        f'{select("reason", w["filter_reason"], reasons)}{select("tiara", w["filter_tiara"], tiara)}'
        f'<p class="ws-filter-count" role="status"></p></div>'
        f'<ul class="ws-bank">{"".join(bank)}</ul></fieldset>'
        f'<div class="ws-plan">'
        f'<p class="ws-label" id="{plan_label}">{_e(w["plan_title"])}</p>'
        f'<div class="ws-plan-settings ws-screen-only" hidden>'
        f'<div class="ws-cell"><label for="{minutes_id}">{_e(w["plan_minutes"])}</label>'
        f'<input id="{minutes_id}" type="number" min="5" max="120" step="1" data-setting="minutes" value="{field["minutes"]}"></div>'
        f'<div class="ws-cell"><label for="{per_id}">{_e(w["plan_per_question"])}</label>'
        f'<input id="{per_id}" type="number" min="1" max="15" step="1" data-setting="per_question" value="{field["per_question"]}"></div>'
        f'</div>'
        f'<ol class="ws-plan-list" aria-labelledby="{plan_label}"></ol>'
        f'<p class="ws-plan-summary" aria-live="polite"></p>'
        f'<ol class="ws-plan-lines" aria-hidden="true">{"<li></li>" * lines}</ol>'
        f'<div class="ws-plan-own ws-screen-only" hidden><label for="{own}">{_e(w["own_question"])}</label>'
        f'<input id="{own}" type="text" autocomplete="off" data-own>'
        f'<button type="button" class="md-button" data-planner="add">{_e(w["add_own"])}</button></div>'
        f"</div></div>"
    )


def progress(worksheet, lang, ui):
    """A "fields answered of total" line; worksheet-progress.js keeps it up to date."""
    fmt = ui["progress"][lang]
    # A shown field is another worksheet's answer: counted there, not here.
    ids = [f["id"] for f in worksheet.fields if f["type"] != "shown"]
    start = _e(fmt).replace("@n", "0").replace("@total", str(len(ids)))
    # A field that is the contact's record's (the notes' date: its meeting) counts from there.
    held = " ".join(f'{f["id"]}={f["record"]}' for f in worksheet.fields if f.get("record"))
    return (f'<span class="ws-progress" data-worksheet="{worksheet.id}" '
            f'data-fields="{_e(" ".join(ids))}"{f" data-record={_e(held)!r}" if held else ""} '
            f'data-format="{_e(fmt)}">{start}</span>')


def render_index(worksheets, lang, ui):
    """Markdown list of the worksheets, each with its progress, then the data tools."""
    items = [f"- [{_e(ws.title[lang])}]({ws.id}.md): {_e(ws.summary[lang])}<br>{progress(ws, lang, ui)}"
             for ws in worksheets]
    return "\n".join(items)
