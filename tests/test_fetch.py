"""URLs and feeds against a real HTTP server on 127.0.0.1, and the private-address guard."""

import pytest
from conftest import html_page, news_paragraphs

from wirecheck.config import Settings
from wirecheck.errors import FetchError
from wirecheck.sources.fetch import Fetcher, is_public_address

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _page(server, path, title, topic):
    server.routes[path] = (200, HTML, html_page(title, news_paragraphs(topic)).encode())


def test_url_is_fetched_with_allow_private(cli, db, http_server):
    _page(http_server, "/news/1", "Talks in Muscat", "Muscat")
    result = cli("ingest", f"{http_server.base}/news/1", "--db", db, "--allow-private")
    assert result.exit_code == 0, result.output
    assert "stored 1" in result.output
    listing = cli("articles", "--db", db, "--format", "csv").output
    assert f"{http_server.base}/news/1" in listing and "Talks in Muscat" in listing


def test_private_address_is_refused_without_the_flag(cli, db, http_server):
    _page(http_server, "/news/1", "Talks in Muscat", "Muscat")
    result = cli("ingest", f"{http_server.base}/news/1", "--db", db)
    assert result.exit_code == 1
    assert f"failed: {http_server.base}/news/1: refused: 127.0.0.1 resolves to non-public address 127.0.0.1" \
        in result.output
    assert "--allow-private" in result.output


@pytest.mark.parametrize("address, public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("0.0.0.0", False), ("::1", False), ("fe80::1", False), ("fc00::1", False),
    ("::ffff:127.0.0.1", False), ("224.0.0.1", False), ("100.64.0.1", False),
    ("8.8.8.8", True), ("2606:4700:4700::1111", True),
])
def test_address_classification(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize("url, reason", [
    ("file:///etc/passwd", "unsupported URL scheme 'file'"),
    ("ftp://example.org/a", "unsupported URL scheme 'ftp'"),
    ("http://localhost:1/", "resolves to non-public address"),
    ("http://[::1]:1/", "resolves to non-public address"),
    ("http:///nohost", "URL has no host"),
])
def test_hostile_urls_are_refused_before_any_request(url, reason):
    with Fetcher(Settings()) as fetcher, pytest.raises(FetchError, match=reason.replace("[", r"\[")):
        fetcher.check_url(url)


def test_redirects_are_followed_and_capped(wirecheck, http_server):
    _page(http_server, "/final", "Final page", "Aden")
    http_server.routes["/hop"] = (302, {"Location": "/final"}, b"")
    http_server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    report = wirecheck.ingest([f"{http_server.base}/hop", f"{http_server.base}/loop"])
    assert report.stored == 1
    [failure] = report.failures
    assert str(failure) == f"{http_server.base}/loop: more than 5 redirects"
    assert wirecheck.articles()[0].url == f"{http_server.base}/final"


def test_wrong_content_type_size_cap_and_http_errors(db, http_server):
    http_server.routes["/image"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    http_server.routes["/big"] = (200, HTML, b"<p>" + b"x" * 5000 + b"</p>")
    http_server.routes["/gone"] = (410, HTML, b"gone")
    from wirecheck import Wirecheck
    settings = Settings.load(db=db, allow_private=True, max_document_bytes=4000)
    with Wirecheck(settings=settings) as wirecheck:
        report = wirecheck.ingest([f"{http_server.base}/{p}" for p in ("image", "big", "gone")])
        stored = wirecheck.counts()["article"]
    reasons = [failure.reason for failure in report.failures]
    assert reasons == ["unsupported content type 'image/png'", "too large (5,007 bytes; limit 4,000)", "HTTP 410 Gone"]
    assert stored == 0


def test_feed_url_ingests_each_entry(wirecheck, http_server):
    for n in range(3):
        _page(http_server, f"/story/{n}", f"Story {n}", f"Town{n}")
    items = "".join(f"<item><title>Story {n}</title><link>{http_server.base}/story/{n}</link>"
                    f"<pubDate>Tue, 24 Sep 2024 10:0{n}:00 GMT</pubDate></item>" for n in range(3))
    items += f"<item><title>Dead link</title><link>{http_server.base}/missing</link></item>"
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Wire</title>{items}</channel></rss>'
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed.encode())
    report = wirecheck.ingest([f"{http_server.base}/feed.xml"])
    assert (report.read, report.stored, report.failed) == (4, 3, 1)
    assert "HTTP 404" in str(report.failures[0]) and "/missing" in str(report.failures[0])
    summaries = wirecheck.articles()
    assert {s.publisher for s in summaries} == {"Gulf Wire"}
    assert {s.published for s in summaries} == {"2024-09-24"}


def test_atom_feed_file_with_full_content(wirecheck, tmp_path):
    body = "".join(f"<p>{p}</p>" for p in news_paragraphs("Sanaa", 12))
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
            '<entry><title>Full story</title><link href="https://atom.example/1"/><updated>2024-09-24T10:00:00Z</updated>'
            f'<content type="html"><![CDATA[{body}]]></content></entry></feed>')
    path = tmp_path / "wire.atom"
    path.write_text(feed)
    report = wirecheck.ingest([str(path)])
    assert (report.stored, report.failed) == (1, 0)
    [summary] = wirecheck.articles()
    assert (summary.url, summary.publisher, summary.title) == ("https://atom.example/1", "Atom Wire", "Full story")
