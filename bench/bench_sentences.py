"""Sentence-splitting throughput: arnews beside pySBD and sentencex, in one run, on the same text.

    python bench/bench_sentences.py                # 1 MB of bench/corpus.py, prints a table of ratios
    python bench/bench_sentences.py --size 200000  # quicker

``run(corpus)`` returns rows ``{"task": "sentences", "impl", "chars_per_s", ...}`` for
``bench/run.py``. Every splitter gets the same articles, one call per article (as the scorer in
``../shared/eval/sentences`` calls them). Peers that are not installed are skipped. arnews is
measured twice: ``split_sentences`` on raw text (normalisation included) and ``split_view`` on a
view prepared beforehand (the splitting alone, what ``parse()`` pays). pySBD reads a 100 KB slice
(it runs at a few hundred KB/s). The linearity rows time one 200 KB string and the same string
repeated ten times: linear means a time ratio near 10 (target: at most 12). All timings are CPU
times, best of several interleaved rounds, so a busy shared machine disturbs every contender alike.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import corpus as corpus_mod  # noqa: E402

from arnews.normalize import analysis_view  # noqa: E402
from arnews.sentences import split_sentences, split_view  # noqa: E402

Row = dict[str, Any]
PYSBD_CHARS = 100_000  # pySBD runs at a few hundred KB/s: a slice keeps the run short


def _interleaved(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Best CPU time of each callable over ``repeat`` rounds, every callable run once per round.

    Interleaving spreads a busy spell of a shared machine over all the contenders instead of one;
    CPU time (``process_time``) rather than wall time, and the garbage collector paused as
    :mod:`timeit` does.
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
    return best


def _peers() -> dict[str, Callable[[str], object]]:
    peers: dict[str, Callable[[str], object]] = {}
    try:
        import pysbd  # type: ignore[import-untyped]

        seg = pysbd.Segmenter(language="ar", clean=False, char_span=True)
        peers["pysbd"] = seg.segment
    except ImportError:
        print("skip pysbd: not installed", file=sys.stderr)
    try:
        import sentencex  # type: ignore[import-untyped]

        peers["sentencex"] = lambda text: sentencex.get_sentence_boundaries("ar", text)
    except ImportError:
        print("skip sentencex: not installed", file=sys.stderr)
    return peers


def _docs_up_to(docs: list[str], limit: int) -> list[str]:
    out, n = [], 0
    for d in docs:
        if n >= limit:
            break
        out.append(d)
        n += len(d)
    return out


def _each(fn: Callable[[Any], object], items: list[Any]) -> Callable[[], object]:
    return lambda: [fn(x) for x in items]


def run(corpus: str, repeat: int = 5) -> list[Row]:
    """Rows for bench/run.py: peers first (the first is the ratio base), then arnews."""
    docs = corpus.split("\n\n")
    sample = _docs_up_to(docs, PYSBD_CHARS)
    views = [analysis_view(d) for d in docs]
    chars = {"docs": sum(len(d) for d in docs), "sample": sum(len(d) for d in sample)}
    fns: dict[str, Callable[[], object]] = {}
    sizes: dict[str, int] = {}
    for name, fn in _peers().items():
        fns[name] = _each(fn, sample if name == "pysbd" else docs)
        sizes[name] = chars["sample"] if name == "pysbd" else chars["docs"]
    fns["arnews.split_sentences (raw text)"] = _each(split_sentences, docs)
    fns["arnews.split_view (prepared view)"] = _each(split_view, views)
    sizes["arnews.split_sentences (raw text)"] = sizes["arnews.split_view (prepared view)"] = chars["docs"]
    best = _interleaved(fns, repeat)
    rows: list[Row] = [{"task": "sentences", "impl": k, "chars_per_s": sizes[k] / best[k]} for k in fns]

    # linearity on one long string: 1x and 10x, interleaved
    base = corpus[: min(len(corpus), 200_000)]
    big = "\n\n".join([base] * 10)
    view_small, view_big = analysis_view(base), analysis_view(big)
    lin = _interleaved(
        {
            "split_sentences 1": lambda: split_sentences(base),
            "split_sentences 10": lambda: split_sentences(big),
            "split_view 1": lambda: split_view(view_small),
            "split_view 10": lambda: split_view(view_big),
        },
        max(repeat, 7),
    )
    for label in ("split_sentences", "split_view"):
        t1, t10 = lin[f"{label} 1"], lin[f"{label} 10"]
        rows.append(
            {
                "task": "sentences",
                "impl": f"arnews.{label} 10× one string",
                "chars_per_s": len(big) / t10,
                "time_ratio_10x": round(t10 / t1, 2),
            }
        )
    return rows


def table(rows: list[Row]) -> str:
    """Markdown table with each row's throughput as a ratio to every peer present."""
    peers = [r for r in rows if not str(r["impl"]).startswith("arnews")]
    head = ["impl", "chars/s", *[f"× {p['impl']}" for p in peers], "time 10×/1×"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [str(r["impl"]), f"{r['chars_per_s']:,.0f}"]
        cells += [f"{r['chars_per_s'] / p['chars_per_s']:.2f}" for p in peers]
        cells.append(str(r.get("time_ratio_10x", "")))
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(table(run(corpus_mod.corpus(args.size), args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
