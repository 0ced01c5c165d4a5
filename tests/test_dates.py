"""Date expressions resolved against the publication date, with their precision."""

import pytest

from wirecheck.resolve.dates import ResolvedDate, resolve_date

PUBLISHED = "2024-09-25"  # a Wednesday


@pytest.mark.parametrize("text, value, precision", [
    ("Tuesday", "2024-09-24", "day"),
    ("on Tuesday", "2024-09-24", "day"),
    ("Wednesday", "2024-09-25", "day"),
    ("Wednesday night", "2024-09-25", "day"),
    ("last Wednesday", "2024-09-18", "day"),
    ("next Tuesday", "2024-10-01", "day"),
    ("Thursday", "2024-09-19", "day"),
    ("yesterday", "2024-09-24", "day"),
    ("Sept. 24", "2024-09-24", "day"),
    ("September 25, 2024", "2024-09-25", "day"),
    ("in July", "2024-07", "month"),
    ("last month", "2024-08", "month"),
    ("July 2023", "2023-07", "month"),
    ("last year", "2023", "year"),
    ("2024", "2024", "year"),
    ("in 2017", "2017", "year"),
    ("earlier this year", "2024", "year"),
    ("two years ago", "2022", "year"),
    ("last week", "2024-W38", "week"),
    ("the 1990s", "1990s", "decade"),
])
def test_resolves_against_publication_date(text, value, precision):
    assert resolve_date(text, PUBLISHED) == ResolvedDate(value, precision)


def test_month_without_year_is_the_last_one_before_publication():
    assert resolve_date("in November", "2025-02-10") == ResolvedDate("2024-11", "month")


@pytest.mark.parametrize("text", ["decades", "recent months", "the time", "a long while"])
def test_vague_expressions_stay_unresolved(text):
    assert resolve_date(text, PUBLISHED) is None


def test_relative_dates_need_a_publication_date():
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("last year", None) is None
    assert resolve_date("in 2017", None) == ResolvedDate("2017", "year")
    assert resolve_date("March 3, 2020", None) == ResolvedDate("2020-03-03", "day")
