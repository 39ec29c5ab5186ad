"""SARIF 2.1.0 output (checker/render/sarif.py), validated against the official OASIS JSON schema
kept in tests/schemas/ (the errata01 schema, sarif-schema-2.1.0.json: nothing is downloaded)."""
from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from checker.pipeline import ReportResult
from checker.read import ReportText
from checker.render.sarif import to_sarif

ROOT = Path(__file__).parents[1]
SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
SEED = ROOT / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt"
CORPUS = sorted((ROOT / "corpora" / "reports").glob("*.txt"))
EXAMS = ("全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、"
         "放弃权益49人，符合政策县外考生93人。")
CLEAN = "1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比105.98。\n"


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is needed to validate SARIF")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def assert_valid(validator, log: dict) -> None:
    problems = [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(log)]
    assert problems == []


def sarif(results, rulebase, language="zh") -> dict:
    return json.loads(to_sarif(results, language, rulebase.rules))


@pytest.fixture(scope="module")
def seed_log(checker, rulebase):
    return sarif([checker.check_file(SEED)], rulebase)


# -- the schema ------------------------------------------------------------------------------------
def test_the_schema_rejects_what_sarif_forbids(validator):
    """The copy of the schema is the real one: it refuses a result without a message, an unknown
    level and a line 0."""
    good = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "check"}}, "results": [
        {"ruleId": "PT001", "level": "error", "message": {"text": "m"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.txt"},
                                             "region": {"startLine": 1, "startColumn": 1}}}]}]}]}
    assert_valid(validator, good)
    result = good["runs"][0]["results"][0]
    for broken in ({**result, "message": None}, {**result, "level": "fatal"},
                   {**result, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.txt"},
                                                                  "region": {"startLine": 0}}}]}):
        log = {**good, "runs": [{**good["runs"][0], "results": [{k: v for k, v in broken.items() if v is not None}]}]}
        assert list(validator.iter_errors(log)), broken
    assert list(validator.iter_errors({"version": "2.1.0"}))  # runs is required


