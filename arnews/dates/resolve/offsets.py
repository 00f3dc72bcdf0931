"""Offsets and durations: "three days ago", "in two weeks", "for a month"."""

from __future__ import annotations

from datetime import datetime, timedelta

from ... import _compiled
from ...wordclass import DATE_WORDS, word_class, word_list
from ..calendars import (
    constructions,
    units,
)
from ..numbers import fold_pattern, parse_number
from .context import _AGE, Interval, Reading, _add_months, _Ctx, _day, _month, _norm, _year
from .days import _AGE_AFTER

_THROUGHOUT = word_class("throughout", DATE_WORDS)
_FROM_NOW = word_class("from_now", DATE_WORDS)
_WITHIN = word_class("within", DATE_WORDS)

_UNIT_DELTA = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30,
               "year": 365, "decade": 3652, "century": 36524}
_EVERY_END = _compiled.compile(r"(?<!\w)كل(?:\s*\()?$")  # كل أربع سنوات، كل (3 أيام); not ميركل
_FEW = _compiled.compile(r"^(?:" + "|".join(word_list("few", DATE_WORDS)) + r")(?!\w)")
_QTY_PART = _compiled.compile(r"(?:(?P<n>\d+(?:[.,]\d+)?|[^\d\s][^\n]*?)\s+)?(?P<u>\S+)$")


def _parse_qty(q: str) -> list[tuple[float, str]] | None:
    """``"سنتين و3 أشهر"`` → ``[(2, "year"), (3, "month")]``; number words may contain و."""
    table = units()
    fracs = constructions().unit_fractions
    out: list[tuple[float, str]] = []
    num: list[str] = []
    for raw in _norm(q).split(" "):
        tok = raw
        if tok == "و":
            continue
        if tok.startswith("و") and tok[1:2].isdigit():  # و21 يوما
            raw = tok = tok[1:]
        if tok not in table and tok.startswith("و") and (tok[1:] in table or tok[1:] in fracs):
            tok = tok[1:]
        if tok not in table and tok.startswith("ال") and tok[2:] in table:  # نصف الساعة
            tok = tok[2:]
        if tok in fracs and out and not num:  # ساعة ونصف
            out.append((fracs[tok][0] / fracs[tok][1], out[-1][1]))
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
        if text in fracs:  # ربع ساعة، ثلث ساعة، ثلاثة أرباع الساعة
            out.append(((cnt or 1) * fracs[text][0] / fracs[text][1], unit))
            continue
        whole, _, part = text.rpartition(" و")
        if whole and part in fracs:  # 3 ونصف ساعة، ثلاث وربع ساعة: a whole number and a fraction before the unit
            text = whole
            out.append((fracs[part][0] / fracs[part][1], unit))
        if text.replace(".", "", 1).replace(",", "", 1).isdigit():
            n = float(text.replace(",", "."))
        else:
            v = parse_number(text)
            if v is None:
                return None
            n = float(v)
        out.append((n, unit))
    rest = " ".join(num).removeprefix("و")
    if out and rest in fracs:  # ساعة وثلاثة أرباع: a fraction of several words after the unit
        out.append((fracs[rest][0] / fracs[rest][1], out[-1][1]))
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


#: Approximations that say "more than" (أكثر من، ما يزيد على): an amount back with one is vague.
_MORE = word_list("more_than", DATE_WORDS)


def _at_grain(d: datetime, grain: str) -> Interval:
    if grain == "year":
        return _year(d.year)
    if grain == "month":
        return _month(d.year, d.month)
    if grain == "week":
        monday = _day(d.date() - timedelta(days=d.weekday()))[0]
        return monday, monday + timedelta(days=7)
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


_DURATION_CONTEXT = _compiled.compile(fold_pattern(
    r"(?r)(?:لاول\s+مره|للمره\s+الاولى|اول\s+مره|لم\s+\w+|لا\s+\w+|ما\s+زال|مازال|لا\s+يزال|لا\s+تزال|لازال|ظل|ظلت"
    r"|مستمر|مستمره|متواصل|متواصله|اولى|الاولى|الاول|اول|يعيش|تعيش|يعمل|تعمل|مغلق|مغلقه|يستمر|تستمر|متوقف|متوقفه"
    r"|قائم|قايم|قايمه)(?:\s+\S+){0,8}\s*$"
))


def _read_offset(c: _Ctx, vs: int) -> Reading | None:
    ref = c.ref
    g = c.g
    op = "قبل" if g("ago") is not None else _norm(g("op"))  # من أسبوع: a week ago
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
    if op in _THROUGHOUT:
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
        if _EVERY_END.search(before):
            return None  # "كل أربع سنوات": a recurrence, not a date
    if not op and not g("approx") and parts[0][0] > 0 and parts[0][1] == "year":
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
    elif op == "بعد" or fromnow in _FROM_NOW:
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
        if op in _WITHIN and ref is not None and g("relto") is None:
            iv = (ref, ref + total) if c.direction() >= 0 else (ref - total, ref)
        return Reading(0, 0, "duration", unit_grain, iv, duration=total)
    if ref is None:
        return Reading(0, 0, "date" if grain not in ("hour", "minute", "second") else "datetime", grain, None,
                       duration=total)
    if sign < 0 and g("approx") is not None and _norm(g("approx")).startswith(_MORE):
        return Reading(0, 0, "vague", None, None, duration=total)  # قبل أكثر من عقد: no point the text names
    point = _apply(ref, parts, sign)
    if sign < 0 and len(parts) == 1 and parts[0] in ((1, "week"), (1, "month")) and not g("approx") and not fromnow:
        # one week or month back (قبل أسبوع، منذ شهر) names that calendar week or month, as a count of years
        # names its year; a count of them (قبل أسبوعين), an approximation (قبل حوالي أسبوع) or a time ahead
        # (بعد أسبوع) is the day reached
        grain = parts[0][1]
    if grain == "hour" and any(u == "hour" and n != int(n) for n, u in parts):
        grain = "minute"  # بعد نصف ساعة، بعد ساعة ونصف: the minute reached
    kind = "datetime" if grain in ("hour", "minute", "second") else "date"
    return Reading(0, 0, kind, grain, _at_grain(point, grain), duration=total)


