"""Every page, in both languages, loaded once as a first-time reader loads it (nothing stored,
empty cache, the site gzip-compressed as GitHub Pages serves it), and checked in
that one load for everything that does not need a second: the status, a clean console,
no request to another site, no Content-Security-Policy violation while it loads and
scrolls, what it transfers (≤ 150 KB), and axe's WCAG findings in the light scheme, then
in the dark scheme the reader switches to with the header's toggle. A first visit with the
system set to dark has its own test. One page per worker does every first visit
(tests/conftest.py KeptPage): between two, everything the site stored and the cache are
deleted.

Each check reports on its own: one failing check does not hide the others."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browsing import RECORD_VIOLATIONS, PageWatch, axe_violations, origin_of, transfers, wait_for_search
from tests.pages import all_urls
from tests.test_weight import KB, PAGE_BUDGET

URLS = all_urls()
MISSING = "no-such-page/"


@pytest.fixture
def tour(kept_pages):
    """The worker's page for first visits: its site data and cache emptied after each test."""
    kept = kept_pages("tour", cold=True, init_script=RECORD_VIOLATIONS, color_scheme="light")
    yield kept
    kept.forget()


def _open(tour, server, url):
    page = tour.page
    csp_console = []
    tour.listen("console", lambda m: csp_console.append(m.text) if "Content Security Policy" in m.text else None)
    watch = PageWatch(page, origin_of(server), listen=tour.listen)
    response = page.goto(server + url, wait_until="load")
    return page, response, watch, csp_console


def _dark_problems(page):
    """The same page switched to the dark scheme as a reader switches it (the header's toggle;
    the scheme is set on the page as it is, nothing reloads): axe's findings. What a
    reader whose system is set to dark gets on a first visit is the test after this one."""
    page.locator("label[for=__palette_1]").click()
    try:
        page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'", timeout=5_000)
    except PlaywrightTimeout:
        return ["the header's toggle does not switch to the dark scheme: "
                + page.evaluate("() => document.body.dataset.mdColorScheme")]
    page.emulate_media(color_scheme="dark")  # the browser's own parts (form controls) as well
    return [f"axe (dark): {v}" for v in axe_violations(page)]


@pytest.mark.parametrize("url", [*URLS, MISSING])
def test_a_first_visit_is_clean_and_accessible_in_both_schemes(server, tour, url):
    page, response, watch, csp_console = _open(tour, server, url)
    problems = []
    expected = 404 if url == MISSING else 200
    if response.status != expected:
        problems.append(f"status {response.status}, expected {expected}")
    entries = transfers(page)
    if any(name.endswith("search_index.json") for name, _ in entries):
        problems.append("the search index was fetched before the reader turned to search")
    total = sum(size for _, size in entries)
    if not (len(entries) > 1 and total > 0):
        problems.append("weight: nothing measured")
    elif total > PAGE_BUDGET:
        listing = "\n    ".join(f"{size:>8} {name}" for name, size in sorted(entries, key=lambda e: -e[1]))
        problems.append(f"weight: {total / KB:.1f} KB transferred, budget {PAGE_BUDGET // KB} KB:\n    {listing}")
    # Search, once the reader turns to it (a key Material opens search with): its index and
    # language files arrive, with no console error or CSP violation (collected below).
    page.keyboard.press("/")
    wait_for_search(page, url)
    page.keyboard.press("Escape")
    page.mouse.wheel(0, 2000)  # scroll-driven theme scripts (header, table of contents)
    page.wait_for_function("() => window.scrollY > 0 || document.documentElement.scrollHeight <= innerHeight")
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    problems += [f"axe (light): {v}" for v in axe_violations(page)]
    if url != MISSING:
        problems += _dark_problems(page)
    # Everything the page logged and broke while it loaded, scrolled and changed scheme.
    violations = page.evaluate("window.__cspViolations") + csp_console
    problems += [f"policy violation: {v}" for v in violations]
    # The browser logs the missing page's own 404 status; that is the point of it.
    own_404 = f"status of 404 (Not Found) ({server + url})"
    problems += [f"console or network: {p}" for p in watch.problems()
                 if not (url == MISSING and p.endswith(own_404))]
    assert problems == [], f"{url}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("url", ["", "en/"])
def test_a_reader_whose_system_is_dark_gets_the_dark_scheme_on_a_first_visit(server, tour, url):
    """The palette is picked from the system's setting where the header is parsed
    (overrides/partials/javascripts/palette.html): nothing stored, the system set to dark."""
    page = tour.page
    page.emulate_media(color_scheme="dark")
    page.goto(server + url, wait_until="load")
    try:
        page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'", timeout=5_000)
    except PlaywrightTimeout:
        pytest.fail(f"{url or '/'}: the {page.evaluate('() => document.body.dataset.mdColorScheme')} "
                    "scheme with the system set to dark")
    assert axe_violations(page) == []
