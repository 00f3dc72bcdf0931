"""Find date and time expressions in Arabic news and resolve them against a reference date.

Candidates come from one pass over the words of the normalised view (a set lookup of the words
an expression can start with); at each, the grammar's branches that word can start
(:mod:`.grammar`) are tried in order; :mod:`.resolve` reads the match into a kind, a grain and a
half-open interval. A full date after a weekday refines it, clock times (:mod:`.clock`) join the
day they qualify, and dates joined by ``إلى``/``حتى``/``-`` become ranges. Spans always index the
caller's original text.

>>> from datetime import date
>>> [(m.text, m.kind, m.interval[0].date().isoformat()) for m in find_dates("وصل أمس الاثنين", date(2023, 9, 12))]
[('أمس الاثنين', 'date', '2023-09-11')]
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from itertools import accumulate, compress
from typing import TYPE_CHECKING

import regex

from .. import _compiled
from ..lexicon import Lexicon, LexiconSource, resolve_lexicon
from ..normalize import analysis_view
from ..spans import TextView, check_text
from ..when import as_datetime
from .clock import (
    cardinal_hours,
    find_clock_times,
    hour_digits,
    hour_words,
    military_marks,
    ordinal_hour_words,
    tz_info,
)
from .grammar import POD_WORDS, anchor_set, guard_allows, tries_for
from .latin import find_latin
from .numbers import fold, fold_pattern, parse_number, trie_alt
from .resolve import Reading, read_match, weekday_mismatch
from .resolve.context import POD_HOURS, _add_months
from .resolve.periods import _edge
from .tense import reporting_perfects

if TYPE_CHECKING:
    from .clock import ClockTime

__all__ = ["PREFER", "DateMention", "find_dates", "find_view", "iso_duration", "resolve_date"]

#: Accepted values of ``prefer``.
PREFER = ("auto", "past", "future")


_ISO_UNITS = {"year": (365 * 86400, "Y"), "month": (30 * 86400, "M"), "week": (7 * 86400, "W"), "day": (86400, "D"),
              "hour": (3600, "H")}


def iso_duration(d: timedelta, grain: str | None = None) -> str:
    """An ISO-8601 duration, in the mention's own unit when it divides evenly.

    Years count 365 days and months 30, as the durations are built; hours stay hours (``72 ساعة``
    is ``PT72H``, not three days).

    >>> iso_duration(timedelta(days=1095), "year"), iso_duration(timedelta(hours=36), "hour")
    ('P3Y', 'PT36H')
    """
    secs = round(d.total_seconds())
    sign, secs = ("-", -secs) if secs < 0 else ("", secs)
    unit = _ISO_UNITS.get(grain or "")
    if unit and secs % unit[0] == 0:
        return f"{sign}P{'T' if grain == 'hour' else ''}{secs // unit[0]}{unit[1]}"
    days, rest = divmod(secs, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    time = "".join(f"{n}{u}" for n, u in ((h, "H"), (m, "M"), (s, "S")) if n)
    return f"{sign}P{f'{days}D' if days else ''}{'T' + time if time else ''}" if secs else "PT0S"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time expression with its resolved interval.

    ``interval`` is half-open ``[start, end)`` at ``grain``, in the reference's wall clock: aware
    in the reference's zone when it has one, naive otherwise; ``None`` when unresolved (no
    reference, a vague or a pure duration expression).
    ``warnings`` reports what the text says inconsistently (``اليوم الأربعاء`` on a Tuesday).

    >>> find_dates("عام 2019")[0].interval[0].year
    2019
    """

    start: int
    end: int
    text: str
    kind: str
    grain: str
    interval: tuple[datetime, datetime] | None
    duration: timedelta | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form: the interval as ISO datetimes, the duration as an ISO-8601 duration."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "grain": self.grain,
            "interval": [x.isoformat() for x in self.interval] if self.interval else None,
            "duration": iso_duration(self.duration, self.grain) if self.duration is not None else None,
            "warnings": list(self.warnings),
        }


