"""The tools' forms: declared under `form:` in data/tools/ID.yml, checked, rendered per language.

A tool's file holds its interface words (sitekit/tool_words.py) and, under `form:`, the
form its page shows, once for every language. The ids, names and classes are what the
tool's script (src/) looks for: renaming one breaks the script,
and a field's name is stored with the reader's answers.

    form:
      class: followup                  # <form class="tool followup" novalidate>
      items:
        - type: group                  # <div class="tool__grid">…</div>
          class: tool__grid
          items:
            - {type: text, id: fp-name, name: name, label: {es: "…", en: "…"}}
            - {type: date, id: fp-sent, name: sent, label: {es: "…", en: "…"}}
        - type: radios                 # <fieldset> of radio buttons
          name: limit
          legend: {es: "…", en: "…"}
          choices: linkedin_chars      # or a list of {value, label}
          labels: [{es: "@n …", en: "@n …"}, …]

A text (label, legend, hint, …) is `{lang: text}` for every language, or the key of a word
in the same file (`label: csv.column.name`: the tracker's field says what its CSV column
says). A text may hold an inline marker (`<!-- md:job-words -->`), rendered as in a page.

Item types and their keys (`*` required; `hidden: true` renders an item hidden, but for a
table, a checks list, a file input and a marker):

- `group`: tag (div, p; div by default), class, items*; `fieldset`: legend*, class, items*.
- Fields, each a `<p class="tool__field">` with its label: `text`, `date`, `textarea`,
  `select`, `file` (an import: the input and a label styled as a button, no box). Keys:
  id*, label*, name, class (the control's), box_class (the box's), hint (a line under the
  control, `ID-hint`, that describes it), describedby (more ids that describe it), required,
  autocomplete (text; "off" by default), rows* (textarea), readonly and spellcheck
  (textarea), accept* (file). A select is empty: its script fills it.
- `radios`: name*, legend*, class, choices* (a list of {value, label}, or a list another
  file holds: see SOURCES), labels (one text per value, "@n" the value, for a source that
  names no labels). The first choice is checked; of the message languages, the page's.
- `button`: label*, class, primary, submit (type="submit"; "button" otherwise);
  `link`: label*, href*, class, primary (styled as a button).
- `heading`: id*, label*, class (an `<h3>`).
- `region`: what a script writes into: tag (p, div, ul, ol; p by default), class, id, role
  (status, alert), label (its aria-label), text (what it shows until then), slot (text then
  an empty `<span class="SLOT">` for the script).
- `table`: class*, caption*, caption_id*, columns* (a list of {id, label}; the header cells'
  data-head), in a scrollable region named by its caption.
- `checks`: class*, items* (a list of {id, text, hidden}): a list of the checks the script
  marks, each `<li data-check="ID">`; ID names words of the file (`ID` or `ID.*`).
- `marker`: marker* (`<!-- md:template-fields … -->`), another marker's output in its place.
"""

import html
import re
from dataclasses import dataclass
from pathlib import Path

from sitekit import languages, markers, worksheets

KEY = "form"  # the one key of a tool's file that is not a word
_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CLASS = re.compile(r"^[a-z][a-z0-9_-]*( [a-z][a-z0-9_-]*)*$")
def _every():
    """How error messages show a text in every language: {es: ..., en: ...}."""
    return "{" + ", ".join(f"{lang}: ..." for lang in languages.LANGS) + "}"


