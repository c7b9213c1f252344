"""The site's slug (sitekit/site_data.py slug_of: the last folder of site_url) in the page's
data ("site") of every page that runs a page script, as overrides/main.html chooses one
(`script:` in front matter, or a worksheet's): each script holds the store, whose storage key
starts with it, and the tools write it into their calendar files (src/lib/site.mjs); and in the
theme's templates as `site_slug`, for the first script of every page (overrides/main.html)."""

from sitekit import page_data, site_data


def on_env(env, config, files):
    # overrides/main.html's first script reads the example's flag under the store's key.
    env.globals["site_slug"] = site_data.slug_of(config.site_url)
    return env


def on_page_content(html, page, config, files):
    if page.meta.get("script") or page.meta.get("worksheets"):
        page_data.add(page, "site", {"slug": site_data.slug_of(config.site_url)})
    return html
