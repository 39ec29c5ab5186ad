"""Pipe tables: every cell knows the header of its column (over several header rows, merged
cells packed to the left as conversions leave them), and the relations that need it are found:
the 其中 columns of a row against their total column, a total row named X合计 with the 其中 row
right after it, counts that can never exceed another by their column (入住 ≤ 床位), and the rates
the prose states right after a table over two of its cells."""
from __future__ import annotations

import pytest

from checker.claims import extract_claims
from checker.nlp import tag_report
from checker.nlp.claim_context import header_paths


def claim_set(text):
    return extract_claims(tag_report(text))


def relations(text):
    found = claim_set(text)
    return [(r.kind, found.claim(r.result).text, tuple(found.claim(i).text for i in r.operands), r.confidence,
             r.complete, r.parts_may_overlap) for r in found.relations]


def has(text, kind, result, operands, confidence=None, complete=None):
    return any(r[:3] == (kind, result, tuple(operands)) and (confidence is None or r[3] == confidence)
               and (complete is None or r[4] == complete) for r in relations(text))


def rules_of(check_text, text):
    return {f.rule for f in check_text(text).findings if f.severity in ("error", "warning")}


# -- the header of a column ---------------------------------------------------------------------

@pytest.mark.parametrize("rows,width,paths", [
    # one header row: each cell names its column, without the unit in brackets
    ([["类别", "机构数(家)", "床位数(张)"]], 3, [("类别",), ("机构数",), ("床位数",)]),
    # merged cells packed to the left (a statistical communiqué converted to text): 总数 | 其中
    # divide 卫生技术人员数, then 医生 | 护士 divide 其中
    ([["指标名称", "医院数(个)", "卫生技术人员数(人)", "", ""], ["总数", "其中", "", "", ""], ["医生", "护士", "", "", ""]], 5,
     [("指标名称",), ("医院数",), ("卫生技术人员数", "总数"), ("卫生技术人员数", "其中", "医生"),
      ("卫生技术人员数", "其中", "护士")]),
    # a second row written in place, under the cell that spans it
    ([["指标", "卫生技术人员", "", ""], ["", "合计", "执业医师", "注册护士"]], 4,
     [("指标",), ("卫生技术人员", "合计"), ("卫生技术人员", "执业医师"), ("卫生技术人员", "注册护士")]),
    # a packed row that fits no reading of the cells above (3 names under two spans of 2): left out
    ([["指标", "甲", "", "乙", ""], ["a", "b", "c", "", ""]], 5, [("指标",), ("甲",), ("甲",), ("乙",), ("乙",)]),
])
def test_header_paths(rows, width, paths):
    assert header_paths(rows, width) == paths


def columns(text):
    doc = tag_report(text)
    return {span._.number.text: span._.context.column for span in doc.spans["numeric_claims"]}


def test_a_cell_knows_its_column_and_a_number_of_the_prose_does_not():
    text = ("| 类别 | 床位数(张) | 入住老年人(人) |\n| --- | --- | --- |\n| 医养结合机构合计 | 1680 | 1134 |\n"
            "| 养老机构 | 共700张 | 418 |\n\n全县医养结合机构床位使用率67.50%。")
    found = columns(text)
    assert found["1680"] == ("床位数",) and found["1134"] == ("入住老年人",) and found["418"] == ("入住老年人",)
    assert found["700张"] == ()      # not alone in its cell
    assert found["67.50%"] == ()     # prose


def test_a_cell_far_below_the_header_still_knows_its_column():
    text = "| 乡镇 | 床位数(张) | 入住老年人(人) |\n| --- | --- | --- |\n" + "".join(
        f"| 第{i}镇 | {100 + i} | {50 + i} |\n" for i in range(1, 31))
    assert columns(text)["80"] == ("入住老年人",)  # the 30th row, 32 lines below the header


def test_the_claim_carries_the_column_header_beside_its_row_label():
    text = "| 类别 | 床位数(张) |\n| --- | --- |\n| 医养结合机构合计 | 1680 |\n| 养老机构 | 700 |"
    cell = next(c for c in claim_set(text).claims if c.text == "1680")
    assert cell.indicator == "医养结合机构合计" and cell.column_header == ("床位数",)


