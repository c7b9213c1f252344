"""Test vectors for message-template filling, shared by both runtimes.

`tests/vectors/fill.json` holds every template (as the pages carry it) and, for every
template, variant and language, what filling it gives: with the examples, with hostile
values, with what a reader naturally types (tidied), with every field empty and shown as its
gap, and in each regional form of the language (vos, US English).
sitekit/message_templates.py must reproduce it (tests/test_fill_vectors.py)
and so must docs/assets/javascripts/src/message-template.mjs (tests/js/fill.test.mjs, node
--test), byte for byte. `make fill-vectors` writes it again after a template changes.
"""

import json
from pathlib import Path

import yaml

from sitekit import message_templates as mt
from sitekit.languages import LANGS

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = ROOT / "data" / "templates"
VECTORS = ROOT / "tests" / "vectors" / "fill.json"
# What a reader might type: markup, replacement patterns ($&, $1), braces, a line break.
HOSTILE = '<img src=x onerror=alert(1)> & $1 $& {name} «é»\nline'
# What a reader naturally types, which the fill tidies (sitekit/message_templates.py `_tidy`):
# a full name, a value opening with the word before it or with a capital, a closing full
# stop, an empty field, a date (written in the message's words and order). A placeholder not named here is left empty.
NATURAL = yaml.safe_load((ROOT / "tests" / "vectors" / "natural.yml").read_text(encoding="utf-8"))


def cases(templates):
    for tid in sorted(templates):
        template = templates[tid]
        for variant in template.variants:
            for lang in LANGS:
                names = list(template.placeholders(lang))
                natural = {name: NATURAL.get(lang, {}).get(name, " ") for name in names}
                runs = [({}, None, None), ({name: f"{HOSTILE} {name}" for name in names}, None, None),
                        (natural, None, None),
                        ({name: "" for name in names}, None, {name: f"[{name}]" for name in names})]
                runs += [(values, form, None) for form in mt.forms_of(lang) for values in ({}, natural)]
                for values, form, gaps in runs:
                    message = mt.fill(template, variant, lang, values, form=form, gaps=gaps)
                    yield {"template": tid, "variant": variant, "lang": lang, "values": values,
                           "form": form, "gaps": gaps,
                           "subject": message.subject, "body": message.body,
                           "used": template.used(variant, lang)}


def build(folder=TEMPLATES_DIR):
    templates = mt.load_all(folder)
    return {"templates": {tid: json.loads(t.as_json()) for tid, t in sorted(templates.items())},
            "cases": list(cases(templates))}


def text(folder=TEMPLATES_DIR):
    return json.dumps(build(folder), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    VECTORS.write_text(text(), encoding="utf-8")
    print(f"wrote {VECTORS.relative_to(ROOT)}")
