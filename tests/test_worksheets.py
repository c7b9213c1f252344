"""Worksheets in a real Chromium: answers kept, shared across languages and tabs, exported
and imported, bad files refused, storage trouble survived, reader text never run as HTML."""

import json

import pytest
from playwright.sync_api import expect

from tests.browsing import wait_stored
from tests.conftest import SITE
from tests.storage_faults import FULL, KEY, OLD_KEY  # noqa: F401

UI = SITE.worksheets_ui
DEFS = SITE.worksheets
XSS = "<img src=x onerror=alert(1)>"


def url(server, wid, lang="es"):
    return f"{server}{'en/' if lang == 'en' else ''}fichas/{wid}/"


def open_worksheet(page, server, wid, lang="es"):
    page.goto(url(server, wid, lang))
    page.wait_for_selector(".ws-toolbar:not([hidden])")


def stored(page):
    text = page.evaluate("k => localStorage.getItem(k)", KEY)
    return json.loads(text) if text else None


def answers(page, wid):
    return page.evaluate("id => WorksheetStore.get(id)", wid)


def wait_saved(page, wid, field, value):
    page.wait_for_function(
        "([k, w, f, v]) => { const d = JSON.parse(localStorage.getItem(k) || 'null');"
        " return !!d?.worksheets?.[w] && JSON.stringify(d.worksheets[w].data[f]) === JSON.stringify(v); }",
        arg=[KEY, wid, field, value], timeout=2000,
    )


def fill_notes(page, text="Lucía"):
    page.fill("#ws-notas-their_name", text)
    page.fill("#ws-notas-advice", "mirar los datos de cada tienda")
    page.fill("#ws-notas-notes", "Primera línea\nSegunda línea")
    wait_saved(page, "notas", "notes", "Primera línea\nSegunda línea")


def watch_dialogs(page):
    """Accept confirmations; record every dialog so a test can tell an alert() ran."""
    seen = []

    def on_dialog(dialog):
        seen.append((dialog.type, dialog.message))
        dialog.accept()

    page.on("dialog", on_dialog)
    return seen


# --- saving ---------------------------------------------------------------------------


def test_answers_are_saved_once_typing_pauses_and_back_after_reload(page, server):
    """Saved to localStorage without a reload (the delay itself, 250 ms after the last
    keystroke, is tests/js/lib.test.mjs's: a browser on a busy machine cannot time it)."""
    open_worksheet(page, server, "por-que-ahora")
    page.check("#ws-por-que-ahora-reasons-cambio-de-rumbo")
    page.check("#ws-por-que-ahora-career_stage-middle")
    page.fill("#ws-por-que-ahora-labels", "Ya es tarde\npara esto")
    wait_saved(page, "por-que-ahora", "labels", "Ya es tarde\npara esto")
    assert stored(page)["worksheets"]["por-que-ahora"]["data"]["career_stage"] == "middle"
    page.reload()
    page.wait_for_selector(".ws-toolbar:not([hidden])")
    assert page.input_value("#ws-por-que-ahora-labels") == "Ya es tarde\npara esto"
    assert page.is_checked("#ws-por-que-ahora-reasons-cambio-de-rumbo")
    assert page.is_checked("#ws-por-que-ahora-career_stage-middle")
    assert not page.is_checked("#ws-por-que-ahora-reasons-iniciativa")


def test_leaving_the_page_saves_what_was_just_typed(page, server):
    open_worksheet(page, server, "prueba-de-cambio")
    page.fill("#ws-prueba-de-cambio-move", "De compras a datos")
    page.goto(server)  # at once: before the debounce fires, pagehide must save it
    open_worksheet(page, server, "prueba-de-cambio")
    assert page.input_value("#ws-prueba-de-cambio-move") == "De compras a datos"


def test_answers_typed_in_spanish_show_on_the_english_page(page, server):
    open_worksheet(page, server, "notas")
    fill_notes(page)
    open_worksheet(page, server, "notas", "en")
    assert page.input_value("#ws-notas-their_name") == "Lucía"
    assert page.input_value("#ws-notas-notes") == "Primera línea\nSegunda línea"
    assert page.locator("label[for=ws-notas-their_name]").inner_text() == DEFS["notas"].fields[0]["label"]["en"]


