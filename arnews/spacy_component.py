"""A spaCy pipeline component: ``nlp.add_pipe("arnews")``.

Installed with the ``spacy`` extra (``pip install "arnews[spacy]"``), the component is found by
spaCy through the ``spacy_factories`` entry point; importing :mod:`arnews` never imports spaCy.
It runs :func:`arnews.parse` on ``doc.text`` and gives, with spaCy ``Span`` objects aligned to
the doc's tokens (``doc.char_span(..., alignment_mode="expand")``):

* ``doc._.arnews``: the parse as :meth:`arnews.Article.to_dict` gives it (character offsets,
  ISO intervals): plain data, so the doc still serialises (``Doc.to_bytes``, ``DocBin``) and
  ``nlp.pipe(..., n_process=N)`` works;
* ``doc._.attributions``: one :class:`SpacyAttribution` per reported-speech event;
* ``doc._.dates``: the date mentions as ``Span`` objects labelled with their kind, each with
  ``span._.date``, the mention's entry of ``doc._.arnews["dates"]`` (interval, grain, duration);
* ``doc.spans["arnews_speakers"]``, ``["arnews_contents"]``, ``["arnews_cues"]``,
  ``["arnews_channels"]`` (labelled with the attribution's kind) and ``["arnews_dates"]``;
* sentence starts (``doc.sents``), unless an earlier component set them.

``doc._.attributions`` and ``doc._.dates`` are read from ``doc._.arnews`` when asked for. The
publication date comes from ``doc._.published`` when set, else from the ``published`` setting of
the component (``nlp.add_pipe("arnews", config={"published": "2023-09-12"})``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .article import parse

__all__ = ["SPAN_GROUPS", "ArnewsComponent", "SpacyAttribution", "make_arnews"]

#: The span groups the component fills.
SPAN_GROUPS = ("arnews_speakers", "arnews_contents", "arnews_cues", "arnews_channels", "arnews_dates")
_ROLES = ("speaker", "content", "cue", "channel")


@dataclass(frozen=True)
class SpacyAttribution:
    """One attribution with spaCy spans; ``data`` is its entry of ``doc._.arnews["attributions"]``."""

    cue: Span
    speaker: Span | None
    content: Span | None
    channel: Span | None
    source: Span | None
    verb: str
    kind: str
    data: Mapping[str, Any]


def _span(doc: Doc, d: Mapping[str, Any] | None, label: str = "") -> Span | None:
    if not d or d["end"] <= d["start"]:
        return None
    return doc.char_span(d["start"], d["end"], label=label, alignment_mode="expand")


def _attributions(doc: Doc) -> list[SpacyAttribution]:
    out = []
    for a in (doc._.arnews or {}).get("attributions", ()):
        kind = a["kind"]
        cue = _span(doc, a["cue"], kind)
        if cue is not None:
            out.append(SpacyAttribution(
                cue=cue, speaker=_span(doc, a["speaker"], kind), content=_span(doc, a["content"], kind),
                channel=_span(doc, a["channel"], kind), source=_span(doc, a.get("source"), kind),
                verb=a["verb"], kind=kind, data=a,
            ))
    return out


def _dates(doc: Doc) -> list[Span]:
    spans = (_span(doc, d, d["kind"]) for d in (doc._.arnews or {}).get("dates", ()))
    return [s for s in spans if s is not None]


def _date_of(span: Span) -> Mapping[str, Any] | None:
    for d in (span.doc._.arnews or {}).get("dates", ()):
        if span.start_char <= d["start"] and d["end"] <= span.end_char and d["end"] > span.start_char:
            return d  # type: ignore[no-any-return]
    return None


def _register_extensions() -> None:
    for name in ("arnews", "published"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("attributions"):
        Doc.set_extension("attributions", getter=_attributions)
    if not Doc.has_extension("dates"):
        Doc.set_extension("dates", getter=_dates)
    if not Span.has_extension("date"):
        Span.set_extension("date", getter=_date_of)


class ArnewsComponent:
    """The pipeline component (see the module's documentation)."""

    def __init__(self, published: str | None = None, set_sentences: bool = True) -> None:
        _register_extensions()
        self.published = published
        self.set_sentences = set_sentences

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` with arnews and attach the results to ``doc``."""
        article = parse(doc.text, doc._.published or self.published)
        data = article.to_dict()
        doc._.arnews = data
        attributions = _attributions(doc)
        for group, role in zip(SPAN_GROUPS, _ROLES, strict=False):
            doc.spans[group] = [s for s in (getattr(a, role) for a in attributions) if s is not None]
        doc.spans["arnews_dates"] = _dates(doc)
        if self.set_sentences and not doc.has_annotation("SENT_START") and len(doc):
            starts = {0}
            for sentence in data["sentences"]:  # type: ignore[attr-defined]
                span = _span(doc, sentence)
                if span is not None:
                    starts.add(span.start)
            for token in doc:
                token.is_sent_start = token.i in starts
        return doc


@Language.factory("arnews", default_config={"published": None, "set_sentences": True})
def make_arnews(nlp: Language, name: str, published: str | None, set_sentences: bool) -> ArnewsComponent:
    """spaCy's factory for ``nlp.add_pipe("arnews")``."""
    return ArnewsComponent(published=published, set_sentences=set_sentences)
