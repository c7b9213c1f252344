"""Open Graph and Twitter card metadata, with a sharing image drawn per language at build time."""

from pathlib import Path
from urllib.parse import urljoin

import mkdocs.plugins

from sitekit import pipeline
from sitekit.languages import LANGS, page_language
from sitekit.site_words import every_language
from sitekit.social_card import draw_card

CARD = "social-card.png"  # one per language, at the language's root


def _language_folder(lang):
    """'' for the default language, 'en/' for English: where that language's pages live."""
    return "" if lang == LANGS[0] else f"{lang}/"


def on_page_context(context, page, config, nav):
    lang = page_language(config)
    locales = every_language("og_locale")
    context["social"] = {
        "image": urljoin(config.site_url or "/", _language_folder(lang) + CARD),
        "locale": locales[lang],
        "alternate_locales": [v for k, v in locales.items() if k != lang],
    }
    return context


@mkdocs.plugins.event_priority(pipeline.priority("on_post_build", "social_cards"))
def on_post_build(config):
    # Runs once per language build, with that language's site name and description; the
    # nested builds still report the top site_dir here, so place the card by language.
    folder = Path(config.site_dir) / _language_folder(page_language(config))
    draw_card(config.site_name, config.site_description or "", folder / CARD)
