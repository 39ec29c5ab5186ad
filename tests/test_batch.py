"""Batches: walking folders, and checking in parallel worker processes with the same output as
one after the other, whatever happens to one file or one worker."""
from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.batch import (REPORT_SUFFIXES, WorkerStartError, check_reports, excluded, jobs_wanted,
                           report_paths)
from checker.cli import main
from checker.pipeline import ReportResult

CORPUS = Path(__file__).parents[1] / "corpora" / "reports"


def touch(folder: Path, *names: str) -> None:
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("报告", encoding="utf-8")


def relative(found: list[str], top: Path) -> list[str]:
    return [Path(p).relative_to(top).as_posix() for p in found]


# -- walking folders ------------------------------------------------------------------------------------
def test_report_files_in_sorted_order_of_every_kind(tmp_path):
    touch(tmp_path, "b.txt", "a.DOCX", "2021/z.pdf", "2021/y.txt", "notes.md", "data.xlsx", "a-b/c.txt", "a.txt")
    assert set(REPORT_SUFFIXES) == {".txt", ".docx", ".pdf"}
    # sorted by path, level by level: the folder 2021 before the files beside it, a-b before a.txt
    assert relative(report_paths([str(tmp_path)]), tmp_path) == [
        "2021/y.txt", "2021/z.pdf", "a-b/c.txt", "a.DOCX", "a.txt", "b.txt"]


def test_hidden_files_and_folders_and_office_lock_files_left_out(tmp_path):
    touch(tmp_path, "report.docx", "~$report.docx", "~$notes.txt", ".hidden.txt", ".git/x.txt",
          ".drafts/y.txt", "ok/.~lock.report.docx#", "ok/r.txt")
    assert relative(report_paths([str(tmp_path)]), tmp_path) == ["ok/r.txt", "report.docx"]


def test_a_hidden_folder_given_by_name_is_walked(tmp_path):
    touch(tmp_path, ".archive/r.txt")
    assert relative(report_paths([str(tmp_path / ".archive")]), tmp_path) == [".archive/r.txt"]


def test_symlink_loop_ends_and_a_linked_folder_is_walked_once(tmp_path):
    touch(tmp_path, "top/a.txt", "top/sub/b.txt", "elsewhere/c.txt")
    os.symlink(tmp_path / "top", tmp_path / "top" / "sub" / "loop")       # a loop back up
    os.symlink(tmp_path / "elsewhere", tmp_path / "top" / "linked")       # a folder outside
    os.symlink(tmp_path / "top" / "sub", tmp_path / "top" / "sub-again")  # the same folder twice
    found = relative(report_paths([str(tmp_path / "top")]), tmp_path / "top")
    assert found == ["a.txt", "linked/c.txt", "sub/b.txt"]


def test_files_and_stdin_as_given(tmp_path):
    touch(tmp_path, "x.md")
    assert report_paths([str(tmp_path / "x.md"), "-", str(tmp_path / "missing.txt")]) == [
        str(tmp_path / "x.md"), "-", str(tmp_path / "missing.txt")]


@pytest.mark.parametrize("globs,expected", [
    (["*草稿*"], ["2021/final.txt", "old/a.txt", "old/deep/b.txt"]),   # the file name
    (["old/**"], ["2021/final.txt", "2021/草稿一.txt", "草稿.txt"]),        # a folder and all below it
    (["old"], ["2021/final.txt", "2021/草稿一.txt", "草稿.txt"]),           # a folder by name
    (["2021/*.txt", "*.txt"], []),
    (["*/deep/*"], ["2021/final.txt", "2021/草稿一.txt", "old/a.txt", "草稿.txt"]),
    (["*.TXT"], ["2021/final.txt", "2021/草稿一.txt", "old/a.txt", "old/deep/b.txt", "草稿.txt"]),  # case matters
])
def test_exclude_by_relative_path_or_name(tmp_path, globs, expected):
    touch(tmp_path, "草稿.txt", "2021/草稿一.txt", "2021/final.txt", "old/a.txt", "old/deep/b.txt")
    assert relative(report_paths([str(tmp_path)], globs), tmp_path) == expected


