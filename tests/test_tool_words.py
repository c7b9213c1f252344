"""The tools' words (data/tools/ID.yml): checked when loaded, and every word a script asks
for by name is there, in both languages."""

import json
import re
from pathlib import Path

import pytest

from sitekit import tool_words
from tests.conftest import SITE

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = {"registro": "tracker.mjs", "seguimiento": "followup-planner.mjs", "mensaje": "message-builder.mjs"}
# Other modules of a tool that ask for words of its page (src/).
MORE_SCRIPTS = {"registro": ["tracker-files.mjs", "tracker-import.mjs", "contact-import.mjs", "tracker-row.mjs",
                             "tracker-view.mjs", "tracker-form.mjs"]}
_SAY = re.compile(r'\bsay\("([^"]+)"')


# Scripts that only use words a page shares between tools (data/tools/recordatorios.yml).
SHARED_SCRIPTS = {"recordatorios": ["contact-steps.mjs", "due-list.mjs"]}
_PAGE_WORDS = re.compile(r"<!--\s*md:tool-words((?:\s+[a-z0-9-]+)+)\s*-->")


def page_words(tool):
    """The words the tool's page carries: its own file's and the shared files its marker names."""
    files = _PAGE_WORDS.search((ROOT / "docs" / "herramientas" / f"{tool}.md").read_text(encoding="utf-8")).group(1).split()
    assert files[0] == tool
    every = SITE.tool_words
    shared = set(SITE.storage_words) if tool in SITE.tool_stored else set()  # a tool with a store: data/storage.yml
    return shared | {key for name in files for key in every[name]}


@pytest.mark.parametrize("tool, script", [*SCRIPTS.items(), *((t, s) for d in (MORE_SCRIPTS, SHARED_SCRIPTS)
                                                             for t, ss in d.items() for s in ss)])
def test_every_word_a_script_names_exists(tool, script):
    words = page_words(tool) if tool in SCRIPTS else set(SITE.tool_words[tool])
    source = (ROOT / "src" / script).read_text(encoding="utf-8")
    asked = set(_SAY.findall(source))
    assert asked, f"{script} should ask for its words with say(...)"
    assert not asked - words, f"{script} asks for words missing from data/tools/{tool}.yml (or the shared files its page names)"


_PAGE_DATA = re.compile(r'<script type="application/json" id="page-data">(.*?)</script>', re.S)


@pytest.mark.parametrize("tool", SCRIPTS)
def test_each_tool_page_carries_its_words_in_its_own_language(site_dir, tool):
    words = SITE.tool_words[tool]
    for folder, lang in (("", "es"), ("en/", "en")):
        page = (site_dir / folder / "herramientas" / tool / "index.html").read_text(encoding="utf-8")
        blocks = _PAGE_DATA.findall(page)
        assert len(blocks) == 1, f"{folder}herramientas/{tool}/: one page-data block, found {len(blocks)}"
        carried = json.loads(blocks[0])["tool-words"]
        wrong = {key: carried.get(key) for key, texts in words.items() if key != "nojs" and carried.get(key) != texts[lang]}
        assert not wrong, f"{folder}herramientas/{tool}/: words not in {lang}: {wrong}"
        assert tool_words.render(words, lang) in page, "the note shown without JavaScript, in the page's language"
        assert 'id="tool-words"' not in page, "the words travel once, in the page's data"


_NOJS = 'nojs:\n  es: "Hace falta JavaScript."\n  en: "JavaScript is needed."\n'


def test_a_bad_words_file_is_named_with_its_key(tmp_path):
    (tmp_path / "ok.yml").write_text(_NOJS + 'done:\n  es: "Hecho."\n  en: "Done."\n', encoding="utf-8")
    (tmp_path / "bad.yml").write_text(_NOJS + 'done:\n  es: "Hecho."\n', encoding="utf-8")
    with pytest.raises(tool_words.ToolWordsError, match=r"bad\.yml: done: 'en' is a required property") as raised:
        tool_words.load_all(tmp_path, SITE.langs)
    assert "ok.yml" not in str(raised.value)


def test_a_tool_without_its_no_javascript_note_is_named(tmp_path):
    (tmp_path / "quiet.yml").write_text('done:\n  es: "Hecho."\n  en: "Done."\n', encoding="utf-8")
    with pytest.raises(tool_words.ToolWordsError, match=r"quiet\.yml: missing 'nojs'"):
        tool_words.load_all(tmp_path, SITE.langs)


@pytest.mark.parametrize("tool", SCRIPTS)
def test_without_javascript_a_tool_says_so_instead_of_showing_a_dead_form(browser, server, tool):
    """A form that cannot work is hidden: submitting it would also put what was typed in the
    page's address, on its way to the server."""
    words = SITE.tool_words[tool]
    for enabled in (False, True):
        context = browser.new_context(java_script_enabled=enabled)
        page = context.new_page()
        try:
            for lang, prefix in (("es", ""), ("en", "en/")):
                page.goto(f"{server}{prefix}herramientas/{tool}/")
                note = page.locator(".tool-nojs")
                assert note.is_visible() is not enabled, (tool, lang, enabled)
                assert page.locator("form.tool").is_visible() is enabled, (tool, lang, enabled)
                if not enabled:
                    assert note.inner_text() == words["nojs"][lang]
        finally:
            context.close()


def test_a_stored_field_of_an_unknown_kind_is_named(tmp_path):
    """`stored:` (sitekit/tool_stored.py) is what an import checks: a kind it cannot check
    stops the build, naming the file, the store and the field."""
    from sitekit import tool_stored
    (tmp_path / "ok.yml").write_text(_NOJS + "stored:\n  ok: {name: s}\n", encoding="utf-8")
    (tmp_path / "bad.yml").write_text(_NOJS + "stored:\n  bad: {name: s, when: date}\n", encoding="utf-8")
    with pytest.raises(tool_stored.ToolStoredError, match=r"bad\.yml: stored: bad: unknown kind for when \(date\)") as raised:
        tool_stored.load_all(tmp_path)
    assert "ok.yml" not in str(raised.value)
    assert "stored" not in tool_words.load_all(tmp_path, SITE.langs)["bad"]
