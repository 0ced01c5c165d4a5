"""Articles with versions, sentences and entity mentions; full-text search on SQLite.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("identity", sa.String, nullable=False, unique=True),
        sa.Column("url", sa.String),
        sa.Column("current_version", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.String, nullable=False),
        sa.Column("last_changed", sa.String, nullable=False),
    )
    op.create_table(
        "article_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("publisher", sa.String),
        sa.Column("published", sa.String),
        sa.Column("author", sa.String),
        sa.Column("language", sa.String),
        sa.Column("captions", sa.JSON, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("ingested_at", sa.String, nullable=False),
        sa.UniqueConstraint("article_id", "version"),
        sa.UniqueConstraint("article_id", "content_hash"),
    )
    op.create_index("ix_article_version_content_hash", "article_version", ["content_hash"])
    op.create_table(
        "sentence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_sentence_version_id", "sentence", ["version_id"])
    op.create_table(
        "mention",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("label", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("resolved", sa.String),
    )
    op.create_index("ix_mention_version_id", "mention", ["version_id"])
    if op.get_bind().dialect.name == "sqlite":
        # rowid = article.id; holds the current version's title and text.
        op.execute("CREATE VIRTUAL TABLE article_search USING fts5(title, text, tokenize='porter unicode61')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE article_search")
    for name in ("mention", "sentence", "article_version", "article"):
        op.drop_table(name)
