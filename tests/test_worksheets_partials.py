"""The worksheets' HTML is in Jinja partials (overrides/hooks/worksheet.html and its siblings); Python keeps
the loading, the checks and the ids. A word a partial asks for that data/ does not give stops
the build, naming the partial and its line."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitekit import worksheets
from tests.conftest import ROOT, SITE

FIELDS = ROOT / "overrides" / "hooks" / "worksheet-fields.html"


def without(word):
    """The worksheets' words with `word` missing, as if deleted from data/worksheets/_ui.yml."""
    ui = dict(SITE.worksheets_ui)
    del ui[word]
    return ui


def line_of(path, text):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_missing_word_names_the_partial_and_its_line():
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.render(SITE.worksheets["notas"], "en", without("reset"), partials=SITE.partials)
    where = line_of(ROOT / "overrides" / "hooks" / "worksheet.html", "w.reset")
    assert f"overrides/hooks/worksheet.html:{where}: " in str(err.value) and "'reset'" in str(err.value)


def test_a_word_missing_in_a_field_names_the_fields_partial_and_its_line():
    # The fields' partial reaches the page on one line; its messages keep the file's lines.
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.render(SITE.worksheets["lista-de-contactos"], "es", without("none_chosen"), partials=SITE.partials)
    assert f"overrides/hooks/worksheet-fields.html:{line_of(FIELDS, 'w.none_chosen')}: " in str(err.value)
    assert "'none_chosen'" in str(err.value)


def test_a_missing_word_in_the_booklet_index_and_data_tools_is_named_too():
    ws = list(SITE.worksheets.values())
    calls = {
        "worksheet-booklet.html": lambda ui: worksheets.render_booklet(ws, "en", ui, partials=SITE.partials),
        "worksheet-data-tools.html": lambda ui: worksheets.data_tools("en", ui, partials=SITE.partials),
    }
    for partial, call in calls.items():
        word = {"worksheet-booklet.html": "booklet_contents", "worksheet-data-tools.html": "data_note"}[partial]
        with pytest.raises(worksheets.WorksheetError, match=rf"overrides/hooks/{partial}:\d+: .*'{word}'"):
            call(without(word))
    # The one word Python fills in ("@n of @total") is named as loudly.
    with pytest.raises(worksheets.WorksheetError, match=r"no word 'progress'"):
        worksheets.render_index(ws, "en", without("progress"), partials=SITE.partials)


# An opening tag: "<div", "<p ", "<input", ... (not "a < b" nor "<!-- md: -->").
TAG = re.compile(r"<[a-z][a-z0-9]*[\s>/]")


@pytest.mark.parametrize("path", ["sitekit/worksheets.py", "hooks/worksheets.py"])
def test_the_worksheets_python_writes_no_html(path):
    source = Path(ROOT, path).read_text(encoding="utf-8")
    found = [(n, line.strip()) for n, line in enumerate(source.splitlines(), 1) if TAG.search(line)]
    assert not found, f"{path}: HTML belongs in the worksheet partials, overrides/hooks/: {found[:5]}"


class _Attributes(HTMLParser):
    """Every element's attributes as the browser reads them (entities decoded)."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def test_words_are_escaped_and_the_json_the_scripts_read_is_the_words():
    hostile = 'Say "hi" & <b>don\'t</b>'
    ui = {**SITE.worksheets_ui, "reset": {lang: hostile for lang in SITE.languages.langs}}
    page = worksheets.render(SITE.worksheets["notas"], "en", ui, partials=SITE.partials)
    # Escaped as the pages always have been (html.escape: &quot; and &#x27;).
    assert "Say &quot;hi&quot; &amp; &lt;b&gt;don&#x27;t&lt;/b&gt;</button>" in page and "<b>" not in page
    parser = _Attributes()
    parser.feed(page)
    sheet = next(attrs for tag, attrs in parser.found if tag == "div" and "data-messages" in attrs)
    assert json.loads(sheet["data-messages"]) == {key: texts["en"] for key, texts in ui.items()}
    assert sheet["data-fields"].split() == SITE.worksheets["notas"].field_ids()
