"""The message builder: filled from the page's own template, checked live, copied and mailed
as plain text."""

import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from sitekit import message_templates as mt
from tests.browsing import axe_violations, wait_stored
from tests.conftest import SITE, origin

BUILDER = "herramientas/mensaje/"
XSS = "<img src=x onerror=alert(1)>"
ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "data" / "templates" / "outreach.yml"


def builder_templates():
    """The templates the builder's form (overrides/hooks/tools/mensaje.html) names in its fields marker, in that order."""
    source = (ROOT / "overrides" / "hooks" / "tools" / "mensaje.html").read_text(encoding="utf-8")
    ids = re.search(r"<!-- md:template-fields (.*?) -->", source).group(1).split()
    return [mt.load(ROOT / "data" / "templates" / f"{tid}.yml", SITE.langs, SITE.message_tidy) for tid in ids]


def builder_fields(lang):
    """{placeholder: its spec}, each once, in the order the templates first use them."""
    fields = {}
    for template in builder_templates():
        for name, spec in template.placeholders(lang).items():
            fields.setdefault(name, spec)
    return fields

GOOD_ES = {
    "their_name": "Lucía",
    "connection": "estudiamos en la misma escuela de Valladolid",
    "admiration": "tu charla sobre planificar el stock tienda por tienda y cómo lo contaste",
    "who_you_are": "Llevo doce años en compras y quiero pasar a la planificación.",
    "interest_narrow": "la planificación de la demanda",
    "interest_broad": "la logística",
    "ask": "¿Te vendrían bien veinte minutos para contarme cómo empezaste?",
    "your_name": "Andrés Gil",
}


@pytest.fixture
def builder(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + BUILDER, wait_until="load")
    wait_ready(page)
    page.dialogs = dialogs
    return page


def wait_ready(page):
    page.wait_for_function("() => document.querySelector('.builder__preview').childNodes.length > 0")


def fill(page, values):
    for name, value in values.items():
        page.fill(f"[name={name}]", value)


CHECKS = ("words", "about-them", "connection-first", "ask-question", "no-job-words")


def result(page, check):
    li = page.locator(f"[data-check='{check}']")
    return li.get_attribute("data-state"), li.locator(".builder__result").inner_text()


def test_a_first_visit_shows_gaps_and_no_verdict_then_a_good_message_passes(builder):
    """One load: what a first visit shows (each empty field's label as a gap, no verdict before
    the first word), then the fields and the preview of a good message."""
    gaps = builder.locator(".builder__preview mark").all_inner_texts()
    assert "Nombre de tu contacto" in gaps and "Tu pregunta" in gaps, f"empty fields as gaps: {gaps}"
    for check in CHECKS:
        state, text = result(builder, check)
        assert state is None and text == "", f"{check}: {state} {text!r} before typing"
    builder.fill("[name=their_name]", "Lucía")
    assert result(builder, "words")[0] == "pass", "a verdict from the first word on"

    names = builder.locator(".builder__fields [name]").evaluate_all("els => els.map(e => e.name)")
    # One field per placeholder of the templates on the page, each once, in the order the
    # template files list them (the order of the message), not the JSON's.
    assert names == list(builder_fields("es")), "one field per placeholder of the shared templates"
    fill(builder, GOOD_ES)
    for check in CHECKS:
        assert result(builder, check)[0] == "pass", (check, result(builder, check))
    assert builder.locator("[data-check=chars]").is_hidden(), "no character count for an email"
    # The preview is the template, filled: same text as the shared fill function gives.
    expected = builder.evaluate(
        "v => MessageTemplate.fill(MessageTemplate.read('outreach'), 'email', 'es', v)", GOOD_ES)
    assert builder.locator(".builder__preview").inner_text() == expected["body"]
    assert builder.locator(".builder__subject-text").inner_text() == expected["subject"]


