"""Joins: readings the grammar read one by one, joined into one mention.

Clock times join the day they qualify; a named day takes the written date after it; an anaphor
(``نفس اليوم``) takes the unit of the date before it; the first or last units of a period, the early
or late half of a part of day; two dates joined by ``إلى``, ``حتى``, ``-`` (or ``و`` after ``بين``) become
one range; a date of every period becomes a set. :func:`join_dates`, :func:`join_clocks` and
:func:`join_ranges_and_sets` run them in the order :func:`arnews.dates.find_view` needs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import TYPE_CHECKING

import regex

from ... import _compiled
from ...wordclass import DATE_WORDS, word_class, word_list, word_table
from ..calendars import weekdays
from ..clock import tz_info
from ..dayparts import POD_HOURS, grammar_alt
from ..grammar import POD_WORDS
from ..numbers import fold, fold_pattern, parse_number, trie_alt
from .context import DateContext, Reading, _add_months, shift_unit
from .days import weekday_mismatch
from .periods import _edge

if TYPE_CHECKING:
    from ..clock import ClockTime

__all__ = ["join_clocks", "join_dates", "join_ranges_and_sets", "written_date_source"]


_BEFORE_CLOCK = _compiled.compile(r"\s*[،,]?\s*(?:(?:و?(?:في|عند|علي)|حوالي|نحو|قرابه|بحدود)\s+|و\s*)?(?:تمام\s+)?$")
_AFTER_CLOCK = _compiled.compile(r"^\s*[،,]?\s*(?:(?:من|في)\s+)?(?:يوم\s+)?$")
_RANGE_JOIN = _compiled.compile(r"^\s*(?:-|–|الي|حتي|لغايه|ولغايه|وحتي|والي)\s*$")
_AND_JOIN = _compiled.compile(r"^\s*و\s*$")


def _hour(c: ClockTime, pod: str | None) -> int:
    h = c.hour
    if not c.ambiguous:
        return h
    if pod in ("evening", "night", "afternoon", "noon") and h < 12:
        return h + 12 if not (pod == "night" and h < 5) else h
    if pod in ("morning", "dawn"):
        return h % 12
    return h + 12 if 1 <= h <= 6 else h


def _clock_reading(
    c: ClockTime, day: date, pod: str | None, start: int, end: int, kind: str, zone: tzinfo | None = None
) -> Reading:
    """The interval of clock time ``c`` on ``day``; a range ends at its end as written.

    An ambiguous range with no part of day reads as written (``من 1:30 إلى 3`` is 01:30–03:00);
    a time with a zone (``بتوقيت غرينتش``) is moved into ``zone``, the reference's, when it has one.
    """
    pod = pod or c.part_of_day
    as_written = c.end_hour is not None and c.ambiguous and pod is None
    h = c.hour if as_written else _hour(c, pod)
    base = datetime(day.year, day.month, day.day)
    s = base + timedelta(hours=h, minutes=c.minute, seconds=c.second)
    fine = c.minute != 0 or c.second != 0 or (c.end_minute or 0) != 0
    step = timedelta(minutes=1) if fine else timedelta(hours=1)
    grain = "minute" if fine else "hour"
    if c.end_hour is not None:
        eh = c.end_hour
        if c.ambiguous and eh < 12 and h >= 12:
            eh += 12
        e = base + timedelta(hours=eh, minutes=c.end_minute or 0)
        if e <= s and as_written and eh < 12 and e + timedelta(hours=12) > s:
            e += timedelta(hours=12)  # من 11 إلى 1: one o'clock after eleven
        if e <= s:
            e += timedelta(days=1)
        interval = (s, e)
        kind = "range"
    else:
        interval = (s, s + step)
    here = tz_info(c.tz)
    if here is not None and zone is not None:
        shift = s.replace(tzinfo=here).astimezone(zone).replace(tzinfo=None) - s
        interval = (interval[0] + shift, interval[1] + shift)
    return Reading(start, end, kind, grain, interval)


def _pod_of(r: Reading) -> str | None:
    if r.grain != "part_of_day" or r.interval is None:
        return None
    a = r.interval[0].hour
    for name, (x, _) in POD_HOURS.items():
        if x == a:
            return name
    return None


def _apposed(t: str, r: Reading, c: ClockTime) -> bool:
    """A clock set off from its day, annotated as a mention of its own on that day: by a comma after a part of
    day with its day (``مساء أمس، الساعة الثامنة`` narrows the evening), or by ``و`` after any day
    (``يوم الثلاثاء 24 نوفمبر وعلى الساعة 16``); ``الخميس، الساعة 8`` and ``الخميس في الساعة 8`` still join."""
    if _AND_CLOCK.match(t, r.end, c.start) is not None:
        return True
    return r.grain == "part_of_day" and _COMMA.search(t, r.end, c.start) is not None


_COMMA = _compiled.compile(r"[،,]")
#: ``و`` (with a preposition or not) between a day and its clock time.
_AND_CLOCK = _compiled.compile(r"\s*[،,]?\s*و")
_CLOCK_REACH = 300  # a clock joins only readings this close (the joining words are short)


def _join_clocks(t: str, found: list[Reading], clocks: list[ClockTime], ctx: DateContext) -> list[Reading]:
    """Join each clock time to the day it qualifies, or add it as a time of its own.

    One sweep over clocks and readings in text order: only readings within ``_CLOCK_REACH``
    characters of a clock can join it, so each clock looks at a bounded window (linear time).
    """
    if not clocks:
        return found
    pending = sorted(found, key=lambda r: (r.start, -r.end))
    k = 0
    done: list[Reading] = []
    out: list[Reading] = []  # the readings near the current clock, in text order
    for c in sorted(clocks, key=lambda c: c.start):
        while k < len(pending) and pending[k].start <= c.end + _CLOCK_REACH:
            out.append(pending[k])
            k += 1
        keep = 0
        while keep < len(out) and out[keep].end < c.start - _CLOCK_REACH:
            keep += 1
        done.extend(out[:keep])
        out = out[keep:]
        out = _join_clock(t, out, c, ctx)
    done.extend(out)
    done.extend(pending[k:])
    done.sort(key=lambda r: (r.start, -r.end))
    return done


def _join_clock(t: str, out: list[Reading], c: ClockTime, ctx: DateContext) -> list[Reading]:
    """``out`` (sorted) with the clock ``c`` joined to its partner reading, or added alone."""
    partner = None
    out = [r for r in out if not (r.kind in ("duration", "vague") and c.start <= r.start and r.end <= c.end)]
    for i, r in enumerate(out):
        if r.kind in ("duration", "vague", "range") and r.grain not in ("part_of_day",):
            if r.start < c.end and c.start < r.end:
                partner = -1
                break
            continue
        if r.start < c.end and c.start < r.end:
            partner = i
            break
        if r.end <= c.start and _BEFORE_CLOCK.fullmatch(t, r.end, c.start) and r.day is not None:
            if _apposed(t, r, c):  # مساء أمس، الساعة الثامنة: two mentions, the clock on the evening's day
                out.append(_clock_reading(c, r.day, _pod_of(r), c.start, c.end, "datetime", ctx.zone))
                out.sort(key=lambda x: (x.start, -x.end))
                return out
            partner = i
            break
        if c.end <= r.start and _AFTER_CLOCK.match(t[c.end : r.start]) and r.day is not None:
            partner = i
            break
    if partner == -1:
        return out
    if partner is None:
        if any(r.start < c.end and c.start < r.end for r in out):
            return out
        # the same moment in brackets after a dated time, in another zone (الاثنين الساعة 16,00 (15,00 تغ)): its day
        same = [r.interval[0].date() for r in out
                if r.kind == "datetime" and r.interval is not None and _BRACKET_AFTER.fullmatch(t, r.end, c.start)]
        day = same[-1] if same else ctx.day
        if day is None:
            out.append(Reading(c.start, c.end, "time", "hour", None))
        else:
            out.append(_clock_reading(c, day, None, c.start, c.end, "time", ctx.zone))
        out.sort(key=lambda r: (r.start, -r.end))
        return out
    r = out[partner]
    s, e = min(r.start, c.start), max(r.end, c.end)
    # a part of day inside the clock's own words (الساعة 12 قبل الظهر) names no day: still a time
    kind = "time" if c.start <= r.start and r.end <= c.end and r.grain == "part_of_day" else "datetime"
    if r.day is None:
        out[partner] = Reading(s, e, kind, "hour", None)
    else:
        out[partner] = _clock_reading(c, r.day, _pod_of(r), s, e, kind, ctx.zone)
    # absorb any other reading the union now covers
    return [x for j, x in enumerate(out) if j == partner or not (x.start >= s and x.end <= e)]


_SPACE_RUN = _compiled.compile(r"\s+")
#: A bracket opening right after a mention (a clock time in another zone follows).
_BRACKET_AFTER = _compiled.compile(r"\s*[(\[]\s*")
_DAY_THEN_DATE = _compiled.compile(r"\s*[،,]?\s*\(?\s*(?:(?:الموافق|في|بتاريخ)\s+)?")


_EARLIER_OF = _compiled.compile(r"\s+(?:من|في)\s+")


def _join_earlier_of(t: str, found: list[Reading]) -> list[Reading]:
    """``وقت سابق من اليوم`` ("earlier today"), ``وقت لاحق من هذا الأسبوع``, ``وقت مبكر اليوم``: the day or
    period it names."""
    out: list[Reading] = []
    for r in found:
        a = out[-1] if out else None
        if (
            a is not None and a.kind == "vague" and t[a.start : a.end] in _VAGUE_TIMES
            and r.interval is not None
            and (_EARLIER_OF.fullmatch(t, a.end, r.start) or (  # وقت سابق اليوم: earlier today
                t[a.end : r.start] == " " and t.startswith(_TODAY_THIS, r.start)))
        ):
            out[-1] = Reading(a.start, r.end, r.kind, r.grain, r.interval, r.duration, r.warnings, r.day)
            continue
        out.append(r)
    return out


_OFFSET_OP = _compiled.compile(r"(?:و?(?P<op>قبل|بعد))\s")
_OFFSET_FROM = _compiled.compile(r"\s+من\s+(?:(?:يوم|تاريخ)\s+)?")
_OFFSET_THEN = _compiled.compile(r"\s+(?P<op>قبل|بعد)\s+(?:(?:يوم|تاريخ)\s+)?")
#: Units an amount counted from a date may have: days, weeks, hours, minutes (a month or a year is no fixed span).
_OFFSET_CALENDAR = _compiled.compile(r"شهر|اشهر|شهور|سن[هو]|سنين|عام|اعوام|عقد|عقود|قرن|فصل")
_OFFSET_GRAINS = ("day", "part_of_day", "hour", "minute")


def _offset_from(t: str, a: Reading, r: Reading) -> int:
    """The sign of amount ``a`` counted from date ``r`` (``بعد ثلاثة أيام من عيد الميلاد``، ``يومين قبل الخميس``),
    or 0 when ``a`` is not counted from ``r``."""
    if a.duration is None or r.interval is None or r.kind not in ("date", "datetime"):
        return 0
    if r.grain not in _OFFSET_GRAINS:
        return 0
    if _OFFSET_CALENDAR.search(t, a.start, a.end) or (r.grain == "day" and a.duration % timedelta(days=1)):
        return 0
    op = _OFFSET_OP.match(t, a.start)
    if op is not None and _OFFSET_FROM.fullmatch(t, a.end, r.start):
        return -1 if op.group("op") == "قبل" else 1
    then = _OFFSET_THEN.fullmatch(t, a.end, r.start)
    if op is None and a.kind == "duration" and then is not None:
        return -1 if then.group("op") == "قبل" else 1
    return 0


def _join_offset_from(t: str, found: list[Reading]) -> list[Reading]:
    """An amount counted from a date is that date moved by it: ``بعد ثلاثة أيام من عيد الميلاد`` (28 December),
    ``قبل يومين من الخميس``, ``أسبوع بعد الخميس``; the grain stays the date's."""
    out: list[Reading] = []
    for r in found:
        a = out[-1] if out else None
        sign = _offset_from(t, a, r) if a is not None else 0
        if a is not None and sign and r.interval is not None and a.duration is not None:
            shift = sign * a.duration
            iv = (r.interval[0] + shift, r.interval[1] + shift)
            day = iv[0].date() if r.day is not None or r.grain == "day" else None
            out[-1] = Reading(a.start, r.end, r.kind, r.grain, iv, a.duration, r.warnings, day)
            continue
        out.append(r)
    return out


