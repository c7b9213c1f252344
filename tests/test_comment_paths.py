"""Every repository path a comment or docstring names exists: a comment that points at a
file that was renamed or removed sends the next maintainer looking for nothing.

Read: comments and docstrings of Python, comments of JavaScript, YAML, the Makefile and the
requirement files. A path is a run of characters starting with one of the repository's
folders (src/ holds the front end's modules). Placeholders (ID, NAME,
TOPIC, SLUG, LANG, `*`, `<…>`, `{…}`) and the examples in messages that show what a build
error looks like (a path followed by `:LINE` or a line number) are not paths to check.
"""

import io
import re
import subprocess
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("docs", "data", "hooks", "sitekit", "sitecheck", "scripts", "tests", "overrides", "maintainers", "src",
           ".github", ".ci")
PATH = re.compile(r"(?<![\w./@-])((?:" + "|".join(re.escape(f) for f in FOLDERS) + r")/[\w./-]*[\w/])")
PLACEHOLDER = re.compile(r"(?:^|[/.-])(?:ID|NAME|TOPIC|SLUG|LANG|PAGE|TOOL|X|x|slug|xx)(?:[/.-]|$)|[*<>{}]")
EXAMPLE_AFTER = re.compile(r":(?:\d+|LINE)\b")
# Paths a comment names on purpose although they are not in the tree: build output and
# files the tests or the scaffolds write.
NOT_IN_TREE = ("docs/otra.", "docs/page.md", "docs/nada", "docs/x.md", "docs/topic", "docs/fichas/ID",
               "tests/fixtures/clean/docs")

STATEMENT_START = (tokenize.INDENT, tokenize.NEWLINE, tokenize.NL, tokenize.DEDENT)
CODE = [p for p in (ROOT / name for name in subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, check=True,
            capture_output=True, text=True).stdout.splitlines())
        if p.is_file() and (p.suffix in (".py", ".mjs", ".js", ".cjs", ".yml", ".yaml", ".in", ".html", ".css")
             or p.name == "Makefile" or p.parent.name == "scripts" and p.suffix == "")]


def _comments(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".py" or (path.parent.name == "scripts" and text.startswith("#!") and "python" in text.splitlines()[0]):
        try:
            tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
        except (tokenize.TokenError, SyntaxError):
            return
        previous = None
        for tok in tokens:
            if tok.type == tokenize.COMMENT:
                yield tok.start[0], tok.string
            elif tok.type == tokenize.STRING and (previous is None or previous.type in STATEMENT_START):
                yield tok.start[0], tok.string  # a docstring, or a string standing alone
            if tok.type not in (tokenize.COMMENT, tokenize.NL):
                previous = tok
    elif path.suffix in (".mjs", ".js", ".cjs", ".css"):
        for m in re.finditer(r"/\*.*?\*/|(?<![:\"'\\])//[^\n]*", text, re.DOTALL):
            yield text.count("\n", 0, m.start()) + 1, m.group(0)
    elif path.suffix == ".html":
        for m in re.finditer(r"\{#.*?#\}|<!--.*?-->", text, re.DOTALL):
            yield text.count("\n", 0, m.start()) + 1, m.group(0)
    else:
        for number, line in enumerate(text.splitlines(), 1):
            if "#" in line:
                yield number, line[line.index("#"):]


def _exists(name):
    name = name.rstrip("/.")
    if (ROOT / name).exists() or any(name.startswith(n) for n in NOT_IN_TREE):
        return True
    # A module's function, as `sitekit/minify.own_code`.
    module, dot, _ = name.rpartition(".")
    return bool(dot) and (ROOT / (module + ".py")).exists()


def test_every_path_a_comment_names_exists():
    missing = []
    for path in sorted(CODE):
        for line, comment in _comments(path):
            for m in PATH.finditer(comment):
                name = m.group(1)
                if PLACEHOLDER.search(name) or EXAMPLE_AFTER.match(comment, m.end()):
                    continue
                if not _exists(name):
                    missing.append(f"{path.relative_to(ROOT)}:{line + comment.count(chr(10), 0, m.start())}: {name}")
    assert not missing, "comments name paths that do not exist:\n" + "\n".join(missing)
