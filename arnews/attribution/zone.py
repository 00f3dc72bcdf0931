"""Clause-zone stage: from a verb cue to the introducer of its content.

After a verb the zone holds the speaker, adjuncts (في كلمة، خلال ندوة، اليوم) and the channel; it
ends at the content's introducer: أن/إن/بأن (``that``), a colon, an opening quote, a participle
such as قائلا (``bare``), unquoted first-person words (``speech``) or a line break. A new clause, a
full stop or a closing mark ends the zone with no introducer.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..doc import START, Token
from ..lexicon import CueForm
from .event import Event
from .gate import (
    aside_parenthesis,
    decimal_mark,
    negated_that,
    negation,
    object_pronoun,
    participle_noun,
    quoted_object,
    relative_object,
    relative_verb,
)
from .media import multi_word, name_end, unglued
from .quotes import closes, quote_close, quote_ok
from .scope import Scope
from .source_type import state_name
from .speaker import first_person_speech, initial_dot, name_hyphen, name_word, noun_phrase, speech_opener
from .words import (
    AND_THAT,
    ASIDE_OPENERS,
    AUXILIARIES,
    BIHI,
    BUT_WORDS,
    BY_DOCUMENT,
    CIRCUMSTANTIAL,
    CLOSERS,
    COMPLEMENTIZER,
    FA_INNA,
    IN_ABOUT,
    IN_SHAA,
    LAM_LA,
    MASDAR_AFTER,
    NO_SPEECH_AFTER,
    ONE_OF,
    OPEN,
    PREPOSITIONS,
    PRONOUN_PREP,
    PUNCT_STOP,
    QUESTION_WORDS,
    QUOTE_CHARS,
    RELATIVE,
    RELATIVE_WA,
    TEMPORAL_BEFORE_AN,
    THIRD_PRONOUNS,
    WINDOW,
    ZONE_BREAK,
    ZONE_STEP_WORDS,
)

# What a scan step tells the loop: stop, go to the next token, or go on from where the step moved.
_STOP, _NEXT, _JUMP = 0, 1, 2


@dataclass(slots=True)
class Zone:
    """The zone of a verb cue: tokens ``[a, intro_n)``, and how its content is introduced.

    ``intro`` is ``None`` when no introducer was found; ``merged`` is the token of a participle
    (قائلا، مضيفا) that the cue absorbed (-1: none); ``end`` bounds the scan.
    """

    a: int
    end: int
    n: int
    intro: str | None = None
    intro_n: int = -1
    merged: int = -1
    relative: bool = False
    object_at: int = -1  # where the verb's object starts before a coordinated content (بتوفير الدعم وأن ...)
    quoted_at: int = -1  # where the verb's object starts when it holds the quotation (بشن "...", أبدى "...")
    plain: dict[str, bool] = field(default_factory=dict)  # the words known to be plain (:func:`_is_plain`)

    @property
    def b(self) -> int:
        """Where the speaker zone ends: the verb's object, the absorbed participle, else the introducer."""
        if self.object_at >= 0:
            return self.object_at
        return self.merged if self.merged >= 0 else self.intro_n

    def found(self, intro: str, n: int) -> int:
        """Record the introducer and stop the scan."""
        self.intro, self.intro_n = intro, n
        return _STOP


def scan(sc: Scope, ev: Event) -> Zone:
    """Scan the zone after the verb cue ``ev`` for its content introducer."""
    toks, n1, cf = ev.table.toks, ev.n1, ev.cf
    end = min(len(toks), n1 + 1 + WINDOW)
    n = n1 + 1
    if n < end and cf.prep and toks[n].text == cf.prep:
        n += 1
    z = Zone(a=n, end=end, n=n, plain=_plain_words(sc))
    while z.n < end:
        tk = toks[z.n]
        if z.n > n1 and "\n" in sc.t[toks[z.n - 1].end:tk.start] and tk.word and \
                all(toks[m].text in PRONOUN_PREP for m in range(z.a, z.n)) and \
                not COMPLEMENTIZER.fullmatch(tk.text):
            z.found("newline", z.n)
            break
        step = _word_step(sc, ev, z) if tk.word else _mark_step(sc, ev, z)
        if step == _STOP:
            break
        if step == _NEXT:
            z.n += 1
    return z


