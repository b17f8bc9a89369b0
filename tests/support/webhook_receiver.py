"""A real HTTP receiver for escalation events (tests only): a ThreadingHTTPServer on a loopback port that verifies
each event's signature with ``pixel_model.pipeline.escalation.verify`` and keeps what it got. ``stop()`` closes the port
(the receiver is down); ``start()`` opens it again on the same port."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pixel_model.pipeline.escalation import verify


class Receiver:
    def __init__(self, secret: bytes, port: int | None = None):
        self.secret = secret
        if port is None:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
        self.port = port
        self.url = f"http://127.0.0.1:{port}/hook"
        self.events: list[dict] = []
        self.bad_signatures = 0
        self.status = 200
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> Receiver:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if not verify(outer.secret, body, dict(self.headers.items())):
                    outer.bad_signatures += 1
                    self.send_response(401)
                elif outer.status != 200:
                    self.send_response(outer.status)
                else:
                    outer.events.append({"body": json.loads(body), "headers": dict(self.headers.items())})
                    self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def wait_for(self, n: int, timeout: float = 30.0) -> list[dict]:
        end = time.monotonic() + timeout
        while len(self.events) < n and time.monotonic() < end:
            time.sleep(0.1)
        return self.events
