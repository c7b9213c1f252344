"""Minify our own JavaScript and CSS in the built site (sitekit/minify.py).

Once, in the outer call after mkdocs-static-i18n has built every language (its
on_post_build runs at -100, as does the offline plugin's), and before hooks/site_checks.py
(-200) reads the final files. The sources in docs/ keep their comments.
"""

import mkdocs.plugins

from sitekit.languages import nested_language_build
from sitekit.minify import minify_tree, own_code

log = mkdocs.plugins.get_plugin_logger(__name__)


@mkdocs.plugins.event_priority(-150)
def on_post_build(config):
    if nested_language_build(config):
        return  # a nested per-language build: the outer call minifies once, at the end
    sizes = minify_tree(config.site_dir, own_code(config.docs_dir))
    before = sum(b for b, _ in sizes.values())
    after = sum(a for _, a in sizes.values())
    log.info("minified %d files of our own code: %d -> %d bytes", len(sizes), before, after)