def settle(sc: Scope, ev: Event, z: Zone) -> bool:
    """Introducers found after the scan (بالقول، unquoted speech); False when the cue is no event."""
    toks, n0, n1, cf = ev.table.toks, ev.n0, ev.n1, ev.cf
    if cf.needs_prep and z.intro is not None and not any(toks[m].text == cf.prep for m in range(n1 + 1, z.intro_n)) \
            and not (cf.prep == "ب" and toks[z.intro_n].text.startswith("ب")):  # قضت المحكمة بأن
        return False  # عبر الهاتف: without its عن the word is no verb of expression
    if cf.form == "bil" and z.intro is None:
        nxt = toks[n1 + 1].text if n1 + 1 < len(toks) else ""
        prv = toks[n0 - 1].text if n0 > 0 else ""
        if not nxt or nxt in NO_SPEECH_AFTER or negation(prv):
            return False  # وليس بالقول فقط: no speech follows
        z.found("bare", n1)
    if z.intro in (None, "that") and own_words(sc, toks, n1 + 1, cf):
        z.found("bare", n1)  # وقال لقد ناقشنا ...، وقال هدفنا هو ...: the speaker's own words, unquoted
    if z.intro is None and n1 + 1 < len(toks) and toks[n1 + 1].text in "،,":
        m = adjunct_chain(sc, toks, n1 + 1)
        if m > 0:  # وأضافت، خلال لقاء ...، والذي ...، بمناسبة ...، أن ...: asides between the cue and its أن
            z.found("that", m)
    if z.intro is None and first_person_speech(sc, toks, n1 + 1, cf):
        z.found("bare", n1)  # ويقول أعلق الآن ...: speech whose quotation marks were lost
    if z.intro is None and cf.cls in ("say", "add") and cf.form in ("past", "present"):
        sb = noun_phrase(sc, toks, z.a, z.end)[1]
        pronoun = sb + 1 < z.end and toks[sb].text in _PRONOUN_OPENERS and toks[sb + 1].word \
            and toks[z.a].text not in QUESTION_WORDS and not (ev.n0 > 0 and toks[ev.n0 - 1].text == "ان")
        if sb > z.a and (speech_opener(sc, toks, sb) or pronoun):
            z.found("speech", sb)  # وقال الوزير نحن لن نسمح ...، قال السيد X هم الأطفال ...: unquoted speech
        elif sb > z.a and sb + 1 < z.end and toks[sb].text in "،," and clause_start(sc, toks, sb + 1) \
                and (ev.n0 == 0 or toks[ev.n0 - 1].text not in RELATIVE) \
                and (_apposed(toks, z.a, sb) or cf.cls == "say"):
            z.found("speech", sb + 1)  # وقال X، وزير الخارجية، نحن ...؛ a verb of saying: وقال المدير، الأسعار سترتفع
    return True