_FIELD = {"id", "label", "name", "class", "box_class", "hint", "describedby", "required"}
# type -> (required keys, optional keys); besides `type`, and `hidden` but for _NEVER_HIDDEN.
_KEYS = {
    "group": ({"items"}, {"tag", "class"}),
    "fieldset": ({"legend", "items"}, {"class"}),
    "text": ({"id", "label"}, _FIELD - {"id", "label"} | {"autocomplete", "spellcheck"}),
    "date": ({"id", "label"}, _FIELD - {"id", "label"}),
    "textarea": ({"id", "label", "rows"}, _FIELD - {"id", "label"} | {"readonly", "spellcheck"}),
    "select": ({"id", "label"}, _FIELD - {"id", "label"}),
    "file": ({"id", "label", "accept"}, {"class", "name"}),
    "radios": ({"name", "legend", "choices"}, {"class", "labels"}),
    "button": ({"label"}, {"class", "primary", "submit"}),
    "link": ({"label", "href"}, {"class", "primary"}),
    "heading": ({"id", "label"}, {"class"}),
    "region": (set(), {"tag", "class", "id", "role", "label", "text", "slot"}),
    "table": ({"class", "caption", "caption_id", "columns"}, set()),
    "checks": ({"class", "items"}, set()),
    "marker": ({"marker"}, set()),
}
_TAGS = {"group": ("div", "p"), "region": ("p", "div", "ul", "ol")}
_ROLES = ("status", "alert")
_BOOLS = ("hidden", "required", "readonly", "spellcheck", "primary", "submit")
_TEXTS = ("label", "legend", "hint", "text", "caption")
_CONTROLS = ("text", "date", "textarea", "select", "file")
_INLINE = ("button", "link", "file")  # rendered without a box of their own
_NEVER_HIDDEN = ("table", "checks", "marker", "file")  # (a check may be: `hidden` in its own entry)


class ToolFormError(ValueError):
    """A form definition that cannot be used: names the file and every key at fault."""


@dataclass(frozen=True)
class Choice:
    value: str
    label: dict  # {lang: text}
    lang: str = ""  # the label's own language, when it is not the page's (a language's name)


@dataclass(frozen=True)
class ToolForm:
    id: str
    path: Path
    cls: str
    items: tuple  # dicts, checked; radios' choices resolved to Choice, word keys to texts
    by_page: frozenset = frozenset()  # names of radios whose checked choice is the page's language


# Choices that other files hold. Each: (where it comes from, for messages; a function of the
# message rules giving [Choice], labels left empty when the form must give them; whether the
# page's language is the one checked).
SOURCES = {
    "languages": ("sitekit/languages.py (every complete language, named in itself)",
                  lambda rules: [Choice(lang, {each: languages.NAMES[lang] for each in languages.LANGS}, lang)
                                 for lang in languages.COMPLETE], True),
    "linkedin_chars": ("linkedin_chars in data/message-checks.yml",
                       lambda rules: [Choice(str(n), {}) for n in rules["linkedin_chars"]], False),
}


# --- loading and checking --------------------------------------------------------------


def load_all(rules, folder):
    """{tool id: ToolForm} for every data/tools/*.yml with a `form:`; raises ToolFormError.
    `rules` are the message checks (SiteData.message_checks), which some choices take."""
    forms, problems = {}, []
    for path, data in worksheets.files_with(folder, KEY, problems):
        try:
            forms[path.stem] = build(path, data, rules)
        except ToolFormError as exc:
            problems.append(str(exc))
    if problems:
        raise ToolFormError("\n".join(problems))
    return forms


def build(path, data, rules):
    """The ToolForm of one tool's file (`data`, already read); raises ToolFormError."""
    where = f"{path}: {KEY}"
    form = data[KEY]
    words = {key: value for key, value in data.items() if key != KEY}
    if not isinstance(form, dict):
        raise ToolFormError(f"{where}: expected a mapping with class, items")
    problems = []
    unknown = set(form) - {"class", "items"}
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    if not (isinstance(form.get("class"), str) and _CLASS.match(form["class"])):
        problems.append(f"{where}.class: expected lower-case class names, got {form.get('class')!r}")
    state = _State(words, rules)
    items = _items(form.get("items"), f"{where}.items", state, problems)
    for at, ref in state.described:
        if ref not in state.ids:
            problems.append(f"{at}.describedby: no element of this form has the id {ref!r}")
    if problems:
        raise ToolFormError("\n".join(problems))
    return ToolForm(path.stem, path, form["class"], tuple(items), frozenset(state.by_page))


