"""Blocked storage is quiet (issue 27, finding F11 of the adversarial review): with
localStorage throwing on every touch, as a browser that blocks site data does, no page has an
uncaught error. Material's inline __md_get/__md_set read localStorage in a default parameter,
outside their try (two SecurityErrors a page); our copy of that partial
(overrides/partials/javascripts/base.html) reads it inside. The site's own notice still shows."""

import pytest

from tests.storage_faults import BLOCKED, NOTICE

PAGES = ["", "en/", "fichas/", "fichas/notas/", "en/fichas/notas/", "herramientas/registro/",
         "herramientas/seguimiento/", "en/herramientas/mensaje/", "acerca/"]


@pytest.mark.parametrize("storage", ["getter", "methods"])
def test_with_storage_blocked_no_page_has_an_uncaught_error(page, server, storage):
    errors = []
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    page.add_init_script(BLOCKED if storage == "getter" else """
      for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear'])
        Storage.prototype[name] = function () { throw new DOMException('no', 'SecurityError'); };""")
    for path in PAGES:
        page.goto(server + path, wait_until="load")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.goto(server + "fichas/notas/", wait_until="load")
    page.wait_for_selector(NOTICE)
    assert errors == []
