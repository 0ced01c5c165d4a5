"""JSON Lines: one article a line, with url, title, published, publisher, author and text or html.

Gold files (see FORMAT.md) are JSON Lines of the same shape and ingest the same way.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from wirecheck.config import Settings
from wirecheck.errors import InputError
from wirecheck.sources.containers import read_container
from wirecheck.sources.document import RawDocument

METADATA_FIELDS = ("title", "published", "publisher", "author")


def iter_jsonl_documents(path: Path, settings: Settings) -> Iterator[RawDocument | InputError]:
    def read_lines(stream: BinaryIO) -> Iterator[RawDocument | InputError]:
        number = 0
        try:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield parse_line(line, f"{path}:{number}", settings.max_document_bytes)
        except (EOFError, OSError, zlib.error) as exc:
            yield InputError(str(path), f"corrupt or truncated after line {number} ({exc})")

    return read_container(path, read_lines)


def parse_line(line: bytes, source: str, limit: int) -> RawDocument | InputError:
    if len(line) > limit:
        return InputError(source, f"line too large ({len(line) / 1e6:.1f} MB; limit {limit / 1e6:.1f} MB)")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputError(source, f"not valid JSON ({exc})")
    if not isinstance(record, dict):
        return InputError(source, f"expected a JSON object, got {type(record).__name__}")
    metadata = {key: record[key] for key in METADATA_FIELDS if isinstance(record.get(key), str)}
    url = record.get("url") if isinstance(record.get("url"), str) else None
    for field, kind in (("html", "html"), ("text", "text")):
        if isinstance(record.get(field), str):
            return RawDocument(source, record[field], kind, url=url, metadata=metadata)
    return InputError(source, "record has no 'text' or 'html' string")
