"""Shared fixtures: the site built once, served locally under its base path, and Chromium."""

import fcntl
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitekit import site_data
from sitekit.gzip_server import make_server

ROOT = Path(__file__).resolve().parent.parent
# This project's data and languages, read through the one SiteData (sitekit/site_data.py),
# which the sitekit helpers given no config ask too.
SITE = site_data.use(ROOT / "mkdocs.yml")
BASE_PATH = SITE.base_path  # site_url's path (SITE_URL, or mkdocs.yml's default), served as on the web
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_site(dest, site_url, config="mkdocs.yml", cwd=ROOT, extra_args=()):
    """Run `mkdocs build --strict`; return the finished process (the caller checks it)."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    return subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(config), "-d", str(dest), *extra_args],
        cwd=cwd, env=env, capture_output=True, text=True,
    )


def shared_build(shared, name, make):
    """`make(dest)` once per session, by whichever xdist worker asks first, the others
    waiting on a lock file meanwhile: a site build costs 10 to 30 s of a core here, which the
    workers used to spend each. A failed attempt (it raises) leaves no mark, so the next asker
    tries again and fails with its own message."""
    dest, done = shared / name, shared / f"{name}.done"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released as the file closes
        if not done.exists():
            shutil.rmtree(dest, ignore_errors=True)
            make(dest)
            done.touch()
    return dest


def _from_controller(config):
    """What the xdist controller handed this worker (pytest_configure_node), or {}."""
    return getattr(config, "workerinput", {})


_SERVED = pytest.StashKey()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """In the xdist controller: one server for every worker, from before they start to after
    they end, of the site they build once (`site_dir`) in the session's folder they share.
    One port, so one build: the site names its address (site_url: canonical, hreflang)."""
    config = node.config
    if _SERVED not in config.stash:
        shared = config._tmp_path_factory.getbasetemp()  # each worker's is a folder in it (xdist does the same)
        httpd = make_server(shared / "site", BASE_PATH, port=0)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        config.stash[_SERVED] = (str(shared), httpd.server_address[1], httpd)
    shared, port, _ = config.stash[_SERVED]
    node.workerinput["suite_shared"], node.workerinput["site_port"] = shared, port


def pytest_unconfigure(config):
    if _SERVED in config.stash:
        httpd = config.stash[_SERVED][2]
        httpd.shutdown()
        httpd.server_close()


def pytest_collection_modifyitems(config, items):
    """The modules that need no site first (in their order), then the rest: xdist's worksteal
    gives the first worker the first half, which it runs while the second builds the site."""
    needs_site = {getattr(item, "module", None) for item in items if "site_dir" in item.fixturenames}
    items.sort(key=lambda item: getattr(item, "module", None) in needs_site)


@pytest.fixture(scope="session")
def shared_dir(request, tmp_path_factory):
    """The session's folder every xdist worker reaches (the controller's), or this process's."""
    given = _from_controller(request.config).get("suite_shared")
    return Path(given) if given else tmp_path_factory.getbasetemp()


@pytest.fixture(scope="session")
def port(request):
    return _from_controller(request.config).get("site_port") or _free_port()


@pytest.fixture(scope="session")
def site_url(port):
    return f"http://127.0.0.1:{port}{BASE_PATH}"


def _build_checked(dest, site_url):
    result = build_site(dest, site_url)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"


@pytest.fixture(scope="session")
def site_dir(shared_dir, site_url):
    return shared_build(shared_dir, "site", lambda dest: _build_checked(dest, site_url))


@pytest.fixture(scope="session")
def server(request, site_dir, port, site_url):
    """The built site as GitHub Pages serves it: under its base path, gzip-compressed, with its
    404 page (sitekit/gzip_server.py), so that one page load can also be weighed. Under xdist
    the controller serves it (pytest_configure_node); in one process, this fixture."""
    if _from_controller(request.config).get("site_port"):
        yield site_url
        return
    httpd = make_server(site_dir, BASE_PATH, port=port)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield site_url
    httpd.shutdown()
    httpd.server_close()


