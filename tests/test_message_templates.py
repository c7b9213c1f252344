"""Message templates: one source, checked; the example obeys the rules it teaches; the
page and the browser fill it the same way."""

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

from sitekit import languages, untranslated
from sitekit import message_templates as mt
from tests.conftest import SITE

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "data" / "templates"
OUTREACH = FOLDER / "outreach.yml"
XSS = "<img src=x onerror=alert(1)>"
# Words that turn a request for advice into a request for a job (facts.md: Dalton).
JOB_WORDS = {
    "es": r"\b(trabajo|empleo|puesto|vacantes?|ofertas?|cv|curr[ií]culum|contrataci[oó]n)\b",
    "en": r"\b(jobs?|openings?|positions?|vacanc(y|ies)|cv|r[eé]sum[eé]|hiring|roles?)\b",
}


@pytest.fixture(scope="module")
def outreach():
    return mt.load(OUTREACH, SITE.langs, SITE.message_tidy)


IDS = ["outreach", "thank-you", "introduction", "cold", "follow-up", "update"]
TEMPLATES = {tid: mt.load(FOLDER / f"{tid}.yml", SITE.langs, SITE.message_tidy) for tid in IDS}
EXAMPLES = [(tid, variant, lang) for tid in IDS for variant in TEMPLATES[tid].variants for lang in languages.COMPLETE]
# Spanish register (BRIEF convention: `<variant>-formal` is usted, the others tú). Whole
# words only; the endings catch tú verb forms such as «aprenderías» or «dedicaste».
TU_FORMS = r"\b(tú|tu|tus|te|ti|contigo|tienes|puedes|quieres|sabes|eres|estás|\w{3,}rías|\w{3,}aste)\b"
USTED_FORMS = r"\busted\b"


def test_every_template_in_the_folder_loads():
    templates = mt.load_all(FOLDER, SITE.langs, SITE.message_tidy)
    assert set(IDS) <= set(templates)


def test_every_formal_variant_has_its_plain_twin():
    for tid, template in TEMPLATES.items():
        for variant in template.variants:
            if variant.endswith("-formal"):
                assert variant.removesuffix("-formal") in template.variants, (tid, variant)


def test_the_thank_you_placeholders_are_the_notes_worksheet_fields():
    """The notes worksheet fills the first variant (src/thank-you.mjs) from its fields."""
    fields = {f["id"] for f in untranslated.load((ROOT / "data/worksheets/notas.yml").read_text("utf-8"))["fields"]}
    template = TEMPLATES["thank-you"]
    first = template.variants[0]
    assert first == "email"
    assert set(template.used(first)) <= fields


def test_the_update_takes_the_advice_from_the_notes_worksheet():
    fields = {f["id"] for f in untranslated.load((ROOT / "data/worksheets/notas.yml").read_text("utf-8"))["fields"]}
    assert "advice" in set(TEMPLATES["update"].used("email")) & fields


# -- the checks catch each kind of fault, naming where it is -------------------------

def _broken(edit):
    data = untranslated.load(OUTREACH.read_text(encoding="utf-8"))
    edit(data)
    return mt.problems(data, OUTREACH, SITE.langs, SITE.message_tidy)


def _part(data, variant, lang, role):
    return next(p for p in data["variants"][variant][lang]["parts"] if p["role"] == role)


def test_a_placeholder_missing_in_english_is_named():
    def edit(d):
        part = next(p for p in d["variants"]["email"]["en"]["parts"] if "{interest_broad}" in p["text"])
        part["text"] = "I'm interested in {interest_narrow}."
    found = _broken(edit)
    assert any("variants.email" in f and "interest_broad" in f and "differ between languages" in f for f in found)


def test_an_undeclared_placeholder_is_named():
    def edit(d):
        _part(d, "linkedin", "es", "ask")["text"] = "{ask} {their_company}"
        _part(d, "linkedin", "en", "ask")["text"] = "{ask} {their_company}"
    found = _broken(edit)
    assert "variants.linkedin.es: placeholder {their_company} is not declared" in found


def test_a_declared_placeholder_nobody_uses_is_named():
    def edit(d):
        d["placeholders"]["their_company"] = d["placeholders"]["their_name"]
    assert "placeholders.their_company: declared but never used" in _broken(edit)


