"""The worksheet definition loader: real files load; a broken one names the file and the field."""

import copy
import json
import shutil

import jsonschema
import pytest

from sitekit import languages, untranslated, worksheets
from tests.conftest import SITE

REAL = SITE.path("worksheets")


@pytest.fixture
def folder(tmp_path):
    """A copy of the real definitions, to break one at a time."""
    dest = tmp_path / "worksheets"
    shutil.copytree(REAL, dest)
    return dest


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_real_definitions_load_in_both_languages():
    loaded = SITE.worksheets
    # Every definition file, counted from data/worksheets/ (files named _*.yml are shared parts).
    assert set(loaded) == {p.stem for p in REAL.glob("*.yml") if not p.name.startswith("_")} and loaded
    ui = SITE.worksheets_ui
    for ws in loaded.values():
        for lang in languages.LANGS:
            html = worksheets.render(ws, lang, ui, partials=SITE.partials)
            for field in ws.fields:
                assert field["label"][lang] in html.replace("&#x27;", "'").replace("&quot;", '"')


def test_the_question_bank_has_40_questions_per_language_covering_every_tag():
    planner = next(f for f in SITE.worksheets["preguntas"].fields if f["type"] == "planner")
    questions = planner["questions"]
    for lang in languages.LANGS:
        assert len({q[lang] for q in questions}) >= 40
    assert {q["reason"] for q in questions} == {o["id"] for o in planner["reasons"]} == {
        "informacion-interna", "contacto-interno", "cambio-de-rumbo", "iniciativa"}
    assert {q["tiara"] for q in questions} == {"trends", "insights", "advice", "resources", "assignments"}


def test_a_missing_label_names_the_file_and_the_field(folder):
    edit(folder / "notas.yml", 'label:\n      es: "El consejo concreto que te dio"\n      en: "The specific advice you got"',
         'label:\n      es: "El consejo concreto que te dio"')
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.load_all(folder, SITE.langs)
    message = str(err.value)
    assert "notas.yml" in message and "fields[3] (advice).label" in message and "'en'" in message


def test_an_unknown_type_and_a_duplicate_id_are_both_reported(folder):
    edit(folder / "prueba-de-cambio.yml", "type: textarea", "type: essay")
    edit(folder / "prueba-de-cambio.yml", "id: no_go_criteria", "id: go_criteria")
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.load_all(folder, SITE.langs)
    message = str(err.value)
    assert "prueba-de-cambio.yml: fields[1] (assumptions).type: 'essay' is not one of ['text'," in message
    assert "prueba-de-cambio.yml: fields[3] (go_criteria): duplicate id" in message


def test_a_bad_column_and_a_bad_question_tag_name_their_place(folder):
    edit(folder / "lista-de-contactos.yml", "options: reasons", "options: motives")
    edit(folder / "preguntas.yml", "reason: iniciativa, tiara: trends", "reason: iniciativa, tiara: gossip")
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.load_all(folder, SITE.langs)
    message = str(err.value)
    assert "lista-de-contactos.yml: fields[0] (contacts).columns[4] (reason).options" in message
    assert "'motives'" in message
    assert "preguntas.yml: fields[2] (plan).questions[" in message and ".tiara" in message and "'gossip'" in message


def test_yaml_syntax_errors_and_missing_print_pages_name_the_file(folder):
    (folder / "notas.yml").write_text("title: [unclosed\n", encoding="utf-8")
    edit(folder / "por-que-ahora.yml", "print_pages: {blank: 1, filled: 1}", "print_pages: {blank: 1}")
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.load_all(folder, SITE.langs)
    message = str(err.value)
    assert f"{folder / 'notas.yml'}: not valid YAML" in message
    assert "por-que-ahora.yml: print_pages" in message


def test_rendered_forms_label_every_control():
    import re

    ui = SITE.worksheets_ui
    for ws in SITE.worksheets.values():
        html = worksheets.render(ws, "en", ui, partials=SITE.partials)
        html = re.sub(r"<template.*?</template>", "", html, flags=re.S)
        ids = re.findall(r'<(?:input|textarea|select)\b[^>]*\bid="([^"]+)"', html)
        labelled = set(re.findall(r'<label[^>]*\bfor="([^"]+)"', html))
        assert ids and set(ids) <= labelled, (ws.id, set(ids) - labelled)


def test_a_shown_field_naming_nothing_and_a_date_on_an_unknown_record_field_name_their_place(folder):
    edit(folder / "guion.yml", "from: {worksheet: preguntas, field: plan}", "from: {worksheet: preguntas, field: plann}")
    edit(folder / "notas.yml", "record: meeting", "record: meting")
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.load_all(folder, SITE.langs)
    message = str(err.value)
    assert "guion.yml: fields (questions).from" in message and "'plann'" in message
    assert "notas.yml: fields[1] (date).record: 'meting' is not one of ['sent', 'meeting', 'thanked']" in message


MODELINE = "# yaml-language-server: $schema=../../schemas/worksheet.schema.json\n"


def test_the_schema_is_valid_json_schema_with_a_text_in_every_language():
    schema = json.loads(worksheets.SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    # The site's languages (mkdocs.yml): what load_all checks, and what an editor sees.
    assert worksheets.for_languages(copy.deepcopy(schema), languages.LANGS) == schema


def test_every_definition_names_the_schema_for_editors_and_validates_against_it():
    files = [p for p in REAL.glob("*.yml") if not p.name.startswith("_")]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith(MODELINE), path.name
        # The modeline's path is relative to the file, as the language server reads it.
        assert (path.parent / MODELINE.split("=", 1)[1].strip()).resolve() == worksheets.SCHEMA
        assert worksheets.schema_problems(path, untranslated.load(text), SITE.langs) == [], path.name


def test_a_planted_mistake_names_the_file_the_key_path_and_the_reason(folder):
    edit(folder / "lista-de-contactos.yml", "type: choice", "type: dropdown")
    edit(folder / "notas.yml", "lines: 8", "lines: 80\n    colour: red")
    with pytest.raises(worksheets.WorksheetError) as err:
        worksheets.load_all(folder, SITE.langs)
    lines = str(err.value).splitlines()
    assert any(line.startswith(f"{folder / 'lista-de-contactos.yml'}: fields[0] (contacts).columns[")
               and ".type: 'dropdown' is not one of ['text', 'choice', 'scale']" in line for line in lines), lines
    assert f"{folder / 'notas.yml'}: fields[2] (notes).lines: 80 is greater than the maximum of 30" in lines
    assert any(line.startswith(f"{folder / 'notas.yml'}: fields[2] (notes): ") and "'colour' was unexpected" in line
               for line in lines), lines
