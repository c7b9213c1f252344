"""The tools' forms (`form:` in data/tools/ID.yml, sitekit/tool_forms.py): each renders, in
every complete language, the form its script knows, element for element; a malformed
definition stops the build naming the file, the key and what is wrong; docs/ holds no form."""

import importlib.util
import re
import shutil
import types
from html.parser import HTMLParser

import pytest

from sitekit import languages, markers, message_templates, tool_forms, untranslated
from tests.conftest import ROOT, SITE

EXPECTED = ROOT / "tests" / "fixtures" / "tool-forms"
TOOLS = ("mensaje", "registro", "seguimiento")
_VOID = {"input", "br", "img", "hr", "wbr"}


class _Outline(HTMLParser):
    """An element's outline: one line per tag (attributes sorted) and per text (white space
    collapsed), indented by depth; white space between tags and attribute order do not count."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.depth, self.text = [], 0, ""

    def _flush(self):
        text = re.sub(r"\s+", " ", self.text).strip()
        if text:
            self.lines.append("  " * self.depth + repr(text))
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self._flush()
        shown = "".join(f' {k}="{v}"' if v is not None else f" {k}" for k, v in sorted(attrs))
        self.lines.append("  " * self.depth + f"<{tag}{shown}>")
        self.depth += tag not in _VOID

    def handle_endtag(self, tag):
        self._flush()
        self.depth -= 1

    def handle_data(self, data):
        self.text += data

    def handle_comment(self, data):
        self._flush()
        self.lines.append("  " * self.depth + f"<!--{data}-->")


def outline(html):
    parser = _Outline()
    parser.feed(html)
    parser.close()
    return parser.lines


@pytest.fixture(scope="module")
def forms():
    return SITE.tool_forms


def test_every_tool_page_asks_for_its_form_and_docs_hold_no_form_html(forms):
    assert set(forms) == set(TOOLS)
    for tool in TOOLS:
        for path in (ROOT / "docs" / "herramientas").glob(f"{tool}.*md"):
            assert f"<!-- md:tool-form {tool} -->" in path.read_text(encoding="utf-8"), path.name
    control = re.compile(r"<(form|input|select|textarea|button)\b", re.IGNORECASE)
    found = [f"{p.relative_to(ROOT)}:{text[:m.start()].count(chr(10)) + 1}: {m.group(0)}"
             for p in sorted((ROOT / "docs").rglob("*")) if p.is_file() and p.suffix in (".md", ".html")
             for text in [p.read_text(encoding="utf-8")] for m in control.finditer(text)]
    assert not found, "form HTML under docs/ (declare it in data/tools/ID.yml):\n" + "\n".join(found)


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("lang", languages.COMPLETE)
def test_each_form_is_the_one_its_script_knows(forms, tool, lang):
    """The expectation is the hand-written form each page had before (its outline), but for
    the message languages, which are now named in themselves (`<span lang="en">English</span>`
    on the Spanish page): the ids, names, classes and attributes the scripts look for, and
    every word, the same."""
    expected = (EXPECTED / f"{tool}.{lang}.txt").read_text(encoding="utf-8").splitlines()
    assert outline(tool_forms.render(forms[tool], lang)) == expected


def _names(items):
    for item in items:
        yield from _names(item.get("items", []) if item["type"] in ("group", "fieldset") else [])
        if item.get("name"):
            yield item["name"]


@pytest.mark.parametrize("tool", ("mensaje", "seguimiento"))
def test_every_named_field_is_one_the_store_keeps_and_an_import_checks(forms, tool):
    """A field's name is stored with the reader's answers (`stored:` in the tool's file,
    SiteData.tool_fields): a name the store does not know would be lost on export and
    refused on import."""
    stored = SITE.tool_fields[tool]
    names = list(_names(forms[tool].items))
    assert names and not set(names) - set(stored), (names, stored)


def test_the_builder_takes_its_choices_from_where_they_are_defined(forms):
    rules = SITE.message_checks
    for lang in languages.LANGS:
        page = tool_forms.render(forms["mensaje"], lang)
        limits = re.findall(r'name="limit" value="(\d+)"', page)
        assert limits == [str(n) for n in rules["linkedin_chars"]]
        assert re.findall(r'name="limit" value="\d+" checked', page) == [f'name="limit" value="{limits[0]}" checked']
        assert re.findall(r'name="lang" value="([^"]+)"', page) == list(languages.COMPLETE)
        # The page's language is checked; a partial one's page checks the language its words fall back to.
        checked = re.findall(r'name="lang" value="([^"]+)" checked', page)
        assert checked == [lang if lang in languages.COMPLETE else languages.WORDS_SOURCE], lang


# --- malformed definitions -------------------------------------------------------------


@pytest.fixture
def folder(tmp_path):
    """A copy of the real data/tools, to break one file at a time."""
    dest = tmp_path / "tools"
    shutil.copytree(SITE.path("tools"), dest)
    return dest


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(folder, rules=None):
    with pytest.raises(tool_forms.ToolFormError) as raised:
        tool_forms.load_all(rules or SITE.message_checks, folder)
    return str(raised.value)


FAULTS = [
    # (file, old, new, what the message says)
    ("seguimiento.yml", "    - type: textarea\n      id: fp-notes", "    - type: essay\n      id: fp-notes",
     "seguimiento.yml: form.items[4] (fp-notes).type: expected one of group, fieldset, text"),
    ("seguimiento.yml", "      id: fp-notes\n      name: notes\n      rows: 3\n", "      id: fp-notes\n      name: notes\n",
     "seguimiento.yml: form.items[4] (fp-notes): missing rows (type textarea)"),
    ("seguimiento.yml", "      rows: 3\n      spellcheck: false\n", "      rows: 3\n      spellcheck: false\n      colour: red\n",
     "seguimiento.yml: form.items[1] (fp-holidays): unknown key(s) for type textarea: colour"),
    ("seguimiento.yml", '            es: "Elige un feriado"\n', "",  # the whole line: the entries after it keep their indent
     "seguimiento.yml: form.items[2].items[0] (fp-holiday).label: missing text for 'es'"),
    ("seguimiento.yml", "          id: fp-meeting\n", "          id: fp-sent\n",
     "seguimiento.yml: form.items[0].items[3] (fp-sent).id: the id 'fp-sent' is already used in this form"),
    ("seguimiento.yml", "          name: meeting\n", "          name: sent\n",
     "seguimiento.yml: form.items[0].items[3] (fp-meeting).name: the name 'sent' is already used in this form"),
    ("seguimiento.yml", "describedby: [fp-problem]", "describedby: [fp-problems]",
     "seguimiento.yml: form.items[1] (fp-holidays).describedby: no element of this form has the id 'fp-problems'"),
    ("seguimiento.yml", "      rows: 3\n      spellcheck: false", "      rows: 300\n      spellcheck: no",
     "seguimiento.yml: form.items[1] (fp-holidays).rows: expected a whole number from 1 to 30, got 300"),
    ("registro.yml", "label: csv.column.role}", "label: csv.column.rol}",
     "registro.yml: form.items[6].items[2].items[0].items[0] (tr-role).label: 'csv.column.rol' is not a word of this file"),
    ("registro.yml", "{type: region, class: tracker__status, role: status}", "{type: region, class: tracker__status, role: shout}",
     "registro.yml: form.items[2].role: expected one of status, alert, got 'shout'"),
    ("mensaje.yml", "choices: languages", "choices: tongues",
     "mensaje.yml: form.items[0].items[1].items[0] (lang).choices: 'tongues' is not a list of choices or one of: "
     "languages, linkedin_chars"),
    ("mensaje.yml", "            - es: \"@n caracteres (Premium)\"\n              en: \"@n characters (Premium)\"\n", "",
     "mensaje.yml: form.items[0].items[3] (limit).labels: expected one text per value of linkedin_chars in "
     "data/message-checks.yml (2), got 1"),
    ("mensaje.yml", "        - id: connection-first\n", "        - id: connection-last\n",
     "mensaje.yml: form.items[2].items[1].items[2] (connection-last).id: no word of this file is named 'connection-last' "
     "or 'connection-last.*'"),
    ("mensaje.yml", 'marker: "<!-- md:template-fields', 'marker: "<!-- md:job-words --> <!-- md:template-fields',
     "mensaje.yml: form.items[0].items[4].items[0].marker: expected one marker, <!-- md:NAME args -->, got"),
    ("mensaje.yml", 'marker: "<!-- md:template-fields outreach introduction cold follow-up update -->"',
     'marker: "<!-- md:tool-form mensaje -->"',
     "mensaje.yml: form.items[0].items[4].items[0].marker: a tool's form cannot hold a tool's form"),
    ("mensaje.yml", "  class: builder\n", "  class: Builder!\n",
     "mensaje.yml: form.class: expected lower-case class names, got 'Builder!'"),
]


@pytest.mark.parametrize("name, old, new, expected", FAULTS, ids=[f[3].split(": ", 1)[1][:60] for f in FAULTS])
def test_a_malformed_form_names_the_file_the_key_and_what_is_wrong(folder, name, old, new, expected):
    edit(folder / name, old, new)
    message = problems(folder)
    assert f"{folder / expected.split(':')[0]}:{expected.split(':', 1)[1]}" in message, message
    others = {"mensaje.yml", "registro.yml", "seguimiento.yml"} - {name}
    assert not any(other in message for other in others), message


def test_every_fault_of_a_file_is_named_at_once_and_a_syntax_error_names_the_file(folder):
    edit(folder / "seguimiento.yml", "          name: meeting\n", "          name: sent\n")
    edit(folder / "seguimiento.yml", "describedby: [fp-problem]", "describedby: [nowhere]")
    (folder / "registro.yml").write_text("form: [unclosed\n", encoding="utf-8")
    message = problems(folder)
    assert "name 'sent' is already used" in message and "the id 'nowhere'" in message
    assert f"{folder / 'registro.yml'}: not valid YAML" in message


def test_limits_follow_the_rules_file_and_a_count_that_no_longer_fits_is_named(folder):
    rules = {**SITE.message_checks, "linkedin_chars": [250, 400]}
    page = tool_forms.render(tool_forms.load_all(rules, folder)["mensaje"], languages.LANGS[0])
    assert re.findall(r'name="limit" value="(\d+)"', page) == ["250", "400"]
    assert "250" in re.search(r'value="250"[^<]*><span>([^<]*)', page).group(1)
    message = problems(folder, {**rules, "linkedin_chars": [200, 300, 600]})
    assert ("form.items[0].items[3] (limit).labels: expected one text per value of linkedin_chars in "
            "data/message-checks.yml (3), got 2") in message


def _hook(monkeypatch, folder):
    """hooks/tool_forms.py and the hooks whose markers the builder's form holds, with a registry of their own."""
    monkeypatch.setattr(markers, "REGISTRY", {})
    loaded = {}
    for name in ("message_checks", "message_templates", "tool_forms"):
        spec = importlib.util.spec_from_file_location(f"{name}_hook", ROOT / "hooks" / f"{name}.py")
        loaded[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded[name])
    loaded["message_checks"]._rules.update(SITE.message_checks)
    loaded["message_templates"]._templates.update(message_templates.load_all(ROOT / "data" / "templates"))
    loaded["tool_forms"]._forms.update(tool_forms.load_all(SITE.message_checks, folder))
    loaded["tool_forms"]._contacts.update(SITE.contacts)
    return types.SimpleNamespace(theme={"language": languages.LANGS[0]})