_ORDINAL_EDGE = _compiled.compile(fold_pattern(
    r"(?<!\w)(?:ال)(?P<u>" + "|".join(word_table("edge_unit")) + r")(?:\s+(?:ال)?(?P<n>\d{1,2}|\w+))?"
    r"\s+(?P<e>الاولى|الاخيره)\s+(?:من|في)\s+$"
))
#: Words ``_ORDINAL_EDGE`` cannot match without (and ``_POD_EDGE``/``_POD_EDGE_BARE`` without one of
#: ``_POD_EDGE_HINTS``): a text with none of them skips those joins.
_EDGE_HINTS = (fold("الاولى"), fold("الاخيره"))
_POD_EDGE_HINTS = (*_EDGE_HINTS, *word_list("pod_edge_hint", DATE_WORDS),
                   *(w + " " for w in word_list("pod_edge_word", DATE_WORDS)))
_EDGE_UNITS = word_table("edge_unit")
_FROM_IN = word_class("from_in", DATE_WORDS)
_VAGUE_TIMES = word_class("vague_time", DATE_WORDS)
_TODAY_THIS = word_list("today_this", DATE_WORDS)


def _first_or_last(a: datetime, b: datetime, unit: str, n: int | None, last: bool) -> tuple[datetime, datetime]:
    """The first (or last) ``n`` units of ``[a, b)``; without ``n``, its opening (or closing) stretch."""
    if n is None:
        span = b - a
        period = "year" if span > timedelta(days=40) else "month" if span > timedelta(days=8) else "week"
        return _edge((a, b), period, "late" if last else "early")
    if unit == "month" or unit == "year":
        k = n * (12 if unit == "year" else 1)
        if last:
            x = _add_months(b.date(), -k)
            return max(a, datetime(x.year, x.month, x.day)), b
        x = _add_months(a.date(), k)
        return a, min(b, datetime(x.year, x.month, x.day))
    step = timedelta(days=n * (7 if unit == "week" else 1))
    return (max(a, b - step), b) if last else (a, min(b, a + step))