def _windows(t: str, hits: list[tuple[int, int]], taken: list[tuple[int, int]], pad: int = 70) -> list[tuple[int, int]]:
    """Stretches of ``t`` around clock anchors ``hits`` (sorted; merged, cut at whitespace).

    An anchor inside a date already read (``صباح`` of ``صباح اليوم``) opens no window.
    """
    out: list[tuple[int, int]] = []
    n = len(t)
    k = 0
    for hs, he in hits:
        while k < len(taken) and taken[k][1] <= hs:
            k += 1
        if k < len(taken) and taken[k][0] <= hs and he <= taken[k][1]:
            continue
        a, b = max(0, hs - pad), min(n, he + pad)
        if a > 0:  # widen to a word boundary, looking at most ``pad`` characters further
            lo = max(0, a - pad)
            cut = max(t.rfind(" ", lo, a), t.rfind("\n", lo, a))
            a = cut + 1 if cut >= 0 else lo
        if b < n:
            hi = min(n, b + pad)
            cuts = [x for x in (t.find(" ", b, hi), t.find("\n", b, hi)) if x >= 0]
            b = min(cuts) if cuts else hi
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


#: Characters that make a word of ``\w`` differ from a run of letters and numbers: marks, ``_``,
#: joiners (in ``\w``, not letters) and numbers that are not digits (the other way round).
_ODD = regex.compile(r"[\w--[\p{L}\p{N}]]|\p{No}", regex.V1)


def _holds_hour(
    t: str, w: str, a: int, hour_at: list[int], runs: list[int], card_at: list[int]
) -> bool:
    """Whether window ``w = t[a:b]`` can hold a clock time: it has an hour word or an hour in digits.

    ``hour_at`` are the starts of the words of :func:`~.clock.hour_words` in ``t`` but those that
    can only be cardinals, ``card_at`` the starts of these (:func:`~.clock.cardinal_hours`: an
    hour only after ``الساعة``, so only in a window that has it), ``runs`` the starts of its runs
    of digits (all sorted). The words are those of the text's word scan (``\\w+``), the runs of
    letters and numbers the clock grammar sees unless the window has one of the ``_ODD``
    characters: such a window is read, and so is one whose edges are not at a space or a line
    break (it may cut a word).
    """
    b = a + len(w)
    if (a > 0 and t[a - 1] not in " \n") or (b < len(t) and t[b] not in " \n"):
        return True
    k = bisect_left(hour_at, a)
    if k < len(hour_at) and hour_at[k] < b:
        return True
    if card_at:
        k = bisect_left(card_at, a)
        if k < len(card_at) and card_at[k] < b and any(h in w for h in cardinal_hours()[1]):
            return True
    digits = hour_digits()
    marked: bool | None = None
    for p in runs[bisect_left(runs, a) : bisect_left(runs, b)]:
        m = digits.match(w, p - a)
        if m is None:
            continue
        if m.group("hm") is None or int(m.group("h")) <= 12:
            return True
        # four digits past 12 (2019, 1445) are a time only after الساعة or with a zone
        if marked is None:
            marked = military_marks().search(w) is not None
        if marked:
            return True
    return _ODD.search(w) is not None


def _clock_times(
    t: str, hits: list[tuple[int, int]], taken: list[tuple[int, int]], hour_at: list[int], runs: list[int],
    card_at: list[int],
) -> list[ClockTime]:
    """Clock times of ``t``, read only around clock anchors (offsets into ``t``).

    A window with no hour (:func:`_holds_hour`) is not searched: every clock time has one.
    """
    out: list[ClockTime] = []
    try:
        for a, b in _windows(t, hits, taken):
            w = t[a:b]
            if not _holds_hour(t, w, a, hour_at, runs, card_at):
                continue
            out.extend(replace(c, start=c.start + a, end=c.end + a) for c in find_clock_times(w))
    except Exception:
        return []
    return out


_TRIM = " \t\n،,.:;؛-/("
_WORD = regex.compile(r"\w+")
#: Every word of a window in one match: its captures and their starts, without a match object each.
_WORDS = regex.compile(r"(?:\W*+(\w++))*+")
_NOT_WORD = regex.compile(r"\W")
#: Characters of text the word scan reads at once (then on to the end of the word it is in): the
#: captures of one match over a whole text of millions of words exhaust ``regex``'s memory.
_SCAN_WINDOW = 1 << 16


