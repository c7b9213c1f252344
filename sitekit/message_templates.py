"""Message templates (outreach, thank-you, ...): load, check and fill them.

A template is one YAML file in data/templates/ holding both languages. The example page
shows it and the message builder fills it, so both always say the same thing. The file
format is described at the top of data/templates/outreach.yml.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sitekit import schemas, untranslated

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_LETTER = r"[^\W\d_]"


class TemplateError(ValueError):
    """A template file that cannot be used; the message lists every problem found."""


@dataclass(frozen=True)
class Template:
    id: str
    path: Path
    data: dict  # the file's content, checked
    digest: str  # sha256 of the file: lets a check prove two pages show the same source
    langs: tuple  # the site's languages, the default first
    tidy: dict = field(default=None, compare=False, repr=False)  # data/message-tidy.yml (`fill`)

    @property
    def variants(self):
        return list(self.data["variants"])

    def placeholders(self, lang):
        """{placeholder id: {label, hint, example}} in one language, in file order."""
        return {name: spec[lang] for name, spec in self.data["placeholders"].items()}

    def used(self, variant, lang=None):
        """Placeholder ids a variant uses, in order of first use (same in every language)."""
        texts = _texts(self.data["variants"][variant][lang or self.langs[0]])
        return list(dict.fromkeys(name for text in texts for name in PLACEHOLDER.findall(text)))

    def role_label(self, role, lang):
        return self.data["roles"][role][lang]

    def forms(self, variant, lang):
        """The regional forms some part of a variant has in one language (e.g. ["vos"])."""
        spec = self.data["variants"][variant][lang]
        return sorted({f for p in spec["parts"] for f in (p.get("forms") or {})})

    def as_json(self):
        """The whole template, both languages, for the browser (the builder's one source),
        with the tidying words (data/message-tidy.yml) its filling needs."""
        return json.dumps({"id": self.id, "digest": self.digest, **self.data, "tidy": self.tidy},
                          ensure_ascii=False, sort_keys=True)


def load_tidy(path, langs):
    """data/message-tidy.yml, checked against schemas/message-tidy.schema.json in `langs`."""
    path = Path(path)
    data = untranslated.read(path, TemplateError)
    found = schemas.problems("message-tidy", data, langs, path)
    if found:
        raise TemplateError("\n".join(found))
    return data


def forms_of(tidy, lang):
    """The regional forms a part may carry beside its text in `lang` (`tidy`, data/message-tidy.yml
    `forms`: «vos» in Spanish, "us" in English), which the message builder offers."""
    return tuple(tidy.get("forms", {}).get(lang, ()))


@dataclass(frozen=True)
class Segment:
    """A piece of a filled part: fixed text, or the value of a placeholder."""

    text: str
    placeholder: str | None = None
    gap: bool = False  # a placeholder left empty, shown as its gap (e.g. its label)


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

    def paragraphs(self):
        """The parts by paragraph: an inline part joins the previous paragraph; an empty part
        is left out, and an inline part after an empty paragraph starts its own."""
        paragraphs, fresh = [], True
        for part in self.parts:
            if not part.text and not any(s.gap for s in part.segments):
                fresh = fresh or not part.inline
                continue
            if part.inline and paragraphs and not fresh:
                paragraphs[-1].append(part)
            else:
                paragraphs.append([part])
            fresh = False
        return paragraphs

    @property
    def body(self):
        """Plain text: paragraphs separated by a blank line, inline parts joined by a space."""
        return "\n\n".join(" ".join(p.text for p in parts) for parts in self.paragraphs())


def fill(template, variant, lang, values=None, form=None, gaps=None):
    """The message of one variant in one language, tidied (`_tidy`). Missing values take the
    example's; a value is trimmed, a first-name placeholder keeps its first word, and a date
    placeholder's YYYY-MM-DD is written in the message's words (`_date`). `form`:
    a regional form ("vos", "us") where a part has one. `gaps`: {placeholder: text} shown,
    untouched, for a value given empty."""
    if variant not in template.data["variants"]:
        raise TemplateError(f"{template.path}: no variant {variant!r} (has: {', '.join(template.variants)})")
    examples = {name: spec["example"] for name, spec in template.placeholders(lang).items()}
    values = {**examples, **(values or {})}
    gaps = gaps or {}
    first = {name for name, spec in template.data["placeholders"].items() if spec.get("first_name")}
    dated = {name for name, spec in template.data["placeholders"].items() if spec.get("date")}
    words = template.tidy
    lower = set(words["lowercase"][lang])

    def segments(text):
        out, pos = [], 0
        for match in PLACEHOLDER.finditer(text):
            name = match.group(1)
            if match.start() > pos:
                out.append(Segment(text[pos:match.start()]))
            value = str(values[name]).strip()
            if name in first and value:
                value = value.split()[0]
            if name in dated:
                value = _date(value, lang, form, words)
            value = _stops(value, words.get("stops", {}).get(form, ()))
            out.append(Segment(gaps[name], name, True) if not value and name in gaps else Segment(value, name))
            pos = match.end()
        if pos < len(text):
            out.append(Segment(text[pos:]))
        return tuple(_tidy(out, lower))

    spec = template.data["variants"][variant][lang]
    subject = spec.get("subject")
    if subject is not None:
        subject = segments(subject)
    parts = tuple(
        Part(p["role"], bool(p.get("inline")), segments((p.get("forms") or {}).get(form) or p["text"]))
        for p in spec["parts"]
    )
    return Message(subject, parts)


def _date(value, lang, form, words):
    """A YYYY-MM-DD value in the message's words (data/message-tidy.yml); any other, as it is."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", value)
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1 <= int(match.group(3)) <= 31:
        return value
    pattern = words["date_format"].get(form) or words["date_format"][lang]
    month = words["months"][lang][int(match.group(2)) - 1]
    return pattern.replace("@month", month).replace("@d", str(int(match.group(3))))


def _stops(value, titles):
    """The regional form's titles with their full stop ("Ms Okafor" -> "Ms. Okafor" in US
    English: data/message-tidy.yml `stops`); mirrored in src/message-template.mjs `stops`."""
    if not titles:
        return value
    return re.sub(r"(?<![^\W\d_])(" + "|".join(map(re.escape, titles)) + r")(?= )", r"\1.", value)


def _same_word(a, b):
    def fold(word):
        return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()
    return fold(a) == fold(b)


def _tidy(segments, lower):
    """Where a value meets the template's text, what a careful writer would fix:
    - a word said twice across the seam goes once («en tu» + «Tu charla» -> «en tu charla»);
    - a listed word opening a value mid-sentence is lowered («consejo:» + «Que…» -> «que…»);
    - a value's closing stop, «?», «!» or «…» takes the place of the template's stop
      («marzo.» + «.»), and a value's full stop goes before a «,», «;», «:» or a lower-case
      word that carries the sentence on («juntos.» + « y me…»);
    - an empty value leaves no space before a punctuation mark, nor two spaces, nor a space
      after an opening quote or at the start of a part.
    Mirrored in src/message-template.mjs (`tidy`); both are held to tests/vectors/fill.json."""
    segs = [[s.text, s.placeholder, s.gap] for s in segments]
    for i, (text, name, gap) in enumerate(segs):
        if name is None or gap:
            continue
        before = segs[i - 1] if i and segs[i - 1][1] is None else None
        after = segs[i + 1] if i + 1 < len(segs) and segs[i + 1][1] is None else None
        if text and before:
            end = re.search(rf"({_LETTER}+)\s+$", before[0])
            start = re.match(rf"({_LETTER}+)(?!{_LETTER})\s*", text)
            if end and start and _same_word(end.group(1), start.group(1)) and text[start.end():]:
                text = text[start.end():]
            if re.search(rf"(?:{_LETTER}|[,:;]) +$", before[0]):
                word = re.match(rf"{_LETTER}+", text)
                if (word and word.group(0).lower() in lower and len(word.group(0)) > 0
                        and word.group(0)[0] != word.group(0)[0].lower()
                        and word.group(0)[1:] == word.group(0)[1:].lower()):
                    text = text[0].lower() + text[1:]
        if text and after:
            following = after[0]
            if re.search(r"[.!?…]$", text) and following.startswith("."):
                after[0] = following[1:]
            elif text.endswith(".") and not text.endswith("..") and (
                    re.match(r"[,;:]", following) or _lower_start(re.sub(r"^ +", "", following))
                    and following.startswith(" ")):
                text = text[:-1]
            elif re.search(r"[,;:]$", text) and re.match(r"[.,;:]", following):
                text = text[:-1]
        if not text and after:
            if after[0].startswith(" ") and (not before or re.search(r"[ «\"“(\n]$", before[0])):
                after[0] = after[0][1:]
            elif before and before[0].endswith(" ") and re.match(r"[.,;:!?)]", after[0]):
                before[0] = before[0].rstrip(" ")
        segs[i][0] = text
    return [Segment(text, name, gap) for text, name, gap in segs if text or name]


def _lower_start(text):
    """Does text start with a lower-case letter?"""
    return bool(text) and text[0].lower() == text[0] and text[0].upper() != text[0]


def load(path, langs, tidy):
    """Read and check one template file (`langs` the site's languages, `tidy` its
    data/message-tidy.yml); raise TemplateError naming every problem."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        data = untranslated.load(raw)
    except yaml.YAMLError as exc:
        raise TemplateError(f"{path}: not valid YAML: {exc}") from None
    found = problems(data, path, langs, tidy)
    if found:
        raise TemplateError(f"{path}: {len(found)} problem(s):\n  " + "\n  ".join(found))
    return Template(data["id"], path, {k: v for k, v in data.items() if k != "id"}, hashlib.sha256(raw).hexdigest(),
                    tuple(langs), tidy)


def load_all(folder, langs, tidy):
    """Every template in a folder, by id."""
    templates = {}
    for path in sorted(Path(folder).glob("*.yml")):
        template = load(path, langs, tidy)
        if template.id in templates:
            raise TemplateError(f"{path}: id {template.id!r} is also used by {templates[template.id].path}")
        templates[template.id] = template
    return templates


def problems(data, path, langs, tidy):
    """Everything wrong with a template's parsed content, one readable line each ("key: reason"):
    schemas/template.schema.json first, then what it cannot say."""
    found = schemas.errors("template", data, langs)
    if found:
        return found
    if Path(path).stem != data["id"]:
        found.append(f"id {data['id']!r} differs from the file name {Path(path).name!r}")
    declared = data["placeholders"]
    used = set()
    for variant, by_lang in data["variants"].items():
        per_lang = {}
        for lang in langs:
            where = f"variants.{variant}.{lang}"
            spec = by_lang[lang]
            for i, part in enumerate(spec["parts"]):
                if part["role"] not in data["roles"]:
                    found.append(f"{where}.parts[{i}]: role {part['role']!r} is not declared in roles")
                found += _form_problems(part.get("forms"), str(part.get("text") or ""), forms_of(tidy, lang),
                                        lang, f"{where}.parts[{i}]")
            for text in _texts(spec):
                stray = PLACEHOLDER.sub("", text)
                if "{" in stray or "}" in stray:
                    found.append(f"{where}: stray brace in {text!r} (placeholders look like {{their_name}})")
                for name in PLACEHOLDER.findall(text):
                    if name not in declared:
                        found.append(f"{where}: placeholder {{{name}}} is not declared")
                    used.add(name)
            per_lang[lang] = (
                [p["role"] for p in spec["parts"]],
                _placeholders_by_part(spec),
                "subject" in spec,
            )
        # Each language against the default one, however many there are.
        roles_a, names_a, subj_a = per_lang[langs[0]]
        for lang in langs[1:]:
            found += _differences(variant, per_lang[lang], roles_a, names_a, subj_a)
    for name in declared:
        if name not in used:
            found.append(f"placeholders.{name}: declared but never used")
    return found


def _form_problems(forms, text, known, lang, where):
    """A part's regional forms: `known` in its language, and the same placeholders as its text."""
    found = []
    for form, other in (forms or {}).items():
        if form not in known:
            found.append(f"{where}.forms: {form!r} is not a form of {lang!r} (known: {', '.join(known) or 'none'})")
        elif other == text:
            found.append(f"{where}.forms.{form}: needs a text that differs from the part's")
        elif set(PLACEHOLDER.findall(other)) != set(PLACEHOLDER.findall(text)):
            found.append(f"{where}.forms.{form}: placeholders differ from the part's text")
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
    """The subject, each part's text and its regional forms' texts."""
    parts = [str(t or "") for p in spec["parts"] for t in [p.get("text"), *((p.get("forms") or {}).values())]]
    return ([spec["subject"]] if spec.get("subject") else []) + parts
