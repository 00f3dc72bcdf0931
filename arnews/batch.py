"""parse_many(): parse a stream of articles with a pool of processes, results in input order.

The articles go to the workers in chunks (one task per ``chunk`` articles, not per article), so
the cost of a task is paid once a chunk. A worker that dies (killed, out of memory) breaks the
pool: a fresh pool takes over and the articles that were in flight are retried once, one at a
time, so an article that kills its worker again is known exactly.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from itertools import islice
from typing import Any, Literal, overload

from .article import Article, parse
from .data import text as data_text
from .when import When, as_datetime

__all__ = ["BatchError", "WorkerDied", "parse_many"]

_log = logging.getLogger("arnews.batch")

Item = str | Mapping[str, Any]
OnError = Literal["raise", "skip", "record"]
Progress = Callable[[int], object] | bool | None


@dataclass(frozen=True, slots=True)
class BatchError:
    """An article that could not be parsed, yielded in its place with ``on_error="record"``.

    ``index`` is its position in the input (from 0), ``meta`` the other keys of its record,
    ``worker_died`` whether it killed its worker process twice (rather than raising).
    """

    index: int
    message: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    worker_died: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"error": message, "index": index, "meta": {...}}``."""
        return {"error": self.message, "index": self.index, "meta": dict(self.meta)}


class WorkerDied(RuntimeError):
    """A worker process died twice on the same article; ``done`` articles were yielded before it."""

    def __init__(self, message: str, done: int) -> None:
        super().__init__(message)
        self.done = done


Outcome = Article | dict[str, Any] | BatchError | Exception


@dataclass(slots=True)
class _Job:
    index: int
    text: str = ""
    published: datetime | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    error: Exception | None = None  # the item itself was bad: raised or recorded in its turn


Done = tuple[_Job, Outcome]


def _job(index: int, item: object, default: datetime | None) -> _Job:
    try:
        if isinstance(item, str):
            return _Job(index, item, default)
        if not isinstance(item, Mapping):
            raise TypeError(f"each article must be str or a mapping with 'text', not {type(item).__name__}")
        text = item.get("text")
        if not isinstance(text, str):
            raise TypeError(f"article text must be str, not {type(text).__name__}")
        pub = as_datetime(item["published"], "published") if item.get("published") is not None else default
        return _Job(index, text, pub, _meta(item))
    except (TypeError, ValueError) as e:
        return _Job(index, meta=_meta(item) if isinstance(item, Mapping) else {}, error=e)


def _meta(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("text", "published")}


def _parse_job(job: _Job, as_dict: bool) -> Outcome:
    """Parse one good job; an exception is returned (it travels back from a worker), not raised."""
    try:
        art = parse(job.text, job.published)
    except Exception as e:  # raised or recorded in the article's turn, as on_error says
        return e
    if job.meta:
        art = art.with_meta(job.meta)
    return art.to_dict() if as_dict else art


def _parse_chunk(jobs: list[_Job], as_dict: bool) -> list[Outcome]:
    """The worker's task: a chunk of jobs in, their results out, in order."""
    return [_portable(_parse_job(j, as_dict)) for j in jobs]


def _portable(r: Outcome) -> Outcome:
    """An exception of a built-in type crosses back to the parent as is; any other as a RuntimeError
    naming it (its class may take arguments that pickle cannot restore)."""
    if isinstance(r, Exception) and type(r).__module__ != "builtins":
        return RuntimeError(f"{type(r).__name__}: {r}")
    return r


