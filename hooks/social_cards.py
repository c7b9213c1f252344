"""Open Graph and Twitter card metadata, with a sharing image drawn per language at build time."""

from pathlib import Path
from urllib.parse import urljoin

import mkdocs.plugins

from sitekit import pipeline, site_data
from sitekit.languages import page_language
from sitekit.site_words import every_language
from sitekit.social_card import draw_card

CARD = "social-card.png"  # one per language, at the language's root


def on_page_context(context, page, config, nav):
    lang = page_language(config)
    site = site_data.of(config)
    locales = every_language(site, "og_locale")
    context["social"] = {
        "image": urljoin(config.site_url or "/", site.languages.folder(lang) + CARD),
        "locale": locales[lang],
        # Once each: a partial language's locale may still be a copy of another's.
        "alternate_locales": list(dict.fromkeys(v for k, v in locales.items() if v != locales[lang])),
    }
    return context


@mkdocs.plugins.event_priority(pipeline.priority("on_post_build", "social_cards"))
def on_post_build(config):
    # Runs once per language build, with that language's site name and description; the
    # nested builds still report the top site_dir here, so place the card by language.
    site = site_data.of(config)
    target = Path(config.site_dir) / site.languages.folder(page_language(config))
    draw_card(config.site_name, config.site_description or "", target / CARD, site.font)
