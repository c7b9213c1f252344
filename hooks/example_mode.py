"""The workspace's example (data/example-mode.yml, sitekit/example_mode.py) in the pages:

- every page with a page script (the pages that show answers) gets the banner's words in its
  context, for overrides/partials/example-banner.html: the banner is in the built page, shown
  before the first paint when the example is on (overrides/main.html's head script), so it
  never moves the page;
- `<!-- md:example-load -->` renders the load control, and puts Carmen's contacts as tracker
  records into the page's data ("example") for src/example-load.mjs: no fetch.
"""

from html import escape

from sitekit import example_mode, markers, page_data, site_data
from sitekit.languages import content_language

_state = {}


def on_config(config):
    site = site_data.of(config)
    _state["mode"] = site.example_mode
    _state["story"] = site.example_search


def on_page_context(context, page, config, nav):
    if page.meta.get("script") or page.meta.get("worksheets"):
        context["example_banner"] = example_mode.words(_state["mode"], content_language(page, config))
    return context


def _load(args, page, config):
    lang = content_language(page, config)
    w = example_mode.words(_state["mode"], lang)
    page_data.add(page, "example", {
        "today": _state["mode"]["today"],
        "records": example_mode.snapshot(_state["story"], _state["mode"]["today"], lang),
        "failed": w["load_failed"],
    })
    # Inside the page's `<div class="example-load">`, hidden without JavaScript and while the
    # example is on (site.css).
    return (f'<p><button type="button" class="md-button md-button--primary example-load__button" data-leaves-page>{escape(w["load"])}'
            '</button></p>\n<p class="example-load__status" role="status"></p>\n')

markers.register("example-load", _load)
