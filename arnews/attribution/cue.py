"""Cue stage: every cue of the lexicon, in one pass, and the stages each one goes through.

A verb cue goes zone → content → speaker/channel (:func:`verb`); a cue with no introducer may
frame a clause instead (after a quote, between commas, after كما); a source phrase (وفقا لـ،
بحسب) is read by :func:`arnews.attribution.framing.according`. Linking settles the events last.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..doc import START, Token
from ..lexicon import CueForm
from ..wordclass import word_class
from .channel import fronted_channel, in_zone, trailing_channel, where_channel
from .content import content_after, content_for
from .event import Event, Range
from .framing import according, after_quote, as_said, parenthetical, that_said
from .gate import (
    abstract_object,
    admits,
    hamza_dropped,
    inference_at,
    may_report,
    participle_noun,
    passive,
    quoted_object,
    relative_object,
    shows,
)
from .linking import clause_cut, link, new_clause_at
from .media import PRONOUN_ENDS
from .quotes import quote_close
from .scope import Scope
from .source_type import name_head
from .speaker import noun_phrase
from .subject import pre_verbal
from .words import (
    AND_FROM,
    COMPLEMENTIZER,
    EDITORIAL_PRESENT,
    MASDAR_AFTER,
    OCCASION_PREPS,
    PREPOSITIONS,
    PRONOUN_END,
    PRONOUN_PREP,
    QUOTE_CHARS,
    REFLEXIVE,
    RELATIVE,
    RELATIVE_WA,
    SUBORDINATORS,
    TEMPORAL_BEFORE_AN,
)
from .zone import receiving, scan, settle


def find_events(sc: Scope) -> list[Event]:
    """Every reporting event of the text, in cue order, linked."""
    consumed: set[int] = set()
    events: list[Event] = []
    cuts: list[int] = []
    covered = 0  # the end of the last event's cue: a cue inside it (حسبما نقلت) is part of it
    for i, j, cf in sc.lex.find(sc.t):
        if i in consumed or i < covered:
            continue
        ev = analyse(sc, i, j, cf, consumed)
        if ev is not None and ev.content is not None and ev.content[1] > ev.content[0]:
            ev.release(sc.doc)
            events.append(ev)
            covered = ev.j
        elif cf.form in ("past", "present", "participle") and not cf.flags & {"strict", "adjacent", "relclause"}:
            cut = new_clause_at(sc, i)  # (بينها وبين: a strict form without content is no verb: no clause)
            if cut < 0:
                cut = inference_at(sc.t, i)  # ، مما يشير إلى أن: the narrator's clause starts at مما
            if cut >= 0:
                cuts.append(cut)
    events = [e for e in events if e.i not in consumed]
    link(sc, events, cuts)
    return events


def analyse(sc: Scope, i: int, j: int, cf: CueForm, consumed: set[int]) -> Event | None:
    """The event of the cue ``[i, j)``, or None (``consumed`` collects cues inside its zone)."""
    if not may_report(sc.t, i, j, cf):
        return None  # بين البلدين، النمو المتوقع: rejected on the text, before any token table
    k = sc.sent_of(i)
    if cf.form == "present" and sc.t.startswith("وا", i) and not sc.t.startswith("وال", i) \
            and hamza_dropped(sc.v, i, sc.bounds[k]):
        return None  # وأنا واثق من أن: واثق (plain alef) is the adjective, not و + أثق
    sent = sc.sent(k)
    toks = sent.toks
    n0 = sent.at(i)
    if n0 is None:
        return None
    # the last token of the cue (phrases span several tokens)
    n1 = n0
    while n1 + 1 < len(toks) and toks[n1 + 1].start < j:
        n1 += 1
    if receiving(sc, toks, n1, cf):
        return None
    if cf.form == "past" and n0 > 0 and (toks[n0 - 1].text in PREPOSITIONS or toks[n0 - 1].text in MASDAR_AFTER):
        return None  # في نشر، من ذكر، عدم ذكر: a verbal noun, not a verb
    if cf.form == "participle" and participle_noun(toks, n1):
        return None  # لافتة عليها عبارة، مضيفة الطيران: a feminine participle that is a noun
    ev = Event(i, j, cf, k, sent, n0, n1)
    if cf.form == "according" and cf.lemma not in ("جاء في",):
        return according(sc, ev)
    found = verb(sc, ev, consumed)
    if found is None and cf.form in ("past", "present") and not cf.flags & {"strict", "adjacent", "impersonal"} \
            and not cf.needs_prep and not (cf.form == "present" and toks[n0].text[:1] in "انل") \
            and not (n0 > 0 and toks[n0 - 1].text in RELATIVE):
        a, b = noun_phrase(sc, toks, n1 + 1, min(len(toks), n1 + 16))
        if b > a and name_head(sc.t[toks[a].start:toks[b - 1].end]) is None:
            # أكدت مصادر ميدانية لـX سيطرة ...: no event, but a source (a head the types know, not a
            # name or an object noun) that a dropped subject after it continues
            sc.silent.append((toks[a].start, toks[b - 1].end))
    return found


def _object_off(toks: Sequence[Token], speaker: Range, intro_n: int, cf: CueForm) -> Range | None:
    """The speaker of a verb with a noun object first (``prepthat``: أرجع الخبير الارتفاع إلى أن) without
    that object. A speaker phrase running up to the preposition holds the object as its last word when
    that is definite (``الخبير الارتفاع``, ``وزير المالية التراجع``) or possessed after a definite one
    (``الشركة خسائرها``); an abstract noun (``أهمية``) starts it; a plural verb (``أرجعوا``) has its
    subject in itself; a demonstrative object (``ذلك``) ends the phrase before it already."""
    if cf.form == "participle":
        return None  # مبررا الخطوة بأنها ...: a participle's noun is its object, its subject the clause's
    first = min(bisect.bisect_left(toks, speaker[0], key=START), intro_n)  # (the first token at the speaker)
    if first < intro_n and (abstract_object(toks[first].text) or toks[first - 1].text.endswith("وا")):
        return None  # وأرجع ارتفاع الأسعار إلى أن، وأرجعوا الخسارة إلى أن: a dropped subject, the object first
    last = first
    while last + 1 < intro_n and toks[last + 1].end <= speaker[1]:
        last += 1
    for m in range(first + 1, last + 1):
        if abstract_object(toks[m].text) and toks[m - 1].word:
            return speaker[0], toks[m - 1].end  # عزا البيان تراجع الصادرات إلى أن: an abstract noun object
    nxt = toks[last + 1].text if last + 1 < len(toks) else ""
    if last == first or not (nxt == cf.prep or (cf.prep == "ب" and nxt[:1] == "ب") or last + 1 == intro_n):
        return speaker  # (the phrase stops before the preposition: the object is not in it)
    w, prev = toks[last].text, toks[last - 1].text
    possessed = PRONOUN_END.search(w) is not None and prev.startswith("ال") and not w.startswith("ال")
    if not (w.startswith("ال") and w != "الله") and not possessed:  # (عبد الله: a name)
        return speaker
    return speaker[0], toks[last - 1].end


def _object_clause(sc: Scope, toks: Sequence[Token], q: int, quote: Range) -> Range:
    """A quoted object and the words of its clause after the closing mark (``أعلنت “عزمها” توسيع عملها في
    الجنوب``، ``حذرت من "مخاطر عالية" لعمليات المضاربة``): from the opening mark ``q`` to the last word before
    the next mark or cue, else the quotation alone."""
    k = bisect.bisect_right(toks, quote[1], key=START)
    m = k
    while m < len(toks) and toks[m].word and sc.cue_at(toks[m].text) is None and not _object_ends(sc, toks, m):
        m += 1
    if m == k:
        return quote
    return toks[q].start, toks[m - 1].end


def _object_ends(sc: Scope, toks: Sequence[Token], m: int) -> bool:
    """Whether the words of a quoted object's clause end before token ``m``: a relative clause of the quoted
    noun (``"المغالطات" التي تضمنها البلاغ``), a time word, or the occasion (``في مؤتمر صحفي``)."""
    w = toks[m].text
    if w in RELATIVE_WA or w in sc.w.time:
        return True
    nxt = toks[m + 1].text if m + 1 < len(toks) else ""
    return w in OCCASION_PREPS and (nxt in sc.w.occasion or nxt.removeprefix("ال") in sc.w.occasion)


def _reflexive_off(sc: Scope, toks: Sequence[Token], speaker: Range) -> Range | None:
    """The speaker of a ``reflexive`` cue without its reflexive object (``الطالبة نفسها`` → ``الطالبة``)."""
    k = bisect.bisect_left(toks, speaker[0], key=START)
    while k < len(toks) and toks[k].start < speaker[1]:
        if toks[k].text in REFLEXIVE:
            return (speaker[0], toks[k - 1].end) if toks[k].start > speaker[0] else None
        k += 1
    return speaker


def _impersonal_cut(toks: Sequence[Token], n0: int) -> int:
    """Where the clause of an impersonal cue begins: at the cue or its ``من`` when they carry و/ف
    (``...، ومتوقع أن``، ``ومن المتوقع أن``: a clause of its own), else -1 (``إن من المتوقع أن``: embedded)."""
    n = n0 - 1 if n0 > 0 and toks[n0 - 1].text in AND_FROM else n0
    w = toks[n].text
    return toks[n].start if w[:1] in "وف" and (n < n0 or len(w) > 4) else -1


def verb(sc: Scope, ev: Event, consumed: set[int]) -> Event | None:
    """A verb cue: its zone, content, speaker and channel; a framing when no introducer follows."""
    toks, n0, n1, cf = ev.table.toks, ev.n0, ev.n1, ev.cf
    w0 = toks[n0].text
    # editorial formulas: يذكر أن، ذكر أن at the head of a sentence with nothing before
    bare = w0.lstrip("وف")
    if cf.form == "present" and bare in EDITORIAL_PRESENT and n1 + 1 < len(toks) \
            and COMPLEMENTIZER.fullmatch(toks[n1 + 1].text):
        return None
    ev.relative_ma = relative_object(toks, n0, cf, sc.lex.forms)  # انتقد ما أسماه بـ"...": a relative clause
    z = scan(sc, ev)
    if not settle(sc, ev, z) or not admits(toks, n0, n1, cf, z.intro, z.intro_n, relative=ev.relative_ma):
        return None  # من بين، هناك أمل، أشار إلى وجود ...: no reporting verb here (gate.py)
    if "speechobj" in cf.flags and z.intro is not None and not _speech_object(sc, toks, z.a, z.intro_n):
        return None  # وستختتم القمة أعمالها بإعلان أن: concluding a meeting, not words
    if z.intro is None:
        return after_quote(sc, ev) or parenthetical(sc, ev) or as_said(sc, ev) or that_said(sc, ev)
    if z.merged >= 0:
        consumed.add(toks[z.merged].start)
    for m in range(z.a, z.intro_n):  # cues inside the zone (a relative clause, على لسان ...) are not events
        consumed.add(toks[m].start)
    content, kind, fixed = content_for(sc, ev, z.intro, z.intro_n)
    if "impersonal" in cf.flags and n0 > 0 and content is not None and z.intro == "that" \
            and toks[z.intro_n].text.endswith(PRONOUN_ENDS) \
            and (toks[n0 - 1].text in _RELATIVE_WHO or _indefinite_noun(sc, toks[n0 - 1])):
        content = _short_predicate(sc, toks, content)  # رجال من يشتبه أنهم متطرفون قبل أيام: only متطرفون
    zone_b = z.b
    if z.intro == "quote" and quoted_object(toks, z.intro_n, cf):
        kind = "mixed"  # اتهم الحزب الحكومة بـ«...»: a quoted object (its ب is no part of the speaker)
        zone_b = min(zone_b, z.intro_n - 1)
        if fixed and content is not None:
            content = _object_clause(sc, toks, z.intro_n, content)
    elif z.intro == "quote" and ev.relative_ma:
        kind = "mixed"  # ما أسمته المعارضة "...": the quoted object of a relative clause
    elif z.intro == "quote" and "reflexive" in cf.flags:
        kind = "mixed"  # تطلق على نفسها لقب "...": what one calls oneself, a quoted object
    elif z.intro == "quote" and z.quoted_at >= 0:
        content, kind, fixed = _quoted_object_content(sc, ev, z.quoted_at), "mixed", False
        ev.quoted_object = True
        zone_b = min(zone_b, z.quoted_at)  # أبدى "تفاؤله" حيال ...، يتهم X المعارضة بشن "...": the object's clause
    speaker, channel = in_zone(sc, ev.table, n0, z.a, zone_b, cf)
    if "prepthat" in cf.flags and speaker is not None:
        speaker = _object_off(toks, speaker, z.intro_n, cf)
    if "reflexive" in cf.flags and speaker is not None:
        speaker = _reflexive_off(sc, toks, speaker)  # وعرفت الطالبة نفسها بأنها: نفسها is the object
    if cf.form == "participle":
        speaker = None  # داعيا المولى أن، مطالبا الحكومة بأن: after a participle stands its object, never its subject
    if cf.cls == "finding" and speaker is not None and shows(sc.t[speaker[0]:speaker[1]]):
        return None  # تظهر الصور أن، أظهر مقطع فيديو أن: a picture shows, no source reports
    first_person = cf.form == "present" and bare.startswith(("ا", "ن"))  # أعتقد، نعلم: the speaker is the I or we
    if first_person and w0 in sc.lex.forms:
        speaker = None  # أطمئن الأهالي أن، نؤكد للجميع أن: a first-person verb; the phrase after it is its object
    if channel is None:
        channel = fronted_channel(sc, toks, n0) or trailing_channel(sc, ev.table, content) \
            or where_channel(sc, toks, n0)
    ev.fill(speaker, content, kind, channel, fixed=fixed)
    subordinate = 0 < n0 <= 25 and toks[n0 - 1].text.lstrip("و") in SUBORDINATORS
    if passive(sc.v.original, sc.v.offsets[ev.i], sc.v.offsets[ev.j - 1] + 1, cf):
        ev.speaker = None  # ووُصفت الخطوة بأنها، يُعتقد أن: a passive verb has no speaker
    elif speaker is None and not first_person:
        if ev.relative_ma:
            pass  # انتقدت الجمعية ما أسمته بـ"...": a relative clause with no subject of its own names no source
        elif cf.form in ("participle", "masdar") or (cf.form == "present" and w0.startswith("ل")) or subordinate:
            ev.inherits = True
        elif not (w0[:1] == "و" and w0[1:] in sc.lex.forms) and "impersonal" not in cf.flags:
            # وقال: coordinated, its subject is earlier; من المتوقع أن: impersonal, none
            ev.speaker = pre_verbal(sc, ev.table, n0)
    ev.cut = _impersonal_cut(toks, n0) if "impersonal" in cf.flags else -1 if ev.relative_ma \
        else clause_cut(sc, ev.table, n0, cf)
    return ev


def _quoted_object_content(sc: Scope, ev: Event, m: int) -> Range | None:
    """The content of a verb whose object holds a quotation, its object starting at token ``m``: the
    clause from the object (after the verb's own preposition, standing alone or glued as ب) on."""
    toks, cf = ev.table.toks, ev.cf
    w = toks[m].text
    if w == cf.prep and m + 1 < len(toks):
        m += 1  # يتهم X بـ ...، ناشد إلى ...: the preposition is no part of what was said
    content, _how, _fixed = content_after(sc, ev.table, m, clause=True)
    if content is None:
        return None
    if cf.prep == "ب" and w[:1] == "ب" and w != cf.prep and toks[m].word:
        content = (content[0] + 1, content[1])  # باجتياز "..." → اجتياز "..."
    q = next((k for k in range(m, len(toks)) if toks[k].text in QUOTE_CHARS), -1)
    c = quote_close(sc, toks[q].start) if q >= 0 else -1
    if c > 0 and sc.t.count(" ", toks[q].start, c) >= 2:
        return content[0], min(content[1], c + 1)  # رفضه "القاطع للأخطاء الفادحة" التي ...: a quotation of
    return content  # three words or more is what was said; a shorter one is a fragment of the clause


def _speech_object(sc: Scope, toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether a possessed noun in the zone ``[a, b)`` of a ``speechobj`` cue (اختتم، ختم) is what was
    said (``كلمته``، ``حديثه``، ``تصريحاته``) or there is none; ``أعمالها`` (its meeting) is not."""
    for m in range(a, b):
        w = toks[m].text
        if toks[m].word and len(w) > 4 and w.endswith(("ه", "ها", "هم")) and w not in PRONOUN_PREP \
                and not w.startswith("ال") and sc.v.original[sc.v.offsets[toks[m].end - 1]] != "ة" \
                and not any(_said(sc, x) for x in _singulars(w)):
            return False
    return True


def _said(sc: Scope, w: str) -> bool:
    return sc.occasion(w) or w in sc.w.object or w in sc.lex.speech_nouns or sc.cue_at(w) is not None


def _singulars(w: str) -> tuple[str, ...]:
    """A possessed noun and its singular forms: ``تصريحاتها`` → ``تصريحاتها``، ``تصريح``، ``تصريحه``."""
    base = w[:-2] if w.endswith(("ها", "هم")) else w[:-1]
    return (w, base[:-2], base[:-2] + "ه") if base.endswith("ات") else (w,)


#: Relative pronouns before an impersonal cue (``من يشتبه أنهم``، ``الذين يعتقد أنهم``): the class
#: ``relative`` and ``من``/``ممن``.
_RELATIVE_WHO = RELATIVE | word_class("relative_who")


def _short_predicate(sc: Scope, toks: Sequence[Token], content: tuple[int, int]) -> tuple[int, int]:
    """The content of an impersonal cue inside a relative clause whose أن carries the pronoun of the
    noun described (``رجال من يشتبه أنهم متطرفون قبل أيام``): its predicate, up to the first
    preposition, time word or mark (what follows is the main clause's)."""
    a, b = content
    end = b
    for k in range(bisect.bisect_right(toks, a, key=START), len(toks)):  # the tokens inside the content
        tk = toks[k]
        if tk.start >= b:
            break
        w = tk.text
        if not tk.word or w in PREPOSITIONS or w in sc.w.time or w in TEMPORAL_BEFORE_AN:
            end = tk.start
            break
    while end > a and sc.t[end - 1] == " ":
        end -= 1
    return (a, end) if end > a else content


def _indefinite_noun(sc: Scope, tk: Token) -> bool:
    """A word that may be an indefinite noun a relative clause describes (``رجالا يشتبه أنهم``)."""
    w = tk.text
    return tk.word and not w.startswith("ال") and w[:1] not in "وف" and not sc.is_stop(w) \
        and w not in sc.w.connector and sc.cue_at(w) is None and not w[0].isdigit()