_BARE_PERIOD = _compiled.compile(fold_pattern(r"(?:العام|السنة|الشهر|الأسبوع)(?!\w|\s+(?:ال\w|\d))"))


def _after_of(t: str, i: int) -> bool:
    """Whether ``t[:i]`` ends with ``من``/``في`` and a space (cheap test before a search)."""
    return i >= 3 and t[i - 1].isspace() and t[i - 3 : i - 1] in _FROM_IN


def _bare_periods(t: str, found: list[Reading], ref: datetime | None) -> list[Reading]:
    """``العام``, ``الشهر``, ``الأسبوع`` alone after an ordinal edge: the reference's year, month, week."""
    if ref is None or ("من " not in t and "في " not in t) or not any(h in t for h in _EDGE_HINTS):
        return found
    extra: list[Reading] = []
    for m in _BARE_PERIOD.finditer(t):
        if not _after_of(t, m.start()) or not _ORDINAL_EDGE.search(t, max(0, m.start() - 60), m.start()):
            continue
        if any(r.start < m.end() and m.start() < r.end for r in found):
            continue
        word = m.group()
        if word.endswith("شهر"):
            a = datetime(ref.year, ref.month, 1)
            x = _add_months(a.date(), 1)
            iv, grain = (a, datetime(x.year, x.month, 1)), "month"
        elif word.endswith("اسبوع"):
            a = datetime(ref.year, ref.month, ref.day) - timedelta(days=ref.weekday())
            iv, grain = (a, a + timedelta(days=7)), "week"
        else:
            iv, grain = (datetime(ref.year, 1, 1), datetime(ref.year + 1, 1, 1)), "year"
        extra.append(Reading(m.start(), m.end(), "date", grain, iv))
    return sorted(found + extra, key=lambda r: (r.start, -r.end)) if extra else found


