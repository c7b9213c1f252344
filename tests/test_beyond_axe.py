"""Accessible beyond axe (issue 26 item 12; ../shared/reviews/a11y.md F1, F2, F5), in a real
Chromium: the undo offer where focus is and for as long as the reader needs it, the builder's
checks announced, form errors beside their fields, and «¿Para quién?» at 320 px."""

import json

import pytest
from playwright.sync_api import expect

from tests.browsing import axe_violations
from tests.conftest import SITE
from tests.storage_faults import KEY
from tests.test_tracker_hub import record

WORDS = SITE.tool_words
UI = SITE.worksheets_ui
TRACKER = "herramientas/registro/"
ACTIVE = "() => document.activeElement"


def prefix(lang):
    return "en/" if lang == "en" else ""


def scheme(page, lang):
    """Spanish in the light scheme, English in the dark one (Material's slate): both are axe-checked."""
    page.emulate_media(color_scheme="dark" if lang == "en" else "light")


def in_scheme(page, lang):
    return page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if lang == "en" else "default")


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


# --- Errors beside their fields (F5: 3.3.1) ----------------------------------------------------

ERROR_OF = """f => {
  const ids = (f.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  const notes = ids.map((id) => document.getElementById(id)).filter((n) => n && n.classList.contains('field-error'));
  return {invalid: f.getAttribute('aria-invalid'), text: notes.map((n) => n.textContent).join(' '),
          beside: notes.length === 1 && notes[0] === f.nextElementSibling && !!notes[0].offsetParent};
}"""


def error_of(locator):
    """The field's state: aria-invalid, the text of the error that describes it, and whether
    that error is shown right after the field."""
    return locator.evaluate(ERROR_OF)


NO_ERROR = {"invalid": None, "text": "", "beside": False}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_trackers_errors_sit_by_their_field_which_is_marked_and_described_until_fixed(page, server, lang):
    scheme(page, lang)
    page.goto(server + prefix(lang) + TRACKER, wait_until="load")
    page.wait_for_selector("form.tracker[data-ready]")
    name = page.locator("form.tracker [name=name]")
    name.focus()
    page.keyboard.press("Enter")  # submit, keyboard only, with no name
    assert error_of(name) == {"invalid": "true", "text": WORDS["registro"]["need_name"][lang], "beside": True}
    assert page.evaluate(ACTIVE + ".name") == "name"
    assert in_scheme(page, lang) and axe_violations(page) == [], "the error shown"
    page.keyboard.type("Dora")
    assert error_of(name) == NO_ERROR, "cleared once the name is typed"

    sent = page.locator("form.tracker [name=sent]")
    sent.fill("9999-12-30")
    name.focus()
    page.keyboard.press("Enter")
    said = WORDS["registro"]["bad_year"][lang].replace("@column", WORDS["registro"]["csv.column.sent"][lang]) \
        .replace("@value", "9999-12-30").replace("@from", "1900").replace("@to", "2200")
    assert error_of(sent) == {"invalid": "true", "text": said, "beside": True}
    assert page.evaluate(ACTIVE + ".name") == "sent"
    sent.fill("2025-03-04")
    assert error_of(sent) == NO_ERROR
    page.keyboard.press("Enter")
    expect(page.locator(".tracker__table tbody th")).to_have_text(["Dora"])


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_pickers_missing_name_sits_by_the_field_which_is_marked_and_described_until_fixed(page, server, lang):
    scheme(page, lang)
    need = SITE.contacts["words"]["need_name"][lang]
    page.goto(server + prefix(lang) + "herramientas/mensaje/", wait_until="load")
    page.wait_for_selector(".contact-picker:not([hidden])")
    page.locator(".contact-picker__add").focus()
    page.keyboard.press("Enter")
    field = page.locator(".contact-picker__name")
    assert page.evaluate(ACTIVE + ".matches('.contact-picker__name')")
    page.keyboard.press("Enter")  # add, with no name
    assert error_of(field) == {"invalid": "true", "text": need, "beside": True}
    assert in_scheme(page, lang) and axe_violations(page) == [], "the error shown"
    page.keyboard.type("Bea")
    assert error_of(field) == NO_ERROR


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_planners_date_errors_sit_by_their_field_while_wrong(page, server, lang):
    page.goto(server + prefix(lang) + "herramientas/seguimiento/", wait_until="load")
    page.wait_for_selector(".followup__status:not(:empty)")
    sent = page.locator("#fp-sent")
    page.locator(".followup__download").focus()
    page.keyboard.press("Enter")  # no date yet
    assert error_of(sent) == {"invalid": "true", "text": WORDS["seguimiento"]["need_date"][lang], "beside": True}
    assert page.evaluate(ACTIVE + ".id") == "fp-sent", "focus on the field its message describes"
    sent.fill("9999-12-30")
    said = WORDS["seguimiento"]["bad_year"][lang].replace("@value", "9999-12-30").replace("@from", "1900") \
        .replace("@to", "2200")
    assert error_of(sent) == {"invalid": "true", "text": said, "beside": True}
    sent.fill("2025-03-03")
    assert error_of(sent) == NO_ERROR
    holidays = page.locator("#fp-holidays")
    holidays.fill("31/12/2025")
    assert error_of(holidays)["invalid"] == "true" and "31/12/2025" in error_of(holidays)["text"]
    assert "fp-holidays-hint" in holidays.get_attribute("aria-describedby"), "its hint still describes it"
    holidays.fill("2025-12-31")
    assert error_of(holidays) == NO_ERROR


