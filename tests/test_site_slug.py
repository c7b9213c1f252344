"""The site's slug comes from one setting, its address (site_url's last folder, sitekit/site_data.py
slug_of): a fork built at another address names the original's slug nowhere but in the
legacy storage key its store still reads to migrate old answers."""

import json
import re

import pytest

from sitekit import site_data
from tests.conftest import SITE, build_site, shared_build

FORK_URL = "https://example.org/otra-guia/"
OLD_SLUG = "entrevistas-informativas"
LEGACY_KEY = "entrevistas-informativas:answers"  # src/store.mjs OLD_KEY, read to migrate
# A word of the content, which a fork rewrites with its content (the Spanish name of the
# export file, data/worksheets/_ui.yml export_filename): it names the topic, not the site.
CONTENT_WORDS = ("respuestas-entrevistas-informativas",)


def test_the_slug_is_the_last_folder_of_the_address_or_its_host():
    assert site_data.slug_of("https://example.github.io/entrevistas-informativas/") == "entrevistas-informativas"
    assert site_data.slug_of("https://example.org/guides/otra-guia") == "otra-guia"
    assert site_data.slug_of("https://guia.example.org/") == "guia.example.org"
    assert SITE.slug == site_data.slug_of(SITE.site_url)


@pytest.fixture(scope="session")
def fork_site(shared_dir):
    """Built once a session, for every worker (tests/conftest.py shared_build)."""
    def make(dest):
        result = build_site(dest, FORK_URL)
        assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"

    return shared_build(shared_dir, "fork", make)


def _page_data(html):
    found = re.search(r'<script type="application/json" id="page-data">(.*?)</script>', html, re.S)
    return json.loads(found.group(1)) if found else None


def test_a_fork_at_another_address_names_the_old_slug_nowhere_but_the_legacy_key(fork_site):
    found = []
    for path in sorted(p for p in fork_site.rglob("*") if p.is_file()):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images, the search index's gzip
        for allowed in (LEGACY_KEY, *CONTENT_WORDS):
            text = text.replace(allowed, "")
        if OLD_SLUG in text:
            at = text.index(OLD_SLUG)
            found.append(f"{path.relative_to(fork_site)}: …{text[max(0, at - 60):at + 40]}…")
    assert not found, "the original's slug in the fork's site:\n" + "\n".join(found)
    assert LEGACY_KEY in (fork_site / "assets" / "javascripts" / "worksheet.js").read_text(encoding="utf-8"), \
        "the store still reads the key of earlier releases"


def test_the_forks_pages_carry_its_slug(fork_site):
    tool = (fork_site / "herramientas" / "registro" / "index.html").read_text(encoding="utf-8")
    assert _page_data(tool)["site"] == {"slug": "otra-guia"}, "the store's key and the calendar ids start from it"
    about = (fork_site / "acerca" / "index.html").read_text(encoding="utf-8")
    assert 'href="../otra-guia-offline.zip"' in about, "the offline copy is named after the site"



def test_the_first_script_of_every_page_reads_the_example_flag_under_the_forks_key(fork_site):
    """The script before the first paint shows the example's banner when the example's flag is
    set beside the store's key (overrides/main.html); in a fork it had read this site's key, so
    the banner never showed there."""
    for page in ("index.html", "herramientas/registro/index.html", "en/fichas/notas/index.html"):
        html = (fork_site / page).read_text(encoding="utf-8")
        assert 'k="otra-guia"+":answers:"' in html, page
