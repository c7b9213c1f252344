"""The tools under storage faults and hostile data, in a real Chromium (issue 15): calendar
files by RFC 5545 whatever is stored, CSV that cannot run as a formula and round-trips through
European spreadsheets, tools that say when saving failed, forms that never submit."""

import csv
import io
import json

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.conftest import SITE
from tests.storage_faults import BLOCKED, FULL, KEY, NOTICE

WORDS = SITE.tool_words
TRACKER = "herramientas/registro/"
PLANNER = "herramientas/seguimiento/"
BUILDER = "herramientas/mensaje/"


def say(tool, key, lang="es", **values):
    # The store's problem messages are every tool's, written once (data/storage.yml).
    text = (WORDS[tool] if key in WORDS[tool] else SITE.storage_words)[key][lang]
    for name, value in values.items():
        text = text.replace("@" + name, str(value))
    return text


def preset(page, data):
    doc = {"version": 2, "worksheets": {k: {"data": v, "updated": None} for k, v in data.items()}}
    page.add_init_script("if (!sessionStorage.getItem('seeded')) { localStorage.setItem(%s, %s);"
                         " sessionStorage.setItem('seeded', '1'); }" % (json.dumps(KEY), json.dumps(json.dumps(doc))))


def open_tracker(page, server, lang="es"):
    page.goto(server + ("en/" if lang == "en" else "") + TRACKER, wait_until="load")
    page.wait_for_selector(".tracker__export-other")


def open_planner(page, server):
    page.goto(server + PLANNER, wait_until="load")
    page.wait_for_selector(".followup__status:not(:empty)")


def download(page, selector):
    with page.expect_download() as info:
        page.click(selector)
    return info.value.suggested_filename, open(info.value.path(), "rb").read()


# --- 3. .ics injection through stored data ------------------------------------------------


def test_a_crafted_plan_id_and_control_characters_never_reach_the_calendar_file(page, server):
    preset(page, {"seguimiento": {
        "id": "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Evil\r\nURL:http://evil.example",
        "name": "Ana\u0000\u001b[31m\u007f", "org": "Acme", "sent": "2025-03-03", "notes": "nota\u0007"}})
    open_planner(page, server)
    _, raw = download(page, ".followup__download")
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert len(events) == 2
    lines = raw.decode().replace("\r\n ", "").split("\r\n")
    assert not [line for line in lines if line.startswith(("URL", "SUMMARY:Evil"))]
    assert b"Evil" not in raw, "a crafted id is not used at all"
    assert not any(b in raw for b in (b"\x00", b"\x1b", b"\x7f", b"\x07"))
    for event in events:
        assert "\r" not in str(event["UID"]) and str(event["UID"]).endswith("@" + SITE.slug)
        assert str(event["SUMMARY"]).count("Ana[31m") == 1


# --- 9. UIDs per contact, stable, SEQUENCE --------------------------------------------------


def uids_and_sequences(raw):
    return [(str(e["UID"]), int(e["SEQUENCE"])) for e in Calendar.from_ical(raw).walk("VEVENT")]


def test_each_contact_gets_its_own_stable_uids_and_a_changed_date_raises_sequence(page, server):
    open_planner(page, server)
    page.fill("#fp-name", "Ana Pérez")
    page.fill("#fp-org", "Acme")
    page.fill("#fp-sent", "2025-03-03")
    name, raw = download(page, ".followup__download")
    assert name == say("seguimiento", "file").replace(".ics", "-ana-perez.ics")
    ana = uids_and_sequences(raw)
    assert [s for _, s in ana] == [0, 0]
    page.fill("#fp-name", "Berta")
    berta = uids_and_sequences(download(page, ".followup__download")[1])
    assert not {u for u, _ in ana} & {u for u, _ in berta}, "a second contact must not replace the first's events"
    page.reload(wait_until="load")
    page.wait_for_selector(".followup__status:not(:empty)")
    page.fill("#fp-name", "Ana Pérez")
    page.fill("#fp-sent", "2025-03-04")
    again = uids_and_sequences(download(page, ".followup__download")[1])
    assert [u for u, _ in again] == [u for u, _ in ana]
    assert [s for _, s in again] == [1, 1]


