"""Diagrams where a page asks for them: `<!-- md:diagram ID -->`, on a line of its own, becomes
the figure drawn from data/diagrams/ID.yml (sitekit/diagrams/), in the language the page's
text is written in, and the page links diagrams.css.

Every diagram is checked and drawn in every language when the configuration loads, so a
word that is missing or does not fit stops the build even where no page shows it.
"""



from sitekit import diagrams, markers, site_data
from sitekit.languages import content_language

_state = {}


def on_config(config):
    _state["diagrams"] = site_data.of(config).diagrams


def _render(args, page, config):
    styles = page.meta.setdefault("styles", [])
    if "diagrams" not in styles:
        styles.append("diagrams")  # overrides/main.html links it on this page only
    return diagrams.figure(_state["diagrams"][args[0]], content_language(page, config)) + "\n\n"


markers.register("diagram", _render,
                 markers.Arg("ID", lambda done: sorted(_state.get("diagrams", ())), "diagram (data/diagrams/ID.yml)"))
