"""The date grammar's rules: each family of expressions as one named branch (a regex source), built from
the shared fragments (months, weekdays, numbers, units, modifiers ...) and the data of ``arnews/data/dates``.

:func:`branches` gives the branches in matching order; :mod:`.grammar` compiles them and
:mod:`.tries` decides which of them a word can start. Sources are written in folded spelling
(``ه`` for ``ة``); the word tables here (:data:`MOD_WORDS`, :data:`EDGE_WORDS`, :data:`POD_WORDS`)
are the ones resolution reads back.

>>> dict(branches())["F_tpod"][:8]
'(?P<tpod'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..wordclass import DATE_WORDS, word_list
from .calendars import (
    Constructions,
    constructions,
    fractions,
    holidays,
    months,
    period_units,
    units,
    vague_phrases,
    weekdays,
)
from .dayparts import grammar_alt, pod_words
from .numbers import fold_pattern, number_pattern, ordinal_pattern, read_tsv, trie_alt

__all__ = ["BARE_YEAR_NOT_AFTER", "CALLED", "EDGE_WORDS", "MOD_WORDS", "POD_WORDS", "branches", "rule_heads",
           "rule_pattern", "shared"]

#: Modifiers of a period or weekday, folded: direction −1 (past), 0 (current), +1 (next) (``data/dates/modifiers.tsv``).
MOD_WORDS: dict[str, int] = {w: int(v) for w, kind, v in read_tsv("modifiers.tsv")[1:] if kind == "modifier"}
#: Edges of a period (early, mid, late), folded (``data/dates/modifiers.tsv``).
EDGE_WORDS: dict[str, str] = {w: v for w, kind, v in read_tsv("modifiers.tsv")[1:] if kind == "edge"}
#: Parts of day (folded) → canonical name: every phrase of ``data/dates/parts_of_day.tsv``.
POD_WORDS: dict[str, str] = pod_words()
#: The uses of ``parts_of_day.tsv`` an expression of this grammar can start with.
_POD_STARTS = frozenset({"pre", "suf", "this", "bare", "alone", "set"})


def rule_heads(slots: tuple[tuple[str, ...], ...]) -> set[str]:
    """The first words a construction rule (slots of alternatives, ``""`` optional) can start with."""
    out: set[str] = set()
    for slot in slots:
        if _is_context(slot):
            continue
        out.update(w.split(" ")[0] for w in slot if w)
        if "" not in slot:
            break
    return out


def _is_context(slot: tuple[str, ...]) -> bool:
    """A slot that only looks around (its words start with ``=``, ``!`` or ``<``), matching nothing."""
    return bool(slot) and all(w[:1] in ("=", "!", "<") for w in slot)


def _context_pattern(slot: tuple[str, ...]) -> str:
    """The look-around of a context slot: ``=w`` one of these must follow, ``!w`` none of these may,
    ``<w`` one of these words (with و or ف) must come right before.

    A word of letters follows after a space and ends there; punctuation (``،``, ``.``, ``\\n``) follows
    after optional spaces; ``$`` is the end of the text.
    """
    if slot[0][0] == "<":
        return rf"(?<=(?<!\w)[وف]?(?:{_alt(w[1:] for w in slot)})\s+)"
    parts = []
    for w in slot:
        body = w[1:]
        if body == "$":
            parts.append(r"\s*\Z")
        elif body[:1].isalnum():
            parts.append(rf"\s+(?:{_alt([body])})(?!\w)")
        else:
            parts.append(rf"\s*{_escape(body)}")
    looks = "|".join(parts)
    return f"(?={looks})" if slot[0][0] == "=" else f"(?!{looks})"


def _escape(punct: str) -> str:
    """Punctuation as a regex matches it literally (every character escaped but the newline)."""
    return "".join("\\n" if ch == "\n" else "\\" + ch for ch in punct)


def rule_pattern(slots: tuple[tuple[str, ...], ...]) -> str:
    """The regex source of a construction rule: its slots in order, a space between, ``""`` optional.

    >>> import regex
    >>> src = rule_pattern((("هذه", ""), ("الفتره",), ("الماضيه", "المقبله")))
    >>> [bool(regex.fullmatch(src, x)) for x in ("هذه الفتره الماضيه", "الفتره المقبله", "هذه الفتره")]
    [True, True, False]

    A slot of words written ``=w`` (or ``!w``) matches nothing: one of them must (none of them may)
    follow; a first slot of ``<w`` words: one of them must come before (:func:`_context_pattern`).

    >>> src = rule_pattern((("<من",), ("قبل",), ("=،", "=الا", "=$")))
    >>> [bool(regex.search(src, x)) for x in ("من قبل، وقال", "ومن قبل الا مره", "من قبل", "من قبل الشرطه")]
    [True, True, True, False]
    """
    out, begun = "", False
    for slot in slots:
        if _is_context(slot):
            out += _context_pattern(slot)
            continue
        words = [w for w in slot if w]
        merged = [w[2:] for w in words if w.startswith("ال")] if not begun else []
        # a leading word with the article also after the preposition ل (للموسم الماضي)
        alt = f"(?:{_alt(words)}|(?<=(?<!\\w)[وف]?ل)ل(?:{_alt(merged)}))" if merged else f"(?:{_alt(words)})"
        alt += "(?!\\w)"
        if "" in slot:
            out += rf"(?:\s+{alt})?" if begun else rf"(?:{alt}\s+)?"
        else:
            out += rf"\s+{alt}" if begun else alt
            begun = True
    return out



#: Words after which a bare four-digit number is a quantity, not a year (نحو 2015 طالبا is caught by what
#: follows; these catch نحو 2015، ورقم 1990).
BARE_YEAR_NOT_AFTER = word_list("not_year_after", DATE_WORDS)
#: Words a bare year can be followed by: the clause goes on without a counted noun.
_BARE_YEAR_NEXT = (
    r"(?:في|من|على|الى|التي|الذي|الذين|اللتين|حيث|عندما|حين|بعد|قبل|ضد|مع|عن|لكن|ثم|او|حتى|خلال|بين|اثر|عقب"
    r"|منذ|ان|انه|بسبب|لصالح|امام|بينما|كما|الا|قد|لم|لن|وقد|هو|هي|كان|كانت|اذ)(?!\w)"
)


def _alt(words: object) -> str:
    return trie_alt(fold_pattern(str(w)) for w in words)  # type: ignore[attr-defined]



#: Shared fragments written once and called (``(?&name)``) rather than in place. A call compiles
#: once per pattern but matches slower than the fragment written out, so only the number words
#: (the largest, repeated in most branches) are called: about 15% slower matching for a fifth
#: less compile time on a first call.
CALLED = frozenset({"Xnum"})


def branches() -> tuple[tuple[str, str], ...]:
    """The grammar's branches (name, regex source), in matching order."""
    return _grammar()[0]