def test_a_stray_brace_is_named():
    def edit(d):
        _part(d, "reply", "es", "signoff")["text"] = "{{your_name}}"
    assert any(f.startswith("variants.reply.es: stray brace") for f in _broken(edit))


def test_parts_in_another_order_are_named():
    def edit(d):
        parts = d["variants"]["email"]["en"]["parts"]
        parts[1], parts[2] = parts[2], parts[1]
    assert any("variants.email: parts differ between languages" in f for f in _broken(edit))


def test_a_missing_language_or_label_is_named():
    def edit(d):
        del d["variants"]["reply"]["en"]
        del d["placeholders"]["ask"]["es"]["hint"]
    found = _broken(edit)
    assert "variants.reply: 'en' is a required property" in found
    assert "placeholders.ask.es: 'hint' is a required property" in found


def test_a_bad_file_raises_one_error_listing_every_problem(tmp_path):
    bad = tmp_path / "outreach.yml"
    text = OUTREACH.read_text(encoding="utf-8").replace("{your_name}", "{your_nme}")
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(mt.TemplateError) as err:
        mt.load(bad, SITE.langs, SITE.message_tidy)
    message = str(err.value)
    assert str(bad) in message and "{your_nme} is not declared" in message
    assert "placeholders.your_name: declared but never used" in message
    (tmp_path / "outreach.yml").write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(mt.TemplateError, match="not valid YAML"):
        mt.load(bad, SITE.langs, SITE.message_tidy)


# -- the examples follow the rules the site teaches (facts.md) ----------------------

@pytest.mark.parametrize("template_id, variant, lang", EXAMPLES, ids=["-".join(e) for e in EXAMPLES])
def test_every_example_follows_the_rules(template_id, variant, lang):
    message = mt.fill(TEMPLATES[template_id], variant, lang)
    words = len(message.body.split())
    assert words < 75, f"{words} words: every example stays under 75 (the target, Dalton)"
    if variant.startswith("linkedin"):
        assert len(message.body) < 200, f"{len(message.body)} characters: a free account's note is under 200"
    for part in message.parts:
        if part.role == "ask":
            assert part.text.rstrip().endswith("?"), "the ask is a question"
    assert not re.search(JOB_WORDS[lang], message.body + (message.subject or ""), re.IGNORECASE)


@pytest.mark.parametrize("variant", TEMPLATES["outreach"].variants)
@pytest.mark.parametrize("lang", languages.LANGS)
def test_the_outreach_connection_comes_first(variant, lang):
    roles = [p.role for p in mt.fill(TEMPLATES["outreach"], variant, lang).parts]
    if "connection" in roles:
        assert roles.index("connection") == 1, "the connection comes right after the greeting"


@pytest.mark.parametrize("lang", languages.LANGS)
def test_the_example_email_says_who_you_are_and_stays_short(lang):
    for variant in ("email", "email-formal"):
        message = mt.fill(TEMPLATES["outreach"], variant, lang)
        line = TEMPLATES["outreach"].placeholders(lang)["who_you_are"]["example"]
        assert line in message.body and len(line.split()) <= 15
        assert len(message.body.split()) < 75
    # Optional: left empty, the message has no dangling words or empty paragraph.
    empty = mt.fill(TEMPLATES["outreach"], "email", lang, {"who_you_are": ""}).body
    assert all(p.strip() for p in empty.split("\n\n")), "an empty paragraph"
    assert not re.search(r"  |\n ", empty), "a stray space"


SPANISH = [(tid, v) for tid in IDS for v in TEMPLATES[tid].variants]


@pytest.mark.parametrize("template_id, variant", SPANISH, ids=["-".join(e) for e in SPANISH])
def test_a_spanish_variant_keeps_one_register(template_id, variant):
    message = mt.fill(TEMPLATES[template_id], variant, "es")
    text = (message.subject or "") + "\n" + message.body
    if variant.endswith("-formal"):
        found = re.findall(TU_FORMS, text, re.IGNORECASE)
        assert not found, f"usted variant with tú forms: {found}"
    else:
        found = re.findall(USTED_FORMS, text, re.IGNORECASE)
        assert not found, f"tú variant with «usted»: {found}"


