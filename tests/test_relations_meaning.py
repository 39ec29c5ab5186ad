"""Relations the prose states by meaning rather than by 其中: shares named in a rate or listed with
分别占, counts among a group (N个X中有M个), members of a whole named before, covering breakdowns
(partitions, levels, negation pairs), rates of what was done over what was due, use rates of a
capacity, and the readings that must not become relations (a previous year's value, a change)."""
from __future__ import annotations

from datetime import date

import pytest

from checker.claims import _negation_pair, _year_of_month_days, extract_claims
from checker.nlp import tag_report


def relations(text):
    found = extract_claims(tag_report(text))
    return [(r.kind, found.claim(r.result).text, tuple(found.claim(i).text for i in r.operands), r.confidence,
             r.complete) for r in found.relations]


def has(text, kind, result, operands, confidence=None, complete=None):
    for found in relations(text):
        if found[:3] == (kind, result, tuple(operands)) and (confidence is None or found[3] == confidence) \
                and (complete is None or found[4] == complete):
            return True
    return False


def test_respective_shares_take_the_total_of_their_counts():
    text = "全县共接诊病人800人，其中门诊病人500人、急诊病人300人，分别占62.5%和37.5%。"
    assert has(text, "rate", "62.5%", ["500人", "800人"], "high")
    assert has(text, "rate", "37.5%", ["300人", "800人"], "high")


def test_respective_shares_are_not_read_over_last_years_value():
    text = "今年出生人口900人，较上年的1000人减少100人。全年出生人口中，一孩500人，二孩400人，分别占55.56%、44.44%。"
    assert not any(r[0] == "rate" and r[2][1] == "1000人" for r in relations(text))


def test_a_rate_that_names_its_part_and_its_base():
    text = "全年全县孕妇2000人。开展分级管理，高危孕妇300人，低危孕妇1700人，高危孕妇占孕妇总数的15.00%。"
    assert has(text, "rate", "15.00%", ["300人", "2000人"], "high")


def test_a_base_named_in_a_share_may_be_stated_paragraphs_before():
    text = ("一、基本情况\n全年全县孕妇3000人。\n二、服务\n开展健康教育。\n三、管理\n开展随访。\n"
            "四、筛查\n产前筛查2400人，占孕妇总数的80.00%。")
    assert has(text, "rate", "80.00%", ["2400人", "3000人"], "high")


def test_a_count_among_a_group_is_part_of_it_and_its_share_is_over_it():
    text = "全县15个行政村中已有12个建成标准化卫生室，占80%。"
    assert has(text, "subset", "15个", ["12个"], "high")
    assert has(text, "rate", "80%", ["12个", "15个"], "high")


def test_counts_of_members_of_a_whole_named_before():
    text = ("我县共有20家乡镇卫生院，300个村卫生室，乡村医生400人。"
            "今年将对8家乡镇卫生院和50家卫生室进行改造；培训乡村医生350名；完成30名符合条件的在岗乡村医生学历提升。")
    assert has(text, "subset", "20家", ["8家"], "medium")
    assert has(text, "subset", "300个", ["50家"], "medium")
    assert has(text, "subset", "400人", ["350名"], "medium")
    assert has(text, "subset", "400人", ["30名"], "medium")


def test_a_kind_of_the_whole_is_part_of_it():
    text = "全县共有养老机构30家。普惠性养老机构18家，占60%。"
    assert has(text, "subset", "30家", ["18家"], "medium")


def test_a_list_opened_by_gongyou_ends_at_a_clause_that_says_more():
    # 9家乡镇卫生院达到… is a part of the 14, not a restatement of the whole
    text = "我县共有14家乡镇卫生院，236个村卫生室，9家乡镇卫生院达到基本标准。全县14家乡镇卫生院全部设有中医馆。"
    assert not any(r[0] == "restated" for r in relations(text))


@pytest.mark.parametrize("text,parts", [
    ("全县特别扶助对象500人，其中独生子女伤残家庭300人、死亡家庭200人。", ("300人", "200人")),
    ("全县累计报告感染者20例，其中确诊病例8例、无症状感染者12例。", ("8例", "12例")),
    ("全年资金300万元，其中中央和省级资金200万元、县级配套资金100万元。", ("200万元", "100万元")),
    ("创卫资金500万元，其中县财政资金300万元、上级资金200万元。", ("300万元", "200万元")),
    ("全县建档立卡贫困户400户，其中已脱贫390户、未脱贫10户。", ("390户", "10户")),
    ("全县执业医师600人，其中临床类400人、中医类100人、中西医结合类20人、口腔类30人、公共卫生类50人。",
     ("400人", "100人", "20人", "30人", "50人")),
])
def test_breakdowns_that_cover_their_whole(text, parts):
    found = relations(text)
    assert any(r[0] == "breakdown" and r[2] == parts and r[4] for r in found), found


@pytest.mark.parametrize("text", [
    "全年资金300万元，其中中央资金200万元、省级资金50万元。",          # no bottom level named
    "全县卫生技术人员900人，其中执业医师400人、注册护士300人。",       # no partition
    "全县执业医师600人，其中临床类400人、口腔类30人。",                 # not every member
])
def test_breakdowns_that_need_not_cover_their_whole(text):
    found = relations(text)
    assert any(r[0] == "breakdown" for r in found) and not any(r[0] == "breakdown" and r[4] for r in found), found


@pytest.mark.parametrize("first,second,expected", [
    ("已脱贫", "未脱贫", True), ("达标", "未达标", True), ("普惠性", "非普惠性", True),
    ("审核通过", "审核不通过", True),
    ("城镇", "农村", False), ("未达标", "未脱贫", False), ("新建", "改建", False), ("审核通过", "审核不足", False),
])
def test_negation_pairs(first, second, expected):
    assert _negation_pair(first, second, ["未", "非", "不", "尚未", "没有"]) is expected


def test_rates_of_what_was_done_over_what_was_due():
    text = "全县应管糖尿病患者5000人，在管4000人，管理率80.00%；规范管理3000人，规范管理率75.00%。"
    assert has(text, "rate", "80.00%", ["4000人", "5000人"])
    assert has(text, "rate", "75.00%", ["3000人", "4000人"])
    text = "项目年度计划投资5000万元，上半年完成投资3000万元，完成年度计划60.00%。"
    assert has(text, "rate", "60.00%", ["3000万元", "5000万元"])


def test_a_rate_named_after_the_base_is_not_read_as_due_and_done():
    # 登记管理 names 管理 too, but 规范管理率 names 规范管理, which only the numerator says
    text = "全县登记管理高血压患者4000人，规范管理3000人，规范管理率75.00%。"
    assert has(text, "rate", "75.00%", ["3000人", "4000人"])
    text = "全县应急队伍12支，队员300人，完成演练280人次，演练率93.33%。"
    assert not any(r[0] == "rate" for r in relations(text))


def test_use_rate_of_a_capacity_stated_before():
    text = "全县共有托位1000个。在托婴幼儿700人，托位使用率70.00%。"
    assert has(text, "rate", "70.00%", ["700人", "1000个"], "medium")


def test_a_rate_over_a_named_base_finds_its_numerator_earlier_in_the_paragraph():
    text = "全年全县出生3000人，上半年出生1400人，下半年出生1600人。全县户籍人口300000人，人口出生率为10.00‰。"
    assert has(text, "rate", "10.00‰", ["3000人", "300000人"])
    text = "全县出生人口2000人；户籍人口出生率为8.00‰（年末户籍人口250000人）。"
    assert has(text, "rate", "8.00‰", ["2000人", "250000人"])


def test_the_total_right_before_qizhong_after_a_semicolon():
    text = "全县共有托育机构30家，其中公办10家、民办20家；提供托位1500个，其中公办托位500个、民办托位1000个。"
    found = relations(text)
    assert ("breakdown", "1500个", ("500个", "1000个"), "medium", False) in [r for r in found if r[1] == "1500个"] or \
        any(r[:3] == ("breakdown", "1500个", ("500个", "1000个")) for r in found)
    assert not any(r[:2] == ("breakdown", "30家") and "500个" in r[2] for r in found)


def test_a_change_is_not_the_year_of_its_halves():
    text = "上半年完成门诊200000人次，下半年完成门诊300000人次，全年完成门诊500000人次，较上年减少40000人次。"
    found = relations(text)
    assert not any(r[0] == "period-sum" and r[1] == "40000人次" for r in found)
    assert any(r[0] == "period-sum" and r[1] == "500000人次" for r in found)


@pytest.mark.parametrize("title,signed,year", [
    ("某县卫生健康局2020年工作总结\n", date(2021, 1, 12), 2020),      # a past year's summary
    ("某县卫生健康局2021年工作总结\n", date(2021, 12, 20), 2021),
    ("某县卫生健康局工作总结\n", date(2021, 1, 12), 2021),             # no year in the title
])
def test_month_days_without_a_year_take_the_year_the_report_covers(title, signed, year):
    assert _year_of_month_days(title + "正文。\n", signed) == year


# -- round 2: the readings that gave false warnings, and the relations read since -------------------
def observations(text, kind):
    return [o for o in extract_claims(tag_report(text)).observations if o.kind == kind]


def test_only_a_narrowed_rate_reaches_past_the_rate_before_it():
    narrowed = "登记在管糖尿病患者5200人，管理率61.20%；规范管理3900人，规范管理率75.00%。"
    assert has(narrowed, "rate", "75.00%", ["3900人", "5200人"])
    # 中医药健康管理率 is over the old, like the rate before it, not over the 6000 served
    own_population = "为老年人提供健康管理服务6000人，健康管理率70.00%；提供中医药健康管理服务5400人，中医药健康管理率63.00%。"
    assert not any(r[0] == "rate" and r[1] == "63.00%" for r in relations(own_population))


def test_a_named_base_prefers_the_plain_count_to_one_qualified_by_another_measure():
    text = "全年活产3000人，住院分娩活产2990人。\n孕产妇系统管理2850人，系统管理率95.00%。"
    assert has(text, "rate", "95.00%", ["2850人", "3000人"])
    assert not any(r[0] == "rate" and "2990人" in r[2] for r in relations(text))


def test_a_qualified_base_serves_when_no_plain_one_is_stated():
    text = "全年住院分娩活产2400人。婴儿死亡6人，婴儿死亡率2.50‰。"
    assert has(text, "rate", "2.50‰", ["6人", "2400人"])


def test_a_subgroups_count_is_not_over_the_whole_population():
    text = "全县常住人口20万人。签约服务常住人口7万人，签约率35.0%；重点人群签约4万人，签约率80.0%。"
    assert not any(r[0] == "rate" and r[1] == "80.0%" for r in relations(text))
    elderly = "全县常住人口20万人。65岁及以上老年人家庭医生签约2.4万人，签约率75.0%。"
    assert not any(r[0] == "rate" and r[1] == "75.0%" for r in relations(elderly))


def test_a_rate_right_after_another_count_is_that_counts_rate():
    text = ("失能老年人900人，失能老年人家庭医生签约850人。"
            "全县30家养老机构均与医疗机构签订合作协议，签约率100%。")
    # (30家…均…签约率100% is the 30 over themselves: see test_a_rate_after_a_count_that_all_did)
    assert not any(r[0] == "rate" and r[1] == "100%" and set(r[2]) & {"900人", "850人"} for r in relations(text))


def test_a_use_rate_is_over_the_whole_capacity_not_over_a_part():
    text = "医养结合机构设置床位900张，其中医疗床位300张、养老床位600张，入住老年人540人，床位使用率60.00%。"
    assert has(text, "rate", "60.00%", ["540人", "900张"])


def test_the_value_a_change_starts_from_is_not_a_part():
    text = ("第四季度发放800人。其中，伤残家庭扶助对象由第一季度的280人增加到第四季度的300人，"
            "死亡家庭扶助对象由480人增加到500人。")
    assert not any("280人" in r[2] or "480人" in r[2] for r in relations(text) if r[0] == "breakdown")


def test_a_bracket_after_the_second_of_two_listed_counts_is_not_a_part_of_that_one():
    text = "累计报告确诊病例20例、无症状感染者30例(境外输入40例)。"
    assert not any(r[0] == "subset" and r[1] == "30例" for r in relations(text))
    single = "累计报告无症状感染者30例(境外输入40例)。"
    assert has(single, "subset", "30例", ["40例"])


def test_clauses_that_each_open_with_a_member_break_down_the_totals_before():
    text = ("三、托育服务\n全县共有托育机构20家，提供托位1000个。\n"
            "1.按举办性质分：公办托育机构5家、托位300个，民办托育机构15家、托位700个。")
    assert has(text, "breakdown", "20家", ["5家", "15家"], complete=True)
    assert has(text, "breakdown", "1000个", ["300个", "700个"], complete=True)


def test_member_clauses_do_not_reach_into_another_section():
    text = ("（一）奖励扶助\n确认奖励扶助对象9000人。\n（二）特别扶助\n"
            "其中，伤残家庭扶助对象400人，死亡家庭扶助对象600人。")
    assert not any(r[0] == "breakdown" and r[1] == "9000人" for r in relations(text))


def test_a_total_followed_by_fenbiewei_and_its_values():
    text = "三家县级医院实有床位合计900张，分别为500张、300张和100张。"
    assert has(text, "breakdown", "900张", ["500张", "300张", "100张"], "high", complete=True)


def test_what_was_done_is_part_of_what_was_due_not_a_second_part_of_the_total():
    text = "共查验9000人，其中需补种儿童3000人，已完成补种2900人。"
    assert has(text, "subset", "3000人", ["2900人"], "medium")
    assert has(text, "subset", "9000人", ["3000人"])
    assert not any(r[0] == "breakdown" and r[1] == "9000人" for r in relations(text))


def test_fund_rates_over_the_money_allocated():
    text = ("一、资金下达\n全年共下达专项资金2000.00万元。\n二、资金使用\n"
            "（一）公卫资金。全年下达1200.00万元，年内拨付1140.00万元，拨付率95.00%。\n"
            "（二）药物补助。300.00万元全部用于基本药物补助。截至年底已拨付240.00万元，占下达资金的80.00%。\n"
            "（三）执行情况。各单位实际支出1800.00万元，预算执行率90.00%。")
    assert has(text, "rate", "95.00%", ["1140.00万元", "1200.00万元"])
    assert has(text, "rate", "80.00%", ["240.00万元", "300.00万元"])
    assert has(text, "rate", "90.00%", ["1800.00万元", "2000.00万元"])


def test_items_counted_after_their_noun_and_a_last_item_joined_by_he():
    assert observations("组建四支应急队伍，分别为流调队、消杀队、检验队和救治队。", "list-count") == []
    found = observations("组建五支应急队伍，分别为流调队、消杀队、检验队和救治队。", "list-count")
    assert [dict(o.fields)["counted"] for o in found] == ["4"]
    # a bracket says more about an item; numbers listed after 分别为 are values, not items
    assert observations("全县有县级医院三家，即县人民医院（二级甲等）、县中医医院（二级甲等）和县妇幼保健院。", "list-count") == []
    assert observations("实有床位合计900张，分别为500张、300张和100张。", "list-count") == []


def test_a_standard_per_person_against_the_clause_it_governs():
    text = "其中，按每人每年960元的标准，为500名奖励扶助对象发放奖励扶助金48.00元；为80名特别扶助对象发放特别扶助金9.6万元。"
    assert has(text, "per-capita", "48.00元", ["500名", "960元"])
    half_year = "按每人每年960元标准，分上、下半年各发放480元：上半年为1000人发放48.00万元。"
    assert not any(r[0] == "per-capita" for r in relations(half_year))


def test_unitless_table_cells_of_one_row_are_not_one_total_restated():
    text = ("| 类别 | 机构数(家) | 床位数(张) |\n| --- | --- | --- |\n| 医养结合机构合计 | 12 | 900 |\n"
            "| 其中:医疗机构举办 | 5 | 400 |\n| 养老机构内设 | 7 | 500 |")
    assert not any(r[0] == "restated" for r in relations(text))


@pytest.mark.parametrize("sentence,flagged", [
    ("7月1日至7月15日，共接到中暑呼救40起。", False),   # since the period closed, said as such
    ("7月以来，共接到中暑呼救40起。", False),
    ("7月8日，县妇幼保健院通过爱婴医院复核。", True),
])
def test_a_half_year_report_that_dates_work_after_june(sentence, flagged):
    text = f"某县2023年上半年卫生健康工作总结\n一、工作情况\n{sentence}\n某县卫生健康局\n2023年7月20日\n"
    assert bool(observations(text, "outside-period")) == flagged


@pytest.mark.parametrize("text,rate,previous,current", [
    ("出院人次由上年的2000人次增加到2100人次，同比增长5.00%。", "5.00%", "2000人次", "2100人次"),
    ("人均住院费用7600.00元，比上年的8000.00元下降5.00%。", "5.00%", "8000.00元", "7600.00元"),
])
def test_a_rate_of_change_from_the_value_before_to_the_value_after(text, rate, previous, current):
    assert has(text, "change-rate", rate, [previous, current], "high")


TABLE = ("| 指标 | 2022年 | 2023年 | 同比增长(%) |\n| --- | --- | --- | --- |\n"
         "| 总诊疗人次 | 100000 | 106000 | {growth} |\n| 出院人次 | 5000 | 4800 | 4.00 |\n")


def test_a_tables_growth_column_against_its_two_years():
    assert has(TABLE.format(growth="6.00"), "change-rate", "6.00", ["100000", "106000"], "high")
    assert has(TABLE.format(growth="6.00"), "change-rate", "4.00", ["5000", "4800"], "high")


@pytest.mark.parametrize("text,fails", [
    (TABLE.format(growth="6.00"), False),
    (TABLE.format(growth="6.60"), True),
    ("出院人次由上年的2000人次增加到2100人次，同比增长5.00%。", False),
    ("出院人次由上年的2000人次增加到2100人次，同比增长5.50%。", True),
    ("人均住院费用7600.00元，比上年的8000.00元下降5.00%。", False),
    ("人均住院费用7600.00元，比上年的8000.00元下降4.50%。", True),
])
def test_a_rate_of_change_from_to_is_checked(check_text, text, fails):
    assert any(f.rule == "RATE003" for f in check_text(text).findings) == fails


# -- relation patterns of the detection work (issue #5) ------------------------------------------

def test_a_named_base_may_carry_a_count_word():
    # 活产数 names 活产: the 住院分娩率 of the next sentence is over it
    assert has("2023年全县活产数3256人。全年住院分娩3250人，住院分娩率99.82%。", "rate", "99.82%", ["3250人", "3256人"])


def test_a_done_count_opening_a_sentence_is_part_of_the_whole_closing_the_one_before():
    text = "全县乡镇卫生院14家。已完成标准化建设12家，完成率85.71%。"
    assert has(text, "subset", "14家", ["12家"], "medium")
    assert has(text, "rate", "85.71%", ["12家", "14家"], "medium")
    # two wholes of that kind before: which one the count is part of is a guess, so no subset is taken;
    # the rate is over the one it fits (the last reading, of medium confidence)
    two = "全县乡镇卫生院14家，村卫生室120个。已完成标准化建设12家，完成率85.71%。"
    assert not any(r[0] == "subset" for r in relations(two))
    assert [r[:4] for r in relations(two) if r[0] == "rate"] == [("rate", "85.71%", ("12家", "14家"), "medium")]


def test_members_of_a_group_that_did_something_and_their_rate():
    text = "全县186个村卫生室中，达到标准化建设要求的172个，达标率92.47%。"
    assert has(text, "subset", "186个", ["172个"], "high")
    assert has(text, "rate", "92.47%", ["172个", "186个"])
    assert has("18家乡镇卫生院中已建成15家,建成率83.33%。", "rate", "83.33%", ["15家", "18家"])
    # what the members did may follow their count, when the rate names it
    assert has("全县30个村卫生室中有24个达到标准，达标率80.0%。", "rate", "80.0%", ["24个", "30个"])
    assert not has("全县30个村卫生室中有24个配备了电脑，达标率80.0%。", "rate", "80.0%", ["24个", "30个"])
    # a clause that is not about the members does not make them a part
    assert not has("全县18家乡镇卫生院中心城区另有门诊部5家。", "subset", "18家", ["5家"])


def test_a_rate_after_a_count_that_all_did():
    assert has("全县党政机关86家，均已建成无烟党政机关，建成率100%。", "rate", "100%", ["86家", "86家"])
    assert has("全县12486名贫困人口全部参加城乡居民基本医疗保险，参保率100%。", "rate", "100%", ["12486名", "12486名"])
    assert not any(r[0] == "rate" for r in relations("服务老人500人，人均满意率98%。"))


def test_a_rate_after_two_counts_named_by_an_abridged_stem_or_a_share():
    assert has("全年全县新生儿4234人，建立预防接种卡证4216人，建证率99.57%。", "rate", "99.57%", ["4216人", "4234人"])
    assert has("住院总费用5642.87万元，合计报销5185.79万元，实际报销比例91.90%。", "rate", "91.90%",
               ["5185.79万元", "5642.87万元"])


@pytest.mark.parametrize("text,rate,previous,current", [
    ("户籍出生人口1486人，较上年的1583人减少97人，下降6.13%。", "6.13%", "1583人", "1486人"),
])
def test_a_change_rate_after_the_value_before_stated_with_its_change(text, rate, previous, current):
    assert has(text, "change-rate", rate, [previous, current], "high")


def test_a_change_rate_reaches_past_a_rate_to_the_count_that_changed():
    text = "全年报告法定传染病2876例，报告发病率544.70/10万（按常住人口52.8万人计），较上年减少214例，下降6.93%。"
    assert has(text, "change-rate", "6.93%", ["214例", "2876例"], "high")
    assert has(text, "rate", "544.70/10万", ["2876例", "52.8万人"], "medium")


def test_a_policy_rate_and_a_defect_rate_over_their_bases():
    assert has("截至9月底,全镇累计出生295人,人口出生率为 7.41‰;符合政策出生243人,政策符合率82.4%;",
               "rate", "82.4%", ["243人", "295人"])
    # 出生缺陷发生率 is over 围产儿; without one stated, over 活产
    assert has("上半年活产2846人。共监测到出生缺陷儿34例，出生缺陷发生率119.47/万。", "rate", "119.47/万", ["34例", "2846人"])
    both = "全年活产4386人。监测围产儿4402例，发现出生缺陷38例，出生缺陷发生率86.32/万。"
    assert has(both, "rate", "86.32/万", ["38例", "4402例"])


