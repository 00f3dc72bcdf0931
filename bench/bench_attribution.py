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

import regex
from _common import Row, cpu_best, linearity, main

from arnews.attribution import extract_attributions, extract_view
from arnews.normalize import analysis_view

#: The "naive regex" of the issue: a verb of saying, a few words, then أن/إن and the rest of the sentence.
NAIVE = regex.compile(r"(?:قال|أكد|أضاف|أوضح)\S*\s+((?:\S+\s+){0,6}?)(?:أن|إن)\s+([^.]*)")


def run(corpus: str, repeat: int = 3) -> list[Row]:
    """Rows for bench/run.py: the naive regex first (ratio base), then arnews."""
    docs = corpus.split("\n\n")
    chars = sum(len(d) for d in docs)
    views = [analysis_view(d) for d in docs]
    extract_attributions("قال")  # load the lexicon outside the timing
    best = cpu_best(
        {
            "naive regex (e2e F1 0.13)": lambda: [list(NAIVE.finditer(d)) for d in docs],
            "arnews.extract_attributions (raw text)": lambda: [extract_attributions(d) for d in docs],
            "arnews.extract_view (prepared view)": lambda: [extract_view(v) for v in views],
        },
        repeat,
    )
    rows: list[Row] = [{"task": "attributions", "impl": k, "chars_per_s": chars / t} for k, t in best.items()]
    rows.append(linearity("arnews.extract_attributions", "attributions", extract_attributions, corpus, repeat))
    return rows


if __name__ == "__main__":
    raise SystemExit(main(run, __doc__))
