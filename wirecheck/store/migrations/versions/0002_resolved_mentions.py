"""Resolved mentions: canonical name, confidence, the rule that decided, and details (precision, coordinates,
candidates).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mention") as table:
        table.add_column(sa.Column("name", sa.Text))
        table.add_column(sa.Column("confidence", sa.Float, nullable=False, server_default="0"))
        table.add_column(sa.Column("rule", sa.String, nullable=False, server_default=""))
        table.add_column(sa.Column("detail", sa.JSON, nullable=False, server_default="{}"))
    op.create_index("ix_mention_kind_resolved", "mention", ["kind", "resolved"])


def downgrade() -> None:
    op.drop_index("ix_mention_kind_resolved", "mention")
    with op.batch_alter_table("mention") as table:
        for column in ("detail", "rule", "confidence", "name"):
            table.drop_column(column)
