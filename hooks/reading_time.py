"""Put a reading-time line under each page's first heading, in the page's language.

Not on the tools (docs/herramientas/): they are used, not read, and their words are mostly
the form's. A page can opt out with `reading_time: false` in its front matter."""

import math
import re

from mkdocs.plugins import event_priority

from sitekit import pipeline, site_data
from sitekit.languages import content_language
from sitekit.site_words import word

_WORDS_PER_MINUTE = 200  # a common estimate for reading on screen
_H1 = re.compile(r"^# .*$", re.MULTILINE)
_TOOLS = "herramientas/"


def _words(markdown: str) -> int:
    body = re.sub(r"^---\n.*?\n---\n", "", markdown, flags=re.DOTALL)
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.DOTALL)
    return len(re.findall(r"\w+", body))


@event_priority(pipeline.priority("on_page_markdown", "reading_time"))
def on_page_markdown(markdown, page, config, files):
    if page.meta.get("reading_time") is False or page.file.src_uri.startswith(_TOOLS):
        return markdown
    lang = content_language(page, config)  # it sits in the page's text
    minutes = max(1, math.ceil(_words(markdown) / _WORDS_PER_MINUTE))
    line = '\n<p class="reading-time" markdown>' + word(site_data.of(config), "reading_time", lang).format(n=minutes) + "</p>\n"
    match = _H1.search(markdown)
    if not match:
        return line + markdown
    return markdown[: match.end()] + "\n" + line + markdown[match.end():]
