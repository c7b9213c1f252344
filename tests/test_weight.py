"""Weight budgets: what a phone downloads for one page, and the size of our own code.

KB here means 1024 bytes. Our own code is measured as shipped: the built site's copies of
docs/assets/javascripts and docs/assets/stylesheets (minified by hooks/minify_assets.py),
each gzipped on its own. Page weight is measured in Chromium against the site served
gzip-compressed, as GitHub Pages serves it, with an empty cache: the sum of the
Resource Timing API's transferSize (headers plus compressed body) of the page, every
file it loads, and every file its workers load (the search worker's language files).
"""

import gzip
from pathlib import Path

import pytest

from tests.conftest import BASE_PATH
from tests.gzip_server import serving
from tests.pages import all_urls

KB = 1024
PAGE_BUDGET = 150 * KB
OWN_CODE_BUDGET = 25 * KB
DOCS = Path(__file__).resolve().parent.parent / "docs"
OWN_CODE_DIRS = [DOCS / "assets" / "javascripts", DOCS / "assets" / "stylesheets"]
OWN_CODE_SUFFIXES = (".js", ".mjs", ".css")

_TRANSFERS = """() => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
  .map((e) => [e.name, e.transferSize])"""


@pytest.fixture(scope="module")
def gzip_server(site_dir):
    with serving(site_dir, BASE_PATH) as base_url:
        yield base_url


def _transfers(page):
    """(url, bytes) for everything the page and its workers fetched over the network."""
    entries = page.evaluate(_TRANSFERS)
    for worker in page.workers:
        entries += worker.evaluate(_TRANSFERS)
    return entries


def test_the_test_server_compresses_like_github_pages(gzip_server, page):
    response = page.goto(gzip_server, wait_until="networkidle")
    assert response.header_value("content-encoding") == "gzip"
    name, size = _transfers(page)[0]
    assert 0 < size < len(response.body()), "the page should travel compressed"


@pytest.mark.parametrize("url", [*all_urls(), "no-such-page/"])
def test_a_page_transfers_at_most_150_kb(gzip_server, browser, url):
    context = browser.new_context()  # empty cache, like a first visit
    try:
        page = context.new_page()
        page.goto(gzip_server + url, wait_until="networkidle")
        entries = _transfers(page)
        total = sum(size for _, size in entries)
        assert len(entries) > 1 and total > 0, "nothing measured"
        listing = "\n".join(f"{size:>8} {name}" for name, size in sorted(entries, key=lambda e: -e[1]))
        assert total <= PAGE_BUDGET, f"{url}: {total / KB:.1f} KB transferred, budget {PAGE_BUDGET // KB} KB:\n{listing}"
    finally:
        context.close()


def own_code_sources():
    """Our JavaScript and CSS under docs/, as paths relative to docs/ (where the site has them)."""
    return sorted(p.relative_to(DOCS) for d in OWN_CODE_DIRS for p in d.rglob("*") if p.suffix in OWN_CODE_SUFFIXES)


def test_our_own_javascript_and_css_is_at_most_25_kb_gzipped(site_dir):
    sources = own_code_sources()
    assert sources, "no JavaScript or CSS found under docs/assets"
    missing = [str(rel) for rel in sources if not (site_dir / rel).is_file()]
    assert not missing, f"sources with no copy in the built site (they would escape the count): {missing}"
    sizes = {rel: len(gzip.compress((site_dir / rel).read_bytes(), compresslevel=9)) for rel in sources}
    total = sum(sizes.values())
    listing = "\n".join(f"{size:>7} {path}" for path, size in sorted(sizes.items(), key=lambda e: -e[1]))
    assert total <= OWN_CODE_BUDGET, f"{total / KB:.1f} KB gzipped as built, budget {OWN_CODE_BUDGET // KB} KB:\n{listing}"
