"""Markers (`<!-- md:NAME args -->`) that no hook replaced stop the build, naming the page's
source file and line and the markers that exist (sitekit/markers.py, hooks/marker_guard.py)."""

import shutil

import pytest

from sitekit import markers
from tests.conftest import ROOT, build_site

FIXTURE = ROOT / "tests" / "fixtures" / "clean"


def test_a_leftover_marker_is_found_at_its_line_in_the_source():
    source = "# T\n\ntext\n\n<!-- md:worksheets notas -->\n\n<!-- md:worksheet Notas -->\n"
    found = markers.leftovers(source, source)
    assert found == [
        (5, "<!-- md:worksheets notas -->", "no such marker"),
        (7, "<!-- md:worksheet Notas -->", "a known marker with an argument no hook accepted"),
    ]


def test_ordinary_comments_are_not_markers():
    assert markers.leftovers("<!-- a note -->\n<!-- mdash -->\n", "") == []


def _site_with(tmp_path, line):
    src = tmp_path / "src"
    shutil.copytree(FIXTURE, src)
    config = src / "mkdocs.yml"
    config.write_text(config.read_text().replace(
        "  - ../../../hooks/site_checks.py\n",
        f"  - {ROOT}/hooks/site_checks.py\n  - {ROOT}/hooks/marker_guard.py\n"))
    page = src / "docs" / "otra.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Detalles", f"{line}\n\n## Detalles"), encoding="utf-8")
    return src


@pytest.mark.parametrize("quiet", [False, True], ids=["strict", "strict -q"])
def test_a_misspelt_marker_fails_the_build_naming_page_and_line(tmp_path, quiet):
    src = _site_with(tmp_path, "<!-- md:worksheets notas -->")
    result = build_site(src / "site", "https://example.org/fixture/", config=src / "mkdocs.yml", cwd=src,
                        extra_args=["-q"] if quiet else [])
    assert result.returncode != 0, result.stderr
    lines = (src / "docs" / "otra.md").read_text(encoding="utf-8").splitlines()
    line = lines.index("<!-- md:worksheets notas -->") + 1
    assert f"docs/otra.md:{line}: <!-- md:worksheets notas -->: no such marker" in result.stderr, result.stderr
    assert "md:worksheet ID" in result.stderr, "the message lists the known markers"


def test_the_same_fixture_without_the_marker_builds(tmp_path):
    src = _site_with(tmp_path, "<!-- an ordinary comment -->")
    result = build_site(src / "site", "https://example.org/fixture/", config=src / "mkdocs.yml", cwd=src)
    assert result.returncode == 0, result.stderr
