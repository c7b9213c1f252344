"""The chrome's words (data/site-words.yml), checked for every language, looked up by key,
in the current site (sitekit/site_data.py)."""

from sitekit import site_data


def all_words():
    """{key: {lang: text}}; read again when the file has changed (`mkdocs serve`)."""
    return site_data.current().site_words


def word(key, lang):
    """The text of `key` in `lang`; a KeyError names a key the file lacks."""
    words = all_words()
    if key not in words:
        raise KeyError(f"site-words.yml has no {key!r}")
    return words[key][lang]


def every_language(key):
    """{lang: text} for `key`."""
    return dict(all_words()[key])