def test_a_share_of_a_base_named_more_narrowly_is_medium():
    text = "1-6月全县住院分娩产妇2831人，活产2846人。上半年筛查出高危孕产妇774人，占同期产妇总数的27.34%。"
    assert has(text, "rate", "27.34%", ["774人", "2831人"], "medium")


def test_an_included_new_addition_is_part_of_the_total():
    assert has("能够提供3岁以下婴幼儿托位446个(含2022年新增托位55个)。", "subset", "446个", ["55个"], "high")


def test_a_level_and_those_above_it_is_their_sum():
    text = "一孩1405人、二孩1356人、三孩及以上367人；二孩及以上出生1723人。"
    assert has(text, "breakdown", "1723人", ["1356人", "367人"], "medium", True)
    # a change of the share is not a level's count
    assert not any(r[0] == "breakdown" and r[1] == "2.3" for r in relations(
        "一孩652人，二孩598人，三孩及以上236人，分别占43.88%、40.24%和15.88%；二孩及以上出生占比56.12%，较上年提高2.3个百分点。"))


def test_a_total_stated_in_two_units_breaks_down_in_each():
    text = "全县共有建档立卡贫困人口4132户12486人，其中已脱贫4087户12358人，未脱贫45户128人。"
    assert has(text, "breakdown", "4132户", ["4087户", "45户"], "high", True)
    assert has(text, "breakdown", "12486人", ["12358人", "128人"], "high", True)


def test_a_paragraph_opened_by_its_total_lists_its_parts():
    text = "健康生育专项资金205万元。生殖健康检查资金60万元，服务97868人；免费孕前优生健康检查资金145万元，服务11172人。"
    assert has(text, "breakdown", "205万元", ["60万元", "145万元"], "medium", True)
    # family planning (计划生育) is not a plan: its amounts are parts too
    planning = "奖励扶助资金806万元。计划生育家庭奖励扶助资金643万元；计划生育家庭特别扶助资金163万元。"
    assert has(planning, "breakdown", "806万元", ["643万元", "163万元"], "medium", True)
    # amounts per person, printed in another unit, are standards, not parts
    wages = "村级计生专干、小组长工资338万元。全市计划生育专干年工资2000元,育龄妇女小组长年工资1200元,合计2443人。"
    assert not any(r[0] == "breakdown" for r in relations(wages))


def test_a_list_whose_last_two_items_are_joined_by_he():
    assert observations("全县共开展三项活动，分别是健康讲座、义诊和入户随访。", "list-count") == []
    found = observations("全县共开展五项活动，分别是健康讲座、义诊和入户随访。", "list-count")
    assert found and dict(found[0].fields)["counted"] == "3"
    assert observations("建成四个中心，包括胸痛中心、卒中中心等。", "list-count") == []
    assert observations("建成四个中心，包括胸痛中心、卒中中心、创伤中心。", "list-count")


def test_an_amount_followed_by_its_per_capita_standard():
    # 642.82元 printed for 642.82万元: the amount is read against count × standard, and fails
    slip = "全年为6696名计划生育家庭父母发放奖励扶助金642.82元，人均960元。"
    assert has(slip, "per-capita", "642.82元", ["6696名", "960元"])
    assert has(slip.replace("642.82元", "642.82万元"), "per-capita", "642.82万元", ["6696名", "960元"])


def test_gold_silver_and_bronze_cover_the_rated_whole():
    text = "全县建成健康促进学校32所，其中金牌学校3所、银牌学校9所、铜牌学校20所。"
    assert has(text, "breakdown", "32所", ["3所", "9所", "20所"], "high", True)
    assert has(text.replace("铜牌学校20所", "其他学校20所").replace("银牌", "示范"), "breakdown", "32所",
               ["3所", "9所", "20所"], "high", True)  # (其他 closes any list)
    assert has("全县建成健康促进学校32所，其中金牌学校3所、银牌学校9所。", "breakdown", "32所", ["3所", "9所"], "high", False)


# -- read this session: periods, 分别用于, bracketed lists, narrowing names, identities, far bases --
def test_a_year_is_the_whole_of_its_quarters_and_the_first_three_quarters_of_three():
    text = ("2020年全县累计投入医疗救助资金1386.42万元。分季度看：一季度276.35万元，二季度341.08万元，"
            "三季度368.57万元，四季度400.42万元；前三季度累计986万元。")
    assert has(text, "period-sum", "1386.42万元", ["276.35万元", "341.08万元", "368.57万元", "400.42万元"])
    assert has(text, "period-sum", "986万元", ["276.35万元", "341.08万元", "368.57万元"])


def test_first_three_quarters_is_not_read_as_the_third_quarter():
    from checker.claims import _period_part
    assert _period_part("2020年前三季度") == "Q123"
    assert _period_part("2020年三季度") == "Q3"
    assert _period_part("2020年") == "Y" and _period_part("2020年度") == "Y"
    assert _period_part("2020年12月") is None  # a month is not the year


def test_people_per_quarter_are_not_summed_to_the_year():
    # stocks: the same families are counted in every quarter
    text = "2020年共扶助4000人。一季度扶助1000人，二季度扶助1000人，三季度扶助1000人，四季度扶助1000人。"
    assert not any(r[0] == "period-sum" for r in relations(text))


def test_an_amount_split_among_the_uses_named_after_it():
    text = ("医疗服务能力提升补助资金。560.00万元分别用于胸痛中心建设200.00万元、康复科建设150.00万元、"
            "十二家乡镇卫生院设备购置210.00万元（每家17.50万元）。")
    assert has(text, "breakdown", "560.00万元", ["200.00万元", "150.00万元", "210.00万元"], "medium", complete=True)
    # a list of something else after 分别用于 is not a split of the amount
    assert not any(r[0] == "breakdown" for r in relations("安排资金300万元，分别用于3个项目，惠及1200人。"))


def test_labelled_parts_in_brackets_after_a_total_name_all_of_it():
    text = "对全县共计16家基层医疗卫生机构（乡镇卫生院14家、社区卫生服务中心2家）开展自评。"
    assert has(text, "breakdown", "16家", ["14家", "2家"], "medium", complete=True)
    # with 其中 the list may be partial
    text = "全县11家助产机构（其中县级3家、乡镇卫生院8家）共监测到出生缺陷儿34例。"
    assert not has(text, "breakdown", "11家", ["3家", "8家"], complete=True)


def test_a_share_with_no_base_named_is_of_the_count_its_name_narrows():
    text = ("1.出生总量。全县出生3128人，较上年减少376人。\n"
            "2.孩次结构。一孩1405人、二孩1356人、三孩及以上367人；二孩及以上出生1723人，占55.08%。")
    assert has(text, "rate", "55.08%", ["1723人", "3128人"], "medium")


def test_a_narrower_kind_counted_after_its_whole_is_part_of_it():
    text = "全县现有托育机构23家，可提供托位1380个。省级示范托育机构2家。"
    assert has(text, "subset", "23家", ["2家"], "medium")
    # a sibling counted per group is not the whole; nor is a count of each (各)
    text = "县人民医院帮扶乡镇卫生院6家，县中医医院帮扶乡镇卫生院7家。"
    assert not any(r[0] == "subset" for r in relations(text))
    # a one-character difference is a word cut, not a modifier
    text = "全县中级职称1170人，初级职称2481人。"
    assert not any(r[0] == "subset" for r in relations(text))


def test_cases_add_up_by_definition_and_a_death_that_did_not_happen_is_zero():
    text = "境外输入方面，现有确诊739例（其中重症病例11例），现有疑似2例；累计确诊8056例，累计治愈出院7317例，未出现死亡病例。"
    assert has(text, "breakdown", "8056例", ["739例", "7317例"], "medium", complete=True)
    text = "现有确诊病例1786例；累计治愈出院88177例、累计死亡4636例，累计报告确诊94599例；现有疑似2例。"
    assert has(text, "breakdown", "94599例", ["1786例", "88177例", "4636例"], "medium", complete=True)
    # deaths neither stated nor denied: the identity cannot be checked
    text = "现有确诊739例；累计确诊8056例，累计治愈出院7317例。"
    assert not any(r[0] == "breakdown" and r[1] == "8056例" for r in relations(text))


def test_rates_listed_after_counts_due_each_the_same_number():
    text = ("市下达我县宫颈癌、乳腺癌筛查任务各8600人，全年完成宫颈癌筛查8652人、乳腺癌筛查8610人，"
            "任务完成率分别为100.60%和100.12%。")
    assert has(text, "rate", "100.60%", ["8652人", "8600人"], "medium")
    assert has(text, "rate", "100.12%", ["8610人", "8600人"], "medium")


FILLER = "".join(f"（{n}）其他工作。开展宣传活动{n}场。\n" for n in "一二三四五六七八九十")


def test_a_population_stated_once_far_before_is_the_base_of_a_rate_over_it():
    text = "一、基本情况\n年末全县常住人口37.42万人。\n二、工作\n" + FILLER * 2 + \
        "三、疾病控制\n全年全县报告甲乙类法定传染病12种1203例，报告发病率321.49/10万。"
    assert has(text, "rate", "321.49/10万", ["1203例", "37.42万人"], "medium")
    # two populations of that name: which one is a guess
    text = "一、基本情况\n年末全县常住人口37.42万人，上年常住人口36.90万人。\n" + FILLER * 2 + \
        "三、疾病控制\n全年全县报告甲乙类法定传染病12种1203例，报告发病率321.49/10万。"
    assert not any(r[0] == "rate" and r[1] == "321.49/10万" for r in relations(text))


def test_a_base_declared_with_an_jisuan_is_the_base_of_the_rates_after_it():
    text = ("截至6月30日，全县累计接种新冠病毒疫苗1184326剂次，其中第一剂462318剂次、第二剂448756剂次。"
            "按常住人口502160人计算，第一剂接种率92.07%，全程接种率89.37%。")
    assert has(text, "rate", "92.07%", ["462318剂次", "502160人"], "medium")
    # no count named by the rate's stem: 全程 is not stated, so 89.37% has no numerator
    assert not any(r[0] == "rate" and r[1] == "89.37%" for r in relations(text))
    # without 按…计算 the population is not declared the base
    text = text.replace("按常住人口502160人计算，", "常住人口502160人，")
    assert not has(text, "rate", "92.07%", ["462318剂次", "502160人"])


def test_amounts_allocated_by_shares_are_those_shares_of_the_amount_before():
    text = ("全年医保基金打包预付医共体32618.5万元，年终结余1842万元，结余率5.65%。结余资金按县级医院60%、"
            "乡镇卫生院30%、村卫生室10%的比例分配，分别为1105.2万元、552.6万元、184.2万元。")
    assert has(text, "rate", "60%", ["1105.2万元", "1842万元"], "medium")
    assert has(text, "rate", "30%", ["552.6万元", "1842万元"], "medium")
    assert has(text, "rate", "10%", ["184.2万元", "1842万元"], "medium")
    text = ("全年应安排补助资金4724.83万元，其中中央财政3307.38万元、省级财政944.97万元、县级财政472.48万元。"
            "上半年按60%预拨2834.90万元。")
    # the whole is the amount the parts belong to, not the last part stated
    assert has(text, "rate", "60%", ["2834.90万元", "4724.83万元"], "medium")
    # shares and amounts that do not pair up are left alone
    text = "年终结余1842万元。结余资金按县级医院60%、乡镇卫生院40%的比例分配，分别为1105.2万元。"
    assert not any(r[0] == "rate" and r[2][-1] == "1842万元" for r in relations(text))


def test_a_rate_after_a_number_that_counts_its_noun_is_over_that_number():
    text = ("全县建成老年友善医疗机构21家，其中二级及以上综合性医院3家、乡镇卫生院18家，"
            "22家乡镇卫生院建成覆盖率81.82%。")
    assert has(text, "rate", "81.82%", ["18家", "22家"], "medium")
    # no count of that noun before it in the sentence: no numerator to take
    assert not any(r[0] == "rate" for r in relations("全县22家乡镇卫生院建成覆盖率81.82%。"))


def test_prenatal_screening_rate_is_over_the_live_births():
    text = ("1-6月全县住院分娩产妇2831人，活产2846人。\n"
            "（一）产前筛查。孕中期产前筛查2418人，产前筛查率84.96%。")
    assert has(text, "rate", "84.96%", ["2418人", "2846人"], "medium")


def test_counts_in_bands_that_cover_a_scale_break_down_the_count_before():
    text = "对全县18家乡镇卫生院开展年度绩效评价。评价得分80分以下的1家，80-90分的6家，90分以上的11家。"
    assert has(text, "breakdown", "18家", ["1家", "6家", "11家"], "medium", complete=True)
    # bands with a gap (80-85 then 90以上) do not cover the scale
    text = "对全县18家乡镇卫生院开展年度绩效评价。评价得分80分以下的1家，80-85分的6家，90分以上的11家。"
    assert not any(r[0] == "breakdown" and r[1] == "18家" for r in relations(text))
    # an age in a name is not a band
    text = "全县老年人9.48万人。65岁以上老年人6.1万人。"
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_counts_that_cannot_exceed_another_by_what_they_count():
    text = "2023年上半年，市120指挥调度中心累计受理120呼入电话87869次；救护车出车33424次，日均185次。"
    assert has(text, "subset", "87869次", ["33424次"], "medium")
    text = "截至12月底，全县建立居民电子健康档案298157份，建档率91.32%。年内更新档案信息6.3万余份。"
    assert has(text, "subset", "298157份", ["6.3万余份"], "medium")
    text = "目前住院患者转出人次数1286人次，患者住院总人次数31254人次，县域内就诊率95.9%。"
    assert has(text, "subset", "31254人次", ["1286人次"], "medium")
    # words of the whole inside the part's own name do not make it a whole
    text = "全县更新居民健康档案5000份，更新档案率10%。"
    assert not any(r[0] == "subset" for r in relations(text))


def test_the_people_behind_visits_are_at_most_the_visits():
    text = "全年贫困人口住院6218人次（涉及3452人），人均住院1.80次。"
    assert has(text, "subset", "6218人次", ["3452人"], "medium")
    # a bracket that says something else about the visits is not the people behind them
    assert not any(r[0] == "subset" for r in relations("全年贫困人口住院6218人次（较上年减少3452人），人均住院1.80次。"))


def test_the_county_people_said_so_are_the_base_of_rates_over_the_population():
    text = ("我县共有14家乡镇卫生院，基本满足全县约28万人基本医疗就医需求。\n"
            "目前，我县累计建立居民电子建档26.1万份，建档率93.2%，全县共签约11.8万人，签约率42.1%。")
    assert has(text, "rate", "93.2%", ["26.1万份", "约28万人"], "medium")
    assert has(text, "rate", "42.1%", ["11.8万人", "约28万人"], "medium")
    # a group counted in 名 for the whole county is not its people
    text = "为全县38名乡村医生开展培训。累计建立居民电子建档26.1万份，建档率93.2%。"
    assert not any(r[0] == "rate" for r in relations(text))


def test_people_trained_among_a_population_named_before():
    # the activity (培训) just before the population's name: the trained are among the 318
    text = "全县共有乡村医生318人，拥有床位860张。2022年按照省市要求培训乡村医生300名，提升服务能力。"
    assert has(text, "subset", "318人", ["300名"], "medium")
    # trainees of another name are not among them
    text = "全县共有乡村医生318人，拥有床位860张。2022年按照省市要求培训基层卫生人员300名，提升服务能力。"
    assert not any(r[0] == "subset" and r[1] == "318人" for r in relations(text))


def test_a_total_stated_after_its_parts():
    text = "全县建成健康社区6个、健康村12个、健康学校9所，共27个健康细胞。"
    assert has(text, "breakdown", "27个", ["6个", "12个", "9所"], "medium", complete=True)
    # the total opens the next sentence: the counts of the sentence before are its parts
    text = "达到推荐标准的有4家，分别是甲镇卫生院等；达到基本标准的有五家。达标卫生院合计9家，其余3家正在整改。"
    assert has(text, "breakdown", "9家", ["4家", "五家"], "medium", complete=True)


@pytest.mark.parametrize("text", [
    "检查医疗机构15家、学校12所，共发现问题46个。",                     # 共 counts something else (another unit)
    "完成健康社区6个、健康村12个，共覆盖120个行政村。",                 # far more than the list: another whole
    "全县健康社区6个，同比增长20%，共12个。",                           # a rate in the list: not a list of counts
])
def test_a_total_after_a_list_needs_a_list_of_its_kind(text):
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_shares_in_a_list_after_a_colon_are_of_the_count_before_it():
    text = "按致伤原因对11833例创伤患者进行分析，居前两位的是：交通事故7108人，占60%；跌倒伤2331人，占20%。"
    assert has(text, "rate", "60%", ["7108人", "11833例"])
    assert has(text, "rate", "20%", ["2331人", "11833例"])
    # no count before the colon: no base
    text = "居前两位的是：交通事故7108人，占60%；跌倒伤2331人，占20%。"
    assert not any(r[0] == "rate" for r in relations(text))


def test_a_rate_of_an_activity_over_a_population_named_with_its_scope():
    # 辖区 is the scope, not the name: 65岁及以上老年人 is the population the 签约 count narrows
    text = "辖区65岁及以上老年人61385人，前三季度已完成健康体检40217人；65岁及以上老年人家庭医生签约43920人，签约率71.55%。"
    assert has(text, "subset", "61385人", ["43920人"], "medium")
    assert has(text, "rate", "71.55%", ["43920人", "61385人"])


def test_a_domain_order_holds_within_one_population():
    text = "60岁及以上老年人第一剂接种98524人，较3月底增加3817人。3-11岁儿童全程接种41206人。"
    assert not any(r[0] == "order" for r in relations(text))
    text = "60岁及以上老年人第一剂接种98524人，60岁及以上老年人全程接种91206人。"
    assert has(text, "order", "98524人", ["91206人"])


def test_referrals_are_among_the_patients_seen():
    text = "1-6月，发热哨点累计接诊5314人次，转诊至发热门诊213人次。"
    assert has(text, "subset", "5314人次", ["213人次"], "medium")


def test_a_total_after_counts_of_its_name_in_the_sentence_before():
    text = ("全县组建两个医共体：第一医共体成员包括8家乡镇卫生院、96个村卫生室；第二医共体成员包括6家乡镇卫生院、71个村卫生室。"
            "两个医共体共覆盖全县14家乡镇卫生院、167个村卫生室。")
    assert has(text, "breakdown", "14家", ["8家", "6家"], "medium", complete=True)
    assert has(text, "breakdown", "167个", ["96个", "71个"], "medium", complete=True)
    # without a word of total (共, 合计) the later count may be another figure of the same things
    text = ("第一医共体成员包括8家乡镇卫生院；第二医共体成员包括6家乡镇卫生院。"
            "全县已有12家乡镇卫生院达到基本标准。")
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_what_the_groups_listed_before_it_cover_together():
    text = ("组建县域医共体两个，县人民医院牵头医共体吸纳乡镇卫生院12家，县中医医院牵头医共体吸纳乡镇卫生院9家，"
            "覆盖全县21家乡镇卫生院和213个村卫生室。")
    assert has(text, "breakdown", "21家", ["12家", "9家"], "medium", complete=True)
    # counts of the same things that are not groups covering them (no 覆盖, no 共) are no parts
    text = "其中8家乡镇卫生院达到基本标准，6家乡镇卫生院正在创建，全县21家乡镇卫生院均设立预检分诊。"
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_what_a_kind_of_primary_care_institution_does_is_within_what_they_all_do():
    text = ("全市医疗卫生机构累计提供诊疗服务552.24万人次。其中：医院完成诊疗221.23万人次；基层医疗卫生机构完成诊疗316.71万人次。\n"
            "社区卫生服务中心(站)完成诊疗25.58万人次,卫生院完成诊疗88.46万人次。")
    assert has(text, "subset", "316.71万人次", ["25.58万人次"], "medium")
    assert has(text, "subset", "316.71万人次", ["88.46万人次"], "medium")
    # another measure of the kind (出院, not 诊疗) is not within the whole's
    text = "基层医疗卫生机构完成诊疗316.71万人次。卫生院出院患者10.77万人次。"
    assert not any(r[0] == "subset" for r in relations(text))


def test_a_share_of_a_thing_counted_in_the_sentence_after_it():
    text = ("上半年共救治患者31141人。从急救病种构成看，位居前两位的依次为：创伤，占38%；中毒，占6.4%。"
            "按致伤原因对11833例创伤患者进行分析，交通事故7108人。")
    assert has(text, "rate", "38%", ["11833例", "31141人"], "medium")  # 11833 / 31141 = 37.997%
    # nothing counted after it under its name: no relation (中毒 is not counted)
    assert not any(r[0] == "rate" and r[1] == "6.4%" for r in relations(text))


def test_the_share_of_one_of_the_payers_named_is_within_their_joint_share():
    text = "中央财政出资50%，省级财政出资20%，市、县两级财政出资20%（市级出资原则上不低于10%，有条件的市可全额负担）。"
    assert has(text, "subset", "20%", ["不低于10%"], "medium")
    # a bracket that names no payer of the share (上年) is no part of it
    text = "市、县两级财政出资20%（上年18%）。"
    assert not any(r[0] == "subset" for r in relations(text))
    # nor a share in brackets after a share of one payer
    text = "省级财政出资20%（市级10%）。"
    assert not any(r[0] == "subset" for r in relations(text))


def test_those_who_passed_a_step_named_in_the_clause_before_are_among_those_who_took_it():
    text = "2260名乡村医生和个体行医人员参加了执业资格考核，考核合格后，有1650人被录用为正式乡村医生，另有210人试用。"
    assert has(text, "subset", "2260名", ["1650人"], "medium")
    # a clause before that names no step passed (结束) says nothing of who is among whom
    text = "2260名乡村医生参加了培训，培训结束后，有1650人到县医院进修。"
    assert not any(r[0] == "subset" for r in relations(text))


def test_qizhong_after_last_years_value_lists_this_years_parts():
    text = "2018年全县活产数4236人，比上年的4387人减少151人，下降3.44%。其中男婴2241人、女婴1995人。"
    assert has(text, "breakdown", "4236人", ["2241人", "1995人"])
    assert not any(r[1] == "4387人" for r in relations(text))


