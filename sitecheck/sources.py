"""Checks on the Markdown sources, run before MkDocs reads docs/: what it would publish, crash
on or explain badly.

- a symlink under docs/ must stay inside the repository (MkDocs follows it and publishes its
  target), and must lead somewhere (a dangling one crashes the build, a directory loop walks
  for many seconds): both are read here without following anything twice;
- every page has front matter with a `description:` (the search engines' summary and the
  sharing card's text); an empty `---`/`---` block is read by Markdown as two rules;
- every page of the default language is in mkdocs.yml's nav, when there is one (its twins in
  other languages follow it there on their own).
"""

import os
import re
from pathlib import Path

import yaml

from sitecheck.report import Finding
from sitekit import languages

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)


def check_symlinks(docs_dir, root, shown_as=None):
    """(findings, fatal): a finding per symlink under `docs_dir` that leaves `root`, leads
    nowhere or loops. `fatal` is True when MkDocs could not even walk the folder."""
    docs_dir, root = Path(docs_dir), Path(root).resolve()
    shown_as = shown_as or str(docs_dir)
    findings, fatal = [], False
    seen = {docs_dir.resolve()}
    pending = [(docs_dir, "")]
    while pending:
        folder, shown = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            findings.append(Finding(f"{shown_as}/{shown}".rstrip("/"), None, "folder", f"a readable folder ({exc.strerror})"))
            fatal = True
            continue
        for entry in entries:
            rel = f"{shown}{entry.name}"
            where = f"{shown_as}/{rel}"
            path = Path(entry.path)
            if entry.is_symlink():
                target = Path(os.path.realpath(path))
                link = os.readlink(path)
                if not target.exists():
                    findings.append(Finding(where, None, f"-> {link}", "a symlink to a file that exists (this one dangles)"))
                    fatal = True
                    continue
                if not target.is_relative_to(root):
                    findings.append(Finding(
                        where, None, f"-> {link}",
                        f"a file inside the repository {root} (MkDocs would publish {target})",
                    ))
                    continue
                if target.is_dir():
                    if path.parent.resolve().is_relative_to(target):
                        findings.append(Finding(where, None, f"-> {link}",
                                                "a symlink that does not lead back into a folder holding it (a loop)"))
                        fatal = True
                        continue
                    if target in seen:
                        continue  # a folder already walked: nothing new under it
                    seen.add(target)
                    pending.append((path, rel + "/"))
            elif entry.is_dir(follow_symlinks=False):
                seen.add(path.resolve())
                pending.append((path, rel + "/"))
    return findings, fatal


def front_matter(text):
    """The front matter of a Markdown page as a dict, or None when it has none (or an empty block)."""
    m = _FRONT.match(text)
    if not m or not m.group(1).strip():
        return None
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def check_front_matter(docs_dir, shown_as=None):
    """A finding for each page without front matter holding a non-empty `description:`."""
    docs_dir = Path(docs_dir)
    shown_as = shown_as or str(docs_dir)
    findings = []
    for md in sorted(docs_dir.rglob("*.md")):
        if not md.is_file():
            continue
        text = md.read_text(encoding="utf-8")
        where = f"{shown_as}/{md.relative_to(docs_dir).as_posix()}"
        if re.match(r"\A---[ \t]*\n(?:---|\.\.\.)[ \t]*$", text, re.MULTILINE):
            findings.append(Finding(where, 1, "---", "front matter with a description: line (this block is empty, "
                                                       "so Markdown reads it as two horizontal rules)"))
            continue
        data = front_matter(text)
        if data is None and text.startswith("---"):
            findings.append(Finding(where, 1, "---", "front matter that is valid YAML, closed by a --- line"))
        elif not str((data or {}).get("description") or "").strip():
            findings.append(Finding(where, 1, "description", "front matter with a description: of the page "
                                                              "(---, description: \"…\", ---) for search results and sharing cards"))
    return findings


def nav_pages(nav):
    """Every page file named in a MkDocs nav (nested lists and mappings)."""
    if isinstance(nav, str):
        return [] if "://" in nav else [nav]
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in nav_pages(value)]
    if isinstance(nav, list):
        return [p for item in nav for p in nav_pages(item)]
    return []


def check_nav(docs_dir, nav, config_name="mkdocs.yml", shown_as=None):
    """A finding for each default-language page that the nav leaves out (none if no nav)."""
    if not nav:
        return []
    docs_dir = Path(docs_dir)
    shown_as = shown_as or str(docs_dir)
    listed = set(nav_pages(nav))
    others = tuple(f".{lang}.md" for lang in languages.LANGS[1:])
    findings = []
    for md in sorted(docs_dir.rglob("*.md")):
        rel = md.relative_to(docs_dir).as_posix()
        if rel.endswith(others) or rel in listed:
            continue
        findings.append(Finding(
            f"{shown_as}/{rel}", None, rel,
            f"an entry `- {rel}` in {config_name}'s nav (only this file: its "
            f"{', '.join(repr(x) for x in languages.LANGS[1:])} twin follows it there)",
        ))
    return findings
