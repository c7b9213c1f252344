"""Message templates (outreach, thank-you, ...): load, check and fill them.

A template is one YAML file in data/templates/ holding both languages. The example page
shows it and the message builder fills it, so both always say the same thing. The file
format is described at the top of data/templates/outreach.yml.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitekit import untranslated
from sitekit.languages import LANGS
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_PLACEHOLDER_FIELDS = ("label", "hint", "example")


class TemplateError(ValueError):
    """A template file that cannot be used; the message lists every problem found."""


@dataclass(frozen=True)
class Template:
    id: str
    path: Path
    data: dict  # the file's content, checked
    digest: str  # sha256 of the file: lets a check prove two pages show the same source

    @property
    def variants(self):
        return list(self.data["variants"])

    def placeholders(self, lang):
        """{placeholder id: {label, hint, example}} in one language, in file order."""
        return {name: spec[lang] for name, spec in self.data["placeholders"].items()}

    def used(self, variant, lang=LANGS[0]):
        """Placeholder ids a variant uses, in order of first use (same in both languages)."""
        texts = _texts(self.data["variants"][variant][lang])
        return list(dict.fromkeys(name for text in texts for name in PLACEHOLDER.findall(text)))

    def role_label(self, role, lang):
        return self.data["roles"][role][lang]

    def as_json(self):
        """The whole template, both languages, for the browser (the builder's one source)."""
        return json.dumps({"id": self.id, "digest": self.digest, **self.data}, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Segment:
    """A piece of a filled part: fixed text, or the value of a placeholder."""

    text: str
    placeholder: str | None = None


@dataclass(frozen=True)
class Part:
    role: str
    inline: bool
    segments: tuple

    @property
    def text(self):
        return "".join(s.text for s in self.segments)


@dataclass(frozen=True)
class Message:
    subject_segments: tuple | None  # None: this variant has no subject (not an email)
    parts: tuple

    @property
    def subject(self):
        return None if self.subject_segments is None else "".join(s.text for s in self.subject_segments)

    @property
    def body(self):
        """Plain text: paragraphs separated by a blank line, inline parts joined by a space."""
        paragraphs = []
        for part in self.parts:
            if part.inline and paragraphs:
                paragraphs[-1] += " " + part.text
            else:
                paragraphs.append(part.text)
        return "\n\n".join(paragraphs)


def fill(template, variant, lang, values=None):
    """The message of one variant in one language; missing values take the example's."""
    if variant not in template.data["variants"]:
        raise TemplateError(f"{template.path}: no variant {variant!r} (has: {', '.join(template.variants)})")
    examples = {name: spec["example"] for name, spec in template.placeholders(lang).items()}
    values = {**examples, **(values or {})}
    spec = template.data["variants"][variant][lang]
    subject = spec.get("subject")
    if subject is not None:
        subject = tuple(_segments(subject, values))
    parts = tuple(
        Part(p["role"], bool(p.get("inline")), tuple(_segments(p["text"], values))) for p in spec["parts"]
    )
    return Message(subject, parts)


def _segments(text, values):
    pos = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > pos:
            yield Segment(text[pos:match.start()])
        yield Segment(str(values[match.group(1)]), match.group(1))
        pos = match.end()
    if pos < len(text):
        yield Segment(text[pos:])


def load(path):
    """Read and check one template file; raise TemplateError naming every problem."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        data = untranslated.load(raw)
    except yaml.YAMLError as exc:
        raise TemplateError(f"{path}: not valid YAML: {exc}") from None
    found = problems(data, path)
    if found:
        raise TemplateError(f"{path}: {len(found)} problem(s):\n  " + "\n  ".join(found))
    return Template(data["id"], path, {k: v for k, v in data.items() if k != "id"}, hashlib.sha256(raw).hexdigest())


def load_all(folder):
    """Every template in a folder, by id."""
    templates = {}
    for path in sorted(Path(folder).glob("*.yml")):
        template = load(path)
        if template.id in templates:
            raise TemplateError(f"{path}: id {template.id!r} is also used by {templates[template.id].path}")
        templates[template.id] = template
    return templates


def problems(data, path="template"):
    """Everything wrong with a template's parsed content, one readable line each."""
    if not isinstance(data, dict):
        return ["expected a mapping with id, placeholders, roles and variants"]
    found = []
    missing = [k for k in ("id", "placeholders", "roles", "variants") if not data.get(k)]
    if missing:
        return [f"missing or empty: {', '.join(missing)}"]
    if Path(path).stem != data["id"] and path != "template":
        found.append(f"id {data['id']!r} differs from the file name {Path(path).name!r}")
    declared = data["placeholders"]
    for name, spec in declared.items():
        if not PLACEHOLDER.fullmatch("{" + str(name) + "}"):
            found.append(f"placeholders.{name}: ids are lower_snake_case")
        for lang in LANGS:
            fields = (spec or {}).get(lang) or {}
            for key in _PLACEHOLDER_FIELDS:
                if not str(fields.get(key) or "").strip():
                    found.append(f"placeholders.{name}.{lang}: no {key}")
    for role, labels in data["roles"].items():
        for lang in LANGS:
            if not (labels or {}).get(lang):
                found.append(f"roles.{role}: no label in {lang!r}")
    used = set()
    for variant, langs in data["variants"].items():
        per_lang = {}
        for lang in LANGS:
            where = f"variants.{variant}.{lang}"
            spec = (langs or {}).get(lang)
            if not spec or not spec.get("parts"):
                found.append(f"{where}: missing, or has no parts")
                continue
            if not str(spec.get("label") or "").strip():
                found.append(f"{where}: no label")
            for i, part in enumerate(spec["parts"]):
                if part.get("role") not in data["roles"]:
                    found.append(f"{where}.parts[{i}]: role {part.get('role')!r} is not declared in roles")
            texts = _texts(spec)
            for text in texts:
                stray = PLACEHOLDER.sub("", text)
                if "{" in stray or "}" in stray:
                    found.append(f"{where}: stray brace in {text!r} (placeholders look like {{their_name}})")
                for name in PLACEHOLDER.findall(text):
                    if name not in declared:
                        found.append(f"{where}: placeholder {{{name}}} is not declared")
                    used.add(name)
            per_lang[lang] = (
                [p.get("role") for p in spec["parts"]],
                _placeholders_by_part(spec),
                "subject" in spec,
            )
        if len(per_lang) == len(LANGS):
            # Each language against the default one, however many there are.
            roles_a, names_a, subj_a = per_lang[LANGS[0]]
            for lang in LANGS[1:]:
                found += _differences(variant, per_lang[lang], roles_a, names_a, subj_a)
    for name in declared:
        if name not in used:
            found.append(f"placeholders.{name}: declared but never used")
    return found


def _differences(variant, theirs, roles_a, names_a, subj_a):
    roles_b, names_b, subj_b = theirs
    found = []
    if roles_a != roles_b:
        found.append(f"variants.{variant}: parts differ between languages: {roles_a} vs {roles_b}")
    # Part by part, the subject included: the same placeholders in the same part.
    for part in sorted(set(names_a) | set(names_b)):
        diff = names_a.get(part, set()) ^ names_b.get(part, set())
        if diff:
            found.append(f"variants.{variant}.{part}: placeholders differ between languages: "
                         f"{', '.join(sorted(diff))}")
    if subj_a != subj_b:
        found.append(f"variants.{variant}: a subject in one language only")
    return found


def _placeholders_by_part(spec):
    """{"subject" or "parts[i]": placeholders used there} of one language's variant."""
    found = {"subject": set(PLACEHOLDER.findall(str(spec.get("subject") or "")))}
    for i, part in enumerate(spec["parts"]):
        found[f"parts[{i}]"] = set(PLACEHOLDER.findall(str(part.get("text") or "")))
    return found


def _texts(spec):
    return ([spec["subject"]] if spec.get("subject") else []) + [str(p.get("text") or "") for p in spec["parts"]]
