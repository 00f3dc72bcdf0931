"""Linking stage: settle each event against the others of its text.

* a content ends where the next clause-initial cue of its stretch begins (``، مضيفا أن``), at a
  narrator's clause (the rules of ``data/clause_ends.tsv``: ``، وهو ما``، ``، إلا أن``) or at a
  closing quote it did not open;
* a report nested in another's content keeps to its own first clause;
* a participle (مضيفا) or ل + present takes the subject of the clause it hangs on.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .. import _compiled
from ..doc import TokenTable
from ..lexicon import CueForm
from .channel import channel_after
from .clause import clause_ends
from .content import trim_end
from .event import Event
from .gate import cue_words
from .quotes import cut_at_closer, quotes_speech, unbalanced_opening
from .scope import Scope
from .source_type import source_type_of_phrase
from .speaker_clause import main_subject
from .words import (
    CLAUSE_CUT_LINKS,
    CLAUSE_LINKS,
    COMPLEMENTIZER,
    FA_INNA,
    LINK_LEADS,
    QUOTE_CHARS,
    RELATIVE,
    RESUMPTIVE,
    SUBJECT_MAX,
    comment,
)

NESTED_END = _compiled.compile(r"\s*[،,]\s*و")


def link(sc: Scope, events: list[Event], cuts: Sequence[int] = ()) -> None:
    """Settle contents, nested reports and inherited speakers (``cuts``: clause starts of cues without content)."""
    end_contents(sc, events, cuts)
    keep_nested_to_first_clause(sc, events)
    inherit_speakers(sc, events)
    according_channels(sc, events)
    relayed_channels(sc, events)


def according_channels(sc: Scope, events: list[Event]) -> None:
    """A source phrase names its medium after the source: ``حسب ما كشفته صحيفة X على موقعها``،
    ``وفقا لما نشره الاتحاد عبر صفحته على موقع تويتر`` (up to the end of its clause)."""
    for ev in events:
        if ev.kind != "according_to" or ev.channel is not None or ev.speaker is None:
            continue
        toks = ev.table.toks
        sb = bisect.bisect_left(ev.table.starts, ev.speaker[1])
        b = sb
        while b < len(toks) and b - sb < 12 and (toks[b].word or toks[b].text not in "،,.:؛;!?؟\"“”«»"):
            b += 1
        if b > sb:
            ev.channel = channel_after(sc, toks, sb, sb, b)


def relayed_channels(sc: Scope, events: list[Event]) -> None:
    """An outlet that relays a sentence (``...، مبينا أن ...، حسبما نقلت "رويترز"``: a source phrase with
    a verb whose source is a medium) is the channel of the reports before it in that sentence."""
    for n, ev in enumerate(events):
        if ev.kind != "according_to" or ev.speaker is None or " " not in sc.t[ev.i:ev.j]:
            continue  # (حسبما نقلت، بحسب ما ذكرت: the cue runs over its verb)
        if source_type_of_phrase(sc.t[ev.speaker[0]:ev.speaker[1]]) != "media":
            continue
        for prev in events[max(0, n - 4):n]:
            if prev.sent == ev.sent and prev.kind != "according_to" and prev.channel is None \
                    and "impersonal" not in prev.cf.flags and prev.content is not None and prev.content[1] <= ev.i:
                prev.channel = ev.speaker


def end_contents(sc: Scope, events: list[Event], cuts: Sequence[int]) -> None:
    """Each content ends at the next clause-initial event of its stretch, a narrator's clause or a closer."""
    t = sc.t
    for n, ev in enumerate(events):
        assert ev.content is not None
        a, b = ev.content
        if not ev.content_fixed:
            for q in range(n + 1, len(events)):
                nx = events[q]
                if nx.i >= b:
                    break
                if nx.i > a and nx.cut >= 0 and not unbalanced_opening(sc, a, nx.i) \
                        and not (ev.kind == "direct" and first_person(sc, nx)):
                    b = max(a, nx.cut)  # (a cue inside a quotation the content opened is quoted: no cut)
                    break
            k = bisect.bisect_right(cuts, a)
            if k < len(cuts) and cuts[k] < b and not unbalanced_opening(sc, a, cuts[k]) \
                    and not _nested_before(events, n, a, cuts[k]):
                b = cuts[k]
            if ev.kind != "direct":  # unquoted direct speech runs on (to the end of its paragraph)
                b = _clause_end(sc, a, b)
            b = cut_at_closer(sc, a, b)
        raw = (a, b)
        b = trim_end(sc, a, b)
        while a < b and t[a].isspace():
            a += 1
        if a < b and t[a] in QUOTE_CHARS and unbalanced_opening(sc, a, b):
            a += 1
        ev.content = (a, b) if b > a else None
        if ev.kind in ("indirect", "mixed") and ev.content and not ev.content_fixed and not ev.quoted_object:
            ev.kind = "mixed" if quotes_speech(sc, *raw) else "indirect"


