"""Rule files are bounded data: the limits of checker/rulebase.py on what a rule file from an
untrusted folder (--rules DIR) may be (its size, its nesting, its aliases, the types of its values,
the format specs of its messages, its numbers), each refused with one line naming the file and,
where there is one, the rule and the field; and the plain YAML that stays within them still loads."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checker.pipeline import Checker
from checker.read import ReportText
from checker.rulebase import (MAX_FORMAT_WIDTH, MAX_RULE_FILE_BYTES, MAX_YAML_DEPTH, OBSERVATION_KINDS, RuleFileError,
                              _check_yaml_shape, default_rules_dir, load_rule_file)

RULE = """family: limits
rules:
  - id: LIM001
    name: limits-rule
    kind: placeholder
    severity: error
    match: {observation: placeholder}
    title: {zh: 标题, en: title}
    message: {zh: "MESSAGE", en: "未填写：{text}"}
    examples:
      fail: [在岗职工*人]
      pass: [在岗职工12人]
"""


def write(tmp_path: Path, text: str, name: str = "limits.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problem(path: Path) -> str:
    with pytest.raises(RuleFileError) as raised:
        load_rule_file(path)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(f"{path}: "), message
    return message[len(f"{path}: "):]


# -- the shape of the YAML ------------------------------------------------------------------------
def test_deep_nesting_is_refused_before_libyaml_recurses(tmp_path):
    # 100,000 nested '[' made libyaml's composer overflow the C stack: the process died (SIGSEGV)
    # with no message. Checked in a process of its own, so that a regression cannot kill pytest.
    folder = tmp_path / "rules"
    folder.mkdir()
    write(folder, RULE.replace("{observation: placeholder}", "{observation: " + "[" * 100_000 + "]" * 100_000 + "}"))
    result = subprocess.run([sys.executable, "-m", "checker", "--rules", str(folder), "--list-rules"],
                            capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent)
    assert result.returncode == 2, (result.returncode, result.stderr[-300:])
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert line.endswith(f"limits.yaml: rules[0].match.observation: nested more than {MAX_YAML_DEPTH} levels deep"), line


def test_nesting_within_the_limit_reaches_the_field_checks(tmp_path):
    # the near-miss: nesting is counted per level, and a few levels are only a wrong value
    nested = "{observation: " + "[" * (MAX_YAML_DEPTH - 4) + "placeholder" + "]" * (MAX_YAML_DEPTH - 4) + "}"
    assert problem(write(tmp_path, RULE.replace("{observation: placeholder}", nested))) == (
        f"rule LIM001: match.observation: a list refers to nothing (known: {', '.join(OBSERVATION_KINDS)})")


def test_an_alias_to_the_value_that_contains_it_is_refused(tmp_path):
    text = RULE.replace("fail: [在岗职工*人]", "fail: &loop [在岗职工*人, *loop]")
    assert problem(write(tmp_path, text)) == "rules[0].examples.fail: alias *loop refers to the value that contains it"


def test_an_alias_bomb_in_the_examples_is_refused_by_its_expanded_size(tmp_path):
    chain = "&a0 [在岗职工*人在岗职工*人]" + "".join(
        f", &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]" for level in range(1, 9))
    text = RULE.replace("fail: [在岗职工*人]", f"fail: [{chain}]")
    assert problem(write(tmp_path, text)).startswith("rules[0].examples.fail: too large once its aliases (*name) are expanded")


def test_plain_anchors_and_aliases_still_load(tmp_path):
    # sharing one example between two rules is ordinary YAML, far below the limit
    text = RULE.replace("pass: [在岗职工12人]", "pass: &near [在岗职工12人]") + RULE.split("rules:\n")[1].replace(
        "LIM001", "LIM002").replace("limits-rule", "limits-rule-2").replace("pass: [在岗职工12人]", "pass: *near")
    family = load_rule_file(write(tmp_path, text))
    assert [rule.examples["pass"] for rule in family.rules] == [["在岗职工12人"], ["在岗职工12人"]]


def test_the_bundled_rule_files_are_within_the_limits_they_skip():
    # rules/ is read without the walk of the parser's events (start-up time): it must pass it anyway
    paths = sorted(default_rules_dir().glob("*.yaml"))
    assert len(paths) > 10
    for path in paths:
        assert path.stat().st_size <= MAX_RULE_FILE_BYTES
        _check_yaml_shape(path, path.read_text(encoding="utf-8"))


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    path = write(tmp_path, RULE + "# " + "x" * MAX_RULE_FILE_BYTES + "\n")
    assert problem(path) == f"file too large (over {MAX_RULE_FILE_BYTES:,} bytes)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_rule_file_is_refused_without_waiting(tmp_path):
    # opening a FIFO blocks until someone writes to it: it is refused before it is opened
    path = tmp_path / "limits.yaml"
    os.mkfifo(path)
    outcome: list[str] = []
    reader = threading.Thread(target=lambda: outcome.append(problem(path)), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # blocked in open(): a writer that closes at once releases it
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
        pytest.fail("loading a FIFO waited for a writer")
    assert outcome == ["not a regular file"]


@pytest.mark.parametrize("value,message", [
    ("2020-13-45", "not valid YAML (ValueError: month must be in 1..12)"),
    ("1" * 5000, "not valid YAML (ValueError: Exceeds the limit (4300 digits) for integer string conversion"),
])
def test_values_the_yaml_constructors_reject_are_one_line_errors(tmp_path, value, message):
    assert problem(write(tmp_path, RULE.replace("severity: error", f"severity: {value}"))).startswith(message)


# -- the values -----------------------------------------------------------------------------------
@pytest.mark.parametrize("change,message", [
    (("id: LIM001", "id: ../../docs/x"), "rules[0]: id: must be a code of letters and digits such as PT001, "
                                          "not '../../docs/x'"),
    (("id: LIM001", "id: 7"), "rules[0]: id: must be a code of letters and digits such as PT001, not 7"),
    (("name: limits-rule", "name: [a, b]"), "rule LIM001: name: must be a name of letters, digits and hyphens "
                                            "such as part-exceeds-whole, not a list"),
    (("family: limits", "family: {a: 1}"), "family: must be a name of letters, digits and hyphens, not a mapping"),
    (("kind: placeholder", "kind: [placeholder]"), "rule LIM001: kind: must be one word of "),
    # 1 == True in Python: a match on `complete: 1` would be accepted and then never match
    (("{observation: placeholder}", "{observation: placeholder, complete: 1}"),
     "rule LIM001: match.complete: 1 refers to nothing (known: True, False)"),
    (("{observation: placeholder}", '{observation: placeholder, "a\\nb": 1}'),
     "rule LIM001: match.'a\\nb': unknown field"),
])
def test_values_of_the_wrong_type_are_refused_by_field(tmp_path, change, message):
    old, new = change
    assert old in RULE
    assert problem(write(tmp_path, RULE.replace(old, new))).startswith(message)


@pytest.mark.parametrize("tolerance,accepted", [
    ("0", True), ("2.5", True), ("1e3", False), (".nan", False), (".inf", False), ("-.inf", False), ("-0.5", False),
    ("true", False), ("1" + "0" * 400, False),
])
def test_a_tolerance_is_a_finite_number_at_least_zero(tmp_path, tolerance, accepted):
    # 1e3 has no dot: YAML 1.1 reads it as the string '1e3'; 10**400 overflows a float
    path = write(tmp_path, RULE.replace("    examples:", f"    tolerance: {tolerance}\n    examples:"))
    if accepted:
        assert load_rule_file(path).rules[0].tolerance == float(tolerance)
    else:
        assert problem(path).startswith("rule LIM001: tolerance: must be a number ≥ 0 and finite, not ")


@pytest.mark.parametrize("scale", [".nan", ".inf", "0", "-100", "true"])
def test_a_scale_is_a_finite_positive_number(tmp_path, scale):
    text = RULE.replace("kind: placeholder", "kind: rate").replace("{observation: placeholder}", "{relation: rate}")
    text = text.replace("MESSAGE", "{arithmetic}").replace("{text}", "{arithmetic}")
    assert load_rule_file(write(tmp_path, text)).rules[0].check == {}
    path = write(tmp_path, text.replace("    examples:", f"    check: {{scale: {scale}}}\n    examples:"))
    assert problem(path).startswith("rule LIM001: check.scale: must be a number > 0, not ")


# -- message templates ----------------------------------------------------------------------------
@pytest.mark.parametrize("template,message", [
    ("{text:>%d}" % (MAX_FORMAT_WIDTH + 1), f"{{text:>{MAX_FORMAT_WIDTH + 1}}}: a width or precision over {MAX_FORMAT_WIDTH}"),
    ("{text:.%d}" % (MAX_FORMAT_WIDTH + 1), f"{{text:.{MAX_FORMAT_WIDTH + 1}}}: a width or precision over {MAX_FORMAT_WIDTH}"),
    ("{text:>" + "9" * 5000 + "}", "{text:>99999"),   # int() of 5,000 digits would raise
    ("{text:{stands_for}}", "{text:…}: a field inside a format spec is not allowed"),
    ("{text:,}", "{text:,}: a format spec may only pad or cut the text"),
    ("{text:=10}", "{text:=10}: a format spec may only pad or cut the text"),
    ("{text!x}", "{text!x}: unknown conversion (use !s, !r or !a)"),
    ("{}", "{} refers to nothing (the kind provides: stands_for, text)"),
    ("{0}", "{0} refers to nothing"),
])
def test_templates_beyond_padding_and_cutting_are_refused(tmp_path, template, message):
    found = problem(write(tmp_path, RULE.replace("MESSAGE", template)))
    assert found.startswith(f"rule LIM001: message.zh: {message}"), found


@pytest.mark.parametrize("template,expected", [
    (f"未填写：{{text:>{MAX_FORMAT_WIDTH}}}", "未填写：" + " " * (MAX_FORMAT_WIDTH - 2) + "*人"),
    ("未填写：{text:*^8}", "未填写：***" + "*人" + "***"),
    ("未填写：{text:.1}（{text!r:.3}）", "未填写：*（'*人）"),
])
def test_padding_and_cutting_within_the_limit_are_applied(tmp_path, template, expected):
    rule = load_rule_file(write(tmp_path, RULE.replace("MESSAGE", template))).rules[0]
    result = Checker([rule]).check_report(ReportText(path="<snippet>", text="在岗职工*人。\n", encoding="utf-8"))
    assert [finding.message for finding in result.findings] == [expected]
