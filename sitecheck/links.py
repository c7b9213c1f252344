"""Every link in a built site leads somewhere: pages, anchors, assets, other languages.

Looks at each href, src, srcset, poster, data (of <object>), action and formaction in every
HTML file (as an HTML5 parser reads it: sitecheck.html), and at every comment that hides the
rest of a page; each url() and @import in every CSS
file, the sitemap, and the files Material's script fetches (its search worker, the search
index, the sitemap). External http(s) links are not fetched: they are collected for
`make linkcheck-external`.
"""

import json
import posixpath
import re
from urllib.parse import unquote, urlsplit

from sitecheck.report import Finding
from sitecheck.site import default_lang, page_language

_SKIPPED_SCHEMES = {"mailto", "tel", "data", "sms", "blob", "about"}
_LINK_ATTRS = ("href", "src", "srcset", "poster", "data", "action", "formaction")
# A comment holding one of these hides the page's own structure, not a note: an unclosed <!--.
_STRUCTURE = ("</main", "</article", "</body", "<footer", "</footer")
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_SITEMAP_URL = re.compile(r"<loc>([^<]+)</loc>|<xhtml:link [^>]*href=\"([^\"]+)\"")


def check_links(site, external=None):
    """Findings for every broken internal link of a BuiltSite.

    `external`, if given, is a dict filled with {external URL: ["file:line", ...]}.
    """
    checker = _Checker(site, external if external is not None else {})
    for rel in site.html_files():
        checker.html_file(rel)
    for rel in sorted(f for f in site.files if f.endswith(".css")):
        checker.css_file(rel)
    if "sitemap.xml" in site.files:
        checker.sitemap("sitemap.xml")
    return sorted(set(checker.findings))


