"""Keyboard only, on a narrow screen (a phone with a keyboard, or a desktop zoomed in): the menu
opens from the keyboard, and Tab never lands on something off-screen (WCAG 2.1.1, 2.4.7,
2.4.11). Material opens its drawer with a label no key reaches; site-wide.js and site.css
fill the gap."""

import pytest
from playwright.sync_api import expect

from tests.browsing import WCAG_TAGS, axe_violations

# Lighthouse also applies axe's best practices (a label given role=button fails one of them).
TAGS = [*WCAG_TAGS, "best-practice"]

NAMES = {"es": "Navegación", "en": "Navigation"}
PAGES = {"es": "razones/contacto-interno/", "en": "en/razones/contacto-interno/"}

# Where the focus is: tag, name and whether any of it is inside the viewport. Material's
# light/dark switch is a zero-size radio button whose focus ring shows on the label after it.
FOCUS = """() => {
  const el = document.activeElement;
  let r = el.getBoundingClientRect();
  if (el.matches("input.md-option") && el.nextElementSibling) r = el.nextElementSibling.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
    && r.left < innerWidth && r.top < innerHeight;
  const name = (el.getAttribute("aria-label") || el.textContent || "").trim().replace(/\\s+/g, " ");
  return {tag: el.tagName, name: name.slice(0, 40), onScreen, inDrawer: !!el.closest(".md-sidebar--primary")};
}"""


@pytest.fixture
def narrow(kept_pages):
    """The worker's narrow page (tests/conftest.py KeptPage): what the site stored is deleted after each test."""
    kept = kept_pages("narrow", viewport={"width": 360, "height": 740}, reduced_motion="reduce")
    yield kept.page
    kept.forget()


def _tab_to_menu(page):
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('.md-header [for=__drawer]')"):
            return
    pytest.fail("Tab does not reach the menu button")


@pytest.mark.parametrize("lang", NAMES)
def test_the_menu_button_is_a_named_button_the_keyboard_reaches(narrow, server, lang):
    narrow.goto(server + PAGES[lang], wait_until="load")
    _tab_to_menu(narrow)
    button = narrow.locator(".md-header [for=__drawer]")
    assert button.evaluate("b => b.tagName") == "BUTTON"
    assert button.get_attribute("aria-label") == NAMES[lang]
    assert button.get_attribute("aria-expanded") == "false"


@pytest.mark.parametrize("lang", NAMES)
@pytest.mark.parametrize("key", ["Enter", " "])
def test_the_keyboard_opens_the_menu_moves_into_it_and_escape_closes_it(narrow, server, lang, key):
    narrow.goto(server + PAGES[lang], wait_until="load")
    _tab_to_menu(narrow)
    narrow.keyboard.press(key)
    button = narrow.locator(".md-header [for=__drawer]")
    assert button.get_attribute("aria-expanded") == "true"
    focus = narrow.evaluate(FOCUS)
    assert focus["inDrawer"] and focus["onScreen"] and focus["tag"] == "A", focus
    narrow.keyboard.press("Tab")
    focus = narrow.evaluate(FOCUS)
    assert focus["inDrawer"] and focus["onScreen"], focus
    narrow.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert narrow.evaluate("() => document.activeElement.matches('.md-header [for=__drawer]')")
    expect(narrow.locator(".md-sidebar--primary a[href]").first).to_be_hidden()  # once slid out


# Where the drawer's left edge is, and whether it can be seen (and tabbed to).
DRAWER = """() => {
  const drawer = document.querySelector(".md-sidebar--primary");
  return {left: Math.round(drawer.getBoundingClientRect().left), visibility: getComputedStyle(drawer).visibility};
}"""


# The drawer has slid in: in place, its transitions (and the overlay's) over.
DRAWER_IN = """() => {
  const drawer = document.querySelector(".md-sidebar--primary");
  return drawer.getBoundingClientRect().left >= -0.5
    && [drawer, document.querySelector(".md-overlay")].every((e) => e.getAnimations().length === 0);
}"""