def _flagged_words(t: str, flags: dict[str, int], window: int | None = None) -> list[tuple[int, str, int]]:
    """The words of ``t`` (runs of ``\\w``) that ``flags`` holds: ``(start, word, flags)`` in text order.

    Read window by window: a window ends at the first non-word character at or after ``window``
    (``_SCAN_WINDOW`` by default) characters, so no word is cut, and its words are the whole text's words there. Time is
    linear and memory bounded by a window, whatever the length of the text.
    """
    hits: list[tuple[int, str, int]] = []
    window = window or _SCAN_WINDOW
    n, a = len(t), 0
    while a < n:
        b = n
        if n - a > window:
            m = _NOT_WORD.search(t, a + window)
            b = m.start() if m is not None else n
        scan = _WORDS.match(t, a, b)
        if scan is not None:
            words, at = scan.captures(1), scan.starts(1)
            hits.extend((at[i], w, flags[w]) for i, w in compress(enumerate(words), map(flags.__contains__, words)))
        a = b
    return hits
#: Words that can carry a clock time (with their article and clitics): windows open around them.
_CLOCK_WORD_LIST = (
    "ساعه", "صباح", "صباحا", "صبح", "مساء", "مساءا", "ظهر", "ظهرا", "عصر", "عصرا", "زوال", "فجر", "فجرا", "ليل", "ليلا",
    "ليله", "منتصف", "ظهيره", "ضحي", "توقيت", "بتوقيت", "نصف", "ربع", "ربعا", "ثلث", "ثلثا", "دقيقه", "دقايق",
    "دقيقتين", "غرينتش", "gmt", "GMT", "utc", "UTC",
)
_CLOCK_WORDS = frozenset(c + a + w for w in _CLOCK_WORD_LIST for a in ("", "ال") for c in ("", "و", "ف", "ب", "ل"))
_NUMBER_WORD = re.compile(r"(?<![\w.,])(?:ال|وال|و|ب|ل)?\d\w*")
#: A quantity, not a date: thousands groups (1.200.000) or a decimal percentage (3.5 في المئة).
_PLAIN_NUMBER = re.compile(r"\d+(?:[.,]\d{3}(?!\d)|[.,]\d+\s*(?:%|في\s+الم|بالم))")


@cache
def _word_flags() -> dict[str, int]:
    """Word → bits: 1 an expression can start here, 2 a clock time can be near, 4 an hour word (8 as well
    if it can only be a cardinal hour)."""
    flags = dict.fromkeys(anchor_set(), 1)
    for w in _CLOCK_WORDS | ordinal_hour_words():
        flags[w] = flags.get(w, 0) | 2
    cards = cardinal_hours()[0]
    for w in hour_words():
        flags[w] = flags.get(w, 0) | (12 if w in cards else 4)
    return flags


_CLOCK_SHAPE = re.compile(r"\d:\d|\d\s*[صم](?!\w)")
#: Runs of digits. Every digit of :mod:`re` (``str.isdecimal``) is one of :mod:`regex` (a test checks),
#: so these runs hold every digit the ``re`` patterns below can start at; regex finds them faster.
_DIGITS = regex.compile(r"\d+")


