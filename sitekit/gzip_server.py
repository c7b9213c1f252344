"""Serve a built site as GitHub Pages does: under its base path, gzip-compressed, with its 404 page.

Used by the weight tests (what a browser really transfers) and by `make bench`
(Lighthouse). Run by hand: python -m sitekit.gzip_server SITE_DIR --base /repo/ --port 8001
"""

import argparse
import gzip
import http.server
import mimetypes
import sys
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Types GitHub Pages sends compressed; images such as PNG are already compressed.
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
TYPES = {".js": "application/javascript", ".mjs": "application/javascript", ".json": "application/json",
         ".svg": "image/svg+xml", ".xml": "application/xml", ".webmanifest": "application/manifest+json"}


@lru_cache(maxsize=512)
def _gzipped(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


class GzipHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a browser expects
    directory: Path
    base_path: str

    def do_GET(self):
        self._respond(send_body=True)

    def do_HEAD(self):
        self._respond(send_body=False)

    def _file_for(self, url_path):
        if not url_path.startswith(self.base_path):
            return None, False
        rel = unquote(url_path[len(self.base_path):])
        if ".." in Path(rel).parts:
            return None, False
        target = self.directory / rel
        if target.is_dir():
            if rel and not rel.endswith("/"):
                return target, True  # redirect to the directory URL, as Pages does
            target = target / "index.html"
        return (target if target.is_file() else None), False

    def _respond(self, send_body):
        url_path = urlsplit(self.path).path
        target, redirect = self._file_for(url_path)
        if redirect:
            self.send_response(301)
            self.send_header("Location", url_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 200
        if target is None:
            status, target = 404, self.directory / "404.html"
            if not target.is_file():
                self.send_error(404)
                return
        suffix = target.suffix.lower()
        ctype = TYPES.get(suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        compress = accepts_gzip and ctype.startswith(COMPRESSIBLE)
        body = _gzipped(target, target.stat().st_mtime) if compress else target.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        self.send_header("Vary", "Accept-Encoding")
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that stops reading (a page left, a tab closed) is not the server's fault;
        # anything else is printed as before.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def make_server(directory, base_path, host="127.0.0.1", port=0):
    """An HTTP server for `directory` under `base_path` ("/repo/"); port 0 picks a free one."""
    if not (base_path.startswith("/") and base_path.endswith("/")):
        raise ValueError(f"base path must start and end with '/': {base_path!r}")
    handler = type("Handler", (GzipHandler,), {"directory": Path(directory), "base_path": base_path})
    return _Server((host, port), handler)


@contextmanager
def serving(directory, base_path, host="127.0.0.1", port=0):
    """Serve in a background thread; yields the site's base URL."""
    httpd = make_server(directory, base_path, host, port)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}{base_path}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--base", default="/", help="base path, e.g. /entrevistas-informativas/")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    httpd = make_server(args.directory, args.base, args.host, args.port)
    print(f"Serving {args.directory} gzip-compressed at http://{args.host}:{args.port}{args.base}", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
