"""Draw a sharing image (Open Graph / Twitter card) for one language, offline.

The font ships in data/fonts (DejaVu Sans Bold, which covers Spanish accents); nothing is
downloaded, and readers never load it: it only shapes the PNG.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)  # the size Open Graph and Twitter cards expect
BACKGROUND = "#1f5f5b"  # the site's primary colour
FOREGROUND = "#ffffff"
MARGIN = 80


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def draw_card(title, subtitle, path, font):
    """Write a PNG with the title and subtitle wrapped to fit, in `font` (a TrueType file:
    SiteData.font); return the path."""
    image = Image.new("RGB", SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = SIZE[0] - 2 * MARGIN
    title_font = ImageFont.truetype(str(font), 64)
    subtitle_font = ImageFont.truetype(str(font), 30)
    y = MARGIN
    for line in _wrap(draw, title, title_font, width):
        draw.text((MARGIN, y), line, font=title_font, fill=FOREGROUND)
        y += 80
    y += 30
    for line in _wrap(draw, subtitle, subtitle_font, width)[:5]:
        draw.text((MARGIN, y), line, font=subtitle_font, fill=FOREGROUND)
        y += 44
    draw.rectangle([MARGIN, SIZE[1] - MARGIN, MARGIN + 160, SIZE[1] - MARGIN + 8], fill=FOREGROUND)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, optimize=True)
    return path
