"""A strict Content Security Policy for a built page, delivered as a <meta http-equiv>.

GitHub Pages sends no custom headers, so the policy travels inside each page. Scripts
run only from this site's own files, plus the few inline scripts the theme writes into
every page, each allowed by the SHA-256 hash of its exact text (never 'unsafe-inline').
"""

import base64
import hashlib
import html
import re

# Everything except script-src, which depends on the page's inline scripts. Styles
# need no 'unsafe-inline': Material sets styles through element.style (which CSP allows)
# and writes no style="" attributes; our own markup must not either.
_DIRECTIVES = {
    "default-src": "'self'",
    "img-src": "'self' data:",  # Material's stylesheet draws its icons from data: SVGs
    "style-src": "'self'",
    "worker-src": "'self'",  # the search index runs in a same-origin worker
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'none'",  # no form of ours submits anywhere, even when its script failed
}

# Script types a browser runs as JavaScript (HTML spec: an empty type, a JavaScript MIME
# type, or "module"); anything else (application/json, …) is data and needs no hash.
_JS_TYPES = {
    "", "module", "text/javascript", "application/javascript", "application/ecmascript",
    "application/x-ecmascript", "application/x-javascript", "text/ecmascript",
    "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript",
}

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_ATTR = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_EXISTING_META = re.compile(
    r"""\s*<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>""", re.IGNORECASE
)
_CHARSET_META = re.compile(r"<meta\s+charset\s*=\s*[\"']?[\w-]+[\"']?\s*/?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


class PolicyError(ValueError):
    """The page has no place where the policy can go."""


def _attributes(text):
    attrs = {}
    for match in _ATTR.finditer(text):
        value = next((v for v in match.groups()[1:] if v is not None), "")
        attrs[match.group(1).lower()] = html.unescape(value)
    return attrs


def _runs_as_javascript(attrs):
    if "src" in attrs:
        return False  # external file: covered by 'self'
    return attrs.get("type", "").strip().lower().split(";")[0].strip() in _JS_TYPES


def script_hash(body: str) -> str:
    """The CSP source for one inline script, e.g. 'sha256-…'."""
    # Browsers hash the text after the HTML parser has normalised line endings.
    normalised = body.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(normalised.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(page_html: str) -> list[str]:
    """Hashes of every inline JavaScript <script> in the page, first appearance first."""
    hashes = []
    for match in _SCRIPT.finditer(page_html):
        if _runs_as_javascript(_attributes(match.group(1))):
            source = script_hash(match.group(2))
            if source not in hashes:
                hashes.append(source)
    return hashes


def policy(hashes) -> str:
    """The policy text for a page whose inline scripts have these hashes."""
    directives = {"default-src": _DIRECTIVES["default-src"], "script-src": " ".join(["'self'", *hashes])}
    directives.update((k, v) for k, v in _DIRECTIVES.items() if k != "default-src")
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def meta_tag(page_html: str) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy(inline_script_hashes(page_html))}">'


def with_policy(page_html: str, where: str = "page") -> str:
    """The page with its policy meta right after <meta charset> (before any script).

    A policy already in the page is replaced, so running twice gives the same page.
    """
    page_html = _EXISTING_META.sub("", page_html)
    tag = meta_tag(page_html)
    anchor = _CHARSET_META.search(page_html) or _HEAD.search(page_html)
    if anchor is None:
        raise PolicyError(f"{where}: no <head> to put the Content-Security-Policy meta in")
    first_script = page_html.lower().find("<script")
    if first_script != -1 and first_script < anchor.end():
        raise PolicyError(f"{where}: a <script> comes before <meta charset>; the policy would not cover it")
    return page_html[: anchor.end()] + "\n  " + tag + page_html[anchor.end():]
