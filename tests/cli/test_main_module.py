"""``python -m counterpoint`` runs the same CLI as the console script."""

from __future__ import annotations

import subprocess
import sys

import counterpoint


def test_python_m_counterpoint_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "counterpoint", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"counterpoint {counterpoint.__version__}"


def test_python_m_counterpoint_error_is_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [sys.executable, "-m", "counterpoint", "compare", str(missing)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"counterpoint: error: {missing}: no such file or directory (hint: check the path; use - to read standard input)"
    ]
    assert done.stdout == ""