def _nested_before(events: list[Event], n: int, a: int, cut: int) -> bool:
    """Whether a report nested in the content of ``events[n]`` (from ``a``) stands before ``cut``
    (``أبلغه أن ثلاثة عمال قالوا إنهم مرضى وطالبوا بإجازة``): the cut then closes the nested clause and
    the outer content runs on over it."""
    for q in range(n + 1, len(events)):
        nx = events[q]
        if nx.i >= cut:
            return False
        if nx.i > a and nx.cut < 0 and nx.cf.form in ("past", "present"):
            return True
    return False


def first_person(sc: Scope, ev: Event) -> bool:
    """Whether the cue of ``ev`` is in the first person (``ونتوقع``، ``أعتقد``، ``قلنا``): inside unquoted
    direct speech it is the speaker's own, not the narrator's next clause."""
    w = sc.t[ev.i:ev.j]
    w = w[1:] if w[:1] in "وف" and w[1:] in sc.lex.forms else w
    if ev.cf.form == "present":
        return w.lstrip("سل")[:1] in "نا"
    return ev.cf.form == "past" and w.endswith("نا")


def _clause_end(sc: Scope, a: int, b: int) -> int:
    """Where the rules of ``clause_ends.tsv`` end ``[a, b)``, commas inside a quotation it opened skipped."""
    ce, pos = clause_ends(), a
    while True:
        e = ce.end(sc.t, pos, b)
        if e >= b or not unbalanced_opening(sc, a, e):
            return e
        pos = e + 1


def keep_nested_to_first_clause(sc: Scope, events: list[Event]) -> None:
    """A report nested inside another's content keeps to its own first clause."""
    for n, ev in enumerate(events):
        if ev.cut >= 0 or ev.content is None or ev.content_fixed:
            continue
        if any(p.content and p.content[0] <= ev.i < p.content[1] for p in events[max(0, n - 3):n]):
            a, b = ev.content
            m = NESTED_END.search(sc.t, a, b)
            if m is not None and m.start() > a:
                ev.content = (a, trim_end(sc, a, m.start()))


def inherit_speakers(sc: Scope, events: list[Event]) -> None:
    """Participles take the subject of the clause they hang on (null when that one is dropped too)
    and its channel (``وقال X لرويترز إن ...، مضيفا أن``)."""
    last_by_sent: dict[int, Event] = {}
    noun_by_sent: dict[int, Event] = {}  # the last verbal noun with its own genitive (اعتراف المتهم بأنه)
    for ev in events:
        top = last_by_sent.get(ev.sent)
        if top is not None and top.content is not None and top.content[0] <= ev.i < top.content[1] \
                and not ev.inherits:
            continue  # a report inside another's content is no clause a later participle hangs on
        if ev.inherits:
            prev = last_by_sent.get(ev.sent)
            if prev is None and opens_sentence(sc, ev):
                prev = last_by_sent.get(ev.sent - 1)  # ... إنها وثقت الحالات. مشيرة إلى أن: the sentence before
            subject = main_subject(sc, ev) if prev is None else None
            noun = noun_by_sent.get(ev.sent)
            if prev is None and noun is not None and (subject is None or disagrees(sc, subject, ev)):
                prev = noun  # وشهدت جلسة أمس اعتراف المتهم بأنه ...، مضيفا: the verbal noun's genitive
            if prev is not None:  # the clause it hangs on: its subject (null when dropped too) and medium
                ev.speaker = prev.speaker
                if ev.channel is None:
                    ev.channel = prev.channel
            else:
                ev.speaker = subject
        elif ev.cf.form == "masdar" and ev.speaker is not None:
            noun_by_sent[ev.sent] = ev
        elif ev.cf.form not in ("according", "masdar") and "impersonal" not in ev.cf.flags \
                and not ev.after_relative and not ev.relative_ma:
            last_by_sent[ev.sent] = ev  # (a verbal noun, an impersonal cue, a relative clause: no main clause)


def disagrees(sc: Scope, subject: tuple[int, int], ev: Event) -> bool:
    """Whether a masculine singular participle (``مضيفا``) cannot take ``subject`` (view span): its first word
    is feminine, written with ة (``جلسة``، ``الحكومة``)."""
    if not sc.t[ev.i:ev.j].endswith("ا"):
        return False
    end = sc.t.find(" ", subject[0], subject[1])
    end = subject[1] if end < 0 else end
    return sc.t[end - 1] == "ه" and sc.v.original[sc.v.offsets[end - 1]] == "ة"


