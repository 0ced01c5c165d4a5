"""WARC archives (plain or gzipped): every archived HTML response becomes a document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from wirecheck.config import Settings
from wirecheck.errors import InputError
from wirecheck.sources.containers import read_container
from wirecheck.sources.document import RawDocument
from wirecheck.sources.fetch import ACCEPTED_TYPES


def iter_warc_documents(path: Path, settings: Settings) -> Iterator[RawDocument | InputError]:
    def read_records(stream: BinaryIO) -> Iterator[RawDocument | InputError]:
        complete = 0
        try:
            for record in ArchiveIterator(stream):
                document = record_document(record, f"{path}#{complete + 1}", settings.max_document_bytes)
                complete += 1
                if document is not None:
                    yield document
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield InputError(str(path), f"corrupt or truncated WARC after {complete} complete records ({exc})")

    return read_container(path, read_records)


def record_document(record, source: str, limit: int) -> RawDocument | InputError | None:
    """A document for an archived page; None for requests, metadata, redirects and non-text payloads."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.http_headers is not None:
        if record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type", "")
    else:
        content_type = record.rec_headers.get_header("Content-Type", "")
    kind = ACCEPTED_TYPES.get(content_type.split(";")[0].strip().lower())
    if kind not in ("html", "text", "markdown"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    content = record.content_stream().read(limit + 1)
    if len(content) > limit:
        return InputError(f"{source} ({url})", f"record too large (limit {limit / 1e6:.1f} MB)")
    if getattr(record.raw_stream, "limit", 0) > 0:
        # The archive ended inside this record: a partial page must not pass for an article.
        raise EOFError(f"record {source} ends early")
    return RawDocument(f"{source} ({url})", content, kind, url=url)
