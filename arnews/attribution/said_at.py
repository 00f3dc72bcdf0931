"""When a report was made, and who stands behind it: the fields every attribution gets after the
stages, ``said_at`` and ``source_type`` (:mod:`arnews.attribution.source_type`).

The *speech frame* of a report is the part of its clause that tells about the speech event rather
than what was said: the cue, its speaker, channel and occasion, and what stands before the cue in
the same clause; never its content.

* content after the cue (``قال الوزير أمس إن ...``، ``أكدت الوزارة، اليوم الثلاثاء، أن ...``،
  ``وفي تصريح الأحد، قال ...``): from the start of the cue's clause to the content. The clause
  starts at the sentence start or the end of the report before it (inside another report's
  content, that content's start), at most 80 characters before the cue; after a comma that words
  separate from the cue (``...، كما ذكر``); and at the cue itself when the cue carries و/ف
  (``... مساء الأربعاء وقالت``) or is a participle (``مضيفا``);
* content before the cue (``«...»، قال الوزير مساء أمس.``): from the content's end to the sentence
  end or the next report, at most 80 characters past the speaker, up to a subordinate أن
  (``بعد أن خسر ...``); an according-to source after its content frames only itself;
* a cue inside its own content (``...، يضيف الوزير اليوم، فإن ...``): the cue and its speaker.

``said_at`` is the date mention of the frame nearest the cue, outside the speaker phrase (a year in
a name is no time of speech), that is no duration or repeated time; a participle
(``مضيفا``، ``مشيرة``) with none takes the time of the report it hangs on. A date inside the content
(``إن الاجتماع سيعقد غدا``) is never the time of the speech.

The stages hand over their events in view offsets (:class:`Report`); :func:`speech_fields` returns
each one's ``(said_at, source_type)`` before the ``Attribution`` is made.

>>> from arnews.attribution import extract_attributions
>>> [a.said_at.text if a.said_at else None for a in extract_attributions(
...     "قال الوزير أمس إن الاجتماع سيعقد غدا. وأضاف أن الحوار مستمر.")]
['أمس', None]
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from .. import _compiled
from ..dates import DateMention, find_view
from ..lexicon import CueForm, Lexicon, fold
from ..spans import TextView
from .source_type import (
    aside_hides,
    impersonal,
    introduced_names,
    name_head,
    named_type,
    refers_back,
    source_type_of_phrase,
    unnamed_head,
)

__all__ = ["Report", "pick_said_at", "speech_fields", "speech_frame", "speech_frames"]

#: Date kinds that cannot place a speech event.
_NOT_A_TIME = frozenset({"duration", "set"})

#: How far before its cue a speech frame reaches (view characters): a fronted occasion and its time
#: (``وفي تصريح لوكالة الأنباء الرسمية مساء الأحد، قال``), not a long clause before it.
_REACH = 80

#: How many reports on each side of a cue bound its frame (the nearest ones do; a sentence of
#: thousands of cues costs linear time).
_NEAR = 6

#: Marks that end a clause before a cue (in the analysis view).
_CLAUSE_MARKS = "،,؛;:"

#: The complementiser أن/إن (folded ان) after a cue and its speaker opens another clause.
_SUBORDINATE = _compiled.compile(r"(?<![\p{L}\p{M}])ان(?![\p{L}\p{M}])")

Range = tuple[int, int]


class Report(Protocol):
    """What the fields read of an attribution stage's event (view offsets)."""

    @property
    def i(self) -> int: ...  # cue start
    @property
    def j(self) -> int: ...  # cue end
    @property
    def cf(self) -> CueForm: ...
    @property
    def speaker(self) -> Range | None: ...
    @property
    def content(self) -> Range | None: ...
    @property
    def channel(self) -> Range | None: ...
    @property
    def inherits(self) -> bool: ...  # a participle: it hangs on the clause before it
    @property
    def kind(self) -> str: ...  # direct, indirect, mixed, according_to


def _inside(r: Range | None, i: int) -> bool:
    return r is not None and r[0] <= i < r[1]


def _clause_start(text: str, left: int, i: int) -> int:
    """Where the clause of a cue at ``i`` (without و/ف) starts, at or after ``left``: after the last
    comma, semicolon or colon that words separate from the cue (``...، كما ذكر``); a fronted adjunct
    that the cue follows at once (``وفي تصريح الأحد، قال``) stays in it, back to the mark before it."""
    p = _last_mark(text, left, i)
    if p < 0:
        return left
    if p + 1 < i and not text[p + 1 : i].isspace():
        return p + 1
    before = _last_mark(text, left, p)
    return before + 1 if before >= 0 else left


