"""Run sitecheck over the finished site: broken links, missing translations, leaked templates.

Before the build, snippet includes are checked too: pymdownx.snippets stops on a missing
file without naming the page, so this stops first, naming page and line.

mkdocs-static-i18n rebuilds the site once per extra language inside its own on_post_build,
so this runs after it (priority -200) and only in the outer call, when both languages
exist. Each finding is a warning: `mkdocs build --strict` fails, `mkdocs serve` shows them.
The checks themselves are plain functions in sitecheck/ (`python -m sitecheck site/`).

Paths are relative to the config file: templates in data/templates/, and the external
links found are listed in .cache/external-links.json for `make linkcheck-external`.
"""

from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

from sitecheck import check_site
from sitecheck.report import shown_path
from sitecheck.snippets import check_snippets
from sitekit.languages import nested_language_build

log = mkdocs.plugins.get_plugin_logger(__name__)


def on_pre_build(config):
    snippets = config.mdx_configs.get("pymdownx.snippets")
    if snippets is None:
        return
    bases = snippets.get("base_path") or ["."]
    findings = check_snippets(config.docs_dir, [bases] if isinstance(bases, str) else bases, shown_path(config.docs_dir))
    if findings:
        raise PluginError("snippet includes that lead nowhere:\n  " + "\n  ".join(map(str, findings)))


@mkdocs.plugins.event_priority(-200)
def on_post_build(config):
    if nested_language_build(config):
        return  # a nested per-language build: the other language is not there yet
    root = Path(config.config_file_path).parent
    findings = check_site(
        config.site_dir,
        site_url=config.site_url,
        docs_dir=config.docs_dir,
        templates_dir=root / "data" / "templates",
        external_report=root / ".cache" / "external-links.json",
        added_later=list(config.extra.get("deploy_files", {}).values()),
    )
    for finding in findings:
        log.warning(str(finding))
