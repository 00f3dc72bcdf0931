"""Helpers the date test tables share: the reference day, datetimes, strict xfail rows, the mention at a word."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from arnews.dates import DateMention, find_dates

REF = date(2023, 9, 12)  # a Tuesday


def d(y: int, m: int, dd: int, h: int = 0, mi: int = 0) -> datetime:
    """A naive datetime (the tables' interval bounds)."""
    return datetime(y, m, dd, h, mi)


def xfail(reason: str, *case: Any) -> Any:
    """A table row that is a known failure, with its reason (strict: it must fail)."""
    return pytest.param(*case, marks=pytest.mark.xfail(reason=reason, strict=True))


def overlapping(text: str, core: str, ref: date | datetime | None = REF) -> list[DateMention]:
    """The mentions of ``text`` that overlap the first occurrence of ``core``."""
    i = text.index(core)
    return [m for m in find_dates(text, ref) if m.start < i + len(core) and i < m.end]


def covering(text: str, core: str, ref: date | datetime | None = REF, prefer: str = "auto") -> DateMention:
    """The one mention of ``text`` that holds the first occurrence of ``core`` whole (fails unless exactly one)."""
    i = text.index(core)
    found = [m for m in find_dates(text, ref, prefer) if m.start <= i and i + len(core) <= m.end]
    assert len(found) == 1, (text, core, find_dates(text, ref, prefer))
    return found[0]


def nothing_at(text: str, core: str, ref: date | datetime | None = REF) -> bool:
    """Whether no mention of ``text`` overlaps the first occurrence of ``core``."""
    return not overlapping(text, core, ref)
