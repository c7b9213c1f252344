"""The site's languages are defined once, in mkdocs.yml (plugins.i18n.languages), and read
through sitekit/languages.py: no code names a language code. Words live in data/."""

import re
from pathlib import Path

from sitekit import languages

ROOT = Path(__file__).resolve().parent.parent
CODE = ["hooks", "sitekit", "sitecheck", "scripts", "overrides", "docs/assets/javascripts"]
_CODE_LITERAL = re.compile(r"""["'](%s)["']""")


def _named_codes(text, codes):
    return re.findall(_CODE_LITERAL.pattern % "|".join(map(re.escape, codes)), text)


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
                if _named_codes(line, languages.LANGS):
                    found.append(f"{path.relative_to(ROOT)}:{line_no}: {line.strip()}")
    assert not found, "language codes named in code (ask sitekit/languages.py, or put words in data/):\n" + "\n".join(found)


def test_the_check_sees_a_named_code():
    assert _named_codes('var lang = x === "es" ? "es" : "en";', ("es", "en")) == ["es", "es", "en"]
    assert _named_codes("lang = page_language(config)", ("es", "en")) == []
