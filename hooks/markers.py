"""Render every `<!-- md:NAME args -->` marker of a page, in one pass (sitekit/markers.py).

The hooks that render markers register them when MkDocs loads them; this finds each marker
once and calls its renderer. A marker that is wrong stops the build, strict or not, with or
without -q, naming `docs/page.md:LINE` and the known markers.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit import markers, pipeline


@event_priority(pipeline.priority("on_page_markdown", "markers"))
def on_page_markdown(markdown, page, config, files):
    if "md:" not in markdown:
        return markdown
    path = page.file.abs_src_path
    source = Path(path).read_text(encoding="utf-8") if path else ""
    where = Path(config.docs_dir).name + "/" + page.file.src_uri
    try:
        return markers.replace_all(markdown, page, config, where, source)
    except markers.MarkerError as exc:
        raise PluginError(f"markers that cannot be rendered:\n  {exc}") from None
