"""The clock grammar's tables and patterns: the vocabulary of ``arnews/data/dates/clock.json`` and the parts of
day of ``parts_of_day.tsv``, folded like the analysis view, and the regex sources built from them.

:mod:`.clock` reads matches of these patterns into :class:`~.clock.ClockTime` values; the candidate
scan of :mod:`arnews.dates` reads the word sets (:func:`hour_words`, :func:`cardinal_hours`, ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .. import _compiled
from ..data import table
from ..fold import fold
from ..normalize import ANALYSIS, normalize
from ..wordclass import DATE_WORDS, word_list
from .dayparts import clock_label, with_use
from .dayparts import table as daypart_table

_THIS_THAT = word_list("this_that", DATE_WORDS)

__all__ = ["cardinal_hours", "hour_digits", "hour_words", "military_marks", "ordinal_hour_words", "pattern_sources"]


# --------------------------------------------------------------------------- data


def _fold(s: str) -> str:
    got = _FOLDED.get(s)
    return got if got is not None else fold(s, strip=False)


#: Words of the clock table folded in one call (:func:`_fold_all`), by their spelling in the table.
_FOLDED: dict[str, str] = {}
#: Words folded together: letters, digits, single inner spaces and a few marks, none that folding
#: turns into a line break or a blank, so the line breaks joining them stay where they are.
_BATCH_SAFE = _compiled.compile(r"[\u0600-\u06ffA-Za-z0-9+\-:.]+(?: [\u0600-\u06ffA-Za-z0-9+\-:.]+)*")


def _fold_all(words: Iterable[str]) -> None:
    """Fold many words in one call instead of one call each (a first call pays for 500 of them).

    The text is folded character by character, and no word here holds or becomes a line break
    or a blank next to one, so each line of the folded lines is its word folded (a test checks).
    """
    ws = [w for w in dict.fromkeys(words) if w not in _FOLDED and _BATCH_SAFE.fullmatch(w)]
    out = normalize("\n".join(ws), ANALYSIS).split("\n") if ws else []
    if len(out) == len(ws):
        _FOLDED.update(zip(ws, out, strict=True))


def _strings(x: Any) -> Iterable[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


@dataclass(frozen=True, slots=True)
class _Tables:
    hours: Mapping[str, int]  # ordinal (without article) and cardinal words -> 1..12
    ordinals: tuple[str, ...]  # ordinal stems without the article
    cardinals: tuple[str, ...]
    units: Mapping[str, int]
    teen_units: Mapping[str, int]
    ten: tuple[str, ...]
    tens: Mapping[str, int]
    minute_words: tuple[str, ...]
    minute_ordinals: Mapping[str, int]
    minute_ordinal_tens: Mapping[str, int]
    minute_ordinal_word: str
    fractions: Mapping[str, int]
    offset_dirs: Mapping[str, int]
    hour_fractions: Mapping[str, int]
    pods: Mapping[str, str]  # phrase -> part of day
    pods_before: tuple[str, ...]
    pods_after: tuple[str, ...]
    pods_abbr: tuple[str, ...]
    pods_hhmm: frozenset[str]  # the parts of day that make 1140 a time (keys)
    pods_adverb: frozenset[str]  # adverbial parts of day (keys): صباحا, مساء, بعد الظهر
    preceders: frozenset[str]  # words after which an hour with a part of day reads as a time
    age_words: tuple[str, ...]
    construct_heads: tuple[str, ...]
    day_adverbs: tuple[str, ...]  # days as adverbs (غدا): like construct_heads after an hour and its part of day
    hour_lead_words: frozenset[str]  # words after which an ordinal hour alone is a time: عند العاشرة
    hour_before_day: tuple[str, ...]  # phrases before which an ordinal hour alone is a time: الثامنة هذا المساء
    time_clause_words: frozenset[str]  # a clause with one of these reads في السابعة as a time
    fixed: Mapping[str, tuple[int, int, str]]
    noon_word: str
    noon_after: tuple[str, ...]
    hour_word: tuple[str, ...]
    approx: tuple[str, ...]
    range_start: tuple[str, ...]
    range_to: tuple[str, ...]
    tz_lead: tuple[str, ...]
    tz_names: Mapping[str, str]
    tz_bare: Mapping[str, str]
    fraction_phrases: tuple[str, ...]
    fixed_phrases: tuple[str, ...]
    tz_phrases: tuple[str, ...]
    tz_bare_phrases: tuple[str, ...]


def _key(s: str) -> str:
    """Lookup key of a phrase: folded, without spaces, lower case (for GMT/UTC)."""
    return _fold(s).replace(" ", "").replace("\n", "").lower()


@cache
def _tables() -> _Tables:
    raw: dict[str, Any] = table("dates/clock.json")
    _fold_all(_strings(raw))

    def words(xs: Any) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_fold(x) for x in xs if not x.startswith("_")))

    def nums(d: Mapping[str, Any]) -> dict[str, int]:
        return {_fold(k): int(v) for k, v in d.items() if not k.startswith("_")}

    ordinals = {_fold(k).removeprefix("ال"): int(v) for k, v in raw["hour_ordinals"].items()}
    cardinals = nums(raw["hour_cardinals"])
    # the parts of day of data/dates/parts_of_day.tsv a clock time takes: phrase -> (label, where)
    pods_raw = {p.phrase: (label, _clock_use(p.uses)) for p in daypart_table() if (label := clock_label(p.part))}
    _fold_all(pods_raw)
    pods = {_key(k): v[0] for k, v in pods_raw.items()}
    this = [p.phrase for p in with_use("this")]
    adverbs = [k for k, v in pods_raw.items() if v[1] == "before"]  # صباحا، مساء، بعد الظهر: before or after an hour
    hour_before_day = [f"{d} {w}" for w in this for d in _THIS_THAT] + [p.phrase for p in with_use("bare")]
    fixed = {_key(k): (int(v[0]), int(v[1]), str(v[2])) for k, v in raw["fixed_times"].items() if not k.startswith("_")}
    return _Tables(
        hours={**cardinals, **ordinals},
        ordinals=tuple(ordinals),
        cardinals=tuple(cardinals),
        units=nums(raw["minute_units"]),
        teen_units=nums(raw["minute_teen_units"]),
        ten=words(raw["minute_ten"]),
        tens=nums(raw["minute_tens"]),
        minute_words=words(raw["minute_words"]),
        minute_ordinals=nums(raw["minute_ordinals"]),
        minute_ordinal_tens=nums(raw["minute_ordinal_tens"]),
        minute_ordinal_word=_fold(raw["minute_ordinal_word"]),
        fractions={_key(k): int(v) for k, v in raw["fractions"].items()},
        offset_dirs={_fold(k): int(v) for k, v in raw["offset_before"].items()},
        hour_fractions={_fold(k): int(v) for k, v in raw["hour_fractions"].items()},
        pods=pods,
        pods_before=words(adverbs),
        pods_after=words(k for k, v in pods_raw.items() if v[1] in ("before", "after")),
        pods_abbr=words(k for k, v in pods_raw.items() if v[1] == "abbr"),
        pods_hhmm=frozenset(_key(p.phrase) for p in with_use("hhmm")),
        pods_adverb=frozenset(map(_key, adverbs)),
        preceders=frozenset(words(raw["hour_preceders"])),
        hour_lead_words=frozenset(words(raw["hour_lead_words"])),
        hour_before_day=words(hour_before_day),
        time_clause_words=frozenset(words(raw["time_clause_words"])),
        age_words=words(raw["age_words"]),
        construct_heads=words(raw["construct_heads"]),
        day_adverbs=words(raw["day_adverbs"]),
        fixed=fixed,
        noon_word=_fold(raw["noon_word"]),
        noon_after=words(raw["noon_word_after"]),
        hour_word=words(raw["hour_word"]),
        approx=words(raw["approximators"]),
        range_start=words(raw["range_start"]),
        range_to=words(raw["range_to"]),
        tz_lead=words(raw["timezone_lead"]),
        tz_names={_key(k): v for k, v in raw["timezones"].items() if not k.startswith("_")},
        tz_bare={_key(k): v for k, v in raw["timezone_bare"].items() if not k.startswith("_")},
        fraction_phrases=words(raw["fractions"]),
        fixed_phrases=words(raw["fixed_times"]),
        tz_phrases=words(raw["timezones"]),
        tz_bare_phrases=words(raw["timezone_bare"]),
    )


def _clock_use(uses: frozenset[str]) -> str | None:
    """Where a part of day stands to a clock time: ``before``, ``after`` or ``abbr`` (its ``clock:`` use)."""
    return next((u.removeprefix("clock:") for u in sorted(uses) if u.startswith("clock:")), None)



# --------------------------------------------------------------------------- pattern

_B = r"(?<![\p{L}\p{N}])"  # start of a word
_E = r"(?![\p{L}\p{N}])"  # end of a word
# a word start, also after a proclitic و, or after the T of an ISO date-time (2016-11-07T12:30)
_START = r"(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])و)|(?<=(?<!\p{L})T)(?=\d))"


def _alt(phrases: Any, *, lead_waw: bool = False) -> str:
    """One alternation of whole phrases, longest first; a space matches one space."""
    out = []
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        pat = regex.escape(p).replace(r"\ ", " ")
        if lead_waw and p.startswith("و"):
            pat = "و ?" + pat[1:]
        out.append(pat)
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    unit: regex.Pattern[str]
    minute_word: regex.Pattern[str]
    tz: regex.Pattern[str]
    connector: regex.Pattern[str]
    range_start: regex.Pattern[str]
    prev_word: regex.Pattern[str]
    score_tail: regex.Pattern[str]
    counted: regex.Pattern[str]
    construct_next: regex.Pattern[str]
    hour_digits: regex.Pattern[str]


_FLAGS = regex.IGNORECASE | regex.V0


@cache
def _patterns() -> _Patterns:
    """The clock grammar, compiled (loaded from the package's store when it holds it: :mod:`arnews._compiled`)."""
    return _Patterns(**{name: _compiled.compile(src, _FLAGS) for name, src in _pattern_sources().items()})


def pattern_sources() -> list[tuple[str, int]]:
    """Every pattern the clock grammar compiles (source, flags), for ``arnews/data/patterns.bin``."""
    return [(src, int(_FLAGS)) for src in _pattern_sources().values()]


def _tz_sources(t: _Tables) -> tuple[str, str]:
    """A time zone after a time (``بتوقيت غرينتش``, ``GMT+3``), and the pattern that parses one."""
    tz_names = _alt(t.tz_phrases)
    tz_lead = _alt(t.tz_lead)
    offset = r"[+\-−] ?\d{1,2}(?::?\d\d)?"
    tz_bare = _alt(t.tz_bare_phrases)  # GMT, UTC, ت.غ
    tz_core = rf"(?:{tz_lead} ?{tz_names}{_E}(?: ?{offset})?|{tz_bare}{_E}(?: ?{offset})?)"
    tz = rf"(?:\( ?{tz_core} ?\)|{tz_core})"
    tz_parse = (
        rf"\(? ?(?:{tz_lead} ?(?P<name>{tz_names})|(?P<bare>{tz_bare}))"
        r"(?: ?(?P<sign>[+\-−]) ?(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)? ?\)?"
    )
    return tz, tz_parse


def _minute_sources(t: _Tables) -> tuple[str, str, str, str]:
    """Minutes: the word دقيقة, minutes in words or digits, the minutes after an hour, a minute word alone."""
    units = _alt(t.units)
    teen_units = _alt(t.teen_units)
    ten = _alt(t.ten)
    tens = _alt(t.tens)
    dq = _alt(t.minute_words) + _E
    # minutes in words, ten and above (usable without دقيقة) and all of them
    min_tenplus = rf"(?:(?:{teen_units}|{units}) {ten}|{units} ?و ?{tens}|{tens}|{ten}){_E}"
    min_any = rf"(?:{min_tenplus}|{units}{_E}|\d{{1,2}}(?!\d))"
    fractions = _alt(t.fraction_phrases, lead_waw=True)
    # the twentieth minute: العشرين, الخامسة والعشرين, الخامسة عشرة, العاشرة, 20
    ord_units = _alt(t.minute_ordinals)
    ord_tens = _alt(t.minute_ordinal_tens)
    min_ord = rf"(?:(?:{ord_units} ?و ?)?{ord_tens}|{ord_units}(?: {ten})?|\d{{1,2}}(?!\d))"
    min_part = (
        rf"(?: (?P<frac>{fractions}){_E}(?: (?P<fadjdir>الا|و) ?(?P<fadj>{min_any}) ?{dq})?"
        rf"| ?و ?(?P<mw>{min_tenplus})(?: ?(?P<mdq>{dq}))?"
        rf"| ?و ?(?P<mw>{units}{_E}|\d{{1,2}}(?!\d)) ?(?P<mdq>{dq})"
        # digits with no دقيقة after الساعة only when they cannot be an hour (الساعة 3 و40؛ الساعة 3 و20 مساء),
        # not بين الساعة 10 و14
        rf"|(?(saa) ?و ?(?P<mw>[2-5][5-9]|[3-5]\d|(?:1[3-9]|2[0-4])(?= (?:{_alt(t.pods_after)}){_E}))"
        r"(?![\d.,:/٫])|(?!))"
        rf"| (?P<mnegdir>الا) (?P<mneg>{min_any}) ?{dq}"
        rf"| {regex.escape(t.minute_ordinal_word).replace('و', 'و ?', 1)} (?P<mord>{min_ord}){_E})"
    )
    minute_word = (
        rf"(?:(?P<teen>{teen_units}|{units}) ?{ten}|(?P<u>{units}) ?و ?(?P<t>{tens})|(?P<t>{tens})|(?P<ten>{ten})"
        rf"|(?P<u>{units})|(?P<d>\d{{1,2}})"
        rf"|(?:(?P<ou>{ord_units}) ?و ?)?(?P<ot>{ord_tens})|(?P<ou>{ord_units})(?P<oteen> {ten})?)"
    )
    return dq, min_any, min_part, minute_word


@cache
def _pattern_sources() -> dict[str, str]:
    """The sources of :class:`_Patterns`' fields, by name."""
    t = _tables()
    units = _alt(t.units)
    teen_units = _alt(t.teen_units)
    ten = _alt(t.ten)
    dq, min_any, min_part, minute_word = _minute_sources(t)
    ords = r"ال" + _alt(t.ordinals)  # واحدة without the article is "one"
    cards = _alt(t.cardinals)
    # منتصف النهار, also منتصف-النهار; never the part of day بعد الظهيرة
    fixed_words = r"(?<!(?:بعد|قبل) )" + _alt(t.fixed_phrases).replace(" ", "[ -]")
    noon = rf"(?<=(?<![\p{{L}}\p{{N}}]){_alt(t.noon_after)} ){regex.escape(t.noon_word)}"
    clock = (
        r"(?<![\d.,:/٫،٬])(?P<h>[01]?\d|2[0-4])"
        r"(?:(?P<sep>[:.,])(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?|(?P<hm>[0-5]\d))?"
        r"(?!\d|[.,:/٫،٬]\d|%)"
    )
    ord_tens = _alt(t.minute_ordinal_tens)
    # الثالثة عشرة / الثالثة والعشرين are other ordinals; الثالثة من عمره is an age
    not_ord = rf"(?! {ten}{_E})(?! ?و ?{ord_tens})(?! (?:{_alt(t.age_words)}){_E})"
    tz, tz_parse = _tz_sources(t)
    pods_after = _alt(t.pods_after)
    pods_before = _alt(t.pods_before)
    abbr = _alt(t.pods_abbr)
    approx = _alt(t.approx)
    hour_word = _alt(t.hour_word)
    offdirs = _alt(t.offset_dirs)
    hfracs = _alt(t.hour_fractions)
    # What a unit can begin with: a part of day before the hour, an approximation, minutes before
    # the hour, الساعة, or the hour itself. At a word start that begins with none of these the
    # unit's alternatives are not tried (the clock search is about 40% faster).
    begins = (
        rf"(?=\d|{pods_before}|{approx}|{hfracs}|{_alt((*t.teen_units, *t.units, *t.tens, *t.ten))}|{hour_word}|{ords}"
        rf"|{cards}|{_alt(t.fixed_phrases).replace(' ', '[ -]')}|{regex.escape(t.noon_word)})"
    )
    unit = (
        rf"{_START}{begins}"
        rf"(?:(?P<pre>{pods_before}) (?:في )?(?=(?:{hour_word}|{ords}{_E}|\d{{1,2}}:\d\d)))?"
        rf"(?:(?P<approx>{approx}) )?"
        rf"(?:(?P<off>{min_any}) ?{dq} (?P<offdir>{offdirs}) "
        rf"|(?P<offfrac>{hfracs}) (?:ال)?ساعه (?P<offdir>{offdirs}) )?"
        rf"(?:(?P<saa>{hour_word}) (?:ال(?=\d))?)?"  # الساعة الـ10
        rf"(?:{clock}|(?P<ord>{ords}){_E}{not_ord}|(?<!(?:{units}|{teen_units}) )(?P<card>{cards}){_E}"
        rf"|(?P<fixed>{fixed_words}|{noon}){_E})"
        rf"(?P<minpart>{min_part})?"
        rf"(?: (?P<pod>{pods_after}){_E}| ?(?P<abbr>{abbr}){_E}(?!\.\p{{L}}))?"
        rf"(?: (?P<tz>{tz}))?"
        rf"(?<![ ])"
    )
    connector = rf" ?(?:(?P<to>{_alt(t.range_to)})|(?P<dash>[-–—])|(?P<waw>و)) ?"
    range_start = rf"{_B}(?P<rs>{_alt(t.range_start)}) ?$"
    return dict(
        unit=unit,
        minute_word=minute_word,
        tz=tz_parse,
        connector=connector,
        range_start=range_start,
        # the word before a position (group 1), or None after punctuation
        prev_word=r"(?:(\p{L}+)|[^\p{L}\p{N}\s]) ?$",
        # a day noun after مساء/صباح makes it a construct (مساء أمس), not an adverb
        construct_next=rf" (?:{_alt(t.construct_heads)}){_E}",
        counted=r" ?(?!و)\p{L}",
        score_tail=r"\d ?[-–/:] ?$",
        hour_digits=clock,
    )


@cache
def ordinal_hour_words() -> frozenset[str]:
    """The ordinal hours (``الثامنه``) with their clitics ``و ف ب ل``, folded: each opens a clock window.

    After ``في`` such an hour is a time when its clause names a day or a schedule
    (``time_clause_words`` in ``clock.json``: ``الخميس في الثامنة``، ``يبدأ الاجتماع في السابعة``).
    """
    return frozenset(c + "ال" + w for w in _tables().ordinals for c in ("", "و", "ف", "ب", "ل"))


@cache
def hour_words() -> frozenset[str]:
    """The words a clock time's hour can be written with, alone or after a proclitic ``و``.

    Every unit :func:`find_clock_times` reads has an hour: digits (:func:`hour_digits`), an
    ordinal (``الثالثة``), a cardinal (``ثلاث``) or a fixed time (``منتصف الليل``, ``الظهر``;
    here its first word). Each is a whole word of the text, or one after a ``و`` that opens the
    word: a stretch of text with none of these words and no hour in digits holds no clock time.
    """
    t = _tables()
    phrases = [*("ال" + w for w in t.ordinals), *t.cardinals, *t.fixed_phrases, t.noon_word]
    firsts = {regex.split(r"[ -]", w)[0] for w in phrases}
    return frozenset(w for f in firsts for w in (f, "و" + f))


@cache
def cardinal_hours() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of :func:`hour_words` that can only be a cardinal hour, and the words it needs.

    A cardinal is read as an hour only after ``الساعة`` (``ثلاثة صباح اليوم`` is a count): a
    stretch of text whose hours are all such words and that has none of the second (``الساعة``,
    ``الساعتين``) holds no clock time.
    """
    t = _tables()

    def first(ws: Iterable[str]) -> set[str]:
        return {regex.split(r"[ -]", w)[0] for w in ws}

    others = first([*("ال" + w for w in t.ordinals), *t.fixed_phrases, t.noon_word])
    only = first(t.cardinals) - others
    return frozenset(w for f in only for w in (f, "و" + f)), tuple(t.hour_word)


def hour_digits() -> regex.Pattern[str]:
    """The hour in digits of a clock time (``10``, ``10:30``, ``1030``), matched where it starts."""
    return _patterns().hour_digits


@cache
def military_marks() -> regex.Pattern[str]:
    """What a 24-hour time in four digits past 12 (``الساعة 1400``, ``1830 بتوقيت غرينتش``) needs in its unit.

    Such digits (``2019``, ``1445``) read as a time only after ``الساعة`` or with a time zone
    (:func:`_read`: with a part of day an hour in four digits must be at most 12): a text with no
    ``الساعة``, no zone lead and no bare zone anywhere holds no time in them.
    """
    t = _tables()
    return _compiled.compile(_alt((*t.hour_word, *t.tz_lead, *t.tz_bare_phrases)), regex.IGNORECASE | regex.V0)

