"""Content stage: what was said, from the introducer the zone stage found.

After أن/إن the reported clause runs to the stretch end (linking cuts it at the next clause);
after a colon or an opening quote the quotation is direct speech; a quotation that opens with أنه
is a quoted indirect clause (``mixed``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .. import _compiled
from ..doc import START, Token, TokenTable
from .clause import clause_ends
from .event import Event, Range
from .quotes import QUOTE_MARK, closer_for, quote_before, quote_close, unbalanced_opening
from .scope import Scope
from .words import (
    ASIDE_OPENERS,
    COMPLEMENTIZER,
    CONTENT_MAX,
    PUNCT_STOP,
    QUOTE_CHARS,
    QUOTE_MAX,
    RELATIVE,
    TEMPORAL_BEFORE_AN,
    THAT_REF,
    TRAILING_CONNECTORS,
)

#: A connective left at the end of a stretch (``... فيما``، ``... وذلك``): the class ``trailing_connector``.
TRAILING_CONNECTOR = _compiled.compile(r"(?:^|\s)(?:" + "|".join(TRAILING_CONNECTORS) + r")\s*$")


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
        chained = quote_chain(sc, sent, nn, content) if how == "quote" and fixed and content else None
        if chained is not None:
            return chained, "mixed", True
        return to_paragraph_end(sc, content, how), "direct", fixed
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
    colon = nn < len(toks) and toks[nn].text == ":"
    if colon:
        nn += 1
    if nn < len(toks) and COMPLEMENTIZER.fullmatch(toks[nn].text):
        content, how, fixed = content_after(sc, sent, nn + 1)
        return content, "mixed" if how == "quote" else "indirect", fixed
    content, how, fixed = content_after(sc, sent, nn)
    return (to_paragraph_end(sc, content, how) if colon else content), "direct", fixed


def to_paragraph_end(sc: Scope, content: Range | None, how: str) -> Range | None:
    """Unquoted direct speech after a colon runs on to the end of its paragraph, or to a sentence
    the narrator opens with a connector (``. وكانت الصحيفة قد نشرت ...``); linking ends it earlier at
    the next clause-initial cue (``وأضاف``)."""
    if content is None or how != "clause":
        return content
    end = max(content[1], paragraph_end(sc, content[0]))
    for m in SENTENCE_OPENING.finditer(sc.t, content[1] - 1, end):
        if m.group(1) in sc.w.connector:
            return content[0], max(content[1], m.start() + 1)
    return content[0], end


#: A full stop and the first word of the next sentence.
SENTENCE_OPENING = _compiled.compile(r"[.!?؟]\s+(\p{L}+)")


def _quoted(sc: Scope, ev: Event, intro_n: int) -> tuple[Range | None, str, bool]:
    """The quotation opening at token ``intro_n``: direct, or mixed when it quotes an أنّ clause."""
    toks = ev.table.toks
    kind = "direct"
    content, _how, fixed = content_after(sc, ev.table, intro_n)
    if content is not None and toks[intro_n - 1].text in "،,":
        q = quote_before(sc, ev.i, ev.cf)  # “الوضع خطير”، قال الوزير، “ولا بد ...”: one quotation around its cue
        if q is not None:
            content = (q[0], content[1])
    chained = quote_chain(sc, ev.table, intro_n, content) if fixed and content is not None else None
    if chained is not None:  # "..." يجب تسويتها إلا أنها "...": quoted words inside the speaker's clause
        return chained, "mixed", True
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
        return (tk.start, open_quote_end(sc, tk.start, end)), "clause", False
    if tk.text in QUOTE_CHARS or tk.text == "(":
        c = quote_close(sc, tk.start)
        if c > tk.start + 1 and (tk.text != "(" or c - tk.start > 25):
            return (tk.start + 1, c), "quote", True
        if c < 0 and tk.text != "(":  # «... with no closing mark: to the end of the paragraph
            return (tk.start + 1, max(end, paragraph_end(sc, tk.start))), "quote", False
    return (tk.start, open_quote_end(sc, tk.start, end)), "clause", False


def paragraph_end(sc: Scope, o: int) -> int:
    """The end of the paragraph holding offset ``o`` (at most ``QUOTE_MAX`` on)."""
    nl = sc.t.find("\n", o, o + QUOTE_MAX)
    return nl if nl >= 0 else min(len(sc.t), o + QUOTE_MAX)


def open_quote_end(sc: Scope, a: int, end: int) -> int:
    """``end``, or past it when a quotation opened in ``[a, end)`` closes later (a sentence cut inside
    a quotation, ``«منذ شهر بدأ السكان.. بالعودة»``) or never (then the paragraph end)."""
    if not unbalanced_opening(sc, a, end):
        return end
    o = -1
    for m in QUOTE_MARK.finditer(sc.t, a, end):
        if m.group() != "(" and closer_for(sc, m.start()):
            o = m.start()
    if o < 0:
        return end
    c = quote_close(sc, o)
    if c >= end:
        return c + 1
    return paragraph_end(sc, o) if c < 0 else end


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




#: Marks that end the clause a source phrase looks back over (a full stop between digits does not).
CLAUSE_MARKS = frozenset(".!?؟…:;؛")


def sourced_clause(sc: Scope, sent: TokenTable, m: int, relative: bool = False,
                   aside: bool = False) -> tuple[int, int] | None:
    """The clause a source phrase after token ``m`` sources (``... ، حسب الوزارة``), commas skipped.

    It runs back to the sentence start or a colon/semicolon, over commas, lists, relative clauses
    and temporal clauses (``بعد أن``); when an earlier cue of the sentence introduced a content clause
    (``لفت المكتب إلى أن ...، حسبما ذكر البيان``) it starts after that cue's أن/إن. With ``relative``
    (a source by pronoun: ``حسب قوله``، ``وفق تقديره``) a relative clause after a comma is the clause.
    """
    toks = sent.toks
    while m >= 0 and (toks[m].text in "،," or toks[m].text in THAT_REF):  # ...، وذلك حسب: what it points to
        m -= 1
    a = m
    that = -1  # the last complementizer met going back
    while a >= 0:
        tk = toks[a]
        if not tk.word and tk.text in CLAUSE_MARKS and not _decimal_point(sc, tk.start):
            break
        if that < 0 and COMPLEMENTIZER.fullmatch(tk.text) and a > 0 \
                and toks[a - 1].text not in TEMPORAL_BEFORE_AN:
            that = a
        a -= 1
    a += 1
    if that >= 0 and any(_introduces(sc, toks[x].text) for x in range(a, that)):
        a = that + 1
    a = _last_clause_start(sc, toks, a, m, relative, aside)
    while a <= m and (not toks[a].word or toks[a].text in ("و", "ف") or toks[a].text in sc.w.connector):
        a += 1
    return (toks[a].start, toks[m].end) if a <= m else None


def _last_clause_start(sc: Scope, toks: Sequence[Token], a: int, m: int, relative: bool = False,
                       aside: bool = False) -> int:
    """The token after the last comma of ``[a, m]`` that opens a new clause (``، فيما``; with ``relative``
    also ``، التي``), else ``a``."""
    for x in range(m - 1, a, -1):
        if toks[x].text in "،," and x + 1 <= m:
            w = toks[x + 1].text
            opens = w in sc.w.connector or (relative and w.removeprefix("و") in RELATIVE) \
                or (aside and w in ASIDE_OPENERS)
            if opens or clause_ends().end(sc.t, toks[x].start, toks[x + 1].end) == toks[x].start:
                return x + 1
    return a


def _decimal_point(sc: Scope, o: int) -> bool:
    """Whether the mark at ``o`` is a decimal point or thousands separator (``3.5``)."""
    t = sc.t
    return 0 < o < len(t) - 1 and t[o] in ".," and t[o - 1].isdigit() and t[o + 1].isdigit()


def _introduces(sc: Scope, w: str) -> bool:
    """Whether ``w`` is a verb cue that introduces a content clause (قال، لفت، مشيرا); an impersonal one
    (``رجال يشتبه أن ...``) stays inside the clause a later source phrase sources."""
    cf = sc.cue_at(w)
    return cf is not None and cf.form in ("past", "present", "participle") and "impersonal" not in cf.flags


BRIDGE_MAX = 12  # words between two quotations of one reported clause


def quote_chain(sc: Scope, sent: TokenTable, n: int, quote: Range) -> Range | None:
    """A quotation at token ``n`` that the clause goes on past into another quotation: the span from
    the first opening mark to the end of the clause after the last closing one (``"..." يجب تسويتها
    إلا أنها "..." الثلاثاء``), or None when the quotation stands alone.

    The words between two quotations (at most ``BRIDGE_MAX``) hold no cue, no full stop and no
    narrator's clause (a rule of ``clause_ends.tsv``).
    """
    toks = sent.toks
    end, k, chained = quote[1], _after(toks, quote[1]), False
    last = k  # the token after the last closing mark: where the clause's closing words start
    while k < len(toks):
        words = 0
        while k < len(toks) and toks[k].text not in QUOTE_CHARS and toks[k].text not in PUNCT_STOP \
                and sc.cue_at(toks[k].text) is None and words <= BRIDGE_MAX:
            words += toks[k].word
            k += 1
        if k >= len(toks) or toks[k].text not in QUOTE_CHARS or words == 0 or words > BRIDGE_MAX \
                or clause_ends().end(sc.t, end, toks[k].start, but=False) < toks[k].start:  # (، ولا تشير ...)
            break
        c = quote_close(sc, toks[k].start)
        if c <= toks[k].start + 1 or c > sent.end:
            break
        end, k, chained = c, _after(toks, c), True
        last = k
    if not chained:
        return None
    k = last  # (a bridge that failed read words past it: "..." دون تفاوض، مضيفا أن ...)
    while k < len(toks) and toks[k].word:  # "..." الثلاثاء: the words that close the clause
        k += 1
    b = toks[k - 1].end if k > 0 and toks[k - 1].end > end else end + 1
    return toks[n].start, b


def _after(toks: Sequence[Token], o: int) -> int:
    """The first token starting after offset ``o`` (tokens are in order: bisection)."""
    return bisect.bisect_right(toks, o, key=START)
