"""Coded events: CAMEO code with PLOVER type, source and target, date, place, mode, evidence span.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("source", sa.String),
        sa.Column("source_text", sa.Text),
        sa.Column("target", sa.String),
        sa.Column("target_text", sa.Text),
        sa.Column("cameo", sa.String, nullable=False),
        sa.Column("root", sa.String, nullable=False),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("plover_event", sa.String),
        sa.Column("plover_mode", sa.String),
        sa.Column("plover_context", sa.String),
        sa.Column("mode", sa.String, nullable=False),
        sa.Column("modes", sa.JSON, nullable=False),
        sa.Column("date", sa.String),
        sa.Column("date_precision", sa.String),
        sa.Column("date_start", sa.String),
        sa.Column("date_end", sa.String),
        sa.Column("place", sa.Text),
        sa.Column("place_id", sa.String),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("pattern", sa.Text, nullable=False),
    )
    for column in ("version_id", "source", "target", "cameo", "date_start"):
        op.create_index(f"ix_event_{column}", "event", [column])


def downgrade() -> None:
    op.drop_table("event")
