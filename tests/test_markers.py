"""Markers (`<!-- md:NAME args -->`): one parse (sitekit/markers.py) hands each to the renderer
its hook registered; a wrong one stops the build naming the page's source file and line, what
is wrong and what exists; markers in code stay as written (hooks/markers.py)."""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitekit import markers, message_templates
from tests.conftest import ROOT, SITE

FIXTURE = ROOT / "tests" / "fixtures" / "clean"
SITE_URL = "https://example.org/fixture/"
# The site's hooks that register markers, and the one that renders them.
HOOKS = ("worksheets", "tool_words", "markers")
TOOLS = sorted(p.stem for p in (ROOT / "data" / "tools").glob("*.yml"))
TEMPLATES = ROOT / "data" / "templates"
TEMPLATE_IDS = sorted(p.stem for p in TEMPLATES.glob("*.yml"))
WORKSHEETS = sorted(p.stem for p in (ROOT / "data" / "worksheets").glob("[!_]*.yml"))


@pytest.fixture
def registry(monkeypatch):
    """An empty registry for one test, with markers registered as a hook would."""
    monkeypatch.setattr(markers, "REGISTRY", {})
    markers.register("worksheet", lambda args, page, config: f"<form id={args[0]}>",
                     markers.Arg("ID", lambda done: ["guion", "notas"], "worksheet"))
    markers.register("template", lambda args, page, config: f"[{' '.join(args)}]",
                     markers.Arg("TEMPLATE", lambda done: ["cold", "outreach"], "template"),
                     markers.Arg("VARIANT", lambda done: {"cold": ["email"], "outreach": ["email", "reply"]}[done[0]],
                                 "variant of that template"),
                     markers.option("notes"), block=False)
    markers.register("fields", lambda args, page, config: ",".join(args),
                     markers.Arg("TEMPLATE", lambda done: ["cold", "outreach"], "template", many=True), block=False)
    return markers.REGISTRY


def _errors(markdown, source=None):
    with pytest.raises(markers.MarkerError) as caught:
        markers.replace_all(markdown, None, None, "docs/p.md", markdown if source is None else source)
    return str(caught.value).split("\n  ")


def test_each_marker_is_rendered_by_its_registered_renderer(registry):
    markdown = "# T\n\n<!-- md:worksheet notas -->\n\nSee <!-- md:template outreach reply notes --> and <!--md:fields cold outreach-->.\n"
    assert markers.replace_all(markdown, None, None) == "# T\n\n<form id=notas>\nSee [outreach reply notes] and cold,outreach.\n"


def test_markers_in_code_stay_as_written(registry):
    markdown = ("Write `<!-- md:worksheet ID -->` on its own line, or ``<!-- md:nada `x` -->``:\n\n"
                "```markdown\n<!-- md:worksheet ID -->\n```\n\n"
                "~~~~\n<!-- md:worksheets notas -->\n~~~\n~~~~\n\n"
                "    ```\n    <!-- md:template nada -->\n    ```\n")
    assert markers.find(markdown) == []
    assert markers.replace_all(markdown, None, None) == markdown
    assert [m.group(0) for m in markers.find(markdown + "\n<!-- md:worksheet guion -->\n")] == ["<!-- md:worksheet guion -->"]


def test_ordinary_comments_are_not_markers(registry):
    markdown = "<!-- a note -->\n<!-- mdash -->\n<!-- see md:worksheet -->\n"
    assert markers.find(markdown) == []


