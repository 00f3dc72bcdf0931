"""Date-finding throughput: arnews beside dateparser's ``search_dates``, in one run, on the same text.

    python bench/bench_dates.py                # 1 MB of bench/corpus.py (dateparser on a 50 KB slice)
    python bench/bench_dates.py --size 200000  # quicker

``run(corpus)`` returns rows ``{"task": "dates", "impl", "chars_per_s", ...}`` for
``bench/run.py``. Every implementation gets the same articles, one call per article, with the
same reference date. dateparser is slow (a few KB/s), so it is timed on a slice of
``DATEPARSER_CHARS`` characters. arnews is measured twice: ``find_dates`` on raw text
(normalisation included) and ``find_view`` on a view prepared beforehand (what ``parse()``
pays). Times are CPU times with the garbage collector paused, the best of a few runs.
The linearity row times one long string and the same string repeated ten times:
linear means a time ratio near 10.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import corpus as corpus_mod  # noqa: E402

from arnews.dates import find_dates, find_view  # noqa: E402
from arnews.normalize import analysis_view  # noqa: E402

Row = dict[str, Any]
DATEPARSER_CHARS = 50_000
REF = datetime(2023, 9, 12, 12, 0)


def _best(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs with the collector paused (stable on a loaded machine)."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
    finally:
        if enabled:
            gc.enable()
    return max(best, 1e-9)


def _docs_up_to(docs: list[str], limit: int) -> list[str]:
    out, n = [], 0
    for d in docs:
        if n >= limit:
            break
        out.append(d)
        n += len(d)
    return out


def _dateparser() -> Callable[[str], object] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("skip dateparser: not installed", file=sys.stderr)
        return None
    settings = {"RELATIVE_BASE": REF}
    return lambda text: search_dates(text, languages=["ar"], settings=settings)


def run(corpus: str, repeat: int = 3) -> list[Row]:
    """Rows for bench/run.py: dateparser first (the ratio base), then arnews."""
    docs = [d for d in corpus.split("\n\n") if d.strip()]
    rows: list[Row] = []
    dp = _dateparser()
    if dp is not None:
        sample = _docs_up_to(docs, DATEPARSER_CHARS)
        dp(sample[0])  # warm-up: dateparser loads its language data on first use
        chars = sum(len(d) for d in sample)
        secs = _best(lambda: [dp(d) for d in sample], 1)
        rows.append({"task": "dates", "impl": "dateparser.search_dates", "chars_per_s": chars / secs,
                     "chars_timed": chars})
    chars = sum(len(d) for d in docs)
    find_dates(docs[0], REF)  # warm-up: tables and the pattern are built on first use
    secs = _best(lambda: [find_dates(d, REF) for d in docs], repeat)
    rows.append({"task": "dates", "impl": "arnews.find_dates (raw text)", "chars_per_s": chars / secs})
    views = [analysis_view(d) for d in docs]
    secs = _best(lambda: [find_view(v, REF) for v in views], repeat)
    rows.append({"task": "dates", "impl": "arnews.find_view (prepared view)", "chars_per_s": chars / secs})

    base = corpus[: min(len(corpus), 100_000)]
    big = "\n\n".join([base] * 10)
    t1 = _best(lambda: find_dates(base, REF), repeat)
    t10 = _best(lambda: find_dates(big, REF), repeat)
    rows.append({"task": "dates", "impl": "arnews.find_dates 10× one string", "chars_per_s": len(big) / t10,
                 "time_ratio_10x": round(t10 / t1, 2)})
    return rows


def table(rows: list[Row]) -> str:
    """Markdown table with each row's throughput as a ratio to dateparser when present."""
    peers = [r for r in rows if not str(r["impl"]).startswith("arnews")]
    head = ["impl", "chars/s", *[f"× {p['impl']}" for p in peers], "time 10×/1×"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [str(r["impl"]), f"{r['chars_per_s']:,.0f}"]
        cells += [f"{r['chars_per_s'] / p['chars_per_s']:.1f}" for p in peers]
        cells.append(str(r.get("time_ratio_10x", "")))
        out.append("| " + " | ".join(cells) + " |")
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