def _digit_scan(t: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]], list[int]]:
    """The number words (``_NUMBER_WORD``, not a ``_PLAIN_NUMBER``), clock shapes and digit runs of ``t``.

    One pass over the runs of digits, what both need, instead of two searches over every
    character; the same matches as ``finditer`` of each. A number word has its first digit at
    most 3 characters after its start (after its prefix), so it is matched only there; it cannot
    start inside a run of digits (its look-behind), so a run where none starts is skipped whole;
    before the run it can only start at one of its prefixes (a start whose first digit is in an
    earlier run was tried at that run). A clock shape starts at the last digit of a run.
    """
    numbers: list[tuple[int, str]] = []
    shapes: list[tuple[int, int]] = []
    runs: list[int] = []
    word_end = shape_end = 0
    match, shape = _NUMBER_WORD.match, _CLOCK_SHAPE.match
    n = len(t)
    for run in _DIGITS.finditer(t):
        p, q = run.span()
        runs.append(p)
        if p >= word_end:  # the starts in order: before the prefixes وال, ال, و/ب/ل, then at the digit
            m = None
            if p - 3 >= word_end and t[p - 3 : p] == "وال":
                m = match(t, p - 3)
            if m is None and p - 2 >= word_end and t[p - 2 : p] == "ال":
                m = match(t, p - 2)
            if m is None and p - 1 >= word_end and t[p - 1] in "وبل":
                m = match(t, p - 1)
            if m is None:
                m = match(t, p)
            if m is not None:
                word_end = m.end()
                if not _PLAIN_NUMBER.match(t, m.start()):
                    numbers.append((m.start(), m.group()))
        # a clock shape needs ":", a space or ص/م after the digit (re's \s is str.isspace)
        if (
            q - 1 >= shape_end and q < n and ((ch := t[q]) == ":" or ch in "صم" or ch.isspace())
            and (c := shape(t, q - 1)) is not None
        ):
            shapes.append(c.span())
            shape_end = c.end()
    return numbers, shapes, runs


_BEFORE_CLOCK = regex.compile(r"\s*[،,]?\s*(?:(?:و?(?:في|عند|علي)|حوالي|نحو|قرابه|بحدود)\s+)?(?:تمام\s+)?$")
_AFTER_CLOCK = regex.compile(r"^\s*[،,]?\s*(?:(?:من|في)\s+)?(?:يوم\s+)?$")
_RANGE_JOIN = regex.compile(r"^\s*(?:-|–|الي|حتي|لغايه|ولغايه|وحتي|والي)\s*$")
_AND_JOIN = regex.compile(r"^\s*و\s*$")


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


_CLOCK_REACH = 300  # a clock joins only readings this close (the joining words are short)


def _join_clocks(
    t: str, found: list[Reading], clocks: list[ClockTime], ref: datetime | None, zone: tzinfo | None = None
) -> list[Reading]:
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
        out = _join_clock(t, out, c, ref, zone)
    done.extend(out)
    done.extend(pending[k:])
    done.sort(key=lambda r: (r.start, -r.end))
    return done


def _join_clock(t: str, out: list[Reading], c: ClockTime, ref: datetime | None, zone: tzinfo | None) -> list[Reading]:
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
        if ref is None:
            out.append(Reading(c.start, c.end, "time", "hour", None))
        else:
            out.append(_clock_reading(c, ref.date(), None, c.start, c.end, "time", zone))
        out.sort(key=lambda r: (r.start, -r.end))
        return out
    r = out[partner]
    s, e = min(r.start, c.start), max(r.end, c.end)
    if r.day is None:
        out[partner] = Reading(s, e, "datetime", "hour", None)
    else:
        out[partner] = _clock_reading(c, r.day, _pod_of(r), s, e, "datetime", zone)
    # absorb any other reading the union now covers
    return [x for j, x in enumerate(out) if j == partner or not (x.start >= s and x.end <= e)]


_SPACE_RUN = regex.compile(r"\s+")
_DAY_THEN_DATE = regex.compile(r"\s*[،,]?\s*\(?\s*(?:(?:الموافق|في|بتاريخ)\s+)?")


_EARLIER_OF = regex.compile(r"\s+(?:من|في)\s+")


def _join_earlier_of(t: str, found: list[Reading]) -> list[Reading]:
    """``وقت سابق من اليوم`` ("earlier today"), ``وقت لاحق من هذا الأسبوع``: the day or period it names."""
    out: list[Reading] = []
    for r in found:
        a = out[-1] if out else None
        if (
            a is not None and a.kind == "vague" and t[a.start : a.end] in ("وقت سابق", "وقت لاحق")
            and r.interval is not None
            and (_EARLIER_OF.fullmatch(t, a.end, r.start) or (  # وقت سابق اليوم: earlier today
                t[a.end : r.start] == " " and t.startswith(("اليوم", "هذا", "هذه"), r.start)))
        ):
            out[-1] = Reading(a.start, r.end, r.kind, r.grain, r.interval, r.duration, r.warnings, r.day)
            continue
        out.append(r)
    return out


