"""Put the contacts' roles and words (data/contacts.yml) into every page that keeps answers.

They go into the page's data as "contacts" (sitekit/page_data.py), which
src/contacts.mjs (the «¿Para quién?» picker) and the store's
migration (src/store.mjs: the word for an unnamed contact) read. A page whose front matter
says `contacts: true`, or that holds a per-contact worksheet (hooks/worksheets.py sets it),
gets contacts.css (overrides/main.html). This hook also gives the theme the `page_data`
filter that writes a page's data block (overrides/main.html).
"""


from sitekit import contacts, page_data, site_data
from sitekit.languages import content_language

_data = {}


def on_config(config):
    _data.clear()
    _data.update(site_data.of(config).contacts)


def on_page_content(html, page, config, files):
    meta = page.meta
    if not (meta.get("worksheets") or meta.get("worksheet_store") or meta.get("contacts")):
        return html
    page_data.add(page, "contacts", contacts.page_data(_data, content_language(page, config)))
    return html


def on_env(env, config, files):
    env.filters["page_data"] = page_data.as_json
