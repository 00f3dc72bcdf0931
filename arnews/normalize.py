"""Arabic normalisation with an offset map back to the original text.

Each operation is a small ``str -> str`` function with one job (:func:`strip_diacritics`,
:func:`strip_tatweel`, :func:`normalize_alef`, ...). :func:`normalize` chains the operations a
:class:`NormalizeOptions` switches on; :func:`normalize_with_offsets` and :func:`view` also return
the map from every normalised character back to the character of the original that produced it.

The character tables are data (``arnews/data/chars.json`` and the generated
``arnews/data/presentation.json``). For each options object the enabled single-character steps
are composed once into one table (a presentation form goes straight to its final spelling, e.g.
``ﻷ`` → ``لا``) and compiled into a plan:

* frequent characters are rewritten with ``str.replace`` (a C scan per character, skipped when
  the character is absent);
* rare blocks (presentation forms, controls, Quranic and extended marks, typographic spaces) are
  first looked for with one single-range regex each, which the regex module runs at memory speed;
* two contextual steps follow: the Arabic decimal and thousands separators between digits, and
  whitespace runs (one space, or ``"\n"`` when the run holds a line break), found with three
  literal-prefix patterns.

Offsets only need work where the length changes: removed characters, expanded ones and
whitespace runs. Literal scans find the removed and expanded characters actually present; the
stretches between them are copied from an identity array (a memcpy), so no Python code runs per
character of the text. A view keeps its offsets in an ``array('i')``; ``normalize_with_offsets``
returns a list.

:func:`normalize`, :func:`normalize_with_offsets`, :func:`view` and :func:`analysis_view` work on a
long text in pieces that stay in the processor's cache, cut anywhere; the two contextual steps are
mended where pieces meet (:func:`_in_pieces`), so the result is the one-pass result.

>>> normalize("أَهْلاً وَسَهْلاً")
'اهلا وسهلا'
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from itertools import compress, pairwise
from typing import Any, TypeAlias

import regex

from .spans import TextView, check_text

__all__ = [
    "ANALYSIS",
    "DISPLAY",
    "PRESETS",
    "SEARCH",
    "NormalizeOptions",
    "analysis_view",
    "explain",
    "fold_presentation_forms",
    "normalize",
    "normalize_alef",
    "normalize_alef_maqsura",
    "normalize_digits",
    "normalize_hamza",
    "normalize_persian",
    "normalize_punctuation",
    "normalize_quotes",
    "normalize_teh_marbuta",
    "normalize_whitespace",
    "normalize_with_offsets",
    "remove_controls",
    "strip_diacritics",
    "strip_tatweel",
    "view",
]


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which normalisations to apply; one boolean field per operation.

    ``keep_shadda`` refines ``diacritics`` (strip the other marks, keep ``ّ``). Build variants
    with :meth:`with_` (or :func:`dataclasses.replace`); :meth:`none` switches everything off.

    >>> normalize("مُدَرِّسَة", SEARCH.with_(keep_shadda=True))
    'مدرّسه'
    """

    diacritics: bool = True
    keep_shadda: bool = False
    tatweel: bool = True
    alef: bool = True
    alef_maqsura: bool = True
    teh_marbuta: bool = True
    hamza: bool = True
    digits: bool = True
    punctuation: bool = False
    quotes: bool = True
    controls: bool = True
    presentation: bool = True
    persian: bool = True
    whitespace: bool = True

    def with_(self, **options: bool) -> NormalizeOptions:
        """A copy with the named options changed; unknown names or non-bool values raise ``TypeError``.

        >>> normalize("«الأسبوع»", ANALYSIS.with_(quotes=True))
        '"الاسبوع"'
        """
        return replace(self, **_checked(options)) if options else self

    @classmethod
    def none(cls, **options: bool) -> NormalizeOptions:
        """Every operation off, except the ones named ``True``.

        >>> normalize("أحمد  ـ", NormalizeOptions.none(alef=True))
        'احمد  ـ'
        """
        off = cls(**{f.name: False for f in fields(cls)})
        return off.with_(**options)

    def enabled(self) -> tuple[str, ...]:
        """The names of the options switched on, in field order.

        >>> DISPLAY.enabled()
        ('tatweel', 'digits', 'controls', 'presentation', 'persian', 'whitespace')
        """
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


_OPTION_NAMES = frozenset(f.name for f in fields(NormalizeOptions))


