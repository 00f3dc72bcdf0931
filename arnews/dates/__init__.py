"""Find date and time expressions and resolve them. PROVISIONAL (issue 5 replaces it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..normalize import analysis_view
from ..spans import TextView, check_text

__all__ = ["DateMention", "find_dates", "find_view"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time expression with its resolved interval."""

    start: int
    end: int
    text: str
    kind: str
    grain: str
    interval: tuple[datetime, datetime] | None
    duration: timedelta | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (ISO strings)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "grain": self.grain,
            "interval": [x.isoformat() for x in self.interval] if self.interval else None,
            "duration": self.duration.total_seconds() if self.duration is not None else None,
        }


def find_view(v: TextView, reference: datetime | None = None, prefer: str = "auto") -> list[DateMention]:
    """Date mentions in a normalised view."""
    return []


def find_dates(
    text: str, reference: datetime | date | None = None, prefer: str = "auto"
) -> list[DateMention]:
    """Find date and time expressions in ``text`` and resolve them against ``reference``."""
    check_text(text)
    ref = reference if reference is None or isinstance(reference, datetime) else datetime.combine(
        reference, datetime.min.time()
    )
    return find_view(analysis_view(text), ref, prefer)
