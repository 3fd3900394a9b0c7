"""Fixtures several test modules share: a web server on this machine for the readers of URLs."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator, Mapping

import pytest

# What a path answers: status, content type, body.
Page = tuple[int, str, bytes]
Serve = Callable[[Mapping[str, Page]], str]

_MISSING: Page = (404, "text/plain; charset=utf-8", b"not found")


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start a server answering each path with its page (any other path: 404) and give its base URL."""
    servers: list[http.server.HTTPServer] = []

    def start(pages: Mapping[str, Page]) -> str:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, kind, body = pages.get(self.path, _MISSING)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()
