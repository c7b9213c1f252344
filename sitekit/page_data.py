"""One JSON block per page for its scripts: the one channel from the build to the browser.

The hooks add their pieces to a page with `add(page, key, value)`; overrides/main.html writes
them all, just before the page's scripts, as

    <script type="application/json" id="page-data">{"contacts": {...}, "schema": {...}}</script>

which src/lib/words.mjs reads (`pageData(key)`). Data, not code: the
CSP hashes only inline scripts that run (sitekit/csp.py). The keys, one per hook:

    contacts        hooks/contacts.py          the contacts' roles and words (data/contacts.yml)
    schema          hooks/worksheets.py        each worksheet's and tool's fields, for an import
    templates       hooks/message_templates.py {template id: the whole template} (md:template-data)
    tool-words      hooks/tool_words.py        the tool's words, its shared words files merged in
    message-checks  hooks/message_checks.py    the message builder's rules
    holidays        hooks/public_holidays.py   public holidays by country (data/holidays.yml)
    home            hooks/home.py              the returning reader's summary words (data/home.yml)
    example         hooks/example_mode.py      the worked search as tracker records, to load (md:example-load)
    site            hooks/site_slug.py         the site's slug, on every page with a page script
"""

import json

META = "page_data"  # page.meta[META]: {key: value}, what overrides/main.html writes
KEYS = ("contacts", "schema", "templates", "tool-words", "message-checks", "holidays", "home", "example", "site")


class PageDataError(ValueError):
    """Two different values for one key of a page, or a key not in KEYS."""


def add(page, key, value):
    """Put `value` (JSON-able) into the page's data under `key`; the same value twice is one."""
    if key not in KEYS:
        raise PageDataError(f"page data: unknown key {key!r}; known: {', '.join(KEYS)} (sitekit/page_data.py)")
    pieces = page.meta.setdefault(META, {})
    if key in pieces and pieces[key] != value:
        raise PageDataError(f"page data: two different values for {key!r} on one page")
    pieces[key] = value


def add_template(page, template_id, value):
    """One template under "templates" (a page may carry several; they keep the page's order,
    which the message builder offers them in)."""
    pieces = page.meta.setdefault(META, {})
    pieces.setdefault("templates", {})[template_id] = value


def as_json(pieces):
    """The block's text: every "<" escaped, so no text in it can end or comment out its tag.
    Keys keep the order they were added in (the templates' is the page's)."""
    return json.dumps(pieces, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
