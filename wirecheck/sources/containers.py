"""Opening container files (JSONL, WARC) for streaming, with a clear error naming the file."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import BinaryIO

from wirecheck.errors import InputError


def open_stream(path: Path) -> BinaryIO:
    """A binary stream of the file, transparently gunzipped for `.jsonl.gz` (WARC readers gunzip themselves)."""
    try:
        if path.suffix.lower() == ".gz" and ".warc" not in path.name.lower():
            return gzip.open(path, "rb")
        return path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None