def _checked(options: dict[str, Any]) -> dict[str, bool]:
    for name, value in options.items():
        if name not in _OPTION_NAMES:
            raise TypeError(f"unknown normalisation option {name!r}; valid options: {', '.join(sorted(_OPTION_NAMES))}")
        if not isinstance(value, bool):
            raise TypeError(f"normalisation option {name!r} must be bool, not {type(value).__name__}")
    return options


#: Aggressive folding for matching and search: every spelling variant folded, quotes unified,
#: punctuation kept.
SEARCH = NormalizeOptions()
#: Readable text: invisible characters, tatweel, presentation forms, Persian letters, digits and
#: whitespace cleaned; the spelling (hamza, alef, ى, ة), diacritics and quotes kept.
DISPLAY = NormalizeOptions(
    diacritics=False, alef=False, alef_maqsura=False, teh_marbuta=False, hamza=False, quotes=False
)
#: The view the pipeline works on: spelling folded for matching, quotes and punctuation kept.
ANALYSIS = NormalizeOptions(quotes=False, punctuation=False)
#: The presets by name, for ``normalize(text, "display")``.
PRESETS: dict[str, NormalizeOptions] = {"search": SEARCH, "display": DISPLAY, "analysis": ANALYSIS}


# --------------------------------------------------------------------------------------------
# Tables


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

    def step(ch: str) -> str:
        for m in active:
            if ch in m:
                return m[ch]
        return ch

    out: dict[str, str] = {}
    for ch in {k for m in active for k in m}:
        cur = ch
        for _ in range(8):
            nxt = "".join(step(c) for c in cur)
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
# Whitespace runs of the table-mapped text (where every blank is " " or "\n"). Each pattern starts
# with a literal pair, so the regex module finds it at memory speed, and is possessive (linear).
_RUN_PATTERNS = (regex.compile("  [ \n]*+"), regex.compile(" \n[ \n]*+"), regex.compile("\n[ \n]++"))


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


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything :func:`view` needs for one options object, compiled once."""

    chain: tuple[tuple[str, str], ...]
    blocks: tuple[_Block, ...]
    out_len: dict[str, int]  # output length of every removed or expanded character
    separators: regex.Pattern[str] | None
    separator_map: dict[str, str]
    whitespace: bool


def _whitespace_table(t: _Tables) -> dict[str, str]:
    return {c: ("\n" if c in t.newlines else " ") for c in t.whitespace if c not in " \n"}


@lru_cache(maxsize=64)
def _plan(options: NormalizeOptions) -> _Plan:
    t = _tables()
    table = _compose(options)
    if options.whitespace:
        table.update(_whitespace_table(t))
    blocks: list[_Block] = []
    chain = dict(table)
    for lo, hi in _BLOCKS:
        inside = {c: r for c, r in sorted(table.items()) if lo <= ord(c) <= hi}
        if len(inside) < _MIN_BLOCK:
            continue
        for c in inside:
            del chain[c]
        pattern = regex.compile(f"[\\U{lo:08x}-\\U{hi:08x}]+")
        disjoint = not any(c in inside for r in inside.values() for c in r)
        blocks.append(_Block(pattern, inside, tuple(inside) if len(inside) <= _SMALL_BLOCK else (), disjoint))
    return _Plan(
        chain=tuple(sorted(chain.items())),
        blocks=tuple(blocks),
        out_len={c: len(r) for c, r in table.items() if len(r) != 1},
        separators=(regex.compile(f"(?<=[0-9])[{_range_class(t.separators)}](?=[0-9])") if options.digits else None),
        separator_map=t.separators,
        whitespace=options.whitespace,
    )


# --------------------------------------------------------------------------------------------
# The work


def _map_chars(text: str, plan: _Plan) -> tuple[str, list[str]]:
    """Apply the character table; also return the characters found that are removed or expanded."""
    s = text
    found: list[str] = []
    for ch, rep in plan.chain:
        if ch in s:
            s = s.replace(ch, rep)
            found.append(ch)
    for block in plan.blocks:
        if block.pattern.search(s) is None:
            continue
        s, present = _apply_block(block, s)
        found.extend(present)
    if plan.separators is not None and ("٫" in s or "٬" in s):
        seps = plan.separator_map
        s = plan.separators.sub(lambda m: seps[m.group()], s)
    out_len = plan.out_len
    return s, [c for c in found if c in out_len]


def _apply_block(block: _Block, s: str) -> tuple[str, list[str]]:
    """``s`` with the table of ``block`` applied, and the table's characters it held (in the table's order).

    While the runs of the block's range are few (at most one in 32 characters), in one pass: each
    run is mapped and the text between them copied once. Otherwise, and for a table whose
    replacements hold its own characters (where the order of the replacements matters), one
    replacement over the whole text per character present.
    """
    table = block.table
    spans: list[tuple[int, int]] = []
    if block.disjoint:
        limit = max(64, len(s) >> 5)
        for k, m in enumerate(block.pattern.finditer(s)):
            if k == limit:
                spans = []
                break
            spans.append(m.span())
        else:
            seen = set("".join(s[a:b] for a, b in spans))
            present = [c for c in block.chars if c in seen] if block.chars else sorted(seen & table.keys())
            pieces: list[str] = []
            prev = 0
            for a, b in spans:
                pieces.append(s[prev:a])
                pieces.append("".join([table.get(c, c) for c in s[a:b]]))
                prev = b
            pieces.append(s[prev:])
            return "".join(pieces), present
    if block.chars:
        present = [c for c in block.chars if c in s]
    else:
        present = sorted(set("".join(block.pattern.findall(s))) & table.keys())
    for ch in present:
        s = s.replace(ch, table[ch])
    return s, present


def _runs(s: str) -> list[tuple[int, int]]:
    """The whitespace runs of the table-mapped text that shrink (2+ of " " and "\n"), in order."""
    runs: list[tuple[int, int]] = []
    for pattern in _RUN_PATTERNS:
        runs.extend(m.span() for m in pattern.finditer(s))
    runs.sort()
    return runs


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


def _text(text: str, plan: _Plan) -> str:
    if len(text) > 2 * _CHUNK:  # long text: pieces that stay in the processor's cache
        return _in_pieces(text, plan, False)[0]
    return _text_whole(text, plan)


def _text_whole(text: str, plan: _Plan) -> str:
    s, _ = _map_chars(text, plan)
    return _collapse(s) if plan.whitespace else s


#: Texts longer than twice this are normalised in pieces of this length (the last one up to twice
#: it), each small enough to stay in the processor's cache; tests lower it.
_CHUNK = 1 << 18
_DIGITS = frozenset("0123456789")


def _chunks(n: int, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the pieces of a text of length ``n``: ``size`` long, the last up to twice that.

    A cut may fall anywhere (inside a word, a run of tatweel or of blanks, between a digit and a
    separator): :func:`_in_pieces` mends the two contextual steps at each junction.
    """
    cuts = list(range(0, max(n - size, 1), size))
    cuts.append(n)
    return list(pairwise(cuts))


