"""The options of ``check`` for batches and files: --severity, colour, --format sarif/html,
--output and --annotate (written atomically, never over an input, never over a file without
--force), progress, --exclude, --jobs and the configuration file; each error path as one line
and exit 2. Most run through click's CliRunner; colour and progress need a real terminal, so they
run /work/venv/bin/check (or the one beside this Python) on a pseudo-terminal."""
from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker.cli
from checker.cli import _coloured, main
from checker.pipeline import Checker
from checker.read import ReportText
from checker.render import to_table
from checker.rulebase import default_rules_dir

EXAMS = ("全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、放弃权益49人，"
         "符合政策县外考生93人。")                                                    # PT001, error
SIGNED = "辖区内家庭医生签约1000人，其中老年人签约600人，高血压患者签约500人。"          # PT002, warning
MIXED_WIDTH = "全县共有乡镇卫生院１2家，在岗职工860人。"                                  # STR003, info
ALL_THREE = f"{EXAMS}\n{SIGNED}\n{MIXED_WIDTH}\n"
CLEAN = "1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比105.98。\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CHECK = Path(sys.executable).with_name("check")  # /work/venv/bin/check, the installed command


@pytest.fixture(autouse=True)
def away_from_any_config(tmp_path, monkeypatch):
    """Each test runs in its own empty folder, so no .check.toml or pyproject.toml of the
    repository (or above it) is read unless the test writes one."""
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    monkeypatch.delenv("NO_COLOR", raising=False)


def check(*args, stdin: bytes | None = None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash is never an acceptable outcome
    return result


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def one_line(stderr: str) -> str:
    lines = stderr.strip("\n").split("\n")
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    return lines[0]


def rules_of(stdout: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["severity"]) for entry in json.loads(stdout)["files"] for f in entry["findings"]]


def on_terminal(args, *, terminal: str, env: dict | None = None, cwd: Path | None = None):
    """Run the real command with stdout or stderr on a pseudo-terminal; (stdout, stderr, code)."""
    master, slave = pty.openpty()
    streams = {"stdout": slave, "stderr": subprocess.PIPE} if terminal == "stdout" else \
        {"stdout": subprocess.PIPE, "stderr": slave}
    process = subprocess.Popen([str(CHECK), *map(str, args)], env={**os.environ, **(env or {})}, cwd=cwd, **streams)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    other = (process.stderr if terminal == "stdout" else process.stdout).read()
    process.wait(timeout=120)
    os.close(master)
    seen_text = seen.decode("utf-8").replace("\r\n", "\n")
    other_text = other.decode("utf-8")
    return (seen_text, other_text, process.returncode) if terminal == "stdout" else (other_text, seen_text,
                                                                                     process.returncode)


# -- --severity: the threshold for output and exit code ------------------------------------------------
def test_by_default_everything_is_shown_and_only_errors_count(tmp_path):
    report = write(tmp_path, "all.txt", ALL_THREE)
    result = check("--format", "json", report)
    assert rules_of(result.stdout) == [("PT001", "error"), ("PT002", "warning"), ("STR003", "info")]
    assert result.exit_code == 1
    assert check(write(tmp_path, "warning.txt", SIGNED + "\n")).exit_code == 0  # a warning alone: exit 0


@pytest.mark.parametrize("threshold,shown", [
    ("error", [("PT001", "error")]),
    ("warning", [("PT001", "error"), ("PT002", "warning")]),
    ("info", [("PT001", "error"), ("PT002", "warning"), ("STR003", "info")]),
])
def test_severity_hides_what_is_below_it(tmp_path, threshold, shown):
    report = write(tmp_path, "all.txt", ALL_THREE)
    result = check("--format", "json", "--severity", threshold, report)
    assert rules_of(result.stdout) == shown and result.exit_code == 1
    table = check("--severity", threshold, "--lang", "en", report)
    assert [rule for rule, _ in shown] == re.findall(r"\b(PT001|PT002|STR003)\b", table.stdout)
    counts = {s: sum(1 for _, severity in shown if severity == s) for s in ("error", "warning", "info")}
    assert (f"1 file checked: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info."
            in table.stdout)


