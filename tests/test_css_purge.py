"""Material's stylesheet, trimmed to what the site uses (sitekit/css_purge.py): the rules
and properties that go, the ones that must stay, and a page that looks the same."""

import gzip
import io
import re
from pathlib import Path

import material
import pytest
from PIL import Image, ImageChops

from sitekit import css_purge
from sitekit.css_purge import classes_in_site, purge_properties, purge_selectors, purge_site

MATERIAL_CSS = "assets/stylesheets/main.*.min.css"


# -- selectors ---------------------------------------------------------------------------

def test_a_rule_for_a_class_no_page_uses_goes():
    css = ".used{color:red}.unused{color:blue}.used .unused{margin:0}"
    assert purge_selectors(css, {"used"}) == ".used{color:red}"


def test_only_the_unusable_selectors_of_a_list_go():
    assert purge_selectors(".a,.gone,p{margin:0}", {"a"}) == ".a,p{margin:0}"


def test_classes_inside_functions_do_not_decide():
    # :not(.x) matches more when .x is unused; :is(.a,.x) still matches .a.
    css = "a:not(.x){color:red}:is(.a,.x) b{color:blue}.gone:not(.a){top:0}"
    assert purge_selectors(css, {"a"}) == "a:not(.x){color:red}:is(.a,.x) b{color:blue}"


def test_element_attribute_and_at_rules_stay():
    css = ('@charset "UTF-8";html{margin:0}[data-md-color-scheme=slate]{color:#fff}'
           "@keyframes spin{to{transform:rotate(1turn)}}@font-face{font-family:x}")
    assert purge_selectors(css, set()) == css


def test_media_blocks_are_purged_inside_and_dropped_when_empty():
    css = "@media print{.a{display:none}.gone{display:none}}@media screen{.gone{color:red}}"
    assert purge_selectors(css, {"a"}) == "@media print{.a{display:none}}"


# -- custom properties -------------------------------------------------------------------

def test_custom_properties_nothing_reads_go():
    css = ":root{--read:1px;--unread:url(\"data:image/svg+xml;x\");color:red}.a{margin:var(--read)}"
    out = purge_properties(css, css_purge.properties_read(css))
    assert "--unread" not in out and "--read:1px" in out and "color:red" in out and ".a{margin:var(--read)}" in out


def test_a_rule_left_without_declarations_goes():
    assert purge_properties(".a{--unread:0}.b{top:0}", set()) == ".b{top:0}"


# -- where classes can come from ---------------------------------------------------------

def _site(tmp_path, html, scripts):
    (tmp_path / "index.html").write_text(html, encoding="utf-8")
    for rel, text in scripts.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_classes_come_from_pages_inline_scripts_our_scripts_and_materials_md_classes(tmp_path):
    site = _site(
        tmp_path,
        '<html class="no-js"><body><p class="a b">note</p><p class=\'c\'>x</p>'
        '<script>document.documentElement.classList.replace("no-js","js")</script></body></html>',
        {"assets/javascripts/ours.js": 'el.classList.add("ours-state")',
         "assets/javascripts/bundle.min.js": 'e.className="md-search-result__meta";x="tabbed-set";'
                                             'n.classList.add("focus-visible");h("b",{class:"hll"})'},
    )
    found = classes_in_site(site, ["assets/javascripts/ours.js"])
    assert {"a", "b", "c", "no-js", "js", "ours-state", "md-search-result__meta", "focus-visible", "hll"} <= found
    assert "note" not in found, "text is not a class"
    assert "tabbed-set" not in found, "Material's script vouches for md- words and the classes it sets"


def test_a_word_ending_in_a_dash_stands_for_the_classes_a_script_builds_from_it():
    css = ".md-source__fact--stars{top:0}.ws-status--saved{top:1}.md-other{top:2}"
    assert purge_selectors(css, {"md-source__fact--", "ws-status--"}) == ".md-source__fact--stars{top:0}.ws-status--saved{top:1}"


