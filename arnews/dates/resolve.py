"""Read a grammar match into a kind, a grain and an interval against a reference date.

Conventions (see ``docs/dates.md``): intervals are half-open ``[start, end)`` at the
expression's grain, naive datetimes in the reference's wall clock; weeks start on Monday;
parts of day: morning 06–12, noon/afternoon 12–18, evening 18–24, night 18–06 of the next day,
dawn 03–06. A weekday or a date without a year reads by ``direction``: −1 past (the latest one
up to the reference day), +1 future (the next one after it), 0 unknown (weekday: past, the news
default; a date without a year: the reference year).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import regex

from .calendars import (
    constructions,
    gregorian_to_hijri,
    hijri_month_range,
    hijri_to_gregorian,
    holiday_date,
    holidays,
    months,
    units,
    vague_phrases,
    weekdays,
)
from .grammar import EDGE_WORDS, MOD_WORDS, POD_WORDS
from .numbers import fold_pattern, parse_number, parse_ordinal
from .tense import clause_tense

__all__ = ["FAMILIES", "Reading", "read_match", "weekday_mismatch"]

FAMILIES = (
    "F_set", "F_ana", "F_nthwd", "F_nthweek", "F_dayrange", "F_yrange", "F_tpod", "F_day", "F_numdm", "F_hol",
    "F_period", "F_offset", "F_decade", "F_year", "F_month", "F_vague",
)

Interval = tuple[datetime, datetime]


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


POD_HOURS = {
    "morning": (6, 12), "noon": (12, 18), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 30),
    "dawn": (4, 6), "midnight": (24, 25),
}
_SPACES = regex.compile(r"\s+")
# The look-behind tests below end in ``$`` and are only asked whether they match: searched from the
# end of the text (``(?r)``), they try one end instead of every start.
_CONTEXT_BEFORE = regex.compile(fold_pattern(
    r"(?r)(?:(?<!\w)(?:في|منذ|حتى|خلال|قبل|بعد|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه|شهر|من|الى|طيله|طوال|مستهل|وفي|ومنذ"
    r"|وحتى|حلول|بحلول|اواسط|ختام)\s+)$"
))
_AGE = regex.compile(
    fold_pattern(r"(?r)(?:سن|السن|عمر|العمر|اعمار|البالغ|البالغه|يبلغ|تبلغ|اطفال|الاطفال|طفل|ابن|ابنه|بعمر|سنه)(?:\s+\S+){0,4}\s*$")
)


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
    return parse_number(s)


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
    if head in ("شهر", "الشهر", "لشهر", "للشهر") and rest:
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
    if any(w in s for w in ("السابق", "الماضي", "المنصرم")):
        return -1
    if any(w in s for w in ("امس", "البارحه", "امبارح")):
        return -1
    if any(w in s for w in ("غد", "بكر")):
        return 1
    return 0


@lru_cache(maxsize=4096)  # a function of the words alone
def _mod_dir(s: str | None) -> int | None:
    """Direction of a modifier phrase: ``الماضي`` −1, ``الجاري`` 0, ``المقبل`` 1, ``بعد المقبل`` 2."""
    if not s:
        return None
    words = _norm(s).split(" ")
    if len(words) >= 2 and words[-2] in ("بعد", "قبل"):
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
    """What a reader needs: the view text, the reference day, the direction (lazy) and the match."""

    __slots__ = ("_dir", "g", "m", "prefer", "ref", "s", "t")

    def __init__(
        self, t: str, ref: datetime | None, prefer: str, m: regex.Match[str], s: int,
        names_of: tuple[str, ...] | None = None,
    ) -> None:
        self.t, self.ref, self.prefer, self.m = t, ref, prefer, m
        self.s = s  # where the expression starts (group ``s``, after the clitics)
        self._dir: int | None = None
        # the named parts (None when a part did not match or this branch has no such part)
        names = _group_names(m.re) if names_of is None else names_of
        # one name per group (_group_names), so zip pairs them all without a length check
        parts = dict(zip(names, m.groups(), strict=False)) if names is not None else m.groupdict()
        self.g: Callable[[str], str | None] = parts.get

    def direction(self) -> int:
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


def _date_core(c: _Ctx, ref: date | None) -> tuple[str, str, Interval | None, date | None] | None:
    """Read the day/month/year or numeric groups of a match: (kind, grain, interval, day)."""
    g = c.g
    if g("iy"):
        try:
            d = date(int(g("iy") or 0), int(g("im") or 0), int(g("id") or 0))
        except ValueError:
            return None
        return "date", "day", _day(d), d
    if g("n1"):
        a, b, y = int(g("n1") or 0), int(g("n2") or 0), int(g("n3") or 0)
        if y < 100:
            y += 2000 if y < 50 else 1900
        dn, mn = (a, b) if b <= 12 else (b, a)
        if g("era") in ("ه", "هجري", "هجريه", "للهجره") or 1300 <= y <= 1500:
            hd = hijri_to_gregorian(y, mn, dn)
            return ("date", "day", _day(hd), hd) if hd else ("date", "day", None, None)
        try:
            d = date(y, mn, dn)
        except ValueError:
            return None
        return "date", "day", _day(d), d
    if g("mm"):
        mo, y = int(g("mm") or 0), int(g("my") or 0)
        if not 1 <= mo <= 12:
            return None
        return "date", "month", _month(y, mo), None
    if g("mrel") is not None and g("mday") is not None:
        mdn = _day_of(g("mday"))
        if ref is None or mdn is None or not 1 <= mdn <= 31:
            return ("date", "day", None, None) if mdn else None
        first = _add_months(ref.replace(day=1), _mod_dir(g("mrel")) or 0)
        try:
            d = first.replace(day=mdn)
        except ValueError:
            return None
        return "date", "day", _day(d), d
    mon = _month_of(g("mon"))
    if mon is None:
        return None
    cal, mo, _ = mon
    day = _day_of(g("day"))
    if g("lastday") is not None and cal == "gregorian":
        yl = _year_of(g("year")) or (_pick_year(mo, 28, ref, c.direction()) if ref is not None else None)
        if yl is None:
            return "date", "day", None, None
        dl = _add_months(date(yl, mo, 1), 1) - timedelta(days=1)
        return "date", "day", _day(dl), dl
    if day is None or not 1 <= day <= 31:
        return None
    year = _year_of(g("year"))
    if year is None and g("yrel") is not None and ref is not None:  # 31 مارس من العام الماضي
        year = ref.year + (_mod_dir(g("yrel")) or 0)
    era = g("era")
    if cal == "hijri" or (era in ("ه", "هجري", "هجريه", "للهجره")):
        if cal != "hijri":
            return None
        if year is None:
            if ref is None:
                return "date", "day", None, None
            mmod = _mod_dir(g("mmod"))  # العاشر من رمضان الماضي: last year's Ramadan when this one is ahead
            year = _hijri_year_for(mo, day, ref, mmod or c.direction())
            if year is None:
                return "date", "day", None, None
        if year > 1600:  # a Gregorian year written with a Hijri month: the month's occurrence that year
            hy = gregorian_to_hijri(date(year, 6, 30))
            year = hy[0] if hy else None
            if year is None:
                return "date", "day", None, None
        hd = hijri_to_gregorian(year, mo, day)
        return ("date", "day", _day(hd), hd) if hd else ("date", "day", None, None)
    if year is None:
        if ref is None:
            return "date", "day", None, None
        mmod = _mod_dir(g("mmod"))
        year = _pick_year(mo, day, ref, c.direction() if mmod is None else mmod)
        if mmod is not None and mmod != 0:  # "20 أكتوبر المقبل": strictly on that side of the reference
            cand = date(year, mo, min(day, 28))
            if mmod > 0 and cand < ref:
                year += 1
            elif mmod < 0 and cand > ref:
                year -= 1
    try:
        d = date(year, mo, day)
    except ValueError:
        return None
    return "date", "day", _day(d), d


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_mismatch(said: int, day: date) -> str:
    """The warning for a weekday the text names that ``day`` is not."""
    return f"weekday mismatch: the text says {_DAY_NAMES[said]}, {day.isoformat()} is a {_DAY_NAMES[day.weekday()]}"


_NOT_A_DAY_BEFORE = regex.compile(fold_pattern(r"(?:صلاة|خطبة|صلوات|خطب|مسجد|جامع)\s+$"))


def _read_day(c: _Ctx, ref: date | None) -> Reading | None:
    g = c.g
    if c.t[max(0, c.s - 3) : c.s] == "كل ":  # كل يوم جمعة: a recurrence
        return None
    if g("wd") is not None and g("rel") is None and g("pod") is None:
        start = c.s
        if _NOT_A_DAY_BEFORE.search(c.t, max(0, start - 8), start):  # صلاة الجمعة: a prayer, not a date
            return None
        if c.t.startswith(" عشر", c.m.end()):  # اللاعبين الأحد عشر: eleven
            return None
    warnings: list[str] = []
    day: date | None = None
    kind, grain = "date", "day"
    interval: Interval | None = None
    pod = g("pod") or g("pods")
    rel = g("rel")
    wd = _weekday_of(g("wd"))
    if rel is not None:
        if ref is not None:
            day = ref + timedelta(days=_rel_offset(rel))
            if wd is not None and day.weekday() != wd:
                warnings.append(weekday_mismatch(wd, day))
    elif wd is not None and ref is not None:
        week = g("wdweek")
        wmod = _mod_dir(g("wdmod"))
        if week is not None:
            d = _mod_dir(week)
            if d is None:
                d = 0
            day = _monday(ref) + timedelta(days=7 * d + wd)
        elif wmod is not None and wmod != 0:
            day = _weekday_date(wd, ref, wmod, strict=True)
        elif g("wthis") is not None:  # هذا الثلاثاء: the coming one, unless the clause is past
            day = _weekday_date(wd, ref, -1 if c.direction() < 0 else 1)
        elif wmod == 0:
            day = _monday(ref) + timedelta(days=wd)
        else:
            direction = c.direction() or -1
            # read from the clause, the publication day's weekday is that day; prefer="future" is the next one
            day = _weekday_date(wd, ref, direction, strict=c.prefer == "future")
    core = None
    if g("mday") is not None and g("mrel") is None and wd is None and rel is None:
        dn = _day_of(g("mday"))
        if dn is None or not 1 <= dn <= 31:
            return None
        if ref is None:
            return Reading(0, 0, "date", "day", None)
        direction = c.direction()
        cands = []
        for k in (-1, 0, 1):
            with contextlib.suppress(ValueError):
                cands.append(_add_months(ref.replace(day=1), k).replace(day=dn))
        this_month = [x for x in cands if (x.year, x.month) == (ref.year, ref.month)]
        if direction == 0 and this_month:  # no tense: the day in the reference's month
            md = this_month[0]
        elif direction > 0:
            md = min([x for x in cands if x >= ref] or cands)
        elif direction < 0:
            md = max([x for x in cands if x <= ref] or cands)
        else:
            md = min(cands, key=lambda x: abs((x - ref).days))
        return Reading(0, 0, "date", "day", _day(md), day=md)
    if g("n1") or g("iy") or g("mm") or g("mon") or g("mrel"):
        core = _date_core(c, ref)
        if core is not None:
            kind, grain, interval, cday = core
            if cday is not None:
                if wd is not None and cday.weekday() != wd:
                    warnings.append(weekday_mismatch(wd, cday))
                day = cday
            elif grain == "month" and interval is not None:
                return Reading(0, 0, "date", "month", interval)
    elif g("dm1") and ref is not None:
        a, b = int(g("dm1") or 0), int(g("dm2") or 0)
        dd, mm = (a, b) if b <= 12 else (b, a)
        try:
            cday = date(_pick_year(mm, dd, ref, c.direction()), mm, dd)
        except ValueError:
            cday = None
        if cday is not None:
            if wd is not None and cday.weekday() != wd:
                warnings.append(weekday_mismatch(wd, cday))
            day = cday
    elif g("dday") and day is not None and ref is not None:
        dn = _day_of(g("dday"))
        if dn and 1 <= dn <= 31:
            # a weekday with a day of the month: the date with that day nearest to the weekday's reading
            cands = []
            for k in (-1, 0, 1):
                with contextlib.suppress(ValueError):
                    cands.append(_add_months(date(ref.year, ref.month, 1), k).replace(day=dn))
            same = [x for x in cands if wd is None or x.weekday() == wd]
            if not same and wd is not None and dn <= 5 and not (g("dday") or "").isdigit():
                # السبت الثاني: no 2nd is a Saturday, so the second Saturday of the month
                first = date(ref.year, ref.month, 1)
                nth = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (dn - 1))
                if nth.month == ref.month:
                    same = [nth]
            pool = same or cands
            if pool:
                day = min(pool, key=lambda x: abs((x - day).days) if day else 0)
    named = core is None and not g("dday") and not g("dm1") and (rel is not None or wd is not None)
    if day is None:  # unresolved (no reference): still named, so a date after it joins it as with one
        if interval is None and (rel is not None or wd is not None or core is not None):
            return Reading(0, 0, "datetime" if pod else "date", "part_of_day" if pod else "day", None,
                           warnings=tuple(warnings), named=named and not g("wd2"), weekday=wd)
        return None
    wd2 = _weekday_of(g("wd2"))
    if pod:
        name = POD_WORDS.get(_POD_LEAD.sub("", _norm(pod)), "")
        if name:
            iv = _pod_interval(day, name)
            if wd2 is not None and name == "night":
                iv = (iv[0], _d(day) + timedelta(days=1, hours=6))
            return Reading(0, 0, "datetime", "part_of_day" if name != "midnight" else "hour", iv,
                           warnings=tuple(warnings), day=day, named=named, weekday=wd)
    if wd2 is not None:
        end = day + timedelta(days=(wd2 - day.weekday()) % 7 + 1)
        return Reading(0, 0, "range", "day", (_d(day), _d(end)), warnings=tuple(warnings), day=day)
    return Reading(0, 0, kind, "day", _day(day), warnings=tuple(warnings), day=day, named=named, weekday=wd)


_AGE_AFTER = regex.compile(r"\s*(?:من\s+العمر|عمرا)")
_UNTIL_BEFORE = regex.compile(r"(?:حتي|الي|لحد|لغايه)\s+$")
_POD_LEAD = regex.compile(r"^(?:[،,]\s*)?(?:في\s+)?")


def _read_tpod(c: _Ctx, ref: date | None) -> Reading | None:
    s = _norm(c.g("tpod"))
    if ref is None:
        return Reading(0, 0, "datetime", "part_of_day", None)
    if "امس" in s or "البارحه" in s or "الماضيه" in s:
        y = ref - timedelta(days=1)
        return Reading(0, 0, "datetime", "part_of_day", _pod_interval(y, "night"), day=y)
    if "القادمه" in s or "المقبله" in s:
        y = ref + timedelta(days=1)
        return Reading(0, 0, "datetime", "part_of_day", _pod_interval(y, "night"), day=y)
    name = POD_WORDS.get(s) or POD_WORDS.get(s.split(" ")[-1], "night")
    return Reading(0, 0, "datetime", "part_of_day", _pod_interval(ref, name), day=ref)


def _read_dayrange(c: _Ctx, ref: date | None) -> Reading | None:
    d1 = _day_of(c.g("d1"))
    r = _date_core(c, ref)
    if d1 is None or r is None or r[2] is None or r[3] is None:
        return Reading(0, 0, "range", "day", None) if d1 is not None and r is not None else None
    end = r[3]
    try:
        start = end.replace(day=d1)
    except ValueError:
        return None
    if start > end:
        return None
    return Reading(0, 0, "range", "day", (_d(start), _d(end) + timedelta(days=1)))


def _read_yrange(c: _Ctx, ref: date | None) -> Reading | None:
    y1, y2 = int(c.g("y1") or 0), int(c.g("y2") or 0)
    if y2 == y1 - 1:  # a season written from the right (2015-2014)
        y1, y2 = y2, y1
    if y2 < y1:
        return None
    return Reading(0, 0, "range", "year", (datetime(y1, 1, 1), datetime(y2 + 1, 1, 1)))


def _read_year(c: _Ctx, ref: date | None) -> Reading | None:
    y = _year_of(c.g("year"))
    if y is None:
        return None
    era = c.g("era")
    hijri = era in ("ه", "هجري", "هجريه", "للهجره")
    if not hijri and era is None and 1343 <= y <= 1500 and ref is not None:
        # a year with no era near the current Hijri year (عام 1445 in 2023) is Hijri
        h = gregorian_to_hijri(ref)
        hijri = h is not None and abs(h[0] - y) <= 3
    if hijri:
        r1, r2 = hijri_to_gregorian(y, 1, 1), hijri_to_gregorian(y + 1, 1, 1)
        if r1 and r2:
            return Reading(0, 0, "date", "year", (_d(r1), _d(r2)))
        return Reading(0, 0, "date", "year", None)
    if not 1 <= y <= 2200:  # three digits only after عام/سنة (the grammar)
        return None
    return Reading(0, 0, "date", "year", _year(y))


def _read_decade(c: _Ctx, ref: date | None) -> Reading | None:
    """A decade (التسعينيات، سبعينيات القرن الماضي) or a century (القرن التاسع عشر), maybe at an edge."""
    cent = _norm(c.g("cent"))
    now = ref.year // 100 * 100 if ref else 2000
    base: int | None
    if not cent:
        base = None
    elif cent == "الماضي":
        base = now - 100
    elif cent in ("الحالي", "الجاري"):
        base = now
    else:
        n = parse_ordinal(cent) or parse_number(regex.sub(r"\D", "", cent) or cent)
        if not n or not 1 <= n <= 30:
            return None
        base = (n - 1) * 100  # القرن العشرون: the 1900s
    if c.g("dord") is not None and base is not None:  # العقد الثاني من القرن: its second ten years
        k = 10 if _norm(c.g("dord")) == "الاخير" else parse_ordinal(_norm(c.g("dord")))
        if not k or not 1 <= k <= 10:
            return None
        a, b, grain = base + 10 * (k - 1), base + 10 * k, "decade"
    elif c.g("dec") is None:
        assert base is not None
        a, b, grain = base, base + 100, "century"
    else:
        tens = parse_number(c.g("dec") or "") or 0
        if base is None:
            ry = ref.year if ref else 2000
            base = 2000 if 2000 + tens <= ry else 1900
        a, b, grain = base + tens, base + tens + 10, "decade"
    edge = _edge_of(c.g("dedge"))
    if edge is not None:  # مطلع/منتصف/أواخر: the first, middle or last three tenths
        return Reading(0, 0, "range", grain, _edge((datetime(max(a, 1), 1, 1), datetime(b, 1, 1)), grain, edge))
    if a < 1:
        return None
    return Reading(0, 0, "date", grain, (datetime(a, 1, 1), datetime(b, 1, 1)))


_PERIOD_UNITS = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year", "عقد": "decade", "قرن": "century",
                 "يوم": "day", "ربع": "quarter"}


def _period_unit(pn: str) -> str:
    return _PERIOD_UNITS.get(pn, "")


def _unit_interval(unit: str, ref: date, k: int) -> Interval | None:
    if unit == "day":
        return _day(ref + timedelta(days=k))
    if unit == "week":
        s = _monday(ref) + timedelta(days=7 * k)
        return _d(s), _d(s) + timedelta(days=7)
    if unit == "month":
        s = _add_months(ref.replace(day=1), k)
        return _month(s.year, s.month)
    if unit == "year":
        return _year(ref.year + k)
    if unit == "quarter":
        q = _add_months(date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), 3 * k)
        return _d(q), _d(_add_months(q, 3))
    if unit == "decade":
        y = ref.year // 10 * 10 + 10 * k
        return datetime(y, 1, 1), datetime(y + 10, 1, 1)
    if unit == "century":
        y = ref.year // 100 * 100 + 100 * k
        return datetime(y, 1, 1), datetime(y + 100, 1, 1)
    return None


#: Early, mid and late parts of a period: days into a week or month (``None``: to the end), months of
#: a year, tenths of a decade or century; any other period in thirds.
_EDGE_DAYS = {
    "week": {"early": (0, 3), "mid": (2, 5), "late": (3, None)},
    "month": {"early": (0, 10), "mid": (10, 20), "late": (15, None)},
}
_EDGE_MONTHS = {"early": (1, 4), "mid": (5, 9), "late": (9, None)}
_EDGE_TENTHS = {"early": (0, 3), "mid": (3, 7), "late": (7, 10)}


def _edge(iv: Interval, unit: str, edge: str) -> Interval:
    a, b = iv
    if unit in _EDGE_DAYS:
        lo, hi = _EDGE_DAYS[unit][edge]
        return a + timedelta(days=lo), b if hi is None else a + timedelta(days=hi)
    if unit == "year":
        m0, m1 = _EDGE_MONTHS[edge]
        return datetime(a.year, m0, 1), b if m1 is None else datetime(a.year, m1, 1)
    if unit in ("decade", "century"):
        n, (t0, t1) = b.year - a.year, _EDGE_TENTHS[edge]
        return datetime(max(a.year + n * t0 // 10, 1), 1, 1), datetime(a.year + n * t1 // 10, 1, 1)
    third = (b - a) / 3
    k = {"early": 0, "mid": 1, "late": 2}[edge]
    return a + k * third, a + (k + 1) * third if k < 2 else b


def _edge_of(s: str | None) -> str | None:
    if not s:
        return None
    s = _norm(s)
    if "لاحق" in s:
        return "late"
    if "مبكر" in s:
        return "early"
    return EDGE_WORDS.get(s)


SEASONS = {"ربيع": (3, 6), "صيف": (6, 9), "خريف": (9, 12), "شتاء": (12, 15)}


def _season_edge(c: _Ctx, iv: Interval | None) -> Reading:
    """A season, or its first, middle or last month after an edge word (``منتصف الصيف``)."""
    edge = _edge_of(c.g("sedge"))
    if iv is not None and edge is not None:
        k = {"early": 0, "mid": 1, "late": 2}[edge]
        start = _add_months(iv[0].date(), k)
        iv = (_d(start), _d(_add_months(start, 1)))
    return Reading(0, 0, "range", "season", iv)


def _season_by_mod(a: int, b: int, ref: date, k: int) -> Interval:
    """The season of months ``[a, b)`` on side ``k`` of ``ref``: −1 the last one over, 0 the one in
    progress (else the next), +1 the next one to begin (``الشتاء الماضي``, ``الصيف المقبل``)."""

    def span(y: int) -> Interval:
        return datetime(y, a, 1), datetime(y + (b > 12), (b - 1) % 12 + 1, 1)

    now = _d(ref)
    years = range(ref.year - 2, ref.year + 2)
    if k < 0:
        return [span(y) for y in years if span(y)[1] <= now][-1]
    if k == 0:
        return next(span(y) for y in years if span(y)[1] > now)
    return next(span(y) for y in years if span(y)[0] > now)


def _yearphrase(c: _Ctx, ref: date | None) -> int | None:
    y = _year_of(c.g("year"))
    if y is not None:
        return y
    yrel = c.g("yrel")
    if yrel and ref is not None:
        d = _mod_dir(yrel)
        return ref.year + (d or 0)
    return None


def _read_period(c: _Ctx, ref: date | None) -> Reading | None:
    g = c.g
    if g("wkend") is not None:
        if ref is None:
            return Reading(0, 0, "range", "weekend", None)
        k = _mod_dir(g("pmod")) or 0
        sat = _monday(ref) + timedelta(days=5 + 7 * k)
        return Reading(0, 0, "range", "weekend", (_d(sat), _d(sat) + timedelta(days=2)))
    if g("vplu") is not None:
        return Reading(0, 0, "vague", None, None)
    if g("rest") is not None:
        unit = _period_unit(_norm(g("pn")))
        if ref is None:
            return Reading(0, 0, "range", "day", None)
        iv = _unit_interval(unit, ref, 0)
        return Reading(0, 0, "range", "day", (_d(ref), iv[1])) if iv else None
    if g("plu") is not None:
        unit_name, ucount = units().get(_norm(g("plu")), ("", 0))
        n = _day_of(g("pcnt")) if g("pcnt") else ucount
        if not unit_name or n is None or n <= 0 or ref is None:
            return Reading(0, 0, "range", unit_name or None, None)
        d = _mod_dir(g("pmod"))
        if d is None:
            d = -1 if _norm(g("pmod")) in ("الاخيره", "") or g("plast") else 1
        now = _d(ref)
        if unit_name in ("hour", "minute", "second"):
            delta = timedelta(**{unit_name + "s": n})
            iv = (datetime.combine(ref, datetime.min.time()), now)
            iv = (now - delta, now) if d < 0 else (now, now + delta)
            return Reading(0, 0, "range", unit_name, iv)
        if unit_name == "day":
            iv = (now - timedelta(days=n), now) if d < 0 else (now + timedelta(days=1), now + timedelta(days=n + 1))
            return Reading(0, 0, "range", "day", iv)
        cur = _unit_interval(unit_name, ref, 0)
        if cur is None:
            return None
        if d < 0:
            first = _unit_interval(unit_name, ref, -n)
            return Reading(0, 0, "range", unit_name, (first[0], cur[0])) if first else None
        last = _unit_interval(unit_name, ref, n)
        return Reading(0, 0, "range", unit_name, (cur[1], last[1])) if last else None
    if g("qn") is not None and (g("mon") is not None or g("mrel") is not None or _norm(g("qn")) == "ثلث"):
        return _fraction(c, ref)
    if g("qn") is not None:
        q = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "اخير": 4}.get(_norm(g("qo")), 1)
        y = _yearphrase(c, ref) or (ref.year if ref else None)
        if y is None:
            return Reading(0, 0, "range", "quarter", None)
        if _norm(g("qn")) == "نصف":
            q = 2 if q >= 2 else 1
            half = (datetime(y, 6 * q - 5, 1), datetime(y + (q == 2), (6 * q) % 12 + 1, 1))
            return Reading(0, 0, "range", "half", half)
        m0 = 3 * q - 2
        return Reading(0, 0, "range", "quarter", (datetime(y, m0, 1), datetime(y + (q == 4), (m0 + 2) % 12 + 1, 1)))
    if g("season") is not None:
        a, b = SEASONS[_norm(g("season"))]
        y = _yearphrase(c, ref)
        smod = _mod_dir(g("smod"))
        if y is None and smod is not None:
            return _season_edge(c, _season_by_mod(a, b, ref, smod) if ref else None)
        if y is None:
            if ref is None:
                return Reading(0, 0, "range", "season", None)
            y = ref.year
            direction = c.direction()
            start = date(y, a, 1)
            if direction > 0 and start < ref and ref.month >= b - (b > 12) * 12:
                y += 1
        end = datetime(y + (b > 12), (b - 1) % 12 + 1, 1)
        return _season_edge(c, (datetime(y, a, 1), end))
    edge = _edge_of(g("edge"))
    if g("pn") is not None:
        unit = _period_unit(_norm(g("pn")))
        if ref is None:
            return Reading(0, 0, "date" if edge is None else "range", unit, None)
        iv = _unit_interval(unit, ref, _mod_dir(g("pmod")) or 0)
        if iv is None:
            return None
        if edge:
            return Reading(0, 0, "range", unit, _edge(iv, unit, edge))
        return Reading(0, 0, "date", unit, iv)
    if edge and g("mon") is not None:
        mon = _month_of(g("mon"))
        if mon is None:
            return None
        y = _yearphrase(c, ref)
        if mon[0] == "hijri":
            iv = _hijri_month(c, ref, mon[1], y)
            return Reading(0, 0, "range", "month", _edge(iv, "month", edge) if iv else None)
        if y is None:
            if ref is None:
                return Reading(0, 0, "range", "month", None)
            mmod = _mod_dir(g("mmod"))  # مطلع أبريل الماضي: the April on that side of the reference
            direction = mmod if mmod else c.direction()
            y = _pick_year(mon[1], 15, ref, direction) if direction else ref.year
            if mmod and (date(y, mon[1], 1) > ref if mmod < 0 else date(y, mon[1], 28) < ref):
                y += mmod
        return Reading(0, 0, "range", "month", _edge(_month(y, mon[1]), "month", edge))
    if edge:
        y = _yearphrase(c, ref)
        if y is None:
            return None
        return Reading(0, 0, "range", "year", _edge(_year(y), "year", edge))
    return None


_PARTS = {"نصف": 2, "ثلث": 3, "ربع": 4}
_PART_ORD = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}


def _hijri_month(c: _Ctx, ref: date | None, mo: int, y: int | None) -> Interval | None:
    """A Hijri month's Gregorian days: its year as written, else the one the reference is in or the tense picks."""
    if y is None:
        if ref is None:
            return None
        now = gregorian_to_hijri(ref)
        if now is not None and now[1] == mo and c.g("mmod") is None:
            y = now[0]
        else:
            y = _hijri_year_for(mo, 15, ref, _mod_dir(c.g("mmod")) or c.direction())
    r = hijri_month_range(y, mo) if y else None
    return (_d(r[0]), _d(r[1])) if r else None


