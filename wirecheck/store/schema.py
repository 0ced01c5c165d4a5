"""The store's tables, as SQLAlchemy Core: the contract that the CLI, API, UI and exports all read.

Migrations in `migrations/versions/` create and change these tables; keep both in step.
"""

from sqlalchemy import JSON, Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint

metadata = MetaData()

# One row per article; `identity` is "url:<canonical url>" or "text:<sha256 of the normalised text>".
article = Table(
    "article", metadata,
    Column("id", Integer, primary_key=True),
    Column("identity", String, nullable=False, unique=True),
    Column("url", String),
    Column("current_version", Integer, nullable=False),
    Column("first_seen", String, nullable=False),
    Column("last_changed", String, nullable=False),
)

# Every distinct text an article has had; later stages annotate a version, so offsets stay valid.
article_version = Table(
    "article_version", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("publisher", String),
    Column("published", String),
    Column("author", String),
    Column("language", String),
    Column("captions", JSON, nullable=False),
    Column("source", Text, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("ingested_at", String, nullable=False),
    UniqueConstraint("article_id", "version"),
    UniqueConstraint("article_id", "content_hash"),
    Index("ix_article_version_content_hash", "content_hash"),
)

sentence = Table(
    "sentence", metadata,
    Column("id", Integer, primary_key=True),
    Column("version_id", Integer, ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

# Resolved spans: `kind` is actor, place, date, weapon or entity; `resolved` the code, id or ISO date;
# `rule` the dictionary entry or rule that decided; `detail` precision, coordinates, candidates.
mention = Table(
    "mention", metadata,
    Column("id", Integer, primary_key=True),
    Column("version_id", Integer, ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("resolved", String),
    Column("name", Text),
    Column("confidence", Float, nullable=False, server_default="0"),
    Column("rule", String, nullable=False, server_default=""),
    Column("detail", JSON, nullable=False, server_default="{}"),
    Index("ix_mention_kind_resolved", "kind", "resolved"),
)

# Coded events; `root`, `quad_class` and the PLOVER columns come from the codebook at coding time.
event = Table(
    "event", metadata,
    Column("id", Integer, primary_key=True),
    Column("version_id", Integer, ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("source", String, index=True),
    Column("source_text", Text),
    Column("target", String, index=True),
    Column("target_text", Text),
    Column("cameo", String, nullable=False, index=True),
    Column("root", String, nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("plover_event", String),
    Column("plover_mode", String),
    Column("plover_context", String),
    Column("mode", String, nullable=False),
    Column("modes", JSON, nullable=False),
    Column("date", String),
    Column("date_precision", String),
    # The first and last day the date covers ("2024-07" -> 2024-07-01, 2024-07-31): what filters compare.
    Column("date_start", String, index=True),
    Column("date_end", String),
    Column("place", Text),
    Column("place_id", String),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float, nullable=False),
    Column("pattern", Text, nullable=False),
)

# Claims: what the article attributes to whom. `via` is the outlet chain (nearest the speaker first),
# `hedges` the hedging words; `claim_event` says which events each claim carries.
claim = Table(
    "claim", metadata,
    Column("id", Integer, primary_key=True),
    Column("version_id", Integer, ForeignKey("article_version.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("cue", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("stance", String, nullable=False, index=True),
    Column("speaker", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_actor", String, index=True),
    Column("speaker_name", Text),
    Column("anonymous", Boolean, nullable=False),
    Column("descriptor", Text),
    Column("via", JSON, nullable=False),
    Column("hedges", JSON, nullable=False),
)

claim_event = Table(
    "claim_event", metadata,
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", Integer, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True, index=True),
)
