"""Datelines: where and by whom a report was filed, before its first sentence ("WASHINGTON, Jan 26
(Reuters) -", "DUBAI, United Arab Emirates (AP) —", "Berlin (AFP) -", "NIAMEY -"). They name no actor and
start no sentence of their own, so the NLP stage is told where they end, the event coder skips them and
the attribution stage reads the wire service from them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

# A place (any case) with the wire service in brackets and a spaced dash, or between slashes (TASS's
# "MOSCOW, October 17. /TASS/."), or a place in capitals alone and a spaced dash.
WITH_WIRE = re.compile(r"[A-Z][\w.,'’/ -]{1,60}?\s*\((?P<wire>[^()\n]{2,40})\)\s*[-–—]{1,2}\s")
SLASHED = re.compile(r"[A-Z][\w.,'’ -]{1,60}?\s/(?P<wire>[\w-]{2,20})/\.?\s")
CAPITALS = re.compile(r"[A-Z][A-Z.'’/-]{2,}(?: [A-Z][A-Z.'’/-]+)*(?:, [\w. ]{1,30}?)?\s+[-–—]{1,2}\s")
PARAGRAPH_START = re.compile(r"(?:^|\n\s*\n)\s*")
# Datelines open one of an article's first paragraphs (a title may come first).
PARAGRAPHS_SEARCHED = 3


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # where the report's first sentence starts
    wire_start: int | None = None
    wire_end: int | None = None


def find_datelines(text: str) -> list[Dateline]:
    """Datelines at the start of the text's first paragraphs.

    Example:
        >>> find_datelines("MOSCOW, Oct 17 (Reuters) - Russia said ...")[0].end
        27
    """
    found = []
    for opening in islice(PARAGRAPH_START.finditer(text), PARAGRAPHS_SEARCHED):
        at = opening.end()
        match = WITH_WIRE.match(text, at) or SLASHED.match(text, at) or CAPITALS.match(text, at)
        if match:
            wire = match.span("wire") if "wire" in match.groupdict() else (None, None)
            found.append(Dateline(at, match.end(), *wire))
    return found
