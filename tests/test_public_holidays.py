"""Public holidays in the 3B7 planner: drawn at build time from the `holidays` package
(sitekit/holidays.py, data/holidays.yml), chosen by country or region in the page, and
counted by the planner."""

import datetime as dt
from pathlib import Path

import holidays as holiday_data
import pytest

from sitekit import holidays
from tests.browsing import wait_stored
from tests.conftest import SITE

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "holidays.yml"
PLANNER = "herramientas/seguimiento/"
COUNTRIES = ("ES", "MX", "AR", "CO", "CL", "PE", "US", "GB", "IE")  # issue 26, item 8


@pytest.fixture(scope="module")
def data():
    return holidays.load(DATA, SITE.langs)


def test_every_country_the_readers_live_in_is_offered_with_its_regions(data):
    assert tuple(data["countries"]) == COUNTRIES
    built = holidays.page_data(data, "es", (2026, 2027))
    spain = next(c for c in built["countries"] if c["code"] == "ES")
    assert ["2026-12-08", "Inmaculada Concepción"] in spain["days"]
    madrid = next(r for r in spain["regions"] if r["name"] == "Madrid")
    assert madrid["code"] == "MD" and ["2026-12-07", "Lunes siguiente a Día de la Constitución Española"] in madrid["days"]
    assert not any(d[0] == "2026-12-08" for d in madrid["days"]), "a region lists only the days it adds"
    uk = next(c for c in built["countries"] if c["code"] == "GB")
    assert {r["name"] for r in uk["regions"]} >= {"England", "Scotland", "Wales", "Northern Ireland"}
    for country in built["countries"]:
        for day, _ in country["days"] + [d for r in country["regions"] for d in r["days"]]:
            assert dt.date.fromisoformat(day).weekday() < 5, (country["code"], day)
            assert day[:4] in ("2026", "2027")


def test_names_are_in_the_page_language_where_the_package_has_it(data):
    english = holidays.page_data(data, "en", (2026,))
    spain = next(c for c in english["countries"] if c["code"] == "ES")
    assert spain["name"] == "Spain"
    assert ["2026-12-08", "Immaculate Conception"] in spain["days"]


def test_a_country_the_package_does_not_know_fails_naming_the_file_and_key(tmp_path):
    bad = tmp_path / "holidays.yml"
    bad.write_text(DATA.read_text(encoding="utf-8").replace('  IE: {es: "Irlanda"', '  XX: {es: "Irlanda"'), encoding="utf-8")
    with pytest.raises(holidays.HolidaysError, match=r"holidays\.yml: .*countries\.XX: not a country"):
        holidays.load(bad, SITE.langs)


def _business_days_after(start, count, skip):
    day = dt.date.fromisoformat(start)
    while count:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day.isoformat() not in skip:
            count -= 1
    return day.isoformat()


@pytest.mark.parametrize("prefix, choice, label", [("", "ES", "España (todo el país)"),
                                                   ("en/", "GB-ENG", "England")])
def test_choosing_a_country_moves_day_3_past_its_holiday_and_stays_chosen(server, page, prefix, choice, label):
    page.goto(server + prefix + PLANNER, wait_until="load")
    page.wait_for_function("() => document.querySelector('.followup__status').textContent !== ''")
    years = page.evaluate("JSON.parse(document.getElementById('page-data').textContent).holidays.years")
    code, _, region = choice.partition("-")
    official = {d.isoformat() for d, _ in holiday_data.country_holidays(code, subdiv=region or None, years=years).items()}
    # The working day before the first weekday holiday: day 3 must step over it.
    holiday = min(d for d in official if dt.date.fromisoformat(d).weekday() < 5 and d[:4] == str(years[0]))
    sent = dt.date.fromisoformat(holiday) - dt.timedelta(days=1)
    while sent.weekday() >= 5:
        sent -= dt.timedelta(days=1)
    sent = sent.isoformat()
    assert _business_days_after(sent, 3, set()) != _business_days_after(sent, 3, official)

    page.fill("#fp-sent", sent)
    assert page.locator(".followup__list li[data-kind=day3] time").get_attribute("datetime") == _business_days_after(sent, 3, set())
    page.select_option("#fp-country", choice)
    assert page.locator("#fp-country option:checked").inner_text() == label
    assert page.locator(".followup__list li[data-kind=day3] time").get_attribute("datetime") == _business_days_after(sent, 3, official)
    assert page.locator(".followup__list li[data-kind=day7] time").get_attribute("datetime") == _business_days_after(sent, 7, official)
    # The list names each day; the reader can still take one out.
    listed = page.locator(".followup__holidays li").all_inner_texts()
    assert len(listed) == len([d for d in official if dt.date.fromisoformat(d).weekday() < 5])
    assert page.locator(".followup__status").inner_text().strip()
    wait_stored(page, "seguimiento", f"(d) => d.country === '{choice}' && d.holidays.includes('{holiday}')")
    page.reload(wait_until="load")
    page.wait_for_function("() => document.querySelector('.followup__status').textContent !== ''")
    assert page.locator("#fp-country").input_value() == choice
    assert page.locator(".followup__list li[data-kind=day3] time").get_attribute("datetime") == _business_days_after(sent, 3, official)


def test_a_day_added_by_hand_survives_a_change_of_country(server, page):
    page.goto(server + PLANNER, wait_until="load")
    page.wait_for_function("() => document.querySelector('.followup__status').textContent !== ''")
    page.fill("#fp-holidays", "2026-03-11")
    page.select_option("#fp-country", "MX")
    page.select_option("#fp-country", "CO")
    page.select_option("#fp-country", "")
    assert page.locator("#fp-holidays").input_value() == "2026-03-11"
