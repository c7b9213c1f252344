"""The checks as plain functions, on hand-written pages; and the real site passes them all."""

import json
import subprocess
import sys
import textwrap

import pytest

from sitecheck import check_site
from sitecheck.html import parse_text
from sitecheck.links import check_links
from sitecheck.report import Finding
from sitecheck.site import BuiltSite, deploy_files
from sitecheck.snippets import includes
from sitecheck.templates import check_copies, check_leaks, check_template_files
from sitecheck.translations import check_pairs, check_sources
from sitekit import site_data
from tests.conftest import ROOT, SITE

URL = "https://example.org/base/"



@pytest.fixture
def toy_languages():
    """The toy sites and templates below speak the fixture's two languages (es, en), whatever
    the project's are (a fork may add one)."""
    site_data.use(ROOT / "tests" / "fixtures" / "clean" / "mkdocs.yml")
    yield
    site_data.use(SITE)

def _page(lang, body, head=""):
    return f'<!doctype html><html lang="{lang}"><head>{head}</head><body>\n{body}\n</body></html>'


def _site(tmp_path, files):
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return BuiltSite(tmp_path, URL)


def _pair(body_es="", body_en="", head=""):
    return {
        "index.html": _page("es", '<h1 id="inicio">Inicio</h1>\n' + body_es, head),
        "en/index.html": _page("en", '<h1 id="inicio">Home</h1>\n' + body_en, head),
    }


def test_a_finding_is_one_line_with_file_line_value_and_expectation():
    assert str(Finding("a/index.html", 3, "../x/", "a file")) == "a/index.html:3: '../x/': expected a file"
    assert str(Finding("docs/a.md", None, "a.en.md", "its twin")) == "docs/a.md: 'a.en.md': expected its twin"


def test_parser_reads_attributes_text_classes_and_skips_script_bodies():
    doc = parse_text(textwrap.dedent("""\
        <div class="message-template x"><p>Hola &amp; {name}</p></div>
        <script>var a = "<a href='nope'>";</script>
        <img src="a.png" alt=x><br/>
        <p>after</p>"""))
    # As a browser builds it: the html, head and body the page leaves implicit are there.
    assert [t.name for t in doc.tags] == ["html", "head", "body", "div", "p", "script", "img", "br", "p"]
    assert doc.find_all("img")[0].attrs == {"src": "a.png", "alt": "x"}
    texts = {t.data.strip(): t for t in doc.texts}
    assert texts["Hola & {name}"].classes == {"message-template", "x"}
    assert texts["after"].classes == frozenset() and texts["after"].line == 4
    assert "nope" in doc.scripts[0][1]


def test_links_resolve_relative_absolute_and_own_site_urls(tmp_path):
    site = _site(tmp_path, {
        **_pair(
            '<a href="en/">en</a> <a href="/base/en/#inicio">abs</a> <a href="https://example.org/base/">own</a>'
            ' <img srcset="img/a.png 1x, img/a.png 2x"> <a href="mailto:x@example.org">m</a>'
            ' <a href="https://elsewhere.example/">ext</a> <a href="#inicio">top</a>'),
        "img/a.png": "",
        "assets/site.css": "a { background: url('../img/a.png') } b { background: url(data:image/png;base64,AA) }",
    })
    external = {}
    assert check_links(site, external) == []
    assert external == {"https://elsewhere.example/": ["index.html:3"]}


def test_broken_links_anchors_paths_outside_base_and_javascript_are_findings(tmp_path):
    site = _site(tmp_path, {
        **_pair('<a href="nada/">x</a>\n<a href="en/#fuera">y</a>\n<a href="/other/">z</a>\n'
                '<a href="javascript:void(0)">j</a>\n<a href="../../etc/">up</a>\n<a href="https://example.org/base/nope.html">o</a>'),
        "assets/site.css": "\n\na { background: url(missing.svg) }",
    })
    found = {(f.file, f.line, f.value) for f in check_links(site)}
    assert found == {
        ("index.html", 3, "nada/"), ("index.html", 4, "en/#fuera"), ("index.html", 5, "/other/"),
        ("index.html", 6, "javascript:void(0)"), ("index.html", 7, "../../etc/"),
        ("index.html", 8, "https://example.org/base/nope.html"),
        ("assets/site.css", 3, "missing.svg"),
    }


