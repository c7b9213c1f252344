"""The tracker as the hub of the reader's contacts (issue 17), in Chromium: the 3B7 planner's
dates reaching the contact's row, one calendar per contact with its own stable UIDs and one for
everyone, cards on a phone and a table on a laptop, the row's actions by keyboard alone, and
what is due, on a day the test chooses (the page's clock, not the machine's).

The rules themselves (status from the dates, what is due, UIDs) are tested without a browser:
tests/js/contact-steps.test.mjs."""

import json

from icalendar import Calendar

from tests.browsing import axe_violations
from tests.storage_faults import KEY

TRACKER = "herramientas/registro/"
PLANNER = "herramientas/seguimiento/"
INDEX = "fichas/"
TUESDAY = "2025-03-04T10:00:00"  # a Tuesday: Monday 3 March + 3 working days is Thursday 6

LONG_NOTE = "Conocida en la charla de Valladolid. " * 30 + "\nSegunda línea."


def record(**fields):
    base = {f: "" for f in ("name", "organisation", "role", "connection", "source", "status", "sent", "day3",
                            "day7", "meeting", "thanked", "next_action", "next_date", "notes")}
    base.update(status="to-contact", status_manual=False)
    base.update(fields)
    return base


ANA = record(id="ana-1", name="Ana Pérez", organisation="Logística Ibérica", role="Directora de operaciones")
BEN = record(id="ben-2", name="Ben Ortiz", organisation="Acme")
ANA_NEXT = {**ANA, "next_action": "Llamar", "next_date": "2025-03-07"}
CAI = record(id="cai-3", name="Cai Núñez", organisation="Hospital Sur", meeting="2025-03-04", notes=LONG_NOTE,
             connection="Antigua compañera", source="Lista de contactos")


def preset(page, contacts):
    """The contacts stored before any page script runs (once per test: a reload keeps changes)."""
    doc = {"version": 3, "worksheets": {"registro": {"data": {"contacts": contacts}, "updated": None}}}
    page.add_init_script("if (!sessionStorage.getItem('seeded')) { localStorage.setItem(%s, %s);"
                         " sessionStorage.setItem('seeded', '1'); }" % (json.dumps(KEY), json.dumps(json.dumps(doc))))


def download(page, selector):
    with page.expect_download() as info:
        page.click(selector)
    return info.value.suggested_filename, open(info.value.path(), "rb").read()


def events(raw):
    return {str(e["UID"]): (e.decoded("DTSTART").isoformat(), int(e["SEQUENCE"]), str(e["SUMMARY"]))
            for e in Calendar.from_ical(raw).walk("VEVENT")}


def stored(page, contact_id):
    return page.evaluate("id => WorksheetStore.get('registro').contacts.find(c => c.id === id)", contact_id)


def tracker_ready(page):
    page.wait_for_selector("form.tracker[data-ready]")


