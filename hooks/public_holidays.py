"""Put the public holidays (data/holidays.yml, sitekit/holidays.py) into the pages that ask
with `holidays: true` in their front matter: the page's data "holidays", this year's and next
year's, named in the page's language, for the 3B7 planner's choice of country."""

import datetime

from sitekit import holidays, page_data, site_data
from sitekit.languages import content_language

_state = {}


def on_config(config):
    _state["data"] = site_data.of(config).holidays
    # The build's year and the next: a site built in December offers January's holidays too.
    year = datetime.date.today().year
    _state["years"] = (year, year + 1)
    _state["by_lang"] = {}


def on_page_content(html, page, config, files):
    if not page.meta.get("holidays"):
        return html
    lang = content_language(page, config)
    cache = _state["by_lang"]
    if lang not in cache:
        cache[lang] = holidays.page_data(_state["data"], lang, _state["years"])
    page_data.add(page, "holidays", cache[lang])
    return html
