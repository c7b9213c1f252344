"""Put a tool's interface words (data/tools/ID.yml) into its page, in the page's language.

Marker in a page's Markdown, on its own line:

    <!-- md:tool-words ID -->    JSON for docs/assets/javascripts/tools/ (SiteTools.words)
    <!-- md:tool-words ID MORE -->  the same, then the words of MORE (shared by several tools)

Loading and checking live in sitekit.tool_words.
"""

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from sitekit import tool_words
from sitekit.languages import page_language

log = get_plugin_logger(__name__)
_MARKER = re.compile(r"^<!--\s*md:tool-words((?:\s+[a-z0-9-]+)+)\s*-->\s*$", re.MULTILINE)
_words = {}


def on_config(config):
    try:
        _words.update(tool_words.load_all())
    except tool_words.ToolWordsError as exc:
        raise PluginError(f"tool words:\n{exc}") from None
    config.watch.append(str(tool_words.TOOLS_DIR))


@event_priority(-50)  # after the i18n plugin has set the page's language
def on_page_markdown(markdown, page, config, files):
    lang = page_language(config)

    def replace(match):
        tools = match.group(1).split()
        missing = [tool for tool in tools if tool not in _words]
        if missing:
            log.warning(f"{page.file.src_uri}: {match.group(0).strip()}: no data/tools/{missing[0]}.yml "
                        f"(have: {', '.join(sorted(_words))})")
            return match.group(0)
        try:
            return tool_words.render(_words[tools[0]], lang, *[_words[t] for t in tools[1:]])
        except tool_words.ToolWordsError as exc:
            raise PluginError(f"{page.file.src_uri}: {match.group(0).strip()}: {exc}") from None

    return _MARKER.sub(replace, markdown)
