"""Every pymdownx.snippets include (`--8<-- "file.md"`) names a file that exists inside a
snippet base path (`../../README.md` or `/etc/passwd` would reach past it).

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
            if name.startswith(("http://", "https://")):
                continue
            where = f"{shown_as}/{md.relative_to(docs_dir).as_posix()}"
            shown_bases = ", ".join(f"{b}/" for b in bases) or "the snippet base path"
            if not _inside(name, bases):
                findings.append(Finding(where, line, f"--8<-- {name}", f"a path inside {shown_bases} (this one leads outside it)"))
            elif not _exists(name, bases):
                findings.append(Finding(where, line, f"--8<-- {name}", f"a snippet file in {shown_bases}"))
    return findings


def _candidates(name):
    if ":" in name:  # file.md:section or file.md:1:3 (a part of the file)
        return [name, name.split(":", 1)[0]]
    return [name]


def _inside(name, bases):
    """False for an absolute path or one that climbs out of every base path."""
    if any(Path(c).is_absolute() for c in _candidates(name)):
        return False
    return any((base / c).resolve().is_relative_to(base.resolve()) for base in bases for c in _candidates(name))


def _exists(name, bases):
    return any((base / c).is_file() for base in bases for c in _candidates(name))
