"""What is due, ticked off where it is listed (issue 26 item 2), in Chromium on a day the test
chooses (the page's clock): Done, Replied and Snooze on «Mi búsqueda», kept after a reload and
in the export, in both languages; today's items before the overdue ones; and the public
holidays chosen on «Mi búsqueda», shared with the 3B7 planner and counted for day 3.

The rules themselves (the events, what each clears, the order, done and snoozed as text) are
tested without a browser: tests/js/contact-steps.test.mjs."""

import datetime as dt
import json

import pytest

from tests.browsing import axe_violations
from tests.test_tracker_hub import preset, record, stored

PAGE = "herramientas/mi-busqueda/"
PLANNER = "herramientas/seguimiento/"
WEDNESDAY = "2025-03-12T09:00:00"

CONTACTS = [
    record(id="ana", name="Ana Pérez", organisation="Acme", sent="2025-03-03"),  # day 3: 6th, day 7: today
    record(id="ben", name="Ben Ortiz", organisation="Banco", sent="2025-03-05"),  # day 3: 10th, day 7: 14th
    record(id="cai", name="Cai Núñez", organisation="Hospital", meeting="2025-03-11"),  # thanks by today
    record(id="dia", name="Día Soto", organisation="Lab", sent="2025-03-06"),  # day 3: 11th, day 7: 17th
]

WORDS = {
    "es": {"done_ana": "Hecho: día 7, Ana Pérez", "done_cai": "Hecho: agradecimiento, Cai Núñez",
           "replied_ben": "Ha respondido: día 3, Ben Ortiz", "snooze_dia": "Posponer un día: día 3, Día Soto",
           "done_dia7": "Hecho: día 7, Día Soto", "week_dia7": "Posponer una semana: día 7, Día Soto",
           "undo_dia7": "Deshacer: día 7, Día Soto", "said_undone": "Deshecho: día 7, Día Soto vuelve a la lista.",
           "said_done": "Hecho: día 7, Ana Pérez.", "said_thanked": "hoy enviaste el agradecimiento a Cai Núñez",
           "said_replied": "Ben Ortiz ha respondido", "said_snoozed": "Pospuesto hasta el jueves, 13 de marzo",
           "title": "Lo pendiente"},
    "en": {"done_ana": "Done: day 7, Ana Pérez", "done_cai": "Done: thank-you, Cai Núñez",
           "replied_ben": "Replied: day 3, Ben Ortiz", "snooze_dia": "Snooze for a day: day 3, Día Soto",
           "done_dia7": "Done: day 7, Día Soto", "week_dia7": "Snooze for a week: day 7, Día Soto",
           "undo_dia7": "Undo: day 7, Día Soto", "said_undone": "Undone: day 7, Día Soto is back on the list.",
           "said_done": "Done: day 7, Ana Pérez.", "said_thanked": "you sent Cai Núñez your thanks today",
           "said_replied": "Ben Ortiz has replied", "said_snoozed": "Snoozed until Thursday 13 March",
           "title": "What is due"},
}


def _items(page, part):
    return page.locator(f"section.due-list .due-list__{part} li").evaluate_all(
        "els => els.map(e => e.dataset.id + ':' + e.dataset.kind + ':' + e.querySelector('time').dateTime)")


def _open(page, prefix):
    page.goto(page.context.base + prefix + PAGE, wait_until="load")
    page.wait_for_selector("section.due-list:not([hidden]) .due-list__title")


def _focused(page):
    return page.evaluate("() => document.activeElement.getAttribute('aria-label') || document.activeElement.textContent")


