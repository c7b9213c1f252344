"""Every `<!-- md:NAME args -->` marker in docs/, parsed in one place and handed to its renderer.

A hook registers each marker it renders when MkDocs loads it, with the arguments it takes:

    markers.register("worksheet", render, Arg("ID", lambda done: sorted(ids), "worksheet"))

`render(args, page, config)` returns what replaces the marker. hooks/markers.py then runs
`replace_all` on every page: one pattern finds the markers, outside code (fenced blocks and
inline code stay as written, so a page can show a marker; a block indented four spaces
without a fence is read as text, as inside an admonition), each is checked against its
registration and rendered. An unknown or misspelt name, a missing or extra argument, a value
its hook does not know, or a block marker sharing its line with text stops the build with
`docs/page.md:LINE`, what is wrong, and the known markers or values. A renderer refuses with
MarkerError.
"""

import difflib
import re
from dataclasses import dataclass
from typing import Callable

MARKER = re.compile(r"<!--\s*md:(.*?)-->", re.DOTALL)
# A fence opens a code block up to the line closing it with the same character, at least as
# many times (CommonMark; pymdownx.superfences inside lists and admonitions too).
_FENCE = re.compile(r"^[ \t]*(?:(`{3,})[^`\n]*|(~{3,})[^\n]*)$", re.MULTILINE)
# An inline code span: a run of backticks up to the next run as long, within one paragraph.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))+?(?<!`)\1(?!`)")


# What follows a block marker up to its line's end, with the blank lines after it (the
# hooks' own patterns took those, and the pages are built as they were).
_BLANK_AFTER = re.compile(r"\s*$", re.MULTILINE)


class MarkerError(Exception):
    """What is wrong with one marker (its renderer or its arguments), for the reader of the build."""


@dataclass(frozen=True)
class Arg:
    """One argument: how the usage names it, the values it accepts given the earlier ones, and
    what it is (for the message when a value is not one of them)."""

    name: str
    known: Callable
    what: str = "value"
    optional: bool = False
    many: bool = False  # one or more (with optional: any number)


def option(word):
    """An optional literal word, such as the `notes` of md:template."""
    return Arg(word, lambda done: (word,), "option", optional=True)


@dataclass(frozen=True)
class Marker:
    name: str
    render: Callable
    args: tuple = ()
    block: bool = True  # on a line of its own, which it replaces with the blank lines after it

    def usage(self):
        parts = [f"md:{self.name}"]
        for arg in self.args:
            if arg.many and arg.optional:
                parts.append(f"[{arg.name} ...]")
                continue
            text = f"{arg.name} [{arg.name} ...]" if arg.many else arg.name
            parts.append(f"[{text}]" if arg.optional else text)
        return " ".join(parts)

    def check(self, values):
        """Raise MarkerError unless `values` fit the arguments."""
        rest, done = list(values), []
        for arg in self.args:
            if not rest:
                if arg.optional:
                    break
                raise MarkerError(f"missing {arg.name}; expected {self.usage()}")
            taken = rest if arg.many else rest[:1]
            for value in taken:
                known = list(arg.known(done))
                if value not in known:
                    raise MarkerError(f"{value!r} is not a known {arg.what}; known: {', '.join(known)}")
                done.append(value)
            rest = rest[len(taken):]
        if rest:
            raise MarkerError(f"unexpected {' '.join(rest)!r}; expected {self.usage()}")


REGISTRY = {}


def register(name, render, *args, block=True):
    """Make `<!-- md:name args -->` render with `render(args, page, config)`. Loading a hook
    again (mkdocs serve) registers its markers again, replacing the earlier ones."""
    REGISTRY[name] = Marker(name, render, tuple(args), block)


def usage():
    return "known markers: " + "; ".join(REGISTRY[name].usage() for name in sorted(REGISTRY))


def code_spans(markdown):
    """[(start, end)] of the fenced code blocks and inline code of `markdown`."""
    spans, at = [], 0
    while (fence := _FENCE.search(markdown, at)) is not None:
        spans += _inline_code(markdown, at, fence.start())
        mark = fence.group(1) or fence.group(2)
        closing = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$", re.MULTILINE)
        close = closing.search(markdown, fence.end() + 1)
        at = close.end() if close else len(markdown)  # a fence left open runs to the end
        spans.append((fence.start(), at))
    return spans + _inline_code(markdown, at, len(markdown))


def find(markdown):
    """The markers of `markdown` outside code, in order (re.Match objects)."""
    found, at = [], 0
    for start, end in code_spans(markdown) + [(len(markdown), len(markdown))]:
        found += MARKER.finditer(markdown, at, start)
        at = end
    return found


def _inline_code(markdown, start, end):
    return [(m.start() + start, m.end() + start) for m in _CODE_SPAN.finditer(markdown[start:end])]


def _line(markdown, match, source):
    """The line of `match` in `source` (the page's file; the markdown hooks see has lost its
    front matter and may have gained lines): the same occurrence of the same text."""
    text, nth, at = match.group(0), markdown.count(match.group(0), 0, match.start()), -1
    for _ in range(nth + 1):
        at = source.find(text, at + 1)
        if at == -1:
            return 0
    return source.count("\n", 0, at) + 1


def _on_own_line(markdown, match):
    before = markdown.rfind("\n", 0, match.start()) + 1
    after = markdown.find("\n", match.end())
    line = markdown[before: after if after != -1 else len(markdown)]
    return line.strip() == match.group(0).strip()


def _render(markdown, match, page, config):
    name, *args = match.group(1).split() or [""]
    marker = REGISTRY.get(name)
    if marker is None:
        close = difflib.get_close_matches(name, REGISTRY, n=1)
        raise MarkerError("no such marker" + (f" (did you mean md:{close[0]}?)" if close else ""))
    marker.check(args)
    if marker.block and not _on_own_line(markdown, match):
        raise MarkerError(f"md:{name} must be on a line of its own")
    return marker, marker.render(args, page, config)


def replace_all(markdown, page, config, where="", source=""):
    """`markdown` with every marker outside code rendered. Raises MarkerError listing every
    marker that is wrong, each as `where:LINE: marker: what is wrong`, then the known markers."""
    out, errors, last = [], [], 0
    for match in find(markdown):
        try:
            marker, text = _render(markdown, match, page, config)
        except MarkerError as exc:
            errors.append(f"{where}:{_line(markdown, match, source)}: {' '.join(match.group(0).split())}: {exc}")
            continue
        out += [markdown[last:match.start()], text]
        last = match.end()
        if marker.block:
            last = _BLANK_AFTER.match(markdown, last).end()  # the blank lines after it go too
    if errors:
        raise MarkerError("\n  ".join(errors + [usage()]))
    return "".join(out) + markdown[last:]