def _fraction(c: _Ctx, ref: date | None) -> Reading | None:
    """A half, third or quarter of a month or a year (النصف الأول من شهر آب، الثلث الأخير من العام)."""
    g = c.g
    n = _PARTS.get(_norm(g("qn")), 2)
    k = _PART_ORD.get(_norm(g("qo")), n)  # الأخير: the last part
    if k > n:
        return None
    whole: Interval | None
    if g("mon") is not None:
        mon = _month_of(g("mon"))
        if mon is None:
            return None
        if mon[0] == "hijri":
            whole = _hijri_month(c, ref, mon[1], _yearphrase(c, ref))
        else:
            y = _read_month_year(c, ref, mon[1])
            whole = _month(y, mon[1]) if y is not None else None
        unit = "month"
    elif g("mrel") is not None:
        whole = _unit_interval("month", ref, _mod_dir(g("mrel")) or 0) if ref is not None else None
        unit = "month"
    else:
        y = _yearphrase(c, ref) or (ref.year if ref else None)
        whole, unit = (_year(y) if y is not None else None), "year"
    if whole is None:
        return Reading(0, 0, "range", "month" if unit == "year" else "day", None)
    a, b = whole
    if unit == "year":
        step = 12 // n
        start = datetime(a.year, 1 + step * (k - 1), 1)
        end = datetime(a.year + 1, 1, 1) if k == n else datetime(a.year, 1 + step * k, 1)
        return Reading(0, 0, "range", "month", (start, end))
    step = (b - a).days // n if n != 2 else 15  # a month's halves: 1–15 and 16 to its end; thirds by tens
    if n == 3:
        step = 10
    start = a + timedelta(days=step * (k - 1))
    return Reading(0, 0, "range", "day", (start, b if k == n else a + timedelta(days=step * k)))


