"""Run sitecheck over the finished site: broken links, missing translations, leaked templates.

mkdocs-static-i18n rebuilds the site once per extra language inside its own on_post_build,
so this runs after it (priority -200) and only in the outer call, when both languages
exist. Each finding is a warning: `mkdocs build --strict` fails, `mkdocs serve` shows them.
The checks themselves are plain functions in sitecheck/ (`python -m sitecheck site/`).
"""

from pathlib import Path

import mkdocs.plugins

from sitecheck import check_site

log = mkdocs.plugins.get_plugin_logger(__name__)


@mkdocs.plugins.event_priority(-200)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:
        return  # a nested per-language build: the other language is not there yet
    root = Path(config.config_file_path).parent
    findings = check_site(
        config.site_dir,
        site_url=config.site_url,
        docs_dir=config.docs_dir,
        templates_dir=root / "data" / "templates",
        external_report=root / ".cache" / "external-links.json",
    )
    for finding in findings:
        log.warning(str(finding))