def opens_sentence(sc: Scope, ev: Event) -> bool:
    """Whether the cue of ``ev`` hangs on the sentence before its own: it is the first word of its
    sentence (a participle cut off its clause by a period: ``وقالت المنظمة إنها وثقت الحالات. مشيرة إلى
    أن ...``), or its sentence is the narrator's comment on the one before (``. وهو ما دفع الوزارة إلى
    ...، مؤكدا أن``: a pronoun and ``ما``, no subject of its own)."""
    sent = sc.sent(ev.sent)
    n = sent.at(ev.i)
    toks = sent.toks
    return n == 0 or (n is not None and n > 2 and comment(toks))


def new_clause_at(sc: Scope, i: int) -> int:
    """For a cue without content: where its clause starts if a comma or connector opens it, else -1."""
    sent = sc.sent(sc.sent_of(i))
    n0 = sent.at(i)
    if n0 is None or n0 == 0:
        return -1
    prev = sent.toks[n0 - 1]
    w = sent.toks[n0].text
    cf = sc.cue_at(w)
    # (a finding verb's past without content is an everyday verb: the clause's own predicate after a long
    # subject, ، سجلت ارتفاعا، ، رصدوا إشارات)
    bare_past = cf is not None and cf.form == "past" and w[:1] not in "وف" and cf.cls != "finding"
    nxt = sent.toks[n0 + 1].text if n0 + 1 < len(sent.toks) else ""
    noun = cf is not None and cf.form == "participle" and w[:1] == "و" and w.endswith("ه")  # ، وناقلة جنود: a noun
    if prev.text in "،,;؛" and cf is not None and (cf.form == "participle" or bare_past) and nxt not in RESUMPTIVE \
            and not noun:
        return i  # ، مضيفا ...؛ ، أكد ...: a cue after a comma opens the next clause (، أشاد خلالها: a relative one)
    if cf is not None and cf.form == "past" and w[:1] in "وف" and w[1:] in sc.lex.forms \
            and not _subject_follows(sc, sent, n0 + 1, w):
        return i  # قالوا إنهم ... وطالبوا بنقلهم: the narrator's next clause, a past verb of the same speaker
    if n0 >= 2 and prev.text in sc.w.connector and sent.toks[n0 - 2].text in LINK_LEADS:
        return sent.toks[n0 - 2].start  # ، في حين نفت النقابة ذلك: a two-word link opens the narrator's clause
    if prev.text in CLAUSE_LINKS and not (prev.text == "كما" and cf is not None and cf.form == "present"):
        return prev.start  # (، كما تؤمن ببلدها: a present after كما without content goes on, like كما تحب)
    return -1


def _subject_follows(sc: Scope, sent: TokenTable, n: int, w: str) -> bool:
    """Whether a subject of its own follows the verb ``w`` (``وحذرت الولايات المتحدة``): a definite noun,
    a title or a source word; a plural verb (``وطالبوا``) has its subject in itself."""
    if w.endswith("وا") or n >= len(sent.toks):
        return False
    nxt = sent.toks[n].text
    return nxt.startswith("ال") or nxt in sc.w.title or nxt in sc.w.source or nxt in sc.w.doc


def clause_cut(sc: Scope, sent: TokenTable, n0: int, cf: CueForm) -> int:
    """Where the clause of the cue at token n0 begins, when it begins a new clause; -1 if embedded.

    Walking back over a pre-verbal subject, a comma, a connector (فيما، لكنها، كما) or the
    sentence start opens a new clause; a complementizer (أن الكثير يعتقدون) embeds it.
    """
    toks = sent.toks
    if cf.form in ("participle", "according"):
        return toks[n0].start
    w0 = toks[n0].text
    if w0[:1] in "وف" and w0[1:] in sc.lex.forms:  # وقال، فأضاف: a coordinated clause of its own
        return toks[n0].start
    n = n0 - 1
    lo = max(-1, n0 - SUBJECT_MAX - 1)  # a longer stretch is no subject: the cue is embedded
    while n > lo:
        tk = toks[n]
        w = tk.text
        if not tk.word:
            return toks[n + 1].start
        if COMPLEMENTIZER.fullmatch(w) and n > 0 and toks[n - 1].text in cue_words().get("but", frozenset()):
            return toks[n - 1].start  # ...، غير أن الحارس أكد أنه ...: the narrator's "however" opens a clause
        if COMPLEMENTIZER.fullmatch(w) or w in RELATIVE or (w[:1] == "و" and COMPLEMENTIZER.fullmatch(w[1:])):
            return -1  # (، وأنه طلب من ...: a second content clause of the same cue embeds it)
        if w in sc.w.connector or w in CLAUSE_CUT_LINKS or FA_INNA.fullmatch(w):
            lead = n > 0 and w in sc.w.connector and toks[n - 1].text in LINK_LEADS
            return toks[n - 1].start if lead else tk.start  # (، في حين قال: the link opens at في)
        n -= 1
    if n < 0:
        return toks[0].start
    return -1


