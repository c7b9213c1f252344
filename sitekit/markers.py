"""The Markdown markers the site's hooks replace, `<!-- md:NAME args -->`, listed once.

Each hook replaces its own markers; whatever is still a marker after them is a mistake (a
misspelt name, a known name with a bad argument) that would otherwise stay an invisible
comment. `leftovers` finds those and says where they are in the page's source.
"""

import re

# name -> how it is written (what the error message shows)
KNOWN = {
    "job-words": "md:job-words",
    "message-checks": "md:message-checks",
    "offline-download": "md:offline-download",
    "template": "md:template TEMPLATE VARIANT [notes]",
    "template-data": "md:template-data TEMPLATE",
    "template-fields": "md:template-fields TEMPLATE",
    "tool-words": "md:tool-words TOOL [SHARED ...]",
    "worksheet": "md:worksheet ID",
    "worksheet-booklet": "md:worksheet-booklet",
    "worksheet-index": "md:worksheet-index",
}

MARKER = re.compile(r"<!--\s*md:(\S*)(.*?)-->", re.DOTALL)


def leftovers(markdown, source):
    """[(line, marker text, reason)] for each marker still in `markdown`, the line being where
    that marker is in `source` (the page's file as written; 0 when it is not found there)."""
    found = []
    for match in MARKER.finditer(markdown):
        text = " ".join(match.group(0).split())
        name = match.group(1)
        at = source.find(match.group(0))
        line = source.count("\n", 0, at) + 1 if at != -1 else 0
        reason = "a known marker with an argument no hook accepted" if name in KNOWN else "no such marker"
        found.append((line, text, reason))
    return found


def usage():
    return "known markers: " + "; ".join(KNOWN[name] for name in sorted(KNOWN))
