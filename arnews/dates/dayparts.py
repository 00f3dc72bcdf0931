"""Parts of day: one table (``data/dates/parts_of_day.tsv``) read by the date grammar, the clock grammar and
resolution.

Each phrase row names a part of day (``morning``, ``noon``, ``afternoon``, ``evening``, ``night``, ``dawn``,
``midnight``, ``day``) and the places it is used (``pre``: before a day, ``suf``: after one, ``this``: after
``هذا``/``هذه``, ``clock:after``: after an hour, ...; the file's header lists them). Each part row gives the
part's hours and the label a clock time read with it takes. Adding a spelling is one row: every grammar
alternation and lookup below is built from the rows.

>>> POD_HOURS["evening"]
(18, 24)
>>> pod_words()["مساءا"]
'evening'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from ..data import rows
from .numbers import fold_pattern

__all__ = ["POD_HOURS", "DayPart", "clock_label", "grammar_alt", "pod_words", "table", "with_use"]

_FILE = "dates/parts_of_day.tsv"


@dataclass(frozen=True, slots=True)
class DayPart:
    """One phrase of the table: as written, its part of day and its uses."""

    phrase: str
    part: str
    uses: frozenset[str]


@cache
def _read() -> tuple[dict[str, tuple[int, int, str | None]], tuple[DayPart, ...]]:
    parts: dict[str, tuple[int, int, str | None]] = {}
    phrases: list[DayPart] = []
    for row in rows(_FILE):
        if row[0] == "part":
            _, name, a, b, label = row
            parts[name] = (int(a), int(b), None if label == "-" else label)
        else:
            uses = row[2].split() if len(row) > 2 else []
            phrases.append(DayPart(row[0], row[1], frozenset(uses)))
    unknown = {p.part for p in phrases} - parts.keys()
    if unknown:
        raise ValueError(f"{_FILE}: phrases of undeclared parts of day {sorted(unknown)}")
    return parts, tuple(phrases)


def table() -> tuple[DayPart, ...]:
    """Every phrase row, in file order."""
    return _read()[1]


#: Hours of each part of day in its day: (first hour, end hour); an end past 24 runs into the next day.
POD_HOURS: Mapping[str, tuple[int, int]] = {k: (a, b) for k, (a, b, _) in _read()[0].items()}


def clock_label(part: str) -> str | None:
    """The part of day a clock time read with ``part`` takes (``midnight`` → ``night``), ``None`` if none."""
    return _read()[0][part][2]


def with_use(use: str) -> tuple[DayPart, ...]:
    """The rows with one use (``pre``, ``suf``, ``clock:after``, ...), in file order."""
    return tuple(p for p in table() if use in p.uses)


@cache
def pod_words() -> dict[str, str]:
    """Every phrase as the date grammar folds it (spaces kept) → its part of day."""
    return {fold_pattern(p.phrase): p.part for p in table()}


def _source(phrases: Iterable[str]) -> str:
    words = dict.fromkeys(fold_pattern(p) for p in phrases)
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def grammar_alt(use: str) -> str:
    """The phrases of one use as an alternation of the date grammar (folded, longest first, no group)."""
    return _source(p.phrase for p in with_use(use))
