"""One finding of a check, printed as one line: where, what was found, what was expected.

Where is the source a maintainer edits (`docs/page.md:12`) when it is known, with the built
file as a second detail: `docs/a.md:3: '../x/': expected a file (built: a/index.html:40)`."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    file: str  # relative to the built site (or the project, for source files)
    line: int | None
    value: str  # the offending link, placeholder or text
    expected: str
    source: str | None = None  # `docs/page.md:line` (or a template) the built file came from

    def __lt__(self, other):
        # A finding without a line (a whole file) sorts before the file's numbered lines.
        return (self.file, self.line or 0, self.value, self.expected) < (
            other.file, other.line or 0, other.value, other.expected)

    def __str__(self):
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.source:
            return f"{self.source}: {self.value!r}: expected {self.expected} (built: {where})"
        return f"{where}: {self.value!r}: expected {self.expected}"


def shown_path(path):
    """A path as findings name it: relative to the working folder when inside it."""
    path = Path(path).resolve()
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)
