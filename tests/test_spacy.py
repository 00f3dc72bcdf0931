"""The spaCy component: nlp.add_pipe("arnews") on a blank Arabic pipeline (no model download)."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

import arnews

spacy = pytest.importorskip("spacy")

TEXT = "عمّان - (بترا) - قال وزير الخارجية أمس إن «المحادثات» مثمرة. وأضاف أن الجولة المقبلة ستعقد غدا في القاهرة."


@pytest.fixture(scope="module")
def nlp() -> object:
    nlp = spacy.blank("ar")
    nlp.add_pipe("arnews", config={"published": "2024-02-06"})
    return nlp


def test_the_factory_is_registered_by_entry_point() -> None:
    (ep,) = [e for e in entry_points(group="spacy_factories") if e.name == "arnews"]
    assert ep.value == "arnews.spacy_component:make_arnews"


def test_attributions_are_token_spans(nlp: object) -> None:
    doc = nlp(TEXT)  # type: ignore[operator]
    got = [(a.verb, a.cue.text, a.speaker.text if a.speaker else None, a.content.text) for a in doc._.attributions]
    assert got == [
        ("قال", "قال", "وزير الخارجية", "«المحادثات» مثمرة"),
        ("أضاف", "وأضاف", None, "الجولة المقبلة ستعقد غدا في القاهرة"),
    ]
    assert doc._.attributions[1].source.text == "وزير الخارجية"
    assert doc._.arnews["attributions"][0] == doc._.attributions[0].data


def test_span_groups(nlp: object) -> None:
    doc = nlp(TEXT)  # type: ignore[operator]
    groups = {k: [s.text for s in v] for k, v in doc.spans.items()}
    assert groups["arnews_speakers"] == ["وزير الخارجية"]
    assert groups["arnews_cues"] == ["قال", "وأضاف"]
    assert groups["arnews_dates"] == ["أمس", "غدا"]
    assert [s.label_ for s in doc.spans["arnews_cues"]] == ["indirect", "indirect"]


def test_dates_carry_their_mention(nlp: object) -> None:
    doc = nlp(TEXT)  # type: ignore[operator]
    (yesterday, tomorrow) = doc._.dates
    assert yesterday.label_ == "date" and yesterday._.date["interval"][0] == "2024-02-05T00:00:00"
    assert tomorrow._.date["interval"] == ["2024-02-07T00:00:00", "2024-02-08T00:00:00"]


def test_sentences(nlp: object) -> None:
    doc = nlp(TEXT)  # type: ignore[operator]
    assert [s.text for s in doc.sents] == [
        "عمّان - (بترا) - قال وزير الخارجية أمس إن «المحادثات» مثمرة.",
        "وأضاف أن الجولة المقبلة ستعقد غدا في القاهرة.",
    ]


def test_spans_expand_to_whole_tokens() -> None:
    nlp = spacy.blank("ar")
    nlp.add_pipe("arnews")
    doc = nlp("وقالت الوزيرة إن القرار نهائي.")
    (a,) = doc._.attributions
    assert a.cue.text == "وقالت" and a.speaker.text == "الوزيرة"
    assert all(s.start_char == t.idx for s in (a.cue, a.speaker, a.content) for t in [s[0]])


def test_published_per_doc_overrides_the_setting(nlp: object) -> None:
    doc = nlp.make_doc("وصل الوفد أمس.")  # type: ignore[attr-defined]
    doc._.published = "2020-01-02"
    doc = nlp.get_pipe("arnews")(doc)  # type: ignore[attr-defined]
    assert doc._.dates[0]._.date["interval"][0] == "2020-01-01T00:00:00"


@pytest.mark.parametrize("text", ["", " ", "\n\n", "«»", "قال"])
def test_edge_texts(nlp: object, text: str) -> None:
    doc = nlp(text)  # type: ignore[operator]
    assert doc._.arnews["sentences"] == [s.to_dict() for s in arnews.split_sentences(text)]


def test_docs_serialise_with_their_results(nlp: object) -> None:
    from spacy.tokens import Doc, DocBin

    doc = nlp(TEXT)  # type: ignore[operator]
    again = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert [a.content.text for a in again._.attributions] == [a.content.text for a in doc._.attributions]
    assert [s.text for s in again.spans["arnews_speakers"]] == ["وزير الخارجية"]
    box = DocBin(store_user_data=True, docs=[doc])
    (back,) = DocBin().from_bytes(box.to_bytes()).get_docs(doc.vocab)
    assert [list(d._.date["interval"]) for d in back._.dates] == [d._.date["interval"] for d in doc._.dates]


@pytest.mark.slow
def test_pipe_with_two_processes(nlp: object) -> None:
    texts = ["قال الوزير أمس إن الاتفاق نهائي.", "وصل الوفد.", "وأكدت الوزيرة أن الجلسة غدا."]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))  # type: ignore[attr-defined]
    assert [len(d._.attributions) for d in docs] == [1, 0, 1]


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_a_fresh_process_finds_the_component_by_its_entry_point() -> None:
    import subprocess
    import sys

    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('ar'); nlp.add_pipe('arnews')\n"
        "assert 'arnews.spacy_component' in sys.modules\n"
        "print(len(nlp('قال الوزير إن الاتفاق نهائي.')._.attributions))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1"


def test_a_saved_pipeline_loads_with_its_settings(tmp_path: object) -> None:
    nlp = spacy.blank("ar")
    nlp.add_pipe("arnews", config={"published": "2024-02-06", "set_sentences": False})
    nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)
    assert loaded.pipe_names == ["arnews"]
    doc = loaded("وصل الوفد أمس. وغادر.")
    assert doc._.dates[0]._.date["interval"][0] == "2024-02-05T00:00:00"
    assert not doc.has_annotation("SENT_START")
