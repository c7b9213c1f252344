"""Layout for a tool used for weeks (issue 26 item 7), in Chromium at a phone's 390 px and a
laptop's 1366 px: the workspace pages without sidebars, the tracker's list first on a phone as
short cards, one line per contact on a laptop, sorted and filtered by status (also from
«Mi búsqueda»'s steps), the builder's preview in view beside its fields, and the tracker's
import loaded only when the reader reaches it."""

import json

import pytest

from tests.browsing import axe_violations
from tests.storage_faults import KEY

TRACKER = "herramientas/registro/"
BUILDER = "herramientas/mensaje/"
SEARCH = "herramientas/mi-busqueda/"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}

PEOPLE = [("Lucía Ferrer", "Fintech Levante"), ("Roberto Garza", "Aceros del Norte"), ("Hannah Clarke", "Unilever"),
          ("Ana Pérez", "Logística Ibérica"), ("Ben Ortiz", "Acme"), ("Cai Núñez", "Hospital Sur"),
          ("Diego Soto", "Banco Horizonte"), ("Eva Gil", "Ayuntamiento de Valencia"), ("Farah Khan", "NHS England"),
          ("Gonzalo Ruiz", "Universidad de Chile"), ("Inés Vidal", "Mercadona"), ("Zoe Núñez", "Telefónica")]
NOTE = "Conocida en la charla de Valladolid; me habló de su equipo y de cómo entró en el sector. " * 4


def contacts():
    """Twelve contacts at several steps, each with a role, a connection, a long note and dates."""
    out = []
    for i, (name, org) in enumerate(PEOPLE):
        c = {f: "" for f in ("status", "sent", "day3", "day7", "meeting", "thanked", "next_action", "next_date")}
        c.update(id=f"c{i}", name=name, organisation=org, role="Directora de operaciones", connection="Antigua compañera",
                 source="LinkedIn", notes=NOTE, status_manual=False)
        if i % 3 == 0:
            c.update(sent="2026-12-01")
        elif i % 3 == 1:
            c.update(sent="2026-11-20", meeting="2026-12-20")
        else:
            c.update(next_action="Escribirle para presentarme y preguntarle por su paso al sector financiero",
                     next_date=f"2026-12-{10 + i}")
        out.append(c)
    return out


def preset(page, records):
    doc = {"version": 3, "worksheets": {"registro": {"data": {"contacts": records}, "updated": None}}}
    page.add_init_script("if (!sessionStorage.getItem('seeded')) { localStorage.setItem(%s, %s);"
                         " sessionStorage.setItem('seeded', '1'); }" % (json.dumps(KEY), json.dumps(json.dumps(doc))))


def open_page(browser, server, path, viewport, scheme="light", records=None):
    context = browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=viewport is PHONE,
                                  has_touch=viewport is PHONE)
    page = context.new_page()
    page.clock.set_fixed_time("2026-12-07T10:00:00")  # a Monday
    if records is not None:
        preset(page, records)
    page.goto(server + path, wait_until="load")
    if "registro" in path:
        page.wait_for_selector("form.tracker[data-ready]")
    return context, page


def names(page):
    return page.locator(".tracker__table tbody th").all_inner_texts()


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("path", [TRACKER, BUILDER, SEARCH])
def test_the_workspace_pages_have_no_sidebars_and_keep_the_header_and_language_switch(browser, server, prefix, path):
    context, page = open_page(browser, server, prefix + path, LAPTOP)
    try:
        assert page.locator(".md-sidebar--primary").is_hidden(), "the site's navigation is hidden"
        assert page.locator(".md-sidebar--secondary").is_hidden(), "the table of contents is hidden"
        assert page.locator("header.md-header").is_visible()
        switch = page.locator(".md-header .md-select a[hreflang]")
        assert switch.count() >= 2, "the language switch is in the header"
        main = page.locator(".md-content").bounding_box()
        assert main["width"] >= 0.8 * LAPTOP["width"], f"the content takes the page's width: {main}"
    finally:
        context.close()