def test_the_planner_writes_each_contacts_dates_and_calendar_and_the_tracker_shows_them(server, fresh_page):
    page = fresh_page  # the clock is set: a context of its own
    page.clock.set_fixed_time(TUESDAY)
    preset(page, [ANA, BEN])
    page.goto(server + PLANNER + "?contact=ana-1", wait_until="load")
    picker = page.get_by_label("¿Para quién?")
    assert picker.input_value() == "ana-1", "?contact= chooses the contact"
    assert page.input_value("#fp-name") == "Ana Pérez" and page.input_value("#fp-org") == "Logística Ibérica"
    page.fill("#fp-sent", "2025-03-03")
    ana = stored(page, "ana-1")
    assert (ana["sent"], ana["day3"], ana["day7"], ana["next_date"]) == ("2025-03-03", "2025-03-06", "2025-03-12", "2025-03-06")
    assert ana["next_action"].startswith("3B7, día 3: si Ana Pérez no ha contestado"), ana["next_action"]
    assert ana["role"] == "Directora de operaciones", "the contact's other fields are kept"
    name, raw = download(page, ".followup__download")
    assert name == "seguimiento-3b7-ana-perez.ics"
    ana_events = events(raw)
    assert sorted(d for d, _, _ in ana_events.values()) == ["2025-03-06", "2025-03-12"]

    picker.select_option("ben-2")
    page.wait_for_function("() => document.querySelector('#fp-name').value === 'Ben Ortiz'")
    assert page.input_value("#fp-sent") == "", "Ben's plan is his own"
    page.fill("#fp-sent", "2025-03-05")
    name, raw = download(page, ".followup__download")
    assert name == "seguimiento-3b7-ben-ortiz.ics"
    ben_events = events(raw)
    assert not set(ana_events) & set(ben_events), "two contacts' calendars share no UID"

    picker.select_option("ana-1")
    page.wait_for_function("() => document.querySelector('#fp-sent').value === '2025-03-03'")
    assert events(download(page, ".followup__download")[1]) == ana_events, "a re-download keeps UIDs and SEQUENCE"

    page.goto(server + TRACKER, wait_until="load")
    tracker_ready(page)
    row = page.locator("tbody tr[data-id='ana-1']")
    assert row.locator("td[data-column=next_date] time").get_attribute("datetime") == "2025-03-06"
    assert "día 3" in row.locator("td[data-column=next_action]").inner_text()
    assert row.locator("[data-column=status]").inner_text() == "Mensaje enviado"
    assert row.locator("[data-column=day7] time").get_attribute("datetime") == "2025-03-12"
    # A new send date typed in the tracker counts day 3 and day 7 again from it.
    row.locator(".tracker__edit").click()
    page.fill("[name=sent]", "2025-03-04")
    page.click("button[type=submit]")
    assert (stored(page, "ana-1")["day3"], stored(page, "ana-1")["day7"]) == ("", "")
    assert row.locator("td[data-column=next_date] time").get_attribute("datetime") == "2025-03-06", \
        "the planner's next step stays the reader's until changed"
    row.locator(".tracker__edit").click()
    page.fill("[name=sent]", "2025-03-03")
    page.fill("[name=day3]", "2025-03-06")
    page.fill("[name=day7]", "2025-03-12")
    page.click("button[type=submit]")
    assert page.locator("tbody th").all_inner_texts() == ["Ana Pérez", "Ben Ortiz"], "by the next step's date"
    # What is due across contacts is listed on «Mi búsqueda».
    search = page.context.new_page()
    search.goto(server + "herramientas/mi-busqueda/", wait_until="load")
    week = search.locator(".due-list__week li").evaluate_all("els => els.map(e => e.dataset.id + ':' + e.dataset.kind)")
    assert week == ["ana-1:day3", "ben-2:day3"], week
    search.close()

    # One calendar for everyone: the planner's UIDs, so neither file duplicates the other's events.
    name, raw = download(page, ".tracker__ics")
    assert name == "recordatorios-de-contactos.ics"
    everyone = events(raw)
    assert set(ana_events) | set(ben_events) == set(everyone)
    assert {u: everyone[u][0] for u in ana_events} == {u: d for u, (d, _, _) in ana_events.items()}


