"""parse(): run every capability once over an article and gather the results.

The text is read once into a document (:class:`arnews.doc.Doc`: the normalised view and its
sentence bounds); sentences, reported speech and dates are read off that one document, and every
span points into the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from .attribution import Attribution, extract_doc
from .dates import DateMention, find_view
from .doc import Doc, long_view
from .layout import Dateline, find_dateline, find_title
from .lexicon import LexiconSource, resolve_lexicon
from .sentences import bounds_to_spans
from .spans import Span, TextView, check_text
from .speakers import link_speakers
from .when import as_datetime

__all__ = ["COLUMNS", "SCHEMA_VERSION", "TABLES", "Article", "check_table", "parse", "parse_published", "records"]

#: Version of the ``to_dict()`` layout; bumped on any incompatible change.
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Article:
    """Everything arnews reads in one article; every span indexes ``text``.

    ``sources[i]`` is the speaker of ``attributions[i]`` linked across the article: the fullest
    mention of the same source, or the previous speaker when the subject is dropped.
    ``meta`` holds the other keys of the record the article came from (``parse_many``), and goes
    into ``to_dict()`` under ``"meta"`` when there are any.
    """

    text: str
    published: datetime | None
    sentences: tuple[Span, ...]
    attributions: tuple[Attribution, ...]
    dates: tuple[DateMention, ...]
    sources: tuple[Span | None, ...] = ()
    title: Span | None = None
    dateline: Dateline | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def with_meta(self, meta: Mapping[str, Any]) -> Article:
        """This article with ``meta`` (the other keys of its record) attached."""
        return replace(self, meta=meta)

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence that holds ``offset`` of the original text, or ``None``."""
        return _locate(self.sentences, [s.start for s in self.sentences], offset)

    def to_records(self, table: str = "sentences", article_id: object = None) -> list[dict[str, object]]:
        """Flat rows of one table, ``"sentences"``, ``"attributions"`` or ``"dates"`` (see :func:`arnews.to_frame`).

        >>> parse("وصل الوفد. وقال الوزير إن الجلسة انتهت.").to_records()[1]["text"]
        'وقال الوزير إن الجلسة انتهت.'
        """
        return records(self, table, article_id)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (layout in ``arnews/data/article.schema.json``)."""
        starts = [s.start for s in self.sentences]

        def sentence(offset: int) -> int | None:
            return _locate(self.sentences, starts, offset)

        attributions = []
        for i, a in enumerate(self.attributions):
            d = a.to_dict()
            src = self.sources[i] if i < len(self.sources) else None
            d["source"] = src.to_dict() if src else None
            d["sentence"] = sentence(a.cue.start)
            attributions.append(d)
        dates = []
        for m in self.dates:
            d = m.to_dict()
            d["sentence"] = sentence(m.start)
            dates.append(d)
        out: dict[str, object] = {
            "schema_version": SCHEMA_VERSION,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title.to_dict() if self.title else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "sentences": [s.to_dict() for s in self.sentences],
            "attributions": attributions,
            "dates": dates,
        }
        if self.meta:
            out["meta"] = dict(self.meta)
        return out


def _locate(sentences: Sequence[Span], starts: Sequence[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < sentences[i].end else None


def parse_published(published: datetime | date | str | None) -> datetime | None:
    """A publication date as ``datetime``: ``ValueError`` names a bad string, ``TypeError`` a bad type.

    The same rules as ``find_dates(reference=)`` (:func:`arnews.when.as_datetime`).

    >>> parse_published("2023-09-12")
    datetime.datetime(2023, 9, 12, 0, 0)
    """
    return as_datetime(published, "published")


def parse(
    text: str, published: datetime | date | str | None = None, *, html: bool = False,
    lexicon: LexiconSource | None = None,
) -> Article:
    """Read a whole article: sentences, reported speech, and dates resolved against ``published``.

    ``published`` is a ``date``, a ``datetime`` or an ISO string. When it carries a time zone,
    every resolved interval is aware, in that zone; a naive one gives naive intervals.
    With ``html=True`` the text is an HTML page or fragment: it is read as
    :func:`arnews.clean_html` cleans it, and every span points into the HTML as given.
    ``lexicon`` adds reporting verbs (as for :func:`arnews.extract_attributions`); they reach every
    capability that reads them: attribution, the sentence bounds and the tense of dates.

    >>> a = parse("قال الوزير أمس إن المحادثات مستمرة.", published="2023-09-12")
    >>> [s.text for s in a.sentences]
    ['قال الوزير أمس إن المحادثات مستمرة.']
    """
    check_text(text)
    if html:
        from .markup import HtmlText

        page = HtmlText.of(text)
        return page.to_original(parse(page.text, published, lexicon=lexicon))
    ref = parse_published(published)
    lex = None if lexicon is None else resolve_lexicon(lexicon)
    doc = Doc(long_view(text), lexicon=lex)
    v = doc.view
    # dates first, then reported speech, then the sentence spans: the date scan's peak is the highest
    # of a long text, and it comes before the other results are held
    dates = tuple(find_view(v, ref, lexicon=lex))
    attributions = tuple(extract_doc(doc, dates=dates))
    doc.release()  # (its token tables are done with)
    title = find_title(v)
    dateline = find_dateline(v, v.text.find("\n") + 1 if title else 0)
    bounds = doc.bounds
    # the sentence spans read only the map back to the text: the view's text is let go of first,
    # so that it is not held beside them at the peak of a long text
    mapped = TextView(v.original, "", v.offsets)
    del doc, v
    return Article(
        text=text,
        published=ref,
        sentences=tuple(bounds_to_spans(mapped, bounds)),
        attributions=attributions,
        dates=dates,
        sources=tuple(link_speakers(attributions)),
        title=title,
        dateline=dateline,
    )


#: The tables an article flattens into.
TABLES = ("sentences", "attributions", "dates")

_SPAN_FIELDS = ("cue", "speaker", "content", "channel", "source")

#: The columns of each table, in order (``article_id`` first, then the row's place in the article).
COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("article_id", "index", "start", "end", "text"),
    "attributions": (
        "article_id", "index", "sentence", "kind", "verb", "cls", "meaning", "source_type",
        *(f"{f}_{k}" for f in _SPAN_FIELDS for k in ("start", "end", "text")),
        "said_at_start", "said_at_end", "said_at_text", "said_at_interval_start", "said_at_interval_end",
    ),
    "dates": (
        "article_id", "index", "sentence", "start", "end", "text", "kind", "grain",
        "interval_start", "interval_end", "duration", "warnings",
    ),
}


def check_table(table: object) -> str:
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    return str(table)


def _span_columns(name: str, span: Span | None) -> dict[str, object]:
    return {
        f"{name}_start": span.start if span else None,
        f"{name}_end": span.end if span else None,
        f"{name}_text": span.text if span else None,
    }


def records(article: Article, table: str = "sentences", article_id: object = None) -> list[dict[str, object]]:
    """The rows of one ``table`` (``"sentences"``, ``"attributions"`` or ``"dates"``) of ``article``.

    Every row has the columns of :data:`COLUMNS` for its table; a missing span gives ``None`` in
    its three columns (``speaker_start``, ``speaker_end``, ``speaker_text``); ``source_*`` is the
    speaker linked across the article; a date's interval is two ``datetime`` columns and its
    warnings one string joined with ``"; "``.
    """
    table = check_table(table)
    if table == "sentences":
        return [
            {"article_id": article_id, "index": i, "start": s.start, "end": s.end, "text": s.text}
            for i, s in enumerate(article.sentences)
        ]
    rows: list[dict[str, object]] = []
    if table == "attributions":
        for i, a in enumerate(article.attributions):
            row: dict[str, object] = {
                "article_id": article_id, "index": i, "sentence": article.sentence_of(a.cue.start),
                "kind": a.kind, "verb": a.verb, "cls": a.cls, "meaning": a.meaning, "source_type": a.source_type,
            }
            source = article.sources[i] if i < len(article.sources) else None
            for name, span in zip(_SPAN_FIELDS, (a.cue, a.speaker, a.content, a.channel, source), strict=True):
                row.update(_span_columns(name, span))
            when = a.said_at
            row.update(_span_columns("said_at", Span(when.start, when.end, when.text) if when else None))
            row["said_at_interval_start"] = when.interval[0] if when and when.interval else None
            row["said_at_interval_end"] = when.interval[1] if when and when.interval else None
            rows.append(row)
        return rows
    for i, d in enumerate(article.dates):
        rows.append({
            "article_id": article_id, "index": i, "sentence": article.sentence_of(d.start),
            "start": d.start, "end": d.end, "text": d.text, "kind": d.kind, "grain": d.grain,
            "interval_start": d.interval[0] if d.interval else None,
            "interval_end": d.interval[1] if d.interval else None,
            "duration": d.duration, "warnings": "; ".join(d.warnings),
        })
    return rows
