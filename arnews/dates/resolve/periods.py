"""Periods and their edges: this week/month/year, the beginning or end of one, seasons, fractions of a period."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ...wordclass import word_table
from ..calendars import (
    fractions,
    gregorian_to_hijri,
    hijri_month_range,
    period_units,
)
from ..grammar import EDGE_WORDS
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
    _year,
    _year_of,
)

_PERIOD_UNITS = word_table("period_unit")
#: The ordinal of a quarter (الربع الأخير: the fourth).
_QUARTER_ORD = {w: int(v) for w, v in word_table("quarter_ordinal").items()}


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


SEASONS = {w: (int(v.split()[0]), int(v.split()[1])) for w, v in word_table("season").items()}


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


def _plural_period(c: _Ctx, ref: date | None) -> Reading | None:
    """``الأيام الثلاثة الماضية``, ``الساعات المقبلة``: a count of units back or ahead of the reference."""
    g = c.g
    unit_name, ucount = period_units().get(_norm(g("plu")), ("", 0))
    n = _day_of(g("pcnt")) if g("pcnt") else ucount
    if not unit_name or n is None or n <= 0 or ref is None:
        return Reading(0, 0, "range", unit_name or None, None)
    d = _mod_dir(g("pmod"))
    if d is None and _norm(g("pmod")).startswith("متتالي"):  # ثلاثة أرباع متتالية: back or ahead by the tense
        d = -1 if c.direction() <= 0 else 1
    if d is None:
        d = -1 if _norm(g("pmod")) in ("الاخيره", "") or g("plast") else 1
    now = _d(ref)
    if unit_name in ("hour", "minute", "second"):
        delta = timedelta(**{unit_name + "s": n})
        if c.ref is not None:  # الساعات الـ48 المقبلة، الساعتين الماضيتين: counted from the reference's clock
            now = c.ref.replace(minute=0, second=0, microsecond=0) if unit_name == "hour" else c.ref
            if unit_name == "hour" and d > 0 and now < c.ref:
                now += timedelta(hours=1)
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


def _quarter_or_half(c: _Ctx, ref: date | None) -> Reading | None:
    """``الربع الأول``, ``النصف الثاني من العام``: a quarter or a half of a year."""
    g = c.g
    q = _QUARTER_ORD.get(_norm(g("qo")), 1)
    y = _yearphrase(c, ref) or (ref.year if ref else None)
    if y is None:
        return Reading(0, 0, "range", "quarter", None)
    if fractions().get(_norm(g("qn"))) == 2:
        q = 2 if q >= 2 else 1
        half = (datetime(y, 6 * q - 5, 1), datetime(y + (q == 2), (6 * q) % 12 + 1, 1))
        return Reading(0, 0, "range", "half", half)
    m0 = 3 * q - 2
    return Reading(0, 0, "range", "quarter", (datetime(y, m0, 1), datetime(y + (q == 4), (m0 + 2) % 12 + 1, 1)))


def _season(c: _Ctx, ref: date | None) -> Reading | None:
    """A season (``صيف 2020``, ``الشتاء المقبل``), or its edge."""
    g = c.g
    a, b = SEASONS[_norm(g("season"))]
    y = _yearphrase(c, ref)
    smod = _mod_dir(g("smod"))
    if y is None and smod is not None:
        return _season_edge(c, _season_by_mod(a, b, ref, smod) if ref else None)
    if y is None and g("sthis") is not None and ref is not None:  # هذا الشتاء in February: the one begun in December
        y = ref.year - (b > 12 and ref.month < a - 9)
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


def _month_edge(c: _Ctx, ref: date | None, edge: str) -> Reading | None:
    """The beginning, middle or end of a month (``مطلع أبريل``, ``أواخر رمضان``)."""
    g = c.g
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


def _read_period(c: _Ctx) -> Reading | None:
    ref = c.day
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
        return _plural_period(c, ref)
    if g("qn") is not None and (g("mon") is not None or g("mrel") is not None or fractions().get(_norm(g("qn"))) == 3):
        return _fraction(c, ref)
    if g("qn") is not None:
        return _quarter_or_half(c, ref)
    if g("season") is not None:
        return _season(c, ref)
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
        return _month_edge(c, ref, edge)
    if edge:
        y = _yearphrase(c, ref)
        if y is None:
            return None
        return Reading(0, 0, "range", "year", _edge(_year(y), "year", edge))
    return None


_PART_ORD = {w: int(v) for w, v in word_table("part_ordinal").items()}


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
    n = fractions().get(_norm(g("qn")), 2)
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

