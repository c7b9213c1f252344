"""Assemble our ES modules into classic scripts, one per kind of page, in plain Python.

The front end is written as small ES modules under src/ (`.mjs`,
named imports and exports only), which `node --test` imports as they are. Browsers refuse
ES modules from file:// (the offline copy), so the site never ships them: every module in
src/pages/ is an entry, and its assembled script, the entry and everything it imports in
dependency order inside one function, is published as assets/javascripts/NAME.js
(src/pages/tracker.mjs -> assets/javascripts/tracker.js). A page loads it with
`script: tracker` in its front matter (hooks/page_script.py checks the name).

The subset, so the assembly stays a text transformation that cannot change what code means:

    import { a, b as c } from "./x.mjs";   named imports (may span lines), relative paths
    import * as x from "./x.mjs";          the module's exports as one object
    import "./x.mjs";                      for its effects only
    export function f() {}                 also async function, class, const
    export { a, b as c };                  a local name exported (as another)

Statements start at the beginning of a line. Anything else at the start of a line
(`export default`, `export let`/`var`, whose later changes importers would not see, `export
... from`), a path outside src/, a name a module does not export, or a cycle is a
BundleError naming the file and line. Imports are hoisted, as in ES modules: each module's
bindings are set before its code runs.
"""

import re
from dataclasses import dataclass
from pathlib import Path

SRC = "src"  # beside docs/, in the project's folder (src_of)
PAGES = "pages"  # under SRC: the entries
OUT = "assets/javascripts"  # under the site: NAME.js per entry
HEADER = "/* Assembled by sitekit/bundle.py from {src}/: edit those modules, not this file. */\n"

_IDENT = r"[A-Za-z_$][\w$]*"
_IMPORT = re.compile(
    r"^import[ \t]+(?:(?P<names>\{[^}]*\})|\*\s+as\s+(?P<ns>" + _IDENT + r"))\s+from\s+"
    r"(?P<q>[\"'])(?P<path>[^\"'\n]+)(?P=q)[ \t]*;?[ \t]*$"
    r"|^import[ \t]+(?P<q2>[\"'])(?P<path2>[^\"'\n]+)(?P=q2)[ \t]*;?[ \t]*$",
    re.M,
)
_EXPORT_DECL = re.compile(r"^export[ \t]+(?:async[ \t]+function\*?|function\*?|class|const)[ \t]+(?P<name>" + _IDENT + r")", re.M)
_EXPORT_LIST = re.compile(r"^export[ \t]*(?P<names>\{[^}]*\})[ \t]*;?[ \t]*$", re.M)
_ANY = re.compile(r"^(?:import|export)\b", re.M)
_AS = re.compile(r"^(" + _IDENT + r")(?:\s+as\s+(" + _IDENT + r"))?$")


class BundleError(ValueError):
    """A module the assembler cannot take: names the file and line."""


@dataclass
class Module:
    path: Path  # relative to SRC
    imports: list  # (path under SRC, {local name: exported name} | namespace name | None, where)
    exports: dict  # exported name -> local name
    body: str  # the code without its import statements, `export { }` lists and `export` keywords


def _names(spec, where):
    """`{ a, b as c }` -> [(a, a), (b, c)]: (the name on the left, the name on the right)."""
    out = []
    for part in spec.strip()[1:-1].split(","):
        part = " ".join(part.split())
        if part:
            match = _AS.match(part)
            if not match:
                raise BundleError(f"{where}: cannot read {part!r} in the name list")
            out.append((match.group(1), match.group(2) or match.group(1)))
    return out


def parse(rel, text):
    """One module's imports, exports and body. Its `import` and `export` statements start at
    the beginning of a line (top level), which is how the assembler tells them from text in
    strings and comments. `rel` is the module's path under SRC."""
    rel = Path(rel)

    def where(index):
        return f"{SRC}/{rel.as_posix()}:{text.count(chr(10), 0, index) + 1}"

    imports, blank, known = [], [], set()
    for m in _IMPORT.finditer(text):
        target = m.group("path") or m.group("path2")
        if not target.startswith(("./", "../")):
            raise BundleError(f"{where(m.start())}: import {target!r}: only relative paths to modules under {SRC}/")
        dep = _resolve(rel, target, where(m.start()))
        if m.group("names"):
            binding = {here: there for there, here in _names(m.group("names"), where(m.start()))}
        else:
            binding = m.group("ns")  # a namespace name, or None: imported for its effects
        imports.append((dep, binding, where(m.start())))
        blank.append((m.start(), m.end()))
        known.add(m.start())
    exports, drop = {}, []
    for m in _EXPORT_DECL.finditer(text):
        _add_export(exports, m.group("name"), m.group("name"), where(m.start()))
        drop.append(m.start())
        known.add(m.start())
    for m in _EXPORT_LIST.finditer(text):
        for local, name in _names(m.group("names"), where(m.start())):
            _add_export(exports, name, local, where(m.start()))
        blank.append((m.start(), m.end()))
        known.add(m.start())
    for m in _ANY.finditer(text):
        if m.start() not in known:
            raise BundleError(f"{where(m.start())}: a statement the assembler cannot take; it reads named imports, "
                              "`import * as`, `export function|class|const NAME` and `export {{ ... }}` (sitekit/bundle.py)")
    # Blanked statements keep their newlines, so a module's line N stays N lines into its part.
    cuts = sorted([(a, b, "\n" * text.count("\n", a, b)) for a, b in blank]
                  + [(a, a + len(re.match(r"export[ \t]+", text[a:]).group(0)), "") for a in drop])
    pieces, last = [], 0
    for start, end, instead in cuts:
        pieces += [text[last:start], instead]
        last = end
    pieces.append(text[last:])
    return Module(rel, imports, exports, "".join(pieces))