_UNIT_DELTA = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30,
               "year": 365, "decade": 3652, "century": 36524}
_FEW = regex.compile(r"^(?:بضع|بضعه|عده|بعض)(?!\w)")
_QTY_PART = regex.compile(r"(?:(?P<n>\d+(?:[.,]\d+)?|[^\d\s][^\n]*?)\s+)?(?P<u>\S+)$")


def _parse_qty(q: str) -> list[tuple[float, str]] | None:
    """``"سنتين و3 أشهر"`` → ``[(2, "year"), (3, "month")]``; number words may contain و."""
    table = units()
    out: list[tuple[float, str]] = []
    num: list[str] = []
    for raw in _norm(q).split(" "):
        tok = raw
        if tok == "و":
            continue
        if tok.startswith("و") and tok[1:2].isdigit():  # و21 يوما
            raw = tok = tok[1:]
        if tok not in table and tok.startswith("و") and (tok[1:] in table or tok[1:] in ("نصف", "ربع")):
            tok = tok[1:]
        if tok not in table and tok.startswith("ال") and tok[2:] in table:  # نصف الساعة
            tok = tok[2:]
        if tok in ("نصف", "ربع") and out and not num:
            out.append((0.5 if tok == "نصف" else 0.25, out[-1][1]))
            continue
        u = table.get(tok)
        if u is None:
            if not num and raw.startswith("ال") and len(raw) > 2:  # الـ3 سنوات، الثلاثين عاما
                raw = raw[2:]
            num.append(raw)
            continue
        unit, cnt = u
        if not num:
            out.append((float(cnt or 1), unit))
            continue
        text = " ".join(num)
        num = []
        if text in ("نصف", "ربع"):
            out.append((cnt * (0.5 if text == "نصف" else 0.25) if cnt else 0.5, unit))
            continue
        if text.replace(".", "", 1).replace(",", "", 1).isdigit():
            n = float(text.replace(",", "."))
        else:
            v = parse_number(text)
            if v is None:
                return None
            n = float(v)
        out.append((n, unit))
    return out or None