@pytest.mark.parametrize("prefix, lang", [("", "es"), ("en/", "en")])
def test_done_replied_and_snooze_stay_after_a_reload_and_in_the_export(server, browser, prefix, lang):
    words = WORDS[lang]
    # Spanish in the light scheme, English in the dark one (axe checks both).
    context = browser.new_context(color_scheme="dark" if lang == "en" else "light")
    context.base = server
    page = context.new_page()
    page.clock.set_fixed_time(WEDNESDAY)
    preset(page, CONTACTS)
    _open(page, prefix)
    # Today's items first (Ana's day 7, Cai's thanks), then the overdue ones, the newest first.
    assert _items(page, "today") == ["ana:day7:2025-03-12", "cai:thanks:2025-03-12",
                                     "dia:day3:2025-03-11", "ben:day3:2025-03-10"]
    assert _items(page, "week") == ["ben:day7:2025-03-14", "dia:day7:2025-03-17"]
    assert axe_violations(page) == [], "the items and their buttons"
    box = page.locator("section.due-list")
    assert box.get_by_role("button", name=words["replied_ben"]).count() == 1, "Replied: on day 3 and day 7"
    assert box.locator("li[data-kind=thanks]").get_by_role("button").count() == 3, "no Replied on a thank-you"
    said = box.get_by_role("status")

    # Done, by keyboard: the item goes, focus moves to the next item, and the change is said.
    box.get_by_role("button", name=words["done_ana"], exact=True).focus()
    page.keyboard.press("Enter")
    assert "ana:day7:2025-03-12" not in _items(page, "today")
    assert _focused(page) == words["done_cai"], "focus on the next item"
    assert said.inner_text() == words["said_done"]
    # A thank-you's Done is the thanks sent, today.
    page.keyboard.press("Enter")
    assert words["said_thanked"] in said.inner_text()
    assert stored(page, "cai")["thanked"] == "2025-03-12"
    # Replied clears Ben's day 3 and day 7.
    box.get_by_role("button", name=words["replied_ben"]).click()
    assert words["said_replied"] in said.inner_text()
    assert _items(page, "week") == ["dia:day7:2025-03-17"] and "ben:day3:2025-03-10" not in _items(page, "today")
    # Snooze for a day: focus on the next item, in the week's part; then snooze that one for a
    # week, and with nothing left, focus goes to the list's heading.
    box.get_by_role("button", name=words["snooze_dia"]).click()
    assert words["said_snoozed"] in said.inner_text()
    assert _items(page, "today") == []
    assert _focused(page) == words["done_dia7"]
    box.get_by_role("button", name=words["week_dia7"]).click()
    assert _items(page, "week") == []
    assert page.evaluate("() => document.activeElement.matches('.due-list__title')")
    assert page.evaluate("() => document.activeElement.textContent") == words["title"]
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if lang == "en" else "default")
    # What was done can be undone until the next thing: the item is back, with focus on it.
    box.get_by_role("button", name=words["undo_dia7"]).click()
    assert _items(page, "week") == ["dia:day7:2025-03-17"]
    assert _focused(page) == words["done_dia7"]
    assert words["said_undone"] in said.inner_text()
    assert box.get_by_role("button", name=words["undo_dia7"]).count() == 0, "one undo, then gone"
    box.get_by_role("button", name=words["week_dia7"]).click()
    assert axe_violations(page) == []

    page.reload(wait_until="load")
    page.wait_for_selector("section.due-list:not([hidden]) .due-list__title")
    assert _items(page, "today") == [] and _items(page, "week") == [], "all of it stays after a reload"
    with page.expect_download() as info:
        page.locator('.ws-data [data-action="export"]').click()
    exported = json.loads(open(info.value.path(), encoding="utf-8").read())
    people = {c["id"]: c for c in exported["worksheets"]["registro"]["data"]["contacts"]}
    assert people["ana"]["done"] == "day7=2025-03-12"
    assert people["cai"]["thanked"] == "2025-03-12"
    assert people["ben"]["replied"] == "2025-03-12"
    assert people["dia"]["snoozed"] == "day3=2025-03-13;day7=2025-03-19"

    # The next day, the step snoozed for a day is back (overdue); the other is not, and Ana's
    # day 7 stays done.
    page.clock.set_fixed_time("2025-03-13T09:00:00")
    page.reload(wait_until="load")
    page.wait_for_selector("section.due-list:not([hidden]) .due-list__title")
    assert _items(page, "today") == ["dia:day3:2025-03-11"] and _items(page, "week") == []
    context.close()


def _weekday_holiday(page):
    """A Spanish public holiday from Tuesday to Friday in the page's data, the day before, and
    all of Spain's days there."""
    data = page.evaluate("JSON.parse(document.getElementById('page-data').textContent).holidays")
    spain = next(c for c in data["countries"] if c["code"] == "ES")
    every = {dt.date.fromisoformat(iso) for iso, _name in spain["days"]}
    for day in sorted(every):
        if 1 <= day.weekday() <= 4:
            return day, day - dt.timedelta(days=1), every
    raise AssertionError("no Spanish public holiday on a weekday in the page's data")


