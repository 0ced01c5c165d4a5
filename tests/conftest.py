"""Shared fixtures: real SQLite files in temporary folders, a real HTTP server on 127.0.0.1, the CLI."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecheck import Settings, Wirecheck
from wirecheck.cli import app

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def wirecheck(db):
    with Wirecheck(settings=Settings.load(db=db, allow_private=True)) as instance:
        yield instance


@pytest.fixture
def cli():
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)

    return run


class Routes(dict):
    """path -> (status, headers, body); a body that is a callable is called per request."""


@pytest.fixture
def http_server():
    routes = Routes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            status, headers, body = routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
            body = body() if callable(body) else body
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.routes = routes
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()


def html_page(title: str, paragraphs: list[str], canonical: str | None = None, published: str = "2024-09-25") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{link}"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>© Test Times</footer></body></html>")


def news_paragraphs(topic: str, count: int = 4) -> list[str]:
    """Distinct, sentence-like paragraphs so that trafilatura keeps them as an article body."""
    return [f"Officials in {topic} said on Tuesday that talks on the matter would continue next week, "
            f"according to two people familiar with paragraph {n} of the discussions about {topic}." for n in range(count)]
