"""The document layer: one text read once, shared by every capability.

A :class:`Doc` holds the analysis view of a text (:func:`arnews.normalize.analysis_view`, with its
offset map back to the original), ONE set of sentence bounds (the ones ``Article.sentences``
reports, :func:`arnews.sentences.sentence_bounds`) and, on demand, token tables over stretches of
the view: offsets, the folded word, the word without its clitics, and its word classes from the
lexicon (reporting cue, speaker role).

Token tables are built lazily for the stretches a capability asks for (attribution reads only the
sentences that hold a cue) and a few recent ones are kept, so memory stays bounded on long texts.

>>> d = Doc.of("قال الوزير إن الاتفاق نهائي. وأضاف أنه سيوقع.")
>>> [d.text[a:b] for a, b in d.bounds]
['قال الوزير ان الاتفاق نهايي.', 'واضاف انه سيوقع.']
>>> t = d.sentence_tokens(1)
>>> [(tk.text, t.bare(n)) for n, tk in enumerate(t.toks)][:2]
[('واضاف', 'اضاف'), ('انه', 'انه')]
>>> t.cue(0).lemma
'أضاف'
"""

from __future__ import annotations

import bisect
import functools
import operator
from array import array
from collections.abc import Sequence
from functools import partial
from operator import itemgetter
from typing import NamedTuple, overload

from . import _compiled, _offsets
from ._charmap import _plan
from ._offsets import _identity
from .data import records
from .fold import fold
from .lexicon import CueForm, Lexicon, default_lexicon
from .normalize import ANALYSIS, analysis_view
from .sentences import sentence_bounds
from .spans import TextView, check_text, windows

__all__ = ["START", "Doc", "Token", "TokenTable", "long_view", "speaker_roles", "strip_clitics"]

#: A token: a word (letters and digits) or one other non-space character.
TOKEN = _compiled.compile(r"[^\W_]+|\S")
#: Every token of a stretch in one match (the tokens of :data:`TOKEN`, whitespace between them):
#: its captures, their starts and ends, read in C.
_TOKENS = _compiled.compile(r"(?:\s*+([^\W_]++|\S))*+")
_SPACE = _compiled.compile(r"\s")
#: Characters a table's scan reads at once (then on to the next whitespace): the captures of one
#: match over a very long stretch would exhaust ``regex``'s memory.
_SCAN_WINDOW = 1 << 16
#: How many token tables a document keeps (capabilities read stretches in order).
_KEEP = 8
_CLITIC = _compiled.compile(r"^(?:[وف](?=\p{L}{3}))?(?:لل(?=\p{L}{2})|[بك]?ال(?=\p{L}{2})|[بلك](?=\p{L}{3}))?")


class Token(NamedTuple):
    """One token of the view: ``[start, end)`` view offsets, its folded ``text``, ``word`` if a word.

    A named tuple, so a table's tokens are made in C (:class:`TokenTable`), none by a Python call.
    """

    start: int
    end: int
    text: str
    word: bool

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


#: A token's start offset: the key to bisect a list of tokens by (``bisect.bisect_right(toks, o, key=START)``).
START = operator.attrgetter("start")


def strip_clitics(word: str) -> str:
    """A folded word without its proclitics (و/ف, then ب/ل/ك, the article ال, or لل for ل + ال).

    >>> strip_clitics("وبالقرار"), strip_clitics("فقال"), strip_clitics("للوزير"), strip_clitics("ولد")
    ('قرار', 'قال', 'وزير', 'ولد')
    """
    m = _CLITIC.match(word)
    return word[m.end():] if m is not None and m.end() < len(word) else word


@functools.cache
def speaker_roles() -> dict[str, frozenset[str]]:
    """Folded word → its roles in speaker phrases (``arnews/data/speaker_words.tsv``)."""
    roles: dict[str, set[str]] = {}
    for row in records("speaker_words.tsv"):
        roles.setdefault(fold(row["word"]), set()).add(row["role"].strip())
    return {w: frozenset(r) for w, r in roles.items()}


_new_token = partial(tuple.__new__, Token)
_first = itemgetter(0)


