"""The data registry (one reader, one fold) and one line of data reaching every capability."""

from __future__ import annotations

from importlib import resources

import pytest

from arnews import extract_attributions, parse
from arnews.data import records, rows, table, text
from arnews.dates import find_dates
from arnews.fold import fold
from arnews.lexicon import build_lexicon, perfect_forms, resolve_lexicon, shipped_perfects
from arnews.normalize import analysis_view
from arnews.sentences import sentence_bounds

DATA = resources.files("arnews.data")
TSV = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".txt")))
TSV += sorted("dates/" + p.name for p in DATA.joinpath("dates").iterdir() if p.name.endswith(".tsv"))


# --------------------------------------------------------------------------- the reader


@pytest.mark.parametrize("name", TSV)
def test_rows_skip_comments_and_blank_lines(name: str) -> None:
    got = rows(name)
    assert got, name
    assert all(r[0] and not r[0].startswith("#") for r in got)
    assert rows(name) is got  # cached


def test_records_key_rows_by_the_header() -> None:
    recs = records("reporting_cues.tsv")
    assert recs[0]["lemma"] == "قال" and recs[0]["class"] == "say"


def test_table_reads_json_once() -> None:
    assert table("dates/clock.json") is table("dates/clock.json")
    assert "hour_ordinals" in table("dates/clock.json")


def test_text_names_a_path_under_data() -> None:
    assert text("dates/months.tsv").startswith("#") or "\t" in text("dates/months.tsv")


# --------------------------------------------------------------------------- the fold


def _words() -> set[str]:
    out: set[str] = set()
    for name in TSV:
        for row in rows(name):
            out.update(cell for cell in row if cell.strip())
    return out


def test_fold_is_the_analysis_view() -> None:
    for w in _words():
        assert fold(w, strip=False) == analysis_view(w).text, w
        assert fold(w) == analysis_view(w).text.strip(), w


def test_lazy_fold_agrees_with_the_view_on_data_and_on_folded_text() -> None:
    for w in _words():
        assert fold(w, strip=False, lazy=True) == analysis_view(w).text, w
        folded = analysis_view(w).text
        assert fold(folded, strip=False, lazy=True) == folded, w


@pytest.mark.parametrize(
    ("word", "options", "expected"),
    [
        ("أكّد", {}, "اكد"),
        (" إلى ", {}, "الي"),
        (" إلى ", {"strip": False}, " الي "),
        ("حتى", {"lazy": True}, "حتي"),
        ("ايلول", {"lazy": True}, "ايلول"),
    ],
)
def test_fold_options(word: str, options: dict[str, bool], expected: str) -> None:
    assert fold(word, **options) == expected


# --------------------------------------------------------------------------- one reporting verb, every capability

# A made-up verb, so nothing shipped can answer for it: the one line a contributor adds to
# data/reporting_cues.tsv (here as a user's TSV text, a mapping and a built lexicon).
ROW = "lemma\tclass\tpast\tpresent\tparticiple\tmasdar\tprep\textra\tflags\nفرقع\tsay\tفرقع\tفرقع\t-\t-\t-\t-\t-\n"
SOURCES = {
    "tsv": ROW,
    "mapping": {"فرقع": {"class": "say", "past": "فرقع", "present": "فرقع"}},
    "lexicon": build_lexicon(ROW),
}


@pytest.mark.parametrize("source", SOURCES.values(), ids=SOURCES.keys())
@pytest.mark.parametrize(
    "sentence",
    ["فرقع الوزير إن الاتفاق نهائي.", "وفرقعت الوزيرة بأن الاتفاق نهائي.", "ففرقعوا بأن الاتفاق نهائي."],
)
def test_a_new_verb_reaches_attribution(source: object, sentence: str) -> None:
    assert not extract_attributions(sentence)
    got = extract_attributions(sentence, lexicon=source)  # type: ignore[arg-type]
    assert [a.verb for a in got] == ["فرقع"]


