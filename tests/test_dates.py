"""Dates: table-driven cases per family (our own sentences), API contract, invariants."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.dates import DateMention, find_dates, iso_duration, resolve_date
from arnews.dates.numbers import parse_number, parse_ordinal

REF = date(2023, 9, 12)  # a Tuesday

#: The hypothesis profile's count (``tests/conftest.py``); the fast-path properties ask for a multiple of it.
EXAMPLES = settings().max_examples


def d(y: int, m: int, dd: int, h: int = 0) -> datetime:
    return datetime(y, m, dd, h)


def one(text: str, ref: date | datetime | None = REF, prefer: str = "auto") -> DateMention:
    found = find_dates(text, ref, prefer)
    assert len(found) == 1, (text, found)
    return found[0]


# (label, sentence, expected span text, kind, grain, interval start, interval end)
CASES = [
    # relative days
    ("today", "وصل الوفد اليوم إلى العاصمة", "اليوم", "date", "day", d(2023, 9, 12), d(2023, 9, 13)),
    ("yesterday", "وقع الحادث أمس قرب الحدود", "أمس", "date", "day", d(2023, 9, 11), d(2023, 9, 12)),
    ("yesterday-barha", "انتهت المفاوضات البارحة", "البارحة", "date", "day", d(2023, 9, 11), d(2023, 9, 12)),
    ("day-before-yesterday", "غادر الوزير أول أمس", "أول أمس", "date", "day", d(2023, 9, 10), d(2023, 9, 11)),
    ("tomorrow", "تبدأ الزيارة غدا", "غدا", "date", "day", d(2023, 9, 13), d(2023, 9, 14)),
    ("after-tomorrow", "تنطلق القمة بعد غد", "بعد غد", "date", "day", d(2023, 9, 14), d(2023, 9, 15)),
    ("today-weekday", "قال الوزير اليوم الثلاثاء إن", "اليوم الثلاثاء", "date", "day", d(2023, 9, 12), d(2023, 9, 13)),
    ("yesterday-weekday", "اجتمع المجلس أمس الاثنين", "أمس الاثنين", "date", "day", d(2023, 9, 11), d(2023, 9, 12)),
    ("clitic-waw", "وأمس الاثنين عاد الهدوء", "أمس الاثنين", "date", "day", d(2023, 9, 11), d(2023, 9, 12)),
    ("tonight", "تبث المقابلة الليلة", "الليلة", "datetime", "part_of_day", d(2023, 9, 12, 18), d(2023, 9, 13, 6)),
    ("last-night", "اندلع الحريق الليلة الماضية", "الليلة الماضية", "datetime", "part_of_day",
     d(2023, 9, 11, 18), d(2023, 9, 12, 6)),
    # weekdays
    ("weekday-last", "زار الرئيس المصنع الأحد الماضي", "الأحد الماضي", "date", "day", d(2023, 9, 10), d(2023, 9, 11)),
    ("weekday-next", "يعقد البرلمان جلسة الخميس المقبل", "الخميس المقبل", "date", "day",
     d(2023, 9, 14), d(2023, 9, 15)),
    ("weekday-yawm-next", "تصل البعثة يوم السبت القادم", "يوم السبت القادم", "date", "day",
     d(2023, 9, 16), d(2023, 9, 17)),
    ("weekday-past-verb", "التقى الرئيسان الخميس في جنيف", "الخميس", "date", "day", d(2023, 9, 7), d(2023, 9, 8)),
    ("weekday-future-verb", "سيلتقي الرئيسان الخميس في جنيف", "الخميس", "date", "day", d(2023, 9, 14), d(2023, 9, 15)),
    ("weekday-present-verb", "يلتقي الرئيسان الخميس في جنيف", "الخميس", "date", "day", d(2023, 9, 14), d(2023, 9, 15)),
    ("weekday-unknown-news-past", "اجتماع الأحد في القصر", "الأحد", "date", "day", d(2023, 9, 10), d(2023, 9, 11)),
    # parts of day
    ("afternoon-of-weekday", "غادر بالقطار بعد ظهر الأحد", "بعد ظهر الأحد", "datetime", "part_of_day",
     d(2023, 9, 10, 12), d(2023, 9, 10, 18)),
    ("weekday-then-afternoon", "وصل الوفد الأحد بعد الظهر", "الأحد بعد الظهر", "datetime", "part_of_day",
     d(2023, 9, 10, 12), d(2023, 9, 10, 18)),
    ("morning-today", "أعلنت الوزارة صباح اليوم", "صباح اليوم", "datetime", "part_of_day",
     d(2023, 9, 12, 6), d(2023, 9, 12, 12)),
    ("evening-yesterday", "سقطت قذائف مساء أمس", "مساء أمس", "datetime", "part_of_day",
     d(2023, 9, 11, 18), d(2023, 9, 12, 0)),
    ("dawn-friday", "شنت القوات غارة فجر الجمعة", "فجر الجمعة", "datetime", "part_of_day",
     d(2023, 9, 8, 4), d(2023, 9, 8, 6)),
    ("maghrebi-zawal", "انطلقت الأشغال زوال اليوم", "زوال اليوم", "datetime", "part_of_day",
     d(2023, 9, 12, 12), d(2023, 9, 12, 18)),
    ("this-morning", "دخل البلاد هذا الصباح", "هذا الصباح", "datetime", "part_of_day",
     d(2023, 9, 12, 6), d(2023, 9, 12, 12)),
    ("night-sat-sun", "هطلت أمطار غزيرة ليل السبت-الأحد", "ليل السبت-الأحد", "datetime", "part_of_day",
     d(2023, 9, 9, 18), d(2023, 9, 10, 6)),
    # periods
    ("last-week", "ارتفعت الأسعار الأسبوع الماضي", "الأسبوع الماضي", "date", "week", d(2023, 9, 4), d(2023, 9, 11)),
    ("next-month", "تبدأ الانتخابات الشهر المقبل", "الشهر المقبل", "date", "month", d(2023, 10, 1), d(2023, 11, 1)),
    ("last-year-fem", "تراجع النمو السنة الماضية", "السنة الماضية", "date", "year", d(2022, 1, 1), d(2023, 1, 1)),
    ("this-year", "هذا العام شهد نموا", "هذا العام", "date", "year", d(2023, 1, 1), d(2024, 1, 1)),
    ("current-year", "خلال العام الجاري", "العام الجاري", "date", "year", d(2023, 1, 1), d(2024, 1, 1)),
    ("early-month", "يصدر القرار مطلع الشهر المقبل", "مطلع الشهر المقبل", "range", "month",
     d(2023, 10, 1), d(2023, 10, 11)),
    ("end-of-year", "تكتمل الأشغال نهاية العام", "نهاية العام", "range", "year", d(2023, 9, 1), d(2024, 1, 1)),
    ("first-quarter", "نما الاقتصاد في الربع الأول من عام 2022", "الربع الأول من عام 2022", "range", "quarter",
     d(2022, 1, 1), d(2022, 4, 1)),
    ("summer", "ارتفعت الحرارة في فصل الصيف", "فصل الصيف", "range", "season", d(2023, 6, 1), d(2023, 9, 1)),
    ("weekend", "تغلق المتاجر في عطلة نهاية الأسبوع", "عطلة نهاية الأسبوع", "range", "weekend",
     d(2023, 9, 16), d(2023, 9, 18)),
    # offsets
    ("ago-days", "غادر قبل ثلاثة أيام", "قبل ثلاثة أيام", "date", "day", d(2023, 9, 9), d(2023, 9, 10)),
    ("ago-dual", "وصل قبل يومين", "قبل يومين", "date", "day", d(2023, 9, 10), d(2023, 9, 11)),
    ("in-weeks", "تعود البعثة بعد أسبوعين", "بعد أسبوعين", "date", "day", d(2023, 9, 26), d(2023, 9, 27)),
    ("since-years-ago", "انتقل إلى باريس منذ عامين", "منذ عامين", "date", "year", d(2021, 1, 1), d(2022, 1, 1)),
    ("ago-digits", "أغلق المصنع قبل 5 سنوات", "قبل 5 سنوات", "date", "year", d(2018, 1, 1), d(2019, 1, 1)),
    # absolute dates in every regional naming
    ("egyptian", "وقع الاتفاق في 12 سبتمبر 2023", "12 سبتمبر 2023", "date", "day", d(2023, 9, 12), d(2023, 9, 13)),
    ("levantine", "انعقد المؤتمر في 3 تشرين الأول 2021", "3 تشرين الأول 2021", "date", "day",
     d(2021, 10, 3), d(2021, 10, 4)),
    ("dual-slash", "صدر المرسوم في 5 آب/أغسطس 2020", "5 آب/أغسطس 2020", "date", "day", d(2020, 8, 5), d(2020, 8, 6)),
    ("dual-paren", "افتتح الجسر في 14 أيلول (سبتمبر) 2019", "14 أيلول (سبتمبر) 2019", "date", "day",
     d(2019, 9, 14), d(2019, 9, 15)),
    ("algerian", "جرت الانتخابات يوم 12 جوان 2021", "يوم 12 جوان 2021", "date", "day", d(2021, 6, 12), d(2021, 6, 13)),
    ("moroccan", "نظم المعرض في 20 شتنبر 2022", "20 شتنبر 2022", "date", "day", d(2022, 9, 20), d(2022, 9, 21)),
    ("tunisian-month", "ارتفعت الصادرات في شهر أفريل", "شهر أفريل", "date", "month", d(2023, 4, 1), d(2023, 5, 1)),
    ("numeric-slash", "بتاريخ 12/9/2023 صدر الحكم", "12/9/2023", "date", "day", d(2023, 9, 12), d(2023, 9, 13)),
    ("numeric-iso", "نشر التقرير 2021-03-05", "2021-03-05", "date", "day", d(2021, 3, 5), d(2021, 3, 6)),
    ("numeric-arabic-indic", "في ١٢-٩-٢٠٢٣ وقع الزلزال", "١٢-٩-٢٠٢٣", "date", "day", d(2023, 9, 12), d(2023, 9, 13)),
    ("numeric-dots", "في 1.2.2020 بدأ التطبيق", "1.2.2020", "date", "day", d(2020, 2, 1), d(2020, 2, 2)),
    ("year", "تأسست الشركة عام 2019", "عام 2019", "date", "year", d(2019, 1, 1), d(2020, 1, 1)),
    ("year-miladi", "في سنة 2015م انتقل", "سنة 2015م", "date", "year", d(2015, 1, 1), d(2016, 1, 1)),
    ("decade", "عاش في المنفى خلال التسعينيات", "التسعينيات", "date", "decade", d(1990, 1, 1), d(2000, 1, 1)),
    ("ordinal-day", "يبدأ العمل بالقانون في الثاني عشر من مارس 2024", "الثاني عشر من مارس 2024", "date", "day",
     d(2024, 3, 12), d(2024, 3, 13)),
    ("weekday-and-date", "أعلن يوم الثلاثاء 12 أيلول 2023 عن", "يوم الثلاثاء 12 أيلول 2023", "date", "day",
     d(2023, 9, 12), d(2023, 9, 13)),
    # Hijri and holidays
    ("hijri-full", "وفي 28 صفر 1445هـ صدر البيان", "28 صفر 1445هـ", "date", "day", d(2023, 9, 13), d(2023, 9, 14)),
    ("hijri-month-year", "في رمضان 1444 ارتفعت الأسعار", "رمضان 1444", "range", "month",
     d(2023, 3, 23), d(2023, 4, 21)),
    ("eid-fitr-year", "عطلة عيد الفطر 2024 طويلة", "عيد الفطر 2024", "date", "day", d(2024, 4, 10), d(2024, 4, 11)),
    ("christmas", "احتفل المسيحيون بعيد الميلاد 2022", "عيد الميلاد 2022", "date", "day",
     d(2022, 12, 25), d(2022, 12, 26)),
    # ranges
    ("day-range", "يقام المهرجان من 5 إلى 10 مارس 2024", "5 إلى 10 مارس 2024", "range", "day",
     d(2024, 3, 5), d(2024, 3, 11)),
    ("year-range-between", "تضاعف الإنتاج بين عامي 2010 و2015", "بين عامي 2010 و2015", "range", "year",
     d(2010, 1, 1), d(2016, 1, 1)),
    ("year-range-dash", "ارتفعت الميزانية بين 2016-2018", "بين 2016-2018", "range", "year",
     d(2016, 1, 1), d(2019, 1, 1)),
    ("date-to-date", "من 3 مايو 2022 إلى 7 مايو 2022 أغلقت المدارس", "3 مايو 2022 إلى 7 مايو 2022", "range", "day",
     d(2022, 5, 3), d(2022, 5, 8)),
    ("range-over-new-year", "تغلق المدارس من 20 ديسمبر إلى 5 يناير", "20 ديسمبر إلى 5 يناير", "range", "day",
     d(2023, 12, 20), d(2024, 1, 6)),
    # modifiers, n-th week and weekday, hours
    ("day-month-next", "ستعقد القمة في 20 أكتوبر المقبل", "20 أكتوبر المقبل", "date", "day",
     d(2023, 10, 20), d(2023, 10, 21)),
    ("day-month-last", "وقع الهجوم في 5 يونيو الماضي", "5 يونيو الماضي", "date", "day", d(2023, 6, 5), d(2023, 6, 6)),
    ("year-before-last", "تراجعت الصادرات في العام قبل الماضي", "العام قبل الماضي", "date", "year",
     d(2021, 1, 1), d(2022, 1, 1)),
    ("week-after-next", "تبدأ الدورة الأسبوع بعد المقبل", "الأسبوع بعد المقبل", "date", "week",
     d(2023, 9, 25), d(2023, 10, 2)),
    ("nth-week-of-month", "تقام البطولة في الأسبوع الأول من أكتوبر", "الأسبوع الأول من أكتوبر", "range", "week",
     d(2023, 10, 2), d(2023, 10, 9)),
    ("last-week-of-month", "انتهت الحملة في الأسبوع الأخير من يوليو 2023", "الأسبوع الأخير من يوليو 2023", "range",
     "week", d(2023, 7, 24), d(2023, 7, 31)),
    ("nth-weekday-of-month", "يجتمع المجلس أول خميس من نوفمبر", "أول خميس من نوفمبر", "date", "day",
     d(2023, 11, 2), d(2023, 11, 3)),
    ("weekday-last-maghreb", "بث البرنامج يوم الأربعاء الأخير", "يوم الأربعاء الأخير", "date", "day",
     d(2023, 9, 6), d(2023, 9, 7)),
    ("day-month-of-last-year", "قتل في 31 مارس من العام الماضي", "31 مارس من العام الماضي", "date", "day",
     d(2022, 3, 31), d(2022, 4, 1)),
    ("month-of-next-year", "تجرى الانتخابات في مارس من العام المقبل", "مارس من العام المقبل", "date", "month",
     d(2024, 3, 1), d(2024, 4, 1)),
    ("weekday-date-in-brackets", "تحدثت صباح اليوم الثلاثاء (12 سبتمبر)، عن", "صباح اليوم الثلاثاء (12 سبتمبر)",
     "datetime", "part_of_day", d(2023, 9, 12, 6), d(2023, 9, 12, 12)),
    ("last-24-hours", "سجلت 120 إصابة خلال الـ24 ساعة الماضية", "الـ24 ساعة الماضية", "range", "hour",
     d(2023, 9, 11), d(2023, 9, 12)),
    # a modifier after a dual month name or an edge belongs to the mention
    ("dual-month-modifier", "انعقدت الجلسة في 3 آب/أغسطس الماضي", "3 آب/أغسطس الماضي", "date", "day",
     d(2023, 8, 3), d(2023, 8, 4)),
    ("edge-month-past", "تعود الحادثة إلى مطلع أكتوبر الماضي", "مطلع أكتوبر الماضي", "range", "month",
     d(2022, 10, 1), d(2022, 10, 11)),
    ("day-range-modifier", "جرت بين 3 و5 يناير المقبل", "بين 3 و5 يناير المقبل", "range", "day",
     d(2024, 1, 3), d(2024, 1, 6)),
    ("derived-perfect-reads-past", "واندلعت الاشتباكات في 20 أكتوبر", "20 أكتوبر", "date", "day",
     d(2022, 10, 20), d(2022, 10, 21)),
    ("derived-perfect-plural", "واجتمعوا في 20 أكتوبر", "20 أكتوبر", "date", "day", d(2022, 10, 20), d(2022, 10, 21)),
    ("pod-after-until", "واستمرت المفاوضات حتى المساء", "المساء", "datetime", "part_of_day",
     d(2023, 9, 12, 18), d(2023, 9, 13)),
    ("pod-after-since", "يتظاهر المحتجون منذ الصباح", "الصباح", "datetime", "part_of_day",
     d(2023, 9, 12, 6), d(2023, 9, 12, 12)),
    ("pod-edge-word", "وصل الوفد في أواخر الصباح", "أواخر الصباح", "datetime", "part_of_day",
     d(2023, 9, 12, 9), d(2023, 9, 12, 12)),
    ("pod-edge-word-of-day", "انتهت الجلسة في أوائل مساء الأحد", "أوائل مساء الأحد", "datetime", "part_of_day",
     d(2023, 9, 10, 18), d(2023, 9, 10, 21)),
    ("rest-of-day", "ستبقى المحلات مغلقة بقية اليوم", "بقية اليوم", "range", "day", d(2023, 9, 12), d(2023, 9, 13)),
    # centuries and the edges of decades and centuries
    ("century-ordinal", "بنيت القلعة في القرن الثاني عشر", "القرن الثاني عشر", "date", "century",
     d(1100, 1, 1), d(1200, 1, 1)),
    ("century-digits", "انتشرت الطباعة في القرن الـ16", "القرن الـ16", "date", "century", d(1500, 1, 1), d(1600, 1, 1)),
    ("century-edge", "هاجرت العائلة أواخر القرن التاسع عشر", "أواخر القرن التاسع عشر", "range", "century",
     d(1870, 1, 1), d(1900, 1, 1)),
    ("decade-edge", "تأسس الحزب في مطلع الستينيات", "مطلع الستينيات", "range", "decade", d(1960, 1, 1), d(1963, 1, 1)),
    ("decade-of-named-century", "في أربعينيات القرن التاسع عشر", "أربعينيات القرن التاسع عشر", "date", "decade",
     d(1840, 1, 1), d(1850, 1, 1)),
]


@pytest.mark.parametrize(("label", "text", "span", "kind", "grain", "start", "end"), CASES, ids=[c[0] for c in CASES])
def test_families(label: str, text: str, span: str, kind: str, grain: str, start: datetime, end: datetime) -> None:
    m = one(text)
    assert m.text == span
    assert text[m.start : m.end] == m.text
    assert (m.kind, m.grain) == (kind, grain)
    assert m.interval == (start, end)


DURATIONS = [
    ("since-for-first-time", "أول زيارة له خارج البلاد منذ أربع سنوات", "منذ أربع سنوات", 4 * 365),
    ("more-than", "أغلقت حدودها لأكثر من ثلاث سنوات", "أكثر من ثلاث سنوات", 3 * 365),
    ("plain-hours", "استمر الاجتماع ثلاث ساعات", "ثلاث ساعات", 0.125),
    ("plain-days", "دام الإضراب خمسة أيام", "خمسة أيام", 5),
    ("still-since", "لا يزال المعبر مغلقا منذ شهرين", "منذ شهرين", 60),
    ("compound", "سجن سنتين وستة أشهر", "سنتين وستة أشهر", 730 + 180),
    ("and-a-half", "استمر الاجتماع ساعة ونصف", "ساعة ونصف", 1.5 / 24),
    ("half-with-article", "انتظر الوفد نصف الساعة", "نصف الساعة", 0.5 / 24),
    ("one-written", "مدد الحظر لمدة شهر واحد", "شهر واحد", 30),
    ("three-parts", "قضى في المعتقل سنتين وشهرا و12 يوما", "سنتين وشهرا و12 يوما", 730 + 30 + 12),
    ("singular-first", "تأخر المشروع شهر و10 أيام", "شهر و10 أيام", 40),
    ("after-lemudda", "أغلق المعبر لمدة أسبوع", "أسبوع", 7),
    ("noun-alone", "أسبوع", "أسبوع", 7),
]


@pytest.mark.parametrize(("label", "text", "span", "days"), DURATIONS, ids=[c[0] for c in DURATIONS])
def test_durations(label: str, text: str, span: str, days: float) -> None:
    m = one(text)
    assert (m.text, m.kind) == (span, "duration")
    assert m.duration is not None
    assert abs(m.duration / timedelta(days=1) - days) < 0.01


VAGUE = [
    ("earlier", "وفي وقت سابق، أعلنت الحكومة", "وقت سابق"),
    ("recently", "تراجعت الأسعار مؤخرا", "مؤخرا"),
    ("soon", "ستعلن النتائج قريبا", "قريبا"),
    ("later", "أعلن لاحقا عن التفاصيل", "لاحقا"),
    ("lately", "تكررت الحوادث في الآونة الأخيرة", "الآونة الأخيرة"),
]


@pytest.mark.parametrize(("label", "text", "span"), VAGUE, ids=[c[0] for c in VAGUE])
def test_vague(label: str, text: str, span: str) -> None:
    m = one(text)
    assert (m.text, m.kind, m.interval) == (span, "vague", None)


CLOCK = [
    ("weekday-clock", "تبدأ الجلسة الأربعاء الساعة 3 مساء", "الأربعاء الساعة 3 مساء", d(2023, 9, 13, 15),
     d(2023, 9, 13, 16)),
    ("weekday-clock-range", "يفتح المعرض يوم الجمعة بين 1 مساء و4 مساء", "يوم الجمعة بين 1 مساء و4 مساء",
     d(2023, 9, 15, 13), d(2023, 9, 15, 16)),
    ("range-ends-as-written", "يستقبل المكتب الزوار من 5 إلى 6 مساء", "من 5 إلى 6 مساء", d(2023, 9, 12, 17),
     d(2023, 9, 12, 18)),
    ("range-without-part-of-day", "انقطعت الكهرباء من 1:30 إلى 3", "من 1:30 إلى 3", datetime(2023, 9, 12, 1, 30),
     d(2023, 9, 12, 3)),
    ("range-minutes", "أغلق الطريق من 3 إلى 3:30", "من 3 إلى 3:30", d(2023, 9, 12, 3),
     datetime(2023, 9, 12, 3, 30)),
    ("time-alone", "وقع الانفجار عند الساعة 10:30 صباحا", "الساعة 10:30 صباحا", datetime(2023, 9, 12, 10, 30),
     datetime(2023, 9, 12, 10, 31)),
]


@pytest.mark.parametrize(("label", "text", "span", "start", "end"), CLOCK, ids=[c[0] for c in CLOCK])
def test_clock_join(label: str, text: str, span: str, start: datetime, end: datetime) -> None:
    m = one(text)
    assert m.text == span
    assert m.interval == (start, end)


NEGATIVES = [
    ("age", "رفع سن التمدرس إلى 16 سنة"),
    ("percent", "ارتفع التضخم بنسبة 3.5 في المئة"),
    ("big-number", "بلغ العجز 1.200.000 دينار"),
    ("national-day", "احتفلت البلاد باليوم الوطني"),
    ("verb-maras", "مارس الضغط على الحكومة"),
    ("general", "قال الأمين العام للأمم المتحدة"),
    ("age-in-brackets", "وقال محمد (72 سنة) إن الوضع تحسن"),
    ("same-day", "وفي اليوم نفسه عاد الوفد"),
    ("same-day-before", "وصل في نفس اليوم"),
    ("newspaper-youm7", "ذكر موقع اليوم السابع أن الوزير استقال"),
    ("newspaper-masry", "نقلت صحيفة المصري اليوم عن مصدر"),
    ("friday-prayer", "أدى المصلون صلاة الجمعة في المسجد"),
    ("eleven", "شارك اللاعبون الأحد عشر في التدريب"),
    ("quoted-newspaper", "نقلت صحيفة «الغد» عن مصدر حكومي"),
    ("quoted-name", 'قالت قناة "اليوم" إن البث توقف'),
    ("the-week-alone", "عقد الاجتماع الأسبوعي للحكومة"),
    ("bare-week-noun", "شهد الأسبوع نشاطا دبلوماسيا"),
]


@pytest.mark.parametrize(("label", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_negatives(label: str, text: str) -> None:
    assert find_dates(text, REF) == []


def test_hijri_month_with_modifier_takes_that_side() -> None:
    ref = date(2024, 3, 5)  # late Shaban 1445, Ramadan ahead
    assert one("صام في رمضان الماضي", ref).interval == (d(2023, 3, 23), d(2023, 4, 21))
    assert one("أطلقت في العاشر من رمضان الماضي", ref).interval == (d(2023, 4, 1), d(2023, 4, 2))
    assert one("يبدأ في رمضان المقبل", ref).interval == (d(2024, 3, 11), d(2024, 4, 10))


def test_century_before_the_era_is_not_read() -> None:
    assert find_dates("عاش في القرن الخامس قبل الميلاد", REF) == []


def test_hijri_year_without_era_near_the_reference() -> None:
    assert one("صدر القرار عام 1445").interval == (d(2023, 7, 19), d(2024, 7, 7))
    assert one("سقطت المدينة عام 1453").interval == (d(1453, 1, 1), d(1454, 1, 1))


def test_earlier_today_is_today() -> None:
    m = one("وفي وقت سابق من اليوم، أعلنت الحكومة")
    assert (m.text, m.kind, m.interval) == ("وقت سابق من اليوم", "date", (d(2023, 9, 12), d(2023, 9, 13)))


def test_years_listed_with_waw() -> None:
    assert [m.text for m in find_dates("في عامي 2019 و2020", REF)] == ["2019", "2020"]


TENSE = [
    ("past-verb", "التقى نتنياهو الخميس وزير الخارجية", d(2023, 9, 7)),
    ("reported-future", "قال الوزير إن الوفد سيصل الأحد", d(2023, 9, 17)),
    ("reported-present", "قالت الوكالة إن الرئيس يزور باريس الخميس", d(2023, 9, 14)),
    ("reported-past", "قالت المصادر إن الرئيسين التقيا الخميس", d(2023, 9, 7)),
    ("past-marker", "وكان الرئيس قد أعلن الخميس عن خطة", d(2023, 9, 7)),
    ("present-progressive", "تنطلق المباراة السبت في الملعب", d(2023, 9, 16)),
    ("form-x-perfect", "واستأنفت المحكمة جلساتها الخميس", d(2023, 9, 7)),
    ("form-x-imperfect", "وتستأنف المحكمة جلساتها الخميس", d(2023, 9, 14)),
    ("form-x-noun-is-no-verb", "سيحاضر الأستاذ الخميس", d(2023, 9, 14)),
]


@pytest.mark.parametrize(("label", "text", "start"), TENSE, ids=[c[0] for c in TENSE])
def test_tense_of_clause(label: str, text: str, start: datetime) -> None:
    m = one(text)
    assert m.interval is not None and m.interval[0] == start


def test_prefer_forces_reading() -> None:
    text = "اجتماع الخميس"
    assert one(text, prefer="past").interval == (d(2023, 9, 7), d(2023, 9, 8))
    assert one(text, prefer="future").interval == (d(2023, 9, 14), d(2023, 9, 15))


def test_date_without_year_reads_by_tense() -> None:
    assert one("التقى الوفدان في 20 مارس").interval[0] == d(2023, 3, 20)  # type: ignore[index]
    assert one("سيلتقي الوفدان في 20 يناير", prefer="future").interval[0] == d(2024, 1, 20)  # type: ignore[index]


def test_weekday_mismatch_is_reported() -> None:
    m = one("قال الوزير اليوم الأربعاء إن")
    assert m.interval == (d(2023, 9, 12), d(2023, 9, 13))
    assert m.warnings and "Wednesday" in m.warnings[0]


def test_no_reference_finds_but_leaves_relative_unresolved() -> None:
    found = find_dates("غادر أمس وعاد في 12 سبتمبر 2023")
    assert [m.text for m in found] == ["أمس", "12 سبتمبر 2023"]
    assert found[0].interval is None
    assert found[1].interval == (d(2023, 9, 12), d(2023, 9, 13))


def test_reference_with_timezone_is_wall_clock() -> None:
    from datetime import timezone

    zone = timezone(timedelta(hours=3))
    m = one("وصل أمس", datetime(2023, 9, 12, 9, tzinfo=zone))
    assert m.interval == (d(2023, 9, 11).replace(tzinfo=zone), d(2023, 9, 12).replace(tzinfo=zone))


def test_api_errors() -> None:
    with pytest.raises(TypeError):
        find_dates(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_dates("أمس", 20230912)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        find_dates("أمس", REF, prefer="nearest")


def test_resolve_date() -> None:
    m = resolve_date("الأسبوع الماضي", REF)
    assert m is not None and m.interval == (d(2023, 9, 4), d(2023, 9, 11))
    assert resolve_date("لا شيء هنا", REF) is None


def test_to_dict() -> None:
    m = one("عام 2019")
    assert m.to_dict() == {
        "start": 0, "end": 8, "text": "عام 2019", "kind": "date", "grain": "year",
        "interval": ["2019-01-01T00:00:00", "2020-01-01T00:00:00"], "duration": None, "warnings": [],
    }


def test_diacritics_and_tatweel_map_back() -> None:
    text = "وَصَلَ أمْسِ الاثنيـــن"
    m = one(text)
    assert text[m.start : m.end] == m.text == "أمْسِ الاثنيـــن"


@pytest.mark.parametrize(
    ("words", "value"),
    [("ثلاثة", 3), ("خمسة وعشرين", 25), ("مئة", 100), ("ألفين وسبعة وعشرين", 2027), ("ثلاثة آلاف", 3000),
     ("أحد عشر", 11), ("اثني عشر", 12), ("12", 12), ("كلمة", None)],
)
def test_parse_number(words: str, value: int | None) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("words", "value"), [("الأول", 1), ("الثاني عشر", 12), ("الحادي والعشرين", 21), ("الثلاثين", 30), ("بيت", None)]
)
def test_parse_ordinal(words: str, value: int | None) -> None:
    assert parse_ordinal(words) == value


def test_sorted_and_non_overlapping() -> None:
    text = "غادر أمس وسيعود الأسبوع المقبل بعد أن أمضى ثلاثة أيام هناك منذ 12 سبتمبر 2023"
    found = find_dates(text, REF)
    assert len(found) == 4
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


ALPHABET = st.sampled_from(list("أمس اليوم الأحد 12/9/2023 سبتمبر منذ ثلاث سنوات صباح مساء الساعة 3 ١٢٣ ـ َ \n\u200f"))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_spans_equal_original_slices(text: str) -> None:
    for m in find_dates(text, REF):
        assert text[m.start : m.end] == m.text
        assert m.start < m.end


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_any_unicode(text: str) -> None:
    found = find_dates(text, REF)
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize("ref", [date(2023, 9, 12), datetime(9999, 12, 31, 23), datetime(1, 1, 1), None])
@pytest.mark.parametrize("text", ["منذ 99999999999 سنة", "بعد 9999 عام", "قبل 3000 سنة", "غدا الساعة 11 مساء",
                                  "أمس", "عيد الفطر", "31 فبراير 2023", "الساعة 3 و 99 دقيقة", "ليل السبت-السبت"])
def test_extremes_never_raise(text: str, ref: date | None) -> None:
    for m in find_dates(text, ref):
        assert text[m.start : m.end] == m.text


def test_lone_surrogates() -> None:
    find_dates("\ud800 أمس \udfff 2019", REF)


# label, sentence, expected span, interval start, interval end (REF is Tuesday 12 September 2023)
NEW_FAMILIES = [
    ("first-half", "ارتفعت الصادرات في الأشهر الستة الأولى من العام الجاري", "الأشهر الستة الأولى من العام الجاري",
     d(2023, 1, 1), d(2023, 7, 1)),
    ("first-quarter-bare-year", "تراجعت المبيعات خلال الأشهر الثلاثة الأولى من العام", "الأشهر الثلاثة الأولى من العام",
     d(2023, 1, 1), d(2023, 4, 1)),
    ("last-months-last-year", "تضاعف العجز في الأشهر الستة الأخيرة من العام الماضي",
     "الأشهر الستة الأخيرة من العام الماضي", d(2022, 7, 1), d(2023, 1, 1)),
    ("first-days-of-month", "تصل الشحنة في الأيام الأولى من الشهر", "الأيام الأولى من الشهر", d(2023, 9, 1),
     d(2023, 9, 11)),
    ("part-of-day-alone", "وفي المساء تجمع المحتجون أمام البرلمان", "المساء", d(2023, 9, 12, 18), d(2023, 9, 13)),
    ("afternoon-alone", "عاد الهدوء بعد الظهر", "بعد الظهر", d(2023, 9, 12, 12), d(2023, 9, 12, 18)),
    ("weekday-fi-morning", "يصل الوفد الخميس في الصباح", "الخميس في الصباح", d(2023, 9, 14, 6), d(2023, 9, 14, 12)),
    ("bare-day-of-month", "الجلسة المقبلة يوم 27", "يوم 27", d(2023, 9, 27), d(2023, 9, 28)),
    ("bare-day-past-tense", "عقدت اللجنة جلستها يوم 27", "يوم 27", d(2023, 8, 27), d(2023, 8, 28)),
    ("week-from-today", "تنتهي المهلة بعد أسبوع من اليوم", "بعد أسبوع من اليوم", d(2023, 9, 19), d(2023, 9, 20)),
    ("late-evening", "قتل شخصان في وقت متأخر من مساء الاثنين", "وقت متأخر من مساء الاثنين", d(2023, 9, 11, 21),
     d(2023, 9, 12)),
    ("first-hours-of-morning", "شنت الطائرات غارات في الساعات الأولى من صباح اليوم", "الساعات الأولى من صباح اليوم",
     d(2023, 9, 12, 6), d(2023, 9, 12, 9)),
    ("late-night-alone", "سمعت انفجارات في وقت متأخر من الليل", "وقت متأخر من الليل", d(2023, 9, 13, 0),
     d(2023, 9, 13, 6)),
    ("next-night", "تبث المقابلة الليلة المقبلة", "الليلة المقبلة", d(2023, 9, 13, 18), d(2023, 9, 14, 6)),
    ("weekday-then-ordinal", "تعقد الجمعية اجتماعها الأحد الثاني من كل شهر", "الأحد الثاني من كل شهر", d(2023, 9, 10),
     d(2023, 9, 11)),
    ("clock-range-afternoon", "تفتح المكاتب بين 2 و4 بعد الظهر", "بين 2 و4 بعد الظهر", d(2023, 9, 12, 14),
     d(2023, 9, 12, 16)),
]


@pytest.mark.parametrize(("label", "text", "span", "start", "end"), NEW_FAMILIES, ids=[c[0] for c in NEW_FAMILIES])
def test_new_families(label: str, text: str, span: str, start: datetime, end: datetime) -> None:
    m = one(text)
    assert m.text == span
    assert m.interval == (start, end)


# label, sentence, expected span, kind, grain, interval start, interval end (read by dateparser)
LATIN = [
    ("english-day-month-year", "وقال البيان الصادر في 3 March 2021 إن", "3 March 2021", "date", "day",
     d(2021, 3, 3), d(2021, 3, 4)),
    ("english-abbrev-comma", "نشرت الوكالة تقريرها Oct. 5, 2022 على موقعها", "Oct. 5, 2022", "date", "day",
     d(2022, 10, 5), d(2022, 10, 6)),
    ("french", "صدر العدد الأول في 14 juillet 2019", "14 juillet 2019", "date", "day", d(2019, 7, 14),
     d(2019, 7, 15)),
    ("french-premier", "دخل القانون حيز التنفيذ 1er janvier 2020", "1er janvier 2020", "date", "day",
     d(2020, 1, 1), d(2020, 1, 2)),
    ("month-year", "أعلنت الشركة نتائجها في August 2020", "August 2020", "date", "month", d(2020, 8, 1),
     d(2020, 9, 1)),
    ("iso-stamp", "حُدّث الخبر 2022-11-03T08:15:00Z", "2022-11-03T08:15:00Z", "datetime", "second",
     datetime(2022, 11, 3, 8, 15), datetime(2022, 11, 3, 8, 15, 1)),
    ("no-year-past-tense", "وصل الوفد في 2 February", "2 February", "date", "day", d(2023, 2, 2), d(2023, 2, 3)),
]


@pytest.mark.parametrize(("label", "text", "span", "kind", "grain", "start", "end"), LATIN, ids=[c[0] for c in LATIN])
def test_latin_script_dates(
    label: str, text: str, span: str, kind: str, grain: str, start: datetime, end: datetime
) -> None:
    m = one(text)
    assert (m.text, m.kind, m.grain) == (span, kind, grain)
    assert m.interval == (start, end)


def test_latin_month_name_alone_is_not_a_date() -> None:
    assert find_dates("قال May إن الاتفاق صامد", REF) == []


def test_iso_stamp_moves_into_the_reference_zone() -> None:
    from datetime import timezone

    ref = datetime(2022, 11, 5, tzinfo=timezone(timedelta(hours=3)))
    m = one("حُدّث الخبر 2022-11-03T08:15:00Z", ref)
    assert m.interval is not None and m.interval[0] == datetime(2022, 11, 3, 11, 15, tzinfo=ref.tzinfo)


def test_heads_table_is_fresh() -> None:
    """data/dates/heads.json agrees with the grammar (a sample of words; the script checks all)."""
    import json

    from arnews.dates import grammar, tries
    from arnews.dates.numbers import DATA

    data = json.loads((DATA / "heads.json").read_text(encoding="utf-8"))
    assert data["branches"] == list(grammar.branch_names())
    assert data["numbers"] == tries.number_heads()
    words = {w: key for key, ws in data["words"].items() for w in ws}
    assert set(words) == set(grammar.anchor_set())
    names = data["branches"]
    for w in sorted(words)[::25]:
        assert tuple(names[int(i)] for i in words[w].split()) == tries.probe_branches(w), w


@pytest.mark.parametrize(
    "label, delta, grain, iso",
    [
        ("years", timedelta(days=3 * 365), "year", "P3Y"),
        ("months", timedelta(days=60), "month", "P2M"),
        ("weeks", timedelta(days=14), "week", "P2W"),
        ("days that are not whole weeks", timedelta(days=10), "week", "P10D"),
        ("hours and minutes", timedelta(minutes=90), "minute", "PT1H30M"),
        ("hours stay hours", timedelta(hours=72), "hour", "PT72H"),
        ("mixed", timedelta(days=1, seconds=5), "day", "P1DT5S"),
        ("zero", timedelta(0), None, "PT0S"),
    ],
)
def test_iso_duration(label: str, delta: timedelta, grain: str | None, iso: str) -> None:
    assert iso_duration(delta, grain) == iso, label


def test_to_dict_gives_durations_in_iso_8601() -> None:
    (m,) = find_dates("بقي الوفد هناك لأكثر من ثلاث سنوات", datetime(2023, 9, 12))
    assert m.to_dict()["duration"] == "P3Y"


# Words for the fast paths below: hour words (also with a mark, a joiner, "_" or a non-digit number
# stuck to them), clock words, digits, filler; joined by spaces, line breaks and punctuation.
FAST_PATH_WORDS = st.sampled_from(
    ["الساعة", "الثالثة", "والثالثة", "ثلاث", "وثلاث", "منتصف", "الليل", "الظهر", "عند", "صباحا", "مساء", "م", "ص",
     "بتوقيت", "غرينتش", "3", "10:30", "1030", "2019", "ال3", "ب3", "3م", "1.5", "الثالثةَ", "ثلاث_", "ثلاث\u200d",
     "3²", "٣", "T10", "عشر", "اثنتي عشرة", "الساعتين", "1400", "1830", "2400", "1445", "GMT", "gmt", "ت.غ",
     "التوقيت", "(",
     *["الوفد", "وصل", "إلى", "العاصمة", "بعد", "لقاء", "طويل", "مع", "الرئيس", "في", "القصر"] * 4]
)
FAST_PATH_SEPS = st.sampled_from([" "] * 8 + ["\n", "، ", ":", ".", "-", "%", "", "", ""])
FAST_PATH_TEXTS = st.lists(st.tuples(FAST_PATH_WORDS, FAST_PATH_SEPS), max_size=120).map(
    lambda ws: "".join(w + s for w, s in ws)
)


@settings(max_examples=2 * EXAMPLES, deadline=None)
@given(FAST_PATH_TEXTS)
def test_digit_scan_is_the_two_searches(text: str) -> None:
    from arnews import dates

    numbers = [(m.start(), m.group()) for m in dates._NUMBER_WORD.finditer(text)
               if not dates._PLAIN_NUMBER.match(text, m.start())]
    shapes = [m.span() for m in dates._CLOCK_SHAPE.finditer(text)]
    assert dates._digit_scan(text)[:2] == (numbers, shapes)


def _fast_and_every_window(text: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The mentions as found, and as found when every clock window is read (the hour test off)."""
    from arnews import dates

    fast = [m.to_dict() for m in find_dates(text, REF)]
    keep = dates._holds_hour
    try:
        dates._holds_hour = lambda *args: True  # type: ignore[assignment]
        slow = [m.to_dict() for m in find_dates(text, REF)]
    finally:
        dates._holds_hour = keep
    return fast, slow


