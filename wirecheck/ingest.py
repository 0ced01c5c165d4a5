"""The ingest job: sources -> extract -> NLP -> store, streamed, with a batch committed at a time.

Duplicates are recognised before the NLP stage so a re-run costs reading, not parsing; the store
checks again inside its transaction, so nothing is ever stored twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wirecheck.analysis import Analyzer
from wirecheck.annotations import Annotations
from wirecheck.config import Settings
from wirecheck.errors import InputError
from wirecheck.extract import Article, Defaults, extract
from wirecheck.sources import iter_documents
from wirecheck.store import Outcome, Store


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    updated: int = 0
    duplicates: int = 0
    failures: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def count(self, outcome: Outcome) -> None:
        if outcome is Outcome.STORED:
            self.stored += 1
        elif outcome is Outcome.UPDATED:
            self.updated += 1
        else:
            self.duplicates += 1


def ingest(sources: Iterable[str], store: Store, settings: Settings, defaults: Defaults = Defaults(),
           on_document: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read, extract, annotate and store every article in `sources`; failures are reported, not raised.

    Example:
        >>> report = ingest(["articles/"], Store("sqlite:///wirecheck.db"), Settings())
        >>> report.stored, report.failed
    """
    report = IngestReport()
    analyzer = Analyzer(settings)
    new_articles = _new_articles(sources, store, settings, defaults, report, on_document)
    batch: list[tuple[Article, Annotations]] = []
    for analysed, item in analyzer.analyse(((a.text, a) for a in new_articles), lambda a: a.published,
                                           lambda a: a.publisher):
        batch.append((item, analysed))
        if len(batch) >= settings.batch_size:
            _commit(store, batch, report)
    _commit(store, batch, report)
    return report


def _new_articles(sources, store: Store, settings: Settings, defaults: Defaults, report: IngestReport,
                  on_document) -> Iterator[Article]:
    seen: set[tuple[str, str]] = set()
    for raw in iter_documents(sources, settings):
        report.read += 1
        try:
            if isinstance(raw, InputError):
                raise raw
            item = extract(raw, defaults, settings)
        except InputError as error:
            report.failures.append(error)
        else:
            key = (item.identity, item.content_hash)
            if key in seen or store.is_known(item):
                report.duplicates += 1
            else:
                seen.add(key)
                yield item
        if on_document is not None:
            on_document(report)


def _commit(store: Store, batch: list, report: IngestReport) -> None:
    for outcome in store.write(batch):
        report.count(outcome)
    batch.clear()
