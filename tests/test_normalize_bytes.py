"""The byte pass of the character table (code page cp1256) gives what the stages of replacements give."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews import _charmap as cm
from arnews.normalize import ANALYSIS, DISPLAY, SEARCH, NormalizeOptions

# our own words: letters with hamza seats and marks, presentation forms, Persian letters, Indic digits,
# typographic spaces and quotes, controls, a percent sign and separators outside the code page, emoji
MIXED = "قالَ المسؤولُ إنّ «الأرقامَ» ارتفعت ٣٫٥٪ في ﻻ یک\u200f\u2009 ــ “نعم” ﷲ \u0653 😀 \t\r\n"
SPARSE = "وأكد الوزير في مؤتمر صحفي أن المفاوضات ستستأنف خلال الأسبوع المقبل في العاصمة. " * 12
PRESETS = [SEARCH, ANALYSIS, DISPLAY, NormalizeOptions.none(diacritics=True), NormalizeOptions.none(whitespace=True)]


def _stages(text: str, opts: NormalizeOptions) -> str:
    plan = cm._plan(opts)
    s, _ = cm._apply_stage(text, plan.wide, False)
    return cm._apply_stage(s, plan.narrow, False)[0]


def _reference(text: str, opts: NormalizeOptions) -> str:
    """The stages, then the separators between digits (what ``_map_chars`` does after either)."""
    plan = cm._plan(opts)
    s = _stages(text, opts)
    if plan.separators is not None:
        s = plan.separators.sub(lambda m: plan.separator_map[m.group()], s)
    return s


@pytest.mark.parametrize("opts", PRESETS, ids=str)
@pytest.mark.parametrize("text", [MIXED, (SPARSE + MIXED) * 40, "", "ـ" * 30, "ﻻ" * 500 + "نص"])
def test_byte_pass_is_the_stages(opts: NormalizeOptions, text: str) -> None:
    plan = cm._plan(opts)
    done = cm._byte_pass(text, plan, None)
    assert done is not None
    assert done[0] == _stages(text, opts)
    assert cm._map_chars(text, plan, False)[0] == _reference(text, opts)


@settings(deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(MIXED), st.characters(min_codepoint=1, max_codepoint=0x10FFFF)),
               max_size=80))
def test_byte_pass_on_any_text(text: str) -> None:
    plan = cm._plan(SEARCH)
    done = cm._byte_pass(text, plan, None)
    if done is not None:
        assert done[0] == _stages(text, SEARCH)
    assert cm._map_chars(text, plan, False)[0] == _reference(text, SEARCH)


@pytest.mark.parametrize("text", ["قال\x00 الوزير", "ﻻ " * 200, "😀 " * 100 + "قالت"])
def test_nul_or_many_characters_outside_the_code_page_take_the_stages(text: str) -> None:
    """NUL is the byte pass's placeholder; a text of many runs outside the code page is cheaper by stages."""
    plan = cm._plan(SEARCH)
    assert cm._byte_pass(text, plan, None) is None
    assert cm._map_chars(text, plan, False)[0] == _reference(text, SEARCH)


def test_removed_and_expanded_characters_are_reported() -> None:
    """What the offsets need: the characters present that are removed (a mark, tatweel) or expanded (ﻻ)."""
    plan = cm._plan(SEARCH)
    seen: list[str] = []
    assert cm._byte_pass("قالَـت ﻻ", plan, seen) is not None
    assert sorted(seen) == sorted(["َ", "ـ", "ﻻ"])


def test_threads_keep_their_own_notes() -> None:
    """The error handler notes the characters of each thread's text apart."""
    texts = [(SPARSE + f"قال {i} ﻻ یک ٪ ﷲ ") * 5 for i in range(8)]
    want = [_stages(t, SEARCH) for t in texts]
    assert all(cm._byte_pass(t, cm._plan(SEARCH), None) is not None for t in texts)
    got: list[str | None] = [None] * len(texts)

    def work(k: int) -> None:
        for _ in range(20):
            done = cm._byte_pass(texts[k], cm._plan(SEARCH), None)
            got[k] = done[0] if done is not None else None

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want
