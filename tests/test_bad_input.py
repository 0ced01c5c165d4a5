"""Bad input: each gets a one-line error naming it, the batch goes on, the exit code says so,
and nothing stored before is lost or changed."""

import gzip
import json
import sqlite3

import pytest
from conftest import html_page, news_paragraphs

from wirecheck.api import example_corpus


def _snapshot(db: str) -> list:
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("article", "article_version", "sentence", "mention")]


@pytest.fixture
def stored(cli, db):
    """A database holding the example corpus, and its rows as they were."""
    assert cli("demo", "--db", db).exit_code == 0
    return _snapshot(db)


def _good_article(folder):
    path = folder / "good.html"
    path.write_text(html_page("Good article", news_paragraphs("Sanaa"), canonical="https://good.example/1"))
    return path


def _ingest_bad(cli, db, tmp_path, name: str, content: bytes):
    folder = tmp_path / "inbox"
    folder.mkdir(exist_ok=True)
    bad = folder / name
    bad.write_bytes(content)
    _good_article(folder)
    return bad, cli("ingest", folder, "--db", db)


def _assert_failed_cleanly(result, stored, db, bad, reason: str):
    assert result.exit_code == 1, result.output
    failure_lines = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failure_lines) == 1, result.output
    assert str(bad) in failure_lines[0] and reason in failure_lines[0]
    assert "stored 1" in result.output and "failed 1" in result.output  # the good article went on
    after = _snapshot(db)
    for before_rows, after_rows in zip(stored, after):
        assert after_rows[:len(before_rows)] == before_rows  # earlier rows untouched


@pytest.mark.parametrize("name, content, reason", [
    ("photo.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "binary file (a PNG image)"),
    ("blob.txt", bytes(range(256)) * 40, "binary file (control bytes)"),
    ("empty.txt", b"", "empty document"),
    ("blank.md", b"  \n\n \t\n", "empty document"),
    ("broken.html", b"<html><head><title>x</title><body><div><p><b><script>var a = 1;", "no article text found"),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found (1 word)"),
    ("short.txt", b"Hello there", "no article text found (2 words)"),
    ("truncated.txt.gz", gzip.compress(("Headline\n\n" + "\n\n".join(news_paragraphs("Ma'rib", 200))).encode())[:400],
     "corrupt or truncated gzip data"),
], ids=lambda value: value if isinstance(value, str) and len(value) < 40 else None)
def test_bad_file_is_reported_and_batch_goes_on(cli, db, tmp_path, stored, name, content, reason):
    bad, result = _ingest_bad(cli, db, tmp_path, name, content)
    _assert_failed_cleanly(result, stored, db, bad, reason)


def test_fifty_megabyte_file_is_refused(cli, db, tmp_path, stored):
    bad, result = _ingest_bad(cli, db, tmp_path, "huge.txt", b"word " * (10 * 1024 * 1024))
    _assert_failed_cleanly(result, stored, db, bad, "too large (52.4 MB; limit 21.0 MB)")


def test_text_over_the_analysis_limit_is_refused(cli, db, tmp_path, stored, monkeypatch):
    monkeypatch.setenv("WIRECHECK_MAX_TEXT_CHARS", "5000")
    bad, result = _ingest_bad(cli, db, tmp_path, "long.txt", ("A long sentence of text here. " * 400).encode())
    _assert_failed_cleanly(result, stored, db, bad, "article text too long (11,999 characters; limit 5,000)")


def test_jsonl_line_that_is_not_json(cli, db, tmp_path, stored):
    lines = [json.dumps({"url": "https://a.example/1", "title": "One", "text": "\n\n".join(news_paragraphs("Aden"))}),
             '{"url": "https://a.example/2", "text": "unterminated',
             "[1, 2, 3]",
             json.dumps({"url": "https://a.example/3", "title": "No body"}),
             json.dumps({"url": "https://a.example/4", "title": "Four", "text": "\n\n".join(news_paragraphs("Taiz"))})]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = cli("ingest", path, "--db", db)
    assert result.exit_code == 1
    assert f"{path}:2: not valid JSON" in result.output
    assert f"{path}:3: expected a JSON object, got list" in result.output
    assert f"{path}:4: record has no 'text' or 'html' string" in result.output
    assert "read 5, stored 2" in result.output and "failed 3" in result.output
    assert _snapshot(db)[0][:len(stored[0])] == stored[0]


def test_truncated_gzipped_jsonl_keeps_the_lines_before_the_break(cli, db, tmp_path, stored):
    lines = "".join(json.dumps({"url": f"https://b.example/{n}", "title": f"Story {n}",
                                "text": "\n\n".join(news_paragraphs(f"Town{n}"))}) + "\n" for n in range(40))
    packed = gzip.compress(lines.encode())
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(packed[:len(packed) * 3 // 4])
    result = cli("ingest", path, "--db", db)
    assert result.exit_code == 1
    assert f"failed: {path}: corrupt or truncated after line" in result.output
    stored_now = int(result.output.split("stored ")[1].split(",")[0])
    assert 10 < stored_now < 40
    assert _snapshot(db)[0][:len(stored[0])] == stored[0]


def test_windows_1252_and_mixed_encodings_are_read(wirecheck, tmp_path):
    folder = tmp_path / "encodings"
    folder.mkdir()
    body = "\n\n".join(news_paragraphs("Hodeidah"))
    (folder / "cp1252.txt").write_bytes(("Caf\u00e9 talks\n\n\u201cWe are alarmed,\u201d he said. " + body)
                                        .encode("cp1252"))
    mixed = ("Na\u00efve headline\n\nThe minister\u2019s plan. ".encode("utf-8") + b"He didn\x92t comment. "
             + body.encode("utf-8"))
    (folder / "mixed.txt").write_bytes(mixed)
    (folder / "declared.html").write_bytes(
        html_page("Caf\u00e9 society", ["Le caf\u00e9 est ferm\u00e9. " + p for p in news_paragraphs("Aden")])
        .replace("utf-8", "iso-8859-1").encode("iso-8859-1"))
    report = wirecheck.ingest([str(folder)])
    assert (report.stored, report.failed) == (3, 0), report.failures
    texts = {a.title: wirecheck.article(a.id).text for a in wirecheck.articles()}
    assert texts["Caf\u00e9 talks"].startswith("\u201cWe are alarmed,\u201d he said.")
    assert "The minister\u2019s plan. He didn\u2019t comment." in texts["Na\u00efve headline"]
    assert "Le caf\u00e9 est ferm\u00e9." in texts["Caf\u00e9 society"]


def test_missing_path_is_reported(cli, db):
    result = cli("ingest", "/nonexistent/folder", str(example_corpus()), "--db", db)
    assert result.exit_code == 1
    assert "failed: /nonexistent/folder: no such file or folder" in result.output
    assert "stored 7" in result.output
