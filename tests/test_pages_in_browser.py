"""Every page, in both languages, in a real browser: clean console, no third parties, axe clean."""

import pytest

from tests.browsing import PageWatch, axe_violations, origin_of
from tests.pages import all_urls

URLS = all_urls()


@pytest.mark.parametrize("url", URLS)
def test_page_loads_cleanly_and_stays_on_this_site(server, page, url):
    watch = PageWatch(page, origin_of(server))
    response = page.goto(server + url, wait_until="networkidle")
    assert response.status == 200
    assert watch.problems() == [], "\n".join(watch.problems())


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("url", URLS)
def test_axe_finds_no_wcag_violation(server, browser, url, scheme):
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(server + url, wait_until="networkidle")
        violations = axe_violations(page)
        assert violations == [], "\n".join(violations)
    finally:
        context.close()
