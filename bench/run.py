"""Run every benchmark side by side with the peers, in one run, on real news and on the composed corpus.

    python bench/run.py                          # both corpora, writes docs/performance.md + chart
    python bench/run.py --size 300000 --news-size 400000 --no-cold   # quicker
    python bench/run.py --no-write               # print only

Each ``bench/bench_<task>.py`` exposes ``run(corpus: str) -> list[dict]`` with rows
``{"task", "impl", "chars_per_s", ...}``; peers that are not installed are skipped by the module
itself. Every module runs on two texts: **real news** (the articles of
``../shared/eval/news/pool/``, read at bench time and repeated to ``--news-size``; see
``bench/corpus.py``) and the **composed** corpus of ``bench/corpus.py`` (``--size``); every row
says which (``corpus``), and ratios compare rows of the same corpus only. This script adds the
whole-article figures (parse() throughput, memory per character, import time, cold start from
``bench/bench_cold.py``), a summary of the real-news figures, and writes the tables and a PNG
chart into ``docs/``. Figures are only comparable within one run on one machine: the ratios are
what matters.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

from _common import Row, corpus_mod, cpu_best

ROOT = Path(__file__).resolve().parents[1]

TASKS = ["normalize", "sentences", "attribution", "dates", "scaling"]
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def bench_parse(text: str) -> list[Row]:
    """Whole-article parse() throughput over the text split into articles."""
    import arnews

    docs = text.split("\n\n")
    arnews.parse(docs[0])  # build the tables outside the timing
    secs = cpu_best({"parse": lambda: [arnews.parse(d, published="2023-09-12") for d in docs]}, 2)["parse"]
    return [{"task": "parse", "impl": "arnews.parse", "chars_per_s": len(text) / secs,
             "mb_per_s": len(text.encode("utf-8")) / 1e6 / secs, "target": "≥ 3 M chars/s (issue 14)"}]


def bench_import() -> list[Row]:
    """Wall time of ``import arnews`` in a fresh interpreter, minus the interpreter's own start."""

    def wall(code: str) -> float:
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            runs.append(time.perf_counter() - t0)
        return statistics.median(runs)

    ms = (wall("import arnews") - wall("pass")) * 1000
    return [{"task": "import", "impl": "import arnews", "ms": round(ms, 1), "target": "≤ 100 ms"}]


def bench_memory(text: str) -> list[Row]:
    """Peak traced memory of parse() on one string of the text and on 4× it (linear: a ratio near 4)."""
    import arnews

    peaks = []
    for k in (1, 4):
        tracemalloc.start()
        arnews.parse("\n".join([text] * k))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return [{"task": "memory", "impl": "arnews.parse", "chars_1x": len(text), "peak_mb_1x": round(peaks[0] / 2**20, 1),
             "peak_mb_4x": round(peaks[1] / 2**20, 1), "ratio_4x": round(peaks[1] / peaks[0], 2),
             "bytes_per_char": round(peaks[1] / (4 * len(text) + 3), 1), "target": "≤ 20 bytes/char"}]


_RSS = """
import resource, sys
sys.path.insert(0, sys.argv[1])
import corpus
import arnews
text = corpus.news(int(sys.argv[2])) if sys.argv[3] == "real news" else corpus.corpus(int(sys.argv[2]))
arnews.parse("قال الوزير أمس")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
arnews.parse(text, published="2023-09-12")
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(text), len(text.encode("utf-8")), before, after)
"""


def bench_rss(label: str, chars: int = 5_600_000) -> list[Row]:
    """Peak resident memory of parse() on one string of about 10 MB of UTF-8, in a fresh process (Linux: KiB).

    ``bytes_per_char`` is the peak over the characters of the string (the process, the text and
    the result included), ``growth_per_char`` what parse() added to the peak the process had.
    """
    out = subprocess.run([sys.executable, "-c", _RSS, str(Path(__file__).parent), str(chars), label],
                         capture_output=True, text=True, check=True).stdout.split()
    n, nbytes, before, after = (int(x) for x in out)
    return [{"task": "memory", "corpus": label, "impl": f"arnews.parse, one string of {nbytes / 1e6:.1f} MB (peak RSS)",
             "chars_1x": n, "peak_mb_1x": round(after / 1024, 1), "bytes_per_char": round(after * 1024 / n, 1),
             "growth_per_char": round((after - before) * 1024 / n, 1), "target": "≤ 20 bytes/char"}]


