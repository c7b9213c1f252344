"""Each worksheet printed by Chromium (page.pdf), blank and filled, on A4 and US Letter: within
the page count its definition declares, with every answer's text in the PDF (read with pypdf).

One page per worksheet and fill state, reused for both paper sizes, keeps this to 20 PDFs.
"""

import io
import re

import pytest
from pypdf import PdfReader

from sitekit import worksheets
from tests.test_worksheets import open_worksheet

DEFS = worksheets.load_all()
PAPERS = ("A4", "Letter")
EXTRA_ROWS = 12  # more than the 10 printed rows, to check every filled row prints


def pdf_text_and_pages(page, paper):
    data = page.pdf(format=paper, print_background=True, prefer_css_page_size=False)
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def long_answer(token):
    sentence = f"{token} es una respuesta larga que ocupa varias líneas para comprobar que nada se corta. "
    return sentence * 4 + f"Fin {token}."


def fill_worksheet(page, ws):
    """Fill every field like a diligent reader; return the tokens that must print."""
    tokens = []
    for field in ws.fields:
        fid, ftype = field["id"], field["type"]
        dom = f"#ws-{ws.id}-{fid}"
        if ftype == "text":
            token = f"T{fid.replace('_', '')}x"
            page.fill(dom, f"{token} respuesta corta")
            tokens.append(token)
        elif ftype == "date":
            page.fill(dom, "2026-03-02")
        elif ftype == "textarea":
            token = f"L{fid.replace('_', '')}x"
            page.fill(dom, long_answer(token))
            tokens += [token, f"Fin {token}."]
        elif ftype in ("choice", "scale"):
            page.locator(f".ws-field[data-field={fid}] input").first.check()
        elif ftype == "multi":
            for box in page.locator(f".ws-field[data-field={fid}] input").all()[:2]:
                box.check()
        elif ftype == "rows":
            add = page.locator(f".ws-field[data-field={fid}] [data-rows=add]")
            for _ in range(EXTRA_ROWS - field["rows"]["screen"]):
                add.click()
            for i in range(1, EXTRA_ROWS + 1):
                for col in field["columns"]:
                    control = f"{dom}-{i}-{col['id']}"
                    if col["type"] == "text":
                        page.fill(control, f"R{i}{col['id'][:3]}")
                    else:
                        page.select_option(control, index=1)
                tokens.append(f"R{i}nam")
        elif ftype == "planner":
            for q in field["questions"][:6]:
                page.check(f"{dom}-q-{q['id']}")
            page.fill(f"{dom}-own", "Qownx pregunta propia")
            page.click(f".ws-field[data-field={fid}] [data-planner=add]")
            tokens.append("Qownx")
            first = field["questions"][0]["es"]
            tokens.append(" ".join(first.split()[:3]))
    return tokens


@pytest.mark.parametrize("wid", sorted(DEFS))
def test_blank_and_filled_worksheets_print_within_their_page_count(page, server, wid):
    ws = DEFS[wid]
    page.set_viewport_size({"width": 1000, "height": 900})
    open_worksheet(page, server, wid)
    for paper in PAPERS:
        text, pages = pdf_text_and_pages(page, paper)
        assert pages <= ws.print_pages["blank"], f"{wid} blank on {paper}: {pages} pages"
        assert ws.title["es"] in text
        for field in ws.fields:
            # Labels print (long ones may wrap: compare their first words).
            assert " ".join(field["label"]["es"].split()[:3]) in text, (wid, field["id"], paper)
    tokens = fill_worksheet(page, ws)
    for paper in PAPERS:
        text, pages = pdf_text_and_pages(page, paper)
        assert pages <= ws.print_pages["filled"], f"{wid} filled on {paper}: {pages} pages"
        missing = [t for t in tokens if t not in text]
        assert not missing, f"{wid} filled on {paper}: not in the PDF: {missing}"


PLAIN = ("color", "backgroundColor", "fontStyle", "fontWeight", "textDecorationLine",
         "borderBottomStyle", "paddingLeft", "paddingRight")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_printed_thank_you_reads_as_plain_text(page, server, lang):
    """The screen marks what the notes filled in (and the gaps); on paper it is a letter:
    every mark looks like the words around it. With nothing typed it does not print."""
    open_worksheet(page, server, "notas", lang)
    page.emulate_media(media="print")
    assert not page.locator(".ws-thank-you").is_visible(), "an empty thank-you prints"
    page.emulate_media(media="screen")  # paper hides the inputs
    page.fill("#ws-notas-their_name", "Lucía")  # one value filled, the others left as gaps
    page.wait_for_selector(".ws-thank-you-message mark.ws-filled")
    page.emulate_media(media="print")
    assert page.locator(".ws-thank-you").is_visible(), "the filled thank-you does not print"
    differences = page.evaluate("""props => [...document.querySelectorAll('.ws-thank-you-message mark')]
      .flatMap(mark => {
        const own = getComputedStyle(mark), around = getComputedStyle(mark.parentElement);
        return props.filter(p => own[p] !== around[p])
          .map(p => `${mark.className} «${mark.textContent}» ${p}: ${own[p]} (text around: ${around[p]})`);
      })""", list(PLAIN))
    assert page.locator(".ws-thank-you-message mark.ws-gap").count() > 0
    assert not differences, "\n".join(differences)