def test_purge_site_keeps_a_property_our_css_reads_and_one_a_script_sets(tmp_path):
    site = _site(tmp_path, '<p class="a">x</p>', {"assets/javascripts/ours.js": 'el.style.setProperty("--set-by-js","1")'})
    sheets = site / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "theme.css").write_text(":root{--ours:1;--set-by-js:0;--nobody:2}.a{top:0}.gone{top:1}", encoding="utf-8")
    (sheets / "site.css").write_text(".a{margin:var(--ours)}", encoding="utf-8")
    sizes = purge_site(site, ["assets/stylesheets/theme.css"], ["assets/javascripts/ours.js"])
    assert (sheets / "theme.css").read_text(encoding="utf-8") == ":root{--ours:1;--set-by-js:0}.a{top:0}"
    assert sizes["assets/stylesheets/theme.css"][1] < sizes["assets/stylesheets/theme.css"][0]
    assert (sheets / "site.css").read_text(encoding="utf-8") == ".a{margin:var(--ours)}", "only the listed sheet changes"


# -- the built site ----------------------------------------------------------------------

def _theme_css(site_dir):
    found = list(Path(site_dir).glob(MATERIAL_CSS))
    assert len(found) == 1, found
    return found[0]


def _as_material_ships_it(built, site_dir):
    """The same stylesheet, whole, from the installed mkdocs-material."""
    return Path(material.__file__).parent / "templates" / built.relative_to(site_dir)


def test_the_built_stylesheet_is_smaller_and_its_stale_source_map_is_gone(site_dir):
    built = _theme_css(site_dir)
    original = _as_material_ships_it(built, site_dir)
    before, after = original.read_bytes(), built.read_bytes()
    assert len(gzip.compress(after)) < 0.7 * len(gzip.compress(before)), "the purge dropped less than expected"
    assert not built.with_name(built.name + ".map").exists()
    # What every page relies on is still there.
    text = after.decode("utf-8")
    for selector in (".md-header", ".md-typeset .admonition", ".md-search-result__meta", ".md-nav__link--active"):
        assert selector in text, selector
    # Keyboard focus rings: Material's script sets .focus-visible, which no page carries.
    for selector in (".md-typeset a.focus-visible", ".md-nav__link.focus-visible",
                     ".md-option.focus-visible+label", ".md-typeset summary.focus-visible"):
        assert selector in text, selector


_SHADES = 8  # out of 255 per channel

# Pages a reader sees in several states; each is compared against Material's full stylesheet.
_LOOKS = [
    ("", "none"), ("en/", "search"), ("razones/iniciativa/", "drawer"), ("fichas/notas/", "none"),
    ("en/herramientas/mensaje/", "none"), ("herramientas/registro/", "none"), ("en/fichas/cuaderno/", "print"),
    ("ejemplo/", "none"), ("fichas/por-que-ahora/", "keyboard"), ("en/razones/", "keyboard"),
]


def _settled_screenshot(page, **options):
    """A screenshot once the page has stopped changing: two in a row alike. Scroll and focus
    handlers (the header's title, the table of contents) run late on a busy machine; waiting
    for them, instead of a fixed time, keeps the comparison about the rules alone."""
    previous = page.screenshot(animations="disabled", **options)
    for _ in range(20):
        page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
        shot = page.screenshot(animations="disabled", **options)
        if shot == previous:
            return shot
        previous = shot
    return previous


# The scheme set on the page as the palette toggle sets it (src/palette-toggle.mjs), so that one load serves
# both schemes (tests/test_screen_focus.py does the same). That is the whole of a scheme only
# while no stylesheet asks the system's setting itself: the test after this one.
_SCHEME = "(scheme) => document.body.setAttribute('data-md-color-scheme', scheme)"