def shared() -> dict[str, str]:
    """Fragments the branches share (months, number words, units ...), by name.

    Those in :data:`CALLED` are written once per pattern (regex's ``DEFINE``) and called as
    ``(?&name)``; a call backtracks like the fragment written in place.
    """
    return _grammar()[1]


#: The article, also after the preposition ل (للعام); a word end.
_AL = r"(?:ال|(?<=(?<!\w)[وف]?ل)ل)"
_E = r"(?!\w)"


@dataclass(frozen=True, slots=True)
class _Frags:
    """The shared fragments every branch builder reads (months, weekdays, modifiers, units, years ...)."""

    mon: str
    mon2: str
    mon_num: str
    mon_x: str
    wd: str
    wd_bare: str
    mod: str
    numw: str
    ordw: str
    unit_all: str
    unit_one: str
    unit_dual: str
    unit_plural: str
    edge: str
    year4: str
    yearw: str
    era: str
    yearword: str
    this_year: str
    year_opt: str
    daynum: str
    mrel: str
    hol: str
    ufrac: str  # a fraction of one unit: نصف، ربع، ثلث، ثلاثه ارباع
    qunit_plural: str
    qunit_dual: str


def _day_words(cons: Constructions) -> tuple[str, str, str, str]:
    """Days named by a word (``أمس``, ``بعد غد``, ``اليوم``), a part of day before or after a day, and a part of day
    alone (``هذا المساء``, ``الليلة الماضية``): ``rel``, ``pod_pre``, ``pod_suf`` and the ``F_tpod`` branch."""
    E = _E
    rel = (
        r"(?:اليوم\s+(?:الي|الذي|اللي)\s+(?:بعد|قبل)\s+(?:بكره|بكرا|غد|امبارح|امس|البارحه)"
        r"|اليوم\s+القبل\s+البارحه|اليوم\s+(?:التالي|الاتي|الموالي|السابق|الماضي|المنصرم)(?!\s+(?:ل|من|على))"
        r"|(?:يوم\s+)?اول\s+(?:من\s+)?امس|(?:يوم\s+)?(?:ال)?امس\s+الاول|(?:يوم\s+)?قبل\s+(?:يوم\s+)?(?:امس|البارحه|امبارح)"
        r"|(?:يوم\s+)?بعد\s+(?:غد|الغد|بكره|بكرا)|(?:يوم\s+)?(?:امس|الامس|البارحه|امبارح)"
        rf"|(?:يوم\s+)?(?:غدا|الغد|غد|بكره|بكرا)(?!\s+(?:{_alt(cons.not_tomorrow_after)}){E})"
        r"|(?<!(?:نفس|المصري|روسيا)\s)(?:هذا\s+)?اليوم(?!\s+(?:نفس|ذات|عين|السابع(?!\s+(?:عشر|من|ب))))(?!\s+(?:نفس|ذات|عين)|\s+(?:ال\w+يه?(?!\w)|الاول|الاخير|الذي|العالمي|\d"
        r"|ال(?:ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع"
        r"|عاشر|حادي|ثاني)\w*\s+(?:عشر\w*\s+)?(?:من|ب))))" + E
    )
    pod_pre = rf"(?P<pod>{grammar_alt('pre')})\s+(?:يوم\s+)?"
    pod_suf = rf"(?:\s*[،,]?\s*(?P<pods>{grammar_alt('suf')})(?!\w))?"
    f_tpod = (
        rf"(?P<tpod>(?:هذا|هذه)\s+(?:{grammar_alt('this')})|الليله\s+(?:الماضيه|البارحه|القادمه|المقبله)"
        rf"|ليله\s+(?:امس|البارحه)|البارحه\s+ليلا|{grammar_alt('bare')}"
        # a part of day alone: the reference day's (في الصباح، حتى المساء، منذ الفجر، بعد الظهر، خلال الليل)
        rf"|(?<=(?<!\w)[وف]?(?:في|عند|حتى|منذ|خلال)\s+)(?:{grammar_alt('alone')})(?:\s+(?P<early>{_alt(cons.pod_early)}){E})?"
        r"|(?:بعد|بعيد|قبل|قبيل)\s+الظهر)" + E
    )
    return rel, pod_pre, pod_suf, f_tpod


