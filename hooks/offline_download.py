"""`<!-- md:offline-download -->`: a link to the offline copy that `make offline` adds to the site,
and under it what file:// means for the answers (any local page can read them).

The link is relative to the page (to the zip's name from `extra.deploy_files.offline_zip`, its {slug} filled in,
at the site's root), worked out from the page's own URL: it holds from any page depth, with
or without directory URLs (the offline copy), and on any host, a local build included.
It is written as HTML: MkDocs would take a Markdown link for a page of the docs and refuse it.
"""

import html
import posixpath

from sitekit import markers, site_data
from sitekit.languages import content_language
from sitekit.site_words import word


def _link(args, page, config):
    site = site_data.of_config(config)
    name = site.deploy_files.get("offline_zip")
    if not name:
        raise markers.MarkerError("needs extra.deploy_files.offline_zip in mkdocs.yml")
    lang = content_language(page, config)
    text = html.escape(word(site, "offline_download", lang))
    note = html.escape(word(site, "offline_privacy", lang))
    return (f'<p><a class="md-button" href="{html.escape(_relative(name, page.url))}" download>{text}</a></p>\n'
            f'<p class="offline-note">{note}</p>')


markers.register("offline-download", _link)


def _relative(target, page_url):
    """`target` (site-relative) as seen from the page at `page_url` ("acerca/", "acerca.html")."""
    folder = posixpath.dirname(page_url) or "."
    return posixpath.relpath(target, folder)