def test_a_rate_that_shares_a_word_with_two_amounts_is_not_one_over_the_other():
    # 各项扶助政策落实率 is the rate of policies carried out, not 特别扶助 over 奖励扶助 (both 扶助)
    text = "其中奖励扶助资金522.05万元、特别扶助资金113.14万元，各项扶助政策落实率100%。"
    assert not any(r[0] == "rate" for r in relations(text))
    # the rate's own word names the count right before it: 规范管理 … 规范管理率
    text = "在管高血压患者25318人，规范管理19244人，规范管理率76.01%。"
    assert has(text, "rate", "76.01%", ["19244人", "25318人"])


def test_a_named_rate_in_a_sentence_about_another_population_is_that_populations():
    text = ("全年活产4236人。全县住院分娩4229人，住院分娩率99.83%。"
            "全年筛查出高危孕产妇1186人，占产妇总数的28.00%，高危孕产妇均纳入专案管理，住院分娩率100%。")
    assert has(text, "rate", "99.83%", ["4229人", "4236人"])
    assert not any(r[0] == "rate" and r[1] == "100%" and "4229人" in r[2] for r in relations(text))


def test_a_sentence_that_opens_with_an_grouping_groups_the_total_broken_down_before_it():
    text = ("2018年全县活产数4236人。其中男婴2241人、女婴1995人，出生人口性别比为112.33。"
            "按孩次分，一孩1602人，占37.82%；二孩2183人，占51.53%；三孩及以上451人，占10.65%。")
    # 1602 + 2183 + 451 = 4236: the birth orders, 三孩及以上 the open top, are all the births
    assert has(text, "breakdown", "4236人", ["1602人", "2183人", "451人"], complete=True)
    assert has(text, "rate", "37.82%", ["1602人", "4236人"])  # 1602 / 4236 = 37.819%
    # staff by title listed from the top may leave out those without one: not complete
    text = "全县卫生技术人员3360人。其中西医3168人、中医192人。按职称分，高级116人，中级987人，初级2200人。"
    assert has(text, "breakdown", "3360人", ["116人", "987人", "2200人"], complete=False)


def test_a_total_of_n_items_adds_up_the_items_stated_before_it():
    text = ("资助特困人员1236人全额参加医保，按个人缴费标准380元/人资助，计46.97万元；资助低保对象18452人，"
            "按每人190元定额资助，计350.59万元。两项合计资助19688人、397.56万元。")
    assert has(text, "breakdown", "19688人", ["1236人", "18452人"], "medium", complete=True)
    assert has(text, "breakdown", "397.56万元", ["46.97万元", "350.59万元"], "medium", complete=True)
    # items named before 两项: the nearest count of each name, paragraphs apart
    text = "（二）住院救助。全年实施住院救助8214人次。\n（三）门诊救助。实施门诊救助15630人次。\n住院和门诊两项共救助23844人次。"
    assert has(text, "breakdown", "23844人次", ["8214人次", "15630人次"], "medium", complete=True)
    # as many names as items, or no reading
    text = "住院救助8214人次。门诊救助15630人次。住院、门诊和临时三项共救助23844人次。"
    assert not any(r[0] == "breakdown" for r in relations(text))
    # (nor is 15630 a part of the 8214 the paragraph opens with: a part is never above its total)


def test_standards_per_head_are_no_items_of_a_list_with_a_trailing_total():
    text = "伤残家庭按每人每年1800元、死亡家庭按每人每年2040元标准发放，分别计69.48万元和43.66万元，合计113.14万元。"
    assert has(text, "breakdown", "113.14万元", ["69.48万元", "43.66万元"], "medium", complete=True)


def test_fund_rates_over_the_money_raised_and_the_money_settled():
    text = "全县共筹集城乡医疗救助资金2386.50万元。全年共支出医疗救助资金2104.37万元，资金使用率为88.18%。"
    assert has(text, "rate", "88.18%", ["2104.37万元", "2386.50万元"])  # 2104.37 / 2386.50 = 88.178%
    text = "全年一站式结算救助金额1564.23万元，已向定点医疗机构拨付1498.66万元，拨付率95.81%。"
    assert has(text, "rate", "95.81%", ["1498.66万元", "1564.23万元"])  # 95.808%


def test_a_rate_whose_base_is_stated_with_it():
    # in brackets after it: 96852 / 123540 = 78.397%
    text = "重点人群签约96852人，重点人群签约率78.40%（重点人群总数123540人）。"
    assert has(text, "rate", "78.40%", ["96852人", "123540人"], "medium")
    # as the number its phrase ends on: 12600 / 12000 = 105%, 9860 / 10000 = 98.6%
    text = "全年完成农村妇女宫颈癌筛查12600人，完成省下达任务12000人的105.00%；乳腺癌筛查9860人，完成任务数10000人的98.60%。"
    assert has(text, "rate", "105.00%", ["12600人", "12000人"], "medium")
    assert has(text, "rate", "98.60%", ["9860人", "10000人"], "medium")
    # a bracket that states no total (上年) is no base
    text = "重点人群签约96852人，重点人群签约率78.40%（上年75200人）。"
    assert not any(r[0] == "rate" and "75200人" in r[2] for r in relations(text))


def test_a_total_stated_with_its_value_in_every_quarter():
    text = "全年累计提供服务14.72万人次，按季度分别为3.16万人次、3.68万人次、3.85万人次和4.03万人次。"
    assert has(text, "breakdown", "14.72万人次", ["3.16万人次", "3.68万人次", "3.85万人次", "4.03万人次"],
               "medium", complete=True)  # 3.16 + 3.68 + 3.85 + 4.03 = 14.72
    # three values for four quarters, or the stock at each quarter's end: no sum
    text = "全年累计提供服务14.72万人次，按季度分别为3.16万人次、3.68万人次和3.85万人次。"
    assert not any(r[0] == "breakdown" for r in relations(text))
    text = "年末在管高血压患者25318人，按季度分别为24010人、24530人、25020人和25318人。"
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_growth_over_last_years_value_stated_at_the_year_end_or_past_a_rate():
    # 88 / 3768 = 2.335%: last year's end (上年末) is last year's value
    text = "年末全县医疗卫生机构实有床位3856张，比上年末的3768张增加88张，增长2.34%。"
    assert has(text, "change-rate", "2.34%", ["3768张", "3856张"], "high")
    # (2104.37 − 1862.45) / 1862.45 = 12.99%: this year's amount before a rate of its own
    text = "全年共支出医疗救助资金2104.37万元，资金使用率为88.18%，较上年的1862.45万元增长12.99%。"
    assert has(text, "change-rate", "12.99%", ["1862.45万元", "2104.37万元"], "high")


def test_a_share_after_a_share_of_the_same_sentence_is_over_the_same_base():
    text = "住院总费用5642.87万元，合计报销5185.79万元，实际报销比例91.90%；个人自付457.08万元，自付比例8.10%。"
    assert has(text, "rate", "91.90%", ["5185.79万元", "5642.87万元"])
    assert has(text, "rate", "8.10%", ["457.08万元", "5642.87万元"])
    # a rate that is not a share (增长率) does not pass its base on
    text = "住院总费用5642.87万元，合计报销5185.79万元，实际报销比例91.90%；个人自付457.08万元，增长率8.10%。"
    assert not any(r[0] == "rate" and r[1] == "8.10%" for r in relations(text))


def test_a_rate_of_a_count_named_by_its_stem_is_over_the_things_counted_before():
    text = "全县十二家乡镇卫生院全部完成自评。达到推荐标准的有4家；达到基本标准的有五家。达标卫生院合计9家，达标率75%。"
    assert has(text, "rate", "75%", ["9家", "十二家"])
    # a count of another thing is no base
    text = "全县十二个村卫生室全部完成自评。达标卫生院合计9家，达标率75%。"
    assert not any(r[0] == "rate" for r in relations(text))


def test_places_added_are_among_the_places_at_the_end():
    text = "截至12月底，全县可提供3岁以下婴幼儿托位1380个。全年新增托位260个，其中公办新增托位120个。"
    assert has(text, "subset", "1380个", ["260个"], "medium")
    # a group's additions are among that group's places
    text = "全县共有967个托位。普惠性幼儿园15所，托位404个，2021年新增托位315个。非普惠性幼儿园26所，托位563个，2021年新增托位441个。"
    assert has(text, "subset", "404个", ["315个"], "medium")
    assert has(text, "subset", "563个", ["441个"], "medium")


def test_a_kind_of_places_added_is_among_all_the_places_added():
    text = "全年新增托位260个，其中公办新增托位120个。争取专项资金130万元，按每个托位1万元的标准支持新增普惠托位130个。"
    assert has(text, "subset", "260个", ["130个"], "medium")
    # a modifier that does not narrow (累计) or one character cut from a word is no kind
    text = "全年新增托位260个。截至年底累计新增托位900个。"
    assert not any(r[0] == "subset" and r[2] == ("900个",) for r in relations(text))
    # another verb of adding is another count
    text = "全年新增托位260个。新建普惠托位130个。"
    assert not any(r[0] == "subset" and r[2] == ("130个",) for r in relations(text))


def test_an_unfilled_item_of_a_list_opened_by_gongyou_keeps_the_list():
    # 在岗职工*人 is an item of the list (a placeholder for its number): 乡村医生318人 still counts a whole
    for staff in ("在岗职工1025人", "在岗职工*人"):
        text = (f"我县共有14家乡镇卫生院，236个村卫生室，{staff}，乡村医生318人，拥有床位860张。\n"
                "完成45名符合条件的在岗乡村医生学历教育推荐工作。")
        assert has(text, "subset", "318人", ["45名"], "medium"), staff


def test_a_standard_after_each_part_does_not_end_the_list():
    text = ("三项奖励资金321万元，受益11086人，其中：独生子女父母奖励9359人，标准为每人每年120元；年老一次性奖励489人，"
            "标准为每人1000元；退休一次性奖励387人，标准为每人3000元；双女户家庭851人，每户每年600元。")
    assert has(text, "breakdown", "11086人", ["9359人", "489人", "387人", "851人"], "high")
    # another measure (not a standard) still ends the list
    text = "全县专家25名，其中副高21名，累计坐诊1520人天，带教280余人。"
    assert has(text, "subset", "25名", ["21名"])


def test_paragraphs_led_by_amounts_are_the_parts_of_the_amount_before_them():
    text = ("今年以来，全市累计投入计生专项资金1909万元，确保各项惠民政策兑现到位。\n"
            "奖励扶助资金1366万元。按每人每年960元的标准发放，6696人受益。\n"
            "村级计生专干、小组长工资338万元。专干年工资2000元，合计2443人。\n"
            "健康生育专项资金205万元。生殖健康检查资金60万元，孕前检查资金145万元。\n")
    assert has(text, "breakdown", "1909万元", ["1366万元", "338万元", "205万元"], "medium", complete=True)
    # one paragraph led by an amount is no list
    text = "全市累计投入计生专项资金1909万元，确保兑现到位。\n奖励扶助资金1366万元。6696人受益。\n全市开展宣传活动12次。\n"
    assert not any(r[0] == "breakdown" and r[1] == "1909万元" for r in relations(text))


def test_a_total_of_counted_items_and_the_items_in_the_next_paragraph():
    text = ("全县把独生子女保健费、一次性奖励、新农合补助和寄宿费补助这四项资金打入22224户农村家庭的账户，发放总额5140250元。\n"
            "独生子女保健费执行每人每月20元/人/月的标准，向17426户发放4417110元。一次性奖励标准为2000元/户，256户领到512000元。"
            "新农合补助3940户获得150540元。寄宿费补助602户获得60600元。\n")
    assert has(text, "breakdown", "5140250元", ["4417110元", "512000元", "150540元", "60600元"], "medium", complete=True)
    assert has(text, "breakdown", "22224户", ["17426户", "256户", "3940户", "602户"], "medium", complete=True)
    # three amounts for four items: no reading
    text = ("全县这四项资金发放总额5140250元。\n"
            "独生子女保健费4417110元。一次性奖励512000元。新农合补助150540元。\n")
    assert not any(r[0] == "breakdown" and r[1] == "5140250元" for r in relations(text))


def test_several_counts_in_a_bracket_are_parts_of_the_count_before_it():
    text = "港澳台地区通报的确诊病例累计为28018例。其中，香港特别行政区12049例（已出院11761例，死亡212例），澳门特别行政区63例（已出院59例）。"
    assert has(text, "breakdown", "12049例", ["11761例", "212例"], "medium", complete=False)
    assert has(text, "subset", "63例", ["59例"], "medium")
    # another unit in the bracket: no list of parts
    text = "全县发热门诊接诊8642人次（留观326人，转诊41例）。"
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_each_further_grouping_breaks_the_same_total_down_again():
    text = ("2005年，卫生技术人员增至3360人，其中按职称分，高级116人，中级987人，初级2257人；"
            "按岗位分，医疗1564人，护理992人，医技206人，药剂518人；按学历分，本科以上159人，专科493人，中专2505人。")
    assert has(text, "breakdown", "3360人", ["116人", "987人", "2257人"])
    assert has(text, "breakdown", "3360人", ["1564人", "992人", "206人", "518人"])
    assert has(text, "breakdown", "3360人", ["159人", "493人", "2505人"])
    # without a 其中 list before, a 按…分 clause has no total to break down
    text = "全县开展培训12次；按岗位分，医疗1564人，护理992人。"
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_a_clause_after_a_semicolon_naming_members_of_a_partition_breaks_the_total_down_again():
    text = "到2009年，医务人员总数达3886人，其中，中医263人、西医3223人、其他400人；具高级职称者134人，中级职称1170人，初级职称2481人。"
    assert has(text, "breakdown", "3886人", ["134人", "1170人", "2481人"], complete=False)
    # a clause of other things is not a grouping of the total
    text = "到2009年，医务人员总数达3886人，其中，中医263人、西医3223人、其他400人；培训乡村医生134人，进修120人。"
    assert not any(r[0] == "breakdown" and "134人" in r[2] for r in relations(text))


def test_a_rate_per_doses_is_over_the_doses_counted_before():
    text = "全年共接种免疫规划疫苗186542剂次。\n全年报告疑似预防接种异常反应143例，报告发生率76.66/10万剂次。"
    assert has(text, "rate", "76.66/10万剂次", ["143例", "186542剂次"], "medium")
    # per 10万人: a population's rate, not read over a count of doses
    text = "全年共接种免疫规划疫苗186542剂次。\n全年报告传染病143例，报告发病率76.66/10万人。"
    assert not any(r[0] == "rate" and "186542剂次" in r[2] for r in relations(text))


def test_a_rate_of_what_is_left_once_a_part_is_taken_out():
    text = "目前住院患者转出人次数1286人次，患者住院总人次数31254人次，县域内就诊率95.9%。"
    assert has(text, "complement-rate", "95.9%", ["1286人次", "31254人次"], "medium")
    # without the count taken out there is nothing to compute
    text = "患者住院总人次数31254人次，县域内就诊率95.9%。"
    assert not any(r[0] == "complement-rate" for r in relations(text))


def test_a_rate_or_sex_ratio_without_its_counts_is_read_over_its_base():
    text = "去年全市全人口活产数达206805人，比上年下降2.76%；孕产妇死亡率为5.32/10万。"
    assert has(text, "whole-count-rate", "5.32/10万", ["206805人"], "medium")
    text = "2022年1-3月份全区出生人口253人，全区出生人口总性别比为107.37，二多孩出生性别比为102.86。"
    assert has(text, "whole-count-sex-ratio", "107.37", ["253人"], "medium")
    # the ratio of second and later children is of a part of the births
    assert not any(r[1] == "102.86" for r in relations(text))
    # with the counts of boys and girls stated, the ratio is checked on them instead
    text = "全年出生253人，其中男孩131人、女孩122人；出生人口性别比107.38。"
    assert not any(r[0] == "whole-count-sex-ratio" for r in relations(text))


def test_a_line_break_inside_a_total_does_not_cut_its_sentence():
    text = "前三季度，全县共落实项目资金38\n6.5万元，其中中央资金200万元、省级资金120万元、县级资金66.5万元。\n"
    assert has(text, "breakdown", "38\n6.5万元", ["200万元", "120万元", "66.5万元"], "high", complete=True)


def test_a_share_named_by_a_modifier_is_of_the_count_in_the_clause_it_opens():
    text = ("截至12月底，全县共有托育机构23家，可提供托位1380个。按服务性质分：普惠性托育机构14家、托位870个，"
            "非普惠性托育机构9家、托位510个，普惠托位占比63.04%。")
    assert has(text, "rate", "63.04%", ["870个", "1380个"], "medium")
    assert not any(r[0] == "rate" and "510个" in r[2] for r in relations(text))


def test_items_that_each_end_on_their_share_run_on_over_semicolons():
    text = ("全年应安排项目资金2000万元。其中,中央补助1400万元,占70%;省级补助400万元,占20%;"
            "县级配套200万元,占10%。")
    assert has(text, "breakdown", "2000万元", ["1400万元", "400万元", "200万元"], "high")
    assert has(text, "rate", "10%", ["200万元", "2000万元"], "high")
    # a semicolon before an item without a share still ends the list
    text = "全年诊疗人次100万人次，其中门诊90万人次，占90%；住院人次5万人次。"
    assert has(text, "subset", "100万人次", ["90万人次"])
    assert not any(r[0] == "breakdown" and r[1] == "100万人次" for r in relations(text))


def test_shares_of_an_amount_named_after_fenbiezhan():
    text = ("截至6月底，县财政已累计拨付项目资金1500万元。按比例拨付乡镇卫生院900万元、村卫生室600万元，"
            "分别占已拨付资金的60.00%和40.00%。")
    assert has(text, "rate", "60.00%", ["900万元", "1500万元"], "high")
    assert has(text, "rate", "40.00%", ["600万元", "1500万元"], "high")
    # shares that make 100% between them: the parts make up the amount
    assert has(text, "breakdown", "1500万元", ["900万元", "600万元"], complete=True)
    # shares that leave a rest are no breakdown
    short = text.replace("40.00%", "30.00%")
    assert not any(r[0] == "breakdown" and r[1] == "1500万元" for r in relations(short))


def test_the_base_of_a_disbursement_rate_may_be_the_matching_funds_due():
    text = ("全年应配套项目资金3000万元，其中中央补助2000万元、县级配套1000万元。截至6月30日，县财政已累计拨付"
            "项目资金1500万元，拨付率50.00%。")
    assert has(text, "rate", "50.00%", ["1500万元", "3000万元"], "medium")


def test_a_ratio_written_with_a_colon_is_its_two_terms_in_the_order_of_its_name():
    text = "年末全县执业(助理)医师1200人，注册护士1500人，医护比为1:1.25。"
    assert has(text, "colon-ratio", "1:1.25", ["1500人", "1200人"], "medium")
    # named in the other order, the terms are taken in the name's order
    text = "年末全县注册护士1500人，执业(助理)医师1200人，医护比为1:1.25。"
    assert has(text, "colon-ratio", "1:1.25", ["1500人", "1200人"], "medium")
    text = "按照乡村两级7:3的比例，拨付乡镇卫生院700万元、村卫生室300万元。"
    assert has(text, "colon-ratio", "7:3", ["700万元", "300万元"], "medium")
    # terms the name does not name, and a time of day, are left alone
    assert not any(r[0] == "colon-ratio" for r in relations("全县床位1000张，卫生人员3000人，医护比为1:1.25。"))
    assert not any(r[0] == "colon-ratio" for r in relations("会议于9:30召开，参会医师12人、护士20人。"))


@pytest.mark.parametrize("ratio, fails", [("1:1.25", False), ("1:1.35", True), ("1:1.2", False)])
def test_a_colon_ratio_is_checked_against_its_terms(check_text, ratio, fails):
    findings = check_text(f"年末全县执业(助理)医师1200人，注册护士1500人，医护比为{ratio}。").findings
    assert any(f.rule == "RATIO004" for f in findings) == fails


def test_an_incidence_rate_named_by_its_disease_is_over_the_whole_population():
    text = "一、基本情况\n年末全县常住人口42.50万人。\n" + FILLER + \
        "二、疾病控制\n全年报告乙类法定传染病612例,无甲类传染病报告,乙类传染病报告发病率144.00/10万。"
    assert has(text, "rate", "144.00/10万", ["612例", "42.50万人"], "medium")
    # a subgroup's rate (重点人群签约率) stays over its own population
    text = "全县常住人口42.50万人。重点人群签约8.1万人，重点人群签约率19.06%。"
    assert not has(text, "rate", "19.06%", ["8.1万人", "42.50万人"])


def test_a_rate_of_old_people_given_a_service_is_over_all_old_people():
    text = ("全县65岁及以上老年人50000人,完成健康体检36000人,健康管理率72.00%;"
            "其中接受中医药健康管理服务30000人,中医药健康管理率60.00%。")
    assert has(text, "rate", "60.00%", ["30000人", "50000人"], "medium")
    assert not has(text, "rate", "60.00%", ["30000人", "36000人"])


def test_a_control_rate_of_the_managed_is_over_those_under_management():
    text = ("全县在管高血压患者20000人,规范管理15000人,规范管理率75.00%;血压控制达标12000人,"
            "管理人群血压控制率60.00%。")
    assert has(text, "rate", "60.00%", ["12000人", "20000人"], "medium")
    # named over the regularly managed, it is over them
    text = text.replace("管理人群血压控制率60.00%", "规范管理人群血压控制率80.00%")
    assert has(text, "rate", "80.00%", ["12000人", "15000人"], "medium")


def test_what_was_due_may_be_stated_after_what_was_done():
    text = "全年开展免费孕前优生健康检查3000对,目标人群3200对,覆盖率93.75%。"
    assert has(text, "rate", "93.75%", ["3000对", "3200对"], "medium")
    # two counts neither of which is due: no reading of one over the other
    text = "全年开展免费孕前优生健康检查3000对,随访2800对,覆盖率93.75%。"
    assert not any(r[0] == "rate" and r[1] == "93.75%" for r in relations(text))