class _State:
    """What one form's check has seen: its ids and names, the ids its fields refer to."""

    def __init__(self, words, rules):
        self.words, self.rules = words, rules
        self.ids, self.names, self.described, self.by_page = set(), set(), [], set()

    def new_id(self, value, at, problems, key="id"):
        if not (isinstance(value, str) and _ID.match(value)):
            problems.append(f"{at}.{key}: expected lower-case letters, digits and dashes, got {value!r}")
        elif value in self.ids:
            problems.append(f"{at}.{key}: the id {value!r} is already used in this form")
        else:
            self.ids.add(value)

    def new_name(self, value, at, problems):
        if not (isinstance(value, str) and _NAME.match(value)):
            problems.append(f"{at}.name: expected lower_snake_case, got {value!r}")
        elif value in self.names:
            problems.append(f"{at}.name: the name {value!r} is already used in this form")
        else:
            self.names.add(value)

    def text(self, value, at, problems):
        """A text in every language, or the key of one of the file's words: {lang: text}."""
        if isinstance(value, str):
            if value not in self.words:
                problems.append(f"{at}: {value!r} is not a word of this file (expected {_every()} or a word's key)")
                return {}
            value = self.words[value]
        found = worksheets._check_text(value, at)
        problems += found
        return {} if found else dict(value)


def _items(items, where, state, problems):
    if not isinstance(items, list) or not items:
        problems.append(f"{where}: expected a non-empty list")
        return []
    out = []
    for i, item in enumerate(items):
        at = f"{where}[{i}]"
        if isinstance(item, dict) and isinstance(item.get("id") or item.get("name"), str):
            at += f" ({item.get('id') or item.get('name')})"
        checked = _item(item, at, state, problems)
        if checked is not None:
            out.append(checked)
    return out


def _item(item, at, state, problems):
    if not isinstance(item, dict):
        problems.append(f"{at}: expected a mapping with a type")
        return None
    kind = item.get("type")
    if not isinstance(kind, str) or kind not in _KEYS:
        problems.append(f"{at}.type: expected one of {', '.join(_KEYS)}, got {kind!r}")
        return None
    required, optional = _KEYS[kind]
    missing = required - set(item)
    if missing:
        problems.append(f"{at}: missing {', '.join(sorted(missing))} (type {kind})")
    unknown = set(item) - required - optional - {"type"} - ({"hidden"} if kind not in _NEVER_HIDDEN else set())
    if unknown:
        problems.append(f"{at}: unknown key(s) for type {kind}: {', '.join(sorted(map(str, unknown)))}")
    out = dict(item)
    for key in _BOOLS:
        if key in item and not isinstance(item[key], bool):
            problems.append(f"{at}.{key}: expected true or false, got {item[key]!r}")
    for key in ("class", "box_class", "slot"):
        if key in item and not (isinstance(item[key], str) and _CLASS.match(item[key])):
            problems.append(f"{at}.{key}: expected lower-case class names, got {item[key]!r}")
    for key in _TEXTS:
        if key in item:
            out[key] = state.text(item[key], f"{at}.{key}", problems)
    if kind in _TAGS and item.get("tag", _TAGS[kind][0]) not in _TAGS[kind]:
        problems.append(f"{at}.tag: expected one of {', '.join(_TAGS[kind])}, got {item['tag']!r}")
    if "role" in item and item["role"] not in _ROLES:
        problems.append(f"{at}.role: expected one of {', '.join(_ROLES)}, got {item['role']!r}")
    if "id" in item:
        state.new_id(item["id"], at, problems)
    if "name" in item and kind != "radios":
        state.new_name(item["name"], at, problems)
    if "hint" in item and isinstance(item.get("id"), str):
        state.new_id(f"{item['id']}-hint", at, problems, key="hint")
    if "describedby" in item:
        refs = item["describedby"]
        if not (isinstance(refs, list) and refs and all(isinstance(r, str) for r in refs)):
            problems.append(f"{at}.describedby: expected a list of ids")
        else:
            state.described += [(at, ref) for ref in refs]
    if kind in ("group", "fieldset"):
        out["items"] = _items(item.get("items"), f"{at}.items", state, problems)
    elif kind == "textarea" and not (isinstance(item.get("rows"), int) and 1 <= item["rows"] <= 30):
        problems.append(f"{at}.rows: expected a whole number from 1 to 30, got {item.get('rows')!r}")
    elif kind == "text" and "autocomplete" in item and not (isinstance(item["autocomplete"], str) and item["autocomplete"]):
        problems.append(f"{at}.autocomplete: expected a token such as off or organization")
    elif kind in ("file", "link"):
        key = "accept" if kind == "file" else "href"
        if not (isinstance(item.get(key), str) and item[key].strip()) or item.get(key, "").lower().startswith("javascript:"):
            problems.append(f"{at}.{key}: expected a non-empty text, got {item.get(key)!r}")
    elif kind == "radios":
        state.new_name(item.get("name"), at, problems)
        out["choices"] = _choices(item, at, state, problems)
    elif kind == "table":
        state.new_id(item.get("caption_id"), at, problems, key="caption_id")
        out["columns"] = _columns(item.get("columns"), f"{at}.columns", state, problems)
    elif kind == "checks":
        out["items"] = _checks(item.get("items"), f"{at}.items", state, problems)
    elif kind == "marker":
        _marker(item.get("marker"), f"{at}.marker", problems)
    return out


