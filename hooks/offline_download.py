"""`<!-- md:offline-download -->`: a link to the offline copy that `make offline` adds to the site.

The link is absolute (site_url + the zip's name from `extra.deploy_files.offline_zip`), so
it holds from any page depth, with or without directory URLs, and in the offline copy too.
"""

import re
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit.languages import page_language

_MARKER = re.compile(r"^<!--\s*md:offline-download\s*-->\s*$", re.MULTILINE)
_TEXT = {
    "es": "Descargar la guía completa para usarla sin conexión (ZIP)",
    "en": "Download the whole guide to use offline (ZIP)",
}


@event_priority(-50)  # after the i18n plugin has set the page's language
def on_page_markdown(markdown, page, config, files):
    if not _MARKER.search(markdown):
        return markdown
    name = (config.extra.get("deploy_files") or {}).get("offline_zip")
    if not name:
        raise PluginError(f"{page.file.src_uri}: md:offline-download needs extra.deploy_files.offline_zip in mkdocs.yml")
    href = urljoin(config.site_url or "/", name)
    text = _TEXT[page_language(config)]
    return _MARKER.sub(f"[{text}]({href}){{ .md-button download }}", markdown)
