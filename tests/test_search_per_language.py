"""Search answers in the reader's language: Spanish pages find Spanish pages, English English."""

import json

import pytest

from tests.browsing import search_result_paths
from tests.conftest import BASE_PATH

WORD = "3B7"  # in the follow-up planner's title in both languages


@pytest.mark.parametrize("lang, start", [("es", ""), ("en", "en/")])
def test_each_language_has_its_own_index_and_stemmer(site_dir, lang, start):
    index = json.loads((site_dir / start / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [lang]
    assert index["docs"], "empty index"
    for doc in index["docs"]:
        assert not doc["location"].startswith("en/"), doc["location"]
        target = site_dir / start / doc["location"].split("#")[0] / "index.html"
        assert target.is_file(), f"{lang} index points at a missing page: {doc['location']}"


@pytest.mark.parametrize("lang, start", [("es", "razones/"), ("en", "en/razones/")])
def test_search_results_stay_in_the_page_language(server, page, lang, start):
    page.goto(server + start)
    hrefs = search_result_paths(page, WORD)
    assert hrefs
    for href in hrefs:
        assert href.startswith(BASE_PATH), href
        in_english = href[len(BASE_PATH):].startswith("en/")
        assert in_english == (lang == "en"), f"{lang} page offered {href}"
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == lang
