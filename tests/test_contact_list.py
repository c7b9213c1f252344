"""One contact list (issue 26 item 1), in a real Chromium: the target list worksheet's rows are
the contacts themselves (same ids), so «¿Para quién?» and the tracker offer what is typed there;
today's stored documents and exports (store version 3, tests/fixtures/store-v3.json) migrate
with nothing lost."""

import json

import pytest
from playwright.sync_api import expect

from sitekit import untranslated
from tests.browsing import wait_stored
from tests.conftest import SITE
from tests.storage_faults import KEY

UI = SITE.worksheets_ui
CONTACTS = untranslated.load(open("data/contacts.yml", encoding="utf-8").read())  # a fork's partial language included
V3 = json.loads(open("tests/fixtures/store-v3.json", encoding="utf-8").read())
LIST = "lista-de-contactos"
ROW = "#ws-lista-de-contactos-contacts-{n}-{col}"


def prefix(lang):
    return "en/" if lang == "en" else ""


def open_list(page, server, lang="es"):
    page.goto(f"{server}{prefix(lang)}fichas/{LIST}/", wait_until="load")
    page.wait_for_selector(".ws-toolbar:not([hidden])")


def open_tracker(page, server, lang="es"):
    page.goto(f"{server}{prefix(lang)}herramientas/registro/", wait_until="load")
    page.wait_for_function("() => document.querySelector('form.tracker')?.dataset.ready === 'true'")


def preset(page, doc):
    """Storage as a returning reader's browser holds it, before any script of the page runs."""
    page.add_init_script("if (!sessionStorage.getItem('seeded')) { localStorage.setItem(%s, %s);"
                         " sessionStorage.setItem('seeded', '1'); }" % (json.dumps(KEY), json.dumps(json.dumps(doc))))


def rows_on_list(page):
    """[(name, organisation, role, motivation)] as the target list shows them."""
    return page.evaluate("""() => [...document.querySelectorAll('.ws-rows-list .ws-row')].map((r) =>
      ['name', 'organisation', 'role', 'motivation'].map((c) => r.querySelector(`[data-col=${c}]`).value))""")


def names_in_tracker(page):
    return sorted(page.locator(".tracker__table tbody th").all_inner_texts())


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_stored_version_3_document_migrates_on_load_and_both_lists_show_the_same_people(page, server, lang):
    preset(page, V3)
    open_list(page, server, lang)
    unnamed = CONTACTS["words"]["unnamed"][lang]
    shown = rows_on_list(page)
    assert sorted(r[0] for r in shown) == sorted(["Luis Peña", "Carmen Ruiz", "Marta Gil", "Marta Gil", unnamed, "Dana Okafor"])
    assert ("Luis Peña", "Distribuciones Sur", "Jefe de planificación", "5") in [tuple(r) for r in shown]
    assert ("Carmen Ruiz", "Acme", "Analista", "4") in [tuple(r) for r in shown]
    assert page.input_value("#ws-lista-de-contactos-start_with") == V3["worksheets"][LIST]["data"]["start_with"]
    stored = json.loads(page.evaluate("() => WorksheetStore.exportText()"))  # as read (written at the next change)
    assert stored["version"] == 4
    ids = {c["name"]: c["id"] for c in stored["worksheets"]["registro"]["data"]["contacts"]}
    assert ids["Luis Peña"] == "c-luis" and ids["Carmen Ruiz"] == "c-carmen"
    # The same people, and the same records, on the tracker; Luis's notes still his.
    open_tracker(page, server, lang)
    assert names_in_tracker(page) == sorted(r[0] for r in shown)
    assert page.evaluate("() => WorksheetStore.get('notas@c-luis')") == V3["worksheets"]["notas@c-luis"]["data"]
    page.reload()
    open_list(page, server, lang)
    assert rows_on_list(page) == shown


