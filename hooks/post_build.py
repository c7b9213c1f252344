"""What happens to the built site once every language is built, in this order, once: the steps
of sitekit/postbuild.py (also a command over any built site, `python -m sitekit.postbuild`).

mkdocs-static-i18n builds each language inside its own on_post_build, as does the offline
plugin; this runs after them, only in the outer call. hooks/site_checks.py then checks the
result: the files as readers will get them (the order: sitekit/pipeline.py).
"""

import mkdocs.plugins
from mkdocs.exceptions import PluginError

from sitekit import pipeline, postbuild
from sitekit.languages import nested_language_build

log = mkdocs.plugins.get_plugin_logger(__name__)


@mkdocs.plugins.event_priority(pipeline.priority("on_post_build", "post_build"))
def on_post_build(config):
    if nested_language_build(config):
        return  # a nested per-language build: the outer call acts once, with every page
    try:
        postbuild.run(config.site_dir, config.docs_dir, log)
    except postbuild.PostBuildError as exc:
        raise PluginError(str(exc)) from None
