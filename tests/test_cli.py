"""The ``check`` command end to end, through click's CliRunner (one process, the spaCy pipeline
loaded once) and once as ``python -m checker`` in a subprocess."""
from __future__ import annotations

import codecs
import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.rulebase import default_rules_dir, load_rulebase

TITLE = "蒙阴县卫生健康局工作总结"
BIRTHS = "（一）基本数据。1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比105.98。"
EXAMS = ("（二）考生资格审核。全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、"
         "放弃权益49人，符合政策县外考生93人。")
# One PT001 error, on line 3: 655+59+49+93 = 856 > 854, anchored on the total 854人.
REPORT = f"{TITLE}\n{BIRTHS}\n{EXAMS}\n"
ERROR_LINE, ERROR_COLUMN = 3, EXAMS.index("854人") + 1
ARITHMETIC = "655+59+49+93 = 856 > 854"
# No finding: 2143 + 2022 = 4165 and 2143 / 2022 × 100 = 105.984...
CLEAN = "1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比105.98。\n"
# RATIO001 (2143 / 2022 × 100 = 105.98, not 106.98) on line 1 and PT001 on line 2.
RATIO_AND_PARTS = ("1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比106.98。\n"
                   "全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、放弃权益49人，符合政策县外考生93人。\n")
SEED = Path(__file__).parents[1] / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt"  # bundled copy of the seed


