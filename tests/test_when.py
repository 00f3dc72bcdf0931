"""One way to pass a date (issue 15, defect 6) and one time-zone rule (defect 5)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

import arnews
from arnews.when import as_datetime

TEXT = "قال الوزير أمس إن الوفد سيصل الخميس الساعة 10 صباحا، وكان قد غادر صباح اليوم."
ZONE = timezone(timedelta(hours=3))

# every way of saying 12 September 2023, and the datetime each one means
SAME_DAY = [
    date(2023, 9, 12),
    datetime(2023, 9, 12),
    "2023-09-12",
    " 2023-09-12 ",
    "2023-09-12T00:00:00",
    "2023-09-12 00:00",
]


@pytest.mark.parametrize("value", SAME_DAY, ids=repr)
def test_find_dates_and_parse_accept_the_same_values(value: object) -> None:
    want = arnews.find_dates(TEXT, reference=datetime(2023, 9, 12))
    assert arnews.find_dates(TEXT, reference=value) == want  # type: ignore[arg-type]
    assert list(arnews.parse(TEXT, published=value).dates) == want  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2023-02-30", "not a valid day"),
        ("2023-04-31", "not a valid day"),
        ("2023-02-29", "not a valid day"),
        ("2023-13-01", "not a valid month"),
        ("2023-00-10", "not a valid month"),
        ("yesterday", "not an ISO date"),
        ("12/09/2023", "not an ISO date"),
        ("", "not an ISO date"),
    ],
)
def test_bad_strings_name_what_is_wrong(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"reference: {message}"):
        arnews.find_dates(TEXT, reference=value)
    with pytest.raises(ValueError, match=f"published: {message}"):
        arnews.parse(TEXT, published=value)


def test_a_leap_day_is_a_valid_day() -> None:
    assert as_datetime("2024-02-29") == datetime(2024, 2, 29)


@pytest.mark.parametrize("value", [20230912, 2023.9, b"2023-09-12", ["2023-09-12"]], ids=repr)
def test_bad_types_raise_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        arnews.find_dates(TEXT, reference=value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=type(value).__name__):
        arnews.parse(TEXT, published=value)  # type: ignore[arg-type]


AWARE = [
    datetime(2023, 9, 12, 9, 30, tzinfo=ZONE),
    "2023-09-12T09:30:00+03:00",
    datetime(2023, 9, 12, 9, 30, tzinfo=timezone.utc),
    "2023-09-12T06:30:00Z",
]


@pytest.mark.parametrize("published", AWARE, ids=repr)
def test_a_zoned_publication_gives_aware_intervals_in_its_zone(published: datetime | str) -> None:
    a = arnews.parse(TEXT, published=published)
    assert a.published is not None and a.published.tzinfo is not None
    resolved = [m for m in a.dates if m.interval is not None]
    assert len(resolved) >= 3
    for m in resolved:
        assert m.interval is not None
        for x in m.interval:
            assert x.utcoffset() == a.published.utcoffset()
            assert (x < a.published) != (x >= a.published)  # comparing with the publication time works


@pytest.mark.parametrize("published", AWARE, ids=repr)
def test_the_json_has_one_kind_of_stamp(published: datetime | str) -> None:
    d = arnews.parse(TEXT, published=published).to_dict()
    stamps = [d["published"], *(x for m in d["dates"] for x in (m["interval"] or []))]  # type: ignore[attr-defined]
    offsets = {datetime.fromisoformat(s).utcoffset() for s in stamps}
    assert len(stamps) > 1 and len(offsets) == 1 and None not in offsets


def test_a_naive_publication_stays_naive() -> None:
    a = arnews.parse(TEXT, published="2023-09-12T09:30")
    assert all(x.tzinfo is None for m in a.dates if m.interval for x in m.interval)
    assert all("+" not in json.dumps(m.to_dict()["interval"]) for m in a.dates)


def test_aware_intervals_keep_the_wall_clock() -> None:
    (m,) = [m for m in arnews.find_dates("وصل الوفد أمس", reference="2023-09-12T23:30+03:00")]
    assert m.interval == (datetime(2023, 9, 11, tzinfo=ZONE), datetime(2023, 9, 12, tzinfo=ZONE))