def test_hreflang_links_must_lead_to_a_page_in_that_language(tmp_path):
    site = _site(tmp_path, _pair('<a hreflang="en" href="./">wrong</a>'))
    assert [f.value for f in check_links(site)] == ["./"]


def test_materials_fetches_are_checked_from_its_config_script(tmp_path):
    config = '<script id="__config" type="application/json">{"base": ".", "search": "assets/w.js"}</script>'
    site = _site(tmp_path, {"index.html": _page("es", config)})
    assert sorted(f.value for f in check_links(site)) == ["./search/search_index.json", "assets/w.js"]
    # Material fetches sitemap.xml beside each <link rel="alternate">.
    head = '<link rel="alternate" href="en/" hreflang="en"><link rel="alternate" href="./" hreflang="es">'
    site = _site(tmp_path / "alt", {
        "index.html": _page("es", '<script id="__config">{"base": "."}</script>', head),
        "en/index.html": _page("en", ""), "en/sitemap.xml": "",
    })
    assert [f.value for f in check_links(site)] == ["./sitemap.xml"]


@pytest.mark.usefixtures("toy_languages")
def test_missing_twin_wrong_lang_different_ids_and_fallback_copies(tmp_path):
    article = '<article class="md-content__inner md-typeset"><h1 id="a">Igual</h1><p>Texto</p></article>'
    site = _site(tmp_path, {
        "index.html": _page("es", '<h1 id="inicio">Inicio</h1><h2 id="solo">Solo</h2>'),
        "en/index.html": _page("es", '<h1 id="inicio">Home</h1>'),
        "sola/index.html": _page("es", "<h1 id='s'>Sola</h1>"),
        "copia/index.html": _page("es", article),
        "en/copia/index.html": _page("en", article),
    })
    found = {(f.file, f.value) for f in check_pairs(site)}
    assert found == {
        ("en/index.html", "lang=es"),
        ("index.html", "#solo"),
        ("sola/index.html", "en/sola/index.html"),
        ("en/copia/index.html", "untranslated page"),
    }


def test_source_pages_without_a_twin(tmp_path):
    for name in ("a.md", "a.en.md", "b.md", "sub/c.en.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# x\n")
    found = {(f.file, f.value) for f in check_sources(tmp_path, "docs")}
    assert found == {("docs/b.md", "b.en.md"), ("docs/sub/c.en.md", "sub/c.md")}


TEMPLATE = """\
id: t
placeholders:
  their_name: {es: {label: Nombre}, en: {label: Name}}
  unused: {es: {label: X}, en: {label: X}}
variants:
  mail:
    es:
      subject: "Sobre {topic}"
      parts: [{text: "Hola, {their_name}: esta frase es larga para que cuente como copia."}]
    en:
      subject: "About it"
      parts: [{text: "Hi {their_name}, this sentence is long enough to count as a copy."}]
"""


@pytest.mark.usefixtures("toy_languages")
def test_template_files_declare_and_use_the_same_placeholders(tmp_path):
    (tmp_path / "t.yml").write_text(TEMPLATE)
    (tmp_path / "broken.yml").write_text("placeholders: [\n")
    findings, texts = check_template_files(tmp_path, "data/templates")
    found = {(f.file, f.line, f.value, f.expected.split(":")[0]) for f in findings}
    assert ("data/templates/t.yml", 8, "{topic}", "in both languages of variants.mail") in found
    assert ("data/templates/t.yml", 8, "{topic}", "a placeholder declared under `placeholders") in found
    assert ("data/templates/t.yml", 4, "unused", "every declared placeholder to be used in the template's text") in found
    assert any(f.file == "data/templates/broken.yml" and f.value == "YAML" for f in findings)
    assert len(findings) == 4
    assert ("data/templates/t.yml", "About it") in texts


