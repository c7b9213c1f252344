"""The data files' JSON Schemas (schemas/, sitekit/schemas.py): every data file names its schema
for editors and meets it, each schema asks for the site's languages, and a malformed file is
refused by its loader with one line naming the file, the key and the reason."""

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest

from sitekit import contacts, example_mode, example_search, holidays, home, message_checks, schemas, untranslated, worksheets
from sitekit import message_templates as mt
from tests.conftest import ROOT, SITE

MODELINE = re.compile(r"# yaml-language-server: \$schema=(\S+)\n")
DATA_FILES = sorted(SITE.data_dir.rglob("*.yml"))
FIXTURES = ROOT / "tests" / "fixtures" / "schemas"


def _modeline(path):
    found = MODELINE.match(path.read_text(encoding="utf-8"))
    return (path.parent / found.group(1)).resolve() if found else None


def _schema_of(path):
    """The schema a file's modeline names (a path relative to the file, as a language server reads it)."""
    schema = _modeline(path)
    assert schema, f"{SITE.shown(path)}: no yaml-language-server modeline on its first line"
    assert schema.parent == schemas.FOLDER and schema.name.endswith(".schema.json"), f"{SITE.shown(path)}: {schema}"
    assert schema.is_file(), f"{SITE.shown(path)}: its modeline names {schema}, which does not exist"
    return schema.name.removesuffix(".schema.json")


# The schemas the data files name, each with its malformed example (a file with no modeline
# fails test_every_data_file_names_its_schema_and_meets_it).
NAMED = sorted({schema.name.removesuffix(".schema.json") for schema in map(_modeline, DATA_FILES) if schema})


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: SITE.shown(p))
def test_every_data_file_names_its_schema_and_meets_it(path):
    data = untranslated.load(path.read_text(encoding="utf-8"))
    assert schemas.problems(_schema_of(path), data, SITE.langs, SITE.shown(path)) == []


@pytest.mark.parametrize("file", sorted(schemas.FOLDER.glob("*.schema.json")), ids=lambda p: p.name)
def test_every_schema_is_valid_and_asks_for_the_site_languages(file):
    schema = json.loads(file.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    # The site's languages (mkdocs.yml): what the loaders check, and what an editor sees.
    assert schemas.for_languages(copy.deepcopy(schema), SITE.langs) == schema
    assert file.read_text(encoding="utf-8") == schemas.text(schema), "written as scripts/new-language writes it"


def test_a_new_language_is_asked_for_wherever_every_language_is():
    langs = (*SITE.langs, "zz")
    defs = schemas.for_languages(schemas.read("template"), langs)["$defs"]
    assert list(defs["text"]["properties"]) == [*langs] == defs["text"]["required"]
    assert list(defs["placeholder"]["properties"]) == ["first_name", "date", *langs]
    assert defs["placeholder"]["properties"]["zz"] == {"$ref": "#/$defs/placeholder_words"}
    assert defs["variant"]["required"] == [*langs]


def _raise_problems(name):
    """A check through the schema alone, for files read with others (a folder's)."""
    def check(path):
        problems = schemas.problems(name, untranslated.load(path.read_text(encoding="utf-8")), SITE.langs, path)
        raise ValueError("\n".join(problems))
    return check


# The loader each kind of file is read with (SiteData); the others through the schema alone.
LOADERS = {
    "contacts": lambda path: contacts.load(path, SITE.templates, SITE.langs),
    "words": lambda path: worksheets.load_words(path, SITE.langs),
    "message-tidy": lambda path: mt.load_tidy(path, SITE.langs),
    "message-checks": lambda path: message_checks.load(path, SITE.langs),
    "example-mode": lambda path: example_mode.load(path, SITE.langs),
    "example-search": lambda path: example_search.load(path, SITE.langs),
    "holidays": lambda path: holidays.load(path, SITE.langs),
    "home": lambda path: home.load(path, SITE.langs),
    "template": lambda path: mt.load(path, SITE.langs, SITE.message_tidy),
}


@pytest.mark.parametrize("name", NAMED)
def test_a_malformed_file_is_refused_naming_the_file_the_key_and_the_reason(name):
    path = FIXTURES / f"{name}.yml"
    assert path.is_file(), f"every schema has its malformed example: {SITE.shown(path)}"
    assert _schema_of(path) == name
    expected = re.search(r"^# expect: (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE).group(1)
    with pytest.raises(ValueError) as refused:
        LOADERS.get(name, _raise_problems(name))(path)
    lines = [line.strip() for line in str(refused.value).splitlines()]
    if name == "template":  # its problems are listed under the file's name
        assert lines[0].startswith(f"{path}: ") and expected in lines, lines
    else:
        assert f"{path}: {expected}" in lines, lines


def test_a_yaml_word_that_reads_as_true_or_false_is_refused():
    """Unquoted `no`, `on`, `yes`, `off` are booleans in YAML: a word list that holds one has
    lost the word (data/message-tidy.yml had lost «no» and "on" so)."""
    es, en = SITE.langs[:2]
    lowercase = {**SITE.message_tidy["lowercase"], es: ["que", False], en: [True]}
    problems = schemas.errors("message-tidy", {**SITE.message_tidy, "lowercase": lowercase}, SITE.langs)
    assert problems == [f"lowercase.{es}[1]: False is not of type 'string'", f"lowercase.{en}[0]: True is not of type 'string'"]
    assert "no" in SITE.message_tidy["lowercase"]["es"] and "on" in SITE.message_tidy["lowercase"]["en"]


def test_a_comma_inside_an_unquoted_flow_value_is_refused():
    """`{es: La pregunta, otra vez, en: …}` reads as a key «otra vez»: the label lost its end
    (data/templates/follow-up.yml had)."""
    roles = SITE.templates["follow-up"].data["roles"]
    assert roles["ask"]["es"] == "La pregunta, otra vez"
    data = {"roles": {"ask": {"es": "La pregunta", "otra vez": None, "en": "The question again"}}}
    assert "roles.ask: Additional properties are not allowed ('otra vez' was unexpected)" in schemas.errors(
        "template", data, SITE.langs)


def test_the_schemas_are_the_codes_not_a_sites():
    """A site is mkdocs.yml and data/; the schemas sit beside sitekit/, adapted to each site's
    languages when its files are checked."""
    assert schemas.FOLDER == Path(schemas.__file__).resolve().parent.parent / "schemas"
    assert worksheets.SCHEMA == schemas.path("worksheet")
