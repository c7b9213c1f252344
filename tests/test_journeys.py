"""Two of the three readers' journeys of issue 26 ("Done when"), each one story in Chromium,
asserting what the reader sees. The third, the laptop reader who prepares, prints, takes notes,
thanks and backs up to a second browser, is
tests/test_notes_record.py::test_the_laptop_reader_prepares_prints_takes_notes_thanks_and_backs_up_to_a_second_browser.

- The phone reader (Carmen, Valencia): eight people on the target list, three messages sent
  from the builder, then day 3 and day 7 on «Mi búsqueda», with Spain's public holidays
  chosen (8 December is one), ticking off what she did.
- The London reader (Priya): her Name,Company,Notes spreadsheet into the tracker, then the
  week at a glance on "My search" and the tracker filtered from a pipeline count."""

import datetime as dt

from playwright.sync_api import expect

from tests.browsing import origin_of, wait_stored
from tests.test_contact_list import ROW, open_list, rows_on_list
from tests.test_due_actions import _plus_working_days as plus_working_days
from tests.test_tools_message import GOOD_ES, fill, wait_ready
from tests.test_tracker_import import choose_file, open_tracker, preview, say

SEARCH = "herramientas/mi-busqueda/"
BUILDER = "herramientas/mensaje/"

CARMEN_LIST = [("Lucía Ferrer", "Fintech Levante"), ("Jorge Sanchis", "Banco Turia"),
               ("Marta Gil", "PagoFácil"), ("Pablo Ortega", "Seguros Albufera"),
               ("Elena Roig", "Consultora Norte"), ("Andrés Vidal", "Cámara de Comercio"),
               ("Sara Llopis", "Startup Riu"), ("Tomás Peris", "Auditores Sur")]
CARMEN_WRITES_TO = ["Lucía Ferrer", "Jorge Sanchis", "Marta Gil"]


def open_search(page, url):
    """«Mi búsqueda» as the reader waits for it: its summary written and what is due shown."""
    page.goto(url, wait_until="load")
    expect(page.locator(".my-search__backup")).not_to_have_text("")
    page.wait_for_selector("section.due-list:not([hidden]) .due-list__title")


def due(page, part):
    """What the reader reads of each due item in one part of the list ("today" or "week"):
    its date and step, without its buttons."""
    return page.locator(f"section.due-list .due-list__{part} li").evaluate_all("""items => items.map((li) => {
        const copy = li.cloneNode(true); copy.querySelectorAll("button").forEach((b) => b.remove());
        return copy.textContent.replace(/\\s+/g, " ").trim(); })""")


MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
WEEKDAYS = "lunes martes miércoles jueves viernes sábado domingo".split()


def long_date(day):
    return f"{day.day} de {MONTHS[day.month - 1]}"


def day3_item(day, name):
    organisation = dict(CARMEN_LIST)[name]
    return f"{WEEKDAYS[day.weekday()]}, {long_date(day)}: 3B7, día 3: si {name} no ha contestado, escribe a otra persona de {organisation}"


def day7_item(day, name):
    return f"{WEEKDAYS[day.weekday()]}, {long_date(day)}: 3B7, día 7: un único seguimiento a {name}"


def carmens_week(page):
    """The day she sends (the working day before 8 December, this year: the page's holidays
    cover this year and the next), Spain's holidays in the page's data, and her day 3 and
    day 7 counted over them."""
    data = page.evaluate("JSON.parse(document.getElementById('page-data').textContent).holidays")
    spain = {dt.date.fromisoformat(iso) for iso, _name in next(c for c in data["countries"] if c["code"] == "ES")["days"]}
    holiday = dt.date(dt.date.today().year, 12, 8)
    assert holiday in spain, "8 December is a public holiday in Spain in the page's data"
    sent = holiday - dt.timedelta(days=1)
    while sent.weekday() > 4 or sent in spain:
        sent -= dt.timedelta(days=1)
    return sent, plus_working_days(sent, 3, spain), plus_working_days(sent, 7, spain), plus_working_days(sent, 3)


