"""The command line: ``arnews parse FILE`` prints the parse as JSON.

Commands: ``parse``, ``normalize``, ``sentences`` and ``dates``; each reads one UTF-8 file (or
stdin, ``-``) or, with ``--jsonl``, one record a line and writes one JSON result a line. Errors
are one line on stderr, never a traceback; the exit code says what happened (:data:`EXIT`).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

from ._version import __version__
from .article import Article
from .dates import find_dates, iso_duration
from .jsonl import Line, Progress, Reader, dumps
from .normalize import normalize
from .sentences import split_sentences
from .when import as_datetime

if TYPE_CHECKING:  # the batch machinery (multiprocessing) is imported only for --jsonl
    from .batch import BatchError

__all__ = ["EXIT", "main"]

#: Exit codes: every record written; some lines skipped (each reported); bad usage or unreadable
#: input; a worker process died twice on one record (the run stops, saying where to resume);
#: interrupted with Ctrl-C (saying where to resume).
EXIT = {"ok": 0, "skipped": 1, "usage": 2, "worker_died": 3, "interrupted": 130}

Outcome: TypeAlias = "dict[str, Any] | BatchError"
Records = Iterable[dict[str, Any]]
PerText = Callable[[str, datetime | None], dict[str, Any]]


class CliError(Exception):
    """A problem to report in one line, with the exit code to use."""

    def __init__(self, message: str, code: int = EXIT["usage"]) -> None:
        super().__init__(message)
        self.code = code


def _read(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()  # noqa: SIM115
    except OSError as e:
        raise CliError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CliError(f"{path}: not UTF-8 at byte offset {e.start}") from None


def _reference(value: str | None) -> datetime | None:
    try:
        return as_datetime(value, "published")
    except ValueError as e:
        raise CliError(str(e)) from None


def _dump(obj: object, out: TextIO, indent: int | None = 2) -> None:
    out.write(dumps(obj, indent)[0])
    out.write("\n")


def _text_report(a: Article) -> str:
    """The article for a terminal: sentences numbered, with speakers, quotes and dates marked."""
    lines = []
    for i, s in enumerate(a.sentences):
        lines.append(f"[{i + 1}] {s.text}")
        for att, src in zip(a.attributions, a.sources or [x.speaker for x in a.attributions], strict=True):
            if s.start <= att.cue.start < s.end:
                who = src.text if src else "?"
                said = att.content.text if att.content else ""
                via = f" [{att.channel.text}]" if att.channel else ""
                when = f" @ {att.said_at.text}" if att.said_at else ""
                how = f"({att.kind}, {att.meaning})"
                lines.append(f"    >> {att.verb} {how} {who} <{att.source_type}>{via}{when}: {said}")
        for d in a.dates:
            if s.start <= d.start < s.end:
                if d.kind == "set":  # a repeated time: its period, and its first occurrence when named
                    when = f"set every {iso_duration(d.duration, d.grain)}" if d.duration is not None else "set"
                    when += f" from {d.interval[0].isoformat()}" if d.interval else ""
                elif d.interval:
                    when = " .. ".join(x.isoformat() for x in d.interval)
                else:
                    when = f"{d.kind} {iso_duration(d.duration, d.grain)}" if d.duration is not None else d.kind
                lines.append(f"    @@ {d.text} = {when}")
    return "\n".join(lines)


# --- JSONL: one record a line in, one result a line out -------------------------------------------


class _Interrupts:
    """Ctrl-C between records, never in the middle of writing one (so the count written is exact)."""

    def __init__(self) -> None:
        self.writing = False
        self.pending = False
        self.previous: Any = None

    def _handler(self, signum: int, frame: object) -> None:
        if self.writing:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def __enter__(self) -> _Interrupts:
        with contextlib.suppress(ValueError):  # not the main thread: Python's own handler stays
            self.previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    @contextlib.contextmanager
    def writing_one(self) -> Iterator[None]:
        """Hold Ctrl-C back while one record is written and counted."""
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending:
            raise KeyboardInterrupt


def _run_jsonl(args: argparse.Namespace, out: TextIO, outcomes: Callable[[Records], Iterator[Outcome]]) -> int:
    """Feed the records of ``args.jsonl`` to ``outcomes`` (one outcome a record, in order) and write them."""
    reader = Reader(args.jsonl, args.skip)
    lines: deque[Line] = deque()

    def records() -> Iterator[dict[str, Any]]:
        for line in reader:
            lines.append(line)
            yield {k: v for k, v in line.record.items() if k != "id"}

    progress = Progress(reader.size()) if sys.stderr.isatty() else None
    written, resume = 0, args.skip
    try:
        with _Interrupts() as guard:
            for r in outcomes(records()):
                line = lines.popleft()
                with guard.writing_one():
                    written += _write_outcome(args.jsonl, reader, line, r, out, (written, resume))
                    resume = line.number
                if progress is not None:
                    progress.update(written, line.end)
    except KeyboardInterrupt:
        out.flush()
        message = f"interrupted; {written} records written; resume with --skip {resume}"
        raise CliError(message, EXIT["interrupted"]) from None
    except OSError as e:
        if isinstance(e, BrokenPipeError):
            raise
        raise CliError(f"cannot read {args.jsonl}: {e.strerror or e}") from None
    if progress is not None:
        progress.update(written, lines[-1].end if lines else 0, final=True)
    if reader.skipped:
        print(f"arnews: {reader.skipped} line(s) skipped, {written} records written", file=sys.stderr)
        return EXIT["skipped"]
    return EXIT["ok"]


def _write_outcome(path: str, reader: Reader, line: Line, r: Outcome, out: TextIO, at: tuple[int, int]) -> int:
    """Write one result (1) or report a failed record (0); a record that killed its worker twice stops the run."""
    if isinstance(r, dict):
        return _write_record(reader, line, r, out)
    if r.worker_died:
        written, resume = at
        raise CliError(
            f"{path}:{line.number}: a worker process died twice on this record; {written} records written; "
            f"resume with --skip {line.number} (past it) or --skip {resume} (to retry it)",
            EXIT["worker_died"],
        )
    reader.skipped += 1
    reader.report(line.number, f"{r.message}; skipped")
    return 0


def _write_record(reader: Reader, line: Line, result: dict[str, Any], out: TextIO) -> int:
    result["id"] = line.record.get("id", line.number)
    text, escaped = dumps(result)
    if escaped:
        shown = ", ".join(sorted(set(escaped))[:3])
        reader.report(line.number, f"lone surrogate ({shown}) written as a JSON escape; the record is complete")
    out.write(text + "\n")
    return 1


def _each(records: Records, fn: PerText, default: datetime | None = None, dated: bool = False) -> Iterator[Outcome]:
    """``fn(text, published)`` on every record in this process; a bad ``published`` is a :class:`BatchError`."""
    from .batch import BatchError

    for i, rec in enumerate(records):
        meta = {k: v for k, v in rec.items() if k not in ("text", "published")}
        try:
            pub = rec.get("published") if dated else None
            d = fn(rec["text"], as_datetime(pub, "published") if pub is not None else default)
        except (TypeError, ValueError) as e:
            yield BatchError(i, f"{type(e).__name__}: {e}", meta)
            continue
        yield {**d, "meta": meta} if meta else d


# --- commands -------------------------------------------------------------------------------------


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    ref = _reference(args.published)
    if args.jsonl:
        from .batch import parse_many

        return _run_jsonl(
            args, out, lambda recs: parse_many(recs, ref, args.workers or 1, as_dict=True, on_error="record")
        )
    from .article import parse

    art = parse(_read(args.file or "-"), ref, html=args.html)
    if args.format == "text":
        out.write(_text_report(art) + "\n")
    else:
        _dump(art.to_dict(), out)
    return EXIT["ok"]


def _cmd_normalize(args: argparse.Namespace, out: TextIO) -> int:
    if args.jsonl:
        return _run_jsonl(args, out, lambda recs: _each(recs, lambda t, _: {"text": normalize(t)}))
    out.write(normalize(_read(args.file or "-")))
    return EXIT["ok"]


def _cmd_sentences(args: argparse.Namespace, out: TextIO) -> int:
    def sentences(text: str, _: datetime | None) -> dict[str, Any]:
        return {"sentences": [s.to_dict() for s in split_sentences(text)]}

    if args.jsonl:
        return _run_jsonl(args, out, lambda recs: _each(recs, sentences))
    _dump(sentences(_read(args.file or "-"), None)["sentences"], out)
    return EXIT["ok"]


def _cmd_dates(args: argparse.Namespace, out: TextIO) -> int:
    def dates(text: str, ref: datetime | None) -> dict[str, Any]:
        return {
            "published": ref.isoformat() if ref else None,
            "dates": [m.to_dict() for m in find_dates(text, ref)],
        }

    ref = _reference(args.published)
    if args.jsonl:
        return _run_jsonl(args, out, lambda recs: _each(recs, dates, ref, dated=True))
    _dump(dates(_read(args.file or "-"), ref)["dates"], out)
    return EXIT["ok"]


# --- options --------------------------------------------------------------------------------------


def _add_input(p: argparse.ArgumentParser) -> None:
    """FILE or ``--jsonl IN`` (one record a line), and ``--skip N`` to resume a JSONL run."""
    p.add_argument("file", nargs="?", default=None, help="a UTF-8 file, or - for standard input (the default)")
    p.add_argument("--jsonl", metavar="IN.jsonl", help="one record a line (text, published, id, ...); - for stdin")
    p.add_argument("--skip", type=int, default=0, metavar="N", help="with --jsonl: skip the first N lines (to resume)")


def _add_reference(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--published", "--reference", dest="published", metavar="DATE",
        help="publication (reference) date: ISO date or datetime, with a zone for aware results",
    )


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="arnews", description="Read Arabic news: sentences, reported speech, dates.")
    ap.add_argument("--version", action="version", version=f"arnews {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse an article (JSON out)")
    _add_input(p)
    _add_reference(p)
    p.add_argument("--format", choices=["json", "text"], default=None, help="json (default) or text for a terminal")
    p.add_argument("--workers", type=int, default=None, help="processes for --jsonl (default 1)")
    p.add_argument("--html", action="store_true", help="the file is an HTML page: spans point into the HTML")
    p.set_defaults(run=_cmd_parse)
    for name, run, help_ in (
        ("normalize", _cmd_normalize, "print the normalised text (search preset)"),
        ("sentences", _cmd_sentences, "sentence spans as JSON"),
        ("dates", _cmd_dates, "date mentions as JSON"),
    ):
        q = sub.add_parser(name, help=help_)
        _add_input(q)
        if name == "dates":
            _add_reference(q)
        q.set_defaults(run=run)
    return ap


def _check(args: argparse.Namespace) -> None:
    """Refuse options that contradict each other, in one line."""
    jsonl = args.jsonl is not None
    if jsonl and args.file is not None:
        raise CliError(f"give FILE or --jsonl, not both (got {args.file} and --jsonl {args.jsonl})")
    if getattr(args, "format", None) == "text" and jsonl:
        raise CliError("--format text is for one article; --jsonl writes JSON lines")
    if getattr(args, "workers", None) is not None:
        if not jsonl:
            raise CliError("--workers needs --jsonl (one article is parsed in one process)")
        if args.workers < 1:
            raise CliError("--workers must be at least 1")
    if getattr(args, "html", False) and jsonl:
        raise CliError("--html works on one page, not with --jsonl (clean each record with arnews.clean_html)")
    if args.skip and not jsonl:
        raise CliError("--skip needs --jsonl")
    if args.skip < 0:
        raise CliError("--skip must be at least 0")


def _log_to_stderr() -> None:
    """The library's warnings (a worker that died and was replaced) as ``arnews: ...`` lines.

    Only ``--jsonl`` runs log (the batch machinery): ``logging`` is imported for them alone.
    """
    import logging

    class _Stderr(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            print(f"arnews: {record.getMessage()}", file=sys.stderr, flush=True)

    log = logging.getLogger("arnews")
    if not any(type(h).__name__ == "_Stderr" for h in log.handlers):
        log.addHandler(_Stderr())


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line with ``argv``; return the exit code."""
    args = _parser().parse_args(argv)
    if args.jsonl:
        _log_to_stderr()
    try:
        _check(args)
        code: int = args.run(args, out or sys.stdout)
        return code
    except CliError as e:
        print(f"arnews: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("arnews: interrupted", file=sys.stderr)
        return EXIT["interrupted"]
    except BrokenPipeError:  # the reader went away (| head): stop quietly, also at exit
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT["ok"]