def test_the_counts_each_subsection_opens_with_are_the_parts_of_the_sections_count():
    text = ("一、对象确认情况\n经审核,全县共确认各类扶助对象5000人。\n"
            "(一)奖励扶助。确认对象4500人,比上年的4100人增加400人。其中,新增对象450人。\n"
            "(二)特别扶助。确认对象500人,其中伤残家庭300人,死亡家庭200人。\n"
            "二、资金发放\n全年发放资金600万元。\n")
    assert has(text, "breakdown", "5000人", ["4500人", "500人"], "medium", complete=True)
    assert has(text, "subset", "4500人", ["450人"])
    # a subsection that opens with something else: the section's count is not broken down
    other = text.replace("(二)特别扶助。确认对象500人", "(二)特别扶助。发放资金50万元,确认对象500人")
    assert not any(r[0] == "breakdown" and r[1] == "5000人" for r in relations(other))


def test_a_date_in_a_section_of_plans_is_planned(check_text):
    text = ("某县卫生健康局\n2023年上半年工作情况报告\n一、工作进展\n上半年完成诊疗12万人次。\n"
            "二、下半年工作打算\n9月1日起启动2024年度居民医保集中征缴。\n"
            "某县卫生健康局\n2023年7月12日\n")
    rules = [f.rule for f in check_text(text).findings]
    assert "DATE001" not in rules and "DATE003" not in rules
    # the same date reported as done, in a section of work done, is after the report
    done = text.replace("二、下半年工作打算\n9月1日起启动", "二、工作进展（续）\n9月1日已启动")
    assert "DATE001" in [f.rule for f in check_text(done).findings]


def test_the_quarters_of_a_half_year_total_are_not_also_those_of_its_qizhong_part():
    text = ("上半年居民医保基金支出2400万元(一季度1100万元,二季度1300万元),其中住院费用支出2000万元,"
            "门诊费用支出400万元。")
    assert has(text, "period-sum", "2400万元", ["1100万元", "1300万元"])
    assert not any(r[0] == "period-sum" and r[1] == "2000万元" for r in relations(text))
    # the 其中 after the bracket breaks down the total before the bracket, not its last quarter
    assert has(text, "breakdown", "2400万元", ["2000万元", "400万元"])


def test_the_base_a_share_names_is_not_the_total_of_the_qizhong_after_it():
    text = ("全县财政卫生健康支出6000万元,占全县一般公共预算支出4亿元的15.00%。其中,公立医院补助2000万元,"
            "公共卫生支出3000万元,其他卫生健康支出1000万元。")
    assert has(text, "breakdown", "6000万元", ["2000万元", "3000万元", "1000万元"])
    assert not any(r[0] == "breakdown" and r[1] == "4亿元" for r in relations(text))


def test_items_that_each_end_on_their_standard_run_on_over_semicolons():
    text = ("计划生育特别扶助对象500人,其中独生子女伤残家庭300人,每人每年4200元;独生子女死亡家庭200人,"
            "每人每年5400元,发放特别扶助金234万元。")
    assert has(text, "breakdown", "500人", ["300人", "200人"])
    # the amount after the last item's standard is not an item
    assert not any(r[0] == "breakdown" and "234万元" in r[2] for r in relations(text))


def test_a_total_of_n_items_named_by_their_noun():
    text = ("奖励扶助对象3000人,按每人每年960元标准发放奖励扶助金288万元。特别扶助对象500人,发放特别扶助金234万元。"
            "两项扶助资金合计522万元,全部直接发放到户。")
    assert has(text, "breakdown", "522万元", ["288万元", "234万元"], complete=True)


def test_child_mortality_over_the_births_when_no_live_births_are_stated():
    text = "全年出生2000人,人口出生率为9.00‰。婴儿死亡8人,婴儿死亡率4.00‰;其中新生儿死亡5人,新生儿死亡率2.50‰。"
    assert has(text, "rate", "4.00‰", ["8人", "2000人"], "medium")
    assert has(text, "rate", "2.50‰", ["5人", "2000人"], "medium")
    # stated live births come first
    text = "全年出生2000人,活产1990人。婴儿死亡8人,婴儿死亡率4.02‰。"
    assert has(text, "rate", "4.02‰", ["8人", "1990人"], "medium")


def test_infant_deaths_are_among_the_deaths_under_five():
    text = "全年婴儿死亡8人,婴儿死亡率4.00‰;5岁以下儿童死亡10人,5岁以下儿童死亡率5.00‰。"
    assert has(text, "subset", "10人", ["8人"], "medium")


def test_a_detection_rate_is_over_those_examined():
    text = ("全年孕前优生健康检查目标任务1600对,实际检查1700对,完成率106.25%;筛查出风险人群170对,"
            "风险人群检出率10.00%。")
    assert has(text, "rate", "10.00%", ["170对", "1700对"], "medium")


def test_death_and_prevalence_rates_are_over_the_people():
    text = ("全县常住人口30.00万人。全年共报告法定传染病900例,报告发病率300.00/10万;报告死亡3人,死亡率1.00/10万。"
            "全县在册严重精神障碍患者1200人,报告患病率4.00‰;在管患者1150人,管理率95.83%;规律服药1000人,规律服药率83.33%。")
    assert has(text, "rate", "1.00/10万", ["3人", "30.00万人"], "medium")
    assert has(text, "rate", "4.00‰", ["1200人", "30.00万人"], "medium")
    # taking the drugs regularly is over those registered (the service standard), not over those managed
    assert has(text, "rate", "83.33%", ["1000人", "1200人"], "medium")
    # managed over registered
    text = "在册患者1200人,在管1150人,管理率95.83%。"
    assert has(text, "rate", "95.83%", ["1150人", "1200人"], "medium")


def test_a_share_of_a_population_named_with_digits_after_zhan():
    text = ("全县完成全程接种25.00万人;其中60岁及以上老年人完成全程接种5.00万人,占全县60岁及以上老年人口"
            "6.25万人的80.00%。")
    assert has(text, "rate", "80.00%", ["5.00万人", "6.25万人"], "medium")
    text = "为0-36个月儿童提供中医调养服务8000人,占0-36个月儿童10000人的80.00%。"
    assert has(text, "rate", "80.00%", ["8000人", "10000人"], "medium")


def test_a_count_before_a_verb_names_its_noun_before_it():
    text = "在全县随机抽取居民户300户开展盐碘监测,检出合格碘盐291户,合格碘盐食用率97.00%。"
    assert has(text, "rate", "97.00%", ["291户", "300户"], "medium")


def test_members_counted_right_after_their_group_and_zhong():
    text = "推进农村改厕,全县农户80000户中已使用卫生厕所68000户,卫生厕所普及率85.00%。"
    assert has(text, "subset", "80000户", ["68000户"], "high")
    assert has(text, "rate", "85.00%", ["68000户", "80000户"], "medium")


def test_a_share_of_an_amount_named_with_yi_before_its_verb():
    text = ("截至12月31日,已拨付项目资金1800.00万元,资金拨付率90.00%。已拨付资金中,拨付村卫生室720.00万元,"
            "占已拨付资金的40.00%。")
    assert has(text, "rate", "40.00%", ["720.00万元", "1800.00万元"], "high")


def test_a_rate_over_the_population_its_name_opens_with_in_brackets():
    text = "重点人群签约84000人,重点人群签约率60.00%(全县重点人群140000人)。"
    assert has(text, "rate", "60.00%", ["84000人", "140000人"], "medium")
    # a bracket naming another population is no base
    text = "重点人群签约84000人,重点人群签约率60.00%(全县常住人口140000人)。"
    assert not has(text, "rate", "60.00%", ["84000人", "140000人"])


def test_the_children_born_are_the_base_of_the_certificates_issued():
    text = "全年活产4000人。全年为适龄儿童建立预防接种证3960人,建证率99.00%。"
    assert has(text, "rate", "99.00%", ["3960人", "4000人"], "medium")


def test_the_population_a_note_declares_with_an_is_no_rate_per_thousand():
    claims = extract_claims(tag_report("注:每千人口指标按年末常住人口40.00万人计算。")).claims
    [population] = [c for c in claims if c.text == "40.00万人"]
    assert population.kind == "count" and population.indicator == "常住人口"
    # a rate per thousand people stays one
    [rate] = [c for c in extract_claims(tag_report("每千常住人口床位6.00张。")).claims if c.text == "6.00张"]
    assert rate.kind == "permille"


def test_the_total_of_a_qizhong_is_in_the_unit_of_its_first_part():
    text = ("将基金预算总额的95%共5700万元打包预付给两个医共体，其中县人民医院医共体3500万元，"
            "县中医院医共体2200万元。")
    assert has(text, "breakdown", "5700万元", ["3500万元", "2200万元"])
    # a total and its twin in another unit still pair up
    text = "全县建档立卡贫困人口4132户12486人，其中已脱贫4087户12358人，未脱贫45户128人。"
    assert has(text, "breakdown", "12486人", ["12358人", "128人"])
    assert has(text, "breakdown", "4132户", ["4087户", "45户"])


def test_the_base_of_a_parts_share_is_not_a_part():
    text = ("全县完成全程接种25.00万人;其中60岁及以上老年人完成全程接种5.00万人,占全县60岁及以上老年人口"
            "6.25万人的80.00%。")
    assert has(text, "subset", "25.00万人", ["5.00万人"])
    assert not any("6.25万人" in r[2] for r in relations(text) if r[0] in ("breakdown", "subset"))


def test_a_sentence_opening_with_a_grouping_breaks_down_the_count_before_it():
    text = ("全县在岗乡村医生400人，平均每个村卫生室1.60人。从执业资格看，取得执业（助理）医师资格的90人，"
            "取得乡村全科执业助理医师资格的40人，持乡村医生执业证书的270人。")
    assert has(text, "breakdown", "400人", ["90人", "40人", "270人"])
    # an average is no total, and counts far above the total are no parts of it
    text = "全县在岗乡村医生400人。从执业资格看，取得执业（助理）医师资格的900人，持乡村医生执业证书的2700人。"
    assert not any(r[0] == "breakdown" and r[1] == "400人" for r in relations(text))


def test_a_qizhong_after_a_sentence_of_quarters_is_of_the_years_total():
    text = ("全年总诊疗160.00万人次，比上年的150.00万人次增长6.67%。分季度看，一季度38.00万人次，二季度41.00万人次，"
            "三季度40.00万人次，四季度41.00万人次。其中县级公立医院门急诊78.00万人次。")
    assert has(text, "subset", "160.00万人次", ["78.00万人次"])
    assert not any(r[1] == "41.00万人次" and "78.00万人次" in r[2] for r in relations(text))


def test_a_part_that_passed_is_within_the_part_before_it():
    text = "采集居民户食用盐样300份，其中碘盐296份、合格碘盐287份。"
    assert has(text, "subset", "300份", ["296份"])
    assert has(text, "subset", "296份", ["287份"])
    assert not any(r[0] == "breakdown" and r[1] == "300份" for r in relations(text))
    # 半失能 beside 失能 is a sibling
    text = "失能、半失能老年人3000人，其中失能老年人1200人、半失能老年人1800人。"
    assert has(text, "breakdown", "3000人", ["1200人", "1800人"])


def test_a_name_two_counts_end_on_is_no_base_of_a_share():
    text = ("全县户籍15-49岁育龄妇女10.00万人，其中已婚育龄妇女7.00万人；处于生育旺盛期的20-29岁育龄妇女2.00万人，"
            "占育龄妇女总数的20.0%。")
    assert not has(text, "rate", "20.0%", ["2.00万人", "7.00万人"])
    # 已婚 is a word of the name, not a function word
    assert has(text, "subset", "10.00万人", ["7.00万人"])
    [married] = [c for c in extract_claims(tag_report(text)).claims if c.text == "7.00万人"]
    assert married.indicator == "已婚育龄妇女"


def test_shares_of_every_member_of_a_partition_are_over_its_whole_stated_before():
    text = ("（一）总体情况。2023年全县共出生3600人，比上年的4000人减少400人。\n"
            "（二）性别结构。男婴1890人，女婴1710人。\n"
            "（三）孩次结构。一孩1440人，占40.00%；二孩1620人，占45.00%；三孩及以上540人，占15.00%。"
            "三孩及以上占比由上年的12.50%提高到15.00%。")
    assert has(text, "breakdown", "3600人", ["1440人", "1620人", "540人"], complete=True)
    assert has(text, "rate", "40.00%", ["1440人", "3600人"])
    # last year's share is not read over this year's births
    assert not any(r[0] == "rate" and r[1] == "12.50%" for r in relations(text))


def test_an_incidence_rate_after_the_parts_of_the_cases_is_over_all_the_cases():
    text = ("截至年底，全县常住人口40.00万人。\n全年网络直报乙类、丙类法定传染病1200例，其中乙类500例、丙类700例，"
            "无甲类传染病报告，报告发病率为300.00/10万。")
    assert has(text, "rate", "300.00/10万", ["1200例", "40.00万人"], "medium")


def test_a_share_of_cases_named_with_bingli():
    text = "乙类传染病报告300例，报告病例数居前两位的依次为：肺结核120例、病毒性肝炎90例；其中肺结核占乙类传染病报告病例的40.00%。"
    assert has(text, "rate", "40.00%", ["120例", "300例"], "high")


def test_a_grouping_sentence_breaks_down_the_count_its_parts_come_nearest():
    text = ("2016年全县住院分娩围产儿5000例（活产4980例，死胎死产20例），监测发现出生缺陷80例。"
            "从病种看，排前三位的是先天性心脏病30例（占37.50%）、多指（趾）15例（占18.75%）、唇腭裂10例（占12.50%），"
            "其他出生缺陷25例。")
    assert has(text, "breakdown", "80例", ["30例", "15例", "10例", "25例"], complete=True)
    assert has(text, "rate", "37.50%", ["30例", "80例"])
    # a sentence of quarters between the total and the grouping: both group the total
    text = ("全县共完成诊疗120.00万人次。分季度看,一季度完成58.00万人次,二季度完成62.00万人次。"
            "分机构看,县级医院完成50.00万人次,乡镇卫生院完成40.00万人次,村卫生室完成30.00万人次。")
    assert has(text, "breakdown", "120.00万人次", ["50.00万人次", "40.00万人次", "30.00万人次"])


def test_each_step_of_a_screening_is_within_the_step_before_it():
    text = ("采用宫颈细胞学检查作为初筛方法，初筛异常或可疑500人，异常率4.00%；转诊阴道镜检查420人，"
            "经组织病理学检查确诊宫颈癌前病变40例。")
    assert has(text, "subset", "500人", ["420人"], "medium")
    text = "超声检查可疑阳性80人；进一步行乳腺X线检查70人，经病理确诊乳腺癌9例。"
    assert has(text, "subset", "80人", ["70人"], "medium")
    assert has(text, "subset", "70人", ["9例"], "medium")
    # a cumulative count of confirmed cases is no step of the count before it
    text = "现有疑似2例；累计确诊8056例。"
    assert not any(r[0] == "subset" and r[1] == "2例" for r in relations(text))


def test_a_rate_of_a_count_whose_noun_follows_it():
    text = ("全县65岁及以上老年人10.00万人。2022年为7.00万名65岁及以上老年人提供健康管理服务，健康管理率70.00%。")
    assert has(text, "rate", "70.00%", ["7.00万名", "10.00万人"], "medium")
    text = "全县存在职业病危害因素的用人单位150家。全县已有135家用人单位完成职业病危害项目申报，申报率90.00%。"
    assert has(text, "rate", "90.00%", ["135家", "150家"], "medium")
    # a rate that names nothing of what was done is not read so
    text = "全县存在职业病危害因素的用人单位150家。全县已有135家用人单位完成职业病危害项目申报，达标率90.00%。"
    assert not has(text, "rate", "90.00%", ["135家", "150家"])


def test_completion_rates_stated_one_by_one_over_the_number_each_was_due():
    text = ("市下达我县2016年宫颈癌、乳腺癌筛查任务各10000人。全年完成宫颈癌筛查10500人，其中上半年5000人、"
            "下半年5500人，任务完成率105.00%；完成乳腺癌筛查10100人，任务完成率101.00%。")
    assert has(text, "rate", "105.00%", ["10500人", "10000人"], "medium")
    assert has(text, "rate", "101.00%", ["10100人", "10000人"], "medium")


def test_a_trailing_total_with_its_verb_after_the_total_word():
    text = "全年全县乡镇卫生院诊疗40.0万人次，村卫生室诊疗35.0万人次，基层医疗卫生机构合计诊疗75.0万人次。"
    assert has(text, "breakdown", "75.0万人次", ["40.0万人次", "35.0万人次"], complete=True)


def test_parts_in_the_unit_of_a_totals_twin_are_the_twins():
    text = "全县纳入防返贫监测对象1200户4500人，其中因病纳入的384户，占监测户数的32.00%。"
    assert has(text, "subset", "1200户", ["384户"])
    assert has(text, "rate", "32.00%", ["384户", "1200户"])


@pytest.mark.parametrize("text,rate,operands", [
    # a name with brackets, full-width or not, and a count stated paragraphs before
    ("全县卫生技术人员2600人，其中执业（助理）医师1000人。\n\n中医药：全县中医类别执业(助理)医师150人，"
     "占全县执业(助理)医师总数的15.00%。", "15.00%", ["150人", "1000人"]),
    # the base named by its measure (人次, 人数) after the noun the count was stated with
    ("全年医疗机构总诊疗200.0万人次。\n\n中医药：全年中医诊疗40.0万人次，占总诊疗人次的20.0%。", "20.0%", ["40.0万人次", "200.0万人次"]),
    ("完成乳腺癌筛查10000人。\n\n乳腺超声可疑阳性80人，占乳腺癌筛查人数的0.80%。", "0.80%", ["80人", "10000人"]),
    # of the counts whose names end so, the one that is not a part of another
    ("全县15-49岁育龄妇女10.00万人，其中已婚育龄妇女7.00万人；20-29岁育龄妇女2.50万人，占育龄妇女总数的25.0%。",
     "25.0%", ["2.50万人", "10.00万人"]),
    # cases over the person-times the share names
    ("县级医院出院20000人次。\n\n按DIP结算病例19000例，占县级医院出院人次的95.00%。", "95.00%", ["19000例", "20000人次"]),
    # the base in brackets after its name
    ("基层医疗卫生机构合计诊疗60.0万人次，占全县总诊疗人次（100.0万人次）的60.0%。", "60.0%", ["60.0万人次", "100.0万人次"]),
])
def test_a_share_of_a_base_it_names(text, rate, operands):
    assert has(text, "rate", rate, operands)


def test_a_share_of_a_base_named_by_a_tables_column():
    text = ("全县中医类别执业(助理)医师150人，占全县执业(助理)医师总数的15.00%。\n\n"
            "| 机构类别 | 卫生技术人员(人) | 执业(助理)医师(人) |\n| 总  计 | 2600 | 1000 |\n| 医院 | 1600 | 600 |\n")
    assert has(text, "rate", "15.00%", ["150人", "1000"])


def test_a_share_of_a_base_named_by_words_no_count_ends_on_is_not_read():
    text = "全县卫生技术人员2600人。中医类别执业(助理)医师150人，占全县执业(助理)医师总数的15.00%。"
    assert not any(r[0] == "rate" and r[1] == "15.00%" for r in relations(text))


@pytest.mark.parametrize("text,rate,operands", [
    ("全县建立居民健康档案300000份；其中动态使用的档案150000份，健康档案使用率50.00%。", "50.00%", ["150000份", "300000份"]),
    ("全年城乡居民住院50000人次，其中县域内住院45000人次，县外住院5000人次，县域内就诊率90.00%。",
     "90.00%", ["45000人次", "50000人次"]),
])
def test_a_rate_after_a_qizhong_list_named_by_one_part_is_that_part_over_the_whole(text, rate, operands):
    assert has(text, "rate", rate, operands, "medium")


@pytest.mark.parametrize("text,rate", [
    # the rate of something done for the part, over the part
    ("全县孕产妇4000人，其中高危孕产妇1000人，高危孕产妇管理率100%。", "100%"),
    # a subgroup's rate after a semicolon
    ("累计接种疫苗50.00万剂次，其中第一剂18.00万剂次、第二剂17.00万剂次；60岁及以上老年人第一剂接种率90.00%。", "90.00%"),
])
def test_a_rate_after_a_qizhong_list_that_names_no_one_part_is_not_a_share_of_it(text, rate):
    assert not any(r[0] == "rate" and r[1] == rate and r[2][1:] in (("50000人次",), ("4000人",), ("50.00万剂次",))
                   for r in relations(text))


@pytest.mark.parametrize("text,days", [
    ("2023年，全县开放床位600张，全年实际占用总床日164250日，病床使用率75.00%。", 365),
    ("2024年，全县实有床位1000张，实际占用总床日292800日，病床使用率80.00%。", 366),
    ("2022年上半年，全县开放床位2000张，实际占用总床日300000日，病床使用率82.87%。", 181),
    ("一季度门诊量平稳，按90天计算日均诊疗7000人次。全县开放床位2000张，实际占用总床日150000日，病床使用率83.33%。", 90),
])
def test_bed_occupancy_is_over_the_beds_times_the_days_of_the_period(text, days):
    found = extract_claims(tag_report(text))
    [relation] = [r for r in found.relations if r.kind == "bed-occupancy"]
    assert relation.base_times == days
    assert [found.claim(i).unit for i in relation.operands] == ["日", "张"]


@pytest.mark.parametrize("before", ["全年接诊患者1000人次。", "出车1100车次中，实际接诊患者1000人次，空车100车次。"])
def test_a_share_after_a_bracket_is_of_the_count_before_the_bracket(before):
    text = before + "按病种分，创伤类300人次（其中交通事故伤180人次），占30.0%；心脑血管200人次，占20.0%；其他500人次。"
    assert not any(r[0] == "rate" and r[1] == "30.0%" and r[2][0] == "180人次" for r in relations(text))
    assert has(text, "rate", "30.0%", ["300人次", "1000人次"])
    # the part in brackets is not one of the list the grouping sentence breaks its total into
    assert has(text, "breakdown", "1000人次", ["300人次", "200人次", "500人次"])
    assert has(text, "rate", "20.0%", ["200人次", "1000人次"])


