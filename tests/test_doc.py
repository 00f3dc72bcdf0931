"""The document layer: tokens point into the text, sentences agree with Article.sentences."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews import doc as doc_module
from arnews.doc import Doc, RunOffsets, TableRef, strip_clitics
from arnews.normalize import analysis_view
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


# ---- memory: offsets kept as runs, tables let go of (issue 14 item 4)

RUN_CASES = [
    ("identity", list(range(12))),
    ("a mark removed", [0, 1, 2, 4, 5, 6]),
    ("a character expanded", [0, 1, 1, 2, 3]),
    ("a run of removed marks and a collapsed space", [0, 1, 5, 6, 9, 10, 11, 20]),
    ("a single entry", [7]),
    ("offsets from a later start", [3, 4, 5, 9, 10]),
]


@pytest.mark.parametrize(("label", "offsets"), RUN_CASES, ids=[c[0] for c in RUN_CASES])
@pytest.mark.parametrize("window", [1 << 20, 4])  # (a small window: runs compared across windows)
def test_run_offsets_read_like_the_array(label: str, offsets: list[int], window: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_module, "_WINDOW", window)
    runs = RunOffsets.of(array("i", offsets))
    assert runs is not None
    assert len(runs) == len(offsets) and list(runs) == offsets
    assert runs[-1] == offsets[-1] and runs[1:4] == offsets[1:4]
    with pytest.raises(IndexError):
        runs[len(offsets)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([0, 1, 1, 1, 1, 2, 3, 7]), min_size=1, max_size=300))
def test_run_offsets_of_any_steps(steps: list[int]) -> None:
    offsets, x = [], 0
    for s in steps:
        offsets.append(x)
        x += s
    runs = RunOffsets.of(array("i", offsets))
    assert runs is not None and list(runs) == offsets


def test_a_long_document_keeps_runs_and_the_same_spans() -> None:
    para = "وأكَّدَ المتحدثُ الرسميّ أنّ الاجتماعَ سيُعقد غداً،  وأضافـــت مصادرُ أن الجلسة طويلة.\n"
    text = para * (doc_module._RUNS_FROM // len(para) + 200)
    v = analysis_view(text)
    doc = Doc(v)
    assert isinstance(doc.view.offsets, RunOffsets) and list(doc.view.offsets) == list(v.offsets)
    assert len(doc.view.offsets._at) < len(v.offsets) // 4  # (runs, not one entry per character)
    assert bounds_to_spans(doc.view, doc.bounds) == bounds_to_spans(v, doc.bounds)


@pytest.mark.parametrize("long", [True, False])
def test_finished_events_let_go_of_their_tables(long: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from arnews.attribution.cue import find_events
    from arnews.attribution.scope import Scope

    if long:  # (a long document, as if this text were 64 K characters)
        monkeypatch.setattr(doc_module, "_RUNS_FROM", 10)
    doc = Doc.of("قال الوزير إن الاتفاق نهائي. وأضاف أن التوقيع قريب.")
    assert doc.long is long
    events = find_events(Scope(doc, doc.lexicon))
    assert len(events) == 2 and all(isinstance(ev.table, TableRef) is long for ev in events)
    doc.release()
    assert not doc._tables
    first = events[0].table  # read again from the document when a later stage asks
    assert [tk.text for tk in first.toks][:2] == ["قال", "الوزير"] and first.at(events[0].i) == 0


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="قال الوزير إن«»\".،_!؟\n\t 0123abcً", max_size=120), st.integers(1, 9))
def test_tokens_read_in_windows_are_the_pattern_tokens(text: str, window: int) -> None:
    """The table's scan (one match per window, tokens made in C) gives the tokens of ``TOKEN``."""
    want = [(m.start(), m.end(), m.group(), m.group()[0].isalnum()) for m in doc_module.TOKEN.finditer(text)]
    for w in (window, 1 << 16):
        old = doc_module._SCAN_WINDOW
        doc_module._SCAN_WINDOW = w
        try:
            toks, starts = doc_module._tokens(text, 0, len(text))
        finally:
            doc_module._SCAN_WINDOW = old
        assert [tuple(t) for t in toks] == want
        assert starts == [t[0] for t in want]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="قال الوزيرُ إنّ«»\".،ـ٫٣٤ ً\n\t\u200fﻻ", max_size=300), st.integers(3, 40))
def test_long_view_reads_the_offsets_as_runs_piece_by_piece(text: str, chunk: int) -> None:
    """Offsets read as runs while the pieces are made: the view's text and every offset as one pass gives."""
    from arnews import _offsets

    whole = analysis_view(text)
    old = (_offsets._CHUNK, doc_module._RUNS_FROM)
    _offsets._CHUNK, doc_module._RUNS_FROM = chunk, 1
    try:
        v = doc_module.long_view(text)
    finally:
        _offsets._CHUNK, doc_module._RUNS_FROM = old
    assert v.text == whole.text and list(v.offsets) == list(whole.offsets)


def test_a_long_text_is_parsed_from_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text's document (parse(), Doc.of) has its offsets read as runs (never the whole array)."""
    from arnews import _offsets

    monkeypatch.setattr(_offsets, "_CHUNK", 1000)  # (as if this text were a few megabytes)
    monkeypatch.setattr(doc_module, "_RUNS_FROM", 1000)
    para = "وأكَّدَ المتحدثُ الرسميّ أنّ الاجتماعَ سيُعقد غداً،  وأضافـــت مصادرُ أن الجلسة طويلة.\n"
    text = para * 80
    v = Doc.of(text).view
    assert isinstance(v.offsets, RunOffsets) and len(v.offsets._at) < len(text) // 4
    whole = analysis_view(text)
    assert v.text == whole.text and list(v.offsets) == list(whole.offsets)
    assert arnews.parse(text).to_dict() == arnews.parse(text[: len(text) // 2] + text[len(text) // 2 :]).to_dict()
