"""Absolute hreflang alternates for each page (Material writes relative ones).

mkdocs-static-i18n fills `config.extra.alternate` per page, with links that are either
site-relative ("en/razones/") or domain-absolute ("/repo/en/"); joining each with
`site_url` gives the absolute URL search engines want. The default language doubles as
x-default.
"""

from urllib.parse import urljoin

from mkdocs.plugins import event_priority

from sitekit import pipeline


@event_priority(pipeline.priority("on_page_context", "hreflang"))  # after mkdocs-static-i18n set the links
def on_page_context(context, page, config, nav):
    site_url = config.site_url or ""
    links = []
    # The plugin sets the attribute, not the key, so read it the way the theme does.
    for alt in getattr(config.extra, "alternate", None) or []:
        href = urljoin(site_url, alt["link"])
        links.append({"lang": alt["lang"], "href": href})
    if links:
        links.append({"lang": "x-default", "href": links[0]["href"]})
    context["hreflang_links"] = links
    return context