def _in_pieces(
    text: str, plan: _Plan, with_offsets: bool, chunk: int = 0, as_array: bool = False
) -> tuple[str, Offsets]:
    """The one-pass result of :func:`_text_whole` (and :func:`_view` in list mode), piece by piece.

    Every step but two maps one character alone, so pieces can be normalised independently; the
    offsets of each piece are appended to one list as they are made, from ``range(start, end +
    1)``, so they come out already shifted. The two contextual steps look at neighbours in the
    table-mapped text, which for the first or last character of a piece lie in the output of the
    piece before or after (pieces whose output is empty, e.g. all tatweel, are skipped, so the
    neighbour is the nearest character kept):

    * a whitespace run cut in two was collapsed on each side: the two blanks become one, ``"\\n"``
      if either is (with the offset of that line break, the first of the run), else the first;
    * a separator (``٫`` ``٬``) left as is at the end of a piece, or at the start of the next one,
      lacked a neighbour: it is converted when both of its neighbours are digits.

    ``chunk`` is the piece length (``_CHUNK`` when 0; tests lower it). With ``as_array`` the offsets
    are an ``array('i')`` (what a view keeps); pieces then start at multiples of 65536.
    """
    outs: list[str] = []
    offs: Offsets = array("i") if as_array else []
    whitespace, separators = plan.whitespace, plan.separators is not None
    seps = plan.separator_map
    for a, b in _chunks(len(text), chunk or _CHUNK):
        mark = len(offs)  # where the offsets of this piece start
        if with_offsets:
            s = _view_into(offs, text[a:b], plan, a)
            offs.pop()  # == b, where the next piece starts
        else:
            s = _text_whole(text[a:b], plan)
        if s and outs:
            last, first = outs[-1][-1], s[0]
            if whitespace and last in " \n" and first in " \n":
                if last == " " and first == "\n":
                    outs[-1] = outs[-1][:-1] + "\n"
                    if with_offsets:
                        offs[mark - 1] = offs[mark]
                s = s[1:]
                if with_offsets:
                    del offs[mark]
            elif separators and last in seps and first in _DIGITS:
                before = outs[-1][-2] if len(outs[-1]) > 1 else outs[-2][-1] if len(outs) > 1 else ""
                if before in _DIGITS:
                    outs[-1] = outs[-1][:-1] + seps[last]
            elif separators and first in seps and last in _DIGITS and s[1:2] in _DIGITS:
                s = seps[first] + s[1:]  # a lone separator waits for the next piece (the case above)
        if s:
            outs.append(s)
    if with_offsets:
        offs.append(len(text))
    return "".join(outs), offs