def _word_step(sc: Scope, ev: Event, z: Zone) -> int:
    """A word in the zone: a complementizer, a new clause, another cue, or part of the zone."""
    toks, n, cf = ev.table.toks, z.n, ev.cf
    w = toks[n].text
    prev_w = toks[n - 1].text
    plain = z.plain.get(w)
    if plain is None:
        plain = _is_plain(sc, w, z.plain)
    if w in RELATIVE:
        z.relative = True
    elif n > z.a:
        prev2 = toks[n - 2].text if n - 2 >= z.a else ""  # بيان نشرته، بيانات رسمية نشرت
        if (not plain and relative_verb(sc, toks, n, z.a)) or _indefinite_source(sc, prev_w) \
                or _indefinite_source(sc, prev2):
            z.relative = True  # a clause of an indefinite source noun
    if plain:
        return _NEXT  # (none of the tests below holds for this word)
    e = name_end(toks, n, z.end, unglued(w)[0] if w[0] == "ل" else None) if multi_word(w) else -1
    if e > n + 1:  # (ل)سي ان ان: an outlet's name, its ان is no complementizer
        z.n = e
        return _JUMP
    if COMPLEMENTIZER.fullmatch(w):
        if n - 1 > z.a and name_hyphen(toks, n - 1, z.a, z.end):
            return _NEXT  # مون جاي-إن إن ...: the last part of a hyphenated name, no complementizer
        if w == "ان" and n + 1 < len(toks) and toks[n + 1].text in IN_SHAA:
            return _NEXT  # داعين لهم بالشفاء إن شاء الله: the conditional of the formula, no content
        prev = toks[n - 1].text if n > ev.n1 + 1 else ""
        if prev in TEMPORAL_BEFORE_AN and not (prev == "في" and cf.prep in IN_ABOUT):
            return _STOP  # قبل أن، يجب أن; but أعرب عن أمله في أن، يأملون في أن: the hope is the content
        return z.found("that", n)
    if negated_that(toks, n, cf):
        return z.found("that", n)  # تعهد الرئيس ألا تصبح ...: ألا is أن لا
    if w in AND_THAT and cf.cls == "ask":
        obj = next((m for m in range(n - 1, z.a, -1) if toks[m].text[:1] == "ب" and toks[m].text[1:] not in sc.w.title
                    and toks[m + 1].text.startswith("ال")), -1)
        if obj > z.a:  # وطالب الوزير بتوفير الدعم وأن تتنبه الحكومة: a demand joined to a noun one
            z.object_at = obj
            return z.found("that", n)
    if n > z.a and w == "حيث":
        m = where_clause(sc, toks, n, z.end)
        if m > 0:  # متحدثة باسم المستشفى حيث كان يعالج المصاب إنه ...: a clause of the place in the phrase
            z.n = m
            return _JUMP
    if n > z.a and w in ASIDE_OPENERS:
        m = apposed_clause(sc, toks, n, z.end, ev.cf)
        if m > 0:  # وقال X رئيس الشركة وهي الأكبر في البلاد، إن ...، ولفت X وهو رئيس "..." إلى أن
            z.n = m
            return _JUMP
    if n > z.a and (w in sc.w.connector or w in ZONE_BREAK or sc.fa_inna(toks[n])):
        return _STOP
    rel = sc.lex.forms.get(w)
    if n > z.a and rel is not None and relative_object(toks, n, rel, sc.lex.forms):
        return _STOP  # رفضت النقابة ما أسمته الحكومة "...": the quotation is the relative clause's
    c2 = sc.cue_at(w)
    if c2 is not None and (receiving(sc, toks, n, c2) or prev_w in MASDAR_AFTER
                           or (c2.form == "participle" and participle_noun(toks, n)) or (
            c2.needs_prep and (n + 1 >= z.end or toks[n + 1].text != c2.prep))):
        c2 = None  # توصلت الجريدة بنسخة منه: received, not concluded; عدم ذكر: a verbal noun; عبر منصة: a preposition
    if c2 is None:
        return _NEXT
    if prev_w in RELATIVE and c2.form in ("past", "present") and object_pronoun(w, sc.lex.forms):
        return _STOP  # وانتقد الخطوة التي وصفها بأنها خطيرة: the relative clause's verb reports its own content
    after_comma = toks[n - 1].text in "،,"
    if c2.form in ("participle", "bil") and c2.cls in ("say", "explain", "assert", "add") \
            and n - z.a <= 12 and not after_comma:
        z.merged = n
        z.n = n = n + 1
        if n < z.end and c2.prep and toks[n].text == c2.prep:
            z.n = n = n + 1
        if n < z.end and (COMPLEMENTIZER.fullmatch(toks[n].text) or toks[n].text in OPEN or toks[n].text == ":"):
            return _JUMP
        return z.found("bare", n - 1)
    if n > z.a and (c2.form in ("past", "present") or after_comma) and not (z.relative and not after_comma):
        return _STOP
    if n > z.a and c2.form == "masdar" and n + 1 < len(toks) and COMPLEMENTIZER.fullmatch(toks[n + 1].text):
        return _STOP  # ويرفضون المشروع خشية أن ...: the verbal noun heads its own clause
    return _NEXT


def _indefinite_source(sc: Scope, w: str) -> bool:
    """Whether ``w`` is an indefinite source or document noun (``بيان``، ``مصادر``): a relative clause with no
    relative word may follow it."""
    ws = sc.w
    return (w in ws.doc or w in ws.source) and not w.startswith("ال")


#: Per lexicon (by identity, the lexicon held so that the identity stays its own): folded word → whether it is
#: plain in a zone, what :func:`_word_step` moves past after its first test (see :func:`_is_plain`).
_PLAIN: dict[int, tuple[object, dict[str, bool]]] = {}


def _plain_words(sc: Scope) -> dict[str, bool]:
    """The cache of :func:`_is_plain` for the scope's lexicon (a zone reads it once, at its start)."""
    lex = sc.lex
    entry = _PLAIN.get(id(lex))
    if entry is None or entry[0] is not lex or len(entry[1]) >= 1 << 14:
        if len(_PLAIN) >= 8:
            _PLAIN.clear()
        entry = _PLAIN[id(lex)] = (lex, {})
    return entry[1]


