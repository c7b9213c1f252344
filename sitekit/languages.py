"""The site's languages, defined once: those the data files are written in, and the one a
page is being built in."""

LANGS = ("es", "en")  # Spanish first: the default, at the site root


def page_language(config):
    """The language of the page being built (mkdocs-static-i18n sets the theme's language for
    each language's build); English for anything else, as the plugin's fallback does."""
    lang = config.theme.get("language", LANGS[0])
    return lang if lang in LANGS else "en"


def nested_language_build(config):
    """True inside one of mkdocs-static-i18n's per-language builds. A hook that needs every
    language's pages (on_post_build) returns then and acts once, in the outer call."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building
