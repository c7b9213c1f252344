"""The data files' JSON Schemas (schemas/NAME.schema.json): every loader checks its file against
its schema first, and keeps in code only what a schema cannot say (another file, unique ids,
placeholders). Editors read the same schemas through the modeline at the top of each data file
(`# yaml-language-server: $schema=../schemas/NAME.schema.json`).

A schema that asks for a text in every language lists today's languages, for editors, as the
keys of its `$defs.text`; `for_languages` puts the site's own (mkdocs.yml) in their place when
the build checks, and scripts/new-language writes a new one into the files.
"""

import copy
import datetime
import json
from functools import lru_cache
from pathlib import Path

import jsonschema

# The schemas are the code's, beside sitekit/, not a site's data (a site is mkdocs.yml and data/).
FOLDER = Path(__file__).resolve().parent.parent / "schemas"


def path(name):
    return FOLDER / f"{name}.schema.json"


def file_languages(schema):
    """The language keys a schema file lists (those of its `$defs.text`), in order."""
    text = schema.get("$defs", {}).get("text", {})
    return tuple(text.get("properties", {}))


def for_languages(schema, langs):
    """`schema` (changed in place, and returned) asking for each of `langs` wherever it asks for
    every one of the languages it lists: the same value as its first, the others' keys first."""
    old = file_languages(schema)
    if not old:
        return schema
    langs = tuple(langs)

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
            return
        if not isinstance(node, dict):
            return
        props = node.get("properties")
        if isinstance(props, dict) and all(lang in props for lang in old):
            value = props[old[0]]
            node["properties"] = {k: v for k, v in props.items() if k not in old} | {
                lang: copy.deepcopy(value) for lang in langs}
            required = node.get("required")
            if isinstance(required, list) and all(lang in required for lang in old):
                node["required"] = [k for k in required if k not in old] + list(langs)
        for value in node.values():
            walk(value)

    walk(schema)
    return schema


def read(name):
    """A schema file as data."""
    return json.loads(path(name).read_text(encoding="utf-8"))


def text(schema):
    """`schema` as the schema files are written (scripts/new-language writes them so)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@lru_cache(maxsize=None)
def _validator(file, stamp, langs):
    schema = for_languages(json.loads(Path(file).read_text(encoding="utf-8")), langs)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def validator(name, langs):
    """The validator of schemas/NAME.schema.json for a site in `langs`, kept while the file is
    unchanged."""
    file = path(name)
    stat = file.stat()
    return _validator(file, (stat.st_mtime_ns, stat.st_size), tuple(langs))


def _plain(data):
    """`data` as JSON would hold it: a YAML date (2025-12-12 unquoted) as its text, which is how
    an editor's language server sees it (the schemas say `"format": "date"`)."""
    if isinstance(data, dict):
        return {key: _plain(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_plain(value) for value in data]
    if isinstance(data, (datetime.date, datetime.datetime)):
        return data.isoformat()
    return data


def problems(name, data, langs, shown):
    """Every way `data` breaks schemas/NAME.schema.json, one line each: file, key, reason
    ("data/contacts.yml: record[3] (name).type: 'txt' is not one of ['text', 'date', 'flag']")."""
    return [f"{shown}: {line}" for line in errors(name, data, langs)]


def _iter(name, data, langs):
    """The schema's errors; one that none of several shapes fits (anyOf) as the reason of the
    shape it came nearest to ("'' does not match '\\S'", not "is not valid under any")."""
    for error in validator(name, langs).iter_errors(data):
        if error.context:  # the shapes of its type first: a wrong type says least
            error = jsonschema.exceptions.best_match([e for e in error.context if e.validator != "type"] or error.context)
        yield error


def faults(name, data, langs, shown):
    """(`problems`, the top-level keys at fault or missing): a loader's own checks then run on
    the keys the schema found sound, so that one message names every problem of a file."""
    plain = _plain(data)
    found = list(_iter(name, plain, langs))
    keys = {error.absolute_path[0] for error in found if error.absolute_path}
    if isinstance(data, dict):
        keys |= {key for key in validator(name, langs).schema.get("properties", {}) if key not in data}
    return [f"{shown}: {where(plain, error.absolute_path)}{error.message}" for error in found], keys


def errors(name, data, langs):
    """`problems` without the file: "key: reason", for a message that names the file once."""
    data = _plain(data)
    return [f"{where(data, error.absolute_path)}{error.message}" for error in _iter(name, data, langs)]


def where(data, keys):
    """A key path as the messages write it: a list item by index, with its id when it has one."""
    out, node = "", data
    for key in keys:
        node = node[key]
        if isinstance(key, int):
            out += f"[{key}]"
            if isinstance(node, dict) and isinstance(node.get("id"), (str, int)):
                out += f" ({node['id']})"
        else:
            out += f".{key}" if out else str(key)
    return f"{out}: " if out else ""
