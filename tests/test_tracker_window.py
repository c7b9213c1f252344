"""With 2,000 contacts the tracker's table holds the first 100 in the current order and filter
(src/tracker.mjs WINDOW), says how many it shows of how many, and a button shows 100 more;
no contact is out of reach: the one just added, edited or restored, and the one a link
chooses (?contact=ID), are shown and focused wherever they sort, and the status filter
(?status=ID too) reaches any. One contact's change takes or makes its own row only."""

import pytest

from tests.test_tools_tracker import TRACKER

N = 2000
WINDOW = 100
# No next step anywhere: the table is in name order (the default order's tie-break).
PEOPLE = [{"id": f"c{i:04d}", "name": f"Persona {i:04d}", "organisation": "Acme", "status": "to-contact"} for i in range(N)]
# Last by name, and the only one closed (a status set by hand).
LAST = {"id": "zz-last", "name": "Zoe Zamora", "organisation": "Sur", "status": "closed", "status_manual": True}
WORDS = {
    "": {"count": f"{N + 1} contactos; se muestran {WINDOW}", "more": f"Mostrar {WINDOW} más",
         "counted": f"{N + 1} contactos; se muestran {2 * WINDOW}", "closed": "Cerrado"},
    "en/": {"count": f"{N + 1} contacts; {WINDOW} shown", "more": f"Show {WINDOW} more",
            "counted": f"{N + 1} contacts; {2 * WINDOW} shown", "closed": "Closed"},
}

ROWS = "() => [...document.querySelectorAll('.tracker__table tbody tr')].map((tr) => tr.dataset.id)"
FOCUSED_ROW = "() => document.activeElement.closest('tbody tr')?.dataset.id"
IN_VIEW = """(id) => { const r = document.querySelector(`tbody tr[data-id="${id}"]`).getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight; }"""
# Every change under the table's body: the rows that went (-id) and came (+id), and the rows
# anything else changed in.
WATCH = """() => { window.seen = []; new MutationObserver((list) => list.forEach((m) => {
  if (m.target.matches && m.target.matches('tbody')) {
    m.removedNodes.forEach((n) => seen.push('-' + n.dataset.id));
    m.addedNodes.forEach((n) => seen.push('+' + n.dataset.id));
  } else seen.push('inside ' + (m.target.closest ? m.target : m.target.parentElement).closest('tr').dataset.id);
})).observe(document.querySelector('.tracker__table tbody'), {childList: true, subtree: true, attributes: true,
  characterData: true}); }"""


def open_tracker(page, server, prefix="", query=""):
    page.goto(server + prefix + TRACKER, wait_until="load")
    page.evaluate("(people) => WorksheetStore.set('registro', {contacts: people})", PEOPLE + [LAST])
    page.goto(server + prefix + TRACKER + query, wait_until="load")
    page.wait_for_selector("form.tracker[data-ready]")
    return page


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_table_holds_the_first_hundred_and_a_button_shows_the_next_hundred(server, page, prefix):
    words = WORDS[prefix]
    open_tracker(page, server, prefix)
    assert page.evaluate(ROWS) == [p["id"] for p in PEOPLE[:WINDOW]]
    count = page.locator(".tracker__count")
    assert count.inner_text() == words["count"] and count.get_attribute("role") == "status"
    more = page.locator(".tracker__show-more")
    assert more.inner_text() == words["more"]
    page.evaluate("() => { document.querySelectorAll('.tracker__table tbody tr').forEach((tr) => { tr.__kept = 1; }); }")
    more.focus()
    page.keyboard.press("Enter")  # keyboard only
    assert page.evaluate(ROWS) == [p["id"] for p in PEOPLE[:2 * WINDOW]]
    assert count.inner_text() == words["counted"]
    assert page.evaluate(FOCUSED_ROW) == PEOPLE[WINDOW]["id"], "focus goes to the first row it showed"
    assert page.evaluate("() => [...document.querySelectorAll('tbody tr')].filter((tr) => tr.__kept).length") == WINDOW, \
        "the rows shown before stay the same elements"


def test_a_contact_added_past_the_window_is_shown_in_view_and_focused(server, page):
    open_tracker(page, server)
    page.fill("form.tracker [name=name]", "Persona 1500b")  # sorts after Persona 1500
    page.click("form.tracker button[type=submit]")
    rows = page.evaluate(ROWS)
    added = rows[-1]
    assert len(rows) == WINDOW + 1 and rows[:WINDOW] == [p["id"] for p in PEOPLE[:WINDOW]]
    assert page.locator(f"tbody tr[data-id='{added}'] th").inner_text() == "Persona 1500b"
    assert page.evaluate(FOCUSED_ROW) == added
    assert page.evaluate(IN_VIEW, added), "the new row is scrolled into view"


def test_editing_and_removing_change_one_row_only(server, page):
    open_tracker(page, server)
    page.evaluate(WATCH)
    page.click("tr[data-id='c0040'] button[data-action=edit]")
    page.fill("form.tracker [name=role]", "Jefa de planta")
    page.click("form.tracker button[type=submit]")
    seen = page.evaluate("() => seen")
    # Its row replaced (the new one takes focus: an attribute of its own); nothing else.
    assert [s for s in seen if not s.startswith("inside c0040")] == ["-c0040", "+c0040"], seen
    assert "Jefa de planta" in page.locator("tr[data-id='c0040']").text_content()
    assert page.evaluate(FOCUSED_ROW) == "c0040"

    page.evaluate("() => { seen.length = 0; }")
    page.click("tr[data-id='c0041'] button[data-action=remove]")
    # Its row gone, and the first one past the window come in; the other 99 untouched.
    assert page.evaluate("() => seen") == ["-c0041", f"+c{WINDOW:04d}"]
    assert len(page.evaluate(ROWS)) == WINDOW


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_a_link_and_the_status_filter_reach_a_contact_past_the_window(server, page, prefix):
    # ?contact=ID (the due list's and «Mi búsqueda»'s links): its row, past the window, is shown and focused.
    open_tracker(page, server, prefix, "?contact=zz-last")
    rows = page.evaluate(ROWS)
    assert len(rows) == WINDOW + 1 and rows[-1] == "zz-last"
    assert page.evaluate(FOCUSED_ROW) == "zz-last"

    # ?status=ID (the steps of «Mi búsqueda»): the list at that status, the contact in it.
    page.goto(server + prefix + TRACKER + "?status=closed", wait_until="load")
    page.wait_for_selector("form.tracker[data-ready]")
    assert page.evaluate(ROWS) == ["zz-last"]
    assert page.locator(".tracker__show-more").is_hidden()

    # The filter set by hand, and back to every status: the window again.
    page.select_option(".tracker__filter", "")
    assert len(page.evaluate(ROWS)) == WINDOW
    page.select_option(".tracker__filter", "closed")
    assert page.evaluate(ROWS) == ["zz-last"]
    assert page.locator("tr[data-id='zz-last'] .tracker__state").inner_text() == WORDS[prefix]["closed"]
