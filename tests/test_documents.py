"""Word (.docx) and PDF reports: their text, where each finding is in them, and hostile files.

Every document is made here from text (tests/make_documents.py: python-docx, and reportlab with
its built-in CID font STSong-Light), so nothing is downloaded."""
from __future__ import annotations

import io
import socket
import struct
import zipfile
from pathlib import Path

import pytest

from checker import documents
from checker.documents import Layout, Location, Place
from checker.read import ReadError, decode_report, read_report
from make_documents import encrypted_pdf, image_only_pdf, make_docx, make_pdf

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt"
# 8+4 = 12 > 10: PT001 points at the total, 10
WRONG_BREAKDOWN = "全县共有医疗卫生机构10家，其中乡镇卫生院8家、村卫生室4家。"
WRONG_TABLE = [["项目", "人数"], ["合计", "100"], ["男", "60"], ["女", "50"]]  # 60+50 = 110 > 100


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def seed_blocks() -> list:
    """The seed as .docx blocks, with the list of line 20 (示范村卫生室 5个、2个、14个、288个) as a
    two-column table of indicator | value. That passage was chosen because the prose states no
    relation between its numbers (a 、 list without a total), so the table reads the same
    relations and the same findings follow; its heading (三) stays a paragraph, or the heading
    numbering would break (STR001). The passages with a relation (line 8, 854 = 655+59+49+93)
    or inside the repeated passage (lines 9-12, repeated by the garbled tail) stay prose."""
    lines = seed_lines()
    line20 = lines[19]
    assert line20.endswith("目前全县完成省级示范村卫生室5个、新建中心村卫生室2个、市级示范村卫生室14个、县级示范村卫生室288个。")
    table = [["类别", "数量"], ["省级示范村卫生室", "5个"], ["新建中心村卫生室", "2个"],
             ["市级示范村卫生室", "14个"], ["县级示范村卫生室", "288个"]]
    return lines[:19] + [line20[:line20.index("目前全县完成")] + "目前全县完成示范村卫生室建设如下：", table] + lines[20:]


def signature(result) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.rule, tuple(str(claim.value) for claim in f.evidence)) for f in result.findings]


def read_error(data: bytes, name: str) -> str:
    with pytest.raises(ReadError) as caught:
        decode_report(data, name)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message


# -- the seed as .docx and PDF ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_text_result(checker):
    return checker.check_file(SEED)


def test_seed_as_docx_with_a_table_gives_the_findings_of_the_text(checker, seed_text_result, tmp_path):
    path = make_docx(tmp_path / "seed.docx", seed_blocks())
    result = checker.check_file(path)
    assert result.error is None and result.layout.format == "docx"
    assert signature(result) == signature(seed_text_result)
    # what the README promises of this seed, checked by hand: 655+59+49+93 = 856 > 854
    assert ("PT001", ("854", "655", "59", "49", "93")) in signature(result)
    # the garbled tail (GBK read as cp1252) is the same mojibake in the .docx and is repaired
    assert result.repairs and "所，无专门托育机构" in result.text
    assert "ENC001" in {f.rule for f in result.findings}
    # the table's numbers are read as table cells whose row names what they count
    table_claims = {c.text: c.indicator for c in result.claim_set.claims if result.location(c.start).place.kind == "cell"}
    assert table_claims == {"5个": "省级示范村卫生室", "2个": "新建中心村卫生室", "14个": "市级示范村卫生室",
                            "288个": "县级示范村卫生室"}


def test_seed_as_pdf_gives_the_findings_of_the_text(checker, seed_text_result, tmp_path):
    drawn = make_pdf(tmp_path / "seed.pdf", seed_lines())
    assert max(page for page, _, _ in drawn) >= 5
    result = checker.check_file(tmp_path / "seed.pdf")
    assert result.error is None and result.layout.format == "pdf"
    assert signature(result) == signature(seed_text_result)
    assert result.repairs and "所，无专门托育机构" in result.text
    # the page number at each foot (- 3 -) is not text of the report
    assert "- 3 -" not in result.text
    # PT001 points at 854, which the PDF shows on the drawn line that holds it
    finding = next(f for f in result.findings if f.rule == "PT001")
    page, line, text = next(d for d in drawn if "子女854人" in d[2])
    assert result.location(finding.start).as_json() == {"page": page, "line": line, "column": text.index("854") + 1}


