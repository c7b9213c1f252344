"""Put a tool's interface words (data/tools/ID.yml) into its page, in the page's language.

Marker in a page's Markdown, on its own line:

    <!-- md:tool-words ID -->    the words in the page's data (src/tool-words.mjs), the no-JS note
    <!-- md:tool-words ID MORE -->  the same, then the words of MORE (shared by several tools)

Loading and checking live in sitekit.tool_words.
"""


from sitekit import markers, page_data, site_data, tool_words
from sitekit.languages import content_language

_words = {}


def on_config(config):
    _words.clear()
    _words.update(site_data.of(config).tool_words)


def _render(args, page, config):
    try:
        lang, more = content_language(page, config), [_words[t] for t in args[1:]]
        page_data.add(page, "tool-words", tool_words.page_words(_words[args[0]], lang, *more))
        return tool_words.render(_words[args[0]], lang)
    except tool_words.ToolWordsError as exc:
        raise markers.MarkerError(str(exc)) from None


markers.register("tool-words", _render, markers.Arg("TOOL", lambda done: sorted(_words), "tool (data/tools/*.yml)"),
                 markers.Arg("SHARED", lambda done: [s for s in sorted(_words) if s not in done], "words file (data/tools/*.yml)",
                             optional=True, many=True))