def test_exclude_does_not_apply_to_files_named_on_the_command_line(tmp_path):
    touch(tmp_path, "草稿.txt")
    assert report_paths([str(tmp_path / "草稿.txt")], ["*草稿*"]) == [str(tmp_path / "草稿.txt")]


def test_excluded_matches_path_and_name():
    assert excluded("a/b/草稿.txt", ["*草稿*"]) and excluded("a/b/c.txt", ["a/**"])
    assert not excluded("a/b/c.txt", ["b/*"]) and not excluded("a/b/c.txt", [])


def test_jobs_zero_is_one_per_cpu():
    assert jobs_wanted(3) == 3
    assert jobs_wanted(0) == len(os.sched_getaffinity(0)) >= 1


# -- one bad file or worker never stops a batch ----------------------------------------------------------
class FakeChecker:
    """Stands in for the pipeline so that worker processes start without spaCy: a file named
    bug* raises, crash* kills its process, others pass with their text."""

    def __init__(self, rules, language, options):
        self.language = language

    def check_file(self, path):
        name = Path(path).name
        if name.startswith("bug"):
            raise RuntimeError(f"no sense in\n{name}")
        if name.startswith("crash"):
            os._exit(3)
        return ReportResult(path=str(path), encoding="utf-8", text=Path(path).read_text(encoding="utf-8"))

    def check_bytes(self, data, path):
        return ReportResult(path=path, encoding="utf-8", text=data.decode("utf-8") + f" ({os.getpid()})")


def fake_checker(rules, language, options):  # module level: a spawned worker imports it by name
    return FakeChecker(rules, language, options)


def broken_factory(rules, language, options):
    raise OSError("lexicon missing")


def batch_folder(tmp_path: Path, names: list[str]) -> list[str]:
    for name in names:
        (tmp_path / name).write_text(f"text of {name}", encoding="utf-8")
    return [str(tmp_path / name) for name in names]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_on_one_file_is_that_files_error(tmp_path, jobs):
    paths = batch_folder(tmp_path, ["a.txt", "bug.txt", "c.txt", "d.txt"])
    ticks = []
    results = check_reports(paths, [], "zh", jobs, progress=ticks.append, factory=fake_checker)
    assert [r.path for r in results] == paths
    assert [r.text for r in results] == ["text of a.txt", None, "text of c.txt", "text of d.txt"]
    assert results[1].error == f"{paths[1]}: internal error while checking: RuntimeError: no sense in bug.txt"
    assert sum(ticks) == 4


def test_a_dead_worker_loses_only_its_file(tmp_path):
    names = [f"{i:02}.txt" for i in range(9)]
    names[3], names[7] = "crash-a.txt", "crash-b.txt"
    paths = batch_folder(tmp_path, sorted(names))
    ticks = []
    results = check_reports(paths, [], "zh", 2, progress=ticks.append, factory=fake_checker)
    assert [r.path for r in results] == paths
    for path, result in zip(paths, results):
        if Path(path).name.startswith("crash"):
            assert result.error == f"{path}: the worker process checking it died" and result.text is None
        else:
            assert result.error is None and result.text == f"text of {Path(path).name}"
    assert sum(ticks) == len(paths)


def test_stdin_goes_to_a_worker_too(tmp_path):
    paths = batch_folder(tmp_path, ["a.txt"]) + ["-"]
    results = check_reports(paths, [], "zh", 2, stdin="标准输入".encode("utf-8"), factory=fake_checker)
    assert results[1].path == "<stdin>" and results[1].text.startswith("标准输入 (")
    assert results[1].text != f"标准输入 ({os.getpid()})"  # checked in another process


def test_a_worker_that_cannot_start_stops_the_batch_with_one_message(tmp_path):
    paths = batch_folder(tmp_path, ["a.txt", "b.txt", "c.txt"])
    with pytest.raises(WorkerStartError, match="a worker process could not start: OSError: lexicon missing"):
        check_reports(paths, [], "zh", 2, factory=broken_factory)


