"""The contacts' definitions (data/contacts.yml): load, check, and the JSON a page carries.

One source for the browser (src/contacts.mjs and the store's migration
read it as the page's "contacts" data) and for the import schema (hooks/worksheets.py: "TOOL@ID" and "tu").
"""

from html import escape
from pathlib import Path

from markupsafe import Markup

from sitekit import schemas, untranslated

YOU_ID = "tu"  # WorksheetStore id of the reader's own details (src/contacts.mjs YOU_ID)
RECORD_TYPES = ("text", "date", "flag")  # schemas/contacts.schema.json record[].type


class ContactsError(ValueError):
    """data/contacts.yml cannot be used; the message says what is wrong and where."""


def load(path, templates, langs):
    """The checked definitions (schemas/contacts.schema.json first, in `langs`, the site's
    languages); `templates` the message templates ({id: Template}), whose placeholders `you`
    names."""
    path = Path(path)
    data = untranslated.read(path, ContactsError)
    problems, bad = schemas.faults("contacts", data, langs, path)
    if not isinstance(data, dict):
        raise ContactsError("\n".join(problems))
    # What the schema cannot say, on the keys it found sound (of a record at fault, its sound fields).
    found = []
    if "you" not in bad:
        placeholders = {name for template in templates.values() for name in template.data["placeholders"]}
        found += [f"you: {p!r} is no placeholder of data/templates/" for p in data["you"] if p not in placeholders]
    record = [f for f in data.get("record") or [] if isinstance(f, dict) and isinstance(f.get("id"), str)
              and f.get("type") in RECORD_TYPES] if "record" in bad else data["record"]
    fields = [f["id"] for f in record]
    found += [f"record: {f!r} twice" for f in sorted({f for f in fields if fields.count(f) > 1})]
    texts = [f["id"] for f in record if f["type"] != "flag"]
    if "from_contact" not in bad:
        found += [f"from_contact.{key}: {value!r} is not one of the record's text or date fields ({', '.join(texts)})"
                  for key, value in data["from_contact"].items() if value not in texts]
    if "csv" not in bad:
        found += [f"csv: {c!r} is no record field" for c in data["csv"] if c not in fields]
    problems += [f"{path}: {problem}" for problem in found]
    if problems:
        raise ContactsError("\n".join(problems))
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
