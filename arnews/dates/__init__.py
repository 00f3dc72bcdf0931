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

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import cache, lru_cache
from itertools import accumulate, compress
from typing import TYPE_CHECKING, NamedTuple

import regex

from .. import _compiled
from ..lexicon import Lexicon, LexiconSource, resolve_lexicon
from ..normalize import analysis_view
from ..spans import TextView, check_text, windows
from ..when import as_datetime
from ..wordclass import DATE_WORDS, word_list
from .clock import (
    cardinal_hours,
    find_clock_times,
    hour_digits,
    hour_words,
    military_marks,
    ordinal_hour_words,
)
from .grammar import anchor_set
from .latin import find_latin
from .resolve import DateContext, Reading, read_match
from .resolve.joins import join_clocks, join_dates, join_ranges_and_sets, written_date_source
from .tense import reporting_perfects
from .tries import guard_allows, tries_for

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
_ODD = _compiled.compile(r"[\w--[\p{L}\p{N}]]|\p{No}", regex.V1)


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
_WORD = _compiled.compile(r"\w+")
#: Every word of a window in one match: its captures and their starts, without a match object each.
_WORDS = _compiled.compile(r"(?:\W*+(\w++))*+")
_NOT_WORD = _compiled.compile(r"\W")
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
    for a, b in windows(t, 0, len(t), _NOT_WORD, window or _SCAN_WINDOW):
        scan = _WORDS.match(t, a, b)
        if scan is not None:
            words, at = scan.captures(1), scan.starts(1)
            hits.extend((at[i], w, flags[w]) for i, w in compress(enumerate(words), map(flags.__contains__, words)))
    return hits
class WordHits(NamedTuple):
    """What the date word scan keeps of a text's words (view offsets, in text order), by class
    (:func:`_word_classes`): candidate starts ``(start, word)``, clock anchors ``(start, end)``,
    the starts of the hour words that are not only cardinals, and of the cardinal-only ones."""

    starts: list[tuple[int, str]]
    clock: list[tuple[int, int]]
    hour_at: list[int]
    card_at: list[int]


@cache
def _word_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The words of :func:`_word_flags` by class: flag 1 (an expression can start), 2 (a clock time can
    be near), 4 without 8 (an hour word), 8 (an hour word that can only be a cardinal)."""
    flags = _word_flags()
    return (
        frozenset(w for w, f in flags.items() if f & 1), frozenset(w for w, f in flags.items() if f & 2),
        frozenset(w for w, f in flags.items() if f & 12 == 4), frozenset(w for w, f in flags.items() if f & 8),
    )


def _scan_words(t: str, window: int | None = None) -> WordHits:
    """The classes of :func:`_word_classes` among the words of ``t``, as :func:`_flagged_words` reads
    them (window by window, the same words), each kept by a set lookup in C: no Python runs per word,
    and no list of every flagged word is held."""
    first, clock, hour, card = _word_classes()
    flags = _word_flags()
    out = WordHits([], [], [], [])
    for a, b in windows(t, 0, len(t), _NOT_WORD, window or _SCAN_WINDOW):
        scan = _WORDS.match(t, a, b)
        if scan is not None:
            words = scan.captures(1)
            kept = list(map(flags.__contains__, words))  # (the few words with a flag, then their classes)
            hw, ha = list(compress(words, kept)), list(compress(scan.starts(1), kept))
            out.starts.extend(compress(zip(ha, hw, strict=True), map(first.__contains__, hw)))
            near = compress(zip(ha, hw, strict=True), map(clock.__contains__, hw))
            out.clock.extend((s, s + len(w)) for s, w in near)
            out.hour_at.extend(compress(ha, map(hour.__contains__, hw)))
            out.card_at.extend(compress(ha, map(card.__contains__, hw)))
    return out


#: Words that can carry a clock time (with their article and clitics): windows open around them.
_CLOCK_WORD_LIST = word_list("clock_window", DATE_WORDS)
_CLOCK_WORDS = frozenset(c + a + w for w in _CLOCK_WORD_LIST for a in ("", "ال") for c in ("", "و", "ف", "ب", "ل"))
#: A number word: digits at a word start (after a clitic or the article), or glued to the Arabic word before
#: them (في16 نيسان، لمدة24 ساعة: a missing space in the source text).
_NUMBER_WORD = re.compile(r"(?<![\w.,])(?:ال|وال|و|ب|ل)?\d\w*|(?<=[ء-ي])\d\w*")
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
_DIGITS = _compiled.compile(r"\d+")


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


def _pattern_sources() -> list[tuple[str, int]]:
    """Every large pattern this package compiles on first use (source, flags), for ``arnews/data/patterns.bin``:
    the date grammar's (:func:`.grammar.pattern_sources`), the clock grammar's, the written-date pattern."""
    from . import clock, grammar

    return [*grammar.pattern_sources(), *clock.pattern_sources(), written_date_source()]




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


@lru_cache(maxsize=1 << 16)
def _tries_after(tok: str, after: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The branches ``tok`` can start that its guards let through before ``after`` (the next three
    characters: a space and two letters, or punctuation), in order; one lookup per candidate word."""
    return tuple((fam, pat) for fam, pat, guard in tries_for(tok) if guard is None or guard_allows(guard, after))


def _read_candidates(t: str, starts: list[tuple[int, str]], ctx: DateContext) -> list[Reading]:
    """The grammar's readings at the candidate ``starts`` (view offset, word), in text order, none inside a match."""
    found: list[Reading] = []
    last = 0
    for pos, tok in starts:
        if pos < last:
            continue
        m = None
        fam = ""
        e = pos + len(tok)
        for fam, pat in _tries_after(tok, t[e : e + 3]):  # noqa: B007 - the branch that matched is read below
            m = pat.match(t, pos)
            if m is not None:
                break
        if m is None:
            continue
        try:
            r = read_match(t, m, ctx, (fam,))
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
        if r.kind != "vague" and _quoted_word(t, s, e):  # «الغد» is a name; "قريبا" stays an adverb
            last = m.end()
            continue
        found.append(r)
        last = m.end()
    return found


def _find_view(v: TextView, reference: datetime | None, prefer: str) -> list[DateMention]:
    ctx = DateContext.of(reference, _check_prefer(prefer))
    t = v.text
    hits = _scan_words(t)  # the words with flags, at their starts, by class
    starts = hits.starts
    numbers, shapes, runs = _digit_scan(t)
    starts.extend(numbers)
    starts.sort()
    clock_hits = hits.clock
    clock_hits.extend(shapes)
    clock_hits.sort()
    found = _read_candidates(t, starts, ctx)
    latin = find_latin(t, ctx)
    if latin:  # a date in Latin script is read whole: drop what the grammar read inside it
        found = [*_outside(found, latin), *latin]
        found.sort(key=lambda r: (r.start, -r.end))
    found = join_dates(t, found, ctx)
    # a part of day leaves its words to a clock time (بين 5 و6 بعد الظهر)
    taken = [(r.start, r.end) for r in found if r.day is None or r.grain != "part_of_day"]
    clocks = _clock_times(t, clock_hits, taken, hits.hour_at, runs, hits.card_at)
    found = join_clocks(t, found, clocks, ctx)
    found = join_ranges_and_sets(t, found)
    return _mentions(v, found, ctx.zone)


def _mentions(v: TextView, found: list[Reading], zone: tzinfo | None) -> list[DateMention]:
    """The readings as mentions on ``v.original`` (non-overlapping, in text order), intervals in ``zone``."""
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
