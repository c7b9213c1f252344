"""`make new-language LANG=pt NAME=Português`, run in a copy of the repository: the strict
build passes at once with Portuguese partial, and shows and lists what is untranslated; a
word missing from a language that is not partial still fails it. One build for every
Portuguese check."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitekit import languages, schemas
from tests.conftest import ROOT, SITE

SITE_URL = "https://example.org/idiomas/"
_NOT_COPIED = {".git", ".venv", "node_modules", "site", "site-offline", ".cache", ".pytest_cache", "tests", "bench"}


def _run(repo, *args):
    # PYTHONPATH: the copy's sitekit and sitecheck, not the installed (editable) ones.
    return subprocess.run(list(args), cwd=repo, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(repo)})


def _build(repo, site):
    return _run(repo, str(Path(sys.executable).with_name("mkdocs")), "build", "--strict", "-d", str(site))


def _add_portuguese(tmp):
    """(repo, site, the script's output, the build's output) after adding Portuguese."""
    repo = tmp / "repo"
    shutil.copytree(ROOT, repo, ignore=lambda folder, names: [n for n in names if Path(folder) == ROOT and n in _NOT_COPIED])
    made = _run(repo, sys.executable, "scripts/new-language", "pt", "Português")
    assert made.returncode == 0, made.stdout + made.stderr
    # One page translated (a stand-in: the English text, which keeps the heading ids).
    shutil.copy(repo / "docs" / "acerca.en.md", repo / "docs" / "acerca.pt.md")
    built = _build(repo, tmp / "site")
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-6000:]
    return repo, tmp / "site", made.stdout, built.stdout + built.stderr


@pytest.mark.skipif("pt" in SITE.langs, reason="Portuguese is already a language of this site (a fork that added it)")
def test_make_new_language_pt_gives_a_partial_language_that_builds_at_once(tmp_path, page):
    """One build with Portuguese for every check on it (a third language's build is slow);
    then two quick failing builds, in the same copy."""
    with_pt = _add_portuguese(tmp_path)
    _the_script_adds_a_partial_language_to_mkdocs_yml_and_an_untranslated_entry_to_every_word(with_pt)
    _a_partial_language_builds_with_its_own_lang_hreflang_switcher_and_search(with_pt)
    _an_untranslated_page_shows_the_default_text_marked_as_spanish_under_a_notice(with_pt)
    _the_build_lists_what_is_left_to_translate(with_pt)
    _an_untranslated_page_passes_axe_with_its_notice(with_pt, page)
    _a_word_missing_or_untranslated_in_a_language_not_partial_still_fails(with_pt)


def _page(site, rel):
    return (site / rel / "index.html").read_text(encoding="utf-8")


def _the_script_adds_a_partial_language_to_mkdocs_yml_and_an_untranslated_entry_to_every_word(with_pt):
    repo, _, said, _ = with_pt
    config = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    before = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert set(before.splitlines()) <= set(config.splitlines()), "mkdocs.yml kept as it was, comments included"
    assert re.search(r"- locale: pt\n +name: Português\n +build: true\n +extra:\n(?: +#.*\n)* +partial: true\n", config)
    words = (repo / "data" / "site-words.yml").read_text(encoding="utf-8")
    assert '  en: "Link to this section"\n  pt: !untranslated "Link to this section"\n' in words
    assert "data/worksheets/_ui.yml" in said
    # Every schema that asks for each language asks for Portuguese too, as an editor sees it.
    retyped = [path for path in sorted((repo / "schemas").glob("*.schema.json"))
               if schemas.file_languages(json.loads(path.read_text(encoding="utf-8")))]
    assert len(retyped) >= 12 and f"schemas/{retyped[0].name}: asks for a text in pt too" in said
    for path in retyped:
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert schemas.file_languages(schema) == (*SITE.langs, "pt"), path.name
        assert schemas.for_languages(json.loads(path.read_text(encoding="utf-8")), (*SITE.langs, "pt")) == schema
    again = _run(repo, sys.executable, "scripts/new-language", "pt", "Português")
    assert again.returncode != 0 and "pt (Português) is already a language of the site" in again.stderr
    assert (repo / "mkdocs.yml").read_text(encoding="utf-8") == config, "a refused run writes nothing"
    bad = _run(repo, sys.executable, "scripts/new-language", "Portuguese", "Português")
    assert bad.returncode != 0 and "LANG='Portuguese' is not a language code" in bad.stderr


def _a_partial_language_builds_with_its_own_lang_hreflang_switcher_and_search(with_pt):
    _, site, _, _ = with_pt
    page = _page(site, "pt/razones")
    assert re.search(r'<html [^>]*lang="pt"', page)
    for lang, folder in (("es", ""), ("en", "en/"), ("pt", "pt/"), ("x-default", "")):
        link = f'href="{SITE_URL}{folder}razones/" hreflang="{lang}"'
        assert link in page, f"the Portuguese page's hreflang links name {lang}"
        assert link in _page(site, "razones"), f"the Spanish page's hreflang links name {lang}"
    assert re.search(r'hreflang="pt" lang="pt" class="md-select__link">\s*Português\s*<', page), "the switcher lists it"
    index = json.loads((site / "pt" / "search" / "search_index.json").read_text(encoding="utf-8"))
    spanish = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["pt"]
    assert {d["location"] for d in index["docs"]} == {d["location"] for d in spanish["docs"]}, \
        "every page, untranslated ones too, can be found from a Portuguese page"
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', page).group(1))
    assert config["base"].endswith("/pt/"), "Portuguese pages search the Portuguese index"
    not_found = (site / "404.html").read_text(encoding="utf-8")
    assert re.findall(r'<section lang="(\w+)"', not_found) == ["es", "en"], "the 404 page: complete languages only"
    assert 'data-date-locale="en-GB"' in _page(site, "en/razones") and 'data-date-locale="pt"' in page
    # A chrome word not yet translated: Material's Portuguese where it has one, else English.
    assert "Type to start searching" not in page and "Made with" in page


def _an_untranslated_page_shows_the_default_text_marked_as_spanish_under_a_notice(with_pt):
    _, site, _, _ = with_pt
    page = _page(site, "pt/razones")
    article = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>', page, re.DOTALL).group(1)
    notice = re.match(r'\s*<div class="admonition note untranslated-notice" role="note" lang="en"><p>(.*?)</p></div>\s*'
                      r'<div class="untranslated" lang="es">(.*)</div>\s*$', article, re.DOTALL)
    assert notice, "the notice first (in English until translated), then the content marked as Spanish"
    assert notice.group(1) == ('This page has not been translated yet: it is shown in its original language '
                               '(<span lang="es">Español</span>).')
    assert re.search(r'<h1 id="razones">Las cuatro razones', notice.group(2))
    assert "Lectura:" in notice.group(2) and "Reading time:" not in page, "the reading time is in the text's language"
    # What markers render goes inside that Spanish text: in Spanish too, never a word in another
    # language marked as Spanish. The tool's scripts get the same language's words.
    tool = _page(site, "pt/herramientas/registro")
    content = re.search(r'<div class="untranslated" lang="es">(.*)</div>', tool, re.DOTALL).group(1)
    assert "Guardar contacto" in content and "Save contact" not in tool, "the tool's form is in the text's language"
    # A diagram too: its words and its name drawn in Spanish, inside the Spanish text.
    routine = _page(site, "pt/mas-mensajes")
    content = re.search(r'<div class="untranslated" lang="es">(.*)</div>', routine, re.DOTALL).group(1)
    assert 'aria-label="Calendario de la rutina 3B7"' in content and ">Sin días festivos<" in content
    assert "No holiday" not in routine, "the diagram is in the text's language"
    words = json.loads(re.search(r'<script type="application/json" id="page-data">(.*?)</script>', tool, re.S).group(1))
    own = SITE.tool_words["registro"]
    wrong = sorted(k for k, texts in own.items() if k != "nojs" and words["tool-words"].get(k) != texts[languages.LANGS[0]])
    assert not wrong, f"the tracker's script words not in the text's language: {wrong[:5]}"
    english = _page(site, "en/herramientas/registro")
    assert "Save contact" in english and "Guardar contacto" not in english, "a complete language keeps its own"
    translated = _page(site, "pt/acerca")
    assert "untranslated" not in translated and re.search(r'<html [^>]*lang="pt"', translated), \
        "a translated page is shown as it is"


def _the_build_lists_what_is_left_to_translate(with_pt):
    _, _, _, output = with_pt
    todo = [line.split("to translate (pt): ", 1)[1] for line in output.splitlines() if "to translate (pt): " in line]
    assert "docs/razones/index.md (no docs/razones/index.pt.md)" in todo
    assert not any(t.startswith("docs/acerca.md") for t in todo), "a translated page is not listed"
    assert any(re.fullmatch(r"data/site-words.yml:\d+: permalink_title.pt \(tagged !untranslated\)", t) for t in todo)
    assert any(re.fullmatch(r"data/worksheets/_options.yml:\d+: reasons\[0\].label.pt \(tagged !untranslated\)", t)
               for t in todo)
    assert "mkdocs.yml: plugins.i18n.languages[pt].site_name" in todo
    assert len(todo) == len(set(todo)), "one line per item"
    assert re.search(r"pt \(Português\) is partial: \d+ pages, \d+ words and \d+ settings to translate", output)


def _a_word_missing_or_untranslated_in_a_language_not_partial_still_fails(with_pt):
    repo = with_pt[0]
    words = repo / "data" / "site-words.yml"
    text = words.read_text(encoding="utf-8")
    try:
        words.write_text(text.replace('  en: "Link to this section"\n', ""), encoding="utf-8")
        missing = _build(repo, repo.parent / "site-missing")
        assert missing.returncode != 0 and "permalink_title: 'en' is a required property" in missing.stderr
        words.write_text(text.replace('  en: "Made with"', '  en: !untranslated "Made with"'), encoding="utf-8")
        tagged = _build(repo, repo.parent / "site-tagged")
        assert tagged.returncode != 0
        assert re.search(r"data/site-words.yml:\d+: made_with.en \(tagged !untranslated\): translate it, or mark en "
                         r"partial", tagged.stderr)
    finally:
        words.write_text(text, encoding="utf-8")


def _script():
    import importlib.machinery
    import importlib.util
    loader = importlib.machinery.SourceFileLoader("new_language", str(ROOT / "scripts" / "new-language"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("new_language", loader))
    loader.exec_module(module)
    return module


def test_the_entries_are_added_as_text_in_every_shape_a_data_file_writes():
    """No build: flow and block mappings, a folded text, a multi-line list, comments kept."""
    from sitekit.languages import WORDS_SOURCE

    default, source = languages.LANGS[0], WORDS_SOURCE
    before = (f"# top comment\none: {{{default}: \"a\", {source}: \"b\"}}\n"
              f"two:\n  {default}: x\n  {source}: >-\n    folded\n    text\n# between\n"
              f"three:\n  {default}: [p, q,\n      r]\n  {source}: [s,\n      t]\nplain: {{id: 1}}\n")
    after, count = _script().add_entries(before, "zz", source)
    assert count == 3
    assert after == (f"# top comment\none: {{{default}: \"a\", {source}: \"b\", zz: !untranslated \"b\"}}\n"
                     f"two:\n  {default}: x\n  {source}: >-\n    folded\n    text\n  zz: !untranslated >-\n    folded\n"
                     f"    text\n# between\nthree:\n  {default}: [p, q,\n      r]\n  {source}: [s,\n      t]\n"
                     f"  zz: !untranslated [s,\n      t]\nplain: {{id: 1}}\n")
    assert _script().add_entries(after, "zz", source) == (after, 0), "entries already there are left alone"


def _an_untranslated_page_passes_axe_with_its_notice(with_pt, page):
    """The one page load: the Portuguese page of an untranslated chapter, from the built files."""
    from tests.browsing import axe_violations

    site = with_pt[1]
    page.goto((site / "pt" / "razones" / "index.html").as_uri(), wait_until="load")
    page.wait_for_selector(".untranslated-notice")
    heading = page.locator("article .untranslated-notice + .untranslated[lang=es] h1").inner_text()
    assert heading.startswith("Las cuatro razones"), heading
    assert axe_violations(page, "article") == []


def test_the_new_language_is_written_into_every_schema_that_lists_the_languages(tmp_path):
    """No build: each schema with a text in every language lists the new one after the
    others, where it lists them (its `text`, a question, a placeholder), and nothing else
    changes; a schema with no language keys is left alone."""
    for path in (ROOT / "schemas").glob("*.schema.json"):
        shutil.copy(path, tmp_path / path.name)
    langs = (*SITE.langs, "zz")
    writes = _script().schema_writes(tmp_path, langs)
    assert tmp_path / "worksheet.schema.json" in writes and tmp_path / "template.schema.json" in writes
    assert tmp_path / "style.schema.json" not in writes, "no language keys: left alone"
    question = json.loads(writes[tmp_path / "worksheet.schema.json"])["$defs"]["question"]
    assert question["required"] == ["id", "reason", "tiara", *langs]
    assert list(question["properties"]) == ["id", "reason", "tiara", *langs]
    for path, text in writes.items():
        written = json.loads(text)
        assert schemas.file_languages(written) == langs, path.name
        before = json.loads(path.read_text(encoding="utf-8"))
        assert schemas.for_languages(written, SITE.langs) == before, f"{path.name}: only the language keys change"
        path.write_text(text, encoding="utf-8")
    assert _script().schema_writes(tmp_path, langs) == {}, "written once"
