"""The HTTP side of the fake Telegram server: ``/bot<token>/<method>`` on 127.0.0.1,
parameters decoded from a query string, JSON, a form or multipart upload, and handed to
``FakeTelegram.handle``.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from fake_telegram_rules import decode_form_value

if TYPE_CHECKING:
    from fake_telegram import FakeTelegram


def serve(fake: FakeTelegram) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Start serving ``fake`` on a free loopback port from a daemon thread."""

    class Handler(BotAPIRequestHandler):
        server_fake = fake

    class Server(ThreadingHTTPServer):
        request_queue_size = 1024  # a bot under load opens many connections at once

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="fake-telegram", daemon=True)
    thread.start()
    return server, thread


class BotAPIRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_fake: FakeTelegram

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch(b"")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._dispatch(self.rfile.read(length))

    def _dispatch(self, body: bytes) -> None:
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)(?:\?.*)?", self.path)
        if not match:
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        token, method = match.groups()
        try:
            params, files = self._parse(body)
        except ValueError as exc:
            self._reply(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})
            return
        status, payload = self.server_fake.handle(token, method, params, files)
        self._reply(status, payload)

    def _parse(self, body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        content_type = self.headers.get("Content-Type", "")
        params: dict[str, Any] = {}
        files: dict[str, tuple[str, bytes]] = {}
        if "?" in self.path:
            params.update((k, decode_form_value(k, v)) for k, v in parse_qsl(self.path.split("?", 1)[1]))
        if not body:
            return params, files
        if content_type.startswith("application/json"):
            params.update(json.loads(body))
        elif content_type.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                payload = part.get_payload(decode=True) or b""
                if filename is not None:
                    files[name] = (filename, payload)
                else:
                    params[name] = decode_form_value(name, payload.decode("utf-8"))
        else:
            params.update((k, decode_form_value(k, v)) for k, v in parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        return params, files

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot hung up (stopping mid long-poll): nothing to tell it
