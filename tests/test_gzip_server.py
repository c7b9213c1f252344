"""The local server the suite and the benchmarks read the site through (sitekit/gzip_server.py)."""

from sitekit.gzip_server import make_server


def _error_printed(server, exc, capsys):
    try:
        raise exc
    except Exception:
        server.handle_error(None, ("127.0.0.1", 0))
    return capsys.readouterr().err


def test_a_reader_who_stops_reading_is_not_reported_but_a_fault_is(tmp_path, capsys):
    """A browser that leaves a page mid-download breaks the pipe: that printed a traceback in
    the middle of the suite's output. A real fault still does."""
    server = make_server(tmp_path, "/site/")
    try:
        assert _error_printed(server, BrokenPipeError(32, "Broken pipe"), capsys) == ""
        assert _error_printed(server, ConnectionResetError(104, "reset"), capsys) == ""
        assert "ValueError: a real fault" in _error_printed(server, ValueError("a real fault"), capsys)
    finally:
        server.server_close()
