"""Properties of arnews.normalize over arbitrary Unicode and Arabic-heavy text.

The central property is differential: every preset and every random combination of options gives
exactly the text and offsets of a slow, obviously correct reference written here from the data
tables alone (one character at a time, then the digit separators, then the whitespace runs).
"""

from __future__ import annotations

import json
from functools import cache
from itertools import pairwise
from pathlib import Path

import pyarabic.araby as araby
from hypothesis import example, given
from hypothesis import strategies as st

from arnews import _charmap as cm
from arnews import _offsets as off
from arnews.normalize import (
    ANALYSIS,
    DISPLAY,
    SEARCH,
    NormalizeOptions,
    analysis_view,
    normalize,
    normalize_with_offsets,
    view,
)

DATA = Path(__file__).resolve().parent.parent / "arnews" / "data"
STEP_ORDER = (
    "controls",
    "presentation",
    "diacritics",
    "tatweel",
    "persian",
    "alef",
    "alef_maqsura",
    "teh_marbuta",
    "hamza",
    "digits",
    "punctuation",
    "quotes",
)


def _points(ranges: list[str]) -> set[str]:
    out: set[str] = set()
    for item in ranges:
        lo, _, hi = item.partition("-")
        out |= {chr(c) for c in range(int(lo, 16), int(hi or lo, 16) + 1)}
    return out


@cache
def _data() -> tuple[dict[str, dict[str, str]], str, set[str], set[str], dict[str, str]]:
    raw = json.loads((DATA / "chars.json").read_text(encoding="utf-8"))
    forms = json.loads((DATA / "presentation.json").read_text(encoding="utf-8"))["forms"]
    maps: dict[str, dict[str, str]] = {
        "controls": dict.fromkeys(_points(raw["controls"]), ""),
        "presentation": forms,
        "diacritics": dict.fromkeys({*araby.TASHKEEL, araby.SMALL_ALEF, *_points(raw["diacritics_beyond_pyarabic"])},
                                    ""),
        "tatweel": {araby.TATWEEL: ""},
    }
    for name in ("alef", "alef_maqsura", "teh_marbuta", "hamza", "persian", "digits", "punctuation", "quotes"):
        maps[name] = raw[name]
    shadda = araby.SHADDA
    return maps, shadda, _points(raw["whitespace"]), _points(raw["newlines"]), raw["digit_separators"]


def reference(text: str, o: NormalizeOptions) -> tuple[str, list[int]]:
    """Normalise one character at a time; then separators; then whitespace runs."""
    maps, shadda, blanks, newlines, seps = _data()

    def step(ch: str) -> str:
        for name in STEP_ORDER:
            if getattr(o, name) and ch in maps[name]:
                if name == "diacritics" and o.keep_shadda and ch == shadda:
                    continue
                return maps[name][ch]
        if o.whitespace and ch in blanks:
            return "\n" if ch in newlines else " "
        return ch

    def full(ch: str) -> str:
        cur = ch
        while True:
            nxt = "".join(step(c) for c in cur)
            if nxt == cur:
                return cur
            cur = nxt

    chars: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(text):
        for c in full(ch):
            chars.append(c)
            offs.append(i)
    if o.digits:
        for k in range(1, len(chars) - 1):
            if chars[k] in seps and chars[k - 1] in "0123456789" and chars[k + 1] in "0123456789":
                chars[k] = seps[chars[k]]
    if o.whitespace:
        out_c: list[str] = []
        out_o: list[int] = []
        k = 0
        while k < len(chars):
            if chars[k] in " \n":
                j = k
                while j < len(chars) and chars[j] in " \n":
                    j += 1
                keep = next((m for m in range(k, j) if chars[m] == "\n"), k)
                out_c.append(chars[keep])
                out_o.append(offs[keep])
                k = j
            else:
                out_c.append(chars[k])
                out_o.append(offs[k])
                k += 1
        chars, offs = out_c, out_o
    return "".join(chars), [*offs, len(text)]


# --------------------------------------------------------------------------- strategies

ARABIC_HEAVY = list(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآٱىةؤئـ"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0610\u06d6\u08f0"
    "،؛؟٪.,!?:«»“”„‹›‘’\"'()"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789٫٬"
    "کیہۀھۃپچگژ"
    " \n\r\t\u00a0\u2009\u202f\u3000\u2028\u000b\u0085"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069\u061c\ufeff\u00ad"
    "ﻻﻷﻹﻵﷲﷺﷻ﷽ﺇﻟﻪﹶﹷﱞﱠ"
    "abcXYZé中😀\u0301"
)
any_char = st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF)
surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
presentation_char = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF)
arabic_text = st.text(
    alphabet=st.one_of(st.sampled_from(ARABIC_HEAVY), presentation_char, any_char, surrogate), max_size=60
)
unicode_text = st.text(alphabet=st.one_of(any_char, surrogate), max_size=60)
texts = st.one_of(arabic_text, unicode_text)
options = st.builds(NormalizeOptions, **{name: st.booleans() for name in NormalizeOptions.__dataclass_fields__})
presets = st.sampled_from([SEARCH, DISPLAY, ANALYSIS])

