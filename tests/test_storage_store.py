"""The answer store under faults, in a real Chromium (issue 15): full storage hides nothing,
damaged or newer data is kept and named, two tabs merge field by field, two sites on one
origin keep their own answers, imports are checked, asked about and undoable."""

import functools
import http.server
import json
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from sitekit import languages, untranslated
from tests.conftest import SITE
from tests.storage_faults import FULL, KEY, NOTICE, OLD_KEY

UI = SITE.worksheets_ui
ROOT = Path(__file__).resolve().parent.parent


def doc(**worksheets_data):
    return {"version": 2, "worksheets": {wid: {"data": data, "updated": None} for wid, data in worksheets_data.items()}}


def preset(page, items):
    """Storage as a returning reader's browser holds it, before any script of the page runs."""
    page.add_init_script(
        "for (const [k, v] of Object.entries(%s)) if (!sessionStorage.getItem('seeded:' + k)) {"
        " localStorage.setItem(k, v); sessionStorage.setItem('seeded:' + k, '1'); }" % json.dumps(items))


def open_ws(page, server, wid, lang="es"):
    page.goto(f"{server}{'en/' if lang == 'en' else ''}fichas/{wid}/", wait_until="load")
    page.wait_for_selector(".ws-toolbar:not([hidden])")


def stored(page, key=KEY):
    return page.evaluate("k => localStorage.getItem(k)", key)


def flush(page):
    """Save what is typed and still waiting for the debounce, now, as leaving the page does
    (worksheets.js saves on pagehide): a condition to wait for instead of a fixed time."""
    page.evaluate("() => window.dispatchEvent(new PageTransitionEvent('pagehide'))")




# --- 1. full storage hides nothing ----------------------------------------------------------


def test_full_storage_at_load_shows_and_exports_what_is_saved(page, server, tmp_path):
    preset(page, {KEY: json.dumps(doc(notas={"their_name": "Dana", "advice": "ask early"}))})
    page.add_init_script(FULL)
    open_ws(page, server, "notas")
    assert page.input_value("#ws-notas-their_name") == "Dana"
    assert page.input_value("#ws-notas-advice") == "ask early"
    with page.expect_download() as info:
        page.click(".ws-data [data-action=export]")
    info.value.save_as(tmp_path / "a.json")
    exported = json.loads((tmp_path / "a.json").read_text())
    # Exported as this version holds it: the one-person notes are Dana's (store version 3).
    dana = next(c["id"] for c in exported["worksheets"]["registro"]["data"]["contacts"] if c["name"] == "Dana")
    assert exported["worksheets"][f"notas@{dana}"]["data"] == {"their_name": "Dana", "advice": "ask early"}
    page.fill("#ws-notas-notes", "más")
    expect(page.locator(NOTICE)).to_have_text(UI["storage_quota"]["es"] + " " + UI["storage_quota_space"]["es"])
    assert json.loads(stored(page))["worksheets"]["notas"]["data"] == {"their_name": "Dana", "advice": "ask early"}


# --- 2. damaged or newer data is kept ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_damaged_store_is_kept_until_the_reader_chooses_and_never_over_an_earlier_copy(page, server, lang):
    damaged = '{"version": 2, "worksheets": {"notas": {"data": {"their_name": "Da'
    preset(page, {KEY: damaged, KEY + ":unreadable": "the first damaged copy"})
    open_ws(page, server, "notas", lang)
    notice = page.locator(NOTICE)
    expect(notice).to_contain_text(UI["storage_unreadable"][lang])
    page.fill("#ws-notas-their_name", "Lucía")
    flush(page)
    assert stored(page) == damaged, "typing must not overwrite what cannot be read"
    with page.expect_download() as info:
        notice.get_by_role("button", name=UI["storage_download"][lang]).click()
    assert info.value.suggested_filename == UI["storage_file"][lang]
    assert open(info.value.path(), encoding="utf-8").read() == damaged
    notice.get_by_role("button", name=UI["storage_fresh"][lang]).click()
    expect(notice).to_have_count(0)
    assert json.loads(stored(page))["worksheets"]["notas"]["data"]["their_name"] == "Lucía"
    assert stored(page, KEY + ":unreadable") == "the first damaged copy"
    assert stored(page, KEY + ":unreadable:2") == damaged


