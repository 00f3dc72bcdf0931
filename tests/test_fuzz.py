"""Fuzz target (issue 7): the whole ``parse()`` on generated articles, with a publication date.

Every generated article (a title line, maybe a dateline, paragraphs of Arabic-heavy text with
hostile characters spliced in) must parse without an exception; every span of the result, its
``to_dict()`` included, must be a slice of the text, and the dict must follow the JSON schema.

CI runs a fixed, derandomised batch (the ``ci`` hypothesis profile: 200 examples, a few seconds).
Run it longer on demand::

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_fuzz.py           # 5,000 examples
    ARNEWS_FUZZ_EXAMPLES=100000 HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_fuzz.py

The ``long`` profile is not derandomised, so every long run explores new inputs; a failure is
shrunk and printed as a reproducible ``@example``.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta, timezone
from importlib import resources

import jsonschema  # type: ignore[import-untyped]
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_properties import LETTERS, ODD, QUOTES, any_text, arabic_text
from test_reliability import HOSTILE, check_article

import arnews

#: Examples per run: ``ARNEWS_FUZZ_EXAMPLES``, else the profile's count but at least 200.
FUZZ_EXAMPLES = int(os.environ.get("ARNEWS_FUZZ_EXAMPLES", "0")) or max(200, settings().max_examples)

DATELINES = ["القاهرة - (رويترز) -", "بيروت ـ «الحياة»:", "الرباط - أ ف ب -", "بغداد 15-7 (اف ب) -", "دبي - (وام) - "]

published_dates = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)),
    st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(timezone(timedelta(hours=3)))
    ),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(date.isoformat),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)).map(datetime.isoformat),
)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A news-shaped text: title, dateline, paragraphs, with hostile characters spliced in."""
    title = draw(st.one_of(st.just(""), arabic_text.map(lambda t: t.replace("\n", " ") + "\n")))
    dateline = draw(st.one_of(st.just(""), st.sampled_from(DATELINES).map(lambda d: d + " ")))
    paragraphs = draw(st.lists(any_text, min_size=1, max_size=5))
    body = dateline + "\n".join(paragraphs)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(body)))
        if draw(st.booleans()):
            piece = draw(st.text(st.sampled_from(ODD + QUOTES + LETTERS), min_size=1, max_size=4))
        else:
            piece = HOSTILE[draw(st.sampled_from(sorted(HOSTILE)))](draw(st.integers(1, 60)))
        body = body[:at] + piece + body[at:]
    return title + body


_schema = json.loads(resources.files("arnews.data").joinpath("article.schema.json").read_text(encoding="utf-8"))
SCHEMA = jsonschema.validators.validator_for(_schema)(_schema)  # checked once, not per example


@settings(max_examples=FUZZ_EXAMPLES)
@given(text=articles(), published=published_dates)
@example(text="\ud800\udfff", published=None)  # found by a long run: a surrogate pair as two code points
@example(text="\x1f\nً", published=None)  # found by a long run: \x1f is a blank to Python, not to regex
def test_parse_reads_any_article_and_loses_nothing(text: str, published: date | str | None) -> None:
    art = arnews.parse(text, published=published)
    check_article(text, art)
    SCHEMA.validate(art.to_dict())