def _apply(ref: datetime, parts: list[tuple[float, str]], sign: int) -> datetime:
    d = ref
    for n, unit in parts:
        if unit in ("month", "year", "decade", "century") and n == int(n):
            months_n = int(n) * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
            nd = _add_months(d.date(), sign * months_n)
            d = datetime.combine(nd, d.time())
        else:
            d = d + sign * timedelta(days=n * _UNIT_DELTA[unit])
    return d


def _grain_of(parts: list[tuple[float, str]]) -> str:
    small = parts[-1][1]
    if small in ("second", "minute", "hour"):
        return small
    if all(u in ("year", "decade", "century") for _, u in parts):
        return "year"
    return "day"


def _at_grain(d: datetime, grain: str) -> Interval:
    if grain == "year":
        return _year(d.year)
    if grain == "hour":
        s = d.replace(minute=0, second=0, microsecond=0)
        return s, s + timedelta(hours=1)
    if grain == "minute":
        s = d.replace(second=0, microsecond=0)
        return s, s + timedelta(minutes=1)
    if grain == "second":
        s = d.replace(microsecond=0)
        return s, s + timedelta(seconds=1)
    return _day(d.date())


_DURATION_CONTEXT = regex.compile(fold_pattern(
    r"(?r)(?:لاول\s+مره|للمره\s+الاولى|اول\s+مره|لم\s+\w+|لا\s+\w+|ما\s+زال|مازال|لا\s+يزال|لا\s+تزال|لازال|ظل|ظلت"
    r"|مستمر|مستمره|متواصل|متواصله|اولى|الاولى|الاول|اول|يعيش|تعيش|يعمل|تعمل|مغلق|مغلقه|يستمر|تستمر|متوقف|متوقفه"
    r"|قائم|قايم|قايمه)(?:\s+\S+){0,8}\s*$"
))


