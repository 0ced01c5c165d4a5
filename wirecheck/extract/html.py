"""HTML pages: trafilatura finds the article body and metadata; captions come from the page's figures."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml.etree import ParserError

# Finding the body is trafilatura's job; these only say what to leave out of it.
EXTRACTION_OPTIONS = dict(
    with_metadata=True, include_comments=False, include_tables=False, include_images=False,
    include_links=False, deduplicate=False,
)


@dataclass
class HtmlContent:
    paragraphs: list[str]
    captions: list[str]
    metadata: dict[str, str | None]  # title, url, published, publisher, author, language


def read_html(html: str, url: str | None = None) -> HtmlContent | None:
    """The body paragraphs and metadata of a page; None when no article text is found."""
    document = trafilatura.bare_extraction(html, url=url, **EXTRACTION_OPTIONS)
    if document is None or not (document.text or "").strip():
        return None
    paragraphs = [_clean(line) for line in document.text.split("\n")]
    page = _parse(html)
    return HtmlContent(
        paragraphs=[p for p in paragraphs if p],
        captions=_figure_captions(page),
        metadata={
            "title": document.title, "url": document.url or url, "published": document.date,
            "publisher": document.sitename, "author": document.author,
            "language": document.language or (page.get("lang") if page is not None else None),
        },
    )


def _parse(html: str):
    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None


def _figure_captions(page) -> list[str]:
    if page is None:
        return []
    captions = (_clean(node.text_content()) for node in page.iter("figcaption"))
    return [caption for caption in dict.fromkeys(captions) if caption]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
