"""Walk a built site: its pages, and how a URL under the site maps to a file."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

DEFAULT_LANG = "es"
OTHER_LANGS = ("en",)


def html_pages(site_dir):
    """Every built HTML page except the 404 page, as paths relative to the site."""
    site_dir = Path(site_dir)
    return sorted(
        p.relative_to(site_dir)
        for p in site_dir.rglob("*.html")
        if p.name != "404.html" and "assets" not in p.relative_to(site_dir).parts
    )


def page_language(rel_path) -> str:
    """Language of a built page, from where it sits (/en/... is English)."""
    first = Path(rel_path).parts[0]
    return first if first in OTHER_LANGS else DEFAULT_LANG


def counterpart(rel_path, lang) -> Path:
    """The same page in another language."""
    parts = Path(rel_path).parts
    if parts[0] in OTHER_LANGS:
        parts = parts[1:]
    return Path(*parts) if lang == DEFAULT_LANG else Path(lang, *parts)


def resolve(site_dir, url_path):
    """The file a site-relative URL path serves (directory URLs included), or None."""
    site_dir = Path(site_dir)
    path = unquote(urlsplit(url_path).path).lstrip("/")
    target = site_dir / path
    if path == "" or path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None
