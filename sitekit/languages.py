"""The site's languages, defined once, in mkdocs.yml (plugins.i18n.languages): the default
first, at the site root. Everything else (sitekit, sitecheck, hooks, tests) asks here; the
language of the page being built, and whether a hook runs inside one language's build."""

from pathlib import Path

import yaml

MKDOCS_YML = Path(__file__).resolve().parent.parent / "mkdocs.yml"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as plain data: tags such as !ENV read as their bare value."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: (
    loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)))


def read_mkdocs_yml(path=MKDOCS_YML):
    """mkdocs.yml as plain data (for reading settings; MkDocs itself validates it)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)


def configured_languages(path=MKDOCS_YML):
    """The locales listed under plugins.i18n.languages in `path`, the default one first."""
    entries = read_mkdocs_yml(path)["plugins"]["i18n"]["languages"]
    default = [e["locale"] for e in entries if e.get("default")]
    if len(default) != 1:
        raise ValueError(f"{path}: plugins.i18n.languages needs exactly one default language")
    return tuple(default + [e["locale"] for e in entries if not e.get("default")])


LANGS = configured_languages()


def page_language(config):
    """The language of the page being built (mkdocs-static-i18n sets the theme's language for
    each language's build); the default language for anything else."""
    lang = config.theme.get("language", LANGS[0])
    return lang if lang in LANGS else LANGS[0]


def nested_language_build(config):
    """True inside one of mkdocs-static-i18n's per-language builds. A hook that needs every
    language's pages (on_post_build) returns then and acts once, in the outer call."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building
