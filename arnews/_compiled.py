"""Compiled patterns stored with the package, so a first call loads them instead of compiling them.

The ``regex`` module parses and optimises a pattern in Python: the date grammar's branches take
about a second to compile, which a fresh process paid on its first ``find_dates``. A compiled
``regex`` pattern pickles to its compiled code (``regex`` registers this itself), and loading that
code back costs a fraction of a millisecond. ``data/patterns.bin`` holds the compiled code of the
large patterns (the date grammar, the clock grammar), keyed by a hash of each pattern's source
and flags, for the ``regex`` version it was written with.

:func:`compile` is ``regex.compile`` with that store in front: a pattern whose source is in the
store and whose ``regex`` version matches the installed one is loaded; any other is compiled as
before (same pattern, only slower to get). So the store never changes what is matched, only how
fast the first call is. ``scripts/gen_date_heads.py`` rewrites it (with :func:`write_store`) after
a change to the grammar, and ``tests/test_compiled.py`` checks it is complete for the installed
``regex``.

The store is read only from the package's own directory (as trusted as the package's code).
With another ``regex`` version every pattern would be compiled in every process: setting
``ARNEWS_CACHE_DIR`` to a directory of your own keeps the patterns compiled there on first use
(pickled, so only a directory that only you can write to).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import zlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import regex

__all__ = ["STORE", "compile", "key", "stats", "store_fits", "write_store"]

#: The file of stored compiled patterns.
STORE = Path(__file__).resolve().parent / "data" / "patterns.bin"
_FORMAT = 1
_counts = {"loaded": 0, "cached": 0, "compiled": 0}


def _engine() -> str:
    """What compiled code depends on: the ``regex`` version, its code unit, the byte order."""
    core = getattr(regex, "_regex", None)
    return f"{regex.__version__}/{getattr(core, 'CODE_SIZE', '?')}/{getattr(core, 'MAGIC', '?')}/{sys.byteorder}"


def key(source: str, flags: int = 0) -> str:
    """The store's key of a pattern: a hash of its flags and source."""
    return hashlib.sha1(f"{int(flags)}\0{source}".encode()).hexdigest()[:24]


def _read(path: Path) -> dict[str, object] | None:
    try:
        data = pickle.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return data if isinstance(data, dict) else None


@cache
def _store() -> dict[str, bytes]:
    """The stored patterns (key → pickled pattern) if they were written with the installed ``regex``."""
    data = _read(STORE)
    if data is None or data.get("format") != _FORMAT or data.get("regex") != _engine():
        return {}
    patterns = data.get("patterns")
    return patterns if isinstance(patterns, dict) else {}


def store_fits() -> bool:
    """Whether the store was written with the installed ``regex`` (otherwise every pattern is compiled)."""
    return bool(_store())


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, loaded from the store when it holds the pattern.

    A pattern the store lacks (another ``regex`` version, a changed grammar) is compiled; when the
    environment variable ``ARNEWS_CACHE_DIR`` names a directory, it is also kept there (one file
    per pattern, under the ``regex`` version) and loaded from there by later processes.
    """
    k = key(source, flags)
    p = _load(_store().get(k), source)
    if p is not None:
        _counts["loaded"] += 1
        return p
    cached = _cache_file(k)
    if cached is not None:
        try:
            p = _load(cached.read_bytes(), source)
        except OSError:
            p = None
        if p is not None:
            _counts["cached"] += 1
            return p
    _counts["compiled"] += 1
    p = regex.compile(source, flags)
    if cached is not None:
        _keep(cached, p)
    return p


def _load(blob: bytes | None, source: str) -> regex.Pattern[str] | None:
    if blob is None:
        return None
    try:
        p = pickle.loads(blob)
    except (pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError, ImportError):
        return None
    return p if isinstance(p, regex.Pattern) and p.pattern == source else None


def _cache_file(k: str) -> Path | None:
    """Where ``ARNEWS_CACHE_DIR`` keeps pattern ``k`` for the installed ``regex`` (``None``: not set)."""
    root = os.environ.get("ARNEWS_CACHE_DIR")
    if not root:
        return None
    return Path(root) / f"regex-{_engine().replace('/', '-')}" / f"{k}.pickle"


def _keep(path: Path, p: regex.Pattern[str]) -> None:
    """Write ``p`` to ``path`` whole or not at all (a temporary file renamed); errors are ignored."""
    import tempfile  # only when a pattern is kept

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(pickle.dumps(p, protocol=4))
        os.replace(tmp, path)
    except OSError:
        return


def stats() -> dict[str, int]:
    """How many patterns :func:`compile` loaded from the store, loaded from ``ARNEWS_CACHE_DIR`` and compiled."""
    return dict(_counts)


def write_store(sources: Iterable[tuple[str, int]], path: Path = STORE) -> int:
    """Compile every ``(source, flags)`` and write the store; returns the number of patterns."""
    patterns = {key(s, f): pickle.dumps(regex.compile(s, f), protocol=4) for s, f in sources}
    data = {"format": _FORMAT, "regex": _engine(), "patterns": dict(sorted(patterns.items()))}
    path.write_bytes(zlib.compress(pickle.dumps(data, protocol=4), 9))
    if path == STORE:
        _store.cache_clear()
    return len(patterns)