def _year_branches(cons: Constructions, f: _Frags) -> tuple[str, str]:
    """The ``F_year`` branch (``عام 2019``, ``2011 م``, a bare year where a year stands) and the ``F_decade`` one
    (``التسعينيات``, ``القرن التاسع عشر``, ``العقد الأخير من القرن الماضي``)."""
    AL, E = _AL, _E
    # a year read as two numbers after عام/سنة, its century then its rest: عام تسعة عشر خمسة وتسعين
    two_numbers = rf"(?=(?:ثماني|ثمانيه|تسع|تسعه)\s+عشر\s+(?!و)\S|عشرين\s+(?!و)\S)(?:{f.numw})"
    f_year = (
        rf"(?:{f.yearword})\s+(?P<year>{f.year4}|{f.yearw}|{two_numbers}){f.era}"
        rf"|(?P<year>{f.year4})\s*(?P<era>ه|م)(?!\w)"
        rf"|(?:(?<=(?<!\w)(?:في|منذ|حتى|قبل|بعد|خلال|من|الى|بين|مطلع|نهايه|بدايه|اواخر|اوائل|وفي|ومنذ|عامي|سنتي|وحتى)\s+)"
        rf"|(?<=\d\s*(?:،|,)?\s*و))"
        rf"(?P<year>(?:19|20)\d\d)(?![\d%]|[.,/:]\d|\s*(?:%|في\s+الم))"
        # a year in a name (مونديال 2026، اولمبياد طوكيو 2020، رؤيه 2030), whatever follows it
        rf"|(?:(?<=(?<!\w)[وفبل]?(?:ال)?(?:{_alt(cons.year_events)})\s+(?:(?:{_alt(cons.year_between)})\s+)?"
        rf"(?:[^\W\d]\w*\s+)?)"
        rf"|(?<=(?<!\w)[وفبل]?(?:{_alt(cons.year_heads)})\s+))"
        rf"(?P<year>(?:19|20)\d\d)(?![\d%]|[.,/:]\d|\s*(?:{_alt(cons.amount_after)}|{f.unit_all}){E})"
        # a bare year after a noun (انتفاضه 2011، كاس العالم 2018، مواليد 1988، ل2017) where no counted noun follows
        rf"|(?<=(?<![\d.,،]\s*)[^\W\d]\w*\s+[وبل]?)(?<!(?<!\w)[وف]?(?:{_alt(BARE_YEAR_NOT_AFTER)})\s+[وبل]?)"
        rf"(?P<year>(?:19\d\d|20(?!00)\d\d))(?!\d|[.,/:]\d)(?=\s*(?:[.،,؛:)»\"”\n]|$)|\s+و|\s+{_BARE_YEAR_NEXT})"
        # a year in brackets (1962) or after a dash that follows a name (الكاتب -1830)
        rf"|(?<=\(\s*)(?P<year>(?:1[5-9]|20)\d\d)(?=\s*\))"
        rf"|(?<=[^\W\d]\s+-\s*)(?P<year>(?:1[5-9]|20)\d\d)(?![\d.,/:%]|\s*[-–]\s*\d)"
        # a year under 1000 after عام/سنه (عام 632)
        rf"|(?:{f.yearword})\s+(?P<year>[1-9]\d\d)(?!\d|[.,/:]\d|\s+(?:ق\s*\.?\s*م|قبل\s+الميلاد|{f.unit_all}){E})"
    )
    # a century by its ordinal or number (القرن التاسع عشر، القرن الـ19), never one before the era
    cent_n = rf"(?:{f.ordw}|(?:ال\s*)?\d{{1,2}}(?!\d)){E}(?:\s+(?:الميلادي|للميلاد){E})?(?!\s+(?:قبل|ق\s*\.?\s*م){E})"
    f_decade = (
        rf"(?:(?P<dedge>{f.edge})\s+)?(?:(?:ال)?عقد\s+)?(?:ال)?(?P<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)"
        rf"(?:يات|ات){E}(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?P<cent>الماضي|الحالي|الجاري|{cent_n}))?"
        rf"|(?:(?P<dedge>{f.edge})\s+)?{AL}قرن\s+(?P<cent>{cent_n})"
        rf"|(?:(?P<dedge>{f.edge})\s+)?{AL}عقد\s+(?P<dord>{f.ordw}|الاخير)\s+(?:من\s+)?{AL}قرن\s+(?P<cent>الماضي|الحالي|الجاري|{cent_n})"
    )
    return f_year, f_decade


def _month_branch(f: _Frags) -> str:
    """The ``F_month`` branch: a month with its year or modifier, a list of months (``شهري آب وأيلول الماضيين``),
    a month by its number after a preposition (``في شهر 10``)."""
    E = _E
    mlist = (
        rf"(?P<ml1>{f.mon})(?:\s*[/(]\s*{f.mon}\)?)?"
        rf"(?:\s*[،,]?\s*و?\s*{f.mon}(?:\s*[/(]\s*{f.mon}\)?)?){{0,10}}\s*[،,]?\s*و\s*"
    )
    mtail = (
        rf"\s*[،,]?\s*(?:من\s+)?(?:{f.yearword}\s+)?(?P<year>{f.year4}){f.era}|\s+(?:من\s+)?(?P<yrel>{f.this_year})"
        rf"|\s+(?P<mmod>{f.mod})"
    )
    f_month = (
        # a list of months, one mention with one year: شهري اب وايلول الماضيين، اشهر يناير وفبراير ومارس 2017
        # (a head word or a shared year or modifier: آب (أغسطس) وأيلول (سبتمبر) alone are two mentions)
        rf"(?P<mlist>(?P<mhead>(?:ال)?(?:شهري|اشهر|شهور)\s+)?{mlist})(?P<mon>{f.mon}){f.mon2}"
        rf"(?(mhead)(?:{mtail})?|(?:{mtail}))"
        rf"|(?:(?P<mthis>هذا|هذه)\s+)?(?P<shahr>شهر\s+)?(?:(?<=\(\s*)(?P<mon>{f.mon})\s*\)\s*(?P<mon2>{f.mon})|(?P<mon>{f.mon}){f.mon2})"
        rf"(?:\s*[،,/\-]?\s*(?:من\s+)?(?:{f.yearword}\s+)?(?P<year>{f.year4}|{f.yearw}){f.era}|\s+(?:من\s+)?(?P<yrel>{f.this_year})"
        rf"|\s+(?P<mmod>{f.mod}))?"
        # a month by its number after a preposition (في شهر 10، منذ شهر 3 الماضي), never a count (شهر 10 ايام)
        rf"|(?<=(?<!\w)[وف]?(?:في|منذ|حتى|خلال|قبل|بعد)\s+)(?P<mon>شهر\s+(?:1[0-2]|0?[1-9]))"
        rf"(?![\d.,/:%]|\s*(?:{f.unit_all}|الف|الاف|مليون|ملايين|مليار|بالمئه|بالمائه){E})(?:{mtail})?"
    )
    return f_month


def _nthday_branch(f: _Frags) -> str:
    """The ``F_nthday`` branch: the first, nth or last day of a holiday, a month or a year (``ثاني أيام عيد
    الأضحى``, ``اليوم الأخير من العام``, ``أول يوم من الشهر المقبل``)."""
    AL, E = _AL, _E
    target = (
        rf"(?:(?P<hol>{f.hol})(?:\s+(?:{f.yearword}\s+)?(?P<year>{f.year4}))?"
        rf"|(?:شهر\s+)?(?P<mon>{f.mon})(?:\s+(?P<mmod>{f.mod})|{f.year_opt})"
        rf"|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر|{AL}شهر(?!\s+(?:{f.mod}|\d)))"
        rf"|(?P<ycur>{AL}(?:عام|سنه))(?:\s+(?P<ymod>{f.mod}|الجديد|الجديده))?(?!\s*\d|\s+ال\w+ي{E})"
        rf"|(?:{f.yearword}\s+)?(?P<year>{f.year4})){E}"
    )
    return (
        # the same day or month of another year: في مثل هذا اليوم من عام 1967
        rf"مثل\s+(?:هذا|هذه)\s+(?P<likeu>اليوم|الشهر|الايام|الفتره){E}\s+من\s+(?:{f.yearword}\s+)?(?P<year>{f.year4}){E}"
        rf"|{AL}?يوم\s+(?P<dnth>{f.ordw}|الاخير){E}\s+(?:من|في)\s+(?:ايام\s+)?{target}"
        rf"|(?P<dnth>{f.ordw}|اخر){E}\s+(?:ايام|يوم\s+(?:من|في))\s+{target}"
    )


