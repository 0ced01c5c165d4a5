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
    console.print(f"whole ingest : {result.ingest_rate:8.1f} articles/s  ({result.ingest_seconds:.2f} s)")
    console.print(f"raw spaCy    : {result.raw_rate:8.1f} articles/s  ({result.raw_seconds:.2f} s, same components)")
    console.print(f"ratio        : {result.ratio:8.2f}  (ingest throughput / raw spaCy throughput)")