def test_template_text_copied_under_docs_is_a_finding(tmp_path):
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "ok.md").write_text("Hola, {their_name}: otra cosa.\n")
    (docs / "assets" / "copy.js").write_text('const t = `x`;\nconst s = "Hola, {their_name}: esta frase es larga para que...";\n')
    texts = [("data/templates/t.yml", "Hola, {their_name}: esta frase es larga para que cuente como copia.")]
    found = check_copies(texts, docs, "docs")
    assert [(f.file, f.line) for f in found] == [("docs/assets/copy.js", 2)]


def test_leaked_template_syntax_in_text_and_attributes(tmp_path):
    site = _site(tmp_path, _pair(
        '<figure class="message-template"><p>Hola, <mark>{their_name}</mark></p></figure>\n'
        '<p>Hola, {their_name}</p>\n<p title="{{ page.title }}">{% if x %}</p>',
        '<code>{"a": 1}</code>'))
    found = {(f.file, f.line, f.value) for f in check_leaks(site)}
    assert found == {("index.html", 4, "{their_name}"), ("index.html", 5, "{{ page.title }}"), ("index.html", 5, "{% if x %}")}


def test_snippet_includes_are_found_in_both_forms():
    text = '--8<-- "a.md"\n;--8<-- "escaped.md"\n--8<--\nb.md\n;c.md\n--8<--\n'
    assert includes(text) == [(1, "a.md"), (4, "b.md")]


