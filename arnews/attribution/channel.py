"""Speaker and channel stage: who speaks in a cue's zone, and through which outlet.

The zone is the stretch between a cue and its content. Its head phrase is the speaker; an
addressee after it (لوكالة ...، ل (الوطن)، ردا على أسئلة ...) is the channel; with نقل, the phrase
before عن is the channel and the one after it the speaker. A fronted occasion (وفي تصريح لـX، قال)
gives the channel too.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token, TokenTable
from ..lexicon import CueForm
from .scope import Scope
from .speaker import noun_phrase
from .words import COMPLEMENTIZER, INTERVIEW_NOUNS, PREPOSITIONS, QUESTION_NOUNS, QUOTE_CHARS


def in_zone(sc: Scope, sent: TokenTable, n0: int, a: int, b: int, cf: CueForm) -> tuple[
        tuple[int, int] | None, tuple[int, int] | None]:
    """Speaker and channel in the tokens [a, b) between a cue and its content."""
    toks = sent.toks
    if a >= b:
        return None, None
    speaker: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    if cf.lemma == "نقل":
        an = next((m for m in range(a, b) if toks[m].text == "عن"), -1)
        if an > a:
            ca, cb = noun_phrase(sc, toks, a, an, allow_l=True)
            channel = sc.span_of(toks, ca, cb)
            sa, sb = noun_phrase(sc, toks, an + 1, b)
            speaker = sc.span_of(toks, sa, sb)
            return speaker, channel
    if cf.lemma == "جاء في":
        sa, sb = noun_phrase(sc, toks, a, b, allow_l=True)
        return sc.span_of(toks, sa, sb), None
    w_a, nxt = toks[a].text, toks[a + 1].text if a + 1 < len(toks) else ""
    if (cf.prep and a > n0 + 1 and toks[a - 1].text == cf.prep) or (
            w_a[:1] == "ب" and w_a.endswith("ه") and COMPLEMENTIZER.fullmatch(nxt)):
        return None, None  # شدد على أهمية أن، طالب بضرورة أن: what follows the preposition is no speaker
    sa, sb = noun_phrase(sc, toks, a, b)
    speaker = sc.span_of(toks, sa, sb) if sb > sa else None
    # channel: an addressee (لوكالة ...، ل (الوطن)) after the speaker
    m = sb
    while m < b:
        w = toks[m].text
        if w == "ل" and m + 1 < b:
            channel = addressee_at(sc, toks, m, b)
            if channel is not None:
                break
        if (w in QUESTION_NOUNS or (w == "مع" and m > sb and toks[m - 1].text in INTERVIEW_NOUNS)) \
                and m + 1 < b:  # ردا على أسئلة وكالة ...، في مقابلة مع قناة ...: the outlet asking
            ca, cb = noun_phrase(sc, toks, m + 1, b, allow_l=True)
            if cb > ca:
                channel = sc.span_of(toks, ca, cb)
                break
        if toks[m].word and sc.l_prefixed(w) and (m == sb or sc.l_object(w)) \
                and not (m > a and toks[m - 1].text in PREPOSITIONS):  # في لقاء، في لندن: not an addressee
            channel = addressee_at(sc, toks, m, b)
            if channel is not None:
                break
        m += 1
    return speaker, channel


def fronted_channel(sc: Scope, toks: Sequence[Token], n0: int) -> tuple[int, int] | None:
    """The outlet of a fronted occasion, ``وفي تصريح لـ"هسبريس"، قال ...``: its addressee is the channel."""
    if n0 < 4 or toks[n0 - 1].text not in "،,":
        return None
    a = n0 - 2
    while a > 0 and n0 - a < 12 and toks[a].text not in ("في", "وفي"):
        a -= 1
    if toks[a].text not in ("في", "وفي") or (a > 0 and toks[a - 1].text not in "،,.:") or a + 2 >= n0 - 1:
        return None
    if not sc.occasion(toks[a + 1].text):
        return None
    m = a + 2
    if toks[m].text == "ل" or (toks[m].word and sc.l_prefixed(toks[m].text)):
        return addressee_at(sc, toks, m, n0 - 1)
    return None


def addressee_at(sc: Scope, toks: Sequence[Token], m: int, b: int) -> tuple[int, int] | None:
    """The outlet after ``ل`` at token ``m`` (before ``b``): ``ل (الوطن)``، ``لـ"هسبريس"``، ``لوكالة ...``."""
    if toks[m].text == "ل":
        if m + 1 < b and toks[m + 1].text in QUOTE_CHARS | {"("}:
            close = next((x for x in range(m + 2, min(b, m + 8)) if toks[x].text in QUOTE_CHARS | {")"}), None)
            if close is not None and close > m + 2:
                return toks[m + 2].start, toks[close - 1].end
        ca, cb = noun_phrase(sc, toks, m + 1, b, allow_l=True)
        return sc.span_of(toks, ca, cb) if cb > ca else None
    ca, cb = noun_phrase(sc, toks, m, b, allow_l=True, first_ok=True)  # لوكالة ...: the outlet after its ل
    return (toks[ca].start + 1, toks[cb - 1].end) if cb > ca else None


