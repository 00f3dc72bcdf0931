"""The data registry: one reader for the package's data files and one fold for their words.

Every word list arnews uses is a file under ``arnews/data/`` (TSV or JSON, written in proper
spelling), read here once and cached:

* :func:`rows` — the rows of a TSV (or one-column text) file, ``#`` comment lines and blank lines
  skipped, each row split at tabs;
* :func:`records` — the same rows as dicts keyed by the file's header line;
* :func:`table` — a JSON file, parsed (treat the result as read-only: it is shared);
* :func:`fold` — the analysis fold: a word as the analysis view writes it (``أكّد`` → ``اكد``),
  so data written in proper spelling matches the view every capability reads.

>>> rows("abbreviations.tsv")[0][0] != ""
True
>>> fold("أكّد")
'اكد'
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import regex

__all__ = ["fold", "records", "rows", "table", "text"]


@functools.cache
def text(name: str) -> str:
    """The text of the data file ``name`` (a path under ``arnews/data/``, such as ``"dates/months.tsv"``)."""
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


# Characters the analysis view changes (letters it folds, marks and controls it drops): a word
# without any is returned as it is when ``lazy`` (a test checks the shortcut against the view).
_NEEDS_FOLD = regex.compile(
    r"[أإآٱىةؤئکیۀہ\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0660-\u0669\u06f0-\u06f9"
    r"\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufb50-\ufdff\ufe70-\ufeff]"
)


def fold(word: str, *, strip: bool = True, lazy: bool = False) -> str:
    """A word (or phrase) as the analysis view writes it: the one fold for every data file and user entry.

    ``strip`` (default) trims the folded result, so a cell read with its padding folds to the bare
    word; ``strip=False`` keeps the view's text whole (the date and clock tables, whose phrases are
    matched as written). ``lazy`` returns a word that holds no character the view changes as it
    is, without building a view: for text read off the view itself (already folded), on hot paths.

    >>> fold("أكّد"), fold(" إلى "), fold("حتى", lazy=True), fold("ايلول", lazy=True)
    ('اكد', 'الي', 'حتي', 'ايلول')
    """
    if lazy and _NEEDS_FOLD.search(word) is None:
        return word
    folded = _folded(word)
    return folded.strip() if strip else folded


@functools.lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """The text of the analysis view of ``word``, without its offsets (a test checks they agree)."""
    from ..normalize import ANALYSIS, normalize  # the fold is the view's; normalize reads its tables here

    return normalize(word, ANALYSIS)
