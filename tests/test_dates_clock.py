"""Clock times and time ranges (arnews.dates.clock): table-driven cases and invariants."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from arnews.dates.clock import PARTS_OF_DAY, ClockTime, find_clock_times, parts_of_day, tz_info
from arnews.normalize import analysis_view


def found(text: str) -> list[tuple[str, ClockTime]]:
    """Clock times in ``text`` (proper spelling), with the original text each one covers."""
    v = analysis_view(text)
    return [(text[v.orig(c.start) : v.orig_end(c.end)], c) for c in find_clock_times(v.text)]


# label, sentence, expected span (original text), fields to check
SINGLE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("digit hour after الساعة", "يبدأ الاجتماع الساعة 3", "الساعة 3", {"hour": 3, "minute": 0, "ambiguous": True}),
    (
        "ordinal hour with evening",
        "تنطلق المباراة في الساعة التاسعة مساءً",
        "الساعة التاسعة مساءً",
        {"hour": 21, "ambiguous": False, "part_of_day": "evening"},
    ),
    (
        "colon time with morning",
        "وصل الرئيس عند الساعة 10:30 صباحًا إلى المطار",
        "الساعة 10:30 صباحًا",
        {"hour": 10, "minute": 30, "part_of_day": "morning"},
    ),
    ("bare colon time", "أغلق الباب في 9:15 تماما", "9:15", {"hour": 9, "minute": 15, "ambiguous": True}),
    ("24-hour colon time", "هبطت الطائرة عند 17:40", "17:40", {"hour": 17, "minute": 40, "ambiguous": False}),
    ("zero-padded is 24-hour", "أقلعت الطائرة 08:05", "08:05", {"hour": 8, "minute": 5, "ambiguous": False}),
    ("zero-padded with evening", "الساعة 08:05 مساءً", "الساعة 08:05 مساءً", {"hour": 20, "minute": 5}),
    (
        "evening in construct before a day",
        "انفجرت العبوة عند 7:45 مساء أمس",
        "7:45 مساء",
        {"hour": 19, "minute": 45, "part_of_day": "evening"},
    ),
    (
        "من صباح before a day",
        "افتتحت المكاتب ابتداء من الساعة السابعة من صباح اليوم",
        "الساعة السابعة من صباح",
        {"hour": 7, "part_of_day": "morning"},
    ),
    ("dotted minutes with a part of day", "أغلقت الأسواق أبوابها عند 10.30 مساءً", "10.30 مساءً", {"hour": 22}),
    (
        "seconds",
        "انطلقت القافلة الساعة 7:56:35 في الصباح",
        "الساعة 7:56:35 في الصباح",
        {"hour": 7, "minute": 56, "second": 35},
    ),
    (
        "إلا ربعا",
        "قتل ثلاثة أشخاص عند السادسة إلا ربعًا صباحًا",
        "السادسة إلا ربعًا صباحًا",
        {"hour": 5, "minute": 45, "ambiguous": False},
    ),
    (
        "والنصف at dawn",
        "بدأ القصف الخامسة والنصف فجرا",
        "الخامسة والنصف فجرا",
        {"hour": 5, "minute": 30, "part_of_day": "dawn"},
    ),
    ("وثلث", "تصل الحافلة الساعة الرابعة وثلث", "الساعة الرابعة وثلث", {"hour": 4, "minute": 20}),
    ("إلا ثلث across the hour", "الواحدة إلا ثلثًا ظهرًا", "الواحدة إلا ثلثًا ظهرًا", {"hour": 12, "minute": 40}),
    ("ambiguous wraps to 12", "تبدأ الحصة الواحدة إلا ربعًا", "الواحدة إلا ربعًا", {"hour": 12, "minute": 45}),
    (
        "minutes before a time",
        "دوى انفجار ثلاث دقائق قبل الخامسة والنصف",
        "ثلاث دقائق قبل الخامسة والنصف",
        {"hour": 5, "minute": 27},
    ),
    ("minutes after a time", "عاد التيار عشر دقائق بعد الثالثة", "عشر دقائق بعد الثالثة", {"hour": 3, "minute": 10}),
    (
        "minutes in words with دقيقة",
        "وقع الزلزال الساعة الثانية وعشرين دقيقة فجرًا",
        "الساعة الثانية وعشرين دقيقة فجرًا",
        {"hour": 2, "minute": 20, "part_of_day": "dawn"},
    ),
    (
        "compound minutes",
        "أعلن النبأ الساعة الحادية عشرة وخمس وأربعون دقيقة",
        "الساعة الحادية عشرة وخمس وأربعون دقيقة",
        {"hour": 11, "minute": 45, "ambiguous": True},
    ),
    ("digit minutes with دقيقة", "الساعة 4 و 12 دقيقة عصرا", "الساعة 4 و 12 دقيقة عصرا", {"hour": 16, "minute": 12}),
    ("cardinal hour after الساعة", "استيقظنا الساعة خمسة", "الساعة خمسة", {"hour": 5, "ambiguous": True}),
    (
        "part of day before a marked hour",
        "استؤنفت الجلسة بعد الظهر الساعة الثانية",
        "بعد الظهر الساعة الثانية",
        {"hour": 14, "part_of_day": "afternoon"},
    ),
    ("12 at noon", "الساعة 12 ظهرًا", "الساعة 12 ظهرًا", {"hour": 12, "part_of_day": "noon"}),
    ("12 at night is midnight", "الساعة 12 ليلًا", "الساعة 12 ليلًا", {"hour": 0, "part_of_day": "night"}),
    ("small hours of the night", "الساعة الواحدة بعد منتصف الليل", "الساعة الواحدة بعد منتصف الليل", {"hour": 1}),
    ("night before midnight", "الساعة 11 ليلًا", "الساعة 11 ليلًا", {"hour": 23}),
    ("ص abbreviation", "فتحت المحلات في 10 ص", "10 ص", {"hour": 10, "part_of_day": "morning"}),
    ("م abbreviation", "أغلقت المحلات حتى 11 م", "11 م", {"hour": 23, "part_of_day": "evening"}),
    ("Latin PM", "بث في 10:30 PM بتوقيت غرينتش", "10:30 PM بتوقيت غرينتش", {"hour": 22, "tz": "GMT"}),
    ("م after a colon time", "نشر في 12:40 م", "12:40 م", {"hour": 12, "minute": 40}),
    ("midnight", "قال إن العملية انتهت قرابة منتصف الليل", "قرابة منتصف الليل", {"hour": 0, "minute": 0}),
    ("midday", "تنتهي المهلة منتصف النهار", "منتصف النهار", {"hour": 12, "ambiguous": False}),
    ("noon after عند", "أقيمت الصلاة عند الظهر", "الظهر", {"hour": 12, "part_of_day": "noon"}),
    ("approximation kept in the span", "حوالي الساعة 4 عصرًا", "حوالي الساعة 4 عصرًا", {"hour": 16}),
    ("تمام الساعة", "في تمام الساعة العاشرة صباحًا", "تمام الساعة العاشرة صباحًا", {"hour": 10}),
    ("until: the time only", "سيبقى المعبر مفتوحا حتى الساعة 6", "الساعة 6", {"hour": 6, "ambiguous": True}),
    (
        "time zone: Mecca",
        "تبدأ القمة الساعة الرابعة عصرًا بتوقيت مكة المكرمة",
        "الساعة الرابعة عصرًا بتوقيت مكة المكرمة",
        {"hour": 16, "tz": "Asia/Riyadh"},
    ),
    (
        "time zone: Greenwich",
        "انطلق الصاروخ الساعة 14:20 بتوقيت غرينتش",
        "الساعة 14:20 بتوقيت غرينتش",
        {"hour": 14, "minute": 20, "tz": "GMT"},
    ),
    ("time zone: offset", "تبدأ الرحلة 9 صباحا GMT+3", "9 صباحا GMT+3", {"hour": 9, "tz": "UTC+03:00"}),
    (
        "time zone: local",
        "يغلق المعبر الساعة 6 مساء بالتوقيت المحلي",
        "الساعة 6 مساء بالتوقيت المحلي",
        {"hour": 18, "tz": "local"},
    ),
    ("time zone in brackets", "(السابعة ت غ)", "السابعة ت غ", {"hour": 7, "tz": "GMT"}),
    ("military time", "تنتهي الهدنة الساعة 0600 بتوقيت غرينتش", "الساعة 0600 بتوقيت غرينتش", {"hour": 6}),
    ("four digits with a part of day", "أعود 1140 صباحا", "1140 صباحا", {"hour": 11, "minute": 40}),
    ("24:00 is midnight", "الساعة 24:00", "الساعة 24:00", {"hour": 0, "ambiguous": False}),
    ("Arabic-Indic digits", "الساعة ٩:٣٠ مساءً", "الساعة ٩:٣٠ مساءً", {"hour": 21, "minute": 30}),
    ("ordinal after a preposition", "انفجرت العبوة في الثالثة صباح اليوم", "الثالثة صباح", {"hour": 3}),
    ("ordinal at the start", "السابعة مساءً موعد الإفطار", "السابعة مساءً", {"hour": 19}),
    ("digits with an adverb", "يعود الوفد 7 مساءً.", "7 مساءً", {"hour": 19}),
    ("digits after a preposition", "انفجرت عبوة عند 7 مساء أمس", "7 مساء", {"hour": 19}),
    ("الساعة الـ with digits", "عند الساعة الـ12 ظهرًا", "الساعة الـ12 ظهرًا", {"hour": 12, "ambiguous": False}),
    ("colloquial ونص", "الساعة الثامنة ونص", "الساعة الثامنة ونص", {"hour": 8, "minute": 30}),
    ("Maghrebi دق", "على الساعة 15 و30 دق", "الساعة 15 و30 دق", {"hour": 15, "minute": 30}),
    ("minutes in words make a time", "الحادية عشرة وعشرين مساءً", "الحادية عشرة وعشرين مساءً", {"hour": 23}),
    ("after موعد", "اقترب موعد العاشرة صباحًا", "العاشرة صباحًا", {"hour": 10}),
    ("12 with منتصف الليل", "يبدأ الحظر 12 منتصف الليل", "12 منتصف الليل", {"hour": 0}),
    ("ISO T", "2016-11-07T12:34:20", "12:34:20", {"hour": 12, "second": 20}),
    ("hyphenated midday", "منتصف-النهار", "منتصف-النهار", {"hour": 12}),
    (
        "ordinal minute (agency style)",
        "اندلع الحريق في الساعة الثانية والدقيقة الخامسة والعشرين فجرًا",
        "الساعة الثانية والدقيقة الخامسة والعشرين فجرًا",
        {"hour": 2, "minute": 25, "part_of_day": "dawn"},
    ),
    ("lunchtime", "نلتقي 12 وقت الغداء", "12 وقت الغداء", {"hour": 12, "part_of_day": "noon"}),
    (
        "a duration, then until a time",
        "استمر القصف ثلاث دقائق حتى الساعة العاشرة",
        "الساعة العاشرة",
        {"hour": 10, "minute": 0},
    ),
    ("ordinal after عند", "انتهت المهلة عند العاشرة", "العاشرة", {"hour": 10, "ambiguous": True}),
    ("ordinal after تمام", "بدأ البث في تمام الثامنة", "تمام الثامنة", {"hour": 8}),
    ("إلا خمسا", "الساعة العاشرة إلا خمسًا", "الساعة العاشرة إلا خمسًا", {"hour": 9, "minute": 55}),
    ("night after midnight", "الرابعة ليلًا", "الرابعة ليلًا", {"hour": 4, "part_of_day": "night"}),
    ("diacritics and tatweel", "السَّاعةَ الثـالثة", "السَّاعةَ الثـالثة", {"hour": 3}),
]

RANGES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "من … إلى with a shared part of day",
        "تعقد الورشة من 3 إلى 5 مساءً",
        "من 3 إلى 5 مساءً",
        {"hour": 15, "end_hour": 17, "ambiguous": False, "part_of_day": "evening"},
    ),
    (
        "بين … و",
        "تستمر الزيارة بين 10 و11 صباحا",
        "بين 10 و11 صباحا",
        {"hour": 10, "end_hour": 11, "part_of_day": "morning"},
    ),
    ("dash", "تعقد الندوة 3-5 مساءً", "3-5 مساءً", {"hour": 15, "end_hour": 17}),
    ("dual الساعتين", "بين الساعتين 8 و10 صباحا", "بين الساعتين 8 و10 صباحا", {"hour": 8, "end_hour": 10}),
    (
        "both marked with الساعة",
        "تفتح مراكز الاقتراع من الساعة 8 إلى الساعة 5 مساء",
        "من الساعة 8 إلى الساعة 5 مساء",
        {"hour": 8, "end_hour": 17, "ambiguous": False},
    ),
    (
        "across midnight",
        "يمتد حظر التجول من العاشرة ليلًا حتى السادسة صباحًا",
        "من العاشرة ليلًا حتى السادسة صباحًا",
        {"hour": 22, "end_hour": 6},
    ),
    (
        "start's part of day carried forward",
        "الدوام من 10 صباحًا إلى 2",
        "من 10 صباحًا إلى 2",
        {"hour": 10, "end_hour": 14},
    ),
    (
        "minutes in a range",
        "من 1:30 مساءً إلى 3:45",
        "من 1:30 مساءً إلى 3:45",
        {"hour": 13, "minute": 30, "end_hour": 15, "end_minute": 45},
    ),
    (
        "ordinals with بين",
        "سيصل الوفد بين الخامسة والسادسة بعد الظهر",
        "بين الخامسة والسادسة بعد الظهر",
        {"hour": 17, "end_hour": 18, "part_of_day": "afternoon"},
    ),
    (
        "range with a time zone",
        "بين الساعة 8 و10 صباحا بتوقيت القدس",
        "بين الساعة 8 و10 صباحا بتوقيت القدس",
        {"hour": 8, "end_hour": 10, "tz": "Asia/Jerusalem"},
    ),
    (
        "unmarked range stays ambiguous",
        "من الساعة 4:00 إلى الساعة 7",
        "من الساعة 4:00 إلى الساعة 7",
        {"hour": 4, "end_hour": 7, "ambiguous": True},
    ),
]

NEGATIVE: list[tuple[str, str]] = [
    ("bare number", "أصيب 3 أشخاص في الحادث"),
    ("decimal", "سجل المؤشر ارتفاعا بنسبة 10.30 في المئة"),
    ("score with colon", "حقق الفريق نتيجة 3:1 في الشوط الأول"),
    ("score with dash and evening", "فاز الفريق 2-1 مساء السبت"),
    ("losing score before a day", "خسر الفريق 1-3 مساء السبت"),
    ("zero in a score", "فاز الفريق 3-0 مساء الأحد"),
    ("verse number", "ورد ذلك في سورة البقرة 2:255"),
    ("ordinal age", "توفي الطفل في الثالثة من عمره"),
    ("ordinal rank", "حلّ المنتخب في المرتبة الثالثة"),
    ("ordinal anniversary", "احتفلت الجريدة بالذكرى الثالثة والعشرين لتأسيسها"),
    ("the back, not noon", "أصيب بطلق ناري في الظهر"),
    ("afternoon is a part of day", "تزداد الحركة في فترة ما بعد الظهيرة"),
    ("metres", "بلغ طول الجدار 100 م"),
    ("metres, small number", "يرتفع السور بطول 10 م"),
    ("year with م", "ولد عام 1950 م"),
    ("count before a part of day", "وصل 1140 مهاجرا صباحا"),
    ("hours as a duration", "استمر الاجتماع ثلاث ساعات"),
    ("الساعة without an hour", "حتى الساعات الأولى من صباح اليوم"),
    ("date with dashes", "صدر القرار في 2016-12-22"),
    ("time zone alone", "تنشر النتائج بتوقيت غرينتش"),
    ("weak range without marker", "من 3 إلى 5 لاعبين"),
    ("ordinal agreeing with a noun", "وصلت الدفعة الثالثة صباح اليوم"),
    ("ordinal adjective before an adverb", "تبدأ الجلسة الثانية مساء"),
    ("cardinal count before a day", "استشهد ثلاثة صباح اليوم"),
    ("digit count before a day", "أصيب 3 مساء أمس"),
    ("age", "تعلم القراءة عند الثالثة من عمره"),
    ("price range in words", "يتراوح السعر بين 15 وعشرين دولارا"),
    ("ordinal teen", "توفي عند الثالثة عشرة من عمره"),
    ("ordinal twenties", "احتفل عند الثالثة والعشرين"),
    ("feminine one, not an ordinal", "بالسجن بين سنة واحدة وعشر سنوات"),
    ("no partial number after an Arabic comma", "بلغت النسبة 30،4 ت غ"),
]


def _check(cases: list[tuple[str, str, str, dict[str, Any]]], label: str) -> None:
    _, text, span, fields = next(c for c in cases if c[0] == label)
    hits = found(text)
    assert [h[0] for h in hits] == [span], hits
    got = hits[0][1]
    for k, want in fields.items():
        assert getattr(got, k) == want, (k, got)


@pytest.mark.parametrize("label", [c[0] for c in SINGLE])
def test_single_times(label: str) -> None:
    _check(SINGLE, label)


@pytest.mark.parametrize("label", [c[0] for c in RANGES])
def test_ranges(label: str) -> None:
    _check(RANGES, label)
    _, text, _, _ = next(c for c in RANGES if c[0] == label)
    assert found(text)[0][1].end_hour is not None


@pytest.mark.parametrize(("label", "text"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_not_a_time(label: str, text: str) -> None:
    assert found(text) == [], label


def test_two_times_in_one_sentence() -> None:
    hits = found("فتحت المحلات عند 10 ص وأغلقت في 11 م")
    assert [(h[0], h[1].hour) for h in hits] == [("10 ص", 10), ("11 م", 23)]


def test_counted_number_is_not_a_range_end() -> None:
    hits = found("ارتفع العدد الساعة 3 مساء إلى 5 أشخاص")
    assert [(h[0], h[1].end_hour) for h in hits] == [("الساعة 3 مساء", None)]


def test_two_ranges_joined_by_or() -> None:
    hits = found("يمكن اللقاء الاثنين 1-3 مساءً أو 5-6 مساءً")
    assert [(h[0], h[1].hour, h[1].end_hour) for h in hits] == [("1-3 مساءً", 13, 15), ("5-6 مساءً", 17, 18)]


def test_single_time_has_no_end() -> None:
    (_, c) = found("الساعة 9 مساءً")[0]
    assert c.end_hour is None and c.end_minute is None and c.tz is None


def test_result_is_frozen() -> None:
    c = find_clock_times("الساعه 3")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.hour = 4  # type: ignore[misc]


def test_parts_of_day_table() -> None:
    table = parts_of_day()
    assert table["صباحا"] == "morning" and table["بعدالظهر"] == "afternoon"
    assert set(table.values()) <= set(PARTS_OF_DAY)


def test_not_text() -> None:
    assert find_clock_times("") == []
    assert find_clock_times(None) == []  # type: ignore[arg-type]


def _best_time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        find_clock_times(text)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.slow  # timed (CPU time, generous ratio): run with the integration step, not the unit suite
def test_long_input_is_linear() -> None:
    chunks = ["الساعه ", "3-", "10:3", "و", "الثالثه و", "12.", "من 3 الي ", "بتوقيت ", "ثلاث دقايق "]
    text = "".join(chunks) * 300
    small = _best_time(text)
    big = _best_time(text * 4)  # about 4x: linear (timings are noisy on a busy machine)
    assert big < 10 * small + 0.2


_PIECES = st.sampled_from(
    [
        "الساعه", "الثالثه", "الحاديه عشره", "والنصف", "الا ربعا", "وعشرين", "دقيقه", "دقايق", "قبل", "بعد",
        "صباحا", "مساء", "ص", "م", "ليلا", "بعد الظهر", "منتصف الليل", "من", "الي", "بين", "و", "حتي", "-",
        ":", ".", "بتوقيت", "غرينتش", "GMT", "+3", "(", ")", "T", "\n", " ", "3", "12", "24", "07", "1140", "0",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map(" ".join))
def test_invariants(text: str) -> None:
    result = find_clock_times(text)
    prev_end = 0
    for c in result:
        assert 0 <= prev_end <= c.start < c.end <= len(text)
        prev_end = c.end
        assert 0 <= c.hour <= 23 and 0 <= c.minute <= 59 and 0 <= c.second <= 59
        if c.ambiguous:
            assert 1 <= c.hour <= 12
        if c.end_hour is not None:
            assert c.end_minute is not None and 0 <= c.end_hour <= 23 and 0 <= c.end_minute <= 59
        assert c.part_of_day is None or c.part_of_day in PARTS_OF_DAY
        assert not text[c.start].isspace() and not text[c.end - 1].isspace()


@example(text="\U000116d0")  # found by a long run: a digit the regex module knows and int() does not
@given(st.text(max_size=60))
def test_any_unicode(text: str) -> None:
    for c in find_clock_times(text):
        assert 0 <= c.start < c.end <= len(text)


def test_every_time_zone_label_resolves() -> None:
    from arnews.dates.clock import _tables

    labels = set(_tables().tz_names.values()) | set(_tables().tz_bare.values())
    for label in labels - {"local"}:
        assert tz_info(label) is not None, label
    assert tz_info("local") is None and tz_info("Nowhere/Atlantis") is None
    assert tz_info("UTC-04:30") is not None


# label, sentence, reference (with its zone), expected start of the joined mention
ZONED = [
    ("gmt into a utc-2 reference", "تبدأ الجلسة الخميس الساعة 8 بتوقيت غرينتش",
     datetime(2023, 9, 12, 9, 0, tzinfo=timezone(timedelta(hours=-2))), datetime(2023, 9, 14, 6, 0)),
    ("mecca time into utc", "أقلعت الطائرة الساعة 10 صباحا بتوقيت مكة",
     datetime(2023, 9, 12, 12, 0, tzinfo=timezone.utc), datetime(2023, 9, 12, 7, 0)),
    ("naive reference keeps the written hour", "تبدأ الجلسة الخميس الساعة 8 بتوقيت غرينتش",
     datetime(2023, 9, 12, 9, 0), datetime(2023, 9, 14, 8, 0)),
    ("local time is not moved", "يبدأ البث الساعة 9 مساء بالتوقيت المحلي",
     datetime(2023, 9, 12, 12, 0, tzinfo=timezone.utc), datetime(2023, 9, 12, 21, 0)),
]


@pytest.mark.parametrize(("label", "text", "ref", "start"), ZONED, ids=[c[0] for c in ZONED])
def test_zone_moves_into_the_reference_zone(label: str, text: str, ref: datetime, start: datetime) -> None:
    from arnews.dates import find_dates

    ms = [m for m in find_dates(text, ref, prefer="future") if m.kind in ("time", "datetime")]
    assert ms and ms[0].interval is not None
    assert ms[0].interval[0] == start.replace(tzinfo=ref.tzinfo)  # aware in the reference's zone