# --- 10. dates near year 10000 --------------------------------------------------------------


def test_dates_out_of_range_get_a_message_and_break_nothing(page, server):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    open_planner(page, server)
    page.fill("#fp-sent", "9999-12-30")
    expect(page.locator("#fp-sent-error")).to_have_text(say("seguimiento", "bad_year", value="9999-12-30", **{"from": 1900, "to": 2200}))
    assert page.locator(".followup__list li").count() == 0
    downloads = []
    page.on("download", lambda d: downloads.append(d))
    page.click(".followup__download")
    page.fill("#fp-sent", "2025-03-03")
    assert page.locator(".followup__list li").count() == 2
    assert errors == [] and downloads == []


# --- 4 and 10. CSV: no formulas, European spreadsheets, ask before replacing --------------------


def add(page, **contact):
    for key, value in contact.items():
        page.fill(f"[name={key}]", value)
    page.click("button[type=submit]")


def import_csv(page, data, choice="import_replace"):
    """The file chosen, then `choice` in the preview that comes first (tests/test_tracker_import.py)."""
    page.set_input_files("#tr-import", files=[{"name": "r.csv", "mimeType": "text/csv", "buffer": data}])
    page.click(f".tracker__preview button[data-choice={choice}]")


def names(page):
    return page.locator(".tracker__table tbody th").all_inner_texts()


def test_formula_cells_are_neutralised_on_export_and_restored_on_import(page, server):
    open_tracker(page, server, "en")
    risky = {"name": '=HYPERLINK("http://x.example","clic")', "organisation": "@SUM(A1)",
             "next_action": "+1 call", "notes": "-2 then '=quoted"}
    add(page, **risky)
    _, raw = download(page, ".tracker__export")
    row = list(csv.reader(io.StringIO(raw[3:].decode(), newline="")))[1]
    assert row[0] == "'" + risky["name"] and row[1] == "'@SUM(A1)" and row[5] == "'+1 call"
    assert row[7] == "'" + risky["notes"]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    page.evaluate("() => WorksheetStore.remove('registro')")
    import_csv(page, raw)
    page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length === 1")
    assert page.evaluate("() => WorksheetStore.get('registro').contacts[0]")["name"] == risky["name"]
    assert download(page, ".tracker__export")[1] == raw


def test_a_spanish_spreadsheets_resave_imports_semicolons_dates_and_windows_1252(page, server):
    open_tracker(page, server)
    header = "Nombre;Organización;Estado;Mensaje enviado el;Reunión el;Próximo paso;Fecha del próximo paso;Notas\r\n"
    data = (header + "Zoe Núñez;Acme;Por contactar;31/12/2025;;Escribir;5/1/2026;año\r\n").encode("cp1252")
    import_csv(page, data)
    page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length === 1")
    assert names(page) == ["Zoe Núñez"]
    contact = page.evaluate("() => WorksheetStore.get('registro').contacts[0]")
    assert contact["sent"] == "2025-12-31" and contact["next_date"] == "2026-01-05" and contact["notes"] == "año"
    assert "Windows-1252" in page.locator(".tracker__import-status").inner_text()
    # The Spanish page's main export is that same semicolon format; the other button gives commas.
    assert download(page, ".tracker__export")[1][3:].decode().startswith("Nombre;Organización;")
    assert download(page, ".tracker__export-other")[1][3:].decode().startswith("Nombre,Organización,")


def test_a_header_only_csv_asks_before_it_replaces_anything(page, server):
    open_tracker(page, server)
    add(page, name="Ana")
    add(page, name="Berta")
    asked = []
    page.once("dialog", lambda d: (asked.append(d.message), d.dismiss()))
    import_csv(page, "Nombre,Organización,Estado,Mensaje enviado el,Reunión el,Próximo paso,Fecha del próximo paso,Notas\r\n".encode())
    expect(page.locator(".tracker__import-status")).to_have_text(say("registro", "unchanged"))
    assert asked == [say("registro", "import_confirm", n=0, old=2)]
    assert sorted(names(page)) == ["Ana", "Berta"]


