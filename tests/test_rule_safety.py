"""Rules cannot hurt the checker: the durable-rules adapter registers only the constructs
measured to be safe (/work/shared/notes/durable-rules.md), removes every document's state even
when an action raises, reports a broken rule for its own document while the batch goes on; and
rule files from an untrusted folder (--rules DIR) are data: never executed, refused with one
line naming the file and the field when they are not plain rule data."""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import engine as engine_module
from checker import findings as findings_module
from checker.claims import ClaimSet
from checker.cli import main
from checker.engine import EngineFailure, RuleEngine, match_brute_force
from checker.rulebase import MATCH_KEYS, load_rulebase

from test_engine import make_claim_set, match_strategy, random_rule, relations_strategy

# What a condition on one fact may be: a conjunction of equality tests; and the catch-all.
CATCH_ALL = {"all": [{"m": {"$ex": {"fact": 1}}}]}
# durable-rules keys that mean something else than "this field equals this value": joins,
# comparisons, arithmetic, state, timers, counting windows, priorities, distinct, the any-of.
UNSAFE_KEYS = {"$or", "$lt", "$lte", "$gt", "$gte", "$neq", "$nex", "$add", "$sub", "$mul", "$div", "$s", "$t",
               "$i", "$l", "$iall", "$iany", "$mt", "$imt", "any", "count", "cap", "pri", "dist", "timeout", "$m"}


def registered(engine: RuleEngine) -> dict:
    """The ruleset as durable-rules holds it (the adapter's definition, actions taken out)."""
    return engine._host.get_ruleset(engine._name)._definition


def assert_only_safe_constructs(definition: dict, rules) -> None:
    assert len(definition) == len(rules) + 1, sorted(definition)
    assert definition.pop("catch_all") == CATCH_ALL
    for name, rule_definition in definition.items():
        assert set(rule_definition) == {"all"}, f"{name}: {sorted(rule_definition)}"
        [condition] = rule_definition["all"]          # one fact, no join
        assert list(condition) == ["m"], f"{name}: {condition}"
        tests = condition["m"]["$and"]
        assert list(condition["m"]) == ["$and"]
        assert tests[0] in ({"fact": "relation"}, {"fact": "observation"}), f"{name}: {tests[0]}"
        for test in tests:
            [(key, value)] = test.items()
            assert key not in UNSAFE_KEYS and not key.startswith("$"), f"{name}: operator {key}"
            assert key == "fact" or key.replace("_", "-") in MATCH_KEYS, f"{name}: field {key}"
            assert isinstance(value, str), f"{name}: {key}={value!r} is not a plain value"


def test_the_registered_ruleset_holds_only_equality_tests_on_one_fact():
    rules = load_rulebase().rules
    assert_only_safe_constructs(registered(RuleEngine(rules)), rules)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(matches=st.lists(match_strategy, min_size=1, max_size=8))
def test_any_valid_rule_set_compiles_to_safe_constructs_only(matches):
    rules = [random_rule(i, match) for i, match in enumerate(matches)]
    assert_only_safe_constructs(registered(RuleEngine(rules)), rules)


# -- state -----------------------------------------------------------------------------------------
def session_is_gone(engine: RuleEngine, sid: str) -> bool:
    try:
        engine._host.get_facts(engine._name, sid)
    except Exception as error:  # noqa: BLE001 - durable-rules says "Could not get facts, error code: 309"
        return "309" in str(error)
    return False


def sessions_used(monkeypatch, engine: RuleEngine) -> list[str]:
    used: list[str] = []
    assert_facts = engine._host.assert_facts

    def spying(ruleset, facts):
        used.extend({fact["sid"] for fact in facts})
        return assert_facts(ruleset, facts)

    monkeypatch.setattr(engine._host, "assert_facts", spying)
    return used


def test_a_session_that_is_not_deleted_is_seen_as_alive():
    # the check below can fail: a session left behind is visible
    engine = RuleEngine(load_rulebase().rules)
    engine._host.assert_facts(engine._name, [{"id": "x", "fact": "observation", "observation": "placeholder",
                                              "subject_id": 0, "sid": "left-behind"}])
    assert not session_is_gone(engine, "left-behind")
    engine._host.delete_state(engine._name, "left-behind")
    assert session_is_gone(engine, "left-behind")


def test_each_document_state_is_deleted(monkeypatch):
    engine = RuleEngine(load_rulebase().rules)
    used = sessions_used(monkeypatch, engine)
    claim_set = make_claim_set([("breakdown", "high", False, False, "people"), ("rate", "high", True, False, "")], [0, 1])
    for _ in range(3):
        assert engine.match(claim_set)
    assert len(set(used)) == 3
    assert all(session_is_gone(engine, sid) for sid in used)
    assert engine._matches == {} and engine._failures == {}


