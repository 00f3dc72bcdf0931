"""parse_many(): streaming, order, processes, bad items."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

import arnews
from arnews.batch import parse_many

TEXTS = [f"قال الوزير في البيان رقم {i} إن الاجتماع انتهى. وأضاف أن الجلسة المقبلة ستعقد غدا." for i in range(12)]


def test_results_match_parse_in_input_order_with_processes() -> None:
    want = [arnews.parse(t, "2023-09-12").to_dict() for t in TEXTS]
    got = [a.to_dict() for a in parse_many(TEXTS, published="2023-09-12", workers=2, window=3)]
    assert got == want


def test_mapping_items_carry_their_own_published_date() -> None:
    items = [{"text": "وصل الوفد أمس.", "published": "2023-09-12"}, {"text": "وصل الوفد أمس."}]
    a, b = parse_many(items, published="2020-01-02")
    assert a.published is not None and a.published.year == 2023
    assert b.published is not None and b.published.year == 2020


def test_an_endless_stream_is_consumed_lazily() -> None:
    endless = itertools.cycle(TEXTS)
    first = list(itertools.islice(parse_many(endless), 3))
    assert [a.text for a in first] == TEXTS[:3]


@pytest.mark.parametrize("bad", [3, b"bytes", {"title": "no text"}])
def test_bad_items_raise_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        list(parse_many([bad]))  # type: ignore[list-item]


@pytest.mark.parametrize("workers", [0, -1, 1.5])
def test_bad_worker_counts_raise_value_error(workers: object) -> None:
    with pytest.raises(ValueError, match="workers"):
        list(parse_many(TEXTS, workers=workers))  # type: ignore[arg-type]


# --- records, errors, progress (issue 15) ---------------------------------------------------------


def test_records_keep_their_other_keys_in_meta() -> None:
    items = [{"id": "a", "url": "http://x", "title": "t", "text": TEXTS[0], "published": "2023-09-12"}, TEXTS[1]]
    a, b = parse_many(items, workers=1)
    assert a.meta == {"id": "a", "url": "http://x", "title": "t"} and b.meta == {}
    d = a.to_dict()
    assert d["meta"] == {"id": "a", "url": "http://x", "title": "t"} and "meta" not in b.to_dict()
    assert d["title"] is None or isinstance(d["title"], dict)  # the record's title does not replace the span


@pytest.mark.parametrize("workers", [1, 2])
def test_as_dict_gives_the_to_dict_form_with_meta(workers: int) -> None:
    items = [{"id": i, "text": t} for i, t in enumerate(TEXTS)]
    got = list(parse_many(items, "2023-09-12", workers=workers, chunk=5, as_dict=True))
    want = [{**arnews.parse(t, "2023-09-12").to_dict(), "meta": {"id": i}} for i, t in enumerate(TEXTS)]
    assert got == want


BAD = [TEXTS[0], 3, {"text": TEXTS[1], "published": "2023-02-30", "id": "x"}, TEXTS[2]]


@pytest.mark.parametrize("workers", [1, 2])
def test_on_error_skip_and_record(workers: int) -> None:
    kept = [a.text for a in parse_many(BAD, workers=workers, on_error="skip", chunk=2)]
    assert kept == [TEXTS[0], TEXTS[2]]
    got = list(parse_many(BAD, workers=workers, on_error="record", chunk=2))
    assert [type(x).__name__ for x in got] == ["Article", "BatchError", "BatchError", "Article"]
    assert got[1].index == 1 and "int" in got[1].message
    assert got[2].index == 2 and "not a valid day" in got[2].message and got[2].meta == {"id": "x"}


@pytest.mark.parametrize("workers", [1, 2])
def test_on_error_raise_raises_in_turn_after_the_earlier_results(workers: int) -> None:
    it = parse_many(BAD, workers=workers, chunk=1)
    assert next(it).text == TEXTS[0]
    with pytest.raises(TypeError, match="int"):
        next(it)


def test_bad_on_error_chunk_window() -> None:
    with pytest.raises(ValueError, match="on_error"):
        list(parse_many(TEXTS, on_error="ignore"))  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="chunk"):
        list(parse_many(TEXTS, chunk=-1))


def test_progress_callable_sees_every_article() -> None:
    seen: list[int] = []
    list(parse_many(TEXTS[:5], workers=2, chunk=2, progress=seen.append))
    assert seen == [1, 2, 3, 4, 5]


def test_progress_true_uses_tqdm_when_installed() -> None:
    pytest.importorskip("tqdm")
    assert len(list(parse_many(TEXTS[:3], progress=True))) == 3


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_import_arnews_does_not_import_tqdm() -> None:
    import subprocess
    import sys

    code = "import sys, arnews, arnews.batch; print('tqdm' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(("chunk", "window"), [(1, 1), (3, 2), (5, 1), (50, 4)])
def test_chunked_results_are_parse_in_order(chunk: int, window: int) -> None:
    want = [arnews.parse(t).to_dict() for t in TEXTS]
    assert [a.to_dict() for a in parse_many(TEXTS, workers=2, chunk=chunk, window=window)] == want


def test_memory_stays_bounded_on_a_stream() -> None:
    """At most window chunks are read ahead of what was yielded."""
    read: list[int] = []

    def stream() -> Iterator[str]:
        for i in itertools.count():
            read.append(i)
            yield TEXTS[i % len(TEXTS)]

    it = parse_many(stream(), workers=2, chunk=3, window=2)
    next(it)
    assert len(read) <= 3 * 2 + 3


def test_results_with_meta_and_a_zone_follow_the_schema() -> None:
    import json
    from importlib import resources

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("arnews.data").joinpath("article.schema.json").read_text(encoding="utf-8"))
    items = [{"id": "z", "url": "u", "text": TEXTS[0], "published": "2023-09-12T10:00+03:00"}]
    (d,) = parse_many(items, as_dict=True)
    jsonschema.validate(json.loads(json.dumps(d)), schema)
    assert d["meta"] == {"id": "z", "url": "u"} and d["published"].endswith("+03:00")


def test_the_warm_up_text_exercises_every_capability() -> None:
    """The parent parses arnews/data/warmup.txt before forking workers: it must reach every reader."""
    from importlib import resources

    text = resources.files("arnews.data").joinpath("warmup.txt").read_text(encoding="utf-8")
    a = arnews.parse(text, "2023-09-12")
    kinds = {m.kind for m in a.dates}
    assert len(a.sentences) >= 8 and len(a.attributions) >= 6 and a.dateline is not None
    assert {"date", "time", "datetime", "range"} <= kinds and len(a.dates) >= 12
