"""The rules the message builder checks (data/message-checks.yml): load and validate.

One source for the browser (the builder reads them as its page's "message-checks" data:
sitekit/page_data.py) and for the page text (the word lists shown to the reader).
"""

from pathlib import Path

from sitekit import schemas, untranslated


class RulesError(ValueError):
    """The rules file cannot be used; the message says what is wrong and where."""


def load(path, langs):
    """The checked rules: schemas/message-checks.schema.json (in `langs`, the site's
    languages), then what it cannot say."""
    path = Path(path)
    data = untranslated.read(path, RulesError)
    found = schemas.problems("message-checks", data, langs, path)
    if not found and data["words"]["target"] > data["words"]["limit"]:
        found.append(f"{path}: words: target {data['words']['target']} is more than limit {data['words']['limit']}")
    if found:
        raise RulesError("\n".join(found))
    return data


def placeholders_used(data):
    """Every template placeholder id the rules refer to (checked against the templates)."""
    return set(data["about_them"]) | set(data["about_you"]) | {data["connection"], data["ask"]}
