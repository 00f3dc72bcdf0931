"""Sentence splitting for Arabic news. PROVISIONAL (issue 3 replaces it)."""

from __future__ import annotations

import regex

from .normalize import analysis_view
from .spans import Span, TextView

__all__ = ["split_sentences", "split_view"]

_BOUNDARY = regex.compile(r"[.!?؟…]+[\"”»']*(?=\s)|\n")


def split_view(v: TextView) -> list[Span]:
    """Sentence spans (on the original text) for a normalised view."""
    out: list[Span] = []
    start = 0
    t = v.text
    for m in _BOUNDARY.finditer(t):
        _add(v, start, m.end(), out)
        start = m.end()
    _add(v, start, len(t), out)
    return out


def _add(v: TextView, i: int, j: int, out: list[Span]) -> None:
    t = v.text
    while i < j and t[i].isspace():
        i += 1
    while j > i and t[j - 1].isspace():
        j -= 1
    if j > i:
        out.append(v.span(i, j))


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans of the original string.

    >>> [s.text for s in split_sentences("قال الوزير. وأضاف.")]
    ['قال الوزير.', 'وأضاف.']
    """
    return split_view(analysis_view(text))
