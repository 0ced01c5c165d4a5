"""Opening container files (JSONL, WARC) for streaming, with a clear error naming the file."""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from wirecheck.errors import InputError
from wirecheck.sources.document import RawDocument


def open_stream(path: Path) -> BinaryIO:
    """A binary stream of the file, transparently gunzipped for `.jsonl.gz` (WARC readers gunzip themselves)."""
    try:
        if path.suffix.lower() == ".gz" and ".warc" not in path.name.lower():
            return gzip.open(path, "rb")
        return path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None


def read_container(path: Path, read_records: Callable[[BinaryIO], Iterator[RawDocument | InputError]]
                   ) -> Iterator[RawDocument | InputError]:
    """The documents `read_records` finds in the opened file, or the error that kept it from opening."""
    try:
        stream = open_stream(path)
    except InputError as error:
        yield error
        return
    with stream:
        yield from read_records(stream)