def corpora(size: int, news_size: int) -> list[tuple[str, str]]:
    """The texts every module runs on: real news first (when found), then the composed corpus."""
    out = []
    try:
        out.append(("real news", corpus_mod.news(news_size)))
    except FileNotFoundError as e:
        print(f"skip real news: {e}", file=sys.stderr)
    out.append(("composed", corpus_mod.corpus(size)))
    return out


def collect(
    size: int, tasks: list[str], news_size: int = 1_000_000, cold: bool = True, rss: bool = True
) -> list[Row]:
    """All rows: every bench module present on each corpus, then the whole-article figures."""
    rows: list[Row] = []
    texts = corpora(size, news_size)
    for task in tasks:
        try:
            mod = importlib.import_module(f"bench_{task}")
        except ImportError as e:
            print(f"skip {task}: {e}", file=sys.stderr)
            continue
        for label, text in texts:
            print(f"running {task} on {label} ...", file=sys.stderr)
            rows += [{"task": r["task"], "corpus": label, **r} for r in mod.run(text)]
    for label, text in texts:
        rows += [{"task": "parse", "corpus": label, **r} for r in bench_parse(text[: min(len(text), 500_000)])]
    for label, text in texts:
        rows += [{"task": "memory", "corpus": label, **r} for r in bench_memory(text[:200_000])]
    if rss:
        for label, _ in texts:
            print(f"running memory (10 MB, RSS) on {label} ...", file=sys.stderr)
            rows += bench_rss(label)
    rows += bench_import()
    if cold:
        import bench_cold

        print("running cold start ...", file=sys.stderr)
        rows += bench_cold.run(runs=5, step=16)
    return rows


def _cps(rows: list[Row], task: str, corpus: str, impl: str) -> float | None:
    for r in rows:
        if r["task"] == task and r.get("corpus") == corpus and r.get("impl") == impl:
            v = r.get("chars_per_s")
            return float(v) if isinstance(v, (int, float)) else None
    return None


def summary(rows: list[Row], corpus: str = "real news") -> str:
    """The headline figures on ``corpus``, ratios taken within this run."""

    def ratio(task: str, a: str, b: str) -> str:
        x, y = _cps(rows, task, corpus, a), _cps(rows, task, corpus, b)
        return f"{x / y:.1f}×" if x and y else "n/a"

    def rate(task: str, impl: str, mb: bool = False) -> str:
        x = next((r for r in rows if r["task"] == task and r.get("corpus") == corpus and r.get("impl") == impl), None)
        if x is None:
            return "n/a"
        return f"{float(x['mb_per_s']):.2f} MB/s" if mb else f"{float(x['chars_per_s']) / 1e6:.2f} M chars/s"

    pyarabic = "pyarabic strip_tashkeel+strip_tatweel+normalize_hamza"
    cold = {r["impl"] + r.get("text", ""): r for r in rows if r["task"] == "cold"}
    first = next((r for k, r in cold.items() if k.startswith("first find_dates") and "real" in k), None)
    cli = next((r for k, r in cold.items() if k.startswith("arnews parse")), None)
    mems = [r for r in rows if r["task"] == "memory" and r.get("corpus") == corpus]
    mem = next((r for r in mems if "RSS" in str(r["impl"])), mems[0] if mems else None)
    lines = [
        f"| figure ({corpus}) | this run |",
        "|---|---|",
        "| `find_dates` × dateparser `search_dates` | "
        f"{ratio('dates', 'arnews.find_dates (raw text)', 'dateparser.search_dates')} |",
        "| `normalize` × pyarabic 3-step chain, one large string | "
        f"{ratio('normalize', 'arnews.normalize (SEARCH)', pyarabic)} |",
        f"| `normalize` × pyarabic 3-step chain, per article | "
        f"{ratio('normalize', 'arnews.normalize (SEARCH) per article', pyarabic + ' per article')} |",
        f"| `parse` | {rate('parse', 'arnews.parse')} |",
        f"| `extract_attributions` (raw text) | {rate('attributions', 'arnews.extract_attributions (raw text)')} |",
    ]
    if mem is not None:
        how = str(mem["impl"]).split(", ", 1)[-1]
        lines.append(f"| `parse` peak memory ({how}) | {mem['bytes_per_char']} bytes per character |")
    if first is not None:
        lines.append(f"| first `find_dates` beyond import (median / worst article) | "
                     f"{first['cpu_ms']} / {first['worst_ms']} ms CPU |")
    if cli is not None:
        lines.append(f"| `arnews parse FILE`, cold, beyond `python -c pass` | {cli['ms']} ms wall, "
                     f"{cli['cpu_ms']} ms CPU |")
    return "\n".join(lines) + "\n"


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:,.0f}" if v >= 100 else f"{v:.3g}"
    return str(v)


