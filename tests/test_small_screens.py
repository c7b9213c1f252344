"""Phones: at 360 px wide no page scrolls sideways, and every control a finger can hit is
at least 44 by 44 CSS px (WCAG 2.5.5, stricter than 2.5.8's 24 px).

Exempt, as WCAG 2.5.8's inline exception allows: a link inside running text (its block
holds other text too, e.g. a link in a sentence or the ¶ permalink beside a heading),
whose size is set by the line of text around it. A checkbox or radio button counts as
big enough when its label is (tapping the label ticks it); the label itself is checked.
"""

import pytest

from tests.pages import all_urls

WIDTH = 360
MIN_TARGET = 44
URLS = [*all_urls(), "no-such-page/"]

# One line per visible control smaller than the minimum, as "WIDTHxHEIGHT description".
SMALL_TARGETS = """(minimum) => {
  const viewportWidth = document.documentElement.clientWidth;
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === "none" || s.visibility === "hidden" || s.opacity === "0") return true;
    }
    return false;
  };
  const blockAround = (el) => {
    let e = el.parentElement;
    while (e && getComputedStyle(e).display.startsWith("inline")) e = e.parentElement;
    return e;
  };
  const squeeze = (text) => (text || "").replace(/\\s+/g, "");
  const inRunningText = (el) => {
    const block = blockAround(el);
    return block !== null && squeeze(block.textContent).length > squeeze(el.textContent).length;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.left < viewportWidth && !hidden(el);
  };
  const bigEnough = (el) => {
    const r = el.getBoundingClientRect();
    return Math.round(r.width) >= minimum && Math.round(r.height) >= minimum;
  };
  const describe = (el) => {
    const r = el.getBoundingClientRect();
    const name = el.getAttribute("aria-label") || el.textContent || el.getAttribute("name") || "";
    return `${Math.round(r.width)}x${Math.round(r.height)} <${el.tagName.toLowerCase()}`
      + (el.id ? ` id="${el.id}"` : "") + (el.className ? ` class="${el.className}"` : "")
      + (el.type ? ` type="${el.type}"` : "") + `> ${name.trim().replace(/\\s+/g, " ").slice(0, 40)}`;
  };
  const small = [];
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, label";
  for (const el of document.querySelectorAll(selector)) {
    if (el.tagName === "LABEL") {
      const control = el.control;
      if (!control || control.type !== "checkbox") continue;
    }
    if (!shown(el) || bigEnough(el)) continue;
    if (el.tagName === "A" && inRunningText(el)) continue;
    if (["checkbox", "radio"].includes(el.type) && [...el.labels].some((l) => shown(l) && bigEnough(l))) continue;
    small.push(describe(el));
  }
  return small;
}"""


# The drawer has slid in: open, in place, its transitions (and the overlay's) over.
DRAWER_OPEN = """() => {
  const drawer = document.querySelector(".md-sidebar--primary");
  return document.getElementById("__drawer").checked && drawer.getBoundingClientRect().left >= -0.5
    && [drawer, document.querySelector(".md-overlay")].every((e) => e.getAnimations().length === 0);
}"""


@pytest.fixture
def phone(kept_pages):
    """The worker's phone (tests/conftest.py KeptPage): what the site stored deleted after each test.
    Reduced motion turns Material's transitions off (its only rule for it), so the drawer is
    measured where it ends without waiting for its slide."""
    kept = kept_pages("phone", viewport={"width": WIDTH, "height": 740}, is_mobile=True, has_touch=True,
                      reduced_motion="reduce")
    yield kept.page
    kept.forget()


@pytest.mark.parametrize("url", URLS)
def test_page_fits_a_360_px_phone(server, phone, url):
    phone.goto(server + url, wait_until="load")
    problems = []
    width = phone.evaluate("document.documentElement.scrollWidth")
    if width > WIDTH:
        culprits = phone.evaluate(
            """(w) => [...document.querySelectorAll("body *")]
                 .filter((e) => e.getBoundingClientRect().right > w + 1)
                 .slice(0, 8).map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">`)""",
            WIDTH,
        )
        problems.append(f"scrolls sideways: {width} px wide; sticking out: {culprits}")
    small = phone.evaluate(SMALL_TARGETS, MIN_TARGET)
    # The navigation drawer, as a reader opens it from the header.
    phone.locator(".md-header [for='__drawer']").click()
    phone.wait_for_function(DRAWER_OPEN)
    small += [t for t in phone.evaluate(SMALL_TARGETS, MIN_TARGET) if t not in small]
    if small:
        problems.append(f"controls under {MIN_TARGET}x{MIN_TARGET} px:\n  " + "\n  ".join(small))
    assert problems == [], f"{url} at {WIDTH} px: " + "\n".join(problems)


def test_the_target_check_sees_a_small_button(server, phone):
    """Guards the test above: a 30 px button must be reported, a link in a sentence not."""
    phone.goto(server, wait_until="load")
    phone.evaluate(
        """() => {
          const b = document.createElement("button");
          b.textContent = "x"; b.style.width = "30px"; b.style.height = "30px";
          const p = document.createElement("p");
          p.append("Read ", Object.assign(document.createElement("a"), {href: "#", textContent: "this"}), " now.");
          document.querySelector(".md-content").prepend(b, p);
        }"""
    )
    small = phone.evaluate(SMALL_TARGETS, MIN_TARGET)
    assert any(t.startswith("30x30 <button") for t in small), small
    assert not any("> this" in t for t in small), small
