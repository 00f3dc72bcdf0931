"""Scraped pages: clean_html, the map back into the HTML, parse(html=True) and ``parse --html``."""

from __future__ import annotations

import io
import json
import time
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arnews
from arnews.cli import main
from arnews.markup import HtmlText, clean_html

# label, html, clean text
CLEAN = [
    ("paragraphs end lines", "<p>جملة أولى.</p><p>جملة ثانية.</p>", "جملة أولى.\nجملة ثانية.\n"),
    ("br ends a line", "سطر<br>سطر آخر<br/>وثالث<BR />", "سطر\nسطر آخر\nوثالث\n"),
    ("div and li", "<div><ul><li>أ</li><li>ب</li></ul></div>", "أ\nب\n"),
    ("headings", "<h1>عنوان</h1><h2>فرعي</h2>نص", "عنوان\nفرعي\nنص"),
    ("table cells", "<table><tr><td>خانة</td><td>أخرى</td></tr></table>", "خانة\nأخرى\n"),
    ("inline tags vanish", "<b>كلمة</b> <a href='/x'>رابط</a><span>ملتصق</span>", "كلمة رابطملتصق"),
    ("named entities", "&quot;نعم&quot; &amp; &lt;لا&gt; &laquo;ربما&raquo;", '"نعم" & <لا> «ربما»'),
    ("numeric entities", "&#1575;&#1604;&#x645;&#X627;", "الما"),
    ("legacy entity without semicolon", "أ &amp ب", "أ & ب"),
    ("unknown entity stays", "&notanentity; AT&T", "&notanentity; AT&T"),
    ("bad code points", "&#0;&#xD800;&#99999999;", "\ufffd\ufffd\ufffd"),
    ("nbsp", "كلمة&nbsp;أخرى", "كلمة\u00a0أخرى"),
    ("script body dropped", "أ<script>var x = '<p>';</script>ب", "أب"),
    ("style body dropped", "<style>p { color: red }</style>نص", "نص"),
    ("upper-case script", "<SCRIPT type='text/javascript'>x()</SCRIPT >نص", "نص"),
    ("page title dropped", "<title>الموقع | الخبر</title><h1>الخبر</h1>", "الخبر\n"),
    ("comments dropped", "أ<!-- <p>تعليق</p> -->ب", "أب"),
    ("abrupt empty comments", "أ<!-->ب<!--->ج<!---->د", "أبجد"),
    ("doctype dropped", "<!DOCTYPE html><p>نص</p>", "نص\n"),
    ("cdata dropped", "أ<![CDATA[x]]>ب", "أب"),
    ("source line breaks are blanks", "<p>سطر\nمكسور\r\nفي المصدر</p>", "سطر مكسور  في المصدر\n"),
    ("quoted > in an attribute", '<a title="a>b" href="x">نص</a>', "نص"),
    ("a lone < is text", "س < ص و 3<4", "س < ص و 3<4"),
    ("Arabic in brackets is text", "<عاجل> خبر", "<عاجل> خبر"),
    ("unclosed tag at the end is text", "نص <p", "نص <p"),
    ("unclosed comment drops the rest", "نص <!-- بقية", "نص "),
    ("unclosed script drops the rest", "نص <script>x()", "نص "),
    ("no markup: unchanged", "قال الوزير إن الأمر انتهى.", "قال الوزير إن الأمر انتهى."),
    ("one line break for a run of block tags", "<div><p>نص</p></div><div><p>آخر</p></div>", "نص\nآخر\n"),
    ("no line break before any text", "<html><body><div><p>نص", "نص"),
]


@pytest.mark.parametrize(("label", "html", "expected"), CLEAN, ids=[c[0] for c in CLEAN])
def test_clean_html(label: str, html: str, expected: str) -> None:
    text, offsets = clean_html(html)
    assert text == expected
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(html)


# label, html, clean slice, the html it maps to
SPANS = [
    ("plain word", "<p>قال الوزير</p>", "الوزير", "الوزير"),
    ("entity inside", "<p>أ&amp;ب</p>", "أ&ب", "أ&amp;ب"),
    ("entity at the end", "<p>نعم&quot;</p>", 'نعم"', "نعم&quot;"),
    ("inline tag inside", "<p>كلمة <b>مهمة</b> هنا</p>", "كلمة مهمة", "كلمة <b>مهمة"),
    ("numeric entities", "&#1575;&#1604;&#1604;&#1607;", "الله", "&#1575;&#1604;&#1604;&#1607;"),
]


