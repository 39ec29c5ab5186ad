"""Arbitrary bytes and arbitrary text as a report, through the Checker API and the ``check``
command: only findings or a clean one-line error (exit 2), never a traceback, never a hang.

Each example runs under a wall-clock guard (``HANG_SECONDS``): a hang fails the example instead
of stalling the suite. CHECK_HYPOTHESIS_PROFILE=long (as in test_properties.py) runs thousands
of examples; ``python -m checker.benchmarks.fuzz --inputs N`` runs a longer fuzz still.
"""
from __future__ import annotations

import contextlib
import os
import signal

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.benchmarks.fuzz import report_bytes, report_texts
from checker.cli import main
from checker.read import ReadError, ReportText, decode_report

LONG = os.environ.get("CHECK_HYPOTHESIS_PROFILE") == "long"
# A report of a few KB is checked in well under a second; a hang is anything far beyond that.
HANG_SECONDS = 20


def examples(default: int, long: int = 3000):
    return settings(max_examples=long if LONG else default, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


@contextlib.contextmanager
def no_hang(seconds: int = HANG_SECONDS):
    """Fail (TimeoutError) instead of hanging: SIGALRM interrupts the pipeline in the main thread."""
    def expired(signum, frame):
        raise TimeoutError(f"no result after {seconds} s: the checker hangs on this input")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def assert_clean_result(result, path: str):
    """Findings, or one line of error naming the file; never a rule error on a report."""
    if result.error is not None:
        assert "\n" not in result.error and result.error.startswith(path), result.error
        assert "Traceback" not in result.error
        assert result.findings == []
    else:
        assert result.rule_errors == [], result.rule_errors
        for finding in result.findings:
            assert finding.line >= 1 and finding.column >= 1
            assert 0 <= finding.start <= len(result.text)


# -- the Checker API -------------------------------------------------------------------------------
@examples(default=40)
@given(data=st.binary(max_size=3000) | report_bytes())
def test_any_bytes_give_findings_or_one_line_error(checker, data):
    with no_hang():
        result = checker.check_bytes(data, "<fuzz>")
    assert_clean_result(result, "<fuzz>")


@examples(default=40)
@given(text=st.text(max_size=2000) | report_texts())
def test_any_text_gives_findings(checker, text):
    with no_hang():
        result = checker.check_report(ReportText(path="<fuzz>", text=text, encoding="utf-8"))
    assert result.error is None
    assert_clean_result(result, "<fuzz>")


@examples(default=60)
@given(data=st.binary(max_size=4000) | report_bytes())
def test_the_reader_raises_only_read_errors(data):
    with no_hang():
        try:
            report = decode_report(data, "<fuzz>")
        except ReadError as error:
            assert "\n" not in str(error) and str(error).startswith("<fuzz>: ")
            return
    assert report.text.strip() and "\r" not in report.text
    # the repairs point inside the repaired text, and undoing them gives back the decoded text
    for repair in report.repairs:
        assert 0 <= repair.start <= repair.end <= len(report.text)
    assert report.original_text.count("\n") == report.text.count("\n")


# -- the check command -----------------------------------------------------------------------------
def run_check(args: list[str], stdin: bytes | None = None):
    result = CliRunner().invoke(main, ["--no-config", *args] if _HAS_NO_CONFIG else args, input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash: the test shows its traceback
    return result


_HAS_NO_CONFIG = "--no-config" in CliRunner().invoke(main, ["--help"]).stdout


def assert_clean_exit(result):
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.exit_code in (0, 1, 2), (result.exit_code, output)
    if result.exit_code == 2:
        lines = result.stderr.strip("\n").split("\n")
        assert lines and all(line.startswith("check: ") for line in lines), result.stderr


@examples(default=25, long=1500)
@given(data=st.binary(max_size=2000) | report_bytes(), output_format=st.sampled_from(["table", "json"]))
def test_check_on_standard_input_never_crashes(data, output_format):
    with no_hang():
        result = run_check(["--format", output_format, "-"], stdin=data)
    assert_clean_exit(result)
    if result.exit_code == 2:
        assert len(result.stderr.strip("\n").split("\n")) == 1  # one report, one line


@examples(default=15, long=1000)
@given(data=st.binary(max_size=2000) | report_bytes(), suffix=st.sampled_from([".txt", ".docx", ".pdf", ""]))
def test_check_on_a_file_never_crashes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"report{suffix}"
    path.write_bytes(data)
    with no_hang():
        result = run_check(["--format", "json", str(path)])
    assert_clean_exit(result)
    if result.exit_code == 2:
        assert str(path) in result.stderr


def test_the_hang_guard_itself_fires():
    # the guard is what turns a hang into a failure: it must interrupt pure-Python loops
    with pytest.raises(TimeoutError):
        with no_hang(1):
            while True:
                pass


def test_numbers_longer_than_the_decimal_context_are_shown(checker):
    # found by `python -m checker.benchmarks.fuzz --inputs 30000 --seed 7`: SUB001 broke
    # (InvalidOperation) showing a 38-digit part; shrunk by hand to the subset that showed it
    from decimal import Decimal

    from checker.findings import _show

    assert _show(Decimal("20409081971467770467472215252190363648")) == "20409081971467770467472215252190363648"
    assert _show(Decimal("4.8E+4")) == "48000" and _show(Decimal("4165.0")) == "4165" and _show(Decimal("105.98")) == "105.98"
    text = "在岗职工余20409081971467770467472215252190363648个其中1,192个占1115999158354268771590707576138983538688个"
    result = checker.check_report(ReportText(path="<long>", text=text, encoding="utf-8"))
    assert result.error is None and result.rule_errors == []