def test_the_fields_are_in_the_page_before_any_script_runs(browser, server):
    """Written at build time, in the page's language, so nothing moves when the script starts."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        for lang, path in (("es", BUILDER), ("en", "en/" + BUILDER)):
            page.goto(server + path)
            labels = page.locator(".builder__fields label").all_inner_texts()
            assert labels == [spec["label"] for spec in builder_fields(lang).values()], lang
            hint = page.locator(".builder__fields [name=ask]").get_attribute("aria-describedby")
            assert page.locator(f"#{hint}").inner_text() == builder_fields(lang)["ask"]["hint"]
    finally:
        context.close()


def _field_about_them(page):
    """The field for what the reader admires in the other person's work, whatever its id: the
    about-them placeholder that is neither the connection nor the ask."""
    return page.evaluate("""() => {
        const r = JSON.parse(document.getElementById('page-data').textContent)['message-checks'];
        return r.about_them.filter(id => id !== r.connection && id !== r.ask)[0];
    }""")


# The checks themselves (whole words, phrases skipped, a request told from a mention, the
# counts) are tested without a browser: tests/js/message-checks.test.mjs. Here: what the
# reader sees of them, each case typed into one loaded page.

def test_what_each_check_says_as_the_reader_types(builder):
    them = _field_about_them(builder)
    for lang, word in [("es", "trabajo"), ("en", "job"), ("es", "Currículum"), ("en", "RÉSUMÉ")]:
        builder.check(f"input[name=lang][value={lang}]")
        fill(builder, GOOD_ES)
        builder.fill("[name=interest_broad]", f"la logística y un {word} nuevo")
        state, text = result(builder, "no-job-words")
        assert state == "fail" and word.lower() in text.lower(), f"a {lang} message with {word!r}: {state} {text!r}"
    builder.check("input[name=lang][value=es]")

    fill(builder, {**GOOD_ES, them: "tu trabajo sobre la cadena de suministro"})
    assert result(builder, "no-job-words") == ("pass", "Bien: no menciona trabajo, vacantes ni CV."), \
        "a mention of their work is not job talk"

    fill(builder, {**GOOD_ES, "ask": "¿Tienes algún puesto libre?"})
    state, text = result(builder, "no-job-words")
    assert state == "fail" and text.startswith("Corrige:") and "«algún puesto»" in text, f"asking for an opening: {text}"

    fill(builder, {**GOOD_ES, "interest_broad": "la logística, donde trabajo desde 2010"})
    state, text = result(builder, "no-job-words")
    assert state == "warn" and text.startswith("Revisa:") and "«trabajo»" in text, \
        f"a word that may mean a job in the reader's own text is worth a second look: {text}"
    # The same word about the other person's work is not flagged at all.
    fill(builder, {**GOOD_ES, them: "tu trabajo sobre el stock"})
    assert result(builder, "no-job-words")[0] == "pass", "the same word about their work"

    fill(builder, {**GOOD_ES, "ask": "Me encantaría hablar contigo", "connection": ""})
    assert result(builder, "ask-question")[0] == "fail", "an ask without a question mark"
    assert result(builder, "connection-first") == ("fail", "Corrige: falta lo que tienes en común con esa persona."), \
        "the connection missing"

    fill(builder, {**GOOD_ES, "interest_broad": "mi carrera, mis objetivos, mis ideas y todo lo que yo quiero aprender " * 3})
    state, text = result(builder, "about-them")
    assert state == "fail" and "sobre ti" in text, f"a message about the reader: {state} {text!r}"

    # Word counts: 76 words are worth a second look, over 100 fail. The count is the one the
    # check shows ("Bien: 52 palabras, ...").
    fill(builder, GOOD_ES)
    count = int(result(builder, "words")[1].split()[1])
    pad = 76 - count
    builder.fill("[name=admiration]", GOOD_ES["admiration"] + " muy" * pad)
    state, text = result(builder, "words")
    assert (state, text.split()[1]) == ("warn", "76"), text
    builder.fill("[name=admiration]", GOOD_ES["admiration"] + " muy" * (pad + 25))
    assert result(builder, "words")[0] == "fail", "101 words"
    builder.fill("[name=admiration]", GOOD_ES["admiration"] + " muy" * (pad - 2))
    assert result(builder, "words")[0] == "pass", "74 words"


def test_linkedin_note_is_held_to_200_characters_or_300_for_premium(builder):
    builder.check("input[name=channel][value=linkedin]")
    assert builder.locator("[name=interest_narrow]").is_hidden(), "the note does not use it"
    assert builder.locator(".builder__mail").is_hidden()
    short = {"their_name": "Lucía", "connection": "Estudiamos en Valladolid", "admiration": "tu charla",
             "ask": "¿Me contarías cómo empezaste?", "your_name": "Andrés"}
    fill(builder, short)
    n = len(builder.locator(".builder__preview").inner_text())
    assert n < 150
    base = short["admiration"]
    builder.fill("[name=admiration]", base + "x" * (200 - n))
    assert len(builder.locator(".builder__preview").inner_text()) == 200
    assert result(builder, "chars") == ("pass", "Bien: 200 de 200 caracteres.")
    builder.fill("[name=admiration]", base + "x" * (201 - n))
    assert result(builder, "chars")[0] == "fail"
    builder.check("input[name=limit][value='300']")
    assert result(builder, "chars") == ("pass", "Bien: 201 de 300 caracteres.")
    builder.fill("[name=admiration]", base + "x" * (301 - n))
    assert result(builder, "chars")[0] == "fail"


def test_markup_typed_by_the_reader_stays_text_in_preview_copy_and_mail(server, clipboard_page):
    page = clipboard_page
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + BUILDER, wait_until="load")
    wait_ready(page)
    # The reader's own name is taken whole (the contact's keeps only its first word).
    fill(page, {**GOOD_ES, "your_name": XSS, "interest_narrow": "la demanda & <b>el stock</b>"})
    assert XSS in page.locator(".builder__preview").inner_text()
    assert page.locator(".builder__preview img, .builder__preview b, .builder__subject img").count() == 0
    page.click(".builder__copy")
    page.wait_for_function("() => document.querySelector('.builder__status').textContent !== ''")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    # An email goes with its subject: subject, a blank line, the body.
    subject = page.locator(".builder__subject-text").inner_text()
    assert copied == subject + "\n\n" + page.locator(".builder__preview").inner_text()
    assert XSS in copied
    page.wait_for_timeout(300)
    assert dialogs == []


def test_copy_falls_back_to_a_selected_textarea_without_the_clipboard_api(builder):
    builder.evaluate("() => Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    fill(builder, {**GOOD_ES, "your_name": XSS})
    builder.click(".builder__copy")
    area = builder.locator("#mb-fallback")
    assert area.is_visible()
    assert XSS in area.input_value()
    selected = builder.evaluate("() => { const a = document.activeElement; return a.value.slice(a.selectionStart, a.selectionEnd); }")
    assert selected == area.input_value()
    assert "Ctrl+C" in builder.locator(".builder__status").inner_text()
    assert builder.dialogs == []


def test_the_mail_link_is_encoded_and_a_message_without_a_formal_twin_offers_neither_register_nor_linkedin(builder):
    """One load, two independent checks: the mailto link, then the introduction's choices."""
    # One word: the greeting keeps only a first name.
    fill(builder, {**GOOD_ES, "their_name": "Lucía&Co.?"})
    href = builder.get_attribute(".builder__mail", "href")
    assert href.startswith("mailto:?subject=")
    assert "%0D%0A%0D%0A" in href and "%C3%AD" in href and "\n" not in href and " " not in href
    query = urlsplit(href).query
    parts = dict(p.split("=", 1) for p in query.split("&"))
    expected = builder.evaluate(
        "v => MessageTemplate.fill(MessageTemplate.read('outreach'), 'email', 'es', v)", {**GOOD_ES, "their_name": "Lucía&Co.?"})
    assert unquote(parts["subject"]) == expected["subject"]
    assert unquote(parts["body"]) == expected["body"].replace("\n", "\r\n")
    assert "Lucía&Co.?" in unquote(parts["body"])

    builder.select_option("select[name=template]", "introduction")
    # No formal twin: tú and vos only (a Spanish message).
    assert builder.locator(".builder__register label:visible").all_inner_texts() == ["Tú", "Vos"]
    assert builder.locator("input[name=channel][value=linkedin]").is_disabled(), "the introduction has no LinkedIn note"
    assert builder.locator("input[name=channel][value=email]").is_checked()


