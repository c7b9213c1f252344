"""Put a strict Content-Security-Policy <meta> into every built page (sitekit/csp.py).

It hashes the inline scripts in the page's final HTML, so it runs after every other
hook and plugin has changed the page.
"""

from mkdocs.plugins import event_priority

from sitekit import pipeline
from sitekit.csp import with_policy


@event_priority(pipeline.priority("on_post_page", "csp"))  # the hashes must match the HTML as written
def on_post_page(output, page, config):
    return with_policy(output, where=page.file.src_uri)


@event_priority(pipeline.priority("on_post_template", "csp"))
def on_post_template(output_content, template_name, config):
    # Theme pages rendered outside the nav, such as 404.html (sitemap.xml is no page).
    if not template_name.endswith(".html"):
        return output_content
    return with_policy(output_content, where=template_name)
