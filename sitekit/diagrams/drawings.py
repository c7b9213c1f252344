"""The shapes of each diagram, drawn in two variants from its words (data/diagrams/ID.yml).

`WIDE` fills a column of at least SWITCH px (docs/assets/stylesheets/diagrams.css shows it from
there up); `NARROW`, drawn for a phone, fills the column of a 320 px screen. Font sizes are
chosen so that neither shows text below 12 px (`check_sizes`, run when the data is loaded).
Each drawing says which words it takes (`WORDS`): a key and its kind, `text` or a list of
`n` texts.
"""

from dataclasses import dataclass

from sitekit.diagrams.canvas import LINE, Canvas

MIN_PX = 12  # the smallest text a reader sees (issue 29)
PHONE_COLUMN = 288  # px of column on a 320 px screen (Material's margins: 2 × 16 px)
SWITCH = 600  # the wide drawing shows in a column at least this wide


@dataclass(frozen=True)
class Variant:
    name: str
    width: float
    small: int  # body text
    big: int  # titles and numbers
    font: str = ""  # the TrueType file its words are measured in (SiteData.font), given when drawn

    @property
    def narrow(self):
        return self.name == "narrow"


WIDE = Variant("wide", 720, 15, 16)
NARROW = Variant("narrow", PHONE_COLUMN, 13, 14)
VARIANTS = (WIDE, NARROW)


def check_sizes():
    """The smallest text of each variant at the narrowest column it shows in, in px."""
    shown = {"wide": WIDE.small * SWITCH / WIDE.width, "narrow": NARROW.small * PHONE_COLUMN / NARROW.width}
    small = {name: px for name, px in shown.items() if px < MIN_PX}
    if small:
        raise ValueError(f"sitekit/diagrams/drawings.py: text below {MIN_PX} px: {small}")


TEXT = "text"


def texts(n):
    return ("list", n)


def _legend_row(c, v, key, text, y, swatch, room_left=0):
    """A legend line: `swatch(x, y, size)` draws its sample; the text beside it wraps."""
    size = 24 if v.narrow else 28
    swatch(room_left, y, size)
    x = room_left + size + 10
    bottom = c.text(key, text, x, y + 2, v.width - x, v.small, max_lines=4)
    return max(bottom, y + size) + (8 if v.narrow else 10)


def _badge(c, v, key, label, x, y, size, cls="dg-mark"):
    c.rect(x, y, size, size, cls, rx=4)
    c.text(key, label, x + size / 2, y + (size - v.big * LINE) / 2, size - 2, v.big, bold=True, anchor="middle",
           cls="dg-on" if cls == "dg-mark" else "dg-ink")


# --- 2. the 3B7 routine as a calendar -----------------------------------------------------------

ROUTINE_WORDS = {"name": TEXT, "caption": TEXT, "weekdays": texts(7), "plain": TEXT, "with_holiday": TEXT,
                 "day0": TEXT, "day3": TEXT, "day7": TEXT, "weekend": TEXT, "holiday": TEXT}
SEND_DAY = 2  # Wednesday of the first week (0 = Monday)
HOLIDAY = 8  # the Tuesday of the second week, in the calendar with a holiday
STEPS = (0, 3, 7)  # the business days the routine acts on
WEEKS = 3


def business_days(holidays):
    """{day: business days since the message} for the days of the calendar from the send day
    on (0 = Monday of the first week); weekends and `holidays` are not counted."""
    counts, count = {SEND_DAY: 0}, 0
    for day in range(SEND_DAY + 1, WEEKS * 7):
        if day % 7 < 5 and day not in holidays:
            count += 1
            if count > STEPS[-1]:
                break
            counts[day] = count
    return counts


