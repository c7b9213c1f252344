"""Walk a built site: its pages, and how a URL under the site maps to a file."""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitecheck.html import parse
from sitekit import languages, site_data


def default_lang():
    """The default language, whose pages sit at the site's root."""
    return languages.LANGS[0]


def other_langs():
    """The other languages, each in its folder."""
    return languages.LANGS[1:]


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
    return first if first in other_langs() else default_lang()


def counterpart(rel_path, lang) -> Path:
    """The same page in another language."""
    parts = Path(rel_path).parts
    if parts[0] in other_langs():
        parts = parts[1:]
    return Path(*parts) if lang == default_lang() else Path(lang, *parts)


def resolve(site_dir, url_path):
    """The file a site-relative URL path serves (directory URLs included), or None."""
    site_dir = Path(site_dir)
    path = unquote(urlsplit(url_path).path).lstrip("/")
    target = site_dir / path
    if path == "" or path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


class BuiltSite:
    """A built site folder read once: its files, its address, and each page parsed on demand."""

    def __init__(self, site_dir, site_url=None, added_later=()):
        """`added_later`: site-relative files the deploy adds after the build (an offline zip)."""
        self.dir = Path(site_dir)
        self.files = set(added_later)
        self.dirs = {""}
        for path in self.dir.rglob("*"):
            rel = path.relative_to(self.dir).as_posix()
            (self.dirs if path.is_dir() else self.files).add(rel)
        self.site_url = site_url or discover_site_url(self.dir)
        base = urlsplit(self.site_url).path if self.site_url else "/"
        self.base_path = base if base.endswith("/") else base + "/"
        self._docs = {}

    def html_files(self):
        """Every built HTML file, the 404 page included."""
        return sorted(f for f in self.files if f.endswith(".html"))

    def document(self, rel, texts=False):
        cached = self._docs.get(rel)
        if cached is None or (texts and not cached[1]):
            cached = (parse(self.dir / rel, texts), texts)
            self._docs[rel] = cached
        return cached[0]

    def target(self, path):
        """The file (relative to the site) that a site-relative, normalised path serves, or None."""
        path = path.strip("/") if path not in ("", ".") else ""
        if path in self.dirs:
            path = f"{path}/index.html" if path else "index.html"
        return path if path in self.files else None


def discover_site_url(site_dir):
    """The site's own address: the home page's canonical link, else the sitemap's first URL."""
    for name, pattern in (("index.html", r'<link rel="canonical" href="([^"]+)"'), ("sitemap.xml", r"<loc>([^<]+)</loc>")):
        path = Path(site_dir) / name
        found = path.is_file() and re.search(pattern, path.read_text(encoding="utf-8"))
        if found:
            return found.group(1).strip()
    return None


def deploy_files(config_file):
    """{name: site-relative file} that mkdocs.yml's extra.deploy_files says the deploy adds
    after the build (sitekit/site_data.py)."""
    return site_data.SiteData(config_file).deploy_files
