"""Our page scripts never move what the reader already sees.

Chromium paints a page while its parser waits for the page script at the end of the body, so
whatever the script inserts or reveals above a form pushes the form down after the first
paint: a layout shift (Lighthouse measured 0.11 on the builder when the «¿Para quién?» picker
was inserted by script). Each page is compared as painted before its script runs (the script
blocked, JavaScript on) and once the script has run, on a phone's screen (Lighthouse's): every
block of the article that the first paint shows must be where it was. Below the screen, what
the script fills in (a preview, a list) may grow: the reader has not seen it yet.
"""

import pytest

from sitekit import bundle
from tests.conftest import ROOT

OUR_SCRIPTS = set(bundle.entries(bundle.src_of(ROOT / "docs")))
# Every kind of page a script builds on: the three tools, the per-contact worksheets (the
# picker; the crib sheet's answers of other worksheets), a worksheet for no one in particular, one whose table grows by rows (the synthesis
# grid), the worksheets' index, «Mi búsqueda»; English once.
PAGES = ["herramientas/mi-busqueda/", "herramientas/mensaje/", "herramientas/seguimiento/", "herramientas/registro/",
         "fichas/notas/", "fichas/preguntas/", "fichas/guion/", "fichas/tu-historia/", "fichas/sintesis/", "fichas/",
         "en/herramientas/seguimiento/"]

# The article's blocks, each named by what it is and its place among its likes ("P.note 2"),
# so that a block the script adds names no other: {name: [top, height]}.
BLOCKS = "article > *, article form, article form > *, article .worksheet > *"
PLACES = """selector => {
  const seen = {}, out = {};
  for (const el of document.querySelectorAll(selector)) {
    const what = el.tagName + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : '');
    seen[what] = (seen[what] || 0) + 1;
    const box = el.getBoundingClientRect();
    out[what + ' ' + seen[what]] = [Math.round(box.top + scrollY), Math.round(box.height)];
  }
  return out;
}"""


def _ours(route):
    name = route.request.url.rsplit("/", 1)[-1].split("?")[0]
    return name.endswith(".js") and name[:-3] in OUR_SCRIPTS


@pytest.fixture
def phone(kept_pages):
    """The worker's kept page at Lighthouse's phone size (tests/conftest.py KeptPage)."""
    kept = kept_pages("first-paint", viewport={"width": 412, "height": 823})
    yield kept
    kept.forget()


@pytest.mark.parametrize("path", PAGES)
def test_the_page_script_moves_nothing_already_painted(phone, server, path):
    page = phone.page
    stopped = []
    page.route("**/assets/javascripts/*.js",
               lambda route: (stopped.append(1), route.abort()) if _ours(route) else route.continue_())
    page.goto(server + path, wait_until="load")
    assert stopped, f"{path}: no page script of ours was blocked"
    blocked = page.evaluate(PLACES, BLOCKS)
    screen = page.viewport_size["height"]
    page.unroute_all(behavior="ignoreErrors")
    phone.clear_site_data()  # the second load is a first visit too
    page.goto(server + path, wait_until="load")
    ran = page.evaluate(PLACES, BLOCKS)
    first = {name: top for name, (top, height) in blocked.items() if height > 0 and top < screen}
    assert len(first) > 3, f"{path}: too little measured on the first screen: {first}"
    moved = [f"{name}: top {top} -> {ran.get(name, ['gone'])[0]}"
             for name, top in first.items() if ran.get(name, [None])[0] != top]
    assert not moved, f"{path}: the page script moved what the first paint showed: {moved}"
