"""Render a tool's form (overrides/hooks/tools/ID.html, its words in data/tools/ID.yml) where its
page asks, in the page's language.

Marker in a page's Markdown, on its own line:

    <!-- md:tool-form ID -->    the form the tool's script (src/) runs

Loading and checking live in sitekit.tool_forms. Markers the form holds (the builder's
`md:template-fields` in its template, `md:job-words` in a check's words) are rendered as in a
page; one that is wrong is named at its line in the data file or the template.
"""



from sitekit import contacts, markers, site_data, tool_forms
from sitekit.languages import content_language

_forms = {}
_contacts = {}


def on_config(config):
    site = site_data.of(config)
    _forms.clear()
    _forms.update(site.tool_forms)
    _contacts.clear()
    _contacts.update(site.contacts)


def _render(args, page, config):
    form = _forms[args[0]]
    lang = content_language(page, config)
    site = site_data.of_config(config)
    # A per-contact tool's «¿Para quién?» comes first (src/contacts.mjs fills it).
    out = contacts.picker_html(site, _contacts, form.id, lang) + tool_forms.render(site, form, lang)
    if "md:" not in out:
        return out
    try:
        return markers.replace_all(out, page, config, site.shown(form.path), form.path.read_text(encoding="utf-8"))
    except markers.MarkerError as exc:
        message = str(exc)
    if f"{site.shown(form.path)}:0: " in message:
        # Not in the words: a marker the template holds, named at its line there.
        source, filename, _ = site.partials.loader.get_source(site.partials, form.template)
        try:
            markers.replace_all(out, page, config, site.shown(filename) if filename else f"overrides/{form.template}", source)
        except markers.MarkerError as exc:
            message = str(exc)
    # The page's marker is named around this, and the known markers after it: once.
    raise markers.MarkerError(message.removesuffix("\n  " + markers.usage()))


markers.register("tool-form", _render, markers.Arg("ID", lambda done: sorted(_forms), "tool form (overrides/hooks/tools/ID.html)"))
