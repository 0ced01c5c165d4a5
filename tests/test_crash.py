"""SIGKILL in the middle of a 500-article ingest: the re-run ends with exactly 500 articles and a sound database."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import news_paragraphs

ARTICLES = 500


def _count(db: str) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as connection:
            return connection.execute("SELECT count(*) FROM article").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created or migrated yet


def test_killed_ingest_resumes_to_exactly_all_articles(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(ARTICLES):
        text = f"Report number {n}\n\n" + "\n\n".join(news_paragraphs(f"District {n}", 2))
        (folder / f"{n:04d}.txt").write_text(text)
    db = str(tmp_path / "crash.db")
    command = [sys.executable, "-m", "wirecheck", "ingest", str(folder), "--db", db]
    env = {**os.environ, "WIRECHECK_BATCH_SIZE": "16"}

    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while _count(db) < 40 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = _count(db)
    assert 40 <= killed_at < ARTICLES

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {ARTICLES - killed_at}," in rerun.stdout
    assert f"duplicates {killed_at}," in rerun.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM article").fetchone()[0] == ARTICLES
        assert connection.execute("SELECT count(*) FROM article_version").fetchone()[0] == ARTICLES
        assert connection.execute("SELECT count(*) FROM article_search").fetchone()[0] == ARTICLES
        # Every stored article is whole: it has its sentences.
        assert connection.execute("SELECT count(*) FROM article_version v WHERE NOT EXISTS "
                                  "(SELECT 1 FROM sentence s WHERE s.version_id = v.id)").fetchone()[0] == 0
