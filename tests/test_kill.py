"""Kill tests: a worker process killed with SIGKILL in the middle of a batch (issue 15, defect 4).

The workers are forked from the test process, so a patched ``_parse_job`` reaches them: it kills
its own process (SIGKILL, as the out-of-memory killer does) on the article marked for it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest

import arnews
from arnews import batch
from arnews.batch import BatchError, WorkerDied, parse_many

pytestmark = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the patched worker needs the fork start method"
)

TEXTS = [f"قال المتحدث في المؤتمر رقم {i} إن الوفد وصل أمس." for i in range(10)]
KILL_ONCE, KILL_ALWAYS = "KILL-ONCE", "KILL-ALWAYS"


@pytest.fixture
def killer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Patch the worker: ``KILL-ONCE`` kills the first worker that reads it, ``KILL-ALWAYS`` every one."""
    marker = tmp_path / "killed-once"
    real = batch._parse_job

    def parse_or_die(job: batch._Job, as_dict: bool) -> batch.Outcome:
        if job.text == KILL_ALWAYS or (job.text == KILL_ONCE and not marker.exists()):
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(job, as_dict)

    monkeypatch.setattr(batch, "_parse_job", parse_or_die)
    return marker


@pytest.mark.slow  # a worker process killed: process isolation, run with the integration step (`pytest -m slow`)
@pytest.mark.parametrize("chunk", [1, 3])
def test_a_killed_worker_loses_nothing_the_in_flight_articles_are_retried(killer: Path, chunk: int) -> None:
    items = [*TEXTS[:4], KILL_ONCE, *TEXTS[4:]]
    got = [a.text for a in parse_many(items, workers=2, chunk=chunk, window=2)]
    assert killer.exists() and got == items


@pytest.mark.slow  # a worker process killed: process isolation, run with the integration step (`pytest -m slow`)
def test_an_article_that_kills_its_worker_twice_raises_worker_died(killer: Path) -> None:
    items = [*TEXTS[:3], KILL_ALWAYS, *TEXTS[3:]]
    got: list[str] = []
    with pytest.raises(WorkerDied) as e:
        got.extend(a.text for a in parse_many(items, workers=2, chunk=2))
    assert got == TEXTS[:3] and e.value.done == 3 and "article 3" in str(e.value)


@pytest.mark.slow  # a worker process killed: process isolation, run with the integration step (`pytest -m slow`)
def test_an_article_that_kills_its_worker_twice_is_recorded_and_the_batch_goes_on(killer: Path) -> None:
    items = [*TEXTS[:3], {"text": KILL_ALWAYS, "id": "k"}, *TEXTS[3:]]
    got = list(parse_many(items, workers=2, chunk=2, on_error="record"))
    bad = [x for x in got if isinstance(x, BatchError)]
    assert len(got) == len(items) and len(bad) == 1
    assert bad[0].index == 3 and bad[0].worker_died and bad[0].meta == {"id": "k"}
    assert [x.text for x in got if isinstance(x, arnews.Article)] == [*TEXTS[:3], *TEXTS[3:]]


class Unpicklable(Exception):
    def __init__(self, a: int, b: int) -> None:
        super().__init__(f"{a}/{b}")


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_that_raises_is_recorded_in_its_turn(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    real = batch.parse

    def parse_or_raise(text: str, published: object = None) -> arnews.Article:
        if text == "BOOM":
            raise Unpicklable(1, 2)
        return real(text, published)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "parse", parse_or_raise)
    got = list(parse_many([TEXTS[0], "BOOM", TEXTS[1]], workers=workers, on_error="record"))
    assert isinstance(got[1], BatchError) and "Unpicklable: 1/2" in got[1].message and not got[1].worker_died
    assert [x.text for x in got if isinstance(x, arnews.Article)] == TEXTS[:2]
    with pytest.raises((Unpicklable, RuntimeError), match="1/2"):
        list(parse_many([TEXTS[0], "BOOM"], workers=workers))
