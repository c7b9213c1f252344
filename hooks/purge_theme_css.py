"""Drop what no page uses from Material's stylesheet (sitekit/css_purge.py).

Once, in the outer call after mkdocs-static-i18n has built every language (-100), so that
every page of both languages counts; before hooks/site_checks.py (-200) reads the files.
"""

from pathlib import Path

import mkdocs.plugins

from sitekit.css_purge import purge_site
from sitekit.languages import nested_language_build
from sitekit.minify import own_code

log = mkdocs.plugins.get_plugin_logger(__name__)

# Material's render-blocking stylesheet; its name carries a hash that changes per release.
_THEME_CSS = "assets/stylesheets/main.*.min.css"


@mkdocs.plugins.event_priority(-160)
def on_post_build(config):
    if nested_language_build(config):
        return  # a nested per-language build: the outer call purges once, with every page
    site = Path(config.site_dir)
    sheets = [p.relative_to(site).as_posix() for p in site.glob(_THEME_CSS)]
    scripts = [rel for rel in own_code(config.docs_dir) if rel.endswith((".js", ".mjs"))]
    for rel, (before, after) in purge_site(site, sheets, scripts).items():
        # The source map describes the whole file, no longer what is served.
        (site / f"{rel}.map").unlink(missing_ok=True)
        log.info("%s: %d -> %d bytes (rules no page uses dropped)", rel, before, after)