def _join_ordinal_edge(t: str, found: list[Reading]) -> list[Reading]:
    """``الأشهر الستة الأولى من العام الجاري`` (the first half of this year), ``الأيام الأولى من الشهر``.

    The first or last units of a named period: a plural unit, an optional count, ``الأولى`` or
    ``الأخيرة``, then ``من``/``في`` and the period (``العام`` alone is the reference's year).
    """
    if not any(h in t for h in _EDGE_HINTS):
        return found
    out: list[Reading] = []
    for r in found:
        m = None
        if r.interval is not None and r.grain in ("year", "month", "week") and _after_of(t, r.start):
            m = _ORDINAL_EDGE.search(t, max(0, r.start - 60), r.start)
        if m is not None and r.interval is not None:
            n_text = m.group("n")
            n = parse_number(n_text) if n_text else None
            if not n_text or (n is not None and 0 < n < 100):
                unit = _EDGE_UNITS[m.group("u")]
                iv = _first_or_last(r.interval[0], r.interval[1], unit, n, m.group("e") != fold("الاولى"))
                grain = "day" if unit in ("day", "week") else unit
                out = [x for x in out if x.end <= m.start()]
                out.append(Reading(m.start(), r.end, "range", grain, iv))
                continue
        out.append(r)
    return out