def test_the_register_check_catches_a_stray_form():
    assert re.search(TU_FORMS, "Me quedé pensando en tu charla", re.IGNORECASE)
    assert re.search(TU_FORMS, "¿Qué aprenderías primero?", re.IGNORECASE)
    assert re.search(TU_FORMS, "Gracias por el tiempo que me dedicaste", re.IGNORECASE)
    assert not re.search(TU_FORMS, "Me quedé pensando en su charla de hace unos días", re.IGNORECASE)


def test_filled_values_are_taken_as_given(outreach):
    # their_name is a first-name placeholder (only its first word is used): see below.
    message = mt.fill(outreach, "email", "en", {"your_name": XSS})
    assert message.body.endswith(f"\n{XSS}")
    with pytest.raises(mt.TemplateError, match="no variant 'fax'"):
        mt.fill(outreach, "fax", "en")


# -- the built pages show the template, marked, from this very file ------------------

SHOWN = [
    ("ejemplo", "outreach", {"email", "linkedin", "reply"}),
    ("despues", "thank-you", {"email"}),
    ("mas-mensajes", "introduction", {"email"}),
    ("mas-mensajes", "cold", {"email", "email-formal", "linkedin"}),
    ("mas-mensajes", "follow-up", {"email"}),
    ("mas-mensajes", "update", {"email"}),
    ("mas-mensajes", "outreach", {"email-formal"}),
]


@pytest.mark.parametrize("lang", languages.LANGS)
@pytest.mark.parametrize("slug, template_id, variants", SHOWN, ids=[f"{s[0]}-{s[1]}" for s in SHOWN])
def test_a_page_shows_the_template_from_its_file(site_dir, slug, template_id, variants, lang):
    template = mt.load(FOLDER / f"{template_id}.yml", SITE.langs, SITE.message_tidy)
    rel = f"{slug}/index.html" if lang == "es" else f"en/{slug}/index.html"
    text = (site_dir / rel).read_text(encoding="utf-8")
    figures = [f for f in re.findall(r'<figure class="message-template" ([^>]*)>', text)
               if f'data-template="{template_id}"' in f]
    assert {re.search(r'data-variant="([\w-]+)"', f).group(1) for f in figures} == variants
    assert all(f'data-digest="{template.digest}"' in f for f in figures)
    # Every placeholder of the variants shown is on the page, as its example and as its gap.
    shown = {name for variant in variants for name in template.used(variant, lang)}
    # An example as the fill writes it (a first name, a date in the page's words).
    filled = {seg.placeholder: seg.text for variant in variants for part in mt.fill(template, variant, lang).parts
              for seg in part.segments if seg.placeholder}
    for name, spec in template.placeholders(lang).items():
        if name not in shown:
            continue
        assert f'data-placeholder="{name}">{html.escape(filled[name])}</mark>' in text
        assert f'data-placeholder="{name}">{html.escape(spec["label"])}</mark>' in text
    assert not re.search(r"\{[a-z_]+\}", re.sub(r"<[^>]+>", "", text)), "a raw placeholder reached the page"
    assert not re.search(r"<!--\s*(md:template|message-template)", text), "a marker was left unrendered"
    for role in re.findall(r'class="message-template__note" href="#(part-[a-z_]+)"', text):
        assert f'id="{role}"' in text, f"{rel}: a note links to #{role}, which is not on the page"


# -- the script fills it exactly as Python does ----------------------------------------
# The module the builder and the thank-you preview load (src/message-template.mjs), run by
# node over every template as a page carries it (page_data.add_template), with hostile
# values; tests/js/fill.test.mjs holds it to the shared vectors too.

_FILL_IN_NODE = """
import { fakePage } from "./tests/js/fake-page.mjs";
const input = JSON.parse(process.argv[1]);
fakePage({ "page-data": JSON.stringify({ templates: input.templates }) });
const { MessageTemplate: T } = await import("./src/message-template.mjs");
const out = input.cases.map(([id, v, l, values]) => [T.fill(T.read(id), v, l, values), T.used(T.read(id), v, l)]);
console.log(JSON.stringify({ out, digests: Object.keys(input.templates).map((id) => T.read(id).digest) }));
"""


