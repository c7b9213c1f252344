"""The header's light/dark toggle (overrides/partials/palette.html, partials/javascripts/palette.html,
src/palette-toggle.mjs): the first paint has the reader's palette, the toggle works by mouse
and keyboard and is kept, and each page follows the system's setting until the reader chooses."""

import json

SCHEME = "() => document.body.dataset.mdColorScheme"
META = """() => [...document.querySelectorAll('meta[name="color-scheme"]')].map((m) => m.content)"""
SCRIPTS = "**/assets/javascripts/*.js"


def _stored(page, server):
    # Material's key: the site root's path, then ".__palette" (partials/javascripts/base.html).
    key = page.evaluate("() => __md_scope.pathname + '.__palette'")
    return json.loads(page.evaluate("(k) => localStorage.getItem(k)", key) or "null")


def test_a_dark_system_gets_the_dark_scheme_in_the_first_paint_with_no_script_file_run(page, server):
    """Material's script chose the system's palette as it started: until then a dark system got
    the light page, and the whole page was restyled when it switched."""
    page.emulate_media(color_scheme="dark")
    page.route(SCRIPTS, lambda route: route.abort())  # what the inline scripts do alone
    page.goto(server + "en/", wait_until="load")
    assert page.evaluate(SCHEME) == "slate"
    assert page.evaluate(META) == ["dark"], "one colour-scheme meta, dark: dark scrollbars and form controls"
    assert page.evaluate("() => document.querySelector('input.md-option:checked').id") == "__palette_1"
    page.unroute_all(behavior="ignoreErrors")
    page.reload(wait_until="load")
    shown = page.locator("form[data-site-palette] label:not([hidden])")
    page.wait_for_function("() => document.querySelectorAll('form[data-site-palette] label:not([hidden])').length")
    assert shown.count() == 1 and shown.get_attribute("title") == "Switch to light mode", "the toggle, once scripts run"
    # Tab reaches the checked option, and its focus ring is drawn on the label after it.
    assert page.evaluate("() => !document.querySelector('input.md-option:checked + label').hidden")


def test_the_toggle_switches_keeps_the_choice_and_material_does_not_run_it_twice(page, server):
    page.emulate_media(color_scheme="light")
    page.goto(server, wait_until="load")
    page.wait_for_function("() => document.querySelector('meta[name=\"theme-color\"]')")
    assert page.evaluate(SCHEME) == "default" and page.evaluate(META) == ["light"]
    assert page.evaluate("() => document.querySelector('meta[name=\"theme-color\"]').content") == "rgb(31, 95, 91)"
    page.locator("label[title='Cambiar a modo oscuro']").click()
    page.wait_for_function(f"() => ({SCHEME})() === 'slate'")
    assert page.evaluate(META) == ["dark"], "Material's own palette would have added a second meta"
    assert _stored(page, server)["index"] == 1 and _stored(page, server)["color"]["scheme"] == "slate"
    page.wait_for_function("() => !document.body.hasAttribute('data-md-color-switching')")
    page.goto(server + "conversacion/", wait_until="load")
    assert page.evaluate(SCHEME) == "slate", "the choice is kept on the next page, the system still light"
    page.emulate_media(color_scheme="light")
    assert page.evaluate(SCHEME) == "slate", "once chosen, the system's setting does not undo it"


def test_enter_on_the_focused_option_switches_and_moves_on(page, server):
    page.emulate_media(color_scheme="light")
    page.goto(server + "en/", wait_until="load")
    page.focus("#__palette_0")
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => ({SCHEME})() === 'slate'")
    assert page.evaluate("() => document.activeElement.id") == "__palette_1"
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => ({SCHEME})() === 'default'")
    assert page.evaluate("() => document.activeElement.id") == "__palette_0"


def test_until_the_reader_chooses_each_page_opens_in_the_systems_setting(page, server):
    """Material kept the palette it picked on the first visit: a reader who set the system to
    dark later still got the light site."""
    page.emulate_media(color_scheme="light")
    page.goto(server + "en/", wait_until="load")
    assert page.evaluate(SCHEME) == "default"
    page.emulate_media(color_scheme="dark")
    page.goto(server + "en/plan/", wait_until="load")
    assert page.evaluate(SCHEME) == "slate" and page.evaluate(META) == ["dark"]
    assert _stored(page, server) is None, "nothing chosen, nothing stored"
