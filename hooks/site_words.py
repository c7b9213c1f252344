"""The chrome's words (data/site-words.yml) for the theme's templates, in every page's
context: `words` in the language being built, `words_by_language` and `languages` for the
templates that speak every language (the 404 page: the complete ones, as a partial
language's words may still be another language's), and `untranslated_words`. Material imports partials/language.html
with the page's context, so its macro sees them too.

Each page's <html> also says how its language writes dates (`data-date-locale`, from
sitekit/languages.py), for the scripts that show one (Intl.DateTimeFormat)."""

import re

from sitekit import site_data
from sitekit.languages import page_language
from sitekit.untranslated import keys_left

_HTML = re.compile(r"<html\b")


def _add(context, config):
    site = site_data.of(config)
    words = site.site_words
    lang = page_language(config)
    context["words"] = {key: texts[lang] for key, texts in words.items()}
    context["words_by_language"] = words
    context["languages"] = list(site.languages.complete)
    # A partial language's words not translated yet: Material's own, where it has one, are
    # better than another language's (overrides/partials/language.html).
    context["untranslated_words"] = sorted(keys_left(site.path("site-words.yml"), lang)) if lang in site.languages.partial else []
    return context


def on_page_context(context, page, config, nav):
    return _add(context, config)


def on_template_context(context, template_name, config):
    return _add(context, config)  # pages outside the nav: 404.html


def on_post_page(output, page, config):
    return _HTML.sub(f'<html data-date-locale="{site_data.of(config).languages.date_locale(page_language(config))}"', output, count=1)
