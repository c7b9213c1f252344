"""Diagrams drawn as inline SVG when the site is built: shapes in code (drawings.py), words in
data/diagrams/ID.yml, one entry per language:

    name: {es: "...", en: "..."}      # the picture's short name, for screen readers
    caption: {es: "...", en: "..."}   # what it says, in sentences: shown under it, its description
    weekdays: {es: [lun, ...], en: [Mon, ...]}   # a list, where the drawing asks for one

`load_all` reads and checks every file and draws every diagram in every language at once, so
a missing key, a word of the wrong kind or one that does not fit fails the build wherever it
is used, naming the file, the key and why. `figure(diagram, lang)` is what a page's
`<!-- md:diagram ID -->` becomes (hooks/diagrams.py): a <figure> holding both drawings (the
stylesheet shows one, by the width of the column) and its caption.
"""

import html
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from sitekit import schemas, untranslated
from sitekit.diagrams.canvas import TextError
from sitekit.diagrams.drawings import DRAWINGS, TEXT, VARIANTS, check_sizes


class DiagramError(ValueError):
    """A diagram that cannot be drawn: every line names the file, the key and the reason."""


@dataclass
class Diagram:
    id: str
    path: Path
    words: dict  # {key: {lang: text or [text, ...]}}
    drawn: dict = field(default_factory=dict)  # {(lang, variant name): Canvas}
    borrowed: dict = field(default_factory=dict)  # {lang: the language of its untranslated words}


def load_all(folder, site):
    """{id: Diagram} for every file in `folder`, checked and drawn in `site`'s languages (a
    SiteData); raises DiagramError."""
    check_sizes()
    folder = Path(folder)
    problems, diagrams = [], {}
    files = {path.stem: path for path in sorted(folder.glob("*.yml"))}
    for stem, path in files.items():
        if stem not in DRAWINGS:
            problems.append(f"{site.shown(path)}: no drawing called {stem!r} in sitekit/diagrams/drawings.py; "
                            f"known: {', '.join(sorted(DRAWINGS))}")
    for did in sorted(DRAWINGS):
        if did not in files:
            problems.append(f"{site.shown(folder / (did + '.yml'))}: missing: the words of the {did!r} drawing")
            continue
        try:
            diagrams[did] = _load(did, files[did], site)
        except DiagramError as exc:
            problems.append(str(exc))
    if problems:
        raise DiagramError("\n".join(problems))
    return diagrams


def _load(did, path, site):
    """One diagram: schemas/diagram.schema.json, then what its drawing asks (its keys, the
    length of its lists, words that fit)."""
    where = site.shown(path)
    langs = site.languages
    text = path.read_text(encoding="utf-8")
    try:
        data = untranslated.load(text)
    except yaml.YAMLError as exc:
        raise DiagramError(f"{where}: not valid YAML: {exc}") from None
    problems = schemas.problems("diagram", data, langs.langs, where)
    if not isinstance(data, dict):
        raise DiagramError("\n".join(problems))
    draw, kinds = DRAWINGS[did]
    problems += [f"{where}: {key}: unknown key; this drawing takes {', '.join(kinds)}"
                 for key in data if key not in kinds]
    problems += [f"{where}: {key}: missing" for key in kinds if key not in data]
    for key, kind in kinds.items():
        for lang, value in (data.get(key) if isinstance(data.get(key), dict) else {}).items():
            problems += _kind_problems(value, kind, f"{where}: {key}.{lang}")
    if problems:
        raise DiagramError("\n".join(problems))
    diagram = Diagram(did, path, data)
    for lang in langs.langs:
        words = {key: value[lang] for key, value in data.items()}
        for variant in VARIANTS:
            try:
                diagram.drawn[(lang, variant.name)] = draw(words, replace(variant, font=str(site.font)))
            except TextError as exc:
                problems.append(f"{where}: {exc.key} ({lang}, {variant.name} drawing): {exc.reason}")
    if problems:
        raise DiagramError("\n".join(problems))
    if langs.partial:  # a partial language's words not translated yet (composing the YAML again is slow)
        for lang, _ in untranslated.file_todo(text, where):
            diagram.borrowed[lang] = langs.words_source
    return diagram


def _kind_problems(value, kind, where):
    """A text where the drawing takes one, a list of as many texts as it draws where it takes a list."""
    if kind == TEXT:
        return [] if isinstance(value, str) else [f"{where}: expected a text, got {type(value).__name__} {value!r}"]
    n = kind[1]
    return [] if isinstance(value, list) and len(value) == n else [f"{where}: expected a list of {n} texts, got {value!r}"]


def figure(diagram, lang):
    """The diagram as a page shows it in `lang`: both drawings and the caption they point to.
    Words not yet translated into `lang` (a partial language) are marked as the language
    they are written in."""
    ident = f"dg-{diagram.id}"
    name = diagram.words["name"][lang]
    caption = diagram.words["caption"][lang]
    marked = f' lang="{diagram.borrowed[lang]}"' if lang in diagram.borrowed else ""
    drawings = "".join(diagram.drawn[(lang, v.name)].svg(f"dg__{v.name}", name, f"{ident}-caption") for v in VARIANTS)
    return (f'<figure class="dg dg--{diagram.id}" id="{ident}"{marked}>{drawings}'
            f'<figcaption id="{ident}-caption">{html.escape(caption)}</figcaption></figure>')
