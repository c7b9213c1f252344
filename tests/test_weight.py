"""Weight budgets: what a phone downloads for one page, and the size of our own code.

KB here means 1024 bytes. Our own code is measured as shipped, per page: the built site's copies of
docs/assets/javascripts and docs/assets/stylesheets (minified by hooks/post_build.py)
that one page loads, each gzipped on its own, summed. Page weight is measured in Chromium against the site served
gzip-compressed, as GitHub Pages serves it, with an empty cache: the sum of the
Resource Timing API's transferSize (headers plus compressed body) of the page, every
file it loads, and every file its workers load (the search worker's language files).
"""

import gzip
import re
from pathlib import Path

import pytest

from sitekit import stylesheets
from sitekit.gzip_server import serving
from sitekit.minify import own_code
from tests.browsing import transfers
from tests.conftest import BASE_PATH
from tests.pages import all_urls

KB = 1024
PAGE_BUDGET = 150 * KB
OWN_CODE_BUDGET = 25 * KB
DOCS = Path(__file__).resolve().parent.parent / "docs"

@pytest.fixture(scope="module")
def gzip_server(site_dir):
    with serving(site_dir, BASE_PATH) as base_url:
        yield base_url


def test_the_test_server_compresses_like_github_pages(gzip_server, page):
    response = page.goto(gzip_server, wait_until="load")
    assert response.header_value("content-encoding") == "gzip"
    name, size = transfers(page)[0]
    assert 0 < size < len(response.body()), "the page should travel compressed"


def own_code_sources():
    """Our JavaScript and CSS as the site publishes it, as paths relative to the site: the files
    under docs/ and the scripts assembled from its modules (sitekit/minify.own_code)."""
    return [Path(rel) for rel in own_code(DOCS)]


_ASSET = re.compile(r"""<(?:script[^>]*\ssrc|link[^>]*\shref)=["']?([^"'\s>]+)""")


def own_code_of_page(site_dir, html_path):
    """{path relative to the site: gzip bytes} of our own code one built page loads
    (its <script src> and <link href>, resolved against the page's own address); a stylesheet
    joined from ours (sitekit/stylesheets.py) counts as the one file it is."""
    own = {rel.as_posix() for rel in own_code_sources()}
    page_dir = html_path.parent
    found = {}
    for ref in _ASSET.findall(html_path.read_text(encoding="utf-8")):
        if "://" in ref or ref.startswith(("data:", "#")):
            continue
        ref = ref.split("?")[0].split("#")[0]
        # The 404 page links by absolute path, since it is served at any depth.
        base = site_dir if ref.startswith(BASE_PATH) else page_dir
        target = (base / ref.removeprefix(BASE_PATH)).resolve()
        try:
            rel = target.relative_to(site_dir.resolve()).as_posix()
        except ValueError:
            continue
        if rel in own or (stylesheets.parts(rel) and set(stylesheets.parts(rel)) <= own):
            found[rel] = len(gzip.compress(target.read_bytes(), compresslevel=9))
    return found


def test_every_source_of_our_own_code_is_in_the_built_site(site_dir):
    sources = own_code_sources()
    assert sources, "no JavaScript or CSS found under docs/assets"
    missing = [str(rel) for rel in sources if not (site_dir / rel).is_file()]
    assert not missing, f"sources with no copy in the built site (they would escape the count): {missing}"


def test_the_page_budget_counts_what_a_page_loads(site_dir):
    """The measure itself: a worksheet page loads its page script, and the site-wide stylesheet
    joined with the worksheets' (sitekit/stylesheets.py)."""
    found = own_code_of_page(site_dir, site_dir / "fichas" / "notas" / "index.html")
    sheets = [rel for rel in found if rel.endswith(".css")]
    assert "assets/javascripts/worksheet-thanks.js" in found, found
    assert len(sheets) == 1 and "assets/stylesheets/site.css" in stylesheets.parts(sheets[0]), found
    assert all(size > 0 for size in found.values())


@pytest.mark.parametrize("url", [*all_urls(), "404.html"])
def test_our_own_javascript_and_css_on_one_page_is_at_most_25_kb_gzipped(site_dir, url):
    html_path = site_dir / url if url.endswith(".html") else site_dir / url / "index.html"
    sizes = own_code_of_page(site_dir, html_path)
    assert sizes, f"{url}: no JavaScript or CSS of our own found (the measure is broken)"
    total = sum(sizes.values())
    listing = "\n".join(f"{size:>7} {path}" for path, size in sorted(sizes.items(), key=lambda e: -e[1]))
    assert total <= OWN_CODE_BUDGET, f"{url}: {total / KB:.1f} KB gzipped as built, budget {OWN_CODE_BUDGET // KB} KB per page:\n{listing}"
