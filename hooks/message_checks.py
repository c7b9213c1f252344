"""Put the message builder's rules (data/message-checks.yml) into the pages that ask for them.

Markers in a page's Markdown:

    <!-- md:message-checks -->   the rules as JSON, for docs/assets/javascripts/tools/
    <!-- md:job-words -->        the job words of the page's language, as a readable list
                                 (inline: it may sit inside a sentence)

Loading and checking live in sitekit.message_checks.
"""

import html
import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit import message_checks
from sitekit.languages import page_language

_MARKER = re.compile(r"<!--\s*md:(message-checks|job-words)\s*-->")
_rules = {}


def on_config(config):
    try:
        _rules.update(message_checks.load())
    except message_checks.RulesError as exc:
        raise PluginError(f"message checks: {exc}") from None
    config.watch.append(str(message_checks.RULES_FILE))


@event_priority(-50)  # after the i18n plugin has set the page's language
def on_page_markdown(markdown, page, config, files):
    lang = page_language(config)

    def replace(match):
        if match.group(1) == "message-checks":
            return ('<script type="application/json" id="message-checks-data">'
                    f"{message_checks.as_json(_rules)}</script>")
        return ", ".join(f"<q>{html.escape(w)}</q>" for w in _rules["job_words"][lang])

    return _MARKER.sub(replace, markdown)
