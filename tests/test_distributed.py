"""arnews on a distributed engine: Dask on a local cluster of worker processes.

This is the pattern the docs (batch.md) recommend for corpora too large for one machine: the
functions are pure and picklable, so a bag of texts maps onto ``parse(...).to_dict()``.
"""

from __future__ import annotations

import pytest

import arnews

# The whole module is the integration step's; dask and distributed are imported by the test itself,
# so that collecting the unit suite (which deselects it) does not import them.
pytestmark = pytest.mark.slow

TEXTS = [
    f"أعلنت الحكومة اليوم الثلاثاء أن الدفعة رقم {i} من المساعدات وصلت. وقال المتحدث باسمها إن الباقي سيصل غدا."
    for i in range(20)
]


def parse_record(text: str) -> dict[str, object]:
    return arnews.parse(text, published="2023-09-12").to_dict()


def parse_partition(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """The docs' recipe: one task a partition (a chunk of records), the to_dict() form back."""
    return list(arnews.parse_many(records, published="2023-09-12", as_dict=True))


def test_dask_bag_on_a_local_process_cluster_matches_parse() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        got = dask_bag.from_sequence(TEXTS, npartitions=4).map(parse_record).compute()
        records = [{"text": t, "id": i} for i, t in enumerate(TEXTS)]
        chunked = dask_bag.from_sequence(records, npartitions=3).map_partitions(parse_partition).compute()
    assert got == [parse_record(t) for t in TEXTS]
    assert chunked == [{**parse_record(t), "meta": {"id": i}} for i, t in enumerate(TEXTS)]