def test_no_stylesheet_asks_the_systems_colour_scheme(site_dir):
    """The scheme is the body's data-md-color-scheme, which the palette script sets from the
    system's setting or the toggle; a rule under `prefers-color-scheme` would follow the
    system even after the reader chose the other scheme with the toggle."""
    asking = [str(css.relative_to(site_dir)) for css in Path(site_dir).rglob("*.css")
              if "prefers-color-scheme" in css.read_text(encoding="utf-8")]
    assert asking == [], asking


def _shots_in_each_scheme(page, **options):
    """Settled screenshots of the page as it is, in the light scheme and then in the dark one."""
    shots = []
    for scheme in ("default", "slate"):
        page.evaluate(_SCHEME, scheme)
        shots.append((scheme, _settled_screenshot(page, **options)))
    page.evaluate(_SCHEME, "default")
    return shots


def _in_both_schemes(page, **options):
    """The two screenshots of a screen, which the dark scheme changes."""
    shots = _shots_in_each_scheme(page, **options)
    assert shots[0][1] != shots[1][1], "the page looks the same in both schemes: the dark one is not on"
    return shots


@pytest.mark.parametrize("path, state", _LOOKS)
def test_pages_look_the_same_as_with_materials_whole_stylesheet(kept_pages, server, site_dir, path, state):
    original = _as_material_ships_it(_theme_css(site_dir), site_dir).read_bytes()
    # One page per worker for every load here (tests/conftest.py KeptPage), emptied between loads.
    kept = kept_pages("purge", viewport={"width": 360, "height": 800}, reduced_motion="reduce")
    page = kept.page
    looks = []  # per load: the screenshots taken, each with its scheme
    for whole in (False, True):
        if whole:
            page.route(re.compile(r".*/assets/stylesheets/main\.[0-9a-f]+\.min\.css$"),
                       lambda route: route.fulfill(body=original, content_type="text/css"))
        shots = []
        try:
            page.goto(server + path, wait_until="load")
            if state == "search":
                page.keyboard.press("/")
                page.keyboard.type("contact")
                page.locator(".md-search-result__item").first.wait_for()
            elif state == "drawer":
                page.locator(".md-header [for=__drawer]").click()
                page.wait_for_function("document.getElementById('__drawer').checked")
            elif state == "print":
                page.emulate_media(media="print")
            elif state == "keyboard":  # focus rings (Material marks them .focus-visible)
                for _ in range(4):
                    page.keyboard.press("Tab")
                shots += _in_both_schemes(page)  # a header control
                for _ in range(80):
                    page.keyboard.press("Tab")
                    if page.evaluate("() => !!document.activeElement.closest('.md-content a')"):
                        break
                else:
                    pytest.fail(f"{path}: no link in the content takes keyboard focus")
                shots += _in_both_schemes(page)  # a link in the text
            if state == "print":  # printed, both schemes give the same page (compared once)
                light, dark = _shots_in_each_scheme(page, full_page=True)
                change = _difference(light[1], dark[1])
                assert change is not None and change <= _SHADES, (
                    f"{path}: printed in the dark scheme, the page differs from the light one ({change})")
                shots.append(light)
            else:
                shots += _in_both_schemes(page, full_page=True)
        finally:
            kept.forget()
        looks.append(shots)
    for (scheme, purged), (_, whole) in zip(*looks):
        where = f"{path or '/'} ({state}, {'dark' if scheme == 'slate' else 'light'})"
        worst = _difference(purged, whole)
        assert worst is not None, f"{where}: the page's size changes without the dropped rules"
        assert worst <= _SHADES, f"{where} looks different without the dropped rules (a difference of {worst})"


def _difference(shot, other):
    """The largest difference of a channel between two screenshots (None if their sizes differ).
    Text anti-aliasing may differ by a shade between two renderings; a lost rule does not."""
    first, second = (Image.open(io.BytesIO(png)).convert("RGB") for png in (shot, other))
    if first.size != second.size:
        return None
    return max(high for _, high in ImageChops.difference(first, second).getextrema())
