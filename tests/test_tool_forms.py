"""The tools' forms (overrides/hooks/tools/ID.html, their words in data/tools/ID.yml,
sitekit/tool_forms.py): each renders, in every complete language, the form its script knows,
element for element; a file or a template at fault stops the build naming the file, the key or
the template, and what is wrong; docs/ holds no form, and the Python holds no HTML."""

import importlib.util
import re
import shutil
import types
from html.parser import HTMLParser

import jinja2
import pytest

from sitekit import languages, markers, message_templates, schemas, site_data, tool_forms, tool_words, untranslated
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
    assert not found, "form HTML under docs/ (write it in overrides/hooks/tools/ID.html):\n" + "\n".join(found)


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("lang", languages.COMPLETE)
def test_each_form_is_the_one_its_script_knows(forms, tool, lang):
    """The expectation is the hand-written form each page had before (its outline), but for
    the message languages, which are now named in themselves (`<span lang="en">English</span>`
    on the Spanish page): the ids, names, classes and attributes the scripts look for, and
    every word, the same."""
    expected = (EXPECTED / f"{tool}.{lang}.txt").read_text(encoding="utf-8").splitlines()
    assert outline(tool_forms.render(SITE, forms[tool], lang)) == expected


def _names(page):
    return re.findall(r'<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"', page)


@pytest.mark.parametrize("tool", ("mensaje", "seguimiento"))
def test_every_named_field_is_one_the_store_keeps_and_an_import_checks(forms, tool):
    """A field's name is stored with the reader's answers (`stored:` in the tool's file,
    SiteData.tool_fields): a name the store does not know would be lost on export and
    refused on import."""
    stored = SITE.tool_fields[tool]
    names = _names(tool_forms.render(SITE, forms[tool], languages.LANGS[0]))
    assert names and not set(names) - set(stored), (names, stored)


def test_the_builder_takes_its_choices_from_where_they_are_defined(forms):
    rules = SITE.message_checks
    for lang in languages.LANGS:
        page = tool_forms.render(SITE, forms["mensaje"], lang)
        limits = re.findall(r'name="limit" value="(\d+)"', page)
        assert limits == [str(n) for n in rules["linkedin_chars"]]
        assert re.findall(r'name="limit" value="\d+" checked', page) == [f'name="limit" value="{limits[0]}" checked']
        assert re.findall(r'name="lang" value="([^"]+)"', page) == list(languages.COMPLETE)
        # The page's language is checked; a partial one's page checks the language its words fall back to.
        checked = re.findall(r'name="lang" value="([^"]+)" checked', page)
        assert checked == [lang if lang in languages.COMPLETE else languages.WORDS_SOURCE], lang


# --- a file or a template at fault ---------------------------------------------------


@pytest.fixture
def folder(tmp_path):
    """A copy of the real data/tools, to break one file at a time."""
    dest = tmp_path / "tools"
    shutil.copytree(SITE.path("tools"), dest)
    return dest


@pytest.fixture
def site():
    """The site, read afresh, whose templates a test may change (`template`)."""
    return site_data.SiteData(ROOT / "mkdocs.yml")


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def template(site, tool, old, new):
    """`site` with overrides/hooks/tools/TOOL.html changed, the real file untouched."""
    name = f"{tool_forms.TEMPLATES}/{tool}.html"
    text = (ROOT / "overrides" / name).read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    env = site.partials
    site._cache["partials"] = env.overlay(loader=jinja2.ChoiceLoader(
        [jinja2.DictLoader({name: text.replace(old, new, 1)}), env.loader]))


def problems(site, folder):
    with pytest.raises(tool_forms.ToolFormError) as raised:
        tool_forms.load_all(site, folder)
    return str(raised.value)


