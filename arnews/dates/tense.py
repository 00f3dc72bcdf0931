"""The tense of the clause around a date expression: past, future, or unknown.

A bounded window of words before and after the expression, stopped at clause punctuation,
is read for verb shapes, nearest first:

* future: ``س``/``سوف`` + an imperfect (``سيلتقي``, ``ستبدأ``, ``سأعود``), planning words
  (``المقرر``, ``المرتقب``, ``يعتزم``);
* present-progressive (read as future for a bare weekday): an imperfect prefixed ``يـ``/``تـ``/``نـ``
  (``يلتقي``, ``تعقد``, ``نلتقي``), except common nouns of that shape;
* past: a perfect marker (``قد``, ``لقد``, ``كان``, ``تم``, ``جرى``, ``لم``), one of the perfect verbs
  news uses most (``قال``, ``أعلن``, ``التقى``, ``غادر``, ``عاد`` …) or a derived perfect
  (``استقال``, ``اندلعت``, ``اعتقلوا``, and a form V or VI one with its subject suffix: ``تراجعت``,
  ``تظاهروا``); a three-letter word in ``ن`` (``نما``, ``نشر``) is no imperfect.

The text is the analysis view (folded spelling: ``التقى`` reads ``التقي``).

>>> clause_tense("سيلتقي الرئيسان الخميس", 16, 22)
1
>>> clause_tense("التقي الرئيسان الخميس", 15, 21)
-1
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from .. import _compiled
from ..data import rows
from ..fold import fold
from ..lexicon import shipped_perfects
from ..wordclass import DATE_WORDS, word_class

__all__ = ["clause_tense", "reporting_perfects", "word_tense"]

#: Clause punctuation; a dot or colon between digits (7:30، 10.5) is part of a number, not a boundary.
_BOUNDARY = _compiled.compile(r"(?<!\d)[.:]|(?<=\d)[.:](?!\d)|[!?؟؛;\n«»\"“”]|،")
#: The same, searched from the end: the last boundary first (every match is one character).
_LAST_BOUNDARY = _compiled.compile(r"(?r)(?<!\d)[.:]|(?<=\d)[.:](?!\d)|[!?؟؛;\n«»\"“”]|،")
_WORD = _compiled.compile(r"\w+")


@dataclass(frozen=True, eq=False, slots=True)
class _Words:
    """The word classes of ``data/dates/tense.tsv``, folded, with the reporting verbs' perfects as past."""

    future: frozenset[str]
    past: frozenset[str]
    not_verbs: frozenset[str]
    not_future: frozenset[str]
    not_perfect: frozenset[str]
    complementizers: frozenset[str]
    planned: frozenset[str]
    intent_prep: frozenset[str]


@lru_cache(maxsize=16)
def _words(perfects: frozenset[str]) -> _Words:
    kinds: dict[str, set[str]] = {k: set() for k in ("future", "past", "notverb", "notfuture", "notperfect",
                                                     "complementizer", "planned", "intent_prep")}
    for word, kind, *_ in rows("dates/tense.tsv")[1:]:
        kinds[kind.strip()].add(fold(word))
    return _Words(frozenset(kinds["future"]), frozenset(kinds["past"]) | perfects, frozenset(kinds["notverb"]),
                  frozenset(kinds["notfuture"]), frozenset(kinds["notperfect"]), frozenset(kinds["complementizer"]),
                  frozenset(kinds["planned"]), frozenset(kinds["intent_prep"]))


#: The reporting verbs' perfects in force (:func:`reporting_perfects`); ``None``: the shipped lexicon's.
_PERFECTS: ContextVar[frozenset[str] | None] = ContextVar("arnews_reporting_perfects", default=None)


@contextmanager
def reporting_perfects(perfects: frozenset[str] | None) -> Iterator[None]:
    """Read tense with these reporting verbs' perfects (:attr:`arnews.lexicon.Lexicon.past_perfects`) in the block.

    :func:`arnews.dates.find_view` enters it for a user's lexicon, so a verb the user adds reads
    past here as it is a cue for attribution. ``None`` keeps the shipped lexicon's.
    """
    token = _PERFECTS.set(perfects)
    try:
        yield
    finally:
        _PERFECTS.reset(token)


def _current() -> _Words:
    perfects = _PERFECTS.get()
    return _words(shipped_perfects(past=True) if perfects is None else perfects)


