"""Every pymdownx.snippets include (`--8<-- "file.md"`) names a file that exists.

With `check_paths: true` the extension itself stops the build on a missing file, but its
error names neither the page nor the line; this check does, before any page is rendered.
"""

import re
from pathlib import Path

from sitecheck.report import Finding

_LINE = re.compile(r'^\s*-{1,}8<-{1,}\s+(["\'])(?P<name>[^"\']+)\1\s*$')
_BLOCK = re.compile(r"^\s*-{1,}8<-{1,}\s*$")


def includes(markdown):
    """(line, file name) of each include in a Markdown text, single-line and block forms."""
    found, in_block = [], False
    for number, line in enumerate(markdown.splitlines(), 1):
        if _BLOCK.match(line):
            in_block = not in_block
            continue
        m = _LINE.match(line)
        if m:
            found.append((number, m.group("name").strip()))
        elif in_block and line.strip() and not line.lstrip().startswith(";"):
            found.append((number, line.strip()))
    return found


def check_snippets(docs_dir, base_paths, shown_as=None):
    """Findings for includes under `docs_dir` that no base path holds."""
    docs_dir = Path(docs_dir)
    shown_as = shown_as or str(docs_dir)
    bases = [Path(b) for b in base_paths]
    findings = []
    for md in sorted(docs_dir.rglob("*.md")):
        text = md.read_text(encoding="utf-8")
        if "8<-" not in text:
            continue
        for line, name in includes(text):
            if name.startswith(("http://", "https://")) or _exists(name, bases):
                continue
            findings.append(Finding(
                f"{shown_as}/{md.relative_to(docs_dir).as_posix()}", line, f"--8<-- {name}",
                f"a snippet file in {', '.join(str(b) for b in bases) or 'the snippet base path'}",
            ))
    return findings


def _exists(name, bases):
    candidates = [name]
    if ":" in name:  # file.md:section or file.md:1:3 (a part of the file)
        candidates.append(name.split(":", 1)[0])
    return any((base / c).is_file() for base in bases for c in candidates)
