"""data/contacts.yml, checked without a browser: what the build refuses, and that what it
names exists (sitekit/contacts.py)."""

import pytest

from sitekit import contacts, tool_forms, untranslated
from tests.conftest import SITE
from tests.test_tool_forms import _names


def test_every_per_contact_tool_and_its_name_field_exist():
    data = SITE.contacts
    defs = SITE.worksheets
    placeholders = {p for t in SITE.templates.values() for p in t.data["placeholders"]}
    for tool, field in data["tools"].items():
        if tool in defs:
            assert field in defs[tool].field_ids(), f"{tool}: no field {field}"
        elif tool == "mensaje":
            assert field in placeholders, f"mensaje: no placeholder {field}"
        else:
            assert field in SITE.tool_fields[tool], f"{tool}: no stored field {field}"
    assert not set(data["you"]) & set(data["tools"].values()), "the person's name is never the reader's"


def test_a_broken_definition_stops_the_build_naming_each_problem(tmp_path):
    bad = tmp_path / "contacts.yml"
    bad.write_text("tools: {notas: their_name}\nyou: [your_name, shoe_size]\nfrom_contact: {organisation: salary}\n"
                   "words:\n  who_for: {es: '¿Para quién?'}\n", encoding="utf-8")
    with pytest.raises(contacts.ContactsError) as caught:
        contacts.load(bad, SITE.templates, SITE.langs)
    text = str(caught.value)
    assert "'shoe_size' is no placeholder" in text
    assert "from_contact.organisation: 'salary' is not one of the record's text or date fields" in text
    assert "contacts.yml: words.who_for: 'en' is a required property" in text
    assert "contacts.yml: 'record' is a required property" in text


def test_every_place_that_names_record_fields_takes_them_from_the_record_list():
    """data/contacts.yml `record` is the one list: the tracker's form, its CSV columns and their
    words, and the target list's columns name only its fields (the scripts read it: src/contacts.mjs fields)."""

    data = SITE.contacts
    fields = contacts.record_fields(data)
    tracker = untranslated.load(SITE.path("tools", "registro.yml").read_text(encoding="utf-8"))
    form = tool_forms.render(SITE, SITE.tool_forms["registro"], SITE.langs[0])
    named = set(_names(form))
    assert "name" in named and named <= set(fields), sorted(named - set(fields))
    assert {k.split(".", 2)[2] for k in tracker if k.startswith("csv.column.")} == set(data["csv"])
    listed = SITE.worksheets[data["list"]["worksheet"]]
    rows = next(f for f in listed.fields if f["id"] == data["list"]["field"])
    assert rows["type"] == "rows"
    assert {c["id"] for c in rows["columns"]} <= set(contacts.record_fields(data, ("text",)))
    assert SITE.tool_fields["registro"] == {"contacts": "records"}


def test_a_broken_record_list_stops_the_build(tmp_path):
    import yaml

    good = untranslated.load(SITE.path("contacts.yml").read_text(encoding="utf-8"))
    good["record"] = [{"id": "name", "type": "text"}, {"id": "name", "type": "date"}, {"id": "sent", "type": "day"}]
    good["csv"] = ["name", "salary"]
    bad = tmp_path / "contacts.yml"
    bad.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    with pytest.raises(contacts.ContactsError) as caught:
        contacts.load(bad, SITE.templates, SITE.langs)
    assert "contacts.yml: record[2] (sent).type: 'day' is not one of ['text', 'date', 'flag']" in str(caught.value)
    assert "contacts.yml: csv: 'salary' is no record field" in str(caught.value)
    good["record"] = [{"id": "name", "type": "text"}, {"id": "name", "type": "date"}]
    bad.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    with pytest.raises(contacts.ContactsError, match="record: 'name' twice"):
        contacts.load(bad, SITE.templates, SITE.langs)
