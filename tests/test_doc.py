"""The document layer: tokens point into the text, sentences agree with Article.sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews.doc import Doc, strip_clitics
from arnews.sentences import bounds_to_spans

TEXTS = [
    ("one sentence", "قال المتحدث باسم الشركة إن الأرباح ارتفعت."),
    ("two sentences", "أعلنت الوزارة عن خطة جديدة. وأضافت أنها ستبدأ غدا."),
    ("quote and lines", "«سنواصل العمل»، قال المدير.\nوفي تصريح آخر، أكدت المديرة أن الفريق جاهز!"),
    ("diacritics and tatweel", "قَالَ الرئيـــس إنّ الحوارَ مستمرٌّ. ثم غادر؟"),
    ("latin and digits", "Reuters: قال 3 مسؤولين إن الاجتماع في 10:30 صباحا."),
    ("empty", ""),
]


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_sentences_agree_with_article(label: str, text: str) -> None:
    doc = Doc.of(text)
    assert tuple(bounds_to_spans(doc.view, doc.bounds)) == arnews.parse(text).sentences


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_tokens_point_into_the_original(label: str, text: str) -> None:
    doc = Doc.of(text)
    for k in range(len(doc.bounds)):
        table = doc.sentence_tokens(k)
        for tk in table.toks:
            span = doc.view.span(tk.start, tk.end)
            assert span.text == text[span.start:span.end]
            assert span.text.strip() == span.text and span.text
            assert table.at(tk.start) is not None


@pytest.mark.parametrize(("word", "bare"), [
    ("وقال", "قال"),
    ("فاضاف", "اضاف"),
    ("بالقرار", "قرار"),
    ("للوزير", "وزير"),
    ("والرئيس", "رئيس"),
    ("كالعادة", "عادة"),
    ("ولد", "ولد"),  # too short to carry a clitic
    ("قال", "قال"),
])
def test_strip_clitics(word: str, bare: str) -> None:  # folded words, as the view spells them
    assert strip_clitics(word) == bare


@pytest.mark.parametrize(("sentence", "n", "lemma"), [
    ("وأضاف الوزير أن الخطة جاهزة.", 0, "أضاف"),
    ("الوزيرة قالت إن الخطة جاهزة.", 1, "قال"),
    ("وتقول المصادر إن الخطة جاهزة.", 0, "قال"),
])
def test_cue_class(sentence: str, n: int, lemma: str) -> None:
    cue = Doc.of(sentence).sentence_tokens(0).cue(n)
    assert cue is not None and cue.lemma == lemma


def test_speaker_roles() -> None:
    table = Doc.of("قال رئيس الوزراء اليوم إن الخطة جاهزة.").sentence_tokens(0)
    words = [tk.text for tk in table.toks]
    assert "title" in table.roles(words.index("رييس"))
    assert "time" in table.roles(words.index("اليوم"))
    assert table.roles(words.index("الخطه")) == frozenset()


def test_token_tables_are_bounded() -> None:
    doc = Doc.of(" ".join(f"قال مسؤول رقم {i} إن العمل مستمر." for i in range(30)))
    for k in range(len(doc.bounds)):
        doc.sentence_tokens(k)
    assert len(doc._tables) <= 8


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="قال الوزير إن«»\".،!؟\n 0123abc", max_size=80))
def test_tokens_cover_non_space(text: str) -> None:
    doc = Doc.of(text)
    for k in range(len(doc.bounds)):
        a, b = doc.bounds[k]
        toks = doc.sentence_tokens(k).toks
        assert "".join(tk.text for tk in toks) == "".join(doc.text[a:b].split())


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_attribution_reads_the_doc(label: str, text: str) -> None:
    from arnews.attribution import extract_attributions, extract_doc

    assert extract_doc(Doc.of(text)) == extract_attributions(text)
