"""No date breaks a page (issue 27, finding F3 of the adversarial review), in a real Chromium.
A contact stored with a message "sent" on 9999-12-30 (day 3 would fall in year 10000, which
YYYY-MM-DD cannot write) used to blank the tracker, stop new contacts being saved and throw
on the worksheets' due list. Dates are now checked against business-days.mjs YEARS
(1900-2200) where they come in, and each record is drawn on its own."""

import json

import pytest
from playwright.sync_api import expect

from tests.conftest import SITE
from tests.storage_faults import KEY

ALL = SITE.tool_words
WORDS = ALL["registro"]
TRACKER = "herramientas/registro/"
YEARS = (1900, 2200)


def say(key, lang="es", **values):
    text = WORDS[key][lang]
    for name, value in values.items():
        text = text.replace("@" + name, str(value))
    return text


def record(cid, name, **dates):
    r = {"id": cid, "name": name, "organisation": "", "role": "", "connection": "", "source": "", "status": "",
         "sent": "", "day3": "", "day7": "", "meeting": "", "thanked": "", "next_action": "", "next_date": "",
         "notes": "", "status_manual": False}
    r.update(dates)
    return r


CONTACTS = [record("z1", "Zoe Lejana", sent="9999-12-30", status="message-sent"),
            record("a1", "Ana Cerca", sent="2025-03-03", status="message-sent"),
            record("b1", "Berta Pasado", next_date="0202-01-01", next_action="llamar"),
            record("c1", "Carla Bien", next_date="2100-06-01", next_action="escribir")]


def seed(page, server, path):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "404.html")
    doc = {"version": 3, "worksheets": {"registro": {"data": {"contacts": CONTACTS}, "updated": None}}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(doc)])
    page.goto(server + path, wait_until="load")
    return errors


def names(page):
    return sorted(page.locator(".tracker__table tbody th[data-column=name]").evaluate_all(
        "cells => cells.map(c => c.firstChild.textContent)"))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_contact_sent_in_9999_is_marked_and_the_others_the_form_and_saving_work(page, server, lang):
    errors = seed(page, server, ("en/" if lang == "en" else "") + TRACKER)
    page.wait_for_selector("form.tracker[data-ready]")
    assert names(page) == sorted(c["name"] for c in CONTACTS), "every record shows, the odd ones too"
    column = WORDS["csv.column.sent"][lang]
    mark = page.locator("tr[data-id=z1] .tracker__bad")
    expect(mark).to_have_text(" " + say("bad_year", lang, column=column, value="9999-12-30", **{"from": YEARS[0], "to": YEARS[1]}))
    expect(page.locator("tr[data-id=b1] .tracker__bad")).to_contain_text("0202-01-01")
    expect(page.locator("tr[data-id=c1] .tracker__bad")).to_have_count(0)
    expect(page.locator("tr[data-id=a1] .tracker__bad")).to_have_count(0)

    # Typed: a date outside the years is refused with a message, nothing added.
    page.fill("[name=name]", "Dora Nueva")
    page.fill("[name=sent]", "9999-12-30")
    page.click("button[type=submit]")
    expect(page.locator("#tr-sent-error")).to_have_text(  # beside the field (src/lib/field-error.mjs)
        say("bad_year", lang, column=column, value="9999-12-30", **{"from": YEARS[0], "to": YEARS[1]}))
    assert page.evaluate("() => WorksheetStore.get('registro').contacts.length") == 4

    # A good date: added and stored beside the others, the odd record kept as it was.
    page.fill("[name=sent]", "2025-03-04")
    page.click("button[type=submit]")
    expect(page.locator(".tracker__status")).to_have_text(say("added", lang, name="Dora Nueva"))
    page.wait_for_function("k => JSON.parse(localStorage.getItem(k)).worksheets.registro.data.contacts.length === 5", arg=KEY)
    kept = page.evaluate("() => WorksheetStore.get('registro').contacts.find(c => c.id === 'z1').sent")
    assert kept == "9999-12-30", "nothing the reader stored is changed behind their back"
    assert errors == []


def test_the_worksheets_due_list_still_shows_with_a_contact_sent_in_9999(page, server):
    errors = seed(page, server, "fichas/")
    box = page.locator("section.due-list")
    expect(box).to_be_visible()
    expect(box.locator("h2")).to_have_text(ALL["recordatorios"]["due_title"]["es"])
    assert errors == []


def test_a_json_import_says_which_contacts_have_a_date_outside_the_years(page, server, tmp_path):
    ui = SITE.worksheets_ui
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "fichas/", wait_until="load")
    page.wait_for_selector(".ws-data:not([hidden])")
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"version": 3, "worksheets": {"registro": {"data": {"contacts": CONTACTS}, "updated": None}}}))
    page.set_input_files(".ws-import-file", str(path))
    told = ui["import_bad_years"]["es"].replace("@n", "2").replace("@from", "1900").replace("@to", "2200")
    expect(page.locator(".ws-data .ws-status")).to_have_text(ui["import_done"]["es"] + " " + told)
    assert page.evaluate("() => WorksheetStore.get('registro').contacts.length") == 4, "kept, every one"
    assert errors == []