def check(*args, stdin: bytes | None = None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash is never an acceptable outcome
    return result


def check_json(*args):
    result = check("--format", "json", *args)
    return result, json.loads(result.stdout)


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def one_line(stderr: str) -> str:
    lines = stderr.strip("\n").split("\n")
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    return lines[0]


def signature(entry: dict) -> list:
    """What must not depend on the file's encoding or line endings."""
    return [(f["rule"], f["line"], f["column"], [(e["text"], e["value"], e["start"], e["end"], e["line"], e["column"])
                                                 for e in f["evidence"]])
            for f in entry["findings"]]


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


# -- exit codes, table and summary ------------------------------------------------------------------
def test_report_with_an_error_exits_1_and_the_table_shows_where_and_why(tmp_path):
    path = write(tmp_path, "report.txt", REPORT)
    result = check(path)
    assert result.exit_code == 1
    assert "PT001" in result.stdout
    assert f"{path}:{ERROR_LINE}:{ERROR_COLUMN}" in result.stdout
    assert ARITHMETIC in result.stdout
    assert result.stdout.rstrip().endswith("检查了1个文件：错误1个，警告0个，提示0个。")
    assert result.stderr == ""


def test_clean_report_exits_0_with_only_the_summary(tmp_path):
    result = check(write(tmp_path, "clean.txt", CLEAN))
    assert result.exit_code == 0
    assert result.stdout == "检查了1个文件：错误0个，警告0个，提示0个。\n"
    assert result.stderr == ""


def test_no_report_given_is_a_usage_error():
    result = check()
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith("check: error: ")


# -- JSON ---------------------------------------------------------------------------------------------
def test_json_lists_files_in_input_order_with_findings_and_evidence(tmp_path):
    clean = write(tmp_path, "b_clean.txt", CLEAN)
    error = write(tmp_path, "a_error.txt", REPORT)
    result, document = check_json(clean, error)
    assert result.exit_code == 1
    assert document["version"] == 1
    assert [f["path"] for f in document["files"]] == [str(clean), str(error)]
    assert [f["encoding"] for f in document["files"]] == ["utf-8", "utf-8"]
    assert document["files"][0]["findings"] == []
    [finding] = document["files"][1]["findings"]
    assert finding["rule"] == "PT001" and finding["severity"] == "error"
    assert finding["message"] == f"“其中”各分项之和大于合计：{ARITHMETIC}，多出2。"
    assert (finding["line"], finding["column"]) == (ERROR_LINE, ERROR_COLUMN)
    assert [(e["text"], e["value"], e["unit"]) for e in finding["evidence"]] == [
        ("854人", 854, "人"), ("655人", 655, "人"), ("59人", 59, "人"), ("49人", 49, "人"), ("93人", 93, "人")]
    for evidence in finding["evidence"]:
        assert set(evidence) >= {"text", "value", "unit", "start", "end", "line", "column"}
        assert REPORT[evidence["start"]:evidence["end"]] == evidence["text"]
        assert (evidence["line"], evidence["column"]) == line_and_column(REPORT, evidence["start"])
    assert "claims" not in document["files"][0]


def test_claims_flag_adds_every_tagged_number(tmp_path):
    path = write(tmp_path, "report.txt", REPORT)
    _, document = check_json("--claims", path)
    claims = document["files"][0]["claims"]
    keys = {"text", "value", "unit", "kind", "indicator", "period", "qualifier", "start", "end", "line", "column"}
    for claim in claims:
        assert set(claim) >= keys
        assert REPORT[claim["start"]:claim["end"]] == claim["text"]
        assert (claim["line"], claim["column"]) == line_and_column(REPORT, claim["start"])
    [births] = [c for c in claims if c["text"] == "4165人"]
    assert (births["value"], births["unit"], births["kind"]) == (4165, "人", "count")
    assert (births["line"], births["column"]) == (2, BIRTHS.index("4165人") + 1)
    [ratio] = [c for c in claims if c["text"] == "105.98"]
    assert (ratio["value"], ratio["kind"]) == (105.98, "ratio")
    assert {"854人", "655人", "59人", "49人", "93人", "2143人", "2022人"} <= {c["text"] for c in claims}


def test_english_messages(tmp_path):
    path = write(tmp_path, "report.txt", REPORT)
    _, document = check_json("--lang", "en", path)
    [finding] = document["files"][0]["findings"]
    assert finding["message"] == f"The parts listed after 其中 add up to more than the total: {ARITHMETIC}, 2 too many."
    assert finding["title"] == "Parts add up to more than their total"
    result = check("--lang", "en", path)
    assert result.exit_code == 1
    assert "1 file checked: 1 error(s), 0 warning(s), 0 info." in result.stdout
    assert "错误" not in result.stdout


# -- choosing rules -----------------------------------------------------------------------------------
def rules_found(*args) -> list[tuple[str, int]]:
    _, document = check_json(*args)
    return [(f["rule"], f["line"]) for entry in document["files"] for f in entry["findings"]]


def test_all_rules_by_default(tmp_path):
    assert rules_found(write(tmp_path, "r.txt", RATIO_AND_PARTS)) == [("RATIO001", 1), ("PT001", 2)]


def test_ignore_by_id_removes_the_error_and_the_exit_code(tmp_path):
    path = write(tmp_path, "report.txt", REPORT)
    result = check("--ignore", "PT001", path)
    assert result.exit_code == 0
    assert "PT001" not in result.stdout
    assert "错误0个" in result.stdout


@pytest.mark.parametrize("option,names,expected", [
    ("--select", "ratios", [("RATIO001", 1)]),                   # a family
    ("--select", "PT", [("PT001", 2)]),                          # an id prefix
    ("--select", "RATIO001,PT001", [("RATIO001", 1), ("PT001", 2)]),
    ("--select", "parts-exceed-total", [("PT001", 2)]),          # a rule name
    ("--ignore", "ratios", [("PT001", 2)]),
    ("--ignore", "parts-and-totals", [("RATIO001", 1)]),
    ("--ignore", "ratio001", [("PT001", 2)]),                    # ids in any case
])
def test_select_and_ignore_by_id_name_prefix_and_family(tmp_path, option, names, expected):
    assert rules_found(option, names, write(tmp_path, "r.txt", RATIO_AND_PARTS)) == expected


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_name_is_a_usage_error(tmp_path, option):
    result = check(option, "PT001,NOSUCHRULE", write(tmp_path, "report.txt", REPORT))
    assert result.exit_code == 2
    assert "NOSUCHRULE" in one_line(result.stderr)
    assert result.stdout == ""


def test_list_rules_shows_every_rule():
    result = check("--list-rules")
    assert result.exit_code == 0
    for rule in load_rulebase().rules:
        assert rule.id in result.stdout and rule.name in result.stdout
    assert "PT001" in result.stdout and "RATIO001" in result.stdout


def test_list_rules_honours_select():
    result = check("--select", "ratios", "--list-rules")
    assert result.exit_code == 0
    assert "RATIO001" in result.stdout and "PT001" not in result.stdout


def test_explain_shows_the_rule_with_its_examples():
    rule = load_rulebase().rule("PT001")
    result = check("--explain", "PT001")
    assert result.exit_code == 0
    assert result.stdout.startswith("PT001 (parts-exceed-total)")
    for text in rule.examples["fail"]:
        assert f"✗ {text}" in result.stdout
    for text in rule.examples["pass"]:
        assert f"✓ {text}" in result.stdout
    assert rule.basis["zh"] in result.stdout
    english = check("--lang", "en", "--explain", "PT001")
    assert "failing examples" in english.stdout and rule.basis["en"] in english.stdout


def test_explain_unknown_rule_is_a_usage_error():
    result = check("--explain", "PT999")
    assert result.exit_code == 2
    assert "PT999" in one_line(result.stderr)


# -- reports that cannot be read ---------------------------------------------------------------------
BAD_INPUTS = {
    "missing": None,
    "empty": b"",
    "binary": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "undecodable": "报告".encode("gb18030") + b"\x80\xff" * 40,
}


def make_bad(folder: Path, case: str) -> Path:
    path = folder / f"{case}.txt"
    if BAD_INPUTS[case] is not None:
        path.write_bytes(BAD_INPUTS[case])
    return path


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_unreadable_report_exits_2_with_one_line_naming_it(tmp_path, case):
    path = make_bad(tmp_path, case)
    result = check(path)
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"check: error: {path}: ")
    assert "1个文件无法读取" in result.stdout


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_unreadable_report_does_not_stop_the_batch(tmp_path, case):
    bad = make_bad(tmp_path, case)
    good = write(tmp_path, "good.txt", REPORT)
    result, document = check_json(bad, good)
    assert result.exit_code == 2  # trouble outranks findings
    assert str(bad) in one_line(result.stderr)
    bad_entry, good_entry = document["files"]
    assert bad_entry["path"] == str(bad) and bad_entry["error"].startswith(f"{bad}: ")
    assert bad_entry["findings"] == [] and bad_entry["encoding"] is None
    assert good_entry["path"] == str(good) and "error" not in good_entry
    assert [(f["rule"], f["line"], f["column"]) for f in good_entry["findings"]] == [
        ("PT001", ERROR_LINE, ERROR_COLUMN)]


