"""Try it with an example (issue 26, item 10): Carmen's search (data/example-search.yml, as
data/example-mode.yml sets it) loads into the workspace from «Mi búsqueda» and from the worked
search's page, apart from the reader's own answers, marked on every page that shows answers,
and removed in one action that leaves nothing in storage (src/store.mjs,
src/example-load.mjs, overrides/partials/example-banner.html)."""

import pytest

from tests.conftest import SITE
from tests.test_csp import _use_every_control, _violations, watched_page  # noqa: F401 (a fixture)
from tests.test_first_paint import BLOCKS, PLACES, _ours, phone  # noqa: F401 (a fixture)

MY_SEARCH = "herramientas/mi-busqueda/"
TRACKER = "herramientas/registro/"
STORY = "una-busqueda/"
WORDS = {
    "": {"banner": "Estás viendo la búsqueda de ejemplo de Carmen", "own": "Tus propias respuestas están a salvo",
         "remove": "Quitar el ejemplo", "load": "Cargar la búsqueda de ejemplo", "file": "ejemplo-carmen-"},
    "en/": {"banner": "You are looking at Carmen's example search", "own": "Your own answers are safe",
            "remove": "Remove the example", "load": "Load the example search", "file": "example-carmen-"},
}
NAMES = [c["name"] for c in SITE.example_search["contacts"]]
DUE_TODAY = [c["name"] for c in SITE.example_search["contacts"] if c["id"] == "marta"][0]  # her day 7
# Every key of ours (Material keeps its colour scheme beside them).
ALL_STORAGE = """() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('entrevistas-informativas:'))
  .map((k) => [k, localStorage.getItem(k)]))"""


def _load_from_my_search(page, server, prefix):
    page.goto(server + prefix + MY_SEARCH, wait_until="load")
    banner = page.locator(".example-banner")
    assert banner.is_hidden()
    page.get_by_role("button", name=WORDS[prefix]["load"]).click()
    banner.wait_for(state="visible")
    return banner


def _tracker_names(page):
    page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length > 0")
    return page.locator(".tracker__table tbody th").all_inner_texts()


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_example_loads_marked_everywhere_and_leaves_nothing_when_removed(server, page, prefix):
    words = WORDS[prefix]
    banner = _load_from_my_search(page, server, prefix)
    assert words["banner"] in banner.inner_text()
    assert banner.locator(".example-banner__own").is_hidden()  # nothing of the reader's own to speak of
    assert page.get_by_role("button", name=words["load"]).is_hidden()  # loaded once, not twice
    # «Mi búsqueda» shows her search, and something is due today (the dates moved to today).
    assert "8" in page.locator(".my-search__line").inner_text()
    page.locator(".due-list__today .due-list__item").first.wait_for()
    assert DUE_TODAY in page.locator(".due-list__today").inner_text()
    # A file exported now is named as the example's.
    with page.expect_download() as download:
        page.locator('.ws-data [data-action="export"]').first.click()
    assert download.value.suggested_filename.startswith(words["file"])
    # The tracker holds her contacts as records, and says it is the example.
    page.goto(server + prefix + TRACKER, wait_until="load")
    assert page.locator(".example-banner").is_visible()
    assert sorted(_tracker_names(page)) == sorted(NAMES)
    # One action removes it: nothing of it is left in storage, and the page is the reader's again.
    page.get_by_role("button", name=words["remove"]).click()
    page.wait_for_load_state("load")
    page.locator(".example-banner").wait_for(state="hidden")
    assert page.evaluate(ALL_STORAGE) == {}
    assert page.locator(".tracker__table tbody tr").count() == 0
    page.goto(server + prefix + MY_SEARCH, wait_until="load")
    assert page.get_by_role("button", name=words["load"]).is_visible()


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_a_reader_with_answers_is_never_mixed_with_the_example(server, page, prefix):
    words = WORDS[prefix]
    page.goto(server + prefix + TRACKER, wait_until="load")
    own = [{"id": "mine", "name": "Rosa Propia", "organisation": "Mi empresa", "status": "to-contact"}]
    page.evaluate("(c) => WorksheetStore.set('registro', {contacts: c})", own)
    page.evaluate("() => WorksheetStore.set('tu', {name: 'Rosa'})")
    before = page.evaluate(ALL_STORAGE)
    banner = _load_from_my_search(page, server, prefix)
    assert banner.locator(".example-banner__own").is_visible()
    assert words["own"] in banner.inner_text()
    page.goto(server + prefix + TRACKER, wait_until="load")
    names = _tracker_names(page)
    assert "Rosa Propia" not in names and sorted(names) == sorted(NAMES)
    # Editing in the example writes only to the example.
    page.evaluate("() => { const r = WorksheetStore.get('registro'); r.contacts[0].notes = 'probando';"
                  " WorksheetStore.set('registro', r); }")
    after = page.evaluate(ALL_STORAGE)
    assert {k: after[k] for k in before} == before, "the reader's own keys changed while the example was on"
    page.get_by_role("button", name=words["remove"]).click()
    page.wait_for_load_state("load")
    page.locator(".example-banner").wait_for(state="hidden")
    assert page.evaluate(ALL_STORAGE) == before
    assert _tracker_names(page) == ["Rosa Propia"]


