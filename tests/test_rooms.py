"""Rooms that show the design: the building blocks (sitekit/, sitecheck/), the hooks and the
scripts import nothing from tests/, and none patches sys.path to find the project's code (it
is installed; its data is found through sitekit/site_data.py)."""

import re

from tests.conftest import ROOT

FOLDERS = ("sitekit", "sitecheck", "hooks", "scripts")
_FROM_TESTS = re.compile(r"^\s*(from\s+tests[.\s]|import\s+tests\b)", re.MULTILINE)


def _python_files():
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and (path.suffix == ".py" or (not path.suffix and path.read_bytes().startswith(b"#!/usr/bin/env python"))):
                yield path


def test_no_code_outside_tests_imports_from_tests():
    found = [str(p.relative_to(ROOT)) for p in _python_files() if _FROM_TESTS.search(p.read_text(encoding="utf-8"))]
    assert not found, f"import from tests/ (move what they share out of tests/): {found}"


def test_no_code_patches_sys_path():
    found = [str(p.relative_to(ROOT)) for p in _python_files() if "sys.path" in p.read_text(encoding="utf-8")]
    assert not found, f"sys.path patched: {found}"
