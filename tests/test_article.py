"""parse(): the whole article, its JSON form and the schema it follows."""

from __future__ import annotations

import json
from datetime import date, datetime
from importlib import resources

import jsonschema
import pytest
from test_reliability import check_dict_spans

import arnews
from arnews.layout import find_dateline, find_title
from arnews.normalize import analysis_view

ARTICLES = {
    "wire story": (
        "محادثات جديدة في جنيف الأسبوع المقبل\n"
        "جنيف - (رويترز) - قال المبعوث الأممي، اليوم الاثنين، إن جولة جديدة من المحادثات ستعقد الأسبوع المقبل.\n"
        "وأضاف في مؤتمر صحافي: «لا بديل عن الحل السياسي».\n"
    ),
    "no title": "أعلنت الشركة أمس أن أرباحها ارتفعت بنسبة 12% خلال العام الماضي. وقال مديرها إن النمو سيستمر.",
    "empty": "",
    "only spaces": " \n\t ",
    "no punctuation": "كلمات بلا علامات ترقيم ولا نهاية",
}


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    raw = resources.files("arnews.data").joinpath("article.schema.json").read_text(encoding="utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


@pytest.mark.parametrize("label", list(ARTICLES))
def test_to_dict_follows_the_schema_and_is_json(label: str, schema: dict[str, object]) -> None:
    d = arnews.parse(ARTICLES[label], published="2023-09-11").to_dict()
    jsonschema.validate(d, schema)
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


@pytest.mark.parametrize("label", list(ARTICLES))
def test_every_span_in_the_dict_is_a_slice_of_the_text(label: str) -> None:
    text = ARTICLES[label]
    check_dict_spans(text, arnews.parse(text, published="2023-09-11").to_dict())


def test_attributions_and_dates_point_at_their_sentence() -> None:
    art = arnews.parse(ARTICLES["wire story"], published="2023-09-11")
    d = art.to_dict()
    for a in d["attributions"]:  # type: ignore[attr-defined]
        s = art.sentences[a["sentence"]]
        assert s.start <= a["cue"]["start"] < s.end
    for m in d["dates"]:  # type: ignore[attr-defined]
        if m["sentence"] is not None:
            s = art.sentences[m["sentence"]]
            assert s.start <= m["start"] < s.end


@pytest.mark.parametrize(
    "published, expected",
    [
        ("2023-09-12", datetime(2023, 9, 12)),
        (" 2023-09-12T10:30 ", datetime(2023, 9, 12, 10, 30)),
        (date(2023, 9, 12), datetime(2023, 9, 12)),
        (datetime(2023, 9, 12, 8), datetime(2023, 9, 12, 8)),
        (None, None),
    ],
)
def test_published_accepts_dates_datetimes_and_iso_strings(published: object, expected: object) -> None:
    assert arnews.parse("نص.", published=published).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["12 أيلول", "2023-13-01", "yesterday", ""])
def test_a_bad_published_string_raises_value_error_naming_it(bad: str) -> None:
    with pytest.raises(ValueError, match="published"):
        arnews.parse("نص.", published=bad)


def test_a_bad_published_type_raises_type_error() -> None:
    with pytest.raises(TypeError, match="int"):
        arnews.parse("نص.", published=20230912)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "label, text, place, agency",
    [
        ("agency in brackets", "القاهرة - (رويترز) - قال الوزير", "القاهرة", "رويترز"),
        ("guillemets and colon", "بيروت ـ «الحياة»: أعلن الجيش", "بيروت", "الحياة"),
        ("bare known agency", "الرباط - أ ف ب - أكدت الحكومة", "الرباط", "أ ف ب"),
        ("day-month stamp", "بغداد 15-7 (اف ب) - قال مسؤول", "بغداد", "اف ب"),
        ("two-word place", "الدار البيضاء - (وام) - وصل الوفد", "الدار البيضاء", "وام"),
        ("slashes", "رام الله/ الأناضول/ أعلنت الوزارة", "رام الله", "الأناضول"),
        ("day and month name", "عمان 3 أيار (بترا) - افتتح الوزير", "عمان", "بترا"),
        ("comma, date, double dash", "الرياض، 12 سبتمبر (واس) -- استقبل الأمير", "الرياض", "واس"),
        ("initials of an agency", "فاس – و م ع: ترأس الوالي", "فاس", "و م ع"),
        ("own report", "الموصل - خاص: عاد النازحون", "الموصل", None),
    ],
)
def test_dateline(label: str, text: str, place: str, agency: str | None) -> None:
    d = find_dateline(analysis_view(text))
    assert d is not None, label
    assert (d.place.text, d.agency.text if d.agency else None) == (place, agency)


@pytest.mark.parametrize(
    "label, text",
    [
        ("dashes around an aside", "قال الوزير - في كلمة ألقاها - إن الوضع مستقر"),
        ("colon after a speaker", "وقال الوزير: إن الوضع مستقر"),
        ("plain sentence", "وصل الوفد إلى العاصمة مساء أمس."),
        ("special source with a colon", "قال مصدر خاص: الاتفاق جاهز"),
        ("dual month name", "أيلول/سبتمبر الماضي شهد ارتفاعا"),
    ],
)
def test_no_dateline(label: str, text: str) -> None:
    assert find_dateline(analysis_view(text)) is None, label


@pytest.mark.parametrize(
    "label, text, title",
    [
        ("headline line", "ارتفاع أسعار النفط\nقالت الوكالة إن الأسعار ارتفعت.", "ارتفاع أسعار النفط"),
        ("first line is a sentence", "ارتفعت الأسعار.\nوقالت الوكالة إن ذلك متوقع.", None),
        ("single line", "ارتفاع أسعار النفط", None),
    ],
)
def test_title(label: str, text: str, title: str | None) -> None:
    found = find_title(analysis_view(text))
    assert (found.text if found else None) == title, label


def test_parse_reads_title_and_dateline_of_the_body() -> None:
    art = arnews.parse(ARTICLES["wire story"])
    assert art.title is not None and art.title.text == "محادثات جديدة في جنيف الأسبوع المقبل"
    assert art.dateline is not None and art.dateline.agency is not None
    assert art.dateline.agency.text == "رويترز"


def test_sources_align_with_attributions() -> None:
    art = arnews.parse(ARTICLES["wire story"])
    assert len(art.sources) == len(art.attributions)
