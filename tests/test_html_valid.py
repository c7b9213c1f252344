"""Every built page is valid HTML for the Nu Html Checker (vnu-jar from package-lock.json).

The checker starts a Java VM, which is slow, so it runs once over the whole built site.
It fails on errors; warnings (e.g. its CSP notes, which cannot resolve 'self' for
file: URLs) do not fail. Errors that Material writes itself are listed, with the
reason, in tests/vnu-allowed.txt.
"""

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ALLOWED_FILE = Path(__file__).with_name("vnu-allowed.txt")
# A page that must fail: proves the checker ran and that its errors reach this test.
CANARY = "<!doctype html><html lang=en><title>canary</title><p><div>block in a paragraph</p>"


@dataclass
class Allowed:
    reason: str
    message: str
    extract: str

    def matches(self, msg):
        return self.message in msg.get("message", "") and self.extract in msg.get("extract", "")


def load_allowed(path=ALLOWED_FILE):
    entries = []
    for number, block in enumerate(path.read_text(encoding="utf-8").split("\n\n"), 1):
        fields = {}
        for line in block.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            key, sep, value = line.partition(":")
            if not sep or key not in ("reason", "message", "extract"):
                raise ValueError(f"{path.name}, entry {number}: unexpected line {line!r}")
            fields[key] = value.strip()
        if fields:
            missing = {"reason", "message", "extract"} - set(fields)
            if missing:
                raise ValueError(f"{path.name}, entry {number}: missing {', '.join(sorted(missing))}")
            entries.append(Allowed(**fields))
    return entries


# For one short run, the JVM's quick compiler alone: 2.2 s of CPU instead of 5.0 for the whole
# site, the same messages. Its deeper frames need a larger stack than vnu's 512 KB minimum.
JAVA_OPTIONS = ["-Xss16m", "-XX:TieredStopAtLevel=1"]


def java():
    home = os.environ.get("JAVA_HOME")
    found = (home and shutil.which("java", path=str(Path(home) / "bin"))) or shutil.which("java")
    if not found:
        pytest.fail("The HTML check needs Java (the Nu Html Checker is a .jar): install a JRE, e.g."
                    " `apt-get install default-jre-headless`, or set JAVA_HOME.")
    return found


@pytest.fixture(scope="module")
def vnu_messages(site_dir, tmp_path_factory):
    if not VNU_JAR.is_file():
        pytest.fail(f"{VNU_JAR.relative_to(ROOT)} is missing: run `make test` (its `npm ci` installs vnu-jar).")
    canary = tmp_path_factory.mktemp("vnu") / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    result = subprocess.run(
        [java(), *JAVA_OPTIONS, "-jar", str(VNU_JAR), "--format", "json", "--skip-non-html", str(site_dir), str(canary)],
        capture_output=True, text=True,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu gave no JSON report (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    for msg in messages:
        msg["file"] = msg.get("url", "").removeprefix("file:").replace(str(site_dir) + "/", "")
    is_canary = [m["file"].endswith("canary.html") for m in messages]
    return {
        "site": [m for m, c in zip(messages, is_canary) if not c],
        "canary": [m for m, c in zip(messages, is_canary) if c],
    }


def _errors(messages):
    return [m for m in messages if m.get("type") in ("error", "non-document-error") or m.get("subType") == "fatal"]


def test_the_checker_runs_and_reports_errors(vnu_messages):
    assert _errors(vnu_messages["canary"]), "vnu found nothing wrong in a page that is invalid"


def test_every_page_is_valid_html(vnu_messages):
    allowed = load_allowed()
    errors = [m for m in _errors(vnu_messages["site"]) if not any(a.matches(m) for a in allowed)]
    report = "\n".join(
        f"{m['file']}:{m.get('lastLine', '?')}: {m.get('message')}\n    {m.get('extract', '').strip()[:160]}"
        for m in errors[:30]
    )
    assert errors == [], f"{len(errors)} HTML errors:\n{report}"


def test_every_allowed_message_is_still_needed(vnu_messages):
    site_errors = _errors(vnu_messages["site"])
    stale = [a.reason[:80] for a in load_allowed() if not any(a.matches(m) for m in site_errors)]
    assert stale == [], f"remove from {ALLOWED_FILE.name}: no page has this error any more: {stale}"
