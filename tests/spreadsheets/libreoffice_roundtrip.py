"""The tracker's CSV through a real spreadsheet (issue 27 item 5): `make test-spreadsheets`,
not part of `make test` (its name is not test_*.py, so only that target collects it).

The site exports its contacts (the Spanish page: semicolons, and the other button: commas);
LibreOffice Calc, headless, in es_ES and in en_US, opens each file and re-saves it as CSV
directly, and through .xlsx (CSV -> xlsx -> CSV); each of the eight files is imported back in
the site, which must then export exactly the file it started from: every value of every
contact, ids, dates and statuses included. One soffice process per step converts every file
of that step (five in all). SOFFICE_PATH overrides the program (scripts/find-libreoffice)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

TRACKER = "herramientas/registro/"
SOFFICE = os.environ.get("SOFFICE_PATH") or shutil.which("soffice") or "/usr/bin/soffice"
# LibreOffice's CSV filter options: separators (comma or semicolon, either read), text
# delimiter ", UTF-8 (76), from line 1, default column types, the language of the locale
# (its numbers and dates: 3082 es-ES, 1033 en-US).
LOCALES = {"es_ES": ("3082", "59"), "en_US": ("1033", "44")}
IN_FILTER = "CSV:44/59,34,76,1,,{lang}"
OUT_FILTER = "csv:Text - txt - csv (StarCalc):{sep},34,76,1"

# Every kind of value a reader's contacts hold, and those a spreadsheet likes to change:
# leading zeros, long digit strings, fractions, times, decimals in both conventions,
# currency, percentages, exponents, formulas, separators, quotes, line breaks, accents.
CONTACTS = [
    {"id": "00042", "name": 'Zoe Núñez "la jefa"; hija, 2.ª', "organisation": "Logística Ibérica; S.A.",
     "role": "00123", "connection": "0034 600 123 456", "source": "+34 600 123 456", "status": "to-contact",
     "sent": "2025-12-26", "day3": "2025-12-31", "day7": "2026-01-07", "meeting": "", "thanked": "",
     "next_action": "=1+1", "next_date": "2026-01-08", "status_manual": False,
     "notes": "Línea uno, con coma\nlínea dos; con «comillas» y \"dobles\"\n\ttercera con tabulador"},
    {"id": "c-2", "name": "Ana", "organisation": "1/2", "role": "10:30", "connection": "1,5", "source": "€5",
     "status": "met", "status_manual": True, "sent": "2025-11-03", "day3": "", "day7": "", "meeting": "2026-01-09",
     "thanked": "2026-01-10", "next_action": "-2+3", "next_date": "", "notes": "@SUM(A1)"},
    {"id": "c3", "name": "12345678901234567890", "organisation": "1e5", "role": "10%", "connection": "1.5",
     "source": "(5)", "status": "keep-in-touch", "status_manual": True, "sent": "", "day3": "", "day7": "",
     "meeting": "", "thanked": "", "next_action": "'=ya citado", "next_date": "", "notes": "007"},
]


def open_tracker(page, server):
    page.goto(server + TRACKER, wait_until="load")
    page.wait_for_function("() => document.querySelector('form.tracker').dataset.ready === 'true'")


def exported(page, button):
    with page.expect_download() as info:
        page.click(button)
    return Path(info.value.path()).read_bytes()


def soffice(profile, locale, args):
    env = dict(os.environ, LC_ALL=f"{locale}.UTF-8", LANG=f"{locale}.UTF-8")
    run = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", *args],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.fixture(scope="module")
def soffice_present():
    if not Path(SOFFICE).exists() and not shutil.which(SOFFICE):
        pytest.fail(f"LibreOffice not found ({SOFFICE}): run `make test-spreadsheets`, which installs it on Debian")


def test_every_value_survives_libreoffice_in_both_locales_both_separators_direct_and_via_xlsx(page, server, tmp_path,
                                                                                              soffice_present):
    open_tracker(page, server)
    page.evaluate("data => WorksheetStore.set('registro', {contacts: data})", CONTACTS)
    page.reload(wait_until="load")
    page.wait_for_function("() => document.querySelector('form.tracker').dataset.ready === 'true'")
    files = {"semicolon": exported(page, ".tracker__export"), "comma": exported(page, ".tracker__export-other")}
    assert files["semicolon"][3:].decode().startswith("Nombre;") and files["comma"][3:].decode().startswith("Nombre,")

    # The exports, one copy per locale (LibreOffice names its output after its input).
    made = {}
    for locale in LOCALES:
        (tmp_path / locale).mkdir()
        for sep, data in files.items():
            (tmp_path / locale / f"{locale}-{sep}.csv").write_bytes(data)
    profile = tmp_path / "profile"
    for locale, (lang, out_sep) in LOCALES.items():
        inputs = sorted(str(p) for p in (tmp_path / locale).glob("*.csv"))
        infilter = f"--infilter={IN_FILTER.format(lang=lang)}"
        soffice(profile, locale, [infilter, "--convert-to", OUT_FILTER.format(sep=out_sep),
                                  "--outdir", str(tmp_path / "direct"), *inputs])
        soffice(profile, locale, [infilter, "--convert-to", "xlsx", "--outdir", str(tmp_path / "xlsx"), *inputs])
    soffice(profile, "en_US", ["--convert-to", OUT_FILTER.format(sep="44"), "--outdir", str(tmp_path / "via-xlsx"),
                               *sorted(str(p) for p in (tmp_path / "xlsx").glob("*.xlsx"))])
    for way in ("direct", "via-xlsx"):
        for path in sorted((tmp_path / way).glob("*.csv")):
            made[f"{way}/{path.stem}"] = path.read_bytes()
    assert len(made) == 8, sorted(made)
    # LibreOffice did change the file (no byte-order mark, its own quoting), so the test
    # reads what a spreadsheet writes, not our own text.
    assert all(not data.startswith(b"\xef\xbb\xbf") for data in made.values())

    for name, data in made.items():
        page.evaluate("() => WorksheetStore.remove('registro')")
        page.set_input_files("#tr-import", files=[{"name": "resaved.csv", "mimeType": "text/csv", "buffer": data}])
        page.click(".tracker__preview button[data-choice=import_replace]")
        page.wait_for_function("() => document.querySelectorAll('.tracker__table tbody tr').length === 3")
        stored = {c["id"]: c for c in page.evaluate("() => WorksheetStore.get('registro').contacts")}
        for contact in CONTACTS:
            for field, value in contact.items():
                if field != "status" or contact["status_manual"]:
                    assert stored[contact["id"]][field] == value, f"{name}: {field} of {contact['id']}"
        assert exported(page, ".tracker__export") == files["semicolon"], f"{name}: the export differs from the first"
