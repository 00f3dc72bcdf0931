"""Hostile input on every public function (issue 7).

A non-``str`` text raises ``TypeError`` naming its type; a bad ``reference`` / ``published`` /
``prefer`` raises ``TypeError`` or ``ValueError`` naming the argument; any ``str`` at all (lone
surrogates, NUL, U+FFFD, bidi overrides, combining floods, huge unbroken runs, thousands of
quotes, seas of tatweel) is read without an exception, and every span that comes back is a slice
of that very string.

The adversarial families (:data:`HOSTILE`) and the result checks (:func:`check_result`) are
shared with ``test_properties.py``, ``test_fuzz.py`` and ``test_threads.py``; the benchmark
``bench/bench_scaling.py`` imports the families and reads them at up to 10 MB. Here they stay at
5 KB, and 100 KB for the size-stressing ones, so the suite is fast. Nothing here is timed.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

import arnews

# --------------------------------------------------------------------------- the public functions

#: Every public function that reads a text, called with the text alone.
FUNCTIONS: dict[str, Callable[[str], object]] = {
    "normalize": arnews.normalize,
    "normalize_with_offsets": arnews.normalize_with_offsets,
    "split_sentences": arnews.split_sentences,
    "extract_attributions": arnews.extract_attributions,
    "find_dates": lambda t: arnews.find_dates(t, reference=datetime(2023, 9, 12, 10, 30)),
    "parse": lambda t: arnews.parse(t, published="2023-09-12"),
    "parse_many": lambda t: list(arnews.parse_many([t], published="2023-09-12")),
}

# --------------------------------------------------------------------------- adversarial families


def fill(unit: str, n: int) -> str:
    """``unit`` repeated and cut to exactly ``n`` characters."""
    return (unit * (n // len(unit) + 1))[:n]


def nested_quotes(n: int) -> str:
    """Quotation marks of every kind nested ``n // 2`` deep around a reported sentence."""
    core = "قال الوزير إن الاتفاق تم"
    depth = max(0, (n - len(core)) // 2)
    opening = fill("«“\"‹„'", depth)
    closing = fill("»”\"›“'", depth)[::-1]
    return opening + core + closing


#: The adversarial families of issue 7, each a function of the size in characters (the benchmark
#: ``bench/bench_scaling.py`` imports them from here).
HOSTILE: dict[str, Callable[[int], str]] = {
    "surrogates": lambda n: fill("قال \ud800الوزير\udfff إن \udc00الاتفاق\udbff تم. ", n),
    "nul": lambda n: fill("قال\x00 الوزير \x00\x00إن الاتفاق تم.\x00 ", n),
    "replacement": lambda n: fill("\ufffdقال الوزير \ufffd\ufffdإن «الاتفاق\ufffd» تم. ", n),
    "bidi_controls": lambda n: fill("\u202eقال الوزير\u202c \u202dإن\u202c \u2067«نعم»\u2069. \u200f\u200e\u061c", n),
    "combining_flood": lambda n: "ب" + fill("\u064e\u0651\u0652\u0670\u0654\u0301\u0300\u20dd", n - 1),
    "no_spaces": lambda n: fill("قالالوزيرإن«الاتفاق»تمأمس.وأضاف،بحسب:١٢/٩/٢٠٢٣؟", n),
    "no_punctuation": lambda n: fill("قال الوزير إن المحادثات ستستأنف أمس وأكد بحسب مصدر أن ", n),
    "nested_quotes": nested_quotes,
    "unbalanced_quotes": lambda n: fill('« قال “ الوزير " إن ‹ الاتفاق „ تم » ” ', n),
    "tatweel": lambda n: "ـ" * n,
    "whitespace": lambda n: fill(" \n\t\u00a0\r\n\u2028\u3000\x0b\x0c\x85 ", n),
    "digits": lambda n: fill("12/9/2023 ١٢-٩-٢٠٢٣ 10:30 2023-09-12T10:30 ٣١٢٣٤٥٦٧٨٩", n),
    "clock_times": lambda n: fill("الساعة 10:30 ", n),
}

#: Families that stress size (unbroken runs, floods): also read at :data:`BIG` characters.
BIG_FAMILIES = [
    "combining_flood",
    "no_spaces",
    "no_punctuation",
    "nested_quotes",
    "unbalanced_quotes",
    "tatweel",
    "clock_times",
]
BIG = 100_000
SMALL = 5_000

#: Short hostile strings, each with a label.
TINY: dict[str, str] = {
    "empty": "",
    "one space": " ",
    "newlines": "\n\n\n",
    "crlf": "قال الوزير.\r\nوأضاف.\r\n",
    "lone cr": "قال الوزير.\rوأضاف.",
    "unicode line breaks": "قال الوزير.\u2028وأضاف.\u2029ثم\u0085انتهى.",
    "lone high surrogate": "\ud800",
    "lone low surrogate": "\udfff",
    "surrogate in a word": "قا\udc00ل الوزير إن الاتفاق تم.",
    "nul": "\x00",
    "replacement": "\ufffd",
    "opening guillemet": "«",
    "closing guillemet": "»",
    "straight quote": '"',
    "quote after cue": "قال: «",
    "cue at the end": "وقال",
    "cue alone with colon": "قال:",
    "according to at the end": "بحسب",
    "tatweel": "ـ",
    "shadda alone": "\u0651",
    "diacritics before any letter": "\u064e\u064f قال الوزير.",
    "tatweel opens the sentence": "ـــقال الوزير. ـــوأضاف.",
    "period alone": ".",
    "question marks": "؟؟؟",
    "dots": "......",
    "rtl override": "\u202e",
    "bidi control opens a sentence": "قال الوزير. \u202eوأضاف أن الاتفاق تم.\u202c",
    "zero width joiner": "\u200d\u200c\ufeff",
    "emoji": "قال الوزير 👍🏽 إن الاتفاق تم 🇸🇦.",
    "presentation forms": "ﻻ ﷺ ﷽ ﻹ ﺍﻟﻮﺯﻳﺮ",
    "ligature expands with spaces": "قال ﷺ إن",
    "latin only": "The minister said on Monday that talks resume.",
    "casefold changes length": "İstanbul ß ﬁ",
    "fullwidth digits": "في ١٢ أيلول ١٩٩٩ و１２/９/２０２３",
    "arabic decimal separators": "٣٫٥ في المئة و١٬٢٠٠٬٠٠٠",
    "number too large": "في عام 99999999999999999999 وفي 10000 يوم",
    "impossible date": "في 31/02/2023 و 2023-13-45 و 99:99",
    "hijri far future": "في 28 صفر 9999هـ",
    "control characters": "".join(chr(c) for c in range(32)) + "\x7f",
    "private use": "\ue000\uf8ff\U000f0000",
    "noncharacters": "\ufffe\uffff\U0010ffff",
    "combining on space": " \u0651 \u064e.",
    "quote marks only": '«»“”""‹›„',
    "dateline only": "القاهرة - (رويترز) -",
    "title then nothing": "عنوان\n",
}


# --------------------------------------------------------------------------- result checks


def iter_spans(obj: object) -> Iterator[object]:
    """Every object with ``start``, ``end`` and ``text`` found inside a result."""
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from iter_spans(x)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if all(hasattr(obj, k) for k in ("start", "end", "text")):
            yield obj
        for f in dataclasses.fields(obj):
            if f.name != "text":
                yield from iter_spans(getattr(obj, f.name))


def check_spans(text: str, result: object) -> None:
    """Every span inside ``result`` is ``text[start:end]``."""
    for s in iter_spans(result):
        start, end, got = s.start, s.end, s.text  # type: ignore[attr-defined]
        assert isinstance(start, int) and isinstance(end, int), s
        assert 0 <= start <= end <= len(text), s
        assert text[start:end] == got, s


def check_offsets(text: str, out: str, offsets: list[int]) -> None:
    """An offset map: one entry per output character plus the end, in order, each a source index."""
    assert len(offsets) == len(out) + 1
    assert offsets[-1] == len(text)
    assert all(0 <= o < len(text) for o in offsets[:-1]), "an output character maps outside the source"
    assert all(a <= b for a, b in itertools.pairwise(offsets)), "offsets go backwards"


def check_sentences(text: str, sentences: list[arnews.Span]) -> None:
    """In order, trimmed, non-empty, non-overlapping, and together they cover every non-space character."""
    check_spans(text, sentences)
    prev = 0
    for s in sentences:
        assert s.text and s.text == s.text.strip(), f"not trimmed: {s}"
        assert s.start >= prev, f"overlap or disorder at {s}"
        gap = text[prev : s.start]
        assert not gap.strip(), f"characters lost between sentences: {gap!r} before {s}"
        prev = s.end
    assert not text[prev:].strip(), f"characters lost after the last sentence: {text[prev:][:40]!r}"


KINDS = {"direct", "indirect", "mixed", "according_to"}
DATE_KINDS = {"date", "time", "datetime", "range", "duration", "vague"}


def check_attributions(text: str, attributions: list[arnews.Attribution]) -> None:
    """Spans are slices; a cue is never empty; kind and verb are as documented."""
    check_spans(text, attributions)
    for a in attributions:
        assert a.cue.text, a
        assert a.kind in KINDS, a
        assert isinstance(a.verb, str) and a.verb, a


def check_dates(text: str, dates: list[arnews.DateMention]) -> None:
    """Spans are slices; kind is documented; an interval is a half-open, ordered pair."""
    check_spans(text, dates)
    for m in dates:
        assert m.text, m
        assert m.kind in DATE_KINDS, m
        assert isinstance(m.grain, str) and (m.grain or m.kind == "vague"), m
        if m.interval is not None:
            a, b = m.interval
            assert isinstance(a, datetime) and isinstance(b, datetime), m
            assert a <= b, m
        assert m.duration is None or isinstance(m.duration, timedelta), m


def check_article(text: str, art: arnews.Article) -> None:
    """The whole article: every part checked, and ``to_dict()`` is JSON whose spans are slices."""
    assert art.text == text
    check_sentences(text, list(art.sentences))
    check_attributions(text, list(art.attributions))
    check_dates(text, list(art.dates))
    check_spans(text, [art.title, art.dateline, list(art.sources)])
    d = art.to_dict()
    encoded = json.dumps(d)
    if not any("\ud800" <= c <= "\udfff" for c in text):
        # JSON has no lone surrogates: "\ud800\udfff" comes back as one character (docs/reliability.md)
        assert json.loads(encoded) == d

    check_dict_spans(text, d)


def check_dict_spans(text: str, x: object) -> None:
    """Every ``{"start", "end", "text"}`` found anywhere in the JSON form ``x`` is a slice of ``text``."""
    if isinstance(x, dict):
        if {"start", "end", "text"} <= x.keys():
            assert text[x["start"] : x["end"]] == x["text"], x
        for v in x.values():
            check_dict_spans(text, v)
    elif isinstance(x, list):
        for v in x:
            check_dict_spans(text, v)


def check_result(name: str, text: str, result: object) -> None:
    """Check the result of ``FUNCTIONS[name](text)``."""
    if name == "normalize":
        assert isinstance(result, str)
    elif name == "normalize_with_offsets":
        assert isinstance(result, tuple) and len(result) == 2
        check_offsets(text, *result)
    elif name == "split_sentences":
        check_sentences(text, result)  # type: ignore[arg-type]
    elif name == "extract_attributions":
        check_attributions(text, result)  # type: ignore[arg-type]
    elif name == "find_dates":
        check_dates(text, result)  # type: ignore[arg-type]
    elif name == "parse":
        check_article(text, result)  # type: ignore[arg-type]
    else:
        assert isinstance(result, list) and len(result) == 1
        check_article(text, result[0])


# --------------------------------------------------------------------------- wrong types

NOT_TEXT = [None, b"\xd9\x82\xd8\xa7\xd9\x84", bytearray(b"x"), 3, 2.5, ["قال"], object()]


@pytest.mark.parametrize("name", FUNCTIONS)
@pytest.mark.parametrize("bad", NOT_TEXT, ids=lambda b: type(b).__name__)
def test_a_non_str_text_raises_type_error_naming_the_type(name: str, bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        FUNCTIONS[name](bad)  # type: ignore[arg-type]


def test_parse_many_refuses_a_bare_string() -> None:
    with pytest.raises(TypeError, match="str"):
        list(arnews.parse_many("قال الوزير."))


@pytest.mark.parametrize("bad", [None, 3, {"text": 3}], ids=["None", "int", "mapping with int text"])
def test_parse_many_names_a_bad_item(bad: object) -> None:
    with pytest.raises(TypeError, match=r"NoneType|int"):
        list(arnews.parse_many(["قال الوزير.", bad]))  # type: ignore[list-item]


@pytest.mark.parametrize("bad", [20230912, 2.5, ["2023-09-12"], object(), "not a date", "2023-13-45", ""])
def test_find_dates_names_a_bad_reference(bad: object) -> None:
    with pytest.raises((TypeError, ValueError), match="reference"):
        arnews.find_dates("وصل الوفد أمس.", reference=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["sometimes", "", "PAST", None, 1])
def test_find_dates_names_a_bad_prefer(bad: object) -> None:
    with pytest.raises((TypeError, ValueError), match="prefer"):
        arnews.find_dates("وصل الوفد الأحد.", reference=date(2023, 9, 12), prefer=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [20230912, 2.5, ["2023-09-12"], object(), "not a date", "2023-13-45", ""])
def test_parse_and_parse_many_name_a_bad_published(bad: object) -> None:
    with pytest.raises((TypeError, ValueError), match="published"):
        arnews.parse("وصل الوفد أمس.", published=bad)  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError), match="published"):
        list(arnews.parse_many(["وصل الوفد أمس."], published=bad))  # type: ignore[arg-type]