def test_the_phone_reader_lists_8_people_sends_3_messages_and_ticks_off_day_3_and_day_7(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  locale="es-ES", timezone_id="Europe/Madrid")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin_of(server))
    try:
        page = context.new_page()
        page.goto(server + SEARCH, wait_until="load")
        sent, day3, day7, day3_without_holidays = carmens_week(page)
        page.clock.set_fixed_time(f"{sent.isoformat()}T10:00:00")

        # The working day before 8 December (this year a Monday): she lists the eight people
        # she wants to talk to on the target list.
        open_list(page, server)
        add_row = page.get_by_role("button", name="Añadir fila")
        for n, (name, organisation) in enumerate(CARMEN_LIST, start=1):
            if page.locator(ROW.format(n=n, col="name")).count() == 0:
                add_row.tap()
            page.locator(ROW.format(n=n, col="name")).fill(name)
            page.locator(ROW.format(n=n, col="organisation")).fill(organisation)
        wait_stored(page, "registro", "(d) => d.contacts.length === 8 && d.contacts[7].organisation === 'Auditores Sur'")
        open_list(page, server)  # the next time she opens it
        assert [r[:2] for r in rows_on_list(page)] == [list(p) for p in CARMEN_LIST], "all eight kept"

        # On «Mi búsqueda» she chooses Spain's public holidays, which count for day 3 and day 7.
        open_search(page, server + SEARCH)
        expect(page.locator(".my-search__line")).to_have_text("Contactos: 8. Mensajes enviados: 0. Respuestas: 0.")
        page.get_by_label("Días festivos que no cuentan al calcular los días 3 y 7").select_option("ES")
        expect(page.locator(".my-search__holidays [role=status]")).to_contain_text("días festivos de España")

        # Three messages from the builder: the person from «¿Para quién?» (her list is there),
        # the text copied, and «Sí, lo envié hoy».
        page.goto(server + BUILDER, wait_until="load")
        wait_ready(page)
        picker = page.get_by_label("¿Para quién?")
        assert [o.split(" (")[0] for o in picker.locator("option").all_inner_texts()[1:]] == \
            sorted(name for name, _org in CARMEN_LIST), "the eight people of her list"
        for name in CARMEN_WRITES_TO:
            picker.select_option(picker.locator("option", has_text=name).get_attribute("value"))
            fill(page, {k: v for k, v in GOOD_ES.items() if k != "their_name"})
            expect(page.locator(".builder__preview")).to_contain_text(f"Hola, {name.split()[0]}:")
            page.get_by_role("button", name="Copiar el texto").tap()
            expect(page.locator(".builder__status")).to_contain_text("Texto copiado")
            question = page.locator(".builder__sent-text")
            expect(question).to_contain_text(f"¿Se lo enviaste hoy a {name}?")
            page.get_by_role("button", name="Sí, lo envié hoy").tap()
            # 8 December is not a working day: day 3 is a day later than weekends alone give.
            expect(question).to_contain_text(f"Anotado: enviado a {name} el {long_date(sent)}. "
                                             f"Si no contesta, el {long_date(day3)} (día 3)")

        # The day weekends alone would call day 3: nothing is due yet, day 3 is in the week.
        page.clock.set_fixed_time(f"{day3_without_holidays.isoformat()}T10:00:00")
        open_search(page, server + SEARCH)
        expect(page.locator(".my-search__line")).to_have_text("Contactos: 8. Mensajes enviados: 3. Respuestas: 0.")
        assert due(page, "today") == []
        assert [day3_item(day3, name) for name in sorted(CARMEN_WRITES_TO)] == due(page, "week")[:3]

        # Day 3: the three day-3 items, and nothing else, are due today.
        page.clock.set_fixed_time(f"{day3.isoformat()}T10:00:00")
        open_search(page, server + SEARCH)
        assert due(page, "today") == [day3_item(day3, name) for name in sorted(CARMEN_WRITES_TO)]
        # She wrote to someone else at two organisations; Marta has replied.
        box = page.locator("section.due-list")
        box.get_by_role("button", name="Hecho: día 3, Lucía Ferrer", exact=True).tap()
        box.get_by_role("button", name="Hecho: día 3, Jorge Sanchis", exact=True).tap()
        box.get_by_role("button", name="Ha respondido: día 3, Marta Gil").tap()
        expect(box.get_by_role("status")).to_contain_text("Marta Gil ha respondido")
        expect(box.locator(".due-list__today li")).to_have_count(0)
        # After a reload what she ticked stays ticked; day 7 waits for Lucía and Jorge only.
        open_search(page, server + SEARCH)
        expect(page.locator(".my-search__line")).to_have_text("Contactos: 8. Mensajes enviados: 3. Respuestas: 1.")
        assert due(page, "today") == []
        assert due(page, "week") == [day7_item(day7, "Jorge Sanchis"), day7_item(day7, "Lucía Ferrer")]

        # Day 7: only the two day-7 reminders, no stale day-3 item above them.
        page.clock.set_fixed_time(f"{day7.isoformat()}T10:00:00")
        open_search(page, server + SEARCH)
        assert due(page, "today") == [day7_item(day7, "Jorge Sanchis"), day7_item(day7, "Lucía Ferrer")]
        box.get_by_role("button", name="Hecho: día 7, Lucía Ferrer", exact=True).tap()
        box.get_by_role("button", name="Hecho: día 7, Jorge Sanchis", exact=True).tap()
        expect(box.locator(".due-list__today li")).to_have_count(0)
        open_search(page, server + SEARCH)  # after a reload, still ticked off
        expect(page.locator(".my-search__line")).to_have_text("Contactos: 8. Mensajes enviados: 3. Respuestas: 1.")
        expect(box.locator(".due-list__none")).to_have_text("Nada pendiente hoy ni en los próximos cinco días hábiles.")
    finally:
        context.close()