def _add_export(exports, name, local, where):
    if name in exports:
        raise BundleError(f"{where}: {name!r} is exported twice")
    exports[name] = local


def _resolve(rel, target, where):
    parts = list(rel.parent.parts)
    for piece in target.split("/"):
        if piece in ("", "."):
            continue
        if piece == "..":
            if not parts:
                raise BundleError(f"{where}: import {target!r} leaves {SRC}/")
            parts.pop()
        else:
            parts.append(piece)
    resolved = Path(*parts)
    if resolved.suffix != ".mjs":
        raise BundleError(f"{where}: import {target!r}: modules end in .mjs")
    return resolved


def load(src_dir):
    """Every module under `src_dir` (src), parsed: {rel: Module}."""
    src_dir = Path(src_dir)
    modules = {}
    for path in sorted(src_dir.rglob("*.mjs")):
        rel = path.relative_to(src_dir)
        modules[rel] = parse(rel, path.read_text(encoding="utf-8"))
    return modules


def order(modules, entry):
    """`entry` and what it imports, dependencies first; a missing module or a cycle is an error."""
    done, doing, out = set(), [], []

    def visit(rel, where):
        if rel in done:
            return
        if rel in doing:
            cycle = " -> ".join(p.as_posix() for p in doing[doing.index(rel):] + [rel])
            raise BundleError(f"{where}: import cycle {cycle}")
        if rel not in modules:
            raise BundleError(f"{where}: imports {rel.as_posix()}, which does not exist")
        doing.append(rel)
        for dep, binding, at in modules[rel].imports:
            visit(dep, at)
            if isinstance(binding, dict):
                for name in binding.values():
                    if name not in modules[dep].exports:
                        raise BundleError(f"{at}: imports {name!r} from {dep.as_posix()}, which does not export it"
                                          f" (it exports: {', '.join(sorted(modules[dep].exports)) or 'nothing'})")
        doing.pop()
        done.add(rel)
        out.append(rel)

    visit(entry, f"{SRC}/{entry.as_posix()}")
    return out


def _var(rel):
    return "$m_" + re.sub(r"[^\w]", "_", rel.with_suffix("").as_posix())


def assemble(modules, entry):
    """The classic script for `entry`: each module a function scope, in dependency order."""
    parts = [HEADER.format(src=SRC), "(function () {\n\"use strict\";\n"]
    for rel in order(modules, entry):
        m = modules[rel]
        head = []
        for dep, binding, _ in m.imports:
            if isinstance(binding, dict) and binding:
                pairs = ", ".join(name if name == local else f"{name}: {local}" for local, name in binding.items())
                head.append(f"const {{ {pairs} }} = {_var(dep)};")
            elif isinstance(binding, str):
                head.append(f"const {binding} = {_var(dep)};")
        exported = ", ".join(name if name == local else f"{name}: {local}" for name, local in m.exports.items())
        parts.append(f"// {rel.as_posix()}\nconst {_var(rel)} = (function () {{\n")
        if head:
            parts.append("\n".join(head) + "\n")
        parts.append(m.body.rstrip() + "\n")
        parts.append("return Object.freeze({" + (f" {exported} " if exported else "") + "});\n})();\n")
    parts.append("})();\n")
    return "".join(parts)


def src_of(docs_dir):
    """The modules' folder of the site whose pages are in `docs_dir`: src/ beside it."""
    return Path(docs_dir).parent / SRC


def entries(src_dir):
    """The entries under src/pages/, as {published name: module path under src/}."""
    pages = Path(src_dir) / PAGES
    return {p.stem: p.relative_to(src_dir) for p in sorted(pages.glob("*.mjs"))} if pages.is_dir() else {}


def build(docs_dir, site_dir):
    """Write every entry's script into the site; return {published path: bytes}."""
    src_dir = src_of(docs_dir)
    if not src_dir.is_dir():
        return {}
    modules = load(src_dir)
    written = {}
    for name, entry in entries(src_dir).items():
        rel = f"{OUT}/{name}.js"
        if (Path(docs_dir) / rel).exists():
            raise BundleError(f"{SRC}/{entry.as_posix()}: would be published as {rel}, which docs/ already has")
        text = assemble(modules, entry)
        out = Path(site_dir) / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        written[rel] = len(text.encode("utf-8"))
    return written


def published(docs_dir):
    """The paths (relative to the site) that build() writes, without writing them."""
    src_dir = src_of(docs_dir)
    return sorted(f"{OUT}/{name}.js" for name in entries(src_dir)) if src_dir.is_dir() else []
