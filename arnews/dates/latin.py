"""Dates written in Latin script inside Arabic text, read by dateparser.

Arabic news quotes foreign sources and datelines as written: ``12 September 2023``,
``Sept. 12, 2023``, ``12 septembre 2023`` (French, common in the Maghreb press) or an ISO stamp
``2023-09-12T10:30:00Z``. One compiled pattern finds the candidates (an English or French month
name with a day or a year, or an ISO stamp with a time); :func:`dateparser.parse` reads each one.
dateparser is imported on the first candidate only, never when ``arnews`` is imported.

>>> found = find_latin("صدر في 12 September 2023", DateContext())
>>> [(r.start, r.end, r.grain, r.interval[0].isoformat()) for r in found]
[(7, 24, 'day', '2023-09-12T00:00:00')]
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

import regex

from .. import _compiled
from .resolve import DateContext, Reading
from .tense import clause_tense

__all__ = ["LATIN_LANGUAGES", "find_latin"]

#: The languages dateparser is asked to read (detecting the language costs more than parsing).
LATIN_LANGUAGES = ("en", "fr")

_EN = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_FR = (
    r"janv(?:ier|\.)?|f[ée]v(?:rier|r\.|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t"
    r"|sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?"
)
_MONTH = rf"(?P<mon>{_EN}|{_FR})(?![A-Za-zÀ-ÿ])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)(?!\d)"
_CANDIDATE = _compiled.compile(
    r"(?<![\w.])(?:"
    rf"(?P<iso>\d{{4}}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)(?![\w:])"
    rf"|(?:(?P<day>{_DAY})\s+)?{_MONTH}(?:\s*(?P<day2>{_DAY}))?(?:\s*,?\s+(?P<year>{_YEAR}))?"
    r")",
    regex.IGNORECASE | regex.V0,
)


_LATIN_LETTER = _compiled.compile(r"[A-Za-z]")


@cache
def _dateparser() -> Any:
    import dateparser  # lazy: a heavy import, paid only when a Latin date is there

    return dateparser


@lru_cache(maxsize=4096)
def _parse(text: str, base: datetime, prefer_from: str) -> datetime | None:
    """``dateparser.parse`` of one candidate (cached: a dateline repeats through an article)."""
    settings: dict[str, object] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": prefer_from,
        "PREFER_DAY_OF_MONTH": "first",
    }
    try:
        value = _dateparser().parse(text, languages=list(LATIN_LANGUAGES), settings=settings)
    except Exception:  # a candidate dateparser cannot read is not a date
        return None
    return value if isinstance(value, datetime) else None


def _direction(t: str, start: int, end: int, prefer: str) -> str:
    if prefer in ("past", "future"):
        return prefer
    return "future" if clause_tense(t, start, end) > 0 else "past"


def _month_interval(d: date) -> tuple[datetime, datetime]:
    last = calendar.monthrange(d.year, d.month)[1]
    a = datetime(d.year, d.month, 1)
    return a, a + timedelta(days=last)


def find_latin(t: str, ctx: DateContext) -> list[Reading]:
    """Readings of the Latin-script dates in ``t`` (the analysis view); offsets index ``t``.

    A month with a day or a year is a date (day or month grain); an ISO stamp with a time is a
    ``datetime`` at minute or second grain, moved into ``zone`` when it names its own. Without a
    reference, a date with no year is found but left unresolved.
    """
    ref, prefer, zone = ctx.reference, ctx.prefer, ctx.zone
    out: list[Reading] = []
    if _LATIN_LETTER.search(t) is None:
        return out
    for m in _CANDIDATE.finditer(t):
        iso = m.group("iso")
        has_day = bool(m.group("day") or m.group("day2"))
        has_year = bool(m.group("year"))
        if not iso and not (has_day or has_year):
            continue  # a month name alone ("may", "mars") is too often a word
        text = m.group(0)
        if not iso and not has_year and ref is None:
            out.append(Reading(m.start(), m.end(), "date", "day", None))
            continue
        value = _parse(text, ref or datetime(2000, 1, 1), _direction(t, m.start(), m.end(), prefer))
        if value is None:
            continue
        if value.tzinfo is not None:
            value = (value.astimezone(zone) if zone is not None else value).replace(tzinfo=None)
        if iso:
            fine = "second" if iso.count(":") >= 2 else "minute"
            step = timedelta(seconds=1) if fine == "second" else timedelta(minutes=1)
            out.append(Reading(m.start(), m.end(), "datetime", fine, (value, value + step), day=value.date()))
        elif has_day:
            a = datetime(value.year, value.month, value.day)
            out.append(Reading(m.start(), m.end(), "date", "day", (a, a + timedelta(days=1)), day=a.date()))
        else:
            out.append(Reading(m.start(), m.end(), "date", "month", _month_interval(value.date())))
    return out
