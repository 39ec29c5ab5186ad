"""Lints of the text itself (rules/encoding.yaml, text-integrity.yaml, structure.yaml): mojibake
repaired in place by the read stage, repeated passages, truncated ends, bad characters, heading
numbers, unpaired brackets, mixed widths, numbers split by a line break; --fix-preview; and fuzzing
of the reader and the lints with arbitrary bytes and text."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.nlp.claim_tagger import tag_numbers
from checker.nlp.text_scan import find_text_issues
from checker.read import ReadError, ReportText, decode_report, repair_mojibake, unrepaired
from checker.rulebase import TEXT_OBSERVATIONS

SEEDS = Path(__file__).parents[1] / "corpora" / "seeds"
GARBLED_SEED = SEEDS / "003_e67a7172a9e70ee8.txt"
TEMPLATE_SEED = SEEDS / "000_71ad23f3cc86fe98.txt"
FUZZ_EXAMPLES = int(os.environ.get("CHECK_FUZZ_EXAMPLES", "200"))
LONG = "全县卫生技术人员总数为2447人，其中中医类别执业医师"   # a line long enough to break softly


def kinds(text: str) -> list[str]:
    return [issue.kind for issue in find_text_issues(text)]


def read(text: str) -> ReportText:
    return decode_report(text.encode("utf-8"), "<test>")


# -- one behaviour per case ---------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # heading numbers, per level under its parent
    ("一、基本情况\n（一）人员。\n（三）设备。", ["heading-sequence"]),
    ("一、基本情况\n（一）人员。\n（二）设备。", []),
    ("（一）人员。\n（二）设备。", []),                                      # no level 1 at all
    ("（一）人员。\n一、基本情况\n（一）设备。", ["heading-sequence"]),        # before any 一、
    ("一、甲\n二、乙\n二、丙", ["heading-sequence"]),                          # a repeat
    ("一、甲\n二、乙\n（一）a\n（二）b\n三、丙\n（一）c", []),                 # restarts under each parent
    ("一、甲\n1.a\n2.b\n二、乙\n3.c\n4.d", []),                                # numbered on across parents
    ("一、甲\n（1）a\n（2）b\n（4）c", ["heading-sequence"]),
    ("二、工作开展情况", ["heading-sequence"]),                                # the first is not 一、
    # brackets and quotation marks
    ("一是充分发挥“哨点“作用。", ["unpaired-bracket"]),
    ("一是充分发挥”哨点”作用。", ["unpaired-bracket"]),
    ("围绕”健康守门人“建设目标。", ["unpaired-bracket"]),
    ("（一）立足于民。\n(二）举措利民。", ["unpaired-bracket"]),
    ("幼儿园15所（包含公办幼儿园4所，托位404个。", ["unpaired-bracket"]),
    ("托位404个）。", ["unpaired-bracket"]),
    ("一是充分发挥“哨点”作用。", []),
    ("1）加强培训。\n2）完善制度。", []),                                       # list markers
    ("根据《关于<全面建立>的意见》要求。", []),
    ("享受财政补助的普惠性幼儿园15所（包含公办\n幼儿园4所），托位404个。", []),  # across a soft break
    ("（详见附件。）", []),
    # full- and half-width digits in one number
    ("全县共有乡镇卫生院１2家。", ["mixed-width"]),
    ("全县共有乡镇卫生院１２家。", []),
    ("建档率为９２.４１%。", []),
    # replacement and control characters
    ("在岗职工8�0人。", ["bad-character"]),
    ("在岗职工860人。\f", ["control-character"]),
    ("在岗职工\u200b860人。", ["control-character"]),
    ("在岗职工\t860人。", []),
    # the end of the document
    ("全县共有乡镇卫生院12家，在岗职工860人，其中卫生技术人员", ["truncated-end"]),
    ("全县共有乡镇卫生院12家，在岗职工860人，", ["truncated-end"]),
    ("全县共有乡镇卫生院12家，在岗职工860人。", []),
    ("全县共有乡镇卫生院12家。\n蒙阴县卫生健康局\n2021年12月15日", []),
    ("一、基本情况\n全县共有乡镇卫生院12家。\n二、下一步工作打算", []),
    ("| 乡镇 | 卫生院 |\n| 合计 | 12 |", []),
    # numbers split over a line break
    (LONG + "12\n34人，西医2255人。", ["split-number"]),
    ("全年乡镇卫生院累计开展家庭医生签约随访服务3200人\n次，同比增长12%。", ["split-number"]),
    ("全县卫生技术人员总数为2447人，其中中医192人，西医\n2255人。", []),
    ("蒙阴县卫生健康局2021-12-15\n 68\n\n所，无专门托育机构。", []),
    (LONG + "2021\n12月完成。", []),
])
def test_text_issue_kinds(text, expected):
    assert kinds(text) == expected


REPEATED = ("全县组建家庭医生签约服务团队156个，签约服务重点人群8.6万人，重点人群签约率达到65.3%。"
            "老年人和慢性病患者签约服务实现全覆盖，全年累计开展随访服务3.2万人次。")
STOCK = "各乡镇卫生院按照要求开展了慢病随访、老年人健康查体等工作，进一步提高了基层医疗卫生服务能力。"


@pytest.mark.parametrize("text,agreement", [
    (f"（一）签约。{REPEATED}\n（二）宣传。开展讲座120场。\n{REPEATED}", "4个数字一致"),
    (f"（一）签约。{REPEATED}\n（二）宣传。开展讲座120场。\n{REPEATED.replace('156个', '165个')}", "数字不一致：156≠165"),
    (f"（一）签约。\n{REPEATED}\n（二）宣传。\n{REPEATED.replace('3.2万', '3.20万')}", "4个数字一致"),
])
def test_repeated_passage_says_whether_its_numbers_agree(text, agreement):
    [issue] = [i for i in find_text_issues(text) if i.kind == "repeated-passage"]
    assert issue.fields["agreement"] == agreement
    assert text[issue.start:issue.end].startswith("全县组建") and issue.start > text.index("宣传")


def test_one_stock_sentence_said_twice_is_not_a_repeated_passage():
    assert kinds(f"（一）慢病。管理3678人。{STOCK}\n（二）结核。管理134人。{STOCK}") == []


def test_repeated_passage_is_found_in_text_cut_into_fragments():
    fragments = "\n\n".join(["全县组建家庭医生", "签约服务团队", "156", "个，签约服务重点人群", "8.6", "万人，重点人群签约率达到",
                             "65.3", "%。老年人和慢性病患者签约服务实现全覆盖，全年累计开展随访服务", "3.2", "万人次。"])
    [issue] = [i for i in find_text_issues(f"一、签约\n{REPEATED}\n二、其他\n{fragments}") if i.kind == "repeated-passage"]
    assert issue.fields["agreement"] == "4个数字一致" and issue.fields["first_lines"] == "2"


@pytest.mark.parametrize("text", [
    "一、基本情况\n（一）人员。\n（三）设备。", "一是充分发挥“哨点“作用。", "在岗职工8�0人。\f", "全县共有乡镇卫生院１2家，其中",
    LONG + "12\n34人，西医2255人。", f"（一）签约。{REPEATED}\n（二）宣传。开展讲座120场。\n{REPEATED}",
])
def test_every_issue_gives_exactly_the_fields_its_kind_declares(text):
    issues = find_text_issues(text)
    assert issues
    for issue in issues:
        assert set(issue.fields) == TEXT_OBSERVATIONS[issue.kind], issue.kind
        assert all(isinstance(value, str) for value in issue.fields.values())
        assert 0 <= issue.start < issue.end <= len(text)


def test_heading_message_names_the_number_expected():
    [issue] = find_text_issues("二、工作开展情况\n（一）疫情防控。\n（三）医疗服务。")[1:]
    assert (issue.text, issue.fields["expected"], issue.fields["lines"]) == ("（三）", "（二）", "3")


@pytest.mark.parametrize("text,fix", [
    ("一是充分发挥“哨点“作用。", "“哨点”"),
    ("围绕”健康守门人“建设目标。", "“健康守门人”"),
    ("(二）举措利民。", "（二）"),
    ("全县共有乡镇卫生院１2家。", "12"),
    ("见附表A(a1）。", "(a1)"),
])
def test_safe_repairs_are_offered(text, fix):
    assert [i.fix for i in find_text_issues(text) if i.fix] == [fix]


def test_an_unclosed_bracket_has_no_mechanical_repair():
    [issue] = find_text_issues("幼儿园15所（包含公办幼儿园4所，托位404个。")
    assert issue.fix is None and issue.fields["expected"] == "（…）"


# -- mojibake: repaired in place by the read stage -----------------------------------------------
SENTENCE = "县卫生健康局共有乡镇卫生院12家，在岗职工860人。"


@pytest.mark.parametrize("garbled,encoding", [
    (SENTENCE.encode("gbk").decode("cp1252"), "GBK read as cp1252"),
    (SENTENCE.encode("gbk").decode("latin-1"), "GBK read as cp1252"),  # no byte 0x80-0x9F: the same text
    ("堃头村" + SENTENCE.encode("gbk").decode("latin-1"), "GBK read as cp1252"),  # a garbled stretch of a good line
    (("堃头村" + SENTENCE).encode("gbk").decode("latin-1"), "GBK read as Latin-1"),
    (SENTENCE.encode("gbk").decode("cp1252", errors="ignore"), "GBK read as cp1252"),
    (SENTENCE.encode("utf-8").decode("cp1252", errors="replace"), "UTF-8 read as cp1252"),
    (SENTENCE.encode("utf-8").decode("latin-1"), "UTF-8 read as Latin-1"),
])
def test_a_garbled_line_is_repaired_in_place(garbled, encoding):
    text = f"第一行。\n{garbled}\n第三行。"
    repaired, repairs = repair_mojibake(text)
    if encoding is None:
        assert (repaired, repairs) == (text, ())
        return
    lines = repaired.split("\n")
    assert len(lines) == 3 and lines[0] == "第一行。" and lines[2] == "第三行。"
    assert "乡镇" in lines[1] and "12家" in lines[1]
    [repair] = repairs
    assert (repair.first_line, repair.last_line, repair.encoding) == (2, 2, encoding)
    assert repaired[repair.start:repair.end] == lines[1]
    assert unrepaired(repaired, repairs) == text


def test_utf8_read_as_gbk_is_repaired_and_its_lost_characters_stay_marked():
    garbled = SENTENCE.encode("utf-8").decode("gbk", errors="replace")
    repaired, [repair] = repair_mojibake(f"第一行。\n{garbled}")
    assert repair.encoding == "UTF-8 read as GBK"
    line = repaired.split("\n")[1]
    assert line.startswith("县卫生健康局共有乡镇") and "12家" in line
    assert kinds(repaired).count("bad-character") == 1   # the characters lost stay visible as �


@pytest.mark.parametrize("text", [
    "体温≥37.3℃，误差±0.5°C，PM2.5平均浓度为35µg/m³，面积120m²，¥300。",
    "阿依古丽·买买提，Café résumé São Paulo",
    "Ã©tÃ©",  # valid UTF-8 read as cp1252, but no Chinese and nothing around it
])
def test_text_that_only_looks_garbled_is_left_alone(text):
    assert repair_mojibake(text) == (text, ())


# -- the seeds -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def garbled_seed(checker):
    return checker.check_file(GARBLED_SEED)


def test_seed_tail_is_repaired_on_its_lines(garbled_seed):
    raw = GARBLED_SEED.read_text(encoding="utf-8")
    report = decode_report(raw.encode("utf-8"))
    [repair] = report.repairs
    assert (repair.first_line, repair.last_line) == (35, 201)
    assert report.text.count("\n") == raw.count("\n")
    tail = "".join(report.text.split("\n")[32:]).replace(" ", "")
    assert "托位" in tail and "基本公共卫生服务项目工作" in tail
    assert "68所，无专门托育机构，开设托班的幼儿园41所，主要招收对象为2.5周岁-3周岁的幼儿，共有967个托位" in tail
    [finding] = [f for f in garbled_seed.findings if f.rule == "ENC001"]
    assert (finding.severity, finding.line, finding.column) == ("error", 35, 1)
    assert "35-201" in finding.message and "所，无专门托育机构" in finding.message


def test_seed_tail_is_reported_as_a_repeat_of_the_report_with_its_numbers_compared(garbled_seed):
    [finding] = [f for f in garbled_seed.findings if f.rule == "TXT001"]
    assert "第35-201行重复了第9-12行" in finding.message and "32个数字一致" in finding.message


def test_seed_claims_before_the_tail_keep_their_lines_and_the_tail_is_tagged(checker, garbled_seed):
    raw = GARBLED_SEED.read_text(encoding="utf-8")
    unrepaired_result = checker.check_report(ReportText(path="raw", text=raw, encoding="utf-8"))
    before = [(c.text, c.line, c.column) for c in unrepaired_result.claim_set.claims if c.line < 33]
    assert before == [(c.text, c.line, c.column) for c in garbled_seed.claim_set.claims if c.line < 33]
    tail = {(c.text, c.line) for c in garbled_seed.claim_set.claims if c.line >= 33}
    assert ("157\n\n个", 63) in tail and ("967\n\n个", 53) in tail
    assert [f.rule for f in garbled_seed.findings if f.severity == "error"] == ["PT001", "ENC001"]
    assert any(f.rule == "TXT002" and f.line == 201 for f in garbled_seed.findings)


def test_template_seed_gives_placeholder_errors_only_and_its_brackets_as_warnings(checker):
    result = checker.check_file(TEMPLATE_SEED)
    assert {f.rule for f in result.findings if f.severity == "error"} == {"TPL001"}
    brackets = [(f.rule, f.severity, f.stated, f.expected) for f in result.findings if f.family == "structure"]
    assert brackets == [("STR002", "warning", "“哨点“", "“哨点”"), ("STR002", "warning", "(二）", "（二）")]


# -- numbers split by a conversion: joined for tagging, offsets of the text ------------------------
def test_split_number_is_read_as_one_at_its_place():
    text = LONG + "12\n34人，西医2255人。"
    [number] = [n for n in tag_numbers(text) if n.value == 1234]
    assert text[number.start:number.end] == number.text == "12\n34人"
    assert [n.text for n in tag_numbers(text)].count("2255人") == 1


def test_numbers_in_fragmented_text_keep_the_line_of_their_digits(check_text):
    text = "持证工作人员共计\n\n153\n\n人，托位\n\n157\n\n个，均已备案。"
    claims = {c.text: (c.line, c.column, c.value) for c in check_text(text).claim_set.claims}
    assert claims["153\n\n人"][:2] == (3, 1) and claims["157\n\n个"][:2] == (7, 1)


def test_a_page_number_after_a_paragraph_is_not_joined_to_the_next_one():
    assert [n.text for n in tag_numbers("全年工作圆满完成。\n\n12\n\n人口监测工作")] == []


# -- check --fix-preview ---------------------------------------------------------------------------
def test_fix_preview_prints_a_diff_and_never_writes(tmp_path):
    report = tmp_path / "report.txt"
    garbled = "（一）村卫生室建设。全县共有村卫生室186个。".encode("gbk").decode("cp1252")
    report.write_bytes(f"一、基本情况\n{garbled}\n(二）举措利民，充分发挥“哨点“作用，培训１2人。\n".encode("utf-8"))
    before, mtime = report.read_bytes(), report.stat().st_mtime_ns
    result = CliRunner().invoke(main, ["--fix-preview", str(report)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"--- {report}\n+++ {report} (fixed)\n@@ -1,3 +1,3 @@\n 一、基本情况\n")
    assert f"-{garbled}\n" in result.output and "+（一）村卫生室建设。全县共有村卫生室186个。\n" in result.output
    assert "+（二）举措利民，充分发挥“哨点”作用，培训12人。" in result.output
    assert report.read_bytes() == before and report.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_fix_preview_of_a_clean_report_prints_nothing(tmp_path):
    report = tmp_path / "clean.txt"
    report.write_text("一、基本情况\n（一）全县共有乡镇卫生院12家。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--fix-preview", str(report), str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and result.stdout == ""
    assert CliRunner().invoke(main, ["--fix-preview", str(report)]).exit_code == 0


# -- fuzzing: only findings or a clean error ------------------------------------------------------
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text built from what the lints look at: Chinese, digits of both widths, brackets, quotes, latin-1
# mojibake, heading numbers, line breaks, control and replacement characters.
PIECES = st.sampled_from([
    "一、", "（一）", "(二）", "1.", "（1）", "二、", "“", "”", "（", "）", "(", ")", "《", "》", "\n", "\n\n", " ",
    "12", "１2", "3.5", "人", "个", "万元", "%", "其中", "共", "，", "。", "；", "卫生院", "托位", "�", "\f", "\x00",
    "\u200b", "Ëù£¬ÎÞ", "ÈË", "¡£", "å…±", "鍘垮崼", "\x81", "Ã", "堃", "\r", "\t",
])
REPORTISH = st.lists(PIECES, max_size=60).map("".join)
# Files whose parts are written in different encodings (a GBK paragraph pasted into UTF-8...).
ENCODINGS = st.sampled_from(["utf-8", "gb18030", "gbk", "utf-16", "cp1252", "latin-1", "big5"])
MIXED_FILES = st.lists(st.tuples(REPORTISH, ENCODINGS).map(lambda part: part[0].encode(part[1], errors="replace")),
                       min_size=1, max_size=4).map(b"".join)


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), MIXED_FILES))
def test_arbitrary_bytes_give_a_report_or_a_clean_error(checker, data):
    try:
        report = decode_report(data, "<fuzz>")
    except ReadError as error:
        assert "\n" not in str(error)
        return
    assert unrepaired(report.text, report.repairs) == report.original_text
    result = checker.check_report(report)
    assert not result.rule_errors


@FUZZ
@given(text=st.one_of(st.text(max_size=300), REPORTISH))
def test_arbitrary_text_gives_only_findings(checker, text):
    repaired, repairs = repair_mojibake(text)
    assert repaired.count("\n") == text.count("\n")
    assert unrepaired(repaired, repairs) == text
    for issue in find_text_issues(repaired, repairs):
        assert set(issue.fields) == TEXT_OBSERVATIONS[issue.kind]
        assert 0 <= issue.start <= issue.end <= len(repaired)
    for number in tag_numbers(repaired):
        assert repaired[number.start:number.end] == number.text
    result = checker.check_report(ReportText(path="<fuzz>", text=repaired, encoding="utf-8", repairs=repairs))
    assert not result.rule_errors


@FUZZ
@given(text=REPORTISH)
def test_fix_preview_never_fails(text):
    from checker.repairs import fix_preview, mechanical_fixes

    try:
        report = read(text)
    except ReadError:
        return
    fix_preview(report)
    fixed = mechanical_fixes(report.text)
    assert fixed.count("\n") == report.text.count("\n")


# -- linear time ----------------------------------------------------------------------------------
def _scan_seconds(text: str) -> float:
    """CPU seconds of the text scan (the best of three: other processes share the machine)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        repaired, repairs = repair_mojibake(text)
        find_text_issues(repaired, repairs)
        best = min(best, time.process_time() - started)
    return best


# Each pathological unit repeated n and 4n times: a linear scan takes about 4 times as long, a
# quadratic one 16 times. A ratio, not a time limit, so that it holds on any machine.
@pytest.mark.parametrize("unit,count", [
    ("（", 12_000), ("“a“", 5_000), ("全县共有乡镇卫生院12家，", 1_200), ("一、甲\n", 3_000), ("托位\n\n157\n\n个，", 1_200),
    ("Ëù£¬ÎÞ×¨ÃÅÍÐ\n", 1_200), ("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。", 800), ("（》", 8_000),
], ids=["brackets", "quotes", "clauses", "headings", "fragments", "mojibake", "sentences", "unmatched-families"])
def test_pathological_text_is_scanned_in_linear_time(unit, count):
    small, large = _scan_seconds(unit * count), _scan_seconds(unit * (4 * count))
    assert large < 10 * max(small, 0.01), f"{count} → {4 * count} units: {small:.3f} s → {large:.3f} s"
