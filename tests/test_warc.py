"""WARC archives written with warcio: HTML responses ingest, other records are skipped, truncation is reported."""

import gzip
from io import BytesIO

from conftest import html_page, news_paragraphs
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def _write_warc(path, pages: int):
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(pages):
            url = f"https://archive.example/story/{n}"
            body = html_page(f"Archived story {n}", news_paragraphs(f"Port{n}", 6)).encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))
            writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://archive.example/a.jpg", "response",
                                                      payload=BytesIO(b"\xff\xd8\xff" * 100), http_headers=image))
        moved = StatusAndHeaders("301 Moved", [("Location", "/x")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://archive.example/old", "response",
                                                      payload=BytesIO(b""), http_headers=moved))


def test_warc_html_responses_are_ingested(wirecheck, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, 5)
    report = wirecheck.ingest([str(path)])
    assert (report.read, report.stored, report.failed) == (5, 5, 0)
    urls = {summary.url for summary in wirecheck.articles()}
    assert urls == {f"https://archive.example/story/{n}" for n in range(5)}
    assert wirecheck.ingest([str(path)]).duplicates == 5


def test_truncated_warc_keeps_records_before_the_break(wirecheck, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, 20)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    report = wirecheck.ingest([str(cut)])
    assert report.failed == 1
    assert str(report.failures[0]).startswith(f"{cut}: corrupt or truncated WARC after")
    assert 5 <= report.stored < 20
    assert wirecheck.counts()["article"] == report.stored


def test_not_a_warc_file_is_reported(wirecheck, tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC file at all\n" * 10))
    report = wirecheck.ingest([str(path)])
    assert report.stored == 0 and report.failed == 1
    assert str(report.failures[0]).startswith(f"{path}: corrupt or truncated WARC")