HOSTILE = [
    "",
    " ",
    "\n\n\n",
    " \r\n \t\n ",
    "ﻻ ﷺ ﷲ",
    "\ud800\udfff\ud83d",
    "٣٫٥ ٫ ٬٣ 3٬000",
    "\u200f\u064e \u064e \u200b\n\u0640",
    "ﹰ ﹱ ﱞ",
]


# --------------------------------------------------------------------------- properties


@example(text="ﻻ\u0651  \n\u00a0ﷺ٣٫٥", opts=SEARCH)
@given(text=texts, opts=st.one_of(presets, options))
def test_matches_the_reference(text: str, opts: NormalizeOptions) -> None:
    expected = reference(text, opts)
    assert normalize_with_offsets(text, opts) == expected
    v = view(text, opts)
    assert (v.text, list(v.offsets)) == expected
    assert normalize(text, opts) == expected[0]


@given(text=texts)
def test_analysis_view_is_the_analysis_preset(text: str) -> None:
    v = analysis_view(text)
    assert (v.text, list(v.offsets)) == reference(text, ANALYSIS)


@given(text=texts, opts=st.one_of(presets, options))
def test_idempotent(text: str, opts: NormalizeOptions) -> None:
    once = normalize(text, opts)
    assert normalize(once, opts) == once


@given(text=texts, opts=st.one_of(presets, options))
def test_offsets_are_a_monotone_map_into_the_original(text: str, opts: NormalizeOptions) -> None:
    out, offs = normalize_with_offsets(text, opts)
    assert len(offs) == len(out) + 1
    assert offs[-1] == len(text)
    assert all(0 <= a <= b for a, b in pairwise(offs))
    assert all(o < len(text) for o in offs[:-1])


@given(text=texts, opts=st.one_of(presets, options))
def test_every_character_comes_from_its_source(text: str, opts: NormalizeOptions) -> None:
    """The source character of each output character, normalised alone, yields it (separators: by context)."""
    out, offs = normalize_with_offsets(text, opts)
    for ch, o in zip(out, offs[:-1], strict=True):
        src = text[o]
        alone = normalize(src, opts)
        assert ch == src or ch in alone or (src in "٫٬" and ch in ".,") or (ch == " " and alone == "\n"), (ch, src)


@given(text=texts)
def test_all_options_off_changes_nothing(text: str) -> None:
    out, offs = normalize_with_offsets(text, NormalizeOptions.none())
    assert out == text
    assert offs == list(range(len(text) + 1))


@given(text=texts, opts=st.one_of(presets, options))
def test_characters_outside_the_tables_survive(text: str, opts: NormalizeOptions) -> None:
    maps, _, blanks, _, seps = _data()
    touched = set().union(*maps.values()) | blanks | set(seps)
    out, offs = normalize_with_offsets(text, opts)
    kept = {o for ch, o in zip(out, offs[:-1], strict=True) if ch == text[o]}
    lost = [k for k, ch in enumerate(text) if ch not in touched and k not in kept]
    assert not lost


@given(text=texts, data=st.data())
def test_spans_are_slices_of_the_original(text: str, data: st.DataObject) -> None:
    v = analysis_view(text)
    i = data.draw(st.integers(0, len(v.text)))
    j = data.draw(st.integers(i, len(v.text)))
    span = v.span(i, j)
    assert span.text == text[span.start : span.end]
    assert 0 <= span.start <= span.end <= len(text)


def test_hostile_examples() -> None:
    for text in HOSTILE:
        for opts in (SEARCH, DISPLAY, ANALYSIS, NormalizeOptions.none()):
            assert normalize_with_offsets(text, opts) == reference(text, opts), text


def test_long_texts_use_the_same_offsets() -> None:
    """Beyond 65 536 characters the identity offsets are assembled by byte planes: still exact."""
    unit = "قالـت  «نعم»\u200f\n\nﻻ ٣٫٥ "
    text = unit * (70_000 // len(unit) + 1)
    v = analysis_view(text)
    out, offs = reference(text, ANALYSIS)
    assert v.text == out
    assert list(v.offsets) == offs


#: Characters that make a cut delicate: removed ones, blanks, digits and their separators, expansions.
JUNCTION = "ـ\u064e\u0651\u200f\u200b \n\r\t\u00a0\u2028٣5٫٬ﻻﷺﷲ«»بة."
junction_text = st.text(alphabet=st.one_of(st.sampled_from(JUNCTION), st.sampled_from(ARABIC_HEAVY)), max_size=80)


@example(text="3" + "ـ" * 7 + "٫" + "ـ" * 7 + "5", opts=SEARCH, chunk=2)
@example(text=" ـــ\r\n ــ \t", opts=DISPLAY, chunk=1)
@given(text=st.one_of(junction_text, texts), opts=st.one_of(presets, options), chunk=st.integers(1, 9))
def test_pieces_match_the_reference(text: str, opts: NormalizeOptions, chunk: int) -> None:
    """Normalised in pieces of ``chunk`` characters, cut anywhere: the text and offsets of one pass."""
    plan = cm._plan(opts)
    expected = reference(text, opts)
    assert off._in_pieces(text, plan, True, chunk) == expected
    assert off._in_pieces(text, plan, False, chunk)[0] == expected[0]
    out, offs = off._in_pieces(text, plan, True, chunk, as_array=True)  # a view's array offsets
    assert (out, list(offs)) == expected
