"""Commands that put articles in the store: ingest and demo."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from wirecheck.api import Wirecheck, example_corpus
from wirecheck.cli.common import DbOption, OutputFormat, console, emit, errors, open_wirecheck, summary_row
from wirecheck.ingest import IngestReport


def ingest_command(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, RSS/Atom feeds, .jsonl or .warc files.")],
    db: DbOption = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher for documents that do not name one.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date for documents without one (plain text).")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Processes for the NLP stage.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow fetching from local/private addresses.")] = False,
    actors: Annotated[list[str] | None, typer.Option("--actors", help="Extra actor dictionary (YAML or PETRARCH .txt); repeatable.")] = None,
    agents: Annotated[list[str] | None, typer.Option("--agents", help="Extra PETRARCH agents (role word) dictionary; repeatable.")] = None,
    verbs: Annotated[list[str] | None, typer.Option("--verbs", help="Extra verb dictionary (YAML, like events/data/verbs.yaml); repeatable.")] = None,
) -> None:
    """Ingest articles into the store; re-ingesting changes nothing, a changed text becomes a new version.

    Example: wirecheck ingest articles/ https://example.org/feed.xml --jobs 2
    """
    with open_wirecheck(db, jobs=jobs, allow_private=allow_private or None, actor_dictionaries=tuple(actors or ()) or None,
                        agent_dictionaries=tuple(agents or ()) or None,
                        verb_dictionaries=tuple(verbs or ()) or None) as wirecheck:
        report = run_with_progress(wirecheck, sources, publisher, published)
    print_report(report)
    if report.failed:
        raise typer.Exit(1)


def demo_command(db: DbOption = None) -> None:
    """Ingest the bundled example articles and show what was stored.

    Example: wirecheck demo && wirecheck search Yakhont
    """
    with open_wirecheck(db) as wirecheck:
        report = run_with_progress(wirecheck, [str(example_corpus())])
        print_report(report)
        emit([summary_row(summary) for summary in wirecheck.articles()], OutputFormat.table, "articles")
        console.print(f"Stored in {wirecheck.settings.db}. Try: wirecheck search Yakhont; wirecheck show 1; wirecheck claims")
    if report.failed:
        raise typer.Exit(1)


def run_with_progress(wirecheck: Wirecheck, sources: list[str], publisher: str | None = None,
                      published: str | None = None) -> IngestReport:
    columns = (SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
               TextColumn("{task.completed} documents"), TimeElapsedColumn())
    with Progress(*columns, console=errors, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        return wirecheck.ingest(sources, publisher, published,
                                on_document=lambda report: progress.update(task, completed=report.read))


def print_report(report: IngestReport) -> None:
    for failure in report.failures:
        errors.print(f"[red]failed:[/red] {failure}", highlight=False, soft_wrap=True)
    console.print(f"read {report.read}, stored {report.stored}, updated {report.updated}, "
                  f"duplicates {report.duplicates}, failed {report.failed}", highlight=False)
