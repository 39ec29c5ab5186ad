"""The nlp stage on its own: the spaCy components tag numbers with exact values, units, kinds,
qualifiers, indicators and periods, and leave numbers inside names alone."""
from __future__ import annotations

from decimal import Decimal

import pytest
import spacy

from checker.nlp import report_pipeline, tag_report
from checker.nlp.claim_tagger import tag_numbers


def numbers(text):
    return [(n.text, n.value, n.unit, n.kind) for n in tag_numbers(text) if n.kind not in ("date", "period", "year")]


@pytest.mark.parametrize("text,expected", [
    ("共上报出生4165人。", ("4165人", Decimal("4165"), "人", "count")),
    ("资金8173440元；", ("8173440元", Decimal("8173440"), "元", "money")),
    ("全年预算资金3695.3万元，", ("3695.3万元", Decimal("36953000"), "万元", "money")),
    ("总投资1.2亿元。", ("1.2亿元", Decimal("120000000"), "亿元", "money")),
    ("建档率92.41%；", ("92.41%", Decimal("92.41"), "%", "percent")),
    ("覆盖率为95.61％，", ("95.61％", Decimal("95.61"), "％", "percent")),
    ("婴儿死亡率3.5‰。", ("3.5‰", Decimal("3.5"), "‰", "permille")),
    ("出生人口性别比105.98。", ("105.98", Decimal("105.98"), "", "ratio")),
    ("浏览或查询35万余人次，", ("35万余人次", Decimal("350000"), "万人次", "count")),
    ("住院總費用5642.87萬元，", ("5642.87萬元", Decimal("56428700"), "萬元", "money")),
    ("约三成村卫生室实现即时结算", ("约三成", Decimal("30"), "成", "percent")),
    ("差距缩小2.3个百分点。", ("2.3个百分点", Decimal("2.3"), "个百分点", "percent")),
    ("每千人口床位数7.61张，", ("7.61张", Decimal("7.61"), "张", "permille")),
    ("人均就诊4.98次，", ("4.98次", Decimal("4.98"), "次", "value")),
    ("诊疗552.24万人次。", ("552.24万人次", Decimal("5522400"), "万人次", "count")),
    ("共有床位1,234张。", ("1,234张", Decimal("1234"), "张", "count")),
    ("共有床位４１６５张。", ("４１６５张", Decimal("4165"), "张", "count")),
    ("全县十二家乡镇卫生院。", ("十二家", Decimal("12"), "家", "count")),
    ("乡村医生一百二十三名。", ("一百二十三名", Decimal("123"), "名", "count")),
    ("增至2489\n人。", ("2489\n人", Decimal("2489"), "人", "count")),
    ("发放宣传资料3500余份，", ("3500余份", Decimal("3500"), "份", "count")),
])
def test_reads_value_unit_and_kind(text, expected):
    assert expected in numbers(text)


@pytest.mark.parametrize("text,qualifier", [
    ("共计20余人参加", "余"),
    ("约500人", "约"),
    ("59%以上", "以上"),
    ("超过300人", "超过"),
    ("不足10人", "不足"),
    ("4.8万余人", "余"),
])
def test_reads_qualifiers(text, qualifier):
    found = tag_numbers(text)
    assert [n.qualifier for n in found] == [qualifier]


def test_a_qualifier_character_inside_a_word_is_not_a_qualifier():
    # 签约 ends in 约 ("about"), but 签约241454人 is an exact count
    [number] = tag_numbers("辖区内家庭医生签约241454人，")
    assert (number.text, number.qualifier, number.value) == ("241454人", None, Decimal("241454"))


