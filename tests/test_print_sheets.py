"""Every worksheet and the booklet printed by Chromium, blank and filled, on A4 and US Letter,
in both languages: one print per page, paper and fill state, each checked for everything a
print must hold (tests/printing.py reads each sheet's text and measures its ink).

- Within the sheet count the definition declares, every label and every answer's text in
  the PDF; a blank worksheet's count exact.
- No wasted sheet. A sheet fails when it holds (nearly) nothing; when it is not the first
  and its content ends in its top quarter (a field or two pushed over, a lone «8.»); or
  when the same worksheet goes on over the page although this sheet is not even half full
  (a block that jumped ahead).
- The booklet has no printed cover: its first sheet is the first worksheet, every worksheet
  starts a sheet, in order, and «Print blank» prints no answer. Its contents list is for
  the screen: each entry leads to its worksheet.

Worksheets are discovered from data/worksheets/, so a new definition is measured without
touching this file.
"""

import pytest

from sitekit import languages, worksheets
from tests.conftest import SITE
from tests.printing import PAPERS, fill_worksheet, print_sheets, text_of
from tests.test_worksheets import open_worksheet

DEFS = SITE.worksheets
UI = SITE.worksheets_ui
BOOKLET = {"es": "fichas/cuaderno/", "en": "en/fichas/cuaderno/"}
TOP_QUARTER = 0.25
HALF = 0.5
LEAST_INK = 0.005  # of a sheet's pixels: a lone line number and rule (0.2%) come to less


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


def first_words(text, count=3):
    """Long labels may wrap: compare their first words."""
    return " ".join(text.split()[:count])


@pytest.mark.parametrize("lang", languages.COMPLETE)
@pytest.mark.parametrize("wid", sorted(DEFS))
def test_a_worksheet_prints_its_labels_and_answers_within_its_sheets_and_wastes_none(page, server, wid, lang):
    ws = DEFS[wid]
    page.set_viewport_size({"width": 1000, "height": 900})
    open_worksheet(page, server, wid, lang)
    found = []
    blank = check(page, f"{wid} ({lang}) blank", found)
    for paper, sheets in blank.items():
        text = text_of(sheets)
        if ws.title[lang] not in text:
            found.append(f"{wid} ({lang}) blank on {paper}: no title {ws.title[lang]!r}")
        found += [f"{wid} ({lang}) blank on {paper}: no label {field['label'][lang]!r} ({field['id']})"
                  for field in ws.fields if first_words(field["label"][lang]) not in text]
    tokens = fill_worksheet(page, ws, lang)
    filled = check(page, f"{wid} ({lang}) filled", found)
    for paper, sheets in filled.items():
        text = text_of(sheets)
        missing = [t for t in tokens if t not in text]
        if missing:
            found.append(f"{wid} ({lang}) filled on {paper}: not in the PDF: {missing}")
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


@pytest.mark.parametrize("lang", languages.COMPLETE)
def test_the_booklet_prints_every_sheet_blank_filled_and_blank_again_with_no_cover_and_none_wasted(
        page, server, lang):
    """No cover (its contents could not know the sheet numbers of filled worksheets): the
    first sheet is the first worksheet, and every worksheet starts a sheet, in order."""
    page.set_viewport_size({"width": 1000, "height": 900})
    page.goto(server + BOOKLET[lang], wait_until="load")
    page.wait_for_selector(".booklet-toolbar:not([hidden])")
    titles = page.locator(".booklet-contents a").all_inner_texts()
    assert sorted(titles) == sorted(ws.title[lang] for ws in DEFS.values())
    # On screen, each entry of the contents leads to its worksheet's heading, above its form.
    targets = page.evaluate("""() => [...document.querySelectorAll(".booklet-contents a")].map((a) => {
      const heading = document.querySelector(a.getAttribute("href"));
      return [heading ? heading.innerText : null, heading ? heading.parentElement.querySelectorAll(".worksheet form").length : 0];
    })""")
    assert targets == [[title, 1] for title in titles], f"contents -> (heading, forms under it): {targets}"
    screen_only = [page.locator("h1").inner_text(), page.locator(".booklet-contents h2").inner_text()]
    found = []
    printed = {"blank": check(page, f"booklet ({lang}) blank", found, titles)}
    for paper, sheets in printed["blank"].items():
        most = worksheets.booklet_pages(DEFS.values(), "blank")
        if not len(DEFS) <= len(sheets) <= most:
            found.append(f"booklet ({lang}) blank on {paper}: {len(sheets)} sheets, expected {len(DEFS)} to {most}")
    tokens = []
    for ws in DEFS.values():
        tokens += [t for t in fill_worksheet(page, ws, lang) if t[0] in "TLRQ"]  # typed, not bank text
    printed["filled"] = check(page, f"booklet ({lang}) filled", found, titles)
    for paper, sheets in printed["filled"].items():
        most = worksheets.booklet_pages(DEFS.values(), "filled")
        if len(sheets) > most:
            found.append(f"booklet ({lang}) filled on {paper}: {len(sheets)} sheets, at most {most}")
        missing = [t for t in tokens if t not in text_of(sheets)]
        if missing:
            found.append(f"booklet ({lang}) filled on {paper}: answers missing: {missing[:5]}")
    for state, papers in printed.items():
        for paper, sheets in papers.items():
            where = f"booklet ({lang}) {state} on {paper}"
            if not sheets[0].text.startswith(titles[0]):
                found.append(f"{where}: sheet 1 starts {sheets[0].text[:60]!r}, not with {titles[0]!r}")
            if starts(sheets, titles) != titles:
                found.append(f"{where}: sheets start with {starts(sheets, titles)}, expected {titles}")
            text = text_of(sheets)
            found += [f"{where}: the screen's {words!r} is printed" for words in screen_only if words in text]
    # "Print blank", the reader's way: the button (the print dialog itself stubbed out).
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name=UI["print_blank"][lang]).click()
    text = text_of(print_sheets(page, "A4"))
    if not all(title in text for title in titles):
        found.append(f"booklet ({lang}) printed blank by its button: a title is missing")
    shown = [t for t in tokens if t in text]
    if shown:
        found.append(f"booklet ({lang}) printed blank by its button shows answers: {shown[:5]}")
    assert not found, "\n".join(found)
