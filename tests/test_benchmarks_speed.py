"""The speed benchmark's table is produced end to end on tiny inputs (a smoke test: no figure
is asserted, since timings depend on the machine and its load)."""
from __future__ import annotations

import re

from checker.benchmarks import speed


def _in_this_process(name, timeout=None, **arguments):
    # the measurements that normally run in fresh processes, here in the test's own process
    return speed.measure(name, arguments), speed.peak_rss_bytes()


def test_quick_table_prints_every_figure(monkeypatch, capsys):
    monkeypatch.setattr(speed, "measure_in_fresh_process", _in_this_process)
    monkeypatch.setattr(speed, "cli_has_jobs", lambda: None)  # check --jobs: fresh processes, left out here
    speed.main(["--quick", "--reports", "3", "--runs", "1", "--sizes", "2000,4000"])
    output = capsys.readouterr().out
    rows = {line.split("  ")[0]: line for line in output.splitlines()}
    expected = ["cold start, one 14.2 KB report, wall (median of 1)", "cold start, peak memory (max RSS)",
                "batch, jobs 1: time per report (3 × ", "batch, jobs 2 against jobs 1: reports per second",
                "batch, jobs 1: peak memory of the process (3 reports)", "batch, RSS after 3 against after 1 reports",
                "batch, Python heap kept from report 1 to 3 (tracemalloc)", "scaling: "]
    for start in expected:
        row = next((line for name, line in rows.items() if name.startswith(start)), None)
        assert row is not None, f"no row {start!r} in:\n{output}"
        assert row.rstrip().endswith(("✓", "✗")), row  # every target is judged
    # each figure with a target has a ratio printed, and the times are positive numbers
    for row in output.splitlines():
        if row.rstrip().endswith(("✓", "✗")) and "tracemalloc" not in row:
            assert re.search(r"\d+\.\d\d×", row), row
    assert all(float(value) > 0 for value in re.findall(r"(\d+\.\d+) (?:ms|s)\b", output))
    assert output.startswith("machine: ")


def test_long_text_grows_by_whole_reports_and_keeps_its_prefix():
    short, long = speed.long_text(3000), speed.long_text(9000)
    assert len(short.encode("utf-8")) >= 3000 and len(long.encode("utf-8")) >= 9000
    assert long.startswith(short)


def test_sizes_option_reads_bytes_or_megabytes():
    assert speed._sizes("2000,4000") == (2000, 4000)
    assert speed._sizes("0.1,1.0") == (100_000, 1_000_000)
