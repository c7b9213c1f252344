"""Point a finding in the built site at the file a maintainer edits.

A built page comes from a Markdown file under docs/ (`en/otra/index.html` from
`docs/otra.en.md`, docs_structure: suffix); its line is where the finding's link, fragment,
heading or text is written there. What the Markdown does not hold (an asset a template links
to) is looked for in the theme overrides (`overrides/main.html:7`). The built location stays
in the finding as a second detail.
"""

import posixpath
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown.extensions.toc import slugify

from sitecheck.report import shown_path
from sitecheck.site import default_lang, other_langs, page_language

_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*(?:\{[^}]*\})?\s*#*\s*$")
_TEXT_SUFFIXES = (".html", ".css", ".js", ".svg", ".xml", ".json")


class SourceMap:
    def __init__(self, docs_dir, overrides_dir=None):
        self.docs = Path(docs_dir)
        self.docs_shown = shown_path(docs_dir)
        self.overrides = Path(overrides_dir) if overrides_dir and Path(overrides_dir).is_dir() else None
        self._lines = {}

    def locate(self, finding):
        """The finding with `source` set to `file:line` of its source, when one is found."""
        if finding.source or not finding.file.endswith(_TEXT_SUFFIXES) or finding.file.startswith(self.docs_shown + "/"):
            return finding
        source = self.source_of(finding.file)
        needles = _needles(finding.value)
        if source is not None:
            line = self._find(source, needles, finding.value)
            if line:
                return replace(finding, source=f"{self._shown(source)}:{line}")
        for template in self._templates():
            line = self._find(template, needles, finding.value)
            if line:
                return replace(finding, source=f"{shown_path(template)}:{line}")
        return replace(finding, source=self._shown(source)) if source is not None else finding

    def source_of(self, rel):
        """The Markdown file (or copied asset) under docs/ that built `rel`, or None."""
        if not rel.endswith(".html"):
            path = self.docs / rel
            return path if path.is_file() else None
        lang = page_language(rel)
        parts = rel.split("/")
        if lang != default_lang() and parts[0] in other_langs():
            parts = parts[1:]
        suffix = ".md" if lang == default_lang() else f".{lang}.md"
        stem = "/".join(parts)[: -len(".html")]
        candidates = [stem + suffix]
        if stem == "index" or stem.endswith("/index"):
            folder = stem[: -len("index")].rstrip("/")
            candidates = [f"{folder}/index{suffix}".lstrip("/"), f"{folder}{suffix}", f"{folder}/README{suffix}".lstrip("/")]
        return next((self.docs / c for c in candidates if c and (self.docs / c).is_file()), None)

    def _shown(self, path):
        return f"{self.docs_shown}/{path.relative_to(self.docs).as_posix()}"

    def _templates(self):
        return sorted(self.overrides.rglob("*.html")) if self.overrides else []

    def _find(self, path, needles, value):
        lines = self._lines.get(path)
        if lines is None:
            lines = self._lines[path] = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for needle in needles:
            for number, line in enumerate(lines, 1):
                if needle in line:
                    return number
        if value.startswith("#") and path.suffix == ".md":  # a heading whose id comes from its text
            for number, line in enumerate(lines, 1):
                m = _HEADING.match(line)
                if m and slugify(m.group(1), "-") == value[1:]:
                    return number
        return None


def _needles(value):
    """What to look for in a source file, most specific first."""
    value = value.strip()
    if value.startswith("<!--"):
        text = value[4:].strip()
        return [f"<!-- {text}", f"<!--{text}", text] if text else ["<!--"]
    needles = [value]
    parts = urlsplit(value) if "://" in value or value.startswith(("/", ".", "#")) or "/" in value else None
    if parts is not None:
        path = unquote(parts.path)
        climbed = re.sub(r"^(?:\.\.?/)+", "", path)
        if climbed and climbed != value:
            needles.append(climbed)
        if parts.fragment:
            needles.append("#" + unquote(parts.fragment))
        last = posixpath.basename(path.rstrip("/"))
        if last.endswith(".html"):
            last = last[: -len(".html")]
        if last and last not in ("index", "..", "."):
            needles += [f"{last}.md", f"{last}/", f"/{last}"]  # as a link writes it, not the bare word
    return list(dict.fromkeys(n for n in needles if len(n) > 1))