_ORDINAL_EDGE = regex.compile(fold_pattern(
    r"(?<!\w)(?:ال)(?P<u>ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين)(?:\s+(?:ال)?(?P<n>\d{1,2}|\w+))?"
    r"\s+(?P<e>الاولى|الاخيره)\s+(?:من|في)\s+$"
))
#: Words ``_ORDINAL_EDGE`` cannot match without (and ``_POD_EDGE``/``_POD_EDGE_BARE`` without one of
#: ``_POD_EDGE_HINTS``): a text with none of them skips those joins.
_EDGE_HINTS = (fold("الاولى"), fold("الاخيره"))
_POD_EDGE_HINTS = (*_EDGE_HINTS, fold("متاخر"), fold("مبكر"), fold("اواخر"), fold("اوائل"), "اول ", "اخر ")
_EDGE_UNITS = {"ايام": "day", "اسابيع": "week", "اشهر": "month", "شهور": "month", "اعوام": "year", "سنوات": "year",
               "سنين": "year"}


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


_BARE_PERIOD = regex.compile(fold_pattern(r"(?:العام|السنة|الشهر|الأسبوع)(?!\w|\s+(?:ال\w|\d))"))


def _after_of(t: str, i: int) -> bool:
    """Whether ``t[:i]`` ends with ``من``/``في`` and a space (cheap test before a search)."""
    return i >= 3 and t[i - 1].isspace() and t[i - 3 : i - 1] in ("من", "في")


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
_POD_EDGE = regex.compile(fold_pattern(_POD_EDGE_HEAD + "$"))
_POD_PREPOSITIONS = ("بعد", "قبل", "بعيد", "قبيل")
_BARE_EDGES = frozenset(fold_pattern(_POD_EDGE_WORDS).split("|"))
_EDGE_BEFORE = regex.compile(fold_pattern(rf"(?<!\w)(?:{_POD_EDGE_WORDS})\s+$"))
_POD_EDGE_BARE = regex.compile(fold_pattern(
    _POD_EDGE_HEAD + r"(?P<pod>الصباح|المساء|الليل|الظهيره|بعد\s+الظهر|النهار|الفجر)(?!\w)"
))
_EARLY = frozenset(fold(w) for w in ("مبكر", "مبكره", "المبكره", "الاولى", "اوائل", "اول"))


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
            if m.group("pod") != fold("النهار"):
                continue
            name = "day"
        if ref is None:
            extra.append(Reading(m.start(), m.end(), "datetime", "part_of_day", None))
            continue
        a, b = POD_HOURS.get(name, (6, 18))
        base = datetime(ref.year, ref.month, ref.day)
        iv = _half((base + timedelta(hours=a), base + timedelta(hours=b)), m.group("e") in _EARLY)
        extra.append(Reading(m.start(), m.end(), "datetime", "part_of_day", iv, day=ref.date()))
    return sorted(out + extra, key=lambda r: (r.start, -r.end)) if extra else out


@cache
def _written_date() -> regex.Pattern[str]:
    """A day written as a calendar date: digits or a month name (not ``اليوم``, ``أمس``)."""
    return _compiled.compile(*_written_date_source())


def _written_date_source() -> tuple[str, int]:
    from .calendars import months

    return rf"\d|(?<!\w)(?:{trie_alt(months())})(?!\w)", 0


def _pattern_sources() -> list[tuple[str, int]]:
    """Every large pattern this package compiles on first use (source, flags), for ``arnews/data/patterns.bin``:
    the date grammar's (:func:`.grammar.pattern_sources`), the clock grammar's, the written-date pattern."""
    from . import clock, grammar

    return [*grammar.pattern_sources(), *clock.pattern_sources(), _written_date_source()]


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


