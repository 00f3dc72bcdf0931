"""Flat rows for tables: one row per sentence, attribution or date, with the article's id.

:func:`records` (and :meth:`arnews.Article.to_records`) gives plain dicts and needs nothing;
:func:`to_frame` builds a pandas ``DataFrame`` from many articles and needs the ``pandas`` extra
(``pip install "arnews[pandas]"``). pandas is imported only when ``to_frame`` is called.

>>> import arnews
>>> a = arnews.parse("قال الوزير إن الاتفاق نهائي.")
>>> [(r["speaker_text"], r["content_text"]) for r in records(a, "attributions")]
[('الوزير', 'الاتفاق نهائي')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .spans import Span

if TYPE_CHECKING:
    import pandas

    from .article import Article

__all__ = ["COLUMNS", "TABLES", "records", "to_frame"]

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


def _check_table(table: object) -> str:
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
    table = _check_table(table)
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


def _numbered(articles: Article | Iterable[Article] | Mapping[Any, Article]) -> Iterable[tuple[object, Article]]:
    from .article import Article

    if isinstance(articles, Article):
        return [(0, articles)]
    if isinstance(articles, Mapping):
        return articles.items()
    if isinstance(articles, (str, bytes)):
        raise TypeError("to_frame needs Article objects (arnews.parse(text)), not a text")
    return enumerate(articles)


def to_frame(
    articles: Article | Iterable[Article] | Mapping[Any, Article],
    table: str = "sentences",
    *,
    ids: Iterable[object] | None = None,
) -> pandas.DataFrame:
    """A pandas ``DataFrame`` of one ``table`` over many articles: one row per sentence, attribution or date.

    ``articles`` is one :class:`~arnews.Article`, an iterable of them (``article_id`` is then the
    position, or the matching item of ``ids``), or a mapping from your ids to articles. The
    columns are :data:`COLUMNS` ``[table]``, also when there are no rows; offsets are pandas'
    nullable ``Int64`` (a missing speaker is ``<NA>``), intervals ``datetime64`` and durations
    ``timedelta64`` columns. Needs the ``pandas``
    extra: ``pip install "arnews[pandas]"``.
    """
    table = _check_table(table)
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('arnews.to_frame needs pandas: pip install "arnews[pandas]"') from None
    numbered = _numbered(articles)
    if ids is not None:
        numbered = zip(ids, (a for _, a in numbered), strict=True)
    rows = [row for key, art in numbered for row in records(art, table, key)]
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS[table]))
    for column in frame.columns:  # offsets stay integers where a span may be missing
        offset = column in ("index", "sentence", "start", "end") or column.endswith(("_start", "_end"))
        if offset and "interval" not in column:
            frame[column] = frame[column].astype("Int64")
    if table == "dates":
        frame["duration"] = pd.to_timedelta(frame["duration"])
    return frame
