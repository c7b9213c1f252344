"""The 3B7 follow-up planner in the browser: the dates it shows, and the .ics file a reader
downloads, read back by the icalendar package."""

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

PLANNER = "herramientas/seguimiento/"
ROOT = Path(__file__).resolve().parent.parent


def ready(page):
    """The tool is set up (its script has run), waited for explicitly."""
    page.wait_for_function("() => document.querySelector('.followup__status').textContent !== ''")


@pytest.fixture
def planner(server, page):
    page.goto(server + PLANNER, wait_until="load")
    ready(page)
    return page


# The business-day arithmetic itself is tested without a browser: tests/js/business-days.test.mjs.


def test_the_page_shows_the_dates_and_a_bad_holiday_blocks_the_download(planner):
    planner.fill("#fp-sent", "2025-12-26")
    planner.fill("#fp-holidays", "2025-12-31\n2026-01-01")
    days = planner.locator(".followup__list time").evaluate_all("els => els.map(e => e.dateTime)")
    assert days == ["2026-01-02", "2026-01-08"]
    assert "viernes, 2 de enero de 2026" in planner.locator(".followup__list").inner_text()
    planner.fill("#fp-holidays", "2025-12-31\n31/12/2025")
    downloads = []
    planner.on("download", lambda d: downloads.append(d))
    planner.click(".followup__download")
    problem = planner.locator("#fp-holidays-error").inner_text()  # beside the field
    assert "línea 2" in problem and "31/12/2025" in problem
    planner.wait_for_timeout(300)
    assert downloads == []


def _download_ics(page, lang_prefix=""):
    with page.expect_download() as info:
        page.click(".followup__download")
    download = info.value
    return download.suggested_filename, open(download.path(), "rb").read()


def test_ics_download_is_valid_rfc5545_and_parses_back(planner):
    name = "Pérez, Ana; «Núñez»"
    notes = "Conocida de la charla de Valladolid,\nprimera línea; segunda\\tercera. " + "ñandú " * 20
    planner.fill("#fp-name", name)
    planner.fill("#fp-org", "Logística Ibérica, S.A.")
    planner.fill("#fp-sent", "2025-12-26")
    planner.fill("#fp-holidays", "2025-12-31\n2026-01-01")
    planner.fill("#fp-meeting", "2026-01-09")
    planner.fill("#fp-notes", notes)
    filename, raw = _download_ics(planner)
    assert filename.endswith(".ics")

    # Raw form: CRLF only, no line over 75 octets, folded lines start with a space and
    # never split a UTF-8 character (every line decodes on its own).
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")
    assert any(line.startswith(b" ") for line in lines), "the long notes should have been folded"
    unfolded = raw.decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:3B7\\, día 7: un único seguimiento a Pérez\\, Ana\\; «Núñez»\r\n" in unfolded
    assert "segunda\\\\tercera" in unfolded and "Valladolid\\,\\nprimera línea\\; segunda" in unfolded
    for key in ("VERSION:2.0", "PRODID:", "CALSCALE:GREGORIAN"):
        assert key in unfolded

    cal = Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    assert [e.decoded("DTSTART") for e in events] == [
        dt.date(2026, 1, 2), dt.date(2026, 1, 8), dt.date(2026, 1, 10)]
    assert [e.decoded("DTEND") for e in events] == [
        dt.date(2026, 1, 3), dt.date(2026, 1, 9), dt.date(2026, 1, 11)]
    summaries = [str(e["SUMMARY"]) for e in events]
    assert summaries[0] == ("3B7, día 3: si Pérez, Ana; «Núñez» no ha contestado, "
                            "escribe a otra persona de Logística Ibérica, S.A.")
    assert summaries[1] == "3B7, día 7: un único seguimiento a Pérez, Ana; «Núñez»"
    assert summaries[2] == "Agradecer a Pérez, Ana; «Núñez» la conversación (24 h)"
    for event in events:
        assert str(event["DESCRIPTION"]).endswith(notes.strip())
        assert isinstance(event.decoded("DTSTAMP"), dt.datetime)
        assert event["DTSTART"].params.get("VALUE") == "DATE"
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 3

    # Downloading again keeps the same UIDs, so calendars update instead of duplicating.
    planner.reload(wait_until="load")
    ready(planner)
    assert planner.input_value("#fp-name") == name, "the plan is kept in the answer store"
    again = Calendar.from_ical(_download_ics(planner)[1])
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == uids


def test_ics_escapes_a_summary_with_a_line_break_and_folds_by_octets():
    """The calendar module itself (src/ics.mjs), run by node, no browser; read back by icalendar."""
    script = """import { calendar } from "./src/ics.mjs";
process.stdout.write(calendar(
  [{uid: "a@b", date: "2025-12-31", summary: "Año nuevo, día; uno\\nsegunda línea \\\\ fin",
    description: "é".repeat(100)}],
  {now: new Date(Date.UTC(2025, 0, 2, 3, 4, 5))}));"""
    done = subprocess.run([shutil.which("node"), "--input-type=module", "-e", script], cwd=ROOT,
                          capture_output=True, check=True)
    raw = done.stdout
    text = raw.decode("utf-8")
    assert "SUMMARY:Año nuevo\\, día\\; uno\\nsegunda línea \\\\ fin\r\n" in text
    assert "DTSTAMP:20250102T030405Z\r\n" in text
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    event = Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Año nuevo, día; uno\nsegunda línea \\ fin"
    assert str(event["DESCRIPTION"]) == "é" * 100


def test_english_page_counts_the_same_days_in_english(server, page):
    page.goto(server + "en/" + PLANNER, wait_until="load")
    ready(page)
    page.fill("#fp-sent", "2025-03-07")
    page.fill("#fp-meeting", "2025-03-14")
    text = page.locator(".followup__list").inner_text()
    assert re.search(r"Wednesday,? 12 March 2025: 3B7, day 3", text), text  # British order (en-GB)
    assert re.search(r"Saturday,? 15 March 2025: Thank your contact", text), text
