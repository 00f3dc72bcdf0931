"""The command line: ``arnews parse FILE`` prints the parse as JSON.

Commands: ``parse`` (one article, or ``--jsonl`` for one article per line), ``normalize``,
``sentences`` and ``dates``. Errors are one line on stderr and a non-zero exit code:
2 for bad usage or input that cannot be read, 1 when some lines of a JSONL input were skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from itertools import tee
from typing import Any, TextIO

from ._version import __version__
from .article import Article, parse_published
from .batch import parse_many
from .dates import find_dates, iso_duration
from .normalize import normalize
from .sentences import split_sentences

__all__ = ["main"]


class CliError(Exception):
    """A problem to report in one line, with the exit code to use."""

    def __init__(self, message: str, code: int = 2) -> None:
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
        return parse_published(value)
    except ValueError as e:
        raise CliError(str(e)) from None


def _dump(obj: object, out: TextIO, indent: int | None = 2) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=indent))
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
                if d.interval:
                    when = " .. ".join(x.isoformat() for x in d.interval)
                else:
                    when = f"{d.kind} {iso_duration(d.duration, d.grain)}" if d.duration is not None else d.kind
                lines.append(f"    @@ {d.text} = {when}")
    return "\n".join(lines)


def _lines(path: str) -> Iterator[tuple[int, str]]:
    """Numbered lines of a UTF-8 file (or stdin), read as a stream."""
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as e:
        raise CliError(f"cannot read {path}: {e.strerror or e}") from None
    offset = 0
    with stream:
        for n, raw in enumerate(stream, 1):
            try:
                yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as e:
                raise CliError(f"{path}: not UTF-8 at byte offset {offset + e.start}") from None
            offset += len(raw)


def _jsonl_items(path: str, errors: list[str]) -> Iterator[dict[str, Any]]:
    for n, line in _lines(path):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError("needs an object with a string 'text'")
            parse_published(rec.get("published"))
        except (ValueError, TypeError) as e:
            errors.append(f"{path}:{n}: skipped: {e}")
            print(errors[-1], file=sys.stderr)
            continue
        yield {"id": rec.get("id", n), "text": rec["text"], "published": rec.get("published")}


def _parse_jsonl(args: argparse.Namespace, out: TextIO) -> int:
    errors: list[str] = []
    default = _reference(args.published)
    ids, items = tee(_jsonl_items(args.jsonl, errors))
    tty = sys.stderr.isatty()
    for n, (item, art) in enumerate(zip(ids, parse_many(items, default, workers=args.workers), strict=True), 1):
        d = art.to_dict()
        d["id"] = item["id"]
        _dump(d, out, indent=None)
        if tty:
            print(f"\r{n} articles", end="", file=sys.stderr)
    if tty:
        print(file=sys.stderr)
    if errors:
        print(f"arnews: {len(errors)} line(s) skipped", file=sys.stderr)
    return 1 if errors else 0


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    if args.jsonl:
        if args.html:
            raise CliError("--html works on one page, not with --jsonl (clean each record with arnews.clean_html)")
        return _parse_jsonl(args, out)
    from .article import parse

    art = parse(_read(args.file), _reference(args.published), html=args.html)
    if args.format == "text":
        out.write(_text_report(art) + "\n")
    else:
        _dump(art.to_dict(), out)
    return 0


def _cmd_normalize(args: argparse.Namespace, out: TextIO) -> int:
    out.write(normalize(_read(args.file)))
    return 0


def _cmd_sentences(args: argparse.Namespace, out: TextIO) -> int:
    _dump([s.to_dict() for s in split_sentences(_read(args.file))], out)
    return 0


def _cmd_dates(args: argparse.Namespace, out: TextIO) -> int:
    ref = _reference(args.reference)
    _dump([m.to_dict() for m in find_dates(_read(args.file), ref)], out)
    return 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="arnews", description="Read Arabic news: sentences, reported speech, dates.")
    ap.add_argument("--version", action="version", version=f"arnews {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse an article (JSON out)")
    p.add_argument("file", nargs="?", default="-", help="a UTF-8 file, or - for standard input")
    p.add_argument("--published", help="publication date, ISO (2023-09-12)")
    p.add_argument("--format", choices=["json", "text"], default="json")
    p.add_argument("--jsonl", metavar="IN.jsonl", help="one article per line: text, published, id")
    p.add_argument("--workers", type=int, default=1, help="processes for --jsonl (default 1)")
    p.add_argument("--html", action="store_true", help="the file is an HTML page: spans point into the HTML")
    p.set_defaults(run=_cmd_parse)
    for name, run, help_ in (
        ("normalize", _cmd_normalize, "print the normalised text (search preset)"),
        ("sentences", _cmd_sentences, "sentence spans as JSON"),
        ("dates", _cmd_dates, "date mentions as JSON"),
    ):
        q = sub.add_parser(name, help=help_)
        q.add_argument("file", nargs="?", default="-")
        if name == "dates":
            q.add_argument("--reference", help="reference date, ISO")
        q.set_defaults(run=run)
    return ap


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line with ``argv``; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if getattr(args, "workers", 1) < 1:
            raise CliError("--workers must be at least 1")
        code: int = args.run(args, out or sys.stdout)
        return code
    except CliError as e:
        print(f"arnews: {e}", file=sys.stderr)
        return e.code
    except BrokenPipeError:
        return 0
