"""Check the external links a build listed (never during the build: it needs the network).

Politely: one request at a time per host, a HEAD first (GET if the server refuses HEAD),
a timeout on each request, a few retries with growing pauses on network errors and 5xx,
and on 429 the wait the server asks for in Retry-After (capped), before trying again.
"""

import email.utils
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

USER_AGENT = "sitecheck-linkcheck/1.0 (link checker of a static site)"
MAX_RETRY_AFTER = 60.0  # seconds: a longer wait is reported instead of waited for


@dataclass
class Result:
    url: str
    status: int | None  # last HTTP status, None if no response at all
    ok: bool
    detail: str


def check_url(url, timeout=10.0, retries=3, backoff=1.0, sleep=time.sleep, opener=None):
    """Fetch one URL's status; follow redirects; retry on errors, 5xx and 429."""
    opener = opener or urllib.request.build_opener()
    method, status, detail = "HEAD", None, ""
    attempt = 0

    def pause(seconds):
        if attempt < retries:  # no point waiting after the last attempt
            sleep(seconds)

    while attempt <= retries:
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with opener.open(request, timeout=timeout) as response:
                return Result(url, response.status, True, "ok")
        except urllib.error.HTTPError as err:
            status, detail = err.code, f"HTTP {err.code}"
            if err.code in (405, 501) and method == "HEAD":
                method = "GET"  # the server does not do HEAD: ask again, it is not a retry
                continue
            if err.code == 429:
                wait = retry_after(err.headers.get("Retry-After"), default=backoff * 2 ** attempt)
                if wait > MAX_RETRY_AFTER:
                    return Result(url, 429, False, f"HTTP 429, asked to wait {wait:.0f} s: try later")
                pause(wait)
            elif 500 <= err.code < 600:
                pause(backoff * 2 ** attempt)
            else:
                return Result(url, err.code, False, detail)
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            status, detail = None, f"no response ({getattr(err, 'reason', err)})"
            pause(backoff * 2 ** attempt)
        attempt += 1
    return Result(url, status, False, f"{detail} after {retries + 1} attempts")


def retry_after(value, default, now=None):
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return default
    return max(0.0, when - (time.time() if now is None else now))


def check_all(links, **options):
    """Results for {url: [where it appears]}, one URL at a time, in order."""
    return [check_url(url, **options) for url in sorted(links)]
