"""Search in the reader's language: one index per language (see sitekit/search_split.py)."""

import mkdocs.plugins

from sitekit.languages import nested_language_build
from sitekit.search_split import point_base_at_language, split_index

log = mkdocs.plugins.get_plugin_logger(__name__)


def _i18n(config):
    return config.plugins["i18n"]


def _default_and_others(config):
    langs = _i18n(config).config.languages
    default = next(lang.locale for lang in langs if lang.default)
    return default, tuple(lang.locale for lang in langs if not lang.default)


@mkdocs.plugins.event_priority(-90)  # before the CSP hook hashes the page's scripts
def on_post_page(output, page, config):
    lang = _i18n(config).current_language
    default, _ = _default_and_others(config)
    return output if lang == default else point_base_at_language(output, lang)


# After mkdocs-static-i18n (-100) has built every language, before the site checks (-200)
# look at the indexes Material's script will fetch.
@mkdocs.plugins.event_priority(-190)
def on_post_build(config):
    if nested_language_build(config):
        return
    default, others = _default_and_others(config)
    counts = split_index(config.site_dir, default, others)
    log.info("search index per language: %s", counts)