# --- «¿Para quién?» at 320 px (F1: 1.4.10) -----------------------------------------------------

LONG_NAME = "Maximiliana" * 5 + "Etcheverry"  # 65 characters, no break


def picker_pages(site_dir):
    """Every built page that holds the picker, relative to the site ("" the root)."""
    found = []
    for html in sorted(site_dir.rglob("index.html")):
        if 'class="contact-picker"' in html.read_text(encoding="utf-8"):
            found.append(html.parent.relative_to(site_dir).as_posix() + "/")
    return found


def test_a_long_name_in_the_picker_never_makes_a_320_px_page_scroll_sideways(server, site_dir, browser):
    pages = picker_pages(site_dir)
    assert {"herramientas/mensaje/", "en/herramientas/mensaje/", "fichas/notas/"} <= set(pages), pages
    assert len(LONG_NAME) >= 60
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    preset(page, {"registro": {"contacts": [record(id="long-1", name=LONG_NAME)]}})
    page.add_init_script("localStorage.setItem(%s, 'long-1')" % json.dumps(KEY + ":contact"))
    wide = []
    try:
        for url in pages:
            page.goto(server + url, wait_until="load")
            page.wait_for_selector(".contact-picker:not([hidden])")
            assert page.locator(".contact-picker__select option:checked").inner_text() == LONG_NAME, url
            sizes = page.evaluate("""() => [document.scrollingElement.scrollWidth, innerWidth,
              Math.round(document.querySelector('.contact-picker__select').getBoundingClientRect().right)]""")
            if sizes[0] > sizes[1] or sizes[2] > sizes[1]:
                wide.append(f"{url}: page {sizes[0]} px, select's right edge at {sizes[2]} px, window {sizes[1]} px")
    finally:
        context.close()
    assert wide == [], "\n".join(wide)


# --- The builder's checks announced (F5: 4.1.3) ------------------------------------------------

BUILDER = "herramientas/mensaje/"


def tally(page, lang):
    """The summary a reader should hear, from the states the checks list shows."""
    words = WORDS["mensaje"]
    states = page.locator(".builder__checks li:not([hidden])").evaluate_all("lis => lis.map(li => li.dataset.state)")

    def said(key, n):
        text = words[key + ".one"][lang] if n == 1 and key + ".one" in words else words[key][lang]
        return text.replace("@n", str(n))
    parts = [said(k, states.count(s)) for k, s in (("checks_fix", "fail"), ("checks_look", "warn")) if states.count(s)]
    return " ".join(parts) or words["checks_ok"][lang]


def description(locator):
    """A field's accessible description as its aria-describedby gives it, each part trimmed."""
    return locator.evaluate("""f => (f.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
      .map((id) => (document.getElementById(id)?.textContent || '').trim()).filter(Boolean).join(' | ')""")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_builders_checks_are_summed_up_politely_and_each_field_is_described_by_its_checks(page, server, lang):
    scheme(page, lang)
    page.goto(server + prefix(lang) + BUILDER, wait_until="load")
    page.wait_for_function("() => document.querySelector('.builder__preview').childNodes.length > 0")
    region = page.locator(".builder__summary")
    assert region.get_attribute("role") == "status", "a polite live region"
    assert region.inner_text() == "", "no verdict before the first word"
    ask = page.locator("[name=ask]")
    ask.focus()
    page.keyboard.type("Busco trabajo" if lang == "es" else "I am looking for a job")
    fix = WORDS["mensaje"]["fail"][lang]
    expect(region).not_to_have_text("", timeout=15_000)
    expect(region).to_have_text(tally(page, lang))
    assert page.locator(".builder__checks li[data-state=fail]").count() >= 2
    # Tabbing back to the field, a screen reader hears the checks about it.
    said = description(ask)
    ask_check = page.locator("[data-check='ask-question'] .builder__result").inner_text().strip()
    job_check = page.locator("[data-check='no-job-words'] .builder__result").inner_text().strip()
    assert ask_check.startswith(fix) and job_check.startswith(fix)
    assert ask_check in said and job_check in said, said
    assert in_scheme(page, lang) and axe_violations(page) == [], "the tally shown"
    # Fixed: the tally follows, once the reader pauses.
    page.keyboard.press("Control+A")
    page.keyboard.type("¿Te vendrían bien veinte minutos?" if lang == "es" else "Could you spare twenty minutes?")
    expect(region).to_have_text(tally(page, lang), timeout=15_000)
    assert page.locator("[data-check='ask-question']").get_attribute("data-state") == "pass"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_thank_yous_check_is_said_politely_and_describes_the_fields_of_the_message(page, server, lang):
    page.goto(server + prefix(lang) + "fichas/notas/", wait_until="load")
    page.wait_for_selector(".ws-thank-you-message p")
    region = page.locator("#ws-thank-you-check")
    assert region.get_attribute("role") == "status", "a polite live region"
    assert region.inner_text() == ""
    advice = page.locator("#ws-notas-advice")
    advice.focus()
    typed, pair = ("que aprenda a leer los los datos", "los los") if lang == "es" else ("learn to to read the data", "to to")
    page.keyboard.type(typed)
    said = UI["thank_you_doubled"][lang].replace("@found", pair)
    expect(region).to_have_text(said, timeout=15_000)
    assert said in description(advice), "the field it is about is described by it"
    page.keyboard.press("Control+A")
    page.keyboard.type(typed.replace(pair, pair.split()[0]))
    expect(region).to_have_text("", timeout=15_000)