def _unit_of(d: datetime, unit: str) -> tuple[datetime, datetime]:
    """The day, night, week, month or year holding ``d``."""
    day = datetime(d.year, d.month, d.day)
    if unit == "year":
        return datetime(d.year, 1, 1), datetime(d.year + 1, 1, 1)
    if unit == "month":
        return datetime(d.year, d.month, 1), datetime(d.year + d.month // 12, d.month % 12 + 1, 1)
    if unit == "week":
        monday = day - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=7)
    if unit == "night":
        return day + timedelta(hours=18), day + timedelta(days=1, hours=6)
    return day, day + timedelta(days=1)


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
        need = _FINENESS.get(r.anaphor, 5)
        last = next((x for x in reversed(out) if x.interval is not None and x.anaphor is None
                     and x.kind in ("date", "datetime", "time", "range") and _FINENESS.get(x.grain or "", 9) <= need),
                    None)
        if last is None or last.interval is None:
            continue
        iv = _unit_of(last.interval[0], r.anaphor)
        out.append(Reading(r.start, r.end, r.kind, r.grain, iv, day=iv[0].date() if r.anaphor == "day" else None))
    return out


_OF_EVERY = regex.compile(r"\s+(?:من|في)\s+$")


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


_OPEN_QUOTES = "\"«“‘'"
_CLOSE_QUOTES = "\"»”’'"


def _quoted_word(t: str, s: int, e: int) -> bool:
    """A single word in quotation marks is a name (صحيفة «اليوم», "الغد"), not a date."""
    return (
        s > 0 and e < len(t) and t[s - 1] in _OPEN_QUOTES and t[e] in _CLOSE_QUOTES
        and not t[s].isdigit() and _WORD.fullmatch(t, s, e) is not None
    )


def _check_prefer(prefer: object) -> str:
    if prefer not in PREFER:
        raise ValueError(f"prefer must be one of {PREFER}, not {prefer!r}")
    return str(prefer)


def _outside(found: list[Reading], spans: list[Reading]) -> list[Reading]:
    """The readings of ``found`` that overlap none of ``spans`` (one bisection each)."""
    spans = sorted(spans, key=lambda x: x.start)
    starts = [x.start for x in spans]
    reach = list(accumulate((x.end for x in spans), max))  # the furthest end among the first k spans
    return [r for r in found if not ((k := bisect_left(starts, r.end)) and reach[k - 1] > r.start)]


def find_view(
    v: TextView, reference: datetime | None = None, prefer: str = "auto", *, lexicon: Lexicon | None = None
) -> list[DateMention]:
    """Date mentions in a normalised view, spans on ``v.original``, sorted and non-overlapping.

    ``lexicon`` (a built :class:`arnews.lexicon.Lexicon`; the shipped one by default) gives the
    reporting verbs whose perfects read past in the tense of a date's clause.
    """
    if lexicon is None:
        return _find_view(v, reference, prefer)
    with reporting_perfects(lexicon.past_perfects):
        return _find_view(v, reference, prefer)


