"""No wasted sheet: every worksheet and the booklet printed by Chromium, blank and filled, on A4
and US Letter, in both languages, with each printed sheet rasterised (pypdfium2, at low
resolution) and measured: where its content ends and how much ink it carries.

A sheet fails when it holds (nearly) nothing; when it is not the first and its content ends
in its top quarter (a field or two pushed over, a lone «8.»); or when the same worksheet goes
on over the page although this sheet is not even half full (a block that jumped ahead).
Worksheets are discovered from data/worksheets/, so a new definition is measured without
touching this file. The booklet has no printed cover: its first sheet is the first worksheet.
"""

import io
from dataclasses import dataclass

import pypdfium2
import pytest
from pypdf import PdfReader

from sitekit import worksheets
from sitekit.languages import LANGS
from tests.test_booklet import PAGES as BOOKLET
from tests.test_worksheets import open_worksheet
from tests.test_worksheets_print import PAPERS, fill_worksheet

DEFS = worksheets.load_all()
DPI = 36
DARK = 160  # a grey level below this (0 black, 255 white) is ink
LIGHT = bytes(range(DARK, 256))
TOP_QUARTER = 0.25
HALF = 0.5
LEAST_INK = 0.005  # of a sheet's pixels: a lone line number and rule (0.2%) come to less


@dataclass
class Sheet:
    number: int  # 1-based
    ends: float  # where its lowest ink is, as a fraction of the sheet's height (0 = blank)
    ink: float  # fraction of its pixels that are ink
    text: str


def print_sheets(page, paper):
    """Print the page as Chromium would and measure each sheet."""
    data = page.pdf(format=paper, print_background=True, prefer_css_page_size=False)
    texts = [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]
    sheets = []
    document = pypdfium2.PdfDocument(data)
    try:
        for i, pdf_page in enumerate(document):
            bitmap = pdf_page.render(scale=DPI / 72, grayscale=True)
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            step = bitmap.n_channels  # 1 for a grey render; any channel will do for grey ink
            buffer = bytes(bitmap.buffer)
            lowest, inked = -1, 0
            for y in range(height):
                row = buffer[y * stride: y * stride + width * step: step]
                dark = len(row.translate(None, LIGHT))
                if dark:
                    lowest, inked = y, inked + dark
            sheets.append(Sheet(i + 1, (lowest + 1) / height, inked / (width * height),
                                " ".join(texts[i].split())))
    finally:
        document.close()
    return sheets


def wasted(sheets, titles=()):
    """What is wrong with each wasted sheet, in words. A sheet whose text starts with one of
    `titles` starts a worksheet (in the booklet): the sheet before it may end early."""
    problems = []
    for sheet, after in zip(sheets, [*sheets[1:], None]):
        if sheet.ink < LEAST_INK:
            problems.append(f"sheet {sheet.number} holds (nearly) nothing: {sheet.ink:.2%} ink, "
                            f"text {sheet.text[:60]!r}")
        elif sheet.number > 1 and sheet.ends < TOP_QUARTER:
            problems.append(f"sheet {sheet.number} ends at {sheet.ends:.0%} of its height: "
                            f"{sheet.text[:60]!r}")
        elif after and not after.text.startswith(tuple(titles)) and sheet.ends < HALF:
            problems.append(f"sheet {sheet.number} ends at {sheet.ends:.0%} of its height, and "
                            f"the next one goes on with {after.text[:60]!r}")
    return problems


def check(page, what, found, titles=()):
    """Print on both papers; add what is wrong to `found`; return {paper: sheets}."""
    printed = {}
    for paper in PAPERS:
        sheets = printed[paper] = print_sheets(page, paper)
        for problem in wasted(sheets, titles):
            found.append(f"{what} on {paper} ({len(sheets)} sheets): {problem}")
    return printed


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("wid", sorted(DEFS))
def test_worksheet_prints_no_wasted_sheet(page, server, wid, lang):
    ws = DEFS[wid]
    page.set_viewport_size({"width": 1000, "height": 900})
    open_worksheet(page, server, wid, lang)
    found = []
    blank = check(page, f"{wid} ({lang}) blank", found)
    fill_worksheet(page, ws)
    filled = check(page, f"{wid} ({lang}) filled", found)
    assert not found, "\n".join(found)
    # A blank sheet's count is fixed by design: the declared one is exact, so that a change
    # that adds a sheet (or saves one) shows here and in the booklet's count.
    blank_counts = {paper: len(sheets) for paper, sheets in blank.items()}
    filled_counts = {paper: len(sheets) for paper, sheets in filled.items()}
    assert max(blank_counts.values()) == ws.print_pages["blank"], (wid, lang, "blank", blank_counts)
    assert max(filled_counts.values()) <= ws.print_pages["filled"], (wid, lang, "filled", filled_counts)


def starts(sheets, titles):
    """The titles that start a sheet, in the order they do."""
    return [title for sheet in sheets for title in titles if sheet.text.startswith(title)]


@pytest.mark.parametrize("lang", LANGS)
def test_booklet_prints_no_cover_and_no_wasted_sheet(page, server, lang):
    """No cover (its contents could not know the sheet numbers of filled worksheets): the
    first sheet is the first worksheet, and every worksheet starts a sheet, in order."""
    page.set_viewport_size({"width": 1000, "height": 900})
    page.goto(server + BOOKLET[lang], wait_until="load")
    page.wait_for_selector(".booklet-toolbar:not([hidden])")
    titles = page.locator(".booklet-contents a").all_inner_texts()
    assert sorted(titles) == sorted(ws.title[lang] for ws in DEFS.values())
    screen_only = [page.locator("h1").inner_text(), page.locator(".booklet-contents h2").inner_text()]
    found = []
    printed = {"blank": check(page, f"booklet ({lang}) blank", found, titles)}
    for ws in DEFS.values():
        fill_worksheet(page, ws)
    printed["filled"] = check(page, f"booklet ({lang}) filled", found, titles)
    for state, papers in printed.items():
        for paper, sheets in papers.items():
            where = f"booklet ({lang}) {state} on {paper}"
            if not sheets[0].text.startswith(titles[0]):
                found.append(f"{where}: sheet 1 starts {sheets[0].text[:60]!r}, not with {titles[0]!r}")
            if starts(sheets, titles) != titles:
                found.append(f"{where}: sheets start with {starts(sheets, titles)}, expected {titles}")
            text = " ".join(sheet.text for sheet in sheets)
            found += [f"{where}: the screen's {words!r} is printed" for words in screen_only if words in text]
    assert not found, "\n".join(found)
