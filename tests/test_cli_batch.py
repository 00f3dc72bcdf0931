"""The command line on hostile batches (issue 15, defects 1, 2, 4, 6, 7) and JSONL for every command."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from arnews import batch
from arnews.cli import EXIT, main

GOOD = [f"قال المتحدث باسم الوزارة في اللقاء رقم {i} إن الوفد وصل أمس." for i in range(5)]


def run(argv: list[str], stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def jsonl(tmp_path: Path, lines: list[bytes]) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    return p


def record(i: int, text: str, **more: object) -> bytes:
    return json.dumps({"id": i, "text": text, **more}, ensure_ascii=False).encode()


# --- defect 1: a lone surrogate in one record ----------------------------------------------------

SURROGATE_TEXTS = [
    "قال الوزير \\ud800 إن الاجتماع انتهى.",  # a high surrogate alone, between words
    "وأضاف المتحدث أن الجلسة ستعقد غدا\\udfff.",  # a low one, glued to a word
    "\\udc80«نعمل على الحل» قال الرئيس.",  # at the very start, before a quote
]


@pytest.mark.parametrize("escaped", SURROGATE_TEXTS)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_lone_surrogate_loses_no_record(
    tmp_path: Path, escaped: str, workers: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = ('{"id": "bad", "text": "' + escaped + '"}').encode()
    p = jsonl(tmp_path, [record(0, GOOD[0]), bad, record(2, GOOD[1])])
    code, out = run(["parse", "--jsonl", str(p), "--workers", workers])
    err = capsys.readouterr().err
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == EXIT["ok"] and [r["id"] for r in rows] == [0, "bad", 2]
    out.encode("utf-8")  # what was written is UTF-8 (the surrogate is a JSON escape)
    text = json.loads(bad)["text"]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in rows[1]["sentences"])  # escapes read back exactly
    assert f"{p}:2: lone surrogate" in err and "Traceback" not in err


# --- defect 2: invalid UTF-8 on one line --------------------------------------------------------


@pytest.mark.parametrize("junk", [b"\xff", b"\xd9", b"\xc0\xaf", b"\xed\xa0\x80"], ids=repr)
def test_invalid_utf8_on_one_line_is_reported_and_reading_goes_on(
    tmp_path: Path, junk: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    third = record(2, GOOD[2]).replace("الوزارة".encode(), junk)
    p = jsonl(tmp_path, [record(0, GOOD[0]), record(1, GOOD[1]), third, record(3, GOOD[3])])
    code, out = run(["parse", "--jsonl", str(p)])
    err = capsys.readouterr().err
    assert code == EXIT["skipped"]
    assert [json.loads(x)["id"] for x in out.splitlines()] == [0, 1, 3]
    assert f"{p}:3: not UTF-8" in err and "Traceback" not in err


# --- defect 6: one way to pass a date -----------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "dates"])
@pytest.mark.parametrize("option", ["--published", "--reference"])
def test_published_and_reference_are_one_option(tmp_path: Path, command: str, option: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(GOOD[0], encoding="utf-8")
    code, out = run([command, str(p), option, "2023-09-12T10:00+03:00"])
    d = json.loads(out)
    dates = d["dates"] if command == "parse" else d
    assert code == 0 and dates[0]["interval"] == ["2023-09-11T00:00:00+03:00", "2023-09-12T00:00:00+03:00"]


@pytest.mark.parametrize("command", ["parse", "dates"])
def test_an_impossible_day_says_so(tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "a.txt"
    p.write_text(GOOD[0], encoding="utf-8")
    assert run([command, str(p), "--published", "2023-02-30"])[0] == EXIT["usage"]
    err = capsys.readouterr().err
    assert "not a valid day" in err and err.count("\n") == 1


# --- defect 7: conflicting options --------------------------------------------------------------

CONFLICTS = [
    (["parse", "--jsonl", "IN", "--format", "text"], "--format text"),
    (["parse", "FILE", "--workers", "2"], "--workers needs --jsonl"),
    (["parse", "--jsonl", "IN", "FILE"], "FILE or --jsonl, not both"),
    (["sentences", "--jsonl", "IN", "FILE"], "FILE or --jsonl, not both"),
    (["dates", "FILE", "--skip", "3"], "--skip needs --jsonl"),
    (["parse", "--jsonl", "IN", "--workers", "0"], "--workers must be at least 1"),
    (["parse", "--jsonl", "IN", "--skip", "-1"], "--skip must be at least 0"),
]


@pytest.mark.parametrize(("argv", "message"), CONFLICTS, ids=[" ".join(c[0]) for c in CONFLICTS])
def test_conflicting_options_are_refused_in_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv)[0] == EXIT["usage"]
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


# --- JSONL for every command, stdin to stdout ---------------------------------------------------


@pytest.mark.parametrize(("command", "key"), [("sentences", "sentences"), ("dates", "dates"), ("normalize", "text")])
def test_every_command_streams_jsonl_from_stdin(command: str, key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [record(i, t, url=f"u{i}", published="2023-09-12") for i, t in enumerate(GOOD[:3])]
    code, out = run([command, "--jsonl", "-"], stdin=b"\n".join(lines) + b"\n", monkeypatch=monkeypatch)
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == [0, 1, 2]
    assert all(key in r and r["meta"] == {"url": f"u{i}"} for i, r in enumerate(rows))
    if command == "dates":
        assert rows[0]["dates"][0]["interval"][0] == "2023-09-11T00:00:00"


def test_jsonl_records_keep_their_keys_under_meta(tmp_path: Path) -> None:
    p = jsonl(tmp_path, [record(7, GOOD[0], title="عنوان", url="http://x")])
    (row,) = [json.loads(x) for x in run(["parse", "--jsonl", str(p)])[1].splitlines()]
    assert row["id"] == 7 and row["meta"] == {"title": "عنوان", "url": "http://x"}


def test_skip_resumes_after_n_lines(tmp_path: Path) -> None:
    p = jsonl(tmp_path, [record(i, t) for i, t in enumerate(GOOD)])
    code, out = run(["parse", "--jsonl", str(p), "--skip", "3"])
    assert code == 0 and [json.loads(x)["id"] for x in out.splitlines()] == [3, 4]


# --- defect 4: a worker that dies; Ctrl-C -------------------------------------------------------

fork_only = pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork")


@pytest.fixture
def killer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Workers die (SIGKILL) on a text holding KILL-ONCE (the first time) or KILL-ALWAYS (every time)."""
    marker = tmp_path / "killed"
    real = batch._parse_job

    def parse_or_die(job: batch._Job, as_dict: bool) -> batch.Outcome:
        if "KILL-ALWAYS" in job.text or ("KILL-ONCE" in job.text and not marker.exists()):
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(job, as_dict)

    monkeypatch.setattr(batch, "_parse_job", parse_or_die)
    return marker


