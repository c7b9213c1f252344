"""Watch a page as a reader would load it: console errors, requests elsewhere, axe findings."""

import time
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeout

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_AXE = Axe()


class PageWatch:
    """Collects, from the moment it is attached, what a page logs and fetches."""

    def __init__(self, page, origin, listen=None):
        """`listen(event, handler)` instead of page.on: a KeptPage's, which drops them after the test."""
        self.origin = origin
        self.console_errors = []
        self.page_errors = []
        self.foreign_requests = []
        listen = listen or page.on
        listen("console", self._on_console)
        listen("pageerror", lambda exc: self.page_errors.append(str(exc)))
        listen("request", self._on_request)

    def _on_console(self, msg):
        if msg.type == "error":
            self.console_errors.append(f"{msg.text} ({msg.location.get('url')})")

    def _on_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            self.foreign_requests.append(request.url)

    def problems(self):
        return self.console_errors + self.page_errors + [f"request to {u}" for u in self.foreign_requests]


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# No CSS transition or finite animation still running (an endless one, a spinner, never ends).
SETTLED = """() => document.getAnimations().every((a) => a.playState !== "running"
  || (a.effect && a.effect.getTiming().iterations === Infinity))"""
# Brings every finite transition and animation to its end at once, as if waited for (the
# header's title fades in for about 0.4 s after a scroll). An endless one is left running.
FINISH_ANIMATIONS = """() => { for (const a of document.getAnimations()) {
  if (a.playState === "running" && a.effect && a.effect.getTiming().iterations !== Infinity) {
    try { a.finish(); } catch (e) { /* no finite end: left to SETTLED */ } } } }"""


# axe-core, put in the page once per document (its 0.5 MB costs about 40 ms to evaluate).
_AXE_READY = "() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"
_AXE_RUN = """([context, options]) => axe.run(context || document, options).then((r) => r.violations.map(
  (v) => `${v.id}: ${v.help} -> ` + v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(", ")))"""


def axe_violations(page, selector=None, tags=WCAG_TAGS):
    """axe-core's WCAG 2.x A/AA violations (or those of other `tags`), one readable line each."""
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    # What a reader sees once the page is still: a colour half-way through a transition (the
    # header's title fading in) is no contrast failure, and on a busy machine axe caught one.
    page.evaluate(FINISH_ANIMATIONS)
    page.wait_for_function(SETTLED)
    if not page.evaluate(_AXE_READY):
        page.evaluate(_AXE.axe_script)
    return page.evaluate(_AXE_RUN, [selector, options])


def wait_for_search(page, url, timeout_ms=10_000):
    """Wait, without waiting for the network to go quiet, until Material's search has fetched
    what a first visit fetches: the page's index, and in the worker the stemmer files of a
    language other than English (lunr.<lang>.min.js)."""
    lang = "en" if url.startswith("en/") or "/en/" in url else "es"
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        names = page.evaluate("performance.getEntriesByType('resource').map((e) => e.name)")
        done = any(n.endswith("search_index.json") for n in names)
        if done and lang != "en":
            worker_names = [n for w in page.workers
                            for n in w.evaluate("performance.getEntriesByType('resource').map((e) => e.name)")]
            done = any(n.endswith(f"lunr.{lang}.min.js") for n in worker_names)
        if done:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{url}: search never loaded its index and language files")
        page.wait_for_timeout(25)


def wait_stored(page, key, test, timeout_ms=5_000):
    """Wait until what the site's store holds for `key` passes `test` (JavaScript,
    `(data) => boolean`): the tools' and worksheets' save delay over, with no fixed wait.
    Before the first save the data lacks what `test` reads: that counts as not yet."""
    try:
        page.wait_for_function(
            f"(key) => {{ try {{ return !!({test})(WorksheetStore.get(key)); }} catch (e) {{ return false; }} }}",
            arg=key, timeout=timeout_ms,
        )
    except PlaywrightTimeout:
        held = page.evaluate("(key) => JSON.stringify(WorksheetStore.get(key))", key)
        raise AssertionError(f"the store's {key!r} never passed {test} within {timeout_ms} ms; it holds {held}") from None


# Injected by Playwright before any page script; not subject to the page's policy.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(
    `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
window.print = () => {};  // a print dialog would stall the interaction test
"""

_TRANSFERS = """() => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
  .map((e) => [e.name, e.transferSize])"""


def transfers(page):
    """(url, bytes) for everything the page and its workers fetched over the network."""
    entries = page.evaluate(_TRANSFERS)
    for worker in page.workers:
        entries += worker.evaluate(_TRANSFERS)
    return entries


def search_result_paths(page, query):
    """Type `query` into Material's search as a reader does (it searches on key events) and
    return the paths of the results it lists."""
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(query, delay=30)
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for()
    return [urlsplit(results.nth(i).get_attribute("href")).path for i in range(results.count())]
