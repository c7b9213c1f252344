"""Sharing: Open Graph and Twitter card tags on every page, with a card image per language."""

from PIL import Image

from sitecheck.html import parse
from sitecheck.site import html_pages, page_language, resolve
from sitekit import languages

# Spanish for every region: Facebook's umbrella Spanish locale (data/site-words.yml says why).
LOCALES = {"es": "es_LA", "en": "en_GB"}


def _meta(doc, key):
    tags = [t for t in doc.find_all("meta") if t.attrs.get("property") == key or t.attrs.get("name") == key]
    assert len(tags) == 1, f"{doc.path}: {len(tags)} <meta> for {key}"
    return tags[0].attrs["content"]


def test_every_page_has_sharing_tags_in_its_language(site_dir, site_url):
    for rel in html_pages(site_dir):
        lang = page_language(rel)
        if lang not in languages.COMPLETE:
            continue  # a partial language's pages are those of the default, under a notice
        doc = parse(site_dir / rel)
        canonical = doc.find_all("link", rel="canonical")[0].attrs["href"]
        assert _meta(doc, "og:url") == canonical
        assert _meta(doc, "og:description") == _meta(doc, "description")
        assert _meta(doc, "twitter:description") == _meta(doc, "description")
        assert _meta(doc, "og:title").strip() and _meta(doc, "twitter:title") == _meta(doc, "og:title")
        assert _meta(doc, "og:locale") == LOCALES[lang]
        assert _meta(doc, "twitter:card") == "summary_large_image"
        image = _meta(doc, "og:image")
        assert image == _meta(doc, "twitter:image")
        expected = site_url + ("" if lang == "es" else "en/") + "social-card.png"
        assert image == expected, f"{rel}: {image}"


def test_each_language_has_its_own_card_image(site_dir):
    cards = {lang: site_dir / folder / "social-card.png" for lang, folder in (("es", ""), ("en", "en"))}
    for lang, card in cards.items():
        assert resolve(site_dir, card.relative_to(site_dir).as_posix()) == card, f"no {lang} card"
        with Image.open(card) as image:
            assert image.size == (1200, 630)
    assert cards["es"].read_bytes() != cards["en"].read_bytes(), "both languages share one image"
