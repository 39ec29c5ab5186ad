"""Tables whose columns are aligned with spaces (conversions from Word and PDF) and tables of two
columns without outer pipes: read as the pipe tables they are."""
from __future__ import annotations

import pytest

from checker.claims import extract_claims
from checker.nlp import tag_report
from checker.nlp.aligned_tables import as_pipe_tables, as_table_lines

TOWNS = ("表2 各乡镇农村改厕完成情况（单位：户）\n"
         "乡镇        改厕户数\n"
         "城关镇        1124\n"
         "长乐镇         968\n"
         "三江乡         644\n"
         "合  计        {total}户\n")


def relations(text):
    found = extract_claims(tag_report(text))
    return [(r.kind, found.claim(r.result).text, tuple(found.claim(i).text for i in r.operands)) for r in found.relations]


def test_the_gaps_of_an_aligned_table_become_pipes_and_the_text_keeps_its_length():
    text = TOWNS.format(total=2736)
    piped = as_pipe_tables(text)
    assert len(piped) == len(text)
    lines = piped.split("\n")
    assert lines[0] == text.split("\n")[0]  # the title is no row
    assert lines[1].startswith("乡镇|") and lines[2].startswith("城关镇|")
    assert lines[5].startswith("合  计|")  # a spaced-out label stays one cell
    assert [line.replace("|", " ") for line in lines] == text.split("\n")


@pytest.mark.parametrize("text", [
    "全县共有医院3家，  乡镇卫生院14家。\n全年诊疗  128万人次。\n",  # double spaces in prose
    "指标        数值\n床位        300\n",                           # two lines: no table
    "一、基本情况\n（一）机构  建设\n（二）人员  队伍\n（三）经费  保障\n",  # no numbers
])
def test_prose_and_short_blocks_are_left_alone(text):
    assert as_pipe_tables(text) == text


def test_an_aligned_table_with_a_total_row_adds_up():
    assert ("breakdown", "2736户", ("1124", "968", "644")) in relations(TOWNS.format(total=2736))


def test_an_aligned_table_whose_rows_do_not_all_have_the_same_cells_is_not_read():
    text = "乡镇        改厕户数     其中三格式\n城关镇        1124     800\n长乐镇         968\n合  计        2092户   800\n"
    assert as_pipe_tables(text) == text


def test_a_table_of_two_columns_without_outer_pipes():
    text = "乡镇 | 在册患者\n城关镇 | 600\n青石镇 | 400\n合计 | 1000\n"
    assert ("breakdown", "1000", ("600", "400")) in relations(text)
    # one line with one pipe is no table: its sentence is read as prose
    assert relations("全县床位 | 300张，其中县医院200张。") == [("subset", "300张", ("200张",))]


@pytest.mark.parametrize("table", [
    "人群 | 调查人数 | 具备素养人数 | 素养水平(%) |\n城市居民 | 248 | 46 | 18.55 |\n农村居民 | 455 | 41 | 9.01 |\n",
    "项目名称          预算数     实际支出     执行率\n中医馆建设        300.0       288.5       96.17\n"
    "适宜技术推广       86.0        82.4       95.81\n",
])
def test_a_column_of_rates_after_two_columns_of_counts_is_the_second_over_the_first(table):
    found = relations(table)
    rates = [r for r in found if r[0] == "rate"]
    assert len(rates) == 2
    assert rates[0][2] in (("46", "248"), ("288.5", "300.0"))


def test_a_column_of_rates_is_not_read_over_counts_that_are_not_done_of_due():
    # the second column is no part of the first (more of it in a row), and shares no word with the rate
    table = "乡镇 | 床位数 | 医生数 | 增长率(%) |\n城关镇 | 300 | 350 | 5.2 |\n青石镇 | 200 | 150 | 3.1 |\n"
    assert not [r for r in relations(table) if r[0] == "rate"]


def test_a_column_of_shares_after_a_column_of_counts_with_a_total_row():
    table = ("表1  无偿献血者职业构成\n职业类别        献血人次    构成比(%)\n学生              2500        25.0\n"
             "农民              5000        50.0\n其他              2500        25.0\n合计             10000       100.0\n")
    found = relations(table)
    assert ("rate", "25.0", ("2500", "10000")) in found and ("rate", "50.0", ("5000", "10000")) in found
    assert ("breakdown", "10000", ("2500", "5000", "2500")) in found


def test_a_total_column_named_by_what_it_adds_up():
    table = ("| 指标 | 县人民医院 | 县中医医院 | 两院合计 |\n|---|---|---|---|\n| 门急诊人次 | 256000 | 139000 | 395000 |\n"
             "| 出院人数 | 19000 | 7400 | 26400 |\n")
    assert ("breakdown", "26400", ("19000", "7400")) in relations(table)


ONE_LINE = ("表1 各医院急诊情况\n"
            "| 单位 | 急诊人次 | 胸痛患者 | | 县人民医院 | 20,000 | 400 | | 县中医院 | 10,000 | 200 | | 合计 | {total} | 600 |\n"
            "全年出院1,000人，其中男性600人、女性{women}人。\n")


def test_a_pipe_table_printed_on_one_line_is_cut_into_its_rows_and_keeps_its_length():
    text = ONE_LINE.format(total="30,000", women="400")
    lines = as_table_lines(text)
    assert len(lines) == len(text)
    assert lines.split("\n")[1:5] == ["| 单位 | 急诊人次 | 胸痛患者 |", "| 县人民医院 | 20,000 | 400 |",
                                        "| 县中医院 | 10,000 | 200 |", "| 合计 | 30,000 | 600 |"]
    assert ("breakdown", "30,000", ("20,000", "10,000")) in relations(text)
    assert ("breakdown", "600", ("400", "200")) in relations(text)


def test_a_finding_after_a_one_line_table_is_on_the_reports_own_line(check_text):
    result = check_text(ONE_LINE.format(total="31,000", women="400"))
    total = [f for f in result.findings if "31000" in f.message]
    assert total and total[0].line == 2
    parts = check_text(ONE_LINE.format(total="30,000", women="500"))
    assert [f.line for f in parts.findings if "600+500" in f.message] == [3]


@pytest.mark.parametrize("line", [
    "| 机构类别 | 床位数 | 其中 | |\n| | | 医师 | 护士 |\n",      # empty header cells of a table on lines
    "| 其他收入 | 437.37 | | |\n| 合计 | 900.00 | | |\n",           # empty cells at the end of rows
    "说明 | 一 | | 二 | | 三 |\n",                                    # text before the first pipe
])
def test_empty_cells_of_tables_on_lines_are_no_row_joints(line):
    assert as_table_lines(line) == line
