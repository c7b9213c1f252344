"""One way to find data (sitekit/site_data.py): every hook reads data/ beside the config it
builds, through one SiteData, which loads each file once while it is unchanged; nothing reads
a file when it is imported; no code outside site_data.py builds a path into data/."""

import os
import re
import shutil
import subprocess
import sys
import textwrap
import types

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from sitekit import contacts, languages, site_data
from tests.conftest import ROOT, SITE

# The hooks that read data files in on_config, and a file each of them reads.
DATA_HOOKS = {
    "contacts": "contacts.yml",
    "diagrams": "diagrams",
    "example_search": "example-search.yml",
    "home": "home.yml",
    "message_checks": "message-checks.yml",
    "message_templates": "templates",
    "public_holidays": "holidays.yml",
    "tool_forms": "tools",
    "tool_words": "tools",
    "worksheets": "worksheets",
}


@pytest.fixture(scope="module")
def hooks():
    """{name: module} of mkdocs.yml's hooks, loaded as MkDocs loads them."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return {key.removeprefix("hooks/").removesuffix(".py"): plugin
            for key, plugin in config.plugins.items() if key.startswith("hooks/")}


def _config(config_file):
    """What the hooks' on_config read of MkDocs' config."""
    return types.SimpleNamespace(config_file_path=str(config_file), watch=[], nav=[], theme={"language": "es"})


@pytest.fixture
def restore_current():
    yield
    site_data.use(SITE)


@pytest.mark.parametrize("name", sorted(DATA_HOOKS))
def test_a_hook_reads_the_data_beside_the_config_it_builds(hooks, name, tmp_path, restore_current):
    """A second checkout sharing this virtualenv builds with its own data: here one whose
    data/ has the hook's file broken, which must stop the build naming that checkout's file."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    broken = tmp_path / "data" / DATA_HOOKS[name]
    broken = broken / "zz-broken.yml" if broken.is_dir() else broken
    broken.write_text("key: [not closed\n", encoding="utf-8")
    config = _config(tmp_path / "mkdocs.yml")
    with pytest.raises(PluginError) as caught:
        hooks[name].on_config(config)
    # This checkout's data is sound: an error proves the hook read the other's.
    assert broken.name in str(caught.value), caught.value
    assert config.watch == [str(tmp_path / "data")], "mkdocs serve watches the data of the config it serves"


def test_the_hooks_share_one_load_of_each_file(hooks, monkeypatch, restore_current):
    """contacts.yml serves three hooks (contacts, worksheets, tool_forms): it is read once
    per build, and again only when it changes (mkdocs serve)."""
    calls = []
    real = contacts.load
    monkeypatch.setattr(contacts, "load", lambda *args: calls.append(args) or real(*args))
    config_file = ROOT / "mkdocs.yml"
    site = site_data.of(_config(config_file))
    site._cache.clear()
    for name in ("contacts", "worksheets", "tool_forms"):
        hooks[name].on_config(_config(config_file))
    assert len(calls) == 1, f"contacts.yml loaded {len(calls)} times in one build"
    path = site.path("contacts.yml")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    try:
        hooks["contacts"].on_config(_config(config_file))
    finally:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert len(calls) == 2, "an edited file is read again"


def test_the_languages_are_those_of_the_config_being_built(tmp_path, restore_current):
    (tmp_path / "base.yml").write_text(
        "plugins:\n  - search\n  - i18n:\n      languages:\n        - {locale: de, name: Deutsch}\n"
        "        - {locale: fr, name: Français, default: true}\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\n", encoding="utf-8")
    site_data.of(_config(tmp_path / "mkdocs.yml"))
    assert (languages.LANGS, languages.NAMES["de"]) == (("fr", "de"), "Deutsch"), "the default first"


def test_nothing_reads_a_file_when_imported():
    """Importing sitekit, sitecheck and every hook opens no file: what they read comes from
    the config being built, when it is built."""
    script = textwrap.dedent(f"""
        import builtins, importlib, importlib.util, io, pathlib, pkgutil, sys
        opened = []
        real = io.open
        def spy(file, *args, **kwargs):
            opened.append(str(file))
            return real(file, *args, **kwargs)
        builtins.open = io.open = spy
        import sitekit, sitecheck
        for package in (sitekit, sitecheck):
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                if not info.name.endswith("__main__"):
                    importlib.import_module(info.name)
        for path in sorted(pathlib.Path({str(ROOT)!r}, "hooks").glob("*.py")):
            spec = importlib.util.spec_from_file_location("hooks." + path.stem, path)
            spec.loader.exec_module(importlib.util.module_from_spec(spec))
        print("\\n".join(p for p in opened if p.startswith({str(ROOT)!r}) and "/.venv/" not in p))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"read when imported:\n{done.stdout}"


def test_no_code_but_site_data_builds_a_path_into_data():
    found = []
    for folder in ("hooks", "sitekit", "sitecheck", "scripts"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or path.suffix not in (".py", "") or path.name == "site_data.py":
                continue
            for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"""/ ["']data["']|Path\([^)]*["']data["']|joinpath\(["']data["']|Path\(__file__\).*["']data""", line):
                    found.append(f"{path.relative_to(ROOT)}:{line_no}: {line.strip()}")
    assert not found, "ask sitekit/site_data.py SiteData for data/:\n" + "\n".join(found)


def test_helpers_read_the_site_they_are_given_not_the_last_one_opened(tmp_path, restore_current, monkeypatch):
    """The chrome's words, the message templates' tidying words and the diagrams' font come
    from the SiteData a caller passes, whichever site was opened last (no process-wide site)."""
    from sitekit import diagrams, message_templates, site_words

    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    words = tmp_path / "data" / "site-words.yml"
    words.write_text(words.read_text(encoding="utf-8").replace('"Hecho con"', '"Hecho a mano con"'), encoding="utf-8")
    other = site_data.SiteData(tmp_path / "mkdocs.yml")
    site_data.use(SITE)  # the last one opened is this project
    lang = SITE.langs[0]
    assert site_words.word(other, "made_with", lang) == "Hecho a mano con"
    assert site_words.word(SITE, "made_with", lang) == "Hecho con"
    template = other.templates["outreach"]
    assert template.tidy is other.message_tidy and message_templates.fill(template, "email", lang).body
    # A diagram's words are measured in the font of the site that draws it.
    from PIL import ImageFont

    from sitekit.diagrams import canvas
    fonts = set()
    monkeypatch.setattr(canvas, "_truetype", lambda path, size: fonts.add(path) or ImageFont.truetype(path, size))
    diagrams.load_all(other.path("diagrams"), other)
    assert fonts == {str(other.font)}
