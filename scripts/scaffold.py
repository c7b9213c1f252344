"""What scripts/new-page and scripts/new-worksheet share: checked slugs, files written only
when new, and one line added to mkdocs.yml's nav (the rest of the file is left as it is)."""

import json
import re
import sys
from pathlib import Path

from sitekit import languages, site_data

ROOT = Path(__file__).resolve().parent.parent
SITE = site_data.use(ROOT / "mkdocs.yml")  # this project's languages and data, whichever sitekit is installed
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def page_files(base, default_text, other_text):
    """{path: text}: `base`.md in the default language's words, and `base`.xx.md in the
    other's for every other complete language (a partial one is listed by the build)."""
    return {base.with_name(base.name + ".md"): default_text,
            **{base.with_name(f"{base.name}.{lang}.md"): other_text for lang in languages.COMPLETE[1:]}}


def words(default_text, other_text):
    """A YAML flow mapping with one entry per complete language: {es: "...", en: "..."}."""
    texts = {lang: default_text if lang == languages.LANGS[0] else other_text for lang in languages.COMPLETE}
    return "{" + ", ".join(f"{lang}: {json.dumps(text, ensure_ascii=False)}" for lang, text in texts.items()) + "}"


def slug_or_exit(value, what):
    if not value or not SLUG.fullmatch(value):
        sys.exit(f"{what}: expected lower-case letters, digits and dashes (e.g. mi-pagina), got {value!r}")
    return value


def write_new(files):
    """Write {path: text}; stop before writing anything if one of them exists."""
    existing = [p for p in files if p.exists()]
    if existing:
        sys.exit("already there, nothing written: " + ", ".join(str(p.relative_to(ROOT)) for p in existing))
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


def add_to_nav(entry, section=None, config=ROOT / "mkdocs.yml"):
    """Insert `- entry` as the last item of the nav (or of its `- section:` list)."""
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == "nav:"), None)
    if start is None:
        sys.exit(f"{config.name}: no nav: to add {entry} to")
    head, indent = start, 0
    if section is not None:
        head = next((i for i in range(start + 1, len(lines))
                     if re.fullmatch(rf"\s*- {re.escape(section)}:\s*", lines[i].rstrip("\n"))), None)
        if head is None:
            sys.exit(f"{config.name}: no `- {section}:` in the nav to add {entry} under")
        indent = len(lines[head]) - len(lines[head].lstrip())
    last, item_indent = head, None
    for i in range(head + 1, len(lines)):
        text = lines[i]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        width = len(text) - len(text.lstrip())
        if (width <= indent) if section is not None else (width == 0 and not text.startswith("- ")):
            break
        if item_indent is None and text.lstrip().startswith("- "):
            item_indent = width
        last = i
    item_indent = item_indent if item_indent is not None else indent + 2
    if any(line.strip() == f"- {entry}" for line in lines[start:]):
        print(f"{config.name}: {entry} is already in the nav")
        return
    if not lines[last].endswith("\n"):
        lines[last] += "\n"
    lines.insert(last + 1, " " * item_indent + f"- {entry}\n")
    config.write_text("".join(lines), encoding="utf-8")
    print(f"added `- {entry}` to {config.name}'s nav" + (f" under {section}" if section else ""))