@pytest.mark.parametrize("text,threshold,code", [
    (SIGNED, "warning", 1), (SIGNED, "error", 0), (SIGNED, "info", 1),
    (MIXED_WIDTH, "info", 1), (MIXED_WIDTH, "warning", 0), (CLEAN, "info", 0),
])
def test_severity_is_the_exit_threshold(tmp_path, text, threshold, code):
    result = check("--severity", threshold, write(tmp_path, "r.txt", text + "\n"))
    assert result.exit_code == code


def test_unknown_severity_is_a_usage_error(tmp_path):
    result = check("--severity", "fatal", write(tmp_path, "r.txt", CLEAN))
    assert result.exit_code == 2 and result.stdout == ""


def test_exit_codes_are_documented_in_the_help_and_the_module():
    help_text = check("--help").stdout
    for line in ("0  no finding at or above the threshold", "1  at least one finding at or above the threshold",
                 "2  usage or configuration error, unreadable report, rule error"):
        assert line in help_text
    assert "--severity" in checker.cli.__doc__ and "Exit codes" in checker.cli.__doc__


# -- colour ----------------------------------------------------------------------------------------------
def test_colour_only_styles_the_severity_cells_and_keeps_the_columns(rulebase):
    for language in ("zh", "en"):
        result = Checker(rulebase.rules, language).check_report(ReportText("r.txt", ALL_THREE, "utf-8"))
        table = to_table([result], language)
        coloured = _coloured(table, [result], language)
        assert ANSI.sub("", coloured) == table  # the same layout, escapes aside
        styled = [(line.split("\x1b")[0], ANSI.findall(line)) for line in coloured.split("\n") if "\x1b" in line]
        assert [codes[0] for _, codes in styled] == ["\x1b[31m", "\x1b[33m", "\x1b[36m"]  # red, yellow, cyan
        assert all(prefix.startswith("r.txt:") for prefix, _ in styled)
    assert any(line.startswith(" ") for line in table.split("\n"))  # English messages wrap over lines


def test_table_on_a_terminal_is_coloured_by_severity(tmp_path):
    write(here(), "all.txt", ALL_THREE)
    seen, errors, code = on_terminal(["--no-config", "all.txt"], terminal="stdout", cwd=here())
    assert code == 1 and errors == ""
    assert "\x1b[31m\x1b[1m错误\x1b[0m" in seen and "\x1b[33m警告\x1b[0m" in seen and "\x1b[36m提示\x1b[0m" in seen
    piped = check("all.txt")  # CliRunner's output is not a terminal
    assert "\x1b" not in piped.stdout and ANSI.sub("", seen) == piped.stdout


@pytest.mark.parametrize("args,env,coloured", [
    ([], {}, True),
    (["--no-color"], {}, False),
    ([], {"NO_COLOR": "1"}, False),
    ([], {"NO_COLOR": ""}, True),          # no-color.org: only a non-empty value counts
    (["--format", "json"], {}, False),
    (["--output", "out.txt"], {}, False),   # a file is never coloured
])
def test_colour_needs_a_terminal_and_no_opt_out(tmp_path, monkeypatch, args, env, coloured):
    monkeypatch.setattr(checker.cli, "_is_terminal", lambda stream: True)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = check(*args, write(tmp_path, "all.txt", ALL_THREE))
    written = Path("out.txt").read_text(encoding="utf-8") if "--output" in args else result.stdout
    assert "PT001" in written and result.exit_code == 1
    assert ("\x1b[" in written) == coloured


