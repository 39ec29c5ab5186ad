"""Messages and suggestions name the place the reader sees: a line of a text report, and in a
.docx the paragraph (tables do not count) or table cell, in a PDF the page and line; never a
line of the text extracted from a document. The expected places are counted by hand from the
blocks each test writes."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.findings import evaluate, localise
from checker.pipeline import Checker
from checker.read import ReportText
from make_documents import make_docx, make_pdf

# 14家 and 15家 are the same total (REP001); 2143 + 2020 ≠ 4165 and 2143/2020 ≠ 105.98: changing
# 2020 to 2022 resolves both (a suggestion); １2 mixes widths (STR003)
RESTATED_FIRST = "我县共有14家乡镇卫生院，236个村卫生室。"
RESTATED_LATER = "15家乡镇卫生院全部设有内科、儿科等科室。"
BIRTHS = "1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2020人；出生人口性别比105.98。"
TABLE = [["项目", "人数"], ["合计", "１2"], ["其他", "8"]]
BLOCKS = ["某县卫生健康局2023年工作总结",     # paragraph 1
          "一、医疗机构",                     # paragraph 2
          RESTATED_FIRST,                     # paragraph 3
          TABLE,                              # table 1 (rows 1-3), not a paragraph
          "二、人口监测",                     # paragraph 4
          BIRTHS,                             # paragraph 5
          RESTATED_LATER]                     # paragraph 6


@pytest.fixture(scope="module", params=["zh", "en"])
def language(request):
    return request.param


@pytest.fixture(scope="module")
def checkers(rulebase):
    return {language: Checker(rulebase.rules, language=language) for language in ("zh", "en")}


def checked(checker: Checker, path: Path):
    """The result of a document, its messages and suggestions made with the document at hand
    (``report=``), as the pipeline makes them."""
    result = checker.check_file(path)
    assert result.error is None and result.layout is not None
    outcomes = evaluate(checker.engine.match(result.claim_set), checker.rules_by_id, result.claim_set,
                        checker.language, report=result)
    messages = {o.finding.rule: o.finding.message for o in outcomes if o.finding is not None}
    suggestions = [s.message for s in localise(outcomes, checker.rules_by_id, result.claim_set, checker.language,
                                               report=result)]
    return result, messages, suggestions


@pytest.fixture(scope="module")
def docx_report(tmp_path_factory):
    return make_docx(tmp_path_factory.mktemp("docx") / "places.docx", BLOCKS)


EXPECTED_DOCX = {
    "zh": {"REP001": ["14家（第3段）", "15家（第6段）"], "STR003": ["（表1第2行第2格）"],
           "suggestion": "把第5段“2020人”改为2022"},
    "en": {"REP001": ["14家 (paragraph 3)", "15家 (paragraph 6)"], "STR003": ["(table 1, row 2, cell 2)"],
           "suggestion": "Changing “2020人” in paragraph 5 to 2022"},
}


def test_docx_messages_name_paragraphs_and_table_cells(checkers, docx_report, language):
    result, messages, suggestions = checked(checkers[language], docx_report)
    # the extracted text has the table's rows as lines 4-6, so paragraph 6 is line 9 of the text
    assert result.text.split("\n")[8] == RESTATED_LATER
    expected = EXPECTED_DOCX[language]
    for rule in ("REP001", "STR003"):
        for place in expected[rule]:
            assert place in messages[rule], (rule, messages[rule])
    assert any(s.startswith(expected["suggestion"]) for s in suggestions), suggestions
    every = list(messages.values()) + suggestions
    assert not [m for m in every if "行）" in m and "表" not in m and "页" not in m], every
    assert not [m for m in every if "(line " in m or "on line " in m], every


def test_the_pipeline_gives_the_messages_their_places(checkers, docx_report):
    # remove the mark with that change: then Checker.check_file names the paragraphs itself
    result = checkers["zh"].check_file(docx_report)
    assert "15家（第6段）" in next(f.message for f in result.findings if f.rule == "REP001")
    assert result.suggestions[0].message.startswith("把第5段“2020人”改为2022")


def test_the_same_report_as_text_names_its_lines(checkers, language):
    # the table as the pipe-table lines the .docx reads as: line 9 holds 15家, line 8 the births
    text = "\n".join(b if isinstance(b, str) else "\n".join("| " + " | ".join(r) + " |" for r in b) for b in BLOCKS)
    result = checkers[language].check_report(ReportText(path="places.txt", text=text, encoding="utf-8"))
    messages = {f.rule: f.message for f in result.findings}
    if language == "zh":
        assert "14家（第3行）" in messages["REP001"] and "15家（第9行）" in messages["REP001"]
        assert "（第5行）" in messages["STR003"]
        assert result.suggestions[0].message.startswith("把第8行“2020人”改为2022")
    else:
        assert "14家 (line 3)" in messages["REP001"] and "15家 (line 9)" in messages["REP001"]
        assert "(line 5)" in messages["STR003"]
        assert result.suggestions[0].message.startswith("Changing “2020人” on line 8 to 2022")


def test_pdf_messages_name_page_and_line(checkers, tmp_path_factory, language):
    filler = [f"各乡镇卫生院按照要求开展慢病随访工作（{i}）。" for i in range(50)]
    lines = ["某县卫生健康局2023年工作总结", RESTATED_FIRST] + filler + [BIRTHS, "全县共有床位１2张。", RESTATED_LATER]
    path = tmp_path_factory.mktemp("pdf") / "places.pdf"
    drawn = make_pdf(path, lines)
    result, messages, suggestions = checked(checkers[language], path)

    def place(fragment: str) -> tuple[int, int]:
        page, line, _ = next(d for d in drawn if fragment in d[2])
        return page, line

    (p14, l14), (p15, l15), (p_mixed, l_mixed), (p_births, l_births) = (
        place("14家"), place("15家"), place("１2张"), place("女孩2020"))
    assert p14 == 1 and p15 >= 2  # the two statements are pages apart
    if language == "zh":
        assert f"14家（第{p14}页第{l14}行）" in messages["REP001"]
        assert f"15家（第{p15}页第{l15}行）" in messages["REP001"]
        assert f"（第{p_mixed}页第{l_mixed}行）" in messages["STR003"]
        assert suggestions[0].startswith(f"把第{p_births}页第{l_births}行“2020人”改为2022")
    else:
        assert f"14家 (page {p14}, line {l14})" in messages["REP001"]
        assert f"15家 (page {p15}, line {l15})" in messages["REP001"]
        assert f"(page {p_mixed}, line {l_mixed})" in messages["STR003"]
        assert suggestions[0].startswith(f"Changing “2020人” on page {p_births}, line {l_births} to 2022")


def test_a_span_of_paragraphs_is_named_as_one(checkers, tmp_path):
    # a passage of paragraphs 3-4 repeated as paragraphs 6-7 (TXT001): both stretches are named
    passage = ["（一）妇幼健康。全县孕产妇系统管理率达到92.5%，3岁以下儿童系统管理率达到93.1%，住院分娩率100%。",
               "（二）疾病防控。全县适龄儿童免疫规划疫苗接种率保持在95%以上，报告传染病发病数较上年下降12.6%。"]
    blocks = ["某县卫生健康局2023年工作总结", "一、主要工作", *passage, "二、其他工作", *passage]
    path = make_docx(tmp_path / "repeated.docx", blocks)
    zh = checked(checkers["zh"], path)[1]
    en = checked(checkers["en"], path)[1]
    assert zh["TXT001"].startswith("第6-7段重复了第3-4段的内容"), zh["TXT001"]
    assert en["TXT001"].startswith("Paragraphs 6-7 repeat paragraphs 3-4 "), en["TXT001"]


# -- DATE003: where the reporting period comes from ------------------------------------------------
OCTOBER = "（一）公共卫生。10月12日完成了全县基本公卫绩效评价，涉及12个乡镇。"


@pytest.mark.parametrize("language,said", [
    ("zh", "“10月12日”不在标题所说的报告期（上半年）内"),
    ("en", "“10月12日” lies outside the reporting period of the title (上半年)"),
])
def test_a_period_from_the_title_is_said_to_come_from_the_title(rulebase, language, said):
    report = ReportText(path="r.txt", text=f"某县2022年上半年卫生健康工作总结\n{OCTOBER}\n", encoding="utf-8")
    result = Checker(rulebase.rules, language=language).check_report(report)
    [message] = [f.message for f in result.findings if f.rule == "DATE003"]
    assert message.startswith(said), message
    assert "配置" not in message and "configuration" not in message


@pytest.mark.parametrize("language,said", [
    ("zh", "“10月12日”不在配置文件设定的报告期（2022-01-01—2022-06-30）内"),
    ("en", "“10月12日” lies outside the reporting period set in the configuration file "
           "(2022-01-01—2022-06-30)"),
])
def test_a_configured_period_is_said_to_come_from_the_configuration(rulebase, language, said):
    # the title names no period: the configured one is the only one there is
    report = ReportText(path="r.txt", text=f"某县2022年卫生健康工作总结\n{OCTOBER}\n", encoding="utf-8")
    checker = Checker(rulebase.rules, language=language, reporting_period=(date(2022, 1, 1), date(2022, 6, 30)))
    [message] = [f.message for f in checker.check_report(report).findings if f.rule == "DATE003"]
    assert message.startswith(said), message
    assert "标题" not in message and "title" not in message


def test_the_configured_period_wins_over_the_title_and_says_so(rulebase):
    # 上半年 in the title, January to September configured: 10月 is outside the configured period
    report = ReportText(path="r.txt", text=f"某县2022年上半年卫生健康工作总结\n{OCTOBER}\n", encoding="utf-8")
    checker = Checker(rulebase.rules, reporting_period=(date(2022, 1, 1), date(2022, 9, 30)))
    [message] = [f.message for f in checker.check_report(report).findings if f.rule == "DATE003"]
    assert "配置文件设定的报告期（2022-01-01—2022-09-30）" in message


def test_the_configuration_file_reaches_the_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".check.toml").write_text("reporting-period = { start = 2022-01-01, end = 2022-06-30 }\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(f"某县2022年卫生健康工作总结\n{OCTOBER}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "en", "--format", "json", "--severity", "warning", "r.txt"])
    assert result.exit_code == 1, result.output
    [finding] = json.loads(result.output)["files"][0]["findings"]
    assert finding["rule"] == "DATE003"
    assert "set in the configuration file (2022-01-01—2022-06-30)" in finding["message"]


# -- a stretch of lines that crosses pages or leaves a table ---------------------------------------
class Report:
    """What ReportPlaces reads of a pipeline result: the text and where each offset is."""

    def __init__(self, text, layout):
        self.text, self.layout = text, layout

    def location(self, offset):
        return self.layout.locate(offset, (), self.text)


@pytest.mark.parametrize("language,lines,said", [
    ("zh", "1-3", "第1页第1行至第2页第1行"), ("en", "1-3", "page 1, line 1 to page 2, line 1"),
    ("zh", "1-2", "第1页第1-2行"), ("en", "2", "page 1, line 2"),
])
def test_a_stretch_of_pdf_lines(language, lines, said):
    from checker.documents import Layout, Place
    from checker.findings import ReportPlaces

    text = "甲甲\n乙乙\n丙丙"
    layout = Layout("pdf", (Place(0, 2, "line", page=1, line=1), Place(3, 5, "line", page=1, line=2),
                            Place(6, 8, "line", page=2, line=1)))
    fields = {"lines": lines}
    template = ReportPlaces(Report(text, layout), language).line_template(
        "第{lines}行有问题" if language == "zh" else "Line(s) {lines} are wrong", fields)
    assert template == ("{lines}有问题" if language == "zh" else "{lines} are wrong")
    assert fields["lines"] == said


def test_a_stretch_from_a_paragraph_into_a_table():
    from checker.documents import Layout, Place
    from checker.findings import ReportPlaces

    text = "说明\n| 合计 | 12 |"
    layout = Layout("docx", (Place(0, 2, "paragraph", paragraph=1), Place(5, 7, "cell", table=1, row=1, cell=1),
                             Place(10, 12, "cell", table=1, row=1, cell=2)))
    fields = {"lines": "1-2"}
    ReportPlaces(Report(text, layout), "zh").line_template("第{lines}行", fields)
    assert fields["lines"] == "第1段至表1第1行第1格"
    # a field that is no range of lines leaves the message as it was
    fields = {"lines": "1、2"}
    assert ReportPlaces(Report(text, layout), "zh").line_template("第{lines}行", fields) == "第{lines}行"
    assert fields["lines"] == "1、2"