def test_a_second_tab_picks_up_changes(page, server):
    open_worksheet(page, server, "notas")
    other = page.context.new_page()
    open_worksheet(other, server, "notas", "en")
    page.fill("#ws-notas-names", "Marta, de logística")
    other.wait_for_function("() => document.querySelector('#ws-notas-names').value === 'Marta, de logística'",
                            timeout=3000)
    expect(other.locator(".worksheet > .ws-status")).to_have_text(UI["other_tab"]["en"])


def test_a_version_1_store_migrates(page, server):
    v1 = {"version": 1, "answers": {"notas": {"their_name": "Dana", "advice": "ask early"}}}
    page.add_init_script(
        f"localStorage.setItem({json.dumps(OLD_KEY)}, {json.dumps(json.dumps(v1))})")
    open_worksheet(page, server, "notas")
    assert page.input_value("#ws-notas-their_name") == "Dana"
    assert page.input_value("#ws-notas-advice") == "ask early"
    # Through versions 2 and 3 to 4: the one-person notes are now Dana's (src/contacts.mjs).
    dana = page.evaluate("() => SiteContacts.list().find(c => c.name === 'Dana').id")
    assert page.evaluate("() => SiteContacts.current()") == dana
    page.fill("#ws-notas-date", "2026-03-02")
    # The conversation date is Dana's meeting date, kept on her record (issue 26 item 4).
    page.wait_for_function("id => SiteContacts.get(id).meeting === '2026-03-02'", arg=dana, timeout=3000)
    doc = stored(page)
    assert doc["version"] == 4
    assert doc["worksheets"][f"notas@{dana}"]["data"] == {"their_name": "Dana", "advice": "ask early"}


# --- export, import, clear, reset ---------------------------------------------------------


def export_file(page, tmp_path):
    with page.expect_download() as info:
        page.click(".ws-data [data-action=export]")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def test_export_clear_import_brings_everything_back(page, server, tmp_path):
    dialogs = watch_dialogs(page)
    open_worksheet(page, server, "por-que-ahora")
    page.fill("#ws-por-que-ahora-first_step", "Escribir a Marta el lunes")
    wait_saved(page, "por-que-ahora", "first_step", "Escribir a Marta el lunes")
    open_worksheet(page, server, "notas")
    fill_notes(page)
    path = export_file(page, tmp_path)
    assert path.name.startswith(UI["export_filename"]["es"]) and path.suffix == ".json"
    exported = json.loads(path.read_text())
    assert exported["version"] == 4
    assert exported["worksheets"]["por-que-ahora"]["data"]["first_step"] == "Escribir a Marta el lunes"

    page.click(".ws-data [data-action=clear]")
    assert [d[0] for d in dialogs] == ["confirm"]
    assert page.input_value("#ws-notas-their_name") == ""
    assert stored(page)["worksheets"] == {}

    page.set_input_files(".ws-import-file", str(path))
    page.wait_for_function("() => document.querySelector('#ws-notas-their_name').value === 'Lucía'")
    assert page.input_value("#ws-notas-notes") == "Primera línea\nSegunda línea"
    assert answers(page, "por-que-ahora")["first_step"] == "Escribir a Marta el lunes"
    expect(page.locator(".ws-data .ws-status")).to_have_text(UI["import_done"]["es"])


def test_the_export_is_named_with_the_readers_date_in_the_evening_west_of_utc(browser, server):
    """At 23:30 in Mexico City it is already the next day in UTC: the file carries the
    reader's own date."""
    context = browser.new_context(timezone_id="America/Mexico_City")
    try:
        page = context.new_page()
        page.clock.set_fixed_time("2026-12-02T05:30:00Z")  # 23:30 on 1 December, local time
        open_worksheet(page, server, "notas")
        with page.expect_download() as info:
            page.click(".ws-data [data-action=export]")
        assert info.value.suggested_filename == f"{UI['export_filename']['es']}-2026-12-01.json"
    finally:
        context.close()


def test_clear_asks_first_and_keeps_answers_when_refused(page, server):
    open_worksheet(page, server, "notas")
    fill_notes(page)
    page.once("dialog", lambda d: d.dismiss())
    page.click(".ws-data [data-action=clear]")
    assert page.input_value("#ws-notas-their_name") == "Lucía"
    assert answers(page, "notas")["their_name"] == "Lucía"