def origin(url):
    """"http://127.0.0.1:8000" of an address under it (a permission is granted to an origin)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or next(
        (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None
    )
    if not path:
        pytest.fail("No Chromium found: run `make test` (it finds or installs one) or set CHROMIUM_PATH.")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# A page whose clock Playwright has not replaced: its Date and timers are the browser's own.
NATIVE_CLOCK = "() => [Date, Date.now, setTimeout, performance.now].every((f) => /\\[native code\\]/.test(String(f)))"


@pytest.fixture(scope="session")
def _tabs(browser):
    """The worker's browser context for `page`: a new context costs Chromium about 0.45 s of
    CPU more than a new page in an open one (measured: 0.88 s against 0.43 s a test)."""
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture
def page(_tabs, site_url):
    """A new tab with nothing stored: as a new browser context would give, without its cost.
    Every tab the test opened is closed after it; before the next, what the site stored
    (local and session storage, IndexedDB, cookies, service workers) and the routes go. The
    HTTP cache stays (the site does not change during a run; a first visit's weight is the
    page tour's, on a page whose cache is emptied). What lives in the context and cannot be
    undone (Playwright's clock, granted permissions) is for `fresh_page`: a test that sets it
    here fails the next one, loudly."""
    yield from _tab_in(_tabs, site_url)


def _tab_in(context, site_url):
    from tests.browsing import origin_of

    page = context.new_page()
    cdp = context.new_cdp_session(page)
    try:
        cdp.send("Storage.clearDataForOrigin", {"origin": origin_of(site_url), "storageTypes": "all"})
    finally:
        cdp.detach()
    context.clear_cookies()
    context.unroute_all(behavior="ignoreErrors")
    if not page.evaluate(NATIVE_CLOCK):
        pytest.fail("an earlier test installed Playwright's clock in the shared context: it must use fresh_page")
    yield page
    for tab in list(context.pages):
        tab.close()


@pytest.fixture(scope="session")
def _clipboard_tabs(browser, site_url):
    """The worker's context for `clipboard_page`: the site may read and write the clipboard."""
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin(site_url))
    yield context
    context.close()


@pytest.fixture
def clipboard_page(_clipboard_tabs, site_url):
    """As `page`, in a second kept context where the site may use the clipboard (the
    permission is granted once: a new context for it cost each test about 0.45 s of CPU)."""
    yield from _tab_in(_clipboard_tabs, site_url)


@pytest.fixture
def fresh_page(browser):
    """A page in a browser context of its own, for a test that changes the context itself
    (Playwright's clock, permissions)."""
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


class KeptPage:
    """One page a worker keeps for the tests that load pages and read them, each test still
    starting from nothing. A new page costs Chromium a renderer process, about 0.2 s of CPU
    on this machine, against 0.07 s for loading a page in a page already open; between tests
    the page leaves for about:blank (what Material writes as a page goes away lands first),
    then everything the site stored is deleted (local and session storage, IndexedDB, cookies,
    caches), its routes are dropped and its media emulation set back. `cold=True` also empties
    Chromium's cache, so the next load transfers what a first visit transfers.

    A test that uses one must not add listeners to it (they would outlive the test): it hands
    them to `listen`, which removes them when the test ends."""

    def __init__(self, browser, origin, cold=False, init_script=None, **options):
        self.origin = origin
        self.context = browser.new_context(**options)
        if init_script:
            self.context.add_init_script(init_script)
        self.page = self.context.new_page()
        self.cdp = self.context.new_cdp_session(self.page)
        self.cold = cold
        self.media = {"color_scheme": options.get("color_scheme", "light"),
                      "reduced_motion": options.get("reduced_motion", "no-preference")}
        self._listeners = []

    def listen(self, event, handler):
        self.page.on(event, handler)
        self._listeners.append((event, handler))

    def forget(self):
        """Leave the page and delete what it kept, as if the next test opened a new one."""
        for event, handler in self._listeners:
            self.page.remove_listener(event, handler)
        self._listeners = []
        self.page.unroute_all(behavior="ignoreErrors")
        self.clear_site_data()
        if self.cold:
            self.cdp.send("Network.clearBrowserCache")
        self.page.emulate_media(media="screen", **self.media)

    def clear_site_data(self):
        """Leave for about:blank and delete everything the site stored (its cache aside)."""
        self.page.goto("about:blank")
        self.cdp.send("Storage.clearDataForOrigin", {"origin": self.origin, "storageTypes": "all"})
        self.context.clear_cookies()

    def close(self):
        self.context.close()


@pytest.fixture(scope="session")
def kept_pages(browser, site_url):
    """kept_pages(name, **options): the worker's KeptPage of that name, made on first use."""
    from tests.browsing import origin_of

    made = {}

    def get(name, **options):
        if name not in made:
            made[name] = KeptPage(browser, origin_of(site_url), **options)
        return made[name]

    yield get
    for kept in made.values():
        kept.close()