def _nth_branches(f: _Frags) -> tuple[str, str]:
    """The ``F_nthwd`` branch (``أول ثلاثاء من الشهر``, ``الأحد الثاني من مايو``) and the ``F_nthweek`` one
    (``الأسبوع الأخير من العام``)."""
    AL, E = _AL, _E
    nth = r"(?:ال)?(?:اول|اولى|ثانيه|ثاني|ثان|ثالثه|ثالث|رابعه|رابع|خامسه|خامس|اخر|اخيره|اخير)"
    f_nthwd = (
        rf"(?P<nth>{nth})\s+(?:يوم\s+)?(?P<nwd>{f.wd}|{f.wd_bare})\s+(?:من|في|ب)\s*"
        rf"(?:(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر))"
        rf"|(?P<nwd>{f.wd})\s+(?P<nth>{nth}){E}\s+(?:من|في)\s+"
        rf"(?:(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر))"
        rf"|(?:يوم\s+)?(?P<nwd>{f.wd})\s+(?P<nth>(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس)){E}(?!\s+(?:من|في|عشر))"
    )
    week_of = (
        rf"(?:من|في)\s+(?:(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر|الشهر(?!\s+(?:{f.mod}|\d)))"
        rf"|(?:{f.yearword}\s+)?(?P<year>{f.year4}|{f.yearw}){f.era}|(?P<yrel>{f.this_year})"
        # the year or month alone (الاسبوع الاخير من العام): the reference's
        rf"|(?P<ycur>{AL}(?:عام|سنه))(?!\s*\d|\s+(?:{f.mod}|الدراسي|المالي|الماليه){E}))"
    )
    f_nthweek = (
        rf"{AL}اسبوع\s+(?:ال)?(?P<nthw>اول|ثاني|ثالث|رابع|خامس|اخير){E}\s+{week_of}"
        rf"|(?P<nthw>اخر|اول)\s+اسبوع\s+{week_of}"
    )
    return f_nthwd, f_nthweek


def _period_branch(f: _Frags) -> str:
    """The ``F_period`` branch: weekends, this or the last week/month/year and their edges, quarters and halves,
    seasons, the last N units (``الأيام الثلاثة الماضية``), the rest of a period."""
    AL, E = _AL, _E
    yearphrase = rf"(?:(?:{f.yearword}\s+)?(?P<year>{f.year4}|{f.yearw}){f.era}|(?P<yrel>{f.this_year}))"
    weekend = rf"(?:عطله\s+)?(?:نهايه|اخر)\s+(?:هذا\s+)?(?:ال)?اسبوع(?:ي)?(?:\s+(?P<pmod>{f.mod}))?"
    period = (
        rf"(?P<wkend>{weekend})"
        rf"|(?:(?P<edge>{f.edge})\s+)?(?:{AL}(?P<pn>اسبوع|شهر|عام|سنه|عقد|قرن)\s+(?P<pmod>{f.mod})(?!\s+من\s+{AL}قرن)"
        rf"|(?P<this>هذا|هذه)\s+{AL}(?P<pn>اسبوع|شهر|عام|سنه|عقد|قرن))"
        rf"|(?P<edge>{f.edge})\s+(?:{AL}(?P<pn>اسبوع|شهر|عام|سنه)(?!\s+ال\w+يه?(?!\w))"
        rf"|(?:شهر\s+)?(?P<mon>{f.mon}){f.mon2}(?:\s+(?P<mmod>{f.mod})|{f.year_opt})|(?P<mon>{f.mon_num}){f.year_opt}|{yearphrase})"
        rf"|(?:{AL})?(?P<qn>{_alt(fractions())})\s+(?:ال)?(?P<qo>اول|ثاني|ثالث|رابع|اخير){E}"
        rf"(?:\s+(?:من\s+)?(?:{yearphrase}|(?:شهر\s+)?(?P<mon>{f.mon}){f.mon2}(?:\s+(?P<mmod>{f.mod})|{f.year_opt})"
        rf"|(?P<mrel>{AL}شهر\s+{f.mod}|هذا\s+الشهر|{AL}شهر(?!\s+(?:{f.mod}|\d)))"
        rf"|{AL}(?:عام|سنه)(?!\s*\d|\s+(?:{f.mod}|الدراسي|المالي|الماليه))))?"
        # this year's season (هذا الصيف، منتصف هذا الشتاء)
        rf"|(?:(?P<sedge>{f.edge})\s+)?(?P<sthis>هذا|هذه)\s+(?:(?:ال)?فصل\s+)?ال(?P<season>صيف|شتاء|ربيع|خريف){E}"
        rf"|(?:(?P<sedge>{f.edge})\s+)?(?:(?:ال)?فصل\s+)?{AL}(?P<season>صيف|شتاء|ربيع|خريف)\s+(?P<smod>{f.mod})"
        rf"|(?:(?P<sedge>{f.edge})\s+)?(?:(?:ال)?فصل\s+)?{AL}(?P<season>صيف|شتاء|ربيع|خريف)"
        rf"(?!\s+(?:الاول|الثاني|الاخر|العربي|ال\w+ي(?!\w)))"
        rf"(?:\s+(?:من\s+)?{yearphrase})?"
        rf"|(?:(?P<sedge>{f.edge})\s+)?(?P<season>صيف|شتاء|ربيع|خريف)\s+{yearphrase}"
        rf"|(?P<season>صيف|ربيع|خريف)ا(?!\w)"
        # a quarter as a cycle (الربع الماضي، الربع المقبل); الربع الاخير من ... is the fraction above
        rf"|{AL}(?P<pn>ربع)\s+(?P<pmod>{f.mod})(?!\s+(?:من|في)(?!\w))"
        # (with the units of a counted period only, quarters: الأرباع الثلاثة الماضية، الربعين الماضيين)
        rf"|(?:{AL}|اخر\s+(?:ال)?)(?P<plu>{f.unit_plural}|{f.qunit_plural})\s+(?:ال\s*)?(?P<pcnt>\d+|{f.numw})"
        rf"(?:\s+(?P<pmod>{f.mod}|الاخيره|الاولى))?"
        rf"|(?:ال\s*)?(?P<pcnt>\d+|{f.numw})\s+(?:(?P<plu>{f.unit_all}|{f.qunit_plural})\s+(?P<pmod>{f.mod}|الاخيره|الاولى)"
        rf"|(?P<plu>{f.qunit_plural})\s+(?P<pmod>متتاليه|متتاليات){E})"  # ثلاثة أرباع متتالية
        rf"|(?P<plast>اخر|الـ?اخيره)\s+(?P<pcnt>\d+|{f.numw})\s+(?P<plu>{f.unit_all})"
        rf"|{AL}(?P<plu>{f.unit_dual}|{f.qunit_dual})\s+(?P<pmod>{f.mod})"
        # earlier this year (في وقت سابق من العام): the whole period, as the guidelines annotate it
        rf"|وقت\s+سابق\s+(?:من|في)\s+(?:(?P<this>هذا|هذه)\s+)?{AL}(?P<pn>اسبوع|شهر|عام|سنه)(?!\s+(?:{f.mod}|ال\w+ي){E})"
        rf"|(?P<rest>باقي|بقيه)\s+(?:هذا\s+|هذه\s+)?(?:{AL})?(?P<pn>اسبوع|شهر|عام|سنه|يوم)(?:ي)?{E}"
        rf"|(?P<vplu>{AL}(?:{f.unit_plural})\s+(?:القليله\s+)?(?:{f.mod}|الاخيره|الاولى))"
    )
    return period