def test_english_page_explains_in_english_and_keeps_answers(server, page):
    page.goto(server + "en/" + BUILDER, wait_until="load")
    wait_ready(page)
    assert page.locator("input[name=lang][value=en]").is_checked()
    page.fill("[name=ask]", "Could we talk for twenty minutes")
    page.fill("[name=interest_broad]", "finding a new job")
    assert result(page, "ask-question") == ("fail", 'Fix: your question does not end in \u201c?\u201d.')
    assert "\u201cjob\u201d" in result(page, "no-job-words")[1]
    wait_stored(page, "mensaje", "(d) => d.fields.ask === 'Could we talk for twenty minutes'")
    wait_stored(page, "tu", "(d) => d.interest_broad === 'finding a new job'")
    page.reload(wait_until="load")
    wait_ready(page)
    assert page.input_value("[name=ask]") == "Could we talk for twenty minutes"
    saved = page.evaluate("() => WorksheetStore.get('mensaje')")
    assert saved["fields"]["ask"] == "Could we talk for twenty minutes"
    # The reader's interest is theirs for every contact (data/contacts.yml "you").
    assert page.evaluate("() => WorksheetStore.get('tu')")["interest_broad"] == "finding a new job"


def test_a_page_that_lacks_a_field_says_so_instead_of_building_a_message_with_a_hole(server, page):
    def without_the_ask_field(route):
        body = route.fetch().text()
        stripped = re.sub(r'<p class="tool__field" data-placeholder="ask"[^>]*>.*?</p>', "", body, count=1, flags=re.S)
        assert stripped != body, "the ask field should be in the page"
        route.fulfill(body=stripped, content_type="text/html")

    page.route(re.compile(r".*/herramientas/mensaje/$"), without_the_ask_field)
    page.goto(server + BUILDER)
    assert page.locator(".builder__status").inner_text() == SITE.tool_words["mensaje"]["missing_data"]["es"]
    assert page.locator(".builder__preview").inner_text() == ""


