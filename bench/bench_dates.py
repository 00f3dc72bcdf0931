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

import sys
from collections.abc import Callable
from datetime import datetime

from _common import Row, cpu_best, docs_up_to, linearity, main

from arnews.dates import find_dates, find_view
from arnews.normalize import analysis_view

DATEPARSER_CHARS = 50_000
REF = datetime(2023, 9, 12, 12, 0)


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
        sample = docs_up_to(docs, DATEPARSER_CHARS)
        dp(sample[0])  # warm-up: dateparser loads its language data on first use
        chars = sum(len(d) for d in sample)
        secs = cpu_best({"dp": lambda: [dp(d) for d in sample]}, 1)["dp"]
        rows.append({"task": "dates", "impl": "dateparser.search_dates", "chars_per_s": chars / secs,
                     "chars_timed": chars})
    chars = sum(len(d) for d in docs)
    find_dates(docs[0], REF)  # warm-up: tables and the pattern are built on first use
    views = [analysis_view(d) for d in docs]
    best = cpu_best(
        {
            "arnews.find_dates (raw text)": lambda: [find_dates(d, REF) for d in docs],
            "arnews.find_view (prepared view)": lambda: [find_view(v, REF) for v in views],
        },
        repeat,
    )
    rows += [{"task": "dates", "impl": k, "chars_per_s": chars / t} for k, t in best.items()]
    rows.append(linearity("arnews.find_dates", "dates", lambda s: find_dates(s, REF), corpus, repeat))
    return rows


if __name__ == "__main__":
    raise SystemExit(main(run, __doc__))