_POD_EDGE_WORDS = r"اواخر|اوائل|اول|اخر"  # أواخر الصباح، أول الليل
_POD_EDGE_HEAD = (
    r"(?<!\w)(?:(?:وقت|ساعه|ساعات|الساعات)\s+(?P<e>متاخر|متاخره|مبكر|مبكره|المتاخره|المبكره|الاولى|الاخيره)"
    rf"\s+(?:من|في)\s+|(?P<e>{_POD_EDGE_WORDS})\s+)"
)
_POD_EDGE = _compiled.compile(fold_pattern(_POD_EDGE_HEAD + "$"))
_POD_PREPOSITIONS = word_list("pod_preposition", DATE_WORDS)
_BARE_EDGES = frozenset(fold_pattern(_POD_EDGE_WORDS).split("|"))
_EDGE_BEFORE = _compiled.compile(fold_pattern(rf"(?<!\w)(?:{_POD_EDGE_WORDS})\s+$"))
_POD_EDGE_BARE = _compiled.compile(fold_pattern(_POD_EDGE_HEAD + rf"(?P<pod>{grammar_alt('edge')})(?!\w)"))
_EARLY = word_class("early", DATE_WORDS)


def _half(iv: tuple[datetime, datetime], early: bool) -> tuple[datetime, datetime]:
    a, b = iv
    mid = a + (b - a) / 2
    return (a, mid) if early else (mid, b)


