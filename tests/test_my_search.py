"""«Mi búsqueda» / "My search": one page for the whole search, read from the tracker's records
(docs/herramientas/mi-busqueda.md, src/my-search.mjs; the counting itself is tested by
tests/js/search-summary.test.mjs)."""

import datetime as dt

import pytest

PAGE = "herramientas/mi-busqueda/"


def _day(days):
    return (dt.date.today() + dt.timedelta(days=days)).isoformat()


def _contacts():
    silent = [{"id": f"s{i}", "name": f"Persona {i}", "organisation": "Org", "sent": _day(-40)} for i in range(10)]
    return silent + [
        {"id": "new", "name": "Nadia Nueva", "organisation": "Banco"},
        {"id": "meet", "name": "Lucía Ferrer", "organisation": "Fintech Levante", "sent": _day(-30), "meeting": _day(20)},
    ]


def _open(page, server, prefix="", contacts=None):
    page.goto(server + prefix + PAGE, wait_until="load")
    if contacts is not None:
        page.evaluate("(c) => WorksheetStore.set('registro', {contacts: c})", contacts)
        page.reload(wait_until="load")
    page.wait_for_function("() => document.querySelector('.my-search__backup').textContent !== ''")


def test_a_search_not_started_says_where_to_start_and_hides_the_rest(server, page):
    _open(page, server)
    assert "Todavía no hay contactos" in page.locator(".my-search__line").inner_text()
    assert page.locator(".my-search").is_hidden()
    assert "Aún no has guardado ninguna copia" in page.locator(".my-search__backup").inner_text()


@pytest.mark.parametrize("prefix, words", [
    ("", {"line": "Contactos: 12. Mensajes enviados: 11. Respuestas: 1.", "step": "Por contactar: 1",
          "replies": "Respuestas: 1 de las 11 personas a las que escribiste.", "questions": "Preguntas para Lucía Ferrer"}),
    ("en/", {"line": "Contacts: 12. Messages sent: 11. Replies: 1.", "step": "To contact: 1",
             "replies": "Replies: 1 of the 11 people you have written to.", "questions": "Questions for Lucía Ferrer"}),
])
def test_the_search_at_a_glance_steps_replies_advice_and_the_next_conversation(server, page, prefix, words):
    _open(page, server, prefix, _contacts())
    assert page.locator(".my-search__line").inner_text() == words["line"]
    assert page.locator(".my-search").is_visible()
    # Each step is a count that opens the list of its people.
    step = page.locator(".my-search__steps details[data-status='to-contact']")
    assert step.locator("summary").inner_text() == words["step"]
    assert step.locator("a").is_hidden()
    step.locator("summary").click()
    link = step.locator("a")
    assert link.inner_text() == "Nadia Nueva" and link.get_attribute("href").endswith("registro/?contact=new")
    assert page.locator(".my-search__replies").inner_text() == words["replies"]
    # Ten messages, one reply: the advice, linking to the checklist.
    advice = page.locator(".my-search__advice")
    assert advice.is_visible() and advice.locator("a").get_attribute("href").endswith("sin-respuesta/")
    nxt = page.locator(".my-search__next")
    assert "Lucía Ferrer (Fintech Levante)" in nxt.inner_text()
    question = nxt.get_by_role("link", name=words["questions"])
    assert question.get_attribute("href").endswith("fichas/preguntas/?contact=meet")
    # What is due is on the page too: the ten silent people's follow-ups are long overdue, so
    # only the list's own rules decide; the list is shown.
    assert page.locator("section.due-list").is_visible()


def test_one_click_backup_downloads_every_answer_and_the_page_says_when(server, page):
    _open(page, server, "", _contacts())
    with page.expect_download() as info:
        page.locator('.ws-data [data-action="export"]').click()
    assert info.value.suggested_filename.endswith(".json")
    assert "Tu última copia se guardó el" in page.locator(".my-search__backup").inner_text()
    page.reload(wait_until="load")
    assert "Tu última copia se guardó el" in page.locator(".my-search__backup").inner_text()


def test_a_new_contact_in_another_tab_shows_without_a_reload(server, page):
    _open(page, server, "", [{"id": "a", "name": "Ana"}])
    other = page.context.new_page()
    other.goto(server + "herramientas/registro/", wait_until="load")
    other.evaluate("() => WorksheetStore.set('registro', {contacts: [{id: 'a', name: 'Ana'}, {id: 'b', name: 'Bruno'}]})")
    page.wait_for_function("() => document.querySelector('.my-search__line').textContent.startsWith('Contactos: 2.')")
    other.close()
