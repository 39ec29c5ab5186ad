"""Every phrasing that issue 3 says must be read right, one behaviour per case.

Each table is one group of phrasings ("What must be read right" in the issue): numbers in every
notation, units and measure words, qualifiers, dates and periods, shared forms, totals and parts,
sections, text as it really arrives, and what is not a claim. The pipeline is built once
(``checker.nlp.report_pipeline`` is cached); the expected values were worked out by hand.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checker.claims import extract_claims
from checker.nlp import tag_report

DATE_KINDS = ("date", "period", "year", "invalid-date")


def tagged(text):
    """(number, context) of every claim tagged in ``text``, in text order."""
    doc = tag_report(text)  # the spans live as long as their Doc
    return [(span._.number, span._.context) for span in doc.spans["numeric_claims"]]


def claim_at(text, number_text):
    for number, context in tagged(text):
        if number.text == number_text:
            return number, context
    raise AssertionError(f"{number_text!r} not tagged in {text!r}: {[n.text for n, _ in tagged(text)]}")


def quantities(text):
    return [number.text for number, _ in tagged(text) if number.kind not in DATE_KINDS]


def whole_claim(text, number_text):
    """The claim the claims stage makes of ``number_text`` (value, unit, kind, interval,
    indicator, period)."""
    claims = extract_claims(tag_report(text)).claims
    found = [c for c in claims if c.text == number_text]
    assert found, f"{number_text!r} not tagged in {text!r}: {[c.text for c in claims]}"
    return found[0]


def interval(text, number_text):
    claim = whole_claim(text, number_text)
    return claim.low, claim.high


def dec(value):
    return None if value is None else Decimal(value)


# A long opening, so that a line break after it is a soft one (as in text converted from print).
OPENING = "经过一年的努力，全县基本公共卫生服务项目各项工作稳步推进，"


# -- numbers in every notation -------------------------------------------------------------------
@pytest.mark.parametrize("text,number,value,unit,kind", [
    ("共有床位1,234张。", "1,234张", "1234", "张", "count"),                       # thousands, half-width comma
    ("共有床位1，234张。", "1，234张", "1234", "张", "count"),                      # thousands, full-width comma
    ("累计建档1,234,567份。", "1,234,567份", "1234567", "份", "count"),
    ("人均就诊4.98次，", "4.98次", "4.98", "次", "value"),                          # decimals
    ("共有床位４１６５张。", "４１６５张", "4165", "张", "count"),                    # full-width digits
    ("全县十二家乡镇卫生院。", "十二家", "12", "家", "count"),                       # Chinese numerals
    ("全县两家医院参加评审。", "两家", "2", "家", "count"),
    ("乡村医生一百二十三名。", "一百二十三名", "123", "名", "count"),
    ("约三成村卫生室实现即时结算", "约三成", "30", "成", "percent"),                  # 三成: three tenths
    ("注册居民4.8万余人，", "4.8万余人", "48000", "万人", "count"),                  # multipliers
    ("全年预算资金3695.3万元，", "3695.3万元", "36953000", "万元", "money"),
    ("总投资1.2亿元。", "1.2亿元", "120000000", "亿元", "money"),
    ("门诊量同比增长12.3%，", "12.3%", "12.3", "%", "percent"),                     # changes
    ("建档率92.41%；", "92.41%", "92.41", "%", "percent"),                           # %, ％, 百分之
    ("覆盖率为95.61％，", "95.61％", "95.61", "％", "percent"),
    ("达标率为百分之九十五。", "百分之九十五", "95", "百分之", "percent"),
    ("达标率为百分之95。", "百分之95", "95", "百分之", "percent"),
    ("婴儿死亡率3.5‰。", "3.5‰", "3.5", "‰", "permille"),                            # per mille
    ("孕产妇死亡率为10/10万。", "10/10万", "10", "/10万", "per-100k"),               # per 100,000
    ("甲乙类传染病报告发病率为321.49/10万；", "321.49/10万", "321.49", "/10万", "per-100k"),
    ("肺结核发病率为3.2/万。", "3.2/万", "3.2", "/万", "per-10k"),                    # per 10,000
    ("医护比为1:1.2。", "1:1.2", "1.2", "1:", "ratio"),                               # ratios
    ("床护比1∶0.6，", "1∶0.6", "0.6", "1:", "ratio"),
    ("出生人口性别比为105.98:100。", "105.98:100", "105.98", ":100", "ratio"),
    ("出生人口性别比105.98。", "105.98", "105.98", "", "ratio"),
    ("卫生技术人员2447人，其中中医192人、西医\n2255人。", "2255人", "2255", "人", "count"),  # a line break
])
def test_numbers_are_read_in_every_notation(text, number, value, unit, kind):
    found, _ = claim_at(text, number)
    assert (found.value, found.unit, found.kind) == (Decimal(value), unit, kind)


# -- each phrasing read as a whole claim: value, unit, kind, interval, indicator, period ----------------
# The intervals by hand, from lexicon.yaml: amounts are rounded half (3695.3万元 stands for
# ±0.05万元), rates and ratios half-or-truncate (92.41% for [92.405, 92.42]); 余 reaches up to
# the next printed place, 约 widens by a tenth, 近 is at most the value and a tenth under it.
@pytest.mark.parametrize("text,number,value,unit,kind,low,high,indicator,period", [
    # thousands separators, half- and full-width commas
    ("全县共有床位1,234张。", "1,234张", "1234", "张", "count", "1234", "1234", "床位", None),
    ("全县共有床位1，234张。", "1，234张", "1234", "张", "count", "1234", "1234", "床位", None),
    # decimals: an average, rounded
    ("人均就诊4.98次。", "4.98次", "4.98", "次", "value", "4.975", "4.99", "人均就诊", None),
    # full-width digits
    ("全县共有床位４１６５张。", "４１６５张", "4165", "张", "count", "4165", "4165", "床位", None),
    # Chinese numerals
    ("全县十二家乡镇卫生院均已达标。", "十二家", "12", "家", "count", "12", "12", "乡镇卫生院", None),
    ("招聘全科医生两名。", "两名", "2", "名", "count", "2", "2", "招聘全科医生", None),
    ("乡村医生一百二十三名。", "一百二十三名", "123", "名", "count", "123", "123", "乡村医生", None),
    ("村卫生室即时结算覆盖率约三成。", "约三成", "30", "成", "percent", "25", "40", "村卫生室即时结算覆盖率", None),
    ("全年下达资金两亿两千万元。", "两亿两千万元", "220000000", "万元", "money", "219995000", "220005000",
     "下达资金", "全年"),
    # multipliers
    ("注册居民4.8万余人。", "4.8万余人", "48000", "万人", "count", "48000", "49000", "注册居民", None),
    ("全年预算资金3695.3万元。", "3695.3万元", "36953000", "万元", "money", "36952500", "36953500", "预算资金", "全年"),
    ("总投资1.2亿元。", "1.2亿元", "120000000", "亿元", "money", "115000000", "125000000", "总投资", None),
    ("截至目前，全县医疗总收入18650万。", "18650万", "186500000", "万", "money", "186495000", "186505000",
     "医疗总收入", "截至目前"),                                        # 万 with its 元 left out
    # signs and changes
    ("门诊量同比增长12.3%。", "12.3%", "12.3", "%", "percent", "12.25", "12.4", "门诊量同比增长", None),
    ("2023年，全县出生1486人，较上年减少97人，下降6.13%。", "97人", "97", "人", "count", "97", "97",
     "出生较上年减少", "2023年"),
    ("2023年，全县出生1486人，较上年减少97人，下降6.13%。", "6.13%", "6.13", "%", "percent", "6.125", "6.14",
     "出生下降", "2023年"),
    ("全年结余为-120万元。", "-120万元", "-1200000", "万元", "money", "-1205000", "-1195000", "结余", "全年"),
    # percentages, per mille, per 100,000, ratios
    ("建档率92.41%。", "92.41%", "92.41", "%", "percent", "92.405", "92.42", "建档率", None),
    ("覆盖率为95.61％。", "95.61％", "95.61", "％", "percent", "95.605", "95.62", "覆盖率", None),
    ("达标率为百分之九十五。", "百分之九十五", "95", "百分之", "percent", "94.5", "96", "达标率", None),
    ("建档率为百分之九十五点五。", "百分之九十五点五", "95.5", "百分之", "percent", "95.45", "95.6", "建档率", None),
    ("婴儿死亡率3.5‰。", "3.5‰", "3.5", "‰", "permille", "3.45", "3.6", "婴儿死亡率", None),
    ("孕产妇死亡率为10/10万。", "10/10万", "10", "/10万", "per-100k", "9.5", "11", "孕产妇死亡率", None),
    ("AEFI报告发生率为76.66/10万剂次。", "76.66/10万剂次", "76.66", "/10万剂次", "per-100k", "76.655", "76.67",
     "AEFI报告发生率", None),
    ("医护比为1:1.2。", "1:1.2", "1.2", "1:", "ratio", "1.15", "1.3", "医护比", None),
    # measures keep their multiplier in the unit, as counts do
    ("处理医疗废物1.28万吨。", "1.28万吨", "12800", "万吨", "measure", "12750", "12850", "处理医疗废物", None),
    # qualifiers
    ("全县人口约28万人。", "约28万人", "280000", "万人", "count", "271600", "288400", "人口", None),  # 3% of 28万 (more than half a 万)
    ("人口近5万人。", "近5万人", "50000", "万人", "count", "45000", "50000", "人口", None),
    ("全年接诊达到5000人次。", "5000人次", "5000", "人次", "count", "5000", "5000", "接诊", "全年"),
    # shared forms
    ("县医院和中医院的达标率均为100%。", "100%", "100", "%", "percent", "99.5", "101", "县医院和中医院的达标率", None),
    ("城区、东乡、西乡各1名。", "1名", "1", "名", "count", "1", "1", "城区、东乡、西乡", None),
    # text as it arrives: split across a line break, half-width punctuation, a space inside,
    # one cell per line, traditional characters
    (OPENING + "全县共有卫生技术人员12\n34人，比上年有所增加。", "12\n34人", "1234", "人", "count", "1234", "1234",
     "卫生技术人员", None),
    (OPENING + "全县居民电子健康档案建档率为92.\n5%，较上年有所提高。", "92.\n5%", "92.5", "%", "percent", "92.45",
     "92.6", "居民电子健康档案建档率", None),
    ("签约居民186540人,签约率38.36%;", "38.36%", "38.36", "%", "percent", "38.355", "38.37", "签约率", None),
    ("执业医师占比2 .76%。", "2 .76%", "2.76", "%", "percent", "2.755", "2.77", "执业医师占比", None),
    ("公办幼儿园4所，托位\n\n157\n\n个，持证工作人员153人。", "157\n\n个", "157", "个", "count", "157", "157",
     "托位", None),
    ("住院總費用5642.87萬元。", "5642.87萬元", "56428700", "萬元", "money", "56428650", "56428750", "住院总费用", None),
])
def test_a_claim_is_read_whole(text, number, value, unit, kind, low, high, indicator, period):
    claim = whole_claim(text, number)
    assert (claim.value, claim.unit, claim.kind) == (Decimal(value), unit, kind)
    assert (claim.low, claim.high) == (dec(low), dec(high))
    assert (claim.indicator, claim.period) == (indicator, period)


def test_a_negative_rate_may_be_truncated_toward_zero():
    assert interval("门诊量同比增长-3.5%。", "-3.5%") == (Decimal("-3.6"), Decimal("-3.45"))


@pytest.mark.parametrize("text,number,value", [
    ("门诊量同比增长-3.5%。", "-3.5%", "-3.5"),                      # a minus sign after a word
    ("全年结余-120万元。", "-120万元", "-1200000"),
    ("| 指标 | 增幅(%) |\n| --- | --- |\n| 诊疗人次 | -2.1 |", "-2.1", "-2.1"),   # a table cell
])
def test_a_minus_sign_makes_the_value_negative(text, number, value):
    found, _ = claim_at(text, number)
    assert found.value == Decimal(value)


@pytest.mark.parametrize("text,numbers", [
    ("2020年-2022年全县共投入", ["2020年", "2022年"]),   # a dash between two years is a range, not a sign
    ("1-11月，全县出生4165人", ["1-11月", "4165人"]),
    ("表1-2显示", []),
    ("规划（2021 -2025年）", ["2025年"]),               # nor a dash before a year
])
def test_a_dash_between_numbers_is_not_a_minus_sign(text, numbers):
    assert [n.text for n, _ in tagged(text)] == numbers


@pytest.mark.parametrize("text,number,value,unit,kind", [
    ("全年下达资金两亿元。", "两亿元", "200000000", "亿元", "money"),          # Chinese numerals with money
    ("全年下达资金三千万元。", "三千万元", "30000000", "万元", "money"),
    ("全年下达资金一亿零五百万元。", "一亿零五百万元", "105000000", "万元", "money"),
    ("全县人口二十三万人。", "二十三万人", "230000", "万人", "count"),
    ("全县人口三点五万人。", "三点五万人", "35000", "万人", "count"),
    ("全年接种两万人次。", "两万人次", "20000", "万人次", "count"),
    ("卫生技术人员两千两百人。", "两千两百人", "2200", "人", "count"),
    ("建档率为百分之零点五。", "百分之零点五", "0.5", "百分之", "percent"),
])
def test_chinese_numerals_with_multipliers_and_decimals(text, number, value, unit, kind):
    found, _ = claim_at(text, number)
    assert (found.value, found.unit, found.kind) == (Decimal(value), unit, kind)


def test_two_daughters_names_a_group_and_the_count_after_it_is_the_claim():
    # 两 is read as a numeral where it counts (两家, 两名); in 两女家庭/两女户 it names the families
    assert [(n.text, n.value, c.indicator) for n, c in tagged("生育两女的家庭182户。")] ==         [("182户", Decimal(182), "生育两女的家庭")]


@pytest.mark.parametrize("text,number,qualifier,indicator", [
    ("全县人口约28万人。", "约28万人", "约", "人口"),             # 约 after a noun is a qualifier
    ("人口近5万人。", "近5万人", "近", "人口"),
    ("家庭医生签约241454人。", "241454人", None, "家庭医生签约"),   # 约 of 签约 is not
    ("附近3家医院", "3家", None, "附近医院"),
])
def test_a_one_character_qualifier_or_the_end_of_a_word(text, number, qualifier, indicator):
    found, context = claim_at(text, number)
    assert (found.qualifier, context.indicator) == (qualifier, indicator)


def test_a_rate_per_100000_is_not_an_iso_date():
    found, _ = claim_at("全县甲乙类传染病报告发病率为1000.00/10万。", "1000.00/10万")
    assert (found.kind, found.value) == ("per-100k", Decimal("1000.00"))


@pytest.mark.parametrize("text,number,value", [
    (OPENING + "全县共有卫生技术人员12\n34人，比上年有所增加。", "12\n34人", "1234"),          # inside the digits
    (OPENING + "全县居民电子健康档案建档率为92\n.5%，较上年有所提高。", "92\n.5%", "92.5"),   # before the point
    (OPENING + "全县居民电子健康档案建档率为92.\n5%，较上年有所提高。", "92.\n5%", "92.5"),   # after it
    (OPENING + "全年累计培训乡村医生共计300人\n次。", "300人\n次", "300"),                   # inside the unit
])
def test_a_number_split_across_a_line_break_is_read_as_one(text, number, value):
    found, _ = claim_at(text, number)
    assert found.value == Decimal(value)


def test_a_short_line_ending_in_a_number_is_not_joined_to_the_next():
    # a column of figures (15 above 68) stays two numbers
    assert [n.value for n, _ in tagged("| 15 |\n| 68 |")] == [Decimal(15), Decimal(68)]


@pytest.mark.parametrize("text,number_text,indicator_word", [
    ("出生5126人，较上年减少417人，下降7.52%。", "417人", "减少"),
    ("出生5126人，较上年减少417人，下降7.52%。", "7.52%", "下降"),
    ("门诊量同比增长12.3%，", "12.3%", "增长"),
    ("住院人次同比下降5.2%。", "5.2%", "同比下降"),
    ("门诊186472人次，较上年增加8207人次。", "8207人次", "增加"),
])
def test_changes_keep_their_direction_in_the_indicator(text, number_text, indicator_word):
    number, context = claim_at(text, number_text)
    assert indicator_word in context.indicator
    assert number.value > 0  # the direction is in the words, the value as printed


def test_a_change_names_the_measure_it_changes():
    _, context = claim_at("二孩及以上出生占比56.12%，较上年提高2.3个百分点。", "2.3个百分点")
    assert context.indicator == "二孩及以上出生占比较上年提高"


@pytest.mark.parametrize("text,numbers", [
    ("主要招收对象为2.5周岁-3周岁的幼儿", []),                       # an age range names a group
    ("0-6岁儿童健康管理", []),
])
def test_age_ranges_name_groups(text, numbers):
    assert quantities(text) == numbers


@pytest.mark.parametrize("text,number,first,last", [
    ("2021年7月20日-22日进行了评价", "2021年7月20日-22日", date(2021, 7, 20), date(2021, 7, 22)),
    ("2021年1—10月，发放", "2021年1—10月", date(2021, 1, 1), date(2021, 10, 31)),
])
def test_ranges_of_dates_are_periods(text, number, first, last):
    found, _ = claim_at(text, number)
    assert (found.kind, found.date_start, found.date_end) == ("period", first, last)


# -- units and measure words, with normalised values ------------------------------------------------
@pytest.mark.parametrize("text,number,value,unit,base_unit,kind", [
    ("共上报出生4165人。", "4165人", "4165", "人", "人", "count"),
    ("诊疗186472人次。", "186472人次", "186472", "人次", "人次", "count"),
    ("招聘医技人员20名。", "20名", "20", "名", "名", "count"),
    ("走访慰问特殊家庭82户。", "82户", "82", "户", "户", "count"),
    ("设置发热哨点诊室19个。", "19个", "19", "个", "个", "count"),
    ("全县乡镇卫生院14家。", "14家", "14", "家", "家", "count"),
    ("新建标准化村卫生室3所。", "3所", "3", "所", "所", "count"),
    ("拥有床位860张。", "860张", "860", "张", "张", "count"),
    ("发放宣传资料3500份。", "3500份", "3500", "份", "份", "count"),
    ("开展督导检查12次。", "12次", "12", "次", "次", "count"),
    ("举办培训班4期。", "4期", "4", "期", "期", "count"),
    ("平均住院日7.8天。", "7.8天", "7.8", "天", "天", "value"),          # an average: decimals
    ("资金8173440元；", "8173440元", "8173440", "元", "元", "money"),
    ("新购置检测设备46台件。", "46台件", "46", "台件", "台件", "count"),
    ("接种新冠疫苗52万针次。", "52万针次", "520000", "万针次", "针次", "count"),
    ("累计诊疗552.24万人次。", "552.24万人次", "5522400", "万人次", "人次", "count"),
    ("处理医疗废物1.28万吨。", "1.28万吨", "12800", "万吨", "吨", "measure"),
])
def test_units_are_kept_as_written_with_a_value_in_the_base_unit(text, number, value, unit, base_unit, kind):
    found, _ = claim_at(text, number)
    assert (found.value, found.unit, found.base_unit, found.kind) == (Decimal(value), unit, base_unit, kind)
    assert found.text.endswith(found.unit)


@pytest.mark.parametrize("text,number,value", [
    ("资金8173440元；", "8173440元", "8173440"),
    ("下达资金3695.3万元，", "3695.3万元", "36953000"),       # 万元 -> yuan
    ("总投资1.2亿元。", "1.2亿元", "120000000"),              # 亿元 -> yuan
    ("住院總費用5642.87萬元，", "5642.87萬元", "56428700"),   # 萬元, traditional
    ("年终结余1842万元。", "1842万元", "18420000"),
])
def test_money_is_normalised_to_yuan(text, number, value):
    found, _ = claim_at(text, number)
    assert (found.kind, found.value, found.base_unit) == ("money", Decimal(value), "元")


# -- qualifiers become intervals or bounds -----------------------------------------------------------
@pytest.mark.parametrize("text,number,low,high", [
    ("培训300余人次，", "300余人次", "300", "400"),            # 余: up to the next place
    ("培训300多人次，", "300多人次", "300", "400"),            # 多: the same
    ("约500人参加义诊。", "约500人", "450", "550"),           # 约: within a tenth
    ("近500人参加义诊。", "近500人", "450", "500"),           # 近: a little under
    ("参加义诊500人左右。", "500人左右", "450", "550"),
    ("签约60岁以上老人3000人以上。", "3000人以上", "3000", None),  # 以上: at least
    ("每个村卫生室医生2人以下。", "2人以下", None, "2"),        # 以下: at most
    ("每年培训不少于20人。", "不少于20人", "20", None),
    ("专业技术人员不足10人。", "不足10人", None, "10"),
    ("参加培训超过300人。", "超过300人", "300", None),
    ("全年接诊达到5000人次。", "5000人次", "5000", "5000"),     # 达到: the value as stated
    ("两院新招聘人员均为5人。", "5人", "5", "5"),              # 均为: each exactly
    ("两院新招聘人员都是5人。", "5人", "5", "5"),              # 都是: the same
])
def test_qualifiers_become_intervals_or_bounds(text, number, low, high):
    expected = (Decimal(low) if low is not None else None, Decimal(high) if high is not None else None)
    assert interval(text, number) == expected


@pytest.mark.parametrize("text,number,qualifier", [
    ("共计20余人参加", "20余人", "余"),
    ("培训300多人次，", "300多人次", "多"),
    ("约500人", "约500人", "约"),
    ("近500人参加", "近500人", "近"),
    ("覆盖率59%以上", "59%以上", "以上"),
    ("2人以下", "2人以下", "以下"),
    ("不少于20人", "不少于20人", "不少于"),
    ("不足10人", "不足10人", "不足"),
    ("超过300人", "超过300人", "超过"),
])
def test_qualifiers_are_kept_as_written(text, number, qualifier):
    found, _ = claim_at(text, number)
    assert found.qualifier == qualifier


# -- dates and periods ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,number,kind,first,last", [
    ("2021年12月8日，召开会议", "2021年12月8日", "date", date(2021, 12, 8), date(2021, 12, 8)),
    ("蒙阴县卫生健康局2021-12-15", "2021-12-15", "date", date(2021, 12, 15), date(2021, 12, 15)),
    ("2021年12月，完成评审", "2021年12月", "period", date(2021, 12, 1), date(2021, 12, 31)),
    ("12月底，建成5个。", "12月底", "period", None, None),
    ("4月中旬，培训20余人。", "4月中旬", "period", None, None),
    ("1-11月，共上报出生4165人。", "1-11月", "period", None, None),
    ("2021年，全县出生5126人。", "2021年", "year", date(2021, 1, 1), date(2021, 12, 31)),
])
def test_dates_and_periods_are_read(text, number, kind, first, last):
    found, _ = claim_at(text, number)
    assert (found.kind, found.date_start, found.date_end) == (kind, first, last)


@pytest.mark.parametrize("text,number,period", [
    ("12月底，建成标准化村卫生室5个。", "5个", "12月底"),
    ("4月中旬，培训分管院长20余人。", "20余人", "4月中旬"),
    ("1-11月，共上报出生4165人。", "4165人", "1-11月"),
    ("上半年，奖励扶助发放17013人。", "17013人", "上半年"),
    ("下半年，奖励扶助发放16974人。", "16974人", "下半年"),
    ("前三个季度，特别扶助发放477人。", "477人", "前三个季度"),
    ("第四季度，特别扶助发放490人。", "490人", "第四季度"),
    ("全年，共落实各项奖励资金2267.6万元。", "2267.6万元", "全年"),
    ("截至目前，全县建立居民电子健康档案487826份。", "487826份", "截至目前"),
    ("截至6月30日，累计接种98524人。", "98524人", "截至6月30日"),
    ("2021年上半年，奖励扶助发放17013人；下半年，奖励扶助发放16974人。", "16974人", "2021年下半年"),
])
def test_the_period_stated_in_the_sentence(text, number, period):
    _, context = claim_at(text, number)
    assert context.period == period


def test_a_sentence_inherits_the_period_of_its_paragraph():
    text = "（一）出生。1-11月，全县出生4165人。其中男孩2143人、女孩2022人。"
    assert claim_at(text, "2143人")[1].period == "1-11月"


def test_a_paragraph_inherits_the_period_of_the_paragraph_before_it_in_its_section():
    text = "一、托育服务\n截至12月底，全县共有托育机构23家。\n公办托育机构6家，托位420个。"
    assert claim_at(text, "420个")[1].period == "截至12月底"


def test_a_subsection_inherits_the_period_of_the_section_it_is_in():
    text = "（四）托育服务。截至12月底，全县共有托育机构23家。\n1.按举办性质分：公办托育机构6家、民办托育机构17家。"
    assert claim_at(text, "17家")[1].period == "截至12月底"


def test_a_report_period_comes_from_its_title():
    text = "丹岭县卫生健康局\n关于2022年上半年基本公共卫生服务工作情况的汇报\n\n一、资金\n全县下达资金3672.9万元。"
    assert claim_at(text, "3672.9万元")[1].period == "2022年上半年"


@pytest.mark.parametrize("text,number,period", [
    ("2023年全县出生1486人，较上年的1583人减少97人。", "1583人", "上年"),   # 较上年的: the base of a change
    ("2023年全县出生1486人，较上年同期减少97人。", "97人", "2023年"),      # 较上年同期 is a comparison
    ("日检测能力由年初的1.2万管提升到3.5万管。", "1.2万管", "年初"),
])
def test_a_comparison_is_not_the_period_of_what_follows(text, number, period):
    assert claim_at(text, number)[1].period == period


def test_each_item_of_a_list_has_its_own_period():
    text = "三是3月份以来，选派技术骨干60余人次；四是全县14家卫生院全部实施积分制考核。"
    assert claim_at(text, "60余人次")[1].period == "3月份以来"
    assert claim_at(text, "14家")[1].period is None


def test_a_table_cell_covers_the_period_of_its_column():
    text = "| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n| 诊疗人次 | 1265430 | 1338762 |"
    assert claim_at(text, "1265430")[1].period == "2022年"
    assert claim_at(text, "1338762")[1].period == "2023年"


# -- the indicator, shared forms included ----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # A、B和C分别是x%、y%和z%
    ("签约率、建档率和体检率分别是38.36%、92.97%和67.55%。",
     [("38.36%", "签约率"), ("92.97%", "建档率"), ("67.55%", "体检率")]),
    # the items named by the counts before 分别
    ("全年出生人口中，一孩652人，二孩598人，三孩及以上236人，分别占43.88%、40.24%和15.88%。",
     [("652人", "一孩"), ("598人", "二孩"), ("236人", "三孩及以上"),
      ("43.88%", "一孩"), ("40.24%", "二孩"), ("15.88%", "三孩及以上")]),
    # one rate named once for each item counted before it
    ("全年完成宫颈癌筛查8652人、乳腺癌筛查8610人，任务完成率分别为100.60%和100.12%。",
     [("8652人", "完成宫颈癌筛查"), ("8610人", "乳腺癌筛查"),
      ("100.60%", "宫颈癌筛查任务完成率"), ("100.12%", "乳腺癌筛查任务完成率")]),
    # A和B均为x%
    ("县医院和中医院的达标率均为100%。", [("100%", "县医院和中医院的达标率")]),
    # 甲、乙、丙各1名
    ("城区、东乡、西乡各1名。", [("1名", "城区、东乡、西乡")]),
])
def test_shared_forms_give_each_number_its_indicator(text, expected):
    assert [(n.text, c.indicator) for n, c in tagged(text)] == expected


@pytest.mark.parametrize("text,number,indicator", [
    ("全县共有乡镇卫生院14家，村卫生室236个。", "14家", "乡镇卫生院"),        # name before the number
    ("我县共有14家乡镇卫生院，236个村卫生室。", "236个", "村卫生室"),          # number before the name
    ("同时将对6家乡镇卫生院和40家卫生室进行维修。", "40家", "卫生室"),
    ("明确13个成员单位的工作职责。", "13个", "明确成员单位"),
    ("为356名年满60周岁的企业退休职工发放一次性奖励。", "356名", "企业退休职工"),
    ("按在岗乡村医生412名计算，人均约4.62万元。", "412名", "在岗乡村医生"),
    ("全县12个乡镇中已有9个获评卫生乡镇。", "9个", "乡镇"),
    ("其余7例为急产途中分娩。", "7例", "急产途中分娩"),
    ("中医药服务第一类人员（密接、次密接人员）436人。", "436人", "中医药服务第一类人员"),
    ("全县共有建档立卡贫困人口4132户12486人。", "12486人", "建档立卡贫困人口"),  # glued to the number before
    ("重点人群172540人中签约128732人。", "128732人", "重点人群签约"),
    ("伤残家庭扶助对象由612人增加到631人。", "631人", "伤残家庭扶助对象"),      # 增加到
    ("人均补助标准由上年的79元提高到84元。", "84元", "人均补助标准"),            # 提高到
    ("人均补助标准由上年的79元提高到84元。", "79元", "人均补助标准"),
    ("按每人每年960元的标准发放奖励扶助金516.67万元。", "960元", "奖励扶助金标准"),  # 按每人每年960元
    ("个人缴费部分由县财政按每人280元标准全额代缴。", "280元", "每人标准"),
    ("分别按每人每月480元、590元的标准发放。", "590元", "每人每月标准"),
    ("发放独生子女父母奖励费，每人每年120元，共计27.82万元。", "120元", "独生子女父母奖励费每人每年"),
    ("发放独生子女父母奖励费，每人每年120元，共计27.82万元。", "27.82万元", "独生子女父母奖励费"),
    ("分季度看：一季度投入救助资金276.35万元，二季度341.08万元。", "341.08万元", "投入救助资金"),
    ("发热门诊共接诊8642人次。", "8642人次", "发热门诊接诊"),
    ("全县14家卫生院100%实施村医积分制考核管理。", "100%", "卫生院实施村医积分制考核管理"),
])
def test_the_indicator_names_what_is_counted(text, number, indicator):
    assert claim_at(text, number)[1].indicator == indicator


# -- totals, parts and a rate next to its count ---------------------------------------------------------
@pytest.mark.parametrize("text,number,cue", [
    ("全县共审核854人。", "854人", "共"),
    ("以上各项合计发放2267.6万元。", "2267.6万元", "合计"),
    ("累计接种新冠疫苗52万剂次。", "52万剂次", "累计"),
    ("总计投入资金500万元。", "500万元", "总计"),
    ("卫生技术人员2447人，其中中医192人。", "2447人", "其中"),   # a total announced by the 其中 after it
])
def test_totals_are_marked_by_their_cue(text, number, cue):
    assert claim_at(text, number)[1].total_cue == cue


def test_parts_follow_qizhong():
    text = "全县共审核854人，其中，符合政策考生655人、审核不通过59人。"
    assert [(n.text, c.part_cue) for n, c in tagged(text)] == [("854人", False), ("655人", True), ("59人", True)]


def test_a_rate_next_to_its_count_measures_what_the_count_counts():
    text = "筛查评估高危孕产妇1127人，占产妇总数的25.90%。"
    assert claim_at(text, "1127人")[1].indicator == "筛查评估高危孕产妇"
    assert claim_at(text, "25.90%")[1].indicator == "筛查评估高危孕产妇占产妇总数"
    assert claim_at("二孩及以上出生2386人，占61.27%。", "61.27%")[1].indicator == "二孩及以上出生占"


def test_a_share_after_a_clause_that_only_names_a_thing_is_that_things():
    text = "位居前四位的依次为：创伤，占38%；心脑血管系统疾病，占9.6%，中毒，占6.4%。"
    assert claim_at(text, "38%")[1].indicator == "创伤占"
    assert claim_at(text, "9.6%")[1].indicator == "心脑血管系统疾病占"
    assert claim_at(text, "6.4%")[1].indicator == "中毒占"
    # a clause with a number in it is not a name alone: the count's own rule names the share
    assert claim_at("交通事故7108人，占60%。", "60%")[1].indicator == "交通事故占"


def test_a_rate_next_to_its_count_is_related_to_it():
    text = "全县共审核854人，其中符合政策655人，占76.70%。"
    claims = extract_claims(tag_report(text))
    rate = next(c for c in claims.claims if c.text == "76.70%")
    relation = next(r for r in claims.relations if r.result == rate.id)
    assert [claims.claims[i].text for i in relation.operands] == ["655人", "854人"]


# -- sections, by every heading style ------------------------------------------------------------------
@pytest.mark.parametrize("heading", ["一、基本情况", "一.基本情况", "（一）基本情况", "(一)基本情况", "1.基本情况",
                                     "1、基本情况", "（1）基本情况", "(1)基本情况"])
def test_a_claim_sits_in_the_section_of_its_heading(heading):
    _, context = claim_at(f"{heading}\n全县出生1486人。", "1486人")
    assert context.section == heading


def test_sections_nest():
    text = "一、基本情况\n（一）人口。出生100人。\n1.男孩。男孩52人。\n（1）城区。城区20人。\n二、资金\n下达资金30万元。"
    assert claim_at(text, "20人")[1].section == "一、基本情况 > （一）人口 > 1.男孩 > （1）城区"
    assert claim_at(text, "30万元")[1].section == "二、资金"


# -- text as it really arrives -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # half-width punctuation as often as full-width
    ("签约居民186540人,签约率38.36%;重点人群172540人。",
     [("186540人", "签约居民"), ("38.36%", "签约率"), ("172540人", "重点人群")]),
    ("按常住人口计算(年末常住人口19.8万人):每千人口托位数6.97个。",
     [("19.8万人", "常住人口"), ("6.97个", "每千人口托位数")]),   # 年末 is the period, not the name
    # a number and its unit split by a line break
    ("全年累计培训乡村医生及村卫生室人员共计300人\n次，考核合格率98%。", [("300人\n次", "培训乡村医生及村卫生室人员"), ("98%", "考核合格率")]),
    ("全县共有乡镇卫生院\n14家，村卫生室236个。", [("14家", "乡镇卫生院"), ("236个", "村卫生室")]),
    # a space inside a number
    ("执业医师占比2 .76%。", [("2 .76%", "执业医师占比")]),
])
def test_text_as_it_arrives(text, expected):
    assert [(n.text, c.indicator) for n, c in tagged(text) if n.kind not in DATE_KINDS] == expected


@pytest.mark.parametrize("text,values", [
    ("签约居民186540人,签约率38.36%;重点人群172540人。",
     [("186540", "人", "count"), ("38.36", "%", "percent"), ("172540", "人", "count")]),
    ("按常住人口计算(年末常住人口19.8万人):每千人口托位数6.97个。",
     [("198000", "万人", "count"), ("6.97", "个", "permille")]),     # 每千人口: a rate per 1,000
    ("全年累计培训乡村医生及村卫生室人员共计300人\n次，考核合格率98%。", [("300", "人次", "count"), ("98", "%", "percent")]),
    ("全县共有乡镇卫生院\n14家，村卫生室236个。", [("14", "家", "count"), ("236", "个", "count")]),
    ("执业医师占比2 .76%。", [("2.76", "%", "percent")]),
])
def test_text_as_it_arrives_keeps_value_unit_and_kind(text, values):
    assert [(n.value, n.unit, n.kind) for n, _ in tagged(text) if n.kind not in DATE_KINDS] == \
        [(Decimal(value), unit, kind) for value, unit, kind in values]


def test_a_space_inside_a_number_is_read_through():
    found, _ = claim_at("执业医师占比2 .76%。", "2 .76%")
    assert found.value == Decimal("2.76")


def test_a_table_flattened_to_one_cell_per_line():
    text = "公办幼儿园4所，托位\n\n157\n\n个，持证工作人员153人。"
    found, context = claim_at(text, "157\n\n个")
    assert (found.value, found.unit, context.indicator) == (Decimal(157), "个", "托位")


FLATTENED_TABLE = ("表1 全县卫生资源情况\n指标\n2022年\n2023年\n卫生技术人员（人）\n2447\n2513\n"
                   "执业（助理）医师（人）\n812\n856\n出院者平均住院日\n7.8\n7.6\n病床使用率\n82.6\n80.1\n")


def test_a_table_flattened_to_one_cell_per_line_keeps_every_cell():
    assert [(n.text, n.value, n.kind) for n, _ in tagged(FLATTENED_TABLE) if n.kind not in DATE_KINDS] == [
        ("2447", Decimal(2447), "count"), ("2513", Decimal(2513), "count"),
        ("812", Decimal(812), "count"), ("856", Decimal(856), "count"),
        ("7.8", Decimal("7.8"), "value"), ("7.6", Decimal("7.6"), "value"),      # decimals: an average
        ("82.6", Decimal("82.6"), "percent"), ("80.1", Decimal("80.1"), "percent"),  # the row label says 率
    ]


def test_a_page_number_between_two_lines_of_prose_is_not_a_cell():
    text = ("全县共有卫生技术人员2447人，比上年增加66人，增长2.77%，执业医师队伍不断壮大\n3\n"
            "各乡镇卫生院均已达标，全县共有床位860张，比上年有所增加。")
    assert [n.text for n, _ in tagged(text)] == ["2447人", "66人", "2.77%", "860张"]


def test_a_flattened_row_label_starting_with_a_unit_character_is_not_a_unit():
    text = "指标\n2022年\n2023年\n卫生技术人员（人）\n2447\n2513\n床位数（张）\n860\n902\n"
    assert [n.text for n, _ in tagged(text) if n.kind not in DATE_KINDS] == ["2447", "2513", "860", "902"]


def test_a_flattened_cell_is_named_by_its_row_label():
    assert claim_at(FLATTENED_TABLE, "2447")[1].indicator == "卫生技术人员"


@pytest.mark.parametrize("text,number,value,kind,indicator,period", [
    # one header row, 其中 rows
    ("| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n| 诊疗人次 | 1265430 | 1338762 |\n| 其中：县级医院 | 498216 | 512384 |",
     "498216", "498216", "count", "县级医院", "2022年"),
    ("| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n| 诊疗人次 | 1265430 | 1338762 |\n| 其中：县级医院 | 498216 | 512384 |",
     "1338762", "1338762", "count", "诊疗人次", "2023年"),
    # two header rows: the lower one names the measure of its column
    ("| 项目 | 2023年 | |\n| | 人数 | 占比(%) |\n| 签约 | 1200 | 45.5 |\n| 其中：老年人 | 300 | 12.1 |",
     "12.1", "12.1", "percent", "老年人", "2023年"),
    ("| 项目 | 2023年 | |\n| | 人数 | 占比(%) |\n| 签约 | 1200 | 45.5 |\n| 其中：老年人 | 300 | 12.1 |",
     "1200", "1200", "count", "签约", "2023年"),
])
def test_pipe_tables(text, number, value, kind, indicator, period):
    found, context = claim_at(text, number)
    assert (found.value, found.kind, context.indicator, context.period) == (Decimal(value), kind, indicator, period)


def test_pipe_table_qizhong_rows_are_parts():
    text = "| 指标 | 2023年 |\n| --- | --- |\n| 诊疗人次 | 1338762 |\n| 其中：县级医院 | 512384 |"
    assert claim_at(text, "512384")[1].part_cue is True


@pytest.mark.parametrize("text,number,value,unit,indicator", [
    ("住院總費用5642.87萬元，合計報銷5185.79萬元。", "5642.87萬元", "56428700", "萬元", "住院总费用"),
    ("住院總費用5642.87萬元，合計報銷5185.79萬元。", "5185.79萬元", "51857900", "萬元", "报销"),
    ("全縣衛生技術人員2447人。", "2447人", "2447", "人", "卫生技术人员"),
])
def test_traditional_characters(text, number, value, unit, indicator):
    found, context = claim_at(text, number)
    assert (found.value, found.unit, context.indicator) == (Decimal(value), unit, indicator)


def test_traditional_totals_are_marked():
    assert claim_at("住院總費用5642.87萬元，合計報銷5185.79萬元。", "5185.79萬元")[1].total_cue == "合计"


# -- what is NOT a claim ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "65岁以上老年人健康管理",
    "65岁及以上老年人健康管理",
    "0-6岁儿童健康管理",
    "0～6岁儿童健康管理",
    "2型糖尿病患者管理",
    "开展5.19世界家庭医生日宣传",
    "推行村卫生室“5S”管理法",
    "发热患者、十大症状患者",
    "以“三个全覆盖”为重点",
    "每家单位24小时安排专人值守",
    "（临卫基层发〔2021〕9号）要求",
    "按照哈政办发〔2023〕8号文件",
    "第二批“业务院长”",
    "会议于9:30召开",
    "两女家庭",
])
def test_not_a_claim(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text", ["一、人口监测", "二.基本公共卫生", "（二）奖扶政策", "(三)项目宣传", "1.基本数据",
                                  "2、资金", "（3）项目宣传", "(4)督导"])
def test_heading_numbers_are_not_claims(text):
    assert tagged(text) == []


def test_ordinals_are_not_claims_but_the_count_after_them_is():
    assert quantities("对新增的第二批特扶对象12人落实联系人制度。") == ["12人"]


def test_a_numbered_line_runs_on_into_its_unit_on_the_next_line():
    # 1. opens the line, but the line break after 31286 sits between a number and its unit:
    # it does not end the sentence (the rate after it is over the count before it)
    from checker.nlp.patterns import hard_newlines

    text = "二、工作成效\n1.建立居民健康档案的人数达到31286\n人，建档率85.2%。\n2.其他工作"
    # the lines that end a sentence: the heading, and the line of the rate (not the line of 31286)
    assert [text[:position].rsplit("\n", 1)[-1] for position in hard_newlines(text)] == ["二、工作成效", "人，建档率85.2%。"]
    number, context = claim_at(text, "31286\n人")
    assert (number.value, number.unit) == (31286, "人")
    assert context.sentence == claim_at(text, "85.2%")[1].sentence


def test_a_numbered_line_before_a_word_that_starts_like_a_unit_still_ends():
    from checker.nlp.patterns import hard_newlines

    text = "1.全县共有医生12\n人员培训另行安排"  # 人员 is a word, not the unit 人 of 12
    assert list(hard_newlines(text)) == [text.index("\n")]
