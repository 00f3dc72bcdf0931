"""Cold-start shortcuts give what the slow path gives (times are measured in ``bench/bench_cold.py``)."""

from __future__ import annotations

import random

from arnews import fold as fold_mod
from arnews.normalize import ANALYSIS, normalize


def test_words_of_unchanged_characters_fold_to_themselves() -> None:
    """A word of characters the analysis view leaves alone is returned as it is: what the view writes."""
    chars = sorted(fold_mod._UNCHANGED - {" "})
    for c in chars:
        assert normalize(c, ANALYSIS) == c, hex(ord(c))
    rnd = random.Random(7)
    words = ["".join(rnd.choice([*chars, " "]) for _ in range(rnd.randint(0, 9))) for _ in range(3000)]
    words += ["قال", "اكد", "وزير الخارجيه", " قال", "قال ", "قال  الوزير", "GMT 3", ""]
    for w in words:
        assert fold_mod._folded.__wrapped__(w) == normalize(w, ANALYSIS), repr(w)


def test_words_the_view_changes_are_folded() -> None:
    """Any other character (hamza seats, teh marbuta, marks, Persian letters, other blanks) takes the view."""
    for w in ("أكّد", "وزارة", "إلى", "کتاب", "قال\tالوزير", "قال\u00a0الوزير", "١٢"):
        assert fold_mod._folded.__wrapped__(w) == normalize(w, ANALYSIS) != w, w
