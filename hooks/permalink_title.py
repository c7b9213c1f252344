"""Headings' permalinks (the ¶ after each heading) titled in the page's language:
Python-Markdown's toc extension takes one `permalink_title` for the whole site, and its
default is English."""

from mkdocs.plugins import event_priority

from sitekit import pipeline, site_data
from sitekit.languages import page_language
from sitekit.site_words import word


@event_priority(pipeline.priority("on_config", "permalink_title"))  # after mkdocs-static-i18n set the language
def on_config(config):
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = word(site_data.of(config), "permalink_title", page_language(config))
