"""Accessible beyond axe (issue 26 item 12; ../shared/reviews/a11y.md F1, F2, F5), in a real
Chromium: the undo offer where focus is and for as long as the reader needs it, the builder's
checks announced, form errors beside their fields, and «¿Para quién?» at 320 px."""

import json

import pytest
from playwright.sync_api import expect

from sitekit import tool_words, worksheets
from tests.storage_faults import KEY

WORDS = tool_words.load_all()
UI = worksheets.load_ui()
TRACKER = "herramientas/registro/"
ACTIVE = "() => document.activeElement"


def prefix(lang):
    return "en/" if lang == "en" else ""


def record(**fields):
    base = {f: "" for f in ("name", "organisation", "role", "connection", "source", "status", "sent", "day3",
                            "day7", "meeting", "thanked", "next_action", "next_date", "notes")}
    base.update(status="to-contact", status_manual=False)
    base.update(fields)
    return base


def preset(page, worksheets_data):
    """What a returning reader's browser holds, stored before any script of the page runs."""
    doc = {"version": 3, "worksheets": {k: {"data": v, "updated": None} for k, v in worksheets_data.items()}}
    page.add_init_script("if (!sessionStorage.getItem('seeded')) { localStorage.setItem(%s, %s);"
                         " sessionStorage.setItem('seeded', '1'); }" % (json.dumps(KEY), json.dumps(json.dumps(doc))))


def tab_to(page, selector, limit=120):
    """Tab (keyboard only) until `selector` has the focus."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def names(page):
    return page.locator(".tracker__table tbody th").all_inner_texts()


# --- The undo offer (F2: 2.2.1, 2.4.3) ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["es", "en"])
def test_delete_by_keyboard_puts_focus_on_undo_which_waits_and_brings_focus_to_the_restored_row(server, fresh_page, lang):
    page = fresh_page  # Playwright's clock: a context of its own
    page.clock.install()
    preset(page, {"registro": {"contacts": [record(id="ana-1", name="Ana Pérez"), record(id="ben-2", name="Ben Ortiz")]}})
    page.goto(server + prefix(lang) + TRACKER, wait_until="load")
    page.wait_for_selector("form.tracker[data-ready]")
    undo_word = WORDS["registro"]["undo"][lang]

    page.locator("form.tracker [name=name]").focus()
    tab_to(page, "tr[data-id='ben-2'] .tracker__remove")
    page.keyboard.press("Enter")
    assert names(page) == ["Ana Pérez"]
    assert page.evaluate(ACTIVE + ".textContent") == undo_word, "focus is on Undo, not at the top of the form"
    # A minute later, and after looking around with Tab, it is still there (no timer).
    page.clock.fast_forward(60_000)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert page.evaluate(ACTIVE + ".textContent") == undo_word, "Undo is still there and reached again"
    page.keyboard.press("Space")
    assert names(page) == ["Ana Pérez", "Ben Ortiz"]
    assert page.evaluate(ACTIVE + ".closest('tr')?.dataset.id") == "ben-2", "focus is on Ben's row again"

    # The offer goes when the reader does something else: here, types a new name.
    page.locator("tr[data-id='ana-1'] .tracker__remove").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE + ".textContent") == undo_word
    page.locator("form.tracker [name=name]").focus()
    page.keyboard.type("Cai")
    expect(page.locator(".tracker__status button")).to_have_count(0)
    assert names(page) == ["Ben Ortiz"]


def test_clear_all_by_keyboard_offers_undo_where_focus_is_and_undo_returns_focus_to_the_control(page, server):
    page.on("dialog", lambda d: d.accept())
    page.goto(server + "fichas/notas/", wait_until="load")
    page.wait_for_selector(".ws-toolbar:not([hidden])")
    page.fill("#ws-notas-their_name", "Lucía")
    page.evaluate("() => window.dispatchEvent(new PageTransitionEvent('pagehide'))")  # saved now
    tab_to(page, ".ws-data [data-action=clear]")
    page.keyboard.press("Enter")
    assert page.input_value("#ws-notas-their_name") == ""
    assert page.evaluate(ACTIVE + ".textContent") == UI["undo"]["es"], "focus is on Undo"
    assert page.evaluate(ACTIVE + ".closest('.ws-status') !== null")
    page.keyboard.press("Enter")
    expect(page.locator("#ws-notas-their_name")).to_have_value("Lucía")
    assert page.evaluate(ACTIVE + ".matches('.ws-data [data-action=clear]')"), "focus is back on «Borrar todo»"
