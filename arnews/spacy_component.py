"""A spaCy pipeline component: ``nlp.add_pipe("arnews")``.

Installed with the ``spacy`` extra (``pip install "arnews[spacy]"``), the component is found by
spaCy through the ``spacy_factories`` entry point; importing :mod:`arnews` never imports spaCy.
It runs :func:`arnews.parse` on ``doc.text`` and sets, with spaCy ``Span`` objects aligned to the
doc's tokens (``doc.char_span(..., alignment_mode="expand")``):

* ``doc._.arnews``: the :class:`~arnews.Article` itself (character offsets, resolved dates);
* ``doc._.attributions``: one :class:`SpacyAttribution` per reported-speech event;
* ``doc._.dates``: the date mentions as ``Span`` objects labelled with their kind, each with
  ``span._.date`` holding its :class:`~arnews.DateMention` (interval, grain, duration);
* ``doc.spans["arnews_speakers"]``, ``["arnews_contents"]``, ``["arnews_cues"]``,
  ``["arnews_channels"]`` (labelled with the attribution's kind) and ``["arnews_dates"]``;
* sentence starts (``doc.sents``), unless an earlier component set them.

The publication date comes from ``doc._.published`` when set, else from the ``published``
setting of the component (``nlp.add_pipe("arnews", config={"published": "2023-09-12"})``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .article import Article, parse

if TYPE_CHECKING:
    from .spans import Span as ArSpan

__all__ = ["ArnewsComponent", "SpacyAttribution", "make_arnews"]

#: The span groups the component fills.
SPAN_GROUPS = ("arnews_speakers", "arnews_contents", "arnews_cues", "arnews_channels", "arnews_dates")


@dataclass(frozen=True)
class SpacyAttribution:
    """One attribution with spaCy spans; ``attribution`` is arnews' own (character offsets)."""

    cue: Span
    speaker: Span | None
    content: Span | None
    channel: Span | None
    source: Span | None
    verb: str
    kind: str
    attribution: Any


def _register_extensions() -> None:
    for name in ("arnews", "attributions", "dates", "published"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Span.has_extension("date"):
        Span.set_extension("date", default=None)


def _span(doc: Doc, span: ArSpan | None, label: str = "") -> Span | None:
    if span is None or span.end <= span.start:
        return None
    return doc.char_span(span.start, span.end, label=label, alignment_mode="expand")


class ArnewsComponent:
    """The pipeline component (see the module's documentation)."""

    def __init__(self, published: str | None = None, set_sentences: bool = True) -> None:
        _register_extensions()
        self.published = published
        self.set_sentences = set_sentences

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` with arnews and attach the results to ``doc``."""
        article = parse(doc.text, doc._.published or self.published)
        doc._.arnews = article
        self._attributions(doc, article)
        dates = []
        for m in article.dates:
            s = doc.char_span(m.start, m.end, label=m.kind, alignment_mode="expand")
            if s is not None:
                s._.date = m
                dates.append(s)
        doc._.dates = dates
        doc.spans["arnews_dates"] = dates
        if self.set_sentences and not doc.has_annotation("SENT_START") and len(doc):
            self._sentences(doc, article)
        return doc

    @staticmethod
    def _attributions(doc: Doc, article: Article) -> None:
        out = []
        for i, a in enumerate(article.attributions):
            cue = _span(doc, a.cue, a.kind)
            if cue is None:
                continue
            source = article.sources[i] if i < len(article.sources) else None
            out.append(SpacyAttribution(
                cue=cue, speaker=_span(doc, a.speaker, a.kind), content=_span(doc, a.content, a.kind),
                channel=_span(doc, a.channel, a.kind), source=_span(doc, source, a.kind),
                verb=a.verb, kind=a.kind, attribution=a,
            ))
        doc._.attributions = out
        for group, field in zip(SPAN_GROUPS, ("speaker", "content", "cue", "channel"), strict=False):
            doc.spans[group] = [s for s in (getattr(x, field) for x in out) if s is not None]

    @staticmethod
    def _sentences(doc: Doc, article: Article) -> None:
        starts = {0}
        for s in article.sentences:
            span = _span(doc, s)
            if span is not None:
                starts.add(span.start)
        for token in doc:
            token.is_sent_start = token.i in starts


@Language.factory("arnews", default_config={"published": None, "set_sentences": True})
def make_arnews(nlp: Language, name: str, published: str | None, set_sentences: bool) -> ArnewsComponent:
    """spaCy's factory for ``nlp.add_pipe("arnews")``."""
    return ArnewsComponent(published=published, set_sentences=set_sentences)