def _quiet_worker() -> None:
    """Ctrl-C is for the parent: workers ignore SIGINT and end when the parent shuts the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check(articles: object, workers: object, on_error: object, chunk: object, window: object) -> None:
    if isinstance(articles, (str, bytes, Mapping)):
        raise TypeError(f"articles must be an iterable of texts or mappings, not one {type(articles).__name__}")
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a positive int, not {workers!r}")
    if on_error not in ("raise", "skip", "record"):
        raise ValueError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
    for name, v in (("chunk", chunk), ("window", window)):
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ValueError(f"{name} must be an int >= 0 (0: the default), not {v!r}")


def _progress_hook(progress: Progress, total: int | None) -> tuple[Callable[[int], object] | None, Any]:
    """The callable to call with the count done, and a tqdm bar to close (or ``None``)."""
    if progress is None or progress is False:
        return None, None
    if callable(progress):
        return progress, None
    try:
        from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install 'arnews[progress]'") from None
    bar = tqdm(total=total, unit="article")
    return (lambda n: bar.update(n - bar.n)), bar


@overload
def parse_many(
    articles: Iterable[Item], published: When = ..., workers: int = ..., *, chunk: int = ..., window: int = ...,
    on_error: Literal["raise", "skip"] = ..., progress: Progress = ..., as_dict: Literal[False] = ...,
) -> Iterator[Article]: ...
@overload
def parse_many(
    articles: Iterable[Item], published: When = ..., workers: int = ..., *, chunk: int = ..., window: int = ...,
    on_error: Literal["raise", "skip"] = ..., progress: Progress = ..., as_dict: Literal[True],
) -> Iterator[dict[str, Any]]: ...
@overload
def parse_many(
    articles: Iterable[Item], published: When = ..., workers: int = ..., *, chunk: int = ..., window: int = ...,
    on_error: Literal["record"], progress: Progress = ..., as_dict: Literal[False] = ...,
) -> Iterator[Article | BatchError]: ...
@overload
def parse_many(
    articles: Iterable[Item], published: When = ..., workers: int = ..., *, chunk: int = ..., window: int = ...,
    on_error: Literal["record"], progress: Progress = ..., as_dict: Literal[True],
) -> Iterator[dict[str, Any] | BatchError]: ...
@overload
def parse_many(
    articles: Iterable[Item], published: When = ..., workers: int = ..., *, chunk: int = ..., window: int = ...,
    on_error: OnError = ..., progress: Progress = ..., as_dict: bool = ...,
) -> Iterator[Article | dict[str, Any] | BatchError]: ...


def parse_many(
    articles: Iterable[Item],
    published: When = None,
    workers: int = 1,
    *,
    chunk: int = 0,
    window: int = 0,
    on_error: OnError = "raise",
    progress: Progress = None,
    as_dict: bool = False,
) -> Iterator[Any]:
    """Parse many articles, yielding one result for each, in input order, as a stream.

    Each item is a text or a record: a mapping with ``text``, optionally ``published`` (which
    overrides the ``published`` argument; a date, datetime or ISO string) and any other keys,
    which are kept in the result's ``meta``. Results are :class:`~arnews.Article` objects, or
    their ``to_dict()`` form with ``as_dict=True`` (cheaper to send back from a worker).

    ``workers > 1`` spreads the work over that many processes, ``chunk`` articles a task (default
    16), at most ``window`` chunks in flight (default ``2 * workers``): memory stays bounded on an
    endless stream. ``on_error`` says what a bad item or a failed article does in its turn:
    ``"raise"`` (default; :class:`WorkerDied` when an article killed its worker twice),
    ``"skip"`` (nothing is yielded for it) or ``"record"`` (a :class:`BatchError` is yielded).
    ``progress`` is a callable given the number of articles done after each one, or ``True`` for a
    tqdm bar (tqdm must be installed).

    >>> [len(a.sentences) for a in parse_many(["قال الوزير.", "جملة أولى. جملة ثانية."])]
    [1, 2]
    >>> [r["meta"] for r in parse_many([{"text": "قال الوزير.", "id": 7}], as_dict=True)]
    [{'id': 7}]
    """
    _check(articles, workers, on_error, chunk, window)
    default = as_datetime(published, "published")
    total = len(articles) if isinstance(articles, Sized) else None
    hook, bar = _progress_hook(progress, total)
    jobs = (_job(i, item, default) for i, item in enumerate(articles))
    if workers == 1:
        results: Iterator[Done] = ((j, j.error or _parse_job(j, as_dict)) for j in jobs)
    else:
        results = _pooled(jobs, workers, chunk or 16, window or 2 * workers, as_dict)
    try:
        yield from _deliver(results, on_error, hook)
    finally:
        if isinstance(results, Generator):
            results.close()  # the pool is shut down now, not when the generator is collected
        if bar is not None:
            bar.close()


def _deliver(results: Iterator[Done], on_error: OnError, hook: Callable[[int], object] | None) -> Iterator[Any]:
    for done, (job, r) in enumerate(results, 1):
        if isinstance(r, (Exception, BatchError)):
            if on_error == "raise":
                if isinstance(r, Exception):
                    raise r
                raise WorkerDied(f"article {r.index}: {r.message}", done - 1)
            if on_error == "record":
                yield r if isinstance(r, BatchError) else BatchError(job.index, f"{type(r).__name__}: {r}", job.meta)
        else:
            yield r
        if hook is not None:
            hook(done)


@cache
def _warm_before_fork() -> None:
    """Build the patterns a news article needs here, once, so that forked workers inherit them.

    Patterns are built on first use; without this each worker builds its own (about a second of
    CPU a worker). The text is composed for the purpose (``arnews/data/warmup.txt``), never a
    caller's article: one that exhausts memory must take a worker down, not the batch. With the
    ``spawn`` or ``forkserver`` start methods nothing is inherited, and nothing is done.
    """
    if multiprocessing.get_start_method() != "fork":
        return
    parse(data_text("warmup.txt"), datetime(2023, 9, 12))


class _Pool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, workers: int) -> None:
        _warm_before_fork()
        self.workers = workers
        self.ex = ProcessPoolExecutor(max_workers=workers, initializer=_quiet_worker)

    def submit(self, jobs: list[_Job], as_dict: bool) -> Future[list[Outcome]]:
        """The chunk's future; a pool found broken on submission gives a future that says so."""
        try:
            return self.ex.submit(_parse_chunk, jobs, as_dict)
        except BrokenProcessPool as e:
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(e)
            return failed

    def renew(self) -> None:
        self.close()
        self.ex = ProcessPoolExecutor(max_workers=self.workers, initializer=_quiet_worker)

    def close(self) -> None:
        with contextlib.suppress(OSError):  # a broken pool may have closed its pipes already
            self.ex.shutdown(wait=False, cancel_futures=True)


