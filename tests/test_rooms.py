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


def _strings(path):
    """The string literals of a Python file (not its comments or docstrings' mentions)."""
    import io
    import tokenize
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    for i, tok in enumerate(tokens):
        # A docstring is a string that is a statement on its own: names, not paths used.
        alone = tokens[i - 1].type in (tokenize.INDENT, tokenize.NEWLINE, tokenize.NL, tokenize.DEDENT) if i else True
        if tok.type == tokenize.STRING and not alone:
            yield tok.string


def test_no_code_outside_tests_writes_into_tests():
    """Test-only data sits with the tests, and what makes it (the fill vectors) is the tests'."""
    into = re.compile(r"""^[rbuf]*['"](\.?/?tests/|tests['"])""")
    found = [f"{p.relative_to(ROOT)}: {s}" for p in _python_files() for s in _strings(p) if into.match(s)]
    assert not found, f"a path into tests/ outside tests/: {found}"