def _calendar(c, v, w, x0, y, title_key, holidays):
    col = v.width / 7 if v.narrow else 48
    row = 34 if v.narrow else 40
    y = c.text(title_key, w[title_key], x0, y, col * 7, v.big, bold=True, max_lines=2) + 4
    for i, name in enumerate(w["weekdays"]):
        c.text(f"weekdays[{i}]", name, x0 + col * (i + 0.5), y, col - 4, v.small, anchor="middle")
    y += v.small * LINE + 4
    counts = business_days(holidays)
    for day in range(WEEKS * 7):
        x, top = x0 + col * (day % 7), y + row * (day // 7)
        weekend = day % 7 >= 5
        c.rect(x + 1, top + 1, col - 2, row - 2, "dg-soft dg-line" if weekend else "dg-line")
        if day in holidays:
            c.rect(x + 3, top + 3, col - 6, row - 6, "dg-accent")
            c.line(x + 3, top + row - 3, x + col - 3, top + 3, "dg-accent")
        count = counts.get(day)
        if count is None:
            continue
        if count in STEPS:
            c.rect(x + 4, top + 4, col - 8, row - 8, "dg-mark", rx=3)
        c.text(f"day{count}" if count in STEPS else "calendar", str(count), x + col / 2, top + (row - v.big * LINE) / 2,
               col - 8, v.big, bold=count in STEPS, anchor="middle", cls="dg-on" if count in STEPS else "dg-ink")
    return y + row * WEEKS


def routine(w, v):
    c = Canvas(v.width, v.font)
    if v.narrow:
        y = _calendar(c, v, w, 0, 0, "plain", ()) + 16
        y = _calendar(c, v, w, 0, y, "with_holiday", (HOLIDAY,)) + 16
    else:
        y = max(_calendar(c, v, w, 0, 0, "plain", ()), _calendar(c, v, w, 384, 0, "with_holiday", (HOLIDAY,))) + 20
    for step in STEPS:
        y = _legend_row(c, v, f"day{step}", w[f"day{step}"], y,
                        lambda x, top, s, step=step: _badge(c, v, f"day{step}", str(step), x, top, s))
    y = _legend_row(c, v, "weekend", w["weekend"], y, lambda x, top, s: c.rect(x + 1, top + 1, s - 2, s - 2, "dg-soft dg-line"))

    def holiday(x, top, s):
        c.rect(x + 1, top + 1, s - 2, s - 2, "dg-accent")
        c.line(x + 1, top + s - 1, x + s - 1, top + 1, "dg-accent")
    y = _legend_row(c, v, "holiday", w["holiday"], y, holiday)
    c.height = y
    return c


# --- 3. the twenty-minute conversation -----------------------------------------------------------

PARTS = (("opening", 0, 2), ("story", 2, 3), ("questions", 3, 16), ("closing", 16, 18), ("slack", 18, 20))
TIARA = ("trends", "insights", "advice", "resources", "assignments")
CONVERSATION_WORDS = {"name": TEXT, "caption": TEXT, "minutes": TEXT,
                      **{f"{part}": TEXT for part, _, _ in PARTS}, **{f"{part}_detail": TEXT for part, _, _ in PARTS},
                      **{f"{q}_letter": TEXT for q in TIARA}, **{q: TEXT for q in TIARA}}


def _part_class(part):
    return {"questions": "dg-line", "slack": "dg-soft dg-line dg-dash"}.get(part, "dg-soft dg-line")


def conversation(w, v):
    return _conversation_narrow(w, v) if v.narrow else _conversation_wide(w, v)


def _conversation_wide(w, v):
    c = Canvas(v.width, v.font)
    x0, scale, bar_y, bar_h = 10, (v.width - 20) / 20, 28, 44
    ticks = sorted({m for _, a, b in PARTS for m in (a, b)})
    for m in ticks:
        c.text("minutes", str(m) if m else w["minutes"] + " 0", x0 + m * scale, 0, 80, v.small,
               anchor="start" if m == 0 else "end" if m == 20 else "middle")
    for part, a, b in PARTS:
        c.rect(x0 + a * scale, bar_y, (b - a) * scale, bar_h, _part_class(part))
    qa, qb = PARTS[2][1], PARTS[2][2]
    band = (qb - qa) * scale / len(TIARA)
    for i, q in enumerate(TIARA):
        c.rect(x0 + qa * scale + i * band + 3, bar_y + 3, band - 6, bar_h - 6, "dg-mark", rx=3)
        c.text(f"{q}_letter", w[f"{q}_letter"], x0 + qa * scale + (i + 0.5) * band, bar_y + (bar_h - v.big * LINE) / 2,
               band - 8, v.big, bold=True, anchor="middle", cls="dg-on")
    # One column of words per part, each joined to its part by a line.
    col, top = v.width / len(PARTS), bar_y + bar_h + 30
    bottom = top
    for i, (part, a, b) in enumerate(PARTS):
        mid, cx = x0 + (a + b) / 2 * scale, col * (i + 0.5)
        c.path(f"M{mid:.1f} {bar_y + bar_h}V{bar_y + bar_h + 14}H{cx:.1f}V{top - 4}", "dg-line dg-leader")
        y = c.text(part, w[part], cx, top, col - 10, v.big, bold=True, anchor="middle", max_lines=2)
        bottom = max(bottom, c.text(f"{part}_detail", w[f"{part}_detail"], cx, y, col - 10, v.small, anchor="middle",
                                    max_lines=4))
    y = bottom + 20
    col = v.width / len(TIARA)
    ends = [y]
    for i, q in enumerate(TIARA):
        _badge(c, v, f"{q}_letter", w[f"{q}_letter"], col * (i + 0.5) - 13, y, 26)
        ends.append(c.text(q, w[q], col * (i + 0.5), y + 32, col - 8, v.small, anchor="middle", max_lines=4))
    c.height = max(ends) + 4
    return c


def _conversation_narrow(w, v):
    c = Canvas(v.width, v.font)
    bar_x, bar_w, scale, text_x = 40, 36, 26, 90
    t0 = 26  # the bar's top, under the unit
    room = v.width - text_x
    for m in sorted({m for _, a, b in PARTS for m in (a, b)}):
        c.text("minutes", str(m), bar_x - 6, t0 + m * scale - v.small * LINE / 2, bar_x - 6, v.small, anchor="end")
    c.text("minutes", w["minutes"], 0, 0, bar_x - 6, v.small)
    placed = 0  # the lowest text so far: words of a short part move down, joined by a line

    def label(key_title, key_detail, anchor_y, detail=True):
        nonlocal placed
        y = max(anchor_y - v.big * LINE / 2, placed)
        c.path(f"M{bar_x + bar_w + 2} {anchor_y:.1f}L{text_x - 6} {y + v.big * LINE / 2:.1f}", "dg-line dg-leader")
        end = c.text(key_title, w[key_title], text_x, y, room, v.big, bold=detail, max_lines=2)
        if detail:
            end = c.text(key_detail, w[key_detail], text_x, end, room, v.small, max_lines=4)
        placed = end + 8

    for part, a, b in PARTS:
        top, height = t0 + a * scale, (b - a) * scale
        c.rect(bar_x, top, bar_w, height, _part_class(part))
        if part != "questions":
            label(part, f"{part}_detail", top + height / 2)
            continue
        label(part, f"{part}_detail", top + 12)
        band = height / len(TIARA)
        for i, q in enumerate(TIARA):
            c.rect(bar_x + 3, top + i * band + 3, bar_w - 6, band - 6, "dg-mark", rx=3)
            c.text(f"{q}_letter", w[f"{q}_letter"], bar_x + bar_w / 2, top + (i + 0.5) * band - v.big * LINE / 2,
                   bar_w - 8, v.big, bold=True, anchor="middle", cls="dg-on")
            label(q, None, top + (i + 0.5) * band, detail=False)
    c.height = max(placed, t0 + 20 * scale + 10)
    return c


# --- 4. a search round and its week ----------------------------------------------------------------

FUNNEL = (("organisations", "40"), ("shortlist", "5"), ("messages", "≈15"), ("conversations", "≈5"))
WEEK = ("monday", "midweek", "friday")
FUNNEL_WORDS = {"name": TEXT, "caption": TEXT, "week": TEXT, **{k: TEXT for k, _ in FUNNEL},
                **{k: TEXT for k in WEEK}, **{f"{k}_what": TEXT for k in WEEK}}


def funnel(w, v):
    c = Canvas(v.width, v.font)
    lane = 112 if v.narrow else 260
    text_x = lane + 12
    y = 0
    for i, (key, number) in enumerate(FUNNEL):
        bar = lane * (1 - i * 0.2)
        end = c.text(key, w[key], text_x, y + 4, v.width - text_x, v.small, max_lines=4)
        h = max(40, end - y + 4)
        c.rect((lane - bar) / 2, y, bar, h, "dg-mark", rx=4)
        c.text(key, number, lane / 2, y + (h - v.big * LINE) / 2, bar - 8, v.big, bold=True, anchor="middle", cls="dg-on")
        if i < len(FUNNEL) - 1:
            c.line(text_x, y + h + 4, v.width, y + h + 4, "dg-line dg-dash")
        y += h + 8
    y = c.text("week", w["week"], 0, y + 12, v.width, v.big, bold=True, max_lines=2) + 6
    if v.narrow:
        for key in WEEK:
            end = c.text(key, w[key], 10, y + 6, v.width - 20, v.small, bold=True, max_lines=2)
            end = c.text(f"{key}_what", w[f"{key}_what"], 10, end, v.width - 20, v.small, max_lines=4) + 6
            c.rect(1, y + 1, v.width - 2, end - y - 2, "dg-line", rx=4)
            y = end + 8
        c.height = y
        return c
    col = v.width / len(WEEK)
    ends = []
    for i, key in enumerate(WEEK):
        end = c.text(key, w[key], col * i + 12, y + 8, col - 28, v.small, bold=True, max_lines=2)
        ends.append(c.text(f"{key}_what", w[f"{key}_what"], col * i + 12, end, col - 28, v.small, max_lines=5) + 8)
    bottom = max(ends)
    for i in range(len(WEEK)):
        c.rect(col * i + 2, y + 1, col - 12, bottom - y - 2, "dg-line", rx=4)
    c.height = bottom + 2
    return c


# --- 5. the circles of people to ask ---------------------------------------------------------------

CIRCLES = ("close", "dormant", "weak", "strangers")
CIRCLES_WORDS = {"name": TEXT, "caption": TEXT, **{k: TEXT for k in CIRCLES}, **{f"{k}_who": TEXT for k in CIRCLES}}
BAND = 30  # the ring around each circle: its name's line and some room


def circles(w, v):
    """Nested rounded boxes, the closest innermost: each name sits at the top of its band,
    so a longer word needs only a wider box, not a bigger circle."""
    c = Canvas(v.width, v.font)
    side = v.width if v.narrow else 300
    inner_h = 52
    height = inner_h + 2 * BAND * (len(CIRCLES) - 1)
    for i, key in enumerate(reversed(CIRCLES)):
        inset = BAND * i
        c.rect(inset + 1, inset + 1, side - 2 * inset - 2, height - 2 * inset - 2,
               ("dg-soft dg-line", "dg-bg dg-line", "dg-soft dg-line", "dg-bg dg-line")[i], rx=22)
        room = side - 2 * inset - 28
        band = inner_h if key == CIRCLES[0] else BAND
        c.text(key, w[key], side / 2, inset + (band - v.small * LINE) / 2 + 1, room, v.small, bold=True,
               anchor="middle")
    if v.narrow:
        x, y = 0, height + 16
    else:
        x, y = side + 30, 4
    for key in CIRCLES:
        y = c.text(key, w[key], x, y, v.width - x, v.big, bold=True, max_lines=2)
        y = c.text(f"{key}_who", w[f"{key}_who"], x, y, v.width - x, v.small, max_lines=4) + 10
    c.height = max(y, height)
    return c


# --- 6. after the conversation --------------------------------------------------------------------

ARC = ("conversation", "thanks", "update", "give")
ARC_WORDS = {"name": TEXT, "caption": TEXT, **{k: TEXT for k in ARC}, **{f"{k}_when": TEXT for k in ARC},
             **{f"{k}_what": TEXT for k in ARC}}


def arc(w, v):
    c = Canvas(v.width, v.font)
    if v.narrow:
        x, y, text_x = 14, 0, 40
        tops = []
        for key in ARC:
            tops.append(y)
            end = c.text(f"{key}_when", w[f"{key}_when"], text_x, y, v.width - text_x, v.small, max_lines=2)
            end = c.text(key, w[key], text_x, end, v.width - text_x, v.big, bold=True, max_lines=2)
            y = c.text(f"{key}_what", w[f"{key}_what"], text_x, end, v.width - text_x, v.small, max_lines=5) + 14
        c.line(x, tops[0] + 9, x, tops[-1] + 9, "dg-line dg-thick")
        for i, top in enumerate(tops):
            c.circle(x, top + 9, 9, "dg-mark" if i else "dg-bg dg-line dg-thick")
        c.height = y
        return c
    col = v.width / len(ARC)
    axis = 40
    ends = []
    for i, key in enumerate(ARC):
        cx = col * (i + 0.5)
        c.text(f"{key}_when", w[f"{key}_when"], cx, 0, col - 12, v.small, anchor="middle", max_lines=1)
        end = c.text(key, w[key], cx, axis + 22, col - 12, v.big, bold=True, anchor="middle", max_lines=2)
        ends.append(c.text(f"{key}_what", w[f"{key}_what"], cx, end, col - 12, v.small, anchor="middle", max_lines=5))
    c.line(col / 2, axis, v.width - col / 2, axis, "dg-line dg-thick")
    for i in range(len(ARC)):
        c.circle(col * (i + 0.5), axis, 10, "dg-mark" if i else "dg-bg dg-line dg-thick")
    c.height = max(ends) + 4
    return c


DRAWINGS = {
    "3b7": (routine, ROUTINE_WORDS),
    "conversacion": (conversation, CONVERSATION_WORDS),
    "ronda": (funnel, FUNNEL_WORDS),
    "circulos": (circles, CIRCLES_WORDS),
    "relacion": (arc, ARC_WORDS),
}