@fork_only
@pytest.mark.slow  # a worker process killed: process isolation, run with the integration step (`pytest -m slow`)
def test_a_worker_killed_once_loses_no_record(tmp_path: Path, killer: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = [*GOOD[:2], "KILL-ONCE " + GOOD[2], *GOOD[3:]]
    p = jsonl(tmp_path, [record(i, t) for i, t in enumerate(texts)])
    code, out = run(["parse", "--jsonl", str(p), "--workers", "2"])
    assert killer.exists() and code == EXIT["ok"]
    assert [json.loads(x)["id"] for x in out.splitlines()] == list(range(5))
    err = capsys.readouterr().err
    assert "Traceback" not in err and "a worker process died; the" in err and "retried once" in err


@fork_only
@pytest.mark.slow  # a worker process killed: process isolation, run with the integration step (`pytest -m slow`)
def test_a_record_that_kills_twice_stops_with_where_to_resume(
    tmp_path: Path, killer: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [*GOOD[:2], "KILL-ALWAYS " + GOOD[2], *GOOD[3:]]
    p = jsonl(tmp_path, [record(i, t) for i, t in enumerate(texts)])
    code, out = run(["parse", "--jsonl", str(p), "--workers", "2"])
    err = capsys.readouterr().err
    assert code == EXIT["worker_died"] == 3
    assert [json.loads(x)["id"] for x in out.splitlines()] == [0, 1]
    assert err.count("\n") == 2 and "Traceback" not in err  # the first death (retried), then where to resume
    assert f"{p}:3:" in err and "2 records written" in err and "--skip 3" in err and "--skip 2" in err
    code, out = run(["parse", "--jsonl", str(p), "--workers", "2", "--skip", "3"])
    assert code == 0 and [json.loads(x)["id"] for x in out.splitlines()] == [3, 4]


@pytest.mark.slow  # a fresh interpreter: run with the integration step (`pytest -m slow`)
@pytest.mark.parametrize("workers", ["2"])
def test_ctrl_c_is_one_line_with_where_to_resume(workers: str) -> None:
    """SIGINT to the whole process group (parent and workers), as a terminal sends it, mid-stream."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "arnews", "parse", "--jsonl", "-", "--workers", workers],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(b"\n".join(record(i, GOOD[i % 5]) for i in range(200)) + b"\n")
    proc.stdin.flush()  # the pipe stays open: arnews waits for more
    got = b""
    while b"\n" not in got:  # os.read, not readline: communicate() reads the pipe past any buffer
        got += os.read(proc.stdout.fileno(), 1 << 16)
    os.killpg(proc.pid, signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    rows = [json.loads(x) for x in (got + rest).splitlines()]
    written = len(rows)
    assert [r["id"] for r in rows] == list(range(written))
    lines = err.decode().splitlines()
    assert proc.returncode == EXIT["interrupted"] == 130
    assert len(lines) == 1 and "Traceback" not in err.decode(), err.decode()
    assert f"interrupted; {written} records written; resume with --skip {written}" in lines[0]


def test_progress_line_shows_rate_and_eta() -> None:
    from arnews.jsonl import Progress

    err = io.StringIO()
    p = Progress(total_bytes=1000, err=err, start=0.0)
    p.update(10, 250, final=True)
    line = err.getvalue()
    assert "10 records" in line and "/s" in line and "25%" in line and "ETA" in line


def test_no_progress_line_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = jsonl(tmp_path, [record(0, GOOD[0])])
    assert run(["parse", "--jsonl", str(p)])[0] == 0
    assert capsys.readouterr().err == ""