@pytest.mark.parametrize("source", SOURCES.values(), ids=SOURCES.keys())
@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("«الوضع مستقر.» فرقعت الوزيرة أمس.", "«الوضع مستقر.» فرقعت الوزيرة أمس."),  # a quote's attribution
        ("«نعمل بجد!» فرقع المدير.", "«نعمل بجد!» فرقع المدير."),
        ("وصل الوفد إلى الشركة إلخ. وفرقع المدير بأن العمل مستمر.", None),  # و+verb opens after إلخ.
    ],
)
def test_a_new_verb_reaches_the_sentence_splitter(source: object, text: str, joined: str | None) -> None:
    lex = resolve_lexicon(source)  # type: ignore[arg-type]
    v = analysis_view(text)
    with_verb = [v.text[i:j] for i, j in sentence_bounds(v, lex)]
    if joined is not None:
        assert [s.text for s in parse(text).sentences] != [text]
        assert [s.text for s in parse(text, lexicon=source).sentences] == [joined]  # type: ignore[arg-type]
    else:
        assert len(with_verb) == 2, with_verb


@pytest.mark.parametrize("source", SOURCES.values(), ids=SOURCES.keys())
@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("فرقع الوزير الخميس بينما يلتقي الوفد", "2023-09-07"),
        ("وفرقعت الوزيرة الخميس بينما يلتقي الوفد", "2023-09-07"),
    ],
)
def test_a_new_verb_reaches_the_tense_of_dates(source: object, text: str, past: str) -> None:
    future = "2023-09-14"  # without the verb, the imperfect يلتقي reads the weekday ahead
    assert find_dates(text, "2023-09-12")[0].interval[0].date().isoformat() == future
    got = find_dates(text, "2023-09-12", lexicon=source)  # type: ignore[arg-type]
    assert got[0].interval[0].date().isoformat() == past
    article = parse(text, "2023-09-12", lexicon=source)  # type: ignore[arg-type]
    assert article.dates[0].interval[0].date().isoformat() == past


def test_nopast_keeps_a_verb_out_of_tense_only() -> None:
    row = ROW.replace("\t-\n", "\tnopast\n")
    lex = build_lexicon(row)
    assert "فرقعت" in lex.perfects and "فرقعت" not in lex.past_perfects
    text = "فرقع الوزير الخميس بينما يلتقي الوفد"
    assert find_dates(text, "2023-09-12", lexicon=row)[0].interval[0].date().isoformat() == "2023-09-14"


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [("قال", ("قال", "قالت")), ("رأى", ("راي", "رات")), ("دعا", ("دعا", "دعت")), ("بين", ("بينت",))],
)
def test_perfect_forms(lemma: str, forms: tuple[str, ...]) -> None:
    entry = next(e for e in build_lexicon().entries if e.lemma == lemma)
    assert perfect_forms(entry) == forms
    assert set(forms) <= shipped_perfects()


def test_sentence_cues_hold_no_reporting_verb() -> None:
    """The splitter's own verb rows are verbs outside the reporting lexicon (no copies)."""
    lemmas = {fold(e.past) for e in build_lexicon().entries if e.cls != "according"}
    own = [fold(r[0]) for r in rows("sentence_cues.tsv") if r[1].strip() == "verb"]
    assert own and not set(own) & lemmas


def test_tense_words_hold_no_reporting_perfect() -> None:
    """Tense's own past words are not the reporting verbs' perfects (those come from the lexicon)."""
    own = {fold(r[0]) for r in rows("dates/tense.tsv")[1:] if r[1].strip() == "past"}
    assert not own & shipped_perfects()


# --------------------------------------------------------------------------- one month spelling, every capability

MONTH_ROWS = list(rows("dates/months.tsv"))  # name, calendar, month, ambiguous (the header is a comment)


