"""Render message templates (data/templates/*.yml) where a page asks for them.

Markers in a page's Markdown:

    <!-- md:template outreach email -->        the example, filled, then its template
    <!-- md:template outreach email notes -->  the same, each part linking to #part-<role>
    <!-- md:template-data outreach -->         the whole template in the page's data ("templates")
    <!-- md:template-fields outreach -->       a labelled field per placeholder, for the builder
    <!-- md:template-fields outreach cold -->  one field per placeholder of any of them, each
                                               naming the templates that use it

Templates are loaded and checked by sitekit.message_templates; this hook only turns them
into HTML in the page's language.
"""

import html
import json

from sitekit import markers, message_templates, page_data, site_data
from sitekit.languages import content_language

_FOLDER = "data/templates"
_templates = {}


def on_config(config):
    _templates.clear()
    _templates.update(site_data.of(config).templates)


def _marker(render):
    def rendered(args, page, config):
        _use_stylesheet(page, "message-template")  # overrides/main.html links it on this page only
        return render(args, content_language(page, config), site_data.of_config(config).site_words)
    return rendered


def _known_templates(done):
    return sorted(_templates)


_TEMPLATE = markers.Arg("TEMPLATE", _known_templates, f"template ({_FOLDER}/*.yml)")


def _use_stylesheet(page, name):
    styles = page.meta.setdefault("styles", [])
    if name not in styles:
        styles.append(name)


def _template(name):
    return _templates[name]


def _fields(args, lang, words=None):
    """The builder's fields, in the templates' order (a placeholder two templates share, such
    as their_name, gets one field), written into the page so that they are there at first
    paint (no layout shift while the script starts). Each field names the templates it
    serves in data-templates; those the first template's first variant does not use start
    hidden, as the script would hide them."""
    fields = {}  # placeholder -> (spec, [template ids]), in order of first use
    for template in (_template(name) for name in args):
        for name, spec in template.placeholders(lang).items():
            fields.setdefault(name, (spec, []))[1].append(template.id)
    first = _template(args[0])
    shown = set(first.used(first.variants[0], lang))
    out = []
    for name, (spec, users) in fields.items():
        field = f"mb-{name.replace('_', '-')}" if len(args) > 1 else f"{users[0]}-{name.replace('_', '-')}"
        attrs = f'id="{field}" name="{name}" autocomplete="off" aria-describedby="{field}-hint"'
        # Names fit on one line, a date takes a date; everything else gets room for a sentence.
        dated = any(_template(t).data["placeholders"][name].get("date") for t in users)
        control = (f'<input type="date" {attrs}>' if dated else f'<input type="text" {attrs}>'
                   if name.endswith(("_name", "_greeting")) else f'<textarea rows="2" {attrs}></textarea>')
        out.append(
            f'<p class="tool__field" data-placeholder="{name}" data-templates="{" ".join(users)}"'
            f'{"" if name in shown else " hidden"}>'
            f'<label for="{field}">{html.escape(spec["label"])}</label>'
            f'{control}<span class="tool__hint" id="{field}-hint">{html.escape(spec["hint"])}</span></p>'
        )
    return "\n".join(out)


def _example(args, lang, words):
    template, variant = _template(args[0]), args[1]
    notes = len(args) == 3
    labels = template.placeholders(lang)
    spec = template.data["variants"][variant][lang]
    filled = message_templates.fill(template, variant, lang)
    gaps = message_templates.fill(template, variant, lang, {k: "" for k in labels},
                                  gaps={k: v["label"] for k, v in labels.items()})
    attrs = f'data-template="{template.id}" data-variant="{variant}" data-digest="{template.digest}"'
    return (
        f'<figure class="message-template" {attrs}>\n'
        f'<figcaption>{html.escape(spec["label"])}</figcaption>\n'
        f'{_message(filled, template, lang, notes, "value", words)}\n'
        f'<details class="message-template__gaps"><summary>{words["template_gaps"][lang]}</summary>\n'
        f'{_message(gaps, template, lang, False, "gap", words)}\n</details>\n</figure>'
    )


def _message(message, template, lang, notes, kind, words):
    """HTML of a filled message: placeholders marked, paragraphs as they will be sent; `words`
    the chrome's (data/site-words.yml)."""
    out = []
    if message.subject is not None:
        out.append(f'<p class="message-template__subject"><strong>{words["template_subject"][lang]}</strong> '
                   f'{_segments(message.subject_segments, kind)}</p>')
    def html_of(part):
        body = f'<span class="message-template__part" data-role="{part.role}">{_segments(part.segments, kind)}</span>'
        if notes:
            label = html.escape(template.role_label(part.role, lang))
            body += (f' <a class="message-template__note" href="#part-{part.role}">'
                     f'<span class="visually-hidden">{words["template_note"][lang]} </span>{label}</a>')
        return body
    out += ["<p>" + " ".join(html_of(part) for part in parts) + "</p>" for parts in message.paragraphs()]
    return '<div class="message-template__message">' + "\n".join(out) + "</div>"


def _segments(segments, kind):
    html_parts = []
    for seg in segments:
        text = html.escape(seg.text).replace("\n", "<br>")
        if seg.placeholder:
            text = f'<mark class="message-template__{kind}" data-placeholder="{seg.placeholder}">{text}</mark>'
        html_parts.append(text)
    return "".join(html_parts)


markers.register("template", _marker(_example), _TEMPLATE,
                 markers.Arg("VARIANT", lambda done: _template(done[0]).variants, "variant of that template"),
                 markers.option("notes"), block=False)
def _page_data(args, page, config):
    # overrides/main.html loads the worksheet-thanks script where a worksheet fills a template
    # (the thank-you on the notes sheet fills it with the same code as the builder).
    page.meta["template_data"] = True
    template = _template(args[0])
    page_data.add_template(page, template.id, json.loads(template.as_json()))
    _use_stylesheet(page, "message-template")  # as on every page with a template's marker
    return ""


markers.register("template-data", _page_data, _TEMPLATE, block=False)
markers.register("template-fields", _marker(_fields), markers.Arg("TEMPLATE", _known_templates, _TEMPLATE.what, many=True),
                 block=False)
