"""Minify the site's own JavaScript and CSS in a built site (rjsmin, rcssmin: pure Python).

The sources under docs/ stay readable, with their comments; only the copies a reader
downloads shrink. Which files count as ours is the caller's list: paths relative to the
docs folder, such as assets/javascripts/tracker.js, so Material's own (already
minified) assets are never touched.
"""

from pathlib import Path

import rcssmin
import rjsmin

from sitekit import bundle

# Where our own code lives under docs/, and what each suffix is minified with.
OWN_CODE = {"assets/javascripts": (".js", ".mjs"), "assets/stylesheets": (".css",)}
_MINIFIERS = {".js": rjsmin.jsmin, ".mjs": rjsmin.jsmin, ".css": rcssmin.cssmin}


def own_code(docs_dir):
    """Paths (relative, POSIX) of our JavaScript and CSS as the site publishes them, sorted:
    the files under `docs_dir` and the scripts assembled from the modules beside it (sitekit/bundle.py),
    which the site has instead of the modules themselves."""
    docs_dir = Path(docs_dir)
    found = []
    for folder, suffixes in OWN_CODE.items():
        found += [p.relative_to(docs_dir).as_posix() for p in (docs_dir / folder).rglob("*")
                  if p.is_file() and p.suffix in suffixes]
    return sorted(found + bundle.published(docs_dir))


def minify_text(text, suffix):
    return _MINIFIERS[suffix](text)


def minify_tree(site_dir, rel_paths):
    """Minify `site_dir/rel` in place for each path; return {rel: (bytes before, after)}.

    A path with no built copy is skipped (a page may exclude it); an unknown suffix is a
    ValueError naming the file.
    """
    sizes = {}
    for rel in rel_paths:
        suffix = Path(rel).suffix
        if suffix not in _MINIFIERS:
            raise ValueError(f"{rel}: cannot minify {suffix or 'a file without a suffix'} (only .js, .mjs and .css)")
        path = Path(site_dir) / rel
        if not path.is_file():
            continue
        before = path.read_text(encoding="utf-8")
        after = minify_text(before, suffix)
        path.write_text(after, encoding="utf-8")
        sizes[rel] = (len(before.encode("utf-8")), len(after.encode("utf-8")))
    return sizes
