"""Sentence-splitting throughput: arnews beside pySBD and sentencex, in one run, on the same text.

    python bench/bench_sentences.py                # 1 MB of bench/corpus.py, prints a table of ratios
    python bench/bench_sentences.py --size 200000  # quicker

``run(corpus)`` returns rows ``{"task": "sentences", "impl", "chars_per_s", ...}`` for
``bench/run.py``. Every splitter gets the same articles, one call per article (as the scorer in
``../shared/eval/sentences`` calls them). Peers that are not installed are skipped. arnews is
measured twice: ``split_sentences`` on raw text (normalisation included) and ``split_view`` on a
view prepared beforehand (the splitting alone, what ``parse()`` pays). pySBD reads a 100 KB slice
(it runs at a few hundred KB/s). The linearity row times one 100 KB string and the same string
repeated ten times: linear means a time ratio near 10 (target: at most 12). All timings are CPU
times, best of several interleaved rounds, so a busy shared machine disturbs every contender alike.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from _common import Row, cpu_best, docs_up_to, linearity, main

from arnews.normalize import analysis_view
from arnews.sentences import split_sentences, split_view

PYSBD_CHARS = 100_000  # pySBD runs at a few hundred KB/s: a slice keeps the run short


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


def _each(fn: Callable[[Any], object], items: list[Any]) -> Callable[[], object]:
    return lambda: [fn(x) for x in items]


def run(corpus: str, repeat: int = 5) -> list[Row]:
    """Rows for bench/run.py: peers first (the first is the ratio base), then arnews."""
    docs = corpus.split("\n\n")
    sample = docs_up_to(docs, PYSBD_CHARS)
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
    best = cpu_best(fns, repeat)
    rows: list[Row] = [{"task": "sentences", "impl": k, "chars_per_s": sizes[k] / best[k]} for k in fns]

    rows.append(linearity("arnews.split_sentences", "sentences", split_sentences, corpus, repeat))
    return rows


if __name__ == "__main__":
    raise SystemExit(main(run, __doc__, repeat=5))
