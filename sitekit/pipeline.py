"""When each hook acts, stated once: for each MkDocs event, who acts on it, first to last.

MkDocs runs an event's handlers from the highest priority to the lowest. Each hook takes its
priority from here by name (`@event_priority(pipeline.priority("on_page_markdown",
"markers"))`), and no two handlers of one event share a number, so the order never hangs on
the order of mkdocs.yml's lists. "i18n" is mkdocs-static-i18n, whose numbers are its own
(tests/test_pipeline.py holds the plugin and every hook to this table). Handlers not listed
run at MkDocs' default, 0, and need no place: site_words, social_cards' page context,
not_found_page. The steps after the whole site is built are sitekit/postbuild.py's STEPS.
"""

ORDER = {
    "on_config": (
        ("site_checks", 100),  # checks the sources before anything reads docs/
        ("untranslated", 90),  # a partial language's to-do list, before any language builds
        ("i18n", -100),  # sets the language of this build
        ("permalink_title", -110),  # the permalinks' title in that language
    ),
    "on_page_markdown": (
        ("i18n", 50),
        ("reading_time", -50),  # counts the words as written, markers still comments
        ("markers", -60),  # every md: marker rendered (sitekit/markers.py)
        ("worksheets", -70),  # the schema, on the pages that got a worksheet
    ),
    "on_page_context": (
        ("i18n", 50),  # sets the page's alternate links
        ("hreflang", 0),  # makes them absolute
    ),
    "on_post_page": (
        ("search_per_language", -90),  # points the page at its language's index
        ("i18n", -100),
        ("csp", -110),  # hashes the inline scripts of the page as written to disk: last
    ),
    "on_post_template": (
        ("csp", -110),  # the same for theme pages outside the nav (404.html)
    ),
    "on_post_build": (
        ("social_cards", 0),  # the card of the language just built
        ("i18n", -100),  # builds the other languages (each runs the events again)
        ("offline", -100),  # mkdocs-offline.yml only; after i18n (plugins of equal number run in their order)
        ("post_build", -150),  # once, over every language: sitekit/postbuild.py's STEPS
        ("site_checks", -200),  # checks the site as readers get it
    ),
}


def priority(event, name):
    """The priority `name`'s handler of `event` runs at."""
    return dict(ORDER[event])[name]
