"""Days and dates: a day with its month (and year), weekdays, parts of day, day ranges, years and decades."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta
from functools import cache

import regex

from ... import _compiled
from ...wordclass import DATE_WORDS, word_class, word_list
from ..calendars import (
    constructions,
    gregorian_to_hijri,
    hijri_to_gregorian,
)
from ..grammar import POD_WORDS
from ..numbers import fold_pattern, number_words, parse_number, parse_ordinal, trie_alt
from .context import (
    Interval,
    Reading,
    _add_months,
    _Ctx,
    _d,
    _day,
    _day_of,
    _hijri_year_for,
    _mod_dir,
    _monday,
    _month,
    _month_of,
    _norm,
    _pick_year,
    _pod_interval,
    _rel_offset,
    _weekday_date,
    _weekday_of,
    _year,
    _year_of,
)
from .periods import _edge, _edge_of

_HIJRI_ERA = word_class("hijri_era", DATE_WORDS)
_CURRENT = word_class("current_century", DATE_WORDS)

#: What :func:`_date_core` reads: kind, grain, interval and day.
_Core = tuple[str, str, Interval | None, date | None]


def _numeric_core(c: _Ctx) -> _Core | None:
    """A date in digits, day first (``12/9/2023``, ``12-9-1445 هـ``): a Hijri one by its era or its year."""
    g = c.g
    a, b, y = int(g("n1") or 0), int(g("n2") or 0), int(g("n3") or 0)
    if y < 100:
        y += 2000 if y < 50 else 1900
    dn, mn = (a, b) if b <= 12 else (b, a)
    if g("era") in _HIJRI_ERA or 1300 <= y <= 1500:
        hd = hijri_to_gregorian(y, mn, dn)
        return ("date", "day", _day(hd), hd) if hd else ("date", "day", None, None)
    try:
        d = date(y, mn, dn)
    except ValueError:
        return None
    return "date", "day", _day(d), d


def _hijri_core(c: _Ctx, ref: date | None, mo: int, day: int, year: int | None) -> _Core:
    """A day of a Hijri month, its year written, Gregorian (the month's occurrence that year) or read from ``ref``."""
    if year is None:
        if ref is None:
            return "date", "day", None, None
        mmod = _mod_dir(c.g("mmod"))  # العاشر من رمضان الماضي: last year's Ramadan when this one is ahead
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


def _date_core(c: _Ctx, ref: date | None) -> _Core | None:
    """Read the day/month/year or numeric groups of a match: (kind, grain, interval, day)."""
    g = c.g
    if g("iy"):
        try:
            d = date(int(g("iy") or 0), int(g("im") or 0), int(g("id") or 0))
        except ValueError:
            return None
        return "date", "day", _day(d), d
    if g("n1"):
        return _numeric_core(c)
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
    if cal == "hijri" or (era in _HIJRI_ERA):
        if cal != "hijri":
            return None
        return _hijri_core(c, ref, mo, day, year)
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


_NOT_A_DAY_BEFORE = _compiled.compile(fold_pattern(r"(?:" + "|".join(word_list("prayer", DATE_WORDS)) + r")\s+$"))


_EVERY_BEFORE = _compiled.compile(r"(?<!\w)كل\s+$")


@cache
def _rate_before() -> regex.Pattern[str]:
    """A quantity, up to two words and ``في`` right before a match: ``97 سفينة في اليوم`` is a rate."""
    cons = constructions()
    qty = trie_alt([*number_words(), *cons.rate_words, *(w for w in cons.amount_after if w[0].isalpha())])
    return _compiled.compile(rf"(?:(?<![\w.,])\d[\d.,]*|(?<!\w)(?:{qty}))(?:\s+[^\s\d،,.؛:]+){{0,2}}\s+في\s+$")


def _is_rate(c: _Ctx) -> bool:
    """Whether the match (a bare ``اليوم``) follows a quantity and ``في``: a rate (per day), no date."""
    return _rate_before().search(c.t, max(0, c.s - 60), c.s) is not None


def _weekday_day(c: _Ctx, ref: date, wd: int) -> date:
    """The day a weekday names: by its week (الأسبوع المقبل), its modifier (الماضي), ``هذا`` or the clause."""
    g = c.g
    week = g("wdweek")
    wmod = _mod_dir(g("wdmod"))
    if week is not None:
        d = _mod_dir(week)
        if d is None:
            d = 0
        day = _monday(ref) + timedelta(days=7 * d + wd)
    elif wmod is not None and wmod != 0:
        day = _weekday_date(wd, ref, wmod, strict=True)
        if abs(wmod) > 1:  # الأحد بعد المقبل، الأحد قبل الماضي: one week further
            day += timedelta(days=7 * (wmod - (1 if wmod > 0 else -1)))
    elif g("wthis") is not None:  # هذا الثلاثاء: the coming one, unless the clause is past
        day = _weekday_date(wd, ref, -1 if c.direction() < 0 else 1)
    elif wmod == 0:
        day = _monday(ref) + timedelta(days=wd)
    else:
        direction = c.direction() or -1
        # read from the clause, the publication day's weekday is that day; prefer="future" is the next one
        day = _weekday_date(wd, ref, direction, strict=c.prefer == "future")
    return day


def _month_day(c: _Ctx, ref: date, dn: int) -> date:
    """A day of the month without its month: in the last, this or the next month, by the clause."""
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
    return md


def _weekday_with_day(c: _Ctx, ref: date, wd: int | None, day: date) -> date:
    """A weekday with a day of the month (``dday``): the date with that day nearest to the weekday's reading."""
    g = c.g
    dn = _day_of(g("dday"))
    if dn and 1 <= dn <= 31:
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
    return day


def _no_day(c: _Ctx) -> bool:
    """Whether a day match names no day: a recurrence (كل يوم جمعة), a rate (مرتين في اليوم), a
    prayer (صلاة الجمعة) or a number (الأحد عشر)."""
    g = c.g
    if _EVERY_BEFORE.search(c.t, max(0, c.s - 8), c.s):  # كل يوم جمعة: a recurrence (not ميركل الأحد)
        return True
    if g("rel") == "اليوم" and g("pod") is None and g("wd") is None and _is_rate(c):
        return True
    if g("wd") is not None and g("rel") is None and g("pod") is None:
        if _NOT_A_DAY_BEFORE.search(c.t, max(0, c.s - 8), c.s):  # صلاة الجمعة: a prayer, not a date
            return True
        if c.t.startswith(" عشر", c.m.end()):  # اللاعبين الأحد عشر: eleven
            return True
    return False


def _read_day(c: _Ctx) -> Reading | None:
    ref = c.day
    g = c.g
    if _no_day(c):
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
        day = _weekday_day(c, ref, wd)
    core = None
    if g("mday") is not None and g("mrel") is None and wd is None and rel is None:
        dn = _day_of(g("mday"))
        if dn is None or not 1 <= dn <= 31:
            return None
        if ref is None:
            return Reading(0, 0, "date", "day", None)
        md = _month_day(c, ref, dn)
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
        day = _weekday_with_day(c, ref, wd, day)
    named = core is None and not g("dday") and not g("dm1") and (rel is not None or wd is not None)
    if day is None:  # unresolved (no reference): still named, so a date after it joins it as with one
        if interval is None and (rel is not None or wd is not None or core is not None):
            return Reading(0, 0, "datetime" if pod else "date", "part_of_day" if pod else "day", None,
                           warnings=tuple(warnings), named=named and not g("wd2"), weekday=wd)
        return None
    wd2 = _weekday_of(g("wd2"))
    listed = wd2 is not None and wd is not None and (wd2 - wd) % 7 != 1
    if listed and _AND.fullmatch(c.t, c.m.end("wd"), c.m.start("wd2")):
        return None  # يومي الاثنين والأربعاء: two days, read one by one (a list, not a range)
    if pod:
        name = POD_WORDS.get(_POD_LEAD.sub("", _norm(pod)), "")
        if name:
            iv = _pod_interval(day, name)
            if g("early") is not None:  # صباح الخميس الباكر: the first half
                iv = (iv[0], iv[0] + (iv[1] - iv[0]) / 2)
            if wd2 is not None and name == "night":
                iv = (iv[0], _d(day) + timedelta(days=1, hours=6))
            return Reading(0, 0, "datetime", "part_of_day" if name != "midnight" else "hour", iv,
                           warnings=tuple(warnings), day=day, named=named, weekday=wd)
    if wd2 is not None:
        end = day + timedelta(days=(wd2 - day.weekday()) % 7 + 1)
        return Reading(0, 0, "range", "day", (_d(day), _d(end)), warnings=tuple(warnings), day=day)
    return Reading(0, 0, kind, "day", _day(day), warnings=tuple(warnings), day=day, named=named, weekday=wd)


_AND = _compiled.compile(r"\s*و\s*")
#: After an amount of years with no preposition: an age (64 عاما من العمر; مينغ 64 عاما قد أخذ: a name, its age).
_AGE_AFTER = _compiled.compile(r"\s*(?:من\s+العمر|عمرا|قد(?!\w))")
_UNTIL_BEFORE = _compiled.compile(r"(?:حتي|الي|لحد|لغايه)\s+$")
_POD_LEAD = _compiled.compile(r"^(?:[،,]\s*)?(?:في\s+)?")


def _read_tpod(c: _Ctx) -> Reading | None:
    ref = c.day
    s = _norm(c.g("tpod"))
    if ref is None:
        return Reading(0, 0, "datetime", "part_of_day", None)
    if "امس" in s or "البارحه" in s or "الماضيه" in s:
        y = ref - timedelta(days=1)
        return Reading(0, 0, "datetime", "part_of_day", _pod_interval(y, "night"), day=y)
    if "القادمه" in s or "المقبله" in s:
        y = ref + timedelta(days=1)
        return Reading(0, 0, "datetime", "part_of_day", _pod_interval(y, "night"), day=y)
    early = c.g("early") is not None
    if early:  # في الصباح الباكر: the first half
        s = s.rsplit(" ", 1)[0]
    name = POD_WORDS.get(s) or POD_WORDS.get(s.split(" ")[-1], "night")
    iv = _pod_interval(ref, name)
    if early:
        iv = (iv[0], iv[0] + (iv[1] - iv[0]) / 2)
    return Reading(0, 0, "datetime", "part_of_day", iv, day=ref)


def _read_dayrange(c: _Ctx) -> Reading | None:
    ref = c.day
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


def _read_yrange(c: _Ctx) -> Reading | None:
    y1, y2 = int(c.g("y1") or 0), int(c.g("y2") or 0)
    if y2 == y1 - 1:  # a season written from the right (2015-2014)
        y1, y2 = y2, y1
    if y2 < y1:
        return None
    if _is_hijri_year(y1, c.g("era"), c.day):  # an academic or fiscal year: 1436/1437هـ
        r1, r2 = hijri_to_gregorian(y1, 1, 1), hijri_to_gregorian(y2 + 1, 1, 1)
        return Reading(0, 0, "range", "year", (_d(r1), _d(r2)) if r1 and r2 else None)
    return Reading(0, 0, "range", "year", (datetime(y1, 1, 1), datetime(y2 + 1, 1, 1)))


def _is_hijri_year(y: int, era: str | None, ref: date | None) -> bool:
    """A Hijri year: by its era (``هـ``), or with no era near the reference's Hijri year (``عام 1445`` in 2023)."""
    if era in _HIJRI_ERA:
        return True
    if era is None and 1343 <= y <= 1500 and ref is not None:
        h = gregorian_to_hijri(ref)
        return h is not None and abs(h[0] - y) <= 3
    return False


def _read_year(c: _Ctx) -> Reading | None:
    y = _year_of(c.g("year"))
    if y is None:
        return None
    if _is_hijri_year(y, c.g("era"), c.day):
        r1, r2 = hijri_to_gregorian(y, 1, 1), hijri_to_gregorian(y + 1, 1, 1)
        if r1 and r2:
            return Reading(0, 0, "date", "year", (_d(r1), _d(r2)))
        return Reading(0, 0, "date", "year", None)
    if not 1 <= y <= 2200:  # three digits only after عام/سنة (the grammar)
        return None
    return Reading(0, 0, "date", "year", _year(y))


def _read_decade(c: _Ctx) -> Reading | None:
    """A decade (التسعينيات، سبعينيات القرن الماضي) or a century (القرن التاسع عشر), maybe at an edge."""
    ref = c.day
    cent = _norm(c.g("cent"))
    now = ref.year // 100 * 100 if ref else 2000
    base: int | None
    if not cent:
        base = None
    elif cent == "الماضي":
        base = now - 100
    elif cent in _CURRENT:
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


