"""The shared parts of resolution: the reading, intervals, word helpers and the match context :class:`_Ctx`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

import regex

from ... import _compiled
from ...wordclass import DATE_WORDS, word_class, word_list
from ..calendars import (
    gregorian_to_hijri,
    hijri_to_gregorian,
    months,
    weekdays,
)
from ..dayparts import POD_HOURS
from ..grammar import MOD_WORDS
from ..numbers import fold_pattern, parse_number, parse_ordinal
from ..tense import clause_tense

_MONTH_HEADS = word_class("month_head", DATE_WORDS)
_BEFORE_AFTER = word_class("before_after", DATE_WORDS)
_PAST_WORDS = word_list("past_word", DATE_WORDS)
_YESTERDAY = word_list("yesterday_word", DATE_WORDS)
_TOMORROW = word_list("tomorrow_word", DATE_WORDS)

FAMILIES = (
    "F_set", "F_ana", "F_nthday", "F_nthwd", "F_nthweek", "F_dayrange", "F_yrange", "F_tpod", "F_day", "F_numdm",
    "F_hol", "F_period", "F_offset", "F_decade", "F_year", "F_month", "F_vague",
)

Interval = tuple[datetime, datetime]


@dataclass(frozen=True, slots=True)
class DateContext:
    """What a text's dates are read against, made once per call and passed to every reader and join.

    ``reference``: the reference's wall clock (naive) or ``None``; ``zone``: the zone of an aware
    reference (intervals are reported in it, a clock time with a zone of its own is moved into it);
    ``prefer``: ``auto`` (the tense of the clause), ``past`` or ``future``; ``day``: the reference's day.

    >>> from datetime import datetime, timezone
    >>> DateContext.of(datetime(2023, 9, 12, 10, tzinfo=timezone.utc)).day.isoformat()
    '2023-09-12'
    """

    reference: datetime | None = None
    zone: tzinfo | None = None
    prefer: str = "auto"
    day: date | None = None

    @classmethod
    def of(cls, reference: datetime | None, prefer: str = "auto") -> DateContext:
        """The context of a reference that may be aware (its wall clock and its zone) and a preference."""
        if reference is None:
            return cls(None, None, prefer, None)
        return cls(reference.replace(tzinfo=None), reference.tzinfo, prefer, reference.date())


@dataclass(slots=True)
class Reading:
    """One expression read off the view: offsets in the view, and what it means.

    Not frozen (a frozen dataclass is built several times slower, and a text makes thousands):
    readings are never changed once made; a join builds a new one.
    """

    start: int
    end: int
    kind: str
    grain: str | None
    interval: Interval | None
    duration: timedelta | None = None
    warnings: tuple[str, ...] = ()
    day: date | None = None  # the calendar day, for combining with a clock time
    named: bool = False  # a weekday or a relative day alone: a full date right after it may refine it
    weekday: int | None = None  # the weekday the text names, to check against that date
    anaphor: str | None = None  # نفس اليوم، ذلك العام: the unit of the period the text named before


_SPACES = _compiled.compile(r"\s+")
# The look-behind tests below end in ``$`` and are only asked whether they match: searched from the
# end of the text (``(?r)``), they try one end instead of every start.
_CONTEXT_BEFORE = _compiled.compile(fold_pattern(
    r"(?r)(?:(?<!\w)(?:" + "|".join(word_list("context_before", DATE_WORDS)) + r")\s+)$"
))
_AGE = _compiled.compile(
    # an age word (with a pronoun: عمره، أعمارهم), or an age limit (الشباب دون الثلاثين سنة، فوق 65 عاما)
    fold_pattern(r"(?r)(?:(?:سن|السن|عمر|العمر|اعمار|الاعمار)(?:ه|ها|هم|هما|هن)?|البالغ|البالغه|البالغين|يبلغ|تبلغ"
                 r"|اطفال|الاطفال|طفل|ابن|ابنه|بعمر|سنه|دون|فوق|تحت)(?:\s+\S+){0,4}\s*$")
)


def shift_unit(d: datetime, unit: str, n: int) -> tuple[datetime, datetime]:
    """The day, night, week, month or year ``n`` units after the one holding ``d``."""
    day = datetime(d.year, d.month, d.day)
    if unit == "year":
        return datetime(d.year + n, 1, 1), datetime(d.year + n + 1, 1, 1)
    if unit == "month":
        first = _add_months(day.date().replace(day=1), n)
        return datetime(first.year, first.month, 1), _d(_add_months(first, 1))
    if unit == "week":
        monday = day - timedelta(days=d.weekday() - 7 * n)
        return monday, monday + timedelta(days=7)
    day += timedelta(days=n)
    if unit == "night":
        return day + timedelta(hours=18), day + timedelta(days=1, hours=6)
    return day, day + timedelta(days=1)


def _d(x: date) -> datetime:
    return datetime(x.year, x.month, x.day)


def _day(x: date) -> Interval:
    return _d(x), _d(x) + timedelta(days=1)


def _month(y: int, m: int) -> Interval:
    return datetime(y, m, 1), datetime(y + (m == 12), m % 12 + 1, 1)


def _year(y: int) -> Interval:
    return datetime(y, 1, 1), datetime(y + 1, 1, 1)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    import calendar

    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _norm(s: str | None) -> str:
    if not s:
        return ""
    if s.isalpha():  # one word: no space to fold (most calls)
        return s
    return _SPACES.sub(" ", s).strip()


def _year_of(s: str | None) -> int | None:
    if not s:
        return None
    s = s.strip()
    if s.isdigit():
        return int(s)
    return _two_part_year(s) or parse_number(s)


def _two_part_year(s: str) -> int | None:
    """A year read as two numbers, its century then the rest (``تسعة عشر خمسة وتسعين`` → 1995), or ``None``."""
    words = _norm(s).split(" ")
    for k in range(1, len(words)):
        if words[k].startswith("و"):
            continue
        head, rest = parse_number(" ".join(words[:k])), parse_number(" ".join(words[k:]))
        if head is not None and rest is not None and 18 <= head <= 20 and 0 <= rest <= 99:
            return head * 100 + rest
    return None


def _day_of(s: str | None) -> int | None:
    if not s:
        return None
    s = s.strip()
    if s.startswith("ال") and s[2:].strip().isdigit():  # الـ15 من الشهر
        s = s[2:].strip()
    if s.isdigit():
        return int(s)
    v = parse_ordinal(s)
    return v if v is not None else parse_number(s)


@lru_cache(maxsize=4096)  # a function of the words alone
def _month_of(s: str | None) -> tuple[str, int, bool] | None:
    """Calendar, number and ambiguity of a month name, or of ``شهر عشرة``/``الشهر التاسع``."""
    if not s:
        return None
    key = _norm(s)
    info = months().get(key)
    if info:
        return info.calendar, info.month, info.ambiguous
    head, _, rest = key.partition(" ")
    if head in _MONTH_HEADS and rest:
        n = _day_of(rest)
        if n is not None and 1 <= n <= 12:
            return "gregorian", n, False
    return None


@lru_cache(maxsize=4096)  # a function of the words alone
def _weekday_of(s: str | None) -> int | None:
    if not s:
        return None
    s = _norm(s)
    wd = weekdays()
    return wd.get(s, wd.get("ال" + s))


def _pick_year(month: int, day: int, ref: date, direction: int) -> int:
    """Year for a day-month without a year, read by ``direction``."""
    y = ref.year
    try:
        cand = date(y, month, day)
    except ValueError:
        return y
    if direction < 0 and cand > ref + timedelta(days=31):
        return y - 1
    if direction > 0 and cand < ref - timedelta(days=31):
        return y + 1
    return y


def _weekday_date(wd: int, ref: date, direction: int, strict: bool = False) -> date:
    delta = (wd - ref.weekday()) % 7
    if direction > 0:  # the publication day's own weekday in a future clause is that day (the news guidelines)
        return ref + timedelta(days=delta or (7 if strict else 0))
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _pod_interval(day: date, pod: str) -> Interval:
    a, b = POD_HOURS.get(pod, (0, 24))
    base = _d(day)
    return base + timedelta(hours=a), base + timedelta(hours=b)


@lru_cache(maxsize=4096)  # a function of the words alone
def _rel_offset(s: str) -> int:
    s = _norm(s)
    if "قبل" in s and ("امس" in s or "البارحه" in s or "امبارح" in s):
        return -2
    if "اول" in s and "امس" in s:
        return -2
    if "بعد" in s and ("غد" in s or "بكر" in s):
        return 2
    if "التالي" in s or "الاتي" in s or "الموالي" in s:
        return 1
    if any(w in s for w in _PAST_WORDS):
        return -1
    if any(w in s for w in _YESTERDAY):
        return -1
    if any(w in s for w in _TOMORROW):
        return 1
    return 0


@lru_cache(maxsize=4096)  # a function of the words alone
def _mod_dir(s: str | None) -> int | None:
    """Direction of a modifier phrase: ``الماضي`` −1, ``الجاري`` 0, ``المقبل`` 1, ``بعد المقبل`` 2."""
    if not s:
        return None
    words = _norm(s).split(" ")
    if len(words) >= 2 and words[-2] in _BEFORE_AFTER:
        two = MOD_WORDS.get(" ".join(words[-2:]))
        if two is not None:
            return two
    return MOD_WORDS.get(words[-1])


@lru_cache(maxsize=256)
def _group_names(p: regex.Pattern[str]) -> tuple[str, ...] | None:
    """The group names of ``p`` in group order when every group has exactly one name, else ``None``.

    A match's named parts are then ``zip(names, m.groups())``, a few times cheaper than ``groupdict()``.
    """
    index = p.groupindex
    names = sorted(index, key=index.__getitem__)
    if [index[n] for n in names] != list(range(1, p.groups + 1)):
        return None
    return tuple(names)


_Plan = tuple[dict[str, int], "tuple[str, ...] | None", "int | None"]
#: Pattern → its group numbers by name, its group names in order (:func:`_group_names`) and the
#: number of group ``s``: looked up once per match (a plain dict: the grammar compiles a bounded set).
_PLANS: dict[regex.Pattern[str], _Plan] = {}


def _plan(p: regex.Pattern[str]) -> _Plan:
    """``p.groupindex`` once (the property builds a new dict each time), with what :class:`_Ctx` needs."""
    if len(_PLANS) >= 4096:  # patterns from elsewhere than the grammar: keep the table bounded
        _PLANS.clear()
    names = dict(p.groupindex)
    return names, _group_names(p), names.get("s")


class _Ctx:
    """What a reader needs: the view text, the :class:`DateContext` (and its reference datetime ``ref`` and
    day ``day``), the direction (lazy) and the match."""

    __slots__ = ("_dir", "ctx", "day", "g", "m", "prefer", "ref", "s", "t")

    def __init__(
        self, t: str, ctx: DateContext, m: regex.Match[str], s: int, names_of: tuple[str, ...] | None = None
    ) -> None:
        self.t, self.ctx, self.m = t, ctx, m
        self.ref, self.day, self.prefer = ctx.reference, ctx.day, ctx.prefer
        self.s = s  # where the expression starts (group ``s``, after the clitics)
        self._dir: int | None = None
        # the named parts (None when a part did not match or this branch has no such part)
        names = _group_names(m.re) if names_of is None else names_of
        # one name per group (_group_names), so zip pairs them all without a length check
        parts = dict(zip(names, m.groups(), strict=False)) if names is not None else m.groupdict()
        self.g: Callable[[str], str | None] = parts.get

    def direction(self) -> int:
        """Which way an underspecified date points: ``-1`` past, ``1`` future, ``0`` neither (the preference,
        else the tense of the clause around the match), read once per match."""
        if self._dir is None:
            if self.prefer == "past":
                self._dir = -1
            elif self.prefer == "future":
                self._dir = 1
            else:
                self._dir = clause_tense(self.t, self.s, self.m.end())
        return self._dir


def _hijri_year_for(month: int, day: int, ref: date, direction: int) -> int | None:
    h = gregorian_to_hijri(ref)
    if h is None:
        return None
    hy = h[0]
    cand = hijri_to_gregorian(hy, month, day)
    if cand is None:
        return hy
    if direction < 0 and cand > ref:
        return hy - 1
    if direction > 0 and cand < ref:
        return hy + 1
    if direction == 0 and (cand - ref).days > 200:
        return hy - 1
    if direction == 0 and (ref - cand).days > 200:
        return hy + 1
    return hy


