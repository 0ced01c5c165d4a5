"""`wirecheck bench`: prints throughput figures; it does not pass or fail."""

from __future__ import annotations

from typing import Annotated

import typer

from wirecheck.bench import run_benchmark
from wirecheck.cli.common import console
from wirecheck.config import Settings


def bench_command(
    count: Annotated[int, typer.Option("--articles", "-n", help="How many generated articles to ingest.")] = 300,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Processes for the NLP stage (both runs).")] = 1,
) -> None:
    """Time the whole ingest of generated articles against raw spaCy nlp.pipe on the same texts.

    Example: wirecheck bench --articles 500 --jobs 2
    """
    result = run_benchmark(count, Settings.load(jobs=jobs))
    console.print(f"{result.articles} articles, {result.words:,} words, {result.jobs} process(es)")
    rows = (("whole ingest", result.ingest_seconds, "extract, NLP, resolve, store"),
            ("raw spaCy", result.raw_seconds, "the model's components that ingest runs"),
            ("NLP stage", result.pipeline_seconds, "raw spaCy + knowledge entities + actor phrases"),
            ("linking", result.linking_seconds, "mentions to actors, places, dates, weapons"),
            ("event coding", result.coding_seconds, "CAMEO events with modes"),
            ("attribution", result.attribution_seconds, "claims: speakers, outlet chains, stances, events"))
    for name, seconds, what in rows:
        console.print(f"{name:13}: {result.rate(seconds):8.1f} articles/s  ({seconds:6.2f} s)  {what}")
    console.print(f"ratio        : {result.ratio:8.2f}  (whole ingest / raw spaCy throughput)")
    console.print(f"resolution   : {result.resolution_overhead:+8.1%}  (NLP stage + linking over raw spaCy time)")
    console.print(f"event coding : {result.coding_overhead:+8.1%}  (coding time over raw spaCy time)")
    console.print(f"attribution  : {result.attribution_overhead:+8.1%}  (attribution time over raw spaCy time)")
