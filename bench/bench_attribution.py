"""Reported-speech throughput: arnews attribution extraction, with a naive regex for scale.

    python bench/bench_attribution.py                # 1 MB of bench/corpus.py, prints a table
    python bench/bench_attribution.py --size 200000  # quicker

``run(corpus)`` returns rows ``{"task": "attributions", "impl", "chars_per_s", ...}`` for
``bench/run.py``. arnews is measured twice: ``extract_attributions`` on raw text (normalisation
included) and ``extract_view`` on views prepared beforehand (what ``parse()`` pays). The composed
corpus is dense in reported speech (about one event per 90 characters, several times denser than
real news), so it is a worst case for the per-event work. The linearity rows time one long string
and the same string repeated ten times: linear means a time ratio near 10.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import corpus as corpus_mod  # noqa: E402

from arnews.attribution import extract_attributions, extract_view  # noqa: E402
from arnews.normalize import analysis_view  # noqa: E402

Row = dict[str, Any]

#: The "naive regex" of the issue: a verb of saying, a few words, then أن/إن and the rest of the sentence.
NAIVE = regex.compile(r"(?:قال|أكد|أضاف|أوضح)\S*\s+((?:\S+\s+){0,6}?)(?:أن|إن)\s+([^.]*)")


def _best(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs with the garbage collector paused (as :mod:`timeit` does)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def run(corpus: str, repeat: int = 3) -> list[Row]:
    """Rows for bench/run.py: the naive regex first (ratio base), then arnews."""
    docs = corpus.split("\n\n")
    chars = sum(len(d) for d in docs)
    rows: list[Row] = []
    secs = _best(lambda: [list(NAIVE.finditer(d)) for d in docs], repeat)
    rows.append({"task": "attributions", "impl": "naive regex (e2e F1 0.13)", "chars_per_s": chars / secs})
    extract_attributions("قال")  # load the lexicon outside the timing
    secs = _best(lambda: [extract_attributions(d) for d in docs], repeat)
    rows.append({"task": "attributions", "impl": "arnews", "chars_per_s": chars / secs,
                 "note": "extract_attributions, raw text (normalisation included)"})
    views = [analysis_view(d) for d in docs]
    secs = _best(lambda: [extract_view(v) for v in views], repeat)
    rows.append({"task": "attributions", "impl": "arnews.extract_view (prepared view)", "chars_per_s": chars / secs})

    base = corpus[: min(len(corpus), 100_000)]
    big = "\n\n".join([base] * 10)
    v1, v10 = analysis_view(base), analysis_view(big)
    t1 = _best(lambda: extract_view(v1), repeat)
    t10 = _best(lambda: extract_view(v10), repeat)
    rows.append({"task": "attributions", "impl": "arnews.extract_view 10× one string", "chars_per_s": len(big) / t10,
                 "time_ratio_10x": round(t10 / t1, 2)})
    return rows


def table(rows: list[Row]) -> str:
    """Markdown table: throughput and its ratio to the naive regex."""
    base = rows[0]["chars_per_s"]
    out = ["| impl | chars/s | × naive regex | time 10×/1× |", "|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['impl']} | {r['chars_per_s']:,.0f} | {r['chars_per_s'] / base:.3f} | "
                   f"{r.get('time_ratio_10x', '')} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(table(run(corpus_mod.corpus(args.size), args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
