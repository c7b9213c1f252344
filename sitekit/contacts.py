"""The contacts' definitions (data/contacts.yml): load, check, and the JSON a page carries.

One source for the browser (src/contacts.mjs and the store's migration
read it as the page's "contacts" data) and for the import schema (hooks/worksheets.py: "TOOL@ID" and "tu").
"""

from html import escape
from pathlib import Path

from markupsafe import Markup

from sitekit import untranslated, worksheets

YOU_ID = "tu"  # WorksheetStore id of the reader's own details (src/contacts.mjs YOU_ID)
RECORD_TYPES = ("text", "date", "flag")


class ContactsError(ValueError):
    """data/contacts.yml cannot be used; the message says what is wrong and where."""


def load(path, templates):
    """The checked definitions; `templates` the message templates ({id: Template}), whose
    placeholders `you` names."""
    path = Path(path)
    data = untranslated.read(path, ContactsError)
    if not isinstance(data, dict):
        raise ContactsError(f"{path}: expected a mapping with record, csv, list, tools, you, from_contact, words")
    problems = []
    placeholders = set()
    for template in templates.values():
        placeholders |= set(template.data["placeholders"])
    tools = data.get("tools")
    if not (isinstance(tools, dict) and tools and all(isinstance(v, str) and v for v in tools.values())):
        problems.append("tools: expected {tool id: the field naming the person}")
    you = data.get("you")
    if not (isinstance(you, list) and you and all(isinstance(v, str) for v in you)):
        problems.append("you: expected a list of placeholder ids")
    else:
        problems += [f"you: {p!r} is no placeholder of data/templates/" for p in you if p not in placeholders]
    record = data.get("record")
    if not (isinstance(record, list) and record and all(
            isinstance(f, dict) and isinstance(f.get("id"), str) and f.get("type") in RECORD_TYPES for f in record)):
        problems.append(f"record: expected a list of {{id, type: {' | '.join(RECORD_TYPES)}}}")
        record = []
    fields = [f["id"] for f in record]
    problems += [f"record: {f!r} twice" for f in sorted({f for f in fields if fields.count(f) > 1})]
    texts = [f["id"] for f in record if f["type"] != "flag"]
    mapped = data.get("from_contact")
    if not (isinstance(mapped, dict) and all(v in texts for v in mapped.values())):
        problems.append(f"from_contact: expected {{placeholder: one of {', '.join(texts)}}}")
    csv = data.get("csv")
    if not (isinstance(csv, list) and csv and all(c in fields for c in csv)):
        problems.append("csv: expected a list of record fields")
    listed = data.get("list")
    if not (isinstance(listed, dict) and isinstance(listed.get("worksheet"), str) and isinstance(listed.get("field"), str)):
        problems.append("list: expected {worksheet: id, field: its rows field}")
    words = data.get("words")
    if not isinstance(words, dict) or not words:
        problems.append("words: expected {key: {language: text}}")
    else:
        for key, value in words.items():
            problems += worksheets._check_text(value, f"words: {key}")
    if problems:
        raise ContactsError(f"{path}: " + "; ".join(problems))
    return data


def record_fields(data, kinds=RECORD_TYPES):
    """The record's field ids, in order, of the given types."""
    return [f["id"] for f in data["record"] if f["type"] in kinds]


def page_data(data, lang):
    """What a page's scripts read: the roles, and the words in the page's language."""
    out = {k: data[k] for k in ("tools", "you", "from_contact", "record", "csv", "list")}
    out["words"] = {key: texts[lang] for key, texts in data["words"].items()}
    return out


def picker_html(site, data, tool, lang):
    """The «¿Para quién?» picker of `tool` ("" for a tool not kept per contact), from
    overrides/hooks/contact-picker.html in `site`'s partials. Without JavaScript it stays
    hidden: it could do nothing.

    It is in the HTML, hidden, so that its place is kept while the page script starts
    (contacts.css: `.js .contact-picker[hidden]`); inserted by the script, it pushed the tool
    down after the first paint (a layout shift that cost Lighthouse points).
    """
    if tool not in data["tools"]:
        return ""
    words = {key: Markup(escape(texts[lang])) for key, texts in data["words"].items()}
    return site.partials.get_template("hooks/contact-picker.html").render(tool=tool, w=words) + "\n"