def test_one_file_or_one_job_stays_in_this_process(tmp_path):
    paths = batch_folder(tmp_path, ["a.txt"])
    [result] = check_reports(["-"], [], "zh", 4, stdin=b"x", factory=fake_checker)
    assert result.text == f"x ({os.getpid()})"
    assert check_reports(paths, [], "zh", 1, factory=fake_checker)[0].text == "text of a.txt"


# -- the same output whatever --jobs ---------------------------------------------------------------------
def short_reports(folder: Path, count: int) -> None:
    """``count`` short reports cut from the corpus, their numbers changed, so that they differ and
    some add up while others do not."""
    sources = sorted(CORPUS.glob("*.txt"))
    assert sources, "the corpus is missing"
    texts = [source.read_text(encoding="utf-8").split("\n") for source in sources]
    rng = random.Random(7)
    for index in range(count):
        lines = texts[index % len(texts)]
        start = rng.randrange(0, max(1, len(lines) - 6))
        excerpt = "\n".join(lines[start:start + 6])
        excerpt = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.choice([0, 0, 1, -1, 10])), excerpt)
        sub = folder / f"{index % 7}"
        sub.mkdir(exist_ok=True)
        (sub / f"report-{index:03}.txt").write_text(lines[0] + "\n" + excerpt + "\n", encoding="utf-8")


@pytest.mark.slow
def test_two_hundred_reports_with_two_jobs_give_the_same_json_as_one(tmp_path):
    short_reports(tmp_path, 200)
    runner = CliRunner()
    one = runner.invoke(main, ["--no-config", "--format", "json", "--jobs", "1", str(tmp_path)])
    two = runner.invoke(main, ["--no-config", "--format", "json", "--jobs", "2", str(tmp_path)])
    assert one.exit_code in (0, 1) and one.stderr == ""
    document = json.loads(one.stdout)
    assert len(document["files"]) == 200
    assert sum(len(f["findings"]) for f in document["files"]) > 0  # the comparison is not of empty lists
    assert [f["path"] for f in document["files"]] == sorted((f["path"] for f in document["files"]),
                                                            key=lambda p: Path(p).parts)
    assert two.stdout == one.stdout
    assert (two.exit_code, two.stderr) == (one.exit_code, one.stderr)


# -- what a batch keeps of each result -------------------------------------------------------------------
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_keeps_of_each_result_only_what_the_output_shows(tmp_path, jobs):
    from checker.rulebase import load_rulebase

    rules = load_rulebase().rules
    paths = [str(CORPUS / name) for name in sorted(os.listdir(CORPUS)) if name.endswith(".txt")][:4]
    whole = check_reports(paths, rules, "zh", 1)
    kept = check_reports(paths, rules, "zh", jobs, keep=(False, False))
    assert any(r.claim_set and r.claim_set.claims for r in whole)
    for full, slim in zip(whole, kept):
        assert slim.claim_set is None and slim.text is None  # a text report is placed by line and column
        assert [(f.rule, f.start, f.message) for f in slim.findings] == [(f.rule, f.start, f.message) for f in full.findings]
        assert [s.message for s in slim.suggestions] == [s.message for s in full.suggestions]
        assert slim.evaluated and slim.not_checkable == full.not_checkable
        assert all(o.status == "not-checkable" for o in slim.outcomes)
    # kept for the outputs that show them
    shown = check_reports(paths[:1], rules, "zh", 1, keep=(True, True))[0]
    assert shown.claim_set is not None and shown.text == whole[0].text


def test_a_result_kept_without_its_outcomes_still_says_the_rules_ran():
    unread = ReportResult(path="a.txt", error="a.txt: empty file")
    assert unread.kept(False, False) is unread and not unread.evaluated
    assert not ReportResult(path="b.txt").kept(False, False).evaluated  # no outcome: no rule ran