def table(rows: list[Row]) -> str:
    """A Markdown table per task (real news rows first), with ratios to the first peer of the same corpus."""
    out = []
    order = {"real news": 0}
    for task in dict.fromkeys(r["task"] for r in rows):
        group = sorted((r for r in rows if r["task"] == task), key=lambda r: order.get(str(r.get("corpus")), 1))
        keys = list(dict.fromkeys(k for r in group for k in r if k != "task"))
        peer_rows = [r for r in group if not str(r.get("impl", "")).startswith("arnews")]
        bases: dict[object, Row] = {}
        for r in peer_rows:
            if isinstance(r.get("chars_per_s"), (int, float)):
                bases.setdefault(r.get("corpus"), r)
        if any(k.startswith("ratio") for k in keys):  # the module gave its own ratios
            bases = {}
        if bases:
            keys.append(f"× {next(iter(bases.values()))['impl']}")
        out.append(f"### {task}\n")
        out.append("| " + " | ".join(keys) + " |")
        out.append("|" + "---|" * len(keys))
        for r in group:
            cells = [_fmt(r.get(k, "")) for k in keys[: len(keys) - bool(bases)]]
            if bases:
                base = bases.get(r.get("corpus"))
                cps = r.get("chars_per_s")
                ok = base is not None and isinstance(cps, (int, float))
                cells.append(f"{float(cps) / float(base['chars_per_s']):.2f}" if ok else "")  # type: ignore[arg-type, index]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def chart(rows: list[Row], path: Path) -> bool:
    """A bar chart of chars/s per task and implementation (log scale); False without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    def label(r: Row) -> str:
        impl = str(r["impl"])
        where = " (real)" if r.get("corpus") == "real news" else ""
        return f"{r['task']}{where}: {impl if len(impl) <= 50 else impl[:30] + '…' + impl[-19:]}"

    bars = [(label(r), float(r["chars_per_s"])) for r in rows
            if isinstance(r.get("chars_per_s"), (int, float)) and r["task"] != "scaling"
            and "10×" not in str(r["impl"])]
    fig, ax = plt.subplots(figsize=(12, 0.32 * len(bars) + 1.2))
    ax.barh([b[0] for b in bars][::-1], [b[1] for b in bars][::-1],
            color=["#2a7" if "arnews" in b[0] else "#999" for b in bars][::-1])
    ax.set_xscale("log")
    ax.set_xlabel("characters per second (log scale; one core, one run; green: arnews, grey: peers)")
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=2_000_000, help="characters of the composed corpus")
    ap.add_argument("--news-size", type=int, default=1_000_000, help="characters of real news (the pool, repeated)")
    ap.add_argument("--tasks", nargs="*", default=[t for t in TASKS if t != "scaling"])
    ap.add_argument("--no-cold", action="store_true", help="skip the cold-start processes")
    ap.add_argument("--no-rss", action="store_true", help="skip parse() on one 10 MB string (peak RSS)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    rows = collect(args.size, args.tasks, args.news_size, cold=not args.no_cold, rss=not args.no_rss)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    n_news = next((len(t) for label, t in corpora(0, args.news_size) if label == "real news"), 0)
    md = (f"Measured {stamp} on {platform.machine()}, Python {platform.python_version()}: real news "
          f"{n_news:,} characters (the {len(corpus_mod.news_texts())} pool articles, repeated), composed corpus "
          f"{args.size:,} characters (`bench/corpus.py`).\n\n{summary(rows)}\n{table(rows)}")
    print(md)
    if args.no_write:
        return 0
    has_chart = chart(rows, ROOT / "docs" / "img" / "benchmarks.png")
    page = ROOT / "docs" / "performance.md"
    body = page.read_text(encoding="utf-8")
    block = f"{START}\n{md}\n" + ("\n![throughput](img/benchmarks.png)\n" if has_chart else "") + f"{END}"
    if START in body and END in body:
        body = body[: body.index(START)] + block + body[body.index(END) + len(END):]
    else:
        body = body.rstrip() + "\n\n" + block + "\n"
    page.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