def test_a_newer_version_makes_the_tab_read_only_and_is_never_overwritten(page, server):
    newer = json.dumps({"version": 99, "worksheets": {"notas": {"their_name": "from the future"}}})
    preset(page, {KEY: newer})
    open_ws(page, server, "notas")
    expect(page.locator(NOTICE)).to_have_text(UI["storage_newer"]["es"])
    assert page.evaluate("document.querySelector('form.ws-form').inert")
    page.evaluate("""() => { const el = document.querySelector('#ws-notas-their_name');
        el.value = 'Lucía'; el.dispatchEvent(new Event('input', {bubbles: true})); }""")
    flush(page)
    assert stored(page) == newer


def test_a_newer_version_written_by_another_tab_is_not_overwritten(page, server):
    open_ws(page, server, "notas")
    other = page.context.new_page()
    open_ws(other, server, "notas")
    newer = json.dumps({"version": page.evaluate("WorksheetStore.VERSION") + 1, "worksheets": {}})
    other.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, newer])
    expect(page.locator(NOTICE)).to_have_text(UI["storage_newer"]["es"])
    page.evaluate("() => WorksheetStore.set('notas', {their_name: 'Lucía'})")
    assert stored(page) == newer


# --- 7. two tabs ----------------------------------------------------------------------------


def test_two_tabs_typing_different_fields_at_once_keep_both(page, server):
    open_ws(page, server, "notas")
    other = page.context.new_page()
    open_ws(other, server, "notas")
    page.fill("#ws-notas-their_name", "Lucía")
    other.fill("#ws-notas-advice", "mirar los datos")  # both within the 250 ms of the debounce
    # No time limit of its own: on a busy machine each tab's save and the other's storage event
    # may take seconds; what counts is that both tabs end up showing both answers.
    for tab in (page, other):
        tab.wait_for_function("() => document.querySelector('#ws-notas-their_name').value === 'Lucía'"
                              " && document.querySelector('#ws-notas-advice').value === 'mirar los datos'")
    for tab in (page, other):
        flush(tab)
    data = json.loads(stored(page))["worksheets"]["notas"]["data"]
    assert data["their_name"] == "Lucía" and data["advice"] == "mirar los datos"


def test_two_tabs_typing_the_same_field_the_last_write_wins_on_both_screens(page, server):
    open_ws(page, server, "notas")
    other = page.context.new_page()
    open_ws(other, server, "notas")
    page.fill("#ws-notas-advice", "primero")
    other.wait_for_function("() => document.querySelector('#ws-notas-advice').value === 'primero'")
    other.fill("#ws-notas-advice", "después")
    page.wait_for_function("() => document.querySelector('#ws-notas-advice').value === 'después'")
    for tab in (page, other):
        flush(tab)
    assert json.loads(stored(page))["worksheets"]["notas"]["data"]["advice"] == "después"
    assert other.input_value("#ws-notas-advice") == "después"


# --- 8. two sites, one origin ------------------------------------------------------------------


@pytest.fixture
def two_sites(site_dir):
    """The same built site under two base paths of one origin, like two forks on user.github.io."""
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            for prefix in ("/one/", "/two/"):
                if path.startswith(prefix):
                    return super().translate_path("/" + path[len(prefix):])
            return str(site_dir / "__none__")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site_dir)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_two_sites_on_one_origin_never_share_answers(page, two_sites):
    one, two = f"{two_sites}/one/", f"{two_sites}/two/"
    open_ws(page, one, "notas")
    # The same build served at two paths: one slug (the build's address), two roots.
    assert page.evaluate("WorksheetStore.KEY") == f"{SITE.slug}:answers:/one/"
    assert page.evaluate("[WorksheetStore.keyFor('/a/'), WorksheetStore.keyFor('/b/')]") == [
        f"{SITE.slug}:answers:/a/", f"{SITE.slug}:answers:/b/"]
    page.fill("#ws-notas-their_name", "del sitio uno")
    flush(page)
    open_ws(page, two, "notas", "en")
    assert page.input_value("#ws-notas-their_name") == ""
    page.fill("#ws-notas-their_name", "site two")
    flush(page)
    open_ws(page, one, "notas")
    assert page.input_value("#ws-notas-their_name") == "del sitio uno"


