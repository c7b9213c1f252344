"""A partial language (sitekit/languages.py) builds at once; what it lacks is a to-do list.

- Before the build (outer call only): one line per page, word and mkdocs.yml setting a
  partial language still lacks (sitekit/untranslated.py). A word tagged `!untranslated` in a
  language that is not partial fails a strict build (a missing one already does, where it
  is read; a missing page, in sitecheck/translations.py).
- Each page of a partial language's build that mkdocs-static-i18n took from the default
  language (no `page.xx.md` yet): its content goes inside an element with the default
  language's `lang`, under a notice in the page's language (data/site-words.yml:
  `untranslated_notice`; shown in the words source's language, and marked so, until it is
  translated).
"""

import html
import re
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

from sitekit import pipeline, site_data, untranslated
from sitekit.languages import language_entries, nested_language_build, page_language
from sitekit.site_words import word

log = mkdocs.plugins.get_plugin_logger(__name__)
NOTICE = "untranslated_notice"
_notice_lang = {}  # {partial language: the language its notice is written in}
_run = {"command": None}


def on_startup(command, dirty):
    _run["command"] = command  # `mkdocs serve` warns where a strict build stops


@mkdocs.plugins.event_priority(pipeline.priority("on_config", "untranslated"))
def on_config(config):
    if nested_language_build(config):
        return
    site = site_data.of(config)
    langs = site.languages
    words = untranslated.words_todo(site.data_dir, site.root)
    entries = {e["locale"]: e for e in language_entries(config.config_file_path)}
    shown = Path(config.config_file_path).name
    for lang in langs.partial:
        pages = untranslated.pages_todo(config.docs_dir, lang, Path(config.docs_dir).name)
        settings = untranslated.mkdocs_todo(entries, lang, shown)
        log.info("%s (%s) is partial: %d pages, %d words and %d settings to translate",
                 lang, langs.names[lang], len(pages), len(words[lang]), len(settings))
        for item in pages + words[lang] + settings:
            log.info("to translate (%s): %s", lang, item)
    for lang in langs.partial:
        _notice_lang[lang] = langs.words_source if NOTICE in untranslated.keys_left(site.path("site-words.yml"), lang) else lang
    missing = [f"{item}: translate it, or mark {lang} partial in {shown}"
               for lang in langs.langs[1:] if lang not in langs.partial for item in words[lang]]
    if missing:
        title = "words not translated in a language that is not partial"
        if config.strict and _run["command"] != "serve":
            raise PluginError(f"{title}:\n  " + "\n  ".join(missing))
        for item in missing:
            log.warning("%s: %s", title, item)


def notice(site, lang):
    """The notice above an untranslated page of `lang`, as HTML."""
    default = site.langs[0]
    name = f'<span lang="{default}">{html.escape(site.languages.names[default])}</span>'
    text = html.escape(word(site, NOTICE, lang)).replace("{language}", name)
    own = _notice_lang.get(lang, lang)
    marked = f' lang="{own}"' if own != lang else ""
    return f'<div class="admonition note untranslated-notice" role="note"{marked}><p>{text}</p></div>'


_ARTICLE = re.compile(r'(<article class="md-content__inner[^"]*">)(.*?)(</article>)', re.DOTALL)


def on_post_page(output, page, config):
    """After the page is written (and indexed for search section by section, which a
    wrapper around its headings would stop)."""
    site = site_data.of(config)
    lang = page_language(config)
    if lang not in site.languages.partial or getattr(page.file, "locale", lang) == lang:
        return output
    return _ARTICLE.sub(lambda m: f'{m.group(1)}{notice(site, lang)}\n<div class="untranslated" lang="{site.langs[0]}">'
                                  f'{m.group(2)}</div>{m.group(3)}', output, count=1)