FILE_FAULTS = [
    # (file, old, new, what the message says after the file's path)
    ("seguimiento.yml", 'form.holiday:\n  es: "Elige un día festivo"\n  en: "Pick a holiday"\n', "",
     ": overrides/hooks/tools/seguimiento.html:14: no word 'form.holiday' in the file, which the template asks for"),
    ("seguimiento.yml", 'form.holiday:\n  es: "Elige un día festivo"\n', "form.holiday:\n",
     ": form.holiday: 'es' is a required property"),
    ("seguimiento.yml", 'form.holiday:\n  es: "Elige un día festivo"\n', 'form.holiday:\n  es: " "\n',
     ": form.holiday.es: ' ' does not match"),
    ("seguimiento.yml", "form.notes:\n", "form.notes: Notas\nform.notes.old:\n",
     ": form.notes: 'Notas' is not of type 'object'"),
    ("seguimiento.yml", "{id: s, name: s,", "{id: s, name: str,",
     ": stored.seguimiento.name: 'str' is not one of ['s', 'ss', 'rows', 'records', 'planner', 'n', 'o', 'any']"),
    ("registro.yml", "form.add:\n", "Form.Add:\n", ": 'Form.Add' does not match"),
    ("registro.yml", '  en: "+ Add a contact"\n', '  en: "+ Add a contact"\n  fr: "+ Ajouter"\n',
     ": form.add: Additional properties are not allowed ('fr' was unexpected)"),
]


@pytest.mark.parametrize("name, old, new, expected", FILE_FAULTS, ids=[f[3][2:62] for f in FILE_FAULTS])
def test_a_file_at_fault_names_the_file_the_key_and_the_reason(site, folder, name, old, new, expected):
    edit(folder / name, old, new)
    message = problems(site, folder)
    assert f"{folder / name}{expected}" in message, message
    others = {"mensaje.yml", "registro.yml", "seguimiento.yml"} - {name}
    assert not any(other in message for other in others), message


TEMPLATE_FAULTS = [
    # (tool, old, new, what the message says after "data/tools/TOOL.yml: overrides/hooks/tools/TOOL.html (es): ")
    ("seguimiento", '"fp-meeting", w["form.meeting"]', '"fp-sent", w["form.meeting"]', "the id 'fp-sent' is used twice in the page"),
    ("seguimiento", 'describedby=["fp-problem"]', 'describedby=["fp-problems"]',
     "aria-describedby='fp-problems' names no element of the page"),
    # The «¿Para quién?» picker is in the same page: its ids count.
    ("seguimiento", 'id="fp-problem")', 'id="contact-picker-seguimiento")',
     "the id 'contact-picker-seguimiento' is used twice in the page"),
    ("registro", 'aria-labelledby="tr-caption"', 'aria-labelledby="tr-title"',
     "aria-labelledby='tr-title' names no element of the page"),
    ("mensaje", '"#vista-previa"', '"#preview"', "href='preview' names no element of the page"),
    ("mensaje", '<li data-check="{{ id }}"', '<li data-check="{{ id }}s"',
     "data-check='wordss' names no word of the file ('wordss' or 'wordss.*')"),
]


@pytest.mark.parametrize("tool, old, new, expected", TEMPLATE_FAULTS, ids=[f[3][:60] for f in TEMPLATE_FAULTS])
def test_a_template_at_fault_names_the_file_the_template_and_the_reason(site, folder, tool, old, new, expected):
    template(site, tool, old, new)
    message = problems(site, folder)
    assert f"{folder / tool}.yml: {tool_forms.TEMPLATES}/{tool}.html ({languages.LANGS[0]}): {expected}" in message, message


def test_every_fault_is_named_at_once_and_a_syntax_error_names_the_file(site, folder):
    edit(folder / "seguimiento.yml", "{id: s, name: s,", "{id: s, name: str,")
    edit(folder / "mensaje.yml", "form.subject:\n", "form.subjects:\n")
    (folder / "registro.yml").write_text("form.add: [unclosed\n", encoding="utf-8")
    message = problems(site, folder)
    assert "'str' is not one of" in message and "no word 'form.subject' in the file" in message, message
    assert f"{folder / 'registro.yml'}: cannot read:" in message, message


