"""Media: the words and names a channel is made of (``arnews/data/media.tsv``).

A channel is a named medium: a word for a kind of medium with its name (``وكالة الأنباء الفرنسية``،
``صحيفة "الوطن"``، ``موقعها الإلكتروني``), a known outlet (``رويترز``، ``بي بي سي``، ``سكاي نيوز عربية``,
``CNN``) or a platform (``تويتر``، ``إكس``). An audience (``للصحفيين``) is no medium. Outlet names
of several words are matched token by token (one dictionary lookup per token), also when glued to
``ل`` (``لبي بي سي``، ``لـCNN``، ``للتلفزيون``).

>>> m = media()
>>> "وكاله" in m.kinds, "الوكاله" in m.kinds, ("بي", "سي") in m.names["بي"]
(True, True, True)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import _compiled
from ..data import rows
from ..doc import TOKEN, Token
from ..fold import fold
from ..wordclass import word_class

#: The object or possessive pronouns a word may end with (ه، ها، هم، هما).
PRONOUN_ENDS = ("ه", "ها", "هم", "هما")
PRONOUN_END = _compiled.compile(f"(?:{'|'.join(PRONOUN_ENDS)})$")

#: The kinds of rows of ``media.tsv``.
MEDIA_KINDS = ("kind", "site", "outlet", "platform", "audience", "not", "glued")


@dataclass(frozen=True, slots=True)
class Media:
    """Folded media words: ``kinds`` (with their definite forms; ``sites`` are those that need a
    name after them), ``names`` (first token → the rest
    of each outlet or platform name, longest first, lower case), ``audience`` and ``words`` (every
    single word that, after ``ل``, names an addressee rather than a part of the speaker)."""

    kinds: frozenset[str]
    sites: frozenset[str]
    names: dict[str, tuple[tuple[str, ...], ...]]
    audience: frozenset[str]
    words: frozenset[str]
    nonmedia: dict[str, tuple[tuple[str, ...], ...]]
    glued: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


@functools.cache
def media() -> Media:
    """The shipped media words and names (``arnews/data/media.tsv``)."""
    kinds: set[str] = set()
    sites: set[str] = set()
    audience: set[str] = set()
    names: dict[str, set[tuple[str, ...]]] = {}
    nonmedia: dict[str, set[tuple[str, ...]]] = {}
    glued: dict[str, set[tuple[str, ...]]] = {}
    for row in rows("media.tsv"):
        if row[0] == "name":
            continue  # the header
        name, kind = (x.strip() for x in row[:2])
        if kind not in MEDIA_KINDS:
            raise ValueError(f"media.tsv: unknown kind {kind!r} for {name!r}")
        folded = fold(name)
        if kind in ("kind", "site"):
            kinds.update((folded, "ال" + folded))
            if kind == "site":
                sites.update((folded, "ال" + folded))
        elif kind == "audience":
            audience.add(folded)
        else:
            toks = tuple(t.lower() for t in TOKEN.findall(folded))
            into = nonmedia if kind == "not" else glued if kind == "glued" else names
            into.setdefault(toks[0], set()).add(toks[1:])
    table = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in names.items()}
    every = frozenset(kinds | audience | set(table))
    nots = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in nonmedia.items()}
    glue = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in glued.items()}
    return Media(frozenset(kinds), frozenset(sites), table, frozenset(audience), every, nots, glue)


_TABLES: list[tuple[dict[str, tuple[tuple[str, ...], ...]], ...]] = []


def _tables() -> tuple[dict[str, tuple[tuple[str, ...], ...]], ...]:
    """(outlet names, phrases that name no medium), looked up once per token on the hot path."""
    if not _TABLES:
        m = media()
        _TABLES.append((m.names, m.nonmedia, m.glued))
    return _TABLES[0]


_MULTI: list[frozenset[str]] = []


def multi_word(w: str) -> bool:
    """Whether ``w`` (or ``w`` without a glued ``ل``) may open an outlet name of several words
    (``سي`` of ``سي ان ان``): one set lookup, the guard before :func:`name_end` on the hot path."""
    if not _MULTI:
        _MULTI.append(frozenset(k for k, rests in media().names.items() if any(rests)))
    firsts = _MULTI[0]
    return w in firsts or (w[:1] == "ل" and (w[1:] in firsts or ("ال" + w[2:]) in firsts))


def unglued(w: str) -> tuple[str, int]:
    """A word without a glued ``ل`` and how many letters that took: ``للتلفزيون`` → (التلفزيون, 2)."""
    if w.startswith("لل") and len(w) > 3:
        return "ال" + w[2:], 2
    if w.startswith("ل") and len(w) > 1:
        return w[1:], 1
    return w, 0


def name_end(toks: Sequence[Token], n: int, b: int, first: str | None = None, *, nonmedia: bool = False,
             glued: bool = False) -> int:
    """The token after an outlet or platform name starting at token ``n`` (before ``b``), or -1.

    ``first`` replaces the first token's text (the word without its glued ``ل``); ``nonmedia``
    matches the phrases that name no medium instead (``وكالة الجمهورية``), ``glued`` the outlets
    named by a common word, media only glued to ``ل`` (``للجزيرة``، ``للعربية``).
    """
    w = toks[n].text if first is None else first
    table = _tables()[2 if glued else int(nonmedia)]
    rests = table.get(w)
    if rests is None and w.isascii():
        rests = table.get(w.lower())
    if rests is None:
        return -1
    for rest in rests:
        e = n + 1 + len(rest)
        if e <= b and all(toks[n + 1 + k].text.lower() == x for k, x in enumerate(rest)):
            return e
    return -1


def kind_word(w: str) -> bool:
    """A word for a kind of medium, definite or with an attached pronoun (``موقعها``، ``قناته``)."""
    kinds = media().kinds
    if w in kinds:
        return True
    base = PRONOUN_END.sub("", w)
    return base != w and (base in kinds or (base.endswith("ت") and base[:-1] + "ه" in kinds))


def glued_outlet(toks: Sequence[Token], n: int, b: int) -> int:
    """After ``ل`` glued to token ``n`` (``لبي بي سي``، ``لCNN``، ``لوكالة``): the token after the
    medium's name or kind word, -1 when none starts there."""
    w, k = unglued(toks[n].text)
    if k == 0 or not w:
        return -1
    e = name_end(toks, n, b, w)
    if e < 0:
        e = name_end(toks, n, b, w, glued=True)  # للجزيرة، للعربية: a common word as an outlet after ل
    if e > 0:
        return e
    return n + 1 if kind_word(w) and name_end(toks, n, b, w, nonmedia=True) < 0 else -1


