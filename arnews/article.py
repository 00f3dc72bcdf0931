"""parse(): run every capability once over an article and gather the results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .attribution import Attribution, extract_view
from .dates import DateMention, find_view
from .normalize import analysis_view
from .sentences import split_view
from .spans import Span, check_text

__all__ = ["Article", "parse", "parse_published"]


@dataclass(frozen=True, slots=True)
class Article:
    """Everything arnews reads in one article; every span indexes ``text``."""

    text: str
    published: datetime | None
    sentences: tuple[Span, ...]
    attributions: tuple[Attribution, ...]
    dates: tuple[DateMention, ...]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict: ``published``, ``sentences``, ``attributions``, ``dates``."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "sentences": [s.to_dict() for s in self.sentences],
            "attributions": [a.to_dict() for a in self.attributions],
            "dates": [d.to_dict() for d in self.dates],
        }


def parse_published(published: datetime | date | str | None) -> datetime | None:
    """Normalise a publication date to ``datetime``; ``ValueError`` names a bad string."""
    if published is None or isinstance(published, datetime):
        return published
    if isinstance(published, date):
        return datetime(published.year, published.month, published.day)
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published.strip())
        except ValueError:
            raise ValueError(f"published: not an ISO date or datetime: {published!r}") from None
    raise TypeError(f"published must be datetime, date, str or None, not {type(published).__name__}")


def parse(text: str, published: datetime | date | str | None = None) -> Article:
    """Read a whole article: sentences, reported speech and dates resolved against ``published``."""
    check_text(text)
    ref = parse_published(published)
    v = analysis_view(text)
    return Article(
        text=text,
        published=ref,
        sentences=tuple(split_view(v)),
        attributions=tuple(extract_view(v)),
        dates=tuple(find_view(v, ref)),
    )
