"""The distribution: the wheel carries py.typed and every data file, and installs on its own."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.slow
def test_wheel_carries_py_typed_and_all_data(dist: Path) -> None:
    wheel = next(dist.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "arnews/py.typed" in names
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "arnews" / "data").rglob("*") if p.is_file()}
    shipped = {n for n in shipped if "__pycache__" not in n}
    assert shipped <= names


@pytest.mark.slow
def test_twine_accepts_the_distributions(dist: Path) -> None:
    files = [str(p) for p in dist.iterdir()]
    subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *files], check=True, capture_output=True)


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_imports(dist: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    wheel = next(dist.glob("*.whl"))
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    # the runtime dependencies come from this environment's site-packages (no network needed)
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    code = "import arnews, pathlib; print(pathlib.Path(arnews.__file__).parent); print(arnews.parse('قال الوزير.'))"
    r = subprocess.run([str(py), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert str(env_dir) in r.stdout.splitlines()[0]


@pytest.mark.slow
def test_wheel_declares_the_extras_and_the_spacy_entry_point(dist: Path) -> None:
    wheel = zipfile.ZipFile(next(dist.glob("*.whl")))
    info = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    metadata = wheel.read(info).decode()
    assert "Provides-Extra: pandas" in metadata and "Provides-Extra: spacy" in metadata
    entry_points = wheel.read(info.replace("METADATA", "entry_points.txt")).decode()
    assert "[spacy_factories]" in entry_points and "arnews = arnews.spacy_component:make_arnews" in entry_points