def _choices(item, at, state, problems):
    choices, labels = item.get("choices"), item.get("labels")
    if isinstance(choices, str):
        if choices not in SOURCES:
            problems.append(f"{at}.choices: {choices!r} is not a list of choices or one of: {', '.join(SOURCES)}")
            return []
        origin, make, by_page = SOURCES[choices]
        found = make(state.rules)
        if by_page and isinstance(item.get("name"), str):
            state.by_page.add(item["name"])
        if found and not found[0].label:
            if not isinstance(labels, list) or len(labels) != len(found):
                problems.append(f"{at}.labels: expected one text per value of {origin} ({len(found)}), "
                                f"got {len(labels) if isinstance(labels, list) else labels!r}")
                return []
            found = [Choice(c.value, {lang: text.replace("@n", c.value) for lang, text in
                                      state.text(label, f"{at}.labels[{i}]", problems).items()})
                     for i, (c, label) in enumerate(zip(found, labels))]
        elif labels is not None:
            problems.append(f"{at}.labels: {origin} names its choices itself")
        return found
    if labels is not None:
        problems.append(f"{at}.labels: only for choices that another file holds ({', '.join(SOURCES)})")
    if not isinstance(choices, list) or not choices:
        problems.append(f"{at}.choices: expected a non-empty list of {{value, label}} or one of: {', '.join(SOURCES)}")
        return []
    out, seen = [], set()
    for i, choice in enumerate(choices):
        where = f"{at}.choices[{i}]"
        if not (isinstance(choice, dict) and set(choice) == {"value", "label"}):
            problems.append(f"{where}: expected {{value, label}}")
            continue
        value = str(choice["value"])
        if not _NAME.match(value.replace("-", "_")) and not value.isdigit():
            problems.append(f"{where}.value: expected lower-case letters, digits and dashes, got {value!r}")
        if value in seen:
            problems.append(f"{where}.value: {value!r} is already a choice")
        seen.add(value)
        out.append(Choice(value, state.text(choice["label"], f"{where}.label", problems)))
    return out


def _columns(columns, at, state, problems):
    if not isinstance(columns, list) or not columns:
        problems.append(f"{at}: expected a non-empty list of {{id, label}}")
        return []
    out, seen = [], set()
    for i, column in enumerate(columns):
        where = f"{at}[{i}]"
        if not (isinstance(column, dict) and set(column) == {"id", "label"}):
            problems.append(f"{where}: expected {{id, label}}")
            continue
        if not (isinstance(column["id"], str) and _NAME.match(column["id"])) or column["id"] in seen:
            problems.append(f"{where}.id: expected a lower_snake_case id, once, got {column['id']!r}")
            continue
        seen.add(column["id"])
        out.append({"id": column["id"], "label": state.text(column["label"], f"{where} ({column['id']}).label", problems)})
    return out


