"""The workspace's example (data/example-mode.yml): Carmen's search (data/example-search.yml) as
tracker records, and the words of its banner and load control, in one language.

`snapshot(story, today, lang)` gives her contacts as the search stood on `today` of her story:
what happened later is left out (a reply, a conversation, a thank-you), a conversation already
set is kept, and a contact whose story goes on past that day keeps only its dates (its status
then follows them; its notes and next action were written later). The browser moves every date
so that this day is the reader's today (src/example-load.mjs).
"""

from pathlib import Path

from sitekit import example_search, schemas, untranslated

WORDS = ("banner", "banner_own", "remove", "load", "load_failed", "file")  # schemas/example-mode.schema.json
# The record's fields (src/contacts.mjs FIELDS, tracker-records.mjs TEXTS; `replied` and
# `done` are the events' fields, WORKSPACE-PLAN.md): what the example fills, the rest "".
FIELDS = ("id", "name", "organisation", "role", "connection", "source", "status", "sent", "day3", "day7",
          "meeting", "thanked", "next_action", "next_date", "notes", "replied", "done")
EVENTS = ("sent", "replied", "thanked")  # left out when after the day
STORY_ONLY = ("notes",)  # written later than the day unless the contact's story ended by then


class ExampleModeError(ValueError):
    """data/example-mode.yml cannot be used; the message says what is wrong."""


def load(path, langs):
    """The checked file (schemas/example-mode.schema.json, in `langs`, the site's languages),
    its day as YYYY-MM-DD text."""
    path = Path(path)
    data = untranslated.read(path, ExampleModeError)
    problems = schemas.problems("example-mode", data, langs, path)
    if problems:
        raise ExampleModeError("\n".join(problems))
    data["today"] = str(example_search.iso(data["today"]))
    return data


def words(mode, lang):
    return {key: mode["words"][key][lang] for key in WORDS}


def _ended(c, today):
    """Nothing of this contact's story comes after `today` but a conversation already set, and
    no 3B7 follow-up is still to send (its day 7 not yet past)."""
    if any(c.get(k) and c[k] > today for k in EVENTS):
        return False
    if c.get("meeting") and c["meeting"] > today and not (c.get("replied") and c["replied"] <= today):
        return False
    return not (c.get("day7") and c["day7"] >= today and not c.get("replied"))


def snapshot(story, today, lang):
    """Her contacts as tracker records on `today` of her story, in `lang` (dates unshifted)."""
    by_id = {c["id"]: c for c in story["contacts"]}
    out = []
    for full in example_search.records(story, lang):
        c = by_id[full["id"]]
        if not c.get("sent") or c["sent"] > today:
            full = {k: full[k] for k in ("id", "name", "organisation", "role", "connection", "source")}
        record = {f: str(full.get(f) or "") for f in FIELDS}
        ended = _ended(c, today) and record["sent"]
        for k in EVENTS:
            if record[k] > today:
                record[k] = ""
        if record["meeting"] and not (record["replied"] and record["replied"] <= today):
            record["meeting"] = ""
        # A day 3 she acted on (she wrote to the second person by then) is done.
        second = by_id.get(c.get("second") or "")
        if second and second.get("sent") and second["sent"] <= today and c.get("day3"):
            record["done"] = "day3=" + c["day3"]
        record["next_action"] = ""  # hers name the project she chose after the day
        if not ended:
            for k in STORY_ONLY:
                record[k] = ""
            record["status"] = ""
        # Only "keep in touch" is hers to choose; every other status follows the dates, as the
        # reader's own do (src/contact-steps.mjs fromDates), once the shifted days go by.
        record["status_manual"] = record["status"] == "keep-in-touch"
        out.append(record)
    return out