# -- the 其中 columns of a row --------------------------------------------------------------------

COMMUNIQUE = ("表1 2022年卫生事业基本情况\n"
              "指标名称 | 机构数(个) | 卫生技术人员数(人) | | |\n"
              "总数 | 其中 | | | |\n"
              "{first} | {second} | | | |\n"
              "医疗机构 | 20 | {total} | {a} | {b} |\n"
              "#公立医疗机构 | 12 | 300 | 120 | 130 |\n")


def communique(first="医生", second="护士", total=500, a=200, b=200):
    return COMMUNIQUE.format(first=first, second=second, total=total, a=a, b=b)


def test_the_qizhong_columns_of_a_row_are_parts_of_its_total_column():
    # 200 + 200 = 400 ≤ 500, 120 + 130 = 250 ≤ 300: 其中 does not say the parts are all
    assert has(communique(), "breakdown", "500", ["200", "200"], "high", complete=False)
    assert has(communique(), "breakdown", "300", ["120", "130"], "high", complete=False)
    # the column of 机构数 has no 其中 under it
    assert not any(r[1] in ("20", "12") and r[2] in (("500",), ("300",)) for r in relations(communique()))


def test_qizhong_columns_that_may_overlap_are_marked():
    text = communique(first="执业(助理)医师", second="执业医师", a=200, b=150)
    found = [r for r in relations(text) if r[:3] == ("breakdown", "500", ("200", "150"))]
    assert found and found[0][5] is True  # 执业医师 are among the 执业(助理)医师


@pytest.mark.parametrize("total,a,b,rule", [
    (500, 300, 250, "PT001"),  # 300 + 250 = 550 > 500: an error
    (500, 240, 235, "PT006"),  # 240 + 235 = 475, 95% of 500: nearly all, 25 short (a warning)
    (500, 200, 200, None),     # 400 of 500: a partial 其中
])
def test_the_qizhong_columns_are_checked(check_text, total, a, b, rule):
    found = rules_of(check_text, communique(total=total, a=a, b=b))
    assert (rule in found) if rule else not found & {"PT001", "PT003", "PT006"}


# -- a total row named X合计 and the 其中 row right after it ----------------------------------------

HOMES = ("某县2025年前三季度医养结合工作汇报\n"
         "| 类别 | 机构数(家) | 床位数(张) | 入住老年人(人) |\n| --- | --- | --- | --- |\n"
         "| 医养结合机构合计 | {total} | 900 | 630 |\n"
         "| 其中:医疗机构举办养老机构 | 5 | 400 | 300 |\n"
         "| 养老机构内设医疗机构 | 4 | 300 | 210 |\n"
         "| 医疗机构与养老机构签约合作 | 3 | 200 | 120 |\n\n"
         "全县医养结合机构床位使用率{rate}。\n")


def homes(total=12, rate="70.00%"):
    return HOMES.format(total=total, rate=rate)


def test_a_named_total_row_adds_up_the_qizhong_row_after_it_and_the_rows_below():
    # 5 + 4 + 3 = 12, 400 + 300 + 200 = 900, 300 + 210 + 120 = 630: stated as the total, so complete
    assert has(homes(), "breakdown", "12", ["5", "4", "3"], "high", complete=True)
    assert has(homes(), "breakdown", "900", ["400", "300", "200"], "high", complete=True)
    assert has(homes(), "breakdown", "630", ["300", "210", "120"], "high", complete=True)


def test_a_named_total_row_that_exceeds_its_rows_is_an_error(check_text):
    assert "PT003" in rules_of(check_text, homes(total=15))  # 5 + 4 + 3 = 12 < 15
    assert not rules_of(check_text, homes()) & {"PT001", "PT003", "PT004", "PT006"}


def test_a_total_row_is_not_named_by_two_rows():
    text = ("| 类别 | 床位数(张) |\n| --- | --- |\n| 公立机构合计 | 900 |\n| 县医院 | 500 |\n"
            "| 民营机构合计 | 400 |\n| 某民营医院 | 400 |\n")
    assert not any(r[4] for r in relations(text) if r[0] == "breakdown")  # no complete breakdown of 900