def test_the_tracker_is_cards_on_a_phone_a_table_on_a_laptop_and_works_by_keyboard(server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.clock.set_fixed_time(TUESDAY)
    preset(page, [ANA_NEXT, BEN, CAI])
    page.goto(server + TRACKER, wait_until="load")
    tracker_ready(page)
    problems = []
    width = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    if width[0] > width[1]:
        problems.append(f"the page scrolls sideways at 360 px: {width}")
    card = page.locator("tbody tr[data-id='cai-3']")
    if card.evaluate("tr => getComputedStyle(tr).display") != "block":
        problems.append("at 360 px a contact is not a card")
    first = card.evaluate("tr => [...tr.children].filter(c => c.getBoundingClientRect().height > 0)[0].dataset.column")
    if first != "next_action":  # Cai has no next step date: what is due (the thank-you) comes first
        problems.append(f"the card starts with {first}, not its next step")
    ana = page.locator("tbody tr[data-id='ana-1']")
    if ana.locator("td[data-column=next_date]").bounding_box()["y"] >= ana.locator("th").bounding_box()["y"]:
        problems.append("the next step's date is not above the name")
    if card.locator("td[data-column=notes] details").evaluate("d => d.open"):
        problems.append("a long note is not folded")
    if card.bounding_box()["height"] > 700:
        problems.append(f"a card with a long note is {card.bounding_box()['height']} px tall")
    assert "Agradecer a Cai Núñez" in card.locator("td[data-column=next_action]").inner_text(), "the thank-you owed"

    page.set_viewport_size({"width": 1024, "height": 800})
    if ana.evaluate("tr => getComputedStyle(tr).display") != "table-row":
        problems.append("at 1024 px the contacts are not a table")
    heights = page.locator("tbody tr").evaluate_all("rows => rows.map(r => r.getBoundingClientRect().height)")
    if max(heights) > 320:
        problems.append(f"a row is {max(heights)} px tall (a long note must be folded): {heights}")
    width = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    if width[0] > width[1]:
        problems.append(f"the page scrolls sideways at 1024 px: {width}")
    problems += [f"light: {v}" for v in axe_violations(page)]
    assert problems == [], "\n".join(problems)

    # Keyboard only: from the table's region, Tab reaches Ana's tools, Enter opens them, and
    # each link opens a tool for her; then Edit, and Delete with its undo.
    page.focus(".tracker__table-wrap")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.closest('tr')?.dataset.id") == "ana-1":
            break
    assert page.evaluate("() => document.activeElement.tagName") == "SUMMARY", "Ana's first control: her tools"
    assert "para Ana Pérez" in page.evaluate("() => document.activeElement.textContent")
    page.keyboard.press("Enter")
    hrefs = []
    for _ in range(5):
        page.keyboard.press("Tab")
        hrefs.append(page.evaluate("() => document.activeElement.getAttribute('href')"))
    assert hrefs == ["../mensaje/?contact=ana-1", "../seguimiento/?contact=ana-1",
                     "../../fichas/preguntas/?contact=ana-1", "../../fichas/guion/?contact=ana-1",
                     "../../fichas/notas/?contact=ana-1"]
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.name") == "name"
    assert page.input_value("[name=name]") == "Ana Pérez" and page.input_value("[name=role]") == "Directora de operaciones"
    page.focus("tbody tr[data-id='ben-2'] .tracker__remove")
    page.keyboard.press("Enter")
    assert page.locator("tbody th").all_inner_texts() == ["Ana Pérez", "Cai Núñez"]
    undo = page.locator(".tracker__status button")
    undo.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length === 3")
    context.close()

    dark = browser.new_context(viewport={"width": 1024, "height": 800}, color_scheme="dark")
    page = dark.new_page()
    page.clock.set_fixed_time(TUESDAY)
    preset(page, [ANA_NEXT, BEN, CAI])
    page.goto(server + "en/" + TRACKER, wait_until="load")
    tracker_ready(page)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.locator("tbody tr[data-id='cai-3'] td[data-column=notes] summary").click()
    page.locator("tbody tr[data-id='cai-3'] .tracker__open summary").click()
    assert axe_violations(page) == [], "dark, English, a note and a tools menu open"
    dark.close()


def test_what_is_due_on_the_worksheets_index_on_a_chosen_day(server, fresh_page):
    page = fresh_page  # the clock is set: a context of its own
    page.clock.set_fixed_time("2025-03-06T09:00:00")  # Thursday: Ana's day 3
    preset(page, [record(id="ana-1", name="Ana Pérez", organisation="Logística Ibérica", sent="2025-03-03"),
                  record(id="ben-2", name="Ben Ortiz", meeting="2025-03-05"),
                  record(id="cai-3", name="Cai Núñez", meeting="2025-03-05", thanked="2025-03-05"),
                  record(id="dia-4", name="Día Soto", next_action="Llamar", next_date="2025-03-13"),
                  record(id="eva-5", name="Eva Gil", next_action="Más tarde", next_date="2025-03-14")])
    page.goto(server + INDEX, wait_until="load")
    box = page.locator("section.due-list")
    box.wait_for()
    assert box.locator("h2").inner_text() == "Lo pendiente"

    def items(part):
        return box.locator(f".due-list__{part} li").evaluate_all(
            "els => els.map(e => [e.dataset.id, e.dataset.kind, e.querySelector('time').dateTime,"
            " e.querySelector('a')?.getAttribute('href') || ''])")

    assert items("today") == [["ana-1", "day3", "2025-03-06", "../herramientas/mensaje/"],
                              ["ben-2", "thanks", "2025-03-06", "notas/?contact=ben-2"]], "Cai has thanked"
    assert items("week") == [["ana-1", "day7", "2025-03-12", "../herramientas/mensaje/?contact=ana-1"],
                             ["dia-4", "next", "2025-03-13", "../herramientas/registro/?contact=dia-4"]], \
        "five working days: Eva's step on the 14th is beyond"
    assert "Agradecer a Ben Ortiz la conversación (24 h)" in box.inner_text()
    box.locator("li[data-kind=next] a").click()
    page.wait_for_selector("form.tracker[data-ready]")
    assert page.evaluate("() => document.activeElement.dataset.id") == "dia-4", "the tracker opens on Día's row"
    page.go_back(wait_until="load")
    box.wait_for()
    page.evaluate("() => WorksheetStore.set('registro', {contacts: []})")
    assert box.is_hidden(), "no contacts, no list"