# Offsets. A view keeps them in an ``array('i')`` (4 bytes per character; identity stretches are
# memcpy'd from an identity array); ``normalize_with_offsets`` builds its list from ``range`` slices.
Offsets: TypeAlias = "list[int] | array[int]"
_BYTE_CYCLE = bytes(range(256)) * 256  # byte 0 of 0..65535 (little-endian)
_BYTE_STEPS = b"".join(bytes((b,)) * 256 for b in range(256))  # byte 1 of 0..65535


def _identity(n: int, as_list: bool, base: int = 0) -> Sequence[int]:
    """A sliceable ``range(base, base + n)``: the range itself (list mode), or a fresh int array (view mode).

    The array is assembled byte-plane by byte-plane with strided slice assignments (C loops), which
    is many times faster than ``array('i', range(n))``; ``base`` must then be a multiple of 65536
    (pieces of a long text start at one), so the two low planes cycle as for ``base == 0``.
    """
    if as_list:
        return range(base, base + n)
    if n <= 1 << 16 and not base:
        return _identity_block()[:n]
    top = base + n
    if top >= 2**31 - 1 or sys.byteorder != "little" or array("i").itemsize != 4 or base % 65536:
        return array("q" if top >= 2**31 - 1 else "i", range(base, top))
    reps = n // 65536 + 1
    high = base >> 16  # the value of the two high planes over each block of 65536
    buf = bytearray(4 * n)
    buf[0::4] = (_BYTE_CYCLE * reps)[:n]
    buf[1::4] = (_BYTE_STEPS * reps)[:n]
    if top > 65536:
        buf[2::4] = b"".join(bytes(((high + k) & 0xFF,)) * 65536 for k in range(reps))[:n]
    if top > 1 << 24:
        buf[3::4] = b"".join(bytes((((high + k) >> 8) & 0xFF,)) * 65536 for k in range(reps))[:n]
    return array("i", buf)


@cache
def _identity_block() -> array[int]:
    """``array('i', range(65536))``, the source of the offsets of every text up to that length."""
    return array("i", range(1 << 16))


def _new(like: Sequence[int]) -> Offsets:
    if isinstance(like, array):
        return array(like.typecode)
    return []


@cache
def _literal(ch: str) -> regex.Pattern[str]:
    return regex.compile(regex.escape(ch))


def _char_offsets(
    text: str,
    irregular: list[str],
    out_len: dict[str, int],
    as_list: bool,
    base: int = 0,
    into: Offsets | None = None,
) -> Offsets:
    """Offsets of the table-mapped text: identity, except around removed and expanded characters.

    ``base`` is added to every offset (the start of a piece in the whole text), and the offsets are
    appended to ``into`` when given (and ``into`` returned).
    """
    n = len(text)
    ident = _identity(n + 1, as_list, base)
    if not irregular:
        if into is None:
            return ident if isinstance(ident, array) else list(ident)
        into.extend(ident)
        return into
    if not any(out_len[ch] for ch in irregular) and "\x00" not in text:
        dense = _dense_removals(text, irregular, ident, into)
        if dense is not None:
            return dense
    offs = _new(ident) if into is None else into
    # One literal scan per character present (the regex module finds a literal at memory speed).
    if len(irregular) == 1:
        positions = [m.start() for m in _literal(irregular[0]).finditer(text)]
    else:
        positions = sorted(m.start() for ch in irregular for m in _literal(ch).finditer(text))
    prev = 0
    for pos in positions:
        if prev < pos:
            offs.extend(ident[prev:pos])
        k = out_len[text[pos]]
        if k:
            offs.extend([base + pos] * k)
        prev = pos + 1
    offs.extend(ident[prev : n + 1])
    return offs


