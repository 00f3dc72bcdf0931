"""The character work of :mod:`arnews.normalize`: the tables, a plan per options object, one pass.

The character tables are data (``arnews/data/chars.json`` and the generated
``arnews/data/presentation.json``). For each options object the enabled single-character steps
are composed once into one table (a presentation form goes straight to its final spelling, e.g.
``ﻷ`` → ``لا``: every replacement is final, no character of it is in the table) and compiled into
a :class:`_Plan`:

* frequent characters are rewritten with ``str.replace`` (a C scan per character, skipped when
  the character is absent);
* the rare ones (presentation forms, controls, Quranic and extended marks, typographic spaces)
  are one block: a single regex over their ranges tells whether any is present, and while their
  runs are few they are all mapped in one pass over the runs (:func:`_apply_block`);
* two contextual steps follow: the Arabic decimal and thousands separators between digits, and
  whitespace runs (one space, or ``"\n"`` when the run holds a line break, :func:`_collapse`).
"""

from __future__ import annotations

import codecs
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from typing import TYPE_CHECKING

import regex

from . import _compiled

if TYPE_CHECKING:
    from ._options import NormalizeOptions

@dataclass(frozen=True, slots=True)
class _Tables:
    """The character tables of ``data/chars.json`` and ``data/presentation.json``."""

    steps: dict[str, dict[str, str]]  # option name -> {char: replacement}, "" = removed
    shadda: str
    separators: dict[str, str]
    whitespace: str
    newlines: str


def _code_points(ranges: list[str]) -> str:
    out: list[str] = []
    for item in ranges:
        lo, _, hi = item.partition("-")
        out.extend(chr(c) for c in range(int(lo, 16), int(hi or lo, 16) + 1))
    return "".join(out)


@cache
def _tables() -> _Tables:
    import pyarabic.araby as araby  # its harakat and tatweel; the marks it lacks are in chars.json

    from .data import table as read_table  # on first use: ``import arnews`` stays light

    data = read_table("chars.json")
    forms: dict[str, str] = read_table("presentation.json")["forms"]
    marks = "".join(araby.TASHKEEL) + araby.SMALL_ALEF + _code_points(data["diacritics_beyond_pyarabic"])
    steps = {
        "controls": dict.fromkeys(_code_points(data["controls"]), ""),
        "presentation": forms,
        "diacritics": dict.fromkeys(marks, ""),
        "tatweel": dict.fromkeys(araby.TATWEEL, ""),
    }
    for name in ("alef", "alef_maqsura", "teh_marbuta", "hamza", "persian", "digits", "punctuation", "quotes"):
        steps[name] = data[name]
    return _Tables(
        steps=steps,
        shadda=araby.SHADDA,
        separators=data["digit_separators"],
        whitespace=_code_points(data["whitespace"]),
        newlines=_code_points(data["newlines"]),
    )


# Order in which single-character steps are tried on one character; the composition runs them to
# a fixed point, so the order only decides which table is consulted first.
_STEP_ORDER = (
    "controls",
    "presentation",
    "diacritics",
    "tatweel",
    "persian",
    "alef",
    "alef_maqsura",
    "teh_marbuta",
    "hamza",
    "digits",
    "punctuation",
    "quotes",
)


def _compose(options: NormalizeOptions) -> dict[str, str]:
    """``{char: final replacement}`` for every character some enabled step changes."""
    t = _tables()
    active = [t.steps[name] for name in _STEP_ORDER if getattr(options, name)]
    if options.diacritics and options.keep_shadda:
        active = [{k: v for k, v in m.items() if k != t.shadda} if m is t.steps["diacritics"] else m for m in active]

    first: dict[str, str] = {}  # each character's replacement by the first active step that has it
    for m in reversed(active):
        first.update(m)
    step = first.get
    out: dict[str, str] = {}
    for ch in first:
        cur = ch
        for _ in range(8):
            nxt = step(cur, cur) if len(cur) == 1 else "".join([step(c, c) for c in cur])
            if nxt == cur:
                break
            cur = nxt
        if cur != ch:
            out[ch] = cur
    return out


# Blocks of rarely used characters: a single-range regex search (the regex module scans one range at
# memory speed) tells whether any is present; then each character found is rewritten with
# str.replace. Every other table character is rewritten with str.replace directly (a C scan,
# skipped when the character is absent). No Python code runs per character of the text.
_BLOCKS = (
    (0x000B, 0x001F),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x06D6, 0x08FF),
    (0x2000, 0x200F),
    (0x2028, 0x206F),
    (0xFB50, 0xFEFF),
)
_MIN_BLOCK = 2
_SMALL_BLOCK = 32  # up to this many characters, a block checks each with ``in``; beyond, findall
# Whitespace runs of the table-mapped text (where every blank is " " or "\n"): the blanks from a
# position, and a line break with the blanks after it (possessive: linear).
# (compiled here, not loaded from the store: two tiny patterns cost less than reading it, and
# ``import arnews`` then needs neither the store nor ``pickle``)
_BLANKS = regex.compile("[ \n]*+")
_LINE_RUN = regex.compile("\n(?:[ \n]++|(?<= \n))")