def _read_offset(c: _Ctx, ref: datetime | None, vs: int) -> Reading | None:
    g = c.g
    op = _norm(g("op"))
    if g("vplu") is not None:
        return Reading(0, 0, "vague", None, None)
    q = g("qty")
    if not q:
        return None
    if _FEW.search(_norm(q)) is not None:  # بضعة أيام، عدة أشهر: an amount the text leaves vague
        return Reading(0, 0, "vague", None, None)
    parts = _parse_qty(q)
    if parts is None:
        return None
    if op in ("طوال", "طيله", "على مدار", "على مدي", "على امتداد", "علي مدار", "علي مدي", "علي امتداد"):
        total = sum((timedelta(days=n * _UNIT_DELTA[u]) for n, u in parts), timedelta(0))
        if op.endswith("مدار") and parts[0][1] in ("hour", "day"):  # على مدار الساعة: around the clock, a set
            return Reading(0, 0, "set", "day", None, duration=timedelta(days=1))
        return Reading(0, 0, "duration", parts[0][1], None, duration=total)
    if not op:
        before = c.t[max(0, vs - 6) : vs].rstrip()
        if before.endswith("(") and c.t[c.m.end() : c.m.end() + 3].lstrip().startswith(")"):
            return None  # "(30 عاما)" after a name: an age
        if (before.endswith(("،", ",")) and parts[0][1] == "year"
                and c.t[c.m.end() : c.m.end() + 3].lstrip().startswith(("،", ","))):
            return None  # "كارين وايت، 51 عاما، التي": an age between commas after a name
        if before.endswith("كل") or before.endswith("كل ("):
            return None  # "كل أربع سنوات": a recurrence, not a date
    if not op and not g("approx") and parts[0][0] >= 1 and parts[0][1] == "year":
        head = c.t[max(0, vs - 45) : vs]
        if _AGE.search(head) or _AGE_AFTER.match(c.t, c.m.end()):
            return None
    total = timedelta(0)
    for n, unit in parts:
        total += timedelta(days=n * _UNIT_DELTA[unit])
    grain = _grain_of(parts)
    unit_grain = parts[0][1] if len(parts) == 1 else grain
    fromnow = _norm(g("fromnow"))
    sign = 0
    if op in ("قبل",) or fromnow == "مضت":
        sign = -1
    elif op == "بعد" or fromnow in ("من الان", "من اليوم"):
        sign = 1
    elif op == "منذ":
        head = c.t[max(0, vs - 80) : vs]
        cut = max(head.rfind("."), head.rfind("،"), head.rfind("\n"))
        head = head[cut + 1 :]
        direction = c.direction()
        sign = 0 if _DURATION_CONTEXT.search(head) or g("approx") or direction > 0 else -1
    if g("relto") is not None:  # بعد أسبوع من الحادث: counted from an event, not from the reference
        sign = 0
    if sign == 0:
        iv = None
        if op in ("خلال", "غضون", "في غضون") and ref is not None:
            iv = (ref, ref + total) if c.direction() >= 0 else (ref - total, ref)
        return Reading(0, 0, "duration", unit_grain, iv, duration=total)
    if ref is None:
        return Reading(0, 0, "date" if grain not in ("hour", "minute", "second") else "datetime", grain, None,
                       duration=total)
    point = _apply(ref, parts, sign)
    if grain == "hour" and any(u == "hour" and n != int(n) for n, u in parts):
        grain = "minute"  # بعد نصف ساعة، بعد ساعة ونصف: the minute reached
    kind = "datetime" if grain in ("hour", "minute", "second") else "date"
    return Reading(0, 0, kind, grain, _at_grain(point, grain), duration=total)


