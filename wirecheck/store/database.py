"""Opening, migrating and writing the store: one transaction per batch, so a crash leaves whole articles."""

from __future__ import annotations

import enum
import re
from dataclasses import fields
from datetime import datetime, timezone
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Text, cast, create_engine, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.event import listens_for
from sqlalchemy.exc import OperationalError

from wirecheck.errors import WirecheckError
from wirecheck.annotations import Annotations, Claim, CodedEvent, ResolvedMention
from wirecheck.events.codebook import codebook
from wirecheck.extract.article import Article
from wirecheck.resolve.dates import period_end, period_start
from wirecheck.store.records import (HIGHLIGHT_END, HIGHLIGHT_START, ActorCount, ArticleDetail, ArticleSummary,
                                     ClaimFilter, ClaimLink, ClaimRecord, EventFilter, EventRecord, SearchHit)
from wirecheck.store.schema import article, article_version, claim, claim_event, event, mention, sentence

# FTS5 operators: a query using them is passed through; any other query is matched term by term.
FTS_SYNTAX = re.compile(r'"|\b(AND|OR|NOT|NEAR)\b|\*')


class Outcome(enum.Enum):
    STORED = "stored"
    UPDATED = "updated"
    DUPLICATE = "duplicate"


class Store:
    """The database behind wirecheck.

    Example:
        >>> store = Store("sqlite:///wirecheck.db")
        >>> [hit.article.title for hit in store.search("Yakhont")]
    """

    def __init__(self, url: str):
        self.url = url
        self.engine = _engine(url)
        self.migrate()

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(resources.files("wirecheck.store") / "migrations"))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    # -- writing --------------------------------------------------------------------------------------------

    def is_known(self, item: Article) -> bool:
        """True when storing `item` would change nothing (a cheap check before the NLP stage)."""
        with self.engine.connect() as connection:
            return _existing(connection, item)[1]

    def write(self, batch: list[tuple[Article, Annotations]]) -> list[Outcome]:
        """Store a batch in one transaction: either every article of it is stored whole, or none is."""
        with self.engine.begin() as connection:
            return [_write_one(connection, item, annotations) for item, annotations in batch]

    # -- reading --------------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {table.name: connection.scalar(select(func.count()).select_from(table))
                    for table in (article, article_version, sentence, mention, event, claim)}

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        query = _summary_query().order_by(article_version.c.published.desc(), article.c.id).limit(limit).offset(offset)
        with self.engine.connect() as connection:
            return [_summary(row) for row in connection.execute(query)]

    def get_article(self, article_id: int) -> ArticleDetail | None:
        with self.engine.connect() as connection:
            row = connection.execute(_summary_query().add_columns(
                article_version.c.id.label("version_id"), article_version.c.text, article_version.c.author,
                article_version.c.language, article_version.c.captions, article_version.c.source,
            ).where(article.c.id == article_id)).one_or_none()
            if row is None:
                return None
            sentences = connection.execute(select(sentence.c.start, sentence.c.end).where(
                sentence.c.version_id == row.version_id).order_by(sentence.c.position)).all()
            mentions = connection.execute(select(mention).where(
                mention.c.version_id == row.version_id).order_by(mention.c.start)).all()
        return ArticleDetail(
            summary=_summary(row), text=row.text, author=row.author, language=row.language,
            captions=row.captions, source=row.source, sentences=[tuple(s) for s in sentences],
            mentions=[ResolvedMention(m.start, m.end, m.text, m.label, m.kind, m.resolved, m.name, m.confidence,
                                      m.rule, m.detail) for m in mentions],
        )

    def events(self, where: EventFilter = EventFilter(), article_id: int | None = None) -> list[EventRecord]:
        """Events of the current article versions, newest first, narrowed by `where`."""
        query = (select(event, article.c.id.label("article_id"), article_version.c.title, article_version.c.publisher,
                        article_version.c.published, article.c.url, article_version.c.text.label("body"))
                 .select_from(_current(event))
                 .order_by(event.c.date_start.desc(), event.c.id).limit(where.limit))
        if article_id is not None:
            query = query.where(article.c.id == article_id).order_by(None).order_by(event.c.start, event.c.id)
        if where.actor:
            prefix = where.actor.upper()
            query = query.where(event.c.source.startswith(prefix) | event.c.target.startswith(prefix))
        if where.cameo:
            query = query.where(event.c.cameo.startswith(where.cameo))
        # An event overlaps the asked period: "--since 2024-10" keeps an event dated "2024" (the whole year).
        if where.since:
            query = query.where(event.c.date_end >= _bound(where.since, period_start))
        if where.until:
            query = query.where(event.c.date_start <= _bound(where.until, period_end))
        if where.place:
            query = query.where(event.c.place.ilike(f"%{where.place}%"))
        if where.mode:
            query = query.where(event.c.mode == where.mode)
        with self.engine.connect() as connection:
            records = [_event_record(row) for row in connection.execute(query)]
            carried = connection.execute(
                select(claim_event.c.event_id, claim.c.id, claim.c.stance, claim.c.speaker, claim.c.via)
                .join(claim, claim.c.id == claim_event.c.claim_id)
                .where(claim_event.c.event_id.in_([r.id for r in records])).order_by(claim.c.start)).all()
        for record in records:
            record.claims = [ClaimLink(row.id, row.stance, row.speaker, row.via) for row in carried
                             if row.event_id == record.id]
        return records

    def claims(self, where: ClaimFilter = ClaimFilter(), article_id: int | None = None) -> list[ClaimRecord]:
        """Claims of the current article versions, newest articles first, narrowed by `where`."""
        query = (select(claim, article.c.id.label("article_id"), article_version.c.title,
                        article_version.c.publisher, article_version.c.published, article.c.url,
                        article_version.c.text.label("body"))
                 .select_from(_current(claim))
                 .order_by(article_version.c.published.desc(), article.c.id, claim.c.start).limit(where.limit))
        if article_id is not None:
            query = query.where(article.c.id == article_id)
        if where.speaker:
            query = query.where(claim.c.speaker.ilike(f"%{where.speaker}%")
                                | claim.c.speaker_actor.startswith(where.speaker.upper()))
        if where.anonymous is not None:
            query = query.where(claim.c.anonymous == where.anonymous)
        if where.outlet:
            query = query.where(cast(claim.c.via, Text).ilike(f"%{where.outlet}%"))
        if where.stance:
            query = query.where(claim.c.stance == where.stance)
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            links = connection.execute(select(claim_event).where(
                claim_event.c.claim_id.in_([row.id for row in rows]))).all()
        events_of: dict[int, list[int]] = {}
        for link in links:
            events_of.setdefault(link.claim_id, []).append(link.event_id)
        return [_claim_record(row, sorted(events_of.get(row.id, []))) for row in rows]

    def actor_counts(self, limit: int = 100, code_prefix: str | None = None) -> list[ActorCount]:
        """Resolved actors in the current versions, most mentioned first."""
        query = (select(mention.c.resolved, func.max(mention.c.name).label("name"),
                        func.count().label("mentions"), func.count(article.c.id.distinct()).label("articles"))
                 .select_from(_current(mention))
                 .where(mention.c.kind == "actor", mention.c.resolved.is_not(None))
                 .group_by(mention.c.resolved).order_by(func.count().desc(), mention.c.resolved).limit(limit))
        if code_prefix:
            query = query.where(mention.c.resolved.startswith(code_prefix.upper()))
        with self.engine.connect() as connection:
            return [ActorCount(row.resolved, row.name, row.mentions, row.articles) for row in connection.execute(query)]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching a full-text query, best first, with a highlighted snippet."""
        if self.engine.dialect.name != "sqlite":
            raise WirecheckError(f"full-text search is not available on {self.engine.dialect.name} yet")
        match = query if FTS_SYNTAX.search(query) else " ".join(
            '"' + term.replace('"', "") + '"' for term in query.split())
        statement = text(
            "SELECT rowid, snippet(article_search, 1, :start, :end, '…', 16) AS snippet FROM article_search "
            "WHERE article_search MATCH :match ORDER BY bm25(article_search) LIMIT :limit")
        with self.engine.connect() as connection:
            try:
                rows = connection.execute(statement, {"start": HIGHLIGHT_START, "end": HIGHLIGHT_END,
                                                      "match": match, "limit": limit}).all()
            except OperationalError as exc:
                raise WirecheckError(f"search query {query!r}: {exc.orig}") from None
            summaries = {row.id: _summary(row) for row in connection.execute(
                _summary_query().where(article.c.id.in_([r.rowid for r in rows])))}
        return [SearchHit(summaries[row.rowid], row.snippet) for row in rows if row.rowid in summaries]


def _engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        @listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            # WAL: readers never block the writer; NORMAL sync is crash-safe for the application in WAL mode.
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
                cursor.execute(f"PRAGMA {pragma}")
            cursor.close()
    return engine


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _existing(connection: Connection, item: Article):
    """(the article row this item belongs to or None, whether its text is already stored)."""
    row = connection.execute(select(article).where(article.c.identity == item.identity)).one_or_none()
    if row is None:
        # The same text met before without a URL (or under this URL's text identity) is the same article.
        row = connection.execute(select(article).where(
            article.c.identity == f"text:{item.content_hash}")).one_or_none()
    if row is None and item.url is None:
        known = connection.scalar(select(func.count()).where(article_version.c.content_hash == item.content_hash))
        return None, bool(known)
    if row is None:
        return None, False
    known = connection.scalar(select(func.count()).where(
        article_version.c.article_id == row.id, article_version.c.content_hash == item.content_hash))
    return row, bool(known)


def _write_one(connection: Connection, item: Article, annotations: Annotations) -> Outcome:
    row, known = _existing(connection, item)
    if known:
        if row is not None and item.url and row.url is None:
            # A text first seen without a URL now has one: remember it, store nothing else.
            connection.execute(update(article).where(article.c.id == row.id).values(
                identity=item.identity, url=item.url))
        return Outcome.DUPLICATE
    now = _now()
    if row is None:
        article_id = connection.execute(insert(article).values(
            identity=item.identity, url=item.url, current_version=1, first_seen=now, last_changed=now,
        )).inserted_primary_key[0]
        version, outcome = 1, Outcome.STORED
    else:
        article_id, version, outcome = row.id, row.current_version + 1, Outcome.UPDATED
        connection.execute(update(article).where(article.c.id == article_id).values(
            current_version=version, last_changed=now))
    version_id = connection.execute(insert(article_version).values(
        article_id=article_id, version=version, title=item.title, text=item.text, publisher=item.publisher,
        published=item.published, author=item.author, language=item.language, captions=item.captions,
        source=item.source, content_hash=item.content_hash, ingested_at=now,
    )).inserted_primary_key[0]
    if annotations.sentences:
        connection.execute(insert(sentence), [
            {"version_id": version_id, "position": i, "start": s, "end": e}
            for i, (s, e) in enumerate(annotations.sentences)])
    if annotations.mentions:
        connection.execute(insert(mention), [
            {"version_id": version_id, "start": m.start, "end": m.end, "text": m.text, "label": m.label,
             "kind": m.kind, "resolved": m.resolved, "name": m.name, "confidence": m.confidence, "rule": m.rule,
             "detail": m.detail} for m in annotations.mentions])
    event_ids = connection.execute(insert(event).returning(event.c.id, sort_by_parameter_order=True), [
        _event_row(version_id, e) for e in annotations.events]).scalars().all() if annotations.events else []
    if annotations.claims:
        claim_ids = connection.execute(insert(claim).returning(claim.c.id, sort_by_parameter_order=True), [
            _claim_row(version_id, c) for c in annotations.claims]).scalars().all()
        links = [{"claim_id": claim_id, "event_id": event_ids[i]}
                 for claim_id, found in zip(claim_ids, annotations.claims) for i in found.events]
        if links:
            connection.execute(insert(claim_event), links)
    if connection.dialect.name == "sqlite":
        connection.execute(text("DELETE FROM article_search WHERE rowid = :id"), {"id": article_id})
        connection.execute(text("INSERT INTO article_search (rowid, title, text) VALUES (:id, :title, :text)"),
                           {"id": article_id, "title": item.title or "", "text": item.text})
    return outcome


def _bound(value: str, edge) -> str:
    day = edge(value)
    if day is None:
        raise WirecheckError(f"not a date: {value!r} (use 2024, 2024-07 or 2024-07-15)")
    return day.isoformat()


def _event_row(version_id: int, coded: CodedEvent) -> dict:
    entry = codebook()[coded.cameo]
    start, end = period_start(coded.date), period_end(coded.date)
    return {**{f.name: getattr(coded, f.name) for f in fields(CodedEvent)}, "version_id": version_id,
            "date_start": start and start.isoformat(), "date_end": end and end.isoformat(),
            "root": entry.root, "quad_class": entry.quad_class, "plover_event": entry.plover_event,
            "plover_mode": entry.plover_mode, "plover_context": entry.plover_context}


def _current(table):
    """`table` joined to the article versions it annotates, current versions only."""
    return table.join(article_version, article_version.c.id == table.c.version_id).join(
        article, (article.c.id == article_version.c.article_id)
        & (article.c.current_version == article_version.c.version))


def _stored_item(row) -> dict:
    """The article columns every stored item's record carries (see records.StoredItem)."""
    return {"id": row.id, "article_id": row.article_id, "title": row.title, "publisher": row.publisher,
            "published": row.published, "url": row.url}


