"""The chapters a first-timer needs (issue 14): each page exists in both languages, sits in
the reading order, carries substance, names the source of every rule or figure it uses and
says which advice is only a rule of thumb."""

import re

import pytest
import yaml

from sitekit import message_templates as mt
from tests.conftest import SITE
from tests.pages import DOCS
from tests.test_content import CITED, _body, _words

ROOT = DOCS.parent
CHAPTERS = {
    "conversacion.md": 600,
    "encontrar.md": 600,
    "situaciones.md": 600,
    "plan.md": 500,
    "mas-mensajes.md": 400,
    "lecturas.md": 250,
    "fichas/tu-historia.md": 200,
    "fichas/guion.md": 60,
    # What a first-timer still lacked (issue 28, item 5).
    "referencias.md": 500,
    "llamadas.md": 500,
    "nervios.md": 500,
    "paises.md": 500,
    "sin-respuesta.md": 500,
    "una-busqueda.md": 800,
}
LANG_FILES = [(rel, lang) for rel in CHAPTERS for lang in ("es", "en")]


def _path(rel, lang):
    return rel if lang == "es" else rel[: -len(".md")] + ".en.md"


def _nav():
    """The nav's pages in reading order (mkdocs.yml holds `!ENV` tags: read the nav only)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = yaml.safe_load(text[text.index("\nnav:"):])["nav"]
    order = []

    def walk(items):
        for item in items:
            if isinstance(item, str):
                order.append(item)
            else:
                for value in item.values():
                    walk(value if isinstance(value, list) else [value])
    walk(nav)
    return order


@pytest.mark.parametrize("rel, lang", LANG_FILES, ids=[f"{r}-{lg}" for r, lg in LANG_FILES])
def test_each_chapter_has_a_description_and_substance(rel, lang):
    path = _path(rel, lang)
    text = (DOCS / path).read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert str(front.get("description") or "").strip(), f"{path}: no description"
    words = _words(path)
    assert words >= CHAPTERS[rel], f"{path}: {words} words, fewer than {CHAPTERS[rel]}"


@pytest.mark.parametrize("rel, lang", LANG_FILES, ids=[f"{r}-{lg}" for r, lg in LANG_FILES])
def test_every_figure_on_a_chapter_names_its_source(rel, lang):
    path = _path(rel, lang)
    body = _body(path)
    for figure, source in CITED:
        if re.search(figure, body):
            assert re.search(source, body, re.IGNORECASE), f"{path}: uses {figure!r} without citing {source!r}"
            assert "{ #fuentes }" in body, f"{path}: uses {figure!r} and has no Sources section"


def test_the_plan_says_which_figures_are_rules_of_thumb():
    for path, phrase in (("plan.md", "regla práctica"), ("plan.en.md", "rule of thumb")):
        body = _body(path).lower()
        assert body.count(phrase) >= 3, f"{path}: each unsourced figure is called a {phrase}"
        sources = body[body.index("{ #fuentes }"):]
        assert phrase in sources or phrase.replace("regla", "reglas").replace("rule", "rules") in sources


def test_the_chapters_are_in_the_nav_and_3b7_comes_before_the_conversation():
    order = _nav()
    for rel in CHAPTERS:
        assert rel in order, f"{rel} is not in the nav"
    assert order.index("ejemplo.md") < order.index("mas-mensajes.md") < order.index("conversacion.md")
    assert order.index("conversacion.md") < order.index("despues.md")
    # Nerves before the plan, countries and channels before the first message, silence and
    # calls between the 3B7 routine and the conversation, the referral after the thank-you.
    assert order.index("nervios.md") < order.index("plan.md")
    assert order.index("paises.md") < order.index("ejemplo.md")
    assert order.index("mas-mensajes.md") < order.index("sin-respuesta.md") < order.index("conversacion.md")
    assert order.index("llamadas.md") < order.index("conversacion.md")
    assert order.index("despues.md") < order.index("referencias.md")
    # The whole search as one story once every step has its own chapter (issue 28, 5.1).
    assert order.index("referencias.md") < order.index("una-busqueda.md")
    for lang in ("es", "en"):
        assert "{ #rutina-3b7 }" in _body(_path("mas-mensajes.md", lang))


# The chapters added for a first-timer (issue 28): a reader following the nav meets a link to
# each before reaching it.
NEW_CHAPTERS = ["nervios.md", "paises.md", "sin-respuesta.md", "llamadas.md", "referencias.md", "una-busqueda.md"]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("rel", NEW_CHAPTERS)
def test_each_new_chapter_is_linked_from_a_chapter_before_it(rel, lang):
    order = _nav()
    link = re.compile(r"\]\((?:\.\./)*" + re.escape(rel) + r"(?:#[\w-]+)?\)")
    earlier = [page for page in order[: order.index(rel)] if link.search(_body(_path(page, lang)))]
    assert earlier, f"no chapter before {rel} links to it ({lang})"


def test_the_story_worksheet_feeds_the_outreach_line():
    """The worksheet's last answer is the builder's who_you_are field: the names match."""
    story = SITE.worksheets["tu-historia"]
    assert story.fields[-1]["id"] == "one_line"
    outreach = mt.load(ROOT / "data" / "templates" / "outreach.yml", SITE.langs, SITE.message_tidy)
    for lang in ("es", "en"):
        spec = outreach.placeholders(lang)["who_you_are"]
        label_without_optional = re.sub(r"\s*\(.*\)$", "", spec["label"])
        assert label_without_optional in story.fields[-1]["help"][lang], lang
        assert story.title[lang] in spec["hint"], lang
        page = _body(_path("fichas/tu-historia.md", lang))
        assert "(../herramientas/mensaje.md)" in page


def test_the_crib_sheet_is_one_sheet():
    assert SITE.worksheets["guion"].print_pages == {"blank": 1, "filled": 1}
