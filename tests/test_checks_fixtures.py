"""Each kind of fault, planted in a copy of a tiny site, fails `mkdocs build --strict`
with a message naming the fault and its file; the untouched fixture builds cleanly."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

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


def _build(src, flags=("--strict", "-q")):
    """`mkdocs build --strict -q` by default: `-q` hides warnings, so a finding must stop the
    build by itself, not by being counted as a logged warning."""
    env = {**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    return subprocess.run(
        [str(mkdocs), "build", *flags, "-f", str(src / "mkdocs.yml"), "-d", str(src / "site")],
        cwd=src, env=env, capture_output=True, text=True, timeout=120,
    )


def test_the_clean_fixture_builds_and_passes_the_command_line_check(tmp_path):
    src = _copy(tmp_path)
    result = _build(src, ["--strict"])
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    cli = subprocess.run(
        [sys.executable, "-m", "sitecheck", "site"], cwd=src, capture_output=True, text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert cli.returncode == 0, cli.stdout + cli.stderr


def test_an_edited_template_is_built_afresh_not_taken_from_the_template_cache(tmp_path):
    """hooks/template_cache.py keeps compiled templates between builds (.cache/jinja/): an
    edit to a template must still show in the next build."""
    src = _copy(tmp_path)
    assert _build(src).returncode == 0
    _edit(src / "overrides" / "main.html", '<meta charset="utf-8">', '<meta charset="utf-8"><meta name="x-edited" content="1">')
    result = _build(src)
    assert result.returncode == 0, result.stderr
    assert 'name="x-edited"' in (src / "site" / "index.html").read_text(encoding="utf-8")
    assert list((ROOT / ".cache" / "jinja").glob("*.cache")), "the builds keep their compiled templates"


# (what to break, how: file, text to find, its replacement, words the message must hold)
FAULTS = {
    "broken Markdown link": (
        "docs/index.md", "(otra.md#detalles)", "(no-existe.md)", ["docs/index.md:7", "no-existe.md"]),
    "broken raw-HTML link": (
        "docs/otra.md", '<a href="../">', '<a href="../nada/">', ["docs/otra.md:8", "otra/index.html", "'../nada/'"]),
    "missing anchor in Markdown": (
        "docs/index.md", "otra.md#detalles", "otra.md#nope", ["docs/index.md:7", "#nope"]),
    "missing anchor in raw HTML": (
        "docs/otra.en.md", '<a href="../">', '<a href="#nope">',
        ["docs/otra.en.md:8", "en/otra/index.html", "'#nope'", "id 'nope'"]),
    "missing asset from an override": (
        "overrides/main.html", "{% endblock %}",
        "<script src=\"{{ 'assets/missing.js' | url }}\"></script>\n{% endblock %}",
        ["overrides/main.html:", "(built: index.html", "assets/missing.js"]),
    "javascript: link": (
        "docs/otra.md", '<a href="../">', '<a href="javascript:history.back()">',
        ["docs/otra.md:8", "otra/index.html", "javascript:history.back()"]),
    "placeholder in Spanish, missing in English": (
        "data/templates/greeting.yml", "Hi {their_name}, thank", "Hi, thank",
        ["data/templates/greeting.yml:15", "{their_name}", "missing in 'en'"]),
    "undeclared placeholder": (
        "data/templates/greeting.yml", "de la semana pasada.", "de la semana pasada, {topic}.",
        ["data/templates/greeting.yml", "{topic}", "declared"]),
    "template syntax leaked into a page": (
        "docs/otra.md", "## Detalles", "Hola, {{ nombre }}.\n\n## Detalles",
        ["docs/otra.md:11", "otra/index.html", "{{ nombre }}"]),
    "placeholder outside a template block": (
        "docs/otra.en.md", "## Details", "Dear {their_name},\n\n## Details",
        ["docs/otra.en.md:11", "en/otra/index.html", "{their_name}"]),
    "template text copied into a page": (
        "docs/otra.md", "## Detalles", "Hola, {their_name}: gracias por la conversación de la semana.\n\n## Detalles",
        ["docs/otra.md", "greeting.yml"]),
    "snippet include pointing nowhere": (
        "docs/index.md", '--8<-- "aviso.md"', '--8<-- "nope.md"', ["docs/index.md:9", "nope.md"]),
    "heading id only in one language": (
        "docs/otra.en.md", "## More { #mas }", "## More { #more }",
        ["docs/otra.en.md:13", "en/otra/index.html", "'#more'", "docs/otra.md:13", "'#mas'"]),
    # A malformed tag's link, read as a browser reads it (an HTML5 parser).
    "link in a tag with no space before href": (
        "docs/otra.md", "## Detalles", '<p><a class="x"href="../nada/">Mal</a></p>\n\n## Detalles',
        ["docs/otra.md:11", "'../nada/'", "nada/index.html"]),
    "link with an unclosed quote": (
        "docs/otra.md", "## Detalles", '<p><a href="../nada/>Mal</a> y "más"</p>\n\n## Detalles',
        ["docs/otra.md:11", "'../nada/>Mal</a> y'"]),
    "link in a tag with no >": (
        "docs/otra.md", "## Detalles", '<div><a href="../nada/"\n</div>\n\n## Detalles',
        ["docs/otra.md:11", "'../nada/'"]),
    "video poster leading nowhere": (
        "docs/otra.md", '<a href="../">', '<video poster="nada.png"></video>', ["docs/otra.md:8", "'nada.png'"]),
    "object data leading nowhere": (
        "docs/otra.md", '<a href="../">', '<object data="nada.svg"></object>', ["docs/otra.md:8", "'nada.svg'"]),
    "form action leading nowhere": (
        "docs/otra.md", '<a href="../">', '<form action="../nada/"></form>', ["docs/otra.md:8", "'../nada/'"]),
    "button formaction leading nowhere": (
        "docs/otra.md", '<a href="../">', '<form><button formaction="../nada/">Ir</button></form>',
        ["docs/otra.md:8", "'../nada/'"]),
    "unclosed comment hiding the rest of the page": (
        "docs/otra.md", "## Detalles", "<div>\n<!-- nota sin cerrar\n</div>\n\n## Detalles",
        ["docs/otra.md:12", "<!-- nota sin cerrar", "hides the rest of the page"]),
    "unclosed comment in a template, hiding the page's main": (
        "overrides/main.html", "{% endblock %}", "<!-- nota sin cerrar\n{% endblock %}",
        ["overrides/main.html:9", "<!-- nota sin cerrar", "hides the page's main"]),
    "subject dropping a placeholder the other language keeps": (
        "data/templates/greeting.yml", '"Thank you, {their_name}"', '"Thank you"',
        ["data/templates/greeting.yml:13", "{their_name}", "missing in 'en' (in subject)"]),
    "snippet include climbing out of data/snippets": (
        "docs/index.md", '--8<-- "aviso.md"', '--8<-- "../../README.md"',
        ["docs/index.md:9", "../../README.md", "inside data/snippets/"]),
    "snippet include of an absolute path": (
        "docs/index.md", '--8<-- "aviso.md"', '--8<-- "/etc/passwd"', ["docs/index.md:9", "/etc/passwd", "inside data/snippets/"]),
    "page without a description": (
        "docs/otra.en.md", 'description: "Another page of the test site."\n', "",
        ["docs/otra.en.md:1", "description"]),
    "page with empty front matter": (
        "docs/otra.md", 'description: "Otra página del sitio de prueba."\n', "",
        ["docs/otra.md:1", "this block is empty"]),
    "page left out of the nav": (
        "mkdocs.yml", "  - otra.md\n", "", ["docs/otra.md", "`- otra.md`", "twin follows"]),
}


def _problems(result):
    return [line for line in result.stderr.splitlines() if "WARNING" in line or "ERROR" in line or "  " in line]


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_planted_fault_fails_the_quiet_strict_build_naming_it(tmp_path, fault):
    path, old, new, expected = FAULTS[fault]
    src = _copy(tmp_path)
    _edit(src / path, old, new)
    result = _build(src)
    assert result.returncode != 0, f"{fault}: the build passed:\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    problems = _problems(result)
    for word in expected:
        assert any(word in line for line in problems), f"{fault}: no message with {word!r}:\n{result.stderr}"
    if fault == "page left out of the nav":
        assert "otra.en.md" not in result.stderr, result.stderr  # only the file that needs the entry


def _outside_file(src):
    outside = src.parent / "outside.md"
    outside.write_text("# Secreto\n")
    (src / "docs" / "secreto.md").symlink_to(outside)
    return ["docs/secreto.md", "inside the repository"]


def _dangling(src):
    (src / "docs" / "roto.md").symlink_to(src / "docs" / "no-existe.md")
    return ["docs/roto.md", "dangles"]


def _loop(src):
    (src / "docs" / "bucle").symlink_to(src / "docs", target_is_directory=True)
    return ["docs/bucle", "a loop"]


# (plants a symlink under docs/, returns the words the message must hold)
SYMLINKS = {"to a file outside the repository": _outside_file, "dangling": _dangling, "directory loop": _loop}


@pytest.mark.parametrize("kind", list(SYMLINKS))
def test_a_symlink_that_leaves_dangles_or_loops_fails_the_build_before_mkdocs_walks_docs(tmp_path, kind):
    src = _copy(tmp_path)
    expected = SYMLINKS[kind](src)
    result = _build(src)
    assert result.returncode != 0, f"{kind}: the build passed:\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    for word in expected:
        assert any(word in line for line in _problems(result)), f"{kind}: no message with {word!r}:\n{result.stderr}"


@pytest.mark.parametrize("fault", ["broken raw-HTML link", "subject dropping a placeholder the other language keeps",
                                   "page left out of the nav"])
def test_without_q_the_strict_build_fails_the_same_way(tmp_path, fault):
    path, old, new, expected = FAULTS[fault]
    src = _copy(tmp_path)
    _edit(src / path, old, new)
    result = _build(src, ["--strict"])
    assert result.returncode != 0, result.stderr
    for word in expected:
        assert any(word in line for line in _problems(result)), f"{fault}: no message with {word!r}:\n{result.stderr}"


def test_a_symlink_loop_fails_without_q_too(tmp_path):
    src = _copy(tmp_path)
    expected = _loop(src)
    result = _build(src, ["--strict"])
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert all(any(word in line for line in _problems(result)) for word in expected), result.stderr


def test_a_build_that_is_not_strict_shows_findings_as_warnings(tmp_path):
    """As `mkdocs serve` does: the site is built, each finding is a warning."""
    src = _copy(tmp_path)
    _edit(src / "mkdocs.yml", "strict: true", "strict: false")
    _edit(src / "docs/otra.md", '<a href="../">', '<a href="../nada/">')
    result = _build(src, ["-q"])
    assert result.returncode == 0, result.stderr
    result = _build(src, [])  # neither -q nor --strict
    assert result.returncode == 0, result.stderr
    assert any("WARNING" in line and "docs/otra.md:8" in line and "'../nada/'" in line
               for line in result.stderr.splitlines()), result.stderr


def test_a_page_missing_its_english_twin_fails_the_build(tmp_path):
    src = _copy(tmp_path)
    (src / "docs" / "otra.en.md").unlink()
    result = _build(src)
    assert result.returncode != 0
    assert "docs/otra.md: 'otra.en.md': expected its 'en' twin" in result.stderr
    # The fallback copy is recognised from the built site alone, too.
    assert "en/otra/index.html: 'untranslated page'" in result.stderr
