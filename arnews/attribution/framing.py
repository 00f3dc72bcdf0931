"""Framing constructions: a cue that frames a clause instead of introducing it.

* a cue after the quote it reports (``“...”، قال الوزير``: :func:`after_quote`);
* a cue between commas inside the clause it reports (``الوضع، يضيف الوزير، فإن ...``: :func:`parenthetical`);
* كما + a cue (``الوضع مستقر، كما قال الوزير``: :func:`as_said`);
* a source phrase (``وفقا لـ``، ``بحسب``، ``حسبما أفاد``: :func:`according`);
* a cue that points back at the sentence before it (``أوضح ذلك رئيس الوزراء``: :func:`that_said`).

Each takes the cue's :class:`~arnews.attribution.event.Event` and fills it, or returns ``None``
(and leaves the event as it was).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..doc import Token
from ..wordclass import word_class
from .channel import in_zone
from .clause import clause_ends
from .content import clause_before, content_after, sourced_clause, trim_end
from .event import Event, Range
from .gate import cue_words
from .quotes import closer_for, quote_before
from .scope import Scope
from .speaker import noun_phrase
from .words import (
    CIRCUMSTANTIAL,
    COMPLEMENTIZER,
    DURING,
    FA_INNA,
    FA_INNA_ONLY,
    IN_ON,
    KAMA,
    OPENING_JOINERS,
    PREPOSITIONS,
    PRONOUN_END,
    PRONOUN_PREP,
    PUNCT_STOP,
    QUOTE_CHARS,
    QUOTE_MAX,
    RELATIVE,
    THAT_OBJECT,
    Words,
)


def parenthetical(sc: Scope, ev: Event) -> Event | None:
    """``الوضع، يضيف الوزير، فإن ...``: a cue between commas reports the clause around it."""
    toks, n0, n1, cf = ev.table.toks, ev.n0, ev.n1, ev.cf
    if n0 == 0 or toks[n0 - 1].text not in "،," or cf.form not in ("past", "present"):
        return None
    sa, sb = noun_phrase(sc, toks, n1 + 1, min(len(toks), n1 + 14))
    if sb <= sa or sb + 1 >= len(toks) or toks[sb].text not in "،," or not FA_INNA.fullmatch(toks[sb + 1].text):
        return None
    if n0 < 2:
        return None
    return ev.fill((toks[sa].start, toks[sb - 1].end), (toks[0].start, ev.table.end), "indirect")


def as_said(sc: Scope, ev: Event) -> Event | None:
    """``كما`` + a cue sources a clause: ``الوضع مستقر، كما قال الوزير.`` (the clause before) or
    ``وكما قال الوزير، فإن الوضع مستقر`` (the clause after its فإن)."""
    toks, n0, n1, cf = ev.table.toks, ev.n0, ev.n1, ev.cf
    if n0 < 1 or toks[n0 - 1].text not in KAMA or cf.form not in ("past", "present") or cf.needs_prep:
        return None  # (كما يقضي البند بإجراء ...: a verb that reports only with its preposition)
    b = len(toks)
    sa, sb = noun_phrase(sc, toks, n1 + 1, min(b, n1 + 14))
    if sb <= sa:
        return None
    speaker = (toks[sa].start, toks[sb - 1].end)
    m = sb + 1 if sb < b and toks[sb].text in "،," else sb
    if (n0 == 1 or toks[n0 - 2].text in "،,") and m < b and FA_INNA.fullmatch(toks[m].text) \
            and toks[m].text.startswith("ف"):
        content, _how, fixed = content_after(sc, ev.table, m + 1)
        return ev.fill(speaker, content, "according_to", fixed=fixed, cut=ev.i)
    if n0 < 3 or toks[n0 - 2].text not in "،," or (sb < b and toks[sb].text not in PUNCT_STOP):
        return None
    before = clause_before(sc, toks, n0 - 2)
    if before is None:
        return None
    return ev.fill(speaker, before, "according_to", fixed=True, cut=ev.i)


def after_quote(sc: Scope, ev: Event) -> Event | None:
    """``“...”، قال الوزير``: the cue follows the quote it reports."""
    q = quote_before(sc, ev.i, ev.cf)
    if q is None:
        return None
    comma = any(c in "،," for c in sc.t[q[1]:ev.i])
    before = sc.t[max(0, q[0] - 3):q[0] - 1].strip()
    if not comma and (" " not in sc.t[q[0]:q[1]].strip() or (before and before[-1].isalnum())):
        return None  # "تويتر" يناشد، في وقت “...” تدعو: a quotation inside a clause is no quotation the verb reports
    o, p = q[0] - 1, q[1]
    toks = ev.table.toks
    b = len(toks)
    n = ev.n1 + 1
    while n < b and toks[n].word:
        n += 1
    speaker, channel = in_zone(sc, ev.table, ev.n0, ev.n1 + 1, n, ev.cf)
    return ev.fill(speaker, (o + 1, p), "direct", channel, fixed=True)


def according(sc: Scope, ev: Event) -> Event | None:
    """``وفقا لوزارة الصحة، فإن ...``، ``... حسبما أفاد مصدر``: a source phrase frames a clause.

    The content follows the source when the phrase opens its sentence, else it is the clause before it.
    """
    start = _source_start(sc, ev)
    if start is None:
        return None
    n, glued, via_verb, phrase_has_noun = start
    speaker: Range | None = None
    if phrase_has_noun:
        sb = n
    else:
        source = _source(sc, ev, n, glued, via_verb)
        if source is None:
            return None
        speaker, sb = source
    toks, n0 = ev.table.toks, ev.n0
    if via_verb:  # حسبما نقلت، وفق ما أفادت، على ما أفاد: the verb is part of the cue
        verb_n = next(m for m in range(ev.n1 + 1, n) if toks[m].word)
        ev.j = toks[verb_n].end
    b = len(toks)
    if n0 == 1 and toks[0].text == "وذلك" and ev.sent > 0 and (sb >= b or toks[sb].text in PUNCT_STOP):
        before = _previous_sentence(sc, ev.sent - 1)  # ... الماضي. وذلك بحسب الإحصاءات: the sentence before
        return ev.fill(speaker, before, "according_to", None, fixed=True, cut=ev.i) if before else None
    # content: after the source when the cue opens its sentence or the source is followed by فإن
    # (``...، وبحسب الوزارة، فإن ...``: the clause after فإن, wherever the phrase stands), else the
    # clause before it
    after = sb
    while after < b and toks[after].text in "،,":
        after += 1
    opens = n0 == 0 or all(toks[m].text in OPENING_JOINERS for m in range(0, n0)) \
        or (after < b and toks[after].text in FA_INNA_ONLY) \
        or (after > sb and after < b and _after_fronted(sc, toks, n0))
    if opens:
        m = sb
        fa = next((x for x in range(sb, min(b, sb + 15)) if toks[x].text in FA_INNA_ONLY), -1)
        if fa >= 0:  # وفقا لتقارير X بنسبة ...، فإن ...: the sourced clause follows فإن
            m = fa + 1
        while m < b and (toks[m].text in "،,:" or toks[m].text == "فقد" or FA_INNA.fullmatch(toks[m].text)):
            m += 1  # (ووفقا لX: "..."، وبحسب X فقد ...)
        if m >= b:
            return None
        content, _how, fixed = content_after(sc, ev.table, m)
        return ev.fill(speaker, content, "according_to", None, fixed=fixed, cut=ev.i)
    if sb < b and COMPLEMENTIZER.fullmatch(toks[sb].text):  # والدليل طبقا للتقارير أن ...: the أن clause
        content, _how, fixed = content_after(sc, ev.table, sb + 1, clause=True)  # (inside a clause: no cut)
        return ev.fill(speaker, content, "according_to", None, fixed=fixed)
    by_pronoun = phrase_has_noun or (sb - n == 1 and PRONOUN_END.search(toks[n].text) is not None)  # وفق تقديره
    quoted = _quotation_before(sc, toks, n0 - 1)
    before = sourced_clause(sc, ev.table, n0 - 1, relative=by_pronoun) or quoted
    if quoted is not None and before is not None and quoted[0] < before[0] < quoted[1]:
        before = quoted  # "... قالت إنها ..." على حد نص البيان: no clause starts inside the quotation it follows
    if before is None:
        return None
    if goes_on(sc, toks, n0, sb):  # وهو مشروع، حسب الوزارة، يشمل ...: the clause on both sides of the source
        inner = sourced_clause(sc, ev.table, n0 - 1, relative=by_pronoun, aside=True) or before
        rel = _relative_verb_before(toks, n0) if by_pronoun else -1
        begin = toks[rel].start if rel >= 0 and toks[rel].start > inner[0] else inner[0]
        return ev.fill(speaker, (begin, ev.table.end), "according_to", None)
    return ev.fill(speaker, before, "according_to", None, fixed=True, cut=ev.i)


#: How many words a fronted adverbial before a source phrase may hold (``وفي وقت الإطلاق، وبحسب X، ...``).
FRONTED_MAX = 8


def _after_fronted(sc: Scope, toks: Sequence[Token], n0: int) -> bool:
    """Whether the source phrase at token ``n0`` follows only a fronted adverbial and its comma (``وفي صباح
    الافتتاح، وبحسب موظف في البلدية، قالت اللجنة إن ...``): a phrase of a preposition, with no verb or
    complementizer, opens the sentence; the phrase then sources the clause after it."""
    if n0 < 2 or n0 - 1 > FRONTED_MAX or toks[n0 - 1].text not in "،," or toks[n0].text[:1] != "و":
        return False
    first = toks[0].text
    if first.removeprefix("و") not in PREPOSITIONS and first not in DURING:
        return False
    return all(toks[m].word and sc.cue_at(toks[m].text) is None and not COMPLEMENTIZER.fullmatch(toks[m].text)
               for m in range(1, n0 - 1))


def _relative_verb_before(toks: Sequence[Token], n0: int) -> int:
    """The verb right after a relative pronoun a few words before a source by pronoun inside a clause
    (``النواب الذين يؤخرون في رأيه كل إصلاح``: the relative clause is what the phrase sources), or -1."""
    for m in range(n0 - 1, max(-1, n0 - 4), -1):
        if not toks[m].word:
            return -1
        if toks[m].text in RELATIVE and m + 1 < n0:
            return m + 1
    return -1


def _quotation_before(sc: Scope, toks: Sequence[Token], m: int) -> Range | None:
    """The quotation that ends at token ``m`` (commas skipped): ``"..."، حسب صحيفة X``، ``«...» وفق تعبيره``."""
    while m >= 0 and toks[m].text in "،,":
        m -= 1
    if m < 1 or toks[m].text not in QUOTE_CHARS or closer_for(sc, toks[m].start):
        return None
    p = toks[m].start
    opener = {"”": "“", "»": "«", '"': '"'}.get(sc.t[p])
    o = sc.t.rfind(opener, max(toks[0].start, p - QUOTE_MAX), p) if opener else -1
    return (o + 1, p) if o >= 0 and p - o > 2 else None


def _previous_sentence(sc: Scope, k: int) -> Range | None:
    """The clause that ends stretch ``k`` (its final marks skipped)."""
    prev = sc.sent(k)
    m = len(prev.toks) - 1
    while m >= 0 and not prev.toks[m].word:
        m -= 1
    return sourced_clause(sc, prev, m) if m >= 0 else None


def goes_on(sc: Scope, toks: Sequence[Token], n0: int, sb: int) -> bool:
    """Whether the clause goes on after a source phrase from token ``n0`` to ``sb`` (it stood mid-clause).

    It does when the phrase stands between commas and a word of the clause follows
    (``مشروع، حسب الوزارة، يشمل``), or when the phrase has no comma before it and a word follows it
    directly (``يعيد حسب البيان سيناريو``); a word that opens a clause of its own (و/ف، a cue, a
    connector, a participle) or a time word (``مساء السبت``) does not go on.
    """
    b = len(toks)
    comma_before = n0 > 0 and toks[n0 - 1].text in "،,"
    n = sb + 1 if sb < b and toks[sb].text in "،," else sb
    if n >= b or not toks[n].word or (n == sb and comma_before):
        return False
    w = toks[n].text
    if w[:1] in "وف" or sc.cue_at(w) is not None or w in sc.w.connector or CIRCUMSTANTIAL.fullmatch(w) \
            or w in sc.w.time or w in sc.w.stop:
        return False
    return n == sb or clause_ends().end(sc.t, toks[sb].start, toks[n].end) == toks[n].end


@functools.cache
def _medium_or_text() -> frozenset[str]:
    """The verbs of the media and of texts in ``cue_words.tsv`` (``تناولته``، ``جاء``): a source may follow
    them after وفق ما / حسب ما although they are no cues."""
    roles = cue_words()
    return roles.get("medium", frozenset()) | roles.get("text", frozenset())


@functools.cache
def _named_nouns(ws: Words) -> frozenset[str]:
    """The nouns that name a source (sources, documents, outlets, titles) in the speaker words ``ws``."""
    return ws.source | ws.doc | ws.media | ws.title


def _source_start(sc: Scope, ev: Event) -> tuple[int, bool, bool, bool] | None:
    """Where the source phrase starts: (token, glued, via a verb, the phrase holds its noun); None if none."""
    toks, n1 = ev.table.toks, ev.n1
    b = len(toks)
    n = n1 + 1
    glued = toks[n1].end > ev.j  # وفقا لوزارة: the source starts inside the last token
    if glued:
        n = n1
    # على حد قوله، بحسبه، برأيها: the phrase names its source by a noun or a pronoun of its own
    phrase_has_noun = not glued and (toks[n1].text in sc.lex.speech_nouns
                                     or (toks[n1].end == ev.j and PRONOUN_END.search(toks[n1].text) is not None))
    via_verb = sc.t[ev.i:ev.j].endswith("ما")
    if n < b and toks[n].text in sc.lex.speech_nouns and not via_verb:  # (بحسب ما ذكره: ذكره is the verb)
        n += 1
        phrase_has_noun = True
    if via_verb:  # وفقا لما ذكرته الوزارة، حسبما أفاد مصدر
        if n >= b:
            return None
        verb = toks[n].text
        base = verb[:-2] if verb.endswith(("ته", "ها")) else verb[:-1] if verb.endswith("ه") else verb
        words = cue_words()
        if not (sc.cue_at(verb) or sc.cue_at(base) or sc.cue_at(base + "ت")
                or {base, base[:-1]} & _medium_or_text()):
            return None  # (وفق ما تناولته وسائل الإعلام: a verb of the media, no cue of its own)
        n += 1
        if n < b and toks[n].text in PRONOUN_PREP:  # حسب ما أفادت به مصادر
            n += 1
        elif n < b and toks[n].text in IN_ON and {verb, verb[:-1]} & words.get("text", frozenset()):
            n += 1  # حسب ما جاء في بيان X، وفق ما ورد في تقرير X: the text that says it is the source
        while n + 1 < b and _adverb(sc, toks[n].text) and toks[n + 1].word:
            n += 1  # حسب ما أعلنت سابقا المتحدثة، وفق ما أفاد أمس مصدر: an adverb between the verb and its source
    return n, glued, via_verb, phrase_has_noun


def _source(sc: Scope, ev: Event, n: int, glued: bool, via_verb: bool) -> tuple[Range | None, int] | None:
    """The source phrase from token ``n``: (its span, the token after it), or None when it names no source."""
    toks, cf = ev.table.toks, ev.cf
    b = len(toks)
    if via_verb and n < b and toks[n].text in QUOTE_CHARS:  # حسبما نقلت "رويترز": a quoted outlet
        close = next((m for m in range(n + 1, min(b, n + 8)) if toks[m].text in QUOTE_CHARS), -1)
        if close > n + 1:
            return (toks[n + 1].start, toks[close - 1].end), close + 1
    sa, sb = noun_phrase(sc, toks, n, min(b, n + 15), allow_l=True, first_ok=glued)
    sb = next((m for m in range(sa + 1, sb - 1) if toks[m].text in "،," and _present_verb(sc, toks[m + 1].text)), sb)
    if sb <= sa:
        return None
    head = toks[sa].text
    if glued:
        head = "ال" + head[2:] if head.startswith("لل") else head[1:]
    stems = {head, head[2:] if head.startswith("ال") else "ال" + head, PRONOUN_END.sub("", head)}
    if head in _LATEST and sa + 1 < sb:  # وفقا لآخر التحديثات: the noun after آخر decides
        stems.add(toks[sa + 1].text)
    if stems & sc.w.nonsource:
        return None
    possessed = PRONOUN_END.search(head) is not None and sc.v.original[sc.v.offsets[toks[sa].end - 1]] != "ة"
    in_text = via_verb and n > 0 and toks[n - 1].text in IN_ON  # وفق ما جاء في تدخله: a text, possessed or not
    if via_verb and not glued and possessed and not in_text and not stems & _named_nouns(sc.w):
        return None  # على ما يقدر ثمنه بـ ...: a possessed noun after the verb is its object, no source
    if cf.lemma in _MEASURED and not via_verb and not stems & _named_nouns(sc.w):
        # a name may follow وفقا لـ or حسب, a rule or a measure may not: a short phrase closed by a comma or
        # فإن; a definite name only after a comma, closing its sentence (``...، وفقا للإنتربول.``)
        nxt = toks[sb].text if sb < b else "."
        closing = sb - sa <= 3 and nxt in ".!?؟" and ev.n0 > 0 and toks[ev.n0 - 1].text in "،,"
        after = sb + 1 if nxt in "،," else sb
        main = after < b and (toks[after].text in FA_INNA_ONLY or toks[after].text == "فقد")  # ...، وبحسب التجار، فإن
        opening = main or (sb - sa <= 3 and (  # وبحسب البورصة، ...
            ev.n0 == 0 or all(toks[m].text in ("و", "ف") for m in range(ev.n0))))
        shaped = not head.startswith("ال") and sb - sa <= 3 and (nxt in "،,." or FA_INNA.fullmatch(nxt))
        if not (closing or opening or shaped):
            return None
    speaker = sc.span_of(toks, sa, sb)
    if glued and speaker is not None:
        speaker = (max(speaker[0], ev.j), speaker[1])
    if cf.lemma == "بالنسبة ل":  # بالنسبة لـX، فإن ...: a framing only with its فإن
        m = sb
        while m < b and toks[m].text in "،,":
            m += 1
        if m >= b or not FA_INNA.fullmatch(toks[m].text) or not toks[m].text.startswith("ف"):
            return None
    return speaker, sb


def that_said(sc: Scope, ev: Event) -> Event | None:
    """``... . أوضح ذلك رئيس الوزراء لدى زيارته``، ``صرح بذلك المتحدث``: a cue opening its sentence
    with ``ذلك`` (after its preposition, if any) and a speaker reports the sentence before it."""
    toks, n0, n1, cf = ev.table.toks, ev.n0, ev.n1, ev.cf
    if n0 != 0 or ev.sent == 0 or cf.form not in ("past", "present"):
        return None
    n = n1 + 1
    if n < len(toks) and toks[n].text in (*THAT_OBJECT, cf.prep + "ذلك" if len(cf.prep) == 1 else ""):
        n += 1
    elif n + 1 < len(toks) and cf.prep and toks[n].text == cf.prep and toks[n + 1].text == "ذلك":
        n += 2
    else:
        return None
    sa, sb = noun_phrase(sc, toks, n, min(len(toks), n + 14))
    if sb <= sa:
        return None
    a, b = sc.bounds[ev.sent - 1]
    b = trim_end(sc, a, b)
    while a < b and sc.t[a].isspace():
        a += 1
    if b <= a:
        return None
    return ev.fill((toks[sa].start, toks[sb - 1].end), (a, b), "indirect", fixed=True, cut=ev.i)


def _adverb(sc: Scope, w: str) -> bool:
    """A time word or an adverb of the accusative shape (``سابقا``، ``رسميا``، ``أمس``) between a source
    phrase's verb and its source (``حسب ما أعلنت سابقا المتحدثة``)."""
    return w in sc.w.time or (len(w) >= 5 and w.endswith("ا") and not w.startswith("ال") and sc.cue_at(w) is None)


def _present_verb(sc: Scope, w: str) -> bool:
    """A present-tense verb after the comma that closes a source (``، حسب الوزارة، يشمل ...``): ي + a
    stem, not a word of a speaker phrase."""
    ws = sc.w
    return len(w) >= 4 and w[0] == "ي" and not any(w in x for x in (ws.title, ws.source, ws.doc, ws.media))


#: The source phrases whose rule or measure reading (``وفقا للقانون``، ``حسب احتياج السوق``) is told from a
#: source by the phrase's shape when its head is no source word.
_MEASURED = word_class("measured_source")
#: ``آخر``، ``أحدث`` before the noun that says whether an according-to phrase names a source.
_LATEST = word_class("latest")
