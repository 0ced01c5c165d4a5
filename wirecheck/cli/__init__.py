"""The `wirecheck` command: a thin skin over the Python API, one module per kind of command."""

import typer

from wirecheck.cli.bench import bench_command
from wirecheck.cli.browse import actors_command, articles_command, search_command, show_command
from wirecheck.cli.evaluate import convert_command, eval_command
from wirecheck.cli.claims import claims_command
from wirecheck.cli.events import events_command
from wirecheck.cli.ingest import demo_command, ingest_command

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="wirecheck: who did what to whom, when and where — and who says so.")
app.command("ingest")(ingest_command)
app.command("demo")(demo_command)
app.command("search")(search_command)
app.command("articles")(articles_command)
app.command("show")(show_command)
app.command("actors")(actors_command)
app.command("events")(events_command)
app.command("claims")(claims_command)
app.command("eval")(eval_command)
app.command("convert")(convert_command)
app.command("bench")(bench_command)


def main() -> None:
    app()
