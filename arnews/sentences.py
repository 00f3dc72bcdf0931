"""Sentence splitting for Arabic news.

The splitter works on the normalised analysis view (:func:`arnews.normalize.analysis_view`) and
returns spans of the caller's original text. One compiled pattern finds the candidates (line
breaks and runs of terminators ``. ! ? ؟ …``), a second one reads what follows a run (closing
quotes and brackets, a period after them, emoji), and a few rules that look at most one word back
and one word forward decide each candidate, so the pass is linear in the text:

* a line break always ends a sentence (headlines, datelines on their own line, captions, list
  items, paragraphs);
* ``؛`` ``:`` and ``،`` never end a sentence; a terminator must be followed by a space, a line
  break, the end of the text, or (a missing space between two Arabic words) the next word;
* a terminator followed by a closing quote ends the sentence after the quote (and after a ``.``
  that follows it), unless the quote's attribution follows (``«...»، قال`` / ``«...» قال``); a
  mark standing after a space closes only a quotation the sentence opened (``« ... »``, Al-Hayat's
  ``» ... «``);
* *weak* boundaries end a sentence only when a new sentence plainly starts after them (a
  reporting verb with ``و``/``ف``, a question word, a line break; after an ellipsis or ``إلخ.`` also
  ``و``/``ف`` with any content word): an ellipsis, and a period
  after an abbreviation (``د.`` ``أ.د.`` ``إلخ.`` ``U.S.``), an initial (``جورج و. بوش``,
  ``جون إف. كينيدي``) or a list number (``1.``);
* terminators right after an opening bracket (``(...)``, ``(!)``) never end a sentence, nor does a
  terminator closing a parenthesis opened inside the sentence.

Decimals, dates and times (``3.5``, ``12.9.2023``, ``10:30``), URLs and e-mail addresses never
offer a candidate: their periods are followed by a digit or a letter.

>>> [s.text for s in split_sentences("قال د. أحمد: «نعمل بجد. النتائج قريبة». وغادر.")]
['قال د. أحمد: «نعمل بجد.', 'النتائج قريبة».', 'وغادر.']
"""

from __future__ import annotations

import re as stdlib_re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import _compiled
from .data import rows
from .fold import fold
from .lexicon import Lexicon, shipped_perfects
from .normalize import analysis_view
from .spans import Span, TextView, check_text

__all__ = ["bounds_to_spans", "sentence_bounds", "split_sentences", "split_view"]

_TERM = ".!?؟…‼⁇⁈⁉۔"
_QUOTE_CLOSE = "\"'”’»«›‹“‘"  # after a terminator any mark closes (“ ‘ too: some writers reverse them)
_BRACKET_CLOSE = ")]}"
_CLOSE = _QUOTE_CLOSE + _BRACKET_CLOSE
_EMOJI = r"\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\uFE0F\u200D\u20E3"
_AR_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"

# Candidates: a line break, or a run of terminators (never restarting inside a run).
_SCAN = _compiled.compile(rf"\n|(?<![{_TERM}])[{_TERM}]++")


# What may follow a terminator run: closing quotes/brackets, one of them possibly after a space
# (Al-Hayat sets »...« and some papers « ... » with spaces inside), a period after them, emoji;
# then whitespace, the end, or an Arabic letter (a missing space). Matched only where _SCAN found
# a run; all quantifiers are possessive, so the scan is linear. _TAIL_UNSPACED is the same without
# the spaced mark, for when that mark turns out to open the next quotation.
def _tail_pattern(spaced: bool) -> regex.Pattern[str]:
    close, quote = regex.escape(_CLOSE), regex.escape(_QUOTE_CLOSE)
    mark = rf"[ ][{quote}](?=[\s.،,;؛:]|\Z)" if spaced else "(?!)"
    return _compiled.compile(
        rf"""
        (?P<close>[{close}]*+)
        (?P<spaced>{mark})?+
        (?P<close2>[{close}]*+)
        (?P<dot>(?<=[{close}])\.(?![{_TERM}]))?+
        (?P<emoji>(?:[ ]?(?:(?![©®™])[{_EMOJI}])++)*+)
        (?=\s|\Z|(?P<glued>[{_AR_LETTER}]))
        """,
        regex.VERBOSE,
    )


