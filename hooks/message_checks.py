"""Put the message builder's rules (data/message-checks.yml) into the pages that ask for them.

Markers in a page's Markdown:

    <!-- md:message-checks -->   the rules as JSON, for the builder (pageData("message-checks"))
    <!-- md:job-words -->        the job words of the page's language, as a readable list
                                 (inline: it may sit inside a sentence)

Loading and checking live in sitekit.message_checks.
"""

import html

from sitekit import markers, page_data, site_data
from sitekit.languages import content_language

_rules = {}


def on_config(config):
    _rules.clear()
    _rules.update(site_data.of(config).message_checks)


def _checks(args, page, config):
    page_data.add(page, "message-checks", _rules)
    return ""


def _job_words(args, page, config):
    return ", ".join(f"<q>{html.escape(w)}</q>" for w in _rules["job_words"][content_language(page, config)])


markers.register("message-checks", _checks, block=False)
markers.register("job-words", _job_words, block=False)