def test_every_wrong_marker_is_named_with_its_line_what_is_wrong_and_what_exists(registry):
    source = ("---\ndescription: x\n---\n\n# T\n\n"
              "<!-- md:worksheets notas -->\n"  # 7
              "<!-- md:worksheet Notas -->\n"  # 8
              "<!-- md:worksheet -->\n"  # 9
              "<!-- md:worksheet notas guion -->\n"  # 10
              "<!-- md:template outreach linkedin -->\n"  # 11
              "<!-- md:template outreach email note -->\n"  # 12
              "<!-- md:fields cold nada -->\n"  # 13
              "Text <!-- md:worksheet guion --> in a sentence.\n"  # 14
              "<!-- md:worksheets notas -->\n")  # 15: the same mistake again, at its own line
    markdown = source.split("---\n", 2)[2].lstrip("\n").replace("# T\n", "# T\n\nReading time\n")
    assert _errors(markdown, source) == [
        "docs/p.md:7: <!-- md:worksheets notas -->: no such marker (did you mean md:worksheet?)",
        "docs/p.md:8: <!-- md:worksheet Notas -->: 'Notas' is not a known worksheet; known: guion, notas",
        "docs/p.md:9: <!-- md:worksheet -->: missing ID; expected md:worksheet ID",
        "docs/p.md:10: <!-- md:worksheet notas guion -->: unexpected 'guion'; expected md:worksheet ID",
        "docs/p.md:11: <!-- md:template outreach linkedin -->: 'linkedin' is not a known variant of that template; "
        "known: email, reply",
        "docs/p.md:12: <!-- md:template outreach email note -->: 'note' is not a known option; known: notes",
        "docs/p.md:13: <!-- md:fields cold nada -->: 'nada' is not a known template; known: cold, outreach",
        "docs/p.md:14: <!-- md:worksheet guion -->: md:worksheet must be on a line of its own",
        "docs/p.md:15: <!-- md:worksheets notas -->: no such marker (did you mean md:worksheet?)",
        "known markers: md:fields TEMPLATE [TEMPLATE ...]; md:template TEMPLATE VARIANT [notes]; md:worksheet ID",
    ]


def test_a_renderer_refuses_with_a_message_at_the_marker(registry):
    def refuse(args, page, config):
        raise markers.MarkerError("needs extra.deploy_files.offline_zip in mkdocs.yml")

    markers.register("offline-download", refuse)
    assert _errors("# T\n\n<!-- md:offline-download -->\n")[0] == (
        "docs/p.md:3: <!-- md:offline-download -->: needs extra.deploy_files.offline_zip in mkdocs.yml")


def _template_hook(monkeypatch):
    """hooks/message_templates.py, loaded with the site's templates into a registry of its own."""
    monkeypatch.setattr(markers, "REGISTRY", {})
    spec = importlib.util.spec_from_file_location("message_templates_hook", ROOT / "hooks" / "message_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module._templates.update(message_templates.load_all(TEMPLATES, SITE.langs, SITE.message_tidy))
    return module


@pytest.mark.parametrize("marker, expected", [
    ("<!-- md:template nowhere email -->", f"'nowhere' is not a known template (data/templates/*.yml); known: {', '.join(TEMPLATE_IDS)}"),
    ("<!-- md:template outreach fax -->", "'fax' is not a known variant of that template; known: email, "),
    ("<!-- md:template outreach email loud -->", "'loud' is not a known option; known: notes"),
    ("<!-- md:template-data outreach email -->", "unexpected 'email'; expected md:template-data TEMPLATE"),
    # One marker may name several templates: a word that is not one is named.
    ("<!-- md:template-fields outreach email -->", "'email' is not a known template"),
    ("<!-- md:template-fields -->", "missing TEMPLATE; expected md:template-fields TEMPLATE [TEMPLATE ...]"),
    ("<!-- md:template-fields nowhere -->", "'nowhere' is not a known template"),
])
def test_a_bad_template_marker_names_the_page_line_and_what_exists(monkeypatch, marker, expected):
    """(Moved from tests/test_message_templates.py, where a bad marker was a warning.)"""
    _template_hook(monkeypatch)
    errors = _errors(f"# T\n\n{marker}\n")
    assert errors[0].startswith(f"docs/p.md:3: {marker}: {expected}"), errors


def test_the_site_registers_every_marker_its_pages_use():
    """Loading mkdocs.yml's hooks registers these markers; each is written as its usage says."""
    from mkdocs.config import load_config

    load_config(str(ROOT / "mkdocs.yml"))  # loads (imports) every hook
    assert {name: m.usage() for name, m in markers.REGISTRY.items()} == {
        "diagram": "md:diagram ID",
        "example-load": "md:example-load",
        "example-say": "md:example-say ID [FIELD]",
        "example-search": "md:example-search VIEW",
        "job-words": "md:job-words",
        "message-checks": "md:message-checks",
        "offline-download": "md:offline-download",
        "template": "md:template TEMPLATE VARIANT [notes]",
        "template-data": "md:template-data TEMPLATE",
        "template-fields": "md:template-fields TEMPLATE [TEMPLATE ...]",
        "tool-form": "md:tool-form ID",
        "tool-words": "md:tool-words TOOL [SHARED ...]",
        "worksheet": "md:worksheet ID",
        "worksheet-booklet": "md:worksheet-booklet",
        "worksheet-export": "md:worksheet-export",
        "worksheet-index": "md:worksheet-index",
    }


# The fixture site (tests/fixtures/clean) with the hooks above and the data they read.


def _site_with(tmp_path, text, strict=True):
    src = tmp_path / "src"
    shutil.copytree(FIXTURE, src)
    # The hooks read the data beside the config they build (sitekit/site_data.py), in the
    # project's languages: those the fixture lacks (a partial one) are added to its config.
    shutil.copytree(ROOT / "data", src / "data", dirs_exist_ok=True)
    config = src / "mkdocs.yml"
    hooks = "".join(f"  - {ROOT}/hooks/{name}.py\n" for name in HOOKS)
    config.write_text(config.read_text().replace("../../../hooks/", f"{ROOT}/hooks/")
                      .replace(f"  - {ROOT}/hooks/site_checks.py\n", f"  - {ROOT}/hooks/site_checks.py\n{hooks}")
                      .replace("strict: true", f"strict: {str(strict).lower()}"))
    source = config.read_text()
    listed = re.findall(r"\{locale: ([\w-]+),", source)
    more = "".join(f"        - {{locale: {lang}, name: {SITE.languages.names[lang]}, build: true, extra: {{partial: true}}}}\n"
                   for lang in SITE.languages.langs if lang not in listed)
    config.write_text(re.sub(r"(      languages:\n(?:        - [^\n]*\n)+)", lambda m: m.group(1) + more, source, count=1))
    page = src / "docs" / "otra.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Detalles", f"{text}\n\n## Detalles"), encoding="utf-8")
    return src