@pytest.mark.parametrize("text", [
    "65岁及以上老年人健康管理",
    "0～6岁儿童健康管理",
    "0-36个月儿童中医药健康管理率",
    "2型糖尿病患者",
    "5.19世界家庭医生日",
    "推行村卫生室“5S”管理法",
    "发热患者、十大症状患者",
    "“三个全覆盖”为重点",
    "每家单位24小时安排专人",
    "（临卫基层发〔2021〕9号）要求",
    "第二批“业务院长”",
    "为年满60周岁老年乡村医生",
    "主要招收对象为2.5周岁-3周岁的幼儿",
    "每千人口拥有",
    "每10万人口",  # the people a rate is per (每10万人口70.67人)
    "每100人中",
])
def test_numbers_inside_names_are_not_claims(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text", ["一、人口监测", "（二）奖扶政策", "1.基本数据", "（3）项目宣传"])
def test_heading_numbers_are_not_claims(text):
    assert tag_numbers(text) == []


@pytest.mark.parametrize("text,kind,first,last", [
    ("2021年12月8日，召开会议", "date", "2021-12-08", "2021-12-08"),
    ("蒙阴县卫生健康局2021-12-15", "date", "2021-12-15", "2021-12-15"),
    ("2021年1—10月，发放", "period", "2021-01-01", "2021-10-31"),
    ("2021年7月20日-22日进行了评价", "period", "2021-07-20", "2021-07-22"),
    ("2021年上半年", "year", "2021-01-01", "2021-12-31"),
])
def test_reads_dates_and_periods(text, kind, first, last):
    found = tag_numbers(text)[0]
    assert (found.kind, str(found.date_start), str(found.date_end)) == (kind, first, last)


def test_impossible_date_is_kept_as_invalid():
    found = tag_numbers("2021年2月30日召开")[0]
    assert found.kind == "invalid-date"


def test_offsets_point_into_the_text():
    text = "1-11月，我县系统共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比105.98。"
    for number in tag_numbers(text):
        assert text[number.start:number.end] == number.text


def context_of(text, number_text):
    doc = tag_report(text)
    for span in doc.spans["numeric_claims"]:
        if span._.number.text == number_text:
            return span._.context
    raise AssertionError(f"{number_text} not tagged in {text}")


@pytest.mark.parametrize("text,number,indicator", [
    ("1-11月，我县系统共上报出生4165人，其中，男孩2143人、女孩2022人", "2143人", "男孩"),
    ("1-11月，我县系统共上报出生4165人，其中，男孩2143人、女孩2022人", "2022人", "女孩"),
    ("出生人口性别比105.98。", "105.98", "出生人口性别比"),
    ("下半年，农村部分计划生育家庭奖励扶助发放16974人，资金8211520元。", "16974人", "农村部分计划生育家庭奖励扶助"),
    ("下半年，农村部分计划生育家庭奖励扶助发放16974人，资金8211520元。", "8211520元", "资金"),
    ("全县共组建39个服务团队，", "39个", "组建服务团队"),
    ("共有967个托位，全部为全日托。", "967个", "托位"),
    ("涉及医疗卫生公共配套用房的小区一共有14个，", "14个", "涉及医疗卫生公共配套用房的小区"),
    ("一季度检测8412人份，二季度检测9105人份。", "9105人份", "检测"),  # 人份: samples tested
    # the words before the year name the figure, less where it comes from
    ("说明：常住人口采用县统计局公布的2023年末数28.40万人。", "28.40万人", "常住人口"),
    ("户籍人口依据县公安局提供的2022年底数41.2万人。", "41.2万人", "户籍人口"),
])
def test_indicator_names_what_is_counted(text, number, indicator):
    assert context_of(text, number).indicator == indicator


@pytest.mark.parametrize("text,number,period", [
    ("1-11月，我县系统共上报出生4165人，其中，男孩2143人", "2143人", "1-11月"),
    ("2021年上半年，奖励扶助发放17013人，资金8173440元；下半年，奖励扶助发放16974人", "16974人", "2021年下半年"),
    ("前三个季度，特别扶助发放477人", "477人", "前三个季度"),
    ("截至目前，全县建立规范化居民电子健康档案487826份", "487826份", "截至目前"),
])
def test_period_is_found_or_inherited_in_the_paragraph(text, number, period):
    assert context_of(text, number).period == period


@pytest.mark.parametrize("text,number,period", [
    # the labels of a list of the year's parts date their own values, not what follows the list
    ("2020年完成宫颈癌筛查9800人，其中上半年4100人、下半年5700人；完成乳腺癌筛查9650人。", "9650人", "2020年"),
    ("2020年完成宫颈癌筛查9800人，其中上半年4100人、下半年5700人；完成乳腺癌筛查9650人。", "5700人", "2020年下半年"),
    ("2022年全县出院40000人次，其中一季度19000人次、二季度21000人次。县医院出院25000人次。", "25000人次", "2022年"),
    # one part of the year opening its sentence dates the sentence
    ("2022年下半年，全县出院21000人次，其中县医院出院12000人次。", "12000人次", "2022年下半年"),
])
def test_a_list_of_the_years_parts_dates_its_own_values_only(text, number, period):
    assert context_of(text, number).period == period


def test_section_is_the_heading_path():
    text = "一、人口监测与家庭发展工作\n（一）基本数据。1-11月，共上报出生4165人。\n二、基本公共卫生\n共有床位30张。"
    assert context_of(text, "4165人").section == "一、人口监测与家庭发展工作 > （一）基本数据"
    assert context_of(text, "30张").section == "二、基本公共卫生"


def test_total_and_part_cues():
    text = "全县共审核854人，其中，符合政策考生655人、审核不通过59人。"
    assert context_of(text, "854人").total_cue == "共"
    assert context_of(text, "655人").part_cue is True
    assert context_of(text, "854人").part_cue is False


def test_factories_work_in_anyones_pipeline():
    nlp = spacy.blank("zh")
    nlp.add_pipe("numeric_claims")
    nlp.add_pipe("claim_context")
    doc = nlp("共有卫生技术人员2447人，其中中医192人。")
    assert [(s.text, s._.number.value) for s in doc.spans["numeric_claims"]] == [
        ("2447人", Decimal("2447")), ("192人", Decimal("192"))]


def test_report_pipeline_uses_the_character_segmenter():
    nlp = report_pipeline()
    assert nlp.pipe_names == ["numeric_claims", "claim_context", "text_issues"]
    assert [t.text for t in nlp.make_doc("出生4165人")][:2] == ["出", "生"]


@pytest.mark.parametrize("text,expected", [
    ("县城污水处理率和生活垃圾无害化处理率分别提升至98.4%和99.46%。",
     [("98.4%", "县城污水处理率"), ("99.46%", "生活垃圾无害化处理率")]),
    ("孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别为0、2.1‰和3.4‰。",
     [("0", "孕产妇死亡率"), ("2.1‰", "婴儿死亡率"), ("3.4‰", "5岁以下儿童死亡率")]),
])
def test_respectively_gives_each_number_its_item(text, expected):
    doc = tag_report(text)
    assert [(s._.number.text, s._.context.indicator) for s in doc.spans["numeric_claims"]] == expected


def test_a_noun_counted_by_the_number_before_is_no_group_the_next_number_is_among():
    # 两批中选药品…合计400.2万片: 中 opens 中选药品, what 两批 counts; not 两批中 + 选药品
    doc = tag_report("两批中选药品实际采购量合计400.2万片。")
    named = {s.text: s._.context.indicator for s in doc.spans["numeric_claims"]}
    assert named["400.2万片"] == "中选药品实际采购量"


def test_a_table_of_ranked_rows_with_a_column_of_rates_per_10万():
    text = ("| 顺位 | 死因 | 死亡数（例） | 死亡率（1/10万） |\n|---|---|---|---|\n"
            "| 1 | 心脏病 | 1036 | 197.82 |\n| 2 | 脑血管病 | 958 | 182.92 |\n")
    found = {n.text: n.kind for n in tag_numbers(text)}
    assert found == {"1036": "count", "197.82": "per-100k", "958": "count", "182.92": "per-100k"}
    doc = tag_report(text)
    assert [(s.text, s._.context.indicator) for s in doc.spans["numeric_claims"]][:2] == [("1036", "心脏病"), ("197.82", "心脏病")]
