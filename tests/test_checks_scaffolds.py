"""`make new-page` and `make new-worksheet`, run in a copy of the repository: the strict
build passes with what they write, and the new pages are there in both languages."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SITE_URL = "https://example.org/scaffold/"
_NOT_COPIED = {".git", ".venv", "node_modules", "site", "site-offline", ".cache", ".pytest_cache", "tests", "bench"}


def _run(cwd, *args):
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"})


def test_both_scaffolds_give_pages_that_pass_the_strict_build(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=lambda folder, names: [n for n in names if Path(folder) == ROOT and n in _NOT_COPIED])
    nav_before = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    for script, slug in (("scripts/new-page", "mi-pagina"), ("scripts/new-worksheet", "mi-ficha")):
        made = _run(repo, sys.executable, script, slug)
        assert made.returncode == 0, made.stdout + made.stderr
    # One line each added to the nav, the rest of mkdocs.yml untouched.
    after = (repo / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    assert sorted(set(after) - set(nav_before.splitlines())) == ["      - fichas/mi-ficha.md", "  - mi-pagina.md"]
    assert len(after) == len(nav_before.splitlines()) + 2

    mkdocs = Path(sys.executable).with_name("mkdocs")
    built = _run(repo, str(mkdocs), "build", "--strict", "-q", "-d", str(tmp_path / "site"))
    assert built.returncode == 0, built.stderr
    site = tmp_path / "site"
    for lang in ("", "en/"):
        page = (site / f"{lang}mi-pagina" / "index.html").read_text(encoding="utf-8")
        assert 'id="mi-pagina"' in page
        sheet = (site / f"{lang}fichas" / "mi-ficha" / "index.html").read_text(encoding="utf-8")
        assert 'id="ws-mi-ficha-first_question"' in sheet  # the form the definition describes
        assert 'href="../mi-ficha/"' in (site / f"{lang}fichas" / "notas" / "index.html").read_text(encoding="utf-8")

    again = _run(repo, sys.executable, "scripts/new-page", "mi-pagina")
    assert again.returncode != 0 and "already there, nothing written" in again.stderr
