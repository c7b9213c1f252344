"""The worked search (issue 28, item 5.1): its data (data/example-search.yml) tells the story
the page promises and follows the guide's own rules, and the page shows it in both languages
from that one place, writing no name or date of its own."""

import datetime
import html
import re

import holidays
import pytest

from sitekit import example_search, untranslated
from tests.conftest import SITE
from tests.pages import DOCS, url_of

DATA = SITE.example_search
CONTACTS = DATA["contacts"]
PAGES = {"es": "una-busqueda.md", "en": "una-busqueda.en.md"}


def _day(iso):
    return datetime.date.fromisoformat(iso)


def _holidays(years):
    where = DATA["holidays"]
    return holidays.country_holidays(where["country"], subdiv=where.get("region"), years=years)


def _business_days_after(start, count, off):
    """The day `count` working days after `start` (Dalton's 3B7, as the planner counts)."""
    day = _day(start)
    while count:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            count -= 1
    return day.isoformat()


def _dates():
    found = [(c["id"], k, c[k]) for c in CONTACTS for k in example_search.DATE_FIELDS if c.get(k)]
    found += [(m["id"], "date", m["date"]) for m in DATA["milestones"]]
    return found + [("decision", "review", DATA["decision"]["review"])]


def test_every_date_is_a_working_day_in_valencia():
    off = _holidays(range(2025, 2027))
    for who, field, iso in _dates():
        day = _day(iso)
        assert day.weekday() < 5, f"{who}.{field}: {iso} is a {day.strftime('%A')}"
        assert day not in off, f"{who}.{field}: {iso} is a public holiday ({off.get(day)})"


def test_eight_messages_two_of_them_to_dormant_ties():
    assert len(CONTACTS) == 8
    assert [c["id"] for c in CONTACTS if c.get("dormant")] == ["lucia", "javier"]
    assert all(c.get("sent") for c in CONTACTS)


def test_three_silences_each_handled_with_3b7_counting_spains_holidays():
    off = _holidays(range(2025, 2027))
    silent = example_search.silences(DATA)
    assert len(silent) == 3
    by_id = {c["id"]: c for c in CONTACTS}
    for c in silent:
        assert c["day3"] == _business_days_after(c["sent"], 3, off), c["id"]
        assert c["day7"] == _business_days_after(c["sent"], 7, off), c["id"]
        assert not c.get("replied") or c["replied"] > c["day7"], f"{c['id']}: a reply before day 7 is no silence"
        second = by_id[c["second"]]
        assert second["org"] == c["org"], f"{c['id']}: day 3 is someone at the same organisation"
        assert second["sent"] == c["day3"], f"{c['id']}: the day-3 message goes out on day 3"
    # Every other message had its reply before its own day 3: no fourth silence.
    for c in CONTACTS:
        if c not in silent:
            assert c.get("replied") and c["replied"] < _business_days_after(c["sent"], 3, off), c["id"]
    # 8 December 2025 (a Monday) is a holiday in Spain: one day 3 falls after it.
    assert any(c["sent"] < "2025-12-08" < c["day3"] for c in silent)


def test_the_first_five_follow_the_lamp_order_out_of_forty():
    orgs = DATA["organisations"]
    assert orgs["listed"] >= 40
    five = orgs["first_five"]
    assert len(five) == 5
    keys = [(-o["motivation"], -o["postings"], not o["advocacy"]) for o in five]
    assert keys == sorted(keys)
    assert {c["org"] for c in CONTACTS} == {o["id"] for o in five}


def test_the_conversations_go_in_order_and_the_decision_rests_on_them():
    met = sorted((c for c in CONTACTS if c.get("conversation")), key=lambda c: c["conversation"])
    assert [c["conversation"] for c in met] == list(range(1, len(met) + 1))
    assert [c["meeting"] for c in met] == sorted(c["meeting"] for c in met)
    assert all(c["meeting"] >= c["replied"] >= c["sent"] for c in met)
    thanked = [c for c in met if c.get("thanked")]
    assert len(thanked) >= 3 and all(c["thanked"] == c["meeting"] for c in thanked)
    decided = next(m["date"] for m in DATA["milestones"] if m["id"] == "decided")
    assert all(c["meeting"] < decided for c in thanked)
    assert all(set(t["people"]) <= {c["id"] for c in thanked} for t in DATA["themes"])


FILLED = ("name", "organisation", "role", "connection", "source", "notes")  # what the example gives each person


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_contacts_are_tracker_records(lang):
    """What the workspace will load as its example: the record fields, a known status, ISO dates."""
    words = untranslated.load(SITE.path("tools", "registro.yml").read_text(encoding="utf-8"))
    statuses = {k.split(".", 2)[2] for k in words if k.startswith("csv.status.")}
    columns = {k.split(".", 2)[2] for k in words if k.startswith("csv.column.")}
    for record in example_search.records(DATA, lang):
        assert set(FILLED) <= set(record), record["id"]
        assert all(isinstance(record[k], str) and record[k] for k in FILLED), record["id"]
        assert record["status"] in statuses, record["id"]
        assert {k for k in record if k in columns} >= {"name", "organisation", "status", "sent", "id"}
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", record["id"])


def _article(site_dir, lang):
    """The built article's HTML and its visible text, spaces folded."""
    page = (site_dir / url_of(PAGES[lang], lang) / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article"):page.index("</article>")]
    return article, " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_page_shows_the_story_from_its_data_in_its_language(site_dir, lang):
    article, text = _article(site_dir, lang)
    assert article.count("<table") == 5, "the shortlist, the messages, the silences, the themes and the timeline"
    for c in CONTACTS:
        assert c["name"] in text, c["name"]
        assert example_search.date(DATA, c["sent"], lang) in text
    for c in example_search.silences(DATA):
        for field in ("day3", "day7"):
            assert example_search.date(DATA, c[field], lang) in text, (c["id"], field)
    # The words are the page's language's: the 3B7 terms of the site, a weekday in its language.
    day3, day7 = {"es": ("Día 3 (otra persona)", "Día 7 (seguimiento)"),
                  "en": ("Day 3 (second contact)", "Day 7 (follow-up)")}[lang]
    assert day3 in text and day7 in text
    assert ("martes 2 de diciembre de 2025" if lang == "es" else "Tuesday 2 December 2025") in text
    assert DATA["decision"]["verdict"][lang] in text


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_page_writes_no_name_or_date_of_the_story_itself(lang):
    """Each name and date lives once, in the data: the page's source only points to them."""
    source = (DOCS / PAGES[lang]).read_text(encoding="utf-8")
    prose = re.sub(r"<!--.*?-->", "", source.split("---\n", 2)[2], flags=re.DOTALL)
    assert not re.search(rf"\b{DATA['seeker']['name']}\b", prose)
    for c in CONTACTS:
        for part in c["name"].split():
            assert not re.search(rf"\b{re.escape(part)}\b", prose), f"{PAGES[lang]} writes {part!r}"
    for _, _, iso in _dates():
        written = example_search.date(DATA, iso, lang)
        day = _day(iso)
        short = f"{day.day} de {DATA['words']['months']['es'][day.month - 1]}" if lang == "es" else \
            f"{day.day} {DATA['words']['months']['en'][day.month - 1]}"
        assert iso not in prose and written not in prose and not re.search(rf"\b{short}\b", prose), iso