# -- tables ----------------------------------------------------------------------------------------
def test_a_docx_table_reads_like_the_same_pipe_table_in_text(checker, tmp_path):
    blocks = ["某县卫生健康局2023年工作总结", "一、人员", WRONG_TABLE]
    pipe = "\n".join(b if isinstance(b, str) else "\n".join("| " + " | ".join(row) + " |" for row in b) for b in blocks)
    as_text = checker.check_bytes(pipe.encode(), "report.txt")
    as_docx = checker.check_file(make_docx(tmp_path / "table.docx", blocks))
    assert as_docx.text == pipe
    claims = [(c.text, c.indicator) for c in as_docx.claim_set.claims]
    assert claims == [(c.text, c.indicator) for c in as_text.claim_set.claims]
    assert ("100", "合计") in claims and ("60", "男") in claims
    assert signature(as_docx) == signature(as_text) == [("PT001", ("100", "60", "50"))]


def test_a_finding_in_a_table_cell_is_located_by_table_row_and_cell(checker, tmp_path):
    result = checker.check_file(make_docx(tmp_path / "t.docx", ["标题", "一、人员", "说明文字。", WRONG_TABLE]))
    finding = next(f for f in result.findings if f.rule == "PT001")
    location = result.location(finding.start)
    assert location.as_json() == {"table": 1, "row": 2, "cell": 2, "column": 1}
    assert location.label("zh") == "表1第2行第2格第1字"
    assert location.label("en") == "table 1, row 2, cell 2, column 1"
    # the parts are in rows 3 and 4 of column 2
    parts = [result.location(c.start).as_json() for c in finding.evidence[1:]]
    assert parts == [{"table": 1, "row": 3, "cell": 2, "column": 1}, {"table": 1, "row": 4, "cell": 2, "column": 1}]


def test_cell_with_several_paragraphs_and_a_pipe_stays_one_row(tmp_path):
    from docx import Document

    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "门诊|急诊"
    table.rows[0].cells[1].paragraphs[0].text = "第一段"
    table.rows[0].cells[1].add_paragraph("共12人")
    buffer = io.BytesIO()
    document.save(buffer)
    text, layout = documents.docx_text(buffer.getvalue())
    assert text == "| 门诊¦急诊 | 第一段 共12人 |"
    location = layout.locate(text.index("12"))
    assert (location.place.cell, location.place.part, location.column) == (2, 1, 2)


# -- locations -------------------------------------------------------------------------------------
def test_a_finding_in_a_docx_paragraph_is_located_by_paragraph_number(checker, tmp_path):
    # tables do not count as paragraphs; empty paragraphs do
    blocks = ["某县卫生健康局2023年工作总结", "", WRONG_TABLE[:2], "一、医疗机构", WRONG_BREAKDOWN]
    result = checker.check_file(make_docx(tmp_path / "p.docx", blocks))
    finding = next(f for f in result.findings if f.rule == "PT001")
    location = result.location(finding.start)
    assert location.as_json() == {"paragraph": 4, "column": WRONG_BREAKDOWN.index("10") + 1}
    assert location.label("zh") == f"第4段第{WRONG_BREAKDOWN.index('10') + 1}字"
    assert location.label("en") == f"paragraph 4, column {WRONG_BREAKDOWN.index('10') + 1}"


def test_findings_in_a_pdf_are_located_by_page_and_line(checker, tmp_path):
    filler = "各乡镇卫生院按照要求开展慢病随访工作"
    wrapped = "为切实做好审核工作，精心安排，严格把关，积极做好摸排、审查工作，切实保障合法权益，" \
              "全县共审核考生854人，其中，符合政策考生655人、审核不通过259人。"
    lines = ["某县卫生健康局2023年工作总结"]
    lines += [f"{filler}（{'甲乙丙丁戊己庚辛壬癸'[i % 10]}）。" for i in range(55)] + [WRONG_BREAKDOWN]
    lines += [f"{filler}（{'子丑寅卯辰巳午未申酉'[i % 10]}）。" for i in range(40)] + [wrapped]
    drawn = make_pdf(tmp_path / "pages.pdf", lines)
    result = checker.check_file(tmp_path / "pages.pdf")
    assert result.error is None
    found = {f.evidence[0].text: result.location(f.start) for f in result.findings if f.rule == "PT001"}
    assert set(found) == {"10家", "854人"}
    for number, location in found.items():
        digits = number[:-1]
        page, line, text = next(d for d in drawn if digits + number[-1] in d[2])
        assert page in (2, 3)
        assert location.as_json() == {"page": page, "line": line, "column": text.index(digits) + 1}
    # the wrapped paragraph was drawn on two lines and is one paragraph again in the text
    assert sum(1 for d in drawn if d[2] in wrapped) == 2
    assert wrapped in result.text.split("\n")
    assert found["10家"].as_json()["page"] == 2 and found["854人"].as_json()["page"] == 3


