"""The tracker's import as a reader with her own spreadsheet meets it (issue 26 item 6, issue 27
item 4): any header with a name column, rows pasted from a spreadsheet, files in UTF-16 or
Windows-1252, a preview before anything changes (the mapping, the rows, the duplicates, the
order of dd/mm dates), then Add or Replace; every message beside the import, announced and in
view. The parsing itself: tests/js/contact-import.test.mjs, tests/js/csv.test.mjs."""

import pytest
from playwright.sync_api import expect

from tests.conftest import SITE

TRACKER = "herramientas/registro/"
WORDS = SITE.tool_words["registro"]
PRIYA = "Name,Company,Notes\r\nHannah Lee,Unilever,Met at the 2019 offsite\r\nOmar Said,Arup,\r\nTom Brook,NHS,Ex-colleague\r\n"


def say(key, lang="es", **values):
    """The page's words as the script fills them in ("KEY.one" for a count of 1)."""
    text = WORDS[key + ".one" if values.get("n") == 1 and key + ".one" in WORDS else key][lang]
    for name, value in values.items():
        text = text.replace("@" + name, str(value))
    return text


def open_tracker(page, server, lang="es"):
    page.goto(server + ("en/" if lang == "en" else "") + TRACKER, wait_until="load")
    page.wait_for_function("() => document.querySelector('form.tracker').dataset.ready === 'true'")


def choose_file(page, data, name="contacts.csv"):
    page.set_input_files("#tr-import", files=[{"name": name, "mimeType": "text/csv", "buffer": data}])


def preview(page):
    box = page.locator(".tracker__preview")
    expect(box).to_be_visible()
    return box


def add(page, **contact):
    for key, value in contact.items():
        page.fill(f"[name={key}]", value)
    page.click("button[type=submit]")


def stored(page):
    return page.evaluate("() => WorksheetStore.get('registro').contacts || []")


def names(page):
    return sorted(page.locator(".tracker__table tbody th").all_inner_texts())


def in_view(page, selector):
    return page.evaluate("""s => { const r = document.querySelector(s).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }""", selector)


def test_priyas_name_company_notes_file_is_previewed_then_added(page, server):
    open_tracker(page, server, "en")
    add(page, name="Hannah Lee", organisation="Unilever", notes="Call in January")
    choose_file(page, PRIYA.encode())
    box = preview(page)
    # Nothing has changed yet: the preview says what was read and where each column goes.
    assert len(stored(page)) == 1
    assert say("preview_read", "en", encoding="UTF-8", sep="commas", n=3) in box.inner_text()
    assert [s.input_value() for s in box.locator("select.tracker__map").all()] == ["name", "organisation", "notes"]
    assert "Hannah Lee" in box.locator(".tracker__dupes").inner_text()
    assert box.locator("h3").evaluate("h => h === document.activeElement"), "focus goes to the preview"
    box.get_by_role("button", name=say("import_add", "en")).click()
    expect(box).to_be_hidden()
    assert names(page) == ["Hannah Lee", "Omar Said", "Tom Brook"], "Hannah joined, not duplicated"
    hannah = [c for c in stored(page) if c["name"] == "Hannah Lee"][0]
    assert hannah["notes"] == "Call in January\nMet at the 2019 offsite"
    assert [c["organisation"] for c in stored(page) if c["name"] == "Tom Brook"] == ["NHS"]
    status = page.locator(".tracker__import-status")
    expect(status).to_have_text(say("import_added", "en", n=2) + " " + say("import_merged", "en", n=1) + " "
                                + say("read_as", "en", encoding="UTF-8"))
    assert status.get_attribute("role") == "status"
    assert in_view(page, ".tracker__import-status")


def test_a_file_without_a_name_column_is_told_beside_the_button_and_in_view(page, server):
    open_tracker(page, server, "en")
    page.set_viewport_size({"width": 1280, "height": 700})
    page.evaluate("() => scrollTo(0, 0)")
    choose_file(page, b"Company,Notes\r\nAcme,x\r\n")
    status = page.locator(".tracker__import-status")
    expect(status).to_contain_text("Columns in the file: «Company», «Notes»")
    assert "Name, Full name" in status.inner_text() and "Nombre" in status.inner_text()
    assert in_view(page, ".tracker__import-status"), "the message is scrolled into view"
    # Beside the control that caused it: within the import's own box, just under the button.
    gap = page.evaluate("""() => document.querySelector('.tracker__import-status').getBoundingClientRect().top
        - document.querySelector('label[for=tr-import]').getBoundingClientRect().bottom""")
    assert 0 <= gap < 300, gap
    assert page.locator(".tracker__problem").inner_text() == ""
    expect(page.locator(".tracker__preview")).to_be_hidden()


def test_rows_pasted_from_a_spreadsheet_are_read_on_paste(page, server):
    open_tracker(page, server)
    page.focus("#tr-paste")
    page.evaluate("""() => { const t = document.querySelector('#tr-paste'); const data = new DataTransfer();
        data.setData('text/plain', 'Nombre\\tEmpresa\\tCargo\\nAna Ruiz\\tAcme, S.L.\\tDirectora\\n');
        t.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true}));
        t.value = data.getData('text/plain'); t.dispatchEvent(new Event('input', {bubbles: true})); }""")
    box = preview(page)
    assert say("preview_pasted", sep="tabuladores", n=1) in box.inner_text()
    box.get_by_role("button", name=say("import_add")).click()
    assert [(c["name"], c["organisation"], c["role"]) for c in stored(page)] == [("Ana Ruiz", "Acme, S.L.", "Directora")]