# -- the run ---------------------------------------------------------------------------------------
def test_seed_log_is_valid_sarif_with_one_run_of_check(validator, seed_log, rulebase):
    assert_valid(validator, seed_log)
    assert seed_log["version"] == "2.1.0"
    [run] = seed_log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "check"
    assert driver["version"] == version("county-report-check")
    assert run["columnKind"] == "unicodeCodePoints"
    assert [rule["id"] for rule in driver["rules"]] == [rule.id for rule in rulebase.rules]
    assert run["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]
    assert run["artifacts"][0]["encoding"] == "utf-8"
    assert run["artifacts"][0]["location"]["uri"].endswith("corpora/seeds/003_e67a7172a9e70ee8.txt")
    assert not run["artifacts"][0]["location"]["uri"].startswith("/")


def test_rules_carry_their_metadata_and_levels(seed_log, rulebase):
    rules = {rule.id: rule for rule in rulebase.rules}
    driver_rules = seed_log["runs"][0]["tool"]["driver"]["rules"]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert {rules[d["id"]].severity for d in driver_rules} == {"error", "warning", "info"}
    for descriptor in driver_rules:
        rule = rules[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.title["zh"]
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity]
        assert descriptor["properties"]["family"] == rule.family
        assert descriptor["properties"]["kind"] == rule.kind
        if rule.basis.get("zh"):
            assert descriptor["fullDescription"]["text"] == rule.basis["zh"]
            assert rule.basis["zh"] in descriptor["help"]["text"]
        if rule.fix.get("zh"):
            assert rule.fix["zh"] in descriptor["help"]["text"]
    pt001 = next(d for d in driver_rules if d["id"] == "PT001")
    assert pt001["shortDescription"]["text"] == "分项之和超过合计"


def test_seed_error_points_at_the_total_with_every_part_related(seed_log):
    run = seed_log["runs"][0]
    [result] = [r for r in run["results"] if r["ruleId"] == "PT001"]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "PT001"
    assert result["level"] == "error"
    assert "655+59+49+93 = 856 > 854" in result["message"]["text"]
    region = result["locations"][0]["physicalLocation"]["region"]
    # by hand from the file: line 8, where 854人 starts at column 178
    line = SEED.read_text(encoding="utf-8").split("\n")[7]
    assert line[177:181] == "854人"
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (8, 178, 8, 182)
    assert region["snippet"]["text"] == "854人" and region["charLength"] == 4
    assert SEED.read_text(encoding="utf-8")[region["charOffset"]:region["charOffset"] + 4] == "854人"
    related = result["relatedLocations"]
    assert [r["physicalLocation"]["region"]["snippet"]["text"] for r in related] == ["854人", "655人", "59人", "49人", "93人"]
    assert [r["id"] for r in related] == [0, 1, 2, 3, 4]
    assert related[1]["message"]["text"] == "符合政策考生 655人"
    properties = result["properties"]
    assert (properties["stated"], properties["computed"], properties["expected"], properties["confidence"]) == \
        ("854", "856", "856", "high")
    assert [e["value"] for e in properties["evidence"]] == [854, 655, 59, 49, 93]
    assert list(result["partialFingerprints"]) == ["checkFinding/v1"]


def test_a_finding_about_text_spanning_lines_ends_on_its_last_line(seed_log):
    run = seed_log["runs"][0]
    [garbled] = [r for r in run["results"] if r["ruleId"] == "ENC001"]
    region = garbled["locations"][0]["physicalLocation"]["region"]
    assert region["endLine"] > region["startLine"]
    assert "relatedLocations" not in garbled  # no number is its evidence


@pytest.mark.parametrize("path", CORPUS[::4], ids=lambda p: p.stem)
def test_corpus_reports_give_valid_sarif(validator, checker, rulebase, path):
    result = checker.check_file(path)
    log = sarif([result], rulebase, "en")
    assert_valid(validator, log)
    [run] = log["runs"]
    assert [r["ruleId"] for r in run["results"]] == [f.rule for f in result.findings]
    assert [r["message"]["text"] for r in run["results"]] == [f.message for f in result.findings]


def test_a_report_without_findings_gives_an_empty_result_list(validator, check_text, rulebase):
    log = sarif([check_text(CLEAN)], rulebase)
    assert_valid(validator, log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_an_unreadable_file_is_a_notification_and_an_unsuccessful_run(validator, checker, check_text, rulebase, tmp_path):
    missing = checker.check_file(tmp_path / "缺失的报告.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    log = sarif([check_text(EXAMS), missing, checker.check_file(empty)], rulebase)
    assert_valid(validator, log)
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "error"]
    assert "缺失的报告.txt" in notes[0]["message"]["text"] and "no such file" in notes[0]["message"]["text"]
    assert "empty file" in notes[1]["message"]["text"]
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["index"] for n in notes] == [1, 2]
    assert len(log["runs"][0]["artifacts"]) == 3
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["PT001"]  # the readable report is still reported


def test_a_rule_error_is_a_notification_naming_the_rule(validator, rulebase):
    broken = ReportResult(path="report.txt", encoding="utf-8", text="x\n", rule_errors=["PT001: ZeroDivisionError: boom"])
    log = sarif([broken], rulebase)
    assert_valid(validator, log)
    [note] = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["associatedRule"]["id"] == "PT001"
    assert log["runs"][0]["tool"]["driver"]["rules"][note["associatedRule"]["index"]]["id"] == "PT001"
    assert "ZeroDivisionError" in note["message"]["text"]


def test_standard_input_has_no_uri_but_is_described(validator, checker, rulebase):
    result = checker.check_bytes(EXAMS.encode("gb18030"), "<stdin>")
    log = sarif([result], rulebase)
    assert_valid(validator, log)
    artifact = log["runs"][0]["artifacts"][0]
    assert "uri" not in artifact["location"] and "<stdin>" in artifact["location"]["description"]["text"]
    assert artifact["encoding"] == "gb18030"


def test_paths_become_relative_uri_references(validator, checker, rulebase, tmp_path, monkeypatch):
    folder = tmp_path / "县 报告"
    folder.mkdir()
    (folder / "报告#1.txt").write_text(EXAMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    log = sarif([checker.check_file(folder / "报告#1.txt")], rulebase)  # absolute, below the working folder
    assert_valid(validator, log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "%E5%8E%BF%20%E6%8A%A5%E5%91%8A/%E6%8A%A5%E5%91%8A%231.txt"


# -- fingerprints ----------------------------------------------------------------------------------
def fingerprints(log: dict) -> list[str]:
    return [r["partialFingerprints"]["checkFinding/v1"] for r in log["runs"][0]["results"]]


def test_fingerprints_do_not_move_with_the_lines(checker, rulebase):
    def log(text, path="report.txt"):
        return sarif([checker.check_report(ReportText(path=path, text=text, encoding="utf-8"))], rulebase)

    before = log(f"标题\n{EXAMS}\n")
    after = log(f"标题\n\n新加的一段说明文字。\n{EXAMS}\n")
    assert before["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert after["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert fingerprints(before) == fingerprints(after)
    assert fingerprints(log(f"标题\n{EXAMS.replace('854人', '853人')}\n")) != fingerprints(before)
    assert fingerprints(log(f"标题\n{EXAMS}\n", path="other.txt")) != fingerprints(before)
    # the same finding twice in one report: two identities
    twice = log(f"{EXAMS}\n另一处：{EXAMS}\n")
    assert len(twice["runs"][0]["results"]) >= 2
    assert len(set(fingerprints(twice))) == len(fingerprints(twice))


# -- languages and documents -----------------------------------------------------------------------
def test_english_run(validator, rulebase):
    from checker.pipeline import Checker

    english = Checker(rulebase.rules, language="en")
    log = sarif([english.check_report(ReportText(path="r.txt", text=EXAMS, encoding="utf-8"))], rulebase, "en")
    assert_valid(validator, log)
    run = log["runs"][0]
    assert run["language"] == "en-US"
    assert run["results"][0]["message"]["text"].startswith("The parts listed after 其中 add up to more than the total")
    pt001 = next(d for d in run["tool"]["driver"]["rules"] if d["id"] == "PT001")
    assert pt001["shortDescription"]["text"] == "Parts add up to more than their total"


def test_a_word_report_gives_paragraph_locations_instead_of_lines(validator, checker, rulebase, tmp_path):
    pytest.importorskip("docx", reason="python-docx is needed to write a .docx")
    sys.path.insert(0, str(Path(__file__).parent))
    from make_documents import make_docx

    path = make_docx(tmp_path / "report.docx", ["蒙阴县卫生健康局工作总结", EXAMS])
    result = checker.check_file(path)
    assert result.error is None
    log = sarif([result], rulebase)
    assert_valid(validator, log)
    run = log["runs"][0]
    [finding] = run["results"]
    [location] = finding["locations"]
    assert "region" not in location["physicalLocation"]  # the .docx has no lines of its own
    # by hand: 854人 is the 14th character of the second paragraph
    assert EXAMS.index("854人") + 1 == 14
    assert location["logicalLocations"] == [{"name": "第2段第14字", "kind": "paragraph"}]
    assert finding["properties"]["location"] == {"paragraph": 2, "column": 14}
    assert [r["properties"]["location"] for r in finding["relatedLocations"]] == [
        {"paragraph": 2, "column": EXAMS.index(number) + 1} for number in ("854人", "655人", "59人", "49人", "93人")]
    assert run["artifacts"][0]["mimeType"].endswith("wordprocessingml.document")
