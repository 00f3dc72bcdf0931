"""The data registry: one reader for the package's data files and one fold for their words.

Every word list arnews uses is a file under ``arnews/data/`` (TSV or JSON, written in proper
spelling), read here once and cached:

* :func:`rows` — the rows of a TSV (or one-column text) file, ``#`` comment lines and blank lines
  skipped, each row split at tabs;
* :func:`records` — the same rows as dicts keyed by the file's header line;
* :func:`table` — a JSON file, parsed (treat the result as read-only: it is shared);
* :func:`word_class` / :func:`word_list` — the folded words of one class of a ``class``/``word`` TSV
  (by default ``function_words.tsv``, the closed classes of the grammar: prepositions, negations,
  relative pronouns, ranks, ...), as a set or in file order; :func:`word_table` — the same with
  each word's ``value`` (``dates/words.tsv``: units, ordinals, seasons);
Their words are compared after :func:`arnews.fold.fold`, the one analysis fold (``أكّد`` → ``اكد``),
so data written in proper spelling matches the view every capability reads.

>>> rows("abbreviations.tsv")[0][0] != ""
True
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any

__all__ = ["DATE_WORDS", "FUNCTION_WORDS", "records", "rows", "table", "text", "word_class", "word_classes",
           "word_list", "word_table"]

_HERE = os.path.dirname(os.path.abspath(__file__))


@functools.cache
def text(name: str) -> str:
    """The text of the data file ``name`` (a path under ``arnews/data/``, such as ``"dates/months.tsv"``).

    Read as a plain file next to this module; ``importlib.resources`` (slow to import) only when the
    package is not a directory of files (a zip).
    """
    try:
        with open(os.path.join(_HERE, *name.split("/")), encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        from importlib import resources

        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a TSV data file: lines starting with ``#`` and blank lines skipped, split at tabs.

    A one-column file (``agencies.txt``) gives one-cell rows. Cells are kept as written (a caller
    strips what it needs); a header line, when the file has one, is the first row.
    """
    return tuple(
        tuple(line.split("\t")) for line in text(name).splitlines() if line.strip() and not line.startswith("#")
    )


def records(name: str) -> list[dict[str, str]]:
    """The rows of a TSV data file with a header line, as dicts keyed by the header's cells.

    >>> records("speaker_words.tsv")[0].keys() >= {"word", "role"}
    True
    """
    head, *body = rows(name)
    return [dict(zip(head, row, strict=False)) for row in body]


@functools.cache
def table(name: str) -> Any:
    """A JSON data file, parsed once (shared between callers: never modify it)."""
    return json.loads(text(name))


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
    from ..fold import fold  # the fold reads this registry's character tables: imported on first use

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