def _day_branch(datecore: str, rel: str, pod_pre: str, pod_suf: str, f: _Frags) -> str:
    """The ``F_day`` branch: a day named by a word or a weekday (with its week, a part of day, a date after it),
    a full date, ``يوم 12``."""
    AL = _AL
    # early in the part of day before the day: صباح الخميس الباكر
    early = rf"(?(pod)(?:\s+(?P<early>{_alt(constructions().pod_early)}){_E})?)"
    wdp = (
        rf"(?:(?P<wdweek>{AL}اسبوع\s+{f.mod}|هذا\s+الاسبوع)\s+(?:يوم\s+)?(?P<wd>{f.wd})"
        rf"|(?:يوم\s+)?(?P<wd>{f.wd_bare})\s+(?P<wdweek>{AL}اسبوع\s+{f.mod}|هذا\s+الاسبوع)"
        rf"|(?:(?P<wthis>هذا)\s+)?(?:يوم\s+)?(?P<wd>{f.wd})(?:\s+(?:من\s+)?(?P<wdweek>{AL}اسبوع\s+{f.mod}|هذا\s+الاسبوع)"
        rf"|\s+(?P<wdmod>{f.mod}))?"
        rf"|يوم\s+(?P<wd>{f.wd_bare})"
        rf"|يومي\s+(?P<wd>{f.wd}|{f.wd_bare})\s*(?:و|الى|حتى)\s*(?P<wd2>{f.wd}|{f.wd_bare})(?!\w))"
        rf"(?:\s*(?:-|/|الى|حتى)\s*(?P<wd2>{f.wd}))?"
    )
    dayonly = (
        rf"(?P<dday>(?>[0-3]?\d(?![\d/.:])|(?!ال\w+ه(?!\w)){f.ordw}))(?!\s+(?:{f.unit_all})|\s*[.\-]?\s*(?:من\s+)?(?:شهر\s+)?(?:{f.mon}))"
        rf"(?!\s*[-–:]\s*\d|\s*(?:{grammar_alt('notday')})(?!\w))"
    )
    # (a third number after it makes a full date, read on its own: الخميس 14-9-2023)
    dm_after = r"(?P<dm1>\d{1,2})(?P<sepdm>[/\-.])(?P<dm2>\d{1,2})(?![\d.,/:\-]?\d)"
    # a full date after a weekday (الخميس 7 سبتمبر) is read on its own and joined afterwards
    after_day = rf"(?:\s*[،,]?\s*(?:الموافق\s+|في\s+|بتاريخ\s+)?(?:{dm_after}|{dayonly}))?"
    f_day = (
        rf"(?:{pod_pre})?(?:(?P<rel>{rel})(?:\s*[،,]?\s+(?:يوم\s+)?(?P<wd>{f.wd}))?{early}{pod_suf}"
        rf"|{wdp}{early}{pod_suf}{after_day})"
        rf"|(?:{pod_pre})?(?:يوم\s+)?{datecore}"
        rf"|يوم\s+(?P<mday>[0-3]?\d(?![\d/.:]))(?!\s*(?:{f.unit_all}|من|{f.mon}|[-/]))"
    )
    return f_day


def _range_branches(f: _Frags) -> tuple[str, str]:
    """The ``F_dayrange`` branch (``من 3 إلى 5 مايو``) and the ``F_yrange`` one (``بين عامي 2010 و2015``)."""
    day_range = (
        rf"(?:بين\s+)?(?P<d1>{f.daynum})\s*(?:-|–|الى|حتى|وحتى|و(?!\s*(?:ال)?(?:عشر|ثلاث)))\s*(?P<day>{f.daynum})\s*"
        rf"(?:من\s+)?(?:شهر\s+)?"
        rf"(?P<mon>{f.mon}){f.mon2}(?:\s+(?P<mmod>{f.mod})|{f.year_opt})"
        rf"|(?:شهر\s+)?(?P<mon>{f.mon})\s+(?:بين\s+)?(?P<d1>[0-3]?\d)\s*(?:-|–|و|الى)\s*(?P<day>[0-3]?\d)(?![\d/.:])"
        rf"|(?:بين\s+)?(?P<d1>{f.daynum})\s*(?:-|–|الى|حتى|وحتى|و(?!\s*(?:ال)?(?:عشر|ثلاث)))\s*(?P<mday>{f.daynum})\s+"
        rf"(?:من\s+|في\s+)?{f.mrel}"
    )
    year_range = (
        rf"(?P<ybet>بين)\s+(?:(?:ال)?(?:عامي|سنتي|العامين|الاعوام|السنوات|الفتره\s+من)\s+)?(?P<y1>{f.year4})"
        rf"\s*(?:-|–|و|الى|حتى)\s*(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y2>{f.year4})"
        rf"|(?:(?:ال)?(?:عامي|سنتي|العامين|الاعوام|السنوات|اعوام|سنوات)\s+)?(?P<y1>{f.year4})\s*(?:-|–|/|الى|حتى)\s*"
        rf"(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y2>{f.year4}){f.era}"
    )
    return day_range, year_range


