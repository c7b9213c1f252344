"""The tracker redraws only what changed: adding, editing, removing (and undoing the removal
of) one contact among 300 makes or takes that one row (and the row that comes into or leaves
the table's window of the first 100 because of it: src/tracker.mjs WINDOW); every other row
stays the very same element (the test marks them all beforehand), in the order the table
shows. The window itself: tests/test_tracker_window.py."""

import pytest

from tests.test_tools_tracker import TRACKER

N = 300
WINDOW = 100  # src/tracker.mjs
# No next step anywhere: the table is in name order (the default order's tie-break).
PEOPLE = [{"id": f"c{i:03d}", "name": f"Persona {i:03d}", "organisation": "Acme", "status": "to-contact"} for i in range(N)]

MARK = "() => document.querySelectorAll('.tracker__table tbody tr').forEach((tr) => { tr.__before = true; })"
UNMARKED = "() => [...document.querySelectorAll('.tracker__table tbody tr')].filter((tr) => !tr.__before).map((tr) => tr.dataset.id)"


@pytest.fixture
def many(server, page):
    page.goto(server + TRACKER, wait_until="load")
    page.evaluate("(people) => WorksheetStore.set('registro', {contacts: people})", PEOPLE)
    page.reload(wait_until="load")
    page.wait_for_selector("form.tracker[data-ready]")
    page.evaluate(MARK)
    return page


def names(page):
    return page.locator(".tracker__table tbody th").all_inner_texts()


def test_adding_one_contact_makes_its_row_only(many):
    many.fill("form.tracker [name=name]", "Persona 100b")
    many.click("form.tracker button[type=submit]")
    shown = names(many)
    # It sorts just past the window, and is shown there all the same.
    assert shown == sorted([p["name"] for p in PEOPLE][:WINDOW] + ["Persona 100b"]), "the new row is in its place"
    new = many.evaluate(UNMARKED)
    assert len(new) == 1 and new[0] not in {p["id"] for p in PEOPLE}, "only the new row is new"


def test_editing_one_contact_redraws_its_row_only_even_when_it_moves(many):
    many.click("tr[data-id='c050'] button[data-action=edit]")
    many.fill("form.tracker [name=role]", "Jefa de planta")
    many.click("form.tracker button[type=submit]")
    assert many.evaluate(UNMARKED) == ["c050"], "only the edited row is new"
    assert "Jefa de planta" in many.locator("tr[data-id='c050']").text_content()

    # A new name moves it to its new place (past the window, still shown), the others
    # untouched; the first row past the window comes into it.
    many.evaluate(MARK)
    many.click("tr[data-id='c050'] button[data-action=edit]")
    many.fill("form.tracker [name=name]", "Persona 999")
    many.click("form.tracker button[type=submit]")
    assert sorted(many.evaluate(UNMARKED)) == ["c050", f"c{WINDOW:03d}"]
    shown = names(many)
    assert shown[-1] == "Persona 999" and shown == sorted(shown), "the table is still in name order"
    assert len(shown) == WINDOW + 1


def test_removing_one_contact_and_undoing_it_touch_its_row_only(many):
    many.click("tr[data-id='c042'] button[data-action=remove]")
    assert many.locator("tr[data-id='c042']").count() == 0
    assert many.evaluate(UNMARKED) == [f"c{WINDOW:03d}"], "the other rows are the same elements; the next one joins"
    assert len(names(many)) == WINDOW

    many.click(".tracker__status button")  # Undo
    shown = names(many)
    assert shown == sorted(p["name"] for p in PEOPLE)[:WINDOW], "back in its place"
    assert many.evaluate(UNMARKED) == ["c042"]
