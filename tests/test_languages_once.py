"""The site's languages are defined once, in mkdocs.yml (plugins.i18n.languages), and read
through sitekit/languages.py: no code names a language code. Words live in data/."""

import re
from pathlib import Path

from sitekit import languages

ROOT = Path(__file__).resolve().parent.parent
CODE = ["hooks", "sitekit", "sitecheck", "scripts", "overrides", "docs/assets/javascripts"]
# A code as a string ("en"), or a file name's language suffix in one (".en.md", "x.en.md").
_CODE_LITERAL = re.compile(r"""["'](%s)["']|["'][^"'\s]*\.(%s)\.md["']""")
# Code that counts the languages: "the second one" (LANGS[1]), or two names unpacked from them.
_COUNTED = re.compile(r"\bLANGS\[-?[1-9]\]|^\s*[\w()]+\s*,\s*[\w(), ]+=\s*(\(.*\bfor \w+ in \w*LANGS\)|\w*LANGS)\s*$")


def _named_codes(text, codes):
    alternatives = "|".join(map(re.escape, codes))
    return [a or b for a, b in re.findall(_CODE_LITERAL.pattern % (alternatives, alternatives), text)]


def _counts_languages(line):
    return bool(_COUNTED.search(line))


def test_the_languages_are_read_from_mkdocs_yml_default_first():
    assert languages.LANGS == languages.configured_languages(ROOT / "mkdocs.yml")
    assert languages.LANGS[0] == "es", "Spanish is the default, at the site root"


def test_no_code_outside_the_languages_module_names_a_language_code():
    found = []
    for folder in CODE:
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or path.suffix not in (".py", ".js", ".html", "") or path.name == "languages.py":
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for line_no, line in enumerate(text.splitlines(), 1):
                if _named_codes(line, languages.LANGS) or _counts_languages(line):
                    found.append(f"{path.relative_to(ROOT)}:{line_no}: {line.strip()}")
    assert not found, "language codes named in code (ask sitekit/languages.py, or put words in data/):\n" + "\n".join(found)


def test_the_check_sees_a_named_code():
    assert _named_codes('var lang = x === "es" ? "es" : "en";', ("es", "en")) == ["es", "es", "en"]
    assert _named_codes("lang = page_language(config)", ("es", "en")) == []
    assert _named_codes('PAGES = {".md": a, ".en.md": b}; "index.en.md"', ("es", "en")) == ["en", "en"]
    assert _named_codes("twins (`x.md`, `x.en.md`)", ("es", "en")) == []


def test_the_check_sees_code_that_counts_two_languages():
    assert _counts_languages("english = LANGS[1]")
    assert _counts_languages("    default, other = LANGS")
    assert _counts_languages("    (a, b, c), (d, e, f) = (per_lang[lang] for lang in LANGS)")
    assert not _counts_languages("DEFAULT_LANG, OTHER_LANGS = LANGS[0], LANGS[1:]")
    assert not _counts_languages("for lang in LANGS[1:]:")
