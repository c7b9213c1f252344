"""Focus is never hidden (WCAG 2.4.11; issue 29 item 4): walking a long page backwards with
Shift+Tab, from the footer to the header, the browser scrolls each focused control into view,
and neither Material's sticky header nor its "back to top" pill (shown while the page scrolls
up) is drawn over any part of it (the skip link, drawn over the header, is not covered).
On a phone and a laptop, in both colour schemes, on a long reading
page and a long worksheet."""

import pytest

PAGES = ["plan/", "fichas/preguntas/", "en/herramientas/registro/"]
SCREENS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1366, "height": 768}}
MAX_STEPS = 400

# The focused element and what could cover it, in the viewport's coordinates.
STOP = """() => {
  const a = document.activeElement;
  if (!a || a === document.body) return null;
  const again = a.hasAttribute('data-walked');
  a.setAttribute('data-walked', '');
  const box = (el) => { const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
  const pill = document.querySelector('.md-top');
  const style = pill && getComputedStyle(pill);
  const shown = pill && !pill.hidden && style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
  const r = a.getBoundingClientRect();
  // What is drawn on top where the control and the header or the pill overlap (the skip link
  // is drawn over the header: it intersects it, but nothing covers it).
  const covers = (other) => {
    if (!other) return false;
    const o = other.getBoundingClientRect();
    const top = Math.max(r.top, o.top), bottom = Math.min(r.bottom, o.bottom);
    const left = Math.max(r.left, o.left), right = Math.min(r.right, o.right);
    if (top >= bottom || left >= right) return false;
    const xs = [left + 1, (left + right) / 2, right - 1], ys = [top + 1, (top + bottom) / 2, bottom - 1];
    return xs.some((x) => ys.some((y) => {
      const hit = document.elementFromPoint(x, y);
      return hit && other.contains(hit) && !a.contains(hit) && !hit.contains(a);
    }));
  };
  return {
    underHeader: covers(document.querySelector('.md-header')),
    underPill: shown ? covers(pill) : false,
    again,
    what: a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + ' '
      + (a.getAttribute('aria-label') || a.textContent || a.name || '').trim().slice(0, 40),
    box: box(a), size: r.width * r.height,
    header: box(document.querySelector('.md-header')),
    chrome: !!a.closest('.md-header, .md-top, .md-sidebar, .md-footer'),
  };
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("url", PAGES)
def test_shift_tab_never_leaves_focus_under_the_header_or_the_pill(server, page, url, screen, scheme):
    page.set_viewport_size(SCREENS[screen])
    page.emulate_media(color_scheme=scheme)
    page.goto(server + url, wait_until="load")
    # From the end of the page: its last focusable control, the way a reader arrives there.
    page.evaluate("() => { const all = [...document.querySelectorAll('.md-footer a[href]')]; all[all.length - 1].focus(); "
                  "window.scrollTo(0, document.documentElement.scrollHeight); }")
    hidden, checked = [], 0
    for _ in range(MAX_STEPS):
        page.keyboard.press("Shift+Tab")
        page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
        stop = page.evaluate(STOP)
        if stop is not None and stop["again"]:
            break  # round the whole page and back: the walk is over
        if stop is None or stop["size"] == 0 or stop["chrome"]:
            continue
        checked += 1
        if stop["underHeader"]:
            hidden.append(f"{stop['what']!r} at y {stop['box']['top']:.0f}-{stop['box']['bottom']:.0f}, "
                          f"under the header (ends at {stop['header']['bottom']:.0f})")
        if stop["underPill"]:
            hidden.append(f"{stop['what']!r} at y {stop['box']['top']:.0f}-{stop['box']['bottom']:.0f}, under the back-to-top pill")
    assert checked > 10, f"{url}: only {checked} controls reached walking back"
    assert not hidden, f"{url} ({screen}, {scheme}): focus hidden at {len(hidden)} of {checked} stops:\n  " + "\n  ".join(hidden[:15])
