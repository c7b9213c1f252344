"""The site's languages, defined once, in mkdocs.yml (plugins.i18n.languages): the default
first, at the site root. Everything else (sitekit, sitecheck, hooks, tests) asks here, or the
site's SiteData (sitekit/site_data.py) that reads them; the language of the page being built,
and whether a hook runs inside one language's build.

Two settings ride in a language's `extra:` block (mkdocs-static-i18n refuses other keys in
a language entry, and merges `extra` into that language's build, which nothing here reads):

    extra:
      partial: true        # being translated: see sitekit/untranslated.py
      date_locale: en-GB   # how its dates are written (default: the locale itself)
"""

import os
from pathlib import Path

import yaml

from sitekit import site_data


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as plain data: `!ENV [NAME, ..., default]` read as MkDocs reads it, other
    tags as their bare value."""


def _env(names):
    """The first of `names` set in the environment; else the last, the default (MkDocs' !ENV)."""
    names = [names] if isinstance(names, str) else names
    found = next((os.environ[n] for n in (names[:-1] if len(names) > 1 else names) if n in os.environ), None)
    return found if found is not None else (names[-1] if len(names) > 1 else None)


def _tagged(loader, suffix, node):
    value = loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)
    return _env(value) if suffix == "ENV" else value


_Loader.add_multi_constructor("!", _tagged)


def _merged(parent, child):
    """`child` over `parent`, mappings merged key by key, as MkDocs merges an INHERIT."""
    if not (isinstance(parent, dict) and isinstance(child, dict)):
        return child
    out = dict(parent)
    for key, value in child.items():
        out[key] = _merged(parent.get(key), value) if key in parent else value
    return out


def _read(path):
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader) or {}


def config_files(path):
    """The config file and the files it INHERITs from, in turn."""
    path = Path(path)
    parent = _read(path).get("INHERIT")
    return [path, *config_files(path.parent / parent)] if parent else [path]


def read_mkdocs_yml(path):
    """mkdocs.yml as plain data (for reading settings; MkDocs itself validates it), with the
    file it INHERITs from merged in (mkdocs-offline.yml inherits mkdocs.yml)."""
    path = Path(path)
    data = _read(path)
    parent = data.pop("INHERIT", None)
    return _merged(read_mkdocs_yml(path.parent / parent), data) if parent else data


def language_entries(path):
    """The entries of plugins.i18n.languages in `path`, the default one first."""
    plugins = read_mkdocs_yml(path)["plugins"]
    if isinstance(plugins, list):  # MkDocs takes a list too: `- i18n: {...}` or `- search`
        plugins = dict(item.popitem() if isinstance(item, dict) else (item, {}) for item in map(_copy, plugins))
    entries = plugins["i18n"]["languages"]
    default = [e for e in entries if e.get("default")]
    if len(default) != 1:
        raise ValueError(f"{path}: plugins.i18n.languages needs exactly one default language")
    return default + [e for e in entries if not e.get("default")]


def _copy(item):
    return dict(item) if isinstance(item, dict) else item


def configured_languages(path):
    """The locales listed under plugins.i18n.languages in `path`, the default one first."""
    return tuple(e["locale"] for e in language_entries(path))


class Languages:
    """One site's languages (SiteData.languages), from its plugins.i18n.languages entries."""

    def __init__(self, entries):
        self.entries = {e["locale"]: e for e in entries}  # the default first
        self.langs = tuple(self.entries)
        self.names = {lang: e["name"] for lang, e in self.entries.items()}
        # Being translated: a page or word it lacks is shown in another language and listed
        # at build time, instead of failing the build (sitekit/untranslated.py).
        self.partial = tuple(lang for lang, e in self.entries.items() if (e.get("extra") or {}).get("partial"))
        self.complete = tuple(lang for lang in self.langs if lang not in self.partial)
        # The language an untranslated word is shown in (and copied from by
        # scripts/new-language): the first complete one after the default, so a new language
        # reads the site's second language until translated; the default when there is no other.
        self.words_source = next((lang for lang in self.complete[1:]), self.langs[0])

    def date_locale(self, lang):
        """The BCP 47 locale `lang`'s dates are written in (Intl.DateTimeFormat, Python alike)."""
        return (self.entries[lang].get("extra") or {}).get("date_locale") or lang

    def folder(self, lang):
        """Where `lang`'s pages live, relative to the site: '' for the default, 'xx/' otherwise."""
        return "" if lang == self.langs[0] else f"{lang}/"


# The site's languages as constants (`languages.LANGS`), asked of the current site
# (sitekit/site_data.py current()) when they are read, never when this module is imported.
_CONSTANTS = {"LANGS": "langs", "NAMES": "names", "PARTIAL": "partial", "COMPLETE": "complete",
              "WORDS_SOURCE": "words_source"}


def __getattr__(name):
    if name in _CONSTANTS:
        return getattr(site_data.current().languages, _CONSTANTS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def page_language(config):
    """The language of the page being built (mkdocs-static-i18n sets the theme's language for
    each language's build); the default language for anything else."""
    langs = site_data.of_config(config).languages.langs
    lang = config.theme.get("language", langs[0])
    return lang if lang in langs else langs[0]


def content_language(page, config):
    """The language a page's text is written in, which its markers render in: the build's,
    except on a partial language's page that mkdocs-static-i18n took from the default
    language (no translation yet), whose text, forms and tools' words stay the default
    language's, as hooks/untranslated.py marks them (lang on the content's element)."""
    lang = page_language(config)
    langs = site_data.of_config(config).languages
    if lang in langs.partial and getattr(page.file, "locale", lang) != lang:
        return langs.langs[0]
    return lang


def nested_language_build(config):
    """True inside one of mkdocs-static-i18n's per-language builds. A hook that needs every
    language's pages (on_post_build) returns then and acts once, in the outer call."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building
