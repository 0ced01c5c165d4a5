"""Paragraph-level layout of plain text and Markdown: where the title, the date line and the
saved-from URL sit around the body."""

from __future__ import annotations

import re

from wirecheck.extract.boilerplate import matches
from wirecheck.extract.metadata import dateline

URL_ONLY = re.compile(r"^<?(https?://\S+?)>?$")
# A first paragraph longer than this is body, not a title.
TITLE_MAX_CHARS = 200
# How far into the text a date line is looked for.
DATELINE_WINDOW = 3


def split_plain(text: str) -> list[str]:
    """Paragraphs separated by blank lines; hard-wrapped lines inside a paragraph are joined."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks if block.strip()]


def take_plain_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """A first paragraph that reads like a headline (short, one line, no closing full stop) is the title."""
    if len(paragraphs) > 1:
        first = paragraphs[0]
        if len(first) <= TITLE_MAX_CHARS and not first.endswith((".", '"', "”", ":")):
            return first, paragraphs[1:]
    return None, paragraphs


def take_dateline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    for index, paragraph in enumerate(paragraphs[:DATELINE_WINDOW]):
        found = dateline(paragraph)
        if found:
            return found, paragraphs[:index] + paragraphs[index + 1:]
    return None, paragraphs


def take_source_url(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """'Original url: <https://…>' at the end of a saved article (on one line or two) gives its address."""
    if paragraphs and matches("source_label", paragraphs[-1]):
        found = URL_ONLY.match(_after_label(paragraphs[-1]))
        if found:
            return found.group(1), paragraphs[:-1]
    if len(paragraphs) > 1 and matches("source_label", paragraphs[-2]) and not _after_label(paragraphs[-2]):
        found = URL_ONLY.match(paragraphs[-1])
        if found:
            return found.group(1), paragraphs[:-2]
    return None, paragraphs


def _after_label(paragraph: str) -> str:
    return paragraph.split(":", 1)[1].strip() if ":" in paragraph else paragraph
