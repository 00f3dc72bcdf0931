"""Cold start: what a fresh process pays before its first answer (issue 12 item 3, issue 14 item 5).

    python bench/bench_cold.py                   # 9 runs of each, real news articles and a composed text
    python bench/bench_cold.py --runs 5 --code /path/to/other/checkout   # the same for another checkout
    python bench/bench_cold.py --against /path/to/old/checkout   # both checkouts, runs interleaved (A/B)

Every figure comes from fresh interpreters, started one after the other (A B A B ...), median of
``--runs`` (with ``--against``, the two checkouts' runs alternate too, so a busy spell of a shared
machine falls on both, and each row of the other checkout follows this one's with the ratio of
their CPU times):

* ``import arnews`` and ``import arnews.dates``: wall and CPU time beyond ``python -c pass``;
* the first ``find_dates`` of a process, beyond its imports (CPU time inside the process), on
  real articles of ``../shared/eval/news/pool/`` (read at bench time, never copied: every
  ``--step``-th one) and on a composed text that reaches every family of the grammar: the median
  and the worst over the texts; the second call on the same text, for scale;
* ``arnews parse FILE`` on one real article (of median length): wall and CPU time of the whole
  command beyond ``python -c pass``;
* ``parse()`` against dateparser's ``search_dates`` on about 60 KB of real news, each in a fresh
  process: CPU time of the call with the imports it needs (``import arnews`` /
  ``import dateparser.search`` included), and of the call alone; the ratio is dateparser's time over
  arnews's (issue 12: the goal is ≥ 10×). On a busy machine read the CPU column: wall time then
  includes waiting for a processor.

The package's modules are byte-compiled first (``compileall``, what ``pip install`` does), so an
interpreter started with ``PYTHONDONTWRITEBYTECODE`` does not pay for compiling the sources.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import Row
from corpus import news_texts

ROOT = Path(__file__).resolve().parents[1]

#: Our own sentences, touching every family of the date grammar and clock times.
ALL_FAMILIES = (
    "في الثاني من يناير 2020 وصل الوفد، وفي أول خميس من شهر مايو عاد. الأسبوع الأول من مارس 2021 شهد "
    "اجتماعات بين 3 و5 فبراير، وبين عامي 2010 و2015 تغير كل شيء. هذه الليلة وصباح أمس والخميس الماضي "
    "وفي 12/3 عقد لقاء. عيد الفطر 2019 والشهر المقبل وخلال ثلاثة أيام وفي الثمانينات من القرن الماضي "
    "وعام 1999 وشهر أبريل المقبل، وحاليا، وفي الساعة الخامسة والنصف مساء بتوقيت غرينتش، ومنذ 1990."
)

_FIRST_CALL = """
import json, sys, time
from datetime import date
from arnews.dates import find_dates
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.process_time(); find_dates(text, date(2023, 9, 12)); t1 = time.process_time()
find_dates(text, date(2023, 9, 12)); t2 = time.process_time()
print(json.dumps([t1 - t0, t2 - t1]))
"""


def _env(code: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(code) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


_CWD = tempfile.gettempdir()  # not the checkout: ``python -c`` puts its directory first on the path


def _times(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, cwd=_CWD)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _beyond_bare(cmd: list[str], envs: list[dict[str, str]], runs: int) -> list[tuple[float, float]]:
    """For each environment (checkout), the medians over paired runs of ``cmd``'s wall and CPU time
    minus ``python -c pass``'s, in ms; the checkouts' runs alternate."""
    bare = [sys.executable, "-c", "pass"]
    for env in envs:
        _times(cmd, env), _times(bare, env)  # warm the file cache
    walls: list[list[float]] = [[] for _ in envs]
    cpus: list[list[float]] = [[] for _ in envs]
    for _ in range(runs):
        for k, env in enumerate(envs):
            (wa, ca), (wb, cb) = _times(cmd, env), _times(bare, env)
            walls[k].append(wa - wb)
            cpus[k].append(ca - cb)
    return [(statistics.median(w) * 1000, statistics.median(c) * 1000) for w, c in zip(walls, cpus, strict=True)]


def _first_calls(
    texts: list[str], envs: list[dict[str, str]], runs: int
) -> list[tuple[list[float], list[float]]]:
    """For each environment and text, the median first and second ``find_dates`` CPU time (ms) over
    ``runs`` processes (the environments' processes alternate)."""
    out: list[tuple[list[float], list[float]]] = [([], []) for _ in envs]
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(texts):
            path = Path(tmp) / f"{i}.txt"
            path.write_text(text, encoding="utf-8")
            got: list[list[list[float]]] = [[] for _ in envs]
            for _ in range(runs):
                for k, env in enumerate(envs):
                    got[k].append(json.loads(subprocess.run(
                        [sys.executable, "-c", _FIRST_CALL, str(path)], env=env, check=True,
                        capture_output=True, text=True, cwd=_CWD).stdout))
            for k, g in enumerate(got):
                out[k][0].append(statistics.median(x[0] for x in g) * 1000)
                out[k][1].append(statistics.median(x[1] for x in g) * 1000)
    return out


_COLD_PARSE = """
import json, sys, time
t0 = time.process_time()
import arnews
from datetime import date
text = open(sys.argv[1], encoding="utf-8").read()
t1 = time.process_time(); arnews.parse(text, published=date(2023, 9, 12)); t2 = time.process_time()
print(json.dumps([t2 - t0, t2 - t1]))
"""

_COLD_SEARCH = """
import json, sys, time
t0 = time.process_time()
from datetime import datetime
from dateparser.search import search_dates
text = open(sys.argv[1], encoding="utf-8").read()
t1 = time.process_time()
search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": datetime(2023, 9, 12)})
t2 = time.process_time()
print(json.dumps([t2 - t0, t2 - t1]))
"""


def _cold_parse_vs_search(
    news: list[str], envs: list[dict[str, str]], runs: int, size: int = 60_000
) -> list[list[Row]]:
    """``parse()`` and ``search_dates`` on ``size`` characters of real news, each in fresh processes (A B A B),
    for each environment (checkout)."""
    text = "\n\n".join(news)[:size]
    got: list[dict[str, list[list[float]]]] = [{"arnews parse()": [], "dateparser search_dates": []} for _ in envs]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.txt"
        path.write_text(text, encoding="utf-8")
        for _ in range(runs):
            for k, env in enumerate(envs):
                for name, prog in (("arnews parse()", _COLD_PARSE), ("dateparser search_dates", _COLD_SEARCH)):
                    out = subprocess.run([sys.executable, "-c", prog, str(path)], env=env, check=True,
                                         capture_output=True, text=True, cwd=_CWD).stdout
                    got[k][name].append(json.loads(out))
    tables = []
    for g in got:
        med = {k: (statistics.median(v[0] for v in vs), statistics.median(v[1] for v in vs)) for k, vs in g.items()}
        peer = med["dateparser search_dates"]
        ours = med["arnews parse()"]
        tables.append([
            {"task": "cold", "impl": f"{name}, cold, fresh process (CPU)", "text": f"real, {len(text):,} chars",
             "cpu_ms": round(m[0] * 1000, 1), "call_only_ms": round(m[1] * 1000, 1),
             "ratio": f"{peer[0] / ours[0]:.1f}× ({peer[1] / ours[1]:.1f}× call only)" if m is ours else "1.0×",
             "target": "≥ 10×" if m is ours else ""}
            for name, m in med.items()
        ])
    return tables


def run(code: Path = ROOT, runs: int = 9, step: int = 8, against: Path | None = None) -> list[Row]:
    """Rows ``{"task": "cold", "impl", "ms", ...}``; ``code`` is the checkout whose ``arnews`` is timed.

    With ``against`` (another checkout), each row is followed by that checkout's, measured in the
    same runs (alternating), with ``× against``: its CPU time over this checkout's.
    """
    codes = [code] if against is None else [code, against]
    for c in codes:
        compileall.compile_dir(str(c / "arnews"), quiet=1)
    envs = [_env(c) for c in codes]
    news = news_texts()
    per: list[list[Row]] = [[] for _ in codes]
    for what, stmt in (("import arnews", "import arnews"), ("import arnews.dates", "import arnews.dates")):
        for k, (ms, cpu) in enumerate(_beyond_bare([sys.executable, "-c", stmt], envs, runs)):
            per[k].append({"task": "cold", "impl": what, "text": "", "ms": round(ms, 1), "cpu_ms": round(cpu, 1),
                           "target": "≤ 100 ms"})
    sample = news[::step]
    for label, texts in ((f"real news ({len(sample)} articles)", sample), ("composed, every family", [ALL_FAMILIES])):
        for k, (firsts, seconds) in enumerate(_first_calls(texts, envs, max(3, runs // 3))):
            per[k].append({"task": "cold", "impl": "first find_dates beyond import (CPU)", "text": label,
                           "cpu_ms": round(statistics.median(firsts), 1), "worst_ms": round(max(firsts), 1),
                           "second_call_ms": round(statistics.median(seconds), 2), "target": "≤ 50 ms"})
    article = sorted(news, key=len)[len(news) // 2]  # a median-length real article
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article, encoding="utf-8")
        cmd = [sys.executable, "-m", "arnews", "parse", str(path), "--published", "2023-09-12"]
        for k, (ms, cpu) in enumerate(_beyond_bare(cmd, envs, runs)):
            per[k].append({"task": "cold", "impl": "arnews parse FILE (whole command)",
                           "text": f"real, {len(article):,} chars", "ms": round(ms, 1), "cpu_ms": round(cpu, 1),
                           "target": "≤ 300 ms"})
    for k, rows in enumerate(_cold_parse_vs_search(news, envs, max(3, runs // 3))):
        per[k] += rows
    if against is None:
        return per[0]
    out: list[Row] = []
    for mine, theirs in zip(per[0], per[1], strict=True):
        out.append({**mine, "code": "this checkout"})
        ratio = theirs["cpu_ms"] / mine["cpu_ms"] if mine["cpu_ms"] > 0 else float("nan")
        out.append({**theirs, "code": f"--against {against.name}", "× against": f"{ratio:.2f}"})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--step", type=int, default=8, help="time every STEP-th real article")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose arnews is timed")
    ap.add_argument("--against", type=Path, default=None, help="another checkout, timed in the same runs (A/B)")
    args = ap.parse_args()
    rows = run(args.code.resolve(), args.runs, args.step, args.against.resolve() if args.against else None)
    keys = list(dict.fromkeys(k for r in rows for k in r if k != "task"))
    print("| " + " | ".join(keys) + " |\n|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(str(r.get(k, "")) for k in keys) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