def test_groupings_after_semicolons_each_break_down_the_total_before():
    text = ("全年共立案查处卫生违法案件100件，较上年（80件）增加20件，增长25.0%。按专业分，公共场所40件、"
            "医疗卫生35件（含非法行医9件）、职业卫生25件；按程序分，适用简易程序45件、一般程序55件。")
    assert has(text, "breakdown", "100件", ["40件", "35件", "25件"])
    assert has(text, "breakdown", "100件", ["45件", "55件"])
    # the value of the year before in brackets
    assert has(text, "change-rate", "25.0%", ["80件", "100件"])


def test_a_change_after_a_qizhong_list_is_of_the_total_when_its_numbers_say_so():
    text = "全年追回医保基金500.00万元，其中定点医疗机构420.00万元，定点零售药店80.00万元，比上年的400.00万元增加100.00万元，增长25.00%。"
    assert has(text, "change-rate", "25.00%", ["400.00万元", "500.00万元"])
    text = "全年追回医保基金500.00万元，其中定点医疗机构420.00万元，定点零售药店80.00万元，比上年的64.00万元增加16.00万元，增长25.00%。"
    assert has(text, "change-rate", "25.00%", ["64.00万元", "80.00万元"])


def test_a_group_counted_after_zai_and_closed_by_zhong_is_broken_down_by_the_list_after_it():
    text = ("在1000名卫生技术人员中，执业（助理）医师400人，注册护士380人，药师（士）70人，技师（士）80人，"
            "其他卫生技术人员70人，医护比为1:0.95。")
    assert has(text, "breakdown", "1000名", ["400人", "380人", "70人", "80人", "70人"], "high", complete=True)
    # the two the ratio names, further back in the list
    assert has(text, "colon-ratio", "1:0.95", ["380人", "400人"])
    # a list that does not end with 其他 need not cover its group
    text = "在1000名卫生技术人员中，执业（助理）医师400人，注册护士380人。"
    assert has(text, "breakdown", "1000名", ["400人", "380人"], complete=False)


def test_a_paragraphs_lead_total_and_the_first_few_of_it_are_not_a_complete_breakdown(check_text):
    text = "上半年全县报告死亡2000例。前四位死因依次为：心脑血管疾病800例，占40.00%；恶性肿瘤500例，占25.00%。"
    assert has(text, "breakdown", "2000例", ["800例", "500例"], complete=False)
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]


def test_shares_in_a_list_after_one_that_names_its_base():
    text = ("上半年全县报告死亡2000例，粗死亡率为400.00/10万。前四位死因依次为：心脑血管疾病800例，占全部死亡的40.00%；"
            "恶性肿瘤500例，占25.00%；呼吸系统疾病200例，占10.00%。")
    assert has(text, "rate", "40.00%", ["800例", "2000例"])
    assert has(text, "rate", "25.00%", ["500例", "2000例"], "medium")
    assert has(text, "rate", "10.00%", ["200例", "2000例"], "medium")
    # a share with no base named before it in the list is not given one
    text = "前四位死因依次为：心脑血管疾病800例，占40.00%；恶性肿瘤500例，占25.00%。"
    assert not any(r[0] == "rate" and r[1] == "25.00%" for r in relations(text))


def test_grouping_sentences_by_a_classification_each_break_down_the_total_before_them():
    text = ("全年共登记活动性肺结核患者300例，登记率为60.00/10万。按病原学分类：病原学阳性120例，病原学阴性170例，"
            "单纯结核性胸膜炎10例。按治疗分类：新患者270例，复治患者30例。按发现方式：因症就诊180例，医疗机构转诊70例，"
            "疾控机构追踪到位50例。")
    assert has(text, "breakdown", "300例", ["120例", "170例", "10例"])
    assert has(text, "breakdown", "300例", ["270例", "30例"])
    assert has(text, "breakdown", "300例", ["180例", "70例", "50例"])


def test_a_rate_right_after_the_one_part_of_a_qizhong_that_says_what_was_done():
    text = "全县共接诊肺结核可疑症状者3000人，其中完成痰涂片检查的2970人，查痰率99.00%。"
    assert has(text, "rate", "99.00%", ["2970人", "3000人"], "medium")
    text = "全县孕产妇4000人，其中高危孕产妇1000人，管理率100%。"
    assert not has(text, "rate", "100%", ["1000人", "4000人"])


@pytest.mark.parametrize("text,total,parts", [
    ("全县现有持证上岗的接种人员共200人，分布为县级20人、乡镇100人、村级80人。", "200人", ["20人", "100人", "80人"]),
    ("全年共报告疑似预防接种异常反应90例，按反应分类：一般反应75例，异常反应9例，偶合症4例，心因性反应2例。",
     "90例", ["75例", "9例", "4例", "2例"]),
    # each item counted twice, in sessions and in person-times
    ("全年举办业务培训班5期，培训300人次，其中县级集中培训3期、180人次，乡镇培训2期、120人次。", "300人次", ["180人次", "120人次"]),
])
def test_parts_opened_by_a_distribution_or_a_classification_after_the_total(text, total, parts):
    assert has(text, "breakdown", total, parts)


@pytest.mark.parametrize("text,rate,operands", [
    ("报告15岁以下儿童AFP病例2例，以全县15岁以下人口8.0万人计算，AFP病例报告发病率为2.50/10万。", "2.50/10万", ["2例", "8.0万人"]),
    ("上半年全县报告死亡2000例，以常住人口50.0万人计算，报告粗死亡率为400.00/10万。", "400.00/10万", ["2000例", "50.0万人"]),
])
def test_a_rate_per_population_over_a_base_declared_right_after_its_count(text, rate, operands):
    assert has(text, "rate", rate, operands, "medium")


def test_scores_add_up_and_a_maximum_in_brackets_is_no_part():
    text = ("本项目满分100分，其中项目决策20分、项目过程20分、项目产出40分、项目效益20分。经自评，项目决策得19分，"
            "项目过程得19.5分，项目产出得38分，项目效益得20分，自评总得分96.5分，评价等级为“优”（90分及以上）。")
    assert has(text, "breakdown", "100分", ["20分", "20分", "40分", "20分"])
    assert has(text, "breakdown", "96.5分", ["19分", "19.5分", "38分", "20分"])
    text = "我县自评得分92.6分，其中：组织管理9.5分(满分10分)，资金管理14.2分(满分15分)，项目执行68.9分(满分75分)。"
    assert has(text, "breakdown", "92.6分", ["9.5分", "14.2分", "68.9分"])
    assert not any(r[0] == "subset" and r[2] == ("10分",) for r in relations(text))


def test_the_bounds_of_a_band_of_scores_stay_words_of_the_band():
    text = "对18家乡镇卫生院开展绩效评价。评价得分80分以下的1家，80-90分的6家，90分以上的11家。"
    assert has(text, "breakdown", "18家", ["1家", "6家", "11家"], complete=True)
    assert not [c for c in extract_claims(tag_report(text)).claims if c.unit == "分"]


@pytest.mark.parametrize("text,rate,operands", [
    # the value before and the change, the current value stated sentences before
    ("全年实施医疗救助25000人次。其中住院救助9000人次。救助人次较上年的20000人次增加5000人次，增长25.00%。",
     "25.00%", ["5000人次", "20000人次"]),
    ("全县在管高血压患者50000人。管理人群血压控制率68.57%。与上年同期在管的40000人相比，增加10000人，增长25.00%。",
     "25.00%", ["10000人", "40000人"]),
    ("全县登记肺结核患者300例。与2016年登记400例相比，全年登记患者数减少100例，下降25.00%。", "25.00%", ["100例", "400例"]),
])
def test_a_change_over_the_value_before_when_the_current_value_is_not_at_hand(text, rate, operands):
    assert has(text, "change-rate", rate, operands)


@pytest.mark.parametrize("rate,flagged", [("25.00%", False), ("20.00%", True)])
def test_a_change_over_the_value_before_is_checked(check_text, rate, flagged):
    text = f"全年实施医疗救助25000人次。其中住院救助9000人次。救助人次较上年的20000人次增加5000人次，增长{rate}。"
    found = [f for f in check_text(text).findings if f.rule == "RATE003"]
    assert bool(found) == flagged
    if flagged:
        assert "5000 / 20000 × 100 = 25%" in found[0].message


def test_a_share_naming_its_part_only_after_one_that_names_its_base():
    text = "全年出生人口5000人。分孩次看，一孩2000人，二孩2200人，三孩及以上800人，二孩占出生人口的44.00%，三孩及以上占16.00%。"
    assert has(text, "rate", "44.00%", ["2200人", "5000人"])
    assert has(text, "rate", "16.00%", ["800人", "5000人"])


def test_a_change_past_its_count_to_the_values_before_and_after():
    text = "全县托位总数由2022年底的1400个增加到1750个，增加350个，增长25.00%。"
    assert has(text, "change-rate", "25.00%", ["1400个", "1750个"])


def test_a_part_named_again_before_its_share_is_over_the_whole_it_is_part_of():
    text = "全县在岗乡村医生400人。从年龄结构看：35岁以下60人，35-59岁280人，60岁及以上60人；60岁及以上的占15.00%。"
    assert has(text, "rate", "15.00%", ["60人", "400人"])
    # a nested share said right after its count is not read so
    text = "全县常住人口1000000人，60岁及以上200000人，占20.00%，其中65岁及以上150000人，占15.00%。"
    assert not has(text, "rate", "15.00%", ["150000人", "200000人"])


def test_the_second_half_year_of_a_sentence_that_named_the_first_leaves_its_measure_out():
    text = ("家庭医生团队全年累计上门服务18000人次，为失能老人提供巡诊服务。从时间分布看，上半年上门服务8,000人次，"
            "下半年随着家庭病床扩面增至10000人次。")
    assert has(text, "period-sum", "18000人次", ["8,000人次", "10000人次"])


@pytest.mark.parametrize("amount,flagged", [("320.00万元", False), ("320.00元", True)])
def test_an_average_per_visit_is_over_the_person_times(check_text, amount, flagged):
    text = f"对门诊慢特病及普通门诊费用实施救助16000人次，支出{amount}，次均救助200元。"
    assert has(text, "per-capita", amount, ["16000人次", "200元"])
    assert bool([f for f in check_text(text).findings if f.rule.startswith("PC")]) == flagged


@pytest.mark.parametrize("amount,flagged", [("3800.00万元", False), ("3800.00元", True)])
def test_a_standard_per_head_over_the_population_the_sentence_names(check_text, amount, flagged):
    text = (f"全县年末常住人口40.00万人。\n\n三、基本公共卫生服务\n2024年，全县基本公共卫生服务人均财政补助标准为95元，"
            f"按常住人口核定项目资金{amount}，资金全部足额拨付到位。")
    assert has(text, "per-capita", amount, ["40.00万人", "95元"])
    assert bool([f for f in check_text(text).findings if f.rule.startswith("PC")]) == flagged


def test_a_comparison_after_a_qizhong_list_is_of_the_total():
    text = "全年报告法定传染病2400例，其中乙类传染病600例、丙类传染病1800例，报告发病率为500.00/10万，较上年的3000例下降20.0%。"
    assert has(text, "change-rate", "20.0%", ["3000例", "2400例"])


def test_halves_counted_in_another_unit_are_not_the_halves_of_the_year():
    text = ("2024年，全县通过管理信息系统共报告突发公共卫生事件及相关信息21起，累计报告病例486例，无死亡病例。"
            "按事件级别分，达到一般级别的3起，未达到级别的相关信息18起。从时间分布看，上半年报告13起，下半年报告8起。")
    assert not any(r[0] == "period-sum" and r[1] == "486例" for r in relations(text))


def test_a_list_after_fenbiewei_breaks_down_the_total_before_it():
    text = "全年共报告食源性疾病暴发事件三起，累计发病40人，均无死亡病例，发病人数分别为12人、20人和8人。"
    assert has(text, "breakdown", "40人", ["12人", "20人", "8人"])


@pytest.mark.parametrize("text,rate,operands", [
    ("全年共完成监测样本440份。其中化学类监测260份，微生物类监测180份。监测样本量较上年的400份增长10.0%。",
     "10.0%", ["400份", "440份"]),
    ("全县受益学生33000名，其中小学生23000名、初中生10000名。受益学生较上年的30000名增长10.0%。", "10.0%", ["30000名", "33000名"]),
])
def test_a_rate_of_change_whose_subject_names_the_current_value_sentences_before(text, rate, operands):
    assert has(text, "change-rate", rate, operands)


@pytest.mark.parametrize("rate,flagged", [("95.0%", False), ("97.0%", True)])
def test_satisfaction_is_the_share_of_the_valid_questionnaires_that_say_so(check_text, rate, flagged):
    text = (f"委托第三方开展满意度调查，发放问卷1200份，回收有效问卷1000份，有效回收率83.3%，"
            f"其中表示“满意”或“非常满意”的950份，满意度为{rate}。")
    assert has(text, "rate", rate, ["950份", "1000份"], "medium")
    assert bool([f for f in check_text(text).findings if f.rule.startswith("RATE")]) == flagged


def test_a_rate_after_what_was_due_and_what_was_done():
    # 需补种 is what was due, as 应种 is; the stem of 回收率 is 收回 read backwards
    assert has("查验发现需补种儿童850人，实际完成补种812人，补种率95.53%。", "rate", "95.53%", ["812人", "850人"])
    assert has("发放调查问卷600份，收回有效问卷582份，回收率97.0%。", "rate", "97.0%", ["582份", "600份"])
    # a rate named by neither count is not read over them
    assert not any(r[0] == "rate" for r in relations("发放调查问卷600份，收回有效问卷582份，满意率97.0%。"))


# -- rates among those examined, and bases that are not the rate's --------------------------------

EXAMINED_CHILDREN = "在5个片区各抽取1所小学，共检查8～10岁儿童200名。B超法检查甲状腺，检出甲状腺肿大4人，甲肿率{rate}。"


def test_a_rate_of_those_found_is_over_those_examined_before_it():
    assert has(EXAMINED_CHILDREN.format(rate="2.0%"), "rate", "2.0%", ["4人", "200名"], "medium")
    # the examining verb may follow the count (对24860名儿童开展血红蛋白检测)
    assert has("对2480名6月龄至5岁儿童开展血红蛋白检测，检出贫血110人，贫血患病率4.44%。", "rate", "4.44%",
               ["110人", "2480名"])


def test_a_rate_of_those_found_is_checked(check_text):
    assert not {f.rule for f in check_text(EXAMINED_CHILDREN.format(rate="2.0%")).findings} & {"RATE001", "RATE002"}
    found = check_text(EXAMINED_CHILDREN.format(rate="2.2%")).findings
    assert any(f.rule.startswith("RATE") and "2.2%" in [e.text for e in f.evidence] for f in found)


def test_no_examined_count_far_from_the_printed_rate_is_taken_for_its_base():
    # 4 / 200 is 2%: a rate of 8% is over some other population the report does not state
    assert not any(r[0] == "rate" for r in relations(EXAMINED_CHILDREN.format(rate="8.0%")))


def test_an_examined_count_of_an_earlier_paragraph_is_taken_when_the_paragraph_names_it():
    text = ("全年完成宫颈癌筛查12486人；完成乳腺癌筛查12103人。\n"
            "（二）宫颈癌筛查结果。采用宫颈细胞学检查作为初筛方法，初筛异常或可疑486人，异常率3.89%。")
    assert has(text, "rate", "3.89%", ["486人", "12486人"])
    assert not has(text, "rate", "3.89%", ["486人", "12103人"])


def test_a_half_years_count_is_no_base_of_the_years_rate():
    text = "全年共有活产5218人，其中上半年活产2496人，下半年活产2722人。全年婴儿死亡21人，婴儿死亡率4.02‰。"
    assert has(text, "rate", "4.02‰", ["21人", "5218人"])
    assert not has(text, "rate", "4.02‰", ["21人", "2722人"])


def test_rates_each_over_their_own_group_do_not_imply_one_population():
    text = ("全县常住人口63.82万人。65岁及以上老年人86450人，签约68927人，签约率79.73%；"
            "高血压患者52166人，签约41538人，签约率79.63%。")
    assert has(text, "rate", "79.73%", ["68927人", "86450人"])
    assert not any(r[0] == "same-base" for r in relations(text))


def test_a_rate_per_thousand_people_is_over_the_population_it_names():
    text = ("全县常住人口27.9万人，贫困人口6842人。全县卫生技术人员1563人，每千常住人口卫生技术人员5.60人。"
            "农业人口46.9万人，乡村医生427人，每千农业人口乡村医生0.91人。")
    assert has(text, "per-population", "5.60人", ["1563人", "27.9万人"])
    assert has(text, "per-population", "0.91人", ["427人", "46.9万人"])


def test_a_count_followed_by_all_did_is_no_count_before_its_noun():
    text = "其中患有四种慢病的贫困人口6842人全部签约，规范管理6315人，规范管理率92.30%。"
    assert has(text, "rate", "92.30%", ["6315人", "6842人"])


def test_a_share_is_over_no_smaller_count():
    text = "检查发现疑似职业病38人、职业禁忌证126人，职业禁忌证检出率0.29%。"
    assert not has(text, "rate", "0.29%", ["126人", "38人"])


# -- groupings: 按…划分/分级, and the results of what was examined ---------------------------------

def test_a_grouping_named_by_划分_or_分级_breaks_down_the_count_before_it():
    text = "全县存在职业病危害因素的用人单位1268家，按主要危害因素划分，粉尘危害682家、化学毒物危害347家、噪声危害239家。"
    assert has(text, "breakdown", "1268家", ["682家", "347家", "239家"])
    text = ("全年共筛查出高危孕产妇1287人，均纳入管理。按妊娠风险分级，黄色902人、橙色341人、红色37人、紫色7人。")
    assert has(text, "breakdown", "1287人", ["902人", "341人", "37人", "7人"])


@pytest.mark.parametrize("total,rule", [("288份", None), ("290份", "PT005")])
def test_the_results_of_what_was_examined_break_it_down(check_text, total, rule):
    text = f"每个乡镇抽检居民户食盐32份，共采集盐样{total}，采用直接滴定法检测。结果：碘盐283份，非碘盐5份。"
    assert has(text, "breakdown", total, ["283份", "5份"], complete=True)
    rules = {f.rule for f in check_text(text).findings if f.severity in ("error", "warning")}
    assert rules == ({rule} if rule else set())  # (complete, a 碘盐 and its 非; read across sentences: a warning)


def test_a_total_after_the_results_is_none_of_their_parts():
    text = ("共评估4862人。评估结果：能力完好1236人，轻度失能1874人，中度失能1027人，重度失能725人；"
            "失能老年人合计3626人。")
    assert has(text, "breakdown", "4862人", ["1236人", "1874人", "1027人", "725人"])
    assert not any(r[0] == "breakdown" and "3626人" in r[2] for r in relations(text))


def test_a_rate_read_by_its_words_survives_a_part_pushed_past_its_whole(check_text):
    # (the guard against far-off pairs allows a factor of ten for a rate its words name)
    text = "卡介苗应种672人，实种740人，接种率99.26%。"
    assert has(text, "rate", "99.26%", ["740人", "672人"])
    assert any(f.rule.startswith("RATE") for f in check_text(text).findings)


# -- changes over the value before, stated in more ways ---------------------------------------------

@pytest.mark.parametrize("text,previous,current,rate", [
    # the stock at the start of the year is the value before
    ("全县在册严重精神障碍患者2896人，较年初的2781人增加115人，增长4.1%。", "2781人", "2896人", "4.1%"),
    # the noun may follow 较上年, past a rate of the current value
    ("实际筛查中小学生46182人，筛查率99.25%，较上年筛查44906人增长2.84%。", "44906人", "46182人", "2.84%"),
    # the current value named by the comparison's subject, in a sentence before or a clause before
    ("2024年全县投入卫生应急资金612万元，其中中央转移支付资金186万元。全年投入较上年的538万元增长13.8%。",
     "538万元", "612万元", "13.8%"),
    ("截至12月底累计签约居民255410人，签约覆盖率40.02%；签约人数较上年的241683人增长5.68%。",
     "241683人", "255410人", "5.68%"),
])
def test_a_change_over_the_value_before(text, previous, current, rate):
    assert has(text, "change-rate", rate, [previous, current])


def test_an_increase_is_no_value_before():
    # 较上年增加115人: the increase, not last year's count (the rate is 115 over 2896 − 115)
    found = extract_claims(tag_report("全县在册严重精神障碍患者2896人，较上年增加115人，增长4.1%。"))
    cues = [r.cue for r in found.relations if r.kind == "change-rate"
            and [found.claim(i).text for i in r.operands] == ["115人", "2896人"]]
    assert cues == ["增加"]


def test_a_rate_of_what_a_group_did_is_over_the_group_stated_before():
    text = ("全县纳入专项治理的重点行业用人单位587家，其中陶瓷制造126家、家具制造226家、金属制品243家。"
            "截至11月底，分行业看，陶瓷制造企业完成整改121家，整改率96.03%；家具制造企业完成整改213家，整改率94.25%。")
    assert has(text, "rate", "96.03%", ["121家", "126家"])
    assert has(text, "rate", "94.25%", ["213家", "226家"])
    # a rate that does not name what was done is not read so
    other = text.replace("整改率96.03%", "满意率96.03%")
    assert not has(other, "rate", "96.03%", ["121家", "126家"])


IMPLIED = ("在1058名卫生技术人员中，执业（助理）医师412人。学历结构：本科及以上学历236人、占22.31%，"
           "大专学历498人、占{second}，中专及以下学历324人、占30.62%。")


def test_counts_each_with_its_rate_are_over_the_count_they_imply():
    text = IMPLIED.format(second="47.07%")
    for count, rate in (("236人", "22.31%"), ("498人", "47.07%"), ("324人", "30.62%")):
        assert has(text, "rate", rate, [count, "1058名"], "medium")


def test_the_one_rate_that_does_not_fit_the_implied_count_is_reported(check_text):
    assert not [f for f in check_text(IMPLIED.format(second="47.07%")).findings if f.rule.startswith("RATE")]
    found = check_text(IMPLIED.format(second="44.07%")).findings
    assert any(f.rule.startswith("RATE") and "44.07%" in [e.text for e in f.evidence] for f in found)


def implied_bases(text):
    found = extract_claims(tag_report(text))
    return [found.claim(r.operands[1]).text for r in found.relations if r.cue == "共同基数"]


