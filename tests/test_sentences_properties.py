"""Invariants of sentence splitting on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from arnews.normalize import analysis_view
from arnews.sentences import bounds_to_spans, sentence_bounds, split_sentences, split_view
from arnews.spans import TextView

# Characters the rules care about, so that generated text reaches them often.
NEWS_CHARS = list(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"  # letters, hamza forms
    "ـًٌٍَُِّْٰ"  # tatweel, diacritics
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵٫٬"  # digits, Arabic decimal/thousands separators
    "aAbZ"
    ".!?؟…۔،؛:,-ـ/@"
    "\"'“”‘’«»()[]"
    "  \n\r\t\u00a0"
    "\u200f\u200e\u202b\u202c\u200d\ufeff"
    "🎉🇪🇬👍🏽"
)
news_text = st.text(alphabet=st.sampled_from(NEWS_CHARS), max_size=200)
any_text = st.text(alphabet=st.characters(blacklist_categories=()), max_size=200)  # surrogates included
texts = st.one_of(news_text, any_text)


def check_invariants(text: str) -> None:
    spans = split_sentences(text)
    covered = bytearray(len(text))
    prev_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= prev_end, "in order, never overlapping"
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip(), "trimmed"
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
        prev_end = s.end
    for i, ch in enumerate(text):
        assert covered[i] or ch.isspace(), f"non-space character {ch!r} at {i} outside every span"


@given(texts)
def test_spans_are_ordered_trimmed_and_cover_the_text(text: str) -> None:
    check_invariants(text)


@given(
    st.lists(
        st.sampled_from(["وصل الوفد", " د. ", "«", "»", ".", "...", "؟!", "\n", " ", "3.5", "إلخ. ", "(", ")"]),
        max_size=40,
    )
)
def test_invariants_on_composed_fragments(parts: list[str]) -> None:
    check_invariants("".join(parts))


@example(text="0\rً")  # found by a long run: a stray mark on a line of its own is a span of its own
@given(texts)
def test_bounds_are_trimmed_view_offsets(text: str) -> None:
    v = analysis_view(text)
    prev = 0
    for i, j in sentence_bounds(v):
        assert prev <= i < j <= len(v.text)
        assert v.text[i:j] == v.text[i:j].strip()
        prev = j
    # one span per bound, plus a span for characters normalisation dropped on a line of their own
    extra = [sp for sp in split_view(v) if analysis_view(sp.text).text.strip() == ""]
    assert len(split_view(v)) == len(sentence_bounds(v)) + len(extra)


@given(news_text)
def test_split_view_equals_split_sentences(text: str) -> None:
    assert split_view(analysis_view(text)) == split_sentences(text)


@given(st.lists(st.sampled_from(["وصل الوفد.", "هل انتهى؟", "وقال: «نعم.»", "عاجل"]), min_size=1, max_size=8))
def test_joined_sentences_split_back(parts: list[str]) -> None:
    # every part ends a sentence (final punctuation, or a line of its own)
    text = " ".join(p if p != "عاجل" else "\nعاجل\n" for p in parts)
    assert [s.text for s in split_sentences(text)] == parts


@given(texts)
def test_identity_view_works_too(text: str) -> None:
    # a view that folds nothing (runs of spaces, tabs, \r kept) still gives ordered, trimmed spans
    v = TextView.identity(text)
    prev = 0
    for s in bounds_to_spans(v, sentence_bounds(v)):
        assert prev <= s.start < s.end and text[s.start : s.end] == s.text == s.text.strip()
        prev = s.end
