"""Notes and thanks feed the contact's record, and the crib sheet takes what the reader already
wrote (issue 26 item 4), in a real Chromium: the conversation date is the record's meeting,
"Thanks sent" is one click with an undo, a person suggested becomes a contact in one tap
(«Sugerido por X» in the tracker), and the crib sheet shows, for the contact chosen, the story
and the question plan, on screen and on paper (PDF read by PDFium, tests/printing.py)."""

import pytest
from playwright.sync_api import expect

from sitekit import tool_words, worksheets
from tests.browsing import axe_violations
from tests.conftest import SITE
from tests.printing import PAPERS, print_sheets, text_of
from tests.test_worksheets import url

UI = SITE.worksheets_ui
DEFS = SITE.worksheets
TRACKER = {"es": "herramientas/registro/", "en": "en/herramientas/registro/"}
REGISTRO = worksheets.load_words("data/tools/registro.yml", SITE.langs, skip=tool_words.NOT_WORDS)
WHO_FOR = {"es": "¿Para quién?", "en": "Who for?"}
BANK = {q["id"]: q for q in next(f for f in DEFS["preguntas"].fields if f["id"] == "plan")["questions"]}


def open_sheet(page, server, wid, lang="es", contact=None):
    page.goto(url(server, wid, lang) + (f"?contact={contact}" if contact else ""))
    page.wait_for_selector(".ws-toolbar:not([hidden])")


def add_contacts(page, server, *records):
    """Contacts as the tracker would hold them (SiteContacts.save); returns their ids."""
    open_sheet(page, server, "notas")
    return page.evaluate("rs => rs.map((r) => SiteContacts.save(r))", list(records))


def record(page, cid):
    return page.evaluate("id => SiteContacts.get(id)", cid)


# --- the conversation date is the record's meeting -----------------------------------------


def test_the_notes_date_is_the_contacts_meeting_date_both_ways(page, server):
    cid, = add_contacts(page, server, {"name": "Roberto Garza", "organisation": "Acero del Norte",
                                       "status_manual": False})
    open_sheet(page, server, "notas", contact=cid)
    page.fill("#ws-notas-date", "2026-12-09")
    page.wait_for_function("id => SiteContacts.get(id).meeting === '2026-12-09'", arg=cid, timeout=3000)
    assert "date" not in page.evaluate("id => WorksheetStore.get(id)", f"notas@{cid}"), "one value: the record's"
    # The tracker's date (or any other writer's) is the one the notes show.
    page.evaluate("id => SiteContacts.save({id: id, meeting: '2026-12-11'})", cid)
    open_sheet(page, server, "notas", contact=cid)
    assert page.input_value("#ws-notas-date") == "2026-12-11"
    # Answered, as the sheet's progress counts: the name and the date, both the record's.
    total = len(DEFS["notas"].fields)
    expect(page.locator(".ws-toolbar .ws-progress")).to_have_text(
        UI["progress"]["es"].replace("@n", "2").replace("@total", str(total)))
    # Cleared here, cleared on the record.
    page.fill("#ws-notas-date", "")
    page.wait_for_function("id => SiteContacts.get(id).meeting === ''", arg=cid, timeout=3000)


def test_a_notes_date_typed_before_shows_until_the_record_has_one_and_then_moves_there(page, server):
    cid, = add_contacts(page, server, {"name": "Lucía Ferrer"})
    page.evaluate("id => WorksheetStore.set('notas@' + id, {date: '2026-11-30', advice: 'ver datos'})", cid)
    open_sheet(page, server, "notas", contact=cid)
    assert page.input_value("#ws-notas-date") == "2026-11-30"
    page.fill("#ws-notas-date", "2026-12-01")
    page.wait_for_function("id => SiteContacts.get(id).meeting === '2026-12-01'", arg=cid, timeout=3000)
    kept = page.evaluate("id => WorksheetStore.get('notas@' + id)", cid)
    assert kept == {"advice": "ver datos"}, kept


