"""A database made by an earlier version upgrades in place, keeping what it stored."""

import sqlite3
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from wirecheck.store import Store


def test_upgrade_from_the_first_schema_keeps_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = Config()
    config.set_main_option("script_location", str(resources.files("wirecheck.store") / "migrations"))
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO article VALUES (1, 'url:https://a.example/1', 'https://a.example/1', 1, 't', 't')")
        connection.exec_driver_sql(
            "INSERT INTO article_version (id, article_id, version, text, captions, source, content_hash, ingested_at)"
            " VALUES (1, 1, 1, 'Houthis fired missiles.', '[]', 'a.html', 'h', 't')")
        connection.exec_driver_sql(
            "INSERT INTO mention (version_id, start, \"end\", text, label, kind) VALUES (1, 0, 7, 'Houthis', 'ORG', 'entity')")
    engine.dispose()

    store = Store(url)
    detail = store.get_article(1)
    store.close()
    assert detail.text == "Houthis fired missiles."
    [mention] = detail.mentions
    assert (mention.text, mention.kind, mention.confidence, mention.rule, mention.detail) == ("Houthis", "entity", 0.0, "", {})
    with sqlite3.connect(tmp_path / "old.db") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
