"""Shared fixtures: the site built once, served locally under its base path, and Chromium."""

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASE_PATH = "/entrevistas-informativas/"
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


def build_site(dest, site_url, config="mkdocs.yml", cwd=ROOT):
    """Run `mkdocs build --strict`; return the finished process (the caller checks it)."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    return subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(config), "-d", str(dest)],
        cwd=cwd, env=env, capture_output=True, text=True,
    )


@pytest.fixture(scope="session")
def port():
    return _free_port()


@pytest.fixture(scope="session")
def site_url(port):
    return f"http://127.0.0.1:{port}{BASE_PATH}"


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, site_url):
    dest = tmp_path_factory.mktemp("site")
    result = build_site(dest, site_url)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return dest


class _BasePathHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the site under its base path, with GitHub Pages' 404 page."""

    def translate_path(self, path):
        rel = urlsplit(path).path
        if not rel.startswith(BASE_PATH):
            return str(Path(self.directory) / "__outside_base_path__")
        return super().translate_path("/" + rel[len(BASE_PATH):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site_dir, port, site_url):
    handler = functools.partial(_BasePathHandler, directory=str(site_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield site_url
    httpd.shutdown()
    httpd.server_close()


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


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
