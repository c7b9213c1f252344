"""The chrome's words (data/site-words.yml), checked for every language, looked up by key in
a site's SiteData (sitekit/site_data.py; in a hook: site_data.of(config))."""


def word(site, key, lang):
    """The text of `key` in `lang`; a KeyError names a key the file lacks."""
    words = site.site_words
    if key not in words:
        raise KeyError(f"site-words.yml has no {key!r}")
    return words[key][lang]


def every_language(site, key):
    """{lang: text} for `key`."""
    return dict(site.site_words[key])
