"""The home page (`template: home.html` in its front matter, overrides/home.html): its first
screen, its five-step journey and its reading path, from data/home.yml and the nav, in the
language being built (sitekit/home.py). A chapter added to the nav without its line in
data/home.yml, or a page there the nav lacks, stops the build, strict or not. The returning
reader's summary words go into the page's data ("home") for its script (src/pages/home.mjs).
"""


from mkdocs.exceptions import PluginError

from sitekit import home, page_data, site_data
from sitekit.languages import page_language

TEMPLATE = "home.html"
_data = {}


def on_config(config):
    _data.clear()
    _data.update(site_data.of(config).home)


def on_page_context(context, page, config, nav):
    if page.meta.get("template") != TEMPLATE:
        return context
    lang = page_language(config)
    pages = {home.source_key(p.file.src_uri): p for p in nav.pages}

    def url_of(key):
        found = pages.get(key)
        return (found.url, found.title) if found else None
    try:
        context["home"] = home.context(_data, lang, home.top_level(nav.items), url_of)
    except home.HomeError as exc:
        raise PluginError(f"home page:\n{exc}") from None
    page_data.add(page, "home", home.summary_words(_data, lang))
    return context