def test_the_worked_search_page_loads_it_and_opens_my_search(server, page):
    page.goto(server + STORY, wait_until="load")
    page.get_by_role("button", name=WORDS[""]["load"]).click()
    page.wait_for_url("**/" + MY_SEARCH)
    assert page.locator(".example-banner").is_visible()
    assert "8" in page.locator(".my-search__line").inner_text()


def test_a_tab_still_showing_the_example_writes_nothing_once_it_is_removed(server, page):
    _load_from_my_search(page, server, "")
    other = page.context.new_page()
    other.goto(server + TRACKER, wait_until="load")
    assert other.locator(".example-banner").is_visible()
    page.get_by_role("button", name=WORDS[""]["remove"]).click()
    page.wait_for_load_state("load")
    # The other tab saves a change, and leaves (its pending typing is saved on pagehide).
    other.evaluate("() => WorksheetStore.set('tu', {name: 'Carmen'})")
    other.goto("about:blank")
    assert page.evaluate(ALL_STORAGE) == {}


# (Not «Mi búsqueda»: with any contacts stored its overview is revealed by its script, pushing
# its backup section down; that is the page's own, whoever's the contacts.)
@pytest.mark.parametrize("path", [TRACKER, "en/fichas/notas/", ""])
def test_the_banner_moves_nothing_already_painted(phone, server, path):  # noqa: F811 (the fixture imported above)
    """As tests/test_first_paint.py, with the example on and the reader's own answers kept: the
    banner is in the first paint (the head script), so the page script moves nothing."""
    page = phone.page
    page.goto(server + MY_SEARCH, wait_until="load")
    page.evaluate("() => WorksheetStore.set('tu', {name: 'Rosa'})")
    page.get_by_role("button", name=WORDS[""]["load"]).click()
    page.locator(".example-banner").wait_for(state="visible")
    page.route("**/assets/javascripts/*.js", lambda route: route.abort() if _ours(route) else route.continue_())
    page.goto(server + path, wait_until="load")
    banner = page.locator(".example-banner")
    assert banner.is_visible() and banner.locator(".example-banner__own").is_visible()
    blocked = page.evaluate(PLACES, BLOCKS)
    page.unroute_all(behavior="ignoreErrors")
    page.goto(server + path, wait_until="load")
    ran = page.evaluate(PLACES, BLOCKS)
    screen = page.viewport_size["height"]
    first = {name: top for name, (top, height) in blocked.items() if height > 0 and top < screen}
    assert any(name.startswith("DIV.example-banner") for name in first)
    moved = [f"{name}: top {top} -> {ran.get(name, ['gone'])[0]}" for name, top in first.items() if ran.get(name, [None])[0] != top]
    assert not moved, f"{path}: the page script moved what the first paint showed: {moved}"


@pytest.mark.parametrize("path", [TRACKER, MY_SEARCH])
def test_no_policy_violation_while_the_example_is_used(server, watched_page, path):  # noqa: F811 (the fixture imported above)
    """tests/test_csp.py's use of every control, on the example's pages, then its removal."""
    watched_page.goto(server + MY_SEARCH, wait_until="load")
    watched_page.get_by_role("button", name=WORDS[""]["load"]).click()
    watched_page.locator(".example-banner").wait_for(state="visible")
    watched_page.goto(server + path, wait_until="load")
    assert _use_every_control(watched_page) > 0
    assert _violations(watched_page) == [], "while the example is used"
    watched_page.get_by_role("button", name=WORDS[""]["remove"]).click()
    watched_page.wait_for_load_state("load")
    watched_page.locator(".example-banner").wait_for(state="hidden")
    assert _violations(watched_page) == [], "once it is removed"


def test_the_example_as_loaded_has_work_due_on_its_day_and_nothing_after_it():
    """data/example-mode.yml's day of Carmen's story (sitekit/example_mode.py snapshot): a follow-up
    due that day, none of what happened later, and only statuses the dates do not give kept."""
    from sitekit import example_mode

    mode, story = SITE.example_mode, SITE.example_search
    today = mode["today"]
    for lang in ("es", "en"):
        records = {r["id"]: r for r in example_mode.snapshot(story, today, lang)}
        assert [r["name"] for r in records.values()] == NAMES
        assert records["marta"]["day7"] == today and not records["marta"]["replied"]
        for r in records.values():
            assert all(r[k] <= today for k in ("sent", "replied", "thanked") if r[k]), r["id"]
            assert r["status_manual"] == (r["status"] == "keep-in-touch")
            assert set(r) >= {"name", "organisation", "role", "connection", "source", "sent", "notes"}
        # What she wrote after that day is not there.
        assert not records["irene"]["notes"] and not records["irene"]["meeting"]
        assert records["pablo"]["notes"] and records["pablo"]["thanked"]
