"""Small things a reader notices: no reading time on the tools, the planner found by "ics"."""

from urllib.parse import urlsplit

import pytest

from tests.pages import source_pages, url_of


def _has_reading_time(html):
    return any("reading-time" in t.attrs.get("class", "").split() for t in html.find_all("p"))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_tool_pages_show_no_reading_time_and_guide_pages_do(site_dir, lang):
    from sitecheck.html import parse

    for rel in source_pages(lang):
        html = parse(site_dir / url_of(rel, lang) / "index.html")
        shown = _has_reading_time(html)
        if rel.parts[0] == "herramientas":
            assert not shown, f"{rel}: a tool is used, not read"
    example = "ejemplo.md" if lang == "es" else "ejemplo.en.md"
    guide = parse(site_dir / url_of(next(p for p in source_pages(lang) if p.name == example), lang) / "index.html")
    assert _has_reading_time(guide)


@pytest.mark.parametrize("start, query", [("", "ics"), ("", "calendario"), ("en/", "ics"), ("en/", "calendar")])
def test_searching_ics_or_calendar_finds_the_follow_up_planner(server, page, start, query):
    page.goto(server + start, wait_until="load")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(query, delay=30)  # Material searches on key events
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for()
    paths = [urlsplit(results.nth(i).get_attribute("href")).path for i in range(results.count())]
    assert any(p.endswith(f"/{start}herramientas/seguimiento/") for p in paths), f"{query!r} found: {paths}"
