"""Compiled patterns stored with the package, so a first call loads them instead of compiling them.

The ``regex`` module parses and optimises a pattern in Python: the date grammar's branches take
about a second to compile, which a fresh process paid on its first ``find_dates``. A compiled
``regex`` pattern pickles to its compiled code (``regex`` registers this itself), and loading that
code back costs a fraction of a millisecond. ``data/patterns.bin`` holds the compiled code of the
large patterns (the date grammar, the clock grammar, the reporting lexicon's phrases, the clause
ends) and of every pattern a fresh process compiles on its way to a first ``parse()`` (module
constants included), keyed by a checksum of each pattern's source and flags, for the ``regex``
version it was written with.

The file is read fast: a short text index (key, offset, length) and then each pattern's pickle,
compressed on its own, so a process decompresses and loads only the patterns it uses. Reading it
needs neither ``hashlib`` nor ``pathlib``; ``pickle`` is imported with the first pattern loaded.

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

import os
import sys
import zlib
from collections.abc import Iterable, Mapping
from functools import cache

import regex

__all__ = ["STORE", "compile", "key", "requested", "stats", "store_fits", "write_store"]

#: The file of stored compiled patterns.
STORE: str | os.PathLike[str] = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "patterns.bin")
_MAGIC = b"arnews-patterns/2\n"
_counts = {"loaded": 0, "cached": 0, "compiled": 0}
#: Every (source, flags) asked of :func:`compile` in this process, in order (what the store should hold);
#: at most :data:`_REQUESTED_MAX` of them (a long-running process building many lexicons keeps no more).
_requested: dict[tuple[str, int], None] = {}
_REQUESTED_MAX = 4096


def _engine() -> str:
    """What compiled code depends on: the ``regex`` version, its code unit, the byte order."""
    core = getattr(regex, "_regex", None)
    return f"{regex.__version__}/{getattr(core, 'CODE_SIZE', '?')}/{getattr(core, 'MAGIC', '?')}/{sys.byteorder}"


def key(source: str, flags: int = 0) -> str:
    """The store's key of a pattern: its flags, length and two checksums of its source.

    Not a cryptographic hash (no ``hashlib`` on the import path): a pattern loaded from the store
    is also checked against its source, so a collision would only cost a compile.
    """
    b = source.encode("utf-8", "surrogatepass")
    return f"{int(flags):x}.{len(b):x}.{zlib.crc32(b):08x}{zlib.adler32(b):08x}"


@cache
def _store() -> Mapping[str, bytes | memoryview]:
    """The stored patterns (key → compressed pickle) if they were written with the installed ``regex``."""
    try:
        with open(STORE, "rb") as f:
            data = f.read()
    except OSError:
        return {}
    head, sep, _ = data[:4096].partition(b"\n\n")  # magic, engine, the index's length in bytes
    lines = head.split(b"\n")
    if not sep or len(lines) != 3 or lines[0] + b"\n" != _MAGIC or lines[1].decode("utf-8", "replace") != _engine():
        return {}
    try:
        start = len(head) + 2
        end = start + int(lines[2])
        rows = [row.split("\t") for row in data[start:end].decode("ascii").split("\n") if row]
        body, view = end, memoryview(data)
        return {k: view[body + int(o) : body + int(o) + int(n)] for k, o, n in rows}
    except ValueError:
        return {}


def store_fits() -> bool:
    """Whether the store was written with the installed ``regex`` (otherwise every pattern is compiled)."""
    return bool(_store())


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, loaded from the store when it holds the pattern.

    A pattern the store lacks (another ``regex`` version, a changed grammar) is compiled; when the
    environment variable ``ARNEWS_CACHE_DIR`` names a directory, it is also kept there (one file
    per pattern, under the ``regex`` version) and loaded from there by later processes.
    """
    flags = int(flags)
    if len(_requested) < _REQUESTED_MAX:
        _requested[source, flags] = None
    k = key(source, flags)
    p = _load(_store().get(k), source)
    if p is not None:
        _counts["loaded"] += 1
        return p
    cached = _cache_file(k)
    if cached is not None:
        try:
            with open(cached, "rb") as f:
                p = _load(f.read(), source)
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


def _load(blob: bytes | memoryview | None, source: str) -> regex.Pattern[str] | None:
    """The pattern pickled (and compressed) in ``blob`` if it is ``source``, else ``None`` (the key holds the flags)."""
    if blob is None:
        return None
    import pickle  # loaded with the first stored pattern, not on import

    try:
        p = pickle.loads(zlib.decompress(blob))
    except (pickle.UnpicklingError, zlib.error, ValueError, TypeError, EOFError, AttributeError, ImportError):
        return None
    return p if isinstance(p, regex.Pattern) and p.pattern == source else None


def _cache_file(k: str) -> str | None:
    """Where ``ARNEWS_CACHE_DIR`` keeps pattern ``k`` for the installed ``regex`` (``None``: not set)."""
    root = os.environ.get("ARNEWS_CACHE_DIR")
    if not root:
        return None
    return os.path.join(root, f"regex-{_engine().replace('/', '-')}", f"{k}.pickle")


def _keep(path: str, p: regex.Pattern[str]) -> None:
    """Write ``p`` to ``path`` whole or not at all (a temporary file renamed); errors are ignored."""
    import pickle
    import tempfile  # only when a pattern is kept

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(zlib.compress(pickle.dumps(p, protocol=4)))
        os.replace(tmp, path)
    except OSError:
        return


def stats() -> dict[str, int]:
    """How many patterns :func:`compile` loaded from the store, loaded from ``ARNEWS_CACHE_DIR`` and compiled."""
    return dict(_counts)


def requested() -> list[tuple[str, int]]:
    """Every ``(source, flags)`` :func:`compile` was asked for in this process, in the order first asked
    (the first 4,096: what a first ``parse()`` asks for is a few hundred)."""
    return list(_requested)


def write_store(sources: Iterable[tuple[str, int]], path: str | os.PathLike[str] | None = None) -> int:
    """Compile every ``(source, flags)`` and write the store (the package's own by default); returns the count."""
    import pickle

    blobs = {key(s, f): zlib.compress(pickle.dumps(regex.compile(s, f), protocol=4), 9) for s, f in sources}
    index, body, offset = [], [], 0
    for k in sorted(blobs):
        index.append(f"{k}\t{offset}\t{len(blobs[k])}\n")
        body.append(blobs[k])
        offset += len(blobs[k])
    table = "".join(index).encode("ascii")
    head = _MAGIC + _engine().encode("utf-8") + b"\n" + str(len(table)).encode("ascii") + b"\n\n"
    target = STORE if path is None else path
    with open(target, "wb") as f:
        f.write(head + table + b"".join(body))
    if os.path.abspath(target) == os.path.abspath(STORE):
        _store.cache_clear()
    return len(blobs)