# -- formats ---------------------------------------------------------------------------------------------
def test_sarif_format(tmp_path):
    pytest.importorskip("checker.render.sarif")
    result = check("--format", "sarif", write(tmp_path, "all.txt", ALL_THREE))
    document = json.loads(result.stdout)
    assert document["version"] == "2.1.0" and result.exit_code == 1
    [run] = document["runs"]
    assert [r["ruleId"] for r in run["results"]] == ["PT001", "PT002", "STR003"]
    assert "PT001" in {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    high = check("--format", "sarif", "--severity", "warning", tmp_path / "all.txt")
    assert [r["ruleId"] for r in json.loads(high.stdout)["runs"][0]["results"]] == ["PT001", "PT002"]


def test_html_format(tmp_path):
    pytest.importorskip("checker.render.html")
    result = check("--format", "html", write(tmp_path, "all.txt", ALL_THREE))
    assert result.exit_code == 1
    assert result.stdout.lstrip().lower().startswith("<!doctype html") and "PT001" in result.stdout
    assert "\x1b" not in result.stdout


# -- --output --------------------------------------------------------------------------------------------
def test_output_file_holds_what_stdout_would(tmp_path):
    report = write(tmp_path, "all.txt", ALL_THREE)
    out = tmp_path / "out" / "findings.json"
    out.parent.mkdir()
    to_stdout = check("--format", "json", report)
    to_file = check("--format", "json", "-o", out, report)
    assert to_file.exit_code == to_stdout.exit_code == 1
    assert to_file.stdout == "" and out.read_text(encoding="utf-8") == to_stdout.stdout
    assert sorted(p.name for p in out.parent.iterdir()) == ["findings.json"]  # no temporary file left


def test_output_never_replaces_a_file_without_force(tmp_path):
    report = write(tmp_path, "all.txt", ALL_THREE)
    out = write(tmp_path, "findings.txt", "keep me")
    result = check("--output", out, report)
    assert result.exit_code == 2 and result.stdout == ""
    assert one_line(result.stderr) == f"check: error: {out}: already exists; use --force to replace it"
    assert out.read_text(encoding="utf-8") == "keep me"
    forced = check("--output", out, "--force", report)
    assert forced.exit_code == 1 and "PT001" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["all.txt", "findings.txt"]


def test_output_is_never_a_report_being_checked(tmp_path):
    folder = tmp_path / "reports"
    report = write(folder, "a.txt", ALL_THREE)
    for args in (["-o", report, "--force", report], ["-o", report, "--force", folder]):
        result = check(*args)
        assert result.exit_code == 2
        assert one_line(result.stderr) == f"check: error: {report}: --output would overwrite a report being checked"
        assert report.read_text(encoding="utf-8") == ALL_THREE


@pytest.mark.parametrize("where,problem", [
    ("missing/out.txt", "--output: no such folder"),
    ("folder", "--output names a folder, not a file"),
])
def test_output_that_cannot_be_written_is_refused_before_checking(tmp_path, where, problem):
    (tmp_path / "folder").mkdir()
    result = check("--output", tmp_path / where, write(tmp_path, "r.txt", CLEAN))
    assert result.exit_code == 2 and result.stdout == ""
    assert problem in one_line(result.stderr)


def test_output_is_atomic_a_failed_move_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    report = write(tmp_path, "r.txt", ALL_THREE)
    out = write(tmp_path, "out.txt", "old findings")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    result = check("--output", out, "--force", report)
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"check: error: {out}: --output: cannot write (Permission denied)"
    assert out.read_text(encoding="utf-8") == "old findings"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["out.txt", "r.txt"]


def test_output_of_list_rules_and_fix_preview(tmp_path):
    rules = tmp_path / "rules.txt"
    assert check("--list-rules", "-o", rules).exit_code == 0
    assert "PT001" in rules.read_text(encoding="utf-8")
    garbled = write(tmp_path, "g.txt", "全县共有乡镇卫生院１2家，在岗职工860人（含聘用人员.\n")
    diff = tmp_path / "fix.diff"
    result = check("--fix-preview", "-o", diff, garbled)
    assert result.stdout == ""
    assert result.exit_code == (1 if diff.read_text(encoding="utf-8").strip() else 0)


# -- --annotate ------------------------------------------------------------------------------------------
@pytest.fixture
def docx_report(tmp_path) -> Path:
    pytest.importorskip("checker.annotate")
    from make_documents import make_docx

    return make_docx(tmp_path / "report.docx", ["工作总结", EXAMS, SIGNED])


def comments(data: bytes) -> list[str]:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml").decode("utf-8")
    return re.findall(r"<w:comment [^>]*>(.*?)</w:comment>", xml, flags=re.S)


def test_annotate_writes_a_commented_copy(tmp_path, docx_report):
    before = docx_report.read_bytes()
    out = tmp_path / "report-checked.docx"
    result = check("--annotate", out, docx_report)
    assert result.exit_code == 1 and "PT001" in result.stdout
    assert docx_report.read_bytes() == before
    notes = comments(out.read_bytes())
    assert len(notes) == 2 and "PT001" in notes[0] and "PT002" in notes[1]
    only_errors = tmp_path / "errors.docx"
    assert check("--annotate", only_errors, "--severity", "error", docx_report).exit_code == 1
    assert len(comments(only_errors.read_bytes())) == 1  # what is shown is what is annotated


def test_annotate_refusals(tmp_path, docx_report):
    text_report = write(tmp_path, "r.txt", ALL_THREE)
    existing = write(tmp_path, "old.docx", b"old")
    cases = [
        (["--annotate", tmp_path / "o.docx", docx_report, text_report], "--annotate needs exactly one .docx report"),
        (["--annotate", tmp_path / "o.docx", text_report], "--annotate works only on a .docx report file"),
        (["--annotate", tmp_path / "o.docx", "-"], "--annotate works only on a .docx report file"),
        (["--annotate", docx_report, "--force", docx_report], "--annotate would overwrite the report itself"),
        (["--annotate", existing, docx_report], "already exists; use --force to replace it"),
        (["--annotate", tmp_path / "o.txt", docx_report], "give it a name ending in .docx"),
        (["--annotate", tmp_path / "o.docx", "-o", tmp_path / "o.docx", docx_report], "name the same file"),
    ]
    before = docx_report.read_bytes()
    for args, problem in cases:
        result = check(*args)
        assert result.exit_code == 2, args
        assert problem in one_line(result.stderr), args
        assert result.stdout == ""
    assert docx_report.read_bytes() == before and existing.read_bytes() == b"old"
    assert not (tmp_path / "o.docx").exists() and not (tmp_path / "o.txt").exists()


# -- inputs are never modified -----------------------------------------------------------------------------
def test_no_mode_modifies_an_input(tmp_path):
    folder = tmp_path / "in"
    inputs = [write(folder, "all.txt", ALL_THREE), write(folder, "gb.txt", ALL_THREE.replace("\n", "\r\n").encode("gb18030")),
              write(folder, "garbled.txt", "全县共有乡镇卫生院１2家（含分院.\n")]
    try:
        from make_documents import make_docx
        inputs.append(make_docx(folder / "report.docx", ["工作总结", EXAMS]))
        annotate = importable("checker.annotate")
    except ImportError:
        annotate = False
    stamp = 1_600_000_000_000_000_000
    for path in inputs:
        os.utime(path, ns=(stamp, stamp))
    before = {path: path.read_bytes() for path in inputs}
    modes = [[], ["--format", "json"], ["--format", "json", "--claims"], ["--fix-preview"], ["--severity", "info"],
             ["--output", tmp_path / "out.txt", "--force"], ["--list-rules"], ["--explain", "PT001"],
             ["--show-config"], ["--exclude", "*.docx"]]
    for mode in modes:
        result = check(*mode, folder)
        assert result.exit_code in (0, 1), (mode, result.stderr)
    if annotate:
        assert check("--annotate", tmp_path / "a.docx", folder / "report.docx").exit_code == 1
    for path in inputs:
        assert path.read_bytes() == before[path] and path.stat().st_mtime_ns == stamp, path
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in inputs)


