"""Put the contacts' roles and words (data/contacts.yml) into every page that keeps answers.

docs/assets/javascripts/contacts.js (the «¿Para quién?» picker) and the store's migration
(worksheet-store.js: the word for an unnamed contact) read it as #contact-data. A page whose
front matter says `contacts: true`, or that holds a per-contact worksheet (hooks/worksheets.py
sets it), loads contacts.js and contacts.css (overrides/main.html).
"""

from mkdocs.exceptions import PluginError

from sitekit import contacts
from sitekit.languages import page_language

_data = {}


def on_config(config):
    try:
        _data.update(contacts.load())
    except (contacts.ContactsError, ValueError) as exc:
        raise PluginError(f"contacts:\n{exc}") from None
    config.watch.append(str(contacts.CONTACTS_FILE))


def on_page_content(html, page, config, files):
    meta = page.meta
    if not (meta.get("worksheets") or meta.get("worksheet_store") or meta.get("contacts")):
        return html
    return html + "\n" + contacts.as_script(_data, page_language(config))