def test_no_count_is_implied_by_two_pairs_or_by_none_stated():
    assert implied_bases(IMPLIED.format(second="47.07%")) == ["1058名"] * 3
    two = "卫生技术人员1058名。学历结构：本科及以上学历236人、占22.31%，大专学历498人、占47.07%。"
    assert implied_bases(two) == []
    # (412 is no base the three rates imply)
    assert implied_bases(IMPLIED.format(second="47.07%").replace("在1058名卫生技术人员中，", "")) == []


def test_respective_shares_of_the_whole_the_parts_were_listed_of():
    text = "已完成量化分级评定的1102家，其中评为A级的86家、B级724家、C级292家，分别占已评定数的7.8%、65.7%和26.5%。"
    assert has(text, "rate", "7.8%", ["86家", "1102家"])
    assert has(text, "rate", "26.5%", ["292家", "1102家"])


def test_shares_named_with_an_adverb_or_with_what_the_part_counts():
    text = "在1058名卫生技术人员中，具有高级职称的38人，仅占卫生技术人员的3.59%。"
    assert has(text, "rate", "3.59%", ["38人", "1058名"])
    text = ("全县贫困人口大病患者2406人，其中恶性肿瘤类1152人、终末期肾病386人。"
            "全年已救治2318人；恶性肿瘤类患者占大病患者的47.88%。")
    assert has(text, "rate", "47.88%", ["1152人", "2406人"])


PARAGRAPH_RATES = ("截至年底，全县现存活的感染者和病人1127例。\n（三）随访与治疗。对现存活的感染者和病人开展随访干预1098例，"
                   "随访率97.43%；完成CD4细胞检测1046例，检测率{second}；在抗病毒治疗的病人1021例，治疗覆盖率90.59%；"
                   "其中病毒载量检测982例，病毒抑制成功931例，治疗成功率94.81%。")


def test_rates_of_one_paragraph_over_a_count_most_of_them_imply():
    text = PARAGRAPH_RATES.format(second="92.81%")
    for count, rate in (("1098例", "97.43%"), ("1046例", "92.81%"), ("1021例", "90.59%")):
        assert has(text, "rate", rate, [count, "1127例"])
    # a rate far from what the count gives over it is over a population of its own (931 of 982)
    assert not has(text, "rate", "94.81%", ["931例", "1127例"])


def test_a_rate_of_a_paragraph_that_misses_the_implied_count_is_reported(check_text):
    found = check_text(PARAGRAPH_RATES.format(second="97.45%")).findings
    assert any(f.rule.startswith("RATE") and "97.45%" in [e.text for e in f.evidence] for f in found)


# -- totals after their parts, 分别为： after a total ----------------------------------------------

@pytest.mark.parametrize("text,total,parts", [
    # a year in the sentence is no item of the list
    ("2016年我县实际获得宫颈癌筛查补助124.86万元、乳腺癌筛查补助145.24万元，合计270.10万元。",
     "270.10万元", ["124.86万元", "145.24万元"]),
    # 总额 closes the list too, and an item's own parts are in it already
    ("共下达上级专项资金486万元，其中中央财政312万元、自治区财政174万元；县财政安排配套资金120万元，项目资金总额606万元。",
     "606万元", ["486万元", "120万元"]),
])
def test_a_total_after_its_parts(text, total, parts):
    assert has(text, "breakdown", total, parts, complete=True)


def test_parts_listed_with_分别为_after_a_total():
    text = "组建县级卫生应急队伍六支，共148人，分别为：传染病防控队32人、紧急医学救援队45人、中毒处置队18人、核与辐射处置队12人、心理危机干预队16人、卫生监督执法队25人。"
    assert has(text, "breakdown", "148人", ["32人", "45人", "18人", "12人", "16人", "25人"])


@pytest.mark.parametrize("text,rate,count,population", [
    # the kind the rate names itself (全科) is no narrower one; 拥有 and 名 for 人
    ("全县常住人口63.82万人。团队成员1024人，其中全科医生213人，每万常住人口拥有全科医生3.34名。", "3.34名", "213人", "63.82万人"),
])
def test_a_rate_per_ten_thousand_people(text, rate, count, population):
    assert has(text, "per-population", rate, [count, population])


def test_live_births_are_the_births_of_the_birth_rate():
    text = "全县常住人口52.36万人，全年共有活产5218人，出生率9.97‰。"
    assert has(text, "rate", "9.97‰", ["5218人", "52.36万人"])


def test_rates_of_those_reaching_a_grade_are_over_those_tested():
    text = ("全县参加国家学生体质健康标准测试的学生45870人，达到良好及以上等级的23412人，优良率51.04%；"
            "达到合格及以上等级的42986人，合格率93.71%。")
    assert has(text, "rate", "51.04%", ["23412人", "45870人"])
    assert has(text, "rate", "93.71%", ["42986人", "45870人"])


def test_what_was_done_for_the_count_right_before_is_over_it():
    text = "全县接触职业病危害因素的劳动者5826人，全年完成在岗期间职业健康检查5317人，体检率91.26%。"
    assert has(text, "rate", "91.26%", ["5317人", "5826人"])
    # another unit is another population
    assert not any(r[0] == "rate" for r in relations("全县乡镇卫生院14家，全年完成门诊诊疗5317人次，就诊率91.26%。"))


def test_the_card_rate_of_immunisation_is_over_the_live_births():
    text = "2019年全县出生活产数4128人。全年为适龄儿童建立预防接种卡4106人，建卡率99.47%。"
    assert has(text, "rate", "99.47%", ["4106人", "4128人"])


def test_a_count_reaching_a_grade_pushed_past_those_tested_is_reported(check_text):
    # (the reading does not rest on the counts' order, which such an error reverses)
    text = "全县参加国家学生体质健康标准测试的学生45870人，达到良好及以上等级的50470人，优良率51.04%。"
    assert has(text, "rate", "51.04%", ["50470人", "45870人"])
    assert any(f.rule.startswith("RATE") and "50470人" in [e.text for e in f.evidence] for f in check_text(text).findings)


# -- session 10: periods, screening steps, rates named by their count ---------------------------

def test_a_half_year_adds_up_its_own_quarters_only(check_text):
    text = ("全年接种疫苗40210剂次。分季度看，第一季度接种9812剂次，第二季度10136剂次，第三季度10244剂次，"
            "第四季度10018剂次；上半年合计完成19948剂次。")
    assert has(text, "period-sum", "19948剂次", ["9812剂次", "10136剂次"])
    assert not any(r[1] == "19948剂次" and len(r[2]) == 4 for r in relations(text))
    assert not check_text(text).findings
    # a half-year's total pushed off its quarters is reported
    broken = text.replace("19948剂次", "20948剂次")
    assert any("20948剂次" in [e.text for e in f.evidence] for f in check_text(broken).findings)


def test_inspections_and_trips_are_flows_of_their_quarters():
    text = ("全年开展监督检查512家次，分季度为：一季度101家次、二季度133家次、三季度140家次、四季度138家次，"
            "其中上半年234家次。")
    assert has(text, "period-sum", "512家次", ["101家次", "133家次", "140家次", "138家次"])
    assert has(text, "period-sum", "234家次", ["101家次", "133家次"])
    # 其中 after the last quarter is of the year: a half-year is no part of a quarter
    assert not any(r[0] in ("subset", "breakdown") and r[1] == "138家次" for r in relations(text))


def test_a_quarter_list_after_a_change_names_the_measure_before_the_change():
    text = ("全年派出救护车9836车次，比上年的9120车次增加716车次。分季度看，一季度2210车次、二季度2405车次，"
            "上半年合计4615车次。")
    assert has(text, "period-sum", "4615车次", ["2210车次", "2405车次"])


def test_a_second_round_is_not_a_count_of_two():
    text = "全年共监测水样260份，其中出厂水40份、末梢水180份、二次供水水样40份。"
    assert has(text, "breakdown", "260份", ["40份", "180份", "40份"])
    assert not any(r[2] and "二次" in r[2] for r in relations(text))


def test_a_rate_named_short_after_the_count_that_names_it_in_full():
    text = ("全县全年活产3120人，住院分娩率100%。\n（三）产前筛查与诊断。全年开展孕中期血清学产前筛查2604人，"
            "筛查率83.46%；筛查出高风险孕妇150人，高风险率5.76%。")
    assert has(text, "rate", "83.46%", ["2604人", "3120人"])
    # the words the rate leaves out must be the count's: 中医药健康管理率 is not the children's
    text = ("辖区0-6岁儿童20150人。辖区65岁及以上老年人31020人，接受中医药健康管理服务15321人，"
            "中医药健康管理率49.39%。")
    assert not has(text, "rate", "49.39%", ["15321人", "20150人"])


def test_a_rate_that_says_what_it_is_over_is_not_narrowed_by_those_words():
    text = "全年活产2900例。全年筛查2320人，以活产数计算的产前筛查率为80.00%。"
    assert has(text, "rate", "80.00%", ["2320人", "2900例"])


def test_a_rate_with_an_alias_in_brackets_keeps_its_name():
    text = "全县在册严重精神障碍患者1980人。按常住人口40.5万人计算，严重精神障碍患者报告患病率（检出率）为4.89‰。"
    assert has(text, "rate", "4.89‰", ["1980人", "40.5万人"])


def test_the_closing_rate_is_over_the_cases_opened_in_the_year():
    text = ("全年立案查处各类卫生违法案件96件，按专业分：公共场所40件、医疗卫生56件；按时段分，上半年立案41件，"
            "下半年立案55件。截至12月31日，已结案93件，结案率96.9%。")
    assert has(text, "rate", "96.9%", ["93件", "96件"])


def test_the_medication_rate_is_over_the_patients_on_the_register():
    text = "截至6月30日，全县在册严重精神障碍患者2210人。二、服药治疗\n全县在册患者中服药1961人，服药率88.73%。"
    assert has(text, "rate", "88.73%", ["1961人", "2210人"])


def test_a_referred_rescreen_is_within_those_positive_at_first_screening():
    text = "全年筛查儿童21040人，初筛阳性356人，初筛阳性率1.69%；转介复筛341人，复筛率95.79%。"
    assert has(text, "subset", "356人", ["341人"])
    assert has(text, "rate", "95.79%", ["341人", "356人"])


def test_a_name_shared_down_a_list_is_no_subset_cue():
    text = "全年通过监测系统报告病例260例。分季度看，一季度40例，二季度71例，三季度98例，四季度51例。"
    assert not any(r[0] == "subset" for r in relations(text))


def test_a_partition_that_opens_a_longer_list_is_not_the_whole_list(check_text):
    text = ("全县共有托位1,800个。按举办主体分，公办托育机构托位420个，民办托育机构托位900个（其中普惠性民办托位500个），"
            "用人单位办托育点托位80个，幼儿园托班托位400个。按区域分，城区、乡镇托位分别为1,250个和550个。")
    assert has(text, "breakdown", "1,800个", ["420个", "900个", "80个", "400个"])
    # the next sentence groups the same whole, not the item broken down in brackets
    assert has(text, "breakdown", "1,800个", ["1,250个", "550个"])
    assert not check_text(text).findings


def test_those_counted_among_the_listed_are_no_further_part():
    text = ("上半年共向乡镇卫生院下派医师60名，其中县人民医院下派38名、县中医院下派22名，下派人员中具有副高级以上"
            "职称的25名，驻点时间均不少于6个月。")
    assert has(text, "breakdown", "60名", ["38名", "22名"])
    assert not any(r[0] == "breakdown" and "25名" in r[2] for r in relations(text))


def test_a_total_after_counts_among_a_group_adds_the_counts_not_the_group():
    text = "全县15家乡镇卫生院中达到推荐标准的5家、达到基本标准的8家，合计13家，占86.67%。"
    assert has(text, "breakdown", "13家", ["5家", "8家"])


def test_a_share_of_a_whole_is_over_the_count_of_all_of_it():
    text = ("全县共有托位2,000个。全年向12家普惠性民办机构的500个托位发放运营补助。"
            "全县普惠性托位共1,600个，占托位总数的80.00%。")
    assert has(text, "rate", "80.00%", ["1,600个", "2,000个"])


def test_a_count_of_the_whole_is_no_count_of_one_kind_of_it(check_text):
    text = ("全县共有托育服务机构40家，其中公办托育机构8家、民办托育机构20家、幼儿园开设托班12所。"
            "对全县托育机构逐一开展登记备案核查，40家托育机构中已完成备案36家，备案率90.00%。")
    assert not any(r[0] == "subset" and r[1] == "20家" for r in relations(text))
    assert not check_text(text).findings


def test_a_group_row_of_a_table_is_no_header_and_its_rates_are_not_summed(check_text):
    text = ("项目名称 | 预算数（万元） | 执行数（万元） | 执行率（%） |\n"
            "一、中央财政 | | | |\n"
            "基本公共卫生服务 | 1,000.00 | 950.00 | 95.00 |\n"
            "基本药物制度补助 | 300.00 | 300.00 | 100.00 |\n"
            "小计 | 1,300.00 | 1,250.00 | 96.15 |\n"
            "二、县级配套 | | | |\n"
            "卫生人才培养 | 80.00 | 80.00 | 100.00 |\n"
            "乡村医生补助 | 120.00 | 114.00 | 95.00 |\n"
            "小计 | 200.00 | 194.00 | 97.00 |\n"
            "合计 | 1,500.00 | 1,444.00 | 96.27 |\n")
    result = check_text(text)
    assert not [f for f in result.findings if f.severity == "error"]
    assert not any(f.rule == "STR001" for f in result.findings)  # 一、二、 of the table's rows are no headings
    broken = check_text(text.replace("| 1,250.00 |", "| 1,260.00 |"))
    assert any("1,260.00" in [e.text for e in f.evidence] for f in broken.findings)


def test_a_change_over_last_years_value_said_again_to_be_year_on_year():
    text = "全县共有托位1,500个，较上年末的1,200个同比增长25.00%。"
    assert has(text, "change-rate", "25.00%", ["1,200个", "1,500个"])


def test_respective_shares_of_a_whole_named_paragraphs_before():
    text = ("全年全县出生2,000人，死亡1,800人。\n（二）人口结构。全年出生人口较上年的2,100人下降4.76%。\n"
            "（三）出生人口结构。按孩次分，一孩、二孩、三孩及以上出生人数分别为900人、800人和300人，"
            "分别占出生人口的45.00%、40.00%和15.00%。")
    assert has(text, "rate", "45.00%", ["900人", "2,000人"])
    assert has(text, "rate", "15.00%", ["300人", "2,000人"])


def test_a_count_followed_by_among_opens_a_list_of_its_parts(check_text):
    text = ("全县居民住院总人次30,000人次，其中在县域内住院27,000人次、转往县域外住院3,000人次。"
            "转往县域外的3,000人次中，转往省级医院1,900人次、转往市级医院1,300人次，主要集中在肿瘤等病种。")
    assert has(text, "breakdown", "3,000人次", ["1,900人次", "1,300人次"])
    assert any(f.severity == "error" and "1,900人次" in [e.text for e in f.evidence] for f in check_text(text).findings)


@pytest.mark.parametrize("text,rate,operands", [
    # a numbered group, words between it and the count
    ("全县140所中小学中已建成营养示范学校35所，占25.00%。", "25.00%", ("35所", "140所")),
    ("20家乡镇卫生院中达到推荐标准的6家、达到基本标准的10家，合计16家，占80.00%。", "80.00%", ("16家", "20家")),
    # a group named without its number: the count of that name before
    ("产前筛查5,000人；筛查出高风险孕妇250人，高风险率5.00%；高风险孕妇中接受产前诊断200人，产前诊断率80.00%。", "80.00%",
     ("200人", "250人")),
    # the whole county's group: the count of all of it, however far back
    ("全县共有村卫生室300个。\n二、工作\n开展培训。\n三、建设\n开展督导。\n四、成效\n开展考核。\n"
     "新建村卫生室20个，全县村卫生室中达到标准化建设要求的270个，达标率90.00%。", "90.00%", ("270个", "300个")),
])
def test_a_rate_of_a_count_among_a_group_is_over_the_group(text, rate, operands):
    assert has(text, "rate", rate, operands, "medium")


def test_a_rate_among_a_group_takes_no_count_of_another_name_or_too_small():
    # 工作中 names no counted group; 150人 is fewer than the count
    text = "全县登记居民150人。工作中发现问题居民200人，整改率80.00%。"
    assert not any(r[0] == "rate" and r[1] == "80.00%" for r in relations(text))


def test_satisfaction_is_over_those_surveyed(check_text):
    text = "委托第三方开展满意度调查，共调查500人，表示满意的470人，满意度94.00%。"
    assert has(text, "rate", "94.00%", ["470人", "500人"])
    broken = check_text(text.replace("94.00%", "98.00%"))
    assert any("98.00%" in [e.text for e in f.evidence] for f in broken.findings)


def test_a_change_over_last_years_value_of_two_things_named_together():
    text = "本年收入、支出总计均为2,200.00万元，与上年的2,000.00万元相比，收、支总计各增加200.00万元，增长10.00%。"
    assert has(text, "change-rate", "10.00%", ["2,000.00万元", "2,200.00万元"])


def test_a_change_of_a_count_stated_in_the_paragraph_before():
    text = ("（二）人口变动。全年出生2,700人，死亡2,500人。\n\n"
            "（三）出生人口结构。全年出生人口较上年的3,000人下降10.00%。")
    assert has(text, "change-rate", "10.00%", ["3,000人", "2,700人"])
    # a count of the paragraph before whose change is far from the rate is another thing's
    far = text.replace("下降10.00%", "下降1.00%")
    assert not any(r[0] == "change-rate" and "2,700人" in r[2] for r in relations(far))


@pytest.mark.parametrize("text,total,parts", [
    ("全年接种免疫规划疫苗40,000剂次。\n全年接种非免疫规划疫苗20,000剂次，其中流感疫苗8,000剂次。全年两类疫苗合计接种60,000剂次。",
     "60,000剂次", ("40,000剂次", "20,000剂次")),
    # items named a section back, each the count sharing most words with the noun
    ("（一）高血压。全县在管高血压患者40,000人，新发现并纳入管理的高血压患者1,000人。\n开展随访。\n开展培训。\n开展宣传。\n"
     "（二）糖尿病。全县在管糖尿病患者15,000人。高血压、糖尿病两病在管患者合计55,000人。",
     "55,000人", ("40,000人", "15,000人")),
])
def test_a_total_of_n_kinds_adds_up_the_kinds_before_it(text, total, parts):
    assert has(text, "breakdown", total, parts)


def test_a_share_of_a_total_named_by_its_noun_is_over_the_count_of_all_of_it():
    text = ("全年全县无偿献血10,000人次，比上年的9,000人次增加1,000人次。初次献血6,000人次。\n"
            "全年互助献血300人次，占献血总人次的3.0%。")
    assert has(text, "rate", "3.0%", ["300人次", "10,000人次"])


def test_a_total_of_two_items_right_before_it_in_its_clause_is_not_a_half_years_total():
    text = ("上半年开展远程会诊1,000例，其中一季度450例、二季度550例，比上年同期的800例增长25.0%；"
            "开展远程心电诊断5,000例、远程影像诊断7,000例，两项合计12,000例。")
    assert has(text, "breakdown", "12,000例", ["5,000例", "7,000例"])
    assert not any(r[0] == "period-sum" and r[1] == "12,000例" for r in relations(text))
    # the change is the half-year's, not its second quarter's
    assert has(text, "change-rate", "25.0%", ["800例", "1,000例"])


def test_a_change_is_of_the_total_not_of_the_average_stated_with_it():
    text = "全年达成赔偿协议金额400.00万元，平均每件4.00万元，比上年的500.00万元下降20.0%。"
    assert has(text, "change-rate", "20.0%", ["500.00万元", "400.00万元"])


def test_a_count_of_those_that_did_something_is_no_base_of_the_noun():
    text = ("全县设置村卫生室250个。\n全县已有200个村卫生室达到标准化建设要求，达标率80.00%。"
            "村卫生室业务用房产权归村集体所有的150个，占全县村卫生室的60.00%。")
    assert has(text, "rate", "60.00%", ["150个", "250个"])
    assert not any(r[0] == "rate" and r[1] == "60.00%" and "200个" in r[2] for r in relations(text))


def test_periods_listed_before_respectively_each_take_their_number():
    text = ("全年共受理医疗纠纷100件。分季度看，一季度20件、二季度30件、三季度26件、四季度24件；"
            "上半年、下半年分别受理50件和50件。")
    assert any(r[0] == "period-sum" and r[1] == "100件" for r in relations(text))  # the halves or the quarters
    assert has(text, "period-sum", "50件", ["20件", "30件"])
    broken = relations(text.replace("分别受理50件和50件", "分别受理50件和52件"))
    assert any(r[0] == "period-sum" and r[1] == "52件" and r[2] == ("26件", "24件") for r in broken)


def test_cases_handled_that_open_a_list_with_among_and_the_rate_of_those_closed():
    text = "全年共受理医疗纠纷100件，全年办结90件，办结率90.00%；在办结的90件中，调解成功81件、调解不成9件，调解成功率90.00%。"
    assert has(text, "rate", "90.00%", ["90件", "100件"])
    assert has(text, "breakdown", "90件", ["81件", "9件"])


def test_rates_listed_with_respectively_are_each_of_the_count_they_name():
    text = "全年活产4,000人，早孕建册3,600人，产后访视3,800人，早孕建册率和产后访视率分别为90.00%、95.00%。"
    assert has(text, "rate", "90.00%", ["3,600人", "4,000人"])
    assert has(text, "rate", "95.00%", ["3,800人", "4,000人"])


def test_a_goal_printed_as_a_rate_is_no_rate_of_the_counts(check_text):
    text = "全县常住人口40.00万人，累计建立电子健康档案36.40万份，建档率91.00%，已超过年度目标(90%)。"
    assert has(text, "rate", "91.00%", ["36.40万份", "40.00万人"])
    assert not any(r[0] == "rate" and r[1] in ("(90%)", "90%") for r in relations(text))
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]


def test_a_rate_of_records_after_the_people_they_are_of_is_over_those_people():
    text = "全县常住人口40.00万人。重点人群方面，65岁以上老年人5.00万人，已建立电子健康档案4.50万份，建档率90.00%。"
    assert has(text, "rate", "90.00%", ["4.50万份", "5.00万人"])
    assert not any(r[0] == "rate" and r[1] == "90.00%" and "40.00万人" in r[2] for r in relations(text))


