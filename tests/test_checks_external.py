"""The external link checker's logic, against a local server answering 200, 404, 429, 405, 503."""

import http.server
import json
import subprocess
import sys
import threading

import pytest

from sitecheck.external import check_url, retry_after
from tests.conftest import ROOT


class _Handler(http.server.BaseHTTPRequestHandler):
    hits = {}

    def _answer(self):
        count = self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path == "/ok":
            return self._send(200)
        if self.path == "/busy-once":  # 429 the first time, then fine
            return self._send(429, {"Retry-After": "2"}) if count == 1 else self._send(200)
        if self.path == "/busy-for-hours":
            return self._send(429, {"Retry-After": "7200"})
        if self.path == "/no-head":
            return self._send(405 if self.command == "HEAD" else 200)
        if self.path == "/down":
            return self._send(503)
        return self._send(404)

    do_HEAD = do_GET = _answer

    def _send(self, code, headers=None):
        self.send_response(code)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def local(tmp_path):
    _Handler.hits = {}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _check(url, **options):
    waits = []
    return check_url(url, timeout=2, retries=2, backoff=0.5, sleep=waits.append, **options), waits


def test_ok_and_not_found(local):
    assert _check(local + "/ok")[0].ok
    result, waits = _check(local + "/missing")
    assert (result.ok, result.status, waits) == (False, 404, [])  # a 404 is not retried


def test_429_waits_as_long_as_the_server_asks_then_retries(local):
    result, waits = _check(local + "/busy-once")
    assert result.ok and waits == [2.0]
    assert _Handler.hits["/busy-once"] == 2


def test_429_with_a_very_long_wait_is_reported_not_waited_for(local):
    result, waits = _check(local + "/busy-for-hours")
    assert (result.ok, result.status, waits) == (False, 429, [])
    assert "try later" in result.detail


def test_head_refused_falls_back_to_get(local):
    assert _check(local + "/no-head")[0].ok


def test_server_errors_are_retried_with_growing_pauses(local):
    result, waits = _check(local + "/down")
    assert (result.ok, result.status, waits) == (False, 503, [0.5, 1.0])
    assert _Handler.hits["/down"] == 3


def test_no_server_at_all_is_a_finding_not_a_crash():
    result, waits = _check("http://127.0.0.1:9/")
    assert not result.ok and result.status is None and len(waits) == 2


def test_retry_after_reads_seconds_and_dates():
    assert retry_after("5", default=1) == 5.0
    assert retry_after(None, default=1) == 1
    assert retry_after("Wed, 21 Oct 2015 07:28:10 GMT", default=1, now=1445412480) == 10.0
    assert retry_after("soon", default=3) == 3


def test_the_command_reads_the_report_and_names_broken_links(local, tmp_path):
    report = tmp_path / "external-links.json"
    report.write_text(json.dumps({local + "/ok": ["index.html:3"], local + "/gone": ["en/index.html:7"]}))
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "linkcheck-external"), str(report), "--retries", "0"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip() == f"{local}/gone: HTTP 404; linked from en/index.html:7"
