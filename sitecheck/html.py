"""Read the parts of a built HTML page that the checks and tests look at."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Tag:
    name: str
    attrs: dict
    line: int


@dataclass
class Document:
    path: Path
    tags: list = field(default_factory=list)

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


class _Collector(HTMLParser):
    def __init__(self, doc):
        super().__init__(convert_charrefs=True)
        self.doc = doc

    def handle_starttag(self, tag, attrs):
        self.doc.tags.append(Tag(tag, {k: (v if v is not None else "") for k, v in attrs}, self.getpos()[0]))

    handle_startendtag = handle_starttag


def parse(path) -> Document:
    path = Path(path)
    doc = Document(path)
    collector = _Collector(doc)
    collector.feed(path.read_text(encoding="utf-8"))
    collector.close()
    return doc
