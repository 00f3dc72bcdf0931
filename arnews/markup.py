"""Scraped pages: HTML turned into plain text, with the map back into the HTML.

:func:`clean_html` removes tags, decodes entities (``&quot;`` ``&amp;`` ``&#1575;`` ``&#x627;``) and
drops the bodies of ``<script>``, ``<style>``, ``<title>`` (the browser tab's, not the headline)
and the like. A block tag (``<p>``, ``</p>``, ``<br>``, ``<div>``, ``<li>``, ``<h1>``, ``<td>``...
listed in ``arnews/data/html.json``) becomes a line break, so it ends a sentence; any other tag
(``<b>``, ``<a>``, ``<span>``) is removed without a trace.
Line breaks written in the HTML source are blanks, as a browser shows them.

:class:`HtmlText` keeps the map: :meth:`HtmlText.to_original` turns any arnews result on the clean
text (a span, a list of spans, attributions, dates, an :class:`~arnews.Article`) into the same
result pointing into the HTML, so ``html[span.start:span.end] == span.text`` still holds.
``arnews.parse(page, html=True)`` does all of it in one call.

The scan is one left-to-right pass: every search either consumes what it reads or is bounded,
so the time is linear in the length of the page, and no string makes it raise.

>>> text, offsets = clean_html("<p>قال &quot;نعم&quot;</p><p>وأضاف</p>")
>>> text
'قال "نعم"\\nوأضاف\\n'
>>> offsets[:5]
[3, 4, 5, 6, 7]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cache
from html import unescape
from html.entities import html5
from typing import Any, TypeVar

from . import _compiled
from .data import table
from .spans import Span, check_text

__all__ = ["HtmlText", "clean_html"]

T = TypeVar("T")

# Blanks of the HTML source: a browser shows each as a space (one character for one, so the map
# stays simple; the analysis view collapses runs later).
_BLANKS = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\f": " ", "\v": " "})
_SPECIAL = re.compile(r"[<&]")
# A tag: the name, then attributes whose quoted values may hold ">"; bounded, so a failed attempt
# costs a constant (the fallback is a plain search for ">" that consumes what it scans).
_TAG_HEAD = re.compile(r"<(/?)([A-Za-z][^\s/>]{0,63})")
_TAG = _compiled.compile(r"""<(/?)[A-Za-z][^\s/>]*+(?:[^>"']++|"[^"]{0,512}+"|'[^']{0,512}+'){0,64}+>""")
_ENTITY = re.compile(r"&(?:#[xX][0-9A-Fa-f]{1,8}|#[0-9]{1,10}|([A-Za-z][A-Za-z0-9]{0,31}))(;?)")


@dataclass(frozen=True, slots=True)
class _Tags:
    block: frozenset[str]
    dropped: frozenset[str]
    closers: dict[str, re.Pattern[str]]


@cache
def _tags() -> _Tags:
    data = table("html.json")
    dropped = frozenset(data["dropped"])
    closers = {name: re.compile(rf"</{name}(?=[\s/>])[^>]*+>?", re.IGNORECASE) for name in dropped}
    return _Tags(frozenset(data["block"]), dropped, closers)


class _Out:
    """The clean text being built, as pieces, and its map: one segment per run of plain text, entity or line break.

    Segment ``k`` starts at ``clean[k]`` in the clean text and comes from ``html[src[k]:src_end[k]]``;
    a plain segment maps character by character, any other one maps each of its characters to
    the whole of its source (an entity, the tag that made a line break).
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.clean: list[int] = []
        self.src: list[int] = []
        self.src_end: list[int] = []
        self.plain: list[bool] = []
        self.n = 0  # length of the clean text so far
        self.line_open = False  # text since the last line break: a block tag adds one

    def _segment(self, piece: str, a: int, b: int, plain: bool) -> None:
        self.parts.append(piece)
        if plain and self.plain and self.plain[-1] and self.src_end[-1] == a:
            self.src_end[-1] = b  # one run of plain text
        else:
            self.clean.append(self.n)
            self.src.append(a)
            self.src_end.append(b)
            self.plain.append(plain)
        self.n += len(piece)

    def literal(self, html: str, a: int, b: int) -> None:
        if a < b:
            piece = html[a:b].translate(_BLANKS)
            self._segment(piece, a, b, True)
            self.line_open = self.line_open or not piece.isspace()

    def decoded(self, value: str, a: int, b: int) -> None:
        piece = value.translate(_BLANKS)
        if piece:
            self._segment(piece, a, b, False)
            self.line_open = self.line_open or not piece.isspace()

    def line_break(self, a: int, b: int) -> None:
        if self.line_open:
            self._segment("\n", a, b, False)
            self.line_open = False


def _entity(html: str, i: int) -> tuple[str, int] | None:
    """The character(s) of the entity at ``html[i] == "&"`` and where it ends, or ``None``."""
    m = _ENTITY.match(html, i)
    if m is None:
        return None
    name, semi = m.group(1), m.group(2)
    if name is None:
        return unescape(m.group()), m.end()  # numeric: the HTML rules (0, surrogates, > U+10FFFF: U+FFFD)
    value = html5.get(name + ";") if semi else html5.get(name)  # legacy names may omit the ";"
    return (value, m.end()) if value is not None else None


def _skip_raw(html: str, name: str, i: int) -> int:
    """End of the body of a dropped element whose start tag ends at ``i`` (the end of the page if unclosed)."""
    m = _tags().closers[name].search(html, i)
    return m.end() if m else len(html)


def _markup(html: str, i: int, out: _Out) -> int:
    """Read the markup at ``html[i] == "<"``; return where the text resumes."""
    if html.startswith("<!--", i):
        j = html.find("-->", i + 2)  # "<!-->" is an empty comment too
        return len(html) if j < 0 else j + 3
    if html.startswith(("<!", "<?"), i):  # doctype, CDATA, processing instruction
        j = html.find(">", i + 2)
        return len(html) if j < 0 else j + 1
    head = _TAG_HEAD.match(html, i)
    if head is None:
        out.literal(html, i, i + 1)  # "a < b", "<عاجل>": text
        return i + 1
    m = _TAG.match(html, i)
    if m is not None:
        end = m.end()
    else:  # a long or odd attribute: the tag ends at the next ">"
        j = html.find(">", head.end())
        if j < 0:  # an unclosed tag at the end of the page is text
            out.literal(html, i, len(html))
            return len(html)
        end = j + 1
    closing, name = head.group(1), head.group(2).lower()
    tags = _tags()
    if name in tags.block:
        out.line_break(i, end)
    if not closing and name in tags.dropped:
        return _skip_raw(html, name, end)
    return end


def _scan(html: str) -> _Out:
    out = _Out()
    pos, n = 0, len(html)
    while pos < n:
        m = _SPECIAL.search(html, pos)
        if m is None:
            out.literal(html, pos, n)
            break
        i = m.start()
        out.literal(html, pos, i)
        if html[i] == "<":
            pos = _markup(html, i, out)
            continue
        ent = _entity(html, i)
        if ent is None:
            out.literal(html, i, i + 1)
            pos = i + 1
        else:
            out.decoded(ent[0], i, ent[1])
            pos = ent[1]
    return out


@dataclass(frozen=True, slots=True)
class HtmlText:
    """A page's clean text with the map back into the page.

    :meth:`source` gives the part of ``original`` that produced a character of ``text`` (the
    character itself, a whole entity, or the tag that made a line break); :attr:`offsets` is the
    map in the form :func:`arnews.normalize_with_offsets` uses. The map is kept as one entry per
    run of plain text, entity or tag, so its memory grows with the markup, not with the text.

    >>> page = HtmlText.of("<p>جملة&nbsp;أولى.</p>")
    >>> page.span(0, 4), page.source(4)
    (Span(start=3, end=7, text='جملة'), (7, 13))
    """

    original: str
    text: str
    _clean: Sequence[int] = field(repr=False)
    _src: Sequence[int] = field(repr=False)
    _src_end: Sequence[int] = field(repr=False)
    _plain: Sequence[bool] = field(repr=False)

    @classmethod
    def of(cls, html: str) -> HtmlText:
        """Clean ``html`` (see :func:`clean_html`) and keep the map."""
        check_text(html, "html")
        out = _scan(html)
        return cls(html, "".join(out.parts), out.clean, out.src, out.src_end, out.plain)

    def source(self, i: int) -> tuple[int, int]:
        """``(start, end)`` in :attr:`original` of what produced ``text[i]``; ``i == len(text)`` gives the end."""
        if i >= len(self.text):
            return len(self.original), len(self.original)
        k = bisect_right(self._clean, i) - 1
        a = self._src[k]
        if self._plain[k]:
            a += i - self._clean[k]
            return a, a + 1
        return a, self._src_end[k]

    @property
    def offsets(self) -> list[int]:
        """``offsets[i]``: where ``text[i]`` comes from; one more entry, ``len(original)``, for the end."""
        out: list[int] = []
        bounds = [*self._clean, len(self.text)]
        for k, a in enumerate(self._src):
            size = bounds[k + 1] - bounds[k]
            out.extend(range(a, a + size) if self._plain[k] else [a] * size)
        out.append(len(self.original))
        return out

    def span(self, start: int, end: int) -> Span:
        """The :class:`Span` of the page that produced ``text[start:end]``."""
        a = self.source(start)[0]
        if end <= start:
            return Span(a, a, "")
        b = self.source(end - 1)[1]
        return Span(a, b, self.original[a:b])

    def to_original(self, result: T) -> T:
        """``result`` (found on :attr:`text`) with every span moved into :attr:`original`.

        Works on a :class:`Span`, anything with ``start``, ``end`` and ``text`` (a
        :class:`~arnews.DateMention`), dataclasses holding them (:class:`~arnews.Attribution`,
        :class:`~arnews.Article`, whose ``text`` becomes the page), and lists and tuples of these.

        >>> import arnews
        >>> page = HtmlText.of("<p>قال <b>الوزير</b>.</p><p>وأضاف.</p>")
        >>> [s.text for s in page.to_original(arnews.split_sentences(page.text))]
        ['قال <b>الوزير</b>.', 'وأضاف.']
        """
        return self._move(result)  # type: ignore[no-any-return]

    def _move(self, obj: Any) -> Any:
        if isinstance(obj, Span):
            return self.span(obj.start, obj.end)
        if isinstance(obj, (list, tuple)):
            return type(obj)(self._move(x) for x in obj)
        if not is_dataclass(obj) or isinstance(obj, type):
            return obj
        names = [f.name for f in fields(obj) if f.init]
        changes = {k: self._move(getattr(obj, k)) for k in names if k not in ("start", "end", "text")}
        data: Any = obj
        if {"start", "end", "text"} <= set(names):
            s = self.span(data.start, data.end)
            changes.update(start=s.start, end=s.end, text=s.text)
        elif "text" in names and data.text == self.text:
            changes["text"] = self.original  # the whole text: an Article
        return replace(obj, **changes)


def clean_html(html: str) -> tuple[str, list[int]]:
    """Plain text of an HTML page or fragment, and the offset of each character in ``html``.

    Tags are removed, a block tag becoming a line break (so it ends a sentence); entities are
    decoded; script and style bodies are dropped. ``offsets[i]`` is the index in ``html`` of the
    markup that produced ``text[i]``, and ``len(offsets) == len(text) + 1``, as
    :func:`arnews.normalize_with_offsets` gives them. :class:`HtmlText` keeps the ends too.

    >>> clean_html("<div>أ&amp;ب<br>ج<script>x()</script></div>")[0]
    'أ&ب\\nج\\n'
    """
    page = HtmlText.of(html)
    return page.text, page.offsets
