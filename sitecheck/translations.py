"""Every page exists in every language, for real, and each pair shares its heading ids.

mkdocs-static-i18n's fallback_to_default quietly copies a default-language page into a
language's folder when that language's file is missing. From the sources that shows as
`x.md` without `x.en.md`; from a built site alone, as a page whose article is word for word
the default one. A partial language (sitekit/languages.py) may lack pages: the build lists
them instead (hooks/untranslated.py), and shows them marked as untranslated.
"""

import re
from pathlib import Path

from sitecheck.report import Finding
from sitecheck.site import counterpart, default_lang, html_pages, other_langs, page_language
from sitekit import languages

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Material's <article>, read as raw text: a regex is far cheaper than parsing each page's
# text again. The reading-time line is in the build's language even in a fallback copy.
_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.DOTALL)
_NOT_CONTENT = re.compile(r'<p class="reading-time".*?</p>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def source_suffix(lang):
    return ".md" if lang == default_lang() else f".{lang}.md"


def check_sources(docs_dir, shown_as=None):
    """A finding for each Markdown page that lacks its twin in another language.

    `shown_as` is how findings name the folder (default: the folder as given).
    """
    docs_dir = Path(docs_dir)
    shown_as = shown_as or str(docs_dir)
    langs = (default_lang(), *other_langs())
    pages = {lang: set() for lang in langs}
    for md in docs_dir.rglob("*.md"):
        rel = md.relative_to(docs_dir).as_posix()
        lang = next((x for x in other_langs() if rel.endswith(source_suffix(x))), default_lang())
        pages[lang].add(rel[: -len(source_suffix(lang))])
    findings = []
    for lang in langs:
        for other in langs:
            if other in languages.PARTIAL:
                continue  # being translated: listed by the build, not a finding
            for stem in sorted(pages[lang] - pages[other]):
                findings.append(Finding(
                    f"{shown_as}/{stem}{source_suffix(lang)}", None, f"{stem}{source_suffix(other)}",
                    f"its {other!r} twin {shown_as}/{stem}{source_suffix(other)} (without it the page "
                    f"is missing or silently shown in {default_lang()!r})",
                ))
    return findings


def check_pairs(site):
    """Findings over a BuiltSite: missing twins, wrong <html lang>, fallback copies, heading ids."""
    findings = []
    pages = [p.as_posix() for p in html_pages(site.dir)]
    for rel in pages:
        lang = page_language(rel)
        doc = site.document(rel)
        html = doc.find_all("html")
        declared = html[0].attrs.get("lang") if html else None
        if declared != lang:
            line = html[0].line if html else None
            findings.append(Finding(rel, line, f"lang={declared}", f'<html lang="{lang}"> for a page under its folder'))
        if lang != default_lang():
            continue
        for other in other_langs():
            twin = counterpart(rel, other).as_posix()
            if other in languages.PARTIAL and twin in site.files:
                findings += _compare(site, rel, twin, copy_allowed=True)
                continue
            if twin not in site.files:
                findings.append(Finding(rel, None, twin, f"the {other!r} version of this page at {twin}"))
                continue
            findings += _compare(site, rel, twin)
    for rel in pages:
        if page_language(rel) != default_lang() and counterpart(rel, default_lang()).as_posix() not in site.files:
            twin = counterpart(rel, default_lang()).as_posix()
            findings.append(Finding(rel, None, twin, f"the {default_lang()!r} version of this page at {twin}"))
    return findings


def _compare(site, rel, twin, copy_allowed=False):
    findings = []
    ours, theirs = _headings(site.document(rel)), _headings(site.document(twin))
    for here, there, their_name in ((ours, theirs, twin), (theirs, ours, rel)):
        for hid in sorted(set(here) - set(there)):
            page = rel if their_name == twin else twin
            findings.append(Finding(page, here[hid], f"#{hid}", f"a heading with the same id in {their_name}"))
    if copy_allowed:
        return findings
    article = _article_text(site.dir / rel)
    if article and article == _article_text(site.dir / twin):
        findings.append(Finding(
            twin, None, "untranslated page",
            f"a translation, not a copy of {rel} (a source file is missing and the build fell back)",
        ))
    return findings


def _headings(doc):
    return {t.attrs["id"]: t.line for t in doc.tags if t.name in _HEADINGS and t.attrs.get("id")}


def _article_text(path):
    found = _ARTICLE.search(path.read_text(encoding="utf-8"))
    return " ".join(_TAG.sub(" ", _NOT_CONTENT.sub("", found.group(1))).split()) if found else ""
