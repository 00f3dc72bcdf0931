"""One way to pass a date: ``date``, ``datetime`` or an ISO string, everywhere.

:func:`as_datetime` is what ``find_dates(reference=)``, ``parse(published=)``, ``parse_many`` and
the command line's ``--published``/``--reference`` all call, so they accept the same values and
refuse bad ones with the same messages.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime

__all__ = ["When", "as_datetime"]

#: What a reference or publication date may be.
When = datetime | date | str | None

_DATE_SHAPE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def as_datetime(value: object, name: str = "reference") -> datetime | None:
    """``value`` as a ``datetime`` (a ``date`` is its midnight); an aware value keeps its zone.

    ``TypeError`` names a bad type, ``ValueError`` a bad string: ``"not a valid day"`` for a day
    the month does not have, ``"not an ISO date or datetime"`` for anything else.

    >>> as_datetime("2023-09-12")
    datetime.datetime(2023, 9, 12, 0, 0)
    >>> as_datetime("2023-02-30")
    Traceback (most recent call last):
    ...
    ValueError: reference: not a valid day: '2023-02-30' (2023-02 has 28 days)
    """
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        return _from_iso(value.strip(), name)
    raise TypeError(f"{name} must be datetime, date, an ISO string or None, not {type(value).__name__}")


def _from_iso(s: str, name: str) -> datetime:
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        pass
    m = _DATE_SHAPE.match(s)
    if m is not None:
        y, mo, d = (int(x) for x in m.groups())
        if not 1 <= mo <= 12:
            raise ValueError(f"{name}: not a valid month: {s!r}") from None
        days = monthrange(y, mo)[1] if y >= 1 else 31
        if not 1 <= d <= days:
            raise ValueError(f"{name}: not a valid day: {s!r} ({y:04d}-{mo:02d} has {days} days)") from None
    raise ValueError(f"{name}: not an ISO date or datetime: {s!r}") from None
