"""Read the parts of a built HTML page that the checks and tests look at, as a browser does.

The page is parsed by Lexbor (selectolax), an HTML5 parser that follows the WHATWG
algorithm Chromium follows: a malformed tag (`<a class="x"href="…">`, an unclosed quote, a
tag without `>`) yields the same element and attributes a reader's browser would follow,
in linear time. Lexbor keeps no source positions, so the line of a tag or a text is looked
up in the source only when something asks for it (a finding): see `Document.line_of`.
"""

import bisect
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

# Elements whose content the tokenizer reads as raw text: no tag or comment starts inside.
_RAW = frozenset("script style textarea title xmp iframe noembed noframes".split())
_OPEN = re.compile(r"<!--|<(/?)([a-zA-Z][^\s/>]*)")
_HIDDEN_TEXT = frozenset(("script", "style"))


class Tag:
    """An element: its name, its attributes (as the parser read them) and, on demand, its line."""

    __slots__ = ("name", "attrs", "_doc", "_nth")

    def __init__(self, name, attrs, doc=None, nth=0):
        self.name, self.attrs, self._doc, self._nth = name, attrs, doc, nth

    @property
    def line(self):
        return self._doc.tag_line(self) if self._doc else None

    @property
    def position(self):
        return self._doc.tag_position(self) if self._doc else None

    def __repr__(self):
        return f"Tag({self.name!r}, {self.attrs!r})"


class Text:
    """A run of visible text, with the class names of every element around it."""

    __slots__ = ("data", "classes", "_doc", "_parent")

    def __init__(self, data, classes, doc=None, parent=None):
        self.data, self.classes, self._doc, self._parent = data, classes, doc, parent

    @property
    def line(self):
        if self._doc is None:
            return None
        start = self._parent.position if self._parent is not None else 0
        return self._doc.line_of(self.data.strip().splitlines()[0] if self.data.strip() else self.data, start or 0)


@dataclass
class Document:
    path: Path
    source: str = ""
    tags: list = field(default_factory=list)
    texts: list = field(default_factory=list)  # visible text: not inside <script>, <style> or <template>
    scripts: list = field(default_factory=list)  # (Tag, body) of every <script> with a body
    comments: list = field(default_factory=list)  # the text of every comment, in document order
    ends_in_comment: bool = False  # the last thing in the document is a comment with no -->
    _starts: dict = field(default=None, repr=False)
    _newlines: list = field(default=None, repr=False)

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

    # --- where things are in the source: computed only when asked --------------------

    def line_at(self, position):
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.source)]
        return bisect.bisect_left(self._newlines, position) + 1

    def tag_position(self, tag):
        """Where the tag's `<name` is in the source: the n-th start tag of that name, read by
        the tokenizer's rules for comments and raw text. None for a tag the parser implied."""
        if self._starts is None:
            self._starts = _start_tags(self.source)
        starts = self._starts.get(tag.name, ())
        return starts[tag._nth] if tag._nth < len(starts) else None

    def tag_line(self, tag):
        position = self.tag_position(tag)
        return self.line_at(position) if position is not None else None

    def line_of(self, needle, start=0):
        """The line of `needle` (as parsed: entities decoded) in the source, from `start` on;
        searched escaped as well. None when it is not there."""
        for form in dict.fromkeys((needle, html.escape(needle, quote=False), html.escape(needle))):
            found = self.source.find(form, start)
            if found < 0 and start:
                found = self.source.find(form)
            if found >= 0:
                return self.line_at(found)
        return None

    def attr_line(self, tag, value):
        """The line where `value`, an attribute of `tag`, is written (a tag may span lines)."""
        position = tag.position
        if value:
            line = self.line_of(value, position or 0)
            if line is not None:
                return line
        return self.line_at(position) if position is not None else None


def _start_tags(source):
    """{tag name: [position of each start tag]} by the HTML tokenizer's rules, in one pass."""
    starts, pos, end = {}, 0, len(source)
    while (m := _OPEN.search(source, pos)) is not None:
        if m.group() == "<!--":
            for abrupt in ("<!-->", "<!--->"):
                if source.startswith(abrupt, m.start()):
                    pos = m.start() + len(abrupt)
                    break
            else:
                close = source.find("-->", m.end())
                pos = end if close < 0 else close + 3
            continue
        name = m.group(2).lower()
        pos = m.end()
        if m.group(1):
            continue
        starts.setdefault(name, []).append(m.start())
        if name in _RAW:
            close = re.compile(f"</{name}", re.IGNORECASE).search(source, pos)
            pos = end if close is None else close.start()
    return starts


def parse_text(text, path="", texts=True) -> Document:
    """Parse HTML given as a string (`path` only names it in findings).

    `texts=False` skips collecting visible text, which most checks do not need.
    """
    doc = Document(Path(path), text)
    counts = {}
    classes = {}  # mem_id of an element: the class names of it and its ancestors
    tags_by_node = {}
    fragments = []  # (template content, its <template>): the content inherits its classes
    last = None
    root = LexborHTMLParser(text).root
    pending = [root] if root is not None else []
    while pending:
        top = pending.pop(0)
        for fragment, template in fragments:
            if fragment.mem_id == top.mem_id:
                classes[top.mem_id] = classes.get(template.mem_id, frozenset())
                tags_by_node[top.mem_id] = tags_by_node.get(template.mem_id)
        for node in top.traverse(include_text=texts):
            if top is root:
                last = node
            if node.is_element_node:
                name = node.tag
                nth = counts.get(name, 0)
                counts[name] = nth + 1
                tag = Tag(name, dict(node.attributes), doc, nth)
                for key, value in tag.attrs.items():
                    if value is None:
                        tag.attrs[key] = ""
                doc.tags.append(tag)
                if name == "script":
                    body = node.text(deep=True)
                    if body and not body.isspace():
                        doc.scripts.append((tag, body))
                elif name == "template":
                    # A template's content is outside the tree, but script copies it in.
                    for fragment in node.template_fragments()[:1]:
                        pending.append(fragment)
                        fragments.append((fragment, node))
                if texts:
                    tags_by_node[node.mem_id] = tag
                    inherited = _classes(node.parent, classes)
                    own = tag.attrs.get("class")
                    classes[node.mem_id] = inherited | frozenset(own.split()) if own else inherited
            elif node.is_comment_node:
                doc.comments.append(node.comment_content or "")
            elif texts and node.is_text_node:
                data = node.text_content
                parent = node.parent
                if not data or data.isspace() or parent is None or parent.tag in _HIDDEN_TEXT:
                    continue
                doc.texts.append(Text(data, _classes(parent, classes), doc, tags_by_node.get(parent.mem_id)))
    if last is not None and last.is_comment_node and not text.rstrip().endswith(("-->", "--!>")):
        doc.ends_in_comment = True
    return doc


def _classes(node, known):
    return frozenset() if node is None else known.get(node.mem_id, frozenset())


def parse(path, texts=True) -> Document:
    return parse_text(Path(path).read_text(encoding="utf-8"), path, texts)