def _is_plain(sc: Scope, w: str, known: dict[str, bool]) -> bool:
    """Whether the zone word ``w`` is none of what :func:`_word_step` looks for after its first test: no
    outlet name's first word, complementizer, ``الا``, ``وان``/``وبان``, ``حيث``, aside opener (``وهما``),
    connector, zone break,
    ``فإن`` nor cue form (so no relative verb either). It depends on the word and the lexicon only: kept in
    ``known`` (:func:`_plain_words`)."""
    plain = known[w] = not (
        multi_word(w) or COMPLEMENTIZER.fullmatch(w) or w in ZONE_STEP_WORDS or w in ASIDE_OPENERS
        or w in sc.w.connector or w in ZONE_BREAK or FA_INNA.fullmatch(w) or w in sc.lex.forms
    )
    return plain


def _mark_step(sc: Scope, ev: Event, z: Zone) -> int:
    """A mark in the zone: a colon, a comma (an aside or a new clause), a parenthesis or a quote."""
    toks, n = ev.table.toks, z.n
    tk = toks[n]
    w = tk.text
    if w == ":":
        return z.found("colon", n)
    if w in "،," and n + 1 < z.end:
        close = insertion_end(sc, toks, n, z.end)
        if close > 0:  # ، وهي تبكي، إن ...؛ ، طالبا عدم ذكر اسمه، إن ...: an aside before the content
            z.n = close + 1
            return _JUMP
        nxt = toks[n + 1].text
        if nxt == "و" or (nxt[0] == "و" and len(nxt) > 3 and nxt[1:] not in sc.w.title
                          and not nxt.startswith("وزير") and not apposition_runs(sc, toks, n + 1, z.end)):
            return _STOP
    if w == "(":
        c = quote_close(sc, tk.start)
        if c - tk.start > 25 and quote_ok(ev.cf) and not aside_parenthesis(sc.t, c, ev.table.end):
            return z.found("quote", n)
        if c > tk.start:
            _skip_to(toks, z, c)
            return _JUMP
        return _STOP
    if w in QUOTE_CHARS:
        return _quote_step(sc, ev, z)
    if w in "؛;" and n + 1 < z.end and COMPLEMENTIZER.fullmatch(toks[n + 1].text):
        return _NEXT  # وقال المتحدث؛ إن ...: a wire style's semicolon before the content, read as a comma
    if initial_dot(toks, n, z.end) or decimal_mark(toks, n):
        return _NEXT  # جي. بي. مورغان، 0.5 في المئة: an initial or a decimal point, not the end of the clause
    if w in PUNCT_STOP or w in CLOSERS:
        return _STOP
    return _NEXT


def _skip_to(toks: Sequence[Token], z: Zone, c: int) -> None:
    """Move the scan past the token that holds offset ``c`` (a closing mark)."""
    while z.n < z.end and toks[z.n].start < c:
        z.n += 1
    z.n += 1