# --- "Thanks sent" ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["es", "en"])
def test_thanks_sent_is_one_click_on_the_readers_day_and_can_be_undone(browser, server, lang):
    """At 22:30 in Monterrey it is already the next day in UTC: the thanks carry the reader's day."""
    context = browser.new_context(timezone_id="America/Monterrey")
    try:
        page = context.new_page()
        page.clock.set_fixed_time("2026-12-10T04:30:00Z")  # 22:30 on 9 December, local time
        cid, = add_contacts(page, server, {"name": "Roberto Garza", "meeting": "2026-12-09",
                                           "status": "met", "status_manual": False})
        open_sheet(page, server, "notas", lang)
        page.select_option(".contact-picker select", "")
        expect(page.locator(".ws-thanked-state")).to_have_text(UI["thanked_choose"][lang])
        expect(page.get_by_role("button", name=UI["thanked_button"][lang])).to_be_hidden()
        page.select_option(".contact-picker select", cid)
        page.get_by_role("button", name=UI["thanked_button"][lang]).click()
        saved = record(page, cid)
        assert (saved["thanked"], saved["status"]) == ("2026-12-09", "thanks-sent"), saved
        status = page.locator(".ws-thanked-status[role=status]")
        expect(status).to_contain_text("Roberto Garza")
        expect(status).to_contain_text("2026")
        expect(page.locator(".ws-thanked-state")).to_contain_text(UI["thanked_state"][lang].split("@")[0].strip())
        undo = status.get_by_role("button", name=UI["undo"][lang])
        expect(undo).to_be_focused()
        page.keyboard.press("Enter")
        saved = record(page, cid)
        assert (saved["thanked"], saved["status"]) == ("", "met"), saved
        expect(page.get_by_role("button", name=UI["thanked_button"][lang])).to_be_focused()
        assert axe_violations(page, ".worksheet") == []
    finally:
        context.close()


# --- a person suggested becomes a contact -------------------------------------------------------


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_person_suggested_becomes_a_contact_in_one_tap_and_never_twice(page, server, lang):
    roberto, _ = add_contacts(page, server, {"name": "Roberto Garza"}, {"name": "Luis Pena"})
    open_sheet(page, server, "notas", lang, contact=roberto)
    page.fill("#ws-notas-names", "- Marta Ruiz (Acme), producto\nLuis Peña\n\nmarta ruiz")
    people = page.locator(".ws-suggested li")
    expect(people).to_have_count(2)  # Marta once, accents and case aside
    expect(people.nth(0)).to_contain_text("Marta Ruiz")
    expect(people.nth(1)).to_contain_text(UI["suggested_there"][lang])  # Luis Pena is there already
    add = people.nth(0).get_by_role("button", name=UI["suggested_add"][lang])
    add.focus()
    page.keyboard.press("Enter")
    expect(people.nth(0)).to_contain_text(UI["suggested_there"][lang])
    expect(people.nth(0).locator(".ws-suggested-there")).to_be_focused()
    expect(page.locator(".ws-suggested-status[role=status]")).to_contain_text("Marta Ruiz")
    expect(page.locator(".ws-suggested-status")).to_contain_text("Roberto Garza")
    martas = page.evaluate("() => SiteContacts.list().filter((r) => r.name === 'Marta Ruiz')")
    assert len(martas) == 1 and martas[0]["suggested_by"] == "Roberto Garza", martas
    assert martas[0]["notes"] == "Marta Ruiz (Acme), producto"
    assert page.evaluate("() => SiteContacts.list().length") == 3
    assert page.locator(".contact-picker select").input_value() == roberto, "the notes stay on Roberto"
    assert axe_violations(page, ".worksheet") == []
    # A long name on a 320 px screen: no sideways scrolling (WCAG 1.4.10).
    page.set_viewport_size({"width": 320, "height": 700})
    page.fill("#ws-notas-names", "Maximiliana" * 8 + " de la Santísima Trinidad")
    expect(people).to_have_count(1)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    # Shown where the contact shows.
    page.goto(server + TRACKER[lang])
    row = page.locator("tr", has_text="Marta Ruiz")
    expect(row).to_contain_text(REGISTRO["suggested_by"][lang].replace("@name", "Roberto Garza"))
    # Her tools, the crib sheet among them, open on her.
    crib = row.locator("a.tracker__tool[href*='guion']")
    assert crib.get_attribute("href").endswith(f"fichas/guion/?contact={martas[0]['id']}")


# --- the crib sheet --------------------------------------------------------------------------


