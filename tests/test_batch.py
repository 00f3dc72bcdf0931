"""parse_many(): streaming, order, processes, bad items."""

from __future__ import annotations

import itertools

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
