"""Public holidays for the 3B7 planner, from the `holidays` package, at build time.

data/holidays.yml names the countries offered (and their names in each language); this module
asks the package for each country's public holidays, and each region's own, for the years
given (the planner's page carries this year's and next year's), and returns what a page's
script reads as its "holidays" data:

    {"years": [2026, 2027],
     "countries": [{"code": "ES", "name": "España",
                    "days": [["2026-01-01", "Año Nuevo"], …],
                    "regions": [{"code": "MD", "name": "Madrid", "days": [["2026-04-02", …]]}]}]}

Days on a weekend are left out: the planner skips weekends anyway. A region's days are those
it adds to the country's. Nothing is fetched when a reader uses the page.
"""

from pathlib import Path

import holidays as holiday_data

from sitekit import schemas, untranslated


class HolidaysError(ValueError):
    """data/holidays.yml cannot be used; the message names the file, the key and the reason."""


def load(path, langs):
    """The checked definitions: {"countries": {code: {lang: name}}, "name_languages": {…}}
    (schemas/holidays.schema.json, in `langs`, the site's languages), each country one the
    holidays package knows."""
    path = Path(path)
    data = untranslated.read(path, HolidaysError)
    problems = schemas.problems("holidays", data, langs, path)
    if not problems:
        known = holiday_data.list_supported_countries()
        problems = [f"{path}: countries.{code}: not a country the holidays package knows"
                    for code in data["countries"] if code not in known]
    if problems:
        raise HolidaysError("\n".join(problems))
    return data


def _days(calendar, skip=()):
    return [[day.isoformat(), name] for day, name in sorted(calendar.items())
            if day.weekday() < 5 and day not in skip]


def _aliases(country_class):
    """A region's name: the package's first alias for its code, else the code."""
    names = {}
    for alias, code in getattr(country_class, "subdivisions_aliases", {}).items():
        names.setdefault(code, alias)
    return names


def page_data(data, lang, years):
    """The holidays of every country in data/holidays.yml for `years`, named in `lang`."""
    wanted = data["name_languages"].get(lang, [])
    out = []
    for code, names in data["countries"].items():
        country_class = type(holiday_data.country_holidays(code))
        supported = getattr(country_class, "supported_languages", ())
        language = next((w for w in wanted if w in supported), None)
        national = holiday_data.country_holidays(code, years=years, language=language)
        region_names = _aliases(country_class)
        regions = []
        for subdivision in country_class.subdivisions:
            own = holiday_data.country_holidays(code, subdiv=subdivision, years=years, language=language)
            regions.append({"code": subdivision, "name": region_names.get(subdivision, subdivision),
                            "days": _days(own, skip=national)})
        regions.sort(key=lambda r: r["name"])
        out.append({"code": code, "name": names.get(lang) or next(iter(names.values())),
                    "days": _days(national), "regions": regions})
    return {"years": list(years), "countries": out}
