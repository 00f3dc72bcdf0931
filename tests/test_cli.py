"""The command line: commands, formats, batch mode and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from arnews.cli import main

ARTICLE = "عنوان الخبر\nالقاهرة - (رويترز) - قال الوزير اليوم إن الاجتماع انتهى. وأضاف أن الجلسة المقبلة غدا.\n"


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_parse_prints_json(article: Path) -> None:
    code, out = run(["parse", str(article), "--published", "2023-09-12"])
    d = json.loads(out)
    assert code == 0
    assert d["published"] == "2023-09-12T00:00:00"
    assert {"sentences", "attributions", "dates"} <= d.keys()


def test_parse_text_format_numbers_the_sentences(article: Path) -> None:
    code, out = run(["parse", str(article), "--format", "text"])
    assert code == 0
    assert out.startswith("[1] عنوان الخبر")


def test_parse_text_format_shows_the_channel(tmp_path: Path) -> None:
    p = tmp_path / "channel.txt"
    p.write_text("وقال الوزير لوكالة الأنباء إن الاجتماع انتهى.\n", encoding="utf-8")
    code, out = run(["parse", str(p), "--format", "text"])
    assert code == 0
    assert ">> قال (indirect, say) الوزير <person> [وكالة الأنباء]: الاجتماع انتهى" in out


def test_parse_text_format_shows_meaning_source_type_and_time(tmp_path: Path) -> None:
    p = tmp_path / "fields.txt"
    p.write_text("وأكدت مصادر مطلعة مساء أمس أن المفاوضات متعثرة.\n", encoding="utf-8")
    code, out = run(["parse", str(p), "--format", "text", "--published", "2024-03-05"])
    assert code == 0
    assert ">> أكد (indirect, assert) مصادر مطلعة <anonymous> @ مساء أمس: المفاوضات متعثرة" in out


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["parse", "/no/such/file"], 2, "cannot read"),
        (["parse", "-", "--published", "2023-99-01"], 2, "published"),
        (["dates", "-", "--reference", "tomorrow"], 2, "published"),
    ],
)
def test_errors_are_one_line_without_traceback(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("نص".encode())))
    assert run(argv)[0] == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_bad_encoding_reports_the_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes("قال".encode() + b"\xff")
    assert run(["parse", str(p)])[0] == 2
    assert "byte offset 6" in capsys.readouterr().err


def test_jsonl_reports_and_skips_malformed_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "قال الوزير إن الوضع مستقر."}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "text": "وصل الوفد أمس.", "published": "2023-09-12"}, ensure_ascii=False),
        json.dumps({"id": "d", "text": 5}),
        json.dumps({"id": "e", "text": "نص.", "published": "not a date"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run(["parse", "--jsonl", str(p), "--workers", "2"])
    ids = [json.loads(x)["id"] for x in out.splitlines()]
    err = capsys.readouterr().err
    assert code == 1
    assert ids == ["a", "c"]
    assert f"{p}:2:" in err and f"{p}:4:" in err and f"{p}:5:" in err


@pytest.mark.parametrize("command", ["normalize", "sentences", "dates"])
def test_single_capability_commands(command: str, article: Path) -> None:
    code, out = run([command, str(article)])
    assert code == 0 and out


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
def test_python_dash_m_runs_the_cli(article: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "arnews", "sentences", str(article)], capture_output=True, text=True, check=True
    )
    assert json.loads(r.stdout)[0]["text"] == "عنوان الخبر"
