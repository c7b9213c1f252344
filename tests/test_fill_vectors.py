"""The shared fill vectors (tests/fill_vectors.py) are current, and Python fills every
template exactly as they say; tests/js/fill.test.mjs holds the browser's code to the same."""

import json

from sitekit import message_templates as mt
from tests import fill_vectors
from tests.conftest import SITE

VECTORS = SITE.root / fill_vectors.VECTORS


def _vectors():
    return json.loads(VECTORS.read_text(encoding="utf-8"))


def test_the_vectors_cover_every_template_as_it_is_now():
    assert VECTORS.read_text(encoding="utf-8") == fill_vectors.text(SITE), (
        "tests/vectors/fill.json is out of date with data/templates/: run `make fill-vectors` and commit it")


def test_python_fills_every_vector_byte_for_byte():
    vectors = _vectors()
    templates = SITE.templates
    assert len(vectors["cases"]) >= 2 * len(templates), "too few vectors"
    for case in vectors["cases"]:
        message = mt.fill(templates[case["template"]], case["variant"], case["lang"], case["values"],
                          form=case["form"], gaps=case["gaps"])
        where = (case["template"], case["variant"], case["lang"])
        assert (message.subject, message.body) == (case["subject"], case["body"]), where
