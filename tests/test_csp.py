"""The Content Security Policy: present and strict in every built page, and nothing on any
page (worksheets and tools in use included) breaks it in a real browser."""

import re

import pytest

from sitecheck.site import html_pages
from sitekit import csp
from tests.browsing import RECORD_VIOLATIONS
from tests.pages import all_urls

URLS = all_urls()
# Pages where readers type, tick and click: every page under these folders.
INTERACTIVE_URLS = [u for u in URLS if u.removeprefix("en/").startswith(("fichas/", "herramientas/"))]


_META = re.compile(r"""<meta http-equiv="Content-Security-Policy" content="([^"]*)">""")


def _directives(policy):
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def _built_pages(site_dir):
    return [*html_pages(site_dir), "404.html"]


# --- the policy as built -------------------------------------------------------------


def test_every_page_carries_one_strict_policy_before_any_script(site_dir):
    for rel in _built_pages(site_dir):
        text = (site_dir / rel).read_text(encoding="utf-8")
        metas = _META.findall(text)
        assert len(metas) == 1, f"{rel}: {len(metas)} Content-Security-Policy metas"
        meta_at = text.index('<meta http-equiv="Content-Security-Policy"')
        assert meta_at < text.find("<script"), f"{rel}: a script comes before the policy"
        rules = _directives(metas[0])
        assert rules["default-src"] == ["'self'"], rel
        assert rules["object-src"] == ["'none'"], rel
        assert rules["base-uri"] == ["'self'"], rel
        script_src = rules["script-src"]
        assert script_src[0] == "'self'", rel
        for loophole in ("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"):
            assert loophole not in script_src, f"{rel}: script-src allows {loophole}"
        assert "'unsafe-inline'" not in rules.get("style-src", []), f"{rel}: style-src allows inline styles"
        assert sorted(script_src[1:]) == sorted(csp.inline_script_hashes(text)), (
            f"{rel}: script-src hashes differ from the page's inline scripts"
        )


def test_hashes_cover_inline_javascript_only():
    page = (
        "<head><meta charset='utf-8'><script>var a = 1;</script>"
        '<script type="application/json" id="c">{"a": 1}</script>'
        '<script src="x.js"></script><script type="module">import "./m.js"</script></head>'
    )
    assert csp.inline_script_hashes(page) == [csp.script_hash("var a = 1;"), csp.script_hash('import "./m.js"')]
    # The value browsers compute for this text (CSP Level 3 example hash).
    assert csp.script_hash("alert('Hello, world.');") == "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


def test_policy_goes_after_the_charset_and_is_replaced_not_repeated():
    page = '<html><head><meta charset="utf-8"><title>t</title><script>x()</script></head></html>'
    once = csp.with_policy(page)
    assert once.index("Content-Security-Policy") > once.index("charset")
    assert once.index("Content-Security-Policy") < once.index("<script>")
    assert csp.with_policy(once) == once


def test_a_page_without_a_head_is_reported_by_name():
    with pytest.raises(csp.PolicyError, match="fichas/x.md"):
        csp.with_policy("<p>no head</p>", where="fichas/x.md")


# --- in the browser ------------------------------------------------------------------


@pytest.fixture
def watched_page(kept_pages):
    """The worker's page for the policy (tests/conftest.py KeptPage): what the site stored is
    deleted after each test."""
    kept = kept_pages("csp", init_script=RECORD_VIOLATIONS)
    page = kept.page
    page.csp_console = []
    kept.listen("console", lambda m: page.csp_console.append(m.text) if "Content Security Policy" in m.text else None)
    kept.listen("dialog", lambda d: d.accept())  # "clear all answers?" confirmations
    yield page
    kept.forget()


def _violations(page):
    return page.evaluate("window.__cspViolations") + page.csp_console


def test_the_violation_recorder_sees_a_blocked_inline_script(server, watched_page):
    """Guards the tests below: a forbidden inline script must show up as a violation."""
    watched_page.goto(server, wait_until="load")
    watched_page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
        " document.body.append(s); }"
    )
    watched_page.wait_for_function("window.__cspViolations.length > 0")
    assert watched_page.evaluate("window.__ran") is None