def _join_pod_edge(t: str, found: list[Reading], ref: datetime | None) -> list[Reading]:
    """``في وقت متأخر من مساء الثلاثاء``, ``في الساعات الأولى من صباح اليوم``: half of a part of day.

    Early (``مبكر``, ``الأولى``) is the first half of the part of day, late (``متأخر``, ``الأخيرة``)
    the second; a part of day alone (``في وقت متأخر من الليل``) is the reference day's.
    """
    if not any(h in t for h in _POD_EDGE_HINTS):
        return found
    out: list[Reading] = []
    for r in found:
        m = None
        if r.grain == "part_of_day" and (_after_of(t, r.start) or _EDGE_BEFORE.search(t, max(0, r.start - 8), r.start)):
            m = _POD_EDGE.search(t, max(0, r.start - 40), r.start)
            if m is not None and t.startswith(_POD_PREPOSITIONS, r.start) and m.group("e") in _BARE_EDGES:
                m = None  # بيان آخر بعد ظهر اليوم: "another", no edge of a phrase that opens with a preposition
        if m is not None:  # joined with or without a reference (unresolved: no interval)
            iv = _half(r.interval, m.group("e") in _EARLY) if r.interval is not None else None
            out = [x for x in out if x.end <= m.start()]
            out.append(Reading(m.start(), r.end, "datetime", "part_of_day", iv, day=r.day))
            continue
        out.append(r)
    extra: list[Reading] = []
    for m in _POD_EDGE_BARE.finditer(t):
        if any(x.start < m.end() and m.start() < x.end for x in out):
            continue
        name = POD_WORDS.get(_SPACE_RUN.sub(" ", m.group("pod")), "")
        if name not in POD_HOURS:
            continue
        if ref is None:
            extra.append(Reading(m.start(), m.end(), "datetime", "part_of_day", None))
            continue
        a, b = POD_HOURS[name]
        base = datetime(ref.year, ref.month, ref.day)
        iv = _half((base + timedelta(hours=a), base + timedelta(hours=b)), m.group("e") in _EARLY)
        extra.append(Reading(m.start(), m.end(), "datetime", "part_of_day", iv, day=ref.date()))
    return sorted(out + extra, key=lambda r: (r.start, -r.end)) if extra else out


@cache
def _written_date() -> regex.Pattern[str]:
    """A day written as a calendar date: digits or a month name (not ``اليوم``, ``أمس``)."""
    return _compiled.compile(*written_date_source())


def written_date_source() -> tuple[str, int]:
    """The source and flags of :func:`_written_date` (a digit or a month name), for the compiled store."""
    from ..calendars import months

    return rf"\d|(?<!\w)(?:{trie_alt(months())})(?!\w)", 0


def _join_named_days(t: str, found: list[Reading]) -> list[Reading]:
    """``اليوم الثلاثاء 21 ماي``, ``مساء الخميس 7 سبتمبر``: the date refines the day named before it.

    Whether to join is read off the text (a written date right after a named day), never off the
    resolution, so the same mentions are found with or without a reference.
    """
    out: list[Reading] = []
    for r in found:
        a = out[-1] if out else None
        if (
            a is not None and a.named and r.grain == "day" and _DAY_THEN_DATE.fullmatch(t, a.end, r.start)
            and _written_date().search(t, r.start, r.end)
        ):
            warnings = list(a.warnings if a.day is None or a.weekday is None else ()) + list(r.warnings)
            if a.weekday is not None and r.day is not None and r.day.weekday() != a.weekday:
                warnings.append(weekday_mismatch(a.weekday, r.day))
            interval = r.interval
            if a.grain == "part_of_day" and a.interval is not None and a.day is not None and r.day is not None:
                shift = datetime(r.day.year, r.day.month, r.day.day) - datetime(a.day.year, a.day.month, a.day.day)
                interval = (a.interval[0] + shift, a.interval[1] + shift)
            end = r.end + 1 if "(" in t[a.end : r.start] and t.startswith(")", r.end) else r.end
            out[-1] = replace(a, end=end, interval=interval, day=r.day, warnings=tuple(warnings), named=False)
            continue
        out.append(r)
    return out


