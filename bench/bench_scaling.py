"""Scaling (issue 7): time grows linearly with the input, on news and on hostile text.

    python bench/bench_scaling.py                    # 10 KB, 100 KB, 1 MB, 10 MB; every function and family
    python bench/bench_scaling.py --quick            # stop at 1 MB, for a fast look
    python bench/bench_scaling.py --functions parse find_dates --families news tatweel --jobs 2

For every public function, each input family is read at 10 KB, 100 KB, 1 MB and 10 MB: normal
news (``bench/corpus.py``, repeated to size) and each adversarial family of issue 7 (``HOSTILE``
of ``tests/test_reliability.py``, imported from there). ``ratio_10x`` is the time at a size over
the time at a tenth of it: linear time means about 10, and the target is at most 12 at 10 MB.

Every (function, family) runs in its own subprocess, sizes in increasing order, and every
measurement has a timeout, so a pathological case is reported rather than hung: a size is
skipped when the last one took over a minute (``--skip-after``), when it would plainly outrun
the timeout at the growth seen so far, or when the last one timed out. Times are CPU seconds
of the worker with the collector paused (``_common.cpu_best``), the best of five runs for any
run under half a second and of three under five seconds, so other load on the machine hardly
moves them; lazy loading is warmed up before timing.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from _common import Row, cpu_best
from corpus import corpus as news_corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_reliability import HOSTILE as _HOSTILE  # type: ignore[import-not-found, unused-ignore]  # noqa: E402

#: The adversarial families, as the unit tests read them (one definition, in tests/test_reliability.py).
HOSTILE: dict[str, Callable[[int], str]] = _HOSTILE

SIZES = [10_000, 100_000, 1_000_000, 10_000_000]
FUNCTIONS = [
    "normalize",
    "normalize_with_offsets",
    "split_sentences",
    "extract_attributions",
    "find_dates",
    "parse",
    "parse_many",
]
REFERENCE = "2023-09-12"
FAMILIES = ["news", *HOSTILE]


def make_text(family: str, size: int, news: str) -> str:
    """``size`` characters of ``family``; ``news`` is repeated (a blank line between copies) for ``news``."""
    if family != "news":
        return HOSTILE[family](size)
    copies = size // (len(news) + 2) + 1
    return "\n\n".join([news] * copies)[:size]


# --------------------------------------------------------------------------- the worker (a subprocess)


def _callable(name: str) -> Callable[[str], object]:
    import arnews

    if name == "find_dates":
        from datetime import datetime

        ref = datetime.fromisoformat(REFERENCE)
        return lambda t: arnews.find_dates(t, reference=ref)
    if name == "parse":
        return lambda t: arnews.parse(t, published=REFERENCE)
    if name == "parse_many":
        return lambda t: list(arnews.parse_many(t.split("\n\n"), published=REFERENCE))
    fn: Callable[[str], object] = getattr(arnews, name)
    return fn


def worker(function: str, family: str, sizes: list[int], news_path: str) -> None:
    """Time ``function`` on ``family`` at each size; print one JSON line per size as it is done."""
    news = Path(news_path).read_text(encoding="utf-8") if family == "news" else ""
    fn = _callable(function)
    fn(make_text(family, 2_000, news))  # warm up: lexicons, tables, compiled patterns
    for size in sizes:
        call: dict[str, Callable[[], object]] = {"t": functools.partial(fn, make_text(family, size, news))}
        best = cpu_best(call, 1)["t"]
        if best < 5.0:  # the same rule at every size: best of five under 0.5 s, of three under 5 s
            best = min(best, cpu_best(call, 4 if best < 0.5 else 2)["t"])
        print(json.dumps({"size": size, "seconds": best}), flush=True)


# --------------------------------------------------------------------------- the driver


def _lines(proc: subprocess.Popen[str]) -> queue.Queue[str | None]:
    q: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


def measure(
    function: str, family: str, sizes: list[int], news_path: str, timeout: float, skip_after: float
) -> Iterator[Row]:
    """Rows for one (function, family): each size in a guarded subprocess, reported as it comes."""
    impl = f"{function}/{family}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", function, family, news_path]

    def row(size: int, secs: float | None, ratio: float | None = None, note: str = "") -> Row:
        return {"task": "scaling", "impl": impl, "size": size, "seconds": secs, "ratio_10x": ratio, "note": note}

    prev: float | None = None
    growth = 10.0
    pending = list(sizes)
    while pending:  # one worker for the remaining sizes; a new one only after a worker error
        with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
            proc = subprocess.Popen(
                [*cmd, *map(str, pending)], stdout=subprocess.PIPE, stderr=errors, text=True, env=env
            )
            lines = _lines(proc)
            try:
                while pending:
                    size = pending[0]
                    if prev is not None and (prev > skip_after or prev * growth > timeout):
                        why = (
                            f"skipped: the size before took {prev:.0f} s (> {skip_after:.0f} s)"
                            if prev > skip_after
                            else f"skipped: projected {prev * growth:.0f} s at ×{growth:.0f} (timeout {timeout:.0f} s)"
                        )
                        yield from (row(s, None, note=why) for s in pending)
                        return
                    try:
                        line = lines.get(timeout=timeout)
                    except queue.Empty:
                        yield row(size, None, note=f"timeout: over {timeout:.0f} s")
                        yield from (row(s, None, note="skipped after a timeout") for s in pending[1:])
                        return
                    pending.pop(0)
                    if line is None:
                        proc.wait()
                        errors.seek(0)
                        err = errors.read().strip().splitlines()
                        yield row(size, None, note=f"error: {err[-1] if err else proc.returncode}")
                        prev = None
                        break
                    secs = float(json.loads(line)["seconds"])
                    ratio = secs / prev if prev else None
                    growth = max(10.0, ratio * 1.5) if ratio else growth
                    yield row(size, round(secs, 6), round(ratio, 2) if ratio else None)
                    prev = secs
            finally:
                proc.kill()
                proc.wait()


def run(
    corpus: str,
    sizes: list[int] | None = None,
    functions: list[str] | None = None,
    families: list[str] | None = None,
    timeout: float = 600.0,
    skip_after: float = 60.0,
    jobs: int = 1,
    progress: bool = True,
) -> list[Row]:
    """Scaling rows ``{"task": "scaling", "impl": "<function>/<family>", "size", "seconds", "ratio_10x", "note"}``.

    ``corpus`` is the normal news text (repeated to each size). Runs ``jobs`` workers at once.
    """
    sizes = sizes or SIZES
    pairs = [(f, fam) for f in (functions or FUNCTIONS) for fam in (families or FAMILIES)]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        tmp.write(corpus)
    results: dict[tuple[str, str], list[Row]] = {}
    todo: queue.Queue[tuple[str, str]] = queue.Queue()
    for p in pairs:
        todo.put(p)

    def drain() -> None:
        while True:
            try:
                f, fam = todo.get_nowait()
            except queue.Empty:
                return
            rows = []
            for row in measure(f, fam, sizes, tmp.name, timeout, skip_after):
                rows.append(row)
                if progress:
                    secs = row["seconds"]
                    shown = f"{secs:.3f} s" if isinstance(secs, float) else row["note"]
                    print(f"{row['impl']:45} {row['size']:>10,} {shown}", file=sys.stderr, flush=True)
            results[(f, fam)] = rows

    try:
        threads = [threading.Thread(target=drain) for _ in range(max(1, jobs))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        os.unlink(tmp.name)
    return [row for p in pairs for row in results.get(p, [])]


def _size(size: object) -> str:
    n = int(str(size))
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1_000} KB"


def table(rows: list[Row]) -> str:
    """Markdown: one line per (function, family) with the time per size, the 10× ratios, the worst ratio."""
    sizes = list(dict.fromkeys(int(r["size"]) for r in rows))
    by: dict[str, dict[int, Row]] = {}
    for r in rows:
        by.setdefault(str(r["impl"]), {})[int(r["size"])] = r
    head = ["function / input", *(f"{_size(s)} (s)" for s in sizes), "ratio at the largest size", "note"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for impl, cells in by.items():
        times = []
        for s in sizes:
            r = cells.get(s, {})
            secs, ratio = r.get("seconds"), r.get("ratio_10x")
            times.append("—" if secs is None else f"{secs:.3g}" + (f" (×{ratio:.1f})" if ratio else ""))
        done = [cells[s] for s in sizes if s in cells and cells[s].get("ratio_10x") is not None]
        last = f"×{done[-1]['ratio_10x']:.1f} at {_size(done[-1]['size'])}" if done else ""
        notes = "; ".join(dict.fromkeys(str(c["note"]) for c in cells.values() if c.get("note")))
        out.append(f"| {impl} | " + " | ".join(times) + f" | {last} | {notes} |")
    return "\n".join(out)


def summary(rows: list[Row]) -> str:
    """Per function: the largest input read, the worst ratio at the largest size, and what did not finish."""
    largest = max(int(str(r["size"])) for r in rows)
    head = ["function", "largest input read", "every family up to", f"worst ratio at {_size(largest)}", "superlinear"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for f in dict.fromkeys(str(r["impl"]).split("/")[0] for r in rows):
        done: dict[str, list[Row]] = {}
        for r in rows:
            if str(r["impl"]).startswith(f + "/"):
                done.setdefault(str(r["impl"]).split("/")[1], []).append(r)
        reach = {
            fam: max((int(str(r["size"])) for r in rs if r["seconds"] is not None), default=0)
            for fam, rs in done.items()
        }
        at_top = [(float(str(r["ratio_10x"])), fam) for fam, rs in done.items() for r in rs
                  if int(str(r["size"])) == largest and r["ratio_10x"] is not None]  # fmt: skip
        worst = max(at_top, default=None)
        stopped = []
        for fam, rs in done.items():
            if reach[fam] < largest:
                last = [r for r in rs if r["ratio_10x"] is not None][-1:]
                ratio = f" ×{float(str(last[0]['ratio_10x'])):.0f} at {_size(last[0]['size'])}" if last else ""
                stopped.append(f"{fam}{ratio}")
        out.append(
            f"| {f} | {_size(max(reach.values()))} | {_size(min(reach.values())) if min(reach.values()) else '—'} | "
            + (f"×{worst[0]:.1f} ({worst[1]})" if worst else "—")
            + f" | {', '.join(stopped) or 'none'} |"
        )
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="stop at 1 MB")
    ap.add_argument("--functions", nargs="*", choices=FUNCTIONS, default=FUNCTIONS)
    ap.add_argument("--families", nargs="*", choices=FAMILIES, default=FAMILIES)
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds allowed for one measurement")
    ap.add_argument("--skip-after", type=float, default=60.0, help="skip the next size after a slower one")
    ap.add_argument("--jobs", type=int, default=1, help="workers at once (each times its own CPU)")
    ap.add_argument("--json", type=Path, help="also write the rows to this file")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        function, family, news_path, *sizes = args.worker
        worker(function, family, [int(s) for s in sizes], news_path)
        return 0
    sizes = SIZES[:3] if args.quick else SIZES
    rows = run(news_corpus(2_000_000), sizes, args.functions, args.families, args.timeout, args.skip_after, args.jobs)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{summary(rows)}\n\n{table(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
