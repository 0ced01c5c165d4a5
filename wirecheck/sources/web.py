"""URLs named by the user: a page becomes one document, a feed becomes one document per entry."""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.errors import InputError
from wirecheck.sources.document import RawDocument
from wirecheck.sources.feeds import iter_feed_documents, looks_like_feed
from wirecheck.sources.fetch import Fetcher


def iter_url_documents(url: str, fetcher: Fetcher) -> Iterator[RawDocument | InputError]:
    try:
        page = fetcher.get(url)
    except InputError as error:
        yield error
        return
    if page.kind == "feed" or looks_like_feed(page.content):
        yield from iter_feed_documents(page.content, url, fetcher)
    elif page.kind == "xml":
        yield InputError(url, "XML document that is not an RSS or Atom feed")
    else:
        yield RawDocument(url, page.content, page.kind, url=page.url)
