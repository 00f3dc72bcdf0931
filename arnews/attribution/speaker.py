"""Speaker stage: the noun phrase that names who speaks.

After a verb the speaker is the phrase at the head of its zone (:func:`noun_phrase`); with an
empty zone it stands before the verb (:func:`pre_verbal`); a participle takes the subject of the
clause it hangs on (:func:`main_subject`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token, TokenTable
from ..lexicon import CueForm
from .event import Event
from .scope import Scope
from .words import (
    BACK,
    CIRCUMSTANTIAL,
    COMPLEMENTIZER,
    EMPHATIC,
    FA_INNA,
    NEGATION,
    NOT_FIRST_PERSON,
    OPEN,
    ORIGIN_PREPS,
    PREPOSITIONS,
    PRONOUN_PREP,
    QUOTE_CHARS,
    RELATIVE,
    SPEECH_OPENERS,
    ZONE_BREAK,
)


def noun_phrase(sc: Scope, toks: Sequence[Token], a: int, b: int, allow_l: bool = False,
                first_ok: bool = False) -> tuple[int, int]:
    """Token range [a, r) of the speaker phrase starting at token a, limited to b.

    The phrase runs over titles, names, genitives (رئيس بعثة الجمعية لمجلس أوروبا), a short
    parenthesis (72 سنة), appositions after a comma and relative clauses (الذي ...); it stops at
    prepositions, time words, the content introducer, an addressee (لوكالة ...) and a new clause.
    """
    ws = sc.w
    n = a
    last_word = a
    relative = False
    prev = prev2 = ""  # the two words before ``w`` (مسؤول كبير في ...: the source noun may have an adjective)
    while n < b:
        tk = toks[n]
        w = tk.text
        if not tk.word:
            r = _past_mark(sc, toks, n, a, b, allow_l, relative)
            if r < 0:
                break
            n = last_word = r
            continue
        if relative:
            if COMPLEMENTIZER.fullmatch(w) or w in ZONE_BREAK or FA_INNA.fullmatch(w):
                break
            n += 1
            last_word = n
            prev2, prev = prev, w
            continue
        if n == a and not first_ok and (not sc.starts_phrase(w) or circumstantial(sc, toks, n, b)):
            break
        if w == "من" and prev in ("كل", "وكل") and n + 1 < b:  # كل من الرئيسين
            n += 1
            last_word = n
            prev2, prev = prev, w
            continue
        if n > a and (sc.is_stop(w) or w.startswith("بال") or COMPLEMENTIZER.fullmatch(w)
                      or FA_INNA.fullmatch(w)) and not (w == "علي" and name_ali(sc, toks, n, b)) \
                and not (((w in ("من", "في") and (prev in ws.doc or prev2 in ws.doc))
                          or (w in ORIGIN_PREPS and prev in ws.origin))
                         and n + 1 < b and sc.starts_phrase(toks[n + 1].text)
                         and not sc.occasion(toks[n + 1].text)):
            break  # مصادر من الحزب، مسؤول في الوزارة، بيان صادر عن الجيش: a source keeps its origin
        if n > a and w[0] == "ب" and w[1:] in ws.title:
            break
        if n > a and prev.startswith(("ال", "وال")) and not w.startswith(("ال", "وال")) and \
                w.endswith(("ها", "هم", "هما")) and len(w) > 4 and w not in EMPHATIC:
            break  # الشركة خطتها: a possessed noun after a definite subject is its object
        if n > a and prev.startswith("ال") and not prev.endswith(("ين", "ون", "ات")) and len(prev) > 4 \
                and w.startswith("ال") and w.endswith("ين") and len(w) > 6:
            break  # طمأن الوزير المواطنين: an accusative plural after a definite subject is its object
        if n > a and ((sc.l_prefixed(w) and not allow_l and sc.addressee(w)) or (w == "ل" and not allow_l)):
            break  # لوكالة ...، لـ"الشرق الأوسط": the addressee is the channel
        if n > a and sc.cue_at(w) is not None and not (prev in ws.doc and not prev.startswith("ال")):
            break
        if w in RELATIVE or (n > a and prev in ws.doc and not prev.startswith("ال") and not w.startswith("ال")
                              and not sc.l_prefixed(w) and sc.cue_at(w) is not None):
            relative = True
        n += 1
        last_word = n
        prev2, prev = prev, w
    return a, last_word


def _past_mark(sc: Scope, toks: Sequence[Token], n: int, a: int, b: int, allow_l: bool, relative: bool) -> int:
    """Where a speaker phrase goes on after the mark at token ``n``, or -1 if the mark ends it.

    A short quoted name (“...”), a short parenthesis (72 سنة) and an apposition after a comma that
    ends cleanly belong to the phrase.
    """
    w = toks[n].text
    if w in QUOTE_CHARS and n > a and not relative:
        close = next((m for m in range(n + 1, min(b, n + 5)) if toks[m].text in QUOTE_CHARS), None)
        return close + 1 if close is not None and close > n + 1 else -1
    if w == "(" and n > a:
        close = next((m for m in range(n + 1, min(b, n + 6)) if toks[m].text == ")"), None)
        return close + 1 if close is not None else -1
    if w in "،," and n + 1 < b and n > a and not relative:
        nxt = toks[n + 1].text
        if toks[n + 1].word and sc.starts_phrase(nxt):
            # an apposition is a whole segment: keep it only if it ends cleanly
            _, r = noun_phrase(sc, toks, n + 1, b, allow_l)
            if r >= b or toks[r].text in "،,:" or COMPLEMENTIZER.fullmatch(toks[r].text) or toks[r].text in OPEN:
                return r
    return -1


def name_ali(sc: Scope, toks: Sequence[Token], n: int, b: int) -> bool:
    """``علي`` as a name, not the preposition ``على`` (the view spells both ``علي``): ``علي بن ...``,
    ``علي (50 عاما)``, or written with a final ي where the text writes ``على`` with ى elsewhere."""
    if n + 1 < b and toks[n + 1].text in ("بن", "ابن", "("):  # علي بن ...، علي (50 عاما)
        return True
    return sc.alef_maqsura and sc.v.original[sc.v.offsets[toks[n].end - 1]] == "ي"


def circumstantial(sc: Scope, toks: Sequence[Token], n: int, b: int) -> bool:
    """``مخاطبا الحضور``، ``متوجها إلى``: a participle with its object, not a name (``ملالا يوسفزاي``)."""
    if not CIRCUMSTANTIAL.fullmatch(toks[n].text) or n + 1 >= b:
        return False
    nxt = toks[n + 1].text
    return nxt.startswith("ال") or nxt in PREPOSITIONS or nxt in PRONOUN_PREP


def pre_verbal(sc: Scope, sent: TokenTable, n0: int) -> tuple[int, int] | None:
    """A subject written before its verb: ``العثماني أشار أن``, ``أما X فقالت``."""
    toks = sent.toks
    n = n0 - 1
    if n >= 0 and toks[n].text in ("قد", "لقد", "وقد", "فقد", "ولقد"):
        n -= 1
    b = n + 1
    comma_used = False
    lo = max(0, n0 - BACK)
    ws = sc.w
    while n >= lo:
        tk = toks[n]
        w = tk.text
        if not tk.word:
            if w == ")":
                o = next((m for m in range(n - 1, max(lo, n - 5) - 1, -1) if toks[m].text == "("), None)
                if o is not None and n < b - 0:
                    n = o - 1
                    continue
            if w in "،," and n == b - 1 and not comma_used and n0 - n <= 2:
                comma_used = True
                b = n
                n -= 1
                continue
            break
        if COMPLEMENTIZER.fullmatch(w) or FA_INNA.fullmatch(w) or w in ws.connector or w == "و" \
                or (n == b - 1 and (w in RELATIVE or w[1:] in RELATIVE)):
            break  # (اللغة التي يعتقد أن: the cue is the relative clause's own verb, no subject before it)
        if sc.cue_at(w) is not None and n < n0 - 1:
            break
        n -= 1
    a = n + 1
    w_a = toks[a].text if a < b else ""
    if b - a >= 2 and w_a[:1] in "وف" and not w_a.startswith("وال") and toks[a + 1].text.startswith("ال") \
            and not ({w_a, w_a[1:]} & (ws.media | ws.doc | ws.title)) and not w_a.startswith("وزار"):
        a += 1  # وردت اللجنة بالقول: the verb before the subject is not part of it
    if a >= b:
        return None
    first = toks[a].text
    if first[0] == "ك" and len(first) > 4 and (first.endswith("ه") or first.startswith("كال")):
        return None  # كفنانة، كالعادة: "as ...", not a subject
    if first in ws.stop or first in ws.time or first.startswith(("بال", "وب", "وفي", "ول")) or first in ws.object:
        return None
    if any(toks[m].text in ws.stop and toks[m].text not in ("من",) for m in range(a, b)) and not any(
            toks[m].text in RELATIVE for m in range(a, b)):
        return None
    return sc.span_of(toks, a, b)


def main_subject(sc: Scope, ev: Event) -> tuple[int, int] | None:
    sent = sc.sent(ev.sent)
    toks = sent.toks
    n_ev = sent.at(ev.i)
    if n_ev is None:
        n_ev = len(toks)
    # the first verb of the lexicon before the participle, else the sentence's first word
    nominal = bool(toks) and toks[0].text.startswith(("ال", "وال")) and toks[0].text not in sc.w.stop
    for n in range(min(n_ev, 40) if not nominal else 0):
        tk = toks[n]
        cf = sc.cue_at(tk.text) if tk.word else None
        if cf is not None and cf.form in ("past", "present"):
            a, b = noun_phrase(sc, toks, n + 1, n_ev)
            return sc.span_of(toks, a, b) if b > a else pre_verbal(sc, sent, n)
    if not toks or n_ev == 0:
        return None
    ws = sc.w
    v = 0
    first = toks[0].text
    if first[:1] == "و" and first[1:] in ws.stop:  # وخلال الاجتماع تدخل X: skip the opening adjunct
        v = 1
        while v < n_ev and toks[v].word and toks[v].text.startswith("ال"):
            v += 1
    if v >= n_ev:
        return None
    first = toks[v].text
    if v == 0 and first.startswith(("ال", "وال")) and first not in ws.stop:  # a nominal sentence: its topic
        e = 1
        while e < n_ev and toks[e].word and toks[e].text.startswith("ال") and toks[e].text not in ws.stop:
            e += 1
        f = e  # a name after the title, up to a comma (الفنانة عزيزة جلال، أعلنت)
        while f < min(n_ev, e + 3) and toks[f].word and not toks[f].text.endswith("ا") \
                and toks[f].text not in NEGATION and not sc.is_stop(toks[f].text) \
                and sc.cue_at(toks[f].text) is None:
            f += 1
        if f < n_ev and toks[f].text in "،," and f - e <= 2:
            e = f
        return sc.span_of(toks, 0, e)
    if not toks[v].word or first in ws.stop or first in ws.time or first in ws.connector or \
            first.startswith(("ال", "وال", "في", "وفي", "ب", "وب", "ل", "ول")):
        return None
    a, b = noun_phrase(sc, toks, v + 1, min(n_ev, v + 12))
    return sc.span_of(toks, a, b) if b > a else None


def speech_opener(sc: Scope, toks: Sequence[Token], n: int) -> bool:
    """Words that open first-person speech (نحن، أنا، لقد، لا يمكننا، لن نسمح، لم أر): no narration starts so."""
    if n >= len(toks):
        return False
    w = toks[n].text
    if w in SPEECH_OPENERS:
        return True
    if w in ("لا", "لن", "لم") and n + 1 < len(toks):
        v = toks[n + 1].text
        return toks[n + 1].word and (v.endswith("نا") or (v[:1] in "نا" and not v.startswith("ال") and len(v) > 2))
    return False


def first_person_speech(sc: Scope, toks: Sequence[Token], n: int, cf: CueForm) -> bool:
    """A verb of saying followed at once by a first-person present verb (أعلق، أهتم): unquoted speech."""
    if n >= len(toks) or cf.cls not in ("say", "add") or cf.form not in ("past", "present"):
        return False
    w = toks[n].text
    return (toks[n].word and len(w) >= 3 and w[0] == "ا" and not w.startswith(("ال", "ان", "اذ", "او", "اي", "اما"))
            and w not in NOT_FIRST_PERSON
            and not sc.is_stop(w) and not w[1:2].isdigit()
            and (sc.cue_at(w) is None or sc.cue_at(w).form == "present")  # type: ignore[union-attr]
            and w not in sc.w.time and not w.endswith(("ه", "ات", "ون", "ين")))