# -- encodings, line endings, folders, stdin --------------------------------------------------------
VARIANTS = {
    "gb18030": (REPORT.encode("gb18030"), "gb18030"),
    "utf-8 with BOM": (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
    "crlf": (REPORT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    "cr": (REPORT.replace("\n", "\r").encode("utf-8"), "utf-8"),
    "gb18030 crlf": (REPORT.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
    "utf-16 with BOM": (REPORT.encode("utf-16"), "utf-16"),
}


@pytest.mark.parametrize("case", list(VARIANTS))
def test_same_findings_whatever_the_encoding_or_line_endings(tmp_path, case):
    data, encoding = VARIANTS[case]
    reference = write(tmp_path, "lf.txt", REPORT)
    variant = write(tmp_path, "variant.txt", data)
    _, document = check_json(reference, variant)
    lf, other = document["files"]
    assert other["encoding"] == encoding
    assert signature(lf) == signature(other) != []
    assert signature(other)[0][:3] == ("PT001", ERROR_LINE, ERROR_COLUMN)


@pytest.mark.skipif(not SEED.exists(), reason="the bundled seed report is missing")
def test_real_report_one_error_in_every_form(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    line_8 = text.split("\n")[7]
    assert line_8.count("854人") == 1
    reference = write(tmp_path, "seed.txt", text)
    bom = write(tmp_path, "seed-bom.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    crlf = write(tmp_path, "seed-crlf.txt", text.replace("\n", "\r\n").encode("utf-8"))
    result, document = check_json(reference, bom, crlf)
    assert result.exit_code == 1
    errors = [f for f in document["files"][0]["findings"] if f["severity"] == "error"]
    # the arithmetic error, and the garbled tail (repaired in place, lines 35-201)
    assert [(f["rule"], f["line"], f["column"]) for f in errors] == [("PT001", 8, line_8.index("854人") + 1),
                                                                       ("ENC001", 35, 1)]
    assert ARITHMETIC in errors[0]["message"]
    assert signature(document["files"][1]) == signature(document["files"][2]) == signature(document["files"][0])


def test_folder_argument_checks_the_txt_files_in_it(tmp_path):
    folder = tmp_path / "reports"
    (folder / "2021").mkdir(parents=True)
    clean = write(folder / "2021", "b.txt", CLEAN)
    error = write(folder, "a.txt", REPORT)
    write(folder, "notes.md", REPORT)  # not a report file: its error must not be reported
    result, document = check_json(folder)
    assert result.exit_code == 1
    # walked in sorted order: reports/2021/b.txt before reports/a.txt
    assert [f["path"] for f in document["files"]] == [str(clean), str(error)]
    assert [[g["rule"] for g in f["findings"]] for f in document["files"]] == [[], ["PT001"]]


def test_dash_reads_the_report_from_stdin():
    result = check("--format", "json", "-", stdin=REPORT.encode("gb18030"))
    document = json.loads(result.stdout)
    assert result.exit_code == 1
    [entry] = document["files"]
    assert (entry["path"], entry["encoding"]) == ("<stdin>", "gb18030")
    assert [(f["rule"], f["line"], f["column"]) for f in entry["findings"]] == [("PT001", ERROR_LINE, ERROR_COLUMN)]
    table = check("-", stdin=REPORT.encode("utf-8"))
    assert f"<stdin>:{ERROR_LINE}:{ERROR_COLUMN}" in table.stdout


def test_empty_stdin_is_an_unreadable_report():
    result = check("-", stdin=b"")
    assert result.exit_code == 2
    assert one_line(result.stderr) == "check: error: <stdin>: empty file (0 bytes)"


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + REPORT.replace("\n", "\r\n").encode("utf-8"),
    REPORT.encode("gb18030"),
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
], ids=["bom-crlf", "gb18030", "binary"])
def test_the_input_file_is_never_modified(tmp_path, data):
    path = write(tmp_path, "report.txt", data)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    check("--format", "json", "--claims", path)
    check(path)
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == 1_600_000_000_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]  # nothing written beside it


# -- extra rule folders --------------------------------------------------------------------------------
def ratios_rule_file(folder: Path, old: str, new: str) -> Path:
    source = (default_rules_dir() / "ratios.yaml").read_text(encoding="utf-8")
    assert source.count(old) >= 1
    folder.mkdir()
    path = folder / "ratios.yaml"
    # a copy is a new rule: a new id and a new name (both must be unique)
    text = source.replace(old, new, 1)
    if old.isalnum():
        # a copy is a new rule set: every other id and name made unique too
        text = re.sub(r"id: (RATIO\d+)", lambda m: m.group(0) if new in m.group(0) else f"id: Y{m.group(1)}", text)
        text = re.sub(r"name: (\S+)", r"name: copy-\1", text)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("old,new,field", [
    ("    severity: error", "    severty: error", "severty"),
    ("    kind: ratio", "    kind: ratoi", "kind"),
], ids=["misspelt-field", "unknown-kind"])
def test_rule_file_mistake_is_one_line_naming_file_rule_and_field(tmp_path, old, new, field):
    rule_file = ratios_rule_file(tmp_path / "my-rules", old, new)
    result = check("--rules", rule_file.parent, write(tmp_path, "report.txt", REPORT))
    assert result.exit_code == 2
    message = one_line(result.stderr)
    assert str(rule_file) in message and "RATIO001" in message and f"{field}:" in message
    assert result.stdout == ""


def test_extra_rule_folder_adds_its_rules(tmp_path):
    rule_file = ratios_rule_file(tmp_path / "my-rules", "RATIO001", "XRATIO001")
    found = rules_found("--rules", rule_file.parent, write(tmp_path, "r.txt", RATIO_AND_PARTS))
    assert found == [("RATIO001", 1), ("XRATIO001", 1), ("PT001", 2)]


# -- the real command -----------------------------------------------------------------------------------
def test_python_dash_m_checker(tmp_path):
    clean = write(tmp_path, "clean.txt", CLEAN)
    error = write(tmp_path, "report.txt", REPORT.replace("\n", "\r\n").encode("gb18030"))
    completed = subprocess.run([sys.executable, "-m", "checker", "clean.txt", "report.txt", "missing.txt"],
                               cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 2
    assert f"report.txt:{ERROR_LINE}:{ERROR_COLUMN}" in completed.stdout
    assert ARITHMETIC in completed.stdout
    assert "检查了2个文件：错误1个，警告0个，提示0个；1个文件无法读取。" in completed.stdout
    assert completed.stderr.strip() == "check: error: missing.txt: no such file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.txt", "report.txt"]


def test_list_rules_answers_without_loading_the_language_pipeline():
    code = ("import sys; from click.testing import CliRunner; from checker.cli import main; "
            "r = CliRunner().invoke(main, ['--list-rules']); assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in ('spacy', 'durable', 'jieba') if m in sys.modules))")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"
