"""The header and the top of the sidebar at 360 and 1280 px, compared as element boxes and
computed styles (never pixels, so a slow machine cannot change the outcome): a logo that
reads as one, the site's title once, nothing covering the first visible sidebar link, no
print-only list or stray permalink line on screen."""

import re
from pathlib import Path

import pytest

from tests.conftest import SITE
from tests.contrast import contrast, parse_colour

ROOT = Path(__file__).resolve().parent.parent
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
# Pages below the home page, deep enough that the sidebar opens scrolled to the current link
# (the tracker and the builder have no sidebar: tests/test_workspace_layout.py; the planner
# stands for the tools).
DEEP_PAGES = ["fichas/preguntas/", "herramientas/seguimiento/", "acerca/", "en/fichas/notas/", "en/herramientas/seguimiento/"]


def _site_names():
    """Each language's site name, from mkdocs.yml (the default's at the top, others under i18n)."""
    data = SITE.mkdocs
    return {lang["locale"]: lang.get("site_name", data["site_name"]) for lang in data["plugins"]["i18n"]["languages"]}


SITE_NAME = _site_names()


def open_page(kept_pages, server, path, viewport, scheme="light"):
    """The worker's kept page for this size and scheme (tests/conftest.py KeptPage), on `path`."""
    kept = kept_pages(f"layout-{viewport['width']}x{viewport['height']}-{scheme}", viewport=viewport, color_scheme=scheme)
    page = kept.page
    page.goto(server + path, wait_until="load")
    # Material's bundle (deferred) scrolls the sidebar to the current link on the first
    # animation frame after it mounts the sidebar: two frames later, that has happened.
    page.wait_for_function("() => document.body.dataset.mdColorScheme !== undefined && window.component$ !== undefined")
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return kept, page


def lang_of(path):
    return "en" if path.startswith("en/") else "es"


# The links of the primary sidebar that show inside its scrolled box, each with its box and
# whatever element covers the middle of its top third.
SIDEBAR_TOP = """() => {
  const wrap = document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap');
  const box = wrap.getBoundingClientRect();
  const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.height > 0 && s.visibility !== 'hidden' && r.bottom > box.top + 1 && r.top < box.bottom - 1; };
  const links = [...wrap.querySelectorAll('.md-nav__link')].filter(shown);
  const first = links[0];
  const r = first.getBoundingClientRect();
  // The middle of the top third of what shows of it: a link half scrolled out of the box is
  // clipped by it, and its hidden part is no place to look for a cover.
  const shownTop = Math.max(r.top, box.top), shownBottom = Math.min(r.bottom, box.bottom);
  const x = r.left + Math.min(20, r.width / 2), y = shownTop + (shownBottom - shownTop) / 3;
  const hit = document.elementFromPoint(x, y);
  const titles = [...wrap.querySelectorAll('*')].filter((el) => shown(el)
    && [...el.childNodes].some((n) => n.nodeType === 3
      && n.textContent.trim() === document.querySelector('.md-header__topic .md-ellipsis').textContent.trim()));
  return {first: first.textContent.trim(), firstTop: r.top, covered: !(first === hit || first.contains(hit)),
          hit: hit && hit.outerHTML.slice(0, 120), titles: titles.length, scrolled: wrap.scrollTop};
}"""


@pytest.mark.parametrize("path", DEEP_PAGES)
def test_the_first_visible_sidebar_link_is_not_covered_and_the_title_shows_once(kept_pages, server, path):
    kept, page = open_page(kept_pages, server, path, DESKTOP)
    try:
        top = page.evaluate(SIDEBAR_TOP)
        assert not top["covered"], f"{path}: the first visible link «{top['first']}» is covered by {top['hit']}"
        # Wherever the sidebar scrolled to, no sticky title sits over the links.
        title = page.locator(".md-sidebar--primary .md-nav--primary > .md-nav__title")
        if title.is_visible():
            assert top["firstTop"] >= title.bounding_box()["y"] + title.bounding_box()["height"] - 0.5
        assert top["titles"] <= 1, f"{path}: the site's title shows {top['titles']} times in the sidebar"
    finally:
        kept.forget()