def _read_hol(c: _Ctx, ref: date | None) -> Reading | None:
    h = holidays().get(_norm(c.g("hol")))
    if h is None:
        return None
    y = _yearphrase(c, ref)
    if y is None:
        if ref is None:
            return Reading(0, 0, "date", "day", None)
        d = holiday_date(h, ref.year)
        direction = c.direction()
        if d is not None and direction < 0 and d > ref:
            d = holiday_date(h, ref.year - 1)
        elif (d is not None and direction > 0 and d < ref) or d is None:
            d = holiday_date(h, ref.year + 1)
    else:
        d = holiday_date(h, y)
    if d is None:
        return Reading(0, 0, "date", "day", None)
    if h.days > 1:
        return Reading(0, 0, "range", "day", (_d(d), _d(d) + timedelta(days=h.days)))
    return Reading(0, 0, "date", "day", _day(d), day=d)


def _read_month(c: _Ctx, ref: date | None, vs: int) -> Reading | None:
    g = c.g
    mon = _month_of(g("mon"))
    if mon is None:
        return None
    cal, mo, ambiguous = mon
    if g("mlist") is not None:
        return _month_list(c, ref, mo)
    y = _yearphrase(c, ref)
    bare = ambiguous and y is None and not g("shahr") and not g("mthis") and not g("mon2") and not g("mmod")
    if bare and not _CONTEXT_BEFORE.search(c.t[max(0, vs - 12) : vs]):
        return None
    if cal == "hijri":
        if ref is None and y is None:
            return Reading(0, 0, "range", "month", None)
        now = gregorian_to_hijri(ref) if y is None and ref is not None and g("mmod") is None else None
        hy: int | None
        if now is not None and now[1] == mo:  # the reference falls inside the month: this one (this Ramadan)
            hy = now[0]
        elif y is None:
            assert ref is not None
            hy = _hijri_year_for(mo, 15, ref, _mod_dir(g("mmod")) or c.direction())
        elif y > 1600:
            hy = None
            for cand in (y - 579, y - 578, y - 580):  # the Hijri month that falls in Gregorian year y
                r = hijri_month_range(cand, mo)
                if r and r[0].year == y:
                    hy = cand
                    break
        else:
            hy = y
        r = hijri_month_range(hy, mo) if hy else None
        if r is None:
            return Reading(0, 0, "range", "month", None)
        return Reading(0, 0, "range", "month", (_d(r[0]), _d(r[1])))
    if y is None:
        if ref is None:
            return Reading(0, 0, "date", "month", None)
        mmod = _mod_dir(g("mmod"))
        if g("mthis") or mmod == 0:
            y = ref.year
        elif mmod is not None:
            y = ref.year
            if mmod < 0 and mo >= ref.month:
                y -= 1
            elif mmod > 0 and mo <= ref.month:
                y += 1
        else:
            direction = c.direction()
            y = ref.year
            if direction < 0 and mo > ref.month:
                y -= 1
            elif direction > 0 and mo < ref.month:
                y += 1
    return Reading(0, 0, "date", "month", _month(y, mo))


