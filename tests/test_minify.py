"""Minified code still works: every built script parses, and the built copies are smaller.

The browser tests (tools, worksheets, axe on every page) run against the minified site too;
these catch a script broken by minification even where no browser test exercises it.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from sitekit import bundle
from sitekit.minify import minify_tree, own_code
from tests.test_weight import DOCS

OWN_JS = [rel for rel in own_code(DOCS) if rel.endswith((".js", ".mjs"))]


@pytest.mark.parametrize("rel", OWN_JS)
def test_every_built_script_parses(site_dir, rel):
    node = shutil.which("node")
    assert node, "node is needed to check the built scripts (make test installs Node.js tools)"
    result = subprocess.run([node, "--check", str(site_dir / rel)], capture_output=True, text=True)
    assert result.returncode == 0, f"{rel} as built does not parse:\n{result.stderr}"


def test_built_copies_are_minified_and_sources_keep_their_comments(site_dir):
    # An assembled script (sitekit/bundle.py) against the modules it is assembled from.
    src = bundle.src_of(DOCS)
    modules = bundle.load(src)
    parts = bundle.order(modules, bundle.entries(src)["tracker"])
    assert Path("csv.mjs") in parts, "the tracker's script holds the CSV module"
    sources = [(src / rel).read_text(encoding="utf-8") for rel in parts]
    assert all("/*" in text or "// " in text for text in sources), "the modules keep their comments"
    built = (site_dir / "assets/javascripts/tracker.js").read_text(encoding="utf-8")
    assert "/*" not in built and len(built) < 0.8 * sum(map(len, sources)), "the built copy should be minified"
    css = "assets/stylesheets/site.css"
    assert len((site_dir / css).read_bytes()) < len((DOCS / css).read_bytes())


def test_minify_tree_skips_missing_files_and_names_what_it_cannot_minify(tmp_path):
    (tmp_path / "a.js").write_text("/* why */\nvar  answer = 42 ;\n", encoding="utf-8")
    sizes = minify_tree(tmp_path, ["a.js", "gone.css"])
    assert (tmp_path / "a.js").read_text(encoding="utf-8") == "var answer=42;"
    assert list(sizes) == ["a.js"] and sizes["a.js"][1] < sizes["a.js"][0]
    with pytest.raises(ValueError, match="notes.txt"):
        minify_tree(tmp_path, ["notes.txt"])