def test_a_text_report_has_no_document_location(checker):
    result = checker.check_bytes(WRONG_BREAKDOWN.encode(), "a.txt")
    assert result.layout is None and result.location(result.findings[0].start) is None


def test_location_of_a_number_inside_a_repaired_garbled_paragraph_is_exact(checker, tmp_path):
    prose = "托位总数810个，持证工作人员568人，2021年新增托位616个。"
    garbled = prose.encode("gbk").decode("cp1252")
    make_docx(tmp_path / "g.docx", ["一、托育服务", garbled])
    result = checker.check_file(tmp_path / "g.docx")
    assert prose in result.text and result.repairs
    claim = next(c for c in result.claim_set.claims if c.text == "568人")
    assert result.location(claim.start).as_json() == {"paragraph": 2, "column": garbled.index("568") + 1}
    assert result.location(claim.start + 3).as_json() == {"paragraph": 2, "column": garbled.index("568") + 4}
    # 人 was two garbled characters (its two GBK bytes): the claim ends after both
    assert garbled[garbled.index("568") + 3:garbled.index("568") + 5] == "人".encode("gbk").decode("cp1252")
    assert result.location(claim.end).as_json() == {"paragraph": 2, "column": garbled.index("568") + 6}


def test_layout_locate_between_and_before_places():
    layout = Layout("docx", (Place(0, 3, "paragraph", paragraph=1), Place(4, 9, "paragraph", paragraph=2)))
    assert layout.locate(2) == Location(layout.places[0], 3)
    assert layout.locate(3).column == 4      # the end of a paragraph: after its last character
    assert layout.locate(5).as_json() == {"paragraph": 2, "column": 2}
    assert layout.locate(100).as_json() == {"paragraph": 2, "column": 6}


# -- what is read, what is not ---------------------------------------------------------------------
def test_docx_headers_and_footers_are_not_read(checker, tmp_path):
    path = make_docx(tmp_path / "hf.docx", ["一、医疗机构", "全县共有卫生院12家。"],
                     header="内部资料 共印99份", footer="第1页 共3页 联系电话88886666")
    result = checker.check_file(path)
    assert result.text == "一、医疗机构\n全县共有卫生院12家。"
    assert [c.text for c in result.claim_set.claims] == ["12家"]


