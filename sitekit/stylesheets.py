"""One stylesheet of ours per page: the site-wide sheet and the page's own sheets, joined.

Each stylesheet in the head is a request the first paint waits for. «Mi búsqueda» linked seven
of ours besides Material's two, and a phone's connection (six at a time) paid another round
trip for them: Lighthouse's first paint went from 1.05 s to 1.35 s. overrides/main.html links
one file instead, named after its parts in cascade order (`site+tools+due-list.css`, the
`stylesheet` filter, registered by hooks/page_styles.py); after the build, `write_joined` writes
each file a page links from the built parts (already minified), so the name is the whole recipe.
"""

import re
from pathlib import Path

FOLDER = "assets/stylesheets"
SEP = "+"
_PART = r"[A-Za-z0-9_-]+"
_JOINED = re.compile(rf"{FOLDER}/({_PART}(?:\{SEP}{_PART})+)\.css")


class StylesheetError(ValueError):
    """A page links a joined stylesheet one of whose parts the site does not have."""


def joined_name(names):
    """The path (relative to the site) of the one stylesheet made of `names`, in this order;
    one name is that sheet itself."""
    names = list(dict.fromkeys(names))  # a sheet asked twice is loaded once, where first asked
    bad = [n for n in names if not re.fullmatch(_PART, str(n))]
    if not names or bad:
        raise StylesheetError(f"stylesheet names must be letters, digits, - or _: {bad or names}")
    return f"{FOLDER}/{SEP.join(names)}.css"


def parts(rel):
    """The part paths of a joined stylesheet's path, or [] for any other path."""
    found = _JOINED.fullmatch(rel)
    return [f"{FOLDER}/{name}.css" for name in found.group(1).split(SEP)] if found else []


def write_joined(site_dir):
    """Write every joined stylesheet the site's pages link; return {path: bytes written}."""
    site = Path(site_dir)
    wanted = {}
    for page in sorted(site.rglob("*.html")):
        for match in _JOINED.finditer(page.read_text(encoding="utf-8")):
            wanted.setdefault(match.group(0), page.relative_to(site).as_posix())
    written = {}
    for rel, page in sorted(wanted.items()):
        missing = [p for p in parts(rel) if not (site / p).is_file()]
        if missing:
            raise StylesheetError(f"{page} links {rel}, but the site has no {', '.join(missing)} "
                                  f"(a `styles:` name with no docs/{FOLDER}/NAME.css?)")
        # Each part on its own line: a part's last rule without a closing newline stays whole.
        text = "\n".join((site / p).read_text(encoding="utf-8").rstrip("\n") for p in parts(rel)) + "\n"
        (site / rel).write_text(text, encoding="utf-8")
        written[rel] = len(text.encode("utf-8"))
    return written