def _claim_record(row, event_ids: list[int]) -> ClaimRecord:
    found = Claim(**{f.name: getattr(row, f.name) for f in fields(Claim) if f.name != "events"}, events=event_ids)
    return ClaimRecord(**_stored_item(row), content=row.body[found.start:found.end],
                       cue_text=row.body[found.cue_start:found.cue_end], claim=found)


def _claim_row(version_id: int, found: Claim) -> dict:
    return {**{f.name: getattr(found, f.name) for f in fields(Claim) if f.name != "events"}, "version_id": version_id}


def _event_record(row) -> EventRecord:
    coded = CodedEvent(**{f.name: getattr(row, f.name) for f in fields(CodedEvent)})
    return EventRecord(**_stored_item(row), evidence=row.body[coded.start:coded.end], event=coded,
                       root=row.root, quad_class=row.quad_class, plover_event=row.plover_event,
                       plover_mode=row.plover_mode, plover_context=row.plover_context)


def _summary_query():
    return select(
        article.c.id, article.c.url, article.c.current_version, article_version.c.title,
        article_version.c.publisher, article_version.c.published, article_version.c.text.label("body"),
    ).join(article_version, (article_version.c.article_id == article.c.id)
           & (article_version.c.version == article.c.current_version))


def _summary(row) -> ArticleSummary:
    return ArticleSummary(id=row.id, title=row.title, publisher=row.publisher, published=row.published,
                          url=row.url, version=row.current_version, words=len(row.body.split()))