def test_an_unknown_normalisation_option_raises_type_error_naming_it() -> None:
    with pytest.raises(TypeError, match="no_such_option"):
        arnews.normalize("قال", no_such_option=True)


@pytest.mark.parametrize("bad", ["no_such_preset", 3, b"search"])
def test_a_bad_preset_raises_naming_it(bad: object) -> None:
    for fn in (arnews.normalize, arnews.normalize_with_offsets):
        with pytest.raises((TypeError, ValueError), match=r"preset|no_such_preset|int|bytes"):
            fn("قال", bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- any str is read


@pytest.mark.parametrize(
    "text",
    [
        "قبل 2000 عام.",
        "منذ 300 سنة.",
        "قبل 5000 عام.",
        "بعد 10000 عام.",
        "بعد 99999999999 يوم.",
        "منذ 9999999999999999999 دقيقة.",
    ],
)
def test_far_offsets_from_an_ordinary_reference(text: str) -> None:
    check_dates(text, arnews.find_dates(text, reference=datetime(2023, 9, 12)))
    check_article(text, arnews.parse(text, published="2023-09-12"))


RELATIVE = (
    "وصل الوفد أمس وسيغادر غدا. وكان ذلك قبل 300 عام وسيعود بعد 100 سنة، في الشهر المقبل "
    "والعام الماضي، الأسبوع المقبل، منذ أربعة قرون، خلال العقد المقبل، يوم الأحد، مساء الخميس، "
    "في 28 صفر، في كانون الثاني، يوم 31 ديسمبر، عام 1445هـ، الساعة 10:30 صباحا."
)


@pytest.mark.parametrize(
    "ref",
    [
        datetime(2023, 9, 12, 10, 30, tzinfo=timezone.utc),
        datetime(2023, 9, 12, 10, 30, tzinfo=timezone(timedelta(hours=3))),
        date(2023, 9, 12),
        datetime(1, 1, 1),
        date(1, 1, 1),
        datetime(9999, 12, 31, 23, 59, 59),
        date(9999, 12, 31),
    ],
    ids=repr,
)
def test_calendar_end_references_resolve_without_overflow(ref: datetime | date) -> None:
    for prefer in ("auto", "past", "future"):
        check_dates(RELATIVE, arnews.find_dates(RELATIVE, reference=ref, prefer=prefer))
    check_article(RELATIVE, arnews.parse(RELATIVE, published=ref))


@pytest.mark.parametrize("name", FUNCTIONS)
@pytest.mark.parametrize("label", TINY)
def test_tiny_hostile_strings(name: str, label: str) -> None:
    text = TINY[label]
    check_result(name, text, FUNCTIONS[name](text))


@pytest.mark.parametrize("name", FUNCTIONS)
@pytest.mark.parametrize("family", HOSTILE)
def test_hostile_families(name: str, family: str) -> None:
    text = HOSTILE[family](SMALL)
    check_result(name, text, FUNCTIONS[name](text))



@pytest.mark.slow  # scale: a large input, run with the integration step (`pytest -m slow`)
@pytest.mark.parametrize("family", BIG_FAMILIES)
def test_big_hostile_families(family: str) -> None:
    """At :data:`BIG` characters through ``parse()``, which runs every module over one view."""
    text = HOSTILE[family](BIG)
    check_result("parse", text, FUNCTIONS["parse"](text))
    check_result("normalize_with_offsets", text, FUNCTIONS["normalize_with_offsets"](text))


@pytest.mark.slow  # scale: a large input, run with the integration step (`pytest -m slow`)
@pytest.mark.parametrize("name", FUNCTIONS)
def test_ten_thousand_nested_quotes(name: str) -> None:
    text = "«" * 10_000 + "قال الوزير" + "»" * 10_000
    check_result(name, text, FUNCTIONS[name](text))


@pytest.mark.parametrize("name", FUNCTIONS)
def test_a_str_subclass_is_read_like_a_str(name: str) -> None:
    class Text(str):
        __slots__ = ()

    plain = "القاهرة - (رويترز) - قال الوزير أمس إن «الاتفاق تم». وأضاف أن المحادثات ستستأنف غدا."
    check_result(name, plain, FUNCTIONS[name](Text(plain)))


def test_parse_many_matches_parse_on_hostile_families() -> None:
    texts = [make(SMALL // 10) for make in HOSTILE.values()]
    got = list(arnews.parse_many(texts, published="2023-09-12"))
    assert got == [arnews.parse(t, published="2023-09-12") for t in texts]