def test_the_builder_keeps_language_channel_limit_and_fields_across_reloads(server, page):
    page.goto(server + BUILDER, wait_until="load")
    wait_ready(page)
    page.check("input[name=lang][value=en]")
    page.check("input[name=channel][value=linkedin]")
    page.check("input[name=limit][value='300']")
    page.fill("[name=their_name]", "Dana")
    wait_stored(page, "mensaje", "(d) => d.fields.their_name === 'Dana'")  # saved once typing pauses
    page.reload(wait_until="load")
    wait_ready(page)
    assert page.locator("input[name=lang][value=en]").is_checked(), "the message language is kept"
    assert page.locator("input[name=channel][value=linkedin]").is_checked()
    assert page.locator("input[name=limit][value='300']").is_checked()
    # One language throughout: the English note, not a Spanish-English hybrid.
    note = page.locator(".builder__preview").inner_text()
    assert note.startswith("Hi Dana,") and "Te escribo" not in note and "Hola" not in note, note
    assert page.locator(".builder__preview").get_attribute("lang") == "en"


def test_copying_an_email_takes_the_subject_and_the_note_clears_on_any_change(server, clipboard_page):
    page = clipboard_page
    page.goto(server + BUILDER, wait_until="load")
    wait_ready(page)
    fill(page, GOOD_ES)
    page.click(".builder__copy")
    page.wait_for_function("() => document.querySelector('.builder__status').textContent !== ''")
    subject = page.locator(".builder__subject-text").inner_text()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith(subject + "\n\n") and copied.endswith(page.locator(".builder__preview").inner_text())
    assert "copiado" in page.locator(".builder__status").inner_text()
    page.check("input[name=channel][value=linkedin]")
    assert page.locator(".builder__status").inner_text() == "", "the clipboard still holds the email"
    page.click(".builder__copy")
    page.wait_for_function("() => document.querySelector('.builder__status').textContent !== ''")
    assert page.evaluate("() => navigator.clipboard.readText()") == page.locator(".builder__preview").inner_text()
    page.fill("[name=ask]", "¿Y después?")
    assert page.locator(".builder__status").inner_text() == ""


