"""The home page as a landing page (issue 29 item 1), in Chromium and in both languages: the
first screen on a phone and a laptop holds who the guide is for, what the reader will be able
to do, that the answers stay in the browser, and one action; the five-step journey leads to
its chapters; the reading path is the nav's reading chapters, and a chapter added to the nav
without its line stops the build; a returning reader sees the summary of the stored contacts
in a reserved place, so nothing moves; axe finds nothing in either scheme."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitekit import home
from tests.browsing import axe_violations
from tests.conftest import ROOT, SITE
from tests.pages import url_of
from tests.storage_faults import KEY

DATA = SITE.home
LANGS = {"es": "", "en": "en/"}
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
SCREENS = {"phone": PHONE, "laptop": LAPTOP}
HERO = [".home-hero h1", ".home-hero__audience", ".home-hero__outcome", ".home-hero__private", ".home-hero__start"]

RECT = """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height}; }"""
HEADER_BOTTOM = "() => document.querySelector('.md-header').getBoundingClientRect().bottom"


def _url(rel, lang):
    """The site-relative URL of the page whose Spanish file is `rel`, in `lang`."""
    return url_of(Path(rel if lang == "es" else rel[: -len(".md")] + ".en.md"), lang)


def _nav():
    return SITE.mkdocs["nav"]


def _reading_chapters():
    return home.chapters(DATA, home.top_level(_nav()))


# What the nav says, without a browser.


def test_the_reading_chapters_are_the_navs_top_level_entries_but_the_workspace_and_end_matter():
    entries = home.top_level(_nav())
    assert entries[0] == "index.md"
    chapters = _reading_chapters()
    assert chapters == [e for e in entries[1:] if e not in DATA["path"]["not_chapters"]]
    assert "conversacion.md" in chapters, "the conversation, the chapter a first-timer needs most"
    assert "razones/index.md" in chapters, "a section counts once, through its first page"


def _nav_with(extra):
    nav = _nav()
    at = next(i for i, item in enumerate(nav) if isinstance(item, dict) and "Fichas" in item)
    return nav[:at] + [extra] + nav[at:]


def test_a_chapter_added_to_the_nav_without_its_line_is_refused_by_name():
    with pytest.raises(home.HomeError) as refused:
        home.chapters(DATA, home.top_level(_nav_with("teletrabajo.md")))
    assert "data/home.yml: path.lines: no line for teletrabajo.md" in str(refused.value)
    with pytest.raises(home.HomeError, match="no line for silencio/index.md"):
        home.chapters(DATA, home.top_level(_nav_with({"Silencio": ["silencio/index.md", "silencio/otra.md"]})))


def test_a_line_or_step_for_a_page_the_nav_lacks_is_refused_by_name():
    nav = [item for item in _nav() if item != "situaciones.md"]
    with pytest.raises(home.HomeError, match=r"path.lines.situaciones.md: not a reading chapter"):
        home.chapters(DATA, home.top_level(nav))
    nav = [item for item in _nav() if item != "encontrar.md"]
    with pytest.raises(home.HomeError, match=r"journey.steps\[1\].page: encontrar.md is not a reading chapter"):
        home.chapters(DATA, home.top_level(nav))


def test_a_malformed_home_file_names_the_key_and_the_reason(tmp_path):
    text = (ROOT / "data" / "home.yml").read_text(encoding="utf-8")
    broken = tmp_path / "home.yml"
    broken.write_text(text.replace('    en: "Start with why"\n', ""), encoding="utf-8")
    with pytest.raises(home.HomeError, match=r"home.yml: hero.action: 'en' is a required property"):
        home.load(broken, SITE.langs)


def _copy_of_the_project(dest):
    skip = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", "bench", "tests", "__pycache__")
    shutil.copytree(ROOT, dest, ignore=skip)
    return dest


def test_the_build_stops_on_a_chapter_in_the_nav_without_its_line(tmp_path):
    """The whole project, with a new chapter in the nav (both languages written) and no line
    for it in data/home.yml: the build fails, naming the file, the key and the page."""
    src = _copy_of_the_project(tmp_path / "src")
    for name, title in (("teletrabajo.md", "# Teletrabajo { #teletrabajo }"), ("teletrabajo.en.md", "# Remote work { #teletrabajo }")):
        (src / "docs" / name).write_text(f"---\ndescription: x\n---\n\n{title}\n\nTexto.\n", encoding="utf-8")
    config = src / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - situaciones.md\n", "  - situaciones.md\n  - teletrabajo.md\n"),
                      encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([str(Path(sys.executable).with_name("mkdocs")), "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                          cwd=src, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode != 0, "the build passed with a chapter the home page does not list"
    assert "data/home.yml: path.lines: no line for teletrabajo.md" in done.stderr, done.stderr[-2000:]


# The built page, in a browser.


def _open(page, server, lang, screen):
    page.set_viewport_size(screen)
    page.goto(server + LANGS[lang], wait_until="load")


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_first_screen_says_whom_what_and_privately_with_one_action(server, page, lang, screen):
    _open(page, server, lang, SCREENS[screen])
    header = page.evaluate(HEADER_BOTTOM)
    height = SCREENS[screen]["height"]
    for selector in HERO:
        box = page.evaluate(RECT, selector)
        assert box["height"] > 0 and box["top"] >= header and box["bottom"] <= height, \
            f"{lang} {screen}: {selector} is not on the first screen: {box} (header ends at {header})"
    hero = DATA["hero"]
    for selector, key in zip(HERO, ("title", "audience", "outcome", "private", "action")):
        assert page.inner_text(selector).strip() == hero[key][lang], f"{lang}: {selector} reads data/home.yml's hero.{key}"
    on_screen = page.evaluate("""(height) => [...document.querySelectorAll('.md-content a.md-button, .md-content button')]
        .filter((b) => { const r = b.getBoundingClientRect(); return r.height > 0 && r.top < height; })
        .map((b) => b.getAttribute('href'))""", height)
    assert on_screen == [url_of(Path(DATA["journey"]["steps"][0]["page"]), "es")], \
        f"{lang} {screen}: one action on the first screen, the journey's first step: {on_screen}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_journey_is_an_ordered_list_of_five_links_to_its_chapters(server, page, lang):
    _open(page, server, lang, PHONE)
    links = page.locator("ol.home-journey__steps > li > a")
    assert links.count() == 5
    expected = [_url(step["page"], lang) for step in DATA["journey"]["steps"]]
    hrefs = [page.evaluate("(a) => a.href", links.nth(i).element_handle()) for i in range(5)]
    assert hrefs == [server + url for url in expected]
    for i, href in enumerate(hrefs):
        assert page.request.get(href).status == 200, href
        assert links.nth(i).inner_text().split("\n")[0].strip() == DATA["journey"]["steps"][i]["label"][lang]
    # A picture as well as a list: numbered steps joined by a line, down a phone, across a laptop.
    numbers = page.evaluate("""() => [...document.querySelectorAll('.home-journey__step')].map((li) => {
        const s = getComputedStyle(li, '::before'); return [s.content, li.getBoundingClientRect().top,
        li.getBoundingClientRect().left]; })""")
    assert all(n[0].startswith("counter(") for n in numbers), f"{lang}: each step shows its number: {numbers}"
    tops = [n[1] for n in numbers]
    assert tops == sorted(tops) and len(set(tops)) == 5, f"{lang}: on a phone the steps go down: {tops}"
    page.set_viewport_size(LAPTOP)
    boxes = page.evaluate("() => [...document.querySelectorAll('.home-journey__step')].map((li) => "
                          "[li.getBoundingClientRect().top, li.getBoundingClientRect().left])")
    assert len({round(top) for top, _ in boxes}) == 1, f"{lang}: on a laptop the steps are one row: {boxes}"
    lefts = [left for _, left in boxes]
    assert lefts == sorted(lefts) and len(set(lefts)) == 5


@pytest.mark.parametrize("lang", LANGS)
def test_the_reading_path_lists_the_navs_reading_chapters_in_order_with_a_line_each(server, page, lang):
    _open(page, server, lang, LAPTOP)
    found = page.evaluate("""() => [...document.querySelectorAll('ol.home-path__chapters > li')].map((li) =>
        [li.querySelector('a').href, li.querySelector('a').textContent.trim(), li.querySelector('.home-path__line').textContent.trim()])""")
    chapters = _reading_chapters()
    assert [href for href, _, _ in found] == [server + _url(p, lang) for p in chapters]
    assert [line for _, _, line in found] == [DATA["path"]["lines"][p][lang] for p in chapters]
    for (href, title, _), rel in zip(found, chapters):
        source = ROOT / "docs" / (rel if lang == "es" else rel[:-3] + ".en.md")
        heading = next(line for line in source.read_text(encoding="utf-8").splitlines() if line.startswith("# "))
        assert heading[2:].split(" { #")[0] == title, f"{href}: the chapter's own title"


# A returning reader: three contacts, on a Thursday the test chooses.

THURSDAY = "2025-03-06T10:00:00"


def _record(**fields):
    base = {f: "" for f in ("name", "organisation", "role", "connection", "source", "status", "sent", "day3",
                            "day7", "meeting", "thanked", "next_action", "next_date", "notes")}
    base.update(status="to-contact", status_manual=False)
    base.update(fields)
    return base


CONTACTS = [
    _record(id="ana-1", name="Ana Pérez", organisation="Logística Ibérica", sent="2025-03-03"),  # day 3 is today
    _record(id="ben-2", name="Ben Ortiz", organisation="Acme"),  # nothing yet
    _record(id="cai-3", name="Cai Núñez", organisation="Hospital Sur", meeting="2025-03-05"),  # thanks owed today
]
SUMMARY = {
    "es": "Tu búsqueda: hoy tienes 2 pasos pendientes · 3 contactos · 1 conversación. Ver lo pendiente",
    "en": "Your search: 2 steps due today · 3 contacts · 1 conversation. See what is due",
}
LAYOUT = """() => ['.home-hero__next', '.home-hero__start', '#recorrido', '.home-journey__steps', '#camino',
  '.home-argument', '.md-footer'].map((sel) => { const r = document.querySelector(sel).getBoundingClientRect();
  return [sel, Math.round(r.top + scrollY), Math.round(r.height)]; })"""
SHIFTS = """() => new Promise((resolve) => { let sum = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
    .observe({type: 'layout-shift', buffered: true});
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum))); })"""


def _preset(page, contacts):
    doc = {"version": 3, "worksheets": {"registro": {"data": {"contacts": contacts}, "updated": None}}}
    page.add_init_script("localStorage.setItem(%s, %s);" % (json.dumps(KEY), json.dumps(json.dumps(doc))))


@pytest.mark.parametrize("lang", LANGS)
def test_a_returning_reader_sees_the_summary_in_a_place_kept_for_it(server, browser, lang):
    layouts = {}
    for stored in (False, True):
        context = browser.new_context()
        try:
            page = context.new_page()
            page.clock.set_fixed_time(THURSDAY)
            if stored:
                _preset(page, CONTACTS)
            for name, screen in SCREENS.items():
                _open(page, server, lang, screen)
                page.wait_for_function("() => document.fonts.status === 'loaded'")
                layouts[stored, name] = page.evaluate(LAYOUT)
                assert page.evaluate(SHIFTS) == 0, f"{lang} {name}: the page shifted as it loaded"
                line = " ".join(page.inner_text(".home-hero__next").split())
                if stored:
                    assert line == SUMMARY[lang], f"{lang} {name}: {line!r}"
                    box = page.evaluate(RECT, ".home-hero__next")
                    assert box["bottom"] <= screen["height"], f"{lang} {name}: the summary is on the first screen"
                else:
                    assert line.startswith(DATA["workspace"]["first_visit"][lang]), line
            link = page.locator(".home-hero__next a")
            assert link.get_attribute("href") == url_of(Path(DATA["workspace"]["page"]), "es"), "data/home.yml: workspace.page"
            if stored:
                link.click()
                page.wait_for_selector("section.due-list:not([hidden]) .due-list__today")
                assert page.locator(".due-list__today li").count() == 2, "the summary counts what the due list shows"
        finally:
            context.close()
    for name in SCREENS:
        assert layouts[True, name] == layouts[False, name], f"{lang} {name}: the summary moved the page"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_home_page_with_a_summary_is_clean_for_axe(server, browser, scheme):
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.clock.set_fixed_time(THURSDAY)
        _preset(page, CONTACTS)
        for lang in LANGS:
            for screen in SCREENS.values():
                _open(page, server, lang, screen)
                assert page.evaluate("() => document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
                assert "·" in page.inner_text(".home-hero__next")
                assert axe_violations(page) == [], f"{lang} {scheme} {screen}"
    finally:
        context.close()