def test_state_is_deleted_when_a_rule_action_raises(monkeypatch):
    engine = RuleEngine(load_rulebase().rules)
    used = sessions_used(monkeypatch, engine)
    claim_set = make_claim_set([("breakdown", "high", False, False, "people")] * 3, [0, 1, 2])

    def broken(*args, **kwargs):
        raise RuntimeError("broken rule action")

    monkeypatch.setattr("checker.engine.RuleMatch", broken)
    with pytest.raises(EngineFailure, match="broken rule action"):
        engine.match(claim_set)
    assert used and all(session_is_gone(engine, sid) for sid in used)
    assert engine._matches == {} and engine._failures == {}


def test_state_is_deleted_when_the_engine_itself_raises(monkeypatch):
    engine = RuleEngine(load_rulebase().rules)
    deleted: list[str] = []
    delete_state = engine._host.delete_state
    monkeypatch.setattr(engine._host, "delete_state", lambda name, sid: (deleted.append(sid), delete_state(name, sid)))
    assert_facts = engine._host.assert_facts

    def half_then_fail(ruleset, facts):
        assert_facts(ruleset, facts[:1])
        raise RuntimeError("engine failure in the middle of a document")

    monkeypatch.setattr(engine._host, "assert_facts", half_then_fail)
    with pytest.raises(RuntimeError):
        engine.match(make_claim_set([("breakdown", "high", False, False, "people")] * 2, [0, 1]))
    assert len(deleted) == 1 and session_is_gone(engine, deleted[0])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=relations_strategy, fail_at=st.integers(0, 30))
def test_documents_after_a_failed_one_match_like_brute_force(drawn, fail_at):
    engine = RuleEngine(load_rulebase().rules)
    claim_set = make_claim_set(drawn, list(range(len(drawn))))
    calls = {"n": 0}
    real = engine_module.RuleMatch

    def fails_once(*args, **kwargs):  # the fail_at-th match of the first document fails
        calls["n"] += 1
        if calls["n"] == fail_at + 1:
            raise RuntimeError("fails once")
        return real(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine_module, "RuleMatch", fails_once)
        try:
            engine.match(claim_set)
        except EngineFailure as failure:
            assert "fails once" in str(failure)
    assert engine.match(claim_set) == match_brute_force(engine.rules, claim_set)
    assert engine._matches == {} and engine._failures == {}


def test_empty_documents_leave_nothing_behind():
    engine = RuleEngine(load_rulebase().rules)
    for _ in range(5):
        assert engine.match(ClaimSet()) == []
    assert engine._matches == {} and engine._failures == {}


# -- a broken rule is an error of its document, and the batch goes on ------------------------------
BROKEN = "全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、放弃权益49人，符合政策县外考生93人。\n"
FINE = "全县共有执业医师575人，同比增长5.2%。\n"