FIELDS = ".md-content input, .md-content textarea, .md-content select"
# (Not a button that reloads or leaves the page, marked data-leaves-page: the example's load and
# remove buttons; tests/test_example_mode.py uses the example's pages with this test's steps.)
BUTTONS = (".md-content button:not([data-leaves-page]), .md-content input[type=button], "
           ".md-content input[type=submit]")

# Every visible, enabled field in the page's content typed into, ticked or chosen, with the
# events Playwright's fill/check/select_option send, in one round trip (one per control cost
# about 0.1 s a control on the booklet's hundred). Re-queried by index, since a field's input
# may add or remove others. Returns how many it used.
_FILL_EVERY_FIELD = """(selector) => {
  const usable = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({visibilityProperty: true})
      && !el.matches(":disabled") && !el.closest("[aria-disabled=true]");
  };
  const fire = (el, type) => el.dispatchEvent(new Event(type, {bubbles: true}));
  const skipped = ["file", "hidden", "submit", "button", "reset", "range", "color"];
  const count = document.querySelectorAll(selector).length;
  let used = 0;
  for (let i = 0; i < count; i++) {
    const el = document.querySelectorAll(selector)[i];
    if (!el || !usable(el)) continue;
    const kind = (el.getAttribute("type") || "text").toLowerCase();
    if (el.tagName !== "SELECT" && skipped.includes(kind)) continue;
    el.focus();
    if (el.tagName === "SELECT") {
      el.selectedIndex = el.options.length - 1;
      fire(el, "input");
      fire(el, "change");
    } else if (kind === "checkbox" || kind === "radio") {
      if (!el.checked) el.click();  // click, input and change, as a reader's tick sends
    } else {
      el.value = kind === "date" ? "2025-03-14" : kind === "number" ? "3" : "Prueba <b>1</b>";
      fire(el, "input");
    }
    used++;
  }
  return used;
}"""

# The next visible, enabled button from index `from` on, scrolled into view: its index, its
# centre and whether a click there reaches it. The click is then a real one (a copy to the
# clipboard needs the reader's gesture).
_NEXT_BUTTON = """([selector, from]) => {
  const all = document.querySelectorAll(selector);
  for (let i = from; i < all.length; i++) {
    const el = all[i];
    if (el.matches(":disabled") || el.closest("[aria-disabled=true]")
        || !el.checkVisibility({visibilityProperty: true})) continue;
    el.scrollIntoView({block: "center", behavior: "instant"});
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    return [i, x, y, el.contains(document.elementFromPoint(x, y))];
  }
  return null;
}"""
_TWO_FRAMES = "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"


def _use_every_control(page):
    """Type into, tick and click every visible control in the page's content, as a reader would;
    return how many were used."""
    used = page.evaluate(_FILL_EVERY_FIELD, FIELDS)
    count = page.locator(BUTTONS).count()
    index = 0
    while index < count:
        found = page.evaluate(_NEXT_BUTTON, [BUTTONS, index])
        if found is None:
            break
        index, x, y, reachable = found
        if reachable:
            page.mouse.click(x, y)
        else:  # covered (by a toast, a sticky bar): Playwright waits until it can click it
            page.locator(BUTTONS).nth(index).click()
        # What the click changes is drawn (and any violation it causes reported) before the next.
        page.evaluate(_TWO_FRAMES)
        used += 1
        index += 1
    return used


@pytest.mark.parametrize("url", INTERACTIVE_URLS)
def test_no_policy_violation_while_worksheets_and_tools_are_used(server, watched_page, url):
    watched_page.goto(server + url, wait_until="load")
    assert _use_every_control(watched_page) > 0, "no visible control to use"
    assert _violations(watched_page) == [], "while filling in and clicking"
    watched_page.reload(wait_until="load")  # saved answers come back
    assert _violations(watched_page) == [], "after reloading with saved answers"


def test_interactive_pages_are_found():
    assert INTERACTIVE_URLS, "no pages under fichas/ or herramientas/"
