"""The site's one 404 page, with the default language's header and menus.

GitHub Pages serves a single 404.html, from the site root. Every language build of
mkdocs-static-i18n writes one there, and the last (English) overwrote the Spanish one: a
reader of the Spanish root who followed a broken link landed on English menus. The nested
language builds now leave the page out (overrides/404.html speaks both languages in its
content).
"""

from sitekit.languages import nested_language_build

NOT_FOUND = "404.html"


def on_config(config):
    templates = config.theme.static_templates
    if nested_language_build(config):
        templates.discard(NOT_FOUND)
    else:
        templates.add(NOT_FOUND)  # back for the next default build (`mkdocs serve` rebuilds)
