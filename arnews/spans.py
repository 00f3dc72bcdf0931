"""Spans into the caller's original text, and the view that maps a normalised copy back to it.

Every public result of arnews indexes the string the caller passed in. Work happens on a
normalised copy (a :class:`TextView`); :meth:`TextView.span` turns offsets in that copy back
into a :class:`Span` of the original.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

__all__ = ["Span", "TextView", "check_text", "windows"]

#: How many characters a scan reads in one window (:func:`windows`).
WINDOW = 1 << 16


def windows(text: str, start: int, end: int, cut: regex.Pattern[str], size: int = WINDOW) -> Iterator[tuple[int, int]]:
    """Consecutive windows ``[a, b)`` that cover ``text[start:end]``, each ending at the first match of
    ``cut`` at or after ``size`` characters (a space, a non-letter: so no word is split between two).

    A scan that reads window by window takes linear time and memory bounded by a window.

    >>> list(windows("ab cd ef", 0, 8, regex.compile(" "), size=2))
    [(0, 2), (2, 5), (5, 8)]
    """
    a = start
    while a < end:
        b = end
        if end - a > size:
            m = cut.search(text, a + size, end)
            b = m.start() if m is not None else end
        yield a, b
        a = b


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise ``TypeError`` naming the type otherwise."""
    if not isinstance(text, str):
        raise TypeError(f"{name} must be str, not {type(text).__name__}")
    return text


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open slice ``[start, end)`` of the original text, with the slice itself.

    >>> s = Span.of("قال الوزير", 0, 3)
    >>> s.text
    'قال'
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, original: str, start: int, end: int) -> Span:
        """The span of ``original[start:end]``."""
        return cls(start, end, original[start:end])

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form: ``{"start", "end", "text"}``."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class TextView:
    """A normalised copy of ``original`` with the map back to it.

    ``offsets[i]`` is the index in ``original`` of the character that produced ``text[i]``;
    ``len(offsets) == len(text) + 1`` and the last entry is ``len(original)``.
    """

    original: str
    text: str
    offsets: Sequence[int]

    @classmethod
    def identity(cls, original: str) -> TextView:
        """A view that changes nothing."""
        return cls(original, original, range(len(original) + 1))

    def orig(self, i: int) -> int:
        """Original index of normalised position ``i`` (``0 <= i <= len(text)``)."""
        return self.offsets[i]

    def orig_end(self, j: int) -> int:
        """Original end index for a normalised slice ending at ``j``.

        The slice ends just after the source of ``text[j - 1]``, extended over characters that
        normalisation removed there (diacritics, tatweel, controls) but never over whitespace.
        """
        if j <= 0:
            return self.offsets[0]
        end = self.offsets[j - 1] + 1
        limit = self.offsets[j]
        original = self.original
        while end < limit and not original[end].isspace():
            end += 1
        return max(end, self.offsets[j - 1] + 1)

    def span(self, i: int, j: int) -> Span:
        """The :class:`Span` of the original text that produced ``text[i:j]``."""
        if j <= i:
            start = self.offsets[i]
            return Span(start, start, "")
        start, end = self.offsets[i], self.orig_end(j)
        return Span(start, end, self.original[start:end])
