"""Cue stage, the gate: whether a cue word with the introducer found after it makes a reporting event at all.

The lexicon finds every word that *may* report (:mod:`arnews.lexicon`); the clause zone finds what
introduces its content (أن/إن/بأن, a colon, a quote, ...). The gate then rejects the readings in
which the word is no verb of reporting, by construction:

* an ambiguous bare form (row flag ``strict``: بين، أمل، آمن) is a verb only when it opens its
  clause (after a mark, the sentence start or an ``opener`` such as كما، فيما، وقد) and its
  content introducer follows within a few words (``وبين الوزير أن`` but not ``الفرق بين البلدين``,
  ``من بين``، ``ما بين``);
* an impersonal or adjectival form (flag ``adjacent``: ينتظر أن، من المتوقع أن) needs أن right
  after it, give or take an adverb (``من المرجح جدا أن``, not ``العدد المتوقع ... أن``);
* a verbal noun (form ``masdar``: تأكيد الوزير أن، اعترافه بأن، خشية أن) needs an أن clause after
  its genitive;
* a verb whose own preposition takes a noun object before the introducer (``أشار إلى وجود ...``،
  ``كشف عن تراجع ...``) reports nothing: the أن further on belongs to another clause. A noun
  right before the introducer (``شدد على أهمية أن``) or a possessed noun a few words before it
  (``أعرب عن أمله في أن``) keeps the event; a quotation after the noun (``لفت إلى وجود "..."``)
  is a mixed event;
* a verb whose first word after it is an abstract noun object (``أكد حرص مصر على ...``، ``object``
  in ``data/cue_words.tsv``) reports nothing;
* a verb that takes a noun object first (flag ``prepthat``: أرجع، عزا، ردّ، برر) reports only with its
  preposition right before the introducer (``أرجع الخبير الارتفاع إلى أن``، ``برر القرار بأن``), not
  with a noun after it (``أرجع الكتاب إلى المكتبة``) or a colon further on (``برر الطلب إلى سببين:``);
* a naming verb (flag ``relclause``: أسمى، سمّى) reports only as the verb of a relative ``ما`` clause
  whose object pronoun points back at ``ما`` (``انتقد ما أسماه بـ"..."``; :func:`relative_object`), and
  such a clause of any verb (``بما اعتبره "..."``) is no inference of the narrator (``بما يؤكد أن``).

Word classes are data (``arnews/data/cue_words.tsv``); the functions read any token sequence whose
items have ``text`` (the folded word) and ``word`` (a word, not a mark).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Protocol

from .. import _compiled
from ..data import records
from ..doc import Token
from ..lexicon import CueForm, fold
from ..spans import TextView
from ..wordclass import word_class, word_list
from .media import PRONOUN_ENDS
from .scope import Scope
from .words import (
    NEGATION,
    PREPOSITIONS,
    REFLEXIVE,
    VERB_NEGATION,
)

__all__ = [
    "abstract_object",
    "admits",
    "aside_parenthesis",
    "cue_words",
    "decimal_mark",
    "hamza_dropped",
    "inference_at",
    "may_report",
    "negated_that",
    "negation",
    "noun_object",
    "object_pronoun",
    "opens_clause",
    "participle_noun",
    "passive",
    "quoted_object",
    "relative_object",
    "relative_verb",
    "shows",
]

#: How many tokens a strict form or a verbal noun may stand before its content introducer.
STRICT_GAP = 8
#: How many tokens a verbal noun may stand before its أن (its genitive may be a long title and name).
MASDAR_GAP = 14
#: How many tokens an ``adjacent`` form may stand before its أن (من المرجح بشكل كبير أن).
ADJACENT_GAP = 4
_PRONOUN_ENDS = PRONOUN_ENDS
_COMPLEMENTIZERS = frozenset(p + "ان" + s for p in ("", "ب") for s in ("", "ه", "ها", "هم", "هما", "ني", "نا", "ك"))


#: أن/إن/بأن with an attached pronoun, as a whole word of the folded view.
_THAT = _compiled.compile(r"(?<![\p{L}\p{M}\p{N}])[بف]?ان(?:ه|ها|هم|هما|ني|نا|ك)?(?![\p{L}\p{M}\p{N}])")
#: Characters read after a gated cue for its أن (about as many words as the gap allows).
_LOOKAHEAD = {"adjacent": 48, "masdar": 150}


class Tok(Protocol):
    """What the gate reads of a token: its folded text and whether it is a word."""

    @property
    def text(self) -> str: ...

    @property
    def word(self) -> bool: ...


@functools.cache
def cue_words() -> dict[str, frozenset[str]]:
    """The folded words of ``data/cue_words.tsv`` by role (``opener``, ``object``)."""
    roles: dict[str, set[str]] = {}
    for row in records("cue_words.tsv"):  # the one data reader
        roles.setdefault(row["role"].strip(), set()).add(fold(row["word"]))
    return {role: frozenset(ws) for role, ws in roles.items()}


def opens_clause(toks: Sequence[Tok], n0: int) -> bool:
    """Whether the cue at token ``n0`` opens its clause: sentence start, after a mark or an opener, or
    with a conjunction of its own (``... وبين الوزير أن``: a comma is often left out before و)."""
    if n0 == 0 or not toks[n0 - 1].word or (toks[n0].text[:1] in "وف" and len(toks[n0].text) > 3):
        return True
    return toks[n0 - 1].text in cue_words().get("opener", frozenset())


def noun_object(toks: Sequence[Tok], n1: int, intro_n: int, cf: CueForm) -> bool:
    """Whether the cue's own preposition takes a noun object before the introducer at ``intro_n``.

    ``أشار إلى وجود نقص ... أن`` (yes), ``أشار إلى أن`` (no), ``شدد على أهمية أن`` (no: the noun
    stands right before أن), ``أعرب عن قلقه العميق من أن`` (no: a possessed noun close before it).
    """
    prep = cf.prep
    if not prep or cf.cls == "report":  # نقلت X عن مسؤول ... أن: the phrase of عن is the source
        return False
    obj = next((p + 1 for p in range(n1 + 1, intro_n) if toks[p].text == prep), -1)
    if obj < 0 or obj >= intro_n or not toks[obj].word:
        return False
    limit = obj + (3 if toks[obj].text.endswith(_PRONOUN_ENDS) else 1)
    return intro_n > limit


def abstract_object(w: str) -> bool:
    """``حرص``، ``الحرص``، ``حرصه``، ``ضرورته``: an ``object`` noun of the data, bare, definite or possessed."""
    nouns = cue_words().get("object", frozenset())
    base = w[2:] if w.startswith("ال") else w
    if base in nouns:
        return True  # (أهمية folds to اهميه: no pronoun)
    for end in _PRONOUN_ENDS:
        if base.endswith(end) and len(base) > len(end) + 2:
            stem = base[: -len(end)]
            return stem in nouns or (stem.endswith("ت") and stem[:-1] + "ه" in nouns)
    return base in nouns


def relative_object(toks: Sequence[Tok], n0: int, cf: CueForm, forms: Mapping[str, CueForm]) -> bool:
    """Whether the cue at token ``n0`` is the verb of a relative ``ما`` clause whose object pronoun points
    back at ``ما`` (``ما أسماه``، ``بما اعتبره``، ``ما وصفته``): ``ما``, ``بما``, ``لما`` ... (role
    ``relative`` of ``data/cue_words.tsv``) right before a verb with an object pronoun.

    ``بما يؤكد أن`` (no pronoun: ``ما`` is the subject, the narrator's inference) and ``ما قال إن``
    (negation) are not.
    """
    if n0 == 0 or toks[n0 - 1].text not in cue_words().get("relative", frozenset()) or cf.form not in (
            "past", "present"):
        return False
    if "relclause" in cf.flags:
        return True
    w = toks[n0].text
    for end in _PRONOUN_ENDS:
        if w.endswith(end) and len(w) > len(end) + 2:
            stem = w[: -len(end)]
            return stem in forms or stem + "ا" in forms  # اعتبره، اعتبروه (اعتبروا)
    return False


def admits(toks: Sequence[Tok], n0: int, n1: int, cf: CueForm, intro: str | None, intro_n: int, *,
           relative: bool = False) -> bool:
    """Whether the cue at tokens ``[n0, n1]`` with its content introducer makes an event (see the module);
    ``relative``: the cue is the verb of a relative ``ما`` clause (:func:`relative_object`)."""
    flags = cf.flags
    gated = "strict" in flags or "adjacent" in flags or cf.form == "masdar" or bool(flags & {"prepthat", "relclause"})
    if intro is None:
        return not gated
    if "reflexive" in flags and not any(toks[m].text in REFLEXIVE for m in range(n1 + 1, min(intro_n, n1 + 12))):
        return False  # عرّف المصطلح بأنه: defining, not introducing oneself (عرّف نفسه على أنه)
    if "thatonly" in flags and cf.form == "present" and intro != "that":
        return False  # تظهر الافتتاحية تحت عنوان: "...": appears, shows nothing
    if "relclause" in flags and not relative:
        return False  # سمّاه والده "نور"، أسمت الشركة منتجها "..." : naming, no report
    if "prepthat" in flags and not _prep_before(toks, intro_n, cf):
        return False  # أرجع الكتاب إلى المكتبة ... أن، برر الطلب إلى سببين: no report
    gap = intro_n - n1
    if "strict" in flags and (intro not in ("that", "colon", "quote") or gap > STRICT_GAP
                              or not opens_clause(toks, n0)):
        return False
    if "adjacent" in flags and (intro != "that" or gap > ADJACENT_GAP):
        return False
    if cf.form == "masdar" and (intro != "that" or gap > MASDAR_GAP):
        return False
    words = cue_words()
    if intro == "that" and toks[intro_n - 1].text in words.get("but", frozenset()):
        return False  # تؤمن بالسلام، إلا أنها ...: the narrator's "however", not the content
    if n0 > 0 and toks[n0 - 1].text in words.get("inference", frozenset()) and gap <= 2 and not relative:
        return False  # مما يشير إلى أن ...: the narrator's inference, no source
    if intro == "that" and toks[n0].text in words.get("unsourced", frozenset()) and all(
            toks[m].text.endswith("ا") and not toks[m].text.startswith("ال") for m in range(n1 + 1, intro_n)):
        return False  # وتبين لاحقا أن ...: "it turned out", nobody's report
    if _conditional(toks, n0):
        return False  # في حال كان يرى أن ...، لو قال أحدهم إن ...: a hypothetical report, no event
    if cf.cls == "finding" and n0 > 0 and negation(toks[n0 - 1].text):
        return False  # لا يدرك أن، لم تظهر الدراسة أن: a negated finding finds nothing (the content is the narrator's)
    if n0 > 0 and toks[n0 - 1].text == "ان" and cf.form == "present" and toks[n0].text[:1] in "ان":
        return False  # أود أن أقول إن ...: a first-person verb of saying as an object frames nothing
    if intro == "that" and n1 + 1 < intro_n and abstract_object(toks[n1 + 1].text) and "prepthat" not in flags:
        return False  # أكد حرص مصر على ...: an abstract noun object, not a speaker
    return intro != "that" or not noun_object(toks, n1, intro_n, cf)


_AUX = word_class("conditional_between")


def _conditional(toks: Sequence[Tok], n0: int) -> bool:
    """Whether a ``conditional`` word of the data stands right before the cue at ``n0`` (``كان``, ``قد`` between)."""
    m = n0 - 1
    while m >= 0 and toks[m].text in _AUX:
        m -= 1
    return m >= 0 and m >= n0 - 3 and toks[m].text in cue_words().get("conditional", frozenset())


def negation(w: str) -> bool:
    """``لا``، ``لم``، ``ولن``، ``فما`` ...: a negation, with و/ف."""
    return w in NEGATION or (w[:1] in "وف" and w[1:] in NEGATION)


def _prep_before(toks: Sequence[Tok], intro_n: int, cf: CueForm) -> bool:
    """Whether the cue's own preposition stands right before its introducer at ``intro_n`` (``إلى أن``,
    ``بأن`` written as one word, ``بـ"..."``), or a quotation ends its phrase (``برغبته في "..."``)."""
    if intro_n <= 0 or not cf.prep:
        return False
    if toks[intro_n - 1].text == cf.prep or (cf.prep == "ب" and (
            toks[intro_n].text.startswith("ب") or toks[intro_n - 1].text.startswith("بال"))):
        return True  # (برر القرار بأن، برر القرار بالقول إن)
    return not toks[intro_n].word and toks[intro_n].text not in ":" and any(  # برر اختياره برغبته في "...": the
        toks[m].text == cf.prep or (cf.prep == "ب" and toks[m].text[:1] == "ب" and toks[m].text[1:2] != "ا")
        for m in range(max(0, intro_n - 4), intro_n))  # preposition's phrase ends in a quotation


def quoted_object(toks: Sequence[Tok], n: int, cf: CueForm) -> bool:
    """Whether the quote mark at token ``n`` opens the object of the cue's own preposition.

    ``وصفها بـ"..."``، ``اتهم الحزب الحكومة بـ«...»``، ``حذرت من "..."``، ``جددت رفضها "..."``: the
    verb's object is (or ends in) a quotation, a ``mixed`` event (however short the quotation).
    """
    if n == 0 or cf.form == "according":
        return False
    prev = toks[n - 1].text
    return (bool(cf.prep) and prev == cf.prep) or abstract_object(prev)  # جددت رفضها "...": a noun object quoted


def object_pronoun(w: str, forms: Mapping[str, CueForm]) -> bool:
    """Whether the cue form ``w`` carries an object pronoun (``ناشدها``، ``اتهمهم``، ``وصفه``): its stem
    without the pronoun is a cue form too (``يتهم``، ``تفهم`` end in the letters of one, and are none)."""
    return any(w.endswith(s) and len(w) > len(s) + 2 and w[: -len(s)] in forms for s in ("هما", "ها", "هم", "ه"))


def negated_that(toks: Sequence[Tok], n: int, cf: CueForm) -> bool:
    """``ألا`` (أن + لا) at token ``n`` introducing a promise, demand or warning: ``تعهد ألا تصبح``.

    Folded, ``ألا`` is spelled like ``إلا`` (but): followed by أن it is the latter (``إلا أن``).
    """
    if toks[n].text != "الا" or cf.cls not in ("ask", "assert", "warn"):
        return False
    nxt = toks[n + 1].text if n + 1 < len(toks) else ""
    return toks[n + 1].word if nxt and nxt not in _COMPLEMENTIZERS else False


def may_report(t: str, i: int, j: int, cf: CueForm) -> bool:
    """A cheap test on the folded text ``t`` before the cue ``[i, j)`` is analysed: False when the gate
    would reject it anyway (a strict form after a word that opens no clause, a verbal noun or an
    adjacent form with no أن close after it). Most prepositions بين and nouns تأكيد stop here."""
    flags = cf.flags
    if "strict" in flags and not (t[i] in "وف" and j - i > 3):
        k = i - 1
        while k >= 0 and t[k] == " ":
            k -= 1
        if k >= 0 and t[k].isalnum():
            s = k
            while s > 0 and t[s - 1].isalnum():
                s -= 1
            if t[s:k + 1] not in cue_words().get("opener", frozenset()):
                return False
    ahead = _LOOKAHEAD["adjacent"] if "adjacent" in flags else _LOOKAHEAD["masdar"] if cf.form == "masdar" else 0
    return not ahead or _THAT.search(t, j, min(len(t), j + ahead)) is not None


_DAMMA = "\u064f"


def passive(original: str, a: int, b: int, cf: CueForm) -> bool:
    """Whether the verb cue written ``original[a:b]`` is marked passive: a damma on its first letter
    after the conjunction (``وُصفت``، ``ووُصفت``، ``يُعتقد``، ``أُعلن``). Unvocalised text tells nothing."""
    if cf.form not in ("past", "present") or _DAMMA not in original[a:b]:
        return False
    word = original[a:b]
    k = 0
    letters = 0
    while k < len(word):
        ch = word[k]
        if ch.isalpha():
            letters += 1
            if ch in "وف" and letters == 1 and len(word) > k + 1 and word[k + 1] != _DAMMA:
                k += 1
                letters = 0  # و/ف: the conjunction, not the verb's first letter
                continue
            return k + 1 < len(word) and word[k + 1] == _DAMMA
        k += 1
    return False


def aside_parenthesis(t: str, close: int, end: int) -> bool:
    """Whether the parenthesis closed at ``close`` is an aside inside the clause, not quoted speech: the
    clause goes on with a word after it (``أكدت المنظمات (الاتحاد والنقابة) دعمها ...``), not with a
    mark or a new clause of و/ف (``أعلن مقولته (...) ومنذ ذلك ...``)."""
    k = close + 1
    while k < end and t[k] == " ":
        k += 1
    return k < end and t[k].isalpha() and t[k] not in "وف"


def hamza_dropped(v: TextView, i: int, stretch: tuple[int, int]) -> bool:
    """Whether the folded ``وا...`` at view offset ``i`` is written with a plain alef in a stretch whose
    writer spells hamza (``أ`` elsewhere in it): then it is no و + first-person present (``وأثق``) but a
    word of its own (``واثق``). A text that never writes ``أ`` tells nothing."""
    a = v.offsets[i + 1]
    if v.original[a] != "ا":
        return False
    lo, hi = v.offsets[stretch[0]], v.offsets[max(stretch[0], stretch[1] - 1)] + 1
    return "أ" in v.original[lo:hi]


def inference_at(t: str, i: int) -> int:
    """Where the narrator's inference before the cue at ``i`` starts (``، مما يشير إلى أن``: at مما), or -1."""
    k = i - 1
    while k >= 0 and t[k] == " ":
        k -= 1
    s = k
    while s > 0 and t[s - 1].isalnum():
        s -= 1
    return s if k >= 0 and t[s:k + 1] in cue_words().get("inference", frozenset()) else -1


