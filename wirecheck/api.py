"""The Python API: the same operations as the CLI, returning plain dataclasses.

Example:
    >>> from wirecheck import Wirecheck
    >>> with Wirecheck("news.db") as wc:
    ...     report = wc.ingest(["articles/"])
    ...     hits = wc.search("Yakhont")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from importlib import resources
from pathlib import Path

from wirecheck.config import Settings
from wirecheck.extract import Defaults
from wirecheck.ingest import IngestReport, ingest
from wirecheck.store import (ActorCount, ArticleDetail, ArticleSummary, ClaimFilter, ClaimRecord, EventFilter,
                             EventRecord, SearchHit, Store)


def example_corpus() -> Path:
    """The folder of bundled example articles."""
    return Path(str(resources.files("wirecheck") / "examples" / "articles"))


class Wirecheck:
    def __init__(self, db: str | None = None, settings: Settings | None = None):
        settings = settings or Settings.load()
        self.settings = replace(settings, db=db) if db else settings
        self.store = Store(self.settings.database_url)

    def __enter__(self) -> "Wirecheck":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(self, sources: Iterable[str], publisher: str | None = None, published: str | None = None,
               on_document: Callable[[IngestReport], None] | None = None) -> IngestReport:
        return ingest(sources, self.store, self.settings, Defaults(publisher, published), on_document)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit)

    def articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        return self.store.list_articles(limit, offset)

    def article(self, article_id: int) -> ArticleDetail | None:
        return self.store.get_article(article_id)

    def events(self, where: EventFilter = EventFilter()) -> list[EventRecord]:
        return self.store.events(where)

    def article_events(self, article_id: int) -> list[EventRecord]:
        return self.store.events(EventFilter(limit=10_000), article_id=article_id)

    def claims(self, where: ClaimFilter = ClaimFilter()) -> list[ClaimRecord]:
        return self.store.claims(where)

    def article_claims(self, article_id: int) -> list[ClaimRecord]:
        return self.store.claims(ClaimFilter(limit=10_000), article_id=article_id)

    def actors(self, limit: int = 100, code_prefix: str | None = None) -> list[ActorCount]:
        return self.store.actor_counts(limit, code_prefix)

    def counts(self) -> dict[str, int]:
        return self.store.counts()
