"""Flat rows and pandas frames: Article.to_records() and arnews.to_frame()."""

from __future__ import annotations

import subprocess
import sys

import pytest

import arnews
from arnews.frames import COLUMNS, TABLES, records

TEXT = "قال المتحدث أمس إن الاجتماع انتهى. وأضاف: «نلتقي غدا». وصل الوفد إلى العاصمة."


@pytest.fixture(scope="module")
def article() -> arnews.Article:
    return arnews.parse(TEXT, published="2024-05-20")


@pytest.mark.parametrize("table", TABLES)
def test_rows_have_the_columns_of_their_table(article: arnews.Article, table: str) -> None:
    rows = article.to_records(table, article_id="a1")
    assert rows and all(tuple(r) == COLUMNS[table] for r in rows)
    assert {r["article_id"] for r in rows} == {"a1"}
    assert [r["index"] for r in rows] == list(range(len(rows)))


def test_rows_carry_offsets_into_the_text(article: arnews.Article) -> None:
    for r in records(article, "sentences"):
        assert TEXT[r["start"] : r["end"]] == r["text"]  # type: ignore[misc]
    for r in records(article, "dates"):
        assert TEXT[r["start"] : r["end"]] == r["text"]  # type: ignore[misc]
    for r in records(article, "attributions"):
        for f in ("cue", "speaker", "content", "channel", "source"):
            if r[f"{f}_start"] is not None:
                assert TEXT[r[f"{f}_start"] : r[f"{f}_end"]] == r[f"{f}_text"]  # type: ignore[misc]


def test_attribution_rows(article: arnews.Article) -> None:
    rows = records(article, "attributions")
    assert [(r["verb"], r["kind"], r["sentence"]) for r in rows] == [("قال", "indirect", 0), ("أضاف", "direct", 1)]
    assert rows[1]["speaker_text"] is None and rows[1]["source_text"] == "المتحدث"


def test_date_rows_hold_the_interval(article: arnews.Article) -> None:
    first = records(article, "dates")[0]
    assert first["text"] == "أمس" and first["interval_start"].isoformat() == "2024-05-19T00:00:00"  # type: ignore[union-attr]


def test_unknown_table_is_named(article: arnews.Article) -> None:
    with pytest.raises(ValueError, match="quotes"):
        article.to_records("quotes")


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_import_arnews_loads_no_extra() -> None:
    code = "import sys, arnews; print(sorted(m for m in ('pandas', 'spacy', 'tqdm', 'dateparser') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_to_frame_without_pandas_says_which_extra() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import arnews\n"
        "try:\n    arnews.to_frame([])\nexcept ImportError as e:\n    print(e)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert 'pip install "arnews[pandas]"' in out


# --------------------------------------------------------------------------- pandas

@pytest.fixture
def pandas() -> object:
    return pytest.importorskip("pandas")


@pytest.mark.usefixtures("pandas")
def test_to_frame_over_many_articles(article: arnews.Article) -> None:
    other = arnews.parse("وصل الوفد.")
    df = arnews.to_frame([article, other], "sentences")
    assert list(df.columns) == list(COLUMNS["sentences"])
    assert df["article_id"].tolist() == [0, 0, 0, 1]
    assert df.groupby("article_id").size().tolist() == [3, 1]


@pytest.mark.usefixtures("pandas")
def test_to_frame_ids_and_mappings(article: arnews.Article) -> None:
    assert set(arnews.to_frame({"x": article}, "dates")["article_id"]) == {"x"}
    assert arnews.to_frame([article], "attributions", ids=["id-7"])["article_id"].tolist() == ["id-7", "id-7"]
    assert len(arnews.to_frame(article, "sentences")) == 3


@pytest.mark.usefixtures("pandas")
def test_to_frame_types(article: arnews.Article) -> None:
    att = arnews.to_frame([article], "attributions")
    assert str(att["speaker_start"].dtype) == "Int64" and att["speaker_start"].isna().tolist() == [False, True]
    dates = arnews.to_frame([article], "dates")
    assert str(dates["interval_start"].dtype).startswith("datetime64")
    assert str(dates["duration"].dtype).startswith("timedelta64")


@pytest.mark.usefixtures("pandas")
@pytest.mark.parametrize("table", TABLES)
def test_empty_frames_keep_their_columns(table: str) -> None:
    assert list(arnews.to_frame([], table).columns) == list(COLUMNS[table])


@pytest.mark.usefixtures("pandas")
def test_a_text_is_refused() -> None:
    with pytest.raises(TypeError, match="Article"):
        arnews.to_frame("قال الوزير.")  # type: ignore[arg-type]