def test_a_subtotal_inside_a_list_is_no_part_of_the_total(check_text):
    text = "全年上门服务5,000人次，其中一季度1,000人次、二季度1,200人次，上半年合计2,200人次，三季度1,300人次。"
    assert has(text, "breakdown", "5,000人次", ["1,000人次", "1,200人次", "1,300人次"])
    assert has(text, "period-sum", "2,200人次", ["1,000人次", "1,200人次"])
    assert not [f for f in check_text(text).findings if f.severity == "error"]


def test_what_was_done_of_a_total_ends_its_list(check_text):
    text = "全年下达项目资金500.0万元，其中健康管理资金300.0万元、评估资金120.0万元、奖补资金80.0万元，已支付400.0万元，支付进度80.0%。"
    assert has(text, "breakdown", "500.0万元", ["300.0万元", "120.0万元", "80.0万元"])
    assert not [f for f in check_text(text).findings if f.severity == "error"]
    # a single part followed by what was done of it: no list of the total
    single = "全县签约30.00万人；其中重点人群20.00万人，已签约15.00万人，重点人群签约率75.00%。"
    assert not any(r[1] == "30.00万人" and "20.00万人" in r[2] for r in relations(single))
    # what was done of what was due stays out of the list, the due stays in it
    due = "共查验10000人，其中需补种儿童3000人，已完成补种2900人。"
    assert has(due, "subset", "10000人", ["3000人"])


def test_quarters_of_a_grouping_sentence_add_up_to_the_total_before_it_not_to_an_average(check_text):
    text = ("全年共开展安全检查1,000家次，其中局领导带队督查120家次、机构自查880家次。局领导带队督查平均每月10家次。"
            "分季度看，一季度200家次、二季度260家次、三季度240家次、四季度300家次。")
    assert has(text, "period-sum", "1,000家次", ["200家次", "260家次", "240家次", "300家次"])
    assert not any(r[0] == "period-sum" and r[1] == "10家次" for r in relations(text))
    assert not [f for f in check_text(text).findings if f.severity == "error"]
    # of the total, not of its last part
    listed = "全年共报告传染病1000例。其中乙类400例；丙类600例。从时间分布看，上半年报告520例，下半年480例。"
    assert has(listed, "period-sum", "1000例", ["520例", "480例"])


def test_a_total_of_two_named_groups_takes_the_counts_of_their_clauses():
    text = ("医院核查数据项3,000项、差错30项；乡镇卫生院核查数据项4,000项、差错70项；村卫生室核查2,000项、差错50项；"
            "诊所核查500项、差错10项。乡镇卫生院和村卫生室两项合计差错120项，占差错总数的75.0%。")
    assert has(text, "breakdown", "120项", ["70项", "50项"])


def test_a_share_of_the_whole_is_over_no_count_smaller_than_its_part(check_text):
    text = ("共核查数据项10,000项，发现差错160项，差错率1.60%。医院差错30项；乡镇卫生院差错70项；村卫生室差错50项；"
            "专业公共卫生机构差错10项。乡镇卫生院和村卫生室两项合计差错120项，占差错总数的75.0%。")
    assert has(text, "rate", "75.0%", ["120项", "160项"])
    assert not [f for f in check_text(text).findings if f.severity == "error"]
    # the 共 of 公共卫生 says no total
    assert not any(r[0] == "rate" and r[1] == "75.0%" and "10项" in r[2] for r in relations(text))


def test_a_share_of_a_budget_is_over_the_budgets_funds():
    text = "全年基本公共卫生服务项目年度预算资金4000.0万元，上半年已拨付1800.0万元，占年度预算的45.00%。"
    assert has(text, "rate", "45.00%", ["1800.0万元", "4000.0万元"], confidence="high")


def test_a_total_after_gong_in_its_clause_counts_what_follows_it_and_adds_up_the_clause(check_text):
    text = "一、基本情况\n全县共有医疗卫生机构300个，其中二级医院5个、乡镇卫生院20个、村卫生室275个。\n" \
           "二、改造情况\n县财政对20所乡镇卫生院和5所二级医院共25个医疗废物暂存间进行标准化改造。"
    assert has(text, "breakdown", "25个", ["20所", "5所"])
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]
    broken = check_text(text.replace("共25个", "共28个"))
    assert any(f.rule.startswith("PT") and "20+5 = 25" in f.message and "28" in f.message
               for f in broken.findings if f.severity in ("error", "warning"))


def test_amounts_per_unit_of_two_levels_are_in_no_order(check_text):
    text = ("全县12所卫生院中，达到推荐标准的5所，达到基本标准的12所。"
            "达到推荐标准的每所奖励20万元，达到基本标准的每所奖励10万元，共兑现奖补资金170万元。")
    assert not any(f.rule == "ORD001" for f in check_text(text).findings)


def test_a_rate_whose_base_no_wording_names_is_over_the_count_that_fits_it(check_text):
    text = ("全年排查发现各类安全隐患500处，较上年的600处下降16.7%。按类型分，消防设施类200处、电气线路类180处、"
            "其他类120处。截至12月底已整改480处，整改率96.00%。")
    assert has(text, "rate", "96.00%", ["480处", "500处"], confidence="medium")
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]
    broken = check_text(text.replace("整改率96.00%", "整改率99.00%"))
    assert any("480 / 500" in f.message for f in broken.findings if f.severity in ("error", "warning"))
    # a rate far from every count is read over none
    assert not any(r[1] == "96.00%" for r in relations(text.replace("整改率96.00%", "整改率40.00%")))


def test_a_count_with_its_own_rate_is_no_base_of_the_next_unless_the_rate_is_exactly_over_it(check_text):
    siblings = "新生儿遗传代谢性疾病筛查4000人，筛查率99.00%；新生儿听力筛查3960人，筛查率98.00%。"
    assert not any(r[1] == "98.00%" and "4000人" in r[2] for r in relations(siblings))
    assert not [f for f in check_text(siblings).findings if f.severity in ("error", "warning")]
    among = "全县常住儿童30,000人，完成残疾筛查28,000人，筛查率93.33%。筛查中初筛阳性420人，初筛阳性率1.50%。"
    assert has(among, "rate", "1.50%", ["420人", "28,000人"])


def test_a_rate_after_a_count_nested_in_the_one_before_is_not_read_over_that_one(check_text):
    text = "采集居民户食用盐样400份，其中碘盐396份、合格碘盐380份，碘盐覆盖率99.00%。"
    assert not any(r[1] == "99.00%" and r[2][0] == "380份" for r in relations(text))
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]


def test_a_share_of_the_years_amount_is_over_the_years_not_a_quarters(check_text):
    text = ("截至12月底，全年完成投资3.00亿元，完成年度计划的90.0%。分季度看，一季度完成投资5,000万元；"
            "二季度完成投资7,000万元，上半年累计完成1.20亿元，占全年完成投资的40.0%。\n"
            "从资金来源看，全年完成投资中，争取中央预算内投资9,000万元，占30.0%；县级财政配套资金6,000万元。")
    assert has(text, "rate", "40.0%", ["1.20亿元", "3.00亿元"])
    assert has(text, "rate", "30.0%", ["9,000万元", "3.00亿元"])
    assert not [f for f in check_text(text).findings if f.severity == "error"]


def test_a_share_of_a_task_not_stated_is_over_no_count(check_text):
    text = "全年完成宫颈癌筛查12,600人，完成任务的105.0%。其中上半年完成6,000人，占全年任务的50.0%。"
    assert not any(r[1] == "50.0%" for r in relations(text))
    assert not [f for f in check_text(text).findings if f.severity == "error"]


def test_measures_that_add_up_take_part_in_sums_and_period_sums(check_text):
    text = ("全年收运处置医疗废物500.00吨，其中感染性废物420.00吨、损伤性废物50.00吨、病理性废物30.00吨。"
            "分季度看，一季度120.00吨、二季度130.00吨，上半年合计250.00吨，三季度125.00吨、四季度125.00吨。")
    assert has(text, "breakdown", "500.00吨", ["420.00吨", "50.00吨", "30.00吨"])
    assert has(text, "period-sum", "250.00吨", ["120.00吨", "130.00吨"])
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]
    broken = check_text(text.replace("病理性废物30.00吨", "病理性废物35.00吨"))
    assert any("35" in f.message for f in broken.findings if f.severity == "error")
    area = "全年实施药物灭螺1,200.00公顷，环境改造灭螺100.00公顷，全年灭螺面积合计1,300.00公顷。"
    assert has(area, "breakdown", "1,300.00公顷", ["1,200.00公顷", "100.00公顷"])


def test_measures_of_time_or_of_other_units_are_not_added():
    text = "胸痛患者平均D2B时间80分钟，其中县人民医院76分钟、县第二人民医院88分钟。全年收运医疗废物500吨，其中感染性废物420公斤。"
    assert not any(r[0] in ("breakdown", "subset") for r in relations(text))


def test_a_qizhong_opening_its_sentence_is_of_the_total_not_of_a_part_broken_down_before(check_text):
    text = "全年报告户籍居民死亡4,000例，比上年（3,900例）增长2.6%，其中男性2,300例、女性1,700例。其中上半年报告2,100例。"
    assert has(text, "subset", "4,000例", ["2,100例"])
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]


def test_a_change_over_the_value_of_the_year_before_in_brackets(check_text):
    text = "全年共处置动物致伤者6,000人次，比上年（5,000人次）增长20.0%，其中犬伤5,100人次。"
    assert has(text, "change-rate", "20.0%", ["5,000人次", "6,000人次"])
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]
    broken = check_text(text.replace("增长20.0%", "增长22.0%"))
    assert any("22" in f.message and f.severity == "error" for f in broken.findings)
    half = "全年实际完成2,916对，比上年(2,767对)增长5.4%。"
    assert has(half, "change-rate", "5.4%", ["2,767对", "2,916对"])


def test_a_share_right_after_its_count_is_of_the_total_that_fits_it_in_its_section(check_text):
    text = ("一、暴露处置基本情况\n\n全年全县各门诊共处置动物致伤者5,000人次，比上年（4,800人次）增长4.2%。\n\n"
            "（一）时间分布。一季度1,100人次、二季度1,300人次，上半年合计2,400人次；三季度1,500人次、四季度1,100人次。\n\n"
            "（二）致伤动物。犬伤4,000人次，占80.00%；猫伤800人次；其他动物致伤200人次。\n")
    assert has(text, "rate", "80.00%", ["4,000人次", "5,000人次"], confidence="medium")
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]
    broken = check_text(text.replace("占80.00%", "占84.00%"))
    assert any("4000 / 5000" in f.message for f in broken.findings if f.severity in ("error", "warning"))
    # not a total of another top section
    moved = text.replace("（二）致伤动物。", "二、致伤动物\n\n")
    assert not any(r[1] == "80.00%" for r in relations(moved))


def test_the_stock_reached_is_the_stock_before_and_what_was_added(check_text):
    text = ("全县纳入建设范围的单位共240家，其中县直机关200家、乡镇机关40家。2020年底已建成200家，建成率83.3%；"
            "2021年新增建成30家，全县累计建成230家，建成率95.8%。")
    assert has(text, "breakdown", "230家", ["200家", "30家"], confidence="medium")
    assert has(text, "rate", "83.3%", ["200家", "240家"])  # the stock before is no part of the stock reached
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]
    broken = check_text(text.replace("累计建成230家", "累计建成236家"))
    assert any("200+30" in f.message for f in broken.findings if f.severity in ("error", "warning"))
    users = "截至年底，累计注册用户5.60万人，比上年末的3.50万人增加2.10万人。"
    assert has(users, "breakdown", "5.60万人", ["3.50万人", "2.10万人"])


def test_a_share_of_a_total_stated_once_is_read_even_when_the_part_exceeds_it(check_text):
    text = "全年活产4000人，产妇3900人。筛查出高危孕产妇4100人，占产妇总数的27.00%。"
    assert has(text, "rate", "27.00%", ["4100人", "3900人"])
    assert any("4100 / 3900" in f.message for f in check_text(text).findings if f.severity == "error")


def test_a_change_is_of_the_amount_compared_not_of_the_base_of_its_share(check_text):
    text = "全县医疗机构全年采购抗菌药物2,000.0万元，占药品采购总金额20,000万元的10.00%，比上年的2,500.0万元下降20.0%。"
    assert has(text, "change-rate", "20.0%", ["2,500.0万元", "2,000.0万元"])
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]


def test_totals_of_items_reckoned_each_from_a_standard(check_text):
    text = ("县财政对参加企业职工基本养老保险的，每人每年补助缴费2,000元，计40.00万元；对参加城乡居民基本养老保险的，"
            "每人每年补助缴费500元，计15.00万元，两项合计55.00万元。")
    assert has(text, "breakdown", "55.00万元", ["40.00万元", "15.00万元"])
    assert not [f for f in check_text(text).findings if f.severity in ("error", "warning")]
    funds = "县财政按全县常住人口40.0万人、人均1.2元的标准安排专项资金，全年安排48.0万元；争取上级补助资金35.0万元，合计83.0万元。"
    assert has(funds, "breakdown", "83.0万元", ["48.0万元", "35.0万元"])
    broken = check_text(funds.replace("合计83.0万元", "合计88.0万元"))
    assert any("48+35" in f.message for f in broken.findings if f.severity in ("error", "warning"))


def test_a_share_of_a_whole_named_more_narrowly_is_read_even_when_its_part_was_mistyped_past_it(check_text):
    text = ("一、基本情况\n全县在岗乡村医生400人，其中取得执业(助理)医师资格的120人，占30.00%。\n"
            "二、运行保障\n全年拨付村卫生室补助1,000.0万元。\n村卫生室实施基本药物制度。\n"
            "三、乡村医生队伍情况\n从年龄看，在岗乡村医生中60岁以上的有{old}人，占乡村医生总数的36.00%。")
    assert has(text.format(old=144), "rate", "36.00%", ["144人", "400人"], confidence="medium")
    broken = check_text(text.format(old=441))
    assert any("441 / 400" in f.message for f in broken.findings if f.severity in ("error", "warning"))


@pytest.mark.parametrize("text, total, parts", [
    # 分别为 after a count, without a colon, and 按…分: lists that enumerate the whole
    ("全年共涂氟1200人次，分别为上学期700人次、下学期500人次。", "1200人次", ["700人次", "500人次"]),
    ("全县累计培养专科护士40人，分别为重症监护15人、急诊急救13人、伤口造口12人。", "40人", ["15人", "13人", "12人"]),
    ("全年改造农村户厕500户，按类型分，三格式300户、双瓮式150户、沼气池式50户。", "500户", ["300户", "150户", "50户"]),
])
def test_lists_that_enumerate_their_total_cover_it(text, total, parts):
    assert has(text, "breakdown", total, parts, "high", complete=True)


def test_a_list_that_names_its_main_items_only_does_not_cover_its_total():
    text = "全年改造农村户厕500户，按类型分，主要为三格式300户、双瓮式150户。"
    assert has(text, "breakdown", "500户", ["300户", "150户"], complete=False)


def test_an_amount_per_unit_is_no_total_of_the_amounts_after_it():
    text = "省级按甲项筛查每例110元、乙项筛查每例90元的标准下达补助资金，其中甲项筛查60万元、乙项筛查40万元，合计100万元。"
    found = relations(text)
    assert not any(r[1] in ("90元", "110元") for r in found)
    assert has(text, "breakdown", "100万元", ["60万元", "40万元"])


def test_a_standard_with_its_own_parts_is_still_a_total():
    text = "奖励扶助金标准为每人每年960元，其中中央财政576元、省级财政384元。"
    assert has(text, "breakdown", "960元", ["576元", "384元"])


def test_a_total_of_additions_adds_up_the_additions():
    text = "县人民医院、县中医院、县妇幼保健院将分别新增床位300张、200张、100张，合计新增床位600张。"
    assert has(text, "breakdown", "600张", ["300张", "200张", "100张"])


def test_a_total_of_additions_is_no_total_of_stocks():
    text = "县人民医院现有床位300张、县中医院现有床位200张，合计新增床位600张。"
    assert not has(text, "breakdown", "600张", ["300张", "200张"])


@pytest.mark.parametrize("text, breakdowns", [
    # items that each state a number in each of two units, over the ；between them
    ("全年实施医疗救助2000人次，支出救助资金300万元。其中住院救助800人次，救助资金200万元，次均救助2500元；"
     "门诊救助1200人次，救助资金100万元，次均救助833元。",
     [("2000人次", ["800人次", "1200人次"]), ("300万元", ["200万元", "100万元"])]),
    ("完成窝沟封闭500人，封闭牙数1800颗。其中春季学期完成200人、700颗，秋季学期完成300人、1100颗。",
     [("500人", ["200人", "300人"]), ("1800颗", ["700颗", "1100颗"])]),
])
def test_items_in_two_units_break_down_each_units_total(text, breakdowns):
    for total, parts in breakdowns:
        assert has(text, "breakdown", total, parts)


def test_items_of_unlike_units_are_no_parallel_list():
    # (one item in two units, then an item in one: not read as two lists)
    text = "全年实施医疗救助2000人次，支出救助资金300万元。其中住院救助800人次，救助资金200万元；门诊救助资金100万元。"
    assert not has(text, "breakdown", "2000人次", ["800人次"])
    assert not any(r[0] == "breakdown" and r[1] == "2000人次" for r in relations(text))


def test_a_completion_rate_is_over_the_contracted_amount_not_a_total_stated_after():
    text = ("第一批中选药品约定采购量100万片，实际采购120万片，完成率120.00%；第二批中选药品约定采购量80万片，"
            "实际采购90万片，完成率112.50%。两批中选药品实际采购量合计210万片。")
    assert has(text, "rate", "120.00%", ["120万片", "100万片"])
    assert has(text, "rate", "112.50%", ["90万片", "80万片"])
    assert not any(r[0] == "rate" and "210万片" in r[2] for r in relations(text))
    assert has(text, "breakdown", "210万片", ["120万片", "90万片"])


@pytest.mark.parametrize("text, rate, previous, current", [
    # last year's value beside this year's: in brackets after the rate, in brackets before it, in a clause
    ("全年提供上门护理服务3,400人次，同比增长50.0%（上年为2,267人次），服务量稳步增加。", "50.0%", "2,267人次", "3,400人次"),
    ("受理信访事项320件，同比下降11.1%（去年同期360件）。", "11.1%", "360件", "320件"),
    ("全年药品收入7,460.0万元(上年7,440.0万元),仅增长0.27%,基本持平。", "0.27%", "7,440.0万元", "7,460.0万元"),
    ("全年门诊次均费用106.68元,上年为109.35元,同比下降2.44%。", "2.44%", "109.35元", "106.68元"),
])
def test_a_change_rate_beside_last_years_value(text, rate, previous, current):
    assert has(text, "change-rate", rate, [previous, current], "high")


def test_a_value_in_brackets_after_a_rate_that_is_not_last_years_is_no_change():
    text = "受理信访事项320件，同比下降11.1%（其中来信74件）。"
    assert not any(r[0] == "change-rate" for r in relations(text))


def test_a_change_named_by_its_measure_word_is_of_the_count_so_named():
    # 培训人次比上年的…: past the average of the sentence (场均), to the count of 培训
    text = "全年举办培训58场次，累计培训6,380人次，场均110人次，培训人次比上年的5,420人次增长17.7%。"
    assert has(text, "change-rate", "17.7%", ["5,420人次", "6,380人次"], "high")


def test_a_change_of_a_named_part_is_of_the_part_not_its_total():
    text = ("全县卫生应急物资储备总价值806.3万元，其中实物储备486.3万元，协议储备320.0万元。"
            "实物储备价值比上年的412.7万元增长17.8%。")
    assert has(text, "change-rate", "17.8%", ["412.7万元", "486.3万元"], "high")


def test_a_qizhong_after_a_count_and_its_rate_is_of_that_count():
    text = "县疾控中心共采集病例标本130份，检出阳性100份，阳性率76.92%，其中甲型60份、乙型25份、其他15份。"
    assert has(text, "breakdown", "100份", ["60份", "25份", "15份"], complete=True)
    assert not any(r[0] == "breakdown" and r[1] == "130份" for r in relations(text))


def test_a_rate_of_one_part_is_over_the_whole_not_over_the_other_part():
    text = "全年实际完成校验190家，校验率95.00%。其中校验合格180家，暂缓校验10家，暂缓校验率5.26%。"
    assert has(text, "rate", "5.26%", ["10家", "190家"])
    assert not has(text, "rate", "5.26%", ["10家", "180家"])


def test_a_qizhong_after_last_years_value_in_brackets_is_of_this_years():
    text = ("总收入中，医疗收入87,000万元，占85.00%。医疗收入比上年（80,000万元）增长8.75%，"
            "其中门急诊收入40,000万元、住院收入47,000万元。")
    assert has(text, "breakdown", "87,000万元", ["40,000万元", "47,000万元"])
    assert not any(r[0] == "breakdown" and r[1] == "80,000万元" for r in relations(text))


def test_a_grouping_of_items_of_two_counts_each_breaks_down_two_totals():
    text = ("全年共有500人申报各级职称，通过260人，总通过率52.00%。分级看：申报正高级12人、通过5人，通过率41.67%；"
            "申报副高级68人、通过43人，通过率63.24%；参加中级资格考试246人、通过115人，通过率46.75%；"
            "参加初级资格考试174人、通过97人，通过率55.75%。")
    assert has(text, "breakdown", "500人", ["12人", "68人", "246人", "174人"])
    assert has(text, "breakdown", "260人", ["5人", "43人", "115人", "97人"])


def test_a_share_of_a_named_whole_is_not_over_a_smaller_sibling():
    text = ("全县绩效工资总量18,650万元。绩效工资总量中，基础性绩效工资7,460万元，奖励性绩效工资11,190万元，"
            "奖励性绩效工资占绩效工资总量的60%。")
    assert has(text, "rate", "60%", ["11,190万元", "18,650万元"])
    assert not has(text, "rate", "60%", ["11,190万元", "7,460万元"])


def test_two_parts_of_one_member_of_a_partition_side_by_side():
    text = "具有专业技术职称的3,251人。按职称等级分，正高级47人、副高级386人、中级1,104人、初级1,714人。"
    assert has(text, "breakdown", "3,251人", ["47人", "386人", "1,104人", "1,714人"], complete=True)


