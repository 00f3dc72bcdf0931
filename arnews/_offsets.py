"""The offset maps of :mod:`arnews.normalize`, and long texts normalised in pieces.

Offsets only need work where the length changes: removed characters, expanded ones and
whitespace runs. Literal scans find the removed and expanded characters actually present; the
stretches between them are copied from an identity array (a memcpy), so no Python code runs per
character of the text. A view keeps its offsets in an ``array('i')``; ``normalize_with_offsets``
returns a list.

A long text is normalised in pieces that stay in the processor's cache, cut anywhere; the two
contextual steps are mended where pieces meet (:func:`_in_pieces`), so the result is the
one-pass result.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Sequence
from functools import cache
from itertools import compress, pairwise
from typing import TypeAlias

import regex

from ._charmap import _map_chars, _Plan, _runs, _text_whole

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
    text: str, plan: _Plan, with_offsets: bool, chunk: int = 0, as_array: bool = False,
    sink: Callable[[array[int]], None] | None = None,
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
    are an ``array('i')`` (what a view keeps); pieces then start at multiples of 65536. With a
    ``sink`` (and ``as_array``), the offsets are handed to it as they are settled, piece by piece
    (all but the last entry made, which the next piece may mend), and the array returned is empty.
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
        if sink is not None and len(offs) > 1:
            sink(offs[:-1])  # type: ignore[arg-type]  # (an array with ``as_array``)
            del offs[:-1]
    if with_offsets:
        offs.append(len(text))
    if sink is not None:
        sink(offs)  # type: ignore[arg-type]
        offs = array("i")
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
    """``array('i', range(65536))``, the source of the offsets of every text up to that length.

    Assembled from its byte planes (C loops, as :func:`_identity` does) rather than from 65,536
    Python ints: a first call pays it.
    """
    if sys.byteorder != "little" or array("i").itemsize != 4:
        return array("i", range(1 << 16))
    buf = bytearray(4 << 16)
    buf[0::4] = _BYTE_CYCLE
    buf[1::4] = _BYTE_STEPS
    return array("i", buf)


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



def _text(text: str, plan: _Plan) -> str:
    if len(text) > 2 * _CHUNK:  # long text: pieces that stay in the processor's cache
        return _in_pieces(text, plan, False)[0]
    return _text_whole(text, plan)


def _listed(text: str, plan: _Plan) -> tuple[str, list[int]]:
    """The normalised text and its offsets as a list (``normalize_with_offsets``)."""
    if len(text) > 2 * _CHUNK:  # long text: pieces that stay in the processor's cache
        out, pieces = _in_pieces(text, plan, True)
        assert isinstance(pieces, list)
        return out, pieces
    offs: list[int] = []
    return _view_into(offs, text, plan, 0), offs