def _last_mark(text: str, a: int, b: int) -> int:
    return max(text.rfind(c, a, b) for c in _CLAUSE_MARKS)


@functools.lru_cache(maxsize=1024)
def _folded(word: str) -> str:
    return fold(word)


def _coordinated(text: str, ev: Report) -> bool:
    """Whether the cue carries the conjunction و or ف (``وقال``، ``فأكدت``; not ``وعد`` itself)."""
    first = text[ev.i : ev.i + 1]
    if first not in ("و", "ف"):
        return False
    lemma = _folded(ev.cf.lemma)
    return not lemma.startswith(first) or text.startswith(first + lemma[:1], ev.i)


def speech_frame(ev: Report, before: Sequence[Report], after: Sequence[Report], sentence: Range,
                 text: str = "") -> Range:
    """The speech frame of ``ev`` in its ``sentence`` of the view ``text``, given the reports of that
    sentence whose cues come ``before`` and ``after`` it."""
    content = ev.content
    if content is None:
        return ev.i, ev.j
    if content[0] <= ev.i < content[1]:  # a parenthetical cue: the cue and its speaker
        return ev.i, max(ev.j, ev.speaker[1] if ev.speaker else ev.j)
    if content[0] >= ev.j:
        left = sentence[0]
        for o in before:
            if _inside(o.content, ev.i):
                assert o.content is not None
                left = max(left, o.content[0])
            else:
                left = max(left, o.j, *(r[1] for r in (o.speaker, o.content, o.channel)
                                        if r is not None and r[1] <= ev.i))
        if ev.inherits or ev.cf.form == "participle" or (text and _coordinated(text, ev)):
            left = ev.i  # وقال، مضيفا: the cue opens its clause, nothing before it is its own
        else:
            left = max(left, ev.i - _REACH)
            left = _clause_start(text, left, ev.i) if text else left
        return min(left, ev.i), content[0]
    start = max(ev.j, ev.speaker[1] if ev.speaker else ev.j)
    if ev.kind == "according_to":  # ...، حسب شهود عيان، بأربعة ...: what follows the source is no frame
        return content[1], start
    right = min(sentence[1], start + _REACH)
    for o in after:
        right = min(right, o.i, *(r[0] for r in (o.speaker, o.content) if r is not None and r[0] >= ev.j))
    m = _SUBORDINATE.search(text, start, right) if text else None  # بعد أن خسر ...: another clause
    return content[1], max(m.start() if m else right, ev.j)


def speech_frames(events: Sequence[Report], bounds: Sequence[Range], text: str = "") -> list[tuple[Range, int]]:
    """The speech frame of each event (sorted by cue) and the number of its sentence (``bounds``:
    sorted; -1 for a cue outside them) in the view ``text``."""
    starts = [s for s, _ in bounds]
    out: list[tuple[Range, int]] = []
    k = 0
    while k < len(events):
        i = events[k].i
        n = bisect_right(starts, i) - 1
        inside = n >= 0 and i < bounds[n][1]
        sent = bounds[n] if inside else (i, events[k].j)
        group = k + 1
        while group < len(events) and events[group].i < sent[1]:
            group += 1
        same = events[k:group]
        out.extend((speech_frame(ev, same[max(0, m - _NEAR) : m], same[m + 1 : m + 1 + _NEAR], sent, text),
                    n if inside else -1) for m, ev in enumerate(same))
        k = group
    return out


def pick_said_at(cue: Range, frame: Range, avoid: Sequence[Range], dates: Sequence[DateMention],
                 starts: Sequence[int]) -> DateMention | None:
    """The mention of ``dates`` (sorted, ``starts`` their starts) inside ``frame`` nearest the ``cue``
    that can place a speech event and overlaps none of ``avoid`` (all original offsets)."""
    best: DateMention | None = None
    best_gap = 0
    for n in range(bisect_left(starts, frame[0]), len(dates)):
        d = dates[n]
        if d.start >= frame[1]:
            break
        if d.end > frame[1] or d.kind in _NOT_A_TIME or _overlaps(d, avoid):
            continue
        gap = d.start - cue[1] if d.start >= cue[1] else cue[0] - d.end
        if best is None or gap < best_gap:
            best, best_gap = d, gap
    return best


def _overlaps(d: DateMention, ranges: Sequence[Range]) -> bool:
    return any(d.start < b and a < d.end for a, b in ranges)


def _pieces(ev: Report, frame: Range) -> tuple[Range, ...]:
    """The frame without the speaker phrase, where no time of speech is taken from."""
    sp = ev.speaker
    if sp is None or sp[1] <= frame[0] or sp[0] >= frame[1]:
        return (frame,)
    return tuple(p for p in ((frame[0], sp[0]), (sp[1], frame[1])) if p[1] > p[0])