_DAYS_HEAD = _compiled.compile(fold_pattern(r"(?<!\w)[وفبل]?(?:ال)?(?:يومي|ايام)\s+$"))
_LIST_AND = _compiled.compile(r"\s*[،,]?\s*و\s*")


def _join_weekday_list(t: str, found: list[Reading], ref: date | None) -> list[Reading]:
    """``يومي الاثنين والأربعاء``: two days of one week, each a date, the second after the first: read
    forward from the first when it is ahead of the reference, else back from the second.

    Each day stays a mention of its own (a list of days that are not adjacent is no range).
    """
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (
            a.weekday is None or b.weekday is None or a.day is None or b.day is None or a.interval is None
            or b.interval is None or a.grain != "day" or b.grain != "day"
            or not _LIST_AND.fullmatch(t, a.end, b.start) or not _DAYS_HEAD.search(t, max(0, a.start - 8), a.start)
        ):
            continue
        gap = timedelta(days=(b.weekday - a.day.weekday()) % 7 or 7)
        if b.day - a.day == gap or ref is None:
            continue
        first, second = (a.day, a.day + gap) if a.day > ref else (b.day - gap, b.day)
        out[k - 1] = replace(a, interval=(datetime.combine(first, datetime.min.time()),
                                          datetime.combine(first + timedelta(days=1), datetime.min.time())), day=first)
        out[k] = replace(b, interval=(datetime.combine(second, datetime.min.time()),
                                      datetime.combine(second + timedelta(days=1), datetime.min.time())), day=second)
    return out


def _join_ranges(t: str, found: list[Reading]) -> list[Reading]:
    out: list[Reading] = []
    for r in found:
        if out:
            a = out[-1]
            between = t[a.end : r.start]
            joined = (_RANGE_JOIN.match(between) is not None) or (
                _AND_JOIN.match(between) is not None and t[max(0, a.start - 4) : a.start].endswith("بين ")
            )
            if (
                joined and a.interval is not None and r.interval is not None
                and a.kind not in ("duration", "vague") and r.kind not in ("duration", "vague")
            ):
                end = r.interval[1]
                if a.weekday is not None and r.weekday is not None and a.grain == r.grain == "day":
                    # "بين الاثنين والجمعة": the second weekday is the first one from the start on
                    end = a.interval[0] + timedelta(days=(r.weekday - a.weekday) % 7 + 1)
                elif end <= a.interval[0] and r.grain in ("day", "month") and a.grain in ("day", "month"):
                    # "من 20 ديسمبر إلى 5 يناير": an end before the start is in the following year
                    with contextlib.suppress(ValueError):
                        end = end.replace(year=end.year + 1)
                if a.interval[0] < end:
                    grain = a.grain if a.grain == r.grain else (r.grain or a.grain)
                    out[-1] = Reading(a.start, r.end, "range", grain, (a.interval[0], end))
                    continue
        out.append(r)
    return out


_WEEK_THEN_DAYS = _compiled.compile(r"\s*[،,]?\s*(?:من|بين)\s+(?:يوم\s+)?")


@cache
def _weekday_start() -> regex.Pattern[str]:
    """A weekday name at the start of a reading (folded like the view)."""
    return _compiled.compile(rf"(?:{trie_alt(weekdays())})(?!\w)")


def _join_week_range(t: str, found: list[Reading]) -> list[Reading]:
    """``الأسبوع المقبل بين الاثنين والأربعاء``, ``الأسبوع الماضي من الأحد إلى الخميس``: the days of that week."""
    out: list[Reading] = []
    for r in found:
        a = out[-1] if out else None
        if (
            a is not None and a.grain == "week" and a.kind == "date" and a.interval is not None
            and r.kind == "range" and r.grain == "day" and r.interval is not None
            and _WEEK_THEN_DAYS.fullmatch(t, a.end, r.start) and _weekday_start().match(t, r.start)
        ):
            first = r.interval[0].weekday()
            span = (r.interval[1] - r.interval[0]).days
            s = a.interval[0] + timedelta(days=first)
            out[-1] = Reading(a.start, r.end, "range", "day", (s, s + timedelta(days=span)))
            continue
        out.append(r)
    return out


