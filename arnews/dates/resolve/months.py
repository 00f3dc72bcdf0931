"""Months, holidays, vague phrases, recurring sets, anaphors and "the second Monday"-style ordinals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ... import _compiled
from ...wordclass import DATE_WORDS, word_class, word_table
from ..calendars import (
    Holiday,
    constructions,
    gregorian_to_hijri,
    hijri_month_range,
    holiday_date,
    holidays,
    title_words,
    vague_flagged,
    vague_phrases,
)
from ..numbers import parse_number, parse_ordinal
from ..tense import word_tense
from .context import (
    _CONTEXT_BEFORE,
    Reading,
    _add_months,
    _Ctx,
    _d,
    _day,
    _hijri_year_for,
    _mod_dir,
    _monday,
    _month,
    _month_of,
    _norm,
    _pick_year,
    _weekday_date,
    _weekday_of,
    _year,
    _year_of,
    shift_unit,
)
from .days import _UNTIL_BEFORE
from .offsets import _UNIT_DELTA, _parse_qty
from .periods import _read_month_year, _unit_interval, _yearphrase

_LAST = word_class("last", DATE_WORDS)


def _counted_after(c: _Ctx) -> bool:
    """Whether a count or an ordinal follows the match (``عيد الميلاد الخمسين``، ``عيد الميلاد الـ50``)."""
    nxt = c.t[c.m.end() : c.m.end() + 24].split(maxsplit=1)
    if not nxt:
        return False
    w = nxt[0].removeprefix("ال").lstrip("ـ")
    return bool(w) and (w[0].isdigit() or parse_number(w) is not None or parse_ordinal(w) is not None)


def _read_hol(c: _Ctx) -> Reading | None:
    ref = c.day
    h = holidays().get(_norm(c.g("hol")))
    if h is None or (h.not_counted and _counted_after(c)):
        return None
    if h.rule == "nearest":
        return _nearest_holiday(c, h)
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


def _nearest_holiday(c: _Ctx, h: Holiday) -> Reading | None:
    """A bare name of several holidays (العيد): the one of them the text named last before it (the
    occurrence nearest the reference), else the one nearest the reference, the last one up to it in
    a past clause, the next one in a future clause."""
    ref = c.day
    if ref is None:
        return Reading(0, 0, "date", "day", None)
    table = holidays()
    named = _named_before(c, h)
    days = sorted(
        d for name in ((named,) if named else h.of) if name in table
        for y in (ref.year - 1, ref.year, ref.year + 1)
        if (d := holiday_date(table[name], y)) is not None
    )
    direction = 0 if named else c.direction()
    if direction < 0:
        days = [d for d in days if d <= ref][-1:]
    elif direction > 0:
        days = [d for d in days if d >= ref][:1]
    if not days:
        return None
    d = min(days, key=lambda x: abs((x - ref).days))
    return Reading(0, 0, "date", "day", _day(d), day=d)


def _named_before(c: _Ctx, h: Holiday) -> str | None:
    """Which of the holidays ``h`` stands for the text named last in the 400 characters before it."""
    table = holidays()
    head = c.t[max(0, c.s - 400) : c.s]
    best, where = None, -1
    for name in h.of:
        target = table.get(name)
        for alias, hol in table.items():
            if hol is target:
                i = head.rfind(alias)
                if i > where:
                    best, where = name, i
    return best


def _read_month(c: _Ctx, vs: int, framed: bool = False) -> Reading | None:
    """A month (with its year or modifier), a list of months; ``framed``: a construction around it makes an
    ambiguous name (رمضان، أيار) a month."""
    ref = c.day
    g = c.g
    mon = _month_of(g("mon"))
    if mon is None:
        return None
    cal, mo, ambiguous = mon
    if g("mlist") is not None:
        return _month_list(c, ref, mo)
    y = _yearphrase(c, ref)
    bare = ambiguous and y is None and not g("shahr") and not g("mthis") and not g("mon2") and not g("mmod")
    if bare and not framed and not _CONTEXT_BEFORE.search(c.t[max(0, vs - 12) : vs]):
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

#: The words before an adverb that can mean "former", back to the clause's start: its last few words.
_BEFORE_FORMER = _compiled.compile(r"(?r)[^.،,؛:!?؟\n]{0,60}$")
#: Clitics and the article, off a word before a title is looked up (والرئيس → رئيس).
_BARE = _compiled.compile(r"^(?:[وف])?(?:[بلك])?(?:ال)?(?=\w{2})")


def _former(t: str, vs: int) -> bool:
    """Whether the adverb at ``vs`` is the adjective "former": right after a name in quotation marks
    (``مصنع "كيا" سابقا``), or after a title phrase (``نائب رئيس المجلس سابقا``) that no verb governs
    (``التقى الرئيس سابقا بالوفد`` is "earlier") and with no verb between (``تم إقرارها سابقا``)."""
    before = t[max(0, vs - 60) : vs].rstrip()
    if before.endswith(('"', "»", "”", "'", ")")):
        return True
    m = _BEFORE_FORMER.search(before)
    words = (m.group() if m else "").split()[-6:]
    titles = title_words()

    def title(w: str) -> bool:
        return w in titles or _BARE.sub("", w) in titles

    for k in range(len(words) - 1, -1, -1):
        if word_tense(words[k]) != 0:
            return False
        if title(words[k]):
            while k > 0 and title(words[k - 1]):
                k -= 1
            return k == 0 or word_tense(words[k - 1]) == 0
    return False


def _after_past_verb(t: str, vs: int) -> bool:
    """Whether the word right before ``vs`` (in its clause) is a past verb: ``وأدخلت أخيرا``."""
    m = _LAST_WORD.search(t, max(0, vs - 30), vs)
    return m is not None and word_tense(m.group(1)) < 0


#: The last word before a position, with only spaces after it.
_LAST_WORD = _compiled.compile(r"(\w+)\s*$")


def _read_vague(c: _Ctx, vs: int) -> Reading | None:
    ref = c.ref
    s = _norm(c.g("vague"))
    if s in vague_flagged("former") and _former(c.t, vs):
        return None
    if s in vague_flagged("verb") and not _after_past_verb(c.t, vs):
        return None
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


def _read_set(c: _Ctx) -> Reading | None:
    """A repeated time: ``duration`` its period; a named weekday gives its first occurrence."""
    ref = c.day
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


_ANA_UNITS = word_table("anaphor_unit")


def _read_anaphor(c: _Ctx) -> Reading | None:
    """``نفس اليوم``، ``ذلك العام``: resolved by the join that finds the period named before it."""
    unit = _ANA_UNITS.get(_norm(c.g("anu")))
    if unit is None:
        return None
    kind, grain = ("datetime", "part_of_day") if unit == "night" else ("date", unit)
    if c.g("anext") is not None:
        # the unit after the last one named (its join); with none named, the reference's next one
        ref = c.day
        iv = shift_unit(datetime(ref.year, ref.month, ref.day), unit, 1) if ref is not None else None
        return Reading(0, 0, kind, grain, iv, day=iv[0].date() if iv and unit == "day" else None, anaphor=unit + "+1")
    return Reading(0, 0, kind, grain, None, anaphor=unit)


#: What follows a decimal in a ratio or a comparison (3.15 على 100 ألف، 2.5 مقابل 1.8), never a date.
_RATIO_AFTER = _compiled.compile(r"\s*(?:على|علي|مقابل|من\s+اصل|لكل)(?!\w)")


def _read_numdm(c: _Ctx) -> Reading | None:
    ref = c.day
    a, b = int(c.g("dm1") or 0), int(c.g("dm2") or 0)
    if c.g("sepdm") == "." and _RATIO_AFTER.match(c.t, c.m.end()):
        return None  # 3.15 على 100 ألف: a decimal in a ratio
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


_NTH = {w: int(v) for w, v in word_table("nth").items()}


def _read_nthwd(c: _Ctx) -> Reading | None:
    ref = c.day
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
    from ..calendars import _nth_weekday

    d = _nth_weekday(y, mo, wd, n)
    return Reading(0, 0, "date", "day", _day(d), day=d)


_NTHW = {w: int(v) for w, v in word_table("nth_week").items()}


def _read_nthweek(c: _Ctx) -> Reading | None:
    """``الأسبوع الأول من أكتوبر``: the n-th week starting on a Monday inside the month (the last
    one that ends inside it for ``الأخير``): a week runs Monday to Sunday (GUIDELINES.md); of a year,
    the ISO week."""
    ref = c.day
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
    after = _add_months(first, 1)
    if n > 0:
        start = first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))
        if start >= after:  # الأسبوع الخامس من فبراير: no fifth Monday in it; the mention stays (no
            return Reading(0, 0, "range", "week", None)  # value), so no shorter reading takes its words
    else:
        last = after - timedelta(days=1)
        start = last - timedelta(days=(last.weekday() - 6) % 7 + 6)
    return Reading(0, 0, "range", "week", (_d(start), _d(start) + timedelta(days=7)))


def _read_nthday(c: _Ctx, vs: int) -> Reading | None:
    """The nth or last day of a holiday, a month or a year: ``ثاني أيام عيد الأضحى``, ``اليوم الأخير من العام``.

    A holiday counts from its first day (the days of a feast run past the one its rule names).
    """
    ref = c.day
    g = c.g
    if g("likeu") is not None:  # في مثل هذا اليوم من عام 1967: the reference's day (or month) in that year
        return _same_day_of(c, ref)
    whole: Reading | None
    if g("hol") is not None:
        whole = _read_hol(c)
    elif g("mon") is not None:
        whole = _read_month(c, vs, framed=True)
    elif g("mrel") is not None:
        iv = _unit_interval("month", ref, _mod_dir(g("mrel")) or 0) if ref is not None else None
        whole = Reading(0, 0, "date", "month", iv)
    elif g("ycur") is not None:
        ymod = _norm(g("ymod"))
        k = 1 if ymod.startswith("الجديد") else (_mod_dir(ymod) or 0)
        whole = Reading(0, 0, "date", "year", _year(ref.year + k) if ref is not None else None)
    else:
        y = _year_of(g("year"))
        whole = Reading(0, 0, "date", "year", _year(y) if y is not None else None)
    if whole is None:
        return None
    if whole.interval is None:
        return Reading(0, 0, "date", "day", None)
    nth = _norm(g("dnth"))
    a, b = whole.interval
    if nth in _LAST:
        first = b - timedelta(days=1)
    else:
        n = parse_ordinal(nth.removeprefix("ال")) or parse_ordinal(nth)
        if n is None or n < 1:
            return None
        first = a + timedelta(days=n - 1)
        if g("hol") is None and first >= b:
            return None
    day = first.date()
    return Reading(0, 0, "date", "day", _day(day), day=day)


def _same_day_of(c: _Ctx, ref: date | None) -> Reading | None:
    """``مثل هذا اليوم من عام 1967``: the reference's day in that year; ``هذا الشهر``, its month; ``هذه الأيام``,
    ``هذه الفترة``: the year (a time of year, left whole)."""
    y = _year_of(c.g("year"))
    if y is None or ref is None:
        return Reading(0, 0, "date", "day", None)
    unit = _norm(c.g("likeu"))
    if unit == "اليوم":
        day = date(y, ref.month, min(ref.day, 28) if ref.month == 2 else ref.day)
        return Reading(0, 0, "date", "day", _day(day), day=day)
    if unit == "الشهر":
        return Reading(0, 0, "date", "month", _month(y, ref.month))
    return Reading(0, 0, "date", "year", _year(y))