_TAIL = _tail_pattern(spaced=True)
_TAIL_UNSPACED = _tail_pattern(spaced=False)
_QUOTE_WINDOW = 2000  # how far back quotation marks are counted to tell an opening mark from a closing one
_OTHER_MARK = {"«": "»", "»": "«", "‹": "›", "›": "‹", "“": "”", "‘": "’"}


def _spaced_mark_closes(t: str, mark: str, a: int, seg_start: int) -> bool:
    """Whether a quotation mark standing after a space closes the quotation the sentence holds.

    ``«`` closes after an unmatched ``»`` (Al-Hayat), ``»`` after an unmatched ``«`` (and so for
    ``‹ ›`` and a reversed ``“``/``‘``); a straight quote closes after an odd number of them;
    ``”`` and ``’`` always close.
    """
    lo = max(seg_start, a - _QUOTE_WINDOW)
    other = _OTHER_MARK.get(mark)
    if other:
        return t.count(other, lo, a) > t.count(mark, lo, a)
    if mark in "\"'":
        return t.count(mark, lo, a) % 2 == 1
    return True


_ELLIPSIS = _compiled.compile(r"(?:\.{3,}|…)++")
_DOTTED = _compiled.compile(r"(?:\p{L}{1,2}\.)++\p{L}{1,3}")
_ARABIC_WORD = _compiled.compile(rf"[{_AR_LETTER}]{{2,}}")
_TWO_ARABIC_LETTERS = _compiled.compile(rf"[{_AR_LETTER}]{{2}}")
_LOWER = _compiled.compile(r"\p{Ll}")
_LATIN = _compiled.compile(r"[A-Za-z]")
_BRAND = _compiled.compile(r"[A-Z][A-Za-z0-9]{1,20}")
_OPEN_STRIP = "\"'“‘«»„‹›([{"
_WORD_STRIP = "\"'“”‘’«»„‹›()[]{}.,،؛:!?؟…"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The word lists the rules consult, folded to the analysis view."""

    abbreviations: frozenset[str]
    openers: frozenset[str]
    continuations: frozenset[str]
    domains: frozenset[str]
    list_words: frozenset[str]
    particles: frozenset[str]
    finals: frozenset[str]
    special: frozenset[str]  # abbreviations and list words: the fast path leaves them to the full rules


def _lexicon_for(lexicon: Lexicon | None) -> _Lexicon:
    """The splitter's word lists with the reporting verbs of ``lexicon`` (the shipped one by default)."""
    return _lexicon(shipped_perfects() if lexicon is None else lexicon.perfects)


@lru_cache(maxsize=16)
def _lexicon(perfects: frozenset[str] | None = None) -> _Lexicon:
    """The word lists, with the reporting verbs' perfects (``قال``, ``قالت``) of the reporting lexicon.

    ``perfects`` are :attr:`arnews.lexicon.Lexicon.perfects` (the shipped lexicon's by default):
    a verb added to ``reporting_cues.tsv`` or a user's lexicon reaches the splitter as it reaches
    attribution. ``verb`` rows of ``sentence_cues.tsv`` add verbs that are no reporting cue (كان).
    """
    abbreviations = frozenset(fold(row[0]) for row in rows("abbreviations.tsv"))
    sets: dict[str, set[str]] = {k: set() for k in ("opener", "continuation", "domain", "list", "particle", "final")}
    openers, continuations = sets["opener"], sets["continuation"]
    if perfects is None:
        return _lexicon(shipped_perfects())
    verbs = set(perfects)
    for row in rows("sentence_cues.tsv"):
        word, kind = fold(row[0]), row[1].strip()
        if kind == "verb":
            verbs.update((word, (word[:-1] if word[-1] in "يا" else word) + "ت"))
        elif kind == "question":
            openers.update((word, "و" + word, "ف" + word))
        elif kind in sets:
            sets[kind].add(word)
        else:  # pragma: no cover - guarded by a test on the data file
            raise ValueError(f"sentence_cues.tsv: unknown kind {kind!r}")
    continuations.update(verbs)
    openers.update(p + f for p in "وف" for f in verbs)
    return _Lexicon(
        abbreviations=abbreviations,
        openers=frozenset(openers),
        continuations=frozenset(continuations),
        domains=frozenset(sets["domain"]),
        list_words=frozenset(sets["list"]),
        particles=frozenset(sets["particle"]),
        finals=frozenset(sets["final"]),
        special=abbreviations | frozenset(sets["list"]),
    )


