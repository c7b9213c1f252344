"""Search in the reader's language: one index per language (see sitekit/search_split.py),
split after the build by hooks/post_build.py; this points each language's pages at theirs."""

import mkdocs.plugins

from sitekit.languages import LANGS
from sitekit.search_split import point_base_at_language


@mkdocs.plugins.event_priority(-90)  # before the CSP hook hashes the page's scripts
def on_post_page(output, page, config):
    lang = config.plugins["i18n"].current_language
    return output if lang == LANGS[0] else point_base_at_language(output, lang)
