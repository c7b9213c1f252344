"""WCAG 2.x contrast between two colours, as CSS writes them (computed styles or hex)."""

import re


def parse_colour(text):
    """(r, g, b, a) from "#rgb", "#rrggbb", "rgb(...)" or "rgba(...)"."""
    text = text.strip()
    if text.startswith("#"):
        hexes = text[1:]
        if len(hexes) == 3:
            hexes = "".join(c * 2 for c in hexes)
        return (int(hexes[0:2], 16), int(hexes[2:4], 16), int(hexes[4:6], 16), 1.0)
    numbers = [float(n) for n in re.findall(r"[\d.]+", text)]
    if not text.startswith("rgb") or len(numbers) < 3:
        raise ValueError(f"not a colour: {text!r}")
    return (*numbers[:3], numbers[3] if len(numbers) > 3 else 1.0)


def over(top, bottom):
    """`top` composited over the opaque colour `bottom`."""
    a = top[3]
    return tuple(top[i] * a + bottom[i] * (1 - a) for i in range(3)) + (1.0,)


def _luminance(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
