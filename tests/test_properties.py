"""Cross-module properties (issue 7): nothing is lost, every span is the original slice.

Text comes from Arabic-heavy strategies: news words (reporting cues, months, weekdays, relative
dates, agencies), letters with diacritics and tatweel, Arabic and Latin punctuation, every kind
of quotation mark, digits of both scripts, spaces, newlines, bidi controls and the odd lone
surrogate. The adversarial families of ``test_reliability.py`` run as explicit examples.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import TypeVar

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_reliability import (
    HOSTILE,
    check_article,
    check_attributions,
    check_dates,
    check_offsets,
    check_sentences,
)

import arnews

# --------------------------------------------------------------------------- strategies

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0654\u0655"
PUNCTUATION = "،؛؟.:!…-–—()[]/٪%"
QUOTES = "“”«»\"'‹›„"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۴"
SPACES = "  \n\n\t\u00a0\r"
LATIN = "aeAZ"
ODD = "ـ\u200f\u200e\u202e\u202c\u200d\ufeff\u061c\ufffd\x00\ud800\udfffﻻﷺ"

#: News words: reporting cues and their clitics, sourcing phrases, speakers, date words.
WORDS = (  # noqa: SIM905 (one long string reads better than 76 quoted words)
    "قال وقال وقالت أكد وأكدت أضاف وأضاف أوضح أعلن كشف حذر شدد ذكرت أفاد قوله مضيفا "
    "بحسب وبحسب حسب وفقا لـ نقلا عن إن أن بأن الوزير المتحدث باسم الحكومة مصدر وكالة أنباء رويترز "
    "اليوم أمس غدا الاثنين الثلاثاء الأحد الخميس صباحا مساء ظهر الأسبوع الشهر العام المقبل الماضي "
    "منذ بعد قبل خلال سنوات أيام ساعات ثلاثة عشر أربع يناير سبتمبر أيلول كانون الثاني تشرين صفر "
    "رمضان هـ م عام الساعة في من إلى على و"
).split()
ATOMS = [
    *WORDS,
    "12",
    "2023",
    "١٢",
    "٢٠٢٣",
    "12/9/2023",
    "١٢-٩-٢٠٢٣",
    "10:30",
    "3.5",
    "القاهرة - (رويترز) -",
    "\n",
    ". ",
    "، ",
    ": «",
    "» ",
    "“",
    "” ",
]

SEPARATORS = [" ", "\n", "، ", ". ", "؟ ", ": ", " «", "» ", " “", "” ", ' "', "ـ", ""]
MARKED = [c + d for c in "بقلمو" for d in DIACRITICS + "ـ"]
#: What generated texts are made of, weighted by repetition: news words and separators most,
#: letters with marks, and single characters of every class (hostile ones included).
TOKENS = [
    *ATOMS * 2,
    *SEPARATORS * 6,
    *MARKED,
    *(LETTERS + DIACRITICS + PUNCTUATION + QUOTES + DIGITS + SPACES + LATIN + ODD),
]

#: Arabic-heavy text: up to 80 tokens (a few hundred characters). One flat draw per token keeps
#: generation cheap, so the examples are spent on arnews rather than on hypothesis.
arabic_text = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)

#: Mostly news-like text, sometimes any code points at all (lone surrogates included).
any_text = st.one_of(
    arabic_text,
    arabic_text,
    arabic_text,
    st.text(st.characters(exclude_categories=()), max_size=80),
)

#: A reference or publication date: plain, aware, at the ends of the calendar.
references = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(timezone(timedelta(hours=3)))
    ),
    st.sampled_from([datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59)]),
)


Test = TypeVar("Test", bound=Callable[..., None])


def hostile_examples(size: int = 1_500, **others: object) -> Callable[[Test], Test]:
    """Decorate a ``@given(text=...)`` test with every adversarial family as an explicit example."""

    def deco(f: Test) -> Test:
        for make in HOSTILE.values():
            f = example(text=make(size), **others)(f)
        return f

    return deco


# --------------------------------------------------------------------------- normalisation

OPTION_NAMES = [f.name for f in dataclasses.fields(arnews.NormalizeOptions) if f.type in (bool, "bool")]
options = st.fixed_dictionaries({}, optional={name: st.booleans() for name in OPTION_NAMES})

#: Letters that no normalisation folds, removes or composes with a following mark.
STABLE = set("بتثجحخدذرزسشصضطظعغفقكلمن0123456789")


@hostile_examples(preset=None, opts={})
@given(text=any_text, preset=st.sampled_from([None, "search", "display", "analysis"]), opts=options)
def test_offsets_map_every_output_character_to_its_source(text: str, preset: str | None, opts: dict[str, bool]) -> None:
    out, offsets = arnews.normalize_with_offsets(text, preset, **opts)
    check_offsets(text, out, offsets)
    assert arnews.normalize(text, preset, **opts) == out


@hostile_examples()
@given(text=any_text)
def test_stable_letters_survive_normalisation_at_their_own_offset(text: str) -> None:
    out, offsets = arnews.normalize_with_offsets(text)
    kept = {offsets[i] for i, c in enumerate(out) if c in STABLE and text[offsets[i]] == c}
    lost = [k for k, c in enumerate(text) if c in STABLE and k not in kept]
    assert not lost, f"letters lost at {lost[:5]}: {[text[k] for k in lost[:5]]}"


@given(text=any_text)
def test_normalisation_is_idempotent(text: str) -> None:
    once = arnews.normalize(text)
    assert arnews.normalize(once) == once


# --------------------------------------------------------------------------- sentences


@hostile_examples()
@given(text=any_text)
def test_sentences_cover_every_non_space_character_with_original_slices(text: str) -> None:
    check_sentences(text, arnews.split_sentences(text))


@hostile_examples()
@given(text=any_text)
def test_no_sentence_spans_a_line_break(text: str) -> None:
    """Every line break ends a sentence (docs/sentences.md), words of removed characters included."""
    for s in arnews.split_sentences(text):
        assert "\n" not in s.text, s


@pytest.mark.parametrize(
    "text", ["قال الوزير.\nــــــــ\nوأضاف.", "قال الوزير\nــــ", "قال الوزير.\n\n\u200f\n\nوأضاف.", "وقال ً \n\nو"]
)
def test_a_word_of_removed_characters_stays_on_its_line(text: str) -> None:
    for s in arnews.split_sentences(text):
        assert "\n" not in s.text, s


@example(parts=["", " «0. قال"])  # found by a long run: a list number after blanks opening the text
@given(parts=st.lists(arabic_text, min_size=2, max_size=3))
def test_sentences_of_paragraphs_are_found_paragraph_by_paragraph(parts: list[str]) -> None:
    """A blank line ends a sentence: splitting paragraphs apart changes nothing within them.

    """
    text = "\n\n".join(parts)
    whole = [s.text for s in arnews.split_sentences(text)]
    pieces = [s.text for p in parts for s in arnews.split_sentences(p)]
    assert whole == pieces


@pytest.mark.parametrize("line", ["... وأضاف الوزير أن الوضع مستقر.", ". قال", "! قال الوزير"])
def test_a_line_opening_with_terminators_splits_as_at_the_start(line: str) -> None:
    alone = [s.text for s in arnews.split_sentences(line)]
    assert [s.text for s in arnews.split_sentences("عنوان\n" + line)] == ["عنوان", *alone]


# --------------------------------------------------------------------------- reported speech and dates


@hostile_examples()
@given(text=any_text)
def test_attribution_spans_are_original_slices(text: str) -> None:
    check_attributions(text, arnews.extract_attributions(text))


@hostile_examples(ref=datetime(2023, 9, 12, 10, 30), prefer="auto")
@given(text=any_text, ref=references, prefer=st.sampled_from(["auto", "past", "future"]))
@example(text="وصل الوفد أمس وسيغادر غدا بعد 100 عام.", ref=datetime(9999, 12, 31, 23, 59, 59), prefer="future")
@example(text="وصل الوفد أمس قبل 5000 سنة.", ref=date(1, 1, 1), prefer="past")
def test_date_spans_are_original_slices_for_any_reference(text: str, ref: date | None, prefer: str) -> None:
    check_dates(text, arnews.find_dates(text, reference=ref, prefer=prefer))


@example(text="اليوم اليوم")  # found by a long run: two relative days were joined only when resolved
@example(text="مساء الخميس 7 سبتمبر")  # a named day and the date after it: one mention either way
@example(text="في وقت متأخر من الليل")  # a part of day's half: found without a reference too
@given(text=any_text)
def test_unresolved_dates_are_the_resolved_ones_without_intervals(text: str) -> None:
    """The reference only resolves: the same mentions are found with or without it."""
    bare = [(m.start, m.end, m.kind) for m in arnews.find_dates(text)]
    with_ref = [(m.start, m.end, m.kind) for m in arnews.find_dates(text, reference=datetime(2023, 9, 12))]
    assert bare == with_ref


# --------------------------------------------------------------------------- the whole article


@hostile_examples(size=2_000, published=datetime(2023, 9, 12, 10, 30))
@given(text=any_text, published=references)
def test_parse_agrees_with_the_single_functions(text: str, published: date | None) -> None:
    art = arnews.parse(text, published=published)
    check_article(text, art)
    assert list(art.sentences) == arnews.split_sentences(text)
    assert list(art.attributions) == arnews.extract_attributions(text)
    assert list(art.dates) == arnews.find_dates(text, reference=published)
    for a in art.attributions:
        i = art.sentence_of(a.cue.start)
        assert i is not None and a.cue.end <= art.sentences[i].end, f"cue outside one sentence: {a.cue}"


@settings(max_examples=max(20, settings().max_examples // 5))
@given(texts=st.lists(any_text, max_size=4))
def test_parse_many_is_parse_in_order(texts: list[str]) -> None:
    got = list(arnews.parse_many(texts, published="2023-09-12"))
    assert got == [arnews.parse(t, published="2023-09-12") for t in texts]