def test_docx_external_links_are_read_as_text_and_never_fetched(monkeypatch):
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    document = Document()
    paragraph = document.add_paragraph("全县共有卫生院12家，详见")
    link = document.part.relate_to("http://127.0.0.1:9/report.html", RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(f'<w:hyperlink {w} r:id="{link}"><w:r><w:t>附表3</w:t></w:r></w:hyperlink>'))
    paragraph.add_run("。")
    image = document.part.relate_to("http://127.0.0.1:9/logo.png", RT.IMAGE, is_external=True)
    picture = (f'<w:drawing {w}><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
               '<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="p"/>'
               '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
               '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
               '<pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr>'
               f'<pic:blipFill><a:blip r:link="{image}"/></pic:blipFill><pic:spPr/></pic:pic>'
               '</a:graphicData></a:graphic></wp:inline></w:drawing>')
    document.add_paragraph().add_run()._r.append(parse_xml(picture))
    template = document.part._settings_part.relate_to(
        "http://127.0.0.1:9/template.dotm",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", is_external=True)
    document.settings.element.append(parse_xml(f'<w:attachedTemplate {w} r:id="{template}"/>'))
    buffer = io.BytesIO()
    document.save(buffer)

    def no_network(*args, **kwargs):
        raise AssertionError("the reader tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    report = decode_report(buffer.getvalue(), "links.docx")
    assert report.text == "全县共有卫生院12家，详见附表3。\n"


def test_documents_on_standard_input_are_recognised_by_their_bytes(tmp_path):
    docx = make_docx(tmp_path / "a.docx", ["全县共有卫生院12家。"]).read_bytes()
    make_pdf(tmp_path / "a.pdf", ["全县共有卫生院12家。"])
    assert decode_report(docx, "<stdin>").layout.format == "docx"
    report = decode_report((tmp_path / "a.pdf").read_bytes(), "<stdin>")
    assert report.layout.format == "pdf" and report.text == "全县共有卫生院12家。"


def test_reading_a_document_leaves_the_file_alone(tmp_path):
    path = make_docx(tmp_path / "a.docx", ["全县共有卫生院12家。"])
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    assert read_report(path).text == "全县共有卫生院12家。"
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime


# -- hostile PDFs ----------------------------------------------------------------------------------
def test_pdf_of_vector_drawing_only_has_no_text_layer(tmp_path):
    message = read_error(image_only_pdf(tmp_path / "v.pdf").read_bytes(), "v.pdf")
    assert "PDF has no text layer (a scan?)" in message


def test_pdf_of_a_scanned_image_has_no_text_layer(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "scan.pdf"))
    pdf.drawImage(ImageReader(Image.new("L", (300, 400), 255)), 50, 300)
    pdf.showPage()
    pdf.save()
    assert "PDF has no text layer (a scan?)" in read_error((tmp_path / "scan.pdf").read_bytes(), "scan.pdf")


def test_the_checker_reports_a_scan_as_an_error_not_an_empty_pass(checker, tmp_path):
    result = checker.check_file(image_only_pdf(tmp_path / "scan.pdf"))
    assert result.error and "no text layer" in result.error and not result.findings


def test_encrypted_pdf(tmp_path):
    message = read_error(encrypted_pdf(tmp_path / "e.pdf", ["全县共有卫生院12家。"]).read_bytes(), "e.pdf")
    assert "encrypted PDF" in message and "password" in message


@pytest.mark.parametrize("damage", ["garbage", "truncated", "no-header"])
def test_damaged_pdf(tmp_path, damage):
    make_pdf(tmp_path / "a.pdf", ["全县共有卫生院12家。"] * 5)
    good = (tmp_path / "a.pdf").read_bytes()
    data = {"garbage": b"%PDF-1.4\n" + b"garbage " * 100, "truncated": good[:len(good) // 2],
            "no-header": b"\x00\x01 not a pdf"}[damage]
    message = read_error(data, "a.pdf")
    assert ("damaged PDF" in message) if damage != "no-header" else ("not a PDF file" in message)


def test_pdf_beyond_the_page_limit_names_the_limit(tmp_path, monkeypatch):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "long.pdf"))
    for page in range(documents.MAX_PDF_PAGES + 1):
        pdf.drawString(100, 700, f"page {page}")
        pdf.showPage()
    pdf.save()
    data = (tmp_path / "long.pdf").read_bytes()
    assert f"PDF too long (2001 pages; limit {documents.MAX_PDF_PAGES} pages)" in read_error(data, "long.pdf")
    # a page tree whose /Count lies is still cut off while reading
    monkeypatch.setattr(documents, "MAX_PDF_PAGES", 3)
    small = canvas.Canvas(str(tmp_path / "four.pdf"))
    for page in range(4):
        small.drawString(100, 700, f"page {page}")
        small.showPage()
    small.save()
    lying = (tmp_path / "four.pdf").read_bytes().replace(b"/Count 4", b"/Count 1")
    assert b"/Count 1" in lying
    assert "more than 3 pages; limit 3 pages" in read_error(lying, "four.pdf")


# -- hostile .docx ---------------------------------------------------------------------------------
def test_docx_that_is_not_a_zip():
    assert "not a Word .docx file (not a zip package)" in read_error("这不是Word文件".encode(), "a.docx")


def test_password_protected_docx_is_an_ole_file():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)
    assert "password-protected or old-format Word file" in read_error(data, "a.docx")


