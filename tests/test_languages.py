"""Both languages: every page has its twin, the right lang, a switcher and absolute alternates."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitecheck.html import parse
from sitecheck.site import counterpart, html_pages, page_language, resolve
from sitekit import languages
from tests.pages import source_pages


def test_every_spanish_page_has_an_english_twin_and_back():
    spanish = {str(p)[: -len(".md")] for p in source_pages("es")}
    english = {str(p)[: -len(".en.md")] for p in source_pages("en")}
    assert spanish, "no pages found"
    assert sorted(spanish - english) == [], "Spanish pages without an English version"
    assert sorted(english - spanish) == [], "English pages without a Spanish version"


def test_both_languages_are_built(site_dir):
    pages = html_pages(site_dir)
    by_lang = {lang: [] for lang in languages.LANGS}
    for p in pages:
        by_lang[page_language(p)].append(p)
    assert len(by_lang["es"]) == len(source_pages("es"))
    assert len(by_lang["en"]) == len(source_pages("en"))


def test_html_lang_matches_the_page_language(site_dir):
    for rel in html_pages(site_dir):
        html = parse(site_dir / rel).find_all("html")[0]
        assert html.attrs.get("lang") == page_language(rel), rel


def _complete(pages):
    """The pages of complete languages: a partial one's are the default language's, untranslated
    (its words are another language's until translated, sitekit/untranslated.py)."""
    return [rel for rel in pages if page_language(rel) in languages.COMPLETE]


def _site_relative(url, site_url):
    assert url.startswith(site_url), f"{url} is not under {site_url}"
    return url[len(site_url):]


def test_language_switcher_links_to_the_counterpart(site_dir):
    for rel in html_pages(site_dir):
        doc = parse(site_dir / rel)
        links = {t.attrs["hreflang"]: t.attrs["href"] for t in doc.find_all("a", hreflang=None)}
        assert set(links) == set(languages.LANGS), f"{rel}: switcher offers {sorted(links)}"
        for lang, href in links.items():
            if href.startswith("/"):
                target = resolve(site_dir, href.split("/", 2)[2])  # drop the base path
            else:
                target = resolve(site_dir, str((Path("/") / rel).parent / href))
            assert target is not None, f"{rel}: switcher link {href!r} leads nowhere"
            expected = site_dir / counterpart(rel, lang)
            assert target.resolve() == expected.resolve(), f"{rel}: {lang} link goes to {target}"


def test_hreflang_and_canonical_are_absolute_and_exist(site_dir, site_url):
    for rel in html_pages(site_dir):
        doc = parse(site_dir / rel)
        canonical = doc.find_all("link", rel="canonical")
        assert len(canonical) == 1, rel
        assert resolve(site_dir, _site_relative(canonical[0].attrs["href"], site_url)) == site_dir / rel
        alternates = {
            t.attrs["hreflang"]: t.attrs["href"]
            for t in doc.find_all("link")
            if t.attrs.get("rel", "").split() == ["alternate"]}
        assert set(alternates) == {*languages.LANGS, "x-default"}, rel
        for lang, href in alternates.items():
            target = resolve(site_dir, _site_relative(href, site_url))
            expected_lang = "es" if lang == "x-default" else lang
            assert target == site_dir / counterpart(rel, expected_lang), f"{rel}: {lang} -> {href}"


def test_every_page_has_a_description_in_its_language(site_dir):
    seen = {}
    for rel in _complete(html_pages(site_dir)):
        metas = parse(site_dir / rel).find_all("meta", name="description")
        assert len(metas) == 1, rel
        content = metas[0].attrs["content"].strip()
        assert len(content) >= 40, f"{rel}: description too short: {content!r}"
        seen.setdefault(content, []).append(str(rel))
    shared = {text: pages for text, pages in seen.items() if len(pages) > 1}
    assert not shared, f"pages sharing one description: {shared}"


@pytest.mark.parametrize("missing", ["no-existe/", "en/no-such-page/"])
def test_404_page_speaks_both_languages(server, page, missing):
    response = page.goto(server + missing)
    assert response.status == 404
    assert page.title() == "Página no encontrada · Page not found"
    assert page.locator("section[lang=es] h1").inner_text() == "Página no encontrada"
    assert page.locator("section[lang=en] h1").inner_text() == "Page not found"
    page.locator("section[lang=en] a").click()
    assert urlsplit(page.url).path.endswith("/en/")


@pytest.mark.parametrize("missing", ["no-existe/", "en/no-such-page/"])
def test_404_page_menus_are_in_the_default_language(server, page, missing):
    """GitHub Pages has one 404 page, at the root: its header and menus speak Spanish, as the
    root does (the English section carries its own lang and its own link home)."""
    def chrome():
        return (page.locator("html").get_attribute("lang"),
                page.locator(".md-header__topic").first.inner_text().strip(),
                page.locator(".md-search__input").get_attribute("placeholder"))

    page.goto(server)
    home = chrome()
    page.goto(server + missing)
    assert chrome() == home and home[0] == "es"
    menu = [urlsplit(a.get_attribute("href")).path for a in page.locator(".md-sidebar--primary a[href]").all()]
    assert menu and not [href for href in menu if "/en/" in href], menu


# Material writes its footer credit in English on every page; ours follows the page.
MADE_WITH = {"es": "Hecho con", "en": "Made with"}


def test_the_footer_credit_is_in_the_page_language(site_dir):
    for rel in [*_complete(html_pages(site_dir)), Path("404.html")]:  # the 404 page, at the root, is Spanish
        credit = " ".join(t.data.strip() for t in parse(site_dir / rel).texts if "md-copyright" in t.classes)
        assert credit.startswith(MADE_WITH[page_language(rel)]), f"{rel}: footer reads {credit!r}"


PERMALINK_TITLE = {"es": "Enlace a esta sección", "en": "Link to this section"}


def test_heading_permalinks_are_titled_in_the_page_language(site_dir):
    for rel in _complete(html_pages(site_dir)):
        links = [t for t in parse(site_dir / rel, texts=False).find_all("a") if "headerlink" in t.attrs.get("class", "")]
        titles = {t.attrs.get("title") for t in links}
        assert titles <= {PERMALINK_TITLE[page_language(rel)]}, f"{rel}: {titles}"


def test_the_language_switcher_names_each_language_in_its_own_language(site_dir):
    """WCAG 3.1.2: "English" on a Spanish page is marked as English, and the other way round."""
    for rel in [*html_pages(site_dir), Path("404.html")]:
        links = [t.attrs for t in parse(site_dir / rel, texts=False).find_all("a") if "md-select__link" in t.attrs.get("class", "")]
        assert sorted(a.get("hreflang") for a in links) == sorted(languages.LANGS), rel
        assert all(a.get("lang") == a.get("hreflang") for a in links), f"{rel}: {links}"


# "usted" forms that would break the site's "tú" register (Material's own Spanish has one).
# The word «usted» itself may appear in the text (the guide discusses when to use it in a
# message), but never in the interface's own labels.
USTED_FORMS = ("Teclee", "Haga clic", "Seleccione", "Introduzca", "Escriba ")


def test_spanish_pages_and_ui_labels_keep_the_tu_register(site_dir):
    for rel in html_pages(site_dir):
        if page_language(rel) != "es":
            continue
        html = (site_dir / rel).read_text(encoding="utf-8")
        found = [form for form in USTED_FORMS if form in html]
        assert not found, f"{rel}: usted register: {found}"
        labels = re.findall(r"<(label|legend|button)\b[^>]*>(.*?)</\1>", html, re.DOTALL)
        # The builder's register choice names usted (Tú / Usted); it does not speak to the reader in it.
        said = [t for _, t in labels if re.search(r"\busted\b", t, re.IGNORECASE) and 'name="register"' not in t]
        assert not said, f"{rel}: a label says usted: {said}"
