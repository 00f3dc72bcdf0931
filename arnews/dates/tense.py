"""The tense of the clause around a date expression: past, future, or unknown.

A bounded window of words before and after the expression, stopped at clause punctuation,
is read for verb shapes, nearest first:

* future: ``س``/``سوف`` + an imperfect (``سيلتقي``, ``ستبدأ``, ``سأعود``), planning words
  (``المقرر``, ``المرتقب``, ``يعتزم``);
* present-progressive (read as future for a bare weekday): an imperfect prefixed ``يـ``/``تـ``/``نـ``
  (``يلتقي``, ``تعقد``, ``نلتقي``), except common nouns of that shape;
* past: a perfect marker (``قد``, ``لقد``, ``كان``, ``تم``, ``جرى``, ``لم``), one of the perfect verbs
  news uses most (``قال``, ``أعلن``, ``التقى``, ``غادر``, ``عاد`` …) or a derived perfect
  (``استقال``, ``اندلعت``, ``اعتقلوا``).

The text is the analysis view (folded spelling: ``التقى`` reads ``التقي``).

>>> clause_tense("سيلتقي الرئيسان الخميس", 16, 22)
1
>>> clause_tense("التقي الرئيسان الخميس", 15, 21)
-1
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .numbers import fold_pattern

__all__ = ["clause_tense"]

_BOUNDARY = regex.compile(r"[.!?؟؛;:\n«»\"“”]|،")
#: The same, searched from the end: the last boundary first (every match is one character).
_LAST_BOUNDARY = regex.compile(r"(?r)[.!?؟؛;:\n«»\"“”]|،")
_WORD = regex.compile(r"\w+")
_FUTURE_WORDS = frozenset(fold_pattern(w) for w in
    {"سوف", "المقرر", "مقرر", "مقرره", "المقرره", "المرتقبه", "مرتقب", "مرتقبه", "المرتقب", "المزمع", "المنتظر",
     "المتوقع", "يعتزم", "تعتزم", "ينوي", "تنوي", "القادم", "المقبل",
     "المقبله", "القادمه", "غدا", "سنعود", "سيتم"}
)
_PAST_WORDS = frozenset(fold_pattern(w) for w in
    {"كان", "كانت", "كانوا", "قد", "لقد", "تم", "جرى", "امس", "الماضي", "الماضيه", "سبق", "وقع", "وقعت", "قال",
     "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "عقد", "عقدت", "شهد", "شهدت", "وصل", "وصلت", "بدا",
     "بدات", "انتهى", "انتهت", "التقى", "التقت", "زار", "زارت", "غادر", "غادرت", "عاد", "عادت", "فاتني", "فاتنا",
     "كنت", "كنا", "حدث", "حدثت", "لم", "المنصرم", "الفائت", "اجريت", "اجري", "جرت", "اعتقل", "قتل", "افاد", "افادت",
     "اوضح", "اوضحت", "اضاف", "اضافت", "نشرت", "نشر", "اصدر", "اصدرت", "ارسلت", "ارسل",
     "راسلت", "راسلته", "التقيت", "سافر", "سافرت", "سافروا", "تعهد", "تعهدت", "تحدث", "تحدثت", "توجه", "توجهت",
     "تمكن", "تمكنت", "تسلم", "تسلمت", "تلقى", "تلقت", "تولى", "تولت", "تعرض", "تعرضت", "تسبب", "تسببت",
     "تبنى", "تبنت", "تقدم",
     "تقدمت", "سار", "سارت", "ساهم", "ساهمت", "ساد", "سادت", "ذهبت", "عدنا", "خرجت", "حضرت", "حضر", "ولدت", "ولد",
     "توفي", "انطلقت"}
)
_NOT_VERBS = frozenset(
    {"يوم", "يوما", "يومين", "يونيو", "يوليو", "يناير", "يونيه", "يوليه", "يمني", "يهود", "تموز", "تشرين", "تقرير",
     "تصريح", "تصريحات", "تعليق", "تحقيق", "تنفيذ", "تموين", "توقيت", "تاريخ", "تاريخه", "نحو", "نهايه", "نفس",
     "نسبه", "نقطه", "نظام", "يد", "يدي", "تونس", "تركيا", "تعاون", "تطوير", "تحالف", "ترامب", "توقيع", "نائب",
     "نواب", "نيسان", "نوفمبر", "نتيجه", "تدخل", "تبادل", "تجربه", "تاثير", "نتايج", "نصف", "يمكن", "تلك",
     "تكون", "يكون", "تعد", "يعد", "نحن", "تحت", "يا", "ثم", "تل", "تعز", "نيويورك", "نيجيريا", "يافا", "يورو",
     "اليورو", "يوميا", "يزال", "تزال", "يزالان", "تزالان", "يزالون", "نزال", "تقريبا", "تماما", "نهائيا"}
)
_FUT_PREFIX = regex.compile(r"^(?:[وف])?س[يتنا]\w{2,}$")
_IMPERFECT = regex.compile(r"^(?:[وف])?(?:ل)?[يتن]\w{2,}$")
#: A form-X perfect (استقال، استهدفت، استمروا); its nouns are longer (استقبال) or have ا after است (استاذ).
_PERFECT_X = regex.compile(
    r"^(?:[وف])?(?:است[^\Wا]\w{1,2}(?:ت|وا)?"
    # forms VII and VIII with a subject suffix (اندلعت، انسحبوا، اعتقلت، اجتمعوا)
    r"|ان[^\Wا]\w{2}(?:ت|وا)|ا[^\Wا]ت[^\Wا]\w(?:ت|وا)"
    # form IV with a subject suffix (ابرمت، اعلنوا، اصدرت)
    r"|ا[^\Wاوي][^\Wا][^\Wاوي](?:ت|وا))$"
)
_NOT_PERFECT = frozenset({"انترنت", "الانترنت"})
_SEEN_NOT_FUTURE = frozenset({"سنه", "سنوات", "سنين", "ساعه", "ساعات", "سابق", "سابقه", "سياسه", "سياسي", "ستين", "سبت",
                              "سيده", "سيطره", "سياره", "سلاح", "سنتين", "سنتان", "ستمايه", "سيول", "سيناء", "سوريا",
                              "سيوول", "سفير", "سكان", "سابقا", "ساحه", "سنويا", "سبعين", "سبعه", "ستة", "سته",
                              "ستون", "ستمئه", "سويسرا", "سيناريو", "ساعتين", "سيدني"})


@lru_cache(maxsize=1 << 14)
def _classify(word: str) -> int:
    w = word
    if w in _NOT_VERBS or w in _SEEN_NOT_FUTURE:
        return 0
    bare = w[1:] if len(w) > 3 and w[0] in "وف" else w
    if w in _FUTURE_WORDS or bare in _FUTURE_WORDS:
        return 2
    if w in _PAST_WORDS or bare in _PAST_WORDS:
        return -1
    for suffix in ("ه", "ها", "هم", "هما"):  # a perfect with an object pronoun: اعلنته، قالها
        if bare.endswith(suffix) and bare[: -len(suffix)] in _PAST_WORDS and len(bare) > len(suffix) + 2:
            return -1
    if bare in _NOT_VERBS or bare in _SEEN_NOT_FUTURE:
        return 0
    if _FUT_PREFIX.match(bare) and len(bare) >= 4 and not (bare.startswith("سا") and len(bare) > 6):
        return 2  # سأعود، سانتظر; a longer word in سا is a name (ساليسبري)
    if _PERFECT_X.match(w) and bare not in _NOT_PERFECT:
        return -1
    if bare.startswith("ل") and len(bare) >= 4:  # لتصل، لتشكيل: a purpose clause or a noun, not the clause's tense
        return 0
    if _IMPERFECT.match(w) and 3 <= len(bare) <= 8 and not bare.endswith(("ه", "ات")) and not bare.startswith("ال"):
        if bare[0] == "ت" and len(bare) == 5 and bare[3] == "ي":  # taf'il nouns: تقرير، تحرير
            return 0
        return 1
    return 0


_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "لان", "انهم", "الا", "بالا", "لكي", "كي"})


def clause_tense(t: str, start: int, end: int, before: int = 60, after: int = 40) -> int:
    """Tense of the clause around ``t[start:end]``: ``-1`` past, ``1`` future/present, ``0`` unknown.

    The window stops at clause punctuation, and on the left at a complementizer (``أن``/``إن``): in
    ``قال إن الرئيس يزور باريس الخميس`` the reporting verb is outside the clause. Strong signals (a
    future prefix or marker, a past marker or perfect verb) decide nearest first; an imperfect
    (present-progressive, read as future) only when no strong signal is there.
    """
    lo = max(0, start - before)
    left = t[lo:start]
    b = _LAST_BOUNDARY.search(left)
    if b is not None:
        left = left[b.end() :]
    right = t[end : end + after]
    m = _BOUNDARY.search(right)
    if m is not None:
        right = right[: m.start()]
    lw = _WORD.findall(left)
    for k in range(len(lw) - 1, -1, -1):
        if lw[k] in _COMPLEMENTIZERS:
            lw = lw[k + 1 :]
            break
    rw = _WORD.findall(right)
    for k, w in enumerate(rw):
        if w in _COMPLEMENTIZERS:
            rw = rw[:k]
            break
    # nearest first, alternating left and right; the first strong signal decides
    present = False
    nl, nr = len(lw), len(rw)
    for i in range(max(nl, nr)):
        if i < nl:
            c = _classify(lw[-1 - i])
            if c == 2:
                return 1
            if c == -1:
                return -1
            present = present or c == 1
        if i < nr:
            c = _classify(rw[i])
            if c == 2:
                return 1
            if c == -1:
                return -1
            present = present or c == 1
    return 1 if present else 0