@settings(max_examples=3 * EXAMPLES, deadline=None)
@given(FAST_PATH_TEXTS)
def test_clock_windows_skipped_hold_no_clock_time(text: str) -> None:
    """A window the hour test skips holds no clock time: the same mentions as reading every window."""
    fast, slow = _fast_and_every_window(text)
    assert fast == slow


@pytest.mark.parametrize(
    "text",
    ["وصل الوفد عند الثالثة مساء", "وصل الوفد الساعة الثالثة", "وصل الوفد في منتصف الليل", "وصل الوفد الساعة ثلاث",
     "وصل الوفد عند الثالثةَ مساء", "وصل الوفد الساعة ثلاث_", "وصل الوفد والساعة الثالثة", "بدأ اللقاء الساعة 10:30",
     "وصل الوفد عام 2019 الساعة 1400", "وصل الوفد 1830 بتوقيت غرينتش", "وصل الوفد عند 1830 gmt",
     "وصل الوفد 1830 (GMT)"],
)
def test_clock_time_without_digits_nearby_is_found(text: str) -> None:
    """The hour test keeps a window whose hour is a word (also with a mark or a joiner stuck to it)."""
    fast, slow = _fast_and_every_window(text)
    assert fast == slow
    assert any(m["kind"] == "time" or m["kind"] == "datetime" for m in fast), fast


