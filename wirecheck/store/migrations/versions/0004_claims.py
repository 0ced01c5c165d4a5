"""Claims: quotes and reported speech with speaker, outlet chain, stance and hedges, and the events they carry.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("cue_start", sa.Integer, nullable=False),
        sa.Column("cue_end", sa.Integer, nullable=False),
        sa.Column("cue", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("stance", sa.String, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.Column("speaker_actor", sa.String),
        sa.Column("speaker_name", sa.Text),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("descriptor", sa.Text),
        sa.Column("via", sa.JSON, nullable=False),
        sa.Column("hedges", sa.JSON, nullable=False),
    )
    for column in ("version_id", "speaker_actor", "stance"):
        op.create_index(f"ix_claim_{column}", "claim", [column])
    op.create_table(
        "claim_event",
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_claim_event_event_id", "claim_event", ["event_id"])


def downgrade() -> None:
    op.drop_table("claim_event")
    op.drop_table("claim")
