"""Printing a page as Chromium does (page.pdf), and reading what came out with PDFium
(pypdfium2): the text of each sheet and, rasterised at low resolution, where its ink ends
and how much of it there is. Shared by the print tests; also how they fill a worksheet in."""

from dataclasses import dataclass

import pypdfium2

PAPERS = ("A4", "Letter")
EXTRA_ROWS = 12  # more than the 10 printed rows, to check every filled row prints
DPI = 36
DARK = 160  # a grey level below this (0 black, 255 white) is ink
LIGHT = bytes(range(DARK, 256))


@dataclass
class Sheet:
    number: int  # 1-based
    ends: float  # where its lowest ink is, as a fraction of the sheet's height (0 = blank)
    ink: float  # fraction of its pixels that are ink
    text: str  # its words, separated by single spaces


def print_sheets(page, paper):
    """Print the page as Chromium would and measure each sheet."""
    data = page.pdf(format=paper, print_background=True, prefer_css_page_size=False)
    sheets = []
    document = pypdfium2.PdfDocument(data)
    try:
        for i, pdf_page in enumerate(document):
            # PDFium reads the text in C; pypdf, in Python, took about 0.2 s a sheet.
            text = pdf_page.get_textpage().get_text_range()
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
                                " ".join(text.split())))
    finally:
        document.close()
    return sheets


def text_of(sheets):
    """The printed words of every sheet, in order, separated by single spaces."""
    return " ".join(sheet.text for sheet in sheets if sheet.text)


def long_answer(token):
    sentence = f"{token} es una respuesta larga que ocupa varias líneas para comprobar que nada se corta. "
    return sentence * 4 + f"Fin {token}."


# Every cell of a table at once, with the events page.fill and page.select_option send (a text:
# its value, then `input`; a list: its option at that index, then `input` and `change`): one
# call instead of one per cell, which cost about 4 s for a twelve-row table.
FILL_CELLS = """(cells) => { for (const [selector, value] of Object.entries(cells)) {
  const el = document.querySelector(selector);
  if (!el) throw new Error("no cell " + selector);
  if (el.tagName === "SELECT") el.selectedIndex = value; else el.value = value;
  el.dispatchEvent(new Event("input", {bubbles: true}));
  if (el.tagName === "SELECT") el.dispatchEvent(new Event("change", {bubbles: true}));
} }"""


def fill_worksheet(page, ws, lang="es"):
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
            cells = {}
            for i in range(1, EXTRA_ROWS + 1):
                for col in field["columns"]:
                    cells[f"{dom}-{i}-{col['id']}"] = f"R{i}{col['id'][:3]}" if col["type"] == "text" else 1
                tokens.append(f"R{i}nam")
            page.evaluate(FILL_CELLS, cells)
        elif ftype == "planner":
            for q in field["questions"][:6]:
                page.check(f"{dom}-q-{q['id']}")
            page.fill(f"{dom}-own", "Qownx pregunta propia")
            page.click(f".ws-field[data-field={fid}] [data-planner=add]")
            tokens.append("Qownx")
            first = field["questions"][0][lang]
            tokens.append(" ".join(first.split()[:3]))
    return tokens
