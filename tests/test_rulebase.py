"""The rulebase stage: rule files are validated when loaded, and every mistake names the file,
the rule and the field."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker.rulebase import RuleFileError, load_lexicon, load_rule_file, load_rulebase

GOOD_RULE = """
family: demo
rules:
  - id: DEMO001
    name: demo-subset
    kind: subset
    severity: error
    match: {relation: subset}
    title: {zh: 部分大于整体, en: Part exceeds whole}
    message: {zh: "部分大于整体：{arithmetic}", en: "Part exceeds whole: {arithmetic}"}
    examples:
      fail: [共审核10人，其中，审核不通过11人。]
      pass: [共审核10人，其中，审核不通过9人。]
"""


def write(tmp_path, text, name="demo.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_good_rule_file_loads(tmp_path):
    family = load_rule_file(write(tmp_path, GOOD_RULE))
    [rule] = family.rules
    assert (rule.id, rule.kind, rule.severity, rule.match) == ("DEMO001", "subset", "error", {"relation": "subset"})


@pytest.mark.parametrize("change,field", [
    (("severity: error", "severty: error"), "severty"),
    (("severity: error", "severity: fatal"), "severity"),
    (("kind: subset", "kind: subsett"), "kind"),
    (("match: {relation: subset}", "match: {relation: subsets}"), "match.relation"),
    (("match: {relation: subset}", "match: {relation: subset, colour: red}"), "match.colour"),
    (("{arithmetic}\", en", "{nonsense}\", en"), "message.zh"),
    ((', en: "Part exceeds whole: {arithmetic}"', ""), "message.en"),
    (("    examples:\n      fail: [共审核10人，其中，审核不通过11人。]\n", "    examples:\n"), "examples.fail"),
    (("    name: demo-subset\n", ""), "name"),
])
def test_a_typo_is_a_clear_error_naming_file_rule_and_field(tmp_path, change, field):
    old, new = change
    assert old in GOOD_RULE
    path = write(tmp_path, GOOD_RULE.replace(old, new))
    with pytest.raises(RuleFileError) as raised:
        load_rule_file(path)
    message = str(raised.value)
    assert "\n" not in message
    assert str(path) in message and "DEMO001" in message and f"{field}:" in message


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "family: demo\nrules: [\n  - id: X\n")
    with pytest.raises(RuleFileError, match=r"demo.yaml: line \d+: not valid YAML"):
        load_rule_file(path)


def test_rule_files_are_data_not_code(tmp_path):
    # yaml's unsafe tags would run code; the safe loader refuses them
    path = write(tmp_path, "family: !!python/object/apply:os.system ['echo hacked']\nrules: []\n")
    with pytest.raises(RuleFileError, match="not valid YAML"):
        load_rule_file(path)


def test_duplicate_ids_across_files_are_refused(tmp_path):
    write(tmp_path, GOOD_RULE, "a.yaml")
    write(tmp_path, GOOD_RULE, "b.yaml")
    with pytest.raises(RuleFileError, match="DEMO001: id: already used"):
        load_rulebase([tmp_path])


def test_the_bundled_rule_base_loads_with_the_four_first_families():
    families = {family.name for family in load_rulebase().families}
    assert {"parts-and-totals", "subsets", "rates", "ratios"} <= families


def test_selection_by_id_prefix_and_family():
    base = load_rulebase()
    assert [r.id for r in base.selected(["RATIO001"])] == ["RATIO001"]
    assert {r.family for r in base.selected(["rates"])} == {"rates"}
    assert "PT001" not in [r.id for r in base.selected(None, ["PT"])]
    assert base.unknown_names(["PT001", "NOPE"]) == ["NOPE"]


def test_lexicon_maps_units_to_groups():
    lexicon = load_lexicon()
    assert lexicon.unit_group("人") == lexicon.unit_group("名") == "people"
    assert lexicon.unit_group("人次") != lexicon.unit_group("人")
    assert lexicon.qualifier("余")["bound"] == "at-least"


@pytest.mark.parametrize("change,field", [
    (("{arithmetic}\", en", "{arithmetic\", en"), "message.zh"),   # unbalanced brace
    (("match: {relation: subset}", "match: {relation: subset, unit-group: peple}"), "match.unit-group"),
])
def test_template_and_unit_group_typos_are_clear_errors(tmp_path, change, field):
    old, new = change
    path = write(tmp_path, GOOD_RULE.replace(old, new))
    with pytest.raises(RuleFileError, match=f"DEMO001: {field}:"):
        load_rule_file(path)


def test_scale_must_be_a_number(tmp_path):
    text = GOOD_RULE.replace("kind: subset", "kind: rate").replace("{relation: subset}", "{relation: rate}")
    text = text.replace("    examples:", "    check: {scale: hundred}\n    examples:")
    with pytest.raises(RuleFileError, match="DEMO001: check.scale: must be a number"):
        load_rule_file(write(tmp_path, text))


def test_rule_names_are_unique(tmp_path):
    write(tmp_path, GOOD_RULE, "a.yaml")
    write(tmp_path, GOOD_RULE.replace("DEMO001", "DEMO002"), "b.yaml")
    with pytest.raises(RuleFileError, match="DEMO002: name: 'demo-subset' already used"):
        load_rulebase([tmp_path])


# -- identities in the lexicon (累计确诊 = 现有确诊 + 累计治愈 + 累计死亡) ------------------------
LEXICON = Path(__file__).resolve().parents[1] / "rules" / "lexicon.yaml"


def _lexicon_with_identities(tmp_path, identities_yaml: str) -> str:
    text = LEXICON.read_text(encoding="utf-8")
    start = text.index("identities:")
    end = text.index("\n\n", start)
    path = tmp_path / "lexicon.yaml"
    path.write_text(text[:start] + identities_yaml.rstrip("\n") + text[end:], encoding="utf-8")
    return str(path)


def test_the_bundled_lexicon_states_the_case_identity():
    identity = next(entry for entry in load_lexicon().identities if entry["name"] == "确诊病例")
    assert "累计确诊" in identity["total"] and len(identity["parts"]) == 3


@pytest.mark.parametrize("identities,problem", [
    ("identities:\n  - {total: [累计确诊], parts: [[现有确诊]]}", "identities[0].parts: at least two lists of words"),
    ("identities:\n  - {total: [], parts: [[a], [b]]}", "identities[0].total: a list of words"),
    ("identities:\n  - {total: [t], parts: [[a], [b]], absent: {3: [无]}}", "identities[0].absent: part numbers (1 to 2)"),
    ("identities:\n  - {total: [t], parts: [[a], [b]], absnt: {1: [无]}}", "identities[0].absnt: unknown field"),
    ("identities:\n  - 累计确诊", "identities[0]: a mapping with total and parts"),
])
def test_a_malformed_identity_is_refused_with_its_place(tmp_path, identities, problem):
    path = _lexicon_with_identities(tmp_path, identities)
    with pytest.raises(RuleFileError) as error:
        load_lexicon(path)
    assert problem in str(error.value) and path in str(error.value)


def _lexicon_with_section(tmp_path, section: str) -> str:
    """The project's lexicon with the section ``section`` opens (domain_subsets:, …) replaced by it."""
    text = LEXICON.read_text(encoding="utf-8")
    start = text.index(section.split(":", 1)[0] + ":")
    end = text.index("\n\n", start)
    path = tmp_path / "lexicon.yaml"
    path.write_text(text[:start] + section.rstrip("\n") + text[end:], encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("section,problem", [
    ("domain_subsets:\n  - {part: [出车]}", "domain_subsets[0].whole: a list of words"),
    ("domain_subsets:\n  - {part: [出车], whole: [呼入], unit: {part: times}}", "domain_subsets[0].unit: unknown field"),
    ("domain_subsets:\n  - {part: [出车], whole: [呼入], units: {part: timez, whole: times}}",
     "domain_subsets[0].units: part and whole, each a group of unit_groups"),
    ("domain_subsets:\n  - {part: [卫生院], whole: [基层医疗卫生机构], same_measure: yes please}",
     "domain_subsets[0].same_measure: true or false"),
    ("complement_rates:\n  - {rate: [县域内就诊率], base: [住院总人次]}", "complement_rates[0].excluded: a list of words"),
    ("complement_rates:\n  - {rate: [县域内就诊率], exclude: [转出], base: [住院总人次]}",
     "complement_rates[0].exclude: unknown field"),
    ("complement_rates: 县域内就诊率", "complement_rates: a list of mappings"),
    ("column_rates:\n  - {rate: [床位使用率], base: [床位]}", "column_rates[0].numerator: a list of words"),
    ("column_rates:\n  - {rate: [床位使用率], numerator: [入住], base: []}", "column_rates[0].base: a list of words"),
    ("column_rates:\n  - {rate: [床位使用率], numerator: [入住], base: [床位], row: [合计]}",
     "column_rates[0].row: unknown field"),
    ("column_rates: 床位使用率", "column_rates: a list of mappings"),
])
def test_a_malformed_lexicon_section_is_refused_with_its_place(tmp_path, section, problem):
    path = _lexicon_with_section(tmp_path, section)
    with pytest.raises(RuleFileError) as error:
        load_lexicon(path)
    assert problem in str(error.value) and path in str(error.value)
