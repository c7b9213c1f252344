"""What a partial language still lacks, and how the build gets by meanwhile.

A language marked `partial` in mkdocs.yml (sitekit/languages.py) is being translated:

- Words. Every multilingual entry in data/ (a mapping with one key per language) has an
  entry for it; until translated, that entry is a copy of the words-source language's text
  tagged `!untranslated` (scripts/new-language writes them):

      permalink_title:
        es: "Enlace a esta sección"
        en: "Link to this section"
        pt: !untranslated "Link to this section"

  Translating an entry means replacing the text and deleting the tag. An entry missing for
  a partial language is filled in the same way when the data is read (`load`), so a word
  added later in the complete languages only never breaks the build.
- Pages. A page without its `page.xx.md` is built by mkdocs-static-i18n from the default
  language's file (fallback_to_default); hooks/untranslated.py puts its content in an
  element with the default language's `lang`, under a notice.

The build lists both (`words_todo`, `pages_todo`) as a to-do list. In a language that is
not partial, a tagged or missing word is a failure (`words_todo` says which), as a missing
page is (sitecheck/translations.py).
"""

import copy
from pathlib import Path

import yaml

from sitekit import languages

TAG = "!untranslated"
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when PyYAML has it: faster


def _construct(loader, node):
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)


class Loader(_BASE):
    """Safe YAML that reads an `!untranslated` value as the plain value it tags."""


Loader.add_constructor(TAG, _construct)


def is_multilingual(keys):
    """A mapping (or its keys) with an entry for the default language and the words source."""
    return languages.LANGS[0] in keys and languages.WORDS_SOURCE in keys


def fill_partial(data):
    """`data` with every multilingual entry given a copy of the words source's value for each
    partial language it lacks (changed in place, and returned)."""
    if isinstance(data, dict):
        for value in data.values():
            fill_partial(value)
        if languages.PARTIAL and is_multilingual(data):
            for lang in languages.PARTIAL:
                if lang not in data:
                    data[lang] = copy.deepcopy(data[languages.WORDS_SOURCE])
    elif isinstance(data, list):
        for item in data:
            fill_partial(item)
    return data


def load(text):
    """A data file's text as data: `!untranslated` read as its value, partial languages filled."""
    return fill_partial(yaml.load(text, Loader=Loader))


def read(path, error, name=None):
    """A data file as data (load); a file that cannot be read or is not YAML raises
    `error("NAME: cannot read: why")`, NAME the file as the reader should see it."""
    try:
        return load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise error(f"{name or path}: cannot read: {exc}") from None


# --- the to-do list -----------------------------------------------------------------------


def _walk(node, path):
    """(key path as a tuple, mapping node) for every mapping in a composed YAML tree."""
    if isinstance(node, yaml.MappingNode):
        yield path, node
        for key, value in node.value:
            yield from _walk(value, (*path, str(key.value)))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _walk(item, (*path, i))


def _left(text):
    """(lang, line, key path, what) for each entry of a data file not translated yet."""
    for path, node in _walk(yaml.compose(text, Loader=yaml.SafeLoader), ()):
        keys = {key.value: (key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)}
        if not is_multilingual(keys):
            continue
        for lang in languages.LANGS[1:]:
            if lang in keys and keys[lang][1].tag == TAG:
                yield lang, keys[lang][0].start_mark.line + 1, path, f"tagged {TAG}"
            elif lang not in keys:
                yield lang, node.start_mark.line + 1, path, "missing"


def _shown(path):
    return "".join(f"[{k}]" if isinstance(k, int) else (f".{k}" if i else k) for i, k in enumerate(path))


def file_todo(text, shown_as):
    """[(lang, "file:line: key.path.lang (what)")] for one data file's untranslated entries."""
    return [(lang, f"{shown_as}:{line}: {_shown(path)}.{lang} ({what})") for lang, line, path, what in _left(text)]


def keys_left(path, lang):
    """The top-level keys of a words file (`key: {lang: text}`) not yet translated into `lang`."""
    return {path_[0] for x, _, path_, _ in _left(Path(path).read_text(encoding="utf-8")) if x == lang and len(path_) == 1}


def words_todo(data_dir, root=None):
    """{lang: [entry, ...]} of words not yet translated, for every language but the default.
    Paths are shown relative to `root` (default: data_dir's parent)."""
    data_dir = Path(data_dir)
    root = Path(root) if root else data_dir.parent
    todo = {lang: [] for lang in languages.LANGS[1:]}
    for path in sorted(data_dir.rglob("*.yml")):
        for lang, item in file_todo(path.read_text(encoding="utf-8"), path.relative_to(root).as_posix()):
            todo[lang].append(item)
    return todo


def pages_todo(docs_dir, lang, shown_as="docs"):
    """The default language's pages that have no `lang` twin yet."""
    docs_dir = Path(docs_dir)
    suffixes = tuple(f".{other}.md" for other in languages.LANGS[1:])
    return [f"{shown_as}/{rel} (no {shown_as}/{rel[:-3]}.{lang}.md)"
            for rel in sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
            if not rel.endswith(suffixes) and not (docs_dir / f"{rel[:-3]}.{lang}.md").is_file()]


def mkdocs_todo(entries, lang, shown_as="mkdocs.yml"):
    """Settings of the words source's language block (site_name, nav_translations, …) that
    `lang`'s block lacks."""
    mine, source = entries[lang], entries[languages.WORDS_SOURCE]
    own = {"locale", "name", "default", "build", "extra", "link", "fixed_link"}
    return [f"{shown_as}: plugins.i18n.languages[{lang}].{key}" for key in source if key not in own and key not in mine]
