"""Date expressions resolved against the article's publication date, with their precision.

News writes "Tuesday" for the last Tuesday on or before publication, "in July" for the last July,
"last year" for the year before: past is the default reading, as in dateparser's PREFER_DATES_FROM.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = re.compile(r"^(?:(last|next|this|past|coming)\s+)?(%s)(?:\s+(?:morning|afternoon|evening|night))?$"
                     % "|".join(WEEKDAYS), re.IGNORECASE)
DECADE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-|late\s+)?(1[89]\d|20\d)0s$", re.IGNORECASE)
# Words around a date that do not change it: "on Tuesday", "in July", "earlier in 2024".
LEADING = re.compile(r"^(?:(?:on|in|at|since|by|until|from|during|as of|earlier|later|late|early|mid|the)\b[\s-]*)+",
                     re.IGNORECASE)
PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True)
class ResolvedDate:
    """An ISO 8601 value at its precision: 2024-09-24 (day), 2024-W39 (week), 2024-07 (month), 2024, 1990s."""

    value: str
    precision: str


def resolve_date(text: str, published: date | str | None) -> ResolvedDate | None:
    """The date `text` refers to in an article published on `published`; None if it names no date.

    Example:
        >>> resolve_date("Tuesday", "2024-09-25")
        ResolvedDate(value='2024-09-24', precision='day')
    """
    if isinstance(published, str):
        published = parse_iso_date(published)
    return _resolve(" ".join(text.split()), published)


@lru_cache(maxsize=20000)
def _resolve(text: str, published: date | None) -> ResolvedDate | None:
    decade = DECADE.match(text)
    if decade:
        return ResolvedDate(f"{decade.group(1)}0s", "decade")
    core = LEADING.sub("", text).strip() or text
    weekday = WEEKDAY.match(core)
    if weekday:
        return _weekday(weekday.group(1), weekday.group(2), published) if published else None
    data = _parser(published).get_date_data(core)
    if data.date_obj is None or data.period not in PERIODS:
        return None
    if published is None and not re.search(r"\b\d{4}\b", core):
        return None  # a relative date with nothing to be relative to
    return _at_precision(data.date_obj.date(), PERIODS[data.period])


def _weekday(modifier: str | None, name: str, published: date) -> ResolvedDate:
    target = WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    if modifier and modifier.lower() in ("next", "coming"):
        day = published + timedelta(days=(target - published.weekday()) % 7 or 7)
    elif modifier and modifier.lower() in ("last", "past"):
        day = published - timedelta(days=back or 7)
    else:
        day = published - timedelta(days=back)
    return ResolvedDate(day.isoformat(), "day")


def _at_precision(day: date, precision: str) -> ResolvedDate:
    if precision == "year":
        return ResolvedDate(f"{day.year:04d}", "year")
    if precision == "month":
        return ResolvedDate(f"{day.year:04d}-{day.month:02d}", "month")
    if precision == "week":
        year, week, _ = day.isocalendar()
        return ResolvedDate(f"{year:04d}-W{week:02d}", "week")
    return ResolvedDate(day.isoformat(), "day")


@lru_cache(maxsize=512)
def _parser(published: date | None) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    return DateDataParser(languages=["en"], settings=settings)


def parse_iso_date(value: str) -> date | None:
    """The date at the start of an ISO 8601 string ("2024-09-25T10:00Z" -> 2024-09-25), or None."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def period_end(value: str | None) -> date | None:
    """The last day a resolved date value covers: "2024" -> 2024-12-31, "2024-07" -> 2024-07-31."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return parse_iso_date(value)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:])
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 12, 31)
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return date.fromisocalendar(int(value[:4]), int(value[6:]), 7)
    if re.fullmatch(r"\d{3}0s", value):
        return date(int(value[:4]) + 9, 12, 31)
    return None


def period_start(value: str | None) -> date | None:
    """The first day a resolved date value covers: "2024" -> 2024-01-01, "2024-W41" -> 2024-10-07."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
    if re.fullmatch(r"\d{3}0s", value):
        return date(int(value[:4]), 1, 1)
    parts = value.split("-")
    if not all(part.isdigit() for part in parts) or len(parts[0]) != 4:
        return None
    numbers = [int(part) for part in parts] + [1, 1]
    try:
        return date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None