PRIYA_CSV = "Name,Company,Notes\r\n" + "".join(f"{n},{c},{note}\r\n" for n, c, note in [
    ("Hannah Lee", "Unilever", "Met at the 2019 offsite"), ("Omar Said", "Arup", ""),
    ("Tom Brook", "NHS", "Ex-colleague"), ("Aisha Khan", "Deloitte", "Returned after a break too"),
    ("Ben Carter", "BBC", ""), ("Chloe Wright", "Sainsbury's", "Knows the data team"),
    ("Daniel Okoye", "Barclays", ""), ("Emma Hughes", "GSK", "Alumni network"),
    ("Farah Ali", "Ocado", ""), ("George Evans", "Transport for London", "Via Hannah"),
    ("Isla Murray", "Wellcome Trust", ""), ("Jack Patel", "Rolls-Royce", "Old team lead")])


def test_the_london_reader_imports_her_spreadsheet_and_reads_the_week_at_a_glance(browser, server):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-GB", timezone_id="Europe/London")
    try:
        page = context.new_page()
        # Thursday 3 December: she wrote to Hannah and Omar on Monday, and enters them first.
        page.clock.set_fixed_time("2026-12-03T18:00:00")
        open_tracker(page, server, "en")
        for name, organisation in (("Hannah Lee", "Unilever"), ("Omar Said", "Arup")):
            page.get_by_label("Name", exact=True).fill(name)
            page.get_by_label("Organisation", exact=True).fill(organisation)
            page.get_by_label("Message sent on").fill("2026-11-30")
            page.get_by_role("button", name="Save contact").click()
            expect(page.locator(".tracker__table tbody th", has_text=name)).to_be_visible()

        # Her spreadsheet: twelve people, two of whom she has just entered.
        choose_file(page, PRIYA_CSV.encode(), name="contacts.csv")
        box = preview(page)
        assert say("preview_read", "en", encoding="UTF-8", sep="commas", n=12) in box.inner_text()
        assert "Hannah Lee" in box.locator(".tracker__dupes").inner_text()
        box.get_by_role("button", name=say("import_add", "en")).click()
        status = page.locator(".tracker__import-status")
        expect(status).to_contain_text(say("import_added", "en", n=10) + " " + say("import_merged", "en", n=2))
        expect(page.locator(".tracker__table tbody tr")).to_have_count(12)

        # "My search": the summary line, where everyone stands, and what is due this week.
        page.get_by_role("link", name="My search").first.click()
        page.wait_for_selector("section.due-list:not([hidden]) .due-list__title")
        expect(page.locator(".my-search__line")).to_have_text("Contacts: 12. Messages sent: 2. Replies: 0.")
        steps = page.locator(".my-search__steps summary")
        expect(steps).to_have_text(["To contact: 10", "Follow-up due: 2"])
        assert due(page, "today") == [
            "Thursday 3 December: 3B7, day 3: if Hannah Lee has not replied, write to someone else at Unilever",
            "Thursday 3 December: 3B7, day 3: if Omar Said has not replied, write to someone else at Arup"]
        assert due(page, "week") == ["Wednesday 9 December: 3B7, day 7: one follow-up to Hannah Lee",
                                     "Wednesday 9 December: 3B7, day 7: one follow-up to Omar Said"]

        # From a count, the tracker showing only those people.
        page.locator(".my-search__step-open", has_text="“To contact”").click()
        page.wait_for_selector("form.tracker[data-ready]")
        assert page.url.endswith("registro/?status=to-contact")
        rows = page.locator(".tracker__table tbody tr:visible th")
        expect(rows).to_have_count(10)
        assert "Hannah Lee" not in rows.all_inner_texts() and "Jack Patel" in rows.all_inner_texts()
    finally:
        context.close()
