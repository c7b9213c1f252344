"""Message templates stay whole: declared placeholders, one source, nothing left unrendered.

Template files (data/templates/*.yml, loaded by sitekit.message_templates) hold both
languages. Wherever a mapping has one key per language (a variant, a subject, a whole
message), each language must use the same placeholders, part by part (the subject, each
part's text); every placeholder used must be
declared under `placeholders:` and every declared one used somewhere.

In the built site, no template syntax may reach a reader: `{{ … }}` or `{% … %}` (a Jinja
leak) anywhere in text or attributes, or a `{placeholder}` in visible text outside a
rendered template block (class "message-template").

"One source": the opening of every long template text (40 characters) must not appear in
any file under docs/ (pages, scripts): a copy would drift from the template.
"""

import re
from pathlib import Path

import yaml

from sitecheck.report import Finding, shown_path
from sitekit import languages, untranslated
from sitekit.message_templates import PLACEHOLDER

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_ANY_SYNTAX = re.compile(r"\{\{|\{%|\{[a-z][a-z0-9_]*\}")
_TEMPLATE_BLOCK = "message-template"  # class of a rendered template: its {gaps} are meant to show
_NOT_TEMPLATE_TEXT = {"placeholders", "roles"}  # labels and names, not message text
_COPY_PREFIX = 40
_SOURCE_SUFFIXES = {".md", ".html", ".js", ".mjs", ".json", ".css", ".yml", ".yaml", ".txt", ".svg"}


def check_template_files(templates_dir, shown_as=None):
    """Findings over every template file in a folder; also returns their texts by language.

    Returns (findings, texts) where texts is a list of (file, text) of message texts.
    """
    templates_dir = Path(templates_dir)
    shown_as = shown_as or str(templates_dir)
    findings, texts = [], []
    for path in sorted(templates_dir.glob("*.yml")):
        name = f"{shown_as}/{path.name}"
        source = path.read_text(encoding="utf-8")
        try:
            data = untranslated.load(source)
        except yaml.YAMLError as exc:
            findings.append(Finding(name, _yaml_line(exc), "YAML", f"a valid YAML file ({exc.problem})"))
            continue
        found, file_texts = _check_template(name, source, data)
        findings += found
        texts += [(name, text) for text in file_texts]
    return findings, texts


def _check_template(name, source, data):
    if not isinstance(data, dict) or not isinstance(data.get("placeholders"), dict):
        return [Finding(name, 1, "placeholders", "a `placeholders:` mapping declaring every placeholder")], []
    declared = set(data["placeholders"])
    findings, used, texts = [], set(), []
    units = []  # (key path, {lang: set of placeholders})
    _walk({k: v for k, v in data.items() if k not in _NOT_TEMPLATE_TEXT}, (), units, texts)
    for path, per_lang in units:
        parts = sorted({part for lang in languages.LANGS for part in per_lang.get(lang, {})})
        for lang in languages.LANGS:
            for found in per_lang.get(lang, {}).values():
                used |= found
        # Part by part (the subject, each part's text): a subject that drops a placeholder
        # its twin keeps is a finding even when the message body uses it.
        for part in parts:
            for lang in languages.LANGS:
                for other in languages.LANGS:
                    here, there = per_lang.get(lang, {}).get(part, set()), per_lang.get(other, {}).get(part, set())
                    for missing in sorted(here - there):
                        line = _line_at(source, (*path, lang, *part)) if part else None
                        findings.append(Finding(
                            name, line or _line_of(source, "{" + missing + "}"), "{" + missing + "}",
                            f"in both languages of {'.'.join(path)}: used in {lang!r}, missing in {other!r}"
                            + (f" (in {'.'.join(part)})" if part else ""),
                        ))
    for placeholder in sorted(used - declared):
        findings.append(Finding(
            name, _line_of(source, "{" + placeholder + "}"), "{" + placeholder + "}",
            "a placeholder declared under `placeholders:`",
        ))
    for placeholder in sorted(declared - used):
        findings.append(Finding(
            name, _line_of(source, placeholder + ":"), placeholder,
            "every declared placeholder to be used in the template's text",
        ))
    return findings, [text for _, text in texts]