_FUT_PREFIX = _compiled.compile(r"^(?:[وف])?س[يتنا]\w{2,}$")
_IMPERFECT = _compiled.compile(r"^(?:[وف])?(?:ل)?[يتن]\w{2,}$")
#: A form-X perfect (استقال، استهدفت، استمروا); its nouns are longer (استقبال) or have ا after است (استاذ).
_PERFECT_X = _compiled.compile(
    r"^(?:[وف])?(?:است[^\Wا]\w{1,2}(?:ت|وا)?"
    # forms VII and VIII with a subject suffix (اندلعت، انسحبوا، اعتقلت، اجتمعوا)
    r"|ان[^\Wا]\w{2}(?:ت|وا)|ا[^\Wا]ت[^\Wا]\w(?:ت|وا)"
    # form IV with a subject suffix (ابرمت، اعلنوا، اصدرت)
    r"|ا[^\Wاوي][^\Wا][^\Wاوي](?:ت|وا))$"
)


#: A form V or VI perfect with a subject suffix (تراجعت، تقدموا، تظاهروا، تمكنت): an imperfect in ت never
#: ends so; a plural noun ends in ات and a taf'il noun (تصويت، توقيت) has ي before its last letter.
_PERFECT_T = _compiled.compile(r"^(?:[وف])?ت\w{2,4}(?<![اي])(?:ت|وا)$")


@lru_cache(maxsize=1 << 14)
def _classify(word: str, words: _Words) -> int:
    w = word
    not_verbs, not_future, future, past = words.not_verbs, words.not_future, words.future, words.past
    if w in not_verbs or w in not_future:
        return 0
    bare = w[1:] if len(w) > 3 and w[0] in "وف" else w
    if w in future or bare in future:
        return 2
    if w in past or bare in past:
        return -1
    for suffix in ("ه", "ها", "هم", "هما"):  # a perfect with an object pronoun: اعلنته، قالها
        if bare.endswith(suffix) and bare[: -len(suffix)] in past and len(bare) > len(suffix) + 2:
            return -1
    if bare in not_verbs or bare in not_future:
        return 0
    if _FUT_PREFIX.match(bare) and len(bare) >= 4 and not (bare.startswith("سا") and len(bare) > 6):
        return 2  # سأعود، سانتظر; a longer word in سا is a name (ساليسبري)
    if _PERFECT_X.match(w) and bare not in words.not_perfect:
        return -1
    if _PERFECT_T.match(w) and len(bare) >= 5 and bare not in words.not_perfect:
        return -1
    if bare[0] == "ن" and len(bare) == 3:  # نما، نفى، نشر: a perfect more often than "we" + a hollow imperfect
        return 0
    if bare.startswith("ل") and len(bare) >= 4:  # لتصل، لتشكيل: a purpose clause or a noun, not the clause's tense
        return 0
    if _IMPERFECT.match(w) and 3 <= len(bare) <= 8 and not bare.endswith(("ه", "ات")) and not bare.startswith("ال"):
        if bare[0] == "ت" and len(bare) == 5 and bare[3] == "ي":  # taf'il nouns: تقرير، تحرير
            return 0
        return 1
    return 0


def word_tense(word: str) -> int:
    """The tense one folded word signals alone: ``-1`` past, ``1`` a future or an imperfect, else ``0``.

    >>> word_tense("التقي"), word_tense("سيلتقي"), word_tense("الرئيس")
    (-1, 1, 0)
    """
    c = _classify(word, _current())
    return 1 if c > 0 else c


def _aside_tense(t: str, comma: int, words: _Words) -> int:
    """The tense of the clause a date set off by commas belongs to (``سيعقد المجلس، الخميس، جلسة``): the words
    before the first comma back to the clause's start (100 characters at most), a strong signal nearest first,
    or an imperfect that opens a short clause (``يعقد مجلس الأمن، الخميس،``: the verb, then its subject; not
    ``يأتي إعلان الصين استجابة لإعلان الإدارة، الثلاثاء،`` where the date is the noun phrase's)."""
    left = t[max(0, comma - 100) : comma]
    b = _LAST_BOUNDARY.search(left)
    lw = _WORD.findall(left[b.end() :] if b is not None else left)
    opened = b is not None or comma <= 100
    for k in range(len(lw) - 1, -1, -1):
        if lw[k] in words.complementizers:
            lw, opened = lw[k + 1 :], True
            break
    for w in reversed(lw):
        c = _classify(w, words)
        if c == 2:
            return 1
        if c == -1:
            return -1
    return 1 if opened and 1 < len(lw) <= 4 and _classify(lw[0], words) == 1 else 0


