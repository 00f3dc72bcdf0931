"""Quotation marks: which mark opens or closes, where a quotation ends, what it quotes.

Shared by the zone, content and linking stages. Offsets are view offsets.
"""

from __future__ import annotations

from .. import _compiled
from ..lexicon import CueForm
from .scope import Scope
from .words import OPEN, QUOTE_MAX

QUOTE_MARK = _compiled.compile(r"[“”«»()\"]")
QUOTED = _compiled.compile(r"[\"“”«»]([^\"“”«»\n]{1,400})[\"“”«»]|\(([^()\n]{1,400})\)")


def quote_close(sc: Scope, o: int) -> int:
    """Index of the mark closing the quote opened at ``o``, or -1."""
    t = sc.t
    closer = closer_for(sc, o)
    if not closer:
        return -1
    lim = min(len(t), o + QUOTE_MAX)
    nl = t.find("\n", o + 1, lim)
    if nl >= 0:
        lim = nl
    if t[o] == "(":
        return t.find(")", o + 1, min(lim, o + 600))
    k = t.find(closer, o + 1, lim)
    if k < 0 and t[o] in "„":
        k = t.find("”", o + 1, lim)
    return k


def closes(sc: Scope, pos: int) -> bool:
    """Whether the quote mark at ``pos`` closes rather than opens a quotation.

    A mark glued to the word after it opens (`` "word``), one glued to the word before it closes
    (``word" ``); between spaces, an odd count of marks since the sentence start means it closes.
    """
    return not closer_for(sc, pos) and sc.t[pos] != "("


def glued_to_word(t: str, pos: int) -> bool:
    """Whether the mark at ``pos`` is glued to the word before it; a proclitic ل/ب (``بـ"...``، ``ل«...``)
    leaves an opening mark free."""
    before = t[pos - 1] if pos > 0 else " "
    return before.isalnum() and before not in "لب"


def closer_for(sc: Scope, pos: int) -> str:
    """The mark that closes a quotation opened at ``pos``; ``""`` when the mark there opens none."""
    t = sc.t
    ch = t[pos]
    after = t[pos + 1] if pos + 1 < len(t) else " "
    glued_after = after.isalnum()
    glued_before = glued_to_word(t, pos)
    if ch in "“«„‹(":
        return OPEN[ch]
    if ch in "”»":
        if glued_after and not glued_before:
            return ch
        return ""
    if ch == '"':
        if glued_after and not glued_before:
            return '"'
        if glued_before and not glued_after:
            return ""
        k = sc.sent_of(pos)
        return "" if t.count('"', max(sc.bounds[k][0], pos - 1000), pos) % 2 == 1 else '"'
    return ""


def quote_ok(cf: CueForm) -> bool:
    """A quote right after a cue is its direct speech, except a quoted object of belief or finding."""
    return cf.cls not in ("opine", "finding")


def quote_before(sc: Scope, i: int, cf: CueForm) -> tuple[int, int] | None:
    """The quotation ``(inner start, closing mark)`` that ends just before the cue at ``i``, if any."""
    t = sc.t
    if cf.form not in ("past", "present"):
        return None
    p = i - 1
    while p >= 0 and t[p] in " ،,\n":
        p -= 1
    if p < 0 or t[p] not in "”»\"«" or closer_for(sc, p):
        return None  # no mark before the cue, or a mark that opens the quotation the cue is in
    opener = {"”": "“", "»": "«", '"': '"', "«": "»"}[t[p]]
    o = t.rfind(opener, max(0, p - QUOTE_MAX), p)
    if o < 0 and t[p] == "”":
        o = t.rfind("„", max(0, p - QUOTE_MAX), p)
    if o < 0 or p - o < 3 or "\n" in t[o:p] or not quote_ok(cf):
        return None  # a belief verb after a quoted name ("فيسبوك"، ترجح ...) reports no quotation
    return o + 1, p


def cut_at_closer(sc: Scope, a: int, b: int) -> int:
    """End a content at a quote mark that closes a quotation opened before it (a report nested in a quote)."""
    depth = 0
    straight = 0  # straight quotes open inside the content
    t = sc.t
    for m in QUOTE_MARK.finditer(t, a, b):
        ch = m.group()
        if ch == '"':
            p = m.start()
            before = t[p - 1] if p > 0 else " "
            after = t[p + 1] if p + 1 < len(t) else " "
            if after.isalnum() and not before.isalnum():
                straight += 1
            elif before.isalnum() and not after.isalnum():
                if straight == 0:
                    return p
                straight -= 1
            else:
                straight = straight - 1 if straight else 1
        elif ch in "“«(":
            depth += 1
        elif ch in "”»)":
            depth -= 1
            if depth < 0:
                return m.start()
    return b


def unbalanced_opening(sc: Scope, a: int, b: int) -> bool:
    """Whether ``[a, b)`` opens more quotations than it closes (its last closing mark was trimmed)."""
    t = sc.t
    opens = closes = 0
    for m in QUOTE_MARK.finditer(t, a, b):
        ch = m.group()
        if ch in "“«":
            opens += 1
        elif ch in "”»":
            closes += 1
        elif ch == '"':
            p = m.start()
            if p + 1 < len(t) and t[p + 1].isalnum() and not glued_to_word(t, p):
                opens += 1
            else:
                closes += 1
    return opens > closes


def quotes_speech(sc: Scope, a: int, b: int) -> bool:
    """Whether ``[a, b)`` holds a quotation of someone's words: two words or more, not a quoted name."""
    t = sc.t
    for m in QUOTED.finditer(t, max(0, a - 1), min(len(t), b + 1)):
        inner = (m.group(1) or m.group(2) or "").strip()
        if " " not in inner or (m.group().startswith("(") and inner.count(" ") < 3):
            continue
        before = t[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lstrip("وبل") in sc.w.naming:
            continue
        return True
    return False


