"""The findings stage: the arithmetic of each kind on intervals, shown as a reader checks it."""
from __future__ import annotations

import pytest


def findings(check_text, text):
    return [(f.rule, f.severity, f.stated, f.computed) for f in check_text(text).findings]


def test_parts_exceeding_total_show_the_sum(check_text):
    text = "全县共审核854人，其中，符合政策考生655人、审核不通过59人、放弃权益49人，符合政策县外考生93人。"
    [finding] = check_text(text).findings
    assert finding.rule == "PT001" and finding.severity == "error" and finding.confidence == "high"
    assert "655+59+49+93 = 856 > 854" in finding.message
    assert [c.text for c in finding.evidence] == ["854人", "655人", "59人", "49人", "93人"]
    assert (finding.line, finding.column) == (1, text.index("854人") + 1)


def test_sex_ratio_within_rounding_passes_and_outside_fails(check_text):
    base = "共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比{}。"
    assert findings(check_text, base.format("105.98")) == []   # 2143/2022*100 = 105.984...
    assert findings(check_text, base.format("105.9")) == []    # truncated to one decimal
    assert findings(check_text, base.format("106")) == []      # rounded to a whole number
    [(rule, severity, stated, computed)] = findings(check_text, base.format("105.90"))
    assert (rule, severity, stated, computed) == ("RATIO001", "error", "105.9", "105.98")


def test_rate_rounding_alone_never_fails(check_text):
    # 655/854 = 76.6979...: 76.7 (rounded), 76.69 (truncated) and 77 all stand for it
    for printed in ("76.7", "76.69", "76.70", "77"):
        assert findings(check_text, f"共审核854人，其中符合政策考生655人，占{printed}%。") == [], printed
    [(rule, _, stated, computed)] = findings(check_text, "共审核854人，其中符合政策考生655人，占76.8%。")
    assert (rule, stated, computed) == ("RATE001", "76.8%", "76.7%")  # 655/854 = 76.698


def test_amounts_in_wan_compare_at_printed_precision(check_text):
    # 221.23 + 316.71 + 14.30 = 552.24; one part printed one hundredth lower still passes
    text = "全市累计提供诊疗服务552.24万人次。其中:医院221.23万人次,基层316.71万人次,其他14.29万人次。"
    assert findings(check_text, text) == []
    text = "全市累计提供诊疗服务552.24万人次。其中:医院221.23万人次,基层316.71万人次,其他15.30万人次。"
    assert [f[0] for f in findings(check_text, text)] == ["PT004"] or [f[0] for f in findings(check_text, text)] == ["PT001"]


def test_qualified_parts_do_not_fail_on_a_bound(check_text):
    # 20余人 can be 29: 20余 + 10 ≤ 40 holds
    assert findings(check_text, "共计40人参加，其中，院长20余人、科长10人。") == []


@pytest.mark.parametrize("text", [
    "共审核5446人，其中，审核不通过247人。",
    "涉及医疗卫生公共配套用房的小区一共有14个，目前已接收13个。",
])
def test_consistent_subsets_pass(check_text, text):
    assert findings(check_text, text) == []


def test_one_number_that_resolves_several_findings_is_suggested(check_text):
    # 2143 + 2022 = 4165 and 2143/2022 = 105.98: the girls' count, mistyped as 2020, breaks both
    text = "1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2020人；出生人口性别比105.98。"
    result = check_text(text)
    assert {f.rule for f in result.findings} >= {"PT003", "RATIO001"}
    [best, *_] = result.suggestions
    assert best.claim.text == "2020人" and best.value == "2022" and set(best.resolves) == {"PT003", "RATIO001"}


def test_a_change_of_exactly_100_percent_is_checked(check_text):
    # 800 → 1600 is +100%: the printed 100% holds; 90% does not
    assert findings(check_text, "全年门诊1600人次，较上年增加800人次，增长100%。") == []
    assert [f[0] for f in findings(check_text, "全年门诊1600人次，较上年增加800人次，增长90%。")] == ["RATE003"]


def test_amounts_in_traditional_wan_are_shown_in_wan(check_text):
    # 萬元 is 万元: the arithmetic is shown in the report's unit, not in yuan
    result = check_text("全市累計投入資金1909萬元，其中：獎勵扶助1366萬元、工資338萬元、健康生育305萬元。")
    messages = [f.message for f in result.findings if f.rule in ("PT001", "PT004")]
    assert messages and "1366+338+305 = 2009 > 1909" in messages[0], messages


def test_a_rate_over_an_exact_base_must_stand_for_a_whole_number_of_people(check_text):
    # 5.32/10万 of 206805 is 11.00 deaths; of 217145 it is 11.55: 11 give 5.07, 12 give 5.53
    assert findings(check_text, "全市全人口活产数达206805人；孕产妇死亡率为5.32/10万。") == []
    result = check_text("全市全人口活产数达217145人；孕产妇死亡率为5.32/10万。")
    assert [f.rule for f in result.findings] == ["RATE006"]
    assert "11→5.07/10万" in result.findings[0].message and "12→5.53/10万" in result.findings[0].message
    # a rounded base (约52.8万) can hide any count: not checkable, no finding
    assert findings(check_text, "全市常住人口约52.8万人，孕产妇死亡率为5.32/10万。") == []


def test_a_sex_ratio_must_split_the_births_into_whole_boys_and_girls(check_text):
    # 253 births at 107.37: 131 boys and 122 girls give 107.377; 266 births: 138/128 = 107.81, 137/129 = 106.20
    assert findings(check_text, "2022年1-3月份全区出生人口253人，全区出生人口总性别比为107.37。") == []
    result = check_text("2022年1-3月份全区出生人口266人，全区出生人口总性别比为107.37。")
    assert [f.rule for f in result.findings] == ["RATIO003"]


@pytest.mark.parametrize("text,slipped", [
    # a part in 元 among amounts in 万元, the one that makes the parts add up once read as 万元
    ("支出救助资金2376.5万元，其中住院救助2108.3万元、门诊救助268.2元。", "268.2元"),
    # a part in 万元 among amounts in 元
    ("每户补助资金合计1680元，其中省级补助1200元、县级补助480万元。", "480万元"),
    # no part makes them add up by its unit: nothing said of a unit
    ("支出救助资金2376.5万元，其中住院救助2108.3万元、门诊救助200.2元。", None),
    # two parts could each be the slip: which one is a guess
    ("支出资金300万元，其中甲100万元、乙100元、丙100元。", None),
])
def test_a_part_whose_unit_slipped_is_named(check_text, text, slipped):
    found = [f for f in check_text(text).findings if f.rule == "PT007"]
    assert len(found) == (1 if slipped else 0)
    if slipped:
        assert f"“{slipped}”" in found[0].message and slipped in [c.text for c in found[0].evidence]