#: A comma right before and right after a date: the date is an aside within its clause.
_ASIDE_BEFORE = _compiled.compile(r"[،,]\s*$")
_ASIDE_AFTER = _compiled.compile(r"\s*[،,]\s*")


def clause_tense(t: str, start: int, end: int, before: int = 60, after: int = 40) -> int:
    """Tense of the clause around ``t[start:end]``: ``-1`` past, ``1`` future/present, ``0`` unknown.

    The window stops at clause punctuation, and on the left at a complementizer (``أن``/``إن``): in
    ``قال إن الرئيس يزور باريس الخميس`` the reporting verb is outside the clause. Strong signals (a
    future prefix or marker, a past marker or perfect verb) decide nearest first; an imperfect
    (present-progressive, read as future) only when no strong signal is there.
    """
    words = _current()
    complementizers = words.complementizers
    comma = _ASIDE_BEFORE.search(t, max(0, start - 3), start)
    if comma is not None and _ASIDE_AFTER.match(t, end) is not None:
        aside = _aside_tense(t, comma.start(), words)
        if aside:
            return aside
    lo = max(0, start - before)
    left = t[lo:start]
    b = _LAST_BOUNDARY.search(left)
    if b is not None:
        left = left[b.end() :]
    right = t[end : end + after]
    m = _BOUNDARY.search(right)
    if m is not None:
        right = right[: m.start()]
    lw = _WORD.findall(left)
    cut = b is not None
    subjunctive = False
    for k in range(len(lw) - 1, -1, -1):
        if lw[k] in complementizers:
            subjunctive = lw[k] in _SUBJUNCTIVE and k > 0 and lw[k - 1] in _SUBJUNCTIVE_AFTER
            lw = lw[k + 1 :]
            cut = True
            break
    rw = _WORD.findall(right)
    for k, w in enumerate(rw):
        if w in complementizers:
            rw = rw[:k]
            break
    # nearest first, alternating left and right; the first strong signal decides
    present = False
    nl, nr = len(lw), len(rw)
    for i in range(max(nl, nr)):
        if i < nl:
            if _planned(lw, nl - 1 - i, words):
                return 1
            c = _classify(lw[-1 - i], words)
            if c == 1 and subjunctive and i == nl - 1:
                c = 0  # قبل أن + an imperfect (قبل أن تقرر): a subjunctive, no tense of its own
            if c == 2:
                return 1
            if c == -1:
                return -1
            present = present or c == 1
        if i < nr:
            c = _classify(rw[i], words)
            if c == 2:
                return 1
            if c == -1:
                return -1
            present = present or c == 1
    if present or cut or lo == 0:
        return 1 if present else 0
    return _further_left(t, lo, words)


def _planned(lw: list[str], k: int, words: _Words) -> bool:
    """``lw[k]`` is a verbal noun of holding an event after a preposition of intent (``على إجراء``، ``إلى عقد``،
    ``لعقد``): the date after it is the planned event's, so the clause reads future."""
    w = lw[k]
    if w[:1] in "وف" and w[1:] in words.planned:
        w = w[1:]
    if w in words.planned:
        return k > 0 and lw[k - 1] in words.intent_prep
    return w[:1] == "ل" and w[1:] in words.planned


#: How far a clause is read back when its nearest words say nothing (a long noun phrase before the date).
_FAR = 100


#: أن (folded ان) after a word of sequence (قبل أن تقرر، بعد أن تعلن): the imperfect after it is a subjunctive whose
#: tense is the narrative's, not its own (after يريد أن يزور it keeps the wish's future).
_SUBJUNCTIVE = frozenset({"ان"})
_SUBJUNCTIVE_AFTER = word_class("subjunctive_after", DATE_WORDS)


def _further_left(t: str, lo: int, words: _Words) -> int:
    """The tense of the clause's words before ``lo`` (``_FAR`` characters at most, to clause punctuation or a
    complementizer), when those near the date said nothing: a strong signal only, nearest first.

    ``التي كان لديها مليارات من النقدية ومعادلاتها اعتبارا من نهاية ديسمبر`` reads past by ``كان``.
    """
    left = t[max(0, lo - _FAR) : lo]
    b = _LAST_BOUNDARY.search(left)
    if b is not None:
        left = left[b.end() :]
    lw = _WORD.findall(left)
    if lw and lo < len(t) and t[lo - 1 : lo + 1].isalnum():
        lw.pop()  # a word cut by the window's edge
    for w in reversed(lw):
        if w in words.complementizers:
            break
        c = _classify(w, words)
        if c == 2:
            return 1
        if c == -1:
            return -1
    return 0
