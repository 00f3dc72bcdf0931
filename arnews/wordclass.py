"""Closed word classes: the small fixed sets of words the grammar reads, as data.

``arnews/data/function_words.tsv`` (prepositions, negations, pronouns, ranks, clause links) and
``arnews/data/dates/words.tsv`` (the date scan's words, units, ordinals, seasons, era marks) hold one
row per ``class``/``word`` (and a ``value`` for tables), in proper spelling; this module reads them
through the one registry (:func:`arnews.data.records`) and folds their words with the one fold
(:func:`arnews.fold.fold`). It sits above both, so the registry never imports the fold (whose
character tables it serves).
"""

from __future__ import annotations

import functools

from .data import records
from .fold import fold

__all__ = ["DATE_WORDS", "FUNCTION_WORDS", "word_class", "word_classes", "word_list", "word_table"]


#: The data file of the closed word classes the grammar reads (function words).
FUNCTION_WORDS = "function_words.tsv"
#: The data file of the words the date scan, grammar and resolver read (with a ``value`` column for tables).
DATE_WORDS = "dates/words.tsv"


@functools.cache
def _folded_rows(name: str) -> tuple[tuple[str, str, str], ...]:
    """``(class, folded word, value)`` for every row of a word-class data file, in file order.

    The ``word`` column is folded with :func:`arnews.fold.fold` in one call (a line is a word: the
    view never joins lines), so reading a file costs one fold, not one per word.
    """
    body = records(name)
    cells = [row.get("word", "") for row in body]
    folded = fold("\n".join(cells), strip=False).split("\n")
    if len(folded) != len(cells):  # (kept safe all the same)
        folded = [fold(w) for w in cells]
    return tuple((row["class"].strip(), word.strip(), (row.get("value") or "").strip())
                 for row, word in zip(body, folded, strict=True) if word.strip())


@functools.cache
def word_classes(name: str = FUNCTION_WORDS) -> dict[str, tuple[str, ...]]:
    """The folded words of a ``class``/``word`` TSV data file by class, each class in file order.

    Every word is folded with :func:`arnews.fold.fold` (proper spelling in the file, the analysis
    view's spelling out); a class's duplicates are kept once. Read once per file.

    >>> word_classes()["negation"][:3]
    ('لم', 'لن', 'لا')
    """
    out: dict[str, dict[str, None]] = {}
    for cls, word, _ in _folded_rows(name):
        out.setdefault(cls, {})[word] = None
    return {cls: tuple(words) for cls, words in out.items()}


def word_list(cls: str, name: str = FUNCTION_WORDS) -> tuple[str, ...]:
    """The folded words of one class of a word-class data file, in file order (``KeyError`` for an unknown class).

    >>> word_list("topic_particle")
    ('اما', 'واما')
    """
    return word_classes(name)[cls]


def word_class(cls: str, name: str = FUNCTION_WORDS) -> frozenset[str]:
    """The folded words of one class of a word-class data file, as a set (``KeyError`` for an unknown class).

    >>> "علي" in word_class("preposition")
    True
    """
    return frozenset(word_list(cls, name))


def word_table(cls: str, name: str = DATE_WORDS) -> dict[str, str]:
    """The folded words of one class of a word-class data file with their ``value`` cell (the first row of a
    word wins), for the classes that map a word to something (a unit, an ordinal).

    >>> word_table("period_unit")["اسبوع"]
    'week'
    """
    out: dict[str, str] = {}
    for c, word, value in _folded_rows(name):
        if c == cls:
            out.setdefault(word, value)
    if not out:
        raise KeyError(cls)
    return out
