"""`wirecheck bench`: articles/s of the whole ingest against raw spaCy on the same texts.

It prints figures and never passes or fails: speed is read by people, not asserted by tests.
"""

from __future__ import annotations

import html
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from wirecheck.api import example_corpus
from wirecheck.config import Settings
from wirecheck.extract import Article
from wirecheck.ingest import ingest
from wirecheck.nlp import load_pipeline
from wirecheck.sources import iter_documents
from wirecheck.extract import extract
from wirecheck.store import Store

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="https://bench.example/{number}"><meta property="og:site_name" content="Bench Times">
<meta property="article:published_time" content="{published}"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<main><article><h1>{title}</h1><time datetime="{published}">{published}</time>
<figure><img src="/photo.jpg" alt=""><figcaption>A photo caption for copy {number}.</figcaption></figure>
{paragraphs}</article></main>
<footer><p>© Bench Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>"""


@dataclass
class BenchResult:
    articles: int
    words: int
    jobs: int
    ingest_seconds: float
    raw_seconds: float

    @property
    def ingest_rate(self) -> float:
        return self.articles / self.ingest_seconds

    @property
    def raw_rate(self) -> float:
        return self.articles / self.raw_seconds

    @property
    def ratio(self) -> float:
        return self.raw_seconds / self.ingest_seconds


def run_benchmark(count: int, settings: Settings) -> BenchResult:
    """Ingest `count` distinct copies of the example articles into a fresh store, then time raw spaCy."""
    nlp = load_pipeline(settings.models)  # loaded once, outside both timings
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(Path(folder) / "corpus", count)
        store = Store(f"sqlite:///{folder}/bench.db")
        started = time.perf_counter()
        report = ingest([str(corpus)], store, settings)
        ingest_seconds = time.perf_counter() - started
        texts = [store.get_article(summary.id).text for summary in store.list_articles(limit=count)]
        store.close()
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=settings.jobs, batch_size=settings.batch_size):
        pass
    raw_seconds = time.perf_counter() - started
    if report.stored != count:
        raise RuntimeError(f"benchmark stored {report.stored} of {count} articles: {report.failures[:3]}")
    return BenchResult(count, sum(len(t.split()) for t in texts), settings.jobs, ingest_seconds, raw_seconds)


def write_corpus(folder: Path, count: int) -> Path:
    """`count` distinct articles made from the examples, each in the format its original came in."""
    folder.mkdir(parents=True)
    originals = _example_articles()
    for number in range(count):
        original = originals[number % len(originals)]
        paragraphs = original.text.split("\n\n")
        shift = number // len(originals) % len(paragraphs)
        paragraphs = paragraphs[shift:] + paragraphs[:shift] + [f"This is copy {number} of the benchmark corpus."]
        title = f"{original.title} ({number})"
        if original.source.endswith(".html") or "#" in original.source or ":" in Path(original.source).name:
            body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            (folder / f"{number:05d}.html").write_text(PAGE.format(
                title=html.escape(title), number=number, published=original.published or "2024-09-25",
                paragraphs=body), "utf-8")
        else:
            (folder / f"{number:05d}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs), "utf-8")
    return folder


def _example_articles() -> list[Article]:
    return [extract(raw) for raw in iter_documents([str(example_corpus())], replace(Settings(), db=":memory:"))
            if not isinstance(raw, Exception)]