def test_the_script_fills_every_template_like_python():
    templates = {i: mt.load(FOLDER / f"{i}.yml", SITE.langs, SITE.message_tidy) for i in IDS}
    cases, expected = [], []
    for template in templates.values():
        hostile = {name: f"{XSS} & $1 {name}" for name in template.placeholders("es")}
        for variant in template.variants:
            for lang in languages.LANGS:
                for values in ({}, hostile):
                    cases.append([template.id, variant, lang, values])
                    filled = mt.fill(template, variant, lang, values)
                    expected.append([{"subject": filled.subject, "body": filled.body}, template.used(variant, lang)])
    data = {i: json.loads(t.as_json()) for i, t in templates.items()}
    result = subprocess.run(["node", "--input-type=module", "-e", _FILL_IN_NODE, json.dumps({"templates": data, "cases": cases})],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    for case, want, have in zip(cases, expected, got["out"]):
        assert have == want, f"{case[0]} {case[1]} {case[2]} {'hostile' if case[3] else 'examples'}"
    assert len(got["out"]) == len(cases) > 50
    assert got["digests"] == [t.digest for t in templates.values()]


# -- the words that go out are clean (issue 26 item 9) ---------------------------------

def test_the_greeting_uses_the_first_name_of_a_full_name():
    """The record keeps «Lucía Ferrer»; the tú, vos and first-name greetings say «Lucía»."""
    for tid in ("outreach", "cold", "follow-up", "update", "thank-you"):
        assert mt.fill(TEMPLATES[tid], "email", "es", {"their_name": " Lucía Ferrer "}).body.startswith("Hola, Lucía:\n"), tid
        assert mt.fill(TEMPLATES[tid], "email", "es", {"their_name": "Lucía Ferrer"}, form="vos").body.startswith("Hola, Lucía:\n"), tid
        assert mt.fill(TEMPLATES[tid], "email", "en", {"their_name": "Dana Okafor"}).body.startswith("Hi Dana,\n"), tid
    # The formal register greets with what the reader wrote; the person to meet keeps both names.
    formal = mt.fill(TEMPLATES["outreach"], "email-formal", "es", {"formal_greeting": "Estimada señora Ferrer"})
    assert formal.body.startswith("Estimada señora Ferrer:\n")
    intro = mt.fill(TEMPLATES["introduction"], "email", "es", {"their_name": "Lucía Ferrer", "mutual_name": "Carmen Ruiz"})
    assert intro.subject == "¿Me presentarías a Lucía Ferrer?" and intro.body.startswith("Hola, Carmen:\n")


def test_natural_entries_come_out_tidy():
    """The entries of the UX walk: «en tu Tu charla», «marzo..», «consejo: Que», a space
    before a full stop where a field was left empty."""
    outreach = mt.fill(TEMPLATES["outreach"], "email", "es", {
        "admiration": "Tu charla sobre inventario", "connection": "Estudiamos juntos.", "who_you_are": ""}).body
    assert "en tu charla sobre inventario." in outreach and "Tu charla" not in outreach
    assert "Estudiamos juntos. Me quedé" in outreach and ".." not in outreach
    thanks = mt.fill(TEMPLATES["thank-you"], "email", "es", {
        "their_name": "Roberto Garza", "advice": "Que lea los datos antes de marzo.",
        "how_you_will_use_it": "Voy a empezar el lunes."}).body
    assert thanks.startswith("Hola, Roberto:")
    assert "consejo: que lea los datos antes de marzo. " in thanks and ".." not in thanks
    assert "empezar: voy a empezar el lunes." in thanks
    # A capital on a word not listed as a common one may be a name: it stays.
    assert "consejo: Excel antes que nada." in mt.fill(TEMPLATES["thank-you"], "email", "es", {"advice": "Excel antes que nada"}).body
    linkedin = mt.fill(TEMPLATES["outreach"], "linkedin", "es", {"connection": "Estudiamos juntos.", "admiration": ""}).body
    assert "Estudiamos juntos y me quedé pensando en tu." in linkedin
    for text in (outreach, thanks, linkedin):
        assert not re.search(r" [.,:;]|\.\.|  ", text), text


def test_a_broken_regional_form_is_named():
    def edit(d):
        _part(d, "reply", "es", "thanks")["forms"] = {"us": "Thanks {what_helped}"}
        _part(d, "reply", "en", "thanks")["forms"] = {"us": "Thanks."}
    found = _broken(edit)
    assert any("variants.reply.es.parts[1].forms: 'us' is not a form of 'es'" in f for f in found), found
    assert "variants.reply.en.parts[1].forms.us: placeholders differ from the part's text" in found


# Voseo rioplatense: present and imperative forms of vos; no tú-only verb forms, no vosotros.
# Each pair's tú form may not survive in a vos twin; its vos form counts as voseo.
VOS_FORMS = r"\b(tenés|podés|querés|decís|sabés|conocés|preferís|contame|acá)\b"
TU_ONLY_VERBS = r"\b(tienes|puedes|quieres|dices|sabes|conoces|prefieres|eres|cuéntame|vienes)\b"
VOSOTROS = r"\b(os|vosotros|vuestr[oa]s?|\w+áis|\w+éis)\b"


def test_vos_twins_use_voseo_and_never_vosotros():
    twins = 0
    for tid, template in TEMPLATES.items():
        for variant in template.variants:
            if variant.endswith("-formal"):
                assert template.forms(variant, "es") == [], f"{tid} {variant}: vos is not a formal register"
                continue
            vos = mt.fill(template, variant, "es", form="vos")
            text = (vos.subject or "") + "\n" + vos.body
            assert not re.search(TU_ONLY_VERBS, text, re.IGNORECASE), (tid, variant, text)
            assert not re.search(VOSOTROS, text, re.IGNORECASE), (tid, variant, text)
            assert not re.search(USTED_FORMS, text, re.IGNORECASE), (tid, variant)
            if "vos" in template.forms(variant, "es"):
                twins += 1
                assert re.search(VOS_FORMS, text), (tid, variant, text)
                assert vos.body != mt.fill(template, variant, "es").body
    assert twins >= 3


UK_ONLY = r"\b(diary|whenever suits|chase|CV|redundan\w*|at the weekend|Kind regards|Best wishes)\b"


def test_us_english_swaps_what_differs_and_british_stays_the_default():
    for tid, template in TEMPLATES.items():
        for variant in template.variants:
            us = mt.fill(template, variant, "en", form="us")
            assert not re.search(UK_ONLY, (us.subject or "") + us.body), (tid, variant, us.body)
    reply = TEMPLATES["outreach"]
    assert "fit around your diary" in mt.fill(reply, "reply", "en").body
    assert "fit around your calendar" in mt.fill(reply, "reply", "en", form="us").body
    assert mt.fill(TEMPLATES["thank-you"], "email", "en", form="us").body.endswith("\n\nBest,\nSam Carter")
    assert mt.fill(TEMPLATES["thank-you"], "email", "en").body.endswith("\n\nBest wishes,\nSam Carter")


def test_the_cold_linkedin_note_says_who_is_writing():
    for lang in languages.LANGS:
        template = TEMPLATES["cold"]
        note = mt.fill(template, "linkedin", lang)
        assert template.placeholders(lang)["who_you_are"]["example"] in note.body
        assert len(note.body) < 200


def test_a_date_is_written_in_the_messages_words_and_us_english_puts_the_month_first():
    follow_up = TEMPLATES["follow-up"]
    values = {"sent_date": "2026-03-05"}
    assert "El 5 de marzo te escribí" in mt.fill(follow_up, "email", "es", values).body
    assert "I wrote to you on 5 March about" in mt.fill(follow_up, "email", "en", values).body
    assert "I wrote to you on March 5 about" in mt.fill(follow_up, "email", "en", values, form="us").body
    assert "I wrote to you on March 5 about" in mt.fill(follow_up, "email-formal", "en", values, form="us").body
    # Anything but a YYYY-MM-DD date is the reader's own words, kept.
    assert "on last Tuesday about" in mt.fill(follow_up, "email", "en", {"sent_date": "last Tuesday"}, form="us").body
    assert "on 2026-13-05 about" in mt.fill(follow_up, "email", "en", {"sent_date": "2026-13-05"}).body


@pytest.mark.parametrize("lang, page, figure", [("es", "ejemplo.md", r"unas (\d+) palabras"),
                                                 ("en", "ejemplo.en.md", r"about (\d+) words")])
def test_the_example_page_gives_its_message_s_word_count_right(lang, page, figure):
    """The example page tells the reader how long its email is: that figure is the rendered
    example's, to the nearest five or so, not a number left over from an older wording."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    stated = int(re.search(figure, text).group(1))
    words = len(mt.fill(TEMPLATES["outreach"], "email", lang).body.split())
    assert abs(stated - words) <= 4, f"{page} says {stated} words; the example has {words}"
