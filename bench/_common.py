"""What every benchmark module shares: CPU timing, slices of the corpus, the table, the CLI."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for p in (str(HERE), str(HERE.parent)):
    if p not in sys.path:
        sys.path.insert(0, p)

import corpus as corpus_mod  # noqa: E402

Row = dict[str, Any]


def cpu_best(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Best CPU time of each callable over ``repeat`` interleaved rounds, collector paused.

    Interleaving spreads a busy spell of a shared machine over all the contenders; CPU time
    (``process_time``) rather than wall time, and the garbage collector paused as :mod:`timeit` does.
    """
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                fn()
                best[name] = min(best[name], time.process_time() - t0)
            finally:
                gc.enable()
    return {k: max(v, 1e-9) for k, v in best.items()}


def docs_up_to(docs: Sequence[str], limit: int) -> list[str]:
    """The first documents of ``docs`` that together reach ``limit`` characters."""
    out, n = [], 0
    for d in docs:
        if n >= limit:
            break
        out.append(d)
        n += len(d)
    return out


def linearity(label: str, task: str, fn: Callable[[str], object], corpus: str, repeat: int) -> Row:
    """A row timing ``fn`` on one string of up to 100 KB and on ten of them joined."""
    base = corpus[: min(len(corpus), 100_000)]
    big = "\n\n".join([base] * 10)
    best = cpu_best({"1": lambda: fn(base), "10": lambda: fn(big)}, max(repeat, 3))
    return {"task": task, "impl": f"{label} 10× one string", "chars_per_s": len(big) / best["10"],
            "time_ratio_10x": round(best["10"] / best["1"], 2)}


def table(rows: Sequence[Row]) -> str:
    """A Markdown table with each row's throughput as a ratio to every peer (non-arnews) row."""
    peers = [r for r in rows if not str(r["impl"]).startswith("arnews")]
    head = ["impl", "chars/s", *[f"× {p['impl']}" for p in peers], "time 10×/1×"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [str(r["impl"]), f"{r['chars_per_s']:,.0f}"]
        cells += [f"{r['chars_per_s'] / p['chars_per_s']:.2f}" for p in peers]
        cells.append(str(r.get("time_ratio_10x", "")))
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(run: Callable[[str, int], list[Row]], doc: str | None, repeat: int = 3) -> int:
    """The command line of a benchmark module: ``--size`` and ``--repeat``, a table on stdout."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=repeat)
    args = ap.parse_args()
    print(table(run(corpus_mod.corpus(args.size), args.repeat)))
    return 0
