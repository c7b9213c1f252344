"""Contacts, the hub of every per-person tool (issue 17), in a real Chromium: the public API
(src/contacts.mjs) that the tools and the tracker share."""

import json

from playwright.sync_api import expect

from tests.browsing import axe_violations
from tests.conftest import SITE
from tests.storage_faults import KEY

CONTACTS = SITE.contacts
UI = SITE.worksheets_ui
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
    assert result["before"]["mystery"] == "kept", "a field src/contacts.mjs does not know is kept"
    assert result["before"]["status"] == "to-contact" and result["before"]["status_manual"] is False
    assert [c["name"] for c in result["list"]] == ["Álvaro Ruiz"]
    assert result["gone"] is True and result["missing"] is None
    assert result["seen"] == [1, 2, 2, 1], "onChange after every change"
    assert result["current"] == a and result["answers"] == f"notas@{a}"
    stored = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))
    assert stored["version"] == 4
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


# --- every per-person tool, for each of three contacts ----------------------------------------

PEOPLE = ["Carmen Ruiz", "Luis Peña", "Dana Okafor"]
NOTES, PLAN = "fichas/notas/", "fichas/preguntas/"
PICKER = ".contact-picker select"


def open_tool(page, server, path, lang="es", query=""):
    page.goto(server + ("en/" if lang == "en" else "") + path + query, wait_until="load")
    page.wait_for_selector(PICKER)


def choose(page, name):
    page.select_option(PICKER, label=name)


def add_contact(page, name):
    page.click(".contact-picker__add")
    page.fill(".contact-picker__name", name)
    page.keyboard.press("Enter")
    page.wait_for_function("n => document.querySelector('.contact-picker select').selectedOptions[0].text === n", arg=name)


def settle(page, text):
    """Wait until `text`, just typed, is stored (the tools save once typing pauses)."""
    page.wait_for_function("([k, t]) => (localStorage.getItem(k) || '').includes(JSON.stringify(t).slice(1, -1))",
                           arg=[KEY, text], timeout=3000)


def test_three_contacts_each_tool_keeps_each_contacts_answers_apart(page, server):
    open_tool(page, server, BUILDER)
    for name in PEOPLE:
        add_contact(page, name)
        assert page.input_value("[name=their_name]") == name, "the builder takes the name from the record"
        page.fill("[name=connection]", f"common ground with {name}")
    page.fill("[name=your_name]", "Ana")
    settle(page, "Ana")
    for name in PEOPLE:
        choose(page, name)
        assert page.input_value("[name=their_name]") == name
        assert page.input_value("[name=connection]") == f"common ground with {name}"
        assert page.input_value("[name=your_name]") == "Ana", "the reader's name is the same for every contact"
        assert name.split()[0] in page.inner_text(".builder__preview"), "greeted by first name"

    for path, field in ((NOTES, "#ws-notas-advice"), (PLAN, "#ws-preguntas-goal")):
        open_tool(page, server, path)
        options = page.locator(PICKER + " option").all_inner_texts()
        assert options[1:] == sorted(PEOPLE), f"{path}: every contact, by name"
        for name in PEOPLE:
            choose(page, name)
            page.fill(field, f"{path} for {name}")
            settle(page, f"{path} for {name}")

    notes_name = "#ws-notas-their_name"
    for lang in ("es", "en"):
        for path, field in ((NOTES, "#ws-notas-advice"), (PLAN, "#ws-preguntas-goal")):
            open_tool(page, server, path, lang)
            for name in PEOPLE:
                choose(page, name)
                assert page.input_value(field) == f"{path} for {name}", (lang, path, name)
                if path == NOTES:
                    assert page.input_value(notes_name) == name
                    assert page.input_value("#ws-notas-your_name") == "Ana"
                    assert name.split()[0] in page.inner_text(".ws-thank-you-message"), "the thank-you follows the contact"
                else:
                    assert page.input_value("#ws-preguntas-person") == name
    open_tool(page, server, BUILDER, "en")
    for name in PEOPLE:
        choose(page, name)
        assert page.input_value("[name=connection]") == f"common ground with {name}", name

    # Editing the recipient's name edits the contact; the other tools follow.
    choose(page, "Dana Okafor")
    dana = page.evaluate("() => SiteContacts.current()")
    page.fill("[name=their_name]", "Dana Okafor-Reyes")
    settle(page, "Dana Okafor-Reyes")
    assert page.evaluate("id => SiteContacts.get(id).name", dana) == "Dana Okafor-Reyes"
    open_tool(page, server, NOTES, query=f"?contact={dana}")
    assert page.input_value(notes_name) == "Dana Okafor-Reyes"
    assert page.input_value("#ws-notas-advice") == f"{NOTES} for Dana Okafor"
    stored = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))["worksheets"]
    assert stored["tu"]["data"] == {"your_name": "Ana"}
    assert stored[f"notas@{dana}"]["data"]["advice"] == f"{NOTES} for Dana Okafor"
    assert "your_name" not in stored[f"mensaje@{dana}"]["data"]["fields"], "kept once, not per contact"
    # On paper: the chosen contact's sheet, without the picker.
    page.emulate_media(media="print")
    assert not page.is_visible(".contact-picker")
    assert page.inner_text("[data-field=their_name] .ws-print-answer") == "Dana Okafor-Reyes"
    assert page.inner_text("[data-field=advice] .ws-print-answer") == f"{NOTES} for Dana Okafor"


