"""Read the parts of a built HTML page that the checks and tests look at.

A small regular-expression tokenizer rather than html.parser: the checks run inside every
build, and this reads a Material page about four times faster. It understands what built
pages contain (tags, quoted attributes, comments, script and style bodies, text), not
every corner of HTML.
"""

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

# Elements that never hold content, so they are never pushed on the open-element stack.
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[.*?\]\]>"
    r"|<![^>]*>"
    r"|<(?P<raw>script|style)\b(?P<rawattrs>[^>]*)>(?P<body>.*?)</(?P=raw)\s*>"
    r"|</(?P<end>[a-zA-Z][^\s/>]*)\s*>"
    r"|<(?P<name>[a-zA-Z][^\s/>]*)"
    r"(?P<attrs>(?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*(?P<close>/?)>",
    re.DOTALL,
)
_ATTR = re.compile(r"([^\s\"'>/=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?")


@dataclass
class Tag:
    name: str
    attrs: dict
    line: int


@dataclass
class Text:
    """A run of visible text, with the class names of every element around it."""

    data: str
    line: int
    classes: frozenset


@dataclass
class Document:
    path: Path
    tags: list = field(default_factory=list)
    texts: list = field(default_factory=list)  # visible text: not inside <script> or <style>
    scripts: list = field(default_factory=list)  # (Tag, body) of every <script> with a body

    def find_all(self, tag_name, **attrs):
        """Tags called `tag_name` whose attributes include all of `attrs` (value None: present)."""
        found = []
        for tag in self.tags:
            if tag.name != tag_name:
                continue
            if all(k in tag.attrs and (v is None or tag.attrs[k] == v) for k, v in attrs.items()):
                found.append(tag)
        return found

    def ids(self):
        return {t.attrs["id"] for t in self.tags if t.attrs.get("id")} | {
            t.attrs["name"] for t in self.tags if t.name == "a" and t.attrs.get("name")
        }


def _unescape(value):
    return html.unescape(value) if "&" in value else value


def _attrs(source):
    attrs = {}
    for name, double, single, bare in _ATTR.findall(source):
        name = name.lower()
        if name not in attrs:
            value = double or single or bare
            attrs[name] = _unescape(value) if value else ""
    return attrs


def parse_text(text, path="", texts=True) -> Document:
    """Parse HTML given as a string (`path` only names it in findings).

    `texts=False` skips collecting visible text, which most checks do not need.
    """
    doc = Document(Path(path))
    stack = [("", frozenset())]  # (element name, classes of it and its ancestors)
    line, counted, pos = 1, 0, 0
    for m in _TOKEN.finditer(text):
        start = m.start()
        if texts and start > pos:
            data = text[pos:start]
            if not data.isspace():
                line += text.count("\n", counted, pos)
                counted = pos
                doc.texts.append(Text(_unescape(data), line, stack[-1][1]))
        pos = m.end()
        raw = m.group("raw")
        name = raw or m.group("name")
        if name is None:
            end = m.group("end")
            if end and texts:
                end = end.lower()
                # Close up to the matching open element; a stray end tag closes nothing.
                for depth in range(len(stack) - 1, 0, -1):
                    if stack[depth][0] == end:
                        del stack[depth:]
                        break
            continue  # an end tag, comment, doctype or CDATA
        line += text.count("\n", counted, start)
        counted = start
        attrs = m.group("rawattrs" if raw else "attrs")
        tag = Tag(name.lower(), _attrs(attrs) if attrs else {}, line)
        doc.tags.append(tag)
        if raw:
            if raw == "script" and not m.group("body").isspace() and m.group("body"):
                doc.scripts.append((tag, m.group("body")))
            continue
        if texts and tag.name not in _VOID and not m.group("close"):
            classes = stack[-1][1]
            if tag.attrs.get("class"):
                classes = classes | frozenset(tag.attrs["class"].split())
            stack.append((tag.name, classes))
    if texts and pos < len(text) and not text[pos:].isspace():
        line += text.count("\n", counted, pos)
        doc.texts.append(Text(_unescape(text[pos:]), line, stack[-1][1]))
    return doc


def parse(path, texts=True) -> Document:
    return parse_text(Path(path).read_text(encoding="utf-8"), path, texts)