def check(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_a_kind_that_raises_is_a_rule_error_of_that_report_only(tmp_path, monkeypatch):
    broken = tmp_path / "a_broken.txt"
    broken.write_text(BROKEN, encoding="utf-8")
    fine = tmp_path / "b_fine.txt"
    fine.write_text(FINE + "在岗职工*人。\n", encoding="utf-8")

    def exploding(rule, relation, claim_set, language):
        raise ZeroDivisionError("kind exploded")

    monkeypatch.setitem(findings_module._KIND_CHECKS, "parts-sum", exploding)
    result = check("--format", "json", broken, fine)
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr
    files = {Path(entry["path"]).name: entry for entry in json.loads(result.stdout)["files"]}
    assert any("kind exploded" in problem for problem in files["a_broken.txt"]["rule_errors"])
    assert not files["b_fine.txt"].get("rule_errors")
    assert [f["rule"] for f in files["b_fine.txt"]["findings"]] == ["PH001"] or \
        any(f["stated"] == "*人" for f in files["b_fine.txt"]["findings"])
    rule_lines = [line for line in result.stderr.splitlines() if "rule error" in line]
    assert len(rule_lines) >= 1 and all("a_broken.txt" in line for line in rule_lines)


def test_an_engine_action_that_raises_is_a_rule_error_of_that_report_only(tmp_path, monkeypatch):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(BROKEN, encoding="utf-8")
    second.write_text(BROKEN, encoding="utf-8")
    calls = {"n": 0}
    original = engine_module.RuleMatch

    def fails_in_first_document(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("action failed in the first document")
        return original(*args, **kwargs)

    monkeypatch.setattr(engine_module, "RuleMatch", fails_in_first_document)
    result = check("--format", "json", first, second)
    assert result.exit_code == 2
    files = {Path(entry["path"]).name: entry for entry in json.loads(result.stdout)["files"]}
    assert any("action failed" in p for p in files["a.txt"]["rule_errors"])
    assert not files["b.txt"].get("rule_errors")
    assert "PT001" in [f["rule"] for f in files["b.txt"]["findings"]]


# -- rule files from an untrusted folder -----------------------------------------------------------
RULE = """family: hostile
rules:
  - id: {id}
    name: hostile-rule
    kind: {kind}
    severity: {severity}
    match: {match}
    title: {{zh: 标题, en: title}}
    message: {{zh: "{message}", en: "{message}"}}
    examples:
      fail: [在岗职工*人]
      pass: [在岗职工12人]
"""


def rule_file(folder: Path, **fields) -> Path:
    values = {"id": "HX001", "kind": "placeholder", "severity": "error", "match": "{observation: placeholder}",
              "message": "{text}"}
    values.update(fields)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.yaml").write_text(RULE.format(**values), encoding="utf-8")
    return folder


def run_check_process(*args, seconds: float = 20) -> subprocess.CompletedProcess:
    """``python -m checker`` in a process of its own, bounded in time and memory: an alias bomb
    expands in C code (str() of a nested list), which no signal interrupts."""
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    try:
        return subprocess.run([sys.executable, "-m", "checker", *map(str, args)], capture_output=True, text=True,
                              timeout=seconds, preexec_fn=limits, cwd=Path(__file__).parent)
    except subprocess.TimeoutExpired:
        pytest.fail(f"check {' '.join(map(str, args))}: no answer after {seconds} s")


MEMORY_LIMIT = 3 * 1024 ** 3


def refused(folder: Path, field: str, seconds: float = 20) -> str:
    """The rule folder is refused in time: exit 2, one line naming the file and the field."""
    result = run_check_process("--rules", folder, "--list-rules", seconds=seconds)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-2000:]
    assert result.returncode == 2, (result.returncode, result.stdout[-500:], result.stderr[-500:])
    line = result.stderr.strip("\n")
    assert "\n" not in line and "hostile.yaml" in line and field in line, line
    return line


@pytest.fixture
def marker(tmp_path):
    path = tmp_path / "PWNED"
    yield path
    assert not path.exists(), "a rule file ran code"


@pytest.mark.parametrize("field,value", [
    ("id", "!!python/object/apply:os.system ['touch {marker}']"),
    ("kind", "!!python/object/apply:subprocess.check_output [['touch', '{marker}']]"),
    ("severity", "!!python/object/new:os.system ['touch {marker}']"),
    ("kind", "!!python/name:os.system"),
    ("id", "!!python/module:os"),
])
def test_python_tags_are_refused_and_never_run(tmp_path, marker, field, value):
    folder = rule_file(tmp_path / "rules", **{field: value.format(marker=marker)})
    line = refused(folder, "not valid YAML")
    assert "python/" in line


@pytest.mark.parametrize("field,value,named", [
    # a list or mapping where a word is expected: refused before it is hashed (`kind not in KINDS`)
    ("kind", "[placeholder, parts-sum]", "kind"),
    ("kind", "{a: 1}", "kind"),
    ("severity", "[error]", "severity"),
    ("match", "{observation: [placeholder]}", "match"),
    ("match", "{observation: {$or: [placeholder, mojibake]}}", "match"),
    ("match", "{$or: placeholder, observation: placeholder}", "match"),
])
def test_structures_where_a_word_is_expected_are_refused(tmp_path, field, value, named):
    refused(rule_file(tmp_path / "rules", **{field: value}), named)


def laughs(levels: int = 9) -> str:
    """The billion laughs: nine levels of nine references, 9**9 strings once expanded."""
    chain = "[&a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]"
    for level in range(1, levels):
        chain += f", &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]"
    return chain + "]"


@pytest.mark.parametrize("field", ["id", "kind", "severity"])
def test_an_alias_bomb_is_refused_in_time(tmp_path, field):
    # str() of the expanded structure would take 9**9 strings: refused by its size before that
    refused(rule_file(tmp_path / "rules", **{field: laughs()}), field, seconds=BOMB_SECONDS)


# refusing takes a fraction of a second
BOMB_SECONDS = 8


def test_an_alias_bomb_in_the_family_is_refused_in_time(tmp_path):
    folder = rule_file(tmp_path / "rules")
    path = folder / "hostile.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("family: hostile", "family: " + laughs()), encoding="utf-8")
    refused(folder, "family", seconds=BOMB_SECONDS)


def test_a_huge_rule_file_is_refused_or_loaded_in_bounded_time(tmp_path):
    folder = rule_file(tmp_path / "rules")
    path = folder / "hostile.yaml"
    # 20 MB of comments after a valid rule: YAML's pure-Python scanner reads about 1 MB/s
    with open(path, "a", encoding="utf-8") as handle:
        line = "# " + "规" * 500 + "\n"
        for _ in range(20 * 1024 * 1024 // len(line.encode("utf-8"))):
            handle.write(line)
    began = time.perf_counter()
    result = check("--rules", folder, "--list-rules")
    took = time.perf_counter() - began
    assert "Traceback" not in result.stdout + result.stderr
    assert took < 20, f"{took:.1f} s for a 20 MB rule file"
    if result.exit_code == 2:
        assert "hostile.yaml" in result.stderr and "\n" not in result.stderr.strip()
    else:
        assert "HX001" in result.stdout


@pytest.mark.parametrize("template", [
    "{text.__class__.__mro__}",
    "{text.__class__.__init__.__globals__}",
    "{finding.__class__.__init__.__globals__}",
    "{text[0]}",
    "{__import__}",
    "{text.__class__.__base__.__subclasses__}",
])
def test_templates_reaching_into_objects_are_refused(tmp_path, template):
    refused(rule_file(tmp_path / "rules", message=template), "message")


def test_fields_nested_in_a_format_spec_are_refused(tmp_path):
    # the nested field would be evaluated when the finding is written, and its value shown
    refused(rule_file(tmp_path / "rules", message="{text:{text.__class__}}"), "message")


def test_a_template_with_a_huge_width_is_refused(tmp_path):
    # filling the message would allocate gigabytes for each finding
    refused(rule_file(tmp_path / "rules", message="{text:>2000000000}"), "message")


@pytest.mark.parametrize("template", ["{text!r}", "{text:>10}"])
def test_harmless_format_specs_never_execute_anything(tmp_path, marker, template):
    folder = rule_file(tmp_path / "rules", message=template)
    report = tmp_path / "report.txt"
    report.write_text("在岗职工*人。\n", encoding="utf-8")
    result = check("--rules", folder, "--select", "HX001", "--format", "json", report)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code in (1, 2)
    if result.exit_code == 2:  # refused at load: one line naming the file and the field
        assert "hostile.yaml" in result.stderr and "message" in result.stderr
    else:
        [finding] = json.loads(result.stdout)["files"][0]["findings"]
        assert "*人" in finding["message"]


@pytest.mark.parametrize("field,value", [
    ("message", "__import__('os').system('touch {marker}')"),
    ("message", "(lambda: __import__('os').system('touch {marker}'))()"),
    ("id", "__import__('os').system('touch {marker}')"),
])
def test_python_expressions_in_fields_are_inert_text(tmp_path, marker, field, value):
    # braces would make a template field: these are plain text, and must stay text
    value = value.format(marker=marker)
    folder = rule_file(tmp_path / "rules", **{field: value.replace('"', "'")})
    report = tmp_path / "report.txt"
    report.write_text("在岗职工*人。\n", encoding="utf-8")
    result = check("--rules", folder, "--format", "json", report)
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code == 2:
        assert "hostile.yaml" in result.stderr
        return
    found = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["family"] == "hostile"]
    assert found and ("__import__" in found[0]["message"] or "__import__" in found[0]["rule"])


# .nan passed `tolerance < 0` (false for nan) and made every check of the rule a rule error
@pytest.mark.parametrize("tolerance", ["1e999999", "__import__('os')", "[1, 2]", "-1", ".inf", ".nan"])
def test_tolerances_are_plain_numbers(tmp_path, tolerance):
    folder = tmp_path / "rules"
    folder.mkdir()
    text = RULE.format(id="HX002", kind="parts-sum", severity="error", match="{relation: breakdown}",
                       message="{arithmetic}").replace("    examples:", f"    tolerance: {tolerance}\n    examples:")
    (folder / "hostile.yaml").write_text(text, encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text(BROKEN, encoding="utf-8")
    result = check("--rules", folder, "--format", "json", report)
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code == 2 and "hostile.yaml" in result.stderr:
        assert "tolerance" in result.stderr and "\n" not in result.stderr.strip()
    else:
        # accepted as a number: infinity passes everything, and no rule breaks
        entry = json.loads(result.stdout)["files"][0]
        assert not entry.get("rule_errors"), entry.get("rule_errors")
