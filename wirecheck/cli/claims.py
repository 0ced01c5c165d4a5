"""`wirecheck claims`: who says what, through which outlets, asserting or denying, with the events it carries."""

from __future__ import annotations

from typing import Annotated

import typer

from wirecheck.cli.common import DbOption, FormatOption, OutputFormat, emit, open_wirecheck
from wirecheck.store import ClaimFilter, ClaimRecord


def claims_command(
    db: DbOption = None,
    speaker: Annotated[str | None, typer.Option(help="Speaker phrase containing this, or actor code prefix (RUS).")] = None,
    anonymous: Annotated[bool | None, typer.Option("--anonymous/--named", help="Only unnamed, or only named, speakers.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Claims passed on by this outlet (Reuters).")] = None,
    stance: Annotated[str | None, typer.Option(help="assert or deny.")] = None,
    limit: int = 100,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List claims: quotes and reported speech with speaker, outlet chain, stance and hedges.

    Example: wirecheck claims --anonymous --outlet Reuters --format csv > claims.csv
    """
    where = ClaimFilter(speaker=speaker, anonymous=anonymous, outlet=outlet, stance=stance, limit=limit)
    with open_wirecheck(db) as wirecheck:
        records = wirecheck.claims(where)
    if format is OutputFormat.table:
        emit([claim_row(r, short=True) for r in records], format, table_title="claims")
    else:
        emit([claim_row(r) for r in records], format)


def claim_row(record: ClaimRecord, short: bool = False) -> dict:
    claim = record.claim
    content = " ".join(record.content.split())
    row = {"id": record.id, "article": record.article_id, "speaker": claim.speaker,
           "anonymous": claim.anonymous, "via": " < ".join(claim.via), "stance": claim.stance,
           "hedges": ",".join(claim.hedges), "kind": claim.kind,
           "content": content[:99] + "…" if short and len(content) > 100 else content}
    if not short:
        row.update({"cue": record.cue_text, "speaker_actor": claim.speaker_actor, "speaker_name": claim.speaker_name,
                    "descriptor": claim.descriptor, "events": ",".join(map(str, claim.events)),
                    "published": record.published, "publisher": record.publisher, "url": record.url,
                    "start": claim.start, "end": claim.end})
    return row
