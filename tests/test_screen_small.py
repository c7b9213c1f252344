"""Small things a reader notices: no reading time on the tools, the planner found by "ics"."""


import pytest

from tests.browsing import search_result_paths
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
    paths = search_result_paths(page, query)
    assert any(p.endswith(f"/{start}herramientas/seguimiento/") for p in paths), f"{query!r} found: {paths}"
