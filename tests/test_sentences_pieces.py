"""Sentence splitting of long texts in pieces: the result is the one of the whole text.

:func:`arnews.sentences.split_sentences` splits a text over ``2 * _PIECE`` characters piece by
piece (after a line break, or inside a sentence in a quiet zone); here pieces are made small so
that short texts are cut many times, and each result is compared with the one-pass result.
"""

from __future__ import annotations

import functools
import random
import sys
from pathlib import Path

import pytest
import regex
from test_reliability import HOSTILE

import arnews.sentences as S
from arnews.normalize import analysis_view
from arnews.sentences import split_sentences, split_view

SIZES = [12_000, 20_000]


def whole(text: str) -> list[object]:
    return list(split_view(analysis_view(text)))


def in_pieces(text: str, size: int) -> tuple[list[object], list[tuple[int, bool]]]:
    cuts = S._cuts(text, size)
    return list(S._in_pieces(text, cuts)), cuts


@pytest.mark.parametrize("family", sorted(HOSTILE))
def test_hostile_families_in_pieces(family: str) -> None:
    text = HOSTILE[family](100_000)
    for size in SIZES:
        got, _ = in_pieces(text, size)
        assert got == whole(text)


def test_news_in_pieces() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from corpus import corpus  # type: ignore[import-not-found, unused-ignore]

    text = corpus(300_000)
    for size in SIZES:
        got, cuts = in_pieces(text, size)
        assert cuts and not any(inside for _, inside in cuts)  # news is cut after line breaks
        assert got == whole(text)


# Fragments for random texts: sentences of every kind, and long stretches with no terminator
# (where cuts inside a sentence fall), some of them right after a terminator and its tail.
_WORDS = ["قال", "الوزير", "إن", "المحادثات", "ستستأنف", "غدا", "وأكد", "مصدر", "مطلع", "أن", "الاتفاق"]
_FRAGMENTS = [
    "وصل الوفد إلى القاهرة. ",
    "قال د. أحمد: «نعمل بجد. النتائج قريبة». ",
    "هل تنجح المفاوضات؟ ",
    "ارتفع المؤشر 3٫5 في المئة... وأضاف المحلل ",
    "(انظر الملحق!) ",
    "1. خفض الضرائب 2. زيادة الأجور ",
    "أ.د. خالد ",
    "\n",
    "\r\n",
    "\n\n",
    " \u2028 ",
    "وأكَّدَ الوزيرُ ",
    "قالـــت ",
    "\u200fنعم\u200e ",
    "«",
    "» ",
    " « ",
    "“",
    "”",
    "(",
    ") ",
    "!",
    "…",
    "😀 ",
    "١٢٫٥ ",
    "U.S. ",
    "e.g. the ",
    "\n \t\u00a0\r\n\u2028\u3000\x0b\x0c\x85 \n",
    "\u200f\n \u200e\n\u200f ",
    " \n\x1f\u1680\n",
]


