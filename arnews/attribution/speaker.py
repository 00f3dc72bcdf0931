"""Speaker stage: the noun phrase that names who speaks.

After a verb the speaker is the phrase at the head of its zone (:func:`noun_phrase`); with an
empty zone it stands before the verb (:func:`pre_verbal`); a participle takes the subject of the
clause it hangs on (:func:`arnews.attribution.speaker_clause.main_subject`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import _compiled
from ..doc import Token
from ..lexicon import CueForm
from .gate import decimal_mark, participle_noun, relative_verb
from .media import glued_outlet, multi_word, name_end, not_medium
from .scope import Scope
from .source_type import bare, source_word_table
from .words import (
    ALIF_STARTS,
    CIRCUMSTANTIAL,
    COMPLEMENTIZER,
    DEMONSTRATIVES,
    EMPHATIC,
    EVERY,
    FROM_IN,
    IN_ABOUT,
    MANNER_PARTICIPLE,
    NAME_LINKS,
    NAME_PARTICLES,
    NEGATION,
    NOT_FIRST_PERSON,
    OPEN,
    ORIGIN_PREPS,
    PREPOSITIONS,
    PRONOUN_PREP,
    QUOTE_CHARS,
    RANKS,
    REFERRING,
    REFLEXIVE,
    RELATIVE,
    SOURCE_PHRASES,
    SPEECH_OPENERS,
    THIRD_PRONOUNS,
    VERB_NEGATION,
    WITHOUT,
    ZONE_BREAK,
)


def _stop_word(sc: Scope, toks: Sequence[Token], n: int, b: int, prev: str, prev2: str) -> bool:
    """Whether token ``n`` (after the phrase's first word; ``prev``, ``prev2`` the words before it) is a
    stop word, a preposition with its article, or an introducer that ends a speaker phrase, unless a
    source keeps its origin there (مصادر من الحزب، مسؤول في الوزارة، بيان صادر عن الجيش)."""
    w, ws = toks[n].text, sc.w
    if not (sc.is_stop(w) or w.startswith("بال") or COMPLEMENTIZER.fullmatch(w) or sc.fa_inna(toks[n])):
        return False
    if (w == "علي" and name_ali(sc, toks, n, b)) or (w == "لدي" and (_accredited(sc, prev) or _accredited(sc, prev2))):
        return False
    origin = (w in FROM_IN and (prev in ws.doc or prev2 in ws.doc)) or (w in ORIGIN_PREPS and prev in ws.origin) \
        or (w == "من" and _quantifier(prev))  # عدد من المسؤولين، كثير من هذه المواقع، مجموعة من المنظمات
    return not (origin and n + 1 < b and sc.starts_phrase(toks[n + 1].text) and not sc.occasion(toks[n + 1].text))


def _quantifier(w: str) -> bool:
    """A quantifier before من (``عدد``، ``العديد``، ``كثير``، ``بعض``، ``مجموعة``): the ``skip`` and ``counts``
    rows of ``source_types.tsv``."""
    return bare(w) in source_word_table().skip


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
            if _relative_ends(sc, toks, n, b, allow_l):
                break
            n += 1
            last_word = n
            prev2, prev = prev, w
            continue
        if n == a and w in PRONOUN_PREP and n + 1 < b and toks[n + 1].word and not particle_name(sc, toks, n, b) \
                and sc.starts_phrase(toks[n + 1].text) and toks[n + 1].text[:1] != "ك" \
                and toks[n + 1].text not in ws.naming:
            a = n = last_word = n + 1  # وقال لي مسؤول، وأكد لها الوزير: the addressee pronoun before the subject
            continue
        if _no_phrase_word(sc, toks, n, a, b, allow_l, first_ok) or (n > a and manner_participle(sc, toks, n, b)):
            break
        opens = n > a and (w in NEGATION or sc.cue_at(w) is not None) \
            and relative_verb(sc, toks, n + (w in NEGATION), a)
        if opens or (w == "من" and prev in EVERY and n + 1 < b) or (n > a and particle_name(sc, toks, n, b)):
            relative = relative or opens  # مقابلة نشرت أمس، امرأة لم تكشف عن هويتها: a relative clause
            n += 1  # (كل من الرئيسين؛ بروس لي، جاك ما: a surname that looks like a particle)
            last_word = n
            prev2, prev = prev, w
            continue
        if n > a and w in PRONOUN_PREP and prev in ws.origin:  # مصدر موثوق به (في ...)، مصادر مقربة منه
            n += 1
            last_word = n
            continue  # (the participle stays ``prev``: its place may follow)
        r = _extent(sc, toks, n, a, b, prev) if n > a else 0
        if r < 0:
            break
        if r > n:
            n = last_word = r
            prev2, prev = prev, toks[r - 1].text
            continue
        if n > a and _stop_word(sc, toks, n, b, prev, prev2):
            break
        if n > a and _object_word(sc, tk, prev):
            break
        if n > a and ((sc.l_prefixed(w) and not allow_l and sc.addressee(w) and not not_medium(toks, n, b))
                      or (w == "ل" and not allow_l)):
            break  # لوكالة ...، لـ"الشرق الأوسط": the addressee is the channel
        r = _outlet(toks, n, b, allow_l)
        if r < 0:
            break
        if r > n:
            n = last_word = r
            prev2, prev = prev, toks[r - 1].text
            continue
        if n > a and sc.cue_at(w) is not None and not (prev in ws.doc and not prev.startswith("ال")):
            break
        if w in RELATIVE or (n > a and prev in ws.doc and not prev.startswith("ال") and not w.startswith("ال")
                              and not sc.l_prefixed(w) and sc.cue_at(w) is not None):
            relative = True
        n += 1
        last_word = n
        prev2, prev = prev, w
    return a, last_word


def _accredited(sc: Scope, w: str) -> bool:
    """A title accredited to a place (``السفير الفرنسي لدى الرياض``، ``مندوب مصر لدى الأمم المتحدة``): the
    ``accredited`` role of ``speaker_words.tsv``."""
    return w.removeprefix("و").removeprefix("ال").removesuffix("ه") in sc.w.accredited


#: The prepositions and a lone ب (``بـ أن``) that may stand before a verb's أن, folded.
_PREPS_B = PREPOSITIONS | {"ب"}


def _relative_ends(sc: Scope, toks: Sequence[Token], n: int, b: int, allow_l: bool) -> bool:
    """Whether token ``n`` ends a relative clause inside a speaker phrase: the content's introducer, a new
    clause, an addressee or outlet glued to ل (``مصدر لم يكشف عن اسمه لوكالة ...``) or the verb's
    preposition before أن (``أرقام نشرت أمس إلى أن``)."""
    w = toks[n].text
    return bool(COMPLEMENTIZER.fullmatch(w) or w in ZONE_BREAK or sc.fa_inna(toks[n])
                or (sc.l_prefixed(w) and not allow_l and sc.addressee(w) and not not_medium(toks, n, b))
                or _outlet(toks, n, b, allow_l) < 0
                or (w in _PREPS_B and n + 1 < len(toks) and COMPLEMENTIZER.fullmatch(toks[n + 1].text)))


def _no_phrase_word(sc: Scope, toks: Sequence[Token], n: int, a: int, b: int, allow_l: bool,
                    first_ok: bool) -> bool:
    """Whether token ``n`` ends a speaker phrase by what it is: a pronoun opening a clause (``قال السيد X
    هم الأطفال``)، ب/ل + a demonstrative (``بهذه المناسبة``), the possessed speech a verb ends (``وختم
    حديثه بالقول``), or a first word that opens no phrase."""
    tk = toks[n]
    w = tk.text
    if (n > a and w in THIRD_PRONOUNS) or (w[:1] in "بل" and w[1:] in DEMONSTRATIVES):
        return True
    if n != a:
        return False
    if not allow_l and sc.occasion(w) and possessed_h(sc, tk):
        return True
    return not first_ok and not particle_name(sc, toks, n, b) and not participle_noun(toks, n) \
        and (not sc.starts_phrase(w) or circumstantial(sc, toks, n, b)) and not demonstrative_subject(sc, toks, n, b)


def _object_word(sc: Scope, tk: Token, prev: str) -> bool:
    """Whether the word ``tk`` after ``prev`` in a speaker phrase begins the verb's object or a phrase of
    its own: ب + a title or a possessed noun (``بموقفه``), a possessed noun or speech after a definite
    subject (``الشركة خطتها``، ``الوزير حديثه``), an accusative plural (``الوزير المواطنين``) or an
    addressee (``الوزير دول العالم``)."""
    w = tk.text
    if w[0] == "ب" and (w[1:] in sc.w.title or possessed_pp(sc, tk)):
        return True  # (تمسك الرئيس بموقفه، معتبرا: a prepositional object ends the subject)
    if not prev.startswith(("ال", "وال")):
        return False
    if not w.startswith(("ال", "وال")) and w.endswith(("ها", "هم", "هما")) and len(w) > 4 and w not in EMPHATIC:
        return True
    if sc.occasion(w) and possessed_h(sc, tk):
        return True  # واختتم الوزير حديثه قائلا
    if prev.startswith("ال") and not prev.endswith(("ين", "ون", "ات")) and len(prev) > 4 \
            and w.startswith("ال") and w.endswith("ين") and len(w) > 6:
        return True  # طمأن الوزير المواطنين
    return w in sc.w.addressee  # دعا الوزير دول العالم إلى، ناشد الرئيس المجتمع الدولي أن


def _extent(sc: Scope, toks: Sequence[Token], n: int, a: int, b: int, prev: str) -> int:
    """What token ``n`` (after the first) does to a speaker phrase: -1 ends it, ``r > n`` carries it
    on to token ``r``, 0 decides nothing."""
    ws = sc.w
    w = toks[n].text
    if w.startswith("بال") and (prev in ws.doc or prev in ws.source) and not sc.occasion(w[1:]) \
            and not sc.occasion(w[3:]):
        return n + 1  # مسؤولون بالهيئة، مصادر بالوزارة: a source keeps its origin
    if w in WITHOUT or w in SOURCE_PHRASES or w in ZONE_BREAK:
        return -1  # مسؤول كبير دون الخوض ...، ولي العهد وفقا للترجمة ...، ... فقد: an adjunct or a new clause
    if prev in REFERRING:
        return -1  # هذا الأخير القرار: nothing follows "the latter" in a speaker phrase
    if (w in IN_ABOUT or w.startswith("بال")) and titled(sc, toks, a):
        r = place_then_name(sc, toks, n, b)
        if r > n:  # رئيس النقابة في ولاية بورنو أبو بكر ...، النائب عن "حركة أمل" قاسم هاشم
            return r
    return 0


def _outlet(toks: Sequence[Token], n: int, b: int, allow_l: bool) -> int:
    """An outlet at token ``n``: glued to ل it ends the speaker (-1: لبي بي سي، لCNN، it is the
    channel); a name of several words is one unit (``سي ان ان``: the token after it); else 0."""
    w = toks[n].text
    if not allow_l and w[0] == "ل" and glued_outlet(toks, n, b) > 0:
        return -1
    e = name_end(toks, n, b) if multi_word(w) else -1
    return e if e > n + 1 else 0


def demonstrative_subject(sc: Scope, toks: Sequence[Token], n: int, b: int) -> bool:
    """``هذا الأخير``، ``هذه الخبيرة``: a demonstrative and a definite noun name a source by reference."""
    if toks[n].text not in DEMONSTRATIVES or n + 1 >= b:
        return False
    nxt = toks[n + 1].text
    return nxt.startswith("ال") and nxt not in sc.w.time and not sc.is_stop(nxt) and sc.cue_at(nxt) is None


def titled(sc: Scope, toks: Sequence[Token], a: int) -> bool:
    """A phrase headed by a title or a definite description (رئيس ...، المتحدث ...), not by a name."""
    w = toks[a].text
    return w in sc.w.title or w[2:] in sc.w.title or w.startswith("ال") or w in sc.w.source


def name_word(sc: Scope, tk: Token) -> bool:
    """A word that may be part of a person's or a body's name (no clitic pronoun, no clause word)."""
    w = tk.text
    return tk.word and not w[0].isdigit() and not sc.is_stop(w) and w not in sc.w.time \
        and sc.cue_at(w) is None and not COMPLEMENTIZER.fullmatch(w) and not sc.fa_inna(tk) \
        and not w.endswith(("ته", "تها", "تهم")) and not sc.occasion(w) and w not in ZONE_BREAK \
        and w not in RELATIVE


def _unknown_name(sc: Scope, tk: Token) -> bool:
    """A name word that no word list knows (``مينغ``، ``جاك``; not ``مسؤول``، ``أحد``، ``الوزير``)."""
    w = tk.text
    ws = sc.w
    return name_word(sc, tk) and not w.startswith("ال") and w not in NOT_FIRST_PERSON and not any(
        w in s for s in (ws.title, ws.doc, ws.source, ws.media, ws.addressee, ws.nonsource, ws.origin))


def particle_name(sc: Scope, toks: Sequence[Token], n: int, b: int) -> bool:
    """Whether ``لي`` or ``ما`` at token ``n`` is part of a name, not the particle: a first name before a
    name word no list knows (``لي مينغ تشاو``; ``قال لي مسؤول`` is "told me"), or a surname after
    one that ends the phrase (``جاك ما إن``، ``بروس لي،``); ``فان`` written with a plain alef in a text
    that spells hamza (``فان جال``، ``لويس فان دايك``: :meth:`Scope.fa_inna`) before a name word."""
    if toks[n].text == "فان" and not sc.fa_inna(toks[n]):
        return n + 1 < b and name_word(sc, toks[n + 1])
    if toks[n].text not in NAME_PARTICLES:
        return False
    if toks[n].text == "لي" and n + 1 < b and _unknown_name(sc, toks[n + 1]):
        return True
    after = toks[n + 1].text if n + 1 < len(toks) else ""
    ends = after in ("،", ",", ":") or bool(COMPLEMENTIZER.fullmatch(after))
    return n > 0 and ends and _unknown_name(sc, toks[n - 1])


def place_then_name(sc: Scope, toks: Sequence[Token], n: int, b: int, loose: bool = False) -> int:
    """Where a title's place and the name after it end (``بالعاصمة المقدسة الرائد فهد السالم``،
    ``في ولاية بورنو أبو بكر غامندي``، ``عن "حركة أمل" قاسم هاشم``), or -1.

    The stretch from the preposition must hold a name (a rank word, or a word without ال after
    the place) and end cleanly (a comma, أن/إن, a colon, an addressee) within ten tokens; ``loose``
    drops the clean end (the subject a participle inherits, whose verb's object may follow at once:
    the caller cuts it, :func:`arnews.attribution.speaker_clause.object_cut`).
    """
    m = n + 1 if toks[n].text in IN_ABOUT else n
    if m < b and toks[m].text in QUOTE_CHARS:  # عن "حركة أمل"
        close = next((x for x in range(m + 1, min(b, m + 7)) if toks[x].text in QUOTE_CHARS), -1)
        if close < 0:
            return -1
        m = close + 1
    elif m < b and name_word(sc, toks[m]) and not sc.occasion(toks[m].text):
        m += 1
    else:
        return -1
    named = comma = False
    e = m
    while e < min(b, n + 14):
        if toks[e].text in "،," and not comma and e + 1 < b \
                and (_unknown_name(sc, toks[e + 1]) or toks[e + 1].text in RANKS) \
                and not (toks[e + 1].text[0] == "ل" and glued_outlet(toks, e + 1, b) > 0):
            comma = True  # مراسل الصحيفة في بكين، سامي الحداد، إن، في الجيزة، اللواء X، إن: the name after the place
            e += 1
            continue
        if initial_dot(toks, e, b):  # بالمنطقة الشمالية د. خالد ...، م. سامي: an abbreviated title or initial
            named = True
            e += 1
            continue
        if name_hyphen(toks, e, m, b):  # في كوريا الجنوبية مون جاي-إن: a hyphenated name
            named = True
            e += 2
            continue
        if toks[e].text == "(":  # الشركة الوطنية (الصوناد) ماجد ...: a short parenthesis in the place
            close = next((x for x in range(e + 1, min(b, e + 5)) if toks[x].text == ")"), -1)
            if close < 0:
                return -1
            e = close + 1
            continue
        if named and toks[e].text in sc.w.time and e + 1 < b and _unknown_name(sc, toks[e + 1]) \
                and toks[e + 1].text not in sc.w.time:
            e += 1  # سامي صباح عيدان: a time word between two names is a name (صباح), not a time
            continue
        if not (name_word(sc, toks[e]) or (toks[e].text == "علي" and name_ali(sc, toks, e, b))) \
                or (toks[e].text[0] == "ل" and glued_outlet(toks, e, b) > 0):
            break  # (اللواء علي X: the name علي, not the preposition)
        named = named or toks[e].text in RANKS or not toks[e].text.startswith("ال")
        e += 1
    if not named or e == m:
        return -1
    nxt = toks[e].text if e < b else "،"
    clean = nxt in "،,:" or COMPLEMENTIZER.fullmatch(nxt) or (nxt[0] == "ل" and glued_outlet(toks, e, b) > 0) \
        or nxt == "ل" or nxt in sc.w.time  # (رئيس النقابة في الولاية سامي الحداد أمس إن: a time after the name)
    return e if clean or loose else -1


def name_hyphen(toks: Sequence[Token], n: int, a: int, b: int) -> bool:
    """A hyphen written inside a name, glued to the words on both sides (``جان-إيف``، ``مون جاي-إن``،
    ``لي ناك-يون``): the name goes on, and an ``إن`` after it is part of the name, no complementizer."""
    if toks[n].text not in _HYPHENS or n <= a or n + 1 >= b or not toks[n + 1].word or not toks[n - 1].word:
        return False
    return toks[n - 1].end == toks[n].start and toks[n].end == toks[n + 1].start


#: The hyphens a transcribed name may hold between its parts.
_HYPHENS = frozenset({"-", "‐", "‑"})


def initial_dot(toks: Sequence[Token], n: int, b: int) -> bool:
    """A period inside a sentence right after a short word and before a word: an initial or an
    abbreviation (``كيه. لي``، ``جي. بي. مورغان``), which the sentence splitter left inside the sentence."""
    if toks[n].text != "." or n == 0 or n + 1 >= b:
        return False
    p = toks[n - 1]
    return p.word and len(p.text) <= 4 and p.end == toks[n].start and toks[n + 1].word and not p.text.isdigit()


def _past_mark(sc: Scope, toks: Sequence[Token], n: int, a: int, b: int, allow_l: bool, relative: bool) -> int:
    """Where a speaker phrase goes on after the mark at token ``n``, or -1 if the mark ends it.

    A short quoted name (“...”), a short parenthesis (72 سنة) and an apposition after a comma that
    ends cleanly belong to the phrase.
    """
    w = toks[n].text
    if initial_dot(toks, n, b) or decimal_mark(toks, n) or name_hyphen(toks, n, a, b):
        return n + 2  # جي. بي. مورغان، كيه. لي، 0.5 في المئة، جاي-إن: an initial, a decimal point, a hyphen
    if w in QUOTE_CHARS and n == a and n + 2 < b:  # وقالت «الفيدرالية العالمية»: إن ...: a quoted name as subject
        close = next((m for m in range(n + 2, min(b, n + 6)) if toks[m].text in QUOTE_CHARS), None)
        k = close + 1 if close is not None else b
        while k < b and k - (close or 0) <= 3 and toks[k].text in sc.w.time:
            k += 1  # وأشار "التحالف الموحد" الخميس إلى أن: a time word after the name
        after = toks[k].text if close is not None and k < b else ":"
        if close is not None and (after in "،,:" or COMPLEMENTIZER.fullmatch(after) or (
                after in PREPOSITIONS and k + 1 >= b)):  # (its verb's preposition before أن)
            return close + 1
        return -1
    if w in QUOTE_CHARS and n > a and not relative:  # قائد "اللواء 12 مشاة"، شركة "إي تي في ستوديو"
        close = next((m for m in range(n + 1, min(b, n + 8)) if toks[m].text in QUOTE_CHARS), None)
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
    if n + 1 < b and (toks[n + 1].text in NAME_LINKS or toks[n + 1].text == "("):  # علي بن ...، علي (50 عاما)
        return True
    return sc.alef_maqsura and sc.v.original[sc.v.offsets[toks[n].end - 1]] == "ي"


def circumstantial(sc: Scope, toks: Sequence[Token], n: int, b: int) -> bool:
    """``مخاطبا الحضور``، ``متوجها إلى``: a participle with its object, not a name (``ملالا يوسفزاي``)."""
    if not CIRCUMSTANTIAL.fullmatch(toks[n].text) or n + 1 >= b:
        return False
    if toks[n].text.endswith("ها") and source_word_table().heads.get(toks[n].text[:-2]):
        return False  # مديرها العام، متحدثها الرسمي: a title with its pronoun, not an accusative participle
    return _governs(toks[n + 1].text)


def _governs(nxt: str) -> bool:
    """Whether ``nxt`` may follow a circumstantial participle as its object or its preposition
    (``مخاطبا الحضور``، ``متحدثا باللغة``، ``متوجها إلى``)."""
    return nxt.startswith(("ال", "بال", "لل")) or nxt in PREPOSITIONS or nxt in PRONOUN_PREP or nxt in REFLEXIVE


def manner_participle(sc: Scope, toks: Sequence[Token], n: int, b: int) -> bool:
    """A participle of a derived form after the speaker's words, before its object or preposition:
    ``قالت سلمى متحدثة باللغة الإنجليزية``، ``وقال الوزير متحدثا للصحفيين``: a circumstantial that ends the
    speaker (not ``متحدثة باسم الوزارة``, a title, nor the adjective of an indefinite source noun:
    ``طبيبة متخصصة في``، ``مصادر مطلعة على``)."""
    if n + 1 >= b or not MANNER_PARTICIPLE.fullmatch(toks[n].text) or toks[n + 1].text == "باسم":
        return False
    prev = toks[n - 1].text
    if not toks[n - 1].word or not _governs(toks[n + 1].text) or (prev[:1] in "بلك" and len(prev) > 3):
        return False  # (قيادي بمرتبة متوسطة في الحركة: the adjective of a prepositional phrase's noun)
    ws = sc.w
    return prev.startswith(("ال", "وال")) or not (
        prev in ws.title or prev in ws.doc or prev in ws.source or source_word_table().heads.get(bare(prev)))


def possessed_h(sc: Scope, tk: Token) -> bool:
    """A word with the pronoun ه/ها/هم (the original spelling tells ه from the ة of ``كلمة``)."""
    w = tk.text
    if w.endswith(("ها", "هم", "هما")):
        return len(w) > 4
    return w.endswith("ه") and len(w) > 3 and sc.v.original[sc.v.offsets[tk.end - 1]] != "ة"


def possessed_pp(sc: Scope, tk: Token) -> bool:
    """``بموقفه``، ``بقرارها``، ``بحديثهم``: ب and a noun with a possessive pronoun, a prepositional
    phrase (the original spelling tells the pronoun ه from the feminine ة of a name: ``بوتفليقة``)."""
    w = tk.text
    if len(w) < 5 or w.startswith("بال") or not w.endswith(("ه", "ها", "هم", "هما", "هن")):
        return False
    v = sc.v
    last = v.original[v.offsets[tk.end - 1]] if tk.end - 1 < len(v.offsets) else ""
    return last != "ة" and sc.cue_at(w) is None


def speech_opener(sc: Scope, toks: Sequence[Token], n: int) -> bool:
    """Words that open first-person speech (نحن، أنا، لقد، لا يمكننا، لن نسمح، لم أر): no narration starts so."""
    if n >= len(toks):
        return False
    w = toks[n].text
    if w in SPEECH_OPENERS:
        return True
    if w in VERB_NEGATION and n + 1 < len(toks):
        v = toks[n + 1].text
        return toks[n + 1].word and (v.endswith("نا") or (v[:1] in "نا" and not v.startswith("ال") and len(v) > 2))
    return False


def first_person_speech(sc: Scope, toks: Sequence[Token], n: int, cf: CueForm) -> bool:
    """A verb of saying followed at once by a first-person present verb (أعلق، أهتم): unquoted speech; a
    plural of the shape أفعال (``وعلقت أعلام ولافتات``: hung, not commented) is none."""
    if n >= len(toks) or cf.cls not in ("say", "add") or cf.form not in ("past", "present"):
        return False
    w = toks[n].text
    return (toks[n].word and len(w) >= 3 and w[0] == "ا" and not w.startswith(ALIF_STARTS)
            and w not in NOT_FIRST_PERSON
            and not sc.is_stop(w) and not w[1:2].isdigit()
            and (sc.cue_at(w) is None or sc.cue_at(w).form == "present")  # type: ignore[union-attr]
            and w not in sc.w.time and not w.endswith(("ه", "ات", "ون", "ين")) and not BROKEN_PLURAL.fullmatch(w))


#: The broken plural أفعال (``أعلام``، ``أطفال``، ``أسعار``), folded: a noun, no first-person present verb.
BROKEN_PLURAL = _compiled.compile(r"ا\w\wا\w")


