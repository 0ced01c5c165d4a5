"""Commands that read the store: search, articles, show."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.markup import escape

from wirecheck.cli.common import (DbOption, FormatOption, OutputFormat, console, emit, fail, open_wirecheck,
                                  said_by, summary_row)
from wirecheck.cli.claims import claim_row
from wirecheck.store import HIGHLIGHT_END, HIGHLIGHT_START


def search_command(query: Annotated[str, typer.Argument(help="Words to find (FTS5 syntax allowed).")],
                   db: DbOption = None, limit: int = 20, format: FormatOption = OutputFormat.table) -> None:
    """Full-text search over stored articles, best match first, with the matching passage.

    Example: wirecheck search "Yakhont missiles"
    """
    with open_wirecheck(db) as wirecheck:
        hits = wirecheck.search(query, limit)
    if format is not OutputFormat.table:
        emit([{**summary_row(hit.article), "snippet": _plain_snippet(hit.snippet)} for hit in hits], format)
        return
    if not hits:
        console.print("[dim]no matching articles[/dim]")
    for hit in hits:
        snippet = escape(hit.snippet).replace(HIGHLIGHT_START, "[bold yellow]").replace(HIGHLIGHT_END, "[/bold yellow]")
        console.print(f"[bold]{hit.article.id}[/bold]  {escape(hit.article.title or '(untitled)')}  "
                      f"[dim]{escape(hit.article.publisher or '')} {hit.article.published or ''}[/dim]")
        console.print(f"      {snippet}\n", highlight=False)


def articles_command(db: DbOption = None, limit: int = 50, offset: int = 0,
                     format: FormatOption = OutputFormat.table) -> None:
    """List stored articles, newest first.

    Example: wirecheck articles --format csv > articles.csv
    """
    with open_wirecheck(db) as wirecheck:
        rows = [summary_row(summary) for summary in wirecheck.articles(limit, offset)]
    emit(rows, format, table_title="articles")


def show_command(article_id: Annotated[int, typer.Argument(help="Article id (see wirecheck articles).")],
                 db: DbOption = None, format: FormatOption = OutputFormat.table) -> None:
    """Show one article with its sentences, resolved mentions, events and the claims that carry them.

    Example: wirecheck show 1
    """
    with open_wirecheck(db) as wirecheck:
        detail = wirecheck.article(article_id)
        events = wirecheck.article_events(article_id)
        claims = wirecheck.article_claims(article_id)
    if detail is None:
        fail(f"no article {article_id}")
    if format is not OutputFormat.table:
        emit([{**summary_row(detail.summary), "author": detail.author, "language": detail.language,
               "source": detail.source, "captions": detail.captions, "text": detail.text,
               "sentences": detail.sentences, "mentions": detail.mentions,
               "events": [{"id": record.id, **asdict(record.event), "claims": record.claims} for record in events],
               "claims": [claim_row(record) for record in claims]}], format)
        return
    summary = detail.summary
    console.print(f"[bold]{escape(summary.title or '(untitled)')}[/bold]")
    console.print(f"[dim]{escape(summary.publisher or '')}  {summary.published or ''}  {escape(detail.author or '')}  "
                  f"version {summary.version}\n{escape(summary.url or detail.source)}[/dim]\n")
    for caption in detail.captions:
        console.print(f"[italic dim]caption: {escape(caption)}[/italic dim]")
    for number, sentence_text in enumerate(detail.sentence_texts(), start=1):
        console.print(f"[dim]{number:>3}[/dim] {escape(sentence_text)}", highlight=False)
    emit([{"start": m.start, "text": m.text, "kind": m.kind, "resolved": m.resolved, "name": m.name,
           "confidence": f"{m.confidence:.2f}", "rule": m.rule} for m in detail.mentions if m.kind != "entity"],
         OutputFormat.table, table_title="resolved mentions")
    emit([{"id": r.id, "source": r.event.source, "cameo": r.event.cameo, "target": r.event.target,
           "mode": r.event.mode, "date": r.event.date, "place": r.event.place, "said by": said_by(r),
           "evidence": r.evidence} for r in events], OutputFormat.table, table_title="events")
    emit([claim_row(c, short=True) | {"events": ",".join(map(str, c.claim.events))} for c in claims],
         OutputFormat.table, table_title="claims")


def actors_command(db: DbOption = None, limit: int = 100,
                   code: Annotated[str | None, typer.Option(help="Only codes starting with this (RUS, YEMREB).")] = None,
                   format: FormatOption = OutputFormat.table) -> None:
    """List resolved actors with how often and in how many articles they are mentioned.

    Example: wirecheck actors --code RUS
    """
    with open_wirecheck(db) as wirecheck:
        rows = [{"code": a.code, "name": a.name, "mentions": a.mentions, "articles": a.articles}
                for a in wirecheck.actors(limit, code)]
    emit(rows, format, table_title="actors")


def _plain_snippet(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