def participle_noun(toks: Sequence[Tok], n: int) -> bool:
    """Whether the feminine participle at token ``n`` is a noun (``لافتة``: a sign, ``مضيفة``: a hostess):
    a pronoun with a preposition follows it (``لافتة عليها عبارة``), or a definite word (not a
    preposition) inside a clause (``وقالت مضيفة الطيران``), where the participle takes its
    preposition, content or, after a comma, its object (``لافتة إلى أن``، ``، مطالبة الحكومة بأن``)."""
    if not toks[n].text.endswith("ه") or n + 1 >= len(toks):
        return False
    nxt = toks[n + 1].text
    return nxt in _PRONOUN_PREPS or (nxt.startswith("ال") and nxt not in _PREPS and n > 0 and toks[n - 1].word)


_PRONOUN_PREPS = frozenset(p + s for p in word_list("pronoun_prep_stem")
                           for s in ("يه", "يها", "ه", "ها", "هم"))
_PREPS = word_class("ila")


def shows(phrase: str) -> bool:
    """Whether a speaker phrase (folded) is a picture or footage (``الصور``، ``مقطع فيديو``: the ``visual``
    words of ``data/cue_words.tsv``): as the subject of a finding verb it shows, it does not report."""
    first = phrase.split(" ", 1)[0].lstrip("وف")
    return first in cue_words().get("visual", frozenset())