def _date_forms(cons: Constructions, f: _Frags) -> tuple[str, str, str, str, str, str]:
    """Full dates: day month (year), month day (year), and in digits (d/m/y, y-m-d, m/y, d/m after a preposition)."""
    dmy = (
        rf"(?P<day>{f.daynum})\s*[.\-]?\s*(?:من\s+)?(?:شهر\s+)?(?:\(\s*(?P<mon>{f.mon})\s*\)\s*(?P<mon2>{f.mon})|(?P<mon>{f.mon}){f.mon2})\.?"
        rf"(?:\s+(?P<mmod>{f.mod})|{f.year_opt})"
        rf"|(?:اليوم\s+)?(?P<day>{f.daynum})(?:\s+يوم)?\s+(?:من\s+|في\s+|ب)(?P<mon>{f.mon_num}){f.year_opt}"
        rf"|(?P<lastday>اخر\s+يوم|اليوم\s+الاخير)\s+(?:من\s+|في\s+|ب)(?:شهر\s+)?(?P<mon>{f.mon_x}){f.year_opt}"
    )
    mdy = rf"(?:شهر\s+)?(?P<mon>{f.mon}){f.mon2}\s*[-\s]\s*(?P<day>[0-3]?\d(?![\d/.:])|{f.ordw}){f.year_opt}"
    num_dmy = (
        r"(?<![\d.,/:])(?P<n1>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<n2>\d{1,2})\s*(?P=sep)\s*(?P<n3>\d{4}|\d{2})"
        r"(?![\d.,/:]\d)" + f.era
    )
    num_ymd = r"(?<![\d.,/:])(?P<iy>\d{4})(?P<sep>[/.\-])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})(?![\d.,/:]?\d)"
    num_my = (
        r"(?<![\d.,/:])(?P<mm>\d{1,2})/(?P<my>\d{4})(?![\d.,/:]?\d)"
        r"|(?<![\d.,/:])(?P<my>(?:19|20)\d\d)[./\-](?P<mm>\d{1,2})(?![\d.,/:]?\d)"
    )
    num_dm = (
        r"(?<=(?:(?<!\w)(?:في|يوم|الموافق|بتاريخ|تاريخ|منذ|حتى|اعود|ساعود|من|الى)\s+)|[،,]\s*)"
        r"(?<![\d.,/:])(?P<dm1>\d{1,2})(?P<sepdm>[/\-.])(?P<dm2>\d{1,2})(?![\d.,/:]?\d)(?:\s*,\s*(?P<dmy>\d{4})(?!\d))?"
        rf"(?!\s*(?:{_alt(cons.amount_after)})(?!\w))"  # 1.2 مليون: an amount
    )
    return dmy, mdy, num_dmy, num_ymd, num_my, num_dm


def _set_and_anaphor_branches(cons: Constructions, counted: str, f: _Frags) -> tuple[str, str]:
    """The ``F_set`` branch (a repeated time) and the ``F_ana`` one (a period the text named before)."""
    AL, E = _AL, _E
    # a repeated time (يوميا، كل عامين، كل يوم جمعة، مرتين في الشهر): kind ``set``
    f_set = (
        rf"(?P<setadv>{_alt(cons.set_adverbs)}){E}"
        rf"|كل\s+(?:يوم\s+)?(?P<setwd>{f.wd}|{f.wd_bare})"
        rf"|كل\s+(?P<setpod>{grammar_alt('set')}){E}"
        rf"|كل\s+(?P<setq>{counted}|{f.unit_one}){E}"
        rf"|(?:مره|مرتين|مرات|(?:\d+|{f.numw})\s+مرات)\s+(?:في|كل)\s+(?:ال)?(?P<setq>{f.unit_one})"
    )
    # a period the text named before: نفس اليوم، اليوم ذاته، ذلك العام، تلك الليله (read by the join that finds it)
    ana_unit = r"(?P<anu>يوم|اسبوع|شهر|عام|سنه|ليله)"
    f_ana = (
        rf"(?:نفس|ذات)\s+{AL}{ana_unit}{E}"
        rf"|{AL}{ana_unit}\s+(?:نفسه|نفسها|ذاته|ذاتها|عينه|عينها){E}"
        rf"|(?:ذلك|تلك)\s+{AL}{ana_unit}{E}(?!\s+(?:الذي|التي|من|ال\w+))"
        # the unit after the one the text named last (وفي العام التالي، في اليوم الموالي، الشهر الذي تلاه)
        rf"|{AL}{ana_unit}\s+(?P<anext>التالي|التاليه|اللاحق|اللاحقه|الموالي|المواليه|الذي\s+تلاه|الذي\s+يليه"
        rf"|التي\s+تلتها|التي\s+تليها){E}(?!\s+(?:ل|من|على){E}|\s+ل)"
    )
    return f_set, f_ana


