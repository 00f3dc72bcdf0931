"""End to end on a composed news article: every event, its speaker, content, kind and channel.

The article (tests/data/attribution_article.txt) was written for this test; the expected
events (attribution_article.json) were checked by hand against GUIDELINES-style conventions.
"""

from __future__ import annotations

import json
from pathlib import Path

from arnews.attribution import extract_attributions
from arnews.speakers import link_speakers

DATA = Path(__file__).parent / "data"


def test_composed_article_golden() -> None:
    text = (DATA / "attribution_article.txt").read_text(encoding="utf-8")
    expected = json.loads((DATA / "attribution_article.json").read_text(encoding="utf-8"))
    atts = extract_attributions(text)
    got = [
        {
            "cue": a.cue.text,
            "verb": a.verb,
            "speaker": a.speaker.text if a.speaker else None,
            "content": a.content.text if a.content else None,
            "kind": a.kind,
            "channel": a.channel.text if a.channel else None,
            "linked": linked.text if linked else None,
        }
        for a, linked in zip(atts, link_speakers(atts), strict=True)
    ]
    assert got == expected
    for a in atts:
        for sp in (a.cue, a.speaker, a.content, a.channel):
            if sp is not None:
                assert text[sp.start:sp.end] == sp.text


def test_composed_article_non_events_absent() -> None:
    text = (DATA / "attribution_article.txt").read_text(encoding="utf-8")
    cues = [a.cue.text for a in extract_attributions(text)]
    assert "ونفى" not in cues  # a denial with only a noun object
    assert "يذكر" not in cues  # an editorial formula