def _tokens(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """The tokens of ``text[start:end]`` (those of :data:`TOKEN`) and their starts, made in C.

    Read window by window (:func:`arnews.spans.windows`): a window ends at a whitespace, so no token is cut.
    """
    toks: list[Token] = []
    starts: list[int] = []
    for a, b in windows(text, start, end, _SPACE, _SCAN_WINDOW):
        scan = _TOKENS.match(text, a, b)
        if scan is not None:
            texts, at = scan.captures(1), scan.starts(1)
            words = map(str.isalnum, map(_first, texts))
            toks.extend(map(_new_token, zip(at, scan.ends(1), texts, words, strict=True)))
            starts.extend(at)
    return toks, starts


class TokenTable:
    """The tokens of the view stretch ``[start, end)``, in order, with their word classes.

    ``at(offset)`` finds a token by its start offset (bisection, no per-token dict).
    """

    __slots__ = ("end", "lexicon", "start", "starts", "toks")

    def __init__(self, text: str, start: int, end: int, lexicon: Lexicon) -> None:
        self.start = start
        self.end = end
        self.lexicon = lexicon
        self.toks, self.starts = _tokens(text, start, end)

    def at(self, offset: int) -> int | None:
        """Number of the token that starts at ``offset``, or ``None``."""
        k = bisect.bisect_left(self.starts, offset)
        if k < len(self.starts) and self.starts[k] == offset:
            return k
        return None

    def bare(self, n: int) -> str:
        """Token ``n`` without its proclitics (:func:`strip_clitics`)."""
        return strip_clitics(self.toks[n].text)

    def cue(self, n: int) -> CueForm | None:
        """The reporting cue that token ``n`` is a form of, if any."""
        return self.lexicon.forms.get(self.toks[n].text)

    def roles(self, n: int) -> frozenset[str]:
        """Token ``n``'s roles in speaker phrases (``title``, ``doc``, ``time``, ...)."""
        return speaker_roles().get(self.toks[n].text, frozenset())


class TableRef(TokenTable):
    """A token table read from its document when asked (:meth:`Doc.tokens`), not held.

    What a finished event keeps: its tokens are built again, or found among the document's recent
    tables, if a later stage reads them; until then they take no memory.
    """

    __slots__ = ("doc",)

    def __init__(self, doc: Doc, start: int, end: int) -> None:  # (no tokens made here)
        self.doc = doc
        self.start = start
        self.end = end

    @property
    def toks(self) -> list[Token]:  # type: ignore[override]
        """The tokens, from the document."""
        return self.doc.tokens(self.start, self.end).toks

    @property
    def starts(self) -> list[int]:  # type: ignore[override]
        """The tokens' start offsets, from the document."""
        return self.doc.tokens(self.start, self.end).starts

    @property
    def lexicon(self) -> Lexicon:  # type: ignore[override]
        """The document's lexicon."""
        return self.doc.lexicon


class RunOffsets(Sequence[int]):
    """A view's offset map kept as runs: where ``offsets[i] - i`` changes, and its value from there.

    Normalisation removes or expands few characters, so a map of one entry per character (4 bytes
    each) is mostly runs of consecutive offsets: a long document keeps the runs instead
    (:meth:`of`), a few hundred bytes per thousand changes, and reads an entry by bisection.
    """

    __slots__ = ("_at", "_delta", "_n")

    def __init__(self, at: array[int], delta: array[int], n: int) -> None:
        self._at = at
        self._delta = delta
        self._n = n

    @classmethod
    def of(cls, offsets: array[int], window: list[object] | None = None) -> RunOffsets | None:
        """The runs of an ``array('i')`` of non-decreasing offsets (``None`` if they cannot be read so).

        ``window`` keeps the identity window in use from one call to the next (:class:`_RunBuilder`).
        """
        n = len(offsets)
        if not n or offsets.typecode != "i" or offsets[0] < 0 or offsets[-1] >= 2**31 - 2 * _WINDOW:
            return None
        mo = memoryview(offsets).cast("B")
        if window is None:
            window = [-1, b""]  # the identity window in use: its base, its bytes

        def same(a: int, b: int, d: int) -> bool:
            """``offsets[a:b] == range(a + d, b + d)``, compared in C against identity windows."""
            while a < b:
                v = a + d
                base = v - v % _WINDOW
                e = min(b, base + _WINDOW - d)
                if window[0] != base:
                    ident = _identity(_WINDOW, False, base)
                    ident = ident if isinstance(ident, array) else array("i", ident)
                    window[:] = [base, memoryview(ident).cast("B")]
                if mo[4 * a:4 * e] != window[1][4 * (v - base):4 * (e + d - base)]:  # type: ignore[index]
                    return False
                a = e
            return True

        at, delta = array("i"), array("i")
        a = 0
        while a < n:
            d = offsets[a] - a
            at.append(a)
            delta.append(d)
            lim = min(n, offsets[-1] + 1 - d)  # (no offset is past the original's length)
            b, step = a + 1, 1
            while b < lim:
                e = min(b + step, lim)
                if same(b, e, d):
                    b, step = e, step * 2
                    continue
                lo, hi = b, e  # [b, lo) is in the run; the first entry out of it is in [lo, hi)
                while hi - lo > 1:
                    mid = (lo + hi) // 2
                    if same(lo, mid, d):
                        lo = mid
                    else:
                        hi = mid
                b = lo
                break
            a = b
        return cls(at, delta, n)

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("offset index out of range")
        return i + self._delta[bisect.bisect_right(self._at, i) - 1]


#: Identity offsets are made this many at a time to compare runs against (4 MB).
_WINDOW = 1 << 20
#: Documents at least this long (characters) are *long*: their view keeps its offsets as runs
#: (:class:`RunOffsets`) and finished events let go of their token tables (:attr:`Doc.long`).
_RUNS_FROM = 1 << 16


class _RunBuilder:
    """The runs of a long view's offsets, read piece by piece as normalisation makes them
    (:func:`arnews._offsets._in_pieces`), so the whole array of 4 bytes per character is never held."""

    def __init__(self) -> None:
        self.at = array("i")
        self.delta = array("i")
        self.n = 0  # entries read so far
        self.ok = True  # False when a piece could not be read as runs (the caller falls back)
        self.window: list[object] = [-1, b""]

    def add(self, offsets: array[int]) -> None:
        """Read the next ``offsets`` (the entries after those read so far)."""
        runs = RunOffsets.of(offsets, self.window) if self.ok else None
        if runs is None:
            self.ok = False
            return
        g = self.n
        for a, d in zip(runs._at, runs._delta, strict=True):
            if self.delta and self.delta[-1] == d - g:
                continue  # (the run goes on from the piece before)
            self.at.append(a + g)
            self.delta.append(d - g)
        self.n += len(offsets)

    def build(self) -> RunOffsets | None:
        """The runs of every entry read, or ``None`` when they do not pay (as :func:`_compact` decides)."""
        if not self.ok or 2 * len(self.at) > self.n:
            return None
        return RunOffsets(self.at, self.delta, self.n)


def long_view(text: str) -> TextView:
    """``analysis_view(text)`` as a :class:`Doc` keeps it: a long text's offsets as runs.

    A text normalised in pieces has its offsets read as runs piece by piece, so the array of 4
    bytes per character a view holds is never made whole (the peak memory of a long text).
    """
    check_text(text)
    if len(text) > 2 * _offsets._CHUNK and len(text) >= _RUNS_FROM:
        builder = _RunBuilder()
        s, _ = _offsets._in_pieces(text, _plan(ANALYSIS), True, as_array=True, sink=builder.add)
        runs = builder.build()
        if runs is not None:
            return TextView(text, s, runs)
    return _compact(analysis_view(text))


def _compact(view: TextView) -> TextView:
    """``view`` with its offsets as runs when it is long (same offsets, a fraction of the memory)."""
    offsets = view.offsets
    if len(offsets) < _RUNS_FROM or not isinstance(offsets, array):
        return view
    runs = RunOffsets.of(offsets)
    if runs is None or 2 * len(runs._at) > len(offsets):  # (a text of marks on every letter: the array is smaller)
        return view
    return TextView(view.original, view.text, runs)


class Doc:
    """A text read once: its analysis view, its sentence bounds and token tables on demand.

    ``bounds`` are view offsets, the sentences ``Article.sentences`` reports; pass them when the
    caller has them already. ``lexicon`` gives the word classes (the shipped one by default).
    """

    __slots__ = ("_starts", "_tables", "bounds", "lexicon", "view")

    def __init__(self, view: TextView, bounds: Sequence[tuple[int, int]] | None = None,
                 lexicon: Lexicon | None = None) -> None:
        self.view = _compact(view)
        self.lexicon = default_lexicon() if lexicon is None else lexicon
        self.bounds: tuple[tuple[int, int], ...] = tuple(
            sentence_bounds(view, lexicon) if bounds is None else bounds
        )
        self._starts = [a for a, _ in self.bounds]
        self._tables: dict[tuple[int, int], TokenTable] = {}

    @classmethod
    def of(cls, text: str, lexicon: Lexicon | None = None) -> Doc:
        """The document of an original text."""
        return cls(long_view(text), lexicon=lexicon)

    @property
    def long(self) -> bool:
        """Whether the text is long (64 K characters and more): what reads it then holds no token
        table it is done with (an article's few tables cost less than reading them again)."""
        return len(self.view.text) >= _RUNS_FROM

    @property
    def text(self) -> str:
        """The analysis view's text (folded, same length as the offset map)."""
        return self.view.text

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding view ``offset`` (the last one starting at or before it)."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def tokens(self, start: int, end: int) -> TokenTable:
        """The token table of the view stretch ``[start, end)`` (kept among the few recent ones)."""
        key = (start, end)
        table = self._tables.get(key)
        if table is None:
            table = TokenTable(self.view.text, start, end, self.lexicon)
            if len(self._tables) >= _KEEP:
                del self._tables[next(iter(self._tables))]
            self._tables[key] = table
        return table

    def release(self) -> None:
        """Drop the kept token tables (when the capabilities that read tokens are done)."""
        self._tables.clear()

    def sentence_tokens(self, k: int) -> TokenTable:
        """The token table of sentence ``k``."""
        return self.tokens(*self.bounds[k])
