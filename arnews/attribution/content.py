"""Content stage: what was said, from the introducer the zone stage found.

After أن/إن the reported clause runs to the stretch end (linking cuts it at the next clause);
after a colon or an opening quote the quotation is direct speech; a quotation that opens with أنه
is a quoted indirect clause (``mixed``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..doc import Token, TokenTable
from .event import Event, Range
from .quotes import quote_before, quote_close
from .scope import Scope
from .words import COMPLEMENTIZER, CONTENT_MAX, QUOTE_CHARS, RELATIVE

TRAILING_CONNECTOR = regex.compile(r"(?:^|\s)(?:فيما|بينما|كما|و|ف)\s*$")


def content_for(sc: Scope, ev: Event, intro: str, intro_n: int) -> tuple[Range | None, str, bool]:
    """The content after the introducer ``intro`` at token ``intro_n``: (span, kind, fixed by a quote).

    ``intro`` is how the zone ended: ``that`` (أن/إن), ``colon``, ``quote``, ``speech`` (unquoted
    first-person words), ``newline`` (a quotation that lost its marks) or ``bare`` (قائلا، بالقول).
    """
    toks, sent = ev.table.toks, ev.table
    if intro == "that":
        content, how, fixed = content_after(sc, sent, intro_n + 1, clause=True)
        return content, "mixed" if how == "quote" else "indirect", fixed
    if intro == "colon":
        nn = intro_n + 1
        if nn < len(toks) and COMPLEMENTIZER.fullmatch(toks[nn].text):
            content, _how, fixed = content_after(sc, sent, nn + 1, clause=True)
            return content, "indirect", fixed
        content, how, fixed = content_after(sc, sent, nn)
        return content, "direct", fixed
    if intro == "quote":
        return _quoted(sc, ev, intro_n)
    if intro == "speech":
        content, how, fixed = content_after(sc, sent, intro_n)
        return content, "direct", fixed
    if intro == "newline":  # a quotation the source lost its marks for: the next line
        a0 = toks[intro_n].start
        nl = sc.t.find("\n", a0, sent.end)
        return (a0, nl if nl >= 0 else sent.end), "direct", True
    # bare: unquoted speech after قائلا / بالقول
    nn = intro_n + 1
    if nn < len(toks) and toks[nn].text == ":":
        nn += 1
    if nn < len(toks) and COMPLEMENTIZER.fullmatch(toks[nn].text):
        content, how, fixed = content_after(sc, sent, nn + 1)
        return content, "mixed" if how == "quote" else "indirect", fixed
    content, how, fixed = content_after(sc, sent, nn)
    return content, "direct", fixed


def _quoted(sc: Scope, ev: Event, intro_n: int) -> tuple[Range | None, str, bool]:
    """The quotation opening at token ``intro_n``: direct, or mixed when it quotes an أنّ clause."""
    toks = ev.table.toks
    kind = "direct"
    content, _how, fixed = content_after(sc, ev.table, intro_n)
    if content is not None and toks[intro_n - 1].text in "،,":
        q = quote_before(sc, ev.i, ev.cf)  # “الوضع خطير”، قال الوزير، “ولا بد ...”: one quotation around its cue
        if q is not None:
            content = (q[0], content[1])
    if content is not None and intro_n + 1 < len(toks) and COMPLEMENTIZER.fullmatch(toks[intro_n + 1].text) \
            and sc.v.original[sc.v.offsets[toks[intro_n + 1].start]] != "إ":
        content = (toks[intro_n + 1].end, content[1])  # “أنه سعيد ...”: a quoted indirect clause
        kind = "mixed"  # (“إننا أمام ...”: an emphatic إنّ opening direct speech stays direct)
    return content, kind, fixed


def content_after(sc: Scope, sent: TokenTable, n: int, clause: bool = False) -> tuple[Range | None, str, bool]:
    """Content starting at token n: (span, how, fixed); ``clause`` keeps a reported clause whole."""
    toks = sent.toks
    if n >= len(toks):
        return None, "indirect", False
    tk = toks[n]
    end = min(sent.end, tk.start + CONTENT_MAX)
    if clause:
        return (tk.start, end), "clause", False
    if tk.text in QUOTE_CHARS or tk.text == "(":
        c = quote_close(sc, tk.start)
        if c > tk.start + 1 and (tk.text != "(" or c - tk.start > 25):
            return (tk.start + 1, c), "quote", True
        if c < 0 and tk.text != "(":
            return (tk.start + 1, end), "quote", False
    return (tk.start, end), "clause", False


def trim_end(sc: Scope, a: int, b: int) -> int:
    """``b`` moved back over final punctuation and a trailing connector (و، فيما، كما)."""
    t = sc.t
    while b > a and (t[b - 1].isspace() or t[b - 1] in ".،,:;؛!?؟…-\"“”«»'"):
        b -= 1
    m = TRAILING_CONNECTOR.search(t, a, b)
    if m is not None and m.start() > a:
        b = m.start()
        while b > a and (t[b - 1].isspace() or t[b - 1] in ".،,:;؛"):
            b -= 1
    return b


def clause_before(sc: Scope, toks: Sequence[Token], m: int) -> tuple[int, int] | None:
    """The clause that ends at token ``m`` (commas skipped), back to its punctuation or complementizer."""
    while m >= 0 and toks[m].text in "،,":
        m -= 1
    a = m
    while a >= 0:
        w = toks[a].text
        if not toks[a].word and w in "،,:;؛.!?؟\"“”«»(":
            break
        if COMPLEMENTIZER.fullmatch(w) or w in RELATIVE or w in sc.w.connector:
            break
        a -= 1
    a += 1
    return (toks[a].start, toks[m].end) if a <= m else None


