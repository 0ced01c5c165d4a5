"""Extraction: from a raw document to an `Article` (body text, captions kept apart, and metadata).

Example:
    >>> extract(RawDocument("a.txt", b"Title\\n\\nBody text.", "text")).title
    'Title'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecheck.config import Settings
from wirecheck.errors import InputError
from wirecheck.extract.article import Article, canonical_url
from wirecheck.extract.boilerplate import sort_paragraphs
from wirecheck.extract.decode import decode
from wirecheck.extract.html import read_html
from wirecheck.extract.metadata import normalise_date
from wirecheck.extract.paragraphs import take_dateline, take_source_url
from wirecheck.extract.plaintext import read_markdown, read_text
from wirecheck.sources.document import RawDocument

__all__ = ["Article", "Defaults", "extract"]


@dataclass(frozen=True)
class Defaults:
    """Metadata the user gives for documents that do not carry their own (plain-text files)."""

    publisher: str | None = None
    published: str | None = None


def extract(raw: RawDocument, defaults: Defaults = Defaults(), limits: Settings = Settings()) -> Article:
    """The article in `raw`, or InputError naming it; `limits` gives the smallest and largest text accepted."""
    text = decode(raw.content, raw.source)
    found = {"url": raw.url}
    captions: list[str] = []
    if raw.format == "html":
        content = read_html(text, raw.url)
        if content is None:
            raise InputError(raw.source, "no article text found in the HTML")
        paragraphs, captions = content.paragraphs, content.captions
        found.update(content.metadata)
    else:
        found["title"], paragraphs = (read_markdown if raw.format == "markdown" else read_text)(text)
        found["published"], paragraphs = take_dateline(paragraphs)
        saved_from, paragraphs = take_source_url(paragraphs)
        found["url"] = raw.url or saved_from
    parts = sort_paragraphs(paragraphs, known_captions=set(captions))
    body = "\n\n".join(parts.body)
    _check_size(body, raw.source, limits)
    # What the container said (JSONL fields, feed entries) wins over what was guessed from the page.
    metadata = {**{k: v for k, v in found.items() if v}, **{k: v for k, v in raw.metadata.items() if v}}
    return Article(
        source=raw.source,
        text=body,
        title=metadata.get("title"),
        url=canonical_url(metadata.get("url")),
        published=normalise_date(metadata.get("published") or defaults.published),
        publisher=metadata.get("publisher") or defaults.publisher,
        author=metadata.get("author") or _byline_author(parts.bylines),
        language=metadata.get("language"),
        captions=list(dict.fromkeys(captions + parts.captions)),
    )


def _check_size(body: str, source: str, limits: Settings) -> None:
    words = len(body.split())
    if words < limits.min_article_words:
        raise InputError(source, f"no article text found ({words} word{'s' if words != 1 else ''})")
    if len(body) > limits.max_text_chars:
        raise InputError(source, f"article text too long ({len(body):,} characters; limit {limits.max_text_chars:,})")


def _byline_author(bylines: list[str]) -> str | None:
    """"By Jane Doe, senior fellow" -> "Jane Doe"."""
    return re.split(r",\s+(?=[a-z])", bylines[0][3:].strip())[0] if bylines else None
