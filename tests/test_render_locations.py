"""Where a finding is, in the table and the JSON: line and column for a text report; paragraph,
table cell or page and line for a .docx or PDF (the JSON keeps line and column and adds
``location``, a compatible extension of contract version 1)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from checker.pipeline import ReportResult
from checker.render import to_json, to_table

sys.path.insert(0, str(Path(__file__).parent))

EXAMS = ("全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、"
         "放弃权益49人，符合政策县外考生93人。")
NUMBERS = ("854人", "655人", "59人", "49人", "93人")


def test_a_text_report_keeps_line_and_column_and_has_no_location(check_text):
    result = check_text(f"标题\n{EXAMS}\n")
    [finding] = json.loads(to_json([result], with_claims=True))["files"][0]["findings"]
    assert (finding["line"], finding["column"]) == (2, 14)
    assert "location" not in finding and all("location" not in e for e in finding["evidence"])
    assert "<snippet>:2:14" in to_table([result])


def test_renderers_do_not_need_the_document_reader():
    """A result without ``location`` (as before .docx/PDF reading) renders as plain text."""
    class OldResult(ReportResult):
        location = None

    from checker.findings import Finding

    finding = Finding(rule="PT001", family="parts-and-totals", severity="error", confidence="high", title="t",
                      message="m", line=3, column=5, start=20, evidence=(), stated="1", computed="2", expected="2")
    result = OldResult(path="r.txt", encoding="utf-8", text="x" * 40, findings=[finding])
    assert "r.txt:3:5" in to_table([result])
    assert "location" not in json.loads(to_json([result]))["files"][0]["findings"][0]


@pytest.fixture(scope="module")
def word_result(checker, tmp_path_factory):
    pytest.importorskip("docx", reason="python-docx is needed to write a .docx")
    from make_documents import make_docx

    folder = tmp_path_factory.mktemp("docx")
    # a paragraph, then a table whose second row holds the numbers in its second cell
    return checker.check_file(make_docx(folder / "report.docx", ["蒙阴县卫生健康局工作总结", EXAMS,
                                                                 [["项目", "说明"], ["考生", EXAMS]]]))


def test_word_report_findings_are_located_by_paragraph_and_cell(word_result):
    assert word_result.error is None
    files = json.loads(to_json([word_result], with_claims=True))["files"][0]
    locations = [f["location"] for f in files["findings"] if f["rule"] == "PT001"]
    # by hand: 854人 is the 14th character of paragraph 2, and of cell 2 of row 2 of table 1
    assert EXAMS.index("854人") + 1 == 14
    assert locations == [{"paragraph": 2, "column": 14}, {"table": 1, "row": 2, "cell": 2, "column": 14}]
    first = next(f for f in files["findings"] if f["rule"] == "PT001")
    assert [e["location"] for e in first["evidence"]] == [{"paragraph": 2, "column": EXAMS.index(n) + 1} for n in NUMBERS]
    assert isinstance(first["line"], int) and isinstance(first["column"], int)  # still there, of the extracted text
    assert all("location" in claim for claim in files["claims"])
    table = to_table([word_result])
    assert "report.docx:第2段第14字" in table and "report.docx:表1第2行第2格第14字" in table
    assert "report.docx:paragraph 2, column 14" in to_table([word_result], "en")


def test_pdf_report_findings_are_located_by_page_and_line(checker, tmp_path):
    pytest.importorskip("reportlab", reason="reportlab is needed to write a PDF")
    pytest.importorskip("pdfminer", reason="pdfminer.six is needed to read a PDF")
    from make_documents import make_pdf

    path = tmp_path / "report.pdf"
    drawn = make_pdf(path, ["蒙阴县卫生健康局工作总结", EXAMS])
    result = checker.check_file(path)
    assert result.error is None
    [finding] = [f for f in json.loads(to_json([result]))["files"][0]["findings"] if f["rule"] == "PT001"]
    assert set(finding["location"]) == {"page", "line", "column"}
    page, line, text = next((p, l, t) for p, l, t in drawn if "854人" in t)
    assert (finding["location"]["page"], finding["location"]["line"]) == (page, line)
    assert finding["location"]["column"] == text.index("854人") + 1
    assert f"report.pdf:第{page}页第{line}行第{text.index('854人') + 1}字" in to_table([result])
