"""RSS and Atom feeds: each entry becomes a document, from its full content when the feed carries it,
else from the page its link points to."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from wirecheck.errors import InputError
from wirecheck.sources.document import RawDocument
from wirecheck.sources.fetch import Fetcher

# Feeds often carry only a teaser; below this many characters we fetch the linked page instead.
FULL_CONTENT_MIN_CHARS = 1500


def looks_like_feed(content: bytes) -> bool:
    head = content[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def iter_feed_documents(content: bytes, source: str, fetcher: Fetcher) -> Iterator[RawDocument | InputError]:
    parsed = feedparser.parse(content)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        yield InputError(source, f"not a readable RSS/Atom feed{f' ({problem})' if problem else ''}")
        return
    publisher = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        entry_source = f"{source}#entry{number}"
        metadata = {
            "title": entry.get("title"),
            "published": _entry_date(entry),
            "publisher": publisher,
            "author": entry.get("author"),
        }
        link = entry.get("link")
        body = _full_content(entry)
        if body is not None:
            yield RawDocument(entry_source, body, "html", url=link, metadata=metadata)
        elif not link:
            yield InputError(entry_source, "feed entry has neither a link nor full content")
        else:
            try:
                page = fetcher.get(link)
            except InputError as error:
                yield InputError(f"{entry_source} ({link})", error.reason)
                continue
            if page.kind not in ("html", "text", "markdown"):
                yield InputError(f"{entry_source} ({link})", f"linked page is {page.kind}, not an article")
                continue
            yield RawDocument(link, page.content, page.kind, url=page.url, metadata=metadata)


def _full_content(entry) -> str | None:
    for item in entry.get("content", []):
        value = item.get("value", "")
        if len(value) >= FULL_CONTENT_MIN_CHARS:
            return value
    return None


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return None