def _checks(items, at, state, problems):
    if not isinstance(items, list) or not items:
        problems.append(f"{at}: expected a non-empty list of {{id, text}}")
        return []
    out, seen = [], set()
    for i, check in enumerate(items):
        where = f"{at}[{i}]"
        if not (isinstance(check, dict) and {"id", "text"} <= set(check) <= {"id", "text", "hidden"}):
            problems.append(f"{where}: expected {{id, text}} (and hidden)")
            continue
        cid = check["id"]
        where += f" ({cid})"
        if not (isinstance(cid, str) and _ID.match(cid)):
            problems.append(f"{where}.id: expected lower-case letters, digits and dashes")
            continue
        if not any(key == cid or str(key).startswith(f"{cid}.") for key in state.words):
            problems.append(f"{where}.id: no word of this file is named {cid!r} or '{cid}.*' (a check's id names its words)")
        elif cid in seen:
            problems.append(f"{where}.id: {cid!r} is already a check")
        seen.add(cid)
        if not isinstance(check.get("hidden", False), bool):
            problems.append(f"{where}.hidden: expected true or false")
        out.append({"id": cid, "hidden": check.get("hidden", False),
                    "text": state.text(check["text"], f"{where}.text", problems)})
    return out


def _marker(value, at, problems):
    match = markers.MARKER.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None or "-->" in match.group(1):
        problems.append(f"{at}: expected one marker, <!-- md:NAME args -->, got {value!r}")
    elif (match.group(1).split() or [""])[0] == "tool-form":
        problems.append(f"{at}: a tool's form cannot hold a tool's form")


# --- rendering -------------------------------------------------------------------------


def _e(text):
    return html.escape(str(text), quote=True)


def _t(text, lang):
    """A text in `lang` as element content (quotes stay as typed), any marker it holds left for
    the registry to render."""
    out, at = [], 0
    for match in markers.MARKER.finditer(text[lang]):
        out += [html.escape(text[lang][at:match.start()], quote=False), match.group(0)]
        at = match.end()
    return "".join(out + [html.escape(text[lang][at:], quote=False)])


def _attrs(*pairs):
    """` key="value"` for each pair whose value is not None; True renders the bare key."""
    out = ""
    for key, value in pairs:
        if value is True:
            out += f" {key}"
        elif value not in (None, False):
            out += f' {key}="{_e(value)}"'
    return out


def _classes(*names):
    return " ".join(n for n in names if n) or None


def render(form, lang):
    """The tool's form in `lang` (a complete or partial language: a partial one's words are
    already filled in, sitekit/untranslated.py)."""
    context = {"lang": lang, "by_page": form.by_page}
    body = "\n".join(_render(item, context) for item in form.items)
    # Out of the search index: a form's labels are not what a reader searches for, and each
    # page's index entry is loaded on every page (the 150 KB budget).
    return f'<form class="tool {_e(form.cls)}" novalidate data-search-exclude>\n{body}\n</form>\n'


def _render(item, c):
    kind, lang = item["type"], c["lang"]
    hidden = ("hidden", item.get("hidden", False))
    if kind in ("group", "fieldset"):
        if kind == "fieldset":
            inner = "\n".join(_render(i, c) for i in item["items"])
            return (f'<fieldset{_attrs(("class", item.get("class")), hidden)}>'
                    f'<legend class="tool__legend">{_t(item["legend"], lang)}</legend>\n{inner}\n</fieldset>')
        # A line between blocks (search reads their words apart), nothing between buttons side
        # by side (no gap of a space).
        inner = "".join((f"\n{_render(i, c)}\n" if i["type"] not in _INLINE else _render(i, c)) for i in item["items"])
        inner = re.sub(r"\n+", "\n", inner)
        tag = item.get("tag", "div")
        return f'<{tag}{_attrs(("class", item.get("class")), hidden)}>{inner}</{tag}>'
    if kind in _CONTROLS:
        return _control(item, lang)
    if kind == "radios":
        return _radios(item, c)
    if kind == "button":
        cls = _classes("md-button", "md-button--primary" if item.get("primary") else "", item.get("class"))
        return (f'<button{_attrs(("class", cls), ("type", "submit" if item.get("submit") else "button"), hidden)}>'
                f'{_t(item["label"], lang)}</button>')
    if kind == "link":
        cls = _classes("md-button", "md-button--primary" if item.get("primary") else "", item.get("class"))
        return f'<a{_attrs(("class", cls), ("href", item["href"]), hidden)}>{_t(item["label"], lang)}</a>'
    if kind == "heading":
        return f'<h3{_attrs(("class", item.get("class")), ("id", item["id"]), hidden)}>{_t(item["label"], lang)}</h3>'
    if kind == "region":
        return _region(item, lang)
    if kind == "table":
        return _table(item, lang)
    if kind == "checks":
        lines = [f'<li{_attrs(("data-check", ch["id"]), ("hidden", ch["hidden"]))}><span class="builder__result"></span> '
                 f'{_t(ch["text"], lang)}</li>' for ch in item["items"]]
        return f'<ul{_attrs(("class", item["class"]))}>\n' + "\n".join(lines) + "\n</ul>"
    return item["marker"].strip()  # marker


