"""The diagrams drawn at build time (sitekit/diagrams/, data/diagrams/*.yml): what a page gets
for `<!-- md:diagram ID -->` in each language, and a definition that cannot be drawn failing
with its file, its key and the reason."""

import importlib.util
import re
import shutil

import pytest
import yaml

from sitekit import diagrams, languages, markers, untranslated
from sitekit.diagrams import drawings
from tests.conftest import ROOT, SITE

DATA = ROOT / "data" / "diagrams"
ALL = SITE.diagrams
# The pages that show each diagram (issue 29), in the default language.
PAGES = {"3b7": ["mas-mensajes.md", "herramientas/seguimiento.md"], "conversacion": ["conversacion.md"],
         "ronda": ["plan.md"], "circulos": ["encontrar.md"], "relacion": ["despues.md"]}


def _texts(svg):
    """The words of every <text> of one drawing, in order."""
    return " ".join(re.sub(r"<[^>]+>", " ", t) for t in re.findall(r"<text\b.*?</text>", svg)).split()


def _drawings(html):
    return re.findall(r"<svg\b.*?</svg>", html, re.DOTALL)


@pytest.mark.parametrize("did", sorted(PAGES))
@pytest.mark.parametrize("lang", languages.LANGS)
def test_a_diagram_is_a_named_image_with_its_words_as_text_and_a_caption_in_the_language(did, lang):
    diagram = ALL[did]
    words = {key: value[lang] for key, value in untranslated.load((DATA / f"{did}.yml").read_text(encoding="utf-8")).items()}
    html = diagrams.figure(diagram, lang)
    caption = re.search(r'<figcaption id="([^"]+)">(.*?)</figcaption>', html)
    assert caption and caption.group(2).replace("&quot;", '"').replace("&#x27;", "'") == words["caption"]
    wide, narrow = _drawings(html)
    for svg, variant in ((wide, "dg__wide"), (narrow, "dg__narrow")):
        opening = svg[:svg.index(">")]
        assert f'class="{variant}"' in opening and 'role="img"' in opening
        assert f'aria-label="{words["name"]}"' in opening, "a short name, in the page's language"
        assert f'aria-describedby="{caption.group(1)}"' in opening, "described by the caption under it"
        assert re.search(r'viewBox="0 0 [\d.]+ [\d.]+" width="[\d.]+" height="[\d.]+"', opening), \
            "its size is known before it paints"
        assert "style=" not in svg, "the page's policy forbids style attributes"
        assert " data-search-exclude " in opening, "searched once, as the caption's sentences"
        shown = _texts(svg)
        for key, text in words.items():
            if key in ("name", "caption"):
                continue
            for word in (text if isinstance(text, list) else text.split()):
                assert word in shown, f"{did} ({lang}, {variant}): {key}: {word!r} is not drawn as text"
        sizes = [float(s) for s in re.findall(r'<text [^>]*font-size="([\d.]+)"', svg)]
        smallest = drawings.WIDE.small if variant == "dg__wide" else drawings.NARROW.small
        assert sizes and min(sizes) >= smallest


def test_the_three_steps_fall_on_business_days_and_a_holiday_moves_them():
    days = drawings.business_days(())
    names = "Mon Tue Wed Thu Fri Sat Sun".split()
    when = {count: f"{names[day % 7]} {day // 7 + 1}" for day, count in days.items()}
    assert (when[0], when[3], when[7]) == ("Wed 1", "Mon 2", "Fri 2")
    moved = drawings.business_days((drawings.HOLIDAY,))
    assert drawings.HOLIDAY not in moved
    assert {count: f"{names[day % 7]} {day // 7 + 1}" for day, count in moved.items()}[7] == "Mon 3"


def test_no_text_is_drawn_below_12_px_where_each_drawing_shows():
    assert drawings.WIDE.small * drawings.SWITCH / drawings.WIDE.width >= 12
    assert drawings.NARROW.small * drawings.PHONE_COLUMN / drawings.NARROW.width >= 12
    css = (ROOT / "docs" / "assets" / "stylesheets" / "diagrams.css").read_text(encoding="utf-8")
    assert f"@container (min-width: {drawings.SWITCH}px)" in css, "the stylesheet switches where the code says"


def test_each_diagram_is_on_its_pages_in_both_languages():
    for did, pages in PAGES.items():
        for page in pages:
            for name in (page, page.replace(".md", ".en.md")):
                text = (ROOT / "docs" / name).read_text(encoding="utf-8")
                assert f"\n<!-- md:diagram {did} -->\n" in text, f"docs/{name} shows {did}"


# --- definitions that cannot be drawn ------------------------------------------------------------


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "diagrams"
    shutil.copytree(DATA, target)
    return target


