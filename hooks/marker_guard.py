"""Fail the build on any `<!-- md:… -->` marker that no hook replaced (sitekit/markers.py).

Runs after every hook that replaces markers (they run at -50), so what is left is a
misspelt or unknown marker, or a known one whose argument its hook refused. It stops the
build with `docs/page.md:LINE` and the list of known markers, with or without --strict.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit import markers


@event_priority(-90)
def on_page_markdown(markdown, page, config, files):
    if "md:" not in markdown:
        return markdown
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8") if page.file.abs_src_path else ""
    found = markers.leftovers(markdown, source)
    if found:
        where = Path(config.docs_dir).name + "/" + page.file.src_uri
        lines = [f"{where}:{line}: {text}: {reason}" for line, text, reason in found]
        raise PluginError("markers no hook replaced:\n  " + "\n  ".join(lines) + "\n  " + markers.usage())
    return markdown
