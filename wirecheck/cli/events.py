"""`wirecheck events`: coded events with filters, as a table, JSON Lines, or CSV in GDELT's column order."""

from __future__ import annotations

from typing import Annotated

import typer

from wirecheck.cli.common import DbOption, FormatOption, OutputFormat, emit, open_wirecheck, said_by
from wirecheck.events.gdelt import gdelt_row
from wirecheck.store import EventFilter


def events_command(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Source or target code starting with this (RUS, YEMREB).")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code or prefix (04, 046, 1312).")] = None,
    since: Annotated[str | None, typer.Option(help="Events dated on or after this (2024, 2024-07, 2024-07-15).")] = None,
    until: Annotated[str | None, typer.Option(help="Events dated on or before this.")] = None,
    place: Annotated[str | None, typer.Option(help="Place name containing this.")] = None,
    mode: Annotated[str | None, typer.Option(help="asserted, negated, planned, negotiating, threatened, ...")] = None,
    limit: int = 100,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List coded events, newest first.

    Example: wirecheck events --actor RUS --cameo 07 --since 2024 --format csv > events.csv
    """
    where = EventFilter(actor=actor, cameo=cameo, since=since, until=until, place=place, mode=mode, limit=limit)
    with open_wirecheck(db) as wirecheck:
        records = wirecheck.events(where)
    if format is OutputFormat.table:
        emit([{"id": r.id, "date": r.event.date, "source": r.event.source, "cameo": r.event.cameo,
               "target": r.event.target, "mode": r.event.mode, "place": r.event.place,
               "said by": said_by(r),
               "evidence": _shorten(" ".join(r.evidence.split()))}
              for r in records], format, table_title="events")
    else:
        emit([gdelt_row(record) for record in records], format)


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
