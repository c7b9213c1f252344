"""The hooks act in the order sitekit/pipeline.py states, and only there: every handler that
needs a place takes it from the table, the plugins' numbers in it are theirs, no hook writes a
priority of its own, and the nested-build guard and the page's language are read one way
(sitekit/languages.py)."""

import re

import pytest
from mkdocs.config import load_config

from sitekit import pipeline
from tests.conftest import ROOT

# What the table calls the plugins, and where their handlers are.
PLUGINS = {"i18n": "i18n", "offline": "material/offline"}


@pytest.fixture(scope="module")
def hooks():
    """{name: module} of mkdocs.yml's hooks, loaded as MkDocs loads them."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return {key.removeprefix("hooks/").removesuffix(".py"): plugin
            for key, plugin in config.plugins.items() if key.startswith("hooks/")}


def _plugin(name):
    config = load_config(str(ROOT / ("mkdocs-offline.yml" if name == "offline" else "mkdocs.yml")))
    return config.plugins[PLUGINS[name]]


def test_each_event_runs_first_to_last_as_listed_and_no_hook_shares_a_number():
    for event, steps in pipeline.ORDER.items():
        numbers = [number for _, number in steps]
        assert numbers == sorted(numbers, reverse=True), f"{event}: listed out of order: {steps}"
        for name, number in steps:
            if name not in PLUGINS:
                others = [other for other, n in steps if n == number and other != name]
                assert not others, f"{event}: {name} shares {number} with {others}: the order would hang on a list"


def test_the_plugins_numbers_are_theirs():
    for event, steps in pipeline.ORDER.items():
        for name, number in steps:
            if name in PLUGINS:
                handler = getattr(_plugin(name), event)
                assert getattr(handler, "mkdocs_priority", 0) == number, f"{name}.{event} runs at another number"


def test_every_hook_takes_its_place_from_the_table(hooks):
    listed = {(event, name) for event, steps in pipeline.ORDER.items() for name, _ in steps if name not in PLUGINS}
    for name, module in hooks.items():
        for event in (n for n in dir(module) if n.startswith("on_")):
            handler = getattr(module, event)
            if (event, name) in listed:
                assert getattr(handler, "mkdocs_priority", None) == pipeline.priority(event, name), \
                    f"hooks/{name}.py {event} does not take its priority from sitekit/pipeline.py"
                listed.discard((event, name))
            else:
                assert not hasattr(handler, "mkdocs_priority"), \
                    f"hooks/{name}.py {event} has a priority the table does not list"
    assert not listed, f"the table lists handlers no hook has: {sorted(listed)}"


def test_no_hook_writes_a_priority_or_reads_the_language_or_the_build_its_own_way():
    for path in sorted((ROOT / "hooks").glob("*.py")) + sorted((ROOT / "sitekit").glob("*.py")):
        if path.name in ("languages.py", "pipeline.py"):
            continue
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        assert not re.search(r"event_priority\(\s*-?\d", text), f"{rel}: a priority number (use sitekit/pipeline.py)"
        for other_way in ("current_language", ".building", 'theme.get("language"', "theme['language']",
                          'theme["language"]', 'plugins["i18n"]', 'plugins.get("i18n")'):
            assert other_way not in text, f"{rel}: {other_way} (ask sitekit/languages.py)"
