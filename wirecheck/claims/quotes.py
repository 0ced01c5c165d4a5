"""Direct quotations found by their marks: straight, curly and guillemet double quotes.

Pairs are found per paragraph. A quotation that runs over several paragraphs follows the printers'
convention: the paragraph ends with the quote still open and the next one starts with an opening mark.
An opening mark never closed in its paragraph closes at the paragraph's end, so one stray mark cannot
swallow the rest of an article. Single quotes are left alone: in English they are mostly apostrophes, and
inside a double quotation they are nested quotes that belong to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = {"“": "”", "«": "»", "„": "“", '"': '"'}
# Curly and guillemet closers end any curly or guillemet quote, whichever opened it (typesetters mix them).
CURLY_CLOSING = {"”", "»"}
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Quotation:
    """The characters between the marks (`start`..`end`), over one paragraph or several."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark
    paragraphs: int = 1


def find_quotations(text: str) -> list[Quotation]:
    """Every double-quoted stretch of `text`, in order.

    Example:
        >>> [text[q.start:q.end] for q in find_quotations(text := 'He said: “We are alarmed.”')]
        ['We are alarmed.']
    """
    quotations: list[Quotation] = []
    carried: tuple[int, int] | None = None  # (start, paragraphs) of a quote running on from the paragraph before
    for start, end in _paragraphs(text):
        body_start = _skip_space(text, start, end)
        if carried and body_start < end and text[body_start] in OPENING:
            open_at, paragraphs = carried[0], carried[1] + 1
            position = body_start + 1
        else:
            if carried:
                quotations.append(Quotation(carried[0], _trim_end(text, carried[2]), False, carried[1]))
            open_at, paragraphs, position = None, 1, start
        carried = None
        closer = _closer_of(text, open_at) if open_at is not None else None
        while position < end:
            mark = text[position]
            if open_at is None and mark in OPENING and _can_open(text, position):
                open_at, closer, paragraphs = position + 1, OPENING[mark], 1
            elif open_at is not None and (mark == closer or (mark in CURLY_CLOSING and closer != '"')):
                quotations.append(Quotation(open_at, position, True, paragraphs))
                open_at = None
            position += 1
        if open_at is not None:
            carried = (open_at, paragraphs, end)
    if carried:
        quotations.append(Quotation(carried[0], _trim_end(text, carried[2]), False, carried[1]))
    return [q for q in quotations if text[q.start:q.end].strip()]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _can_open(text: str, position: int) -> bool:
    """A straight mark opens only where a word can start: after a space, a bracket or a colon, or at the start."""
    if text[position] != '"':
        return True
    return position == 0 or text[position - 1].isspace() or text[position - 1] in "([{:—–-/"


def _closer_of(text: str, open_at: int) -> str:
    return OPENING.get(text[open_at - 1], "”")


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