def test_reset_empties_one_worksheet_only(page, server):
    watch_dialogs(page)
    open_worksheet(page, server, "prueba-de-cambio")
    page.fill("#ws-prueba-de-cambio-move", "A la docencia")
    wait_saved(page, "prueba-de-cambio", "move", "A la docencia")
    open_worksheet(page, server, "notas")
    fill_notes(page)
    page.click(".ws-toolbar [data-action=reset]")
    assert page.input_value("#ws-notas-their_name") == ""
    assert answers(page, "notas") == {}
    assert answers(page, "prueba-de-cambio")["move"] == "A la docencia"


BAD_FILES = {
    "not_json": ("answers.json", b"{this is not json"),
    "wrong_shape": ("answers.json", json.dumps({"version": 2, "worksheets": ["a", "b"]}).encode()),
    "newer_version": ("answers.json", json.dumps({"version": 99, "worksheets": {}}).encode()),
    # Answers past what a browser's storage keeps (five million characters, written compact).
    "too_large": ("answers.json", b'{"version": 2, "worksheets": {"notas": {"data": {"notes": "'
                  + b"x" * (5 * 1024 * 1024 + 1) + b'"}}}}'),
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_bad_import_files_are_refused_with_a_message_and_change_nothing(page, server, tmp_path, lang):
    open_worksheet(page, server, "notas", lang)
    fill_notes(page)
    before = page.evaluate("k => localStorage.getItem(k)", KEY)
    alert = page.locator(".ws-data .ws-alert[role=alert]")
    for case, (name, content) in BAD_FILES.items():
        path = tmp_path / f"{case}-{name}"
        path.write_bytes(content)
        page.set_input_files(".ws-import-file", str(path))
        expected = UI[f"import_{case}"][lang]
        page.wait_for_function("([sel, text]) => document.querySelector(sel).textContent === text",
                               arg=[".ws-data .ws-alert", expected], timeout=3000)
        assert alert.is_visible(), case
        assert page.evaluate("k => localStorage.getItem(k)", KEY) == before, case
        assert page.input_value("#ws-notas-their_name") == "Lucía", case


# --- storage trouble ----------------------------------------------------------------------


def test_without_storage_the_page_says_so_once_and_keeps_answers_in_memory(page, server):
    page.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('no', 'SecurityError'); }});")
    open_worksheet(page, server, "notas")
    message = UI["storage_unavailable"]["es"]
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=message)
    page.fill("#ws-notas-their_name", "Dana")
    page.fill("#ws-notas-advice", "ask early")
    # The second save has been tried (what it keeps is in memory): the message is still one.
    wait_stored(page, "notas", "(d) => d.advice === 'ask early'")
    assert page.evaluate("t => document.body.innerText.split(t).length - 1", message) == 1
    assert page.input_value("#ws-notas-their_name") == "Dana"


def test_when_storage_is_full_the_page_says_so_once_and_keeps_answers(page, server):
    page.add_init_script(FULL)
    open_worksheet(page, server, "notas")
    message = UI["storage_quota"]["es"]
    page.fill("#ws-notas-their_name", "Dana")
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=message)
    page.fill("#ws-notas-advice", "ask early")
    wait_stored(page, "notas", "(d) => d.advice === 'ask early'")  # the second save, refused too
    assert page.evaluate("t => document.body.innerText.split(t).length - 1", message) == 1
    assert answers(page, "notas") == {**answers(page, "notas"), "their_name": "Dana", "advice": "ask early"}


# --- reader text is text ------------------------------------------------------------------


def test_typed_html_shows_as_text_everywhere_and_runs_nothing(page, server):
    dialogs = watch_dialogs(page)
    open_worksheet(page, server, "notas")
    for field in ("their_name", "advice", "how_you_will_use_it", "notes", "your_name"):
        page.fill(f"#ws-notas-{field}", XSS)
    preview = page.locator(".ws-thank-you-message")
    assert preview.inner_text().count(XSS) >= 3  # their_name, advice, how_you_will_use_it, your_name
    page.reload()
    page.wait_for_selector(".ws-toolbar:not([hidden])")
    page.emulate_media(media="print")
    mirror = page.locator(".ws-field[data-field=notes] .ws-print-answer")
    assert mirror.is_visible() and mirror.inner_text() == XSS
    assert XSS in preview.inner_text()

    page.emulate_media(media="screen")
    open_worksheet(page, server, "lista-de-contactos")
    page.fill("#ws-lista-de-contactos-contacts-1-name", XSS)
    open_worksheet(page, server, "preguntas")
    page.fill("#ws-preguntas-plan-own", XSS)
    page.click("[data-planner=add]")
    assert page.locator(".ws-plan-text").first.inner_text() == XSS
    page.emulate_media(media="print")
    assert page.locator(".ws-plan-list .ws-plan-text").first.inner_text() == XSS
    page.emulate_media(media="screen")
    open_worksheet(page, server, "lista-de-contactos")
    page.emulate_media(media="print")
    assert page.locator(".ws-print-table td").first.inner_text() == XSS
    page.emulate_media(media="screen")
    for wid in ("notas", "preguntas", "lista-de-contactos"):
        open_worksheet(page, server, wid)
        assert page.locator("img[src=x]").count() == 0
    assert dialogs == [], dialogs