def _range_class(chars: str | set[str] | dict[str, str]) -> str:
    """A regex character class body for ``chars``, written as code point ranges."""
    cps = sorted({ord(c) for c in chars})
    out: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append(f"\\U{cps[i]:08x}" + (f"-\\U{cps[j]:08x}" if j > i else ""))
        i = j + 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Block:
    """Table characters in one code point range, found with one single-range regex."""

    pattern: regex.Pattern[str]
    table: dict[str, str]
    chars: tuple[str, ...]  # the table's characters, for blocks small enough to test each
    disjoint: bool = False  # no replacement holds a character of the table: all can be applied at once
    erase: bool = False  # every character of the range is in the table, removed: one ``sub`` in C removes them


@dataclass(frozen=True, slots=True)
class _Stage:
    """Table characters rewritten on the text: by ``str.replace`` (``chain``) or by blocks."""

    chain: tuple[tuple[str, str], ...]
    blocks: tuple[_Block, ...]  # those that remove their whole range first (:func:`_apply_stage`)
    rare: dict[str, str]  # the tables of every block, for mapping their runs in one pass


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything :func:`view` needs for one options object, compiled once.

    The table is cut in two: ``narrow`` holds the characters of the code page ``cp1256`` (the
    Arabic letters, harakat, common punctuation) whose replacement is one such character or
    nothing, ``wide`` the others. Both are applied in one pass of bytes (:func:`_byte_pass`:
    encode, ``bytes.translate``, decode, all in C; the few characters outside the code page are
    mapped on their own and put back), or, when the text holds NUL or many characters outside
    the code page, as two stages of replacements.
    """

    wide: _Stage
    narrow: _Stage
    wide_table: dict[str, str]  # the characters of ``wide`` and their replacements
    code: bytes | None  # the byte pass's translation table (``None``: no byte pass)
    delete: bytes  # the bytes of the characters it removes
    removed: tuple[tuple[str, int], ...]  # those characters with their byte
    out_len: dict[str, int]  # output length of every removed or expanded character
    separators: regex.Pattern[str] | None
    separator_map: dict[str, str]
    whitespace: bool

    @property
    def blocks(self) -> tuple[_Block, ...]:
        """Every block of both stages."""
        return self.wide.blocks + self.narrow.blocks


def _whitespace_table(t: _Tables) -> dict[str, str]:
    return {c: ("\n" if c in t.newlines else " ") for c in t.whitespace if c not in " \n"}


#: The code page of the byte pass: one byte for each Arabic letter and mark and most punctuation.
_CODE_PAGE = "cp1256"


def _byte(c: str) -> int | None:
    """The byte of ``c`` in the code page, or ``None``."""
    try:
        b = c.encode(_CODE_PAGE)
    except UnicodeEncodeError:
        return None
    return b[0] if len(b) == 1 else None


def _stage(table: dict[str, str]) -> _Stage:
    """The stage of ``table``: its rare blocks (each one single-range pattern) and the others' chain."""
    blocks: list[_Block] = []
    chain = dict(table)
    items = sorted(table.items())
    for lo, hi in _BLOCKS:
        inside = {c: r for c, r in items if lo <= ord(c) <= hi}
        if len(inside) < _MIN_BLOCK:
            continue
        for c in inside:
            del chain[c]
        lo, hi = ord(min(inside)), ord(max(inside))  # (the range the table's characters span)
        pattern = _compiled.compile(f"[\\U{lo:08x}-\\U{hi:08x}]+")
        disjoint = not any(c in inside for r in inside.values() for c in r)
        erase = len(inside) == hi - lo + 1 and not any(inside.values())
        blocks.append(_Block(pattern, inside, tuple(inside) if len(inside) <= _SMALL_BLOCK else (), disjoint, erase))
    return _Stage(
        chain=tuple(sorted(chain.items())),
        blocks=tuple(sorted(blocks, key=lambda b: not b.erase)),
        rare={c: r for b in blocks for c, r in b.table.items()},
    )


