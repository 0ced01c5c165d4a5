"""The extracted article, and the identity that decides whether two inputs are the same article."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit, urlunsplit

import courlan

# Quote and dash variants that differ between copies of the same text.
TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                            "–": "-", "—": "-", "\u00a0": " "})


@dataclass
class Article:
    """An article's body as paragraphs joined by blank lines, and its metadata.

    Example:
        >>> Article(source="a.txt", text="Body.").identity.startswith("text:")
        True
    """

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    language: str | None = None
    captions: list[str] = field(default_factory=list)

    @cached_property  # asked for at every dedupe check and write: hash the text once
    def content_hash(self) -> str:
        return text_hash(self.text)

    @property
    def identity(self) -> str:
        """The canonical URL when known, else the hash of the normalised text."""
        return f"url:{self.url}" if self.url else f"text:{self.content_hash}"


def normalise_text(text: str) -> str:
    """Text as compared for identity: Unicode-normalised, plain quotes and dashes, one space, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(TYPOGRAPHY)
    return re.sub(r"\s+", " ", text).strip().lower()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """The URL without tracking parameters, fragment and case differences in scheme and host."""
    if not url or not url.strip().lower().startswith(("http://", "https://")):
        return None
    try:
        cleaned = courlan.normalize_url(url.strip())
    except ValueError:
        return None
    parts = urlsplit(cleaned)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
