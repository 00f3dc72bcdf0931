"""Cue stage: every cue of the lexicon, in one pass, and the stages each one goes through.

A verb cue goes zone → content → speaker/channel (:func:`verb`); a cue with no introducer may
frame a clause instead (after a quote, between commas, after كما); a source phrase (وفقا لـ،
بحسب) is read by :func:`arnews.attribution.framing.according`. Linking settles the events last.
"""

from __future__ import annotations

from ..lexicon import CueForm
from .channel import fronted_channel, in_zone
from .content import content_for
from .event import Event
from .framing import according, after_quote, as_said, parenthetical
from .linking import clause_cut, link, new_clause_at
from .scope import Scope
from .speaker import pre_verbal
from .words import COMPLEMENTIZER, MASDAR_AFTER, PREPOSITIONS, SUBORDINATORS
from .zone import receiving, scan, settle


def find_events(sc: Scope) -> list[Event]:
    """Every reporting event of the text, in cue order, linked."""
    consumed: set[int] = set()
    events: list[Event] = []
    cuts: list[int] = []
    for i, j, cf in sc.lex.find(sc.t):
        if i in consumed:
            continue
        ev = analyse(sc, i, j, cf, consumed)
        if ev is not None and ev.content is not None and ev.content[1] > ev.content[0]:
            ev.release(sc.doc)
            events.append(ev)
        elif cf.form in ("past", "present", "participle"):
            cut = new_clause_at(sc, i)
            if cut >= 0:
                cuts.append(cut)
    events = [e for e in events if e.i not in consumed]
    link(sc, events, cuts)
    return events


def analyse(sc: Scope, i: int, j: int, cf: CueForm, consumed: set[int]) -> Event | None:
    """The event of the cue ``[i, j)``, or None (``consumed`` collects cues inside its zone)."""
    k = sc.sent_of(i)
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
    ev = Event(i, j, cf, k, sent, n0, n1)
    if cf.form == "according" and cf.lemma not in ("جاء في",):
        return according(sc, ev)
    return verb(sc, ev, consumed)


def verb(sc: Scope, ev: Event, consumed: set[int]) -> Event | None:
    """A verb cue: its zone, content, speaker and channel; a framing when no introducer follows."""
    toks, n0, n1, cf = ev.table.toks, ev.n0, ev.n1, ev.cf
    w0 = toks[n0].text
    # editorial formulas: يذكر أن، ذكر أن at the head of a sentence with nothing before
    bare = w0.lstrip("وف")
    if cf.form == "present" and bare in ("يذكر", "يشار", "تذكر") and n1 + 1 < len(toks) \
            and COMPLEMENTIZER.fullmatch(toks[n1 + 1].text):
        return None
    z = scan(sc, ev)
    if not settle(sc, ev, z):
        return None
    if z.intro is None:
        return after_quote(sc, ev) or parenthetical(sc, ev) or as_said(sc, ev)
    if z.merged >= 0:
        consumed.add(toks[z.merged].start)
    for m in range(z.a, z.intro_n):  # cues inside the zone (a relative clause, على لسان ...) are not events
        consumed.add(toks[m].start)
    content, kind, fixed = content_for(sc, ev, z.intro, z.intro_n)
    speaker, channel = in_zone(sc, ev.table, n0, z.a, z.b, cf)
    if channel is None:
        channel = fronted_channel(sc, toks, n0)
    ev.fill(speaker, content, kind, channel, fixed=fixed)
    first_person = bare[:1] == "ا" and cf.form == "present"
    subordinate = 0 < n0 <= 25 and toks[n0 - 1].text.lstrip("و") in SUBORDINATORS
    if speaker is None and not first_person:
        if cf.form == "participle" or (cf.form == "present" and w0.startswith("ل")) or subordinate:
            ev.inherits = True
        elif not (w0[:1] == "و" and w0[1:] in sc.lex.forms):  # وقال: coordinated, its subject is earlier
            ev.speaker = pre_verbal(sc, ev.table, n0)
    ev.cut = clause_cut(sc, ev.table, n0, cf)
    return ev
