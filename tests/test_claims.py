"""The claims stage: stated numbers become intervals, and the relations the prose states are
found (and only those)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from checker.claims import extract_claims
from checker.nlp import tag_report


def claim_set(text):
    return extract_claims(tag_report(text))


def interval(text, number):
    claims = claim_set(text).claims
    claim = next(c for c in claims if c.text == number)
    return claim.low, claim.high


@pytest.mark.parametrize("text,number,low,high", [
    ("共审核854人。", "854人", Decimal(854), Decimal(854)),                          # a count is exact
    ("出生人口性别比105.98。", "105.98", Decimal("105.975"), Decimal("105.99")),     # rounded or truncated
    ("建档率92.41%；", "92.41%", Decimal("92.405"), Decimal("92.42")),
    ("诊疗552.24万人次。", "552.24万人次", Decimal("5522350"), Decimal("5522450")),   # half a unit of 0.01万
    ("共计20余人参加", "20余人", Decimal(20), Decimal(30)),                           # 余: up to the next place
    ("培训300余人次，", "300余人次", Decimal(300), Decimal(400)),
    ("发放宣传资料3500余份，", "3500余份", Decimal(3500), Decimal(3600)),
    ("注册居民4.8万余人，", "4.8万余人", Decimal(48000), Decimal(49000)),
    ("超过300人", "超过300人", Decimal(300), None),
    ("不足10人", "不足10人", None, Decimal(10)),
    ("约500人", "约500人", Decimal(450), Decimal(550)),            # half a hundred (more than 3%)
    ("全县约3万人，", "约3万人", Decimal(25000), Decimal(35000)),     # half a 万
    ("覆盖约28.6万人，", "约28.6万人", Decimal(277420), Decimal(294580)),  # 3% (more than half of 0.1万)
    ("约1380人", "约1380人", Decimal("1338.6"), Decimal("1421.4")),  # 3% (more than half of 10)
])
def test_stated_numbers_are_intervals(text, number, low, high):
    assert interval(text, number) == (low, high)


def relation_summary(text):
    found = claim_set(text)
    return [(r.kind, found.claim(r.result).text, tuple(found.claim(i).text for i in r.operands), r.confidence,
             r.complete) for r in found.relations]


def test_total_and_its_parts_after_qizhong():
    text = "全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、放弃权益49人，符合政策县外考生93人。"
    assert relation_summary(text) == [("breakdown", "854人", ("655人", "59人", "49人", "93人"), "high", False)]


def test_male_and_female_parts_are_a_complete_breakdown():
    text = "1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比105.98。"
    assert relation_summary(text) == [
        ("breakdown", "4165人", ("2143人", "2022人"), "high", True),
        ("ratio", "105.98", ("2143人", "2022人"), "high", False),
    ]


def test_single_part_is_a_subset():
    assert relation_summary("共审核5446人，其中，审核不通过247人。") == [
        ("subset", "5446人", ("247人",), "high", False)]


def test_parts_in_other_units_or_changes_are_not_parts():
    # 4所 counts kindergartens, 153人 staff, 140个 places planned: none is a part of 967 places
    text = "共有967个托位，全部为全日托。其中，公办幼儿园4所，托位157个，持证工作人员153人，2021年预计新增托位140个。"
    assert relation_summary(text) == [("subset", "967个", ("157个",), "high", False)]


def test_breakdown_in_brackets_belongs_to_the_part():
    text = "共报告新增确诊20例。其中境外输入病例16例(广东4例、云南3例、北京2例、上海2例、浙江2例、天津1例、内蒙古1例、福建1例),本土病例4例。"
    kinds = relation_summary(text)
    assert kinds[0][:3] == ("breakdown", "20例", ("16例", "4例"))


def test_subset_by_cue_word():
    assert relation_summary("涉及医疗卫生公共配套用房的小区一共有14个，目前已接收13个。") == [
        ("subset", "14个", ("13个",), "medium", False)]


def test_rate_with_numerator_and_base_in_its_segment():
    text = "严重精神障碍患者2611人，规范管理2611人，规范管理率100%；肺结核患者管理人数106人，健康管理率100%。"
    assert relation_summary(text) == [("rate", "100%", ("2611人", "2611人"), "medium", False)]


def test_share_of_a_total():
    text = "共审核854人，其中符合政策考生655人，占76.7%。"
    assert ("rate", "76.7%", ("655人", "854人"), "high", False) in relation_summary(text)


def test_no_relation_between_unrelated_numbers():
    text = "全县建立规范化居民电子健康档案487826份，建档率92.41%；高血压患者管理人数48707人，健康管理率45.77%。"
    assert relation_summary(text) == []


def test_claims_have_line_and_column():
    text = "一、基本数据\n共审核854人，其中，审核不通过59人。"
    claims = claim_set(text).claims
    first = next(c for c in claims if c.text == "854人")
    assert (first.line, first.column) == (2, 4)
    assert text[first.start:first.end] == "854人"


def test_two_partitions_of_the_same_totals_in_sentences_that_open_with_their_members():
    text = ("全县共有养老机构30家，床位2400张。其中，公办养老机构12家，床位1000张。民办养老机构18家，床位1400张。"
            "享受运营补贴的普惠性养老机构20家，床位1500张。非普惠性养老机构10家，床位900张。")
    found = {(r[1], r[2]) for r in relation_summary(text) if r[0] == "breakdown"}
    assert found == {("30家", ("12家", "18家")), ("2400张", ("1000张", "1400张")),
                     ("30家", ("20家", "10家")), ("2400张", ("1500张", "900张"))}


def test_a_partition_sentence_that_does_not_add_up_is_found(check_text):
    text = ("全县共有养老机构30家，床位2400张。其中，公办养老机构12家，床位1000张。民办养老机构18家，床位1300张。")
    result = check_text(text)
    assert [(f.rule, f.severity) for f in result.findings] == [("PT005", "warning")]
    assert "1000+1300 = 2300 < 2400" in result.findings[0].message


@pytest.mark.parametrize("text,parts", [
    ("全年共发放计生奖补资金120万元：奖励扶助80万元、特别扶助40万元。", ("80万元", "40万元")),
    ("全县共有卫生技术人员900人，包括执业医师400人、注册护士300人。", ("400人", "300人")),
])
def test_lists_introduced_by_a_total(text, parts):
    assert [r[2] for r in relation_summary(text) if r[0] == "breakdown"] == [parts]
