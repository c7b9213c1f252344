"""Dates as the page's language writes them (stored as ISO), and entered with date pickers:
the tracker's rows and the planner's holidays."""

import pytest

from tests.test_tools_tracker import TRACKER, add

PLANNER = "herramientas/seguimiento/"


@pytest.mark.parametrize("start, shown", [("", "8 de enero de 2026"), ("en/", "8 January 2026")])
def test_tracker_rows_show_dates_in_the_page_language_and_keep_iso(server, page, start, shown):
    page.goto(server + start + TRACKER, wait_until="load")
    page.wait_for_selector(".tracker__table")
    add(page, {"name": "Ana", "next_date": "2026-01-08"})
    cell = page.locator(".tracker__table tbody td[data-column=next_date]").first
    assert cell.inner_text() == shown
    assert cell.locator("time").get_attribute("datetime") == "2026-01-08"
    page.wait_for_function("() => JSON.stringify(WorksheetStore.get('registro') || null).includes('2026-01-08')",
                           timeout=3000)  # saved after a short pause
    stored = page.evaluate("() => WorksheetStore.get('registro')")
    assert "2026-01-08" in str(stored) and shown not in str(stored)


def holidays_shown(page):
    return page.locator(".followup__holidays time").evaluate_all("ts => ts.map(t => [t.dateTime, t.textContent])")


@pytest.mark.parametrize("start, label, add_label, shown", [
    ("", "Elige un día festivo", "Añadir el día festivo", "miércoles, 31 de diciembre de 2025"),
    ("en/", "Pick a holiday", "Add the holiday", "Wednesday, 31 December 2025"),
])
def test_holidays_are_picked_with_a_date_picker_added_and_removed(server, page, start, label, add_label, shown):
    page.goto(server + start + PLANNER, wait_until="load")
    page.wait_for_selector(".followup__add-holiday")
    picker = page.get_by_label(label)
    assert picker.get_attribute("type") == "date"
    page.fill("#fp-sent", "2025-12-26")
    picker.fill("2026-01-01")
    page.get_by_role("button", name=add_label).click()
    picker.fill("2025-12-31")
    page.get_by_role("button", name=add_label).click()
    assert holidays_shown(page) == [["2025-12-31", shown], ["2026-01-01", holidays_shown(page)[1][1]]]
    # Stored as before: a text of ISO dates, one a line, which the day counts use.
    assert page.input_value("#fp-holidays") == "2025-12-31\n2026-01-01"
    assert page.locator(".followup__list li[data-kind=day3] time").get_attribute("datetime") == "2026-01-02"
    page.locator(".followup__remove-holiday").first.click()
    assert page.input_value("#fp-holidays") == "2026-01-01"
    assert [d for d, _ in holidays_shown(page)] == ["2026-01-01"]
    page.wait_for_function("""() => JSON.stringify(WorksheetStore.get('seguimiento') || null)
      .includes('"holidays":"2026-01-01"')""", timeout=3000)  # saved after a short pause
    page.reload(wait_until="load")
    page.wait_for_selector(".followup__add-holiday")
    assert [d for d, _ in holidays_shown(page)] == ["2026-01-01"]


def test_holidays_saved_as_text_before_the_pickers_are_still_read(server, page):
    page.goto(server + PLANNER, wait_until="load")
    page.wait_for_selector(".followup__add-holiday")
    # A plan saved by the earlier planner: holidays typed as text, commas and lines mixed.
    page.evaluate("() => WorksheetStore.set('seguimiento', "
                  "{id: 'p1', name: 'Ana', sent: '2025-12-26', holidays: '2025-12-31, 2026-01-01\\n'})")
    page.reload(wait_until="load")
    page.wait_for_selector(".followup__add-holiday")
    assert [d for d, _ in holidays_shown(page)] == ["2025-12-31", "2026-01-01"]
    assert page.locator(".followup__list li[data-kind=day3] time").get_attribute("datetime") == "2026-01-02"


@pytest.mark.parametrize("start, shown", [("", "8 de enero de 2026"), ("en/", "8 January 2026")])
def test_a_worksheet_date_prints_as_the_page_language_writes_it(server, page, start, shown):
    page.goto(server + start + "fichas/notas/", wait_until="load")
    page.wait_for_selector(".ws-toolbar:not([hidden])")
    page.fill("#ws-notas-date", "2026-01-08")
    assert page.locator("[data-field=date] .ws-print-answer").inner_text() == shown
    page.wait_for_function("() => (WorksheetStore.get('notas') || {}).date === '2026-01-08'", timeout=3000)