def test_residents_of_a_table_row_are_within_its_beds():
    # the column names what a cell counts: 630 入住老年人 ≤ 900 床位 of the same row
    assert has(homes(), "subset", "900", ["630"], "medium")


def test_residents_are_not_compared_with_the_beds_of_another_row():
    text = ("| 类别 | 入住老年人(人) | 机构数(家) | 床位数(张) |\n| --- | --- | --- | --- |\n"
            "| 甲养老院 | 80 | 1 | 100 |\n| 乙养老院 | 90 | 1 | 120 |\n")
    assert has(text, "subset", "120", ["90"]) and not has(text, "subset", "100", ["90"])


# -- rates in the prose over cells of the table before them ---------------------------------------

def test_a_use_rate_over_the_columns_the_lexicon_names():
    # 630 / 900 = 70.00%: the row the rate's subject names (医养结合机构 is 医养结合机构合计)
    assert has(homes(), "rate", "70.00%", ["630", "900"], "medium")


@pytest.mark.parametrize("rate,flagged", [("70.00%", False), ("72.00%", True)])
def test_a_use_rate_over_table_columns_is_checked(check_text, rate, flagged):
    assert ("RATE002" in rules_of(check_text, homes(rate=rate))) == flagged


def test_a_use_rate_needs_a_column_of_residents():
    # a hospital's 床位使用率 is over bed-days: no column here is its numerator
    text = ("| 医院 | 床位数(张) | 出院人次 |\n| --- | --- | --- |\n| 合计 | 900 | 30000 |\n| 县医院 | 500 | 18000 |\n"
            "| 中医院 | 400 | 12000 |\n\n全县医院床位使用率85.00%。")
    assert not any(r[0] == "rate" for r in relations(text))


VISITS = ("某县2023年医共体建设工作总结\n"
          "| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n"
          "| 县域内总诊疗人次 | 100000 | 120000 |\n| 其中：县级医院 | 40000 | 42000 |\n"
          "| 基层医疗卫生机构 | 60000 | 78000 |\n\n"
          "基层医疗卫生机构诊疗人次占{whole}总诊疗人次的比重由上年的{before}提高到{after}。\n")


def visits(whole="县域", before="60.00%", after="65.00%"):
    return VISITS.format(whole=whole, before=before, after=after)


def test_a_share_of_two_table_rows_in_the_column_of_its_year():
    # 上年 of a 2023 report is 2022: 60000 / 100000 = 60.00%; 2023: 78000 / 120000 = 65.00%
    assert has(visits(), "rate", "60.00%", ["60000", "100000"], "medium")
    assert has(visits(), "rate", "65.00%", ["78000", "120000"], "medium")


@pytest.mark.parametrize("before,after,flagged", [("60.00%", "65.00%", False), ("62.00%", "65.00%", True),
                                                  ("60.00%", "60.00%", True)])
def test_a_share_of_table_rows_is_checked(check_text, before, after, flagged):
    assert ("RATE002" in rules_of(check_text, visits(before=before, after=after))) == flagged


def test_a_share_of_another_whole_than_the_tables_rows_is_not_read():
    # 全市 is not the county of the table
    assert not any(r[0] == "rate" and r[1] in ("60.00%", "65.00%") for r in relations(visits(whole="全市")))


# -- sub-lists of a table marked only on their first row ------------------------------------------

def bulletin(total=412, public=6, private=8, beds_private=508):
    return ("| 机构类别 | 机构数(个) | 床位数(张) |\n"
            f"| 总计 | {total} | 3856 |\n"
            "| 医院 | 14 | 2614 |\n"
            f"| 其中:公立医院 | {public} | 2106 |\n"
            f"| 民营医院 | {private} | {beds_private} |\n"
            "| 基层医疗卫生机构 | 391 | 1102 |\n"
            "| 其中:乡镇卫生院 | 21 | 1038 |\n"
            "| 社区卫生服务中心 | 4 | 64 |\n"
            "| 村卫生室 | 318 | — |\n"
            "| 诊所、门诊部 | 48 | — |\n"
            "| 专业公共卫生机构 | 7 | 140 |\n")


