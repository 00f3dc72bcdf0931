"""arnews on a distributed engine: Dask on a local cluster of worker processes.

This is the pattern the docs (batch.md) recommend for corpora too large for one machine: the
functions are pure and picklable, so a bag of texts maps onto ``parse(...).to_dict()``.
"""

from __future__ import annotations

import pytest

import arnews

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

TEXTS = [
    f"أعلنت الحكومة اليوم الثلاثاء أن الدفعة رقم {i} من المساعدات وصلت. وقال المتحدث باسمها إن الباقي سيصل غدا."
    for i in range(20)
]


def parse_record(text: str) -> dict[str, object]:
    return arnews.parse(text, published="2023-09-12").to_dict()


@pytest.mark.slow
def test_dask_bag_on_a_local_process_cluster_matches_parse() -> None:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        got = dask_bag.from_sequence(TEXTS, npartitions=4).map(parse_record).compute()
    assert got == [parse_record(t) for t in TEXTS]