def _frame_dates(v: TextView, pieces: Sequence[Range], reference: datetime | None,
                 lexicon: Lexicon | None = None) -> list[DateMention]:
    """Date mentions of the pieces (view offsets) only, found in one pass over their slices joined
    by line breaks (each break maps to the end of its piece, so spans land on the original)."""
    offsets = v.offsets
    parts: list[str] = []
    joined: list[int] = []
    last = 0
    for i, j in sorted(pieces):
        i = max(i, last)
        if j <= i:
            continue
        parts.append(v.text[i:j])
        joined.extend(offsets[i:j])
        joined.append(offsets[j])
        last = j
    if not parts:
        return []
    return find_view(TextView(v.original, "\n".join(parts) + "\n", [*joined, joined[-1]]), reference,
                     lexicon=lexicon)


def _aside_end(ev: Report) -> int:
    """Where the words that may follow a speaker about its name (``طلب عدم ذكر اسمه``) end: the cue
    after a speaker before it, the content after a speaker after the cue."""
    assert ev.speaker is not None
    end = ev.speaker[1]
    if end <= ev.i:
        return ev.i
    if ev.content is not None and ev.content[0] >= end:
        return ev.content[0]
    return end


def speech_fields(events: Sequence[Report], v: TextView, bounds: Sequence[Range], *,
                  dates: Sequence[DateMention] | None = None, reference: datetime | None = None,
                  lexicon: Lexicon | None = None, silent: Sequence[Range] = ()) -> list[tuple[DateMention | None, str]]:
    """``(said_at, source_type)`` of each event (sorted by cue, view offsets).

    ``bounds`` are the view's sentence bounds; ``dates`` the text's date mentions when the caller
    has them (``parse`` gives the resolved ones), else the mentions of the speech frames are found,
    resolved against ``reference`` when given (and read with a user's ``lexicon``). A report without
    a speaker takes the type of the report before it (the source it continues), unless its cue is
    impersonal (``يقال``، ``يعتقد أن``): then it is ``unknown``. ``silent`` are the subjects of verbs of
    saying that made no event (view offsets, in order): a dropped subject after one continues it too.
    """
    o = v.offsets
    framed = speech_frames(events, bounds, v.text)
    if dates is None:
        dates = _frame_dates(v, [p for ev, (f, _) in zip(events, framed, strict=True) for p in _pieces(ev, f)],
                             reference, lexicon)
    starts = [d.start for d in dates]
    out: list[tuple[DateMention | None, str]] = []
    last = "unknown"  # the type of the last source named: a dropped subject continues it
    names: dict[str, str] | None = None
    anonymous: set[str] = set()  # the heads of anonymous sources named so far (مسؤول أمريكي)
    k = 0
    for n, ev in enumerate(events):
        while k < len(silent) and silent[k][0] < ev.i:
            i, j = silent[k]
            k += 1
            inside = events[n - 1].content if n else None
            if inside is None or not inside[0] <= i < inside[1]:  # (a subject inside a report's content is none)
                last = source_type_of_phrase(v.text[i:j])
        (a, b), sent = framed[n]
        avoid = [(o[r[0]], o[r[1]]) for r in (ev.content, ev.speaker) if r is not None]
        when = pick_said_at((o[ev.i], o[ev.j]), (o[a], o[b]), avoid, dates, starts)
        if when is None and n and ev.inherits and sent == framed[n - 1][1] >= 0:
            when = out[-1][0]  # a participle: the time of the report it hangs on
        if ev.speaker is not None and refers_back(v.text[ev.speaker[0] : ev.speaker[1]]):
            kind = last if last != "unknown" else "person"  # هذا الأخير: the source named before
        elif ev.speaker is not None:
            i, j = ev.speaker
            kind = last = source_type_of_phrase(v.text[i:j], hidden=aside_hides(v.text[j : _aside_end(ev)]))
            head = unnamed_head(v.text[i:j])
            if head is not None and kind == "anonymous":
                anonymous.add(head)
            elif head in anonymous and kind == "person":
                kind = last = "anonymous"  # قال مسؤول أمريكي ... وقال المسؤول: the same unnamed source
            if kind == "person" and name_head(v.text[i:j]) is not None:
                if names is None:
                    names = introduced_names(v.text)  # once per text, only when a name speaks
                kind = last = named_type(names, v.text[i:j], i) or kind  # وقالت أرامكو (شركة أرامكو elsewhere)
        else:
            kind = "unknown" if "impersonal" in ev.cf.flags or impersonal(v.text[ev.i : ev.j]) else last
        out.append((when, kind))
    return out
