"""Hostile containers give a bounded, clear one-line error or a bounded result; the input file
is opened read-only and never modified, whatever the mode."""
from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

REPORT = ("蒙阴县卫生健康局工作总结\n"
          "全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、放弃权益49人，符合政策县外考生93人。\n"
          "在岗职工*人，garbled ÎÒÏØ 2021年，（括号不配对。\n")
HELP = CliRunner().invoke(main, ["--help"]).stdout


def has_option(option: str) -> bool:
    return option in HELP


def check(*args, stdin: bytes | None = None):
    args = (["--no-config"] if has_option("--no-config") else []) + [str(a) for a in args]
    result = CliRunner().invoke(main, args, input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def one_line_error(result, path) -> str:
    assert result.exit_code == 2, (result.exit_code, result.stdout[-300:])
    assert "Traceback" not in result.stdout + result.stderr
    line = result.stderr.strip("\n")
    assert "\n" not in line and str(path) in line, line
    return line


def check_process(*args, seconds: float = 60, memory: int = 3 * 1024 ** 3,
                  stdin=None) -> tuple[subprocess.CompletedProcess, float]:
    """``python -m checker`` bounded in time and memory (a zip bomb inflates in C code)."""
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    began = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-m", "checker", "--no-config", *map(str, args)], capture_output=True,
                                text=True, timeout=seconds, preexec_fn=limits, cwd=Path(__file__).parent,
                                stdin=stdin)
    except subprocess.TimeoutExpired:
        pytest.fail(f"check {' '.join(map(str, args))}: no answer after {seconds} s")
    return result, time.perf_counter() - began


# -- hostile containers ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def documents():
    pytest.importorskip("checker.documents", reason="reading .docx and PDF reports has not landed yet")
    pytest.importorskip("docx")
    return pytest.importorskip("make_documents")


@pytest.fixture(scope="module")
def plain_docx(documents, tmp_path_factory) -> Path:
    return documents.make_docx(tmp_path_factory.mktemp("docx") / "plain.docx", REPORT.splitlines())