@pytest.mark.parametrize("prefix, scheme, words", [
    ("", "light", {"details": "Detalles", "add": "+ Añadir un contacto", "more": "Más campos", "saved": "Guardado: Nora Nueva."}),
    ("en/", "dark", {"details": "Details", "add": "+ Add a contact", "more": "More fields", "saved": "Saved: Nora Nueva."}),
])
def test_on_a_phone_the_list_comes_first_as_short_cards_and_add_opens_a_short_form(browser, server, prefix, scheme, words):
    context, page = open_page(browser, server, prefix + TRACKER, PHONE, scheme, contacts())
    try:
        problems = []
        if page.locator("#tr-name").is_visible():
            problems.append("the form's fields are shown before the list")
        # Twelve contacts fit in four screens.
        height = page.locator(".tracker__table-wrap").bounding_box()["height"]
        if height > 4 * PHONE["height"]:
            problems.append(f"12 contacts take {height:.0f} px, over four screens of {PHONE['height']} px")
        width = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
        if width[0] > width[1]:
            problems.append(f"the page scrolls sideways: {width}")
        # A card: the next step and its date, the name, the status chip; the rest on a tap.
        card = page.locator("tbody tr[data-id='c0']")
        for part in ("td[data-column=next_date] time", "td[data-column=next_action]", "th[data-column=name]",
                     ".tracker__state"):
            if not card.locator(part).is_visible():
                problems.append(f"the card does not show {part}")
        if card.locator("[data-column=role]").is_visible() or card.locator("td[data-column=notes]").is_visible():
            problems.append("a closed card shows its details")
        if problems == []:
            opener = card.locator(".tracker__open summary")
            assert opener.inner_text().startswith(words["details"])
            opener.click()
            if not (card.locator("[data-column=role]").is_visible() and card.locator("[data-column=sent] time").is_visible()
                    and card.locator("td[data-column=notes]").is_visible() and card.locator(".tracker__tool").first.is_visible()):
                problems.append("an open card does not show its role, dates, notes and tools")
        assert problems == [], "\n".join(problems)

        # "+ Add": the name and organisation first, then "More fields" for the rest.
        add = page.locator(".tracker__add")
        assert add.inner_text() == words["add"] and add.get_attribute("aria-expanded") == "false"
        add.click()
        assert add.get_attribute("aria-expanded") == "true"
        assert page.locator("#tr-name").is_visible() and page.locator("#tr-organisation").is_visible()
        assert page.locator("#tr-role").is_hidden() and page.locator("#tr-notes").is_hidden()
        more = page.locator(".tracker__more-fields")
        assert more.inner_text() == words["more"] and more.get_attribute("aria-expanded") == "false"
        more.click()
        assert more.get_attribute("aria-expanded") == "true" and page.locator("#tr-role").is_visible()
        page.fill("#tr-name", "Nora Nueva")
        page.fill("#tr-organisation", "Banco Sur")
        page.locator("button[type=submit]").click()
        assert page.locator(".tracker__status").inner_text() == words["saved"]
        assert "Nora Nueva" in names(page)
        assert axe_violations(page) == [], f"{scheme}: a card open, the form open"
    finally:
        context.close()


@pytest.mark.parametrize("prefix, scheme, words", [
    ("", "light", {"by_name": "Tus contactos, por nombre", "count": "4 de 12 contactos", "all": "12 contactos"}),
    ("en/", "dark", {"by_name": "Your contacts, by name", "count": "4 of 12 contacts", "all": "12 contacts"}),
])
def test_on_a_laptop_each_contact_is_one_line_sorted_by_its_headers_and_filtered_by_status(browser, server, prefix, scheme,
                                                                                            words):
    context, page = open_page(browser, server, prefix + TRACKER, LAPTOP, scheme, contacts())
    try:
        heights = page.locator(".tracker__table tbody tr").evaluate_all(
            "rows => rows.map(r => Math.round(r.getBoundingClientRect().height))")
        # One line: the row's 44 px buttons and a little padding, whatever the note and step hold.
        assert len(heights) == 12 and max(heights) <= 64, f"rows of {heights} px"
        assert page.locator(".tracker__count").inner_text() == words["all"]

        # Sorting: real buttons in the headers, the order on the header (aria-sort).
        head = {k: page.locator(f".tracker__table thead th[data-head={k}]") for k in ("next_date", "progress", "name")}
        assert head["next_date"].get_attribute("aria-sort") == "ascending"
        head["name"].get_by_role("button").click()
        assert head["name"].get_attribute("aria-sort") == "ascending"
        assert head["next_date"].get_attribute("aria-sort") is None
        assert page.locator(".tracker__table caption").inner_text() == words["by_name"]
        by_name = sorted(n for n, _ in PEOPLE)
        assert names(page) == by_name
        head["name"].get_by_role("button").click()
        assert head["name"].get_attribute("aria-sort") == "descending" and names(page) == by_name[::-1]
        head["progress"].get_by_role("button").click()
        ids = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('#tr-filter option')]"
                            ".map(o => [o.textContent, o.value]))")
        order = list(ids.values())[1:]  # the steps' order, after "every status"
        ranks = [order.index(ids[s]) for s in page.locator("tbody [data-column=status]").all_inner_texts()]
        assert ranks == sorted(ranks) and ranks[0] < ranks[-1], f"by status: {ranks}"

        # Filtered by status: the count beside it.
        page.select_option("#tr-filter", "meeting-set")
        shown = page.locator("tbody tr").evaluate_all("rows => rows.map(r => r.dataset.id)")
        assert sorted(shown) == ["c1", "c10", "c4", "c7"]
        assert page.locator(".tracker__count").inner_text() == words["count"]
        assert page.locator(".tracker__count").get_attribute("role") == "status", "the count is announced"
        assert axe_violations(page) == [], f"{scheme}: sorted and filtered"
    finally:
        context.close()