def _dense_removals(
    text: str, removed: list[str], ident: Sequence[int], into: Offsets | None = None
) -> Offsets | None:
    """Offsets when many characters are removed (vocalised text), without a Python step per removal.

    The removed characters are replaced by NUL (``str.replace``); the UTF-32 byte planes of the
    result, OR-ed together as big integers, give a byte mask that is zero exactly at the removed
    characters; ``itertools.compress`` keeps the identity offsets under the mask. ``None`` when the
    removals are too sparse for this to pay (one pass per removal is cheaper then).
    """
    n = len(text)
    if sum(text.count(ch) for ch in removed) * 16 < n:
        return None
    marked = text
    for ch in removed:
        marked = marked.replace(ch, "\x00")
    raw = marked.encode("utf-32-le", "surrogatepass")
    planes = int.from_bytes(raw[0::4], "little") | int.from_bytes(raw[1::4], "little")
    planes |= int.from_bytes(raw[2::4], "little")
    kept = compress(ident, planes.to_bytes(n, "little"))
    offs: Offsets
    if into is not None:
        offs = into
        offs.extend(kept)
    elif isinstance(ident, array):
        offs = array(ident.typecode, kept)
    else:
        offs = list(kept)
    offs.append(ident[n])
    return offs


def _collapse_offsets(
    s: str, offs: Sequence[int], runs: list[tuple[int, int]] | None = None, into: Offsets | None = None
) -> tuple[str, Offsets]:
    """:func:`_collapse` with the offsets: a run keeps its first line break, or its first blank.

    ``offs`` is a list, an array, or a ``range`` (no character removed or expanded: its slices are
    ranges, so the offsets are made once, straight into the result); ``runs`` are the ones of ``s``
    when already found; the offsets are appended to ``into`` when given.
    """
    if runs is None:
        runs = _runs(s)
    if not runs:
        assert isinstance(offs, list | array) and into is None
        return s, offs
    pieces: list[str] = []
    out = into if into is not None else _new(offs)
    prev = 0
    for start, end in runs:
        if start < prev:  # a suffix of a run already taken
            continue
        pieces.append(s[prev:start])
        out.extend(offs[prev:start])
        line = s.find("\n", start, end)
        if line < 0:
            pieces.append(" ")
            out.append(offs[start])
        else:
            pieces.append("\n")
            out.append(offs[line])
        prev = end
    pieces.append(s[prev:])
    out.extend(offs[prev:])
    return "".join(pieces), out


def _view_into(out: Offsets, text: str, plan: _Plan, base: int) -> str:
    """The normalised ``text``; its offsets, plus ``base``, appended to ``out`` (a list, or an array
    when ``base`` is a multiple of 65536); no intermediate offsets when no whitespace run shrinks,
    or, in list mode, when no character is removed or expanded."""
    as_list = isinstance(out, list)
    s, irregular = _map_chars(text, plan)
    runs = _runs(s) if plan.whitespace else []
    if not runs:
        _char_offsets(text, irregular, plan.out_len, as_list, base, out)
        return s
    offs = _char_offsets(text, irregular, plan.out_len, as_list, base) if irregular or not as_list \
        else range(base, base + len(text) + 1)
    return _collapse_offsets(s, offs, runs, out)[0]


def _view(text: str, plan: _Plan, as_list: bool = False) -> tuple[str, Offsets]:
    if len(text) > 2 * _CHUNK:  # long text: pieces that stay in the processor's cache
        return _in_pieces(text, plan, True, as_array=not as_list)
    return _view_whole(text, plan, as_list)


def _view_whole(text: str, plan: _Plan, as_list: bool = False) -> tuple[str, Offsets]:
    """The view of ``text`` in one pass (the reference :func:`_in_pieces` reproduces)."""
    s, irregular = _map_chars(text, plan)
    offs = _char_offsets(text, irregular, plan.out_len, as_list)
    if plan.whitespace:
        s, offs = _collapse_offsets(s, offs)
    return s, offs