def _walk(node, path, units, texts):
    """Collect placeholders per language of each mapping with one key per language."""
    if isinstance(node, dict):
        if all(k in node for k in languages.LANGS):
            per_lang = {}
            for key in languages.LANGS:
                per_lang[key] = {}
                for part, text in _strings(node[key], ()):
                    per_lang[key].setdefault(part, set()).update(PLACEHOLDER.findall(text))
                    texts.append((key, text))
            units.append((path, per_lang))
            for key, value in node.items():
                if key not in languages.LANGS:
                    _walk(value, (*path, str(key)), units, texts)
            return
        for key, value in node.items():
            _walk(value, (*path, str(key)), units, texts)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _walk(value, (*path, str(i)), units, texts)
    elif isinstance(node, str):
        if PLACEHOLDER.search(node):
            texts.append((None, node))
            units.append((path, {x: {(): set(PLACEHOLDER.findall(node))} for x in languages.LANGS}))


def _strings(node, path):
    """(key path, text) of every string under a node: one language's version of a unit. A
    part's regional forms (`forms: {vos: …}`, one language's own) count as the part itself."""
    if isinstance(node, dict):
        return [found for key, value in node.items()
                for found in ([((*path, "text"), text) for text in value.values() if isinstance(text, str)]
                              if key == "forms" and isinstance(value, dict) else _strings(value, (*path, str(key))))]
    if isinstance(node, list):
        return [found for i, value in enumerate(node) for found in _strings(value, (*path, str(i)))]
    return [(path, node)] if isinstance(node, str) else []


def _line_at(source, path):
    """The line of the YAML node at a key path (list items by index), or None."""
    try:
        node = yaml.compose(source)
    except yaml.YAMLError:
        return None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and key.isdigit() and int(key) < len(node.value):
            node = node.value[int(key)]
        else:
            return None
        if node is None:
            return None
    return node.start_mark.line + 1


def check_copies(texts, docs_dir, shown_as=None):
    """A finding for each file under docs/ holding the opening of a template text."""
    docs_dir = Path(docs_dir)
    shown_as = shown_as or str(docs_dir)
    openings = {}
    for name, text in texts:
        text = " ".join(text.split())
        if len(text) >= _COPY_PREFIX:
            openings.setdefault(text[:_COPY_PREFIX], name)
    if not openings:
        return []
    findings = []
    for path in sorted(docs_dir.rglob("*")):
        if path.suffix not in _SOURCE_SUFFIXES or not path.is_file():
            continue
        content = path.read_text(encoding="utf-8", errors="replace")
        flat = " ".join(content.split())
        for opening, template in openings.items():
            if opening in flat:
                first_word = opening.split()[0]
                findings.append(Finding(
                    f"{shown_as}/{path.relative_to(docs_dir).as_posix()}", _line_of(content, first_word),
                    opening, f"no copy of a text from {template}: show or fill the template itself",
                ))
    return findings


def check_leaks(site):
    """Unrendered template syntax in a BuiltSite's pages."""
    findings = []
    for rel in site.html_files():
        raw = (site.dir / rel).read_text(encoding="utf-8")
        if not _ANY_SYNTAX.search(raw):
            continue  # most pages: nothing that even looks like template syntax
        doc = site.document(rel, texts=True)
        for text in doc.texts:
            for m in _JINJA.finditer(text.data):
                findings.append(Finding(rel, text.line, m.group(), "text with no template syntax (a Jinja leak)"))
            if _TEMPLATE_BLOCK not in text.classes:
                for m in PLACEHOLDER.finditer(text.data):
                    findings.append(Finding(
                        rel, text.line, m.group(), "a filled-in value: placeholders show only inside a template block",
                    ))
        for tag in doc.tags:
            for attr, value in tag.attrs.items():
                for m in _JINJA.finditer(value):
                    findings.append(Finding(rel, tag.line, m.group(), f"no template syntax in the {attr} attribute of <{tag.name}>"))
    return findings


def check_templates(site, templates_dir, docs_dir=None):
    """All template findings: the files, their copies under docs/, leaks in the built site."""
    findings = []
    if Path(templates_dir).is_dir():
        found, texts = check_template_files(templates_dir, shown_path(templates_dir))
        findings += found
        if docs_dir:
            findings += check_copies(texts, docs_dir, shown_path(docs_dir))
    return findings + check_leaks(site)


def _line_of(text, needle):
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else None


def _yaml_line(exc):
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark else None
