"""Sentence-splitting throughput: arnews beside pySBD and sentencex, in one run, on the same text.

    python bench/bench_sentences.py                # 1 MB of bench/corpus.py, prints a table of ratios
    python bench/bench_sentences.py --size 200000  # quicker

``run(corpus)`` returns rows ``{"task": "sentences", "impl", "chars_per_s", ...}`` for
``bench/run.py``. Every splitter gets the same articles, one call per article (as the scorer in
``../shared/eval/sentences`` calls them). Peers that are not installed are skipped. arnews is
measured twice: ``split_sentences`` on raw text (normalisation included) and ``split_view`` on a
view prepared beforehand (the splitting alone, what ``parse()`` pays). The linearity rows time
one long string and the same string repeated ten times: linear means a time ratio near 10
(target: at most 12).
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


def _best(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs, the garbage collector paused as :mod:`timeit` does.

    CPU time (``process_time``) rather than wall time: the figures stay comparable on a shared,
    loaded machine.
    """
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


def _throughput(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    chars = sum(len(d) for d in docs)
    return chars / _best(lambda: [fn(d) for d in docs], repeat)


def _docs_up_to(docs: list[str], limit: int) -> list[str]:
    out, n = [], 0
    for d in docs:
        if n >= limit:
            break
        out.append(d)
        n += len(d)
    return out


def run(corpus: str, repeat: int = 3) -> list[Row]:
    """Rows for bench/run.py: peers first (the first is the ratio base), then arnews."""
    docs = corpus.split("\n\n")
    rows: list[Row] = []
    for name, fn in _peers().items():
        sample = _docs_up_to(docs, PYSBD_CHARS) if name == "pysbd" else docs
        rows.append(
            {
                "task": "sentences",
                "impl": name,
                "chars_per_s": _throughput(fn, sample, repeat),
            }
        )

    rows.append(
        {
            "task": "sentences",
            "impl": "arnews.split_sentences (raw text)",
            "chars_per_s": _throughput(split_sentences, docs, repeat),
        }
    )
    views = [analysis_view(d) for d in docs]
    chars = sum(len(d) for d in docs)
    secs = _best(lambda: [split_view(v) for v in views], repeat)
    rows.append({"task": "sentences", "impl": "arnews.split_view (prepared view)", "chars_per_s": chars / secs})

    # linearity on one long string: 1x and 10x
    base = corpus[: min(len(corpus), 100_000)]
    big = "\n\n".join([base] * 10)
    view_small, view_big = analysis_view(base), analysis_view(big)
    pairs: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("arnews.split_sentences", lambda: split_sentences(base), lambda: split_sentences(big)),
        ("arnews.split_view", lambda: split_view(view_small), lambda: split_view(view_big)),
    ]
    for label, small_fn, big_fn in pairs:
        t1, t10 = _best(small_fn, repeat), _best(big_fn, repeat)
        rows.append(
            {
                "task": "sentences",
                "impl": f"{label} 10× one string",
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
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(table(run(corpus_mod.corpus(args.size), args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
