"""Word comments on the numbers a finding points at (checker/annotate.py)."""
from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from checker import documents
from checker.annotate import AnnotateError, annotated_docx
from make_documents import make_docx, make_pdf
from test_documents import WRONG_BREAKDOWN, WRONG_TABLE, seed_blocks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def comments_of(data: bytes) -> dict[str, dict]:
    """Each comment of a .docx by id: its author, its text (word/comments.xml) and the text
    between its commentRangeStart and commentRangeEnd in word/document.xml, with the paragraph
    (``w:p``) elements that text is in."""
    package = zipfile.ZipFile(io.BytesIO(data))
    comments = {}
    for comment in etree.fromstring(package.read("word/comments.xml")).iter(f"{W}comment"):
        comments[comment.get(f"{W}id")] = {
            "author": comment.get(f"{W}author"),
            "text": "".join(t.text or "" for t in comment.iter(f"{W}t")),
            "covered": "", "paragraphs": set(), "runs": 0}
    body = etree.fromstring(package.read("word/document.xml"))
    open_ids: set[str] = set()
    for element in body.iter():
        if element.tag == f"{W}commentRangeStart":
            open_ids.add(element.get(f"{W}id"))
        elif element.tag == f"{W}commentRangeEnd":
            open_ids.discard(element.get(f"{W}id"))
        elif element.tag == f"{W}r":
            for comment_id in open_ids:
                comments[comment_id]["runs"] += 1
        elif element.tag == f"{W}t":
            paragraph = next(a for a in element.iterancestors() if a.tag == f"{W}p")
            for comment_id in open_ids:
                comments[comment_id]["covered"] += element.text or ""
                comments[comment_id]["paragraphs"].add(paragraph)
    return comments


def paragraph_text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{W}t"))


@pytest.fixture
def seed_docx(tmp_path) -> Path:
    return make_docx(tmp_path / "seed.docx", seed_blocks())


def test_the_seed_gets_a_comment_on_each_finding_with_its_arithmetic(checker, seed_docx):
    data = seed_docx.read_bytes()
    result = checker.check_file(seed_docx)
    annotated = annotated_docx(data, result)
    comments = comments_of(annotated)
    assert len(comments) == len(result.findings) >= 7
    assert {c["author"] for c in comments.values()} == {"check"}
    total = next(c for c in comments.values() if c["text"].startswith("PT001"))
    assert total["text"] == "PT001（错误）：“其中”各分项之和大于合计：655+59+49+93 = 856 > 854，多出2。"
    # the comment covers exactly the total's digits, in paragraph 8, whose text is unchanged
    assert total["covered"] == "854"
    (paragraph,) = total["paragraphs"]
    assert paragraph_text(paragraph) == seed_blocks()[7]
    # the document reads the same after annotation: comments change no text
    assert documents.docx_text(annotated)[0] == documents.docx_text(data)[0]
    # the heading numbering findings sit on the heading numbers, in the garbled tail too, where
    # 二、 and （三） are shown as the cp1252 reading of their GBK bytes
    headings = {c["covered"] for c in comments.values() if c["text"].startswith("STR001")}
    assert headings == {"（三）", "二、".encode("gbk").decode("cp1252"), "（三）".encode("gbk").decode("cp1252")}


def test_a_number_spread_over_several_runs_is_covered_exactly(checker, tmp_path):
    # 10 is split over two runs, each of which holds more than its digit
    split = WRONG_BREAKDOWN.index("10") + 1
    runs = (WRONG_BREAKDOWN[:split], WRONG_BREAKDOWN[split:])
    path = make_docx(tmp_path / "runs.docx", ["一、医疗机构", runs])
    result = checker.check_file(path)
    comments = comments_of(annotated_docx(path.read_bytes(), result))
    (comment,) = comments.values()
    assert comment["covered"] == "10" and comment["runs"] == 2
    assert comment["text"].startswith("PT001（错误）：") and "8+4 = 12 > 10" in comment["text"]


def test_a_number_in_a_table_cell_gets_its_comment(checker, tmp_path):
    path = make_docx(tmp_path / "table.docx", ["一、人员", WRONG_TABLE])
    result = checker.check_file(path)
    (comment,) = comments_of(annotated_docx(path.read_bytes(), result, language="en")).values()
    assert comment["covered"] == "100"
    (paragraph,) = comment["paragraphs"]
    assert next(a for a in paragraph.iterancestors() if a.tag == f"{W}tc") is not None
    assert comment["text"].startswith("PT001 (error): ") and "60+50 = 110 > 100" in comment["text"]


def test_the_input_file_is_never_written(checker, seed_docx):
    before, mtime = hashlib.sha256(seed_docx.read_bytes()).hexdigest(), seed_docx.stat().st_mtime_ns
    result = checker.check_file(seed_docx)
    annotated = annotated_docx(seed_docx.read_bytes(), result)
    assert annotated != seed_docx.read_bytes()
    assert hashlib.sha256(seed_docx.read_bytes()).hexdigest() == before
    assert seed_docx.stat().st_mtime_ns == mtime


def test_a_clean_report_gets_a_copy_without_comments(checker, tmp_path):
    path = make_docx(tmp_path / "clean.docx", ["全县共有卫生院12家。"])
    result = checker.check_file(path)
    assert not result.findings
    annotated = annotated_docx(path.read_bytes(), result)
    assert documents.docx_text(annotated)[0] == "全县共有卫生院12家。"
    assert "word/comments.xml" not in zipfile.ZipFile(io.BytesIO(annotated)).namelist() or \
        not comments_of(annotated)


def test_only_a_docx_can_be_annotated(checker, tmp_path):
    make_pdf(tmp_path / "a.pdf", [WRONG_BREAKDOWN])
    pdf_result = checker.check_file(tmp_path / "a.pdf")
    with pytest.raises(AnnotateError, match="only to a Word .docx report, not to a PDF"):
        annotated_docx((tmp_path / "a.pdf").read_bytes(), pdf_result)
    text_result = checker.check_bytes(WRONG_BREAKDOWN.encode(), "a.txt")
    with pytest.raises(AnnotateError, match="not to a text file"):
        annotated_docx(WRONG_BREAKDOWN.encode(), text_result)


def test_bytes_that_are_not_the_checked_docx_are_refused(checker, tmp_path):
    path = make_docx(tmp_path / "a.docx", ["一、医疗机构", WRONG_BREAKDOWN])
    result = checker.check_file(path)
    with pytest.raises(AnnotateError, match="not a Word .docx file"):
        annotated_docx(b"not a zip", result)
    other = make_docx(tmp_path / "b.docx", ["一、医疗机构", WRONG_BREAKDOWN.replace("10家", "11家")]).read_bytes()
    with pytest.raises(AnnotateError, match="not the one that was checked"):
        annotated_docx(other, result)


def test_runs_with_tabs_and_breaks_are_split_without_losing_them(checker, tmp_path):
    line = "全县共有医疗卫生机构：\t10家，其中乡镇卫生院8家、村卫生室4家。"
    path = make_docx(tmp_path / "tab.docx", ["一、医疗机构", (line,)])   # one run: text, a tab, text
    result = checker.check_file(path)
    assert [f.rule for f in result.findings] == ["PT001"]
    annotated = annotated_docx(path.read_bytes(), result)
    (comment,) = comments_of(annotated).values()
    assert comment["covered"] == "10" and comment["runs"] == 1
    assert documents.docx_text(annotated)[0] == documents.docx_text(path.read_bytes())[0]
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(annotated)).read("word/document.xml"))
    assert len(list(body.iter(f"{W}tab"))) == 1