def _stretch(rng: random.Random) -> str:
    """A long stretch with no terminator: words, or words and quotation marks, or digits."""
    n = rng.choice([3_000, 6_000, 15_000])
    kind = rng.randrange(5)
    if kind == 0:
        unit = " ".join(rng.choice(_WORDS) for _ in range(50)) + " "
    elif kind == 1:
        unit = "«“\"‹„'" * 3 + " ".join(rng.choice(_WORDS) for _ in range(5)) + "»”\"›“'"
    elif kind == 2:
        unit = "12/9/2023 ١٢-٩-٢٠٢٣ 10:30 "
    elif kind == 3:
        unit = "»" * 50 + "”" * 50  # a flood of closing marks (no tail stop)
    else:
        unit = " \n\t\u200f\r\n\u00a0 \u200e\n"  # blanks and dropped characters, line breaks among them
    return (unit * (n // len(unit) + 1))[:n]


def random_text(seed: int) -> str:
    """About 120K characters; with ``\\x1f`` (which turns off cuts among blanks) for odd seeds only."""
    rng = random.Random(seed)
    fragments = _FRAGMENTS if seed % 2 else [f for f in _FRAGMENTS if "\x1f" not in f]
    parts: list[str] = []
    while sum(map(len, parts)) < 120_000:
        if rng.random() < 0.15:
            if rng.random() < 0.5:
                parts.append(rng.choice(["تم.", "انتهى؟", "قال:", "(نعم!)", "«جيد.»"]) + rng.choice(["", "»»»", "» "]))
            parts.append(_stretch(rng))
        else:
            parts.append(rng.choice(fragments))
    return "".join(parts)


@functools.cache
def random_in_pieces(seed: int, size: int) -> tuple[list[object], list[tuple[int, bool]]]:
    """:func:`in_pieces` of ``random_text(seed)``, computed once for the two tests that read it."""
    return in_pieces(random_text(seed), size)


@pytest.mark.parametrize("seed", range(12))
def test_random_texts_in_pieces(seed: int) -> None:
    expected = whole(random_text(seed))
    for size in SIZES:
        got, _ = random_in_pieces(seed, size)
        assert got == expected


def test_random_texts_are_cut_every_way() -> None:
    inside = after_line = among_blanks = 0
    for seed in range(12):
        text = random_text(seed)
        for p, within in random_in_pieces(seed, 12_000)[1]:
            inside += within
            after_line += not within and not text[p].isspace()
            among_blanks += not within and text[p].isspace()
    assert inside and after_line and among_blanks


def test_blank_floods_are_cut() -> None:
    text = HOSTILE["whitespace"](100_000)
    got, cuts = in_pieces(text, 12_000)
    assert len(cuts) > 4 and got == whole(text) == []
    text = "قال الوزير.\u200f" + text + "\u200e وأضاف"
    got, cuts = in_pieces(text, 12_000)
    assert len(cuts) > 4 and got == whole(text)
    text = text[:50_000] + "\x1f" + text[50_000:]  # \S reads it as a word: no cut in blanks
    got, cuts = in_pieces(text, 12_000)
    assert not cuts and got == whole(text)


def test_no_cut_after_a_tail_flood() -> None:
    """``تم.»»»...`` then words: no cut inside the flood, where a tail could run over the cut."""
    text = "قال الوزير إن الاتفاق تم." + "»" * 40_000 + " وأضاف المتحدث" * 3_000
    for size in SIZES:
        got, cuts = in_pieces(text, size)
        assert got == whole(text)
        assert all(p > 25 + 40_000 for p, _ in cuts)


def test_split_sentences_uses_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    text = random_text(99)
    expected = whole(text)
    monkeypatch.setattr(S, "_PIECE", 15_000)
    assert split_sentences(text) == expected


def test_stable_characters_map_to_themselves_alone() -> None:
    """A cut falls between two stable characters: each is one non-blank character of the view."""
    for c in S._STABLE:
        for context in ("{}", "1{}1", " {} ", "ـ{}ـ"):
            v = analysis_view(context.format(c))
            i = context.index("{}")
            kept = [k for k in range(len(v.text)) if v.offsets[k] == i]
            assert len(kept) == 1 and not v.text[kept[0]].isspace(), repr(c)
    assert "٫" not in S._STABLE and "٬" not in S._STABLE


def test_line_breaks_are_the_blanks_that_become_line_breaks() -> None:
    blanks = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    for c in blanks:
        assert analysis_view(f"a{c}a").text == ("a\na" if c in S._LINE_BREAKS else "a a"), repr(c)


def test_odd_blanks_are_the_blanks_that_regex_reads_as_words() -> None:
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    odd = {c for c in chars if c.isspace()} ^ set(regex.findall(r"\s", chars))
    assert "".join(sorted(odd)) == S._ODD_BLANKS


def test_loud_lists_every_source_of_a_line_break_or_terminator() -> None:
    """Every character that becomes a line break or a terminator in a view is in ``_LOUD``."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    found = set()
    for sep in ("a", "1"):
        for k in range(0, len(chars), 4096):  # a block at a time: few distinct characters each
            v = analysis_view(sep + sep.join(chars[k : k + 4096]) + sep)
            for m in S._CANDIDATE.finditer(v.text):
                found.add(v.original[v.offsets[m.start()]])
    assert found <= set(S._LOUD), sorted(found - set(S._LOUD))
