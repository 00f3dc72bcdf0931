"""JSON Lines in and out for the command line: a stream of records that survives bad lines.

Reading: a line that is not UTF-8, not JSON or not an object with a string ``text`` is reported
as ``FILE:LINE: ...`` on stderr and skipped; the reading goes on. Writing: a lone surrogate (a
``"\\ud800"`` escape in the input, common in scraped JSON) cannot be encoded as UTF-8, so it is
written as its JSON escape (``\\ud800``), which reads back as the same string; the record is
reported by its line number.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

__all__ = ["Line", "Progress", "Reader", "dumps"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(obj: object, indent: int | None = None) -> tuple[str, list[str]]:
    r"""``obj`` as JSON that encodes as UTF-8, and the lone surrogates written as escapes.

    >>> dumps({"text": "a" + chr(0xD800)})
    ('{"text": "a\\ud800"}', ['\\ud800'])
    """
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    found: list[str] = []

    def escape(m: re.Match[str]) -> str:
        found.append(f"\\u{ord(m[0]):04x}")
        return found[-1]

    return _SURROGATE.sub(escape, s), found


@dataclass(frozen=True, slots=True)
class Line:
    """A good record of the input: its line number, the byte offset after it, the record."""

    number: int
    end: int
    record: dict[str, Any]


@dataclass
class Reader:
    """The records of a JSONL file (or stdin, ``-``), bad lines reported and counted in ``skipped``."""

    path: str
    skip: int = 0
    err: TextIO = field(default_factory=lambda: sys.stderr)
    skipped: int = 0

    def report(self, n: int, message: str) -> None:
        """Say what is wrong with line ``n`` on stderr, in one line."""
        print(f"{self.path}:{n}: {message}", file=self.err, flush=True)

    def size(self) -> int | None:
        """The size of the input in bytes, when it is a regular file."""
        try:
            return os.stat(self.path).st_size if self.path != "-" else None
        except OSError:
            return None

    def __iter__(self) -> Iterator[Line]:
        stream = sys.stdin.buffer if self.path == "-" else open(self.path, "rb")  # noqa: SIM115
        offset = 0
        with stream:
            for n, raw in enumerate(stream, 1):
                offset += len(raw)
                if n <= self.skip:
                    continue
                rec = self._record(n, raw)
                if rec is not None:
                    yield Line(n, offset, rec)

    def _record(self, n: int, raw: bytes) -> dict[str, Any] | None:
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            self._bad(n, "not UTF-8")
            return None
        if not line.strip():
            return None
        try:
            rec = json.loads(line)
        except ValueError as e:
            self._bad(n, f"not JSON: {e}")
            return None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            self._bad(n, "needs an object with a string 'text'")
            return None
        return rec

    def _bad(self, n: int, message: str) -> None:
        self.skipped += 1
        self.report(n, f"{message}; skipped")


@dataclass
class Progress:
    """Records done, rate and ETA on stderr, redrawn at most every ``every`` seconds (a terminal only)."""

    total_bytes: int | None
    err: TextIO = field(default_factory=lambda: sys.stderr)
    every: float = 0.5
    start: float = field(default_factory=time.monotonic)
    shown: float = 0.0

    def update(self, done: int, at_byte: int, final: bool = False) -> None:
        """Redraw the line after ``done`` records, the input read up to ``at_byte``."""
        now = time.monotonic()
        if not final and now - self.shown < self.every:
            return
        self.shown = now
        spent = max(now - self.start, 1e-9)
        line = f"{done:,} records, {done / spent:,.1f}/s"
        if self.total_bytes and at_byte:
            left = spent * (self.total_bytes - at_byte) / at_byte
            line += f", {100 * at_byte / self.total_bytes:.0f}%, ETA {_clock(left)}"
        print(f"\r{line}\x1b[K", end="\n" if final else "", file=self.err, flush=True)


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
