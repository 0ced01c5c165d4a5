"""The raw document: bytes or text as found, before extraction, with what its container said about it."""

from __future__ import annotations

from dataclasses import dataclass, field

FORMATS = ("html", "text", "markdown")


@dataclass
class RawDocument:
    """One article as read from its source.

    `source` names the input for people ("feeds/world.xml", "dump.jsonl:17", "crawl.warc.gz#3").
    `metadata` holds what the container knew: title, published, publisher, author.
    """

    source: str
    content: bytes | str
    format: str
    url: str | None = None
    metadata: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.format not in FORMATS:
            raise ValueError(f"unknown document format {self.format!r}")
