"""Give each language its own search index.

mkdocs-static-i18n writes one index for every language (search/search_index.json), so a
Spanish reader gets English results. Material's script fetches `<base>/search/search_index.json`
and resolves result links against the same base, so two small changes to a built site fix it:
each non-default language gets its own index under its folder, holding only its pages (links
made relative to that folder) and only its own stemmer; and its pages point `base` there.
"""

import json
import re
from pathlib import Path

INDEX = Path("search") / "search_index.json"
# Material's offline plugin also writes the index as a script, for pages opened from file://.
SCRIPT_INDEX = INDEX.with_suffix(".js")
_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def split_index(site_dir, default_lang, other_langs, partial=()):
    """Rewrite the shared index into one per language; return {lang: number of entries}.

    mkdocs-static-i18n drops from the shared index a language's entries that repeat the
    default language's word for word: the pages a `partial` language shows untranslated.
    Those get the default language's entries back, so its readers find every page."""
    site_dir = Path(site_dir)
    with_script = (site_dir / SCRIPT_INDEX).is_file()
    shared = json.loads((site_dir / INDEX).read_text(encoding="utf-8"))
    buckets = {lang: [] for lang in (default_lang, *other_langs)}
    for doc in shared["docs"]:
        first = doc["location"].split("/", 1)[0]
        if first in other_langs:
            buckets[first].append({**doc, "location": doc["location"][len(first) + 1:]})
        else:
            buckets[default_lang].append(doc)
    for lang in partial:
        have = {doc["location"] for doc in buckets[lang]}
        buckets[lang] += [doc for doc in buckets[default_lang] if doc["location"] not in have]
    for lang, docs in buckets.items():
        folder = site_dir if lang == default_lang else site_dir / lang
        index = {**shared, "config": {**shared["config"], "lang": [lang]}, "docs": docs}
        (folder / INDEX).parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        (folder / INDEX).write_text(text, encoding="utf-8")
        if with_script:
            (folder / SCRIPT_INDEX).write_text(f"var __index = {text}", encoding="utf-8")
    return {lang: len(docs) for lang, docs in buckets.items()}


def point_base_at_language(html, lang):
    """Make a page of language `lang` look for search (and results) under its own folder."""

    def rewrite(match):
        config = json.loads(match.group(2))
        base = config["base"].rstrip("/") or "."
        config["base"] = f"{base}/{lang}/"
        return match.group(1) + json.dumps(config) + match.group(3)

    return _CONFIG_SCRIPT.sub(rewrite, html, count=1)