def _month_list(c: _Ctx, ref: date | None, last: int) -> Reading | None:
    """``شهري آب وأيلول الماضيين``: from the first month named to the end of the last, in the last one's year."""
    first = _month_of(c.g("ml1"))
    if first is None or first[0] != "gregorian":
        return None
    one = _read_month_year(c, ref, last)
    if one is None:
        return Reading(0, 0, "range", "month", None)
    y = one if first[1] <= last else one - 1
    return Reading(0, 0, "range", "month", (_month(y, first[1])[0], _month(one, last)[1]))


def _read_month_year(c: _Ctx, ref: date | None, mo: int) -> int | None:
    """The year of a Gregorian month: written, relative (العام الماضي), by its modifier, or by the tense."""
    y = _yearphrase(c, ref)
    if y is not None or ref is None:
        return y
    mmod = _mod_dir(c.g("mmod"))
    if mmod == 0:
        return ref.year
    direction = mmod if mmod is not None else c.direction()
    if direction < 0 and (mo > ref.month or (mmod is not None and mo == ref.month)):
        return ref.year - 1
    if direction > 0 and (mo < ref.month or (mmod is not None and mo == ref.month)):
        return ref.year + 1
    return ref.year


def _read_vague(c: _Ctx, ref: datetime | None, vs: int) -> Reading | None:
    s = _norm(c.g("vague"))
    meaning = vague_phrases().get(s)
    if meaning == "now":
        if _UNTIL_BEFORE.search(c.t, max(0, vs - 8), vs):
            return None
        if ref is None:
            return Reading(0, 0, "datetime", "second", None)
        return Reading(0, 0, "datetime", "second", (ref, ref + timedelta(seconds=1)))
    return Reading(0, 0, "vague", None, None)


#: The period of a repeated time by its unit (a quarter and a half of a year have no unit word).
_SET_PERIOD = {"quarter": ("month", 3), "half": ("month", 6)}


def _read_set(c: _Ctx, ref: date | None) -> Reading | None:
    """A repeated time: ``duration`` its period; a named weekday gives its first occurrence."""
    g = c.g
    adv = g("setadv")
    if adv is not None:
        unit = constructions().set_adverbs.get(_norm(adv), "day")
        base, n = _SET_PERIOD.get(unit, (unit, 1))
        return Reading(0, 0, "set", base if n == 1 else unit, None, duration=timedelta(days=n * _UNIT_DELTA[base]))
    wd = _weekday_of(g("setwd"))
    if wd is not None:
        first = _weekday_date(wd, ref, 1) if ref is not None else None
        return Reading(0, 0, "set", "day", _day(first) if first is not None else None, duration=timedelta(days=7),
                       weekday=wd)
    if g("setpod") is not None:
        return Reading(0, 0, "set", "part_of_day", None, duration=timedelta(days=1))
    parts = _parse_qty(g("setq") or "")
    if not parts:
        return None
    total = sum((timedelta(days=n * _UNIT_DELTA[u]) for n, u in parts), timedelta(0))
    return Reading(0, 0, "set", parts[0][1], None, duration=total)


_ANA_UNITS = {"يوم": "day", "ليله": "night", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}


def _read_anaphor(c: _Ctx) -> Reading | None:
    """``نفس اليوم``، ``ذلك العام``: resolved by the join that finds the period named before it."""
    unit = _ANA_UNITS.get(_norm(c.g("anu")))
    if unit is None:
        return None
    kind, grain = ("datetime", "part_of_day") if unit == "night" else ("date", unit)
    return Reading(0, 0, kind, grain, None, anaphor=unit)


