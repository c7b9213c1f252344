"""The chrome's words (data/site-words.yml) for the theme's templates, in every page's
context: `words` in the language being built, `words_by_language` and `languages` for the
templates that speak every language (the 404 page). Material imports partials/language.html
with the page's context, so its macro sees them too."""

from sitekit.languages import LANGS, page_language
from sitekit.site_words import WORDS_FILE, all_words


def on_config(config):
    config.watch.append(str(WORDS_FILE))


def _add(context, config):
    words = all_words()
    lang = page_language(config)
    context["words"] = {key: texts[lang] for key, texts in words.items()}
    context["words_by_language"] = words
    context["languages"] = list(LANGS)
    return context


def on_page_context(context, page, config, nav):
    return _add(context, config)


def on_template_context(context, template_name, config):
    return _add(context, config)  # pages outside the nav: 404.html
