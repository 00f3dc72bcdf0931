"""What a process pool adds to parsing, measured in one process: the transfer cost per article.

A pooled ``parse_many`` pays, beyond the parsing itself: pickling each chunk of texts (parent),
unpickling it (worker), pickling the results (worker) and unpickling them (parent). This script
times each step on real news (warm caches, best of rounds, CPU time) for both kinds of result,
``Article`` objects and their ``to_dict()`` form (``as_dict=True``), and prints the efficiency
that transfer alone allows. It is steady on a busy machine, unlike a pooled run, whose CPU time
swings with the load; ``bench_batch.py`` measures the pooled runs themselves.

    .venv/bin/python bench/batch_overhead.py
"""

from __future__ import annotations

import gc
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import _texts

import arnews
from arnews.batch import _job, _parse_chunk


def _cpu(fn: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main(n: int = 344, chunk: int = 16) -> None:
    texts = _texts(n)
    for t in texts[:172]:
        arnews.parse(t, "2023-09-12")  # warm: what a long batch sees
    ref = arnews.parse("", "2023-09-12").published
    jobs = [_job(i, t, ref) for i, t in enumerate(texts)]
    chunks = [jobs[i : i + chunk] for i in range(0, n, chunk)]
    parse_cpu = _cpu(lambda: [arnews.parse(t, "2023-09-12").to_dict() for t in texts], 2)
    send = _cpu(lambda: [pickle.dumps(c, 5) for c in chunks])
    blobs = [pickle.dumps(c, 5) for c in chunks]
    receive = _cpu(lambda: [pickle.loads(b) for b in blobs])
    print(f"{n} real articles, chunks of {chunk}: parse {1000 * parse_cpu / n:.2f} ms an article")
    print("| result | parent: send + receive, ms/article | worker: receive + send, ms/article | transfer | eff. |")
    print("|---|---|---|---|---|")
    for name, as_dict in (("Article", False), ("to_dict()", True)):
        results = [_parse_chunk(c, as_dict) for c in chunks]
        out = _cpu(lambda results=results: [pickle.dumps(r, 5) for r in results])  # type: ignore[misc]
        back_blobs = [pickle.dumps(r, 5) for r in results]
        back = _cpu(lambda back_blobs=back_blobs: [pickle.loads(b) for b in back_blobs])  # type: ignore[misc]
        extra = send + receive + out + back
        print(
            f"| {name} | {1000 * (send + back) / n:.3f} | {1000 * (receive + out) / n:.3f} | "
            f"{100 * extra / parse_cpu:.1f}% | {parse_cpu / (parse_cpu + extra):.3f} |"
        )


if __name__ == "__main__":
    main()