def _edit(path, change):
    data = untranslated.load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _problems(folder):
    with pytest.raises(diagrams.DiagramError) as caught:
        diagrams.load_all(folder, SITE)
    return str(caught.value).splitlines()


def test_a_missing_key_an_unknown_key_and_a_wrong_type_name_file_key_and_reason(folder):
    path = folder / "3b7.yml"

    def spoil(data):
        del data["day3"]
        data["day9"] = {"es": "Día 9", "en": "Day 9"}
        data["weekdays"]["en"] = ["Mon", "Tue"]
        data["plain"] = "Sin festivos"
        del data["day7"]["en"]
    _edit(path, spoil)
    problems = _problems(folder)
    where = str(path)
    assert f"{where}: day9: unknown key; this drawing takes {', '.join(drawings.ROUTINE_WORDS)}" in problems
    assert f"{where}: day3: missing" in problems
    assert f"{where}: weekdays.en: expected a list of 7 texts, got ['Mon', 'Tue']" in problems
    assert f"{where}: plain: 'Sin festivos' is not of type 'object'" in problems
    assert f"{where}: day7: 'en' is a required property" in problems


def test_a_file_without_a_drawing_and_a_drawing_without_its_file_are_named(folder):
    (folder / "embudo.yml").write_text("name: {es: Embudo, en: Funnel}\n", encoding="utf-8")
    (folder / "circulos.yml").unlink()
    problems = _problems(folder)
    assert any(p.startswith(f"{folder / 'embudo.yml'}: no drawing called 'embudo'") for p in problems), problems
    assert f"{folder / 'circulos.yml'}: missing: the words of the 'circulos' drawing" in problems


def test_text_too_wide_fails_naming_file_key_language_and_drawing(folder):
    path = folder / "circulos.yml"
    _edit(path, lambda data: data["weak"].update(es="Conocidos y otros lazos débiles"))
    problems = _problems(folder)
    assert len(problems) == 2, problems  # the phone's drawing and the wide one
    assert problems[0].startswith(f"{path}: weak (es, wide drawing): ")
    assert problems[1].startswith(f"{path}: weak (es, narrow drawing): ")
    assert all("takes 2 lines" in p and "room for 1" in p for p in problems), problems


def test_a_word_longer_than_its_box_and_text_needing_more_lines_fail(folder):
    _edit(folder / "relacion.yml", lambda data: data["thanks"].update(en="Thanksgivingsandacknowledgements"))
    _edit(folder / "ronda.yml", lambda data: data["monday_what"].update(es="Escribes a tres personas de tu lista. " * 6))
    problems = "\n".join(_problems(folder))
    assert re.search(rf"{re.escape(str(folder / 'relacion.yml'))}: thanks \(en, wide drawing\): the word "
                     r"'Thanksgivingsandacknowledgements' is \d+ px wide at 16 px; room for \d+ px", problems), problems
    assert re.search(rf"{re.escape(str(folder / 'ronda.yml'))}: monday_what \(es, wide drawing\): .* takes \d+ lines "
                     r"of \d+ px at 15 px; room for 5", problems), problems


def test_the_site_data_is_shown_relative_to_the_project(tmp_path):
    """Errors in the site's own files name them as a maintainer finds them: data/diagrams/ID.yml."""
    broken = tmp_path / "x.yml"
    assert SITE.shown(DATA / "3b7.yml") == "data/diagrams/3b7.yml"
    assert SITE.shown(broken) == str(broken)


def test_an_unknown_diagram_in_a_page_names_the_page_line_and_the_known_ones(monkeypatch):
    monkeypatch.setattr(markers, "REGISTRY", {})
    spec = importlib.util.spec_from_file_location("diagrams_hook", ROOT / "hooks" / "diagrams.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module._state["diagrams"] = ALL
    page = "# T\n\n<!-- md:diagram embudo -->\n"
    with pytest.raises(markers.MarkerError) as caught:
        markers.replace_all(page, None, None, "docs/p.md", page)
    assert str(caught.value).startswith(
        "docs/p.md:3: <!-- md:diagram embudo -->: 'embudo' is not a known diagram (data/diagrams/ID.yml); "
        f"known: {', '.join(sorted(ALL))}")


def test_words_not_yet_translated_are_marked_with_their_language(folder, monkeypatch):
    """A partial language's untranslated words are the words source's (sitekit/untranslated.py):
    the figure says so with `lang`, as the notice of an untranslated page does."""
    diagram = ALL["relacion"]
    monkeypatch.setattr(diagram, "borrowed", {"en": "es"})
    assert diagrams.figure(diagram, "en").startswith('<figure class="dg dg--relacion" id="dg-relacion" lang="es">')
    monkeypatch.setattr(diagram, "borrowed", {})
    assert 'lang=' not in diagrams.figure(diagram, "en")[:80]
