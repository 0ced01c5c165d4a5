"""Sorting extracted paragraphs into body, captions, byline and boilerplate, by the patterns in boilerplate.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

# A caption is a line or two, never a body paragraph; longer matches are left in the body.
CAPTION_MAX_WORDS = 45


@dataclass
class SortedParagraphs:
    body: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


@cache
def patterns() -> dict[str, list[re.Pattern]]:
    data = yaml.safe_load(resources.files("wirecheck.extract").joinpath("boilerplate.yaml").read_text("utf-8"))
    # The credit shape "Name / AGENCY" depends on capitals; everything else ignores case.
    return {kind: [re.compile(p, 0 if kind == "credit" else re.IGNORECASE) for p in items]
            for kind, items in data.items()}


def matches(kind: str, paragraph: str) -> bool:
    return any(pattern.search(paragraph) for pattern in patterns()[kind])


def sort_paragraphs(paragraphs: list[str], known_captions: set[str] = frozenset()) -> SortedParagraphs:
    """Split paragraphs into body and the rest.

    Example:
        >>> sort_paragraphs(["Related article: Other story", "Body text."]).body
        ['Body text.']
    """
    result = SortedParagraphs()
    for paragraph in paragraphs:
        short = len(paragraph.split()) <= CAPTION_MAX_WORDS
        if paragraph in known_captions or (short and (matches("caption", paragraph) or matches("credit", paragraph))):
            result.captions.append(paragraph)
        elif matches("drop", paragraph):
            result.dropped.append(paragraph)
        elif short and matches("byline", paragraph):
            result.bylines.append(paragraph)
        else:
            result.body.append(paragraph)
    return result

