"""The thank-you note a worksheet prints: plain text on paper. (What each worksheet prints,
blank and filled, is checked in tests/test_print_sheets.py.)"""

import pytest

from tests.test_worksheets import open_worksheet

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