def _read_numdm(c: _Ctx, ref: date | None) -> Reading | None:
    a, b = int(c.g("dm1") or 0), int(c.g("dm2") or 0)
    day, mon = (a, b) if b <= 12 else (b, a)
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return None
    year = _year_of(c.g("dmy"))
    if ref is None and year is None:
        return Reading(0, 0, "date", "day", None)
    y = year if year is not None else _pick_year(mon, day, ref, c.direction())  # type: ignore[arg-type]
    try:
        d = date(y, mon, day)
    except ValueError:
        return None
    return Reading(0, 0, "date", "day", _day(d), day=d)


_NTH = {"اول": 1, "ثاني": 2, "ثان": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "اخر": -1, "اخير": -1}


def _read_nthwd(c: _Ctx, ref: date | None) -> Reading | None:
    g = c.g
    nth = _norm(g("nth"))
    nth = nth[2:] if nth.startswith("ال") else nth
    n = _NTH.get(nth, _NTH.get(nth[:-1])) if nth not in ("اولى",) else 1  # feminine: الاخيره، الثانيه
    wd = _weekday_of(g("nwd"))
    if n is None or wd is None:
        return None
    if g("mrel") is not None or g("mon") is None:
        if ref is None:
            return Reading(0, 0, "date", "day", None)
        first = _add_months(ref.replace(day=1), _mod_dir(g("mrel")) or 0)
        y, mo = first.year, first.month
    else:
        mon = _month_of(g("mon"))
        if mon is None or mon[0] != "gregorian":
            return None
        mo = mon[1]
        yy = _yearphrase(c, ref)
        if yy is None:
            if ref is None:
                return Reading(0, 0, "date", "day", None)
            yy = _pick_year(mo, 15, ref, c.direction())
        y = yy
    from .calendars import _nth_weekday

    d = _nth_weekday(y, mo, wd, n)
    return Reading(0, 0, "date", "day", _day(d), day=d)


_NTHW = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "اخر": -1, "اخير": -1}


def _read_nthweek(c: _Ctx, ref: date | None) -> Reading | None:
    """``الأسبوع الأول من أكتوبر``: the n-th week starting on a Monday inside the month (the last
    one that ends inside it for ``الأخير``); of a year, the ISO week."""
    g = c.g
    n = _NTHW.get(_norm(g("nthw")))
    if n is None:
        return None
    mon = _month_of(g("mon"))
    if g("mon") is None and g("mrel") is None:
        y = _yearphrase(c, ref)
        if y is None and g("ycur") is not None and ref is not None:
            y = ref.year
        if y is None:
            return Reading(0, 0, "range", "week", None)
        try:
            start = date.fromisocalendar(y, n, 1) if n > 0 else _monday(date(y, 12, 28))
        except ValueError:
            return None
        return Reading(0, 0, "range", "week", (_d(start), _d(start) + timedelta(days=7)))
    if g("mrel") is not None:
        if ref is None:
            return Reading(0, 0, "range", "week", None)
        first = _add_months(ref.replace(day=1), _mod_dir(g("mrel")) or 0)
    else:
        if mon is None or mon[0] != "gregorian":
            return None
        yy = _year_of(g("year"))
        if yy is None:
            if ref is None:
                return Reading(0, 0, "range", "week", None)
            yy = _pick_year(mon[1], 15, ref, c.direction())
        first = date(yy, mon[1], 1)
    if n > 0:
        start = first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = _add_months(first, 1) - timedelta(days=1)
        start = last - timedelta(days=(last.weekday() - 6) % 7 + 6)
    return Reading(0, 0, "range", "week", (_d(start), _d(start) + timedelta(days=7)))


_Reader = Callable[["_Ctx", "datetime | None", "date | None", int], "Reading | None"]
#: Family → reader (context, reference datetime, reference day, start of the match in the view).
_READERS: dict[str, _Reader] = {
    "F_nthwd": lambda c, ref, rd, vs: _read_nthwd(c, rd),
    "F_nthweek": lambda c, ref, rd, vs: _read_nthweek(c, rd),
    "F_dayrange": lambda c, ref, rd, vs: _read_dayrange(c, rd),
    "F_yrange": lambda c, ref, rd, vs: _read_yrange(c, rd),
    "F_tpod": lambda c, ref, rd, vs: _read_tpod(c, rd),
    "F_day": lambda c, ref, rd, vs: _read_day(c, rd),
    "F_numdm": lambda c, ref, rd, vs: _read_numdm(c, rd),
    "F_hol": lambda c, ref, rd, vs: _read_hol(c, rd),
    "F_period": lambda c, ref, rd, vs: _read_period(c, rd),
    "F_offset": lambda c, ref, rd, vs: _read_offset(c, ref, vs),
    "F_decade": lambda c, ref, rd, vs: _read_decade(c, rd),
    "F_year": lambda c, ref, rd, vs: _read_year(c, rd),
    "F_month": lambda c, ref, rd, vs: _read_month(c, rd, vs),
    "F_vague": lambda c, ref, rd, vs: _read_vague(c, ref, vs),
    "F_set": lambda c, ref, rd, vs: _read_set(c, rd),
    "F_ana": lambda c, ref, rd, vs: _read_anaphor(c),
}


def read_match(
    t: str, m: regex.Match[str], ref: datetime | None, prefer: str, families: tuple[str, ...] = FAMILIES
) -> Reading | None:
    """Interpret one match of the grammar (whose branches are ``families``); ``None`` if it is no date after all."""
    plan = _PLANS.get(m.re)
    if plan is None:
        plan = _PLANS[m.re] = _plan(m.re)
    names, group_names, s_group = plan  # group numbers: a match's start by number is cheaper than by name
    if len(families) == 1:  # the branch that matched, as find_view passes it
        fam: str | None = families[0] if families[0] in names and m.start(names[families[0]]) >= 0 else None
    else:
        fam = next((f for f in families if f in names and m.start(names[f]) >= 0), None)
    if fam is None:
        return None
    vs, ve = m.start(s_group if s_group is not None else "s"), m.end()
    c = _Ctx(t, ref, prefer, m, vs, group_names)
    if fam == "F_offset" and "s2" in names and m.start(names["s2"]) >= 0:
        op = _norm(m.group("op"))
        if op not in ("قبل", "منذ", "بعد", "خلال", "غضون"):  # لمدة، طوال، على مدى: a preposition, left out
            vs = m.start("s2")
    rd = ref.date() if ref is not None else None
    r = _READERS[fam](c, ref, rd, vs)
    if r is None:
        return None
    r.start, r.end = vs, ve  # every reader returns a reading of its own, at (0, 0)
    return r