def _quote_step(sc: Scope, ev: Event, z: Zone) -> int:
    """A quote mark in the zone: the quoted content, a quoted title or name, or the zone's end."""
    toks, n, cf = ev.table.toks, z.n, ev.cf
    tk = toks[n]
    if closes(sc, tk.start):
        return _STOP
    c = quote_close(sc, tk.start)
    if c > tk.start and ev.relative_ma and (n == z.a or noun_phrase(sc, toks, z.a, n)[1] == n):
        return z.found("quote", n)  # بما اعتبره "..."، ما أسماه بـ"..."، ما أسمته المعارضة "...": a relative's object
    pw = toks[n - 1].text
    if c > tk.start and n > z.a and (pw in sc.w.naming or pw[1:] in sc.w.naming) and "reflexive" not in cf.flags:
        _skip_to(toks, z, c)  # وثيقة "المنهاج ...": a quoted title (أطلق على نفسه اسم "...": the name is the report)
        return _JUMP
    if c > tk.start and n > z.a and toks[n - 1].word and quoted_name_in_phrase(sc, toks, n, c, z.end):
        _skip_to(toks, z, c)  # قائد "اللواء 12 مشاة" العميد ...: a quoted name inside the speaker's title
        return _JUMP
    if c < 0 and (n == z.a or toks[n - 1].text in "،,:"  # an unclosed quotation, also right after the speaker
                  or (quote_ok(cf) and noun_phrase(sc, toks, z.a, n)[1] == n)):
        return z.found("quote", n)
    if c > tk.start and quoted_object(toks, n, cf):
        return z.found("quote", n)  # وصفها بـ"...": a quoted object after the verb's preposition
    if c > tk.start and n > 1 and toks[n - 1].text == "و" and toks[n - 2].text in QUOTE_CHARS:
        _skip_to(toks, z, c)  # مجموعات "X" و"Y" و"Z": a list of quoted names
        return _JUMP
    obj = object_start(sc, ev, z.a, n, c) if c > tk.start else -1
    if obj >= 0:
        z.quoted_at = obj  # أبدى "تفاؤله" حيال ...، يتهم X المعارضة بشن "..."، وناشدها العودة إلى "...": the
        return z.found("quote", n)  # verb's object holds the quotation
    if c > tk.start and sc.t.count(" ", tk.start, c) >= 2:
        if not toks[n - 1].text.startswith("ال") and quoted_name(sc, toks, c, z.end):
            # قائد "اللواء الثالث" العميد X أن ...: a quoted name after a noun in construct
            _skip_to(toks, z, c)
            return _JUMP
        if quote_ok(cf):
            z.found("quote", n)
        return _STOP
    if c > tk.start:  # a short quoted name (“الكتاب”) belongs to the zone
        qn = n
        _skip_to(toks, z, c)
        n = z.n
        ends = n >= len(toks) or toks[n].text in PUNCT_STOP
        if ends and quote_ok(cf) and ((qn - z.a <= 4 and not any(toks[x].text in PREPOSITIONS for x in range(z.a, qn)))
                                      or (" " in sc.t[tk.start:c] and toks[qn - 1].text.startswith("ال")
                                          and toks[qn - 1].text not in sc.w.naming and qn - z.a <= 10
                                          and all(toks[x].word for x in range(z.a, qn)))):
            # وأضاف “نحن جاهزون”.، قال في مؤتمر عبر الهاتف "الطلب قوي".: a short quotation ending the clause
            return z.found("quote", qn)
        return _JUMP
    return _STOP


#: The most words between a verb and the quotation its object holds (the subject may stand between).
OBJECT_QUOTE_GAP = 26


def object_start(sc: Scope, ev: Event, a: int, n: int, c: int) -> int:
    """Where the object of the verb cue ``ev`` starts when it holds the quotation opening at token ``n``
    and closing at ``c`` (the zone's words ``[a, n)`` lie between), else -1: a ``mixed`` event (a
    settled case of the guidelines: ``أبدى "تفاؤله"``، ``يتهم X المعارضة بشن "..."``، ``ووعد X باجتياز
    "..."``، ``وناشدها العودة إلى "..."``، ``هدد X بإعدام ... «...»``).

    The quotation stands inside the phrase of the verb's own preposition (``بشن "..."``: ب glued to a
    noun for a ب verb), or a few words after a verb carrying its object pronoun (``ناشدها العودة إلى
    "..."``), or right after the verb, or, a quotation of a word or two, after a definite subject
    (``أبدت الوزيرة «ارتياحها» لـ``): these two only when the clause goes on after the closing mark.
    The words before it are a clause's words only: no mark but a quoted name, no cue, clause word or
    complementizer; no introducer follows it. Verbs of saying, adding and relaying read a quotation
    as speech already; a quoted name (after a naming noun, in a list, inside a title) is skipped
    before this is asked.
    """
    cf, toks = ev.cf, ev.table.toks
    if cf.cls in ("say", "add", "report") or cf.form not in ("past", "present", "participle") or ev.relative_ma \
            or n - a > OBJECT_QUOTE_GAP or _introducer_after(sc, toks, c):
        return -1  # (نقلت X عن Y "...": a relay's source; وأشار "X" الخميس إلى أن: a quoted subject)
    if "reflexive" in cf.flags:
        return n  # تطلق على نفسها لقب "...": the name one gives oneself
    inner = sc.t[toks[n].end:c].split()
    if all(x in sc.w.time for x in inner):
        return -1  # اليوم «أمس»: the editor's gloss of a time word, no quotation
    obj = -1
    for m in range(a, n):
        tk = toks[m]
        w = tk.text
        if not tk.word:
            if w in QUOTE_CHARS:
                continue  # مجموعة "X" السويسرية: a short quoted name the scan skipped
            return -1
        if sc.cue_at(w) is not None or w in sc.w.connector or w in ZONE_BREAK or COMPLEMENTIZER.fullmatch(w) \
                or w in RELATIVE_WA:
            return -1  # (الهجمات والتي شنت باستخدام "...": a quotation in a relative clause of the object)
        if obj < 0 and cf.prep and (w == cf.prep or (cf.prep == "ب" and w[:1] == "ب" and len(w) >= 3
                                                     and w[1:] not in sc.w.title and not state_name(toks, m, n))):
            obj = m
    if n == a or (toks[n - 1].text.startswith("ال") and sc.t.count(" ", toks[n].start, c) <= 1
                  and noun_phrase(sc, toks, a, n)[1] == n):  # أبدى "تفاؤله" حيال، أبدت الوزيرة «ارتياحها» لـ
        k = bisect.bisect_right(toks, c, key=START)
        return n if k < len(toks) and toks[k].word else -1
    if obj >= 0:
        return obj
    k = state_name(toks, a, n)
    if 0 < k < n - a:
        return a + k  # وصفت بكين فرض الرسوم "انتهاكا": a state is the whole subject, its object follows
    return a if object_pronoun(toks[ev.n0].text, sc.lex.forms) and n - a <= 4 else -1