@lru_cache(maxsize=64)
def _plan(options: NormalizeOptions) -> _Plan:
    t = _tables()
    table = _compose(options)
    if options.whitespace:
        table.update(_whitespace_table(t))
    code = bytearray(range(256))
    delete = bytearray()
    narrow: dict[str, str] = {}
    for c, r in table.items():
        b = _byte(c)
        to = _byte(r) if len(r) == 1 else None
        if b is None or b == 0 or (r and to is None):
            continue
        narrow[c] = r
        if to is None:
            delete.append(b)
        else:
            code[b] = to
    removed = tuple((c, b) for c, r in sorted(narrow.items()) if not r and (b := _byte(c)) is not None)
    wide = {c: r for c, r in table.items() if c not in narrow}
    return _Plan(
        wide=_stage(wide),
        narrow=_stage(narrow),
        wide_table=wide,
        code=bytes(code) if narrow and "\x00" not in table else None,
        delete=bytes(delete),
        removed=removed,
        out_len={c: len(r) for c, r in table.items() if len(r) != 1},
        separators=(
            _compiled.compile(f"(?<=[0-9])[{_range_class(t.separators)}](?=[0-9])") if options.digits else None
        ),
        separator_map=t.separators,
        whitespace=options.whitespace,
    )


# --------------------------------------------------------------------------------------------
# The work


def _map_chars(text: str, plan: _Plan, found: bool = True) -> tuple[str, list[str]]:
    """Apply the character table; also return the characters found that are removed or expanded
    (what the offsets need: ``[]`` without ``found``)."""
    seen: list[str] = []
    outside: str | None = None  # the characters outside the code page, when the byte pass ran
    done = _byte_pass(text, plan, seen if found else None)
    if done is None:
        s, seen = _apply_stage(text, plan.wide, found)
        s, more = _apply_stage(s, plan.narrow, found)
        seen.extend(more)
    else:
        s, outside = done
    held = s if outside is None else outside  # (the separators are outside the code page)
    if plan.separators is not None and ("٫" in held or "٬" in held):
        seps = plan.separator_map
        s = plan.separators.sub(lambda m: seps[m.group()], s)
    out_len = plan.out_len
    return s, [c for c in seen if c in out_len] if found else []


class _Outside(threading.local):
    """The characters outside the code page that the byte pass met (its error handler's notes)."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.limit = 0


_OUTSIDE = _Outside()
_KEEP_OUTSIDE = "arnews.keep_outside"


def _keep_outside(err: UnicodeError) -> tuple[bytes, int]:
    """Encoding error handler: a character outside the code page becomes NUL and is noted, in order."""
    if not isinstance(err, UnicodeEncodeError) or len(_OUTSIDE.chars) >= _OUTSIDE.limit:
        raise err
    _OUTSIDE.chars.append(err.object[err.start:err.end])
    return b"\x00" * (err.end - err.start), err.end


codecs.register_error(_KEEP_OUTSIDE, _keep_outside)


def _byte_pass(text: str, plan: _Plan, seen: list[str] | None) -> tuple[str, str] | None:
    """``text`` with the table applied in bytes of the code page and its characters outside the
    code page, or ``None`` when it cannot be.

    The text is encoded (each character outside the code page becomes NUL, noted in order by the
    error handler), translated and removed byte by byte (``bytes.translate``: the narrow table) and
    decoded; the noted characters, mapped by the wide table, go back at the NULs. ``None`` when
    the text holds NUL itself, or so many runs of characters outside the code page (one in 64
    characters) that stages of replacements are cheaper. The removed and expanded characters
    present are added to ``seen``.
    """
    if plan.code is None or "\x00" in text:
        return None
    notes: list[str] = []
    _OUTSIDE.chars = notes
    _OUTSIDE.limit = 16 + (len(text) >> 6)
    try:
        b = text.encode(_CODE_PAGE, _KEEP_OUTSIDE)
    except UnicodeEncodeError:
        return None
    finally:
        _OUTSIDE.chars = []
    out = b.translate(plan.code, plan.delete).decode(_CODE_PAGE)
    outside = "".join(notes)
    if seen is not None:
        seen.extend(c for c, byte in plan.removed if byte in b)
        seen.extend(sorted(set(outside) & plan.wide_table.keys()))
    if not outside:
        return out, outside
    wide = plan.wide_table
    parts = out.split("\x00")
    mapped = [wide.get(c, c) for c in outside]
    return "".join(chain.from_iterable(zip(parts, mapped, strict=False))) + parts[-1], outside


def _apply_stage(text: str, stage: _Stage, found: bool) -> tuple[str, list[str]]:
    """Apply one stage of the table; also return the table characters it found (``[]`` without ``found``).

    The blocks' runs, while few, are mapped together in one pass at the end (:func:`_map_runs`):
    one copy of the text for all of them.
    """
    s = text
    seen: list[str] = []
    for ch, rep in stage.chain:
        if ch in s:
            s = s.replace(ch, rep)
            seen.append(ch)
    sparse: list[_Block] = []
    spans: list[tuple[int, int]] = []
    for block in stage.blocks:
        if block.pattern.search(s) is None:
            continue
        runs = _sparse_runs(block, s) if block.disjoint and not block.erase else None
        if runs is not None:
            sparse.append(block)
            spans.extend(runs)
            continue
        s, present = _apply_block(block, s, found)
        seen.extend(present)
        if spans:  # (the runs found before are read again on the changed text)
            spans = [sp for b in sparse for sp in _sparse_runs(b, s) or ()]
    if spans:
        s, present = _map_runs(s, spans, stage.rare, sparse, found)
        seen.extend(present)
    return s, seen


def _sparse_runs(block: _Block, s: str) -> list[tuple[int, int]] | None:
    """The runs of ``block``'s range in ``s``, or ``None`` when there are many (more than one in 32
    characters: then one replacement per character present is cheaper)."""
    spans: list[tuple[int, int]] = []
    limit = max(64, len(s) >> 5)
    for k, m in enumerate(block.pattern.finditer(s)):
        if k == limit:
            return None
        spans.append(m.span())
    return spans


def _map_runs(
    s: str, spans: list[tuple[int, int]], table: dict[str, str], blocks: list[_Block], found: bool
) -> tuple[str, list[str]]:
    """``s`` with each of the runs ``spans`` mapped by ``table`` and the text between them copied once;
    the characters of the ``blocks``' tables that the runs held (each block's in its table's order)."""
    spans.sort()
    pieces: list[str] = []
    prev = 0
    for a, b in spans:
        pieces.append(s[prev:a])
        pieces.append("".join([table.get(c, c) for c in s[a:b]]))
        prev = b
    pieces.append(s[prev:])
    present: list[str] = []
    if found:
        seen = set("".join(s[a:b] for a, b in spans))
        for block in blocks:
            present.extend([c for c in block.chars if c in seen] if block.chars else sorted(seen & block.table.keys()))
    return "".join(pieces), present


