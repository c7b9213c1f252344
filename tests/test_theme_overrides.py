"""Theme partials copied from Material and changed (overrides/partials/) say which Material
they were copied from; when requirements.txt moves Material on, this fails until each copy
is made again from the new version, with our change re-applied."""

import re
from importlib.metadata import version
from pathlib import Path

OVERRIDES = Path(__file__).resolve().parent.parent / "overrides"
COPIED = re.compile(r"Material (\d+\.\d+\.\d+)'s (partials/[\w./-]+\.html)")


def test_copied_material_partials_come_from_the_installed_material():
    installed = version("mkdocs-material")
    copies = {path.relative_to(OVERRIDES).as_posix(): COPIED.search(path.read_text(encoding="utf-8"))
              for path in OVERRIDES.rglob("*.html")}
    copies = {name: found for name, found in copies.items() if found}
    assert copies, "no copied partial found: has the comment that names its origin changed?"
    stale = {name: found.group(1) for name, found in copies.items() if found.group(1) != installed}
    assert not stale, f"copied from another Material than the installed {installed}; re-copy: {stale}"
    misnamed = {name: found.group(2) for name, found in copies.items() if found.group(2) != name}
    assert not misnamed, f"a copy names another partial than the one it overrides: {misnamed}"