# --- the widgets ----------------------------------------------------------------------------


def test_target_list_rows_can_be_added_and_removed_and_at_least_ten_print(page, server):
    open_worksheet(page, server, "lista-de-contactos")
    rows = page.locator(".ws-rows-list .ws-row")
    assert rows.count() == 3
    page.click("[data-rows=add]")
    assert rows.count() == 4
    assert page.evaluate("document.activeElement.id") == "ws-lista-de-contactos-contacts-4-name"
    page.fill("#ws-lista-de-contactos-contacts-1-name", "Ana")
    page.fill("#ws-lista-de-contactos-contacts-2-name", "Bea")
    page.select_option("#ws-lista-de-contactos-contacts-2-reason", "iniciativa")
    page.fill("#ws-lista-de-contactos-contacts-4-name", "Dora")
    page.locator(".ws-row").nth(0).locator("[data-rows=remove]").click()
    assert rows.count() == 3
    assert rows.nth(0).locator("legend").inner_text() == "Fila 1"
    assert page.input_value("#ws-lista-de-contactos-contacts-1-name") == "Bea"
    # The rows are the contacts (tests/test_contact_list.py): an empty row is nobody.
    wait_stored(page, "registro", "(d) => d.contacts.map((r) => r.name).join('|') === 'Bea|Dora'")
    page.reload()
    page.wait_for_selector(".ws-toolbar:not([hidden])")
    assert rows.count() == 2
    assert [page.input_value(f"#ws-lista-de-contactos-contacts-{i}-name") for i in (1, 2)] == ["Bea", "Dora"]
    page.emulate_media(media="print")
    table = page.locator(".ws-print-table")
    assert table.is_visible() and not page.locator(".ws-rows-list").is_visible()
    assert table.locator("tbody tr").count() == 10
    first = table.locator("tbody tr").first.locator("td")
    assert first.nth(0).inner_text() == "Bea"
    assert first.nth(4).inner_text() == "Mostrar iniciativa"


def test_question_planner_ranks_a_20_minute_plan(page, server):
    open_worksheet(page, server, "preguntas")
    bank = page.locator(".ws-question")
    assert bank.count() >= 40
    page.select_option("#ws-preguntas-plan-filter-tiara", "assignments")
    visible = page.locator(".ws-question:visible")
    assert 0 < visible.count() < bank.count()
    assert all(t == "assignments" for t in visible.evaluate_all("els => els.map(e => e.dataset.tiara)"))
    page.select_option("#ws-preguntas-plan-filter-tiara", "")
    ids = ["cr-01", "cr-03", "cr-06", "ii-02", "ci-04", "in-03", "cr-09"]
    for qid in ids:
        page.check(f"#ws-preguntas-plan-q-{qid}")
    page.fill("#ws-preguntas-plan-own", "¿Qué me preguntarías tú a mí?")
    page.press("#ws-preguntas-plan-own", "Enter")
    items = page.locator(".ws-plan-item")
    assert items.count() == 8
    items.nth(3).locator("[data-plan=up]").click()  # ii-02 to position 3
    items.nth(0).locator("[data-plan=remove]").click()  # drop cr-01
    texts = items.locator(".ws-plan-text").all_inner_texts()
    bank_text = {q["id"]: q["es"] for q in DEFS["preguntas"].fields[2]["questions"]}
    assert texts[:3] == [bank_text["cr-03"], bank_text["ii-02"], bank_text["cr-06"]]
    assert texts[-1] == "¿Qué me preguntarías tú a mí?"
    assert not page.is_checked("#ws-preguntas-plan-q-cr-01")
    # 7 questions at 3 minutes: the 7th ends at minute 21, past the 20 minutes.
    assert UI["plan_spare"]["es"] in items.nth(6).inner_text()
    assert UI["plan_spare"]["es"] not in items.nth(5).inner_text()
    wait_stored(page, "preguntas", "(d) => d.plan.items.length === 7 && d.plan.items[1].id === 'ii-02'")
    page.reload()
    page.wait_for_selector(".ws-toolbar:not([hidden])")
    assert page.locator(".ws-plan-item .ws-plan-text").all_inner_texts() == texts