def test_every_decimal_digit_is_a_regex_digit() -> None:
    """``_digit_scan`` finds the digits of its ``re`` patterns with :mod:`regex`: its ``\\d`` must hold them all."""
    import re

    import regex

    digit = regex.compile(r"\d")
    assert all(digit.match(chr(i)) for i in range(0x110000) if chr(i).isdecimal())
    # and it tests re's \s (after a run, before a clock shape's ص/م) with str.isspace
    space = re.compile(r"\s")
    assert all((space.match(chr(i)) is not None) == chr(i).isspace() for i in range(0x110000))


def test_alternatives_table_is_fresh() -> None:
    """data/dates/alternatives.json fits the grammar (a sample of words; write_alternatives_table writes it all)."""
    import json

    from arnews.dates import grammar, tries
    from arnews.dates.numbers import DATA

    data = json.loads((DATA / "alternatives.json").read_text(encoding="utf-8"))
    assert set(data) == set(grammar._SPLIT)
    for name in grammar._SPLIT:
        entry = data[name]
        assert entry["fingerprint"] == tries._fingerprint(name), f"{name} changed: run write_alternatives_table()"
        words = {w: key for key, ws in entry["words"].items() for w in ws}
        assert set(words) == {w for w in grammar.anchor_set() if name in tries.branches_for(w)}
        for w in sorted(words)[::40]:
            assert tuple(int(i) for i in words[w].split()) == tries.probe_alternatives(name, w), (name, w)
        for p, ix in entry["numbers"].items():
            assert ix == sorted({i for x in tries.NUMBER_SAMPLES for i in tries.probe_alternatives(name, p + x)})