def test_a_docx_that_is_not_a_zip(documents, tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(REPORT.encode("utf-8"))
    line = one_line_error(check(path), path)
    assert "zip" in line or "docx" in line


def test_a_truncated_docx(documents, plain_docx, tmp_path):
    path = tmp_path / "truncated.docx"
    path.write_bytes(plain_docx.read_bytes()[: plain_docx.stat().st_size // 2])
    one_line_error(check(path), path)


def test_a_docx_whose_document_part_is_garbage(documents, plain_docx, tmp_path):
    path = tmp_path / "garbage.docx"
    with zipfile.ZipFile(plain_docx) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = b"<w:document><unclosed" if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item, data)
    one_line_error(check(path), path)


GIGABYTE = 1024 ** 3


@pytest.fixture(scope="module")
def zip_bomb(documents, plain_docx, tmp_path_factory) -> Path:
    """A .docx of about a megabyte whose document part inflates to over 1 GB (a paragraph of
    zeros), written streaming: the gigabyte never touches the disk."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    with zipfile.ZipFile(plain_docx) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item))
                continue
            xml = source.read(item).decode("utf-8")
            head, tail = xml.split("<w:body>", 1)
            info = zipfile.ZipInfo("word/document.xml", date_time=item.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w", force_zip64=True) as member:
                member.write((head + "<w:body><w:p><w:r><w:t>").encode("utf-8"))
                chunk = b"0" * (16 * 1024 * 1024)
                for _ in range(GIGABYTE // len(chunk) + 1):
                    member.write(chunk)
                member.write(("</w:t></w:r></w:p>" + tail.split("</w:body>", 1)[0] + "</w:body>" +
                              tail.split("</w:body>", 1)[1]).encode("utf-8"))
    assert path.stat().st_size < 10 * 1024 * 1024
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size > GIGABYTE
    return path


def test_a_zip_bomb_posing_as_docx_gives_a_bounded_error(zip_bomb):
    # bounded: under a 3 GB address-space limit, within a minute, and one line naming the file
    result, took = check_process(zip_bomb, seconds=90)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    assert result.returncode == 2, (result.returncode, result.stdout[-300:], result.stderr[-300:])
    line = result.stderr.strip("\n")
    assert "\n" not in line and str(zip_bomb) in line, line
    assert took < 60, f"{took:.1f} s to refuse a zip bomb"


def test_a_zip_bomb_is_refused_before_it_is_inflated(zip_bomb):
    """The declared size is in the zip's directory: a reader that looks before inflating refuses
    the bomb in a moment and in little memory (here 1.5 GB of address space, spaCy included)."""
    result, took = check_process(zip_bomb, seconds=30, memory=1536 * 1024 ** 2)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-1500:]
    assert "MemoryError" not in result.stderr
    assert took < 15


def external_docx(plain_docx: Path, path: Path, target: str) -> Path:
    """A .docx with a hyperlink and an attached template pointing outside (TargetMode External)."""
    with zipfile.ZipFile(plain_docx) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    f'hyperlink" Target="{target}/link" TargetMode="External"/>'
                    '<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    f'image" Target="{target}/image.png" TargetMode="External"/>'
                    '</Relationships>').encode("utf-8"))
            elif item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", (
                    '<w:p><w:hyperlink r:id="rIdX1"><w:r><w:t>全县共有卫生院12所。</w:t></w:r></w:hyperlink></w:p>'
                    "</w:body>").encode("utf-8"), 1)
            archive.writestr(item, data)
        archive.writestr("word/_rels/settings.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'attachedTemplate" Target="{target}/template.dotm" TargetMode="External"/></Relationships>'))
    return path


def test_a_docx_with_external_links_is_read_without_fetching(documents, plain_docx, tmp_path, monkeypatch, checker):
    path = external_docx(plain_docx, tmp_path / "links.docx", "http://192.0.2.1")
    attempts = []

    def no_network(self, address, *args):
        attempts.append(address)
        raise OSError("the network is closed in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    began = time.perf_counter()
    result = checker.check_file(path)
    assert time.perf_counter() - began < 10
    assert attempts == []
    assert result.error is None and result.rule_errors == []
    assert "全县共有卫生院12所" in result.text and "855" not in result.text
    assert "PT001" in [f.rule for f in result.findings]


def test_a_docx_with_external_links_through_the_command(documents, plain_docx, tmp_path):
    path = external_docx(plain_docx, tmp_path / "links.docx", "http://192.0.2.1")
    result, took = check_process("--format", "json", path, seconds=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-1000:]
    assert took < 30


def test_an_encrypted_pdf(documents, tmp_path):
    pytest.importorskip("reportlab")
    path = documents.encrypted_pdf(tmp_path / "secret.pdf", ["全县共有卫生院12所，其中中心卫生院3所。"])
    line = one_line_error(check(path), path)
    assert "encrypt" in line or "password" in line


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.1])
def test_a_truncated_pdf(documents, tmp_path, keep):
    pytest.importorskip("reportlab")
    whole = tmp_path / "whole.pdf"
    documents.make_pdf(whole, REPORT.splitlines() * 20)
    path = tmp_path / "truncated.pdf"
    data = whole.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    result = check("--format", "json", path)
    assert "Traceback" not in result.stdout + result.stderr
    # pdfminer may recover the pages before the cut: then a result, else one line of error
    if result.exit_code == 2:
        one_line_error(result, path)
    else:
        assert json.loads(result.stdout)["files"][0]["path"] == str(path)


def test_a_pdf_that_is_only_a_header(documents, tmp_path):
    path = tmp_path / "header.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    one_line_error(check(path), path)


@pytest.fixture(scope="module")
def thousands_of_pages(documents, tmp_path_factory) -> Path:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("pages") / "pages.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=(200, 100))
    for page in range(3000):
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(10, 50, f"第{page + 1}页：全县共有卫生院12所。")
        pdf.showPage()
    pdf.save()
    return path


def test_a_pdf_with_3000_pages_gives_a_bounded_result(thousands_of_pages):
    result, took = check_process("--format", "json", thousands_of_pages, seconds=300)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    assert result.returncode in (0, 1, 2)
    if result.returncode == 2:  # a page limit: one line naming the file
        assert str(thousands_of_pages) in result.stderr and "\n" not in result.stderr.strip()
        print(result.stderr.strip())
    else:
        report = json.loads(result.stdout)["files"][0]
        assert report["path"] == str(thousands_of_pages)
    print(f"3000 pages: exit {result.returncode} in {took:.1f} s")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("given", ["file", "stdin"])
def test_an_endless_input_is_cut_off_at_the_size_limit(given):
    """A device or pipe that never ends (its size is 0 to stat) is read no further than the
    50 MB limit (max-file-size) and refused in one line."""
    with open("/dev/zero", "rb") as zeros:
        if given == "file":
            result, took = check_process("/dev/zero", seconds=60, memory=1536 * 1024 ** 2)
        else:
            result, took = check_process("-", seconds=60, memory=1536 * 1024 ** 2, stdin=zeros)
    shown = "/dev/zero" if given == "file" else "<stdin>"
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-1500:]
    assert result.stderr.strip() == (
        f"check: error: {shown}: too large (more than {50 * 1024 * 1024} bytes) [max-file-size]")
    assert took < 30


# -- the input is never modified ---------------------------------------------------------------------
def snapshot(path: Path) -> tuple[bytes, int, int]:
    info = path.stat()
    return path.read_bytes(), info.st_mtime_ns, stat.S_IMODE(info.st_mode)


def modes() -> list[list[str]]:
    found = [[], ["--format", "json"], ["--claims", "--format", "json"], ["--fix-preview"], ["--lang", "en"]]
    for fmt in ("sarif", "html"):
        if fmt in HELP:
            found.append(["--format", fmt])
    if has_option("--output"):
        found.append(["--output", "{out}/out.json", "--format", "json"])
    if has_option("--jobs"):
        found.append(["--jobs", "2", "--format", "json"])
    return found


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "reports" / "report.txt"
    path.parent.mkdir()
    path.write_bytes(REPORT.encode("gb18030"))  # not UTF-8: the mojibake repair must not write back
    old = time.time() - 86400
    os.utime(path, (old, old))
    return path


@pytest.mark.parametrize("mode", modes(), ids=lambda m: " ".join(m) or "table")
def test_the_report_is_never_modified(report_file, tmp_path, mode):
    before = snapshot(report_file)
    args = [a.replace("{out}", str(tmp_path)) for a in mode]
    for target in (report_file, report_file.parent):  # the file, and the folder that holds it
        result = check(*args, target)
        assert result.exit_code in (0, 1, 2) and "Traceback" not in result.stdout + result.stderr
        assert result.exit_code != 2 or "--output" in args, result.stderr
        assert snapshot(report_file) == before
        if "--output" in args:
            Path(args[args.index("--output") + 1]).unlink()
    assert sorted(p.name for p in report_file.parent.iterdir()) == ["report.txt"]  # nothing written beside it


def test_listing_the_rules_touches_no_report(report_file):
    before = snapshot(report_file)
    assert check("--list-rules").exit_code == 0
    assert snapshot(report_file) == before


def test_a_read_only_report_is_checked(report_file):
    report_file.chmod(0o444)
    before = snapshot(report_file)
    result = check("--format", "json", report_file)
    assert result.exit_code == 1, result.stderr
    assert "PT001" in [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert snapshot(report_file) == before


def test_the_report_is_opened_for_reading_only(report_file, monkeypatch):
    import builtins
    import io

    opened = []
    real_open, real_io_open = builtins.open, io.open

    def spying(file, mode="r", *args, **kwargs):
        if str(file) == str(report_file):
            opened.append(mode)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spying)
    monkeypatch.setattr(io, "open", spying)
    result = check("--format", "json", report_file)
    assert result.exit_code == 1
    assert opened and all(set(mode) <= set("rb") for mode in opened), opened


@pytest.mark.skipif(not has_option("--annotate"), reason="--annotate has not landed yet")
def test_annotating_a_docx_never_modifies_it(documents, plain_docx, tmp_path):
    source = tmp_path / "report.docx"
    shutil.copy(plain_docx, source)
    old = time.time() - 86400
    os.utime(source, (old, old))
    before = snapshot(source)
    out = tmp_path / "annotated.docx"
    result = check("--annotate", out, source)
    assert result.exit_code in (0, 1), result.stderr
    assert snapshot(source) == before and out.exists()
    # a second run without --force leaves the annotated copy as it is
    written = snapshot(out)
    again = check("--annotate", out, source)
    assert again.exit_code == 2 and snapshot(out) == written and snapshot(source) == before
    # and the report itself is never a target
    refused = check("--annotate", source, "--force", source)
    assert refused.exit_code == 2 and snapshot(source) == before


@pytest.mark.skipif(not has_option("--output"), reason="--output has not landed yet")
def test_the_output_cannot_overwrite_the_report(report_file):
    before = snapshot(report_file)
    result = check("--output", report_file, "--format", "json", report_file)
    assert result.exit_code == 2 and snapshot(report_file) == before
    forced = check("--output", report_file, "--force", "--format", "json", report_file)
    assert snapshot(report_file) == before, "--output --force replaced the report being checked"
    assert forced.exit_code == 2 and "\n" not in forced.stderr.strip()