def logo_fill():
    svg = (ROOT / "docs" / "assets" / "images" / "logo.svg").read_text(encoding="utf-8")
    return parse_colour(re.search(r'fill="(#[0-9a-fA-F]{3,6})"', svg).group(1))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["", "fichas/preguntas/", "en/acerca/"])
def test_the_logo_stands_out_on_the_header(kept_pages, server, path, scheme):
    kept, page = open_page(kept_pages, server, path, DESKTOP, scheme)
    try:
        logo = page.locator(".md-header .md-logo img")
        assert logo.is_visible(), "from 1220 px up the header shows the logo"
        src = logo.get_attribute("src")
        assert src.endswith("logo.svg"), f"a logo of its own, not the teal favicon: {src}"
        assert page.locator("link[rel=icon]").get_attribute("href").endswith("favicon.svg")
        header = parse_colour(page.eval_on_selector(".md-header", "e => getComputedStyle(e).backgroundColor"))
        ratio = contrast(logo_fill(), header)
        assert ratio >= 3, f"the logo's shape is {ratio:.2f}:1 against the header"
        box = logo.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24
    finally:
        kept.forget()


@pytest.mark.parametrize("path", ["", "fichas/preguntas/", "en/fichas/preguntas/"])
def test_phone_header_holds_its_controls_and_title_on_one_row(kept_pages, server, path):
    kept, page = open_page(kept_pages, server, path, PHONE)
    try:
        header = page.locator(".md-header").bounding_box()
        assert header["height"] <= 56
        boxes = page.eval_on_selector_all(
            ".md-header__inner > .md-header__button, .md-header__inner > .md-header__title, .md-header__option",
            "els => els.filter(e => e.getBoundingClientRect().width > 0).map(e => { const r = e.getBoundingClientRect(); "
            "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, cls: e.className}; })")
        boxes.sort(key=lambda b: b["left"])
        for a, b in zip(boxes, boxes[1:]):
            assert a["right"] <= b["left"] + 0.5, f"{a['cls']} overlaps {b['cls']}"
        for b in boxes:
            assert b["top"] >= header["y"] - 0.5 and b["bottom"] <= header["y"] + header["height"] + 0.5
        assert page.locator(".md-header .md-header__topic").first.inner_text().strip() == SITE_NAME[lang_of(path)]
    finally:
        kept.forget()


# The page title's lines of text against the heading's height in lines: a wrapped, invisible
# permalink would add a line.
H1_LINES = """() => {
  const h = document.querySelector('.md-content h1');
  const range = document.createRange();
  range.selectNodeContents(h.firstChild);
  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  const s = getComputedStyle(h);
  const inner = h.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
  return {text: tops.size, box: inner / parseFloat(s.lineHeight)};
}"""


@pytest.mark.parametrize("path", ["fichas/preguntas/", "en/fichas/preguntas/", "fichas/prueba-de-cambio/",
                                  "en/herramientas/seguimiento/", "razones/cambio-de-rumbo/", "en/fichas/prueba-de-cambio/"])
def test_phone_page_title_has_no_line_for_the_hidden_permalink(kept_pages, server, path):
    kept, page = open_page(kept_pages, server, path, PHONE)
    try:
        h1 = page.evaluate(H1_LINES)
        assert round(h1["box"]) == h1["text"], f"{path}: the title is {h1['box']:.1f} lines high for {h1['text']} lines of text"
    finally:
        kept.forget()


@pytest.mark.parametrize("path", ["fichas/preguntas/", "en/fichas/preguntas/"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1280"])
def test_the_print_only_plan_lines_take_no_room_on_screen(kept_pages, server, path, viewport):
    kept, page = open_page(kept_pages, server, path, viewport)
    try:
        lines = page.locator(".ws-plan-lines")
        assert lines.count() == 1
        assert page.eval_on_selector(".ws-plan-lines", "e => getComputedStyle(e).display") == "none"
        assert lines.bounding_box() is None
    finally:
        kept.forget()