#: How fine a grain is: an anaphor takes the last date at least as fine as its unit (نفس الشهر after a day or a
#: month, not after a year).
_FINENESS = {"second": 0, "minute": 0, "hour": 0, "part_of_day": 1, "day": 1, "night": 1, "week": 2, "weekend": 2,
             "month": 3, "quarter": 4, "half": 4, "season": 4, "year": 5}


def _join_anaphora(t: str, found: list[Reading]) -> list[Reading]:
    """``نفس اليوم``، ``ذلك العام``: the unit of the last date before it that is at least as fine; else no mention."""
    out: list[Reading] = []
    for r in found:
        if r.anaphor is None:
            out.append(r)
            continue
        unit, _, after = r.anaphor.partition("+")
        need = _FINENESS.get(unit, 5)
        last = next((x for x in reversed(out) if x.interval is not None and x.anaphor is None
                     and x.kind in ("date", "datetime", "time", "range") and _FINENESS.get(x.grain or "", 9) <= need),
                    None)
        if last is None or last.interval is None:
            if after and r.interval is not None:  # العام التالي with no year named before: the reference's next
                out.append(replace(r, anaphor=None))
            continue
        iv = shift_unit(last.interval[0], unit, int(after or 0))
        out.append(Reading(r.start, r.end, r.kind, r.grain, iv, day=iv[0].date() if unit == "day" else None))
    return out


_OF_EVERY = _compiled.compile(r"\s+(?:من|في)\s+$")


def _join_sets(t: str, found: list[Reading]) -> list[Reading]:
    """A date of every period (``الأحد الثاني من كل شهر``) is one repeated time: its first occurrence, that period."""
    out: list[Reading] = []
    for r in found:
        if out and r.kind == "set" and t.startswith("كل", r.start) and out[-1].kind in ("date", "datetime"):
            a = out[-1]
            if _OF_EVERY.fullmatch(t, a.end, r.start) is not None:
                out[-1] = Reading(a.start, r.end, "set", a.grain, a.interval, r.duration, weekday=a.weekday)
                continue
        out.append(r)
    return out


def _safely(join: Callable[[str, list[Reading]], list[Reading]], t: str, found: list[Reading]) -> list[Reading]:
    """Apply a join; at the edge of ``datetime``'s range keep the readings as they are."""
    try:
        return join(t, found)
    except (ValueError, OverflowError):
        return found


def join_dates(t: str, found: list[Reading], ctx: DateContext) -> list[Reading]:
    """The joins before clock times: anaphora, ``X من Y``, a named day and its date, period and part-of-day edges."""
    ref = ctx.reference
    found = _safely(_join_anaphora, t, found)
    found = _safely(_join_earlier_of, t, found)
    found = _safely(_join_named_days, t, found)
    found = _safely(_join_offset_from, t, found)
    found = _safely(lambda t, f: _join_weekday_list(t, f, ctx.day), t, found)
    found = _safely(_join_ordinal_edge, t, _bare_periods(t, found, ref))
    with contextlib.suppress(ValueError, OverflowError):
        found = _join_pod_edge(t, found, ref)
    return found


def join_clocks(t: str, found: list[Reading], clocks: list[ClockTime], ctx: DateContext) -> list[Reading]:
    """Clock times joined to the day they qualify (at the edge of ``datetime``'s range: the dates as they are)."""
    with contextlib.suppress(ValueError, OverflowError):
        found = _join_clocks(t, found, clocks, ctx)
    return found


def join_ranges_and_sets(t: str, found: list[Reading]) -> list[Reading]:
    """The last joins: two dates into one range, a date of every period into a set."""
    found = _safely(_join_ranges, t, found)
    found = _safely(_join_week_range, t, found)
    return _join_sets(t, found)