def test_the_address_opens_the_tracker_at_a_status_and_my_search_links_each_step_there(browser, server):
    for prefix, text in (("", "Ver «Conversación fijada» en el registro"), ("en/", "See “Conversation arranged” in the tracker")):
        context, page = open_page(browser, server, prefix + SEARCH, LAPTOP, records=contacts())
        try:
            link = page.locator(".my-search__step-open", has_text=text)
            assert link.get_attribute("href").endswith("registro/?status=meeting-set")
            link.click()
            page.wait_for_selector("form.tracker[data-ready]")
            assert page.input_value("#tr-filter") == "meeting-set"
            assert sorted(page.locator("tbody tr").evaluate_all("rows => rows.map(r => r.dataset.id)")) == \
                ["c1", "c10", "c4", "c7"]
        finally:
            context.close()


@pytest.mark.parametrize("prefix, see, back", [("", "Ver el mensaje", "Volver a los campos"),
                                               ("en/", "See the message", "Back to the fields")])
def test_the_builders_message_stays_beside_the_fields_on_a_laptop_and_one_tap_away_on_a_phone(browser, server, prefix,
                                                                                            see, back):
    context, page = open_page(browser, server, prefix + BUILDER, LAPTOP)
    try:
        page.locator("#mb-template").focus()
        last = page.locator(".builder__fields textarea:visible, .builder__fields input:visible").last
        last.scroll_into_view_if_needed()
        last.fill("Ana")
        box = page.locator(".builder__preview").bounding_box()
        field = last.bounding_box()
        assert 0 <= box["y"] < LAPTOP["height"], f"the preview is out of view while the last field is typed in: {box}"
        assert box["x"] > field["x"] + field["width"], "the preview sits beside the fields"
        assert page.locator(".builder__jump").first.is_hidden(), "no jump link where both are in view"
    finally:
        context.close()

    context, page = open_page(browser, server, prefix + BUILDER, PHONE)
    try:
        field = page.locator(".builder__fields textarea:visible").nth(2)
        field.scroll_into_view_if_needed()
        jump = page.get_by_role("link", name=see)
        assert jump.is_visible()
        spot = jump.bounding_box()
        assert 0 <= spot["y"] and spot["y"] + spot["height"] <= PHONE["height"], "one tap away, on the screen"
        jump.click()
        page.wait_for_function("() => { const r = document.querySelector('#vista-previa').getBoundingClientRect();"
                               " return r.top >= 0 && r.top < innerHeight / 2; }")
        page.get_by_role("link", name=back).click()
        page.wait_for_function("() => { const r = document.querySelector('#mb-template').getBoundingClientRect();"
                               " return r.top >= 0 && r.bottom <= innerHeight; }")
    finally:
        context.close()


def test_the_tracker_loads_its_import_only_when_the_reader_reaches_it(server, page):
    page.goto(server + TRACKER, wait_until="load")
    page.wait_for_selector("form.tracker[data-ready]")
    loaded = "() => performance.getEntriesByType('resource').some(e => e.name.endsWith('/tracker-import.js'))"
    assert not page.evaluate(loaded), "the import's script is not part of the page's first load"
    page.fill("#tr-paste", "Name\tCompany\nPriya Shah\tUnilever\n")
    page.click(".tracker__paste-read")
    page.locator(".tracker__preview button[data-choice=import_add]").click()
    page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length === 1")
    assert page.evaluate(loaded)
    assert names(page) == ["Priya Shah"]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_on_a_laptop_the_list_comes_before_the_form_and_on_a_phone_add_opens_it_above_the_list(browser, server, prefix):
    """Item 7 at 1366 px: the contacts first, the form to add one after them (in the page's
    order too, so Tab meets them in that order); on a phone "+ Add" still opens it above the list."""
    context, page = open_page(browser, server, prefix + TRACKER, LAPTOP, "light", contacts())
    try:
        table, name = page.locator(".tracker__table-wrap"), page.locator("#tr-name")
        assert name.is_visible() and page.locator(".tracker__add").is_hidden()
        assert table.bounding_box()["y"] < name.bounding_box()["y"], "the list comes first"
        assert table.bounding_box()["y"] < LAPTOP["height"], "and starts on the first screen"
        assert page.evaluate("() => !!(document.querySelector('.tracker__table-wrap').compareDocumentPosition("
                             "document.querySelector('#tr-name')) & Node.DOCUMENT_POSITION_FOLLOWING)")
        # Saved from there, the new contact's row is where focus goes.
        name.fill("Nora Nueva")
        page.locator("form.tracker button[type=submit]").click()
        assert page.evaluate("() => document.activeElement.closest('tbody tr')?.querySelector('th').textContent") == "Nora Nueva"
        page.set_viewport_size(PHONE)
        page.locator(".tracker__add").click()
        assert name.is_visible() and name.bounding_box()["y"] < table.bounding_box()["y"], "on a phone it opens above"
    finally:
        context.close()
