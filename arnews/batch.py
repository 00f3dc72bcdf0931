"""parse_many(): parse a stream of articles with a pool of processes, results in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date, datetime

from .article import Article, parse

__all__ = ["parse_many"]

Published = datetime | date | str | None
Item = str | Mapping[str, object]


def _unpack(item: Item, published: Published) -> tuple[str, Published]:
    if isinstance(item, str):
        return item, published
    if isinstance(item, Mapping):
        text = item.get("text")
        pub = item.get("published", published)
        if not isinstance(text, str):
            raise TypeError(f"article text must be str, not {type(text).__name__}")
        if pub is not None and not isinstance(pub, (str, date)):
            raise TypeError(f"published must be datetime, date, str or None, not {type(pub).__name__}")
        return text, pub
    raise TypeError(f"each article must be str or a mapping with 'text', not {type(item).__name__}")


def _parse_pair(pair: tuple[str, Published]) -> Article:
    return parse(*pair)


def parse_many(
    articles: Iterable[Item], published: Published = None, workers: int = 1, *, window: int = 0
) -> Iterator[Article]:
    """Parse many articles, yielding an :class:`Article` for each, in input order.

    Each item is a text or a mapping with ``text`` and, optionally, ``published`` (which
    overrides the ``published`` argument). With ``workers > 1`` the work is spread over that many
    processes; at most ``window`` articles (default ``4 * workers``) are in flight, so an endless
    stream is processed in constant memory.

    >>> [len(a.sentences) for a in parse_many(["قال الوزير.", "جملة أولى. جملة ثانية."])]
    [1, 2]
    """
    if isinstance(articles, (str, bytes, Mapping)):
        raise TypeError(f"articles must be an iterable of texts or mappings, not one {type(articles).__name__}")
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int, not {workers!r}")
    pairs = (_unpack(item, published) for item in articles)
    if workers == 1:
        yield from map(_parse_pair, pairs)
        return
    limit = window or 4 * workers
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[Article]] = deque()
        for pair in pairs:
            pending.append(pool.submit(_parse_pair, pair))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