# --- today's data: a stored version-2 document and a version-2 export -------------------------

V2 = json.loads(open("tests/fixtures/store-v2.json", encoding="utf-8").read())
MOVED = {"notas": "Carmen Ruiz", "preguntas": "Luis Peña", "seguimiento": CONTACTS["words"]["unnamed"]["es"],
         "mensaje": "Dana"}


def check_migrated(page, where):
    """Every answer of the version-2 fixture kept, each one-person tool's under its contact."""
    got = page.evaluate("() => Object.fromEntries(WorksheetStore.ids().map(id => [id, WorksheetStore.get(id)]))")
    people = {c["name"]: c for c in got["registro"]["contacts"]}
    assert sorted(people) == sorted(MOVED.values()), where
    for tool, name in MOVED.items():
        assert tool not in got, f"{where}: {tool} is no longer one person's"
        assert got[f"{tool}@{people[name]['id']}"] == V2["worksheets"][tool]["data"], f"{where}: {tool} kept whole"
    assert got["por-que-ahora"] == V2["worksheets"]["por-que-ahora"]["data"], f"{where}: por-que-ahora"
    old = V2["worksheets"]["registro"]["data"]["contacts"][0]
    assert {k: people["Luis Peña"][k] for k in old} == old, f"{where}: the tracker's record kept"
    # Through store version 4: the target list's one row is Luis Peña's record, its field kept.
    assert "lista-de-contactos" not in got, where
    assert people["Luis Peña"]["why"] == V2["worksheets"]["lista-de-contactos"]["data"]["contacts"][0]["why"], where
    assert got["tu"]["your_name"] == "Ana" and got["tu"]["who_you_are"] == "Doce años en compras", where
    return people