def relative_verb(sc: Scope, toks: Sequence[Token], n: int, a: int) -> bool:
    """Whether the verb cue at token ``n`` describes the indefinite noun before it (a relative clause
    with no pronoun, ``مقابلة نشرت أمس``، ``امرأة لم تكشف عن هويتها``) rather than opening a clause.

    The verb is a third-person past (or a present after a negation) without و/ف, of no row whose
    forms are also nouns or particles (``عبر``، ``نقل``، ``أمل``: flags ``needprep``, ``nopast``,
    ``strict``); a negation (لم، لا، لن) may stand between it and the noun; the noun is a word
    without ال that is no particle, time word or cue (``a`` is the
    first token the noun may be).
    """
    if n >= len(toks):
        return False
    w = toks[n].text
    cf = sc.cue_at(w)
    if cf is None or cf.form not in ("past", "present") or (w[:1] in "وف" and w[1:] in sc.lex.forms) \
            or (cf.form == "present" and w[:1] in "انل") or cf.needs_prep \
            or cf.flags & {"strict", "adjacent", "impersonal", "nopast"}:
        return False
    m = n - 1
    if m > a and toks[m].text in VERB_NEGATION:
        m -= 1
    elif cf.form == "present":
        return False  # (اختبار أولي تأمل الشركة أن: a present after a noun opens a clause of its own)
    if m < a:
        return False
    p = toks[m]
    pw = p.text
    return p.word and len(pw) >= 3 and not pw.startswith(("ال", "وال")) and not pw[0].isdigit() \
        and pw not in PREPOSITIONS and not sc.is_stop(pw) and sc.cue_at(pw) is None and pw not in NEGATION


def decimal_mark(toks: Sequence[Token], n: int) -> bool:
    """A point or comma between two digits (``0.5``، ``3,5``): part of a number, not a mark of the clause."""
    if toks[n].text not in ".,٫" or n == 0 or n + 1 >= len(toks):
        return False
    p, q = toks[n - 1], toks[n + 1]
    return p.end == toks[n].start and q.start == toks[n].end and p.text[-1:].isdigit() and q.text[:1].isdigit()
