"""The same inputs give byte-identical JSON: across runs, across hash seeds (PYTHONHASHSEED, which
changes the order of sets and of str-keyed hashing in a fresh process) and across --jobs."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).parents[1]
SEEDS = sorted((ROOT / "corpora" / "seeds").glob("*.txt"))
# reports with many findings, placeholders, repairs and relations: where an unordered set shows
CORPUS = sorted((ROOT / "corpora" / "reports").glob("*.txt"))
REPORTS = SEEDS + [CORPUS[i] for i in (7, len(CORPUS) - 1)]
HELP = CliRunner().invoke(main, ["--help"]).stdout
BASE = ["--no-config"] if "--no-config" in HELP else []


def check_process(args: list[str], hash_seed: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-m", "checker", *BASE, *args], capture_output=True, env=environment,
                            cwd=ROOT, timeout=600)
    assert result.returncode in (0, 1, 2) and b"Traceback" not in result.stderr, result.stderr[-2000:]
    return result.stdout.decode("utf-8")


def test_the_reports_exist():
    assert len(SEEDS) >= 1 and len(REPORTS) >= 3


def test_json_is_identical_across_hash_seeds():
    args = ["--claims", "--format", "json", *map(str, REPORTS)]
    outputs = {seed: check_process(args, seed) for seed in ("0", "1", "12345", str(random.randrange(2**32)))}
    first = outputs["0"]
    assert '"findings"' in first and '"claims"' in first
    for seed, output in outputs.items():
        assert output == first, f"PYTHONHASHSEED={seed} gives other JSON"


def test_json_is_identical_across_runs_in_one_process():
    args = [*BASE, "--claims", "--format", "json", *map(str, REPORTS)]
    runs = [CliRunner().invoke(main, args) for _ in range(3)]
    assert runs[0].exit_code in (0, 1, 2)
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout


def test_json_is_identical_in_english_across_hash_seeds():
    args = ["--lang", "en", "--format", "json", str(SEEDS[-1])]
    assert check_process(args, "3") == check_process(args, "4242")


@pytest.mark.skipif("--jobs" not in HELP, reason="--jobs has not landed yet")
def test_json_is_identical_across_jobs():
    args = ["--claims", "--format", "json", *map(str, REPORTS)]
    one = check_process(["--jobs", "1", *args], "0")
    two = check_process(["--jobs", "2", *args], "1")
    assert one == two


@pytest.mark.parametrize("fmt", ["sarif", "html"])
def test_other_formats_are_identical_across_hash_seeds(fmt):
    if fmt not in HELP:
        pytest.skip(f"--format {fmt} has not landed yet")
    args = ["--format", fmt, str(SEEDS[-1])]
    assert check_process(args, "0") == check_process(args, "77")
