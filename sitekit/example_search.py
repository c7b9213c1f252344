"""The worked search (data/example-search.yml): loaded and checked once, and shown in a page's
language, as tables (`<!-- md:example-search VIEW -->`) or as one name or date inside a
sentence (`<!-- md:example-say ID [FIELD] -->`), so the page writes no name or date itself.
`records(data, lang)` gives its contacts as tracker records, for the workspace's example.
"""

import datetime
from pathlib import Path

from sitekit import schemas, untranslated

VIEWS = ("shortlist", "messages", "silences", "changes", "themes", "timeline")
# What `example-say ID FIELD` can show: a contact's or the seeker's field.
CONTACT_FIELDS = ("name", "first", "organisation", "role", "sent", "replied", "meeting", "thanked", "day3", "day7")
SEEKER_FIELDS = ("name", "age", "city", "now", "towards", "decision", "review", "list", "five", "rewrite", "decided")
DATE_FIELDS = ("sent", "replied", "meeting", "thanked", "day3", "day7")


class ExampleError(ValueError):
    """data/example-search.yml cannot be used; the message says what is wrong and where."""


def iso(value):
    """A YAML date (2025-12-12 unquoted) as YYYY-MM-DD text; text as it is."""
    return value.isoformat() if isinstance(value, datetime.date) else value


def load(path, langs):
    """The checked data (schemas/example-search.schema.json, in `langs`, the site's languages,
    then what it cannot say), every date as YYYY-MM-DD text."""
    path = Path(path)
    data = untranslated.read(path, ExampleError)
    problems = schemas.problems("example-search", data, langs, path)
    if problems:
        raise ExampleError("\n".join(problems))
    orgs = {o["id"] for o in data["organisations"]["first_five"]}
    ids = {c["id"] for c in data["contacts"]}
    for c in data["contacts"]:
        for key in DATE_FIELDS:
            if key in c:
                c[key] = iso(c[key])
        if c["org"] not in orgs:
            problems.append(f"contacts.{c['id']}.org: {c['org']!r} is not one of the first five")
        if c.get("second") and c["second"] not in ids:
            problems.append(f"contacts.{c['id']}.second: {c['second']!r} is no contact")
    for m in data["milestones"]:
        m["date"] = iso(m["date"])
    data["decision"]["review"] = iso(data["decision"]["review"])
    for t in data["themes"]:
        problems += [f"themes.{t['id']}.people: {p!r} is no contact" for p in t["people"] if p not in ids]
    if problems:
        raise ExampleError("\n".join(f"{path}: {problem}" for problem in problems))
    return data


def _text(value, lang):
    return value[lang] if isinstance(value, dict) else value


def _say(data, key, lang, **values):
    text = data["words"][key][lang]
    for name in sorted(values, key=len, reverse=True):  # @name before @n
        text = text.replace("@" + name, str(values[name]))
    return text


def date(data, iso, lang):
    """`iso` written out in `lang`: «martes 2 de diciembre de 2025», "Tuesday 2 December 2025"."""
    if not iso:
        return data["words"]["none"][lang]
    day = datetime.date.fromisoformat(iso)
    words = data["words"]
    return _say(data, "date", lang, weekday=words["weekdays"][lang][day.weekday()], day=day.day,
                month=words["months"][lang][day.month - 1], year=day.year)


def _lower_first(text):
    """A role after a name and a comma: «Lucía Ferrer, jefa de…» (the record keeps its capital)."""
    return text[:1].lower() + text[1:]


def _contacts(data):
    return {c["id"]: c for c in data["contacts"]}


def _org(data, c):
    return next(o for o in data["organisations"]["first_five"] if o["id"] == c["org"])


def records(data, lang):
    """The contacts as tracker records in `lang` (the tracker's fields, plus the story's own)."""
    out = []
    for c in data["contacts"]:
        record = {k: _text(v, lang) for k, v in c.items() if k != "org"}
        record["organisation"] = _org(data, c)["name"]
        out.append(record)
    return out


def silences(data):
    """The messages met by silence: those that carry their 3B7 dates."""
    return [c for c in data["contacts"] if c.get("day3")]


