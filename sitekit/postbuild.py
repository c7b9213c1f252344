"""What happens to a built site once every language is built, in this order, once: one command
over any built site, which hooks/post_build.py runs after MkDocs (and a generator without
MkDocs' hooks could run after its own build):

    python -m sitekit.postbuild SITE_DIR [--config mkdocs.yml]

Each step is a plain function over the finished site and the project's sources (the
front-end modules and our own stylesheets under the config's docs/); the languages are the
config's (sitekit/site_data.py).
"""

import argparse
import logging
import sys
from pathlib import Path

from sitekit import bundle, languages, site_data, stylesheets
from sitekit.css_purge import purge_site
from sitekit.minify import minify_tree, own_code
from sitekit.search_split import split_index

# Material's render-blocking stylesheet; its name carries a hash that changes per release.
_THEME_CSS = "assets/stylesheets/main.*.min.css"


class PostBuildError(ValueError):
    """A step that cannot be done; the message says which and why."""


def assemble_scripts(site_dir, docs_dir, log):
    """Our ES modules (src/) as one classic script per kind of page
    (sitekit/bundle.py), before anything reads or shrinks the site's scripts."""
    try:
        written = bundle.build(docs_dir, site_dir)
    except bundle.BundleError as exc:
        raise PostBuildError(f"scripts that cannot be assembled:\n  {exc}") from None
    if written:
        log.info("assembled %d scripts from modules: %s", len(written), ", ".join(sorted(written)))


def minify_own_code(site_dir, docs_dir, log):
    """Our own JavaScript and CSS, minified (sitekit/minify.py); the sources keep comments."""
    sizes = minify_tree(site_dir, own_code(docs_dir))
    before, after = sum(b for b, _ in sizes.values()), sum(a for _, a in sizes.values())
    log.info("minified %d files of our own code: %d -> %d bytes", len(sizes), before, after)


def join_stylesheets(site_dir, docs_dir, log):
    """The one stylesheet of ours each page links, joined from the minified parts its name lists
    (sitekit/stylesheets.py)."""
    try:
        written = stylesheets.write_joined(site_dir)
    except stylesheets.StylesheetError as exc:
        raise PostBuildError(str(exc)) from None
    log.info("joined %d stylesheets: %s", len(written), ", ".join(sorted(written)))


def purge_theme_css(site_dir, docs_dir, log):
    """Material's stylesheet without the rules no page of any language uses (sitekit/css_purge.py)."""
    site = Path(site_dir)
    sheets = [p.relative_to(site).as_posix() for p in site.glob(_THEME_CSS)]
    scripts = [rel for rel in own_code(docs_dir) if rel.endswith((".js", ".mjs"))]
    for rel, (before, after) in purge_site(site, sheets, scripts).items():
        (site / f"{rel}.map").unlink(missing_ok=True)  # the map describes the whole file
        log.info("%s: %d -> %d bytes (rules no page uses dropped)", rel, before, after)


def split_search_index(site_dir, docs_dir, log):
    """One search index per language (sitekit/search_split.py); hooks/search_per_language.py
    points each language's pages at theirs."""
    counts = split_index(site_dir, languages.LANGS[0], languages.LANGS[1:], languages.PARTIAL)
    log.info("search index per language: %s", counts)


STEPS = (assemble_scripts, minify_own_code, join_stylesheets, purge_theme_css, split_search_index)


def run(site_dir, docs_dir, log=None):
    """Every step, in order, over the site at `site_dir`, each saying what it did to `log`
    (a logging.Logger); raises PostBuildError."""
    log = log or logging.getLogger("sitekit.postbuild")
    for step in STEPS:
        step(site_dir, docs_dir, log)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m sitekit.postbuild", description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="the built site folder (every language built)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                        help="the site's config: its languages, and docs_dir beside it (default: mkdocs.yml)")
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        parser.error(f"{args.site_dir}: no index.html here; expected a built site folder")
    if not args.config.is_file():
        parser.error(f"{args.config}: no such file (--config)")
    site = site_data.use(args.config)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        run(args.site_dir, site.root / (site.mkdocs.get("docs_dir") or "docs"))
    except PostBuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
