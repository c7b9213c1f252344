"""Checks over a built site folder, as plain functions: they work on any static build.

`check_site()` runs them all; `python -m sitecheck site/` does the same from a shell.
"""

import json
import os
from pathlib import Path

from sitecheck.links import check_links
from sitecheck.report import shown_path
from sitecheck.site import BuiltSite
from sitecheck.translations import check_pairs, check_sources


def check_site(site_dir, site_url=None, docs_dir=None, templates_dir=None, external_report=None, added_later=(),
               overrides_dir=None):
    """Every finding over a built site, sorted by file and line.

    `docs_dir` adds the checks on source files (a page without its twin); `templates_dir`
    the checks on message templates; `external_report` is where the external links found
    are listed (JSON: {url: ["file:line", ...]}) for `make linkcheck-external`;
    `added_later` names files the deploy adds to the site after the build, which links may reach.
    With `docs_dir`, each finding in a built file also names the source it came from (a
    Markdown page, else a template in `overrides_dir`): sitecheck.source_map.
    """
    site = BuiltSite(site_dir, site_url, added_later)
    external = {}
    findings = check_links(site, external)
    findings += check_pairs(site)
    if docs_dir:
        findings += check_sources(docs_dir, shown_path(docs_dir))
    if templates_dir:
        from sitecheck.templates import check_templates  # noqa: PLC0415

        findings += check_templates(site, templates_dir, docs_dir)
    if external_report:
        path = Path(external_report)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside, then renamed: two builds at once (test workers) never leave half a file.
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(dict(sorted(external.items())), indent=1) + "\n", encoding="utf-8")
        os.replace(partial, path)
    findings = sorted(set(findings))
    if docs_dir:
        from sitecheck.source_map import SourceMap  # noqa: PLC0415

        sources = SourceMap(docs_dir, overrides_dir)
        findings = sorted((sources.locate(f) for f in findings), key=str)
    return findings