def test_a_tapped_button_does_not_stay_in_the_warning_colour(server, browser):
    context = browser.new_context(has_touch=True, is_mobile=True, viewport={"width": 360, "height": 740})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin(server))
    page = context.new_page()
    try:
        page.goto(server + BUILDER, wait_until="load")
        wait_ready(page)
        page.tap(".builder__copy")
        page.wait_for_function("() => document.querySelector('.builder__status').textContent !== ''")
        assert page.evaluate("() => document.activeElement.matches('.builder__copy')"), "the tapped button keeps focus"
        # Colour transitions run to their end, so the colour measured is the one that stays.
        colours = page.evaluate("""() => { const b = document.querySelector('.builder__copy');
          b.getAnimations().forEach((a) => a.finish()); const cs = getComputedStyle(b);
          const probe = document.createElement('span'); probe.style.color = 'var(--md-accent-fg-color)'; b.parentNode.appendChild(probe);
          const accent = getComputedStyle(probe).color; probe.remove(); return [cs.backgroundColor, accent]; }""")
        assert colours[0] != colours[1], f"the tapped button is painted in the accent (warning) colour {colours[1]}"
    finally:
        context.close()


def test_the_register_choice_shows_only_for_a_channel_with_a_formal_twin_and_is_kept(server, page):
    page.goto(server + BUILDER, wait_until="load")
    wait_ready(page)
    register = page.locator(".builder__register")
    assert register.is_visible(), "the outreach email has an email-formal twin"
    assert register.locator("label:visible").all_inner_texts() == ["Tú", "Vos", "Usted"]
    page.fill("[name=their_name]", "Lucía")
    assert page.locator(".builder__preview").inner_text().startswith("Hola, Lucía:")
    page.check("input[name=register][value=formal]")
    page.fill("[name=formal_greeting]", "Estimada señora Ramírez")
    assert page.locator(".builder__preview").inner_text().startswith("Estimada señora Ramírez:")
    page.select_option("select[name=template]", "cold")
    page.check("input[name=channel][value=linkedin]")
    assert register.locator("label:visible").all_inner_texts() == ["Tú", "Vos"], "the cold LinkedIn note has no formal twin"
    page.select_option("select[name=template]", "outreach")
    page.check("input[name=channel][value=email]")
    wait_stored(page, "mensaje", "(d) => d.template === 'outreach' && d.channel === 'email'")
    page.reload(wait_until="load")
    wait_ready(page)
    assert page.locator("input[name=register][value=formal]").is_checked()
    assert page.locator(".builder__preview").inner_text().startswith("Estimada señora Ramírez:")


def test_every_template_on_the_page_is_offered_and_the_choice_is_kept(server, page):
    page.goto(server + BUILDER, wait_until="load")
    wait_ready(page)
    select = page.locator("select[name=template]")
    assert select.is_visible()
    words = SITE.tool_words["mensaje"]
    assert select.locator("option").all_inner_texts() == [words[f"template.{t.id}"]["es"] for t in builder_templates()]
    page.fill("[name=their_name]", "Lucía")
    for template in builder_templates():
        select.select_option(template.id)
        # The preview is that template filled: "Lucía" where typed, each empty field's label.
        labels = {name: spec["label"] for name, spec in template.placeholders("es").items()}
        values = {**{name: "" for name in labels}, "their_name": "Lucía"}
        expected = mt.fill(template, "email", "es", values, gaps=labels).body
        assert page.locator(".builder__preview").inner_text() == expected, template.id
    select.select_option("cold")
    wait_stored(page, "mensaje", "(d) => d.template === 'cold'")
    page.reload(wait_until="load")
    wait_ready(page)
    assert select.input_value() == "cold"
    assert "Lucía" in page.locator(".builder__preview").inner_text().split("\n")[0]


