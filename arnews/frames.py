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

from .article import COLUMNS, TABLES, Article, check_table, records

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "TABLES", "records", "to_frame"]

def _numbered(articles: Article | Iterable[Article] | Mapping[Any, Article]) -> Iterable[tuple[object, Article]]:
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
    table = check_table(table)
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