def _build(src, *flags):
    env = {**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    return subprocess.run([str(mkdocs), "build", *flags, "-f", str(src / "mkdocs.yml"), "-d", str(src / "site")],
                          cwd=src, env=env, capture_output=True, text=True, timeout=120)


WRONG = ("<!-- md:worksheets notas -->\n\n<!-- md:worksheet Notas -->\n\n<!-- md:tool-words nada -->\n\n"
         "<!-- md:worksheet-index extra -->")


@pytest.mark.parametrize("strict, flags", [(True, ["--strict"]), (True, ["--strict", "-q"]), (False, []), (False, ["-q"])],
                         ids=["strict", "strict -q", "not strict", "not strict -q"])
def test_wrong_markers_fail_the_build_naming_page_line_and_what_exists(tmp_path, strict, flags):
    src = _site_with(tmp_path, WRONG, strict)
    result = _build(src, *flags)
    assert result.returncode != 0, result.stderr
    lines = (src / "docs" / "otra.md").read_text(encoding="utf-8").splitlines()

    def at(marker):
        return f"docs/otra.md:{lines.index(marker) + 1}: {marker}: "

    for expected in (
        at("<!-- md:worksheets notas -->") + "no such marker (did you mean md:worksheet?)",
        at("<!-- md:worksheet Notas -->") + f"'Notas' is not a known worksheet (data/worksheets/ID.yml); known: {', '.join(WORKSHEETS)}",
        at("<!-- md:tool-words nada -->") + f"'nada' is not a known tool (data/tools/*.yml); known: {', '.join(TOOLS)}",
        at("<!-- md:worksheet-index extra -->") + "unexpected 'extra'; expected md:worksheet-index",
        "known markers: md:tool-words TOOL [SHARED ...]; md:worksheet ID; md:worksheet-booklet; md:worksheet-export; md:worksheet-index",
    ):
        assert expected in result.stderr, f"{expected!r} not in:\n{result.stderr}"


def test_the_fixture_renders_its_markers_and_leaves_those_in_code_alone(tmp_path):
    src = _site_with(tmp_path, "<!-- an ordinary comment -->\n\n<!-- md:tool-words registro -->\n\n"
                               "Write `<!-- md:worksheet ID -->` on its own line:\n\n"
                               "```markdown\n<!-- md:worksheets notas -->\n```")
    result = _build(src, "--strict", "-q")
    assert result.returncode == 0, result.stderr
    html = (src / "site" / "otra" / "index.html").read_text(encoding="utf-8")
    assert 'class="tool-nojs admonition warning"' in html, \
        "md:tool-words was rendered (its note without JavaScript; the words go in the page's data)"
    assert "<code>&lt;!-- md:worksheet ID --&gt;</code>" in html, "the inline code shows the marker as written"
    assert "&lt;!-- md:worksheets notas --&gt;" in html, "the code block shows the marker as written"
    assert "<!-- an ordinary comment -->" in html
