"""Thread safety (issue 7): the public functions share no mutable state.

Every public function runs on a few dozen varied texts in a pool of 8 threads, interleaved and
with a tiny switch interval, and must give exactly the sequential results. A fresh interpreter
also starts 4 threads at once on cold caches, so lazily loaded lexicons and tables are raced.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from test_reliability import FUNCTIONS, HOSTILE, TINY

SPEAKERS = ["وزير الخارجية سامح شكري", "المتحدث باسم الحكومة", "مصدر أمني", "مديرة الصندوق"]
VERBS = ["قال", "أكد", "أوضح", "أعلن", "كشفت", "حذر"]
WHEN = ["اليوم الثلاثاء", "أمس الاثنين", "بعد ظهر الأحد", "الأسبوع الماضي", "في 12 أيلول/سبتمبر 2023", "عام 2019"]
CLAUSES = ["المحادثات ستستأنف في العاصمة", "الحكومة ستخفض أسعار الوقود بنسبة 3.5 في المئة", "الوضع تحسن"]


def composed(rng: random.Random) -> str:
    """A short article: a title, a dateline and reports of several shapes."""
    lines = [rng.choice(CLAUSES), f"القاهرة - (رويترز) - {rng.choice(VERBS)} {rng.choice(SPEAKERS)} {rng.choice(WHEN)}"]
    for _ in range(rng.randint(1, 4)):
        sp, vb, wh, cl = rng.choice(SPEAKERS), rng.choice(VERBS), rng.choice(WHEN), rng.choice(CLAUSES)
        lines.append(
            rng.choice(
                [
                    f"و{vb} {sp}، {wh}، إن {cl}.",
                    f"«{cl}»، {vb} {sp} {wh}.",
                    f"وبحسب {sp}، فإن {cl} {wh}.",
                    f'ونقلت وكالة الأنباء عن {sp} قوله: "{cl}. لا بديل عنه".',
                ]
            )
        )
    return "\n".join(lines)


def texts() -> list[str]:
    """A few dozen varied texts: composed articles, tiny hostile strings, hostile families."""
    rng = random.Random(7)
    out = [composed(rng) for _ in range(16)]
    out += list(TINY.values())[::4]
    out += [make(1_000) for make in HOSTILE.values()]
    return out


@contextmanager
def busy_switching() -> Iterator[None]:
    """Make the interpreter switch threads very often, so races show."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def test_eight_threads_give_the_sequential_results() -> None:
    corpus = texts()
    want = {(name, i): f(t) for name, f in FUNCTIONS.items() for i, t in enumerate(corpus)}
    jobs = list(want)
    random.Random(1).shuffle(jobs)

    def run(job: tuple[str, int]) -> object:
        name, i = job
        return FUNCTIONS[name](corpus[i])

    with busy_switching(), ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(run, jobs))
    mismatched = [job for job, result in zip(jobs, got, strict=True) if result != want[job]]
    assert not mismatched, f"{len(mismatched)} results differ from sequential ones, e.g. {mismatched[:3]}"


COLD = textwrap.dedent(
    """
    import json, sys, threading
    from concurrent.futures import ThreadPoolExecutor
    sys.setswitchinterval(1e-4)
    texts = json.loads(sys.stdin.read())
    import arnews
    barrier = threading.Barrier(4)

    def first_call(i):
        barrier.wait()  # every thread reaches the cold lexicons, tables and patterns at once
        t = texts[i % len(texts)]
        return (arnews.parse(t, published="2023-09-12").to_dict(), arnews.normalize_with_offsets(t),
                [m.to_dict() for m in arnews.find_dates(t)])

    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(first_call, range(4)))
    barrier = threading.Barrier(1)  # now warm and one at a time
    want = [first_call(i) for i in range(4)]
    print(json.dumps([i for i in range(4) if got[i] != want[i]]))
    """
)


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_cold_caches_raced_by_four_threads() -> None:
    rng = random.Random(3)
    sample = [composed(rng) for _ in range(4)]
    proc = subprocess.run(
        [sys.executable, "-c", COLD], input=json.dumps(sample), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) == [], f"threads on cold caches disagree with sequential calls: {proc.stdout}"
