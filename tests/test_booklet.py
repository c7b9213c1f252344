"""The printable booklet: every worksheet on one page, printed at once, blank or filled.

The contents list is for the screen; on paper there is no cover (tests/test_print_sheets.py)."""

import pytest

from sitekit import worksheets
from tests.test_worksheets_print import PAPERS, fill_worksheet, pdf_text_and_pages

DEFS = worksheets.load_all()
PAGES = {"es": "fichas/cuaderno/", "en": "en/fichas/cuaderno/"}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_contents_list_every_worksheet_and_lead_to_its_sheet(server, page, lang):
    page.goto(server + PAGES[lang])
    links = page.locator(".booklet-contents a")
    titles = [links.nth(i).inner_text() for i in range(links.count())]
    assert sorted(titles) == sorted(ws.title[lang] for ws in DEFS.values())
    for i in range(links.count()):
        heading = page.locator(links.nth(i).get_attribute("href"))
        assert heading.inner_text() == titles[i]
        assert heading.locator("xpath=..").locator(".worksheet form").count() == 1


def test_booklet_prints_every_sheet_blank_filled_and_blank_again(server, page):
    page.set_viewport_size({"width": 1000, "height": 900})
    page.goto(server + PAGES["es"])
    titles = [ws.title["es"] for ws in DEFS.values()]
    for paper in PAPERS:
        text, pages = pdf_text_and_pages(page, paper)
        assert len(DEFS) <= pages <= worksheets.booklet_pages(DEFS.values(), "blank"), f"blank on {paper}"
        assert all(title in text for title in titles), f"a title is missing on {paper}"

    tokens = []
    for ws in DEFS.values():
        tokens += [t for t in fill_worksheet(page, ws) if t[0] in "TLRQ"]  # typed, not bank text
    page.wait_for_timeout(400)  # answers are saved within 300 ms
    for paper in PAPERS:
        text, pages = pdf_text_and_pages(page, paper)
        assert pages <= worksheets.booklet_pages(DEFS.values(), "filled"), f"filled on {paper}: {pages} pages"
        missing = [t for t in tokens if t not in text]
        assert not missing, f"answers missing from the {paper} print: {missing[:5]}"

    # "Print blank", the reader's way: the button (the print dialog itself stubbed out).
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Imprimir en blanco").click()
    text, _ = pdf_text_and_pages(page, "A4")
    assert all(title in text for title in titles)
    assert [t for t in tokens if t in text] == [], "a blank print shows answers"
