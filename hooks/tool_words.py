"""Put a tool's interface words (data/tools/ID.yml) into its page, in the page's language.

Marker in a page's Markdown, on its own line:

    <!-- md:tool-words ID -->    the words in the page's data (src/tool-words.mjs), the no-JS note
    <!-- md:tool-words ID MORE -->  the same, then the words of MORE (shared by several tools)

A tool with a store (`stored:` in its file) also gets the store's messages (data/storage.yml).

Loading and checking live in sitekit.tool_words.
"""


from sitekit import markers, page_data, site_data, tool_words
from sitekit.languages import content_language

_words = {}
_storage = {}  # the store's messages (data/storage.yml), for a tool with a store
_stored = set()  # the tools with a store (`stored:` in their file)


def on_config(config):
    site = site_data.of(config)
    _words.clear()
    _words.update(site.tool_words)
    _storage.clear()
    _storage.update(site.storage_words)
    _stored.clear()
    _stored.update(site.tool_stored)


def _render(args, page, config):
    try:
        lang, more = content_language(page, config), [_words[t] for t in args[1:]]
        if args[0] in _stored:
            more.append(_storage)
        page_data.add(page, "tool-words", tool_words.page_words(_words[args[0]], lang, *more))
        return tool_words.render(_words[args[0]], lang)
    except tool_words.ToolWordsError as exc:
        raise markers.MarkerError(str(exc)) from None


markers.register("tool-words", _render, markers.Arg("TOOL", lambda done: sorted(_words), "tool (data/tools/*.yml)"),
                 markers.Arg("SHARED", lambda done: [s for s in sorted(_words) if s not in done], "words file (data/tools/*.yml)",
                             optional=True, many=True))