@pytest.mark.parametrize(("label", "html", "piece", "expected"), SPANS, ids=[c[0] for c in SPANS])
def test_spans_map_into_the_html(label: str, html: str, piece: str, expected: str) -> None:
    page = HtmlText.of(html)
    i = page.text.index(piece)
    span = page.span(i, i + len(piece))
    assert span.text == expected == html[span.start : span.end]


# label, html, sentences (as they stand in the html)
SENTENCES = [
    ("paragraph without a full stop", "<p>عنوان الخبر</p><p>وصل الوفد.</p>", ["عنوان الخبر", "وصل الوفد."]),
    ("br between clauses", "وصل الوفد<br>وبدأت المحادثات", ["وصل الوفد", "وبدأت المحادثات"]),
    ("list items", "<ul><li>البند الأول</li><li>البند الثاني</li></ul>", ["البند الأول", "البند الثاني"]),
    ("inline tags do not cut", "<p>قال <b>الوزير</b> إن الأمر انتهى.</p>", ["قال <b>الوزير</b> إن الأمر انتهى."]),
    ("source line breaks do not cut", "<p>قال الوزير\nإن الأمر انتهى.</p>", ["قال الوزير\nإن الأمر انتهى."]),
]


@pytest.mark.parametrize(("label", "html", "expected"), SENTENCES, ids=[c[0] for c in SENTENCES])
def test_a_tag_boundary_ends_a_sentence(label: str, html: str, expected: list[str]) -> None:
    a = arnews.parse(html, html=True)
    assert [s.text for s in a.sentences] == expected


PAGE = (
    "<!DOCTYPE html><html><head><title>الموقع</title><style>p{}</style></head><body>"
    "<h1>وزير الخارجية يزور عمّان</h1>"
    "<p>عمّان - (بترا) - قال وزير الخارجية أمس إن &quot;المحادثات&quot; مثمرة.</p>"
    "<p>وأضاف أن الجولة المقبلة ستعقد&nbsp;غدا.<br>وتابع: &laquo;نحن متفائلون&raquo;.</p>"
    "<script>track('<p>')</script></body></html>"
)


def test_parse_html_points_into_the_page() -> None:
    a = arnews.parse(PAGE, published="2024-03-05", html=True)
    assert a.text == PAGE
    assert a.title is not None and a.title.text == "وزير الخارجية يزور عمّان"
    assert a.dateline is not None and a.dateline.agency is not None and a.dateline.agency.text == "بترا"
    spans = [*a.sentences, *(x for t in a.attributions for x in (t.cue, t.speaker, t.content) if x)]
    for s in spans:
        assert PAGE[s.start : s.end] == s.text
    for d in a.dates:
        assert PAGE[d.start : d.end] == d.text
    contents = [t.content.text for t in a.attributions if t.content]
    assert contents == ["&quot;المحادثات&quot; مثمرة", "الجولة المقبلة ستعقد&nbsp;غدا", "نحن متفائلون"]
    assert [d.text for d in a.dates] == ["أمس", "غدا"]
    assert json.loads(json.dumps(a.to_dict(), ensure_ascii=False))["sentences"][0]["start"] == a.sentences[0].start


def test_parse_html_on_plain_text_is_parse() -> None:
    text = "قال الوزير إن الأمر انتهى. وأضاف أن الجلسة غدا."
    assert arnews.parse(text, "2024-01-01", html=True) == arnews.parse(text, "2024-01-01")


def test_content_stops_at_a_paragraph_without_a_full_stop() -> None:
    a = arnews.parse("<p>قال الوزير إن الأمر انتهى</p><p>وأضاف.</p>", html=True)
    assert a.attributions[0].content is not None and a.attributions[0].content.text == "الأمر انتهى"


