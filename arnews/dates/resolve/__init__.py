"""Read a grammar match into a kind, a grain and an interval against a reference date.

Conventions (see ``docs/dates.md``): intervals are half-open ``[start, end)`` at the
expression's grain, naive datetimes in the reference's wall clock; weeks start on Monday;
parts of day: morning 06–12, noon/afternoon 12–18, evening 18–24, night 18–06 of the next day,
dawn 03–06. A weekday or a date without a year reads by ``direction``: −1 past (the latest one
up to the reference day), +1 future (the next one after it), 0 unknown (weekday: past, the news
default; a date without a year: the reference year).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ...wordclass import DATE_WORDS, word_class
from .context import _PLANS, FAMILIES, DateContext, Reading, _Ctx, _norm, _plan
from .days import _read_day, _read_dayrange, _read_decade, _read_tpod, _read_year, _read_yrange, weekday_mismatch
from .months import (
    _read_anaphor,
    _read_hol,
    _read_month,
    _read_nthday,
    _read_nthwd,
    _read_nthweek,
    _read_numdm,
    _read_set,
    _read_vague,
)
from .offsets import _read_offset
from .periods import _read_period

_OFFSET_OPS = word_class("offset_op", DATE_WORDS)

__all__ = ["FAMILIES", "DateContext", "Reading", "read_match", "weekday_mismatch"]

_Reader = Callable[["_Ctx", int], "Reading | None"]
#: Family → reader (the match context, with the :class:`DateContext`; the start of the match in the view).
_READERS: dict[str, _Reader] = {
    "F_nthday": _read_nthday,
    "F_nthwd": lambda c, vs: _read_nthwd(c),
    "F_nthweek": lambda c, vs: _read_nthweek(c),
    "F_dayrange": lambda c, vs: _read_dayrange(c),
    "F_yrange": lambda c, vs: _read_yrange(c),
    "F_tpod": lambda c, vs: _read_tpod(c),
    "F_day": lambda c, vs: _read_day(c),
    "F_numdm": lambda c, vs: _read_numdm(c),
    "F_hol": lambda c, vs: _read_hol(c),
    "F_period": lambda c, vs: _read_period(c),
    "F_offset": _read_offset,
    "F_decade": lambda c, vs: _read_decade(c),
    "F_year": lambda c, vs: _read_year(c),
    "F_month": _read_month,
    "F_vague": _read_vague,
    "F_set": lambda c, vs: _read_set(c),
    "F_ana": lambda c, vs: _read_anaphor(c),
}


def read_match(
    t: str, m: regex.Match[str], ctx: DateContext, families: tuple[str, ...] = FAMILIES
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
    c = _Ctx(t, ctx, m, vs, group_names)
    if fam == "F_offset" and "s2" in names and m.start(names["s2"]) >= 0:
        op = _norm(m.group("op"))
        if op not in _OFFSET_OPS:  # لمدة، طوال، على مدى: a preposition, left out
            vs = m.start("s2")
    elif fam == "F_offset" and "ago" in names and m.start(names["ago"]) >= 0:
        vs = t.rindex("من", 0, vs)  # من أسبوع: من is the time's "ago", in the span
    r = _READERS[fam](c, vs)
    if r is None:
        return None
    r.start, r.end = vs, ve  # every reader returns a reading of its own, at (0, 0)
    return r