STORY = "Doce años en planta de acero; la empresa cerró en 2025. Exploro la gestión de proyectos."


def prepare(page, server):
    """Two contacts, a story and a plan for the first: [ana, ben]."""
    ana, ben = add_contacts(page, server, {"name": "Ana Torres"}, {"name": "Ben Cole"})
    page.evaluate("""([ana, story]) => {
      WorksheetStore.set("tu-historia", {story: story});
      WorksheetStore.set("preguntas@" + ana, {plan: {items: [{id: "ii-01"}, {text: "Qownx ¿y el turno de noche?"}],
                                                   minutes: 20, per_question: 3}});
    }""", [ana, STORY])
    return ana, ben


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_crib_sheet_asks_who_for_and_shows_the_story_and_that_contacts_plan(page, server, lang):
    ana, ben = prepare(page, server)
    open_sheet(page, server, "guion", lang, contact=ana)
    picker = page.get_by_label(WHO_FOR[lang])
    expect(picker).to_be_visible()
    assert picker.input_value() == ana
    assert page.input_value("#ws-guion-person") == "Ana Torres", "the name is the contact's"
    opening = page.locator(".ws-field[data-field=opening]")
    expect(opening.locator(".ws-shown-text")).to_have_text(STORY)
    plan = page.locator(".ws-field[data-field=questions] .ws-shown-text li")
    expect(plan).to_have_text([BANK["ii-01"][lang], "Qownx ¿y el turno de noche?"])
    # Read-only, each with a link to edit it where it is kept.
    assert page.locator(".ws-field[data-field=opening] :is(input, textarea)").count() == 0
    assert opening.get_by_role("link").get_attribute("href") == "../tu-historia/"
    edit_plan = page.locator(".ws-field[data-field=questions]").get_by_role("link")
    assert edit_plan.get_attribute("href") == f"../preguntas/?contact={ana}"
    # Another contact: its own plan (none yet), the same story.
    picker.select_option(ben)
    expect(plan).to_have_count(0)
    expect(page.locator(".ws-field[data-field=questions] .ws-shown-empty")).to_have_text(UI["shown_empty"][lang])
    expect(opening.locator(".ws-shown-text")).to_have_text(STORY)
    # The plan changed elsewhere (another tab, or the planner) shows at once.
    page.evaluate("id => WorksheetStore.set('preguntas@' + id, {plan: {items: [{id: 'ii-02'}]}})", ben)
    expect(plan).to_have_text([BANK["ii-02"][lang]])
    edit_plan.click()
    page.wait_for_selector(".ws-toolbar:not([hidden])")
    assert page.locator(".contact-picker select").input_value() == ben, "the link opens the plan for that contact"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_axe_finds_nothing_on_the_filled_crib_sheet_and_notes_in_either_scheme(page, server, lang, scheme):
    page.emulate_media(color_scheme=scheme)  # before the first visit: Material keeps what it picked
    ana, _ = prepare(page, server)
    open_sheet(page, server, "guion", lang, contact=ana)
    page.wait_for_selector(".ws-field[data-field=questions] .ws-shown-text li")
    page.wait_for_function("s => document.body.dataset.mdColorScheme === s", arg="slate" if scheme == "dark" else "default")
    assert axe_violations(page) == []
    open_sheet(page, server, "notas", lang, contact=ana)
    page.fill("#ws-notas-names", "Marta Ruiz\nBen Cole")
    page.wait_for_selector(".ws-suggested-there")
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_printed_crib_sheet_carries_the_story_and_the_plan_on_one_sheet(page, server, lang):
    ana, _ = prepare(page, server)
    page.set_viewport_size({"width": 1000, "height": 900})
    open_sheet(page, server, "guion", lang, contact=ana)
    page.fill("#ws-guion-when", "Tmartesx 10:00, videollamada")
    page.wait_for_selector(".ws-field[data-field=questions] .ws-shown-text li")
    first_words = " ".join(BANK["ii-01"][lang].split()[:4])
    for paper in PAPERS:
        sheets = print_sheets(page, paper)
        text = text_of(sheets)
        assert len(sheets) == 1, (paper, len(sheets))
        for token in ("Ana Torres", "Tmartesx", "Doce años en planta", "Qownx", first_words):
            assert token in text, (paper, token, text[:400])
        assert "Editar" not in text and "Edit your" not in text, "the links are for the screen"
    # "Print blank": lines to write on, none of the answers.
    page.evaluate("() => document.documentElement.classList.add('ws-print-blank')")
    text = text_of(print_sheets(page, "A4"))
    assert not [t for t in ("Doce años en planta", "Qownx", first_words) if t in text], text[:400]


