"""Contacts, the hub of every per-person tool (issue 17), in a real Chromium: the public API
(docs/assets/javascripts/contacts.js) that the tools and the tracker share."""

import json

import yaml

from tests.storage_faults import KEY

CONTACTS = yaml.safe_load(open("data/contacts.yml", encoding="utf-8"))
BUILDER = "herramientas/mensaje/"


def test_the_contacts_api_keeps_records_whole_and_remembers_the_choice(page, server):
    page.goto(server + BUILDER, wait_until="load")
    page.wait_for_function("!!window.SiteContacts")
    result = page.evaluate("""() => {
      const C = window.SiteContacts, seen = [];
      C.onChange(() => seen.push(C.list().length));
      const b = C.save({name: "Bea Soto", organisation: "Sur"});
      const a = C.save({name: "Álvaro Ruiz", mystery: "kept"});
      const same = C.save({id: a, role: "Directora"});
      const before = C.get(a);
      const gone = C.remove(b);
      C.choose(a);
      return {a, same, before, list: C.list(), gone, missing: C.get(b), seen, current: C.current(),
              answers: C.answersId("notas", a)};
    }""")
    a = result["a"]
    assert result["same"] == a, "saving with a known id merges into that record"
    assert result["before"]["name"] == "Álvaro Ruiz" and result["before"]["role"] == "Directora"
    assert result["before"]["mystery"] == "kept", "a field contacts.js does not know is kept"
    assert result["before"]["status"] == "to-contact" and result["before"]["status_manual"] is False
    assert [c["name"] for c in result["list"]] == ["Álvaro Ruiz"]
    assert result["gone"] is True and result["missing"] is None
    assert result["seen"] == [1, 2, 2, 1], "onChange after every change"
    assert result["current"] == a and result["answers"] == f"notas@{a}"
    stored = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))
    assert stored["version"] == 3
    assert [c["id"] for c in stored["worksheets"]["registro"]["data"]["contacts"]] == [a]
    # The choice is remembered across pages, and ?contact=ID chooses.
    other = page.evaluate("() => window.SiteContacts.save({name: 'Carmen'})")
    page.goto(server + "en/" + BUILDER, wait_until="load")
    page.wait_for_function("!!window.SiteContacts")
    assert page.evaluate("() => window.SiteContacts.current()") == a
    page.goto(server + BUILDER + "?contact=" + other, wait_until="load")
    page.wait_for_function("!!window.SiteContacts")
    assert page.evaluate("() => window.SiteContacts.current()") == other
    page.goto(server + BUILDER, wait_until="load")
    page.wait_for_function("!!window.SiteContacts")
    assert page.evaluate("() => window.SiteContacts.current()") == other, "?contact= is remembered"
