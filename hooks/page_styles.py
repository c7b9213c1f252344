"""The theme's `stylesheet` filter: a page's stylesheets of ours as the one file that joins them
(sitekit/stylesheets.py), which overrides/main.html links; sitekit/postbuild.py writes it."""

from sitekit import stylesheets


def on_env(env, config, files):
    env.filters["stylesheet"] = stylesheets.joined_name
    return env