def say(data, key, field, lang):
    """One name or date for a sentence."""
    if key == data["seeker"]["name"].lower():
        milestones = {m["id"]: m["date"] for m in data["milestones"]}
        if field in milestones:
            return date(data, milestones[field], lang)
        if field == "decision":
            return data["decision"]["verdict"][lang]
        if field == "review":
            return date(data, data["decision"]["review"], lang)
        return str(_text(data["seeker"][field or "name"], lang))
    c = _contacts(data)[key]
    field = field or "first"
    if field == "first":
        return c["name"].split()[0]
    if field == "organisation":
        return _org(data, c)["name"]
    if field in DATE_FIELDS:
        return date(data, c.get(field), lang)
    return str(_text(c[field], lang))


def _table(head, rows):
    def cell(text):
        return str(text).replace("|", "\\|")
    lines = ["| " + " | ".join(cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows]
    # Out of the search index: the story's prose names what the tables hold, and the index is
    # loaded on every page (the 150 KB budget).
    return '<div markdown data-search-exclude>\n\n' + "\n".join(lines) + "\n\n</div>\n"


def render(data, view, lang):
    """One VIEW of the story as a Markdown table in `lang`."""
    w = {k: v[lang] for k, v in data["words"].items() if isinstance(v, dict) and isinstance(v.get(lang), str)}
    contacts = _contacts(data)
    if view == "shortlist":
        return _table([w["organisation"], w["what"], w["advocacy"], w["motivation"], w["postings"]], [
            [o["name"], _text(o["what"], lang), w["yes"] if o["advocacy"] else w["no"], o["motivation"], o["postings"]]
            for o in data["organisations"]["first_five"]])
    if view == "messages":
        return _table([w["person"], w["organisation"], w["connection"], w["dormant"], w["sent"], w["replied"]], [
            [f"{c['name']}, {_lower_first(_text(c['role'], lang))}", _org(data, c)["name"], _text(c["connection"], lang),
             w["yes"] if c.get("dormant") else w["no"], date(data, c["sent"], lang), date(data, c.get("replied"), lang)]
            for c in sorted(data["contacts"], key=lambda c: c["sent"])])
    if view == "silences":
        rows = []
        for c in silences(data):
            second = contacts[c["second"]]
            reply = date(data, c.get("replied"), lang)
            if c.get("replied") and c["replied"] > c["day7"]:
                reply = _say(data, "reply_after", lang, date=reply)
            rows.append([c["name"], _org(data, c)["name"], date(data, c["sent"], lang),
                         f"{date(data, c['day3'], lang)} ({second['name']})", date(data, c["day7"], lang), reply])
        return _table([w["person"], w["organisation"], w["sent"], w["day3"], w["day7"], w["replied"]], rows)
    if view == "changes":
        return "".join(f"- {_text(change, lang)}\n" for change in data["changes"])
    if view == "themes":
        return _table([w["theme"]] + [contacts[k]["name"].split()[0] for k in _met(data)] + [w["count"]], [
            [_text(t["text"], lang)] + [w["yes"] if k in t["people"] else "" for k in _met(data)] + [len(t["people"])]
            for t in data["themes"]])
    if view == "timeline":
        return _table([w["date_column"], w["event"]], [[date(data, d, lang), text] for d, text in _events(data, lang)])
    raise ValueError(view)


def _met(data):
    """The people she had a conversation with (and thanked) before deciding, in order."""
    return [c["id"] for c in sorted((c for c in data["contacts"] if c.get("conversation") and c.get("thanked")),
                                    key=lambda c: c["conversation"])]


def _events(data, lang):
    events = [(m["date"], 0, _text(m["text"], lang)) for m in data["milestones"]]
    for c in data["contacts"]:
        name, org = c["name"], _org(data, c)["name"]
        day3_for = [x for x in data["contacts"] if x.get("second") == c["id"]]
        if day3_for:
            events.append((c["sent"], 1, _say(data, "ev_day3", lang, name=name)))
        else:
            events.append((c["sent"], 1, _say(data, "ev_sent", lang, name=name, org=org)))
        if c.get("day7"):
            events.append((c["day7"], 2, _say(data, "ev_day7", lang, name=name)))
        if c.get("replied"):
            events.append((c["replied"], 3, _say(data, "ev_replied", lang, name=name)))
        if c.get("meeting"):
            events.append((c["meeting"], 4, _say(data, "ev_meeting", lang, n=c.get("conversation", ""), name=name)))
        if c.get("thanked"):
            events.append((c["thanked"], 5, _say(data, "ev_thanked", lang, name=name)))
    return [(d, text) for d, _, text in sorted(events, key=lambda e: (e[0], e[1]))]
