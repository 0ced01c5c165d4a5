"""The store: the only place that talks to the database (SQLite by default)."""

from wirecheck.store.database import Outcome, Store
from wirecheck.store.records import (HIGHLIGHT_END, HIGHLIGHT_START, ActorCount, ArticleDetail, ArticleSummary,
                                     ClaimFilter, ClaimLink, ClaimRecord, EventFilter, EventRecord, SearchHit)

__all__ = ["Store", "Outcome", "ActorCount", "ArticleDetail", "ArticleSummary", "ClaimFilter", "ClaimLink",
           "ClaimRecord", "EventFilter", "EventRecord", "SearchHit",
           "HIGHLIGHT_START", "HIGHLIGHT_END"]