def test_a_sub_list_marked_on_its_first_row_ends_where_it_adds_up():
    # 6 + 8 = 14 and 2106 + 508 = 2614: 公立 and 民营 are the hospitals'; 基层 is the next row of the
    # total's (14 + 391 + 7 = 412, 2614 + 1102 + 140 = 3856); 21 + 4 + 318 + 48 = 391 institutions
    # (the beds of 社区, 1038 + 64 = 1102, add up a row early: more columns decide)
    text = bulletin()
    assert has(text, "breakdown", "412", ["14", "391", "7"], "high", complete=True)
    assert has(text, "breakdown", "3856", ["2614", "1102", "140"], "high", complete=True)
    assert has(text, "breakdown", "14", ["6", "8"], "medium")
    assert has(text, "breakdown", "391", ["21", "4", "318", "48"], "medium")
    assert not any(r[0] == "breakdown" and r[1] == "412" and "8" in r[2] for r in relations(text))


def test_a_table_with_sub_lists_gives_no_error_when_it_adds_up_and_one_when_it_does_not(check_text):
    assert rules_of(check_text, bulletin()) <= {"PT006"}
    # 民营医院 printed 9 instead of 8: the beds still place the sub-list, and its sum (6 + 9 = 15 >
    # 14) fails, as a warning: the sub-list is read from the sums, not stated
    assert "PT004" in rules_of(check_text, bulletin(private=9))
    # the total printed 421: the rows of the upper level (412) no longer add up to it
    assert "PT003" in rules_of(check_text, bulletin(total=421))


def test_a_sub_list_that_adds_up_nowhere_leaves_the_total_unread():
    # neither 6 nor 6 + 5 is the 14 hospitals, nor 2106 or 2106 + 400 their 2614 beds: where the
    # sub-list ends is not known, so the total is not summed over rows that may be sub-rows
    text = bulletin(private=5, beds_private=400)
    assert not any(r[1] == "412" for r in relations(text))


BULLETIN = ("(二)床位和人员。每千常住人口拥有医疗卫生机构床位6.00张,每千常住人口执业(助理)医师3.00人、"
            "注册护士4.00人,医护比为1:1.33。\n"
            "| 机构类别 | 床位数(张) | 卫生技术人员(人) | 其中 | |\n"
            "| | | | 执业(助理)医师 | 注册护士 |\n"
            "| 总  计 | 2400 | 3000 | 1200 | 1600 |\n"
            "| 医院 | 1600 | 2000 | 800 | 1100 |\n"
            "| 基层医疗卫生机构 | 800 | 1000 | 400 | 500 |\n"
            "|   #乡镇卫生院 | 600 | 700 | 300 | 350 |\n"
            "注:每千人口指标按年末常住人口40.00万人计算。\n"
            "全县中医类别执业(助理)医师200人。\n")


def test_prose_rates_over_a_tables_total_row_and_a_population_in_a_note():
    assert has(BULLETIN, "per-population", "6.00张", ["2400", "40.00万人"])
    # the county's physicians are the table's total, not the physicians of one kind stated in the prose
    assert has(BULLETIN, "per-population", "3.00人", ["1200", "40.00万人"])
    assert not any(r[1] == "3.00人" and "200人" in r[2] for r in relations(BULLETIN))
    # a 1:x ratio of two columns of the total row, in the order of its name
    assert has(BULLETIN, "colon-ratio", "1:1.33", ["1600", "1200"])


def test_columns_headed_qizhong_are_parts_of_the_column_to_their_left():
    assert has(BULLETIN, "breakdown", "3000", ["1200", "1600"], complete=False)
    assert has(BULLETIN, "breakdown", "700", ["300", "350"], complete=False)


def test_an_indented_hash_row_is_a_part_of_the_row_above_it():
    assert has(BULLETIN, "subset", "800", ["600"])
    assert has(BULLETIN, "subset", "1000", ["700"])


