"""Reported speech: cues, speakers, content, channels and kinds.

Every cue is found in one pass over the normalised view (:meth:`arnews.lexicon.Lexicon.find`).
Around each cue the analysis looks only locally, inside its sentence and a bounded window:

* after a verb cue, the *zone* up to the content introducer (أن/إن/بأن, a colon, an opening quote,
  or a participle such as قائلا) holds the speaker, adjuncts (في كلمة، خلال ندوة، اليوم) and the
  channel (لوكالات أنباء روسية; نقلت X عن Y → channel X, speaker Y);
* with an empty zone the speaker stands before the verb (``الوزير ... قال``), or the cue follows a
  quote (``”، قال الوزير``), or the subject is dropped (``وأضاف أن`` → speaker ``None``);
* participles (مضيفا، مؤكدة) and ل + present (ليخلص) take the subject of the clause they hang on;
* content runs from the introducer to the end of the reported clause: the sentence end, a closing
  quote, or the next clause-initial cue (``، مضيفا أن``); a quote gives ``direct`` content.

A cue with no content (``نفى تدخله``، ``حذرت من صفقة``) and editorial formulas (``يذكر أن``)
are not events.

>>> [(a.verb, a.speaker.text if a.speaker else None, a.kind)
...  for a in extract_attributions("وقال وزير الخارجية إن المحادثات ستستأنف.")]
[('قال', 'وزير الخارجية', 'indirect')]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..dates import DateMention
from ..doc import Doc
from ..lexicon import Lexicon, LexiconSource, resolve_lexicon
from ..normalize import analysis_view
from ..spans import Span, TextView, check_text
from ..when import When, as_datetime
from .cue import find_events
from .said_at import speech_fields
from .scope import SENT_MAX, Scope

_SENT_MAX = SENT_MAX  # the longest stretch read as one piece (tests read it here)

__all__ = ["KINDS", "Attribution", "extract_attributions", "extract_doc", "extract_view"]

#: The values ``Attribution.kind`` takes.
KINDS = ("direct", "indirect", "mixed", "according_to")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One reporting event: who said what, through which medium.

    Spans index the caller's original text. ``verb`` is the cue's dictionary form (قال for يقول),
    ``kind`` one of :data:`KINDS`, ``cls`` the cue's class in the lexicon, ``meaning`` its meaning class
    (:data:`arnews.lexicon.MEANINGS`), ``source_type`` the kind of source
    (:data:`arnews.attribution.source_type.SOURCE_TYPES`) and ``said_at`` the date mention that places
    the speech event (:mod:`arnews.attribution.said_at`).

    >>> a = extract_attributions("أكدت الوزيرة أن الاتفاق نهائي.")[0]
    >>> a.cue.text, a.verb, a.speaker.text, a.content.text, a.kind
    ('أكدت', 'أكد', 'الوزيرة', 'الاتفاق نهائي', 'indirect')
    """

    cue: Span
    verb: str
    speaker: Span | None
    content: Span | None
    kind: str
    channel: Span | None = None
    cls: str = ""
    meaning: str = ""
    source_type: str = "unknown"
    said_at: DateMention | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        when = self.said_at
        return {
            "cue": self.cue.to_dict(),
            "verb": self.verb,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "content": self.content.to_dict() if self.content else None,
            "kind": self.kind,
            "channel": self.channel.to_dict() if self.channel else None,
            "meaning": self.meaning,
            "source_type": self.source_type,
            "said_at": {"start": when.start, "end": when.end, "text": when.text, "kind": when.kind,
                        "interval": [x.isoformat() for x in when.interval] if when.interval else None}
            if when else None,
        }




# --------------------------------------------------------------------------- public API

_resolve_lexicon = resolve_lexicon