def _control(item, lang):
    kind, fid = item["type"], item["id"]
    hint = f"{fid}-hint" if item.get("hint") else None
    described = " ".join(([hint] if hint else []) + item.get("describedby", [])) or None
    label = _t(item["label"], lang)
    if kind == "file":
        attrs = _attrs(("class", item.get("class")), ("id", fid), ("name", item.get("name")), ("type", "file"),
                       ("accept", item["accept"]))
        return (f'<input{attrs}>'
                f'<label class="md-button" for="{_e(fid)}">{label}</label>')
    common = [("id", fid), ("class", item.get("class")), ("name", item.get("name"))]
    if kind == "textarea":
        attrs = _attrs(*common, ("rows", item["rows"]), ("readonly", item.get("readonly")),
                       ("spellcheck", "false" if item.get("spellcheck") is False else None),
                       ("required", item.get("required")), ("aria-describedby", described))
        control = f"<textarea{attrs}></textarea>"
    elif kind == "select":
        control = f'<select{_attrs(*common, ("required", item.get("required")), ("aria-describedby", described))}></select>'
    else:
        attrs = _attrs(*common, ("type", kind), ("autocomplete", item.get("autocomplete", "off") if kind == "text" else None),
                       ("spellcheck", "false" if item.get("spellcheck") is False else None),
                       ("required", item.get("required")), ("aria-describedby", described))
        control = f"<input{attrs}>"
    hint_html = f'<span class="tool__hint" id="{_e(hint)}">{_t(item["hint"], lang)}</span>' if hint else ""
    box = _attrs(("class", _classes("tool__field", item.get("box_class"))), ("hidden", item.get("hidden", False)))
    return f'<p{box}><label for="{_e(fid)}">{label}</label>{control}{hint_html}</p>'


def _radios(item, c):
    lang, choices = c["lang"], item["choices"]
    checked = choices[0].value if choices else None
    if item["name"] in c["by_page"]:
        values = [ch.value for ch in choices]
        checked = lang if lang in values else languages.WORDS_SOURCE if languages.WORDS_SOURCE in values else checked
    options = "".join(
        f'<label class="tool__choice"><input'
        f'{_attrs(("type", "radio"), ("name", item["name"]), ("value", ch.value), ("checked", ch.value == checked))}>'
        f'<span{_attrs(("lang", ch.lang if ch.lang and ch.lang != lang else None))}>{_t(ch.label, lang)}</span></label>'
        for ch in choices)
    return (f'<fieldset{_attrs(("class", item.get("class")), ("hidden", item.get("hidden", False)))}>'
            f'<legend class="tool__legend">{_t(item["legend"], lang)}</legend>{options}</fieldset>')


def _region(item, lang):
    tag = item.get("tag", "p")
    attrs = _attrs(("class", item.get("class")), ("id", item.get("id")), ("role", item.get("role")),
                   ("aria-label", item["label"][lang] if item.get("label") else None), ("hidden", item.get("hidden", False)))
    text = _t(item["text"], lang) if item.get("text") else ""
    if item.get("slot"):
        text = f'<span>{text}</span> <span class="{_e(item["slot"])}"></span>'
    return f"<{tag}{attrs}>{text}</{tag}>"


def _table(item, lang):
    cls, caption_id = item["class"], item["caption_id"]
    heads = "".join(f'<th scope="col" data-head="{_e(col["id"])}">{_t(col["label"], lang)}</th>' for col in item["columns"])
    return (f'<div class="{_e(cls)}-wrap" role="region" aria-labelledby="{_e(caption_id)}" tabindex="0">\n'
            f'<table class="{_e(cls)}">\n<caption id="{_e(caption_id)}">{_t(item["caption"], lang)}</caption>\n'
            f"<thead><tr>{heads}</tr></thead>\n<tbody></tbody>\n</table>\n</div>")