# the same table with its sub-rows marked two ways: indented under their row, or after a numbered row
SUB_ROWS = {
    "indented": ("| 机构类别 | 床位数(张) | 卫生技术人员(人) |\n"
                 "| 总  计 | 2000 | 3000 |\n"
                 "| 医院 | 1400 | 1900 |\n"
                 "|   公立医院 | 1100 | 1500 |\n"
                 "|   民营医院 | 300 | 400 |\n"
                 "| 基层医疗卫生机构 | 500 | 900 |\n"
                 "|   乡镇卫生院 | 450 | 800 |\n"
                 "|   村卫生室 | 50 | 100 |\n"
                 "| 专业公共卫生机构 | 100 | 200 |\n"),
    "numbered": ("机构类别 | 床位数(张) | 卫生技术人员(人) |\n"
                 "总计 | 2000 | 3000 |\n"
                 "一、医院 | 1400 | 1900 |\n"
                 "公立医院 | 1100 | 1500 |\n"
                 "民营医院 | 300 | 400 |\n"
                 "二、基层医疗卫生机构 | 500 | 900 |\n"
                 "乡镇卫生院 | 450 | 800 |\n"
                 "村卫生室 | 50 | 100 |\n"
                 "三、专业公共卫生机构 | 100 | 200 |\n"),
}


@pytest.mark.parametrize("layout", sorted(SUB_ROWS))
def test_sub_rows_are_the_parts_of_their_row_and_not_of_the_total(layout):
    text = SUB_ROWS[layout]
    assert has(text, "breakdown", "2000", ["1400", "500", "100"], complete=True)
    assert has(text, "breakdown", "1400", ["1100", "300"])
    assert has(text, "breakdown", "1900", ["1500", "400"])
    assert has(text, "breakdown", "500", ["450", "50"])
    # a row's sub-rows are not read as sentences of a partition across the columns
    assert not any(r[0] == "breakdown" and r[1] in ("1900", "2000") and "1100" in r[2] for r in relations(text))


def test_labels_that_differ_by_a_single_space_are_one_level():
    flat = SUB_ROWS["indented"].replace("|   公立医院", "|  公立医院").replace("|   民营医院", "|  民营医院")
    assert not any(r[0] == "breakdown" and r[1] == "1400" for r in relations(flat))


# -- a total row at the bottom, a total column, bed occupancy in a table ----------------------------

@pytest.mark.parametrize("lead", ["| ", ""])
def test_a_total_row_closing_the_table_adds_up_the_rows_above_it(lead):
    rows = ["乡镇 | 在册患者 | 规范管理 |", "城关镇 | 600 | 550 |", "青石镇 | 400 | 350 |", "白马乡 | 100 | 90 |",
            "合计 | 1100 | 990 |"]
    text = "表1 各乡镇患者数\n" + "\n".join(lead + row for row in rows) + "\n"
    assert has(text, "breakdown", "1100", ["600", "400", "100"], "high", complete=True)
    assert has(text, "breakdown", "990", ["550", "350", "90"], "high", complete=True)


@pytest.mark.parametrize("total,rule", [(1000, None), (990, "PT001"), (1010, "PT003")])
def test_a_total_column_adds_up_each_row_of_counts_across(check_text, total, rule):
    text = ("表2 县级医院服务情况\n| 指标 | 县人民医院 | 县中医院 | 合计 |\n"
            f"| 出院人次 | 700 | 300 | {total} |\n| 手术台次 | 400 | 200 | 600 |\n| 病床使用率（%） | 80.00 | 70.00 | 77.00 |\n")
    assert has(text, "breakdown", str(total), ["700", "300"], "high", complete=True)
    assert has(text, "breakdown", "600", ["400", "200"])
    assert not any(r[0] == "breakdown" and r[1] == "77.00" for r in relations(text))  # rates are not added up
    assert (rule in rules_of(check_text, text)) if rule else not rules_of(check_text, text) & {"PT001", "PT003"}


@pytest.mark.parametrize("rate,flagged", [("80.00", False), ("85.00", True)])
def test_bed_occupancy_in_a_table_is_checked_column_by_column(check_text, rate, flagged):
    text = ("2023年县级医院服务情况\n| 指标 | 县人民医院 | 县中医院 |\n| 实际开放床位（张） | 500 | 200 |\n"
            f"| 实际占用总床日 | 146000 | 51100 |\n| 病床使用率（%） | {rate} | 70.00 |\n")
    found = claim_set(text)
    occupancy = {found.claim(r.result).text: [found.claim(i).text for i in r.operands]
                 for r in found.relations if r.kind == "bed-occupancy"}
    assert occupancy == {rate: ["146000", "500"], "70.00": ["51100", "200"]}
    assert ("RATE007" in rules_of(check_text, text)) == flagged


