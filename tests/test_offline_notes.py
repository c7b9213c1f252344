"""The offline copy tells the truth (issue 27, finding F10 of the adversarial review): opened
from file://, every local page shares one origin in Chromium, so any other local HTML file
opened in the same browser can read the answers. The page that offers the copy says so, in
both languages, and what to do instead: the online site, or a browser profile of its own."""

import html

import pytest

from sitekit.site_words import word
from tests.conftest import SITE

WHAT = {"es": ("file://", "otra página local", "puede leer tus respuestas", "la web en línea", "perfil del navegador"),
        "en": ("file://", "other local page", "can read your answers", "the website online", "browser profile of its own")}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_offline_download_says_other_local_pages_can_read_the_answers(site_dir, lang):
    note = word(SITE, "offline_privacy", lang)
    for part in WHAT[lang]:
        assert part in note, part
    page = (site_dir / ("en/" if lang == "en" else "") / "acerca" / "index.html").read_text(encoding="utf-8")
    link = html.escape(word(SITE, "offline_download", lang))
    assert link in page, "the page that offers the copy"
    assert f'<p class="offline-note">{html.escape(note)}</p>' in page
    assert page.index(link) < page.index(html.escape(note)), "said where the copy is offered"
