"""The offline copy: unzipped and opened from file://, search and worksheets still work."""

import os
import subprocess
import sys
import zipfile

import pytest

from sitekit import site_data
from tests.browsing import PageWatch
from tests.conftest import ROOT, SITE, build_site, shared_build


@pytest.fixture(scope="session")
def offline_copy(shared_dir):
    """Build with mkdocs-offline.yml, zip with scripts/zip-offline, unzip: the reader's folder
    (once a session, for every worker: tests/conftest.py shared_build)."""
    site_url = "https://example.org/"

    def make(work):
        result = build_site(work / "site-offline", site_url, config=ROOT / "mkdocs-offline.yml")
        assert result.returncode == 0, f"offline build failed:\n{result.stderr}"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "zip-offline"), str(work / "site-offline"), str(work)],
                       check=True, capture_output=True, env={**os.environ, "SITE_URL": site_url})
        archives = list(work.glob("*.zip"))
        assert len(archives) == 1, archives
        with zipfile.ZipFile(archives[0]) as zf:
            zf.extractall(work / "unzipped")

    work = shared_build(shared_dir, "offline", make)
    folder = work / "unzipped" / site_data.slug_of(site_url)  # the site's slug: example.org
    assert (folder / "index.html").is_file()
    return folder


class FileWatch(PageWatch):
    """Like PageWatch, for file:// pages: any request that is not a local file is foreign."""

    def __init__(self, page):
        super().__init__(page, origin="file://")


@pytest.mark.parametrize("lang, start", [("es", "razones/index.html"), ("en", "en/razones/index.html")])
def test_search_works_offline_in_the_page_language(offline_copy, page, lang, start):
    watch = FileWatch(page)
    page.goto((offline_copy / start).as_uri())
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("3B7", delay=30)
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for()
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    english_root = (offline_copy / "en").as_uri() + "/"
    for href in hrefs:
        assert href.startswith(offline_copy.as_uri()), href
        assert href.startswith(english_root) == (lang == "en"), f"{lang} page offered {href}"
    assert watch.problems() == [], "\n".join(watch.problems())


def test_worksheet_answers_are_kept_offline(offline_copy, page):
    url = (offline_copy / "fichas" / "por-que-ahora.html").as_uri()
    watch = FileWatch(page)
    page.goto(url)
    field = page.locator("form textarea").first
    field.fill("Quiero cambiar de sector sin empezar de cero")
    # Answers are saved a moment after typing: wait for it, then reload.
    page.wait_for_function("(t) => Object.values(localStorage).some((v) => v.includes(t))",
                           arg="Quiero cambiar de sector sin empezar de cero", timeout=3000)
    page.reload()
    assert page.locator("form textarea").first.input_value() == "Quiero cambiar de sector sin empezar de cero"
    assert watch.problems() == [], "\n".join(watch.problems())


def test_link_check_accepts_files_the_deploy_adds_and_nothing_else(tmp_path):
    from sitecheck import check_site

    (tmp_path / "index.html").write_text(
        '<html lang="es"><head><link rel="canonical" href="https://example.org/s/"></head>'
        '<body><a href="copy.zip">copy</a> <a href="other.zip">other</a></body></html>',
        encoding="utf-8",
    )
    findings = [str(f) for f in check_site(tmp_path, added_later=["copy.zip"])]
    assert not [f for f in findings if "copy.zip" in f]
    assert [f for f in findings if "other.zip" in f]


@pytest.mark.parametrize("about", ["acerca/index.html", "en/acerca/index.html"])
def test_about_page_links_to_the_offline_zip(site_dir, site_url, about):
    """Relative to the page, so it reaches the zip on any host (a local build too)."""
    from urllib.parse import urljoin

    from sitecheck.html import parse

    name = SITE.deploy_files["offline_zip"]
    page_url = site_url + about.removesuffix("index.html")
    links = [t.attrs for t in parse(site_dir / about).find_all("a") if t.attrs.get("href", "").endswith(name)]
    assert len(links) == 1, f"{about} should link to {name} once"
    href = links[0]["href"]
    assert "://" not in href and not href.startswith("/"), f"not relative: {href}"
    assert urljoin(page_url, href) == site_url + name
    assert "download" in links[0]


def test_the_offline_copys_about_page_points_at_the_site_root(offline_copy):
    """Without directory URLs (acerca.html) the same link climbs one level less."""
    from sitecheck.html import parse

    name = next(offline_copy.parent.parent.glob("*.zip")).name  # what scripts/zip-offline wrote
    for about, expected in (("acerca.html", name), ("en/acerca.html", "../" + name)):
        hrefs = [t.attrs["href"] for t in parse(offline_copy / about).find_all("a") if t.attrs.get("href", "").endswith(name)]
        assert hrefs == [expected], about


def test_the_trackers_import_loads_its_own_script_from_file(offline_copy, page):
    """The import's code is a second script, added when the reader reaches the import
    (src/tracker-import-loader.mjs): from file:// too, beside the page's own script."""
    watch = FileWatch(page)
    page.goto((offline_copy / "herramientas" / "registro.html").as_uri())
    page.wait_for_selector("form.tracker[data-ready]")
    script = "() => !!document.querySelector('script[src$=\"/tracker-import.js\"]')"
    assert not page.evaluate(script), "not loaded before the reader reaches the import"
    page.fill("#tr-paste", "Name\tCompany\nPriya Shah\tUnilever\n")
    page.click(".tracker__paste-read")
    page.locator(".tracker__preview button[data-choice=import_add]").click()
    page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length === 1")
    assert page.evaluate(script)
    assert page.locator(".tracker__table tbody th").all_inner_texts() == ["Priya Shah"]
    assert watch.problems() == [], "\n".join(watch.problems())