def test_markers_inside_a_form_are_rendered_and_a_wrong_one_is_named_at_its_line(monkeypatch, folder):
    config = _hook(monkeypatch, folder)
    page = types.SimpleNamespace(meta={})
    out = markers.replace_all("<!-- md:tool-form mensaje -->\n", page, config, "docs/p.md", "<!-- md:tool-form mensaje -->\n")
    job = untranslated.load((ROOT / "data" / "message-checks.yml").read_text(encoding="utf-8"))["job_words"][languages.LANGS[0]][0]
    assert "md:" not in out and f"<q>{job}</q>" in out and 'data-placeholder="their_name"' in out
    assert "message-template" in page.meta["styles"], "the fields' renderer marks the page as it does in a page"
    assert out.index('<div class="contact-picker"') < out.index("<form"), "a per-contact tool's picker comes first"
    edit(folder / "mensaje.yml", "<!-- md:job-words -->", "<!-- md:job-word -->")
    config = _hook(monkeypatch, folder)
    with pytest.raises(markers.MarkerError) as raised:
        markers.replace_all("# T\n\n<!-- md:tool-form mensaje -->\n", page, config, "docs/p.md", "# T\n\n<!-- md:tool-form mensaje -->\n")
    line = next(i for i, text in enumerate((folder / "mensaje.yml").read_text(encoding="utf-8").splitlines(), 1)
                if "md:job-word -->" in text and text.strip().startswith(f"{languages.LANGS[0]}:"))
    message = str(raised.value)
    assert message.startswith("docs/p.md:3: <!-- md:tool-form mensaje -->: "), message
    assert f"{folder / 'mensaje.yml'}:{line}: <!-- md:job-word -->: no such marker (did you mean md:job-words?)" in message
    assert message.count("known markers:") == 1, message
