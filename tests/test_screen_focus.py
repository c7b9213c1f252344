"""Focus indicators at least 3:1 against what they sit on (WCAG 2.4.11 / 1.4.11), in both
colour schemes: the keyboard walks each page with Tab and, for every control it reaches
(header, sidebar, content links, buttons, fields, footer), the ring's computed colour is
measured against the backgrounds of the boxes around it under each of the ring's four sides."""

import pytest

from tests.contrast import contrast, over, parse_colour

PAGES = ["herramientas/mensaje/", "en/herramientas/seguimiento/", "fichas/notas/"]
TABS = 90

# The focused control's ring (the label for Material's hidden palette radios) and the
# background under the middle of the ring on each side, composited from the elements there.
RING = """() => {
  const el = document.activeElement;
  if (el && el.matches('.md-search__input') && !document.getElementById('__search').checked) {
    return {pending: true};  // Material opens the search (a white box) once its field has focus
  }
  const measure = () => {
    if (!el || el === document.body) return null;
    const target = el.matches('.md-option') ? el.nextElementSibling || el : el;
    const s = getComputedStyle(target);
    const r = target.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return {hidden: true, what: el.outerHTML.slice(0, 100)};
    const width = parseFloat(s.outlineWidth) || 0, offset = parseFloat(s.outlineOffset) || 0;
    const d = offset + width / 2;
    const points = [[r.left - d, r.top + r.height / 2], [r.right + d, r.top + r.height / 2],
                    [r.left + r.width / 2, r.top - d], [r.left + r.width / 2, r.bottom + d]];
    const vw = document.documentElement.clientWidth, vh = window.innerHeight;
    // What the ring is drawn over: the boxes around the control (the control's own for an
    // inset ring) that hold the point, innermost first.
    const under = points.filter(([x, y]) => x >= 0 && y >= 0 && x < vw && y < vh).map(([x, y]) => {
      const out = [];
      for (let e = d < 0 ? target : target.parentElement; e; e = e.parentElement) {
        const b = e.getBoundingClientRect();
        if (e === document.documentElement || (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) {
          out.push(getComputedStyle(e).backgroundColor);
        }
      }
      return out;
    });
    const where = el.closest('.md-header') ? 'header' : el.closest('.md-sidebar') ? 'sidebar'
      : el.closest('.md-footer') ? 'footer' : 'content';
    return {style: s.outlineStyle, colour: s.outlineColor, width, under, where,
            kind: el.tagName.toLowerCase() + (el.type ? '[' + el.type + ']' : ''),
            what: el.outerHTML.slice(0, 100)};
  };
  // Each scheme as the palette toggle sets it: the attribute on the body (no
  // stylesheet asks the system's setting: tests/test_css_purge.py); styles follow at once.
  const body = document.body, was = body.getAttribute('data-md-color-scheme'), rings = {};
  for (const [name, scheme] of [['light', 'default'], ['dark', 'slate']]) {
    body.setAttribute('data-md-color-scheme', scheme);
    rings[name] = measure();
  }
  body.setAttribute('data-md-color-scheme', was);
  return rings;
}"""

WHITE = (255, 255, 255, 1.0)


def backdrop(colours):
    """The colour painted under a point: the stack of backgrounds, top first, composited."""
    stack = []
    for text in colours:
        colour = parse_colour(text)
        if colour[3] > 0:
            stack.append(colour)
            if colour[3] >= 1:
                break
    result = WHITE
    for colour in reversed(stack):
        result = over(colour, result)
    return result


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_every_focus_ring_has_3_to_1_against_its_background_in_both_schemes(kept_pages, server, path, width):
    # Transitions off (the drawer sliding in, the search box turning white), so what is
    # measured is where each one ends; the page's CSP would refuse the test's own style.
    # One page per worker (tests/conftest.py KeptPage), emptied after each test.
    kept = kept_pages("focus", bypass_csp=True)
    page = kept.page
    page.set_viewport_size({"width": width, "height": 800})
    try:
        page.goto(server + path, wait_until="load")
        page.wait_for_function("() => window.component$ !== undefined")
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
        seen, problems, kinds = set(), [], set()
        for _ in range(TABS):
            page.keyboard.press("Tab")
            rings = page.evaluate(RING)
            if rings and rings.get("pending"):
                page.wait_for_function("() => document.getElementById('__search').checked")
                rings = page.evaluate(RING)
            if not rings:
                continue
            for scheme, ring in rings.items():
                if not ring or ring.get("hidden") or (scheme, ring["what"]) in seen:
                    continue
                seen.add((scheme, ring["what"]))
                kinds.add((ring["where"], ring["kind"]))
                label = f"{scheme}: {ring['where']} {ring['what']}"
                if ring["style"] in ("none", "auto") or ring["width"] < 2:
                    problems.append(f"{label}: ring {ring['style']} {ring['width']} px")
                    continue
                colour = parse_colour(ring["colour"])
                for colours in ring["under"]:
                    ground = backdrop(colours)
                    ratio = contrast(over(colour, ground), ground)
                    if ratio < 3:
                        problems.append(f"{label}: {ring['colour']} on rgb{ground[:3]} is {ratio:.2f}:1")
                        break
        wheres = {w for w, _ in kinds}
        assert "header" in wheres and "content" in wheres, f"the walk should reach header and content: {kinds}"
        assert any(k.startswith(("input", "textarea")) for _, k in kinds), f"and a form field: {kinds}"
        assert any(k == "button" or k.startswith("button") for _, k in kinds), f"and a button: {kinds}"
        assert not problems, "\n".join(problems)
    finally:
        kept.forget()
