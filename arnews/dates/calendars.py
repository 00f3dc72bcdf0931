"""Calendars: month names of every region, weekdays, units, holidays, Hijri (Umm al-Qura).

Every table is data in ``arnews/data/dates/`` written in proper spelling and folded at load
time. Hijri dates convert with the ``hijridate`` package (Umm al-Qura, 1343–1500 AH).

>>> month_info("أيلول")
MonthInfo(calendar='gregorian', month=9, ambiguous=False)
>>> hijri_to_gregorian(1445, 2, 28)
datetime.date(2023, 9, 13)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from ..data import records, table
from .numbers import fold, read_tsv

__all__ = [
    "Constructions",
    "Holiday",
    "MonthInfo",
    "constructions",
    "gregorian_to_hijri",
    "hijri_month_range",
    "hijri_to_gregorian",
    "holiday_date",
    "holidays",
    "month_info",
    "months",
    "period_units",
    "title_words",
    "units",
    "vague_flagged",
    "vague_phrases",
    "weekdays",
]


@dataclass(frozen=True, slots=True)
class MonthInfo:
    """A month name's calendar (``gregorian`` or ``hijri``), number, and whether it is also a common word."""

    calendar: str
    month: int
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday rule from ``holidays.json``."""

    names: tuple[str, ...]
    rule: str
    month: int
    day: int
    days: int
    weekday: int = 0
    n: int = 1
    offset: int = 0
    of: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    then: tuple[str, ...] = ()
    not_counted: bool = False  # a count after the name makes it no holiday (عيد الميلاد الخمسين: a birthday)


@cache
def months() -> dict[str, MonthInfo]:
    """Folded month name → :class:`MonthInfo` (Egyptian/Gulf, Levantine, Maghrebi, Moroccan, Hijri)."""
    return {fold(n): MonthInfo(c, int(m), a == "1") for n, c, m, a in read_tsv("months.tsv")}


def month_info(name: str) -> MonthInfo | None:
    """The :class:`MonthInfo` of a month name in any spelling, or ``None``."""
    return months().get(fold(name).strip())


@cache
def weekdays() -> dict[str, int]:
    """Folded weekday name (with the article) → weekday number (Monday = 0)."""
    return {fold(n): int(d) for n, d in read_tsv("weekdays.tsv")}


@cache
def units() -> dict[str, tuple[str, int]]:
    """Folded unit word (``أيام``, ``شهرين``, ``سنة``) → (unit, count: 1, 2, or 0 for a plural)."""
    return {fold(r[0]): (r[1], int(r[2])) for r in read_tsv("units.tsv") if r[3:4] != ("period",)}


@cache
def fractions() -> dict[str, int]:
    """Folded word for a part of a period (``ربع``, ``نصف``, ``ثلاثي``) → how many parts make the whole."""
    return {fold(w): int(n) for w, n in read_tsv("fractions.tsv")[1:]}


@cache
def period_units() -> dict[str, tuple[str, int]]:
    """:func:`units` and the units of a counted period only (``أرباع``: quarters), as (unit, count)."""
    return {fold(r[0]): (r[1], int(r[2])) for r in read_tsv("units.tsv")}


@cache
def vague_phrases() -> dict[str, str]:
    """Folded vague phrase → its leaning (``past``, ``future``, ``now``)."""
    return {fold(row[0]): row[1] for row in read_tsv("vague.tsv")}


@cache
def vague_flagged(flag: str) -> frozenset[str]:
    """Folded vague phrases with this flag in ``vague.tsv``: ``former`` (also the adjective "former" after a title
    or a name: ``سابقا``), ``verb`` (vague only right after a past verb: ``أخيرا``)."""
    return frozenset(fold(row[0]) for row in read_tsv("vague.tsv") if row[2:3] == (flag,))


@cache
def title_words() -> frozenset[str]:
    """Folded titles that head a speaker phrase (``رئيس``, ``وزير``: ``title`` rows of ``speaker_words.tsv``)."""
    rows = (fold(r["word"]) for r in records("speaker_words.tsv") if r["role"].strip() == "title")
    return frozenset(w[2:] if w.startswith("ال") else w for w in rows)


@dataclass(frozen=True, slots=True)
class Constructions:
    """The constructions of ``constructions.json``, folded: rules as slots of alternatives."""

    vague: dict[str, tuple[tuple[str, ...], ...]]
    set_adverbs: dict[str, str]
    not_tomorrow_after: tuple[str, ...]
    amount_after: tuple[str, ...]
    unit_fractions: dict[str, tuple[int, int]]
    few_after: tuple[str, ...]
    year_events: tuple[str, ...]
    year_heads: tuple[str, ...]
    year_between: tuple[str, ...]
    rate_words: tuple[str, ...]
    ago_not_after: tuple[str, ...]
    pod_early: tuple[str, ...]
    not_a_unit_before: tuple[str, ...]
    not_weekday_after: tuple[str, ...]
    not_weekday_before: tuple[str, ...]


def _fold_slot_word(w: str) -> str:
    """A rule's word folded; a context word (``=w``, ``!w``, ``<w``: what must or must not be around) keeps its mark."""
    if w[:1] in ("=", "!", "<"):
        return w[0] + (fold(w[1:]) if w[1:] != "$" else "$")
    return fold(w) if w else ""