_WINDOW = 64  # how far back a token, or forward the next word, is looked for (keeps each look O(1))
_PAREN_WINDOW = 1000  # how far back the opening bracket of a closing one is looked for
_NEXT_WORD = _compiled.compile(r"[^\S\n]*+([^\s]{0,64})")
_NONSPACE = _compiled.compile(r"\S")


def _next_word(t: str, i: int) -> str:
    """The word at ``i`` (after any spaces, never past a line break), stripped of quotes and punctuation."""
    m = _NEXT_WORD.match(t, i)
    return m.group(1).strip(_WORD_STRIP) if m else ""


def _opens_item(t: str, line_start: int, tok_start: int) -> bool:
    """Whether the token at ``tok_start`` opens a line (blanks before it allowed) or follows a colon or a semicolon."""
    if tok_start - line_start <= 64 and not t[line_start:tok_start].strip():
        return True  # at the start of the line, maybe after blanks (a bounded look)
    return t[max(line_start, tok_start - 8) : tok_start].rstrip().endswith((":", "؛"))


def _is_list_number(t: str, token: str, line_start: int, tok_start: int) -> bool:
    """``1.`` opening a line or following a colon, or ``3.`` after ``2. `` earlier on the line."""
    if _opens_item(t, line_start, tok_start):
        return True
    k = int(token)
    if k < 2:
        return False
    before = t[max(line_start, tok_start - 400) : tok_start]
    prev = f"{k - 1}. "
    return before.startswith(prev) or f" {prev}" in before or f":{prev}" in before


def _is_weak_token(t: str, line_start: int, a: int, tok_start: int, lex: _Lexicon) -> bool:
    """Whether the period at ``a`` closes an abbreviation, an initial or a list number."""
    token = t[tok_start:a].lstrip(_OPEN_STRIP)
    if not token:
        return False
    if len(token) == 1 and token.isalpha():
        return True
    if token in lex.abbreviations or _DOTTED.fullmatch(token):
        return True
    if len(token) <= 3 and token.isdigit() and token.isascii():
        return _is_list_number(t, token, line_start, tok_start)
    if token in lex.list_words:
        return _opens_item(t, line_start, tok_start)  # أولا. خفض الضرائب
    if token[0] in "وف":
        # a title after the conjunction: ود. سارة، وم. أحمد، وأ.د. خالد
        rest = token[1:]
        return (len(rest) == 1 and rest.isalpha()) or _DOTTED.fullmatch(rest) is not None
    return False


def _may_end_sentence(t: str, line_start: int, a: int, tok_start: int, lex: _Lexicon) -> bool:
    """Whether the abbreviation before the period at ``a`` may itself end a sentence.

    ``إلخ.``, ``ق.م.``, ``Inc.`` (listed as ``final``) and an era letter after a year
    (``عام 1950 م.``, ``1445 هـ.``) may; titles and initials (``د.``, ``جون إف.``) never do.
    """
    token = t[tok_start:a].lstrip(_OPEN_STRIP)
    if token in lex.finals:
        return True
    if token in ("م", "ه") and tok_start > line_start:
        before = t[max(line_start, tok_start - 12) : tok_start].split()
        return bool(before) and before[-1].isdigit()
    return False


_DEFINITE = ("ال", "بال", "لل", "كال")


def _opens_clause(word: str, lex: _Lexicon) -> bool:
    """Whether ``word`` after an ellipsis opens a new clause: و/ف and a content word.

    ``... وغادر الجميع``, ``... فنستفيد``: a conjunction with a verb (or another content word)
    starts a sentence; with a function word or a definite noun it carries the sentence on
    (``... ولكنها``, ``... وهي``, ``... والأدق``).
    """
    if len(word) < 4 or word[0] not in "وف" or not word.isalpha():
        return False
    rest = word[1:]
    if rest.startswith(_DEFINITE) or rest in lex.particles or rest in lex.continuations:
        return False
    return "\u0621" <= rest[0] <= "\u064a" and len(rest) <= 8