def test_the_index_shows_each_worksheets_progress(page, server):
    open_worksheet(page, server, "por-que-ahora")
    page.check("#ws-por-que-ahora-reasons-iniciativa")
    page.fill("#ws-por-que-ahora-first_step", "Hoy")
    wait_saved(page, "por-que-ahora", "first_step", "Hoy")
    page.goto(f"{server}en/fichas/")
    progress = page.locator(".ws-progress[data-worksheet=por-que-ahora]")
    total = len(DEFS["por-que-ahora"].fields)
    assert progress.inner_text() == f"2 of {total} answered"
    for wid, ws in DEFS.items():
        line = page.locator(f".ws-progress[data-worksheet={wid}]")
        assert line.count() == 1, wid
        if wid != "por-que-ahora":
            # A shown field is another worksheet's answer (the crib sheet's story): not counted.
            answerable = [f for f in ws.fields if f["type"] != "shown"]
            assert line.inner_text() == f"0 of {len(answerable)} answered"
    assert page.locator(".ws-data [data-action=export]").is_visible()


# --- keyboard, no JavaScript, print buttons -------------------------------------------------


def tab_to(page, predicate_js, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"Tab never reached: {predicate_js}")


def test_keyboard_only_fill_and_export(page, server, tmp_path):
    open_worksheet(page, server, "por-que-ahora")
    tab_to(page, "document.activeElement.id === 'ws-por-que-ahora-reasons-informacion-interna'")
    page.keyboard.press("Space")
    tab_to(page, "document.activeElement.id === 'ws-por-que-ahora-reason_detail'")
    page.keyboard.type("Saber qué necesitan de verdad")
    tab_to(page, "document.activeElement.name === 'career_stage'")
    page.keyboard.press("Space")
    tab_to(page, "document.activeElement.id === 'ws-por-que-ahora-first_step'")
    page.keyboard.type("Escribir el lunes")
    page.keyboard.press("Enter")  # must not submit the form and reload
    tab_to(page, "document.activeElement.dataset.action === 'export'")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    path = tmp_path / "export.json"
    info.value.save_as(path)
    data = json.loads(path.read_text())["worksheets"]["por-que-ahora"]["data"]
    assert data["reasons"] == ["informacion-interna"]
    assert data["reason_detail"] == "Saber qué necesitan de verdad"
    assert data["career_stage"] == "early"
    assert data["first_step"] == "Escribir el lunes"


def test_without_javascript_the_form_shows_with_a_note(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        for lang in ("es", "en"):
            page.goto(url(server, "notas", lang))
            assert page.locator(".ws-nojs").inner_text() == UI["nojs"][lang]
            assert page.locator("#ws-notas-notes").is_visible()
            assert not page.locator(".ws-toolbar").is_visible()
        page.goto(url(server, "lista-de-contactos"))
        page.emulate_media(media="print")
        assert page.locator(".ws-print-table tbody tr").count() >= 10
        assert page.locator(".ws-lines").first.is_visible()
    finally:
        context.close()


def test_print_buttons_print_filled_or_blank(page, server):
    page.add_init_script("window.__prints = 0; window.print = () => { window.__prints += 1; };")
    open_worksheet(page, server, "notas")
    fill_notes(page)
    page.click("[data-action=print]")
    assert page.evaluate("window.__prints") == 1
    assert not page.evaluate("document.documentElement.classList.contains('ws-print-blank')")
    page.click("[data-action=print-blank]")
    assert page.evaluate("window.__prints") == 2
    page.emulate_media(media="print")
    notes = page.locator(".ws-field[data-field=notes]")
    assert not notes.locator(".ws-print-answer").is_visible()
    assert notes.locator(".ws-lines").is_visible()
    assert not page.locator(".ws-thank-you").is_visible()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert notes.locator(".ws-print-answer").is_visible()
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", ".ws-toolbar", ".ws-data"):
        assert not page.locator(hidden).first.is_visible(), hidden
