"""Local files and folders: each file is read by the reader for its kind (by name, else by content)."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from wirecheck.config import Settings
from wirecheck.errors import InputError
from wirecheck.sources.document import RawDocument
from wirecheck.sources.feeds import iter_feed_documents, looks_like_feed
from wirecheck.sources.fetch import Fetcher
from wirecheck.sources.jsonl import iter_jsonl_documents
from wirecheck.sources.warc import iter_warc_documents

SUFFIX_KINDS = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


def iter_paths(path: Path) -> Iterator[Path]:
    """The file itself, or every visible file under a folder, in a stable order."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if child.is_file() and not any(part.startswith(".") for part in relative.parts):
                yield child
    else:
        yield path


def file_kind(path: Path) -> str | None:
    suffixes = [suffix.lower() for suffix in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return SUFFIX_KINDS.get(suffixes[-1]) if suffixes else None


def iter_file_documents(path: Path, settings: Settings, fetcher: Fetcher) -> Iterator[RawDocument | InputError]:
    source = str(path)
    kind = file_kind(path)
    # Containers are streamed record by record; the size cap applies to each record, not the file.
    if kind == "jsonl":
        yield from iter_jsonl_documents(path, settings)
        return
    if kind == "warc":
        yield from iter_warc_documents(path, settings)
        return
    try:
        content = read_capped(path, settings.max_document_bytes)
    except InputError as error:
        yield error
        return
    if kind is None:
        kind = sniff_kind(content)
    if kind == "feed":
        if looks_like_feed(content):
            yield from iter_feed_documents(content, source, fetcher)
        else:
            yield InputError(source, "XML file that is not an RSS or Atom feed")
        return
    yield RawDocument(source, content, kind)


def read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes (gunzipped when named .gz), refusing anything over `limit` bytes."""
    source = str(path)
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as handle:
                content = handle.read(limit + 1)
        else:
            if path.stat().st_size > limit:
                raise InputError(source, f"too large ({path.stat().st_size / 1e6:.1f} MB; limit {limit / 1e6:.1f} MB)")
            content = path.read_bytes()
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(source, f"corrupt or truncated gzip data ({exc})") from None
    except OSError as exc:
        raise InputError(source, f"cannot read file ({exc.strerror or exc})") from None
    if len(content) > limit:
        raise InputError(source, f"too large (over the {limit / 1e6:.1f} MB limit once decompressed)")
    return content


def sniff_kind(content: bytes) -> str:
    """Files without a telling name: markup is HTML (or a feed), anything else is read as text."""
    head = content[:1024].lstrip().lower()
    if looks_like_feed(content):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<?xml")):
        return "html"
    return "text"
