"""`wirecheck eval` and `wirecheck convert`: scoring against gold files, and making gold files of others'
test records."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.table import Table

from wirecheck.cli.common import console, fail
from wirecheck.config import Settings
from wirecheck.errors import WirecheckError
from wirecheck.evaluate import evaluate
from wirecheck.evaluate.run import NOT_BUILT
from wirecheck.evaluate.convert import convert_petrarch, convert_plover


def eval_command(
    gold: Annotated[str, typer.Argument(help="A gold file in the format of ../shared/gold/FORMAT.md.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object with the figures and per-document misses.")] = False,
    predictions: Annotated[str | None, typer.Option(help="Write what the pipeline found to this file, same format.")] = None,
    actors: Annotated[list[str] | None, typer.Option("--actors", help="Extra actor dictionary; repeatable.")] = None,
    agents: Annotated[list[str] | None, typer.Option("--agents", help="Extra agents dictionary; repeatable.")] = None,
    verbs: Annotated[list[str] | None, typer.Option("--verbs", help="Extra verb dictionary (YAML); repeatable.")] = None,
) -> None:
    """Run the pipeline on each gold document and print precision, recall and F1 per part.

    Example: wirecheck eval ../shared/gold/dev.jsonl --json > figures.json
    """
    settings = Settings.load(actor_dictionaries=tuple(actors or ()) or None,
                             agent_dictionaries=tuple(agents or ()) or None,
                             verb_dictionaries=tuple(verbs or ()) or None)
    try:
        result = evaluate(gold, settings, predictions)
    except WirecheckError as error:
        fail(str(error))
    if as_json:
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, default=str) + "\n")
        return
    for part, figures in result.parts.items():
        if figures is None:
            console.print(f"[bold]{part}[/bold]: not built yet" if part in NOT_BUILT
                          else f"[bold]{part}[/bold]: no gold in this file")
            continue
        table = Table(title=part, title_justify="left")
        for name in figures:
            table.add_column(name, justify="right")
        table.add_row(*(f"{v:.2f}" if isinstance(v, float) else "–" if v is None else str(v) for v in figures.values()))
        console.print(table)


class RecordKind(str, Enum):
    petrarch = "petrarch"
    plover = "plover"


def convert_command(
    kind: Annotated[RecordKind, typer.Argument(help="petrarch (PETR.UnitTest.records.jsonl) or plover (PLOVER_GSR_CAMEO.json).")],
    source: Annotated[str, typer.Argument(help="The test records.")],
    output: Annotated[str, typer.Argument(help="The gold file to write (JSON Lines).")],
) -> None:
    """Convert other projects' test records into wirecheck's gold format (one sentence a document).

    Example: wirecheck convert petrarch PETR.UnitTest.records.jsonl petrarch-gold.jsonl
    """
    converter = convert_petrarch if kind is RecordKind.petrarch else convert_plover
    try:
        count = converter(source, output)
    except WirecheckError as error:
        fail(str(error))
    console.print(f"wrote {count} documents to {output}")
