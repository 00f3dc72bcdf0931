"""Speaker and channel stage: who speaks in a cue's zone, and through which outlet.

The zone is the stretch between a cue and its content. Its head phrase is the speaker; an
addressee after it (لوكالة ...، ل (الوطن)، ردا على أسئلة ...) is the channel; with نقل, the phrase
before عن is the channel and the one after it the speaker. A fronted occasion (وفي تصريح لـX، قال)
gives the channel too.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import _compiled
from ..doc import Token, TokenTable
from ..lexicon import CueForm, fold
from ..wordclass import word_class
from .gate import cue_words, object_pronoun
from .media import medium_at
from .scope import Scope
from .source_type import state_name
from .speaker import noun_phrase, possessed_h
from .subject import pre_verbal
from .words import (
    CHANNEL_PREPS,
    COMPLEMENTIZER,
    COPY_NOUNS,
    INTERVIEW_NOUNS,
    PREPOSITIONS,
    PUNCT_STOP,
    QUESTION_NOUNS,
    QUOTE_CHARS,
    RELATIVE,
    SUBJECT_OPENERS,
    THAT_THIS,
    TIME_MODIFIERS,
    VERBAL_NOUN,
    nisba,
)

#: A quotation mark or the parenthesis that opens (``_QUOTE_OR_OPEN``) or closes (``_QUOTE_OR_CLOSE``) a quoted name.
_QUOTE_OR_OPEN = QUOTE_CHARS | {"("}
_QUOTE_OR_CLOSE = QUOTE_CHARS | {")"}


def in_zone(sc: Scope, sent: TokenTable, n0: int, a: int, b: int, cf: CueForm) -> tuple[
        tuple[int, int] | None, tuple[int, int] | None]:
    """Speaker and channel in the tokens [a, b) between a cue and its content."""
    toks = sent.toks
    if a >= b:
        return None, None
    speaker: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    relay = _relayed(toks, a, b, cf)
    if relay is not None:  # نقلت X عن Y، علمت X من مصادر، أفاد موقع X نقلا عن مصادر: X the channel, Y the speaker
        cut, src = relay
        if cut - a >= 3 and toks[a].text in _QUOTE_OR_OPEN and toks[cut - 1].text in _QUOTE_OR_CLOSE:
            channel = toks[a + 1].start, toks[cut - 2].end  # علمت "الشرق" من مصادر، علمت (المدينة) من مصادر
        elif cut > a:
            ca, cb = noun_phrase(sc, toks, a, cut, allow_l=True)
            channel = sc.span_of(toks, ca, cb)
            if channel is not None:  # ونقل حساب الرابطة على موقع تويتر عن ...
                channel = (channel[0], on_medium(sc, toks, cb, cut, channel[1]))
        sa, sb = noun_phrase(sc, toks, src, b)
        speaker = sc.span_of(toks, sa, sb)
        return speaker, channel
    if cf.lemma == "جاء في":
        sa, sb = noun_phrase(sc, toks, a, b, allow_l=True)
        return sc.span_of(toks, sa, sb), None
    w_a, nxt = toks[a].text, toks[a + 1].text if a + 1 < len(toks) else ""
    if (cf.prep and a > n0 + 1 and toks[a - 1].text == cf.prep) or (
            w_a[:1] == "ب" and w_a.endswith("ه") and COMPLEMENTIZER.fullmatch(nxt)):
        return None, None  # شدد على أهمية أن، طالب بضرورة أن: what follows the preposition is no speaker
    if a == n0 + 1 and object_first(sc, toks, n0, a, cf):
        return None, None  # ودعا المواطنين إلى أن، ودعا دول العالم إلى: the verb's object, its subject dropped
    if toks[a].text in cue_words().get("relative", frozenset()) and a + 2 < b and toks[a + 1].word \
            and possessed_h(sc, toks[a + 1]) and sc.cue_at(toks[a + 1].text) is None:
        sa, sb = noun_phrase(sc, toks, a + 2, b)  # تساءلوا عما لخصه المحلل X بقوله إن: X sums it up
        return (sc.span_of(toks, sa, sb) if sb > sa else None), channel_after(sc, toks, a, max(sa, sb), b)
    sa, sb = noun_phrase(sc, toks, a, b)
    k = state_name(toks, sa, sb)
    if 0 < k < sb - sa and toks[sa + k].word and not nisba(toks[sa + k].text) and toks[sa + k].text[:1] != "و":
        sb = sa + k  # وتعتبر موسكو توسع الحلف "تهديدا": a state takes no genitive; the words after it are the object
    if cf.prep == "ب":  # وطالب النائب بتوفير ...: the verb's ب + a verbal noun ends its subject
        sb = next((m for m in range(sa + 1, sb) if _BI_MASDAR.fullmatch(toks[m].text)), sb)
    if sb <= sa and a + 1 < b and toks[a].text[:1] == "ل":
        first = channel_first(sc, toks, a, b)
        if first is not None:  # وقال لرويترز مسؤول كبير إن، كشف لـ"الوطن" مصدر مطلع أن: the medium, then the speaker
            return first
    if sb <= sa and toks[a].text in "،,":
        sa, sb = after_adverbial(sc, toks, a, b)
    elif sb <= sa and toks[a].text in sc.w.time:
        sa, sb = after_time(sc, toks, a, b)
    elif sb <= sa and toks[a].text in THAT_THIS and a + 1 < b:
        sa, sb = noun_phrase(sc, toks, a + 1, b)  # أوضح ذلك رئيس الوزراء: the object, then the speaker
    if sb - sa > 2 and toks[sa].text in QUOTE_CHARS and toks[sb - 1].text in QUOTE_CHARS:
        speaker = sc.span_of(toks, sa + 1, sb - 1)  # وقالت «الرابطة الدولية»: the name without its marks
    else:
        speaker = sc.span_of(toks, sa, sb) if sb > sa else None
    if speaker is not None and cf.form in ("past", "present"):
        subject = fronted_subject(sc, sent, n0)
        if subject is not None:  # إن مايك بنس أبلغ السيسي بأن: the phrase after the verb is its object
            return subject, channel_after(sc, toks, a, sb, b)
    if sb - sa == 1 and b - sb <= 2 and cf.meaning == "describe" and not toks[n0].text.endswith(("ه", "ها", "هم")) \
            and (sb == b or toks[sb].text not in "،,") and toks[sa].word and not _state_then_object(toks, sa, sb, b):
        return None, None  # ووصفت الخطوة بأنها، وصفت سنغافورة بأنها: one noun before بأن is what is described
    if sb - sa >= 2 and cf.meaning in ("describe", "accuse") and not object_pronoun(toks[n0].text, sc.lex.forms):
        e = described_object(sc, toks, sa, sb)
        if e < sb:  # ووصف الوزير الاتفاق بأنه: the described noun is the object, not the speaker
            speaker, sb = sc.span_of(toks, sa, e), e
    return speaker, channel_after(sc, toks, a, sb if sb > sa else a, b)


def _state_then_object(toks: Sequence[Token], sa: int, sb: int, b: int) -> bool:
    """Whether the one-word phrase ``[sa, sb)`` is a state with the verb's object after it, in the zone
    (``ووصفت واشنطن فيلق القدس بأنه``) or right after the zone a quoted object cut
    (``وصفت بكين فرض الرسوم "انتهاكا"``); ``ووصفت بكين بأنها`` stays undecided (the object)."""
    if not state_name(toks, sa, sb):
        return False
    if sb < b:
        return True
    return b < len(toks) and toks[b].word and not COMPLEMENTIZER.fullmatch(toks[b].text) \
        and not toks[b].text.startswith("بان")


def described_object(sc: Scope, toks: Sequence[Token], sa: int, sb: int) -> int:
    """Where the object of a verb of describing or accusing starts at the end of the phrase ``[sa, sb)``
    (``الرئيس الأمريكي الاتفاق``، ``وزير الخارجية الفرنسي الهجوم``): a verbal noun of a derived form
    after a word (``الوزير تعليق نظيره``), else the last definite noun before any relative pronoun, with the
    relative adjectives after it, after a definite word (after an indefinite one it is a genitive:
    ``بعض المنابر``); ``sb`` when there is none."""
    k = state_name(toks, sa, sb)
    if k:  # ووصفت واشنطن فيلق القدس بأنه، وصفت بكين فرض الرسوم "انتهاكا": a state takes no genitive
        return sa + k
    for m in range(sa + 1, sb):
        if MASDAR.fullmatch(toks[m].text) and toks[m - 1].word:
            return m  # ووصف الوزير تعليق نظيره بأنه: a verbal noun after the subject opens the object
        if toks[m].text in RELATIVE and toks[m - 1].word:  # (after a comma: the speaker's own apposition)
            sb = m  # ووصف الوزير القرار الذي أعلنته الحكومة بأنه: the object is the noun the clause describes
            break
    e = sb
    while e - 1 > sa and toks[e - 1].text.startswith("ال") and nisba(toks[e - 1].text):
        e -= 1
    w = toks[e - 1].text
    if e - 1 > sa and w.startswith("ال") and not nisba(w) and w not in sc.w.title \
            and toks[e - 2].text.startswith("ال"):  # (بعض المنابر، فيلق القدس: a genitive, no object)
        return e - 1
    return sb


def fronted_subject(sc: Scope, sent: TokenTable, n0: int) -> tuple[int, int] | None:
    """The subject written before a verb that opens no clause of its own (no و/ف), right after
    ``إن``/``أن``: ``قال البيت الأبيض إن نائب الرئيس أبلغ الرئيس بأن ...`` (at the sentence start a
    fronted phrase is no subject: ``وخلال المؤتمر أكد الوزير``)."""
    toks = sent.toks
    w0 = toks[n0].text
    if n0 == 0 or (w0[:1] in "وف" and w0[1:] in sc.lex.forms) or not toks[n0 - 1].word:
        return None  # (بأن الصحيفة تتأثر بالبنك، تعهد المالك: after a comma the verb opens a clause of its own)
    subject = pre_verbal(sc, sent, n0)
    if subject is None:
        return None
    s0 = sent.at(subject[0])
    opener = toks[s0 - 1].text if s0 else ""
    if s0 is None or s0 == 0 or not (COMPLEMENTIZER.fullmatch(opener) or opener in SUBJECT_OPENERS):
        return None  # (ولكن وزير الخارجية حذر الرئيس من أن: after لكن، بينما، فيما too)
    return subject


def channel_first(sc: Scope, toks: Sequence[Token], a: int, b: int) -> tuple[
        tuple[int, int], tuple[int, int]] | None:
    """Speaker and channel when a medium glued to ``ل`` comes right after the verb, before its subject:
    ``وقال لرويترز مسؤول كبير إن``، ``كشف لـ"الوطن" مصدر مطلع أن``، ``وأكد لوكالة الأنباء الألمانية
    الوزير أن``; None when no medium opens the zone or no phrase follows it."""
    channel = addressee_at(sc, toks, a, b)
    if channel is None:
        return None
    e = next((m for m in range(a + 1, b) if toks[m].start >= channel[1]), b)
    cut = next((m for m in range(a + 2, e) if toks[m].word and not toks[m].text.startswith(("ال", "وال")) and (
        toks[m - 1].text.startswith("ال") or _closing_mark(toks, a, m - 1))), e)
    if cut < e:  # لوكالة الأنباء الفرنسية مصدر، لصحيفة "الوطن" مصادر: an indefinite noun opens the subject
        channel, e = (channel[0], toks[cut - 1].end), cut
    while e < b and toks[e].text in _QUOTE_OR_CLOSE:
        e += 1  # (the closing mark of a quoted name)
    if e >= b or e - a > 8:
        return None
    sa, sb = noun_phrase(sc, toks, e, b)
    speaker = sc.span_of(toks, sa, sb) if sb > sa else None
    return (speaker, channel) if speaker is not None else None


def _closing_mark(toks: Sequence[Token], a: int, m: int) -> bool:
    """Whether token ``m`` is a quotation mark that closes one opened after token ``a``."""
    if toks[m].text not in QUOTE_CHARS:
        return False
    return sum(toks[x].text in QUOTE_CHARS for x in range(a + 1, m + 1)) % 2 == 0


#: The prepositions that open an adverbial between commas after a cue (في، خلال، أمام ...), folded.
_ADVERBIAL_PREPS = PREPOSITIONS | CHANNEL_PREPS


def after_adverbial(sc: Scope, toks: Sequence[Token], a: int, b: int) -> tuple[int, int]:
    """``وقال، في مؤتمر صحفي أمس، وزير المالية إن``: the speaker after an adverbial between commas
    (a whole phrase that runs to the content's introducer), or the speaker itself between commas
    (``وأوضح، سالم الدباغ، في تصريح ...، أن``); ``(a, a)`` when there is none."""
    c = next((m for m in range(a + 1, min(b, a + 10)) if toks[m].text in "،,"), -1)
    if c < 0 or c + 1 >= b:
        return a, a
    if toks[a + 1].text not in _ADVERBIAL_PREPS:
        sa, sb = noun_phrase(sc, toks, a + 1, b)  # وأوضح، سالم الدباغ، في تصريح ...، أن: the speaker between commas
        return (sa, sb) if sb > sa and sb < b and toks[sb].text in "،," else (a, a)
    sa, sb = noun_phrase(sc, toks, c + 1, b)
    return (sa, sb) if sb > sa and sb == b else (a, a)


def after_time(sc: Scope, toks: Sequence[Token], a: int, b: int) -> tuple[int, int]:
    """``وقال أمس وزير المالية إن``، ``وأكد مساء الأحد الماضي رئيس البلدية أن``، ``وقال حينها الوزير``: the
    speaker after a time phrase written between the verb and its subject (time words of
    ``speaker_words.tsv`` and the modifiers of a period); ``(a, a)`` when no phrase follows it."""
    m = a
    while m < min(b, a + 4) and (toks[m].text in sc.w.time or toks[m].text in TIME_MODIFIERS
                                 or (toks[m].text == "الاول" and toks[m - 1].text == "امس")):  # أمس الأول
        m += 1
    if m >= b:
        return a, a
    sa, sb = noun_phrase(sc, toks, m, b)
    return (sa, sb) if sb > sa else (a, a)


def channel_after(sc: Scope, toks: Sequence[Token], a: int, sb: int, b: int) -> tuple[int, int] | None:
    """The medium named in the zone tokens [sb, b) after the speaker: ``لوكالة ...``، ``ل (الوطن)``،
    ``لبي بي سي``، ``على تويتر``، ``عبر منصة إكس``، ``في مقابلة مع صحيفة ...``، ``ردا على أسئلة ...``."""
    m = sb
    while m < b:
        w = toks[m].text
        if w == "ل" and m + 1 < b:
            channel = addressee_at(sc, toks, m, b)
            if channel is not None:
                return channel
        if (w in QUESTION_NOUNS or (w == "مع" and m > sb and (toks[m - 1].text in INTERVIEW_NOUNS or (
                m - 1 > sb and toks[m - 2].text in INTERVIEW_NOUNS)))) \
                and m + 1 < b and medium_at(toks, m + 1, b) is None:  # ردا على أسئلة وكالة ...، اتصال هاتفي مع
            ca, cb = noun_phrase(sc, toks, m + 1, b, allow_l=True)
            if cb - ca > 2 and toks[ca].text in QUOTE_CHARS and toks[cb - 1].text in QUOTE_CHARS:
                ca, cb = ca + 1, cb - 1  # مع "الشروق": the name without its marks
            if cb > ca:
                return sc.span_of(toks, ca, cb)
        if w in QUOTE_CHARS and m + 2 < b:  # زودت "الرياض" بنسخة منه: the outlet that received the text
            close = next((x for x in range(m + 2, min(b, m + 6)) if toks[x].text in QUOTE_CHARS), -1)
            if 0 < close < b - 1 and toks[close + 1].text.startswith(COPY_NOUNS):
                return toks[m + 1].start, toks[close - 1].end
        if toks[m].word and not (m > a and toks[m - 1].text in PREPOSITIONS and w[0] == "ل"):
            channel = medium_span(sc, toks, m, b)
            if channel is not None:
                return channel
        m += 1
    return None


def medium_span(sc: Scope, toks: Sequence[Token], m: int, b: int) -> tuple[int, int] | None:
    """The span of a medium starting at token ``m`` (its glued ``ل`` left out), or None.

    An outlet or platform name is the medium; a kind word takes the name after it
    (``وكالة الأنباء الفرنسية``، ``صحيفة "الوطن"``، ``موقعها الإلكتروني``).
    """
    found = medium_at(toks, m, b)
    if found is None:
        return None
    start, kind, e = found
    if kind == 1 and sc.t.startswith("ال", start):  # الجريدة، للتلفزيون الألماني: the word and its adjectives
        while e < b and toks[e].word and toks[e].text.startswith("ال") and not sc.is_stop(toks[e].text):
            e += 1
    elif kind == 1:
        _, e = noun_phrase(sc, toks, m, b, allow_l=True, first_ok=True)
        e = max(e, m + 1)
        # a medium's name has no apposition or coordinated clause (صحيفة الرياض وأعاد تغريدها، ...)
        quoted = False
        for x in range(m + 1, e):
            w = toks[x].text
            quoted ^= w in QUOTE_CHARS  # (لموقع “وين وين”: a quoted name keeps its words)
            if not quoted and (w in "،," or (w[:1] == "و" and not w.startswith("وال") and len(w) > 2)):
                e = x
                break
    if e + 2 < b and toks[e].text == "(":  # هيئة الإذاعة البريطانية (بي.بي.سي): its short name
        close = next((x for x in range(e + 2, min(b, e + 8)) if toks[x].text == ")"), -1)
        if close > 0:
            e = close + 1
    return start, on_medium(sc, toks, e, b, toks[e - 1].end)


def on_medium(sc: Scope, toks: Sequence[Token], e: int, b: int, end: int) -> int:
    """Where a medium's phrase ending at token ``e`` (offset ``end``) ends when ``على`` + another
    medium follows it: ``موقع النادي على الإنترنت``، ``حساب الرابطة على موقع تويتر``."""
    if e + 1 < b and toks[e].text == "علي" and medium_at(toks, e + 1, b) is not None:
        further = medium_span(sc, toks, e + 1, b)
        if further is not None:
            return further[1]
    return end


def _relayed(toks: Sequence[Token], a: int, b: int, cf: CueForm) -> tuple[int, int] | None:
    """Where a relayed source starts in the zone [a, b): (end of the channel, start of the speaker), or None.

    ``نقلا عن`` after the subject (أفاد موقع X نقلا عن مصادر) or the governed preposition of a
    ``relay`` verb (نقلت X عن Y، علمت X من مصادر) hands the speaker's place to the phrase after it.
    """
    for m in range(a + 1, b - 1):
        if toks[m].text == "نقلا" and toks[m + 1].text == "عن":
            return m, m + 2
    if "relay" in cf.flags:
        if a > 0 and toks[a - 1].text == cf.prep:
            return a, a  # ونقلت عن الوزير، وعلم من مصادر: the phrase after the preposition, no channel
        an = next((m for m in range(a, b) if toks[m].text == cf.prep), -1)
        if an >= a:  # (وعلم من مصادر أن: passive, no channel)
            return an, an + 1
    return None


def fronted_channel(sc: Scope, toks: Sequence[Token], n0: int) -> tuple[int, int] | None:
    """The outlet of a fronted occasion, ``وفي تصريح لـ"هسبريس"، قال ...``: its addressee is the channel,
    and so is a medium named anywhere in the occasion (``وفي مقابلة مع قناة X،``، ``وخلال لقاء مع
    تلفزيون X،``، ``وفي تصريحات أدلى بها لقناة X،``)."""
    if n0 < 4 or toks[n0 - 1].text not in "،,":
        return None
    a = n0 - 2
    while a > 0 and n0 - a < 12 and toks[a].text not in _FRONTED:
        a -= 1
    if toks[a].text not in _FRONTED or (a > 0 and toks[a - 1].text not in "،,.:") or a + 2 >= n0 - 1:
        return None
    if not sc.occasion(toks[a + 1].text):
        return None
    m = a + 2
    if toks[m].text == "ل" or (toks[m].word and sc.l_prefixed(toks[m].text)):
        return addressee_at(sc, toks, m, n0 - 1)
    return channel_after(sc, toks, a + 1, a + 2, n0 - 1)


def trailing_channel(sc: Scope, sent: TokenTable, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """The medium of an occasion named after the content: ``...، وذلك في مقابلة له مع صحيفة X``،
    ``...، وذلك خلال حديث لقناة X`` (the clause ends at ``وذلك``; the occasion is the report's own)."""
    if content is None:
        return None
    toks = sent.toks
    for found in _AND_THAT.finditer(sc.t, content[0], sent.end):  # found in C, not by a loop over tokens
        m = sent.at(found.start())
        if m is None:
            continue
        if m >= len(toks) - 3:
            return None
        if toks[m + 2].text not in _FRONTED or not sc.occasion(toks[m + 3].text):
            return None
        b = next((x for x in range(m + 3, min(len(toks), m + 20)) if toks[x].text in PUNCT_STOP),
                 min(len(toks), m + 20))
        return channel_after(sc, toks, m + 3, m + 4, b)
    return None


def where_channel(sc: Scope, toks: Sequence[Token], n0: int) -> tuple[int, int] | None:
    """The medium of the clause before ``حيث`` when the cue follows it (``جاء ذلك في تغريدات على صفحته
    بموقع تويتر، حيث قال``): an occasion word, then a medium, in the clause before."""
    if n0 < 3 or toks[n0 - 1].text != "حيث":
        return None
    b = n0 - 1 if toks[n0 - 2].word else n0 - 2
    a = b - 1  # back to the mark before it, at most 24 tokens (no scan from the sentence start per cue)
    while a > max(0, n0 - 25) and toks[a - 1].text not in _CLAUSE_MARKS:
        a -= 1
    occ = next((m for m in range(a, b) if toks[m].word and sc.occasion(toks[m].text)), -1)
    if occ < 0:
        return None
    return channel_after(sc, toks, occ, occ + 1, b)


#: The marks that end the stretch before حيث where its occasion is looked for: a sentence's (not a comma:
#: ``في حسابه على منصة التدوين، إكس، حيث كتب``) and a colon.
_CLAUSE_MARKS = PUNCT_STOP | {":"}

#: A verbal noun of a derived form with its possessive pronoun, if any (``تعليق نظيره``، ``اتخاذ``).
MASDAR = _compiled.compile(VERBAL_NOUN + r"(?:ه|ها|هم|هما)?")
#: ب + a verbal noun: the prepositional object of طالب/ندد/رحب/أشاد بـ (بتوفير، بإطلاق، بتبادل، باتخاذ).
_BI_MASDAR = _compiled.compile("ب" + VERBAL_NOUN)

#: ``، وذلك`` as two tokens: a comma, then the word وذلك.
_AND_THAT = _compiled.compile(r"[،,]\s*وذلك(?![^\W_])")

#: Prepositions that front an occasion before its cue (``وفي تصريح لـX، قال``، ``وخلال لقاء مع X، أكد``).
_FRONTED = word_class("fronted_prep")


def addressee_at(sc: Scope, toks: Sequence[Token], m: int, b: int) -> tuple[int, int] | None:
    """The outlet after ``ل`` at token ``m`` (before ``b``): ``ل (الوطن)``، ``لـ"هسبريس"``، ``لوكالة ...``."""
    if toks[m].text == "ل":
        if m + 1 < b and toks[m + 1].text in _QUOTE_OR_OPEN:
            close = next((x for x in range(m + 2, min(b, m + 8)) if toks[x].text in _QUOTE_OR_CLOSE), None)
            if close is not None and close > m + 2:
                return toks[m + 2].start, toks[close - 1].end
        ca, cb = noun_phrase(sc, toks, m + 1, b, allow_l=True)
        return sc.span_of(toks, ca, cb) if cb > ca else None
    return medium_span(sc, toks, m, b)  # لوكالة ...، لبي بي سي: the outlet after its ل (not للصحفيين)


def object_first(sc: Scope, toks: Sequence[Token], n0: int, a: int, cf: CueForm) -> bool:
    """Whether the word right after the verb cue at ``n0`` is its object, so its subject is dropped:
    a definite sound plural in ين (``ودعا المواطنين إلى أن``; its subject would end in ون), or, after a
    masculine past, an addressee plural of things (``ودعا دول العالم إلى``; the subject would take دعت)."""
    w = toks[a].text
    if not toks[a].word or cf.form not in ("past", "present"):
        return False
    if w.startswith("ال") and w.endswith("ين") and len(w) > 6:
        return True
    bare = toks[n0].text[1:] if toks[n0].text[:1] in "وف" and toks[n0].text[1:] in sc.lex.forms else toks[n0].text
    masculine = cf.form == "past" and bare == fold(cf.lemma)
    return masculine and w in sc.w.addressee and (w.endswith("ات") or w in sc.w.thing_plural)