def test_one_fields_marker_serves_several_templates_with_shared_placeholders_once():
    from hooks import message_templates as hook

    hook._templates.clear()
    hook._templates.update(mt.load_all(TEMPLATE.parent, SITE.langs, SITE.message_tidy))
    out = hook._fields(["outreach", "thank-you"], "es")
    names = re.findall(r'data-placeholder="([a-z0-9_]+)" data-templates="([^"]+)"', out)
    placeholders = {n for t in ("outreach", "thank-you") for n in SITE.templates[t].placeholders("es")}
    assert sorted(n for n, _ in names) == sorted(placeholders), "one field per placeholder of either"
    served = dict(names)
    for name in placeholders:
        users = [t for t in ("outreach", "thank-you") if name in SITE.templates[t].placeholders("es")]
        assert served[name].split() == users, name
    assert len(set(re.findall(r'id="([^"]+)"', out))) == len(re.findall(r'id="([^"]+)"', out)), "ids unique"
    single = hook._fields(["outreach"], "es")
    assert 'id="outreach-their-name"' in single and 'data-templates="outreach"' in single


def test_what_the_builder_shows_on_a_first_visit_is_shown_as_built(server, page, site_dir):
    """The parts the script shows or hides on a first visit (fields, the register and message
    choices) are already so in the built page: nothing moves under a slow first paint
    (Lighthouse measured a layout shift of 0.114 when they were not)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    for path in (BUILDER, "en/" + BUILDER):
        built = HTMLParser((site_dir / path / "index.html").read_text(encoding="utf-8"))
        parts = [".builder__template", ".builder__register", ".builder__limit"] + [
            f'.builder__fields [data-placeholder="{n.attributes["data-placeholder"]}"]'
            for n in built.css(".builder__fields [data-placeholder]")]
        as_built = {sel: "hidden" in built.css_first(sel).attributes for sel in parts}
        page.goto(server + path, wait_until="load")
        wait_ready(page)
        live = {sel: page.eval_on_selector(sel, "el => el.hidden") for sel in parts}
        assert live == as_built, path


# -- the words that go out are clean (issue 26 item 9) ------------------------------------------

def test_a_contacts_full_name_greets_by_first_name_and_a_natural_entry_comes_out_tidy(builder):
    """The UX walk's entry: a contact recorded as «Lucía Ferrer», «Tu charla…» after the
    template's «en tu», a connection ending in a full stop. The record keeps the full name;
    preview, copy and mail say «Hola, Lucía:», «en tu charla», one full stop; the doubled-word
    check says what was sent once, and flags a word the reader typed twice."""
    builder.evaluate("() => SiteContacts.choose(SiteContacts.save({name: 'Lucía Ferrer'}))")
    builder.reload(wait_until="load")
    wait_ready(builder)
    assert builder.input_value("[name=their_name]") == "Lucía Ferrer", "the field shows the record's name"
    fill(builder, {**{k: v for k, v in GOOD_ES.items() if k != "their_name"},
                   "connection": "Estudiamos juntos en Valladolid.", "admiration": "Tu charla sobre el stock"})
    preview = builder.locator(".builder__preview").inner_text()
    assert preview.startswith("Hola, Lucía:\n"), preview
    assert "Estudiamos juntos en Valladolid. Me quedé pensando en tu charla sobre el stock." in preview
    assert not re.search(r"tu Tu|\.\.| \.", preview)
    body = unquote(parse_qs(urlsplit(builder.get_attribute(".builder__mail", "href")).query)["body"][0])
    assert body.replace("\r\n", "\n") == preview
    state, text = result(builder, "doubled-word")
    assert state == "warn" and "«tu Tu»" in text and "una sola vez" in text, text
    builder.fill("[name=interest_broad]", "la la logística")
    state, text = result(builder, "doubled-word")
    assert state == "warn" and "«la la»" in text and "una sola vez" not in text, text
    assert builder.evaluate("() => SiteContacts.get(SiteContacts.current('mensaje')).name") == "Lucía Ferrer"


# -- registers and regional forms (issue 28 items 3 and 4) ---------------------------------------

def test_vos_sits_beside_tu_and_usted_for_a_spanish_message_and_is_kept(server, page):
    page.goto(server + BUILDER, wait_until="load")
    wait_ready(page)
    note = page.locator(".builder__register-note")
    assert note.is_visible() and "Argentina y Uruguay" in note.inner_text()
    page.select_option("select[name=template]", "cold")
    fill(page, {"their_name": "Valeria Díaz", "ask": "¿Qué fue lo más difícil?"})
    assert "Si no tienes tiempo, lo entiendo." in page.locator(".builder__preview").inner_text()
    page.check("input[name=register][value=vos]")
    preview = page.locator(".builder__preview").inner_text()
    assert preview.startswith("Hola, Valeria:\n") and "Si no tenés tiempo, lo entiendo." in preview
    assert "tienes" not in preview
    template = mt.load(ROOT / "data" / "templates" / "cold.yml", SITE.langs, SITE.message_tidy)
    expected = page.evaluate("""() => MessageTemplate.fill(MessageTemplate.read('cold'), 'email', 'es',
      {their_name: 'Valeria Díaz', ask: '¿Qué fue lo más difícil?'}, {form: 'vos'}).body""")
    assert expected == mt.fill(template, "email", "es", {"their_name": "Valeria Díaz", "ask": "¿Qué fue lo más difícil?"},
                               form="vos").body
    wait_stored(page, "mensaje", "(d) => d.register === 'vos' && d.template === 'cold'")
    page.reload(wait_until="load")
    wait_ready(page)
    assert page.locator("input[name=register][value=vos]").is_checked()
    assert "Si no tenés tiempo" in page.locator(".builder__preview").inner_text()
    # Vos is Spanish: an English message offers no vos, and the English choice shows instead.
    assert page.locator(".builder__english").is_hidden()
    page.check("input[name=lang][value=en]")
    assert page.locator("input[name=register][value=vos]").is_hidden()
    assert page.locator(".builder__english").is_visible()
    assert "If you don't have time" in page.locator(".builder__preview").inner_text()
    page.check("input[name=lang][value=es]")
    assert page.locator("input[name=register][value=vos]").is_checked(), "the reader's vos comes back"


def test_us_english_swaps_what_differs_and_british_stays_the_default(server, page):
    page.goto(server + "en/" + BUILDER, wait_until="load")
    wait_ready(page)
    english = page.locator(".builder__english")
    assert english.is_visible()
    assert page.locator("input[name=english][value=uk]").is_checked(), "British English is the default"
    assert page.locator(".builder__register label:visible").all_inner_texts() == ["First name", "Formal"]
    page.select_option("select[name=template]", "update")
    fill(page, {"their_name": "Dana Okafor", "your_name": "Sam Carter"})
    assert page.locator(".builder__preview").inner_text().endswith("\n\nBest wishes,\nSam Carter")
    page.check("input[name=english][value=us]")
    preview = page.locator(".builder__preview").inner_text()
    assert preview.startswith("Hi Dana,\n") and preview.endswith("\n\nBest,\nSam Carter"), preview
    page.check("input[name=register][value=formal]")
    assert page.locator(".builder__preview").inner_text().endswith("\n\nBest regards,\nSam Carter")
    wait_stored(page, "mensaje", "(d) => d.english === 'us'")
    page.reload(wait_until="load")
    wait_ready(page)
    assert page.locator("input[name=english][value=us]").is_checked()
    assert page.locator(".builder__preview").inner_text().endswith("\n\nBest regards,\nSam Carter")
    # A Spanish message has no English variety to choose.
    page.check("input[name=lang][value=es]")
    assert english.is_hidden()


# -- the builder records what was sent (issue 26 item 3) -----------------------------------------

def test_after_a_copy_one_question_records_the_sent_date_for_the_planner_and_tracker_with_an_undo(builder, server):
    """Keyboard only: copy, then Tab to «Sí, lo envié hoy» and Enter. The contact's record
    gets today's sent date and day 3 (the tracker's fields), the planner's own state for that
    contact the sent date (its page shows it); Undo puts both back, and focus stays on a control."""
    # For no one in particular, nothing to record: no question.
    builder.evaluate("() => Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    builder.click(".builder__copy")
    builder.wait_for_function("() => document.querySelector('.builder__status').textContent !== ''")
    assert builder.locator(".builder__sent-text").inner_text() == ""
    assert builder.locator(".builder__sent-yes").is_hidden()
    who = builder.evaluate("() => { const id = SiteContacts.save({name: 'Lucía Ferrer'}); SiteContacts.choose(id); return id; }")
    builder.reload(wait_until="load")
    wait_ready(builder)
    question = builder.locator(".builder__sent-text")
    assert question.get_attribute("role") == "status" and question.inner_text() == ""
    assert builder.locator(".builder__sent-yes").is_hidden()
    builder.evaluate("() => Object.defineProperty(navigator, 'clipboard', {value: undefined})")  # the fallback: no permission needed
    builder.focus(".builder__copy")
    builder.keyboard.press("Enter")
    builder.wait_for_function("() => document.querySelector('.builder__sent-text').textContent !== ''")
    assert "Lucía Ferrer" in question.inner_text() and "hoy" in question.inner_text()
    builder.focus(".builder__mail")
    builder.keyboard.press("Tab")
    assert builder.evaluate("() => document.activeElement.matches('.builder__sent-yes')"), "Yes is the next stop after the mail link"
    builder.keyboard.press("Enter")
    today = builder.evaluate(
        "() => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }")
    record = builder.evaluate("id => SiteContacts.get(id)", who)
    assert record["sent"] == today and record["day3"] > today and record["day7"] > record["day3"]
    assert record["status_manual"] is False, "the status is the events' (message sent), derived, never stored"
    assert builder.evaluate("id => WorksheetStore.get('seguimiento@' + id).sent", who) == today
    assert "Anotado" in question.inner_text()
    assert builder.evaluate("() => document.activeElement.matches('.builder__sent-undo')"), "focus moves to Undo"
    assert axe_violations(builder) == [], "the question and its undo, light scheme"
    builder.evaluate("() => document.body.setAttribute('data-md-color-scheme', 'slate')")
    assert axe_violations(builder) == [], "dark scheme"
    builder.focus(".builder__sent-undo")
    # The planner shows it for that contact.
    planner = builder.context.new_page()
    planner.goto(server + f"herramientas/seguimiento/?contact={who}", wait_until="load")
    planner.wait_for_selector(".contact-picker select")
    assert planner.input_value("[name=sent]") == today
    planner.close()
    builder.keyboard.press("Enter")
    record = builder.evaluate("id => SiteContacts.get(id)", who)
    assert record["sent"] == "" and record["day3"] == "" and record["status"] == "to-contact"
    assert builder.evaluate("id => WorksheetStore.ids().indexOf('seguimiento@' + id)", who) == -1
    assert "Deshecho" in question.inner_text()
    assert builder.evaluate("() => document.activeElement.matches('.builder__sent-yes')"), "focus back on Yes"
    # Any other change clears the question.
    builder.fill("[name=ask]", "¿Por dónde empiezo?")
    assert question.inner_text() == "" and builder.locator(".builder__sent-yes").is_hidden()



def test_the_follow_up_dates_the_first_message_from_the_record_in_british_or_us_order(server, page):
    page.goto(server + "en/" + BUILDER, wait_until="load")
    wait_ready(page)
    page.evaluate("() => SiteContacts.choose(SiteContacts.save({name: 'Dana Okafor', sent: '2026-03-05'}))")
    page.reload(wait_until="load")
    wait_ready(page)
    page.select_option("select[name=template]", "follow-up")
    field = page.locator("[name=sent_date]")
    assert field.get_attribute("type") == "date" and field.input_value() == "2026-03-05", "the contact's sent date"
    preview = page.locator(".builder__preview")
    assert preview.inner_text().startswith("Hi Dana,\n\nI wrote to you on 5 March about ")
    page.check("input[name=english][value=us]")
    assert "I wrote to you on March 5 about " in preview.inner_text()
    page.fill("[name=sent_date]", "2026-11-09")
    assert "I wrote to you on November 9 about " in preview.inner_text()
    page.check("input[name=lang][value=es]")
    assert "El 9 de noviembre te escribí sobre " in preview.inner_text()