def _offset_branch(sub: Callable[[str, str], str], cons: Constructions, f: _Frags) -> tuple[str, str]:
    """The ``F_offset`` branch (``قبل ثلاثة أيام``, ``خلال أسبوعين``, ``شهر كامل``) and the counted quantity it shares
    with ``F_set``; ``sub`` records the shared fragments as :func:`_grammar` does."""
    AL, E = _AL, _E
    approx = (
        r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يزيد\s+(?:عن|على)|ما\s+يقارب|ما\s+يقرب\s+من"
        r"|ما\s+لا\s+يقل\s+عن)"
    )
    op = r"(?:قبل|منذ|بعد|خلال|غضون|طوال|طيله|لمده|مده|على\s+مدى|على\s+مدار|لفتره|على\s+امتداد)"
    counted = sub(
        "Xcount",
        rf"(?:(?<![\d:.,/])(?:\d+(?:[.,]\d+)?|{f.numw})\s+{f.unit_all}|{f.unit_dual}"
        # with the article (الـ3 سنوات), unless a modifier makes it a period (الـ24 ساعه الماضيه)
        rf"|ال\s*(?:\d+|{f.numw})\s+{f.unit_all}(?!\s+(?:{f.mod}|الاخيره|الاولى|الاوايل|الاخيرين){E})"
        rf"|{f.unit_one}\s+واحد[اه]?(?!\w)|{f.unit_one}\s+و\s*(?:{f.ufrac})(?!\w)"
        # a fraction of an hour (بعد نصف ساعه، قبل ربع ساعه، ثلث ساعه، ثلاثه ارباع الساعه)
        rf"|(?:(?:\d+|{f.numw})\s+و\s*)?(?:{f.ufrac})\s+(?:ال)?ساعه(?!\w))"
    )
    # a singular unit is a quantity of one unless a number, a date or a modifier follows it
    not_after_sg = sub("Xnsg", rf"(?!\s+(?:\d|ال|{f.mon}|{f.wd_bare}|من(?!\s+(?:الان|اليوم|الزمن){E})|على|واحد))")
    # further parts of a compound quantity: سنتين وشهر و21 يوما
    tail = sub(
        "Xtail",
        rf"(?:\s+و\s*(?:(?:\d+|{f.numw})\s+{f.unit_all}|{f.unit_dual}|{f.unit_one}{not_after_sg}|{f.ufrac}){E}){{0,3}}",
    )
    # a singular unit opening a compound quantity (شهر و21 يوما)
    lead_one = rf"{f.unit_one}(?=\s+و\s*(?:\d|{f.numw}\s|{f.unit_dual}))"
    # من الزمن "of time" after an amount is part of it (قبل عقد من الزمن)
    after_qty = r"(?:\s+من\s+الزمن(?!\w))?(?:\s+(?P<fromnow>من\s+الان|مضت|من\s+اليوم)(?!\w))?"  # never من الانتخابات
    few = _alt(cons.few_after)
    # counted from an event, not from the reference (بعد مرور سنة على تشكيلها، خلال شهرين من توقيعه): a duration
    since_event = (
        rf"(?P<op>بعد|خلال|غضون)\s+(?:(?:مرور|مضي|انقضاء)\s+)?(?P<s2>)(?:(?P<approx>{approx})\s+)?"
        rf"(?P<qty>{counted}{tail}|{f.unit_one})(?P<relto>)"
        rf"(?=\s+(?:من|على)\s+(?!(?:الان|اليوم|الزمن|التوالي|الاقل|الاكثر){E})\w)"
    )
    f_offset = (
        rf"{since_event}"
        rf"|(?P<op>{op})\s+(?P<s2>)(?:(?P<approx>{approx})\s+)?(?P<qty>{counted}{tail}|{f.unit_one}{tail}{not_after_sg})"
        rf"{after_qty}"
        # a time ago after من (غادر من أسبوع، وصل من يومين): the quantity ends its clause, and من is no comparison
        rf"|(?<=(?<!\w)[وف]?من\s+)(?<!(?<!\w)(?:{_alt(cons.ago_not_after)})\s+من\s+)(?P<ago>)"
        rf"(?P<qty>(?:\d+|{f.numw})\s+{f.unit_all}|{f.unit_dual}|{f.unit_one})"
        rf"(?=\s*(?:[.،,؛:!?؟»\"”)\n]|$)|\s+(?:فقط|تقريبا)(?!\w)|\s+و(?!\s*(?:\d|{f.unit_all}|نصف|ربع)))"
        rf"|(?P<op>طوال|طيله|على\s+مدار|على\s+مدى|على\s+امتداد)\s+{AL}(?P<qty>{f.unit_one})(?!\s+{f.mod})"
        rf"|(?P<qty>{f.unit_one})\s+(?:كامل|كاملا|كامله|باكمله|بكامله)(?!\w)|(?P<qty>(?:{f.ufrac})\s+(?:ال)?{f.unit_one})"
        rf"|(?:(?P<approx>{approx})\s+)?(?P<qty>(?:{counted}|{lead_one}){tail}){after_qty}"
        rf"|(?<![\s\S])(?P<qty>{f.unit_one})(?=\s*[.!؟?]?\s*\Z)"
        rf"|ال(?P<qty>{f.unit_dual})(?!\s+(?:{f.mod}|الاخيرين|الاولين|الاخيرتين|الاوليين|من|على){E})"
        rf"|(?P<op>بعد|قبل)\s+(?P<s2>)(?P<qty>{f.unit_one}|{counted})(?P<relto>)(?=\s+من\s+(?!(?:الان|اليوم|الزمن)(?!\w)))"
        rf"|(?P<op>قبل|منذ|بعد|خلال|غضون)\s+(?P<vplu>{f.unit_plural}|فتره|زمن|مده)"
        rf"(?:\s+(?:{few}){E}(?:\s+{f.mod})?)?(?!\s+(?:\d|{f.numw}|ال))"
        # a bare plural unit that few qualifies (ايام قليله مقبله): vague
        rf"|(?P<vplu>{f.unit_plural})\s+(?:{few}){E}(?:\s+{f.mod})?"
    )
    return counted, f_offset


