"""What the store of compiled patterns holds (``arnews/data/patterns.bin``, see :mod:`arnews._compiled`).

A room above the grammars it lists, so that the store's reader (:mod:`arnews._compiled`) imports
none of them: ``scripts/gen_patterns.py`` writes the store from :func:`sources`, and a test checks
it holds every one.
"""

from __future__ import annotations

from .dates import _pattern_sources
from .lexicon import default_lexicon

__all__ = ["sources"]


def sources() -> list[tuple[str, int]]:
    """Every pattern the store holds (source, flags): the date and clock grammars', the written-date
    pattern, and the shipped reporting lexicon's phrase pattern (what a first ``parse()`` compiles)."""
    return [*_pattern_sources(), (default_lexicon().phrase_pattern.pattern, 0)]
