"""Publication dates and other metadata given as free text, normalised for storage."""

from __future__ import annotations

import re
from datetime import datetime

import dateparser

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# A short paragraph that gives a date ("September 25, 2024", "Updated: Sept. 25, 2024",
# "Analysis · February 10, 2025"), possibly among other items separated by dots or bars.
DATELINE_MAX_CHARS = 80
DATELINE_SEPARATORS = re.compile(r"\s[·•|]\s")
DATELINE_LABEL = re.compile(r"^(published|updated|posted)\s*:?\s*", re.IGNORECASE)


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date (YYYY-MM-DD) for a date in any common notation, or None.

    Example:
        >>> normalise_date("September 25, 2024")
        '2024-09-25'
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    if ISO_DATE.match(value):
        return value[:10]
    parsed = _parse(value)
    return parsed.date().isoformat() if parsed else None


def dateline(paragraph: str) -> str | None:
    """The date a short date-only paragraph gives, else None."""
    if len(paragraph) > DATELINE_MAX_CHARS or not re.search(r"\d{4}", paragraph):
        return None
    for part in DATELINE_SEPARATORS.split(paragraph):
        part = DATELINE_LABEL.sub("", part.strip())
        if re.search(r"\d{4}", part) and len(part) >= 6:
            found = normalise_date(part)
            if found:
                return found
    return None


def _parse(value: str) -> datetime | None:
    return dateparser.parse(value, languages=["en"],
                            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"})