def test_to_original_moves_every_kind_of_result() -> None:
    page = HtmlText.of("<p>أكدت الوزيرة أمس أن &quot;الاتفاق&quot; نهائي.</p>")
    for result in (
        arnews.split_sentences(page.text),
        arnews.extract_attributions(page.text),
        arnews.find_dates(page.text),
    ):
        moved = page.to_original(result)
        assert type(moved) is type(result) and len(moved) == len(result)
    (att,) = page.to_original(arnews.extract_attributions(page.text))
    assert att.content is not None and att.content.text == "&quot;الاتفاق&quot; نهائي"
    (when,) = page.to_original(arnews.find_dates(page.text))
    assert page.original[when.start : when.end] == when.text == "أمس"


def test_cli_parse_html(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text("<p>قال الوزير إن &quot;الأمر&quot; انتهى.</p><p>وأضاف أنه متفائل.</p>", encoding="utf-8")
    out = io.StringIO()
    assert main(["parse", "--html", str(f)], out=out) == 0
    d = json.loads(out.getvalue())
    assert [s["text"] for s in d["sentences"]] == ["قال الوزير إن &quot;الأمر&quot; انتهى.", "وأضاف أنه متفائل."]


def test_cli_html_with_jsonl_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"text": "<p>نص</p>"}\n', encoding="utf-8")
    assert main(["parse", "--html", "--jsonl", str(f)], out=io.StringIO()) == 2
    assert "--html" in capsys.readouterr().err


def test_type_error_names_the_argument() -> None:
    with pytest.raises(TypeError, match="html must be str"):
        clean_html(b"<p>")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    ["<p>", "</p>", "<br>", "<b>", "</b>", "<a href='x>y'>", "<script>", "</script>", "<!--", "-->", "<!",
     "&amp;", "&quot;", "&#1575;", "&#x", "&", ";", "<", ">", '"', "'", "\n", " ", "قال", "الوزير", ".", "<style",
     "</STYLE>", "&nbsp", "\ud800", "<![CDATA[", "]]>", "<?", "/"]
)
_HTML = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=40).map("".join))


@given(_HTML)
def test_the_map_is_sound_for_any_string(html: str) -> None:
    page = HtmlText.of(html)
    text, offsets = clean_html(html)
    assert text == page.text and len(offsets) == len(text) + 1 and offsets[-1] == len(html)
    assert list(offsets) == sorted(offsets)
    for i, ch in enumerate(text):
        a, b = page.source(i)
        assert offsets[i] == a < b <= len(html)
        if ch not in " \n" and html[a] not in "&":
            assert html[a] == ch  # a character that was not decoded is itself
    for i in range(len(text) + 1):
        s = page.span(0, i)
        assert html[s.start : s.end] == s.text


def _spans(obj: object) -> list[tuple[int, int, str]]:
    """Every (start, end, text) inside a result: spans, mentions, and the dataclasses holding them."""
    if isinstance(obj, (list, tuple)):
        return [x for item in obj for x in _spans(item)]
    if not is_dataclass(obj) or isinstance(obj, type):
        return []
    names = {f.name for f in fields(obj)}
    own = [(obj.start, obj.end, obj.text)] if {"start", "end", "text"} <= names else []  # type: ignore[attr-defined]
    return own + [x for n in sorted(names) for x in _spans(getattr(obj, n))]


@given(_HTML)
def test_parse_html_never_breaks_a_span(html: str) -> None:
    a = arnews.parse(html, "2024-01-01", html=True)
    assert a.text == html
    for start, end, text in _spans(a):
        assert 0 <= start <= end <= len(html) and html[start:end] == text


def test_every_span_of_a_page_is_checked() -> None:
    a = arnews.parse(PAGE, "2024-03-05", html=True)
    found = _spans(a)
    assert len(found) >= len(a.sentences) + 3 * len(a.attributions) + len(a.dates) + 4  # title, dateline
    assert all(PAGE[s:e] == t for s, e, t in found)


HOSTILE = ["<", "<a", "<a x=\"", "&", "&#", "<!--", "<script>", "<p>", "&amp", "<a title='", "</", "<!"]


def _best_of_3(html: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        clean_html(html)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.slow  # timed (CPU time, generous ratio): run with the integration step, not the unit suite
@pytest.mark.parametrize("piece", HOSTILE)
def test_linear_time_on_hostile_repetitions(piece: str) -> None:
    small, big = _best_of_3(piece * 10_000), _best_of_3(piece * 40_000)
    assert big < max(0.1, 10 * small)  # CPU time; 4 times the input: far less than the 16 times of a quadratic scan
