"""The diagrams as readers see them (sitekit/diagrams/): every page with one, in both languages,
at 320, 390 and 1366 px in both colour schemes. One drawing shows, the page does not scroll
sideways, every word is at least 12 px on screen, text stands out from what is behind it
(4.5:1) and lines and marks from the page (3:1), measured on computed colours; axe finds
nothing in the figure. On paper: black on white, on one sheet, every word printed."""

import pytest

from tests.browsing import axe_violations
from tests.contrast import contrast, over, parse_colour
from tests.printing import print_sheets, text_of

PAGES = ["mas-mensajes/", "herramientas/seguimiento/", "conversacion/", "plan/", "encontrar/", "despues/"]
URLS = PAGES + [f"en/{p}" for p in PAGES]
WIDTHS = (320, 390, 1366)

# Per figure: which drawings show, how wide they are against the column, and every text's
# size on screen and its colour over what is under its middle (fills from the top down, to
# composite over the page); every line and mark with its colour.
MEASURE = """() => {
  const page = getComputedStyle(document.body).backgroundColor;
  return [...document.querySelectorAll('figure.dg')].map((figure) => {
    const shown = [...figure.querySelectorAll('svg')].filter((s) => getComputedStyle(s).display !== 'none');
    const out = {id: figure.id, shown: shown.length, page, texts: [], shapes: [], overflow: []};
    const column = figure.getBoundingClientRect();
    for (const svg of shown) {
      const box = svg.getBoundingClientRect();
      if (box.left < column.left - 0.5 || box.right > column.right + 0.5 || box.width < 1)
        out.overflow.push(`${svg.getAttribute('class')}: ${box.left}-${box.right} in ${column.left}-${column.right}`);
      for (const text of svg.querySelectorAll('text')) {
        text.scrollIntoView({block: 'center'});
        const r = text.getBoundingClientRect();
        const under = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          .filter((el) => el !== text && !text.contains(el) && svg.contains(el) && el !== svg)
          .map((el) => getComputedStyle(el).fill).filter((f) => f && f !== 'none');
        out.texts.push({text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a,
                        fill: getComputedStyle(text).fill, under});
      }
      for (const shape of svg.querySelectorAll('.dg-line, .dg-mark, .dg-accent')) {
        const s = getComputedStyle(shape);
        const stroked = shape.matches('.dg-line, .dg-accent');
        out.shapes.push({what: shape.getAttribute('class'), colour: stroked ? s.stroke : s.fill});
      }
    }
    return out;
  });
}"""


def _open(kept_pages, server, url, width, scheme):
    kept = kept_pages(f"diagrams-{width}-{scheme}", viewport={"width": width, "height": 800}, color_scheme=scheme)
    kept.page.goto(server + url, wait_until="load")
    wanted = "slate" if scheme == "dark" else "default"
    kept.page.wait_for_function(f"() => document.body.dataset.mdColorScheme === '{wanted}'")
    return kept


def _composite(fills, page):
    ground = parse_colour(page)
    for fill in reversed(fills):  # from the lowest up
        ground = over(parse_colour(fill), ground)
    return ground


@pytest.mark.parametrize("url", URLS)
def test_each_diagram_fits_reads_at_12_px_and_stands_out_in_both_schemes(kept_pages, server, url):
    problems = []
    for scheme in ("light", "dark"):
        for width in WIDTHS:
            kept = _open(kept_pages, server, url, width, scheme)
            try:
                page = kept.page
                at = f"{width} px, {scheme}"
                scroll = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
                if scroll > 0:
                    problems.append(f"{at}: the page scrolls {scroll} px sideways")
                figures = page.evaluate(MEASURE)
                if not figures:
                    problems.append(f"{at}: no diagram")
                for fig in figures:
                    where = f"{at}, {fig['id']}"
                    if fig["shown"] != 1:
                        problems.append(f"{where}: {fig['shown']} drawings show")
                    problems += [f"{where}: overflows: {o}" for o in fig["overflow"]]
                    page_colour = _composite([], fig["page"])
                    for t in fig["texts"]:
                        if t["px"] < 12 - 0.01:
                            problems.append(f"{where}: «{t['text']}» at {t['px']:.1f} px")
                        ground = _composite(t["under"], fig["page"])
                        ratio = contrast(over(parse_colour(t["fill"]), ground), ground)
                        if ratio < 4.5:
                            problems.append(f"{where}: «{t['text']}» {t['fill']} on rgb{ground[:3]}: {ratio:.2f}:1")
                    for s in fig["shapes"]:
                        ratio = contrast(over(parse_colour(s["colour"]), page_colour), page_colour)
                        if ratio < 3:
                            problems.append(f"{where}: {s['what']} {s['colour']}: {ratio:.2f}:1 against the page")
                if width == 320:
                    problems += [f"{at}: axe: {v}" for v in axe_violations(page, "figure.dg")]
            finally:
                kept.forget()
    assert not problems, f"{url}:\n  " + "\n  ".join(problems)


def test_a_diagram_prints_black_on_white_on_one_sheet_with_every_word(page, server):
    page.goto(server + "mas-mensajes/", wait_until="load")
    page.emulate_media(media="print", color_scheme="dark")
    colours = page.evaluate("""() => [...document.querySelectorAll('figure.dg svg')]
      .filter((s) => getComputedStyle(s).display !== 'none')
      .flatMap((s) => [...s.querySelectorAll('*')].flatMap((el) => {
        const c = getComputedStyle(el);
        return [['fill', c.fill], ['stroke', c.stroke]].filter(([, v]) => v !== 'none').map(([k, v]) => el.tagName + ' ' + k + ' ' + v);
      }))""")
    assert colours
    for entry in colours:
        r, g, b, _ = parse_colour(entry.split(" ", 2)[2])
        assert r == g == b, f"printed in colour: {entry}"
        if entry.startswith("text "):
            assert r in (0, 255), f"printed text neither black nor white (on black): {entry}"
    sheets = print_sheets(page, "A4")
    words = page.evaluate("""() => [...document.querySelectorAll('figure.dg svg')]
      .filter((s) => getComputedStyle(s).display !== 'none')
      .map((s) => [...s.querySelectorAll('text')].map((t) => t.textContent).join(' '))[0]""")
    printed = text_of(sheets).replace(" ", "")  # PDFium joins a word to the next line's first
    missing = [w for w in words.split() if w not in printed]
    assert not missing, f"not printed: {missing}"
    on = [s for s in sheets if "Sin días festivos" in s.text]
    assert on and "Sábados y domingos no cuentan." in on[0].text, "the drawing is printed on one sheet"