def test_a_stored_version_2_document_and_a_version_2_export_keep_every_answer(page, server, tmp_path):
    page.add_init_script("if (!sessionStorage.getItem('seeded')) { localStorage.setItem(%s, %s);"
                         " sessionStorage.setItem('seeded', '1'); }" % (json.dumps(KEY), json.dumps(json.dumps(V2))))
    open_tool(page, server, NOTES)
    people = check_migrated(page, "stored")
    # Each tool opens on its own person until the reader chooses.
    assert page.input_value("#ws-notas-their_name") == "Carmen Ruiz"
    assert page.input_value("#ws-notas-advice") == V2["worksheets"]["notas"]["data"]["advice"]
    assert page.locator(PICKER + " option:checked").inner_text() == "Carmen Ruiz"
    open_tool(page, server, PLAN)
    assert page.input_value("#ws-preguntas-person") == "Luis Peña"
    assert page.input_value("#ws-preguntas-goal") == V2["worksheets"]["preguntas"]["data"]["goal"]
    # The builder, prefilled from the record and the reader's details.
    open_tool(page, server, BUILDER)
    assert page.input_value("[name=their_name]") == "Dana"
    assert page.input_value("[name=connection]") == "Estudiamos en Leeds"
    assert page.input_value("[name=your_name]") == "Ana"
    open_tool(page, server, BUILDER, query=f"?contact={people['Luis Peña']['id']}")
    assert page.input_value("[name=their_name]") == "Luis Peña"
    assert page.input_value("[name=connection]") == "", "Luis has no message yet"
    assert page.input_value("[name=who_you_are]") == "Doce años en compras"

    # The same document as today's site exports it, imported here.
    page.goto(server + "fichas/", wait_until="load")
    page.wait_for_selector(".ws-data:not([hidden])")
    page.on("dialog", lambda d: d.accept())
    page.evaluate("() => WorksheetStore.clear()")
    path = tmp_path / "respuestas-v2.json"
    path.write_text(json.dumps(V2, indent=2, ensure_ascii=False), encoding="utf-8")
    page.set_input_files(".ws-import-file", str(path))
    # Nothing dropped: the import says only that it is done.
    expect(page.locator(".ws-data .ws-status")).to_have_text(UI["import_done"]["es"])
    check_migrated(page, "imported")
    assert page.inner_text(".ws-data .ws-alert") == ""


# --- the picker with the keyboard only, and axe in both colour schemes --------------------------


def test_the_picker_works_with_the_keyboard_alone_and_axe_finds_nothing(browser, server):
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        try:
            open_tool(page, server, NOTES, "en" if scheme == "dark" else "es")
            lang = "en" if scheme == "dark" else "es"
            words = {k: v[lang] for k, v in CONTACTS["words"].items()}
            select = page.get_by_label(words["who_for"], exact=True)
            assert select.evaluate("e => e.tagName") == "SELECT", "a native select, labelled"
            page.keyboard.press("Tab")
            for _ in range(80):
                if page.evaluate("document.activeElement.matches('.contact-picker select')"):
                    break
                page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.matches('.contact-picker select')"), "Tab reaches the picker"
            page.keyboard.press("Tab")
            add = page.get_by_role("button", name=words["add"])
            assert add.evaluate("e => e === document.activeElement")
            assert add.get_attribute("aria-expanded") == "false"
            page.keyboard.press("Enter")
            assert add.get_attribute("aria-expanded") == "true"
            name = page.get_by_label(words["new_name"])
            assert name.evaluate("e => e === document.activeElement"), "the name field takes the focus"
            page.keyboard.press("Enter")
            assert page.inner_text(".contact-picker .field-error") == words["need_name"], "beside the field"
            page.keyboard.type("Bea")
            page.keyboard.press("Enter")
            assert page.evaluate("document.activeElement.matches('.contact-picker select')")
            assert page.locator(PICKER + " option:checked").inner_text() == "Bea"
            assert page.inner_text(".contact-picker__status") == words["added"].replace("@name", "Bea")
            assert page.input_value("#ws-notas-their_name") == "Bea"
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.keyboard.type("Ángel")
            page.keyboard.press("Enter")
            page.wait_for_function("() => document.querySelector('#ws-notas-their_name').value === 'Ángel'")
            page.fill("#ws-notas-advice", "Ángel's advice")
            page.focus(PICKER)
            # A closed select moves with the arrow keys: "Ángel" sorts before "Bea".
            page.keyboard.press("ArrowDown")
            expect_value = page.evaluate("document.querySelector('#ws-notas-their_name').value")
            assert expect_value == "Bea", "the arrow key chose the next contact"
            assert page.input_value("#ws-notas-advice") == ""
            page.keyboard.press("ArrowUp")
            assert page.input_value("#ws-notas-advice") == "Ángel's advice"
            # Escape closes the new-contact field and gives the focus back.
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.keyboard.press("Escape")
            assert add.evaluate("e => e === document.activeElement") and add.get_attribute("aria-expanded") == "false"
            page.keyboard.press("Enter")  # the field open, for axe to see it too
            if scheme == "dark":
                assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
            violations = axe_violations(page)
            assert violations == [], f"{scheme}:\n" + "\n".join(violations)
        finally:
            context.close()
