"""Run sitecheck around a build: the sources before MkDocs reads them, the finished site after.

Before the build (on_config, before MkDocs walks docs/): symlinks that leave the repository,
dangle or loop; pages without a description; default-language pages missing from the nav;
snippet includes that lead nowhere or outside data/snippets/ (pymdownx.snippets would stop
with a traceback naming no page).

After the build: broken links, missing translations, leaked templates. mkdocs-static-i18n
rebuilds the site once per extra language inside its own on_post_build, so this runs after
it (sitekit/pipeline.py) and only in the outer call, when both languages exist.

In a strict build (`mkdocs build --strict`, or `strict: true` in mkdocs.yml) findings stop
the build with a PluginError listing all of them, so they fail it with `-q` too (MkDocs
counts warnings only when they are logged, and `-q` drops them). `mkdocs serve` shows them
as warnings. With `-q`, MkDocs' own warnings are kept from the console but still counted,
and listed in the same error. The checks themselves are plain functions in sitecheck/
(`python -m sitecheck site/`).

Paths are relative to the config file: templates in data/templates/, and the external
links found are listed in .cache/external-links.json for `make linkcheck-external`.
"""

import logging
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

from sitecheck import check_site
from sitecheck.report import shown_path
from sitecheck.snippets import check_snippets
from sitecheck.sources import check_front_matter, check_nav, check_symlinks
from sitekit import languages, pipeline, site_data
from sitekit.languages import nested_language_build

log = mkdocs.plugins.get_plugin_logger(__name__)
_run = {"command": None, "quiet": None}


class _Kept(logging.Handler):
    """MkDocs' warnings in a quiet strict build: not shown, listed when the build stops."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        if record.levelno < logging.ERROR and record.name != log.name and not record.name.endswith(log.name):
            self.messages.append(record.getMessage())


class _OwnLanguageOnly(logging.Filter):
    """MkDocs lists a page left out of the nav together with its twins (`x.md`, `x.en.md`),
    which reads as if each needed an entry; only the default-language file does."""

    def filter(self, record):
        if "not included in the \"nav\"" not in str(record.msg):
            return True
        head, *pages = str(record.msg).split("\n  - ")
        pages = [p for p in pages if not p.endswith(tuple(f".{lang}.md" for lang in languages.LANGS[1:]))]
        record.msg, record.args = head + "".join(f"\n  - {p}" for p in pages), ()
        return bool(pages)


def on_startup(command, dirty):
    _run["command"] = command
    nav_log = logging.getLogger("mkdocs.structure.nav")
    if not any(isinstance(f, _OwnLanguageOnly) for f in nav_log.filters):
        nav_log.addFilter(_OwnLanguageOnly())


def _strict(config):
    return bool(config.strict) and _run["command"] != "serve"


def _stop_or_warn(config, title, findings, fatal=False):
    if not findings:
        return
    if fatal or _strict(config):
        raise PluginError(f"{title}:\n  " + "\n  ".join(map(str, findings)))
    for finding in findings:
        log.warning(str(finding))


def _keep_quiet_warnings(config):
    """`-q` sets MkDocs' logger to ERROR, so its warnings never reach the strict counter."""
    logger = logging.getLogger("mkdocs")
    if not _strict(config) or logger.getEffectiveLevel() <= logging.WARNING or _run["quiet"]:
        return
    shown_from = logger.getEffectiveLevel()
    for handler in logger.handlers:
        handler.setLevel(max(handler.level, shown_from))
    _run["quiet"] = _Kept()
    logger.addHandler(_run["quiet"])
    logger.setLevel(logging.WARNING)


@mkdocs.plugins.event_priority(pipeline.priority("on_config", "site_checks"))
def on_config(config):
    site_data.of(config)  # the first hook to act: what follows reads this config's languages and data
    if nested_language_build(config):
        return
    _keep_quiet_warnings(config)
    root = Path(config.config_file_path).parent
    docs = shown_path(config.docs_dir)
    findings, fatal = check_symlinks(config.docs_dir, root, docs)
    _stop_or_warn(config, "symlinks under docs/ that MkDocs must not follow", findings, fatal)
    snippets = config.mdx_configs.get("pymdownx.snippets")
    if snippets is not None:
        bases = snippets.get("base_path") or ["."]
        findings = check_snippets(config.docs_dir, [bases] if isinstance(bases, str) else bases, docs)
        _stop_or_warn(config, "snippet includes that lead nowhere", findings, fatal=True)
    findings = check_front_matter(config.docs_dir, docs)
    findings += check_nav(config.docs_dir, config.nav, Path(config.config_file_path).name, docs)
    _stop_or_warn(config, "pages that need their front matter or a nav entry", findings)


@mkdocs.plugins.event_priority(pipeline.priority("on_post_build", "site_checks"))
def on_post_build(config):
    if nested_language_build(config):
        return  # a nested per-language build: the other language is not there yet
    root = Path(config.config_file_path).parent
    findings = check_site(
        config.site_dir,
        site_url=config.site_url,
        docs_dir=config.docs_dir,
        templates_dir=site_data.of(config).path("templates"),
        external_report=root / ".cache" / "external-links.json",
        added_later=list(site_data.of(config).deploy_files.values()),
        overrides_dir=config.theme.custom_dir,
    )
    kept = _run["quiet"].messages if _run["quiet"] else []
    if kept and not findings:
        raise PluginError("MkDocs' own warnings (shown here because of -q):\n  " + "\n  ".join(kept))
    if kept:
        findings = [*findings, *(f"(MkDocs) {m}" for m in kept)]
    _stop_or_warn(config, f"{len(findings)} finding(s) in the built site", findings)
