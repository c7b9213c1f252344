"""data/contacts.yml, checked without a browser: what the build refuses, and that what it
names exists (sitekit/contacts.py)."""

import pytest

from hooks.worksheets import TOOL_FIELDS
from sitekit import contacts
from tests.conftest import SITE


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
            assert field in TOOL_FIELDS[tool], f"{tool}: no stored field {field}"
    assert not set(data["you"]) & set(data["tools"].values()), "the person's name is never the reader's"


def test_a_broken_definition_stops_the_build_naming_each_problem(tmp_path):
    bad = tmp_path / "contacts.yml"
    bad.write_text("tools: {notas: their_name}\nyou: [your_name, shoe_size]\nfrom_contact: {organisation: salary}\n"
                   "words:\n  who_for: {es: '¿Para quién?'}\n", encoding="utf-8")
    with pytest.raises(contacts.ContactsError) as caught:
        contacts.load(bad, SITE.templates)
    text = str(caught.value)
    assert "'shoe_size' is no placeholder" in text
    assert "from_contact" in text
    assert "who_for: missing text for 'en'" in text
