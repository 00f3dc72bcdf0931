"""Arabic number words and ordinals → ``int``.

The tables live in ``arnews/data/dates/numbers.tsv`` and ``ordinals.tsv`` (proper spelling),
folded at load time with the analysis preset so they match the normalised view.

>>> parse_number("ثلاثة وعشرين")
23
>>> parse_ordinal("الحادي والعشرين")
21
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..data import rows
from ..fold import fold as _fold
from ..wordclass import DATE_WORDS, word_class

if TYPE_CHECKING:
    from pathlib import Path

_TEN = word_class("ten_word", DATE_WORDS)

__all__ = [
    "DATA_DIR",
    "data_file",
    "fold",
    "fold_pattern",
    "number_pattern",
    "number_words",
    "ordinal_pattern",
    "ordinal_words",
    "parse_number",
    "parse_ordinal",
    "read_tsv",
    "trie_alt",
]

#: The directory of the date lexicons and tables (a plain path: ``pathlib`` stays off the import path).
DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "dates")


def __getattr__(name: str) -> Path:
    """``DATA``: :data:`DATA_DIR` as a :class:`pathlib.Path` (made on first use)."""
    if name == "DATA":
        from pathlib import Path

        return Path(DATA_DIR)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def data_file(name: str) -> str:
    """The path of the date table ``name`` (``"heads.json"``)."""
    return os.path.join(DATA_DIR, name)


def fold(s: str) -> str:
    """Fold a lexicon entry the way the analysis view folds text (``"أيلول"`` → ``"ايلول"``).

    The registry's fold (:func:`arnews.fold.fold`) with ``lazy=True, strip=False``: text that is
    already folded (what the grammar reads off the view) is returned as it is.
    """
    return _fold(s, strip=False, lazy=True)


_SRC = str.maketrans({"ى": "ي", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي"})


_SRC_PAIRS = tuple((chr(k), v) for k, v in _SRC.items())


def fold_pattern(src: str) -> str:
    """Fold the Arabic letters of a regex source (or a word) like the view: ``"حتى"`` → ``"حتي"``.

    ``src.translate(_SRC)`` as one replacement per letter (no letter is replaced by one that is
    replaced in turn), which is many times faster on the grammar's long sources.
    """
    for a, b in _SRC_PAIRS:
        if a in src:
            src = src.replace(a, b)
    return src


def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV file under ``data/dates`` (comments and blank lines skipped): :func:`arnews.data.rows`."""
    return rows("dates/" + name)


@cache
def _numbers() -> dict[str, tuple[int, str]]:
    return {fold(w): (int(v), t) for w, v, t in read_tsv("numbers.tsv")}


@cache
def _ordinals() -> dict[str, int]:
    return {fold(w): int(v) for w, v in read_tsv("ordinals.tsv")}


def number_words() -> frozenset[str]:
    """The folded cardinal number words of the lexicon."""
    return frozenset(_numbers())


def ordinal_words() -> frozenset[str]:
    """The folded ordinal words of the lexicon (without the article)."""
    return frozenset(_ordinals())


def trie_alt(words: object) -> str:
    """A regex alternation of ``words`` factored as a trie (a space matches ``\\s+``).

    Matching costs the length of the word, not the number of words; longer words are tried
    first, as in a longest-first alternation.

    >>> trie_alt(["شهر", "شهرين", "شهور"])
    'شه(?:ر(?:ين)?|ور)'
    """
    ws = sorted({str(x) for x in words})  # type: ignore[attr-defined]
    return _emit(ws, 0, len(ws), 0) if ws else ""


#: Each character as a trie writes it (escaped once, not once per node: a first call builds the grammar).
_PIECES: dict[str, str] = {" ": r"\s+"}


def _piece(ch: str) -> str:
    piece = _PIECES.get(ch)
    if piece is None:
        piece = _PIECES[ch] = regex.escape(ch)
    return piece


def _emit(ws: list[str], lo: int, hi: int, d: int) -> str:
    """The trie node of the sorted words ``ws[lo:hi]``, which share their first ``d`` characters.

    The children are the runs of words by their next character (in order); a run of one word is
    its rest, written out (a chain of single children in the trie).
    """
    end = len(ws[lo]) == d  # the word that ends here sorts first
    if end:
        lo += 1
    if lo == hi:
        return ""
    if hi - lo == 1:
        branches = ["".join(map(_piece, ws[lo][d:]))]
    else:
        branches = []
        i = lo
        while i < hi:
            ch = ws[i][d]
            j = i + 1
            while j < hi and ws[j][d] == ch:
                j += 1
            branches.append(_piece(ch) + _emit(ws, i, j, d + 1))
            i = j
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


def _alt(words: list[str]) -> str:
    return trie_alt(words)


@cache
def number_pattern() -> str:
    """A regex fragment for a cardinal number in words (``ثلاث``, ``خمسة وعشرين``, ``ألفين وسبعة``)."""
    words = _alt(list(_numbers()))
    one = rf"(?:{words})(?!\w)"
    return rf"(?:{one}(?:\s+(?:و\s*)?{one}){{0,7}})"


@cache
def ordinal_pattern() -> str:
    """A regex fragment for an ordinal day (``الأول``, ``الثاني عشر``, ``الحادي والعشرين``)."""
    ords = _alt(list(_ordinals()))
    tens = "عشرين|عشرون|ثلاثين|ثلاثون"
    return (
        rf"(?:(?:ال)?(?:{ords})(?:\s+عشر[ه]?)?(?:\s+و\s*(?:ال)?(?:{tens}))?(?!\w)"
        rf"|(?:ال)?(?:{tens})(?!\w))"
    )


def _strip_wa(tok: str, table: Mapping[str, object]) -> str:
    if tok not in table and tok.startswith("و") and tok[1:] in table:
        return tok[1:]
    return tok


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or in words; ``None`` if it is not one.

    >>> parse_number("ألفين وسبعة وعشرين")
    2027
    >>> parse_number("12")
    12
    """
    t = fold(text).strip()
    if t.isdigit():
        return int(t)
    table = _numbers()
    total = current = 0
    seen = False
    for raw in t.split():
        if raw == "و":
            continue
        tok = _strip_wa(raw, table)
        hit = table.get(tok)
        if hit is None:
            return None
        v, kind = hit
        seen = True
        if kind in ("unit", "few"):
            current += v
        elif kind == "teen":
            current += 10
        elif kind == "ten":
            current += v
        elif kind == "hundred":
            current = current * 100 if 0 < current < 10 and v == 100 else current + v
        elif kind == "thousand":
            total += v if current == 0 else current * 1000
            current = 0
        elif kind == "thousands":
            total += max(current, 1) * 1000
            current = 0
    return total + current if seen else None


def parse_ordinal(text: str) -> int | None:
    """The value of an ordinal day written in words (``"الثاني عشر"`` → 12); ``None`` otherwise."""
    t = fold(text).strip()
    ords, nums = _ordinals(), _numbers()
    value = 0
    seen = False
    for raw in t.split():
        if raw == "و":
            continue
        tok = raw[1:] if raw.startswith("و") and len(raw) > 2 else raw
        tok = tok[2:] if tok.startswith("ال") else tok
        if tok in ords:
            value += ords[tok]
        elif tok in _TEN:
            value += 10
        elif tok in nums and nums[tok][1] == "ten":
            value += nums[tok][0]
        else:
            return None
        seen = True
    return value if seen else None
