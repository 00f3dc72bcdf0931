"""The analysis fold: a word as the analysis view writes it, the one fold for every data file and user entry.

>>> fold("أكّد")
'اكد'
"""

from __future__ import annotations

import functools

from . import _compiled
from .normalize import ANALYSIS, normalize

__all__ = ["fold"]


# Characters the analysis view changes (letters it folds, marks and controls it drops): a word
# without any is returned as it is when ``lazy`` (a test checks the shortcut against the view).
_NEEDS_FOLD = _compiled.compile(
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


#: Characters the analysis view leaves as they are (the plain Arabic letters, ASCII letters and
#: digits): a word of these alone, with single inner spaces, is its own fold, and no view is built
#: for it (most words of the lexicon's generated forms; a test checks each character).
_UNCHANGED = frozenset(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويء" "abcdefghijklmnopqrstuvwxyz" "ABCDEFGHIJKLMNOPQRSTUVWXYZ" "0123456789 "
)


@functools.lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """The text of the analysis view of ``word``, without its offsets (a test checks they agree)."""
    if _UNCHANGED.issuperset(word) and "  " not in word and word[:1] != " " and word[-1:] != " ":
        return word
    return normalize(word, ANALYSIS)
