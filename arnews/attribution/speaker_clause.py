"""Speaker stage, the clause a participle hangs on: whose subject a participle (``مضيفا``، ``مشيرة``) or a
verbal noun without its own genitive takes when no report of its sentence gives one (:func:`main_subject`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from ..wordclass import word_class
from .channel import MASDAR
from .event import Event
from .gate import relative_object
from .scope import Scope
from .source_type import source_word_table
from .speaker import noun_phrase, place_then_name, possessed_h, titled
from .subject import pre_verbal
from .words import (
    AUXILIARIES,
    CONTRAST,
    DEMONSTRATIVES,
    EMPHATIC,
    NEGATION,
    NOT_CONTRAST,
    NOT_NAME_STARTS,
    PREPOSITIONS,
    QUOTE_CHARS,
    RANKS,
    RELATIVE,
    THAT_THIS,
    TOPIC_PARTICLES,
    comment,
    nisba,
)


def main_subject(sc: Scope, ev: Event) -> tuple[int, int] | None:
    """The subject of the clause the participle (or verbal noun) ``ev`` hangs on, as a view span, or None.

    In order: the subject of a contrast clause before it (:func:`later_clause`), a quoted name and its
    apposition opening the sentence (:func:`quoted_topic`), the subject of the sentence's first verb of the
    lexicon (its object cut off: :func:`object_cut`), the topic of ``أما X فـ...`` (:func:`topic_subject`)
    or of a nominal sentence, else the phrase after the sentence's first word.
    """
    sent = sc.sent(ev.sent)
    toks = sent.toks
    n_ev = sent.at(ev.i)
    if n_ev is None:
        n_ev = len(toks)
    if comment(toks):
        return None  # وهو ما دفع الوزارة إلى ...، مؤكدا: the narrator's comment names no subject
    later = later_clause(sc, toks, n_ev) or quoted_topic(sc, toks, n_ev)
    if later is not None:
        return later
    # the first verb of the lexicon before the participle, else the sentence's first word
    nominal = bool(toks) and toks[0].text.startswith(("ال", "وال")) and toks[0].text not in sc.w.stop \
        and (len(toks) < 2 or toks[1].word)  # (الرياض، ... -- حذرت الهيئة: a dateline is no topic)
    for n in range(min(n_ev, 40) if not nominal else 0):
        tk = toks[n]
        cf = sc.cue_at(tk.text) if tk.word else None
        if cf is not None and cf.form in ("past", "present") and not cf.flags & {"strict", "adjacent"} \
                and not (n > 0 and (toks[n - 1].text in RELATIVE or relative_object(toks, n, cf, sc.lex.forms))):
            # (التي وصفها، بما اعتبره: a relative clause's verb)
            if n > 1 and toks[0].text.removeprefix("و").removeprefix("ف") in AUXILIARIES:
                before = pre_verbal(sc, sent, n)  # وكان البيان (قد) نفى الخبر، مؤكدا: the subject before the verb
                if before is not None:
                    return before
            a, b = noun_phrase(sc, toks, n + 1, n_ev)
            if b <= a and n + 2 < n_ev and toks[n + 1].text in THAT_THIS:
                a, b = noun_phrase(sc, toks, n + 2, n_ev)  # وأكد ذلك رئيس الوزراء، مشيرا: object, then subject
            if cf.prep == "ب":  # وأشاد الوزير بجهود الشرطة، مؤكدا: the verb's ب-phrase ends its subject
                b = next((m for m in range(b - 1, a, -1) if toks[m].text[:1] == "ب"
                          and toks[m].text not in _NAME_LINKS), b)  # (بن، بنت: parts of a name)
            b = object_cut(sc, toks, a, placed_name(sc, toks, a, b, n_ev))  # وانتقد النائب الوضع، مطالبا
            return sc.span_of(toks, a, b) if b > a else pre_verbal(sc, sent, n)
    if not toks or n_ev == 0:
        return None
    ws = sc.w
    v = 0 if toks[0].text[:1] in "وف" else next(  # دبي، الإمارات – وجه الشيخ ...: a dateline before the dash
        (m + 1 for m in range(min(n_ev - 1, 8)) if toks[m].text in _DATELINE_DASHES), 0)
    first = toks[v].text
    if first[:1] == "و" and first[1:] in ws.stop:  # وخلال الاجتماع تدخل X: skip the opening adjunct
        v += 1
        while v < n_ev and toks[v].word and toks[v].text.startswith("ال"):
            v += 1
    if v >= n_ev:
        return None
    first = toks[v].text
    if first in TOPIC_PARTICLES:
        return topic_subject(sc, toks, v, n_ev)
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
            first.startswith(NOT_NAME_STARTS):
        return None
    quoted = quoted_name(toks, v + 1, n_ev)
    if quoted is not None:  # وقدّم "العتيبي" التعازي، مبينا: a family name in quotation marks after the verb
        return sc.span_of(toks, v + 1, quoted)
    a, b = noun_phrase(sc, toks, v + 1, min(n_ev, v + 12))
    b = object_cut(sc, toks, a, placed_name(sc, toks, a, b, min(n_ev, v + 24)))
    return sc.span_of(toks, a, b) if b > a else None


def quoted_name(toks: Sequence[Token], m: int, limit: int) -> int | None:
    """The end (after its closing mark) of a name of one or two words in quotation marks at token ``m``
    (``"العتيبي"``، «آل سعيد»), the way some papers write a surname after its first mention; None when
    no such name is there."""
    if m >= limit or toks[m].text not in QUOTE_CHARS:
        return None
    close = next((x for x in range(m + 1, min(limit, m + 4)) if not toks[x].word), None)
    if close is None or close == m + 1 or toks[close].text not in QUOTE_CHARS:
        return None
    return close + 1


def placed_name(sc: Scope, toks: Sequence[Token], a: int, b: int, limit: int) -> int:
    """The end of the subject ``[a, b)`` of a verb whose object may follow at once: carried over its title's
    place and the name after it (``واستنكر مدير الفرع بالمنطقة الشمالية د. خالد الفهد الاعتداء``), and cut
    after a name that a rank or abbreviated title opens at its family name (one word with ال after the
    first name; a second one is the object)."""
    if a < b < limit and (toks[b].text == "في" or toks[b].text.startswith("بال")) and titled(sc, toks, a):
        e = place_then_name(sc, toks, b, limit, loose=True)
        b = max(b, e)
    r = next((m for m in range(b - 1, a - 1, -1) if toks[m].text == "." or toks[m].text in RANKS), -1)
    f = next((m for m in range(r + 1, b) if toks[m].word and not toks[m].text.startswith("ال")), b) if r >= a else b
    seen = False
    for m in range(f + 1, b):
        if not toks[m].word:
            break  # (الشيخ X آل ثاني، رئيس الوزراء: an apposition is no object)
        if toks[m].text.startswith("ال") and toks[m - 1].text not in _NAME_LINKS:
            if seen:
                return m
            seen = True
    return b


#: Name parts after which a word with ال belongs to the name (عبد الله، أبو الفضل، بن الحسن), folded.
_NAME_LINKS = word_class("name_part_link")
#: "Any" (أي، أية) opening a verb's object, folded.
_ANY = word_class("any")


def quoted_topic(sc: Scope, toks: Sequence[Token], n_ev: int) -> tuple[int, int] | None:
    """A sentence that opens with a quoted name and its apposition between commas: ``"الأهرام"، الصحيفة
    اليومية الأقدم، نشرت الخبر ...، مشيرة`` (the name and the apposition; not a quotation its cue follows:
    ``«لن نتراجع»، قال الوزير``)."""
    if not toks or toks[0].text not in QUOTE_CHARS or n_ev < 5:
        return None
    close = next((m for m in range(2, min(n_ev, 7)) if toks[m].text in QUOTE_CHARS), -1)
    if close < 0 or close + 2 >= n_ev or toks[close + 1].text not in "،," or sc.cue_at(toks[close + 2].text):
        return None
    c = next((m for m in range(close + 3, min(n_ev, close + 12)) if toks[m].text in "،,"), -1)
    if c < 0 or noun_phrase(sc, toks, close + 2, c)[1] != c:
        return None
    return toks[0].start, toks[c - 1].end


def topic_subject(sc: Scope, toks: Sequence[Token], v: int, n_ev: int) -> tuple[int, int] | None:
    """``أما المهندس سامي الحداد رئيس النقابة فتحدث عن الإضراب قائلا``: after the topic particle at token
    ``v``, the words up to the verb glued to ف (not a genitive after a title: ``أما رئيس فريق ...``)."""
    for m in range(v + 2, min(n_ev, v + 14)):
        w = toks[m].text
        if not toks[m].word:
            if w not in "،,":
                return None
            continue
        if w[:1] == "ف" and len(w) > 3 and not w.startswith("في") and toks[m - 1].text not in sc.w.title:
            b = m - 1 if toks[m - 1].text in "،," else m
            return sc.span_of(toks, v + 1, b)
    return None


#: The dash that ends a dateline (``الدوحة، قطر – وجه الوزير ...``).
_DATELINE_DASHES = frozenset({"–", "—", "-"})


def later_clause(sc: Scope, toks: Sequence[Token], n_ev: int) -> tuple[int, int] | None:
    """The subject of the last contrast clause before a participle (``..., في حين دانت المنظمات
    الخطوة واصفة إياها``، ``فيما كانت الصحف اهتمت بالخبر مشيرة``): a participle hangs on the
    nearest clause, its verb right after في حين / بينما / فيما (or كان and the subject first)."""
    k = next((m for m in range(n_ev - 2, -1, -1) if toks[m].text in CONTRAST
              or (m > 0 and toks[m].text == "حين" and toks[m - 1].text == "في")), None)
    if k is None or k + 2 >= n_ev or not toks[k + 1].word or toks[k + 1].text in NOT_CONTRAST:
        return None
    v = k + 1
    if toks[v].text in AUXILIARIES:  # فيما كانت الصحف اهتمت: the subject between كان and its verb
        a, b = noun_phrase(sc, toks, v + 1, n_ev)
        b = next((m for m in range(a + 1, b) if not toks[m].text.startswith(("ال", "وال"))), b)
    else:
        a, b = noun_phrase(sc, toks, v + 1, min(n_ev, v + 12))
        b = object_cut(sc, toks, a, b)
    if b > a and toks[b - 1].text in DEMONSTRATIVES:
        b -= 1
    return sc.span_of(toks, a, b) if b > a else None


def object_cut(sc: Scope, toks: Sequence[Token], a: int, b: int) -> int:
    """The end of a subject before its verb's object: ``وشن الرئيس هجوما على ...``، ``ووجهت متحدثة
    باسم الوزارة انتقادات ...``: an indefinite accusative (``...ا`` before a preposition or an
    adjective) or plural (``...ات``) right after a definite word is the object; so is a possessed
    noun (``وقدم الوزير تعازيه``) and a definite noun that no class knows after a title or body
    (``وانتقد النائب الوضع``; not a relative adjective: ``الرئيس الأمريكي``)."""
    heads = source_word_table().heads
    commas = 0
    for m in range(a + 1, b):
        w, p = toks[m].text, toks[m - 1].text
        if not toks[m].word and w in "،,":
            commas += 1
            if commas == 2 and m + 1 < b:
                return m  # وكشف الأمير X، ولي العهد، موعد الطرح: after the apposition, the object
            continue
        if w in _ANY and toks[m - 1].word:
            return m  # ورفض الجيش أي حلول سياسية، معتبرا: "any" opens the object
        if toks[m].word and p.startswith(("ال", "وال")) and possessed_h(sc, toks[m]) and w not in EMPHATIC \
                and not w.startswith("ال"):
            return m
        if toks[m].word and w.startswith("ال") and p.startswith("ال") and not _adjective(sc, w) \
                and heads.get(w[2:]) not in ("person", "unnamed") and w not in sc.w.title \
                and (heads.get(p[2:]) in ("person", "official_body") or _family_name(p) if m == a + 1
                     else p.endswith(("ي", "يين", "يون")) or p in sc.w.epithet):  # (الولاية: ية ends nouns too)
            return m  # (وثمن العمري الدور الكبير، مؤكدا: a family name alone, then the object)
        if toks[m].word and not w.startswith("ال") and MASDAR.fullmatch(w) and p.startswith(("ال", "وال")):
            return m  # واقترح رئيس البعثة إحداث لجنة، معتبرا: a derived verbal noun opens the object
        if not toks[m].word or w.startswith("ال") or not p.startswith(("ال", "وال")) or len(w) < 4:
            continue
        nxt = toks[m + 1].text if m + 1 < len(toks) else ""
        if w.endswith("ات") or (w.endswith("ا") and (nxt in PREPOSITIONS or (nxt.endswith("ا") and len(nxt) > 3))):
            return m
    return b


def _family_name(w: str) -> bool:
    """A family name written alone with its article (``العمري``، ``القحطاني``): a relative adjective's shape
    that no class of ``source_types.tsv`` knows, standing first in its phrase."""
    return w.startswith("ال") and w.endswith("ي") and len(w) > 4 and source_word_table().heads.get(w[2:]) is None


def _adjective(sc: Scope, w: str) -> bool:
    """A relative adjective (``الأمريكي``، ``الفرنسية``) or an epithet of a title (``العام``، ``السابق``)."""
    return nisba(w) or w in sc.w.epithet
