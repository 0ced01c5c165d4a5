"""Ingest end to end into a real SQLite file: demo, idempotence, versions, search, listing, show."""

import json
import sqlite3

from conftest import html_page, news_paragraphs

from wirecheck.api import example_corpus


def _row_counts(db: str) -> dict:
    with sqlite3.connect(db) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("article", "article_version", "sentence", "mention", "article_search")}


def test_demo_then_search_finds_the_seed_article(cli, db):
    result = cli("demo", "--db", db)
    assert result.exit_code == 0, result.output
    assert "stored 7" in result.output and "failed 0" in result.output
    found = cli("search", "Yakhont", "--db", db, "--format", "json")
    titles = [json.loads(line)["title"] for line in found.output.splitlines()]
    assert "Moscow in Secret Talks to Supply Missiles to Iran-Backed Houthis – Reuters" in titles
    assert all("Yakhont" in json.loads(line)["snippet"] for line in found.output.splitlines())


def test_rerunning_demo_and_folder_ingest_changes_no_row_counts(cli, db, shared):
    cli("demo", "--db", db)
    before = _row_counts(db)
    again = cli("demo", "--db", db)
    assert "stored 0" in again.output and "duplicates 7" in again.output
    folder = cli("ingest", str(example_corpus()), str(shared / "seed"), "--db", db)
    assert folder.exit_code == 0
    # The seed Markdown is the same article (same canonical URL, same text) as the bundled HTML page.
    assert "stored 0" in folder.output and "duplicates 8" in folder.output
    assert _row_counts(db) == before


def test_changed_text_under_same_url_becomes_a_new_version(wirecheck, tmp_path):
    page = tmp_path / "story.html"
    url = "https://news.example/story"
    page.write_text(html_page("Talks continue", news_paragraphs("Sanaa"), canonical=url))
    assert wirecheck.ingest([str(page)]).stored == 1
    page.write_text(html_page("Talks continue", news_paragraphs("Sanaa") + ["An update: the talks ended."],
                              canonical=url))
    report = wirecheck.ingest([str(page)])
    assert (report.stored, report.updated, report.duplicates) == (0, 1, 0)
    [summary] = wirecheck.articles()
    assert summary.version == 2
    assert "the talks ended" in wirecheck.article(summary.id).text
    assert wirecheck.ingest([str(page)]).duplicates == 1
    assert wirecheck.counts()["article_version"] == 2


def test_same_text_without_url_is_one_article(wirecheck, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    text = "Headline\n\n" + "\n\n".join(news_paragraphs("Aden")) + '\n\nHe said: "no comment".'
    (folder / "a.txt").write_text(text)
    (folder / "b.txt").write_text(text.replace('"', "“", 1).replace('"', "”", 1))  # typography differs
    (folder / "c.md").write_text("# Headline\n\n" + text.split("\n\n", 1)[1])
    report = wirecheck.ingest([str(folder)])
    assert (report.read, report.stored, report.duplicates) == (3, 1, 2)


def test_sentences_and_entities_are_stored_with_offsets(wirecheck):
    wirecheck.ingest([str(example_corpus())])
    [hit] = [h for h in wirecheck.search("Abdel-Salam") if h.article.publisher == "The Moscow Times"]
    detail = wirecheck.article(hit.article.id)
    assert len(detail.sentences) >= 12
    assert detail.sentence_texts()[0].startswith("Moscow has been secretly negotiating")
    # A blank line always ends a sentence, even mid-sentence in the source.
    assert any(s.endswith("with similar") for s in detail.sentence_texts())
    assert detail.mentions
    for mention in detail.mentions:
        assert detail.text[mention.start:mention.end] == mention.text
    assert {"Reuters", "Tehran"} <= {m.text for m in detail.mentions}


def test_jsonl_gold_files_ingest_as_they_are(wirecheck, shared):
    report = wirecheck.ingest([str(shared / "gold" / "dev.jsonl")])
    assert (report.read, report.stored, report.failed) == (30, 30, 0)
    published = {a.published for a in wirecheck.articles(limit=100)}
    assert "2019-07-12" in published


def test_articles_and_show_commands(cli, db):
    cli("demo", "--db", db)
    listing = cli("articles", "--db", db, "--format", "csv")
    lines = listing.output.splitlines()
    assert lines[0] == "id,published,publisher,title,words,version,url" and len(lines) == 8
    shown = cli("show", "1", "--db", db)
    assert shown.exit_code == 0 and "mentions" in shown.output
    missing = cli("show", "999", "--db", db)
    assert missing.exit_code == 2 and "no article 999" in missing.output


def test_publisher_and_date_options_fill_plain_text(cli, db, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Headline here\n\n" + "\n\n".join(news_paragraphs("Hodeidah")))
    cli("ingest", note, "--db", db, "--publisher", "Levant Wire", "--published", "Sept 26, 2024")
    row = json.loads(cli("articles", "--db", db, "--format", "json").output.splitlines()[0])
    assert (row["publisher"], row["published"], row["title"]) == ("Levant Wire", "2024-09-26", "Headline here")


def test_search_query_with_fts_syntax_error_is_reported(cli, db):
    cli("demo", "--db", db)
    result = cli("search", '"unbalanced', "--db", db)
    assert result.exit_code == 2 and "search query" in result.output
    assert cli("search", "P-800", "--db", db).exit_code == 0