def test_a_utf16_tab_file_and_a_windows_1252_file_are_read_and_say_so(page, server):
    open_tracker(page, server)
    text = "Nombre\tOrganización\tNotas\r\nZoe Núñez\tÑandú € S.A.\tcafé\r\n"
    for data, encoding in [(b"\xff\xfe" + text.encode("utf-16-le"), "UTF-16 LE"), (b"\xfe\xff" + text.encode("utf-16-be"), "UTF-16 BE"),
                           (text.replace("\t", ";").encode("cp1252"), "Windows-1252")]:
        choose_file(page, data)
        box = preview(page)
        sep = "puntos y comas" if encoding == "Windows-1252" else "tabuladores"
        assert say("preview_read", encoding=encoding, sep=sep, n=1) in box.inner_text(), encoding
        box.get_by_role("button", name=say("import_add")).click()
        expect(page.locator(".tracker__import-status")).to_contain_text(encoding)
        assert [(c["name"], c["organisation"], c["notes"]) for c in stored(page)] == [("Zoe Núñez", "Ñandú € S.A.", "café")], encoding


def test_dates_that_fit_both_orders_are_read_in_the_order_the_reader_chooses(page, server):
    open_tracker(page, server, "en")
    choose_file(page, b"Name,Message sent on\r\nAna,03/04/2025\r\nBea,05/06/2025\r\n")
    box = preview(page)
    day_first = box.get_by_role("radio", name=say("dates_day", "en"))
    expect(day_first).to_be_checked()
    box.get_by_role("radio", name=say("dates_month", "en")).check()
    page.keyboard.press("Enter")  # on the radio: the tracker's form is not sent (no "Save contact")
    assert page.locator(".tracker__problem").inner_text() == ""
    box.get_by_role("button", name=say("import_add", "en")).click()
    assert sorted(c["sent"] for c in stored(page)) == ["2025-03-04", "2025-05-06"]
    # Month first when only that order fits, and said.
    choose_file(page, b"Name,Message sent on\r\nCarl,12/31/2025\r\n")
    box = preview(page)
    assert say("dates_only_month", "en") in box.inner_text()
    assert box.get_by_role("radio").count() == 0


def test_replace_asks_first_and_add_never_duplicates(page, server):
    open_tracker(page, server)
    add(page, name="Ana", organisation="Acme")
    add(page, name="Berta")
    file = "Nombre,Empresa\r\nana,ACME\r\nCarla,\r\n".encode()
    asked = []
    page.once("dialog", lambda d: (asked.append(d.message), d.dismiss()))
    choose_file(page, file)
    preview(page).get_by_role("button", name=say("import_replace")).click()
    assert asked == [say("import_confirm", n=2, old=2)]
    expect(page.locator(".tracker__import-status")).to_have_text(say("unchanged"))
    assert names(page) == ["Ana", "Berta"]
    for _ in range(2):  # twice: the second adds nothing
        choose_file(page, file)
        preview(page).get_by_role("button", name=say("import_add")).click()
        expect(page.locator(".tracker__preview")).to_be_hidden()
    assert names(page) == ["Ana", "Berta", "Carla"]
    page.once("dialog", lambda d: d.accept())
    choose_file(page, file)
    preview(page).get_by_role("button", name=say("import_replace")).click()
    expect(page.locator(".tracker__import-status")).to_contain_text(say("imported", n=2))
    assert names(page) == ["Carla", "ana"]


def test_an_unknown_column_goes_to_the_notes_or_is_left_out_as_the_reader_chooses(page, server):
    open_tracker(page, server, "en")
    choose_file(page, b"Name,Favourite colour,Email\r\nAna,green,ana@example.org\r\n")
    box = preview(page)
    maps = box.locator("select.tracker__map")
    assert [m.input_value() for m in maps.all()] == ["name", "notes+", "notes+"]
    maps.nth(1).select_option("skip")
    box.get_by_role("button", name=say("import_add", "en")).click()
    assert stored(page)[0]["notes"] == "Email: ana@example.org"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_preview_is_accessible_and_works_from_the_keyboard(browser, server, scheme):
    from tests.browsing import axe_violations

    context = browser.new_context(viewport={"width": 1024, "height": 800}, color_scheme=scheme)
    try:
        page = context.new_page()
        open_tracker(page, server, "en")
        choose_file(page, b"Name,Message sent on,Status\r\nAna,03/04/2025,\r\nBea,05/06/2025,hired\r\n")
        box = preview(page)
        # The refused status is said at the top of the preview and beside the import; nothing to add yet.
        expect(page.locator(".tracker__import-status")).to_contain_text("Line 3: there is no status “hired”")
        assert box.get_by_role("button", name=say("import_add", "en")).is_disabled()
        assert axe_violations(page) == [], f"{scheme}: the preview with an error and the dates' choice"
        # Keyboard only: from the preview's title, Tab reaches the third column's choice; it
        # is left out, and Add then adds both.
        page.keyboard.press("Tab")
        for _ in range(12):
            if page.evaluate("() => document.activeElement.dataset.column") == "2":
                break
            page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.dataset.column") == "2"
        page.keyboard.press("End")  # the last choice: left out
        assert page.evaluate("() => document.activeElement.value") == "skip"
        add = box.get_by_role("button", name=say("import_add", "en"))
        expect(add).to_be_enabled()
        add.focus()
        page.keyboard.press("Enter")
        expect(page.locator(".tracker__import-status")).to_contain_text(say("import_added", "en", n=2))
        assert page.evaluate("() => document.activeElement.classList.contains('tracker__import-status')"), "focus stays by the import"
    finally:
        context.close()
