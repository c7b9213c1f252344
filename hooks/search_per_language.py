"""Search in the reader's language: one index per language (see sitekit/search_split.py),
split after the build by hooks/post_build.py; this points each language's pages at theirs."""

import mkdocs.plugins

from sitekit import pipeline, site_data
from sitekit.languages import page_language
from sitekit.search_split import point_base_at_language


@mkdocs.plugins.event_priority(pipeline.priority("on_post_page", "search_per_language"))
def on_post_page(output, page, config):
    lang = page_language(config)
    return output if lang == site_data.of(config).langs[0] else point_base_at_language(output, lang)
