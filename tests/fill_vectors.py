"""Test vectors for message-template filling, shared by both runtimes.

`tests/vectors/fill.json` holds every template (as the pages carry it) and, for every
template, variant and language, what filling it gives: with the examples, with hostile
values, with what a reader naturally types (tidied), with every field empty and shown as its
gap, and in each regional form of the language (vos, US English).
sitekit/message_templates.py must reproduce it (tests/test_fill_vectors.py)
and so must src/message-template.mjs (tests/js/fill.test.mjs, node
--test), byte for byte. `make fill-vectors` writes it again after a template changes.
"""

import json
import sys
from pathlib import Path

import yaml

from sitekit import languages, site_data
from sitekit import message_templates as mt

VECTORS = Path("tests", "vectors", "fill.json")  # under the project
# What a reader might type: markup, replacement patterns ($&, $1), braces, a line break.
HOSTILE = '<img src=x onerror=alert(1)> & $1 $& {name} «é»\nline'
# What a reader naturally types, which the fill tidies (sitekit/message_templates.py `_tidy`):
# a full name, a value opening with the word before it or with a capital, a closing full
# stop, an empty field, a date (written in the message's words and order). A placeholder not named here is left empty.
NATURAL = Path("tests", "vectors", "natural.yml")


def cases(templates, natural_values):
    for tid in sorted(templates):
        template = templates[tid]
        for variant in template.variants:
            for lang in languages.COMPLETE:  # a partial language's words are another's, untranslated
                names = list(template.placeholders(lang))
                natural = {name: natural_values.get(lang, {}).get(name, " ") for name in names}
                runs = [({}, None, None), ({name: f"{HOSTILE} {name}" for name in names}, None, None),
                        (natural, None, None),
                        ({name: "" for name in names}, None, {name: f"[{name}]" for name in names})]
                runs += [(values, form, None) for form in mt.forms_of(template.tidy, lang) for values in ({}, natural)]
                for values, form, gaps in runs:
                    message = mt.fill(template, variant, lang, values, form=form, gaps=gaps)
                    yield {"template": tid, "variant": variant, "lang": lang, "values": values,
                           "form": form, "gaps": gaps,
                           "subject": message.subject, "body": message.body,
                           "used": template.used(variant, lang)}


def build(site):
    """The vectors of `site` (a SiteData)."""
    templates = site.templates
    natural = yaml.safe_load((site.root / NATURAL).read_text(encoding="utf-8"))
    return {"templates": {tid: json.loads(t.as_json()) for tid, t in sorted(templates.items())},
            "cases": list(cases(templates, natural))}


def text(site):
    return json.dumps(build(site), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    # python -m tests.fill_vectors [MKDOCS_YML]: the project of that config (default: the
    # current directory's, as MkDocs finds it).
    site = site_data.use(sys.argv[1] if len(sys.argv) > 1 else "mkdocs.yml")
    (site.root / VECTORS).write_text(text(site), encoding="utf-8")
    print(f"wrote {VECTORS.as_posix()}")