# -- tables printed side by side, rows that close the rows above them ------------------------------

BUDGET = ("表1 收入支出决算总表（单位：万元）\n| 收入项目 | 决算数 | 支出项目 | 决算数 |\n|---|---|---|---|\n"
          "| 财政拨款收入 | 8200.50 | 基本支出 | 3100.20 |\n| 事业收入 | {part} | 项目支出 | 6400.10 |\n"
          "| 其他收入 | 99.20 | | |\n| 本年收入合计 | {income} | 本年支出合计 | 9500.30 |\n"
          "| 年初结转和结余 | 600.00 | 年末结转和结余 | 899.70 |\n| 收入总计 | {grand} | 支出总计 | 10400.00 |\n")


def test_a_budget_table_of_income_beside_spending_is_read_as_two_tables():
    text = BUDGET.format(part="1500.30", income="9800.00", grand="10400.00")
    doc = tag_report(text)
    names = {span._.number.text: span._.context.indicator for span in doc.spans["numeric_claims"]}
    assert names["3100.20"] == "基本支出" and names["9500.30"] == "本年支出合计" and names["8200.50"] == "财政拨款收入"
    # each subtotal closes the rows above it; a grand total adds up the subtotal and the rows after it
    assert has(text, "breakdown", "9800.00", ["8200.50", "1500.30", "99.20"], "high", complete=True)
    assert has(text, "breakdown", "9500.30", ["3100.20", "6400.10"], "high", complete=True)
    income, spending = ("breakdown", "10400.00", ("9800.00", "600.00")), ("breakdown", "10400.00", ("9500.30", "899.70"))
    assert {r[:3] for r in relations(text)} >= {income, spending}
    # nothing across the two sides
    assert not any("3100.20" in r[2] and "8200.50" in (r[1],) + r[2] for r in relations(text))


@pytest.mark.parametrize("part,grand,rules", [
    ("1500.30", "10400.00", set()),
    ("1600.30", "10400.00", {"PT001"}),  # a part over its subtotal
    ("1500.30", "10500.00", {"PT003"}),  # a grand total over its subtotal and the carry-over
])
def test_the_totals_of_a_budget_table_are_checked(check_text, part, grand, rules):
    found = rules_of(check_text, BUDGET.format(part=part, income="9800.00", grand=grand)) & {"PT001", "PT003"}
    assert found == rules


def test_a_table_whose_header_does_not_repeat_is_one_table():
    from checker.nlp.patterns import side_by_side_width
    budget = [["收入项目", "决算数", "支出项目", "决算数"], ["---"] * 4, ["财政拨款收入", "8200.50", "基本支出", "3100.20"]]
    assert side_by_side_width(budget) == 2
    # a table of years, a table whose third column holds numbers under a name, a name with a number
    assert side_by_side_width([["指标", "2022年", "2023年", "增长"], ["床位", "860", "900", "40"]]) == 0
    assert side_by_side_width([["乡镇", "人口", "村数", "人口"], ["城关镇", "5200", "12", "300"]]) == 0
    assert side_by_side_width([["项目", "金额", "项目", "金额"], ["2023年拨款", "100", "支出", "90"]]) == 0


def test_subtotals_close_their_rows_and_the_total_adds_up_the_subtotals():
    text = ("| 机构 | 床位 |\n| 县人民医院 | 500 |\n| 县中医院 | 300 |\n| 县级小计 | 800 |\n"
            "| 城关卫生院 | 60 |\n| 青石卫生院 | 40 |\n| 乡镇小计 | 100 |\n| 总计 | 900 |\n")
    assert has(text, "breakdown", "800", ["500", "300"], "high", complete=True)
    assert has(text, "breakdown", "100", ["60", "40"], "high", complete=True)
    assert has(text, "breakdown", "900", ["800", "100"], "high", complete=True)
