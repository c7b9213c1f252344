"""What happens to the built site once every language is built, in this order, once.

mkdocs-static-i18n builds each language inside its own on_post_build, as does the offline
plugin; this runs after them, only in the outer call, and each step is a plain function over
the finished site. hooks/site_checks.py then checks the result: the files as readers will get
them (the order: sitekit/pipeline.py).
"""

from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

from sitekit import bundle, languages, pipeline
from sitekit.css_purge import purge_site
from sitekit.languages import nested_language_build
from sitekit.minify import minify_tree, own_code
from sitekit.search_split import split_index

log = mkdocs.plugins.get_plugin_logger(__name__)

# Material's render-blocking stylesheet; its name carries a hash that changes per release.
_THEME_CSS = "assets/stylesheets/main.*.min.css"


def assemble_scripts(config):
    """Our ES modules (docs/assets/javascripts/src/) as one classic script per kind of page
    (sitekit/bundle.py), before anything reads or shrinks the site's scripts."""
    try:
        written = bundle.build(config.docs_dir, config.site_dir)
    except bundle.BundleError as exc:
        raise PluginError(f"scripts that cannot be assembled:\n  {exc}") from None
    if written:
        log.info("assembled %d scripts from modules: %s", len(written), ", ".join(sorted(written)))


def minify_own_code(config):
    """Our own JavaScript and CSS, minified (sitekit/minify.py); the sources keep comments."""
    sizes = minify_tree(config.site_dir, own_code(config.docs_dir))
    before, after = sum(b for b, _ in sizes.values()), sum(a for _, a in sizes.values())
    log.info("minified %d files of our own code: %d -> %d bytes", len(sizes), before, after)


def purge_theme_css(config):
    """Material's stylesheet without the rules no page of any language uses (sitekit/css_purge.py)."""
    site = Path(config.site_dir)
    sheets = [p.relative_to(site).as_posix() for p in site.glob(_THEME_CSS)]
    scripts = [rel for rel in own_code(config.docs_dir) if rel.endswith((".js", ".mjs"))]
    for rel, (before, after) in purge_site(site, sheets, scripts).items():
        (site / f"{rel}.map").unlink(missing_ok=True)  # the map describes the whole file
        log.info("%s: %d -> %d bytes (rules no page uses dropped)", rel, before, after)


def split_search_index(config):
    """One search index per language (sitekit/search_split.py); hooks/search_per_language.py
    points each language's pages at theirs."""
    counts = split_index(config.site_dir, languages.LANGS[0], languages.LANGS[1:], languages.PARTIAL)
    log.info("search index per language: %s", counts)


STEPS = (assemble_scripts, minify_own_code, purge_theme_css, split_search_index)


@mkdocs.plugins.event_priority(pipeline.priority("on_post_build", "post_build"))
def on_post_build(config):
    if nested_language_build(config):
        return  # a nested per-language build: the outer call acts once, with every page
    for step in STEPS:
        step(config)