def _resolve(preset: NormalizeOptions | str | None, options: dict[str, Any]) -> NormalizeOptions:
    if preset is None:
        base = SEARCH
    elif isinstance(preset, NormalizeOptions):
        base = preset
    elif isinstance(preset, str):
        try:
            base = PRESETS[preset.lower()]
        except KeyError:
            raise ValueError(f"unknown preset {preset!r}; presets: {', '.join(PRESETS)}") from None
    else:
        raise TypeError(f"preset must be NormalizeOptions, str or None, not {type(preset).__name__}")
    return base.with_(**options)


def view(text: str, options: NormalizeOptions = SEARCH) -> TextView:
    """Normalise ``text`` with ``options`` and keep the map back to it (what the pipeline uses).

    >>> v = view("قالـــت: «نَعَم»")
    >>> v.text, v.span(0, 4).text
    ('قالت: "نعم"', 'قالـــت')
    """
    check_text(text)
    return TextView(text, *_view(text, _plan(options)))


def analysis_view(text: str) -> TextView:
    """The normalised view the pipeline works on (``ANALYSIS`` preset): quotes and punctuation as written.

    >>> analysis_view("وأكَّدَ الوزيرُ «إنّ المحادثاتِ مستمرّة»").text
    'واكد الوزير «ان المحادثات مستمره»'
    """
    check_text(text)
    return TextView(text, *_view(text, _plan(ANALYSIS)))


def normalize(text: str, preset: NormalizeOptions | str | None = None, **options: bool) -> str:
    """Normalise ``text`` with a preset (``SEARCH`` by default) and the options given.

    ``preset`` is a :class:`NormalizeOptions` or a preset name (``"search"``, ``"display"``,
    ``"analysis"``); keyword options override single fields. Unknown options raise ``TypeError``.

    >>> normalize("أَهْلاً")
    'اهلا'
    >>> normalize("إلى المدرسة", alef_maqsura=False)
    'الى المدرسه'
    >>> normalize("إلى المدرسة", "display")
    'إلى المدرسة'
    """
    check_text(text)
    return _text(text, _plan(_resolve(preset, options)))


def normalize_with_offsets(
    text: str, preset: NormalizeOptions | str | None = None, **options: bool
) -> tuple[str, list[int]]:
    """Normalise ``text`` like :func:`normalize`; also return ``offsets``.

    ``offsets[i]`` is the index in ``text`` of the character that produced normalised character
    ``i``; ``len(offsets) == len(result) + 1`` and the last entry is ``len(text)``.

    >>> normalize_with_offsets("لـا ﷲ")
    ('لا الله', [0, 2, 3, 4, 4, 4, 4, 5])
    """
    check_text(text)
    plan = _plan(_resolve(preset, options))
    if len(text) > 2 * _CHUNK:  # long text: pieces that stay in the processor's cache
        out, pieces = _in_pieces(text, plan, True)
        assert isinstance(pieces, list)
        return out, pieces
    offs: list[int] = []
    return _view_into(offs, text, plan, 0), offs


def explain(text: str, preset: NormalizeOptions | str | None = None, **options: bool) -> list[str]:
    """The names of the enabled operations that change ``text``, each applied alone, in order.

    >>> explain("أَهلاً")
    ['diacritics', 'alef']
    """
    check_text(text)
    opts = _resolve(preset, options)
    out: list[str] = []
    for name in opts.enabled():
        if name == "keep_shadda":
            continue
        single = NormalizeOptions.none(**{name: True})
        if name == "diacritics" and opts.keep_shadda:
            single = single.with_(keep_shadda=True)
        if _text(text, _plan(single)) != text:
            out.append(name)
    return out


# --------------------------------------------------------------------------------------------
# One job each


def _single(public: str, option: str, doc: str) -> Callable[[str], str]:
    opts = NormalizeOptions.none(**{option: True})

    def fn(text: str) -> str:
        check_text(text)
        return _text(text, _plan(opts))

    fn.__name__ = fn.__qualname__ = public
    fn.__doc__ = doc
    return fn


_DIACRITICS = NormalizeOptions.none(diacritics=True)
_DIACRITICS_KEEP_SHADDA = NormalizeOptions.none(diacritics=True, keep_shadda=True)


