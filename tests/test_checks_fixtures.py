"""Each kind of fault, planted in a copy of a tiny site, fails `mkdocs build --strict`
with a message naming the fault and its file; the untouched fixture builds cleanly."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "clean"
SITE_URL = "https://example.org/fixture/"


def _copy(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(FIXTURE, src)
    config = src / "mkdocs.yml"
    # The fixture names our hook relative to tests/fixtures/clean; the copy lives elsewhere.
    config.write_text(config.read_text().replace("../../../hooks/", f"{ROOT}/hooks/"))
    return src


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: fixture changed, cannot find {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _build(src):
    return build_site(src / "site", SITE_URL, config=src / "mkdocs.yml", cwd=src)


def test_the_clean_fixture_builds_and_passes_the_command_line_check(tmp_path):
    src = _copy(tmp_path)
    result = _build(src)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    cli = subprocess.run(
        [sys.executable, "-m", "sitecheck", "site"], cwd=src, capture_output=True, text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert cli.returncode == 0, cli.stdout + cli.stderr


# (what to break, how: file, text to find, its replacement, words the message must hold)
FAULTS = {
    "broken Markdown link": (
        "docs/index.md", "(otra.md#detalles)", "(no-existe.md)", ["index.md", "no-existe.md"]),
    "broken raw-HTML link": (
        "docs/otra.md", '<a href="../">', '<a href="../nada/">', ["otra/index.html", "'../nada/'"]),
    "missing anchor in Markdown": (
        "docs/index.md", "otra.md#detalles", "otra.md#nope", ["index.md", "#nope"]),
    "missing anchor in raw HTML": (
        "docs/otra.en.md", '<a href="../">', '<a href="#nope">', ["en/otra/index.html", "'#nope'", "id 'nope'"]),
    "missing asset from an override": (
        "overrides/main.html", "{% endblock %}",
        "<script src=\"{{ 'assets/missing.js' | url }}\"></script>\n{% endblock %}",
        ["index.html", "assets/missing.js"]),
    "javascript: link": (
        "docs/otra.md", '<a href="../">', '<a href="javascript:history.back()">',
        ["otra/index.html", "javascript:history.back()"]),
    "placeholder in Spanish, missing in English": (
        "data/templates/greeting.yml", "Hi {their_name}, thank", "Hi, thank",
        ["data/templates/greeting.yml:14", "{their_name}", "missing in 'en'"]),
    "undeclared placeholder": (
        "data/templates/greeting.yml", "de la semana pasada.", "de la semana pasada, {topic}.",
        ["data/templates/greeting.yml", "{topic}", "declared"]),
    "template syntax leaked into a page": (
        "docs/otra.md", "## Detalles", "Hola, {{ nombre }}.\n\n## Detalles",
        ["otra/index.html", "{{ nombre }}"]),
    "placeholder outside a template block": (
        "docs/otra.en.md", "## Details", "Dear {their_name},\n\n## Details",
        ["en/otra/index.html", "{their_name}"]),
    "template text copied into a page": (
        "docs/otra.md", "## Detalles", "Hola, {their_name}: gracias por la conversación de la semana.\n\n## Detalles",
        ["docs/otra.md", "greeting.yml"]),
    "snippet include pointing nowhere": (
        "docs/index.md", '--8<-- "aviso.md"', '--8<-- "nope.md"', ["docs/index.md:5", "nope.md"]),
    "heading id only in one language": (
        "docs/otra.en.md", "## More { #mas }", "## More { #more }",
        ["en/otra/index.html", "'#more'", "otra/index.html", "'#mas'"]),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_planted_fault_fails_the_build_naming_it(tmp_path, fault):
    path, old, new, expected = FAULTS[fault]
    src = _copy(tmp_path)
    _edit(src / path, old, new)
    result = _build(src)
    assert result.returncode != 0, f"{fault}: the build passed:\n{result.stderr}"
    problems = [line for line in result.stderr.splitlines() if "WARNING" in line or "ERROR" in line or "  " in line]
    for word in expected:
        assert any(word in line for line in problems), f"{fault}: no message with {word!r}:\n{result.stderr}"


def test_a_page_missing_its_english_twin_fails_the_build(tmp_path):
    src = _copy(tmp_path)
    (src / "docs" / "otra.en.md").unlink()
    result = _build(src)
    assert result.returncode != 0
    assert "docs/otra.md: 'otra.en.md': expected its 'en' twin" in result.stderr
    # The fallback copy is recognised from the built site alone, too.
    assert "en/otra/index.html: 'untranslated page'" in result.stderr
