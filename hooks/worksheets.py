"""Render worksheets where a page asks for them, and mark those pages for the scripts.

Markers in a page's Markdown, each on its own line:

    <!-- md:worksheet ID -->     the form defined in data/worksheets/ID.yml
    <!-- md:worksheet-index -->  every worksheet with its progress, then export/import/clear
    <!-- md:worksheet-booklet --> every worksheet on one page, to print them all at once
    <!-- md:worksheet-export --> the export of every answer alone («Mi búsqueda»)

Definitions are loaded and checked by sitekit.worksheets; a page holding a marker gets
`page.meta.worksheets`, which overrides/main.html reads to load the scripts there only.
"""

from pathlib import Path

from mkdocs.plugins import event_priority

from sitekit import contacts, markers, page_data, pipeline, site_data, worksheets
from sitekit.languages import content_language

_state = {}


def on_config(config):
    site = site_data.of(config)
    _state["worksheets"] = site.worksheets
    _state["ui"] = site.worksheets_ui
    _state["contacts"] = site.contacts
    _state["site"] = site
    _state["tool_fields"] = site.tool_fields
    _state["order"] = _nav_order(config.nav or [])
    _state["partials"] = site.partials  # the worksheet partials, overrides/hooks/


def _marker(render, per_contact=lambda args: True):
    def rendered(args, page, config):
        page.meta["worksheets"] = True  # overrides/main.html loads the scripts and worksheets.css
        if per_contact(args):
            # The «¿Para quién?» picker, or progress and sheets per chosen contact (hooks/contacts.py).
            page.meta["contacts"] = True
        return render(args, content_language(page, config), _href(config))
    return rendered


def _href(config):
    """The link from a worksheet page to another's: they are siblings in fichas/ (the offline
    copy has no directory addresses)."""
    return (lambda wid: f"../{wid}/") if config.use_directory_urls else (lambda wid: f"{wid}.html")


def _worksheet(args, lang, href):
    picker = contacts.picker_html(_state["site"], _state["contacts"], args[0], lang)
    return worksheets.render(_state["worksheets"][args[0]], lang, _state["ui"], picker=picker,
                             sources=_state["worksheets"], href=href, partials=_state["partials"])


markers.register("worksheet", _marker(_worksheet, per_contact=lambda args: args[0] in _state["contacts"]["tools"]),
                 markers.Arg("ID", lambda done: sorted(_state["worksheets"]), "worksheet (data/worksheets/ID.yml)"))
markers.register("worksheet-index", _marker(lambda args, lang, href: _index(lang)))
# The export of every answer alone, for a page that is not the worksheets' index («Mi búsqueda»).
markers.register("worksheet-export", _marker(lambda args, lang, href: worksheets.data_tools(
    lang, _state["ui"], ("export",), partials=_state["partials"])))
markers.register("worksheet-booklet", _marker(lambda args, lang, href: worksheets.render_booklet(
    _ordered(), lang, _state["ui"], href, partials=_state["partials"])))


@event_priority(pipeline.priority("on_page_markdown", "worksheets"))
def on_page_markdown(markdown, page, config, files):
    lang = content_language(page, config)
    if page.meta.get("worksheets"):
        page_data.add(page, "schema", _schema(lang))
    return markdown


# A worksheet field's kind, for checking an import (src/store.mjs readImport); the kinds and
# the tools' stored fields: sitekit/tool_stored.py.
_FIELD_KINDS = {"multi": "ss", "rows": "rows", "planner": "planner"}


def _schema(lang):
    """The worksheets' and tools' titles and field kinds, for the page's scripts ("schema")."""
    ui = _state["ui"]
    schema = {ws.id: {"title": ws.title[lang], "fields": {f["id"]: _FIELD_KINDS.get(f["type"], "s") for f in ws.fields}}
              for ws in _ordered()}
    schema.update({tool: {"title": ui[f"title_{tool}"][lang], "fields": fields} for tool, fields in _state["tool_fields"].items()})
    people = _state["contacts"]
    for tool in people["tools"]:
        schema[tool]["per_contact"] = True
    schema[contacts.YOU_ID] = {"title": people["words"]["you_title"][lang], "fields": {f: "s" for f in people["you"]}}
    return schema


def _ordered():
    """The worksheets in the order the navigation lists their pages."""
    order = _state["order"]
    return sorted(_state["worksheets"].values(), key=lambda ws: (order.get(ws.id, len(order)), ws.id))


def _index(lang):
    partials = _state["partials"]
    return (worksheets.render_index(_ordered(), lang, _state["ui"], partials=partials) + "\n\n"
            + worksheets.data_tools(lang, _state["ui"], partials=partials) + "\n")


def _nav_order(nav):
    """Worksheet ids in the order the navigation lists their pages (fichas/ID.md)."""
    found = []

    def walk(item):
        if isinstance(item, str):
            name = Path(item).name
            if name.endswith(".md"):
                found.append(name[:-3])
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav)
    return {wid: i for i, wid in enumerate(found)}
