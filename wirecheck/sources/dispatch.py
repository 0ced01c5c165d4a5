"""Decides what each source the user named is, and hands it to the reader for that kind."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecheck.config import Settings
from wirecheck.errors import InputError
from wirecheck.sources.document import RawDocument
from wirecheck.sources.fetch import Fetcher
from wirecheck.sources.files import iter_file_documents, iter_paths
from wirecheck.sources.web import iter_url_documents


def iter_documents(sources: Iterable[str], settings: Settings) -> Iterator[RawDocument | InputError]:
    """Yield every document found in `sources`, in order, with failures inline.

    Example:
        >>> for item in iter_documents(["articles/"], Settings()): ...
    """
    with Fetcher(settings) as fetcher:
        for source in sources:
            if source.startswith(("http://", "https://")) or "://" in source:
                yield from iter_url_documents(source, fetcher)
                continue
            path = Path(source)
            if not path.exists():
                yield InputError(source, "no such file or folder")
                continue
            for file_path in iter_paths(path):
                yield from iter_file_documents(file_path, settings, fetcher)