def test_answers_under_the_old_key_move_to_this_sites_key_and_the_old_key_stays(page, server):
    old = json.dumps(doc(notas={"their_name": "Dana"}))
    preset(page, {OLD_KEY: old})
    open_ws(page, server, "notas")
    assert page.input_value("#ws-notas-their_name") == "Dana"
    page.fill("#ws-notas-advice", "ask early")
    flush(page)
    dana = page.evaluate("() => SiteContacts.current('notas')")
    assert json.loads(stored(page))["worksheets"][f"notas@{dana}"]["data"] == {"their_name": "Dana", "advice": "ask early"}
    assert stored(page, OLD_KEY) == old, "kept: another site on this origin may still move from it"
    page.evaluate("() => WorksheetStore.clear()")
    open_ws(page, server, "notas")
    assert page.input_value("#ws-notas-their_name") == "", "cleared answers do not come back from the old key"


# --- 5 and 10. imports checked, bounded, asked about; a page never half set up ------------------


def import_file(page, tmp_path, content, name="answers.json"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    page.set_input_files(".ws-import-file", str(path))


def test_a_100000_deep_import_is_refused_and_changes_nothing(page, server, tmp_path):
    open_ws(page, server, "notas")
    page.fill("#ws-notas-their_name", "Lucía")
    flush(page)
    before = stored(page)
    deep = '{"version": 2, "worksheets": {"notas": {"data": {"notes": ' + "[" * 100000 + "]" * 100000 + "}}}}"
    import_file(page, tmp_path, deep.encode())
    expect(page.locator(".ws-data .ws-alert")).to_have_text(UI["import_too_deep"]["es"])
    assert stored(page) == before
    open_ws(page, server, "preguntas")  # every page still works


def test_wrong_typed_values_never_stop_a_page_and_are_dropped_from_an_import(page, server, tmp_path):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    bad = doc(**{"por-que-ahora": {"first_step": {"toString": 1}},
                 "preguntas": {"plan": {"minutes": {"toString": 1}, "items": [{"text": "¿Qué harías tú?"}]}},
                 "notas": {"their_name": "Dana"}})
    preset(page, {KEY: json.dumps(bad)})
    open_ws(page, server, "preguntas")
    assert page.input_value("[data-setting=minutes]") == "20"
    assert page.locator(".ws-plan-text").all_inner_texts() == ["¿Qué harías tú?"]
    open_ws(page, server, "notas")
    assert page.input_value("#ws-notas-their_name") == "Dana"
    assert errors == []

    page.evaluate("() => WorksheetStore.clear()")
    page.on("dialog", lambda d: d.accept())
    import_file(page, tmp_path, doc(notas={"their_name": 5, "advice": "ok"}, zzz={"a": "b"},
                                    preguntas={"plan": {"minutes": {"toString": 1}}}))
    status = page.locator(".ws-data .ws-status")
    expect(status).to_contain_text(UI["import_done"]["es"])
    # Version 2's notes named nobody (a number is no name): an unnamed contact's now.
    unnamed = page.evaluate("() => SiteContacts.list()[0].id")
    # Each named as the reader knows it: the worksheet's title, the contact's name, never an id.
    unnamed_word = untranslated.load((ROOT / "data" / "contacts.yml").read_text(encoding="utf-8"))["words"]["unnamed"]["es"]
    for name in (f"· {unnamed_word} (their_name)", "zzz", f"· {unnamed_word} (plan)"):
        assert name in status.inner_text()
    assert unnamed not in status.inner_text() and "@" not in status.inner_text()
    assert page.evaluate("id => WorksheetStore.get(id)", f"notas@{unnamed}") == {"advice": "ok"}


def test_the_booklet_sets_up_every_sheet_after_a_broken_one(page, server):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    preset(page, {KEY: json.dumps(doc(**{"lista-de-contactos": {"contacts": [None, 5, {"name": {"toString": 1}}]},
                                         "preguntas": {"plan": {"minutes": {"toString": 1}}},
                                         "notas": {"their_name": "Dana"}}))})
    page.goto(f"{server}fichas/cuaderno/", wait_until="load")
    page.wait_for_selector(".worksheet[data-worksheet=notas] .ws-toolbar:not([hidden])")
    assert page.input_value("#ws-notas-their_name") == "Dana"
    assert errors == []


def test_an_import_says_what_it_replaces_and_asks_first(page, server, tmp_path):
    open_ws(page, server, "notas")
    page.fill("#ws-notas-their_name", "Lucía")
    page.fill("#ws-notas-advice", "mirar los datos")
    flush(page)
    before = stored(page)
    asked = []

    def dismiss(dialog):
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", dismiss)
    with page.expect_event("dialog"):
        import_file(page, tmp_path, doc(notas={"their_name": "Otra"}))
    page.evaluate("() => 0")  # the page's import handler has finished with the answer
    title = SITE.worksheets["notas"].title["es"]
    assert asked and f"{title} (2)" in asked[0], asked
    assert stored(page) == before and page.input_value("#ws-notas-their_name") == "Lucía"


def test_clear_all_and_reset_can_be_undone(page, server):
    page.on("dialog", lambda d: d.accept())
    open_ws(page, server, "notas")
    page.fill("#ws-notas-their_name", "Lucía")
    flush(page)
    page.click(".ws-data [data-action=clear]")
    assert page.input_value("#ws-notas-their_name") == ""
    page.locator(".ws-data .ws-status").get_by_role("button", name=UI["undo"]["es"]).click()
    expect(page.locator("#ws-notas-their_name")).to_have_value("Lucía")
    page.click(".ws-toolbar [data-action=reset]")
    assert page.input_value("#ws-notas-their_name") == ""
    page.locator(".worksheet > .ws-status").get_by_role("button", name=UI["undo"]["es"]).click()
    expect(page.locator("#ws-notas-their_name")).to_have_value("Lucía")
    assert json.loads(stored(page))["worksheets"]["notas"]["data"]["their_name"] == "Lucía"


def test_the_stores_messages_are_written_once():
    """Defined once: data/storage.yml holds the store's messages, and no other words file
    (a tool's, the worksheets') holds a copy that could drift from it."""
    storage = SITE.storage_words
    assert {"storage_unavailable", "storage_quota", "storage_unreadable", "storage_newer", "storage_download",
            "storage_fresh", "storage_file", "storage_quota_space"} <= set(storage)
    for path in sorted(SITE.path().rglob("*.yml")):
        if path != SITE.path("storage.yml"):
            data = untranslated.load(path.read_text(encoding="utf-8"))
            copies = sorted(set(data) & set(storage)) if isinstance(data, dict) else []
            assert not copies, f"{SITE.shown(path)}: {', '.join(copies)} (data/storage.yml holds them)"


def test_every_page_with_a_store_gets_its_messages_in_its_language(site_dir):
    """Each worksheet's and each tool's form carries the store's messages in the page's
    language (the notice before the form reads them: src/store.mjs notice)."""
    import html
    import re
    storage, seen = SITE.storage_words, dict.fromkeys(languages.COMPLETE, 0)
    for path in sorted(site_dir.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if "data-messages=" not in text and '<form class="tool ' not in text:
            continue
        lang = re.search(r'<html[^>]* lang="([a-z]+)', text).group(1)
        if lang not in seen:
            continue  # a partial language's pages show the default's words (sitekit/untranslated.py)
        said = {key: texts[lang] for key, texts in storage.items()}
        for attr in re.findall(r'data-messages="([^"]*)"', text):
            messages = json.loads(html.unescape(attr))
            assert {key: messages.get(key) for key in said} == said, path
            seen[lang] += 1
        if '<form class="tool ' in text:
            data = json.loads(re.search(r'id="page-data">(.*?)</script>', text, re.S).group(1))
            assert {key: data["tool-words"].get(key) for key in said} == said, path
            seen[lang] += 1
    assert all(seen.values()), seen