def named_after(toks: Sequence[Token], n: int, b: int) -> bool:
    """Whether a name follows token ``n``: a quote, an outlet or platform, or a word without ال."""
    if n + 1 >= b:
        return False
    nxt = toks[n + 1]
    if not nxt.word:
        return nxt.text in "\"“«'("
    return name_end(toks, n + 1, b) > 0 or (not nxt.text.startswith("ال") and not nxt.text[0].isdigit())


#: Words before a site noun that make it a medium (``عبر موقعها``، ``نشره موقع الوزارة``).
_VIA_PUBLISH = word_class("via_publish")


def medium_at(toks: Sequence[Token], n: int, b: int) -> tuple[int, int, int] | None:
    """A medium starting at token ``n`` (its ``ل`` stripped): (start offset, kind, end token).

    ``kind`` is 0 for an outlet or platform name (ending at the end token) and 1 for a kind word,
    whose name the caller reads on (``وكالة الأنباء الفرنسية``). An audience gives ``None``.
    """
    m = media()
    w0 = toks[n].text
    if w0[:1] == "ب" and len(w0) > 4 and w0[1:] in m.kinds and w0[1:] not in m.sites | m.audience:
        return toks[n].start + 1, 1, n + 1  # على حسابه بمنصة إكس، بصحيفة ...: ب + a kind word
    if w0[:1] == "ب" and len(w0) > 4 and w0[1:] in m.sites and named_after(toks, n, b):
        return toks[n].start + 1, 1, n + 1
    for w, k in ((w0, 0), unglued(w0)) if w0[:1] == "ل" else ((w0, 0),):
        if k and w in m.glued:
            e = name_end(toks, n, b, w, glued=True)
            if e > 0:
                return toks[n].start + k, 0, e  # للجزيرة إن: the outlet after its ل
        if not w or (w not in m.words and not w.endswith(PRONOUN_ENDS) and not (
                w.isascii() and w.lower() in m.names)):
            continue  # (one set lookup for most words: the hot path)
        if k == 0 and w0[0] == "ل" and w0 not in m.words and w0.lower() not in m.names:
            continue
        if w in m.audience:
            return None
        e = name_end(toks, n, b, w)
        if e > 0:
            return toks[n].start + k, 0, e
        if kind_word(w):
            if name_end(toks, n, b, w, nonmedia=True) > 0:
                return None  # وكالة الجمهورية: no medium
            base = w if w in m.kinds else PRONOUN_END.sub("", w)
            if base in m.sites and base == w and not named_after(toks, n, b) \
                    and not (n > 0 and toks[n - 1].text in _VIA_PUBLISH):
                continue  # موقع الحادث: a place, not a medium
            return toks[n].start + k, 1, n + 1
    return None


def not_medium(toks: Sequence[Token], n: int, b: int) -> bool:
    """A kind word's phrase at token ``n`` (``ل`` glued or not) that names no medium: ``لوكالة الجمهورية``."""
    w0 = toks[n].text
    return any(name_end(toks, n, b, w, nonmedia=True) > 0 for w in {w0, unglued(w0)[0]})