def test_zip_without_a_word_document_and_a_truncated_docx(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("notes.txt", "x")
    assert "a zip package without a Word document" in read_error(buffer.getvalue(), "a.docx")
    good = make_docx(tmp_path / "a.docx", ["全县共有卫生院12家。"]).read_bytes()
    assert "damaged Word .docx file" in read_error(good[:len(good) // 2], "a.docx")


def _set_declared_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with the uncompressed size of one member declared as ``size`` in its local header
    and in the central directory (the content is unchanged)."""
    blob = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    struct.pack_into("<I", blob, info.header_offset + 22, size)
    position = blob.find(b"PK\x01\x02")
    while position != -1:
        length = struct.unpack_from("<H", blob, position + 28)[0]
        if bytes(blob[position + 46:position + 46 + length]) == name.encode():
            struct.pack_into("<I", blob, position + 24, size)
        position = blob.find(b"PK\x01\x02", position + 4)
    return bytes(blob)


def _with_part(data: bytes, name: str, content: bytes) -> bytes:
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            package.writestr(info.filename, content if info.filename == name else source.read(info.filename))
    return buffer.getvalue()


def test_docx_zip_bomb_is_refused_from_its_declared_sizes(tmp_path):
    good = make_docx(tmp_path / "a.docx", ["全县共有卫生院12家。"]).read_bytes()
    huge = _set_declared_size(good, "word/document.xml", documents.MAX_DOCX_UNCOMPRESSED + 1)
    message = read_error(huge, "bomb.docx")
    assert "too large when unpacked" in message and f"limit {documents.MAX_DOCX_UNCOMPRESSED}" in message
    # 8 MB of spaces in the document deflate about a thousand times
    document = zipfile.ZipFile(io.BytesIO(good)).read("word/document.xml")
    padded = document.replace("全县".encode(), b" " * (8 * 1024 * 1024) + "全县".encode())
    message = read_error(_with_part(good, "word/document.xml", padded), "bomb.docx")
    assert "zip bomb" in message and f"limit {documents.MAX_DOCX_RATIO}" in message


def test_docx_whose_declared_sizes_lie_is_bounded(tmp_path):
    good = make_docx(tmp_path / "a.docx", ["全县共有卫生院12家。"]).read_bytes()
    document = zipfile.ZipFile(io.BytesIO(good)).read("word/document.xml")
    padded = _with_part(good, "word/document.xml", document.replace("全县".encode(), b" " * 4_000_000 + "全县".encode()))
    # declared as 4 KB: zipfile inflates no more than that, and the part fails its CRC
    message = read_error(_set_declared_size(padded, "word/document.xml", 4000), "liar.docx")
    assert "damaged" in message


def test_docx_with_an_entity_expansion_bomb(tmp_path):
    good = make_docx(tmp_path / "a.docx", ["全县共有卫生院12家。"]).read_bytes()
    document = zipfile.ZipFile(io.BytesIO(good)).read("word/document.xml").decode()
    entities = '<!ENTITY e0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    laughs = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
              + document[document.index("<w:document"):].replace("全县", "&e9;全县"))
    message = read_error(_with_part(good, "word/document.xml", laughs.encode()), "laughs.docx")
    assert "damaged or not a Word .docx file" in message


def test_empty_docx_is_an_empty_document(tmp_path):
    assert "empty document (no text)" in read_error(make_docx(tmp_path / "e.docx", [""]).read_bytes(), "e.docx")


def test_docx_paragraphs_in_a_content_control_are_read_in_order(tmp_path):
    from docx.oxml import parse_xml

    path = make_docx(tmp_path / "sdt.docx", ["一、医疗机构", "全县共有卫生院12家。"])
    from docx import Document

    document = Document(str(path))
    control = parse_xml('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr/>'
                        '<w:sdtContent><w:p><w:r><w:t>村卫生室186个。</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    document.paragraphs[1]._p.addprevious(control)
    buffer = io.BytesIO()
    document.save(buffer)
    text, layout = documents.docx_text(buffer.getvalue())
    assert text == "一、医疗机构\n村卫生室186个。\n全县共有卫生院12家。"
    assert layout.locate(text.index("12")).as_json() == {"paragraph": 3, "column": 8}
