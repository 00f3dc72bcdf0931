"""parse_many on real news: speed-up and CPU accounting per process, chunked tasks vs one task an article.

Every configuration runs in a fresh interpreter; the parent reads that interpreter's CPU time and
its workers' (``RUSAGE_CHILDREN``, which counts a worker once it is joined), so the cost of the
pool (sending texts, pickling results, warming each worker) shows as CPU beyond the sequential run:

    efficiency = CPU of the sequential run / CPU of all processes of the pooled run

Each configuration runs at N and 2N articles (best of ``--rounds``): ``efficiency`` is over the
whole 2N run (interpreter start, imports and each worker's first, cold articles included), and
``marginal`` over the extra N articles only, (seq(2N) - seq(N)) / (pool(2N) - pool(N)): the steady
state of a long batch, free of the fixed costs. Efficiency does not depend on free cores; the
wall-clock speed-up does (on a shared machine it is bounded by the cores the others leave). Usage::

    .venv/bin/python bench/bench_batch.py                     # 500 and 1000 real articles, 2/4 workers
    .venv/bin/python bench/bench_batch.py --articles 2000 --workers 2 4 --json batch.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parent.parent / "shared" / "eval" / "news" / "pool" / "news_pool.jsonl"

#: name -> parse_many keyword arguments (chunk 1 and Article results: one task an article, as before)
MODES = {
    "per-article": {"chunk": 1, "as_dict": False},
    "chunked": {"chunk": 16, "as_dict": False},
    "chunked-dict": {"chunk": 16, "as_dict": True},
}


def _texts(n: int) -> list[str]:
    pool = [json.loads(x)["text"] for x in POOL.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [pool[i % len(pool)] + f"\n[{i}]" for i in range(n)]  # repeated, each a distinct string


def _inner(n: int, workers: int, mode: str) -> None:
    import arnews

    texts = _texts(n)
    arnews.parse(texts[0])  # warm the parent (as a long run is)
    t0, c0 = time.perf_counter(), time.process_time()
    count = sum(1 for _ in arnews.parse_many(texts, "2023-09-12", workers=workers, **MODES[mode]))  # type: ignore[arg-type]
    wall, main_cpu = time.perf_counter() - t0, time.process_time() - c0
    me = resource.getrusage(resource.RUSAGE_SELF)  # this process whole (the workers are joined at its exit)
    print(json.dumps({"n": count, "wall": wall, "main_cpu": main_cpu, "self_cpu": me.ru_utime + me.ru_stime}))


def _run(n: int, workers: int, mode: str) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, __file__, "--inner", str(n), str(workers), mode], capture_output=True, text=True, check=True
    ).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    row = json.loads(out)
    row["total_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return row


def _best(n: int, workers: int, mode: str, rounds: int) -> dict[str, float]:
    runs = [_run(n, workers, mode) for _ in range(rounds)]
    return {k: min(r[k] for r in runs) for k in runs[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500, help="N: runs at N and 2N articles")
    ap.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    ap.add_argument("--modes", nargs="+", default=["per-article", "chunked-dict"], choices=list(MODES))
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--json", help="write the rows here")
    ap.add_argument("--inner", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        _inner(int(args.inner[0]), int(args.inner[1]), args.inner[2])
        return
    n = args.articles
    print(f"{n} and {2 * n} real articles, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    configs = [("sequential", 1), *((m, w) for m in args.modes for w in args.workers)]
    rows = []
    for mode, w in configs:
        small, big = (_best(k, w, "chunked" if mode == "sequential" else mode, args.rounds) for k in (n, 2 * n))
        rows.append({"mode": mode, "workers": w, "small": small, "big": big})
    seq = rows[0]
    print("| mode | workers | wall s (2N) | speed-up | main CPU s | CPU s per worker | all CPU s | efficiency "
          "| marginal efficiency |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        big, small = r["big"], r["small"]
        workers_cpu = big["total_cpu"] - big["self_cpu"]  # every process but the parent: the workers
        per_worker = f"{workers_cpu / r['workers']:.2f}" if r["workers"] > 1 else "—"
        marginal = (seq["big"]["total_cpu"] - seq["small"]["total_cpu"]) / (big["total_cpu"] - small["total_cpu"])
        print(
            f"| {r['mode']} | {r['workers']} | {big['wall']:.2f} | {seq['big']['wall'] / big['wall']:.2f}x | "
            f"{big['main_cpu']:.2f} | {per_worker} | "
            f"{big['total_cpu']:.2f} | {seq['big']['total_cpu'] / big['total_cpu']:.2f} | "
            f"{marginal:.2f} |"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