def _introducer_after(sc: Scope, toks: Sequence[Token], c: int) -> bool:
    """Whether a content introducer (أن/إن، a colon) follows the quotation closing at ``c`` in its clause
    (before a mark that ends it or another cue): the quotation is then no object of the verb."""
    return _introducer_ahead(sc, toks, bisect.bisect_right(toks, c, key=START), len(toks), colon=True) >= 0


def _introducer_ahead(sc: Scope, toks: Sequence[Token], a: int, b: int, *, colon: bool) -> int:
    """The first complementizer (أن/إن; with ``colon``, a colon too) in the tokens ``[a, b)`` before
    anything that ends the clause: a sentence mark (not a decimal point), a quotation mark, a cue (and,
    without ``colon``, a colon); -1 if none."""
    for m in range(a, b):
        tk = toks[m]
        w = tk.text
        if COMPLEMENTIZER.fullmatch(w) or (colon and w == ":"):
            return m
        if tk.word:
            if sc.cue_at(w) is not None:
                return -1
        elif (w in PUNCT_STOP or w in QUOTE_CHARS or w == ":") and not decimal_mark(toks, m):
            return -1
    return -1


#: The most words of a nominal clause in apposition to the speaker (وهو رئيس ...).
APPOSED_MAX = 14


def apposed_clause(sc: Scope, toks: Sequence[Token], n: int, end: int, cf: CueForm) -> int:
    """Where a nominal clause in apposition to the speaker ends, opening at ``وهو``/``وهي`` (token
    ``n``, no comma before it) and running on to the content's introducer, or -1: the token of the
    introducer (أن/إن، a colon), of the cue's preposition before it, or of the comma before it.

    ``وقال X رئيس الشركة وهي الأكبر في البلاد، إن ...``، ``ولفت X وهو رئيس "..." في فرنسا إلى أن``:
    a definite noun or a title follows the pronoun, or a present verb (a circumstantial clause of at
    most seven words: ``وقالت الوزيرة وهي تبكي إن``، ``عرّف الرجل عن نفسه وهو يبتسم للحضور على أنه``), and
    the clause holds no cue, clause word or mark but a short quoted name.
    """
    if n + 1 >= end:
        return -1
    first = toks[n + 1]
    verb = first.word and first.text[:1] in "يت" and sc.cue_at(first.text) is None  # وهو يبتسم للحضور: circumstantial
    if not first.word or not (first.text.startswith("ال") or first.text in sc.w.title or verb
                              or first.text in ONE_OF):
        return -1
    m = n + 1
    while m < min(end, n + (APPOSED_MAX // 2 if verb else APPOSED_MAX)):
        tk = toks[m]
        w = tk.text
        if COMPLEMENTIZER.fullmatch(w) or w == ":":
            return m
        if cf.prep and w == cf.prep and m + 1 < end and COMPLEMENTIZER.fullmatch(toks[m + 1].text):
            return m
        if w in "،,":
            after = toks[m + 1].text if m + 1 < end else ""
            return m if COMPLEMENTIZER.fullmatch(after) or after in OPEN or after == ":" else -1
        if w in QUOTE_CHARS and tk.start + 1 < len(sc.t):
            c = quote_close(sc, tk.start)
            if c < 0 or sc.t.count(" ", tk.start, c) > 3:
                return -1
            m = bisect.bisect_right(toks, c, key=START)  # a short quoted name: "مان باور"
            continue
        if not tk.word or sc.cue_at(w) is not None or w in sc.w.connector or w in ZONE_BREAK or w in RELATIVE:
            return -1
        m += 1
    return -1


def where_clause(sc: Scope, toks: Sequence[Token], n: int, end: int) -> int:
    """The content's أن/إن after ``حيث`` at token ``n`` when ``حيث`` opens a relative clause of the place
    before it inside the speaker phrase (``في المدينة حيث كان يعالج المصاب إنه``: two words or more, no
    mark and no cue), else -1. ``حيث إن`` ("since") and ``حيث أكد أن`` (a clause of its own) are none."""
    for m in range(n + 1, end):
        w = toks[m].text
        if COMPLEMENTIZER.fullmatch(w):
            return m if m - n > 2 else -1
        if not toks[m].word or sc.cue_at(w) is not None or (w in sc.w.connector and w not in AUXILIARIES):
            return -1  # (حيث كان يعالج: the auxiliary is part of the clause)
    return -1


def receiving(sc: Scope, toks: Sequence[Token], n: int, cf: CueForm) -> bool:
    """``توصل X بنسخة منه`` / ``توصلنا به``: a verb that needs إلى to report, used with ب to receive."""
    if cf.prep != "الي" or cf.form == "participle":
        return False
    for m in range(n + 1, min(len(toks), n + 5)):
        w = toks[m].text
        if w == "الي" or not toks[m].word:
            return False
        if w.startswith(BY_DOCUMENT) or w in BIHI:
            return True
    return False


def insertion_end(sc: Scope, toks: Sequence[Token], n: int, end: int) -> int:
    """The comma closing an aside that opens at the comma ``toks[n]``, or -1.

    An aside is a circumstantial clause (``، وهي تبكي،``) or participle phrase (``، طالبا عدم
    ذكر اسمه،``) of at most eight words, or a relative clause of the speaker (``، الذي كان يتحدث في
    مؤتمر،``، ``، التي تملك 2.5 بالمئة من الأسهم،``) of at most fourteen, closed by a comma right before
    the content's introducer.
    """
    nxt = toks[n + 1].text
    relative = nxt in RELATIVE_WA
    if not (relative or nxt in ASIDE_OPENERS or nxt in LAM_LA or CIRCUMSTANTIAL.fullmatch(nxt)
            or (nxt.endswith("ا") and sc.cue_at(nxt) is not None)):  # طالبا، مضيفا
        return -1
    for m in range(n + 2, min(end - 1, n + (16 if relative else 10))):
        w = toks[m].text
        if w in "،,":
            after = toks[m + 1].text
            return m if (COMPLEMENTIZER.fullmatch(after) or after in OPEN or after == ":") else -1
        if (not toks[m].word and not (relative and _decimal(sc.t, toks[m].start))) or COMPLEMENTIZER.fullmatch(w):
            return -1
    return -1


#: How many tokens a chain of asides may hold between a cue and its comma-preceded أن.
CHAIN_MAX = 60


def adjunct_chain(sc: Scope, toks: Sequence[Token], n: int) -> int:
    """The أن/إن after a chain of asides that opens at the comma ``toks[n]`` right after a cue
    (``وأضافت، خلال لقاء خصص للظاهرة، والذي انتظم بمبادرة من اللجنة، بمناسبة اليوم العالمي، أن ...``):
    the first complementizer after a comma within ``CHAIN_MAX`` tokens, with no cue, quotation, colon
    or sentence mark before it; -1 if none."""
    m = _introducer_ahead(sc, toks, n + 1, min(len(toks), n + CHAIN_MAX), colon=False)
    return m if m > n + 2 and toks[m - 1].text in "،," else -1


def _decimal(t: str, o: int) -> bool:
    """Whether the mark at ``o`` is a decimal point or a thousands separator between digits (``0.5``)."""
    return 0 < o < len(t) - 1 and t[o] in ".,٫" and t[o - 1].isdigit() and t[o + 1].isdigit()


def quoted_name_in_phrase(sc: Scope, toks: Sequence[Token], n: int, c: int, end: int) -> bool:
    """A short quotation (at most six words) inside a speaker phrase: a word stands before it and a
    name after it runs to the content's introducer (أن/إن، a comma or a colon) with no cue between."""
    q = n + 1
    while q < end and toks[q].start < c:
        q += 1
    if q - n > 7 or q + 1 >= end or not name_word(sc, toks[q + 1]):
        return False
    for m in range(q + 1, min(end, q + 8)):
        w = toks[m].text
        if w in "،,:" or COMPLEMENTIZER.fullmatch(w):
            return True
        if not name_word(sc, toks[m]):
            return False
    return False



def own_words(sc: Scope, toks: Sequence[Token], n: int, cf: CueForm) -> bool:
    """Right after a verb of saying, words only the speaker says: a speech opener (``لقد``، ``نحن``) or a
    noun with the first-person plural suffix (``هدفنا``، ``بلادنا``)."""
    if n >= len(toks) or cf.cls not in ("say", "add") or cf.form not in ("past", "present"):
        return False
    w = toks[n].text
    if speech_opener(sc, toks, n):
        return True
    if not (toks[n].word and len(w) >= 5 and w.endswith("نا") and w not in PRONOUN_PREP
            and sc.cue_at(w) is None and not sc.is_stop(w)):
        return False
    stem = w[:-2]
    ws = sc.w  # مصادرنا، مراسلنا: a source of the paper itself is a speaker
    return not any(x in ws.source or x in ws.doc or x in ws.title or x in ws.media for x in (stem, "ال" + stem))


def quoted_name(sc: Scope, toks: Sequence[Token], c: int, end: int) -> bool:
    """Whether the quotation closing at ``c`` is a name inside the speaker phrase: the phrase goes on
    after it with a word (not a preposition) and reaches the content's أن/إن or colon before any
    other mark, quote or cue (``شركة "..." المنتجة للبرنامج إلى أن ...``; not ``إلا أن``)."""
    k = bisect.bisect_right(toks, c, key=START)
    if k >= len(toks) or not toks[k].word or toks[k].text in PREPOSITIONS or sc.is_stop(toks[k].text):
        return False
    for m in range(k, min(end, k + 16)):
        w = toks[m].text
        if COMPLEMENTIZER.fullmatch(w) or w == ":":
            return toks[m - 1].text not in BUT_WORDS  # "..." يجب تسويتها إلا أنها: a clause
        c2 = sc.cue_at(w)
        if (not toks[m].word and w not in "،,") or (c2 is not None and not c2.needs_prep):  # (عبر موقعها)
            return False
    return False


def apposition_runs(sc: Scope, toks: Sequence[Token], n: int, end: int) -> bool:
    """Whether a coordinated apposition opens at token ``n`` (``، والمستشار السابق لوزير المالية، إن``):
    a definite word with و, then words with no cue or clause word, up to a comma before the content's
    introducer (at most twelve words)."""
    if not toks[n].text.startswith("وال"):
        return False
    for m in range(n + 1, min(end - 1, n + 13)):
        w = toks[m].text
        if w in "،,":
            after = toks[m + 1].text
            return bool(COMPLEMENTIZER.fullmatch(after)) or after in OPEN or after == ":"
        if not toks[m].word or sc.cue_at(w) is not None or w in ZONE_BREAK or w in sc.w.connector \
                or COMPLEMENTIZER.fullmatch(w):
            return False
    return False


def _apposed(toks: Sequence[Token], a: int, sb: int) -> bool:
    """Whether the speaker phrase ``[a, sb)`` holds an apposition or relative clause after a comma."""
    return any(toks[m].text in "،," for m in range(a + 1, sb))


def clause_start(sc: Scope, toks: Sequence[Token], n: int) -> bool:
    """Whether token ``n``, after a speaker and its apposition and a comma, opens the speaker's own
    words: a first-person opener, or a word that is no preposition, connector, cue, time or
    clause word (``الاتفاق قريب``; not ``في مؤتمر صحفي``، ``مضيفا``، ``وأضاف``)."""
    if speech_opener(sc, toks, n):
        return True
    w = toks[n].text
    return toks[n].word and not w[0].isdigit() and w[:1] not in "وف" and w not in PREPOSITIONS \
        and w not in sc.w.connector and w not in sc.w.time and w not in sc.w.stop and sc.cue_at(w) is None \
        and w not in ZONE_BREAK and not COMPLEMENTIZER.fullmatch(w) and not w.startswith(("بال", "لل")) \
        and w not in RELATIVE


#: Third-person pronouns that open a nominal sentence of the speaker's words after his name
#: (``قال المدير هم الأطفال المسجلون``): narration never puts one there.
_PRONOUN_OPENERS = THIRD_PRONOUNS