class _Checker:
    def __init__(self, site, external):
        self.site = site
        self.external = external
        self.findings = []
        self._ids = {}

    # --- one kind of file each -------------------------------------------------------

    def html_file(self, rel):
        doc = self.site.document(rel)
        for tag in doc.tags:
            for attr in _LINK_ATTRS:
                value = tag.attrs.get(attr)
                if value is None or (attr == "data" and tag.name != "object"):
                    continue
                urls = _srcset(value) if attr == "srcset" else [value]
                for url in urls:
                    target = self.url(rel, _Where(doc, tag, url), url)
                    if target and tag.attrs.get("hreflang") and attr == "href":
                        self._language(rel, tag, url, target)
        for tag, body in doc.scripts:
            if tag.attrs.get("id") == "__config":
                self._material_config(rel, tag.line, body)
        self._comments(rel, doc)

    def css_file(self, rel):
        text = _CSS_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), self.site.dir.joinpath(rel).read_text("utf-8"))
        for m in _CSS_URL.finditer(text):
            url = next(g for g in m.groups() if g is not None)
            if url.startswith("#"):
                continue  # an SVG reference inside the same document
            self.url(rel, text.count("\n", 0, m.start()) + 1, url)

    def sitemap(self, rel):
        text = self.site.dir.joinpath(rel).read_text("utf-8")
        for m in _SITEMAP_URL.finditer(text):
            self.url(rel, text.count("\n", 0, m.start()) + 1, (m.group(1) or m.group(2)).strip())

    # --- one link ----------------------------------------------------------------------

    def url(self, rel, line, url):
        """Check one URL found in `rel`; return the file it leads to inside the site, or None."""
        url = url.strip()
        if not url:
            return None  # an empty href is this very page
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme in _SKIPPED_SCHEMES:
            return None
        if scheme == "javascript":
            return self.found(rel, line, url, "a real link (javascript: URLs are blocked by the site's CSP)")
        if scheme or url.startswith("//"):
            path = self._own_address(parts)
            if path is None:
                if scheme not in ("http", "https", ""):
                    return self.found(rel, line, url, "an http(s), mailto: or tel: link")
                self.external.setdefault(url, []).append(f"{rel}:{int(line or 0)}")
                return None
        elif url.startswith("/"):
            if not parts.path.startswith(self.site.base_path):
                return self.found(rel, line, url, f"an absolute path under the site's base path {self.site.base_path}")
            path = parts.path[len(self.site.base_path):]
        elif url.startswith("#"):
            path = rel
        else:
            path = posixpath.join(posixpath.dirname(rel), parts.path)
        path = posixpath.normpath(unquote(path)) if path else ""
        if path == ".." or path.startswith("../"):
            return self.found(rel, line, url, "a link inside the site folder")
        target = self.site.target(path)
        if target is None:
            shown = path if posixpath.splitext(path)[1] else posixpath.join(path, "index.html")
            return self.found(rel, line, url, f"a file in the site at {shown}")
        fragment = unquote(parts.fragment)
        if fragment and target.endswith(".html") and fragment not in self._page_ids(target):
            where = "this page" if target == rel else target
            return self.found(rel, line, url, f"an element with id {fragment!r} in {where}")
        return target

    def found(self, rel, line, url, expected):
        self.findings.append(Finding(rel, int(line or 0) or None, url, expected))
        return None

    # --- helpers -----------------------------------------------------------------------

    def _comments(self, rel, doc):
        """An unclosed <!-- runs to the end of the page, or to the next -->, hiding what lies between."""
        for text in doc.comments:
            hidden = next((s for s in _STRUCTURE if s in text.lower()), None)
            runs_to_end = doc.ends_in_comment and text is doc.comments[-1]
            if hidden or runs_to_end:
                first = text.strip().split("\n", 1)[0][:40]
                what = "the rest of the page" if runs_to_end else f"the page's {hidden.strip('</')}"
                self.found(rel, doc.line_of(first) if first else None, f"<!-- {first}",
                           f"a comment closed with --> (this one hides {what})")

    def _own_address(self, parts):
        """The site-relative path of an absolute URL on the site itself, else None."""
        own = urlsplit(self.site.site_url or "")
        if not own.netloc or parts.netloc.lower() != own.netloc.lower():
            return None
        if not parts.path.startswith(self.site.base_path) and parts.path + "/" != self.site.base_path:
            return None
        return parts.path[len(self.site.base_path):]

    def _page_ids(self, target):
        if target not in self._ids:
            self._ids[target] = self.site.document(target).ids()
        return self._ids[target]

    def _language(self, rel, tag, url, target):
        """A link marked hreflang=xx must lead to a page in language xx."""
        lang = tag.attrs["hreflang"]
        lang = default_lang() if lang == "x-default" else lang
        if target.endswith(".html") and target != "404.html" and page_language(target) != lang:
            self.found(rel, tag.line, url, f"a page in language {lang!r} (hreflang), not {target}")

    def _material_config(self, rel, line, body):
        """Files Material's script fetches, named in the page's __config JSON."""
        try:
            config = json.loads(body)
        except ValueError:
            self.found(rel, line, body[:60], "valid JSON in Material's __config script")
            return
        base = (config.get("base") or ".").rstrip("/")
        if config.get("search"):
            self.url(rel, line, config["search"])
            self.url(rel, line, base + "/search/search_index.json")
        # Material reads <base>/sitemap.xml for instant navigation and link previews, and
        # "sitemap.xml" beside the href of every <link rel="alternate"> (an exact match).
        doc = self.site.document(rel)
        if "navigation.instant" in (config.get("features") or []) or doc.find_all("a", **{"data-preview": None}):
            self.url(rel, line, base + "/sitemap.xml")
        for tag in doc.find_all("link", rel="alternate"):
            href = tag.attrs.get("href", "")
            self.url(rel, tag.line, href[: href.rfind("/") + 1] + "sitemap.xml")


class _Where:
    """The line of a link, looked up in the source only when a finding or a report needs it."""

    __slots__ = ("doc", "tag", "value")

    def __init__(self, doc, tag, value):
        self.doc, self.tag, self.value = doc, tag, value

    def __int__(self):
        return self.doc.attr_line(self.tag, self.value) or 0


def _srcset(value):
    """The URLs of a srcset attribute (each candidate is 'url [descriptor]')."""
    return [c.split()[0] for c in value.split(",") if c.strip()]