def _find_view(v: TextView, reference: datetime | None, prefer: str) -> list[DateMention]:
    prefer = _check_prefer(prefer)
    ref = reference.replace(tzinfo=None) if reference is not None else None
    t = v.text
    found: list[Reading] = []
    flags = _word_flags()
    hits = _flagged_words(t, flags)  # the words with flags (every flag is non-zero), at their starts
    starts = [(s, w) for s, w, f in hits if f & 1]
    numbers, shapes, runs = _digit_scan(t)
    starts.extend(numbers)
    starts.sort()
    clock_hits = [(s, s + len(w)) for s, w, f in hits if f & 2]
    clock_hits.extend(shapes)
    clock_hits.sort()
    last = 0
    for pos, tok in starts:
        if pos < last:
            continue
        m = None
        fam = ""
        e = pos + len(tok)
        after = t[e : e + 3]  # what the guards look at: a space and two characters, or punctuation
        for fam, pat, guard in tries_for(tok):  # noqa: B007 - the branch that matched is read below
            if guard is not None and not guard_allows(guard, after):
                continue
            m = pat.match(t, pos)
            if m is not None:
                break
        if m is None:
            continue
        try:
            r = read_match(t, m, ref, prefer, (fam,))
        except (ValueError, OverflowError):  # a date beyond what datetime holds (بعد 9999 عام)
            r = None
        if r is None:
            continue
        s, e = r.start, r.end
        while e > s and t[e - 1] in _TRIM:
            e -= 1
        if e <= s:
            continue
        if e != r.end:
            r = Reading(s, e, r.kind, r.grain, r.interval, r.duration, r.warnings, r.day, r.named, r.weekday, r.anaphor)
        if _quoted_word(t, s, e):
            last = m.end()
            continue
        found.append(r)
        last = m.end()
    zone = reference.tzinfo if reference is not None else None
    latin = find_latin(t, ref, prefer, zone)
    if latin:  # a date in Latin script is read whole: drop what the grammar read inside it
        found = [*_outside(found, latin), *latin]
        found.sort(key=lambda r: (r.start, -r.end))
    found = _safely(_join_anaphora, t, found)
    found = _safely(_join_earlier_of, t, found)
    found = _safely(_join_named_days, t, found)
    found = _safely(_join_ordinal_edge, t, _bare_periods(t, found, ref))
    with contextlib.suppress(ValueError, OverflowError):
        found = _join_pod_edge(t, found, ref)
    # a part of day leaves its words to a clock time (بين 5 و6 بعد الظهر)
    taken = [(r.start, r.end) for r in found if r.day is None or r.grain != "part_of_day"]
    hour_at = [s for s, _, f in hits if f & 12 == 4]
    card_at = [s for s, _, f in hits if f & 8]
    clocks = _clock_times(t, clock_hits, taken, hour_at, runs, card_at)
    with contextlib.suppress(ValueError, OverflowError):  # at the edge of datetime's range: keep the dates
        found = _join_clocks(t, found, clocks, ref, zone)
    found = _safely(_join_ranges, t, found)
    found = _join_sets(t, found)
    out: list[DateMention] = []
    last = -1
    offsets, original = v.offsets, v.original
    for r in found:
        i, j = r.start, r.end
        if i < last:
            continue
        if j <= i:  # what TextView.span gives: an empty span
            continue
        start = offsets[i]
        end = offsets[j - 1] + 1  # TextView.orig_end, inline: over removed marks, never over whitespace
        limit = offsets[j]
        while end < limit and not original[end].isspace():
            end += 1
        if end <= start:
            continue
        if r.kind == "vague" and original.startswith("آلان", start):  # the name Alain, not الآن folded
            continue
        interval = r.interval
        if interval is not None and zone is not None:  # wall clock of the reference, in its zone
            interval = (interval[0].replace(tzinfo=zone), interval[1].replace(tzinfo=zone))
        out.append(DateMention(start, end, original[start:end], r.kind, r.grain or "", interval, r.duration,
                               r.warnings))
        last = j
    return out


def find_dates(
    text: str, reference: datetime | date | str | None = None, prefer: str = "auto", *,
    lexicon: LexiconSource | None = None,
) -> list[DateMention]:
    """Find date and time expressions in ``text`` and resolve them against ``reference``.

    ``reference`` is a ``date``, a ``datetime`` or an ISO string (``"2023-09-12"``), as for
    :func:`arnews.parse`. An aware reference gives aware intervals in its zone; a naive one, naive.

    ``prefer``: ``"auto"`` reads a weekday or a date without a year by the tense of its clause
    (past when unknown, the news default), ``"past"``/``"future"`` force a reading.
    ``lexicon`` adds reporting verbs as for :func:`arnews.extract_attributions`: their perfects
    read past in the tense of a clause.

    >>> from datetime import date
    >>> m = find_dates("سيلتقي الرئيسان الخميس", date(2023, 9, 12))[0]
    >>> m.text, m.interval[0].date().isoformat()
    ('الخميس', '2023-09-14')
    """
    check_text(text)
    ref = as_datetime(reference, "reference")
    prefer = _check_prefer(prefer)
    lex = None if lexicon is None else resolve_lexicon(lexicon)
    return find_view(analysis_view(text), ref, prefer, lexicon=lex)


def resolve_date(expression: str, reference: datetime | date | str | None = None) -> DateMention | None:
    """Resolve one expression; the longest mention found in it, or ``None``.

    >>> from datetime import date
    >>> resolve_date("الأسبوع الماضي", date(2023, 9, 12)).interval[0].date().isoformat()
    '2023-09-04'
    """
    found = find_dates(expression, reference)
    if not found:
        return None
    return max(found, key=lambda m: m.end - m.start)
