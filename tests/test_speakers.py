"""Speaker linking across an article."""

from __future__ import annotations

from arnews.attribution import extract_attributions
from arnews.speakers import link_speakers, name_words


def _linked(text: str) -> list[str | None]:
    return [s.text if s else None for s in link_speakers(extract_attributions(text))]


def test_short_mention_takes_fullest() -> None:
    text = ("وقال المحلل السياسي مازن الحلبي إن الهدنة صامدة. "
            "وأضاف الحلبي أن المفاوضات ستستأنف.")
    assert _linked(text) == ["المحلل السياسي مازن الحلبي", "المحلل السياسي مازن الحلبي"]


def test_mention_without_article() -> None:
    text = "وقالت الباحثة ليلى المصري إن النتائج مشجعة. وأوضحت المصري أن العينة صغيرة."
    assert _linked(text)[1] == "الباحثة ليلى المصري"


def test_dropped_subject_filled_from_previous() -> None:
    text = "وقال الوزير إن الميناء سيفتح. وأضاف أن السفن جاهزة."
    assert _linked(text) == ["الوزير", "الوزير"]


def test_unrelated_speakers_stay_apart() -> None:
    text = "وقال الوزير إن الميناء سيفتح. وأكدت النقابة أن العمال جاهزون."
    assert _linked(text) == ["الوزير", "النقابة"]


def test_nothing_before_a_dropped_subject() -> None:
    assert _linked("وأضاف أن السفن جاهزة.") == [None]


def test_empty() -> None:
    assert link_speakers([]) == []


def test_name_words_folds_and_drops_article() -> None:
    assert name_words("الغبّاشي") == name_words("غباشي")


def test_impersonal_belief_is_not_filled() -> None:
    text = "وقال الوزير إن الميناء سيفتح، فيما يعتقد أن السفن تأخرت."
    assert _linked(text) == ["الوزير", None]
