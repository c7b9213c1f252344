"""The chrome's words (data/site-words.yml), checked for every language, looked up by key."""

from functools import lru_cache
from pathlib import Path

from sitekit import worksheets

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "site-words.yml"


@lru_cache(maxsize=None)
def _all(path=WORDS_FILE):
    return worksheets.load_words(path)


def word(key, lang):
    """The text of `key` in `lang`; a KeyError names a key the file lacks."""
    words = _all()
    if key not in words:
        raise KeyError(f"{WORDS_FILE.name} has no {key!r}")
    return words[key][lang]


def every_language(key):
    """{lang: text} for `key`."""
    return dict(_all()[key])
