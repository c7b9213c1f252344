"""The style sheets (data/style/es.yml, data/style/en.yml): the built pages' visible text and
every value in data/**/*.yml follow them, in each language. No vosotros, no Spain-only word
where a neutral one exists, one spelling per term, no label starting with «Su », British
spelling. The checker itself is shown able to fail on a sample first."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from sitecheck.site import html_pages, page_language

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
LANGS = ("es", "en")


def load_sheet(lang):
    return yaml.safe_load((DATA / "style" / f"{lang}.yml").read_text(encoding="utf-8"))


def _rules(sheet):
    """(compiled pattern, what it is, what to use instead) for every banned form and variant."""
    rules = []
    for entry in sheet["banned"]:
        flags = 0 if entry.get("case") else re.IGNORECASE
        rules.append((re.compile(entry["pattern"], flags), "banned", entry["use"]))
    for term in sheet["terms"]:
        flags = 0 if term.get("case") else re.IGNORECASE
        for variant in term["variants"]:
            rules.append((re.compile(variant, flags), f"another spelling of «{term['term']}»", term["term"]))
    return rules


def check_text(text, sheet, where):
    """Every banned form or term variant in `text`, as readable findings."""
    found = []
    for pattern, what, use in _rules(sheet):
        for m in pattern.finditer(text):
            context = text[max(0, m.start() - 30): m.end() + 30].replace("\n", " ")
            found.append(f"{where}: «{m.group(0)}» ({what}; use: {use}) in …{context}…")
    return found


def check_labels(labels, sheet, where):
    starts = sheet.get("labels", {}).get("no_start") or []
    return [f"{where}: label «{label}» starts with «{s.strip()}»"
            for label in labels for s in starts if label.startswith(s)]


class _Visible(HTMLParser):
    """The text a reader sees in one language: not <script>, <style> or a <q> quotation, nor
    any element marked as another language; with the attributes read aloud or shown (alt,
    title, aria-label, placeholder). Label and legend texts are collected apart as well."""

    SKIP = {"script", "style", "q", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
            "source", "track", "wbr"}
    SHOWN_ATTRS = ("alt", "title", "aria-label", "placeholder")

    def __init__(self, lang):
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.stack = []  # (tag, skipped)
        self.parts, self.labels, self._label = [], [], None

    def _skipped(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        other_lang = attrs.get("lang") and attrs["lang"].split("-")[0] != self.lang
        skipped = self._skipped() or tag in self.SKIP or bool(other_lang)
        if not skipped:
            self.parts.extend(attrs[a] for a in self.SHOWN_ATTRS if attrs.get(a))
        if tag in self.VOID:
            return
        self.stack.append((tag, skipped))
        if tag in ("label", "legend") and not skipped:
            self._label = (tag, len(self.stack), [])

    def handle_endtag(self, tag):
        while self.stack:
            name, _ = self.stack.pop()
            if self._label and len(self.stack) < self._label[1]:
                self.labels.append(" ".join("".join(self._label[2]).split()))
                self._label = None
            if name == tag:
                break

    def handle_data(self, data):
        if self._skipped():
            return
        self.parts.append(data)
        if self._label:
            self._label[2].append(data)


def visible(html, lang):
    parser = _Visible(lang)
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts), parser.labels


def check_html(html, lang, where, sheet=None):
    sheet = sheet or load_sheet(lang)
    text, labels = visible(html, lang)
    return check_text(text, sheet, where) + check_labels(labels, sheet, where)


def language_values(node, lang, where=""):
    """Every string under a key named `lang`, anywhere in a data file, with its path."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == lang:
                yield from _strings(value, f"{where}.{key}")
            else:
                yield from language_values(value, lang, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from language_values(value, lang, f"{where}[{i}]")


def _strings(node, where):
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{where}[{i}]")


# Keys whose values are words the message builder looks for, not prose (they are quoted as
# found, in <q>, on the page): a banned spelling there is the point.
NOT_PROSE = {"job_words", "job_hints", "not_job"}
# Keys starting with these are not our prose but other people's words, matched as written:
# the column names a reader's spreadsheet may use (the tracker's import; "Organization", "Móvil").
NOT_PROSE_PREFIXES = ("csv.alias.",)


def data_files():
    return sorted(p for p in DATA.rglob("*.yml") if p.parent.name != "style")


def _pages(site_dir, lang):
    pages = [rel for rel in html_pages(site_dir) if page_language(rel) == lang]
    return pages + [Path("404.html")]  # one page in both languages, each in its own section


# --- the checker can fail -------------------------------------------------------------------

SAMPLE_ES = """<html lang="es"><body>
<p>Lo que os une es una escuela.</p>
<form><label for="a">Su nombre</label><input id="a"></form>
<p>Tres días laborables después, escribe otra vez.</p>
<p>Trabajáis mucho y hablasteis poco; vuestro equipo, desde el móvil.</p>
<p>En tu país, la ciudad y la red de contactos: usted decide. Seis jais.</p>
<p lang="en">Three business days, your organization.</p>
<script>var os = "os une";</script>
</body></html>"""


def test_the_checker_reports_each_kind_of_defect_and_nothing_else():
    found = check_html(SAMPLE_ES, "es", "sample")
    for needle in ("«os»", "label «Su nombre»", "«días laborables»", "«Trabajáis»", "«hablasteis»",
                   "«vuestro»", "«móvil»"):
        assert any(needle in f for f in found), f"{needle} not reported in {found}"
    # «país», «ciudad», «red», «usted», «Seis», «jais», the English paragraph and the script
    # are not findings: exactly the seven above.
    assert len(found) == 7, found
    english = check_html(SAMPLE_ES.replace('lang="en"', 'lang="xx"'), "en", "sample", load_sheet("en"))
    assert not any("business days" in f for f in english), "text marked as another language is skipped"
    english = check_html('<p>Three business days, your organization, the Career Center, a résumé.</p>', "en", "s")
    assert len(english) == 3 and not any("«Center»" in f for f in english), english


def test_a_label_starting_with_su_is_reported_in_a_legend_too():
    found = check_html("<fieldset><legend> Su organización</legend></fieldset>", "es", "s")
    assert found == ["s: label «Su organización» starts with «Su»"]


# --- the sheets themselves -----------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_each_term_is_spelled_the_sheets_way_somewhere(site_dir, lang):
    """A term the site never uses is a mistake in the sheet (or a page lost it)."""
    sheet = load_sheet(lang)
    text = " ".join(visible(( site_dir / rel).read_text(encoding="utf-8"), lang)[0] for rel in _pages(site_dir, lang))
    missing = [t["term"] for t in sheet["terms"] if t["term"].lower() not in text.lower()]
    assert not missing, f"{lang}: terms not found in the built pages: {missing}"


# --- the site follows them -----------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_built_pages_follow_the_style_sheet(site_dir, lang):
    sheet = load_sheet(lang)
    found = []
    for rel in _pages(site_dir, lang):
        found += check_html((site_dir / rel).read_text(encoding="utf-8"), lang, str(rel), sheet)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_data_files_follow_the_style_sheet(lang):
    """Template data, tool words and worksheet text become visible text in the browser."""
    sheet = load_sheet(lang)
    found = []
    for path in data_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if k not in NOT_PROSE and not str(k).startswith(NOT_PROSE_PREFIXES)}
        for where, value in language_values(data, lang):
            rel = f"{path.relative_to(ROOT)}{where}"
            found += check_text(value, sheet, rel)
            if where.endswith(".label") or ".label." in where:
                found += check_labels([value], sheet, rel)
    assert not found, "\n".join(found)
