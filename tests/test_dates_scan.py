"""The date word scan reads a text window by window: the same words as one pass, at any length.

A fast test checks the windowing on small windows; the long text (about 30 MB, where one pass over
the whole text exhausted ``regex``'s memory) runs only with ``ARNEWS_BIG_TESTS=1``.
"""

from __future__ import annotations

import os
from datetime import date

import pytest

import arnews.dates as dates_mod
from arnews.dates import _WORDS, _flagged_words, _scan_words, _word_flags, find_dates

# our own sentences: words with marks and clitics, digits, punctuation glued to words, a long word
TEXTS = [
    "",
    "كلمة",
    "  ",
    "وصل الوفد أمسِ الاثنين، وفي 12/3/2020 عاد؛ ثم غادر صباح اليوم (الثلاثاء) إلى القاهرة.",
    "الأسبوعالماضيالأسبوعالماضيالأسبوعالماضي غدا",
    "«اليوم» و\"غدا\"-بعد_غد 2023م 15مارس2016 ١٢ أيلول",
    "\n\nعام 2019\n\n\nالشهر المقبل\t\tصباحا مساءً...",
]


def _one_pass(t: str) -> list[tuple[int, str, int]]:
    flags = _word_flags()
    scan = _WORDS.match(t)
    words, at = (scan.captures(1), scan.starts(1)) if scan is not None else ([], [])
    return [(at[i], w, flags[w]) for i, w in enumerate(words) if w in flags]


@pytest.mark.parametrize("window", [1, 2, 3, 5, 8, 13, 64, 1 << 20])
@pytest.mark.parametrize("text", TEXTS)
def test_windows_find_the_words_of_one_pass(text: str, window: int) -> None:
    """Every window size gives the words one pass over the whole text gives, at the same starts."""
    for t in (text, text * 3, " " + text + " "):
        assert _flagged_words(t, _word_flags(), window) == _one_pass(t)


@pytest.mark.parametrize("window", [1, 5, 64, 1 << 20])
@pytest.mark.parametrize("text", TEXTS)
def test_word_classes_are_the_flags_of_one_pass(text: str, window: int) -> None:
    """The scan by class keeps, per class, the words of one pass whose flags hold it, in order."""
    for t in (text, text * 3, " " + text + " "):
        hits = _one_pass(t)
        got = _scan_words(t, window)
        assert got.starts == [(s, w) for s, w, f in hits if f & 1]
        assert got.clock == [(s, s + len(w)) for s, w, f in hits if f & 2]
        assert got.hour_at == [s for s, _, f in hits if f & 12 == 4]
        assert got.card_at == [s for s, _, f in hits if f & 8]


def test_find_dates_is_the_same_with_small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """``find_dates`` with a tiny scan window finds what it finds with the default one."""
    text = "\n".join(TEXTS) * 4
    expected = find_dates(text, date(2023, 9, 12))
    assert expected
    monkeypatch.setattr(dates_mod, "_SCAN_WINDOW", 7)
    assert find_dates(text, date(2023, 9, 12)) == expected


_UNIT = (
    "قال الوزير أمس الاثنين إن الاجتماع سيعقد في 12 أيلول/سبتمبر 2023، وأضاف أن الوفد يصل "
    "صباح الخميس المقبل على أن يغادر بعد ثلاثة أيام. وفي عام 2019 وقعت اتفاقية مماثلة "
    "استمرت حتى الأسبوع الماضي. "
) * 6


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("ARNEWS_BIG_TESTS"), reason="about 30 MB: set ARNEWS_BIG_TESTS=1")
def test_find_dates_on_thirty_megabytes() -> None:
    """About 5 million words in one string: no ``MemoryError``, and each copy of a unit reads as the unit does."""
    unit = _UNIT + "\n\n"
    copies = 30_000_000 // len(unit) + 1
    one = find_dates(unit, date(2023, 9, 12))
    found = find_dates(unit * copies, date(2023, 9, 12))
    assert len(found) == copies * len(one)
    last = found[-len(one):]
    shift = (copies - 1) * len(unit)
    assert [(m.start - shift, m.end - shift, m.text, m.interval) for m in last] == [
        (m.start, m.end, m.text, m.interval) for m in one
    ]