def _decide(
    t: str, a: int, b: int, tail: regex.Match[str] | None, seg_start: int, line_start: int, lex: _Lexicon
) -> bool:
    """Whether the terminator run ``t[a:b]`` ends the sentence begun at ``seg_start``.

    ``tail`` is the :data:`_TAIL` match at ``b``; ``None`` stands for an empty one before a space.
    """
    e = tail.end() if tail else b
    if e >= len(t) or t[e] == "\n":
        return True
    term = t[a:b]
    if tail:
        close1, spaced, close2, dot, emoji, glued = tail.group("close", "spaced", "close2", "dot", "emoji", "glued")
        close = close1 + (spaced or "") + close2
    else:
        close, dot, emoji, glued = "", "", "", None
    if not _NONSPACE.search(t, seg_start, a):
        return False  # a run that opens the sentence ("... وقال") ends nothing
    prev = t[a - 1] if a else "\n"
    if prev in "([{" or (prev == " " and a > 1 and t[a - 2] in "([{"):
        return False  # (...) ( … ) an elision, (!) (؟) an aside
    sp = t.rfind(" ", max(line_start, a - _WINDOW), a)
    tok_start = sp + 1 if sp >= 0 else max(line_start, a - _WINDOW)
    if glued is not None:
        # "الوزير.وأضاف": a missing space between two Arabic words; never after a single letter
        # (ق.م), after an ellipsis, or around a closing mark.
        if close or emoji or "…" in term or "..." in term:
            return False
        w_start, w_end = tok_start, a
        if term == "." and a > tok_start + 1 and t[a - 1] in _QUOTE_CLOSE:  # «...».وأضاف: a quotation's period
            w_end -= 1
            w_start += t[tok_start] in _QUOTE_CLOSE  # («سنعود».وغادر: a one-word quotation)
        if not _ARABIC_WORD.fullmatch(t, w_start, w_end) or not _TWO_ARABIC_LETTERS.match(t, e):
            return False
        if _next_word(t, e) in lex.domains:
            return False  # العربية.نت: an Arabic web address
    if dot:
        return True  # «...؟». / (...!). : the period after the closing mark ends it
    nxt = _next_word(t, e)
    if close:
        closing = close.strip()
        if closing[0] in _BRACKET_CLOSE:
            # a terminator closing a parenthesis: a sentence only if the parenthesis opened it
            p = t.rfind("(", max(seg_start, a - _PAREN_WINDOW), a)
            if p >= 0 and _NONSPACE.search(t, seg_start, p):
                return False
        if nxt in lex.continuations:
            return False  # «...»، قال الوزير / «...» قال الوزير
        if "." not in term and "…" not in term:
            return True
    if term[0] == ".":
        if len(term) == 1:
            weak = _is_weak_token(t, line_start, a, tok_start, lex)
            if weak and _may_end_sentence(t, line_start, a, tok_start, lex):
                return nxt in lex.openers or _opens_clause(nxt, lex)  # إلخ. وارتفعت الأسعار
            if not weak and _LATIN.search(t, tok_start, a) and _LOWER.match(nxt):
                weak = True  # "e.g. the", "approx. five": Latin text goes on in lower case
        elif not close and _ELLIPSIS.fullmatch(term):
            return nxt in lex.openers or _opens_clause(nxt, lex)
        else:
            weak = False
    elif term[0] == "…":
        if not close and _ELLIPSIS.fullmatch(term):
            return nxt in lex.openers or _opens_clause(nxt, lex)
        weak = False
    else:
        # "Wow! what a day": Latin text going on in lower case after a ! or ?
        weak = not close and _LOWER.match(nxt) is not None and _LATIN.search(t, tok_start, a) is not None
        if not weak and not close and term == "!" and _BRAND.fullmatch(t, tok_start, a):
            # شركة Yahoo! خدمة: one Latin word with ! inside Arabic text is a name (Yahoo!, Jeopardy!)
            before = t[max(line_start, tok_start - _WINDOW) : tok_start].split()
            weak = bool(before) and _ARABIC_WORD.search(before[-1]) is not None and before[-1][-1] != ":"
    if weak:
        return nxt in lex.openers
    return True


