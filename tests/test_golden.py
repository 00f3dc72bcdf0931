"""End-to-end goldens: whole articles composed for the tests, read by parse().

Each expectation was checked by hand against the conventions (docs/conventions.md). Only what an
editor would insist on is pinned: who said what and how, and when things happened.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import arnews

ROOT = Path(__file__).resolve().parents[1]

GOLDEN = {
    "examples/article.txt": {
        "published": "2023-09-12",
        "title": "وزير الطاقة: \"نعمل على خفض الأسعار قبل نهاية العام\"",
        "dateline": ("عمّان", "وكالات"),
        "attributions": [
            ("أعلن", "وزير الطاقة الأردني سامر الخطيب", "indirect", "الحكومة ستخفض أسعار الوقود"),
            ("قال", "الخطيب", "direct", "نعمل منذ ثلاثة أشهر على خطة شاملة. لن نتراجع عنها"),
            ("أضاف", None, "indirect", "الخطة تشمل دعم النقل العام"),
            ("ذكر", "وزارة المالية", "indirect", "العجز تراجع خلال الأشهر الستة الأولى"),
            ("بحسب", "بيان نشرته وكالة الأنباء الرسمية", "according_to", "العجز تراجع"),
            ("نقل", "مصدر حكومي", "indirect", "مجلس الوزراء سيناقش القرار الأحد المقبل"),
            ("رأى", "خبراء اقتصاديون", "indirect", "الخطوة \"متأخرة\""),
        ],
        "dates": [
            ("اليوم الثلاثاء", "date", datetime(2023, 9, 12), datetime(2023, 9, 13)),
            ("بعد ظهر الثلاثاء", "datetime", datetime(2023, 9, 12, 12), datetime(2023, 9, 12, 18)),
            ("أمس الاثنين", "date", datetime(2023, 9, 11), datetime(2023, 9, 12)),
            ("الأشهر الستة الأولى من العام الجاري", "range", datetime(2023, 1, 1), datetime(2023, 7, 1)),
            ("الأحد المقبل", "date", datetime(2023, 9, 17), datetime(2023, 9, 18)),
            ("عام 2021", "date", datetime(2021, 1, 1), datetime(2022, 1, 1)),
        ],
        "sources": {"قال": "وزير الطاقة الأردني سامر الخطيب", "أضاف": "وزير الطاقة الأردني سامر الخطيب"},
        "not_events": ["يذكر"],
    },
    "tests/data/article_baghdad.txt": {
        "published": "2023-09-11",
        "title": None,
        "dateline": ("بغداد", "أ ف ب"),
        "attributions": [
            ("أكد", "المتحدث باسم وزارة الداخلية العراقية اللواء سعد معن", "indirect", "القوات الأمنية أحبطت هجوما"),
            ("قال", "معن", "direct", "تمكنت قواتنا من اعتقال ثلاثة مشتبه بهم قبل تنفيذ الهجوم"),
            ("بحسب", "مصادر أمنية", "according_to", "المشتبه بهم دخلوا المدينة منذ أسبوعين"),
        ],
        "dates": [
            ("مساء أمس الأحد", "datetime", datetime(2023, 9, 10, 18), datetime(2023, 9, 11)),
            ("12 آب/أغسطس 2023", "date", datetime(2023, 8, 12), datetime(2023, 8, 13)),
            ("الخميس المقبل", "date", datetime(2023, 9, 14), datetime(2023, 9, 15)),
        ],
        "sources": {"قال": "المتحدث باسم وزارة الداخلية العراقية اللواء سعد معن"},
        "not_events": ["أعلنت"],  # أعلنت عن خطة: a noun object, no content
    },
    # slashed dateline, fronted channel, unquoted speech after the speaker, an aside with a cue in it,
    # كما قال after its clause; an edge month with الماضي, the late part of a century
    "tests/data/article_gaza.txt": {
        "published": "2024-03-13",
        "title": "مستشفيات القطاع تعمل بأقل من ربع طاقتها",
        "dateline": ("غزة", "الأناضول"),
        "attributions": [
            ("قال", "وزارة الصحة", "indirect", "المستشفيات تعمل بأقل من ربع طاقتها"),
            ("قال", "مدير أحد المستشفيات", "indirect", "الوقود ينفد"),
            ("أضاف", "مسعف في الهلال الأحمر", "direct", "لا نستطيع الوصول إلى الجرحى"),
            ("قال", "ضابط في الدفاع المدني", "indirect", "فرق الإنقاذ عملت طوال الليل"),
            ("قال", "أحد الأطباء", "according_to", "الوضع يزداد سوءا"),
        ],
        "dates": [
            ("اليوم الأربعاء", "date", datetime(2024, 3, 13), datetime(2024, 3, 14)),
            ("مطلع أكتوبر الماضي", "range", datetime(2023, 10, 1), datetime(2023, 10, 11)),
            ("أواخر القرن التاسع عشر", "range", datetime(1870, 1, 1), datetime(1900, 1, 1)),
        ],
        "sources": {"أضاف": "مسعف في الهلال الأحمر"},
        "not_events": ["ذكر"],  # عدم ذكر اسمه: a verbal noun inside an aside
    },
}


@pytest.fixture(scope="module", params=list(GOLDEN))
def case(request: pytest.FixtureRequest) -> tuple[arnews.Article, dict[str, object]]:
    gold = GOLDEN[request.param]
    text = (ROOT / request.param).read_text(encoding="utf-8")
    return arnews.parse(text, published=str(gold["published"])), gold


def test_title_and_dateline(case: tuple[arnews.Article, dict[str, object]]) -> None:
    art, gold = case
    assert (art.title.text if art.title else None) == gold["title"]
    assert art.dateline is not None and art.dateline.agency is not None
    assert (art.dateline.place.text, art.dateline.agency.text) == gold["dateline"]


def test_every_reported_statement_is_found(case: tuple[arnews.Article, dict[str, object]]) -> None:
    art, gold = case
    got = [(a.verb, a.speaker.text if a.speaker else None, a.kind, a.content.text if a.content else "")
           for a in art.attributions]
    assert len(got) == len(gold["attributions"])  # type: ignore[arg-type]
    for (verb, speaker, kind, content), g in zip(got, gold["attributions"], strict=True):  # type: ignore[call-overload]
        assert (verb, speaker, kind) == g[:3]
        assert content.startswith(g[3])


def test_speakers_are_linked_across_the_article(case: tuple[arnews.Article, dict[str, object]]) -> None:
    art, gold = case
    linked = {a.verb: s.text for a, s in zip(art.attributions, art.sources, strict=True) if s}
    for verb, source in gold["sources"].items():  # type: ignore[attr-defined]
        assert linked[verb] == source


def test_non_events_are_left_out(case: tuple[arnews.Article, dict[str, object]]) -> None:
    art, gold = case
    cues = {a.cue.text for a in art.attributions}
    assert not cues & set(gold["not_events"])  # type: ignore[arg-type]


def test_dates_resolve_against_the_publication_date(case: tuple[arnews.Article, dict[str, object]]) -> None:
    art, gold = case
    found = {d.text: d for d in art.dates}
    for text, kind, start, end in gold["dates"]:  # type: ignore[attr-defined]
        d = found[text]
        assert (d.kind, d.interval) == (kind, (start, end)), text


def test_fronted_occasion_names_the_channel() -> None:
    text = (ROOT / "tests/data/article_gaza.txt").read_text(encoding="utf-8")
    channels = [a.channel.text for a in arnews.parse(text).attributions if a.channel]
    assert channels == ["الأناضول"]
