"""The list of pages the tests walk, read from the source tree (one source: docs/)."""

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def source_pages(lang="es"):
    """Source Markdown files of one language, relative to docs/."""
    pages = []
    for md in sorted(DOCS.rglob("*.md")):
        rel = md.relative_to(DOCS)
        is_english = rel.name.endswith(".en.md")
        if (lang == "en") == is_english:
            pages.append(rel)
    return pages


def url_of(rel_md, lang):
    """Site-relative URL of a source page, as mkdocs builds it with directory URLs."""
    stem = str(rel_md)[: -len(".en.md")] if lang == "en" else str(rel_md)[: -len(".md")]
    path = Path(stem)
    url = "" if path.name == "index" and path.parent == Path(".") else (
        f"{path.parent}/" if path.name == "index" else f"{path}/"
    )
    url = url.removeprefix("./")
    return url if lang == "es" else f"en/{url}"


def all_urls():
    return [url_of(p, "es") for p in source_pages("es")] + [url_of(p, "en") for p in source_pages("en")]