def _check_view(v: object) -> None:
    if not isinstance(v, TextView):
        raise TypeError(f"expected a TextView (arnews.normalize.analysis_view(text)), not {type(v).__name__}")


def sentence_bounds(v: TextView, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """Sentences as half-open ``(start, end)`` offsets into ``v.text`` (the normalised view), trimmed.

    ``lexicon`` (a :class:`arnews.lexicon.Lexicon`, the shipped one by default) gives the reporting
    verbs that carry a sentence on after a closing quote (``«...»، قالت``) or open one after
    ``و``/``ف``: a verb a user adds reaches the splitter as it reaches attribution.

    >>> from arnews.normalize import analysis_view
    >>> v = analysis_view("وصل د. أحمد إلى القاهرة. وقال إن الزيارة ناجحة.")
    >>> [v.text[i:j] for i, j in sentence_bounds(v)]
    ['وصل د. احمد الي القاهره.', 'وقال ان الزياره ناجحه.']
    """
    _check_view(v)
    t = v.text
    n = len(t)
    lex = _lexicon_for(lexicon)
    special = lex.special
    tail_at = _TAIL.match
    out: list[tuple[int, int]] = []
    append = out.append
    start = line_start = 0
    for m in _SCAN.finditer(t):
        a, b = m.span()
        if t[a] == "\n":
            end = a
            line_start = b
        elif b >= n or t[b] == "\n":
            end = b  # a terminator closing a line or the text
        elif (
            t[b] == " "
            and b - a == 1
            and t[a] == "."
            and (c := t[b + 1 : b + 2]) not in _QUOTE_CLOSE
            and (c < "\u00a9" or "\u0600" <= c < "\u0700")
        ):
            # fast path for the common ". " (nothing closes it; no emoji follows): a plain
            # Arabic word before it ends the sentence; anything else goes through _decide
            end = b
            sp = t.rfind(" ", max(line_start, a - _WINDOW), a)
            token = t[sp + 1 : a] if sp >= 0 else ""
            plain = len(token) > 1 and token.isalpha() and token[0] >= "\u0621" <= token[-1]
            plain = plain and token not in special and (len(token) > 2 or token[0] not in "وف")
            # «...». (...). 2023. : a period after a closing mark or a year
            plain = plain or (token[-1:] in _CLOSE and len(token) > 1) or (len(token) > 3 and token.isdigit())
            if not plain and not _decide(t, a, b, None, start, line_start, lex):
                continue
        else:
            c = t[b]
            if c.isalnum() and not "\u0621" <= c <= "\u06d3":
                continue  # 3.5, www.example.com, U.S.A: no boundary inside a token
            tail = tail_at(t, b)
            if (
                tail is not None
                and tail.group("spaced")
                and not _spaced_mark_closes(t, tail.group("spaced")[1], a, start)
            ):
                tail = _TAIL_UNSPACED.match(t, b)  # « after a space opens the next quotation
            if tail is None or not _decide(t, a, b, tail, start, line_start, lex):
                continue
            end = tail.end()
        # the sentence [start, end) without the whitespace around it (inlined: runs per sentence)
        i, j = start, end
        while i < j and t[i].isspace():
            i += 1
        while j > i and t[j - 1].isspace():
            j -= 1
        if j > i:
            append((i, j))
        start = end
    _trim_into(t, start, n, out)
    return out


def _trim_into(t: str, i: int, j: int, out: list[tuple[int, int]]) -> None:
    while i < j and t[i].isspace():
        i += 1
    while j > i and t[j - 1].isspace():
        j -= 1
    if j > i:
        out.append((i, j))


def split_view(v: TextView, lexicon: Lexicon | None = None) -> list[Span]:
    """Sentence spans of ``v.original`` for a prepared view (what :func:`arnews.parse` calls).

    >>> from arnews.normalize import analysis_view
    >>> [s.text for s in split_view(analysis_view("عاجل\\nوصل الوفد. وبدأت المحادثات."))]
    ['عاجل', 'وصل الوفد.', 'وبدأت المحادثات.']
    """
    return bounds_to_spans(v, sentence_bounds(v, lexicon))


def bounds_to_spans(v: TextView, bounds: Iterable[tuple[int, int]]) -> list[Span]:
    """Map :func:`sentence_bounds` of ``v`` to spans of ``v.original``.

    Each span is :meth:`TextView.span` of a bound, widened over characters that normalisation
    dropped between sentences (bidi marks, a stray diacritic), so that every non-space character of
    the original lies in some span. A caller that needs both the bounds and the spans computes the
    bounds once and maps them here.

    >>> from arnews.normalize import analysis_view
    >>> v = analysis_view("\u200fوصل الوفد. وبدأت المحادثات.")
    >>> [s.text for s in bounds_to_spans(v, sentence_bounds(v))]
    ['\u200fوصل الوفد.', 'وبدأت المحادثات.']
    """
    _check_view(v)
    original = v.original
    offsets = v.offsets
    out: list[Span] = []
    prev = 0
    for i, j in bounds:
        start = offsets[i]
        end = offsets[j - 1] + 1
        if offsets[j] > end and not original[end].isspace():
            end = v.orig_end(j)  # characters dropped by normalisation at the end
        while start < end and original[start].isspace():  # \x1c-\x1f: blanks to Python, not to the patterns
            start += 1
        while end > start and original[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if start > prev and not original[prev:start].isspace():
            start = _place_gap(original, prev, start, out)
        out.append(Span(start, end, original[start:end]))
        prev = end
    if prev < len(original) and not original[prev:].isspace():
        _place_gap(original, prev, len(original), out)
    return out


# Python's blanks (str.isspace), which include \x1c-\x1f where the regex module's \s does not
_WORD_RUN = _compiled.compile(r"[^\s\x1c-\x1f]+")
_LINE_BREAK = _compiled.compile(r"(?:[^\S \t\u00a0\u2000-\u200a\u202f\u205f\u3000]|[\x1c-\x1e])+")


def _place_gap(original: str, a: int, b: int, out: list[Span]) -> int:
    """Place the non-space characters that normalisation dropped between ``a`` and ``b``.

    A piece on the line of the sentence after opens it (the return value is its new start, else
    ``b``); a piece on the line of the span before joins that span; a piece on a line of its own
    is a span of its own. No span crosses a line break.
    """
    breaks = [m.start() for m in _LINE_BREAK.finditer(original, a, b)]
    for m in _WORD_RUN.finditer(original, a, b):
        s, e = m.span()
        if b < len(original) and bisect_left(breaks, e) == len(breaks):  # same line as the next sentence
            return s
        if out and bisect_left(breaks, out[-1].end) == bisect_left(breaks, s):  # same line as the span before
            first = out.pop().start
            out.append(Span(first, e, original[first:e]))
        else:
            out.append(Span(s, e, original[s:e]))
    return b


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans of the original string, in order, trimmed, never overlapping.

    A long text is split in pieces (:func:`_in_pieces`) with the same result.

    >>> [s.text for s in split_sentences("قال الوزير: «لن نتراجع. القرار نهائي».")]
    ['قال الوزير: «لن نتراجع.', 'القرار نهائي».']
    >>> [s.text for s in split_sentences("وُلد جون إف. كينيدي عام 1917. واغتيل عام 1963.")]
    ['وُلد جون إف. كينيدي عام 1917.', 'واغتيل عام 1963.']
    """
    check_text(text)
    if len(text) > 2 * _PIECE:
        return _in_pieces(text, _cuts(text, _PIECE))
    return split_view(analysis_view(text))


# --------------------------------------------------------------------------- long texts, in pieces
#
# A long text is split piece by piece, each piece small enough for its view (a string and a
# 4-byte offset per character) to stay in the processor's cache; one view of 10 MB would cost
# more per megabyte than one of 1 MB. A cut falls where the result cannot depend on it:
#
# * after a line break followed by a character that normalisation keeps as one non-blank
#   character (:data:`_STABLE`), or by blanks up to another line break: a line break always
#   ends a sentence, and no rule looks back past the start of its line, nor forward past the end
#   of it, so each side reads as it would whole (the dropped characters between two sentences
#   are placed by line too);
# * inside a sentence, between two such characters, in a quiet zone: no line break and no
#   terminator within :data:`_ZONE` characters of the view on either side, so every rule's
#   window (at most ``_QUOTE_WINDOW`` back, a word forward) stays on its own side; and either a
#   character in the zone before the cut that no tail can cross (:data:`_TAIL_STOP`), or no
#   terminator at all in the piece before the zone, keeps the tail of any terminator before the
#   zone (``.»»»...``), and the word after that tail, on the left. The sentence across the cut
#   is the last of one piece and the first of the next, joined.
#
# Normalisation is per character but for whitespace runs and ``٫`` ``٬`` between digits; neither
# crosses a cut between two stable characters, so the views of the pieces are the slices of
# the view of the whole. A zone is checked on the view of the text around the cut (``_PROBE``
# characters each side), since normalisation may remove characters (the zone then is shorter
# in the view) or turn some into terminators.

#: Texts longer than twice this are split in pieces of about this length (tests lower it).
_PIECE = 1 << 18
#: Characters that normalisation keeps as one non-blank character whatever their neighbours
#: (checked by a test): letters, digits, quotation marks, ``- / :``. A cut falls between two.
_STABLE = frozenset(
    [chr(c) for c in (*range(0x621, 0x63B), *range(0x641, 0x64B), *range(0x660, 0x66A))]
    + list("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz«»“”„‹›\"'-/:")
)
_STABLE_PAIR = stdlib_re.compile("[" + stdlib_re.escape("".join(sorted(_STABLE))) + "]{2}")
#: The characters of an original text that become a line break or a terminator in its view
#: (``٫`` between digits becomes ``.``); a test checks every code point.
_LINE_BREAKS = "\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"  # the blanks that become "\n" in a view
_LOUD = _TERM + _LINE_BREAKS + "\u066b"
_ODD_BLANKS = "\x1c\x1d\x1e\x1f"  # blanks for str.isspace, not for \s (a test checks every code point)
#: View characters around a cut inside a sentence with no candidate (beyond ``_QUOTE_WINDOW``,
#: ``_PAREN_WINDOW`` and the 400 characters a list number looks back).
_ZONE = _QUOTE_WINDOW + 200
_CANDIDATE = _compiled.compile(rf"[{_TERM}\n]")
#: A character that no tail (:func:`_tail_pattern`) reads over.
_TAIL_STOP = _compiled.compile(rf"[^\s{regex.escape(_CLOSE)}.{_EMOJI}©®™]")
_PROBE = _ZONE + 2 * _WINDOW + 2000  # characters each side of a cut whose view is checked
_NEAR = 1 << 13  # how far after a target a line break is looked for
_NEWLINES_TRIED = 64  # line breaks tried there, at most
_TRIES = 2  # views made to check zones, at most, per target
_WINDOWS_TRIED = 4  # zones looked for, at most, per target


def _cuts(text: str, size: int) -> list[tuple[int, bool]]:
    """Where ``text`` is cut, about every ``size`` characters: ``(position, inside_a_sentence)``.

    After each target a line break is looked for in the next ``_NEAR`` characters, then a quiet
    zone in the next half piece; without either the piece grows by half a piece.
    """
    n = len(text)
    cuts: list[tuple[int, bool]] = []
    start = 0
    target = size
    blanks = not any(c in text for c in _ODD_BLANKS)
    while target < n - size:
        limit = min(target + size // 2, n - size)
        p = _newline_cut(text, target, min(target + _NEAR, limit), blanks)
        inside = p is None
        if p is None:
            p = _quiet_cut(text, start, target, limit)
        if p is None:
            target = limit + 1
            continue
        cuts.append((p, inside))
        start = p
        target = p + size
    return cuts


def _newline_cut(text: str, pos: int, limit: int, blanks: bool) -> int | None:
    """The position after a ``"\\n"`` in ``[pos, limit)`` where a piece may end, or ``None``.

    The ``"\\n"`` is followed by a stable character, or (when ``blanks``) by blanks up to another
    line break: the whole view has one ``"\\n"`` for the run, and each piece one (the piece after
    the cut opens with an empty line, which changes nothing). Characters dropped between two
    sentences are placed by the line they stand on, on either side, unless ``\\x1c``-``\\x1f``
    stand in the run: ``str.isspace`` calls them blanks, ``\\S`` a word (so ``blanks`` is false
    for a text holding any).
    """
    for _ in range(_NEWLINES_TRIED):
        i = text.find("\n", pos, limit)
        if i < 0:
            return None
        nxt = text[i + 1 : i + 2]
        if nxt in _STABLE:
            return i + 1
        if blanks and nxt.isspace():
            for c in text[i + 1 : i + 1 + _WINDOW]:
                if c in _LINE_BREAKS:
                    return i + 1
                if not c.isspace():
                    break
        pos = i + 1
    return None


def _last_loud(text: str, a: int, b: int) -> int:
    """The index of the last character of :data:`_LOUD` in ``text[a:b]``, or -1."""
    return max([text.rfind(c, a, b) for c in _LOUD])


def _quiet_cut(text: str, start: int, pos: int, limit: int) -> int | None:
    """A cut inside a sentence in ``[pos, limit)`` with a quiet zone around it, or ``None``.

    ``start`` is the start of the piece the cut ends. At most ``_WINDOWS_TRIED`` windows are
    looked at and ``_TRIES`` views made, so that a text with no cut costs little.
    """
    width = 2 * _ZONE + 2 * _WINDOW
    tries = _TRIES
    for _ in range(_WINDOWS_TRIED):
        if pos + width > limit or not tries:
            return None
        loud = _last_loud(text, max(0, pos - _ZONE), pos + width)
        if loud >= 0:
            pos = loud + 1 + _ZONE  # a zone starts after it
            continue
        m = _STABLE_PAIR.search(text, pos, pos + _ZONE // 2)
        if m is None:
            pos += width
            continue
        p = m.start() + 1
        if _zone_is_quiet(text, start, p):
            return p
        tries -= 1
        pos = p + _ZONE
    return None


def _zone_is_quiet(text: str, start: int, p: int) -> bool:
    """Whether the view of the text around ``p`` has a quiet zone around the cut (see above).

    ``start`` is the start of the piece the cut ends: when the zone has no tail stop, no line
    break or terminator may stand in the piece before the cut (the zone is quiet, so none in it).
    """
    lo = max(0, p - _PROBE)
    v = analysis_view(text[lo : p + _PROBE])
    t = v.text
    q = bisect_left(v.offsets, p - lo)  # the view index of text[p]
    a, b = q - _ZONE, q + _ZONE
    if a < 2 or b > len(t) - 2 or v.offsets[q] != p - lo:
        return False
    if _CANDIDATE.search(t, a, b) is not None:
        return False
    return _TAIL_STOP.search(t, a, q - 2 * _WINDOW) is not None or _last_loud(text, start, p) < 0


def _in_pieces(text: str, cuts: list[tuple[int, bool]]) -> list[Span]:
    """:func:`split_view` of the whole text, from the pieces between ``cuts`` (see above)."""
    out: list[Span] = []
    joined: list[int] = []  # indices in ``out`` of sentences joined across a cut (their text is made last)
    prev, inside = 0, False
    for end, next_inside in [*cuts, (len(text), False)]:
        spans = split_view(analysis_view(text[prev:end]))
        if prev:
            spans = [Span(s.start + prev, s.end + prev, s.text) for s in spans]
        if inside:
            first, last = spans[0], out[-1]
            if first.start != prev or last.end != prev:  # pragma: no cover - a zone guarantees it
                return split_view(analysis_view(text))
            out[-1] = Span(last.start, first.end, "")
            if not joined or joined[-1] != len(out) - 1:
                joined.append(len(out) - 1)
            spans = spans[1:]
        out.extend(spans)
        prev, inside = end, next_inside
    for k in joined:
        s = out[k]
        out[k] = Span(s.start, s.end, text[s.start : s.end])
    return out