# --- the laptop reader's journey ---------------------------------------------------------------


def test_the_laptop_reader_prepares_prints_takes_notes_thanks_and_backs_up_to_a_second_browser(browser, server, tmp_path):
    """Diego, on a laptop in Monterrey: his story and a plan for Roberto, the crib sheet printed
    with both, the notes after the call (the date, a name suggested), thanks sent; then his
    backup opens in a second browser with all of it on the record."""
    first = browser.new_context(timezone_id="America/Monterrey", viewport={"width": 1366, "height": 768},
                                accept_downloads=True)
    second = browser.new_context(timezone_id="America/Monterrey", viewport={"width": 1366, "height": 768})
    try:
        page = first.new_page()
        page.clock.set_fixed_time("2026-12-09T23:00:00Z")  # 17:00 on 9 December, local time
        open_sheet(page, server, "tu-historia")
        page.fill("#ws-tu-historia-story", STORY)
        open_sheet(page, server, "preguntas")
        page.click(".contact-picker__add")
        page.fill(".contact-picker__name", "Roberto Garza")
        page.keyboard.press("Enter")
        page.check("#ws-preguntas-plan-q-ii-01")
        page.fill("#ws-preguntas-plan-own", "Qownx ¿cómo entraste?")
        page.click("[data-planner=add]")
        page.wait_for_function("() => JSON.stringify(WorksheetStore.ids()).includes('preguntas@')")
        open_sheet(page, server, "guion")
        expect(page.locator(".contact-picker select option:checked")).to_have_text("Roberto Garza")
        page.fill("#ws-guion-when", "Tjuevesx 10:00, videollamada")
        expect(page.locator(".ws-field[data-field=questions] .ws-shown-text li")).to_have_count(2)
        printed = text_of(print_sheets(page, "Letter"))
        for token in ("Roberto Garza", "Tjuevesx", "Doce años en planta", " ".join(BANK["ii-01"]["es"].split()[:4]), "Qownx"):
            assert token in printed, token
        open_sheet(page, server, "notas")
        page.fill("#ws-notas-date", "2026-12-09")
        page.fill("#ws-notas-advice", "pedir la lista de proveedores")
        page.fill("#ws-notas-names", "Marta Ruiz (Acme)")
        page.get_by_role("button", name=UI["suggested_add"]["es"]).click()
        page.get_by_role("button", name=UI["thanked_button"]["es"]).click()
        expect(page.locator(".ws-thanked-status")).to_contain_text("Roberto Garza")
        with page.expect_download() as info:
            page.click(".ws-data [data-action=export]")
        backup = tmp_path / info.value.suggested_filename
        info.value.save_as(backup)

        other = second.new_page()
        other.goto(server + "fichas/")
        other.wait_for_selector(".ws-data:not([hidden])")
        other.set_input_files(".ws-import-file", str(backup))
        other.wait_for_function("() => SiteContacts.list().length === 2")
        people = {r["name"]: r for r in other.evaluate("() => SiteContacts.list()")}
        roberto = people["Roberto Garza"]
        assert (roberto["meeting"], roberto["thanked"]) == ("2026-12-09", "2026-12-09"), roberto
        assert people["Marta Ruiz"]["suggested_by"] == "Roberto Garza"
        open_sheet(other, server, "guion", contact=roberto["id"])
        expect(other.locator(".ws-field[data-field=opening] .ws-shown-text")).to_have_text(STORY)
        expect(other.locator(".ws-field[data-field=questions] .ws-shown-text li")).to_have_count(2)
        assert other.input_value("#ws-guion-when") == "Tjuevesx 10:00, videollamada"
        open_sheet(other, server, "notas", contact=roberto["id"])
        assert other.input_value("#ws-notas-date") == "2026-12-09"
        expect(other.locator(".ws-thanked-state")).to_contain_text("9 de diciembre de 2026")
    finally:
        first.close()
        second.close()