def test_an_export_of_today_imports_and_migrates(page, server, tmp_path):
    page.goto(server + "fichas/", wait_until="load")
    page.wait_for_selector(".ws-data:not([hidden])")
    path = tmp_path / "respuestas-v3.json"
    path.write_text(json.dumps(V3, indent=2, ensure_ascii=False), encoding="utf-8")
    page.set_input_files(".ws-import-file", str(path))
    expect(page.locator(".ws-data .ws-status")).to_have_text(UI["import_done"]["es"])
    open_list(page, server)
    assert len(rows_on_list(page)) == 6
    assert ("Luis Peña", "Distribuciones Sur", "Jefe de planificación", "5") in [tuple(r) for r in rows_on_list(page)]
    person = page.evaluate("() => SiteContacts.get('c-luis')")
    assert person["connection"] == "Ex-colega / Estudiamos juntos" and person["reason"] == "informacion-interna"
    assert person["sent"] == "2026-11-19", "the tracker's fields kept"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_row_typed_on_the_target_list_is_a_contact_everywhere_and_edits_it(page, server, lang):
    open_list(page, server, lang)
    page.fill(ROW.format(n=1, col="name"), "Eva <b>Sanz</b>")
    page.fill(ROW.format(n=1, col="organisation"), "Acme")
    page.select_option(ROW.format(n=1, col="motivation"), "4")
    page.fill(ROW.format(n=2, col="organisation"), "Clínica Sol")  # no name: an unnamed contact
    unnamed = CONTACTS["words"]["unnamed"][lang]
    wait_stored(page, "registro", "(d) => d.contacts.length === 2 && d.contacts[0].motivation === '4'"
                f" && d.contacts[1].organisation === 'Clínica Sol' && d.contacts[1].name === {json.dumps(unnamed)}")
    eva = page.evaluate("() => WorksheetStore.get('registro').contacts[0]")
    assert eva["name"] == "Eva <b>Sanz</b>" and eva["organisation"] == "Acme" and eva["status"] == "to-contact"
    # «¿Para quién?» offers her on a per-person tool page.
    page.goto(f"{server}{prefix(lang)}fichas/notas/", wait_until="load")
    page.wait_for_selector(".contact-picker:not([hidden])")
    assert "Eva <b>Sanz</b>" in page.locator(".contact-picker__select option").all_inner_texts()
    # The tracker lists her, and what the tracker changes shows on the list (same record).
    open_tracker(page, server, lang)
    assert names_in_tracker(page) == sorted(["Eva <b>Sanz</b>", unnamed])
    assert page.locator(".tracker__table b").count() == 0
    page.locator(f".tracker__table tr[data-id='{eva['id']}'] button[data-action=edit]").click()
    page.fill("[name=role]", "Directora")
    page.click("button[type=submit]")
    open_list(page, server, lang)
    assert rows_on_list(page)[0] == ["Eva <b>Sanz</b>", "Acme", "Directora", "4"]
    # A row edited on the list changes that contact, and nothing else of it.
    page.fill(ROW.format(n=1, col="organisation"), "Acme Sur")
    wait_stored(page, "registro", "(d) => d.contacts[0].organisation === 'Acme Sur'")
    record = page.evaluate("id => SiteContacts.get(id)", eva["id"])
    assert record["role"] == "Directora" and record["motivation"] == "4" and record["name"] == "Eva <b>Sanz</b>"
    # Printed, filled: the contacts are the table's rows.
    page.emulate_media(media="print")
    first = page.locator(".ws-print-table tbody tr").first.locator("td")
    assert first.nth(0).inner_text() == "Eva <b>Sanz</b>" and first.nth(1).inner_text() == "Acme Sur"
    assert page.locator(".ws-print-table tbody tr").count() >= 10


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_row_removed_on_the_target_list_removes_the_contact_and_undo_brings_it_back(page, server, lang):
    doc = {"version": 4, "worksheets": {
        "registro": {"data": {"contacts": [
            {"id": "c-ana", "name": "Ana Gil", "organisation": "Acme", "status": "to-contact", "status_manual": False},
            {"id": "c-bea", "name": "Bea Soto", "organisation": "Sur", "sent": "2026-11-19", "status": "message-sent",
             "status_manual": False}]}, "updated": None},
        "notas@c-bea": {"data": {"advice": "Habla con Marta"}, "updated": None}}}
    preset(page, doc)
    open_list(page, server, lang)
    assert [r[0] for r in rows_on_list(page)] == ["Ana Gil", "Bea Soto"]
    page.locator(".ws-row").nth(1).locator("[data-rows=remove]").click()
    status = page.locator(".worksheet > .ws-status")
    expect(status).to_contain_text(UI["contact_removed"][lang].replace("@name", "Bea Soto"))
    # The undo waits for the reader (src/undo-offer.mjs): focus is on it.
    assert page.evaluate("() => document.activeElement.textContent") == UI["undo"][lang]
    assert page.evaluate("""() => [SiteContacts.get('c-bea'), WorksheetStore.ids().includes('notas@c-bea'),
      SiteContacts.list().map((c) => c.name)]""") == [None, False, ["Ana Gil"]], "gone, with her notes"
    page.keyboard.press("Enter")
    expect(status).to_have_text(UI["contact_restored"][lang].replace("@name", "Bea Soto"))
    # Focus is on the row that came back, not on the page's body.
    assert page.evaluate("() => document.activeElement.closest('.ws-row')?.dataset.id") == "c-bea"
    bea = page.evaluate("() => SiteContacts.get('c-bea')")
    assert bea["sent"] == "2026-11-19" and bea["organisation"] == "Sur", "the whole record back, same id"
    assert page.evaluate("() => WorksheetStore.get('notas@c-bea')") == {"advice": "Habla con Marta"}
    assert sorted(r[0] for r in rows_on_list(page)) == ["Ana Gil", "Bea Soto"]
    # An empty row is nobody: removing it removes no contact and offers no undo.
    page.click("[data-rows=add]")
    page.locator(".ws-row").nth(2).locator("[data-rows=remove]").click()
    expect(status).to_have_text(UI["row_removed"][lang])
    assert len(page.evaluate("() => SiteContacts.list()")) == 2

