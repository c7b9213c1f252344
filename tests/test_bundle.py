"""The module assembler (sitekit/bundle.py): an assembled script does what its modules do
when node runs them as ES modules, and every module it cannot take is named with its line."""

import shutil
import subprocess
from pathlib import Path

import pytest

from sitekit import bundle

NODE = shutil.which("node")

MODULES = {
    "words.mjs": """// a comment that says export nothing
export const GREETING = "hola";
const hidden = "not exported";
export function shout(text) { return text.toUpperCase() + "!"; }
function twice(text) { return text + text; }
export { twice, hidden as secret };
""",
    "lib/fill.mjs": """import {
  GREETING,
  shout as loud,
} from "../words.mjs";
import * as words from "../words.mjs";
export class Filler {
  fill(name) { return `${GREETING} ${name}, export this: ${loud(words.twice("ja"))}`; }
}
""",
    "effects.mjs": """globalThis.log = (globalThis.log || []).concat("effects ran");
""",
    "pages/demo.mjs": """import "../effects.mjs";
import { Filler } from "../lib/fill.mjs";
import { secret } from "../words.mjs";
const out = [new Filler().fill("Ana"), secret, typeof this, ...globalThis.log];
console.log(JSON.stringify(out));
""",
}


def write(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def docs(tmp_path):
    docs = tmp_path / "docs"
    write(bundle.src_of(docs), MODULES)
    return docs


def run(*args):
    assert NODE, "node is needed (make test installs Node.js tools)"
    result = subprocess.run([NODE, *args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_assembled_script_does_what_the_modules_do(docs, tmp_path):
    site = tmp_path / "site"
    written = bundle.build(docs, site)
    assert list(written) == ["assets/javascripts/demo.js"] == bundle.published(docs)
    script = site / "assets/javascripts/demo.js"
    as_modules = run(str(bundle.src_of(docs) / "pages/demo.mjs"))
    as_script = run(str(script))  # node runs a .js file here as a classic (CommonJS) script
    assert as_script == as_modules
    assert '["hola Ana, export this: JAJA!","not exported","undefined","effects ran"]' in as_modules
    text = script.read_text(encoding="utf-8")
    assert "import " not in text.replace("export nothing", "") and "\nexport " not in text
    assert text.startswith("/* Assembled by sitekit/bundle.py"), "the file says where to edit it"
    assert text.count("// words.mjs") == 1, "a module imported three times is included once"


def test_modules_come_in_dependency_order(docs):
    modules = bundle.load(bundle.src_of(docs))
    order = [p.as_posix() for p in bundle.order(modules, Path("pages/demo.mjs"))]
    assert order.index("words.mjs") < order.index("lib/fill.mjs") < order.index("pages/demo.mjs")
    assert order.index("effects.mjs") < order.index("pages/demo.mjs")


@pytest.mark.parametrize("files, message", [
    ({"pages/p.mjs": "const a = 1;\nexport default a;\n"}, "pages/p.mjs:2: a statement the assembler cannot take"),
    ({"pages/p.mjs": "export let count = 0;\n"}, "pages/p.mjs:1: a statement the assembler cannot take"),
    ({"pages/p.mjs": "export { a } from '../a.mjs';\n", "a.mjs": "export const a = 1;\n"}, "pages/p.mjs:1: a statement"),
    ({"pages/p.mjs": "\nimport { b } from '../a.mjs';\n", "a.mjs": "export const a = 1;\n"},
     "pages/p.mjs:2: imports 'b' from a.mjs, which does not export it (it exports: a)"),
    ({"pages/p.mjs": "import { a } from './missing.mjs';\n"}, "pages/p.mjs:1: imports pages/missing.mjs, which does not exist"),
    ({"pages/p.mjs": "import { a } from 'lodash';\n"}, "pages/p.mjs:1: import 'lodash': only relative paths"),
    ({"pages/p.mjs": "import { a } from '../../a.mjs';\n"}, "pages/p.mjs:1: import '../../a.mjs' leaves"),
    ({"pages/p.mjs": "import { a } from './a.js';\n"}, "pages/p.mjs:1: import './a.js': modules end in .mjs"),
    ({"pages/p.mjs": "import '../a.mjs';\n", "a.mjs": "import './b.mjs';\n", "b.mjs": "import './a.mjs';\n"},
     "b.mjs:1: import cycle a.mjs -> b.mjs -> a.mjs"),
    ({"pages/p.mjs": "export const a = 1;\nconst b = 2;\nexport { b as a };\n"}, "pages/p.mjs:3: 'a' is exported twice"),
])
def test_a_module_it_cannot_take_is_named_with_its_line(tmp_path, files, message):
    docs = tmp_path / "docs"
    write(bundle.src_of(docs), files)
    with pytest.raises(bundle.BundleError) as caught:
        bundle.build(docs, tmp_path / "site")
    assert message in str(caught.value)
    assert f"{bundle.SRC}/" in str(caught.value)


def test_an_entry_may_not_replace_a_script_docs_already_has(docs, tmp_path):
    (docs / bundle.OUT).mkdir(parents=True, exist_ok=True)
    (docs / bundle.OUT / "demo.js").write_text("// hand-written\n", encoding="utf-8")
    with pytest.raises(bundle.BundleError, match="would be published as assets/javascripts/demo.js"):
        bundle.build(docs, tmp_path / "site")


def test_no_modules_no_scripts(tmp_path):
    assert bundle.build(tmp_path / "docs", tmp_path / "site") == {} and bundle.published(tmp_path / "docs") == []


def test_the_site_publishes_its_entries_and_never_the_modules(site_dir):
    docs = Path(__file__).resolve().parent.parent / "docs"
    assert not list(site_dir.rglob("*.mjs")), "the modules themselves are not published"
    for rel in bundle.published(docs):
        assert (site_dir / rel).is_file(), f"{rel}: assembled, but not in the built site"


def _page_script_hook():
    import importlib.util
    spec = importlib.util.spec_from_file_location("page_script", Path(__file__).resolve().parent.parent / "hooks" / "page_script.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("meta, message", [
    ({"script": "demo"}, None),
    ({}, None),
    ({"script": "trackr"}, "docs/herramientas/registro.md: `script: trackr` is not a page script; known: demo"),
    ({"scripts": ["tools/tracker"]}, "docs/herramientas/registro.md: `scripts:` in front matter is gone"),
])
def test_a_page_names_one_page_script_that_exists(docs, meta, message):
    from types import SimpleNamespace

    from mkdocs.exceptions import PluginError
    page = SimpleNamespace(meta=meta, file=SimpleNamespace(src_uri="herramientas/registro.md"))
    config = SimpleNamespace(docs_dir=str(docs))
    hook = _page_script_hook()
    if message is None:
        assert hook.on_page_markdown("text", page, config, None) == "text"
    else:
        with pytest.raises(PluginError) as caught:
            hook.on_page_markdown("text", page, config, None)
        assert message in str(caught.value)