def test_split_branches_look_behind_only_at_their_own_word() -> None:
    """The probe contexts (after في, at the start) satisfy every look-behind the split branches have.

    Negative look-behinds pass at the start of a text; the one positive look-behind (the article
    after a clitic ل, للعام) looks only at the word itself.
    """
    import re

    from arnews.dates import grammar

    for name in grammar._SPLIT:
        for alt in grammar._alternatives(name):
            for m in re.finditer(r"\(\?<=", alt):
                assert alt.startswith(r"(?<=(?<!\w)[وف]?ل)ل", m.start()), (name, alt[m.start() : m.start() + 60])


SPLIT_WORDS = st.sampled_from(
    ["اليوم", "امس", "الاثنين", "الثلاثاء", "بعد", "قبل", "منذ", "خلال", "مساء", "صباح", "ظهر", "الاسبوع", "الماضي",
     "المقبل", "العام", "عام", "الشهر", "سنوات", "ثلاث", "عشر", "ايام", "اشهر", "سبتمبر", "ايلول", "صفر", "12", "28",
     "2019", "1445ه", "3", "من", "الى", "حتى", "و", "-", "/", "،", ".", "نهايه", "مطلع", "الربع", "الاول", "للعام",
     "وبعد", "بنحو", "نحو", "يوم", "الجاري", "هذا", "كامل", "الصيف", "شتاء", "اخر", "الايام", "الاخيره", "الوفد"]
)


