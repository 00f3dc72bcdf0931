"""Reported speech: cues, speakers, content and channels. PROVISIONAL (issue 4 replaces it)."""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import analysis_view
from .spans import Span, TextView

__all__ = ["Attribution", "extract_attributions", "extract_view"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One reporting event: who said what, through which medium."""

    cue: Span
    verb: str
    speaker: Span | None
    content: Span | None
    kind: str
    channel: Span | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "cue": self.cue.to_dict(),
            "verb": self.verb,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "content": self.content.to_dict() if self.content else None,
            "kind": self.kind,
            "channel": self.channel.to_dict() if self.channel else None,
        }


def extract_view(v: TextView) -> list[Attribution]:
    """Attributions found in a normalised view, spans on the original."""
    return []


def extract_attributions(text: str) -> list[Attribution]:
    """Find the reported-speech events in ``text``."""
    return extract_view(analysis_view(text))
