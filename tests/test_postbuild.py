"""The post-build steps (sitekit/postbuild.py) are one command over any built site, which the
MkDocs hook runs: here over the small fixture site (tests/fixtures/clean), built without them."""

import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "clean"


def test_the_steps_run_as_one_command_over_a_built_site(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(FIXTURE, src)
    config = src / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("../../../hooks/", f"{ROOT}/hooks/"), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run([str(Path(sys.executable).with_name("mkdocs")), "build", "-q", "-f", str(config), "-d", "site"],
                           cwd=src, env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    site = src / "site"
    sheet = next(site.glob("assets/stylesheets/main.*.min.css"))
    before = sheet.stat().st_size
    assert not (site / "en" / "search" / "search_index.json").exists()

    done = subprocess.run([sys.executable, "-m", "sitekit.postbuild", "site", "--config", "mkdocs.yml"],
                          cwd=src, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sheet.stat().st_size < before, "Material's stylesheet without the rules no page uses"
    english = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["docs"] and all(not d["location"].startswith("en/") for d in english["docs"]), "English's own index"
    assert "search index per language" in done.stderr, "each step says what it did"


def test_the_hook_runs_that_command(monkeypatch):
    from mkdocs.config import load_config

    from sitekit import postbuild

    hook = load_config(str(ROOT / "mkdocs.yml")).plugins["hooks/post_build.py"]
    calls = []
    monkeypatch.setattr(postbuild, "run", lambda *args: calls.append(args[:2]))
    config = types.SimpleNamespace(site_dir="/s", docs_dir="/d", plugins={})
    hook.on_post_build(config)
    assert calls == [("/s", "/d")]