def test_the_closing_menu_slides_out_before_it_leaves_the_tab_order(page, server):
    page.set_viewport_size({"width": 360, "height": 740})
    page.emulate_media(reduced_motion="no-preference")
    page.goto(server + PAGES["es"], wait_until="load")
    # Animations at a tenth of their speed, in this tab only: the 0.25 s slide takes 2.5 s,
    # long enough to watch.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Animation.enable")
    cdp.send("Animation.setPlaybackRate", {"playbackRate": 0.1})
    _tab_to_menu(page)
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => ({DRAWER})().left >= 0")
    page.keyboard.press("Escape")
    page.wait_for_function(f"() => ({DRAWER})().left < -24")  # a tenth of the way out
    sliding = page.evaluate(DRAWER)
    assert sliding["visibility"] == "visible" and -242 < sliding["left"] < 0, sliding
    page.wait_for_function(f"() => ({DRAWER})().visibility === 'hidden'")
    assert page.evaluate(DRAWER)["left"] <= -242


def test_with_reduced_motion_the_closing_menu_goes_at_once(narrow, server):
    narrow.goto(server + PAGES["es"], wait_until="load")
    _tab_to_menu(narrow)
    narrow.keyboard.press("Enter")
    narrow.keyboard.press("Escape")
    assert narrow.evaluate(DRAWER) == {"left": -242, "visibility": "hidden"}


TAB_MS = 50


@pytest.mark.parametrize("lang", NAMES)
@pytest.mark.parametrize("width", [360, 1280])
def test_tab_never_lands_off_screen(browser, server, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 740}, reduced_motion="reduce")
    page = context.new_page()
    try:
        # The page's clock is the test's: a reader pressing Tab every TAB_MS, however busy the
        # machine, who stops for a second in the search field. On a phone Material locks the
        # page's scrolling 400 ms after that field takes focus, and when it lets go (100 ms
        # after the focus leaves) scrolls back to where the reader was, which left the next
        # link off-screen until src/focus-after-scroll-lock.mjs brought it back.
        page.clock.install()
        page.goto(server + PAGES[lang], wait_until="load")
        page.clock.pause_at(page.evaluate("Date.now()") + 1_000)
        off, left_search = [], False
        for _ in range(70):  # the whole page, through the search field and back to the top
            page.keyboard.press("Tab")
            in_search = page.evaluate("() => document.activeElement.matches('input.md-search__input')")
            # A second in the field; just after it, past the 100 ms Material takes to let go.
            page.clock.run_for(1_000 if in_search else 200 if left_search else TAB_MS)
            left_search = in_search
            focus = page.evaluate(FOCUS)
            if not focus["onScreen"]:
                off.append(focus)
        assert not off, f"focus went off-screen at {width} px: {off[:5]}"
    finally:
        context.close()


def test_on_a_wide_screen_the_sidebar_links_stay_in_the_tab_order(page, server):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(server + PAGES["es"], wait_until="load")
    assert not page.locator(".md-header [for=__drawer]").is_visible()
    link = page.locator(".md-sidebar--primary a.md-nav__link[href]").first
    assert link.is_visible()
    link.focus()
    assert page.evaluate(FOCUS)["onScreen"]


@pytest.mark.parametrize("lang", NAMES)
def test_axe_finds_nothing_with_the_menu_closed_or_open(narrow, server, lang):
    narrow.goto(server + PAGES[lang], wait_until="load")
    assert axe_violations(narrow, tags=TAGS) == []
    _tab_to_menu(narrow)
    narrow.keyboard.press("Enter")
    narrow.wait_for_function(DRAWER_IN)
    # Open, Material's nested navigation repeats a landmark name (best practice
    # landmark-unique, not a WCAG rule): WCAG rules only here.
    assert axe_violations(narrow) == []
