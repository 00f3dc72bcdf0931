"""A block of the character table applied in one pass over its runs gives what one replacement per character gives."""

from __future__ import annotations

import importlib

import pytest

from arnews import _charmap as cm

nz = importlib.import_module("arnews.normalize")

# our own words: sparse marks, dense marks (past the one-pass limit), presentation forms, joiners
SPARSE = "قال الوزير إنّ الاجتماع عُقد اليوم\u200f في العاصمة ﻻ تغيير " * 3
DENSE = "كَتَبَ الطَّالِبُ الدَّرْسَ " * 400
MIXED = SPARSE + DENSE + "\u200b\u200c\u2066نص\u2069 ﷺ ﻷ"


def _by_replacement(block: object, s: str) -> str:
    for ch in block.chars or sorted(block.table):  # type: ignore[attr-defined]
        s = s.replace(ch, block.table[ch])  # type: ignore[attr-defined]
    return s


@pytest.mark.parametrize("options", [nz.SEARCH, nz.ANALYSIS])
@pytest.mark.parametrize("text", [SPARSE, DENSE, MIXED, "", "ـ" * 10])
def test_one_pass_is_one_replacement_per_character(options: object, text: str) -> None:
    for block in cm._plan(options).blocks:
        got, present = cm._apply_block(block, text)
        assert got == _by_replacement(block, text)
        assert present == [c for c in (block.chars or sorted(block.table)) if c in text]
