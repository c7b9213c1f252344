"""The rules the message builder checks (data/message-checks.yml): load and validate.

One source for the browser (the builder reads them as its page's "message-checks" data:
sitekit/page_data.py) and for the page text (the word lists shown to the reader).
"""

from pathlib import Path

from sitekit import languages, untranslated


class RulesError(ValueError):
    """The rules file cannot be used; the message says what is wrong and where."""


def load(path):
    path = Path(path)
    data = untranslated.read(path, RulesError)
    found = problems(data)
    if found:
        raise RulesError(f"{path}: " + "; ".join(found))
    return data


def problems(data):
    if not isinstance(data, dict):
        return ["expected a mapping"]
    found = []
    words = data.get("words") or {}
    if not (isinstance(words.get("target"), int) and isinstance(words.get("limit"), int)
            and 0 < words["target"] <= words["limit"]):
        found.append("words: needs integers 0 < target <= limit")
    chars = data.get("linkedin_chars")
    if not (isinstance(chars, list) and chars and all(isinstance(n, int) and n > 0 for n in chars)):
        found.append("linkedin_chars: needs a list of positive integers (the first is the default)")
    for key in ("about_them", "about_you"):
        if not (isinstance(data.get(key), list) and data[key]):
            found.append(f"{key}: needs a list of placeholder ids")
    for key in ("connection", "ask"):
        if not isinstance(data.get(key), str):
            found.append(f"{key}: needs a placeholder id")
    lists = data.get("job_words") or {}
    for lang in languages.LANGS:
        if not (isinstance(lists.get(lang), list) and all(isinstance(w, str) and w.strip() for w in lists[lang])):
            found.append(f"job_words.{lang}: needs a list of words")
    return found


def placeholders_used(data):
    """Every template placeholder id the rules refer to (checked against the templates)."""
    return set(data["about_them"]) | set(data["about_you"]) | {data["connection"], data["ask"]}