Pending = deque[tuple[list[_Job], "Future[list[Outcome]]"]]


def _pooled(jobs: Iterator[_Job], workers: int, chunk: int, window: int, as_dict: bool) -> Iterator[Done]:
    """Results of ``jobs`` in order from a process pool, chunk by chunk; a dead worker's chunks retried.

    No article is parsed in this process (one that exhausts memory must take a worker down, not
    the batch), so each worker builds the patterns it needs on first use itself.
    """
    pool = _Pool(workers)
    pending: Pending = deque()
    try:
        for ch in iter(lambda: list(islice(jobs, chunk)), []):
            pending.append((ch, pool.submit([j for j in ch if j.error is None], as_dict)))
            while len(pending) >= window:
                yield from _take(pending, pool, as_dict)
        while pending:
            yield from _take(pending, pool, as_dict)
    finally:
        pool.close()


def _take(pending: Pending, pool: _Pool, as_dict: bool) -> Iterator[Done]:
    """Yield the oldest chunk's results; on a broken pool, retry every article in flight once."""
    ch, fut = pending[0]
    try:
        out = iter(fut.result())
    except BrokenProcessPool:
        lost = [j for c, _ in pending for j in c]
        pending.clear()
        _log.warning("a worker process died; the %d articles in flight are retried once", len(lost))
        pool.renew()
        yield from _retry(lost, pool, as_dict)
        return
    pending.popleft()
    for j in ch:
        yield j, (j.error if j.error is not None else next(out))


def _retry(lost: list[_Job], pool: _Pool, as_dict: bool) -> Iterator[Done]:
    """Run the articles a dead worker took with it once more, one at a time, so a killer is named."""
    for j in lost:
        if j.error is not None:
            yield j, j.error
            continue
        try:
            (r,) = pool.submit([j], as_dict).result()
        except BrokenProcessPool:
            pool.renew()
            r = BatchError(j.index, "the article killed its worker process twice", j.meta, worker_died=True)
        yield j, r