def test_delete_offers_an_undo(page, server):
    open_tracker(page, server)
    add(page, name="Ana", notes="privado")
    page.click(".tracker__remove")
    assert names(page) == []
    page.locator(".tracker__status").get_by_role("button", name=say("registro", "undo")).click()
    assert names(page) == ["Ana"]
    assert page.evaluate("() => WorksheetStore.get('registro').contacts[0].notes") == "privado"


# --- 5. wrong-typed stored values; no native submission -----------------------------------------


def test_a_wrong_typed_stored_contact_is_ignored_and_the_form_still_never_submits(page, server):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    preset(page, {"registro": {"contacts": [{"id": "a", "name": "Ana", "status": {"toString": 1}}, {"id": "b", "name": 5}]}})
    open_tracker(page, server)
    assert names(page) == ["Ana"]
    assert page.locator("[data-column=status]").inner_text() == "Por contactar"
    assert errors == []


def test_with_its_script_broken_the_tracker_form_does_not_put_the_readers_text_in_a_url(page, server):
    page.route("**/assets/javascripts/tracker.js", lambda route: route.abort())
    page.goto(server + TRACKER, wait_until="load")
    url = page.url
    page.fill("[name=name]", "Ana Secreta")
    page.fill("[name=notes]", "notas privadas")
    page.evaluate("""() => { window.violated = new Promise(done => document.addEventListener(
        'securitypolicyviolation', e => done(e.effectiveDirective), {once: true})); }""")
    # The browser refuses the submission (no navigation ever starts, so none is waited for).
    page.press("[name=name]", "Enter", no_wait_after=True)
    assert page.evaluate("() => window.violated") == "form-action", "the CSP stops the form from sending"
    assert page.url == url and "Secreta" not in page.url
    assert "form-action 'none'" in page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")


# --- 6. tool pages say when storage failed ---------------------------------------------------------


@pytest.mark.parametrize("path, tool", [(TRACKER, "registro"), (PLANNER, "seguimiento"), (BUILDER, "mensaje")])
def test_every_tool_page_says_storage_is_blocked(page, server, path, tool):
    page.add_init_script(BLOCKED)
    page.goto(server + "en/" + path, wait_until="load")
    expect(page.locator(NOTICE)).to_have_text(say(tool, "storage_unavailable", "en"))


def test_the_tracker_never_claims_saved_or_imported_when_storage_is_full(page, server):
    page.add_init_script(FULL)
    open_tracker(page, server)
    add(page, name="Ana")
    status = page.locator(".tracker__status")
    expect(status).to_have_text(say("registro", "unsaved"))
    expect(page.locator(NOTICE)).to_have_text(say("registro", "storage_quota") + " " + say("registro", "storage_quota_space"))
    page.once("dialog", lambda d: d.accept())
    header = "Nombre,Organización,Estado,Mensaje enviado el,Reunión el,Próximo paso,Fecha del próximo paso,Notas\r\n"
    import_csv(page, (header + "".join(f"P{i},,met,,,,,\r\n" for i in range(50))).encode())
    page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length === 50")
    assert page.locator(".tracker__import-status").inner_text() == say("registro", "unsaved")
    assert "Importado" not in page.locator("body").inner_text()


@pytest.mark.parametrize("path, tool, field", [(TRACKER, "registro", "[name=name]"), (PLANNER, "seguimiento", "#fp-name"),
                                               (BUILDER, "mensaje", ".builder__fields input[type=text]")])
def test_what_each_tool_stores_is_what_an_import_checks(page, server, path, tool, field):
    """Each tool's file lists its stored fields (`stored:`, SiteData.tool_fields): a field
    missing there would be dropped from every import."""
    page.goto(server + path, wait_until="load")
    page.locator(field).first.fill("Ana")
    if tool == "registro":
        page.click("button[type=submit]")
    page.wait_for_function("id => Object.keys(WorksheetStore.get(id)).length > 0", arg=tool)
    assert set(page.evaluate("id => Object.keys(WorksheetStore.get(id))", tool)) <= set(SITE.tool_fields[tool])
