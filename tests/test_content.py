"""The reading path: each page pair matches structurally (in the spirit of FastAPI's
translation tests), the pages carry substance, and every rule or figure names its source."""

import re

import pytest

from sitecheck.html import parse
from tests.pages import DOCS, source_pages, url_of

PAIRS = [(p, p.with_name(p.name[: -len(".md")] + ".en.md")) for p in source_pages("es")]
MIN_WORDS = {
    "index.md": 300,
    "razones/informacion-interna.md": 400,
    "razones/contacto-interno.md": 400,
    "razones/cambio-de-rumbo.md": 400,
    "razones/iniciativa.md": 400,
}
# Pages of the reading path (the worksheets and tools have their own tests).
READING_PATH = ["index.md", "razones/index.md", *list(MIN_WORDS)[1:], "ejemplo.md", "etiquetas.md",
                "despues.md", "acerca.md"]

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6}) (.*)$", re.MULTILINE)
_HEADING_ID = re.compile(r"\{ #([\w-]+) \}\s*$")
_LINK = re.compile(r"\]\(([^)\s]+)")
_ADMONITION = re.compile(r"^\s*(!!!|\?\?\?\+?) ", re.MULTILINE)
_MARKER = re.compile(r"<!--\s*md:[^>]*?-->")
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def _body(rel):
    text = (DOCS / rel).read_text(encoding="utf-8")
    return _FENCE.sub("", _FRONT_MATTER.sub("", text))


def _structure(rel):
    body = _body(rel)
    return {
        "heading ids": [(len(m.group(1)), (_HEADING_ID.search(m.group(2)) or [None, None])[1])
                        for m in _HEADING.finditer(body)],
        "internal links": [u for u in _LINK.findall(body) if not re.match(r"[a-z]+:", u)],
        "admonitions": len(_ADMONITION.findall(body)),
        "markers (worksheets, templates)": _MARKER.findall(body),
    }


@pytest.mark.parametrize("es, en", PAIRS, ids=[str(p[0]) for p in PAIRS])
def test_each_page_pair_has_the_same_structure(es, en):
    assert (DOCS / en).is_file(), f"{en} is missing"
    spanish, english = _structure(es), _structure(en)
    for what in spanish:
        assert spanish[what] == english[what], f"{es} and {en} differ in their {what}"
    missing = [level for level, hid in spanish["heading ids"] if hid is None]
    assert not missing, f"{es}: {len(missing)} heading(s) without an explicit {{ #id }}"


def _words(rel):
    body = _MARKER.sub(" ", _body(rel))
    body = re.sub(r"\{ #[\w-]+ \}|\]\([^)]*\)|<[^>]+>", " ", body)
    return len(re.findall(r"\w+", body))


@pytest.mark.parametrize("rel, minimum", MIN_WORDS.items())
@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_page_has_substance(rel, minimum, lang):
    path = rel if lang == "es" else rel[: -len(".md")] + ".en.md"
    words = _words(path)
    assert words >= minimum, f"{path}: {words} words, fewer than {minimum}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_reading_path_pages_show_a_reading_time(site_dir, lang):
    for rel in READING_PATH:
        built = site_dir / url_of(rel if lang == "es" else rel[:-3] + ".en.md", lang) / "index.html"
        found = parse(built).find_all("p", **{"class": "reading-time"})
        assert len(found) == 1, f"{built}: expected one reading-time line, found {len(found)}"


# A figure or rule on a page (left) must come with its source on the same page (right).
CITED = [
    (r"\b75\b", r"Dalton"),
    (r"\b100 (palabras|words)\b|\bde 100\b|100-word", r"Dalton"),
    (r"3B7|(tres|siete) días hábiles|(three|seven) working days", r"Dalton"),
    (r"TIARA", r"Dalton"),
    (r"24 (horas|hours)", r"Pensilvania|Pennsylvania|Princeton|(acerca|despues)\.md#fuentes"),
    (r"\b(15|20|30) (minutos|minutes)|veinte minutos|twenty minutes|twenty-minute", r"Berkeley|Northeastern|Tufts"),
    (r"\b(200|300) (caracteres|characters)|[Mm]enos de 200|under 200", r"terceros|third-party"),
]


@pytest.mark.parametrize("rel", READING_PATH)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_figure_names_its_source(rel, lang):
    path = rel if lang == "es" else rel[: -len(".md")] + ".en.md"
    body = _body(path)
    for figure, source in CITED:
        if re.search(figure, body):
            assert re.search(source, body, re.IGNORECASE), f"{path}: uses {figure!r} without citing {source!r}"


@pytest.mark.parametrize("rel", READING_PATH)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_page_that_uses_a_rule_or_figure_has_a_sources_section(rel, lang):
    """Same id in both languages, so a link to page.md#fuentes works from either."""
    path = rel if lang == "es" else rel[: -len(".md")] + ".en.md"
    body = _body(path)
    if any(re.search(figure, body) for figure, _ in CITED):
        assert re.search(r"^## .* \{ #fuentes \}$", body, re.MULTILINE), f"{path}: no '## … {{ #fuentes }}' section"


def test_about_page_says_which_rules_come_from_where():
    """Book (through summaries, with the editions), our adaptations, career centres, third parties."""
    for path, needles in (("acerca.md", ["resúmenes de las dos ediciones", "5-Point Email", "6-Point Email", "Adaptado de la lista LAMP",
                                         "servicios de orientación profesional", "fuentes de terceros"]),
                          ("acerca.en.md", ["published summaries of both editions", "5-Point Email", "6-Point Email",
                                            "Adapted from Dalton's LAMP list", "career centres", "Third-party sources"])):
        body = _body(path)
        missing = [n for n in needles if n.lower() not in body.lower()]
        assert not missing, f"{path}: missing {missing}"
