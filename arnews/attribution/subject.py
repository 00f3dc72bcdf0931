"""The subject written before its verb (``العثماني أشار أن``، ``وكانت الوزارة قد أعلنت``، ``أما X فقالت``), and the
antecedent of a relative clause whose verb is the cue (``الخبراء الذين أكدوا أن``): read back from the cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token, TokenTable
from .gate import cue_words
from .scope import Scope
from .source_type import source_word_table
from .speaker import name_word, particle_name
from .words import (
    AMONG_THEM,
    AUXILIARIES,
    BACK,
    COMPLEMENTIZER,
    FA_INNA,
    L_NAME_STARTS,
    NOT_SUBJECT_STARTS,
    OBJECT_CLITICS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    PRONOUN_PREP,
    QAD,
    QUOTE_CHARS,
    RELATIVE,
    RELATIVE_SUBJECT,
    RESUMPTIVE,
    ZONE_BREAK,
    nisba,
)


def pre_verbal(sc: Scope, sent: TokenTable, n0: int) -> tuple[int, int] | None:
    """A subject written before its verb: ``العثماني أشار أن``, ``أما X فقالت``.

    None for a pronoun (``وهم يعتقدون أن``) and for a verb in a relative clause of the noun before
    it (``مقابلة أكد فيها أن``: the interview is no speaker).
    """
    toks = sent.toks
    if n0 + 1 < len(toks) and toks[n0 + 1].text in RESUMPTIVE:
        return None
    framed = kana_qad(sc, toks, n0)
    if framed is not None:  # وكانت وزارة الخارجية في اليابان قد أعلنت: the whole stretch between كان and قد
        return framed
    n = n0 - 1
    if n >= 0 and toks[n].text in QAD:
        n -= 1
    if n > 0 and toks[n].text in AUXILIARIES:  # الوزير كان قد قال، الوزيرة كانت قالت: the subject before كان
        n -= 1
    if n >= 0 and toks[n].text in RELATIVE:
        return relative_antecedent(sc, toks, n, n0)
    lo = max(0, n0 - BACK)
    a, b = _subject_stretch(sc, toks, n, n0, lo)
    return _checked_subject(sc, toks, a, b, lo)


def _subject_stretch(sc: Scope, toks: Sequence[Token], n: int, n0: int, lo: int) -> tuple[int, int]:
    """The stretch ``[a, b)`` of words before the verb at ``n0`` that may be its subject, read back from
    token ``n`` (the last word before the verb and its auxiliaries) to ``lo``: it stops at a
    complementizer, a connector, another cue or a mark, and steps over a quoted name, a bracket, an
    aside opened by بينهم and one comma right before the verb."""
    b = n + 1
    comma_used = False
    ws = sc.w
    while n >= lo:
        tk = toks[n]
        w = tk.text
        if not tk.word:
            if w in QUOTE_CHARS and (n < b - 1 or (n == n0 - 1 and _closing(toks, n))):  # وكالة "يونهاب" ... قالت:
                o = next((m for m in range(n - 1, max(lo, n - 6) - 1, -1) if toks[m].text in QUOTE_CHARS), None)
                if o is not None and o < n - 1 and o > lo and toks[o - 1].word \
                        and (n < b - 1 or (n - o <= 4 and not sc.is_stop(toks[o - 1].text))):  # رئيس "X" أبدى
                    n = o - 1
                    continue
            if w == ")":
                o = next((m for m in range(n - 1, max(lo, n - 5) - 1, -1) if toks[m].text == "("), None)
                if o is not None and n < b - 0:
                    n = o - 1
                    continue
            if w in "،," and n + 1 < b and toks[n + 1].text in AMONG_THEM:
                n -= 1  # سياسيون، بينهم الرئيس X، أعربوا: an aside inside the subject
                continue
            if w in "،," and n == b - 1 and not comma_used and n0 - n <= 2:
                comma_used = True
                b = n
                n -= 1
                continue
            if w in "،," and n < b - 1 and (toks[n + 1].text in ws.title or toks[n + 1].text in ws.doc
                                             or _person_noun(toks[n + 1].text)):
                n = apposed_name(sc, toks, n, max(0, min(lo, n - 5)))  # سامي العلي، وزير المالية كان قد قال
            break
        if COMPLEMENTIZER.fullmatch(w) or FA_INNA.fullmatch(w) or w in ws.connector or w == "و" \
                or (n == b - 1 and (w in RELATIVE or w[1:] in RELATIVE)):
            break  # (اللغة التي يعتقد أن: the cue is the relative clause's own verb, no subject before it)
        if n < b - 2 and w in cue_words().get("relative", frozenset()):
            n += 1  # وهو ما أوجزته الوزيرة بالقول، ما تحدثت عنه الوزيرة بقولها: the clause's verb, then its subject
            break
        if sc.cue_at(w) is not None and n < n0 - 1:
            break
        n -= 1
    return n + 1, b


def _checked_subject(sc: Scope, toks: Sequence[Token], a: int, b: int, lo: int) -> tuple[int, int] | None:
    """The subject in the stretch ``[a, b)`` before a verb, trimmed (a relative clause's name, the verb
    before it, a prepositional pronoun), or None when it is no subject (a pronoun, a fronted adverbial or
    topic, a time or stop word, "as ...")."""
    ws = sc.w
    if a < b and toks[a].text in RELATIVE and a >= 2 and toks[a - 1].text in "،,":
        m = apposed_name(sc, toks, a - 1, lo)  # العلي، الذي يشغل منصب ...، قال: the name before the clause
        if m < a - 1:
            a = m + 1
    w_a = toks[a].text if a < b else ""
    if b - a >= 2 and w_a[:1] in "وف" and not w_a.startswith("وال") and toks[a + 1].text.startswith("ال") \
            and toks[a + 1].text != "الله" and not _after_auxiliary(toks, a) \
            and not ({w_a, w_a[1:]} & (ws.media | ws.doc | ws.title)) and not w_a.startswith("وزار"):
        a += 1  # وردت اللجنة بالقول: the verb before the subject is not part of it (وحد الله: a name)
    if b - a >= 2 and toks[a].text in PRONOUN_PREP and toks[a - 1].text not in "،," \
            and not particle_name(sc, toks, a, b):
        a += 1  # ما عبر عنه الوزير بقوله: the verb's prepositional pronoun, then its subject
    if a >= b:
        return None
    if a > 0 and toks[a - 1].text in cue_words().get("topic", frozenset()):
        return None  # وبخصوص الكلفة، كشف أن: a fronted topic, no subject
    if any(w in PREPOSITIONS or (w[:1] in "وف" and w[1:] in PREPOSITIONS)
           for w in (toks[a - 1].text if a > 0 else "", toks[a].text)):
        return None  # وفي المقابل، أكد أن، لكنه في المقابل أكد، فمن جهتها، أكدت: a fronted adverbial is no subject
    first = toks[a].text
    if b - a == 1 and (first in PERSONAL_PRONOUNS or first in cue_words().get("relative", frozenset())):
        return None  # وهم يعتقدون، ، ما يؤكد أن: a pronoun subject names nobody
    if first.startswith(L_NAME_STARTS) and len(first) > 3:
        span = sc.span_of(toks, a, b)  # (أنه) لعبد المنان ... قال: the stray ل is no part of the name
        return (span[0] + 1, span[1]) if span is not None else None
    if first[0] == "ك" and len(first) > 4 and (first.endswith("ه") or first.startswith("كال")):
        return None  # كفنانة، كالعادة: "as ...", not a subject
    if first in ws.stop or first in ws.time or first.startswith(NOT_SUBJECT_STARTS) or first in ws.object:
        return None
    if any(toks[m].text in ws.stop and toks[m].text not in ("من",) for m in range(a, b)) and not any(
            toks[m].text in RELATIVE for m in range(a, b)):
        return None
    return sc.span_of(toks, a, b)


def kana_qad(sc: Scope, toks: Sequence[Token], n0: int) -> tuple[int, int] | None:
    """The subject framed by ``كان ... قد`` before the verb at ``n0`` (``وكانت وزارة الصحة في غزة قد
    أعلنت``، ``وكان المتحدث باسم الجيش قد قال``): the words between the auxiliary that opens the clause
    and ``قد``, a place or an origin included; None without that frame or with a mark, a cue or a
    complementizer inside it."""
    if n0 < 3 or toks[n0 - 1].text != "قد":
        return None
    for m in range(n0 - 2, max(-1, n0 - 14), -1):
        w = toks[m].text
        if not toks[m].word or COMPLEMENTIZER.fullmatch(w) or sc.cue_at(w) is not None or w in sc.w.time:
            return None  # (وكانت الوزارة أمس قد أعلنت: a time word, read as before)
        if w in AUXILIARIES or (w[:1] in "وف" and w[1:] in AUXILIARIES):
            return sc.span_of(toks, m + 1, n0 - 1) if m + 1 < n0 - 1 and (m == 0 or not toks[m - 1].word) else None
    return None


def _person_noun(w: str) -> bool:
    """A definite noun of a person (``الخبيرة``، ``الصحافي``، ``المحلل``): an apposition after a name."""
    return w.startswith("ال") and source_word_table().heads.get(w[2:]) == "person"


def _closing(toks: Sequence[Token], n: int) -> bool:
    """Whether the quote mark at token ``n`` closes a quotation: an odd number of the same mark stands
    before it in the stretch (``رئيس "X "أبدى``: the mark glued to the verb closes the name)."""
    w = toks[n].text
    return sum(tk.text == w for tk in toks[:n]) % 2 == 1


def _after_auxiliary(toks: Sequence[Token], a: int) -> bool:
    """Whether token ``a`` follows ``كان`` (``وكان``، ``فكانت``): there it opens the auxiliary's subject, a
    name whose first word looks like و + a verb (``وكان وحيد الكعبي ... قال``)."""
    w = toks[a - 1].text if a > 0 else ""
    return w in AUXILIARIES or (w[:1] in "وف" and w[1:] in AUXILIARIES)


def apposed_name(sc: Scope, toks: Sequence[Token], c: int, lo: int) -> int:
    """Where a name before the comma at ``c`` begins (less one), when a title follows the comma and
    the name opens its clause (``لكن سامي العلي، وزير المالية قال``); ``c`` itself otherwise
    (``وفي المؤتمر، وزير المالية قال``: a fronted adverbial is no name)."""
    m = c - 1
    while m >= lo and c - 1 - m < 4 and (name_word(sc, toks[m]) or particle_name(sc, toks, m, c)) \
            and toks[m].text not in sc.w.title and toks[m].text[:1] not in "وف":
        m -= 1
    if m == c - 1:
        return c
    if m < 0 or not toks[m].word:
        return m
    w = toks[m].text
    opens = w in sc.w.connector or w == "و" or COMPLEMENTIZER.fullmatch(w) or FA_INNA.fullmatch(w)
    return m if opens else c


def relative_antecedent(sc: Scope, toks: Sequence[Token], r: int, n0: int) -> tuple[int, int] | None:
    """The noun a relative clause describes when the relative pronoun is its verb's subject:
    ``مصر التي تخشى أن``، ``المحللين الذين رأوا أن``، ``وسائل الإعلام الإيطالية التي قالت``.

    The verb must agree with the pronoun and carry no object pronoun (``اللغة التي يعتقد أن``،
    ``الخطوة التي وصفها بأنها``: the noun is the object), and the noun must stand right before the
    pronoun (``...، التي قالت``: after a comma the noun it describes is uncertain): None otherwise.
    The phrase is the noun with its construct chain and adjectives (at most four words).
    """
    w = toks[n0].text
    cf = sc.cue_at(w)
    agree = RELATIVE_SUBJECT.get(toks[r].text)
    if cf is None or agree is None or cf.form not in ("past", "present") or r == 0:
        return None
    if not agree[cf.form == "present"].fullmatch(w) or w.endswith(OBJECT_CLITICS) \
            or (w.endswith("ه") and sc.cue_at(w[:-1]) is not None):
        return None
    if not _antecedent_word(sc, toks[r - 1]):
        return None
    a = r - 1
    while a > 0 and r - a < 4 and _antecedent_word(sc, toks[a - 1]):
        p, nxt = toks[a - 1].text, toks[a].text
        if p[:1] in "وف":  # والتقى الرئيس ...، ووسائل ...: a clause or a coordination before the noun
            break
        head = not p.startswith("ال") and nxt.startswith("ال") and p not in sc.w.title  # وسائل الإعلام
        adjective = p.startswith("ال") and nxt.startswith("ال") and _agrees(toks, a - 1)
        if not (head or adjective or (p in sc.w.title and not nxt.startswith("ال"))):  # الرئيس ترامب
            break
        a -= 1
    return sc.span_of(toks, a, r)


def _agrees(toks: Sequence[Token], m: int) -> bool:
    """Whether the definite word after token ``m`` is an adjective of it: a nisba or participle
    (``السورية``، ``المستقلة``) of its gender (a feminine one after a feminine noun, or after a
    construct chain whose head decides: ``وسائل الإعلام الإيطالية``); not the object of a verb
    after its subject (``زار الوفد البلدية``)."""
    noun, adj = toks[m].text, toks[m + 1].text
    if not (nisba(adj) or (adj.startswith("الم") and adj.endswith("ه"))):
        return False
    feminine_noun = noun.endswith(("ه", "ات"))
    if adj.endswith("ه"):
        return feminine_noun or (m > 0 and toks[m - 1].word and not toks[m - 1].text.startswith(("ال", "و", "ف")))
    return not feminine_noun


def _antecedent_word(sc: Scope, tk: Token) -> bool:
    """A word that may be (part of) the noun a relative clause describes."""
    w = tk.text
    return tk.word and not sc.is_stop(w) and sc.cue_at(w) is None and w not in PERSONAL_PRONOUNS \
        and not w[0].isdigit() and not COMPLEMENTIZER.fullmatch(w) and not FA_INNA.fullmatch(w) \
        and w not in RELATIVE and w not in ZONE_BREAK and not w.startswith(("بال", "لل", "كال")) \
        and not sc.l_object(w)
