"""Drawing one diagram as SVG: shapes, and text placed in boxes that are checked as it is laid
out. Text that does not fit its box, or that would overlap other text, raises TextError
naming the word's key: a translation that is too long fails the build instead of being
clipped.

Widths are measured with the bundled DejaVu Sans Bold (data/fonts/), wider than the system
fonts a page falls back to (Liberation Sans, Helvetica, Arial, Roboto, San Francisco), and
bold for all text: what fits here fits on a reader's screen.

Colours are classes (docs/assets/stylesheets/diagrams.css maps them to Material's variables,
so both schemes and print work); the page's policy forbids style="" (sitekit/csp.py).
"""

import html
from functools import lru_cache

from PIL import ImageFont

LINE = 1.3  # line height, in font sizes
ASCENT = 0.8  # from a line's top to its baseline, in font sizes


class TextError(ValueError):
    """A word that does not fit: `key` names it in the diagram's data file."""

    def __init__(self, key, reason):
        super().__init__(reason)
        self.key = key
        self.reason = reason


@lru_cache(maxsize=None)
def _truetype(path, size):
    return ImageFont.truetype(path, size)


@lru_cache(maxsize=None)
def width(text, size, font):
    """`text`'s width in px at `size` px in `font` (a TrueType file: SiteData.font, bold DejaVu
    Sans, which measures generously)."""
    return _truetype(str(font), size).getlength(text)


def wrap(key, text, room, size, max_lines, font):
    """`text` broken into at most `max_lines` lines no wider than `room` px. A line is
    measured as its words and spaces (each measured once; a whole line again when drawn)."""
    lines, used, space = [], 0.0, width(" ", size, font)
    for word in text.split():
        wide = width(word, size, font)
        if wide > room:
            raise TextError(key, f"the word {word!r} is {wide:.0f} px wide at {size} px; room for {room:.0f} px")
        if lines and used + space + wide <= room:
            lines[-1] += " " + word
            used += space + wide
        else:
            lines.append(word)
            used = wide
    if len(lines) > max_lines:
        raise TextError(key, f"{text!r} takes {len(lines)} lines of {room:.0f} px at {size} px; "
                             f"room for {max_lines}")
    return lines


def _n(value):
    """A coordinate as SVG writes it: at most one decimal."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


class Canvas:
    """One drawing: its size in px (its viewBox) and what is on it, in order."""

    def __init__(self, width_, font, height=0):
        self.width = width_
        self.font = font  # the TrueType file text is measured in
        self.height = height
        self.parts = []
        self._boxes = []  # (key, x0, y0, x1, y1) of every text placed

    # --- shapes ---------------------------------------------------------------------------

    def rect(self, x, y, w, h, cls, rx=0):
        corner = f' rx="{_n(rx)}"' if rx else ""
        self.parts.append(f'<rect class="{cls}" x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}"{corner}/>')

    def line(self, x1, y1, x2, y2, cls):
        self.parts.append(f'<line class="{cls}" x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}"/>')

    def path(self, d, cls):
        self.parts.append(f'<path class="{cls}" d="{d}"/>')

    def circle(self, cx, cy, r, cls):
        self.parts.append(f'<circle class="{cls}" cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}"/>')

    # --- text -----------------------------------------------------------------------------

    def text(self, key, text, x, y, room, size, bold=False, anchor="start", max_lines=1, cls="dg-ink"):
        """`text` in lines no wider than `room`, its first line's top at `y`; `x` is its left
        edge, middle or right edge as `anchor` says. Returns the y below its last line."""
        lines = wrap(key, text, room, size, max_lines, self.font)
        return self.lines(key, lines, x, y, size, bold, anchor, cls)

    def lines(self, key, lines, x, y, size, bold=False, anchor="start", cls="dg-ink"):
        step = size * LINE
        widest = max(width(line, size, self.font) for line in lines)
        left = {"start": x, "middle": x - widest / 2, "end": x - widest}[anchor]
        box = (key, left, y, left + widest, y + step * len(lines))
        self._check(box)
        weight = ' font-weight="700"' if bold else ""
        spans = "".join(f'<tspan x="{_n(x)}" y="{_n(y + ASCENT * size + i * step)}">{html.escape(line)}</tspan>'
                        for i, line in enumerate(lines))
        middle = f' text-anchor="{anchor}"' if anchor != "start" else ""
        self.parts.append(f'<text class="{cls}" font-size="{size}"{weight}{middle}>{spans}</text>')
        return y + step * len(lines)

    def _check(self, box):
        key, x0, y0, x1, y1 = box
        if x0 < -0.5 or x1 > self.width + 0.5:
            raise TextError(key, f"{x1 - x0:.0f} px wide from x={x0:.0f}: beyond the drawing's {self.width} px")
        for other, a0, b0, a1, b1 in self._boxes:
            if x0 < a1 - 0.5 and a0 < x1 - 0.5 and y0 < b1 - 0.5 and b0 < y1 - 0.5:
                raise TextError(key, f"overlaps the text of {other!r}")
        self._boxes.append(box)

    # --- the whole ------------------------------------------------------------------------

    def svg(self, cls, label, described_by):
        """The drawing as an inline <svg>: an image named `label`, described by the element
        `described_by` (the figure's caption)."""
        for key, _, _, _, bottom in self._boxes:
            if bottom > self.height + 0.5:
                raise TextError(key, f"reaches y={bottom:.0f}, below the drawing's {self.height:.0f} px")
        w, h = _n(self.width), _n(self.height)
        # Out of the search index: the caption says the same in sentences, once.
        return (f'<svg class="{cls}" role="img" aria-label="{html.escape(label)}" aria-describedby="{described_by}" '
                f'data-search-exclude '
                f'viewBox="0 0 {w} {h}" width="{w}" height="{h}">' + "".join(self.parts) + "</svg>")