@pytest.mark.parametrize("row", MONTH_ROWS, ids=lambda r: r[0])
def test_every_month_spelling_reaches_the_grammar_and_resolution(row: tuple[str, ...]) -> None:
    """One line of ``months.tsv`` is found by the grammar and resolved to its month (no other list to edit)."""
    name, cal, month = row[0], row[1], int(row[2])
    year = 1444 if cal == "hijri" else 2021
    found = find_dates(f"وصل الوفد في 5 {name} {year}", "2023-09-12")
    assert found and name in found[0].text, (name, [d.text for d in found])
    if cal == "gregorian":
        assert found[0].interval[0].month == month, name


# --------------------------------------------------------------------------- one part of day, one line

DAYPARTS = [r for r in rows("dates/parts_of_day.tsv") if r[0] != "part"]
REF = "2024-05-08"  # a Wednesday
#: Sentences of my own that place a part of day in each of its uses; ``{p}`` is the phrase.
USE_SENTENCES = {
    "pre": "اجتمع الوفد {p} الخميس الماضي",
    "suf": "اجتمع الوفد الخميس {p}",
    "this": "يصل الوفد هذا {p}",
    "bare": "يصل الوفد {p}",
    "alone": "بقي الوفد في القاعة منذ {p}",
    "set": "يجتمع الوفد كل {p}",
    "edge": "وصل الوفد في وقت متأخر من {p}",
}
CLOCK_SENTENCES = {
    "clock:after": "تبدأ الجلسة الساعة 7 {p}",
    "clock:before": "تبدأ الجلسة الساعة 7 {p}",
    "clock:abbr": "تبدأ الجلسة الساعة 7:30 {p}",
}
USE_ROWS = [(r[0], r[1], u) for r in DAYPARTS for u in (r[2].split() if len(r) > 2 else ()) if u in USE_SENTENCES]
CLOCK_ROWS = [(r[0], r[1], u) for r in DAYPARTS for u in (r[2].split() if len(r) > 2 else ()) if u in CLOCK_SENTENCES]


def test_parts_of_day_live_in_one_table() -> None:
    """Grammar, clock and resolution read the same rows: every phrase maps to its part everywhere."""
    from arnews.dates.clock import parts_of_day
    from arnews.dates.dayparts import POD_HOURS, clock_label
    from arnews.dates.grammar import POD_WORDS

    grammar = {k.replace(" ", ""): v for k, v in POD_WORDS.items()}
    clock = parts_of_day()
    for phrase, part, *_ in DAYPARTS:
        key = fold(phrase).replace(" ", "")
        assert grammar.get(fold(phrase, strip=False).replace(" ", "")) == part or grammar.get(key) == part, phrase
        assert part in POD_HOURS, phrase
        if clock_label(part) is not None:
            assert clock[key.lower()] == clock_label(part), phrase


@pytest.mark.parametrize(("phrase", "part", "use"), USE_ROWS, ids=lambda x: str(x))
def test_every_part_of_day_row_reaches_the_date_grammar(phrase: str, part: str, use: str) -> None:
    """One row of ``parts_of_day.tsv`` is found in each use it names, and resolved to its part's hours."""
    from arnews.dates.dayparts import POD_HOURS

    text = USE_SENTENCES[use].format(p=phrase)
    found = [d for d in find_dates(text, REF) if phrase in d.text]
    assert found, (text, [d.text for d in find_dates(text, REF)])
    d = found[0]
    if use == "set":
        assert d.kind == "set"
        return
    assert d.interval is not None, text
    first = POD_HOURS[part][0] % 24
    if use != "edge":
        assert d.interval[0].hour == first, (text, d.interval)


@pytest.mark.parametrize(("phrase", "part", "use"), CLOCK_ROWS, ids=lambda x: str(x))
def test_every_part_of_day_row_reaches_the_clock(phrase: str, part: str, use: str) -> None:
    """A row with a ``clock:`` use reads an hour after it in its part of day."""
    from arnews.dates.clock import find_clock_times
    from arnews.dates.dayparts import clock_label

    text = analysis_view(CLOCK_SENTENCES[use].format(p=phrase)).text
    times = find_clock_times(text)
    assert times and times[0].part_of_day == clock_label(part), (phrase, times)