def test_a_sentence_opening_on_a_named_whole_lists_its_parts():
    text = ("全年三家县级公立医院总收入102,500万元（10.25亿元），总支出100,695万元。"
            "总收入中，医疗收入87,260万元，占85.13%；财政补助收入11,935万元，占11.64%；科教、捐赠等其他收入3,305万元。")
    assert has(text, "breakdown", "102,500万元", ["87,260万元", "11,935万元", "3,305万元"], "medium")


def test_a_named_whole_opening_a_sentence_with_no_count_before_lists_nothing():
    text = "总收入中，医疗收入87,260万元，财政补助收入11,935万元。"
    assert not any(r[0] == "breakdown" for r in relations(text))


def test_items_that_end_on_a_rate_of_one_name_run_on_over_the_semicolons():
    text = ("全县筛查性近视检出25,500人。其中小学生11,300人，检出率40.40%；初中生9,010人，检出率70.93%；"
            "高中生5,190人，检出率80.67%，近视检出率随学段升高而上升。")
    assert has(text, "breakdown", "25,500人", ["11,300人", "9,010人", "5,190人"])


def test_items_that_end_on_rates_of_two_measures_are_no_list():
    # 规范管理 and 血压控制达标 are both among those managed, and overlap
    text = ("在管高血压患者38,642人，管理率56.62%；其中规范管理21,362人，规范管理率55.28%；"
            "最近一次随访血压控制达标26,893人，血压控制率69.60%。")
    assert not has(text, "breakdown", "38,642人", ["21,362人", "26,893人"])


def test_a_rate_after_the_one_part_of_a_list_named_by_its_last_word_is_over_the_whole():
    text = "全年审核法定传染病报告卡5,130张，其中在规定时限内报告的5,120张，及时报告率99.81%，重卡均已订正。"
    assert has(text, "rate", "99.81%", ["5,120张", "5,130张"], "medium")


def test_a_rate_after_the_one_part_far_from_it_is_not_read_over_the_whole():
    # (5,120 / 5,130 is 99.81%, far from 60%: the rate is of something else)
    text = "全年审核法定传染病报告卡5,130张，其中在规定时限内报告的5,120张，网络报告率60.00%。"
    assert not has(text, "rate", "60.00%", ["5,120张", "5,130张"])


def test_a_change_compared_with_a_years_value_is_of_this_years_count():
    text = ("2023年全县共报告法定传染病5,128例，报告死亡9例。与2022年（4,317例）相比，报告病例数增长18.79%，"
            "增加的病例主要来自流行性感冒。")
    assert has(text, "change-rate", "18.79%", ["4,317例", "5,128例"])
    assert not has(text, "change-rate", "18.79%", ["4,317例", "9例"])


def test_a_rate_after_two_counts_of_one_unit_that_fit_it_is_their_quotient():
    text = "各医院开展手卫生依从性现场观察，共观察手卫生时机6,240次，正确执行手卫生5,197次，手卫生依从率83.29%。"
    assert has(text, "rate", "83.29%", ["5,197次", "6,240次"], "medium")


@pytest.mark.parametrize("text", [
    # far from the quotient: the rate is of something else
    "共观察手卫生时机6,240次，正确执行5,197次，知晓率41.20%。",
    # two parts of one list
    "鉴定79例。其中病残儿61例，非病残儿18例，认定率77.22%。",
])
def test_a_rate_after_two_counts_that_do_not_fit_it_is_not_their_quotient(text):
    assert not any(r[0] == "rate" for r in relations(text))


@pytest.mark.parametrize("text, rate, count, population", [
    # 每10万人口, 每百万人口: rates per a number of people written in digits, or per a million
    ("全县常住人口44.2万人。全县共设置安宁疗护床位38张，每10万人口安宁疗护床位8.6张。", "8.6张", "38张", "44.2万人"),
    ("全县常住人口36.8万人。全年共收集药品不良反应报告1,012份，每百万人口报告数为2,750份。", "2,750份", "1,012份", "36.8万人"),
    # the noun after 每千…人口 in the text, when the rate's phrase is a verb (由…提高到)
    ("全县常住人口41.3万人。全县医疗机构床位数将由2,420张增加到3,140张，每千常住人口床位数将由5.86张提高到7.60张。",
     "7.60张", "3,140张", "41.3万人"),
])
def test_rates_per_so_many_people_written_otherwise(text, rate, count, population):
    assert has(text, "per-population", rate, [count, population])


def test_the_rate_per_people_of_the_year_before_and_a_target_are_not_read():
    text = ("全县常住人口41.3万人。全县医疗机构床位数将由2,420张增加到3,140张，每千常住人口床位数将由5.86张提高到7.60张。"
            "全县注册全科医生69人，每万人口拥有全科医生1.67人，距离每万人口2名全科医生的目标尚有差距。")
    found = [r for r in relations(text) if r[0] == "per-population"]
    assert not any(r[1] in ("5.86张", "2名") for r in found)


def test_a_rate_per_people_is_of_the_count_of_its_own_section():
    text = ("一、药品不良反应\n全县常住人口36.8万人。全年共收集药品不良反应报告1,012份，每百万人口报告数为2,750份。\n"
            "二、医疗器械不良事件\n全年收集医疗器械不良事件报告326份，每百万人口报告数886份。")
    assert has(text, "per-population", "886份", ["326份", "36.8万人"])


def test_shares_that_name_their_part_in_a_sentence_opening_on_their_whole():
    text = ("全县卫生技术人员3,000人，执业（助理）医师1,200人，注册护士1,350人。"
            "卫生技术人员中，执业（助理）医师占40.00%，注册护士占45.00%。")
    assert has(text, "rate", "40.00%", ["1,200人", "3,000人"], "medium")
    assert has(text, "rate", "45.00%", ["1,350人", "3,000人"], "medium")


def test_shares_in_a_named_whole_of_a_table_are_over_its_cells():
    text = ("表1  收入支出决算总表（单位：万元）\n| 收入项目 | 决算数 |\n|---|---|\n| 财政拨款收入 | 15286.54 |\n"
            "| 事业收入 | 2918.46 |\n| 本年收入合计 | 18205.00 |\n\n本年收入合计中，财政拨款收入占83.97%，事业收入占16.03%。")
    assert has(text, "rate", "83.97%", ["15286.54", "18205.00"])


def test_a_share_in_a_named_whole_is_not_over_a_number_of_another_unit():
    # (a cell of a table in 万元 is no amount of 元 or 万元 of the prose)
    text = ("| 项目 | 决算数 |\n|---|---|\n| 本年收入合计 | 18205.00 |\n\n"
            "财政拨款收入15,286.54万元。本年收入合计中，财政拨款收入占83.97%。")
    assert not any(r[0] == "rate" and r[1] == "83.97%" for r in relations(text))


@pytest.mark.parametrize("text, total, parts", [
    ("检出生长迟缓158人，检出率4.34%；检出消瘦271人，检出率7.44%。生长迟缓和消瘦合计429人，营养不良检出率11.78%。",
     "429人", ["158人", "271人"]),
    # (a subtotal of parts of another list: 正高级 and 副高级 stay parts of the 3,251 too)
    ("具有职称的3,251人。按职称等级分，正高级47人、副高级386人、中级1,104人、初级1,714人；高级职称（正高级和副高级）合计433人。",
     "433人", ["47人", "386人"]),
])
def test_a_total_after_the_names_of_its_items(text, total, parts):
    assert has(text, "breakdown", total, parts, complete=True)


def test_a_total_after_names_no_count_has_is_read_over_nothing():
    text = "检出生长迟缓158人；检出消瘦271人。超重和肥胖合计429人。"
    assert not any(r[0] == "breakdown" and r[1] == "429人" for r in relations(text))


def test_a_trailing_total_passes_over_the_rates_of_its_items():
    text = "检出超重学生5,826人、肥胖学生4,417人，超重检出率12.37%，超重肥胖合计10,243人，超重肥胖检出率21.75%。"
    assert has(text, "breakdown", "10,243人", ["5,826人", "4,417人"])


def test_a_list_that_already_makes_up_its_total_ends_at_the_next_clause():
    text = "上半年采集样本400份，其中一季度150份、二季度250份，检出阳性20份，阳性率5.00%。"
    assert has(text, "breakdown", "400份", ["150份", "250份"])
    assert has(text, "rate", "5.00%", ["20份", "400份"])
    assert not any(r[0] == "breakdown" and "20份" in r[2] for r in relations(text))


def test_a_name_joined_to_another_does_not_narrow_it():
    text = "全县80台医用冰箱中，当年新购的20台用于替换老旧设备。\n\n目前冷库、冷藏车和医用冰箱共85台（套）设备全部接入温度监测。"
    assert not any(r[0] == "subset" and r[1] == "80台" and "85台" in r[2] for r in relations(text))


def test_a_rate_per_people_is_over_the_count_that_ends_on_its_whole_noun():
    text = "全县常住人口30万人，注册全科医生60人，在岗乡村医生300人，每万常住人口全科医生数2.00人。"
    assert has(text, "per-population", "2.00人", ["60人", "30万人"])


def test_a_partition_list_is_not_read_over_a_count_its_parts_far_exceed():
    text = ("全年提供上门服务12,000人次，其中巡诊7,000人次、护理5,000人次。分季度看，一季度2,500人次，二季度3,000人次，"
            "三季度3,200人次，四季度3,300人次。按机构分，基层医疗机构10,000人次，县级医院2,000人次。")
    assert has(text, "breakdown", "12,000人次", ["10,000人次", "2,000人次"])
    assert not any(r[0] == "breakdown" and r[1] == "3,300人次" for r in relations(text))


def test_a_rate_over_the_population_its_sentence_names_far_before():
    filler = "".join(f"（{i}）开展健康教育。\n" for i in range(12))
    text = ("全县常住人口40万人，失能、半失能老年人2,000人。\n" + filler
            + "将失能、半失能老年人作为签约重点人群，全年签约1,900人，签约率95.00%。")
    assert has(text, "rate", "95.00%", ["1,900人", "2,000人"])


def test_groupings_that_open_a_paragraph_break_down_the_count_of_the_paragraph_before():
    text = ("经鉴定，结论为病残儿的50例，非病残儿的10例。\n\n"
            "按病残类别分，先天性心脏病20例、脑性瘫痪30例。按年龄分，0—6岁35例、7—14岁15例；按户籍分，农村户籍42例、城镇户籍8例。")
    assert has(text, "breakdown", "50例", ["20例", "30例"])
    assert has(text, "breakdown", "50例", ["42例", "8例"])
    assert not any(r[0] == "breakdown" and r[1] == "35例" for r in relations(text))


def test_the_periods_listed_right_after_a_count_of_the_year_add_up_to_it():
    text = "全年上转孕产妇20例，分季度为一季度4例、二季度6例、三季度5例、四季度5例。"
    assert has(text, "period-sum", "20例", ["4例", "6例", "5例", "5例"])


def test_periods_that_name_no_measure_add_up_to_the_half_year_of_their_sentence():
    text = "疫苗出库：一季度30,000剂、二季度40,000剂、三季度35,000剂、四季度45,000剂，上半年合计出库7.00万剂，下半年8.00万剂。"
    assert has(text, "period-sum", "7.00万剂", ["30,000剂", "40,000剂"])
    assert has(text, "period-sum", "8.00万剂", ["35,000剂", "45,000剂"])


def test_a_rate_over_live_births_stated_far_before_not_a_nearer_fallback():
    filler = "".join(f"（{i}）开展健康教育。\n" for i in range(12))
    text = "全县活产4,000人。\n" + filler + "紫色孕产妇4人。全年救治危重孕产妇40例，危重孕产妇发生率为10.00‰。"
    assert has(text, "rate", "10.00‰", ["40例", "4,000人"])


def test_a_share_of_a_column_of_a_table_named_before_its_row():
    text = ("| 类别 | 上年结存 | 本年入库 |\n|---|---|---|\n| 免疫规划疫苗 | 1,000 | 6,000 |\n"
            "| 非免疫规划疫苗 | 500 | 4,000 |\n| 合计 | 1,500 | 10,000 |\n\n全年入库疫苗中，非免疫规划疫苗占40.00%。")
    assert has(text, "rate", "40.00%", ["4,000", "10,000"])


def test_a_change_over_the_quarter_before_and_a_half_year_total_after_it():
    text = "一季度3,000人次，二季度4,000人次，三季度4,000人次，四季度4,400人次（环比增长10.0%），上半年合计7,000人次。"
    assert has(text, "change-rate", "10.0%", ["4,000人次", "4,400人次"])
    assert has(text, "period-sum", "7,000人次", ["3,000人次", "4,000人次"])


def test_rodent_density_is_the_rodents_caught_over_the_traps_set():
    text = "上半年共布放鼠夹2000夹次，捕获鼠形动物30只，鼠密度为1.50%。"
    assert has(text, "rate", "1.50%", ["30只", "2000夹次"])


def test_a_rate_of_cases_the_rate_names_by_their_disease():
    text = "全县常住人口50万人。报告人畜共患病20例，报告发病率为4.00/10万。其中肾综合征出血热10例。肾综合征出血热报告发病率2.00/10万。"
    assert has(text, "rate", "2.00/10万", ["10例", "50万人"])


def test_a_rate_of_a_part_named_by_the_verb_after_its_number():
    text = "参加执业医师资格考试的学员共20人，其中18人通过，通过率90.00%。"
    assert has(text, "rate", "90.00%", ["18人", "20人"])


def test_a_rate_of_what_was_done_over_the_count_its_phrase_names():
    text = "全年中选药品约定采购量1,000万片，实际采购1,200万片（支），完成约定采购量的120.00%。"
    assert has(text, "rate", "120.00%", ["1,200万片", "1,000万片"])


def test_a_change_named_by_its_count_with_last_years_value_in_brackets_after():
    text = "报告病例40例，死亡1例；报告发病率为8.00/10万，病例数同比下降20.00%（去年同期50例）。"
    assert has(text, "change-rate", "20.00%", ["50例", "40例"], "medium")


@pytest.mark.parametrize("text, inspected, found", [
    ("全年抽查用人单位45家，其中上半年21家、下半年24家；对存在问题的用人单位下达监督意见书，立案处罚6家，罚款12.5万元。",
     "45家", "6家"),
    ("开展专项检查，对全县236家定点医药机构实现检查全覆盖，发现存在违规问题的机构41家。", "236家", "41家"),
    ("全年检查各类医疗机构398家次，发现问题47家，均已责令整改。", "398家次", "47家"),
])
def test_places_found_at_fault_are_among_the_places_inspected(text, inspected, found):
    assert has(text, "subset", inspected, [found], "medium")


def test_problems_counted_are_no_places_among_the_inspected():
    text = "全年检查各类医疗机构120家，发现问题130个，均已整改。"
    assert not any(r[0] == "subset" and r[1] == "120家" for r in relations(text))


def test_a_count_whose_own_rate_is_all_of_it_is_the_base_of_a_rate_that_does_not_fit():
    # (a printed rate off its counts is still read over them: 21 / 23 is 91.30%, not 95.87%)
    text = "全县23个饮水型氟中毒病区村均已完成降氟改水，改水率100%。自查发现，正常运转的改水工程21个，运转率95.87%。"
    assert has(text, "rate", "95.87%", ["21个", "23个"])


@pytest.mark.parametrize("text, total, parts", [
    ("按照评价指标体系，项目决策18分、项目过程19分、项目产出38.5分、项目效益19分，自评总分94.5分。",
     "94.5分", ["18分", "19分", "38.5分", "19分"]),
    # (the most each item may score, in brackets, is no item)
    ("决策指标得分18分（满分20分）、过程指标得分19分（满分20分）、产出指标得分36.5分（满分40分），综合得分73.5分。",
     "73.5分", ["18分", "19分", "36.5分"]),
])
def test_a_total_score_after_the_scores_of_its_items(text, total, parts):
    assert has(text, "breakdown", total, parts, complete=True)


@pytest.mark.parametrize("text, rate, count, people", [
    ("2020年末全县常住人口31.2万人。全县在岗乡村医生486人，平均每千服务人口1.56名。", "1.56名", "486人", "31.2万人"),
    ("全县常住人口58.3万人。全县维持性血液透析患者412人，每10万人口70.67人。", "70.67人", "412人", "58.3万人"),
    ("全县常住人口36.82万人。全县现有社会体育指导员1,105名，每千人拥有3.0名。", "3.0名", "1,105名", "36.82万人"),
])
def test_a_rate_per_people_right_after_its_count_names_no_noun_of_its_own(text, rate, count, people):
    assert has(text, "per-population", rate, [count, people])


def test_a_detection_rate_is_over_the_screening_that_names_what_was_found():
    text = ("全年完成宫颈癌筛查8,236人，任务完成率102.95%；完成乳腺癌筛查8,105人，任务完成率101.31%。"
            "共检出宫颈癌前病变及宫颈癌43例，其中宫颈癌前病变37例、宫颈癌6例，检出率为522.10/10万。")
    assert has(text, "rate", "522.10/10万", ["43例", "8,236人"])


def test_rates_of_a_paragraph_over_a_base_two_of_them_imply_take_in_the_one_that_is_off():
    # (4.56% is off: 158 / 3,642 is 4.34%; 7.44% and 11.78% still name the 3,642 measured)
    text = ("（一）监测对象。共完成身高、体重测量学生3,642人，其中男生1,871人、女生1,771人；完成血红蛋白检测3,518人。\n"
            "（二）生长发育。检出生长迟缓158人，检出率4.56%，其中男生91人、检出率4.86%，女生67人、"
            "检出率3.78%；检出消瘦271人，检出率7.44%。生长迟缓和消瘦合计429人，营养不良检出率11.78%。")
    assert has(text, "rate", "4.56%", ["158人", "3,642人"])
    assert not any(r[0] == "rate" and r[1] == "4.86%" and r[2][1] == "3,642人" for r in relations(text))


DEATHS_TABLE = ("全县户籍人口523,716人。全年报告死亡3,862例。\n\n"
                "| 顺位 | 死因 | 死亡数（例） | 死亡率（1/10万） | 构成比（%） |\n|---|---|---|---|---|\n"
                "| 1 | 心脏病 | 1036 | 197.82 | 26.83 |\n| 2 | 脑血管病 | 958 | 182.92 | 24.81 |\n"
                "| 3 | 恶性肿瘤 | 812 | 160.00 | 21.03 |\n| | 合计 | 2806 | 535.79 | 72.66 |\n")


def test_a_table_column_of_rates_is_over_the_count_before_the_table_its_rows_imply():
    # (160.00 is off: 812 / 523,716 is 155.05 per 10万; it is read over the people all the same)
    assert has(DEATHS_TABLE, "rate", "197.82", ["1036", "523,716人"])
    assert has(DEATHS_TABLE, "rate", "160.00", ["812", "523,716人"])
    assert has(DEATHS_TABLE, "rate", "535.79", ["2806", "523,716人"])
    assert has(DEATHS_TABLE, "rate", "26.83", ["1036", "3,862例"])
    assert has(DEATHS_TABLE, "rate", "72.66", ["2806", "3,862例"])


def test_an_item_paid_at_a_standard_to_a_number_of_people_stays_in_the_list():
    text = ("县财政安排乡村医生补助资金合计1211.00万元，其中定额补助307.20万元，基本公共卫生服务补助663.48万元，"
            "基本药物制度补助128.00万元，对已退出岗位的312名老年乡村医生按每人每月300元发放生活补助112.32万元。")
    assert has(text, "breakdown", "1211.00万元", ["307.20万元", "663.48万元", "128.00万元", "112.32万元"])


def test_a_total_before_a_colon_adds_up_the_first_count_of_each_numbered_line():
    text = ("（三）扶助对象。全县确认各类扶助对象合计10479人：\n\n"
            "1．奖励扶助对象8652人，标准为每人每年960元。上年末在册7927人，本年新增1137人。\n"
            "2．特别扶助对象1784人，其中伤残家庭736人、死亡家庭1048人。\n"
            "3．手术并发症扶助对象43人，其中一级5人、二级14人、三级24人。\n")
    assert has(text, "breakdown", "10479人", ["8652人", "1784人", "43人"], complete=True)


def test_a_death_rate_opening_the_paragraph_after_its_count():
    text = ("全县户籍人口523,716人。\n\n全年通过人口死亡信息登记管理系统报告本县户籍居民死亡3,862例，其中上半年2,037例。\n\n"
            "全县报告死亡率为7.37‰，男性高于女性。")
    assert has(text, "rate", "7.37‰", ["3,862例", "523,716人"])


def test_a_level_of_a_part_is_over_its_whole():
    text = "全年共调查15—69岁常住居民1,320人，其中具备基本健康素养的354人，健康素养水平为28.16%。"
    assert has(text, "rate", "28.16%", ["354人", "1,320人"])


def test_a_level_that_is_no_part_of_the_count_before_is_read_over_nothing():
    text = "全县基本医疗保险参保人数38.5万人，住院报销1.2万人次，保障水平75.00%。"
    assert not any(r[0] == "rate" and r[1] == "75.00%" for r in relations(text))


def test_an_unmarked_row_between_two_hash_rows_is_within_the_one_above():
    # (2004 of the 县直 row is the error: it is above the 1821 of the # row it belongs to)
    text = ("| 指标名称 | 机构数(个) | 床位数(张) | 卫生技术人员数(人) |\n|---|---|---|---|\n"
            "| 医疗机构 | 64 | 4399 | 4165 |\n| #公立医疗机构 | 34 | 2289 | 1821 |\n"
            "| 县直医疗卫生单位 | 3 | 1259 | 2004 |\n| #民营医疗机构 | 30 | 2110 | 2344 |\n")
    assert has(text, "subset", "1821", ["2004"], "medium")
    assert has(text, "subset", "2289", ["1259"], "medium")


def test_what_is_diagnosed_after_a_screening_step_is_among_those_of_the_step():
    text = "初筛未通过236人，按时复筛221人；复筛未通过转诊至市级听力诊断机构18人，确诊听力障碍5例。"
    assert has(text, "subset", "18人", ["5例"], "medium")


def test_confirmed_cases_after_new_ones_are_no_step_of_a_screening():
    text = "本周新增确诊12例，累计确诊300例。"
    assert not any(r[0] == "subset" for r in relations(text))
