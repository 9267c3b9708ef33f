"""A real HTTP server on 127.0.0.1 for the feed tests: routes serve feeds, slow answers and garbage."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    delay_s: float = 0.0  # wait this long before answering at all
    trickle_s: float = 0.0  # send the body one byte every trickle_s seconds


class FeedServer:
    """Routes by path; tests change them between runs. Every wait is bounded (at most a few seconds)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.delay_s:
                    time.sleep(min(route.delay_s, 5.0))
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    if route.trickle_s:
                        deadline = time.monotonic() + 5.0
                        for i in range(len(route.body)):
                            if time.monotonic() > deadline:
                                break
                            self.wfile.write(route.body[i : i + 1])
                            self.wfile.flush()
                            time.sleep(route.trickle_s)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def serve(self, path: str, body: str | bytes, **kw: object) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **kw)
        return self.url(path)
