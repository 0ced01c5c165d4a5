"""What every command shares: the database option, opening the API, errors, and output formats."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from wirecheck.api import Wirecheck
from wirecheck.config import Settings
from wirecheck.errors import WirecheckError
from wirecheck.store import ArticleSummary, EventRecord

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option("--db", help="Database file or URL [default: wirecheck.db, or WIRECHECK_DB].",
                                              show_default=False)]


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


# Columns people read in a terminal; programs get every column with --format json or csv.
WIDE_COLUMNS = {"url"}


def output_option():
    return typer.Option("--format", "-f", help="table for people; json (one object a line) or csv for programs.")


FormatOption = Annotated[OutputFormat, output_option()]


@contextmanager
def open_wirecheck(db: str | None, **settings):
    """Wirecheck on the chosen database; a WirecheckError ends the command with its message and exit code 2."""
    try:
        with Wirecheck(settings=Settings.load(db=db, **settings)) as wirecheck:
            yield wirecheck
    except WirecheckError as error:
        fail(str(error))


def fail(message: str) -> None:
    """End the command: the message on one line of standard error (never wrapped), exit code 2."""
    errors.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def emit(rows: list[dict], fmt: OutputFormat, table_title: str | None = None) -> None:
    """Print rows as a table, JSON Lines or CSV: the same flags on every listing command."""
    if fmt is OutputFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=_plain) + "\n")
    elif fmt is OutputFormat.csv:
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        table = Table(title=table_title, show_lines=False)
        columns = [column for column in (rows[0] if rows else []) if column not in WIDE_COLUMNS]
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if row[column] is None else str(row[column]) for column in columns))
        console.print(table if rows else "[dim]nothing found[/dim]")


def said_by(record: EventRecord) -> str:
    """Who asserts or denies an event: "a Western intelligence (assert); Houthi spokesman ... (deny)"."""
    return "; ".join(f"{link.speaker or 'unattributed'} ({link.stance})" for link in record.claims)


def summary_row(summary: ArticleSummary) -> dict:
    return {"id": summary.id, "published": summary.published, "publisher": summary.publisher,
            "title": summary.title, "words": summary.words, "version": summary.version, "url": summary.url}


def _plain(value):
    return asdict(value) if is_dataclass(value) else str(value)
