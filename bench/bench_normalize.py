"""Normalisation throughput, side by side with pyarabic and camel-tools (not a timed test).

    python bench/bench_normalize.py            # 2 MB corpus, Markdown table with ratios to pyarabic
    python bench/bench_normalize.py 300000     # a smaller corpus

Rows (all on the same text, one core, best of several interleaved rounds):

* ``arnews.normalize (SEARCH)``: every SEARCH step (controls, presentation forms, diacritics,
  tatweel, Persian letters, alef, alef maqsura, teh marbuta, hamza seats, digits, quotes,
  whitespace);
* ``arnews.normalize_with_offsets (SEARCH)``: the same, plus the offset list;
* ``arnews.analysis_view``: the pipeline's view (text + offsets);
* ``pyarabic strip_tashkeel+strip_tatweel+normalize_hamza``: pyarabic's three-step chain;
* ``camel-tools normalize_unicode+dediac_ar+normalize_alef_ar+normalize_alef_maksura_ar``, when
  camel-tools is importable (``pip install camel-tools --no-deps`` and ``emoji``).

Each is timed on the whole corpus as one string, and (except camel-tools) once more article by
article, the way :func:`arnews.parse` is called; ratios compare like with like. The two differ
for pyarabic: ``strip_tashkeel`` first looks for a mark with a Python loop over the text, which
stops at the first mark; the corpus has one early (in its first article), most articles have
none, so per article pyarabic walks every character in Python.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from _common import cpu_best
from corpus import corpus as make_corpus

import arnews
from arnews.normalize import analysis_view, normalize, normalize_with_offsets

ROUNDS = 9
BASELINE = "pyarabic strip_tashkeel+strip_tatweel+normalize_hamza"
TARGETS = {
    "arnews.normalize (SEARCH)": "≥ 1× pyarabic",
    "arnews.normalize_with_offsets (SEARCH)": "≥ 10 MB/s",
}
CAMEL = "camel-tools normalize_unicode+dediac_ar+normalize_alef_ar+normalize_alef_maksura_ar"


def _impls(text: str) -> dict[str, Callable[[], object]]:
    import pyarabic.araby as araby

    articles = text.split("\n\n")

    def pyarabic_chain(t: str) -> str:
        return str(araby.normalize_hamza(araby.strip_tatweel(araby.strip_tashkeel(t))))

    impls: dict[str, Callable[[], object]] = {
        "arnews.normalize (SEARCH)": lambda: normalize(text),
        "arnews.normalize_with_offsets (SEARCH)": lambda: normalize_with_offsets(text),
        "arnews.analysis_view": lambda: analysis_view(text),
        BASELINE: lambda: pyarabic_chain(text),
        "arnews.normalize (SEARCH) per article": lambda: [normalize(a) for a in articles],
        "arnews.normalize_with_offsets (SEARCH) per article": lambda: [normalize_with_offsets(a) for a in articles],
        "arnews.analysis_view per article": lambda: [analysis_view(a) for a in articles],
        BASELINE + " per article": lambda: [pyarabic_chain(a) for a in articles],
    }
    try:
        from camel_tools.utils.dediac import dediac_ar  # type: ignore[import-untyped,import-not-found,unused-ignore]
        from camel_tools.utils.normalize import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_unicode,
        )
    except ImportError as exc:  # pragma: no cover - optional peer
        print(f"camel-tools not importable ({exc}); skipped", file=sys.stderr)
    else:
        impls[CAMEL] = lambda: normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(normalize_unicode(text))))
    return impls


def run(corpus: str) -> list[dict[str, object]]:
    """Throughput rows ``{"task": "normalize", "impl", "chars_per_s", "mb_per_s", "ratio_to_pyarabic"}``."""
    impls = _impls(corpus)
    for fn in impls.values():  # warm caches (tables, compiled patterns)
        fn()
    best = cpu_best(impls, ROUNDS)  # interleaved rounds: a load spike hits every implementation alike
    n_chars, n_mb = len(corpus), len(corpus.encode("utf-8")) / 1e6
    rows: list[dict[str, object]] = []
    for name, secs in best.items():
        per_article = name.endswith(" per article")
        baseline = best[BASELINE + " per article"] if per_article else best[BASELINE]
        rows.append(
            {
                "task": "normalize",
                "impl": name,
                "granularity": "article" if per_article else "corpus",
                "chars_per_s": n_chars / secs,
                "mb_per_s": n_mb / secs,
                "ratio_to_pyarabic": baseline / secs,
                "target": TARGETS.get(name, ""),
            }
        )
    return rows


def main(argv: list[str]) -> None:
    """Print the rows as a Markdown table."""
    size = int(argv[1]) if len(argv) > 1 else 2_000_000
    text = make_corpus(size)
    rows = run(text)
    print(f"arnews {arnews.__version__}; corpus {len(text):,} chars, {len(text.encode('utf-8')) / 1e6:.1f} MB UTF-8\n")
    print("| implementation | M chars/s | MB/s | × pyarabic (same granularity) |")
    print("|---|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['impl']} | {float(r['chars_per_s']) / 1e6:.1f} | {float(r['mb_per_s']):.1f} "  # type: ignore[arg-type]
            f"| {float(r['ratio_to_pyarabic']):.2f} |"  # type: ignore[arg-type]
        )


if __name__ == "__main__":
    main(sys.argv)