@settings(max_examples=3 * EXAMPLES // 2, deadline=None)
@given(st.lists(SPLIT_WORDS, max_size=14).map(" ".join))
def test_split_branches_match_as_whole_branches(text: str) -> None:
    """At every word, the first alternative it keeps that matches matches as the whole branch does."""
    import regex

    from arnews.dates import grammar, tries

    def parts(m: regex.Match[str] | None) -> object:  # a part a pattern lacks is None
        return m and (m.span(), {k: v for k, v in m.groupdict().items() if v is not None})

    for w in regex.finditer(r"\w+", text):
        kept = tries.patterns_for(w.group())
        for name in tries.branches_for(w.group()):
            first = next((m for n, p in kept if n == name and (m := p.match(text, w.start())) is not None), None)
            assert parts(first) == parts(grammar._single(name).match(text, w.start())), (name, text)


def test_guards_table_is_fresh() -> None:
    """data/dates/guards.json fits the grammar and the tables (a sample of words; write_guards_table writes it all)."""
    import json

    from arnews.dates import tries
    from arnews.dates.numbers import DATA

    data = json.loads((DATA / "guards.json").read_text(encoding="utf-8"))
    assert data["fingerprint"] == tries._guard_fingerprint(), "run scripts/gen_date_heads.py"
    assert set(data["words"]) == set(tries.guard_words())
    guards = data["guards"]
    for w in tries.guard_words()[::25]:
        got = [guards[i] if i >= 0 else None for i in data["words"][w]]
        assert got == [tries.probe_guard(p, w) for _, p in tries.patterns_for(w)], w
    assert tries._guards() is not None


def test_guard_contexts_satisfy_every_look_behind() -> None:
    """Every positive look-behind of the grammar passes in one of the contexts the guards are probed in."""
    import re

    from arnews.dates import rules, tries

    known = (r"(?<=(?<!\w)[وف]?ل)ل", r"(?<=\d\s*(?:،|,)?\s*و)", r"(?<=(?<!\w)في\s+)", r"(?<=(?<!\w)[وف]?في\s+)",
             r"(?<=(?<!\w)(?:في|", r"(?<=(?:(?<!\w)(?:في|", r"(?<=(?<!\w)[وف]?(?:في|",
             # a bare year after a noun: passes after في; a year in brackets: what can follow it (\s*\))
             # the bare-year alternative allows after في, so its guard is never narrower
             r"(?<=(?<![\d.,،]\s*)[^\W\d]", r"(?<=\(\s*)", r"(?<=[^\W\d]\s+-\s*)",
             # a year in a name (مونديال 2026): the alternative after في allows more after the year
             r"(?<=(?<!\w)[وفبل]?",
             # a time ago after من (من أسبوع): passes after من
             r"(?<=(?<!\w)[وف]?من\s+)",
             # the words a vague rule looks behind for (من قبل، في هذه المرحلة): contexts (test_dates_blind4)
             r"(?<=(?<!\w)[وف]?(?:")
    for name, src in rules.branches():
        for m in re.finditer(r"\(\?<=", src):
            assert src.startswith(known, m.start()), (name, src[m.start() : m.start() + 60])
    assert tries._GUARD_CONTEXTS == ("في ", "", "1 ", "من ", "خلال ")


GUARD_WORDS = st.sampled_from(
    ["اليوم", "امس", "الاثنين", "بعد", "قبل", "منذ", "خلال", "مساء", "ظهر", "الاسبوع", "الماضي", "المقبل", "العام",
     "عام", "الشهر", "سنوات", "ثلاث", "عشر", "عشرين", "ايام", "اشهر", "سبتمبر", "ايلول", "صفر", "12", "28", "2019",
     "1445", "3", "7", "ال15", "و2000", "من", "الي", "حتي", "و", "-", "/", "،", ".", "(", "\n", "نهايه", "الربع",
     "الاول", "يوم", "الجاري", "هذا", "دول", "للامم", "ساعه", "دقايق", "الصيف", "اخر", "الايام", "الوفد", "في"]
)


@settings(max_examples=2 * EXAMPLES, deadline=None)
@given(st.lists(GUARD_WORDS, max_size=12).map(" ".join))
def test_guards_leave_matches_as_they_are(text: str) -> None:
    """A pattern the guard skips at a word does not match there."""
    import regex

    from arnews.dates import tries

    for w in regex.finditer(r"(?:ال|وال|و|ب|ل)?\d\w*|\w+", text):
        tok, e = w.group(), w.end()
        for name, p, g in tries.tries_for(tok):
            if g is None:
                continue
            allowed = tries.guard_allows(g, text[e : e + 3])
            if not allowed:
                assert p.match(text, w.start()) is None, (name, tok, text)