def importable(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True


# -- progress --------------------------------------------------------------------------------------------
# Empty reports are unreadable (exit 2) and need no language pipeline: the real command answers fast.
def test_progress_bar_on_a_terminal_for_several_files(tmp_path):
    write(tmp_path, "r/a.txt", b"")
    write(tmp_path, "r/b.txt", b"")
    stdout, stderr, code = on_terminal(["--no-config", "--format", "json", "r"], terminal="stderr", cwd=tmp_path)
    assert code == 2
    assert "检查" in stderr and "2/2" in stderr
    assert stderr.rstrip("\n").split("\n")[-2:] == ["check: error: r/a.txt: empty file (0 bytes)",
                                                       "check: error: r/b.txt: empty file (0 bytes)"]
    assert [f["path"] for f in json.loads(stdout)["files"]] == ["r/a.txt", "r/b.txt"]  # stdout untouched


@pytest.mark.parametrize("args", [["--no-progress", "r"], ["r/a.txt"]], ids=["--no-progress", "one file"])
def test_no_progress_bar_when_asked_or_for_one_file(tmp_path, args):
    write(tmp_path, "r/a.txt", b"")
    write(tmp_path, "r/b.txt", b"")
    _, stderr, code = on_terminal(["--no-config", *args], terminal="stderr", cwd=tmp_path)
    assert code == 2 and "检查" not in stderr
    assert all(line.startswith("check: error: ") for line in stderr.strip().split("\n"))


def test_no_progress_bar_when_stderr_is_piped(tmp_path):
    write(tmp_path, "r/a.txt", b"")
    write(tmp_path, "r/b.txt", b"")
    completed = subprocess.run([str(CHECK), "--no-config", "r"], cwd=tmp_path, capture_output=True, text=True)
    assert completed.returncode == 2
    assert completed.stderr == ("check: error: r/a.txt: empty file (0 bytes)\n"
                                "check: error: r/b.txt: empty file (0 bytes)\n")


# -- folders: --exclude, hidden and lock files ------------------------------------------------------------
def test_folder_leaves_out_hidden_lock_and_excluded_files(tmp_path):
    folder = tmp_path / "reports"
    write(folder, "~$report.docx", b"\x00\x01 lock")
    write(folder, ".hidden.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    write(folder, "old/2019.txt", ALL_THREE)
    write(folder, "2022草稿.txt", ALL_THREE)
    clean = write(folder, "2022.txt", CLEAN)
    result = check("--format", "json", "--exclude", "*草稿*", "--exclude", "old/**", folder)
    assert result.exit_code == 0 and result.stderr == ""
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == [str(clean)]


@pytest.mark.parametrize("glob,problem", [("[abc", "unclosed [ in pattern"), ("", "empty pattern")])
def test_bad_exclude_pattern_is_one_line(tmp_path, glob, problem):
    result = check("--exclude", glob, write(tmp_path, "r.txt", CLEAN))
    assert result.exit_code == 2 and result.stdout == ""
    assert one_line(result.stderr) == f"check: error: --exclude {glob!r}: {problem}"


# -- --jobs ----------------------------------------------------------------------------------------------
def test_negative_jobs_is_a_usage_error(tmp_path):
    assert check("--jobs", "-1", write(tmp_path, "r.txt", CLEAN)).exit_code == 2


def test_jobs_zero_on_one_file_checks_it_here(tmp_path):
    result = check("--jobs", "0", "--format", "json", write(tmp_path, "r.txt", ALL_THREE))
    assert result.exit_code == 1 and rules_of(result.stdout)[0] == ("PT001", "error")


def test_the_installed_command_with_jobs_config_and_output(tmp_path):
    """The real command: settings from a .check.toml, two worker processes, output to a file."""
    write(tmp_path, ".check.toml", 'format = "json"\nseverity = "warning"\nexclude = ["*草稿*"]\n')
    write(tmp_path, "reports/a.txt", ALL_THREE)
    write(tmp_path, "reports/b.txt", SIGNED + "\n")
    write(tmp_path, "reports/c草稿.txt", ALL_THREE)
    write(tmp_path, "reports/d.txt", b"")
    completed = subprocess.run([str(CHECK), "--jobs", "2", "-o", "out.json", "reports"], cwd=tmp_path,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 2  # d.txt is empty: trouble outranks findings
    assert completed.stdout == ""
    assert completed.stderr.strip() == "check: error: reports/d.txt: empty file (0 bytes)"
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in document["files"]] == ["reports/a.txt", "reports/b.txt", "reports/d.txt"]
    assert [[g["rule"] for g in f["findings"]] for f in document["files"]] == [["PT001", "PT002"], ["PT002"], []]


# -- configuration -------------------------------------------------------------------------------------------
def here() -> Path:
    return Path.cwd()


def test_config_file_settings_apply_and_the_command_line_overrides_them(tmp_path):
    write(here(), ".check.toml", 'lang = "en"\nformat = "json"\nignore = ["STR003"]\n')
    report = write(tmp_path, "all.txt", ALL_THREE)
    result = check(report)
    document = json.loads(result.stdout)
    assert [f["rule"] for f in document["files"][0]["findings"]] == ["PT001", "PT002"]
    assert document["files"][0]["findings"][0]["title"] == "Parts add up to more than their total"
    overridden = check("--lang", "zh", "--format", "table", "--ignore", "PT002", report)
    assert "STR003" in overridden.stdout and "PT002" not in overridden.stdout
    assert overridden.stdout.rstrip().endswith("检查了1个文件：错误1个，警告0个，提示1个。")


def test_config_found_in_a_parent_folder_and_pyproject(tmp_path, monkeypatch):
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.check]\nselect = ["PT001"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = check("--format", "json", write(tmp_path, "all.txt", ALL_THREE))
    assert rules_of(result.stdout) == [("PT001", "error")]


def test_severity_and_overrides_from_config(tmp_path):
    write(here(), ".check.toml", 'severity = "warning"\nseverity-overrides = { PT001 = "warning", PT002 = "info" }\n')
    report = write(tmp_path, "all.txt", ALL_THREE)
    result = check("--format", "json", report)
    assert rules_of(result.stdout) == [("PT001", "warning")]  # PT002 became info: below the threshold
    assert result.exit_code == 1
    assert check("--severity", "error", report).exit_code == 0  # no error left
    listed = check("--list-rules", "--lang", "en", "--select", "PT001")
    assert re.search(r"PT001\s+\S+\s+parts-and-totals\s+warning", listed.stdout)
    assert "severity: warning" in check("--explain", "PT001", "--lang", "en").stdout


def test_overrides_by_family(tmp_path):
    write(here(), ".check.toml", 'severity-overrides = { parts-and-totals = "info" }\n')
    result = check("--format", "json", write(tmp_path, "all.txt", ALL_THREE))
    assert rules_of(result.stdout) == [("PT001", "info"), ("PT002", "info"), ("STR003", "info")]
    assert result.exit_code == 0


def test_an_override_of_one_rule_outranks_its_family_in_any_order(tmp_path):
    report = write(tmp_path, "all.txt", ALL_THREE)
    for table in ('{ PT001 = "error", parts-and-totals = "info" }', '{ parts-and-totals = "info", pt001 = "error" }'):
        write(here(), ".check.toml", f"severity-overrides = {table}\n")
        assert rules_of(check("--format", "json", report).stdout) == [("PT001", "error"), ("PT002", "info"),
                                                                     ("STR003", "info")]


def test_extra_rules_folder_relative_to_the_config_file(tmp_path):
    source = (default_rules_dir() / "ratios.yaml").read_text(encoding="utf-8")
    copy = re.sub(r"name: (\S+)", r"name: copy-\1", source.replace("id: RATIO", "id: XRATIO"))
    write(tmp_path, "conf/extra/ratios.yaml", copy)
    write(tmp_path, "conf/.check.toml", 'rules = ["extra"]\n')
    result = check("--config", tmp_path / "conf" / ".check.toml", "--list-rules")
    assert "XRATIO001" in result.stdout and "RATIO001" in result.stdout


def test_show_config_says_where_each_setting_comes_from(tmp_path):
    config = write(here(), ".check.toml", 'lang = "en"\njobs = 2\nreport-date = 2022-01-15\n'
                                          'reporting-period = "2021"\nexclude = ["old/**"]\n')
    result = check("--show-config", "--select", "PT,ratios")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"# configuration file: {config.resolve()}\n")
    shown = tomllib.loads(result.stdout)
    assert shown["lang"] == "en" and shown["jobs"] == 2 and shown["select"] == ["PT", "ratios"]
    assert str(shown["report-date"]) == "2022-01-15"
    assert {k: str(v) for k, v in shown["reporting-period"].items()} == {"start": "2021-01-01", "end": "2021-12-31"}
    lines = {line.split(" = ")[0]: line for line in result.stdout.splitlines() if " = " in line}
    assert lines["lang"].endswith(f"# {config.resolve()}") and lines["select"].endswith("# command line")
    assert lines["format"] == 'format = "table"  # default'
    as_json = json.loads(check("--show-config", "--format", "json").stdout)
    assert as_json["settings"]["format"] == {"value": "json", "source": "command line"}
    assert as_json["settings"]["exclude"] == {"value": ["old/**"], "source": str(config.resolve())}


def test_show_config_without_a_file():
    assert check("--show-config").stdout.startswith("# no configuration file found\n")
    write(here(), ".check.toml", "this is not toml")
    result = check("--show-config", "--no-config")
    assert result.exit_code == 0 and result.stdout.startswith("# no configuration file (--no-config)\n")


def test_explicit_config_file_is_used_instead_of_the_nearest(tmp_path):
    write(here(), ".check.toml", 'lang = "en"\n')
    other = write(tmp_path, "elsewhere/strict.toml", 'select = ["PT001"]\n')
    shown = tomllib.loads(check("--show-config", "--config", other).stdout)
    assert shown["lang"] == "zh" and shown["select"] == ["PT001"]


@pytest.mark.parametrize("text,expected", [
    ("jobs = = 2\n", "not valid TOML: "),
    ('colour = "never"\n', "colour: unknown key"),
    ('select = "PT"\n', "select: must be a list of strings"),
    ('select = ["NOSUCHRULE"]\n', "select: unknown rule or family: NOSUCHRULE"),
    ('severity-overrides = { NOSUCHRULE = "info" }\n', "severity-overrides: NOSUCHRULE: unknown rule or family"),
    ('rules = ["missing"]\n', "rules: missing: no such folder"),
])
def test_config_mistake_is_one_line_naming_file_and_key_exit_2(tmp_path, text, expected):
    config = write(here(), ".check.toml", text)
    result = check(write(tmp_path, "r.txt", CLEAN))
    assert result.exit_code == 2 and result.stdout == ""
    message = one_line(result.stderr)
    assert message.startswith(f"check: error: {config.resolve()}: ") and expected in message
    assert check("--no-config", tmp_path / "r.txt").exit_code == 0  # --no-config ignores it


def test_missing_config_file_and_conflicting_options(tmp_path):
    result = check("--config", tmp_path / "nope.toml", "--list-rules")
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"check: error: {tmp_path / 'nope.toml'}: config file not found"
    both = check("--config", tmp_path / "nope.toml", "--no-config", "--list-rules")
    assert both.exit_code == 2 and "cannot be used together" in one_line(both.stderr)


def test_report_date_from_config_reaches_the_checker(tmp_path):
    write(here(), ".check.toml", "report-date = 2021-12-31\n")
    report = write(tmp_path, "r.txt", "2021年工作总结\n全县于2022年3月5日召开表彰大会，表彰先进个人12名。\n")
    result = check("--format", "json", report)
    assert result.stderr == ""
    assert "DATE001" in [rule for rule, _ in rules_of(result.stdout)]
    # without the configuration the report states no date of its own: nothing to compare with
    assert "DATE001" not in [rule for rule, _ in rules_of(check("--no-config", "--format", "json", report).stdout)]


def test_reporting_period_from_config_reaches_the_checker(tmp_path):
    write(here(), ".check.toml", "reporting-period = { start = 2022-01-01, end = 2022-06-30 }\n")
    report = write(tmp_path, "r.txt", "2022年工作总结\n（一）疫苗接种。10月12日，全县完成第三轮接种工作，接种3200人次。\n"
                                      "（二）其他。全县共有卫生院12家。\n")
    result = check("--format", "json", report)
    assert result.stderr == ""
    assert rules_of(result.stdout) == [("DATE003", "warning")]  # October lies outside January to June
    assert rules_of(check("--no-config", "--format", "json", report).stdout) == []  # the title names no period