def _plus_working_days(start, n, skip=()):
    day = start
    while n:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in skip:
            n -= 1
    return day


@pytest.mark.parametrize("prefix, lang", [("", "es"), ("en/", "en")])
def test_the_holidays_chosen_on_my_search_count_for_day_3_and_are_the_planners(server, browser, prefix, lang):
    context = browser.new_context()
    context.base = server
    page = context.new_page()
    page.goto(server + prefix + PAGE, wait_until="load")
    holiday, sent, spain = _weekday_holiday(page)
    page.close()
    page = context.new_page()
    page.clock.set_fixed_time(sent.isoformat() + "T09:00:00")
    preset(page, [record(id="ana", name="Ana Pérez", organisation="Acme", sent=sent.isoformat())])
    _open(page, prefix)
    plain = _plus_working_days(sent, 3)
    counted = _plus_working_days(sent, 3, spain)
    assert _items(page, "week")[0] == f"ana:day3:{plain.isoformat()}", "weekends only, before a choice"
    choice = page.get_by_label("Días festivos que no cuentan al calcular los días 3 y 7" if lang == "es"
                               else "Public holidays skipped when counting days 3 and 7")
    choice.select_option("ES")
    assert _items(page, "week")[0] == f"ana:day3:{counted.isoformat()}", "the holiday is not a working day"
    said = page.locator(".my-search__holidays [role=status]").inner_text()
    assert ("días festivos de España" if lang == "es" else "public holidays in Spain") in said
    page.reload(wait_until="load")
    page.wait_for_selector("section.due-list:not([hidden]) .due-list__title")
    assert choice.input_value() == "ES" and _items(page, "week")[0] == f"ana:day3:{counted.isoformat()}"
    # The planner starts with the same choice, and its own change is «Mi búsqueda»'s too.
    planner = context.new_page()
    planner.goto(server + prefix + PLANNER, wait_until="load")
    planner.wait_for_function("() => document.querySelector('#fp-country').options.length > 1")
    assert planner.input_value("#fp-country") == "ES"
    assert holiday.isoformat() in planner.input_value("#fp-holidays")
    planner.select_option("#fp-country", "")
    # «Mi búsqueda», open in its own tab, follows without a reload.
    page.wait_for_function("() => document.querySelector('#ms-country').value === ''")
    assert _items(page, "week")[0] == f"ana:day3:{plain.isoformat()}"
    context.close()


def test_the_planner_stores_the_dates_not_the_status_they_give_and_keeps_one_set_by_hand(server, fresh_page):
    """Records stored before status_manual existed: one whose status the dates gave, one the
    reader set by hand. The planner writes their dates; the status stays derived for the first
    (nothing stored twice) and the reader's for the second."""
    page = fresh_page
    page.clock.set_fixed_time("2025-03-04T10:00:00")
    preset(page, [{"id": "ana-1", "name": "Ana Pérez", "status": "to-contact"},
                  {"id": "ben-2", "name": "Ben Ortiz", "status": "keep-in-touch"}])
    for who in ("ana-1", "ben-2"):
        page.goto(server + PLANNER + "?contact=" + who, wait_until="load")
        page.wait_for_function("id => document.querySelector('.contact-picker select')?.value === id", arg=who)
        page.fill("#fp-sent", "2025-03-03")
        page.wait_for_function("id => WorksheetStore.get('registro').contacts.find(c => c.id === id).sent === '2025-03-03'", arg=who)
    ana, ben = stored(page, "ana-1"), stored(page, "ben-2")
    assert ana.get("status_manual") is False and ana["status"] != "message-sent", "the dates' status is not stored"
    assert ben.get("status_manual") is True and ben["status"] == "keep-in-touch", "the reader's status stays"
    page.goto(server + "herramientas/registro/", wait_until="load")
    page.wait_for_selector("form.tracker[data-ready]")
    assert page.locator("tbody tr[data-id='ana-1'] [data-column=status]").inner_text() == "Mensaje enviado"
    assert page.locator("tbody tr[data-id='ben-2'] [data-column=status]").inner_text() == "Mantener el contacto"
