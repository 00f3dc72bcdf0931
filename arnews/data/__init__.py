"""The data registry: one reader for the package's data files and one fold for their words.

Every word list arnews uses is a file under ``arnews/data/`` (TSV or JSON, written in proper
spelling), read here once and cached:

* :func:`rows` — the rows of a TSV (or one-column text) file, ``#`` comment lines and blank lines
  skipped, each row split at tabs;
* :func:`records` — the same rows as dicts keyed by the file's header line;
* :func:`table` — a JSON file, parsed (treat the result as read-only: it is shared);
* :func:`text` — a file's raw text.
The closed word classes (``function_words.tsv``, ``dates/words.tsv``) are read through this registry
by :mod:`arnews.wordclass`. Their words are compared after :func:`arnews.fold.fold`, the one analysis
fold (``أكّد`` → ``اكد``), so data written in proper spelling matches the view every capability reads.

>>> rows("abbreviations.tsv")[0][0] != ""
True
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any

__all__ = ["records", "rows", "table", "text"]

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
