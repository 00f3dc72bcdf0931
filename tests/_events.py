"""Helpers the attribution test tables share: the event of one cue, and a speaker as text."""

from __future__ import annotations

from arnews import Attribution, extract_attributions


def event(text: str, cue: str) -> Attribution:
    """The first event of ``text`` whose cue is written ``cue`` (fails, listing the cues found, if none)."""
    atts = extract_attributions(text)
    found = [a for a in atts if a.cue.text == cue]
    assert found, f"no event with cue {cue!r} in {[a.cue.text for a in atts]}"
    return found[0]


def speaker_text(a: Attribution) -> str | None:
    """The speaker's text, or None."""
    return a.speaker.text if a.speaker else None