def _present(block: _Block, s: str) -> list[str]:
    """The characters of ``block``'s table that ``s`` holds, in the table's order."""
    if block.chars:
        return [c for c in block.chars if c in s]
    return sorted(set("".join(block.pattern.findall(s))) & block.table.keys())


def _apply_block(block: _Block, s: str, found: bool = True) -> tuple[str, list[str]]:
    """``s`` with the table of ``block`` applied, and the table's characters it held (in the table's
    order; ``[]`` without ``found`` when they are not known on the way).

    A block that removes every character of its range (the harakat) is one ``sub`` in C. Otherwise,
    while the runs of the block's range are few (at most one in 32 characters), in one pass: each
    run is mapped and the text between them copied once. Otherwise, and for a table whose
    replacements hold its own characters (where the order of the replacements matters), one
    replacement over the whole text per character present.
    """
    table = block.table
    if block.erase:
        present = _present(block, s) if found else []
        return block.pattern.sub("", s), present
    if block.disjoint:
        spans = _sparse_runs(block, s)
        if spans is not None:
            return _map_runs(s, spans, table, [block], True)
    present = _present(block, s)
    for ch in present:
        s = s.replace(ch, table[ch])
    return s, present


def _runs(s: str) -> list[tuple[int, int]]:
    """The whitespace runs of the table-mapped text that shrink (2+ of " " and "\n"), in order.

    A run holds two spaces or a line break beside another blank: ``str.find`` finds the pairs of
    spaces and one pattern led by the line break the others (a pattern led by a space would stop
    at every space); each is widened to its whole run.
    """
    runs: dict[int, int] = {}
    find = s.find
    i = find("  ")
    while i >= 0:
        a = i
        while a and s[a - 1] in " \n":
            a -= 1
        b = _BLANKS.match(s, i).end()  # type: ignore[union-attr]  # (always matches)
        runs[a] = b
        i = find("  ", b)
    for m in _LINE_RUN.finditer(s):
        a, b = m.span()
        while a and s[a - 1] == " ":
            a -= 1
        if b - a > 1:
            runs[a] = b
    return sorted(runs.items())


def _collapse(s: str) -> str:
    """Whitespace runs of the table-mapped text (blanks are " " and "\n") to one character."""
    runs = _runs(s)
    if not runs:
        return s
    pieces: list[str] = []
    prev = 0
    for start, end in runs:
        if start < prev:  # a suffix of a run already taken
            continue
        pieces.append(s[prev:start])
        pieces.append("\n" if "\n" in s[start:end] else " ")
        prev = end
    pieces.append(s[prev:])
    return "".join(pieces)


def _text_whole(text: str, plan: _Plan) -> str:
    s, _ = _map_chars(text, plan, found=False)
    return _collapse(s) if plan.whitespace else s