def test_the_real_site_passes_every_check(site_dir, site_url, tmp_path):
    report = tmp_path / "external.json"
    later = list(deploy_files(ROOT / "mkdocs.yml").values())
    findings = check_site(site_dir, site_url, ROOT / "docs", ROOT / "data" / "templates", report, later)
    assert findings == [], "\n".join(map(str, findings))
    assert all(url.startswith(("http://", "https://")) for url in json.loads(report.read_text()))
    cli = subprocess.run(
        [sys.executable, "-m", "sitecheck", str(site_dir), "--external-report", str(report)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert cli.returncode == 0, cli.stdout + cli.stderr


def test_a_malformed_tag_gives_the_link_a_browser_follows_with_its_line():
    cases = {  # as the HTML standard (and so Chromium) reads each one
        '<p>a</p>\n<a class="x"href="../one/">1</a>': ("../one/", 2),
        '<p>a</p>\n\n<a href="../two/>2</a> "x">': ("../two/>2</a> ", 3),
        '<p>a</p>\n<a href="../three/"\n<p>b</p>': ("../three/", 2),
    }
    for source, expected in cases.items():
        links = [(t.attrs["href"], t.line) for t in parse_text(source).find_all("a")]
        assert links == [expected], source


def test_unclosed_comments_and_every_link_attribute_are_findings(tmp_path):
    site = _site(tmp_path, _pair(
        '<video poster="p.png"></video>\n<object data="o.svg"></object>\n<form action="f/"><button formaction="b/">'
        '</button></form>\n<!-- left open\n<footer>gone</footer>'))
    found = {(f.line, f.value) for f in check_links(site)}
    assert found == {(3, "p.png"), (4, "o.svg"), (5, "f/"), (5, "b/"), (6, "<!-- left open")}


def test_symlinks_that_leave_the_repository_dangle_or_loop(tmp_path):
    from sitecheck.sources import check_symlinks  # noqa: PLC0415

    repo, outside = tmp_path / "repo", tmp_path / "secret.txt"
    (repo / "docs" / "sub").mkdir(parents=True)
    outside.write_text("x")
    (repo / "README.md").write_text("x")
    (repo / "docs" / "ok.md").symlink_to(repo / "README.md")
    (repo / "docs" / "out.md").symlink_to(outside)
    (repo / "docs" / "gone.md").symlink_to(repo / "nothing.md")
    (repo / "docs" / "sub" / "loop").symlink_to(repo / "docs", target_is_directory=True)
    findings, fatal = check_symlinks(repo / "docs", repo, "docs")
    assert fatal
    assert {(f.file, f.expected.split(" (")[0]) for f in findings} == {
        ("docs/out.md", f"a file inside the repository {repo.resolve()}"),
        ("docs/gone.md", "a symlink to a file that exists"),
        ("docs/sub/loop", "a symlink that does not lead back into a folder holding it"),
    }


def test_front_matter_without_description_empty_and_pages_left_out_of_the_nav(tmp_path):
    from sitecheck.sources import check_front_matter, check_nav  # noqa: PLC0415

    (tmp_path / "ok.md").write_text('---\ndescription: "Sí"\n---\n# x\n')
    (tmp_path / "ok.en.md").write_text('---\ndescription: "Yes"\n---\n# x\n')
    (tmp_path / "empty.md").write_text("---\n---\n# x\n")
    (tmp_path / "none.en.md").write_text("# x\n")
    found = {(f.file, f.value) for f in check_front_matter(tmp_path, "docs")}
    assert found == {("docs/empty.md", "---"), ("docs/none.en.md", "description")}
    nav = [{"Home": "ok.md"}, {"Section": ["https://example.org/"]}]
    assert [(f.file, f.value) for f in check_nav(tmp_path, nav, shown_as="docs")] == [("docs/empty.md", "empty.md")]


def test_snippet_paths_outside_the_base_path_are_findings(tmp_path):
    from sitecheck.snippets import check_snippets  # noqa: PLC0415

    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "a.md").write_text("x")
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p.md").write_text('--8<-- "a.md"\n--8<-- "../README.md"\n--8<-- "/etc/passwd"\n--8<-- "b.md"\n')
    found = [(f.line, f.expected.split(" (")[0]) for f in check_snippets(tmp_path / "docs", [tmp_path / "snippets"], "docs")]
    assert found == [(2, f"a path inside {tmp_path / 'snippets'}/"), (3, f"a path inside {tmp_path / 'snippets'}/"),
                     (4, f"a snippet file in {tmp_path / 'snippets'}/")]


@pytest.mark.usefixtures("toy_languages")
def test_placeholders_are_compared_part_by_part_subject_included(tmp_path):
    from sitekit.message_templates import problems  # noqa: PLC0415
    from tests.conftest import SITE  # noqa: PLC0415

    text = TEMPLATE.replace('"Sobre {topic}"', '"Sobre {their_name}"').replace("  unused:", "  topic:")
    text = text.replace("para que cuente", "para que {topic} cuente").replace("long enough", "long {topic} enough")
    (tmp_path / "t.yml").write_text(text)
    found, _ = check_template_files(tmp_path, "data/templates")
    assert [(f.value, f.expected.split(": ", 1)[1]) for f in found] == [
        ("{their_name}", "used in 'es', missing in 'en' (in subject)")]
    import yaml  # noqa: PLC0415

    data = yaml.safe_load(text)
    data["roles"] = {"thanks": {"es": "Gracias", "en": "Thanks"}}
    for placeholder in data["placeholders"].values():  # what the template schema asks of each
        for lang in ("es", "en"):
            placeholder[lang].update(hint="h", example="e")
    for lang in ("es", "en"):
        data["variants"]["mail"][lang].update(label="L", parts=[{**p, "role": "thanks"} for p in data["variants"]["mail"][lang]["parts"]])
    assert any(p.startswith("variants.mail.subject: placeholders differ") for p in problems(data, "t", ("es", "en"), SITE.message_tidy))


def test_findings_in_built_pages_name_the_markdown_line(tmp_path):
    from sitecheck.source_map import SourceMap  # noqa: PLC0415

    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "sub" / "page.en.md").write_text("---\ndescription: x\n---\n\n## Who to write to\n\nSee [x](../nada.md).\n")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "main.html").write_text("{% block x %}\n<script src=\"{{ 'assets/gone.js' | url }}\"></script>\n")
    sources = SourceMap(docs, tmp_path / "overrides")
    heading = sources.locate(Finding("en/sub/page/index.html", 40, "#who-to-write-to", "a heading"))
    link = sources.locate(Finding("en/sub/page/index.html", 41, "../../nada/", "a file"))
    asset = sources.locate(Finding("index.html", 9, "assets/gone.js", "a file"))
    assert heading.source.endswith("docs/sub/page.en.md:5") and "(built: en/sub/page/index.html:40)" in str(heading)
    assert link.source.endswith("docs/sub/page.en.md:7")
    assert asset.source.endswith("overrides/main.html:2")
