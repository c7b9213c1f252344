"""Each page names at most one page script, `script: NAME` in its front matter, and it must
be one that sitekit/bundle.py assembles (src/pages/NAME.mjs).

A name with no entry would load nothing and leave the page's tool dead without a word; the
old `scripts: [...]` list (several classic scripts in load order) is gone. Both stop the
build naming the page, strict or not.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

from sitekit import bundle


def on_page_markdown(markdown, page, config, files):
    where = Path(config.docs_dir).name + "/" + page.file.src_uri
    if "scripts" in page.meta:
        raise PluginError(f"{where}: `scripts:` in front matter is gone; a page names its one page script "
                          "with `script: NAME` (maintainers/how-to.md, Front-end modules)")
    name = page.meta.get("script")
    if name is None:
        return markdown
    known = bundle.entries(bundle.src_of(config.docs_dir))
    if not isinstance(name, str) or name not in known:
        raise PluginError(f"{where}: `script: {name}` is not a page script; known: {', '.join(sorted(known))} "
                          f"({bundle.SRC}/{bundle.PAGES}/NAME.mjs)")
    return markdown
