"""Run every benchmark side by side with the peers, in one run, and report ratios.

    python bench/run.py                 # full corpus (2 MB), writes docs/performance.md + chart
    python bench/run.py --size 300000   # quicker
    python bench/run.py --no-write      # print only

Each ``bench/bench_<task>.py`` exposes ``run(corpus: str) -> list[dict]`` with rows
``{"task", "impl", "chars_per_s", ...}``; peers that are not installed are skipped by the module
itself. This script adds the whole-article figures (parse() throughput, import time, memory) and
writes a Markdown table of ratios and a PNG chart into ``docs/``. Figures are only comparable
within one run on one machine: the ratios are what matters.
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
    """Whole-article parse() throughput over the corpus split into articles."""
    import arnews

    docs = text.split("\n\n")
    arnews.parse(docs[0])  # build the tables outside the timing
    secs = cpu_best({"parse": lambda: [arnews.parse(d, published="2023-09-12") for d in docs]}, 2)["parse"]
    return [{"task": "parse", "impl": "arnews.parse", "chars_per_s": len(text) / secs, "target": "≥ 300 KB/s"}]


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
    """Peak traced memory of parse() on 1× and 4× the same text: linear means a ratio near 4."""
    import arnews

    peaks = []
    for k in (1, 4):
        tracemalloc.start()
        arnews.parse("\n".join([text] * k))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return [{"task": "memory", "impl": "arnews.parse", "peak_mb_1x": round(peaks[0] / 2**20, 1),
             "peak_mb_4x": round(peaks[1] / 2**20, 1), "ratio_4x": round(peaks[1] / peaks[0], 2)}]


def collect(size: int, tasks: list[str]) -> list[Row]:
    """All rows: every bench module present, then the whole-article figures."""
    text = corpus_mod.corpus(size)
    rows: list[Row] = []
    for task in tasks:
        try:
            mod = importlib.import_module(f"bench_{task}")
        except ImportError as e:
            print(f"skip {task}: {e}", file=sys.stderr)
            continue
        print(f"running {task} ...", file=sys.stderr)
        rows += mod.run(text)
    rows += bench_parse(text[: min(len(text), 500_000)])
    rows += bench_memory(text[:200_000])
    rows += bench_import()
    return rows


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:,.0f}" if v >= 100 else f"{v:.3g}"
    return str(v)


def table(rows: list[Row]) -> str:
    """A Markdown table per task, with ratios to the first peer of that task when there is one."""
    out = []
    for task in dict.fromkeys(r["task"] for r in rows):
        group = [r for r in rows if r["task"] == task]
        keys = list(dict.fromkeys(k for r in group for k in r if k != "task"))
        peers = [r for r in group if not str(r.get("impl", "")).startswith("arnews")]
        base = next((r for r in peers if isinstance(r.get("chars_per_s"), (int, float))), None)
        if any(k.startswith("ratio") for k in keys):  # the module gave its own ratios
            base = None
        if base:
            keys.append(f"× {base['impl']}")
        out.append(f"### {task}\n")
        out.append("| " + " | ".join(keys) + " |")
        out.append("|" + "---|" * len(keys))
        for r in group:
            cells = [_fmt(r.get(k, "")) for k in keys[: len(keys) - bool(base)]]
            if base:
                cps = r.get("chars_per_s")
                ratio = float(cps) / float(base["chars_per_s"]) if isinstance(cps, (int, float)) else None  # type: ignore[arg-type]
                cells.append(f"{ratio:.2f}" if ratio is not None else "")
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
        return f"{r['task']}: {impl if len(impl) <= 50 else impl[:30] + '…' + impl[-19:]}"

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
    ap.add_argument("--size", type=int, default=2_000_000)
    ap.add_argument("--tasks", nargs="*", default=[t for t in TASKS if t != "scaling"])
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    rows = collect(args.size, args.tasks)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    md = (f"Measured {stamp} on {platform.machine()}, Python {platform.python_version()}, "
          f"corpus {args.size:,} characters (`bench/corpus.py`).\n\n{table(rows)}")
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