def extract_view(
    v: TextView, *, lexicon: LexiconSource | None = None, bounds: Sequence[tuple[int, int]] | None = None,
    reference: datetime | None = None,
) -> list[Attribution]:
    """Attributions found in a normalised view (``arnews.normalize.analysis_view``), spans on the original.

    ``bounds`` are the view's sentence bounds when the caller has them already
    (:func:`arnews.sentences.sentence_bounds`); they are computed otherwise. ``reference`` resolves
    each ``said_at``.

    >>> from arnews.normalize import analysis_view
    >>> [a.verb for a in extract_view(analysis_view("وأضاف أن الاتفاق نهائي."))]
    ['أضاف']
    """
    lex = _resolve_lexicon(lexicon)
    if not v.text:
        return []
    return _attributions(Doc(v, bounds, lex), lex, reference=reference)


def extract_doc(doc: Doc, *, lexicon: LexiconSource | None = None, dates: Sequence[DateMention] | None = None,
                reference: datetime | None = None) -> list[Attribution]:
    """Attributions found in a document (:class:`arnews.doc.Doc`); spans on the original text.

    ``dates`` are the text's date mentions when the caller has them (``parse`` passes its resolved
    ones): ``said_at`` is taken from them. Otherwise the mentions of each report's speech frame are
    found, resolved against ``reference`` when given.

    >>> [a.verb for a in extract_doc(Doc.of("وأضاف أن الاتفاق نهائي."))]
    ['أضاف']
    """
    lex = doc.lexicon if lexicon is None else _resolve_lexicon(lexicon)
    return _attributions(doc, lex, dates=dates, reference=reference) if doc.text else []


def _tight(v: TextView, a: int, b: int) -> Span:
    """The span of view ``[a, b)`` on the original, without the direction marks (LRM, RLM, ...) and
    spaces the view had dropped at its edges: a speaker or channel never ends in an invisible mark."""
    s = v.span(a, b)
    start, end, t = s.start, s.end, v.original
    while end > start and (t[end - 1].isspace() or unicodedata.category(t[end - 1]) == "Cf"):
        end -= 1
    while start < end and (t[start].isspace() or unicodedata.category(t[start]) == "Cf"):
        start += 1
    return s if (start, end) == (s.start, s.end) else Span.of(t, start, end)


def _attributions(doc: Doc, lex: Lexicon, *, dates: Sequence[DateMention] | None = None,
                  reference: datetime | None = None) -> list[Attribution]:
    v = doc.view
    out: list[Attribution] = []
    sc = Scope(doc, lex)
    events = sorted((ev for ev in find_events(sc) if ev.content is not None), key=lambda ev: ev.i)
    fields = speech_fields(events, v, doc.bounds, dates=dates, reference=reference, lexicon=lex, silent=sc.silent)
    for ev, (said_at, source_type) in zip(events, fields, strict=True):
        assert ev.content is not None
        out.append(Attribution(
            cue=v.span(ev.i, ev.j),
            verb=ev.cf.lemma,
            speaker=_tight(v, *ev.speaker) if ev.speaker else None,
            content=v.span(*ev.content),
            kind="according_to" if ev.kind == "according_to" else ev.kind,
            channel=_tight(v, *ev.channel) if ev.channel else None,
            cls=ev.cf.cls,
            meaning=ev.cf.meaning,
            source_type=source_type,
            said_at=said_at,
        ))
    return out


def extract_attributions(text: str, *, lexicon: LexiconSource | None = None,
                         reference: When = None) -> list[Attribution]:
    """Find the reported-speech events in ``text``; spans index ``text``.

    ``lexicon`` adds cues to the shipped lexicon: a TSV path or TSV text in the shipped format, a
    mapping ``{lemma: {"class": ..., "past": ..., "present": ...}}``, or a built ``Lexicon``.
    ``reference`` (a ``date``, ``datetime`` or ISO string, as ``find_dates`` takes it) resolves each
    ``said_at`` (found but left unresolved without it).

    >>> a = extract_attributions("“سنواصل العمل”، قال المتحدث باسم الحكومة.")[0]
    >>> a.content.text, a.speaker.text, a.kind
    ('سنواصل العمل', 'المتحدث باسم الحكومة', 'direct')
    """
    check_text(text)
    ref = as_datetime(reference, "reference")
    return extract_view(analysis_view(text), lexicon=lexicon, reference=ref)

