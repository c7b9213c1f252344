"""Drop what no page can use from Material's stylesheet (parsed with tinycss2: pure Python).

Material ships one stylesheet for all its features (content tabs, annotations, tooltips,
blog, version selector...) and this site uses a few: most of it is render-blocking bytes a
phone downloads for nothing. Two passes, both on the safe side:

1. A selector is dropped when it needs a class that appears nowhere the site could set it:
   not in a page's class attributes or inline scripts, not in our own scripts, and not in
   Material's scripts (any `md-` word, and the classes they name in `classList` calls and
   `class` literals, such as the focus-visible polyfill's). A word ending in "-" stands for
   the classes a script builds from it (`"md-source__fact--" + kind`). Classes inside
   `:not()`, `:is()` and other functions are ignored: they do not decide whether the
   selector can match. A rule with no selector left is dropped.
2. A custom property is dropped when nothing reads it: no `var()` in any stylesheet of the
   site, and its name in no page or script (Material's script sets a few).

Everything else (at-rules, attribute and element selectors) is kept as it is.
"""

import re
from pathlib import Path

import tinycss2

_TOKEN = re.compile(r"[A-Za-z_][\w-]*")
# Where a minified script names classes: classList.add("a"), class:"a b", className="a".
_NAMED_CLASSES = re.compile(r"""(?:classList\.\w+\(|\bclass(?:Name)?\s*[:=])\s*["'`]([^"'`]*)["'`]""")
_CLASS_ATTR = re.compile(r"""\sclass=(["'])(.*?)\1""", re.S)
_INLINE_SCRIPT = re.compile(r"<script(?:\s[^>]*)?>(.*?)</script>", re.S)
_PROPERTY = re.compile(r"--[\w-]+")
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
_GROUPS = ("media", "supports", "layer", "container")  # at-rules whose content is rules


def classes_in_site(site_dir, own_scripts=()):
    """Every class the site could put on an element.

    `own_scripts` are paths (relative to `site_dir`) of our scripts: all their words count.
    Every other script is Material's: its words that start with `md-` count, and the
    classes it names where it sets them.
    """
    site_dir = Path(site_dir)
    own = {Path(rel).as_posix() for rel in own_scripts}
    found = set()
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for _, value in _CLASS_ATTR.findall(text):
            found.update(value.split())
        for script in _INLINE_SCRIPT.findall(text):
            found.update(_TOKEN.findall(script))
    for script in site_dir.rglob("*.js"):
        text = script.read_text(encoding="utf-8", errors="replace")
        words = _TOKEN.findall(text)
        if script.relative_to(site_dir).as_posix() not in own:
            named = {w for value in _NAMED_CLASSES.findall(text) for w in _TOKEN.findall(value)}
            words = [w for w in words if w.startswith("md-")] + sorted(named)
        found.update(words)
    return found


def properties_named(site_dir):
    """Custom property names written in any page or script (set from JavaScript or a style
    attribute, which no `var()` in a stylesheet shows)."""
    names = set()
    for path in Path(site_dir).rglob("*"):
        if path.suffix in (".html", ".js"):
            names.update(_PROPERTY.findall(path.read_text(encoding="utf-8", errors="replace")))
    return names


def purge_selectors(css, classes):
    """`css` without the selectors (and then rules) that need a class not in `classes`
    (where a word ending in "-" stands for every class that starts with it)."""
    prefixes = tuple(c for c in classes if c.endswith("-"))

    def known(name):
        return name in classes or name.startswith(prefixes)

    return _rewrite(_parse(css), lambda rule: _keep_selectors(rule, known))


def purge_properties(css, keep):
    """`css` without custom property declarations whose name is not in `keep`."""
    return _rewrite(_parse(css), lambda rule: _keep_properties(rule, keep))


def properties_read(css):
    """Custom properties a stylesheet reads with var()."""
    return set(_VAR.findall(css))


def _parse(css):
    return tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)


def _parse_block(content):
    return tinycss2.parse_rule_list(content, skip_whitespace=True, skip_comments=True)


def _rewrite(rules, style_rule):
    """The rules as text, each style rule replaced by `style_rule(rule)` (None drops it), inside
    @media and the like too; a group left empty goes; other at-rules stay as they are."""
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            out.append(style_rule(rule) or "")
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in _GROUPS:
            inner = _rewrite(_parse_block(rule.content), style_rule)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        else:
            out.append(tinycss2.serialize([rule]))
    return "".join(out)


def _keep_selectors(rule, known):
    kept = [s for s in _selectors(rule.prelude) if all(map(known, _required_classes(s)))]
    if kept:
        selector = ",".join(tinycss2.serialize(s).strip() for s in kept)
        return f"{selector}{{{tinycss2.serialize(rule.content)}}}"
    return None


def _selectors(prelude):
    """A selector list split at its top-level commas (commas inside :is() stay)."""
    selectors, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    selectors.append(current)
    return [s for s in selectors if any(t.type not in ("whitespace", "comment") for t in s)]


def _required_classes(tokens):
    """Classes a selector needs: `.name` outside any function such as :not() or :is()."""
    return {b.value for a, b in zip(tokens, tokens[1:])
            if a.type == "literal" and a.value == "." and b.type == "ident"}


def _keep_properties(rule, keep):
    body = _strip_declarations(rule.content, keep)
    return f"{tinycss2.serialize(rule.prelude).strip()}{{{body}}}" if body else None


def _strip_declarations(content, keep):
    items = tinycss2.parse_blocks_contents(content, skip_whitespace=True, skip_comments=True)
    kept = [item for item in items
            if not (item.type == "declaration" and item.name.startswith("--") and item.name not in keep)]
    if not kept:
        return ""
    if len(kept) == len(items):
        return tinycss2.serialize(content)  # untouched: keep the original text
    return ";".join(_declaration(item) if item.type == "declaration" else tinycss2.serialize([item])
                    for item in kept)


def _declaration(decl):
    # Custom properties keep their value verbatim (whitespace can matter to them).
    value = tinycss2.serialize(decl.value)
    value = value if decl.name.startswith("--") else value.strip()
    return f"{decl.name}:{value}{'!important' if decl.important else ''}"


def purge_site(site_dir, stylesheets, own_scripts=()):
    """Purge each of `stylesheets` (paths relative to `site_dir`) in place.

    Returns {path: (bytes before, bytes after)}. Custom properties are judged against every
    stylesheet in the site after the first pass, so one read in our own CSS is kept.
    """
    site_dir = Path(site_dir)
    classes = classes_in_site(site_dir, own_scripts)
    sizes, purged = {}, {}
    for rel in stylesheets:
        text = (site_dir / rel).read_text(encoding="utf-8")
        purged[rel] = purge_selectors(text, classes)
        sizes[rel] = len(text.encode("utf-8"))
    read = properties_named(site_dir)
    for css in site_dir.rglob("*.css"):
        rel = css.relative_to(site_dir).as_posix()
        read |= properties_read(purged.get(rel) or css.read_text(encoding="utf-8"))
    result = {}
    for rel, text in purged.items():
        text = purge_properties(text, read)
        (site_dir / rel).write_text(text, encoding="utf-8")
        result[rel] = (sizes[rel], len(text.encode("utf-8")))
    return result