def _folded_rules(raw: dict[str, object]) -> dict[str, tuple[tuple[str, ...], ...]]:
    return {
        name: tuple(tuple(_fold_slot_word(w) for w in slot) for slot in slots)  # type: ignore[attr-defined]
        for name, slots in raw.items()
        if not name.startswith("_")
    }


@cache
def constructions() -> Constructions:
    """The construction rules and word lists of ``constructions.json``, folded like the view.

    >>> constructions().set_adverbs["يوميا"]
    'day'
    """
    raw = table("dates/constructions.json")
    return Constructions(
        vague=_folded_rules(raw["vague"]),
        set_adverbs={fold(k): v for k, v in raw["set_adverbs"].items() if not k.startswith("_")},
        not_tomorrow_after=tuple(fold(w) for w in raw["not_tomorrow_after"]["words"]),
        amount_after=tuple(fold(w) for w in raw["amount_after"]["words"]),
        unit_fractions={
            fold(k): (int(v[0]), int(v[1])) for k, v in raw["unit_fractions"].items() if not k.startswith("_")
        },
        few_after=tuple(fold(w) for w in raw["few_after"]["words"]),
        year_events=tuple(fold(w) for w in raw["year_after_name"]["events"]),
        year_heads=tuple(fold(w) for w in raw["year_after_name"]["heads"]),
        year_between=tuple(fold(w) for w in raw["year_after_name"]["between"]),
        rate_words=tuple(fold(w) for w in raw["rate"]["words"]),
        ago_not_after=tuple(fold(w) for w in raw["ago_not_after"]["words"]),
        pod_early=tuple(fold(w) for w in raw["pod_early"]["words"]),
        not_a_unit_before=tuple(fold(w) for w in raw["not_a_unit_before"]["words"]),
        not_weekday_after=tuple(fold(w) for w in raw["not_a_weekday"]["after"]),
        not_weekday_before=tuple(fold(w) for w in raw["not_a_weekday"]["before"]),
    )


@cache
def holidays() -> dict[str, Holiday]:
    """Folded holiday name → :class:`Holiday`."""
    raw = table("dates/holidays.json")
    out: dict[str, Holiday] = {}
    for h in raw["holidays"]:
        hol = Holiday(
            names=tuple(h["names"]),
            rule=h["rule"],
            month=int(h.get("month", 0)),
            day=int(h.get("day", 0)),
            days=int(h.get("days", 1)),
            weekday=int(h.get("weekday", 0)),
            n=int(h.get("n", 1)),
            offset=int(h.get("offset", 0)),
            of=tuple(fold(x) for x in h.get("of", ())),
            after=tuple(fold(x) for x in h.get("after", ())),
            then=tuple(fold(x) for x in h.get("then", ())),
            not_counted=bool(h.get("not_counted", False)),
        )
        for name in hol.names:
            out[fold(name)] = hol
    return out


@lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Gregorian date of a Hijri (Umm al-Qura) date; ``None`` outside 1343–1500 AH or invalid."""
    from hijridate import Hijri

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


@lru_cache(maxsize=4096)
def hijri_month_range(year: int, month: int) -> tuple[date, date] | None:
    """Half-open Gregorian range ``[first day, first day of next month)`` of a Hijri month."""
    from hijridate import Hijri

    try:
        h = Hijri(year, month, 1)
        g = h.to_gregorian()
        length = h.month_length()
    except (ValueError, OverflowError):
        return None
    start = date(g.year, g.month, g.day)
    return start, start + timedelta(days=length)


@lru_cache(maxsize=4096)
def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    """Hijri (Umm al-Qura) ``(year, month, day)`` of a Gregorian date; ``None`` outside the table."""
    from hijridate import Gregorian

    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@lru_cache(maxsize=4096)
def holiday_date(h: Holiday, year: int) -> date | None:
    """The (first) day of holiday ``h`` in Gregorian ``year``; for a Hijri holiday, its occurrence in that year."""
    try:
        if h.rule == "gregorian":
            return date(year, h.month, h.day)
        if h.rule == "nth_weekday":
            return _nth_weekday(year, h.month, h.weekday, h.n)
        if h.rule == "easter":
            return _easter(year) + timedelta(days=h.offset)
    except ValueError:
        return None
    if h.rule == "hijri":
        hy = gregorian_to_hijri(date(year, 1, 1))
        if hy is None:
            return None
        for y in (hy[0], hy[0] + 1):
            d = hijri_to_gregorian(y, h.month, h.day)
            if d is not None and d.year == year:
                return d
    return None