def strip_diacritics(text: str, *, keep_shadda: bool = False) -> str:
    """Remove harakat, tanween, sukun, shadda, dagger alef and Quranic marks.

    >>> strip_diacritics("مُدَرِّسَةٌ")
    'مدرسة'
    >>> strip_diacritics("مُدَرِّسَةٌ", keep_shadda=True)
    'مدرّسة'
    """
    check_text(text)
    return _text(text, _plan(_DIACRITICS_KEEP_SHADDA if keep_shadda else _DIACRITICS))


strip_tatweel = _single(
    "strip_tatweel",
    "tatweel",
    """Remove tatweel (kashida, ``ـ``).

    >>> strip_tatweel("الســـلام")
    'السلام'
    """,
)
normalize_alef = _single(
    "normalize_alef",
    "alef",
    """Unify the alef forms ``أ إ آ ٱ`` to ``ا``.

    >>> normalize_alef("أحمد إبراهيم آمن")
    'احمد ابراهيم امن'
    """,
)
normalize_alef_maqsura = _single(
    "normalize_alef_maqsura",
    "alef_maqsura",
    """Write alef maqsura ``ى`` as yeh ``ي``.

    >>> normalize_alef_maqsura("مستشفى")
    'مستشفي'
    """,
)
normalize_teh_marbuta = _single(
    "normalize_teh_marbuta",
    "teh_marbuta",
    """Write teh marbuta ``ة`` as heh ``ه``.

    >>> normalize_teh_marbuta("مدينة")
    'مدينه'
    """,
)
normalize_hamza = _single(
    "normalize_hamza",
    "hamza",
    """Drop the hamza from its waw and yeh seats: ``ؤ`` → ``و``, ``ئ`` → ``ي`` (lone ``ء`` is kept).

    >>> normalize_hamza("مسؤول رئيس")
    'مسوول رييس'
    """,
)
normalize_digits = _single(
    "normalize_digits",
    "digits",
    """Arabic-Indic ``٠-٩`` and Persian ``۰-۹`` digits to ASCII; ``٫`` ``٬`` between digits to ``.`` ``,``.

    >>> normalize_digits("٣٫٥ و١٢٬٠٠٠ و۱۴۰۲")
    '3.5 و12,000 و1402'
    """,
)
normalize_punctuation = _single(
    "normalize_punctuation",
    "punctuation",
    """Arabic punctuation to ASCII: ``،`` ``؛`` ``؟`` ``٪`` ``۔`` → ``,`` ``;`` ``?`` ``%`` ``.``.

    >>> normalize_punctuation("لماذا؟ لأن، ببساطة؛ لا")
    'لماذا? لأن, ببساطة; لا'
    """,
)
normalize_quotes = _single(
    "normalize_quotes",
    "quotes",
    """Double quotation marks ``“ ” „ ‟ « » ‹ › ＂`` to ``"``; single ``‘ ’ ‚ ‛`` to ``'``.

    >>> normalize_quotes("قال «نعم» و“لا”")
    'قال "نعم" و"لا"'
    """,
)
remove_controls = _single(
    "remove_controls",
    "controls",
    """Remove invisible and bidi controls (ZWSP, ZWNJ, ZWJ, LRM/RLM, embeddings, isolates, ALM, BOM, soft hyphen).

    >>> remove_controls("\\u200fمرحبا\\u200c")
    'مرحبا'
    """,
)
fold_presentation_forms = _single(
    "fold_presentation_forms",
    "presentation",
    """Fold Arabic presentation forms and ligatures to plain letters (``ﻻ`` → ``لا``, ``ﷲ`` → ``الله``).

    >>> fold_presentation_forms("ﻻ ﺇﻟﻪ")
    'لا إله'
    """,
)
normalize_persian = _single(
    "normalize_persian",
    "persian",
    """Persian and Urdu letter forms to Arabic ones: ``ک`` → ``ك``, ``ی`` → ``ي``, ``ہ ۀ ھ`` → ``ه``, ``ۃ`` → ``ة``.

    >>> normalize_persian("کتاب فارسی")
    'كتاب فارسي'
    """,
)
normalize_whitespace = _single(
    "normalize_whitespace",
    "whitespace",
    """Every run of whitespace to one space, or to ``"\\n"`` when it holds a line break.

    >>> normalize_whitespace("قال\\t\\u00a0 الوزير \\n\\n ثم")
    'قال الوزير\\nثم'
    """,
)