def _fragments(sub: Callable[[str, str], str]) -> _Frags:
    """The fragments the branches share, each recorded by ``sub`` (name, source) as :func:`_grammar` does."""
    AL, E = _AL, _E
    mon = sub("Xmon", rf"(?:{_alt(months())})(?!(?!\d)\w)")
    cons = constructions()
    # الواحد الأحد، الأحد الصمد: the divine epithet, no day
    not_wd = (rf"(?<!(?<!\w)(?:{_alt(cons.not_weekday_after)})\s+)",
              rf"(?!\s+(?:{_alt(cons.not_weekday_before)}){E})")
    wd = sub("Xwd", rf"{not_wd[0]}(?:{_alt(weekdays())}){E}{not_wd[1]}")
    wd_bare = sub("Xwdb", rf"(?:{_alt(w[2:] for w in weekdays())}){E}")
    mod = sub("Xmod", rf"(?:{_alt(MOD_WORDS)}){E}")
    numw = sub("Xnum", number_pattern())
    ordw = sub("Xord", ordinal_pattern())
    not_unit = rf"(?!\s+(?:{_alt(cons.not_a_unit_before)}){E})"  # سنة وشيعة: Sunni, no year
    unit_all = sub("Xunit", rf"(?:{_alt(units())}){E}{not_unit}")
    unit_one = sub("Xunit1", rf"(?:{_alt(u for u, (_, c) in units().items() if c > 0)}){E}")
    unit_dual = sub("Xunit2", rf"(?:{_alt(u for u, (_, c) in units().items() if c == 2)}){E}")
    unit_plural = sub("Xunits", rf"(?:{_alt(u for u, (_, c) in units().items() if c == 0)}){E}")
    edge = sub("Xedge", rf"(?:(?:في\s+)?وقت\s+(?:لاحق|مبكر)\s+(?:من|في)|لاحقا\s+في|{_alt(EDGE_WORDS)}){E}")
    hols = holidays()
    bare = [n for n, h in hols.items() if h.after]
    after = sorted({w for h in hols.values() for w in h.after})
    then = [*MOD_WORDS, *(w for h in hols.values() for w in h.then)]
    # a bare name (العيد) only after a word of time, and before no word with the article but a modifier
    bare_hol = (
        rf"|(?<=(?<!\w)[وف]?(?:{_alt(after)})\s+)(?:{_alt(bare)}){E}"
        rf"(?!\s+(?:(?!(?:{_alt(then)}){E})ال\w+|\d))"
    ) if bare else ""
    hol = sub("Xhol", rf"(?:{_alt(n for n, h in hols.items() if not h.after)}){E}{bare_hol}")
    only_periods = {u: v for u, v in period_units().items() if u not in units()}

    year4 = sub("Xy4", r"(?:1[3-9]\d\d|20\d\d|21\d\d)(?!\d)")
    yearw = sub("Xyw", rf"(?:الفين|الفان|الف)(?!\w)(?:\s+و\s*(?:{numw}))?")
    era = r"(?:\s*(?P<era>ه|م|هجريه|هجري|ميلاديه|ميلادي|للهجره|للميلاد)(?!\w))?"
    yearword = r"(?:ل|ب)?(?:ال)?(?:عام|سنه)"
    this_year = sub("Xthisy", rf"(?:هذا\s+العام|هذه\s+السنه|{AL}(?:عام|سنه)\s+{mod})")
    year_opt = (
        rf"(?:\s*[،,/\-]?\s*(?:من\s+|في\s+(?={yearword}))?(?:{yearword}\s+)?(?P<year>{year4}|{yearw}){era}"
        rf"|\s+(?:من\s+|في\s+)?(?P<yrel>{this_year}))?"
    )
    daynum = sub("Xdn", rf"(?:(?:ال\s*)?[0-3]?\d(?!\d)|{ordw})")
    # a month written twice: ايلول/سبتمبر، ايلول (سبتمبر)، ديسمبر كانون الاول
    mon2 = rf"(?:\s*[/(\-]\s*(?P<mon2>{mon})(?:\s*\))?|\s+(?P<mon2>{mon}))?"
    # a month by number, only after "of" (اليوم الثالث من شهر عشرة، أول ثلاثاء من الشهر التاسع)
    mon_num = sub("Xmonn", rf"(?:شهر\s+(?:{numw}|[01]?\d(?!\d))|{AL}شهر\s+(?:ال)?(?:{ordw}))")
    mon_x = rf"(?:{mon}|{mon_num})"
    mrel = rf"(?P<mrel>{AL}شهر\s+{mod}|هذا\s+الشهر|{AL}شهر\s+الجاري)"
    return _Frags(
        mon=mon, mon2=mon2, mon_num=mon_num, mon_x=mon_x, wd=wd, wd_bare=wd_bare, mod=mod, numw=numw, ordw=ordw,
        unit_all=unit_all, unit_one=unit_one, unit_dual=unit_dual, unit_plural=unit_plural, edge=edge,
        year4=year4, yearw=yearw, era=era, yearword=yearword, this_year=this_year, year_opt=year_opt,
        daynum=daynum, mrel=mrel, hol=hol,
        ufrac="|".join(w.replace(" ", r"\s+") for w in sorted(constructions().unit_fractions, key=len, reverse=True)),
        qunit_plural=rf"(?:{_alt(u for u, (_, c) in only_periods.items() if c == 0)}){E}",
        qunit_dual=rf"(?:{_alt(u for u, (_, c) in only_periods.items() if c == 2)}){E}",
    )


def _vague_branch(cons: Constructions) -> str:
    """The ``F_vague`` branch: the vague phrases (``مؤخرا``, ``في وقت سابق``) and the vague construction rules."""
    vq = list(vague_phrases())
    vague = (
        rf"(?:(?<=(?<!\w)[وف]?في\s+)(?:{_alt(v[3:] for v in vq if v.startswith('في '))})"
        rf"|(?:{_alt(v for v in vq if not v.startswith('في '))})){_E}"
        + "".join(f"|{rule_pattern(rule)}" for rule in cons.vague.values())
    )
    return rf"(?P<vague>{vague})"


@cache
def _grammar() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """The branches (name, regex source) in matching order, and the shared fragments they call."""
    shared: dict[str, str] = {}

    def sub(name: str, src: str) -> str:
        shared[name] = src
        return f"(?&{name})" if name in CALLED else f"(?:{src})"

    f = _fragments(sub)
    cons = constructions()
    dmy, mdy, num_dmy, num_ymd, num_my, num_dm = _date_forms(cons, f)
    dmrel = rf"(?P<mday>{f.daynum})\s+(?:من\s+|في\s+)?{f.mrel}"
    datecore = rf"(?:{num_ymd}|{num_dmy}|{num_my}|{dmy}|{mdy}|{dmrel})"
    rel, pod_pre, pod_suf, f_tpod = _day_words(cons)
    f_day = _day_branch(datecore, rel, pod_pre, pod_suf, f)
    day_range, year_range = _range_branches(f)
    f_year, f_decade = _year_branches(cons, f)
    period = _period_branch(f)
    counted, f_offset = _offset_branch(sub, cons, f)
    f_set, f_ana = _set_and_anaphor_branches(cons, counted, f)
    f_hol = rf"(?P<hol>{f.hol})(?:\s+(?:{f.yearword}\s+)?(?P<year>{f.year4})|\s+(?P<yrel>{f.this_year}))?"
    f_vague = _vague_branch(cons)
    f_month = _month_branch(f)
    f_nthwd, f_nthweek = _nth_branches(f)
    branches = [
        ("F_set", f_set),
        ("F_ana", f_ana),
        ("F_nthday", _nthday_branch(f)),
        ("F_nthwd", f_nthwd),
        ("F_nthweek", f_nthweek),
        ("F_dayrange", day_range),
        ("F_yrange", year_range),
        ("F_tpod", f_tpod),
        ("F_day", f_day),
        ("F_numdm", num_dm),
        ("F_hol", f_hol),
        ("F_period", period),
        ("F_offset", f_offset),
        ("F_decade", f_decade),
        ("F_year", f_year),
        ("F_month", f_month),
        ("F_vague", f_vague),
    ]
    return tuple(branches), shared
