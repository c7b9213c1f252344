"""Run every check over a built site: `python -m sitecheck site/`.

Prints one line per finding and exits 1 if there is any, 0 otherwise. Works on any static
build of this site (MkDocs or not): the source checks use --docs-dir and --templates-dir
when those folders exist.
"""

import argparse
import sys
from pathlib import Path

from sitecheck import check_site
from sitecheck.site import deploy_files
from sitekit import site_data


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m sitecheck", description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="the built site folder")
    parser.add_argument("--site-url", help="the site's address (default: the home page's canonical link)")
    parser.add_argument("--docs-dir", type=Path, default=Path("docs"), help="Markdown sources (default: docs)")
    parser.add_argument("--templates-dir", type=Path, default=Path("data/templates"),
                        help="message templates (default: data/templates)")
    parser.add_argument("--overrides-dir", type=Path, default=Path("overrides"),
                        help="theme overrides, where findings not from a page are looked for (default: overrides)")
    parser.add_argument("--external-report", type=Path, default=Path(".cache/external-links.json"),
                        help="where to list external links for `make linkcheck-external`")
    parser.add_argument("--added-later", action="append", default=[], metavar="FILE",
                        help="a site-relative file the deploy adds after the build (repeatable); "
                             "those in mkdocs.yml's extra.deploy_files are added when it exists")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                        help="the site's config: its languages and extra.deploy_files (default: mkdocs.yml)")
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        parser.error(f"{args.site_dir}: no index.html here; expected a built site folder")
    if not args.config.is_file():
        parser.error(f"{args.config}: no such file; the checks need the site's languages (--config)")
    site_data.use(args.config)
    findings = check_site(
        args.site_dir,
        site_url=args.site_url,
        docs_dir=args.docs_dir if args.docs_dir.is_dir() else None,
        templates_dir=args.templates_dir if args.templates_dir.is_dir() else None,
        overrides_dir=args.overrides_dir if args.overrides_dir.is_dir() else None,
        external_report=args.external_report,
        added_later=args.added_later + list(deploy_files(args.config).values()),
    )
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} finding(s) in {args.site_dir}", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