def test_limits_follow_the_rules_file_and_a_count_with_no_label_is_named(site, folder, monkeypatch):
    real = SITE.message_checks

    def rules(limits):
        monkeypatch.setattr(site_data.SiteData, "message_checks", property(lambda self: {**real, "linkedin_chars": limits}))
    rules([250, 400])
    page = tool_forms.render(site, tool_forms.load_all(site, folder)["mensaje"], languages.LANGS[0])
    assert re.findall(r'name="limit" value="(\d+)"', page) == ["250", "400"]
    assert "250" in re.search(r'value="250"[^<]*><span>([^<]*)', page).group(1)
    rules([200, 300, 600])
    assert "mensaje.yml: overrides/hooks/tools/mensaje.html:30: list object has no element 2" in problems(site, folder)


def test_the_python_holds_no_html():
    """The forms' and the picker's HTML is in overrides/hooks/: none is written in Python."""
    tag = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?>")
    for path in (ROOT / "sitekit" / "tool_forms.py", ROOT / "sitekit" / "contacts.py"):
        found = [m.group(0) for m in tag.finditer(path.read_text(encoding="utf-8"))]
        assert not found, f"{path.relative_to(ROOT)}: {found}"


def test_every_tool_file_names_its_schema_and_the_form_words_stay_out_of_the_page_data():
    """An editor's YAML language server checks a tool's file as it is typed; the form's own
    words are in the page's HTML, so its data does not carry them twice."""
    for path in sorted(SITE.path("tools").glob("*.yml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../schemas/tool.schema.json", path.name
        assert (path.parent / first.split("=", 1)[1]).resolve() == tool_forms.SCHEMA
        assert schemas.problems("tool", untranslated.read(path, ValueError), SITE.langs, path) == []
    for tool in ("mensaje", "registro", "seguimiento"):
        assert any(key.startswith("form.") for key in SITE.tool_forms[tool].words)
        shipped = tool_words.page_words(SITE.tool_words[tool], languages.LANGS[0])
        assert not [key for key in shipped if key.startswith("form.")], tool


def _hook(monkeypatch, folder):
    """hooks/tool_forms.py and the hooks whose markers the builder's form holds, with a registry of their own."""
    monkeypatch.setattr(markers, "REGISTRY", {})
    loaded = {}
    for name in ("message_checks", "message_templates", "tool_forms"):
        spec = importlib.util.spec_from_file_location(f"{name}_hook", ROOT / "hooks" / f"{name}.py")
        loaded[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded[name])
    loaded["message_checks"]._rules.update(SITE.message_checks)
    loaded["message_templates"]._templates.update(message_templates.load_all(ROOT / "data" / "templates", SITE.langs, SITE.message_tidy))
    loaded["tool_forms"]._forms.update(tool_forms.load_all(SITE, folder))
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


def test_a_wrong_marker_in_a_form_template_is_named_at_its_line_there(monkeypatch, folder):
    config = _hook(monkeypatch, folder)
    name = f"{tool_forms.TEMPLATES}/mensaje.html"
    text = (ROOT / "overrides" / name).read_text(encoding="utf-8").replace("md:template-fields outreach", "md:template-fields outrech")
    env = SITE.partials
    monkeypatch.setitem(SITE._cache, "partials", env.overlay(loader=jinja2.ChoiceLoader([jinja2.DictLoader({name: text}), env.loader])))
    page = types.SimpleNamespace(meta={})
    with pytest.raises(markers.MarkerError) as raised:
        markers.replace_all("<!-- md:tool-form mensaje -->\n", page, config, "docs/p.md", "<!-- md:tool-form mensaje -->\n")
    line = next(i for i, each in enumerate(text.splitlines(), 1) if "outrech" in each)
    message = str(raised.value)
    assert f"overrides/{name}:{line}: <!-- md:template-fields outrech " in message, message
    assert "'outrech' is not" in message and message.count("known markers:") == 1, message
