"""The limits on a hostile file are settings: ``max-file-size``, ``max-pdf-pages``,
``max-docx-unpacked``, ``max-docx-ratio`` and ``max-docx-parts`` in ``.check.toml`` or
``[tool.check]``. Their defaults are the limits the readers always had; a value set in the file
reaches the readers in every mode (one file, a folder, ``--jobs 2`` with its spawned workers,
standard input, ``--fix-preview``, ``--annotate``); a file over a limit is one line naming the
file and the key, exit 2, and the other files are still checked."""
from __future__ import annotations

import io
import json
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import documents, read
from checker.cli import main
from checker.config import DEFAULTS, ConfigError, load_config
from checker.read import InputLimits, ReadError, decode_report, read_report

sys.path.insert(0, str(Path(__file__).parent))
from make_documents import make_docx  # noqa: E402

EXAMS = ("全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、放弃权益49人，"
         "符合政策县外考生93人。")  # PT001: 655+59+49+93 = 856 > 854
LIMIT_KEYS = ["max-file-size", "max-pdf-pages", "max-docx-unpacked", "max-docx-ratio", "max-docx-parts"]
MB = 1024 * 1024


@pytest.fixture(autouse=True)
def away_from_any_config(tmp_path, monkeypatch):
    """Each test runs in its own folder: only the .check.toml a test writes there is read."""
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")


def check(*args, stdin: bytes | None = None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def settings_file(text: str) -> Path:
    path = Path.cwd() / ".check.toml"
    path.write_text(text, encoding="utf-8")
    return path.resolve()


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


def three_page_pdf(path: Path) -> Path:
    """A PDF of three pages with a line of report text on each (reportlab's built-in CID font)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    for page in range(3):
        pdf.setFont("STSong-Light", 11)
        pdf.drawString(72, 700, f"第{page + 1}部分：全县共有卫生院12所，其中中心卫生院3所。")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    """a.txt (one PT001 error) and b.pdf (three pages, nothing wrong)."""
    pytest.importorskip("reportlab")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(EXAMS + "\n", encoding="utf-8")
    three_page_pdf(reports / "b.pdf")
    return reports


# -- the defaults are the limits the readers always had ---------------------------------------------
def test_defaults_are_unchanged():
    # the values the readers had before the limits were settings, written out by hand
    expected = {"max-file-size": 50 * MB, "max-pdf-pages": 2000, "max-docx-unpacked": 200 * MB,
                "max-docx-ratio": 200, "max-docx-parts": 10_000}
    assert {key: DEFAULTS[key] for key in LIMIT_KEYS} == expected
    limits = InputLimits()
    assert {key: getattr(limits, key.replace("-", "_")) for key in LIMIT_KEYS} == expected
    assert (read.MAX_REPORT_BYTES, documents.MAX_PDF_PAGES, documents.MAX_DOCX_UNCOMPRESSED,
            documents.MAX_DOCX_RATIO, documents.MAX_DOCX_MEMBERS) == tuple(expected.values())


def test_without_a_setting_the_three_page_pdf_is_read(folder):
    result = check("--no-config", "--format", "json", folder)
    assert result.exit_code == 1, result.stderr  # a.txt's error; b.pdf is read
    assert result.stderr == ""
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert files["b.pdf"].get("error") is None and [f["rule"] for f in files["a.txt"]["findings"]] == ["PT001"]


# -- a lowered limit: one line naming the file and the key, the other files still checked -------------
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lowered_page_limit_refuses_the_pdf_and_checks_the_rest(folder, jobs):
    settings_file("max-pdf-pages = 2\n")
    result = check("--jobs", jobs, "--format", "json", folder)
    assert result.exit_code == 2
    assert error_lines(result) == [f"check: error: {folder / 'b.pdf'}: PDF too long (3 pages; limit 2 pages) "
                                   "[max-pdf-pages]"]
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert [f["rule"] for f in files["a.txt"]["findings"]] == ["PT001"]
    assert "max-pdf-pages" in files["b.pdf"]["error"]


def test_a_page_limit_of_three_still_reads_three_pages(folder):
    settings_file("max-pdf-pages = 3\n")
    result = check("--format", "json", folder / "b.pdf")
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lowered_file_size_limit(folder, jobs):
    size = (folder / "b.pdf").stat().st_size
    assert (folder / "a.txt").stat().st_size < 1024 < size
    settings_file('max-file-size = "1KB"\n')
    result = check("--jobs", jobs, folder)
    assert result.exit_code == 2
    assert error_lines(result) == [f"check: error: {folder / 'b.pdf'}: file too large ({size} bytes; limit 1024) "
                                   "[max-file-size]"]
    assert "PT001" in result.stdout


def test_a_pyproject_table_sets_the_limits_too(folder):
    (Path.cwd() / "pyproject.toml").write_text("[tool.check]\nmax-pdf-pages = 1\n", encoding="utf-8")
    result = check(folder / "b.pdf")
    assert result.exit_code == 2 and "limit 1 pages) [max-pdf-pages]" in result.stderr


# -- standard input and the other modes ---------------------------------------------------------------
def test_standard_input_is_read_under_the_limits(folder):
    data = (folder / "b.pdf").read_bytes()
    settings_file("max-pdf-pages = 2\n")
    result = check("-", stdin=data)
    assert result.exit_code == 2
    assert error_lines(result) == ["check: error: <stdin>: PDF too long (3 pages; limit 2 pages) [max-pdf-pages]"]
    settings_file('max-file-size = "1KB"\n')
    assert (folder / "a.txt").stat().st_size < 1024 < len(data)
    result = check("-", folder / "a.txt", stdin=data)
    assert result.exit_code == 2
    assert error_lines(result) == ["check: error: <stdin>: too large (more than 1024 bytes) [max-file-size]"]
    assert "PT001" in result.stdout  # a.txt is still checked


def test_fix_preview_reads_under_the_limits(folder):
    settings_file("max-pdf-pages = 2\n")
    result = check("--fix-preview", folder / "b.pdf")
    assert result.exit_code == 2
    assert error_lines(result) == [f"check: error: {folder / 'b.pdf'}: PDF too long (3 pages; limit 2 pages) "
                                   "[max-pdf-pages]"]


def padded_docx(path: Path) -> Path:
    """A .docx whose document part has 2 MB of spaces between elements: it unpacks about a
    thousand times its packed size (over the default 200), yet reads as an ordinary report."""
    make_docx(path, ["某县2023年工作总结", EXAMS])
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (2 * MB), 1)
            package.writestr(info.filename, data)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_raised_docx_ratio_reads_the_file_and_annotates_it(tmp_path):
    pytest.importorskip("docx")
    report = padded_docx(tmp_path / "padded.docx")
    refused = check("--no-config", report)
    assert refused.exit_code == 2 and "(limit 200) [max-docx-ratio]" in refused.stderr
    settings_file("max-docx-ratio = 5000\n")
    result = check("--format", "json", report)
    assert result.exit_code == 1 and result.stderr == ""
    assert [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]] == ["PT001"]
    # --annotate reads the .docx again to comment on it: under the same raised limit
    out = tmp_path / "annotated.docx"
    annotated = check("--annotate", out, report)
    assert annotated.exit_code == 1 and annotated.stderr == "" and out.exists()
    comments = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    assert "PT001" in comments


@pytest.mark.parametrize("text,problem", [
    ('max-docx-unpacked = "1KB"', "Word .docx file too large when unpacked ({total} bytes; limit 1024): "
                                  "a zip bomb or a document full of pictures [max-docx-unpacked]"),
    ("max-docx-parts = 3", "not a Word .docx file ({parts} parts in the zip package; limit 3) [max-docx-parts]"),
])
def test_lowered_docx_limits(tmp_path, text, problem):
    pytest.importorskip("docx")
    report = make_docx(tmp_path / "r.docx", ["某县2023年工作总结", EXAMS])
    members = zipfile.ZipFile(report).infolist()
    total, parts = sum(m.file_size for m in members), len(members)
    assert total > 1024 and parts > 3
    other = tmp_path / "a.txt"
    other.write_text(EXAMS + "\n", encoding="utf-8")
    settings_file(text + "\n")
    result = check(report, other)
    assert result.exit_code == 2
    assert error_lines(result) == [f"check: error: {report}: " + problem.format(total=total, parts=parts)]
    assert "PT001" in result.stdout


# -- the readers take the limits directly ---------------------------------------------------------------
def test_readers_take_an_input_limits(folder):
    pdf = folder / "b.pdf"
    with pytest.raises(ReadError, match=r"limit 2 pages\) \[max-pdf-pages\]$"):
        read_report(pdf, InputLimits(max_pdf_pages=2))
    with pytest.raises(ReadError, match=r"limit 2 pages\) \[max-pdf-pages\]$"):
        decode_report(pdf.read_bytes(), "<stdin>", InputLimits(max_pdf_pages=2))
    assert read_report(pdf, InputLimits(max_pdf_pages=3)).layout.format == "pdf"
    with pytest.raises(ReadError, match=r"more than 10 bytes\) \[max-file-size\]$"):
        decode_report(b"0123456789a", "<stdin>", InputLimits(max_file_size=10))
    assert decode_report(b"0123456789", "x.txt", InputLimits(max_file_size=10)).text == "0123456789"


def test_limits_in_force_reach_a_reader_given_none(folder):
    data = (folder / "b.pdf").read_bytes()
    with documents.limits_in_force(InputLimits(max_pdf_pages=1)):
        with pytest.raises(documents.DocumentError, match=r"\[max-pdf-pages\]"):
            documents.pdf_text(data)
        documents.pdf_text(data, InputLimits(max_pdf_pages=3))  # given limits come first
    documents.pdf_text(data)  # and the block ends


# -- the settings: read, checked, shown ---------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("max-file-size = 1000", 1000),
    ('max-file-size = "50MB"', 50 * MB),
    ('max-file-size = "512 kb"', 512 * 1024),
    ('max-file-size = "1.5GB"', 1536 * MB),
    ('max-file-size = "20MiB"', 20 * MB),
    ('max-file-size = "100B"', 100),
    ('max-docx-unpacked = "1G"', 1024 * MB),
    ("max-pdf-pages = 5000", 5000),
    ("max-docx-ratio = 50", 50),
    ("max-docx-parts = 500", 500),
])
def test_limit_values_read(tmp_path, text, value):
    path = tmp_path / ".check.toml"
    path.write_text(text + "\n", encoding="utf-8")
    assert list(load_config(path).values.values()) == [value]


@pytest.mark.parametrize("text,problem", [
    ('max-file-size = "fifty"', 'must be a size: a whole number of bytes, or a string such as "50MB" (B, KB, MB, GB), '
                                'not "fifty"'),
    ('max-file-size = "50TB"', 'not "50TB"'),
    ("max-file-size = 0", "must be 1 byte or more, not 0"),
    ('max-docx-unpacked = "0MB"', 'must be 1 byte or more, not "0MB"'),
    ("max-docx-unpacked = 1.5", "not a number"),
    ("max-pdf-pages = 0", "must be a whole number, 1 or more, not 0"),
    ('max-pdf-pages = "2000"', "must be a whole number, 1 or more, not a string"),
    ("max-docx-ratio = true", "must be a whole number, 1 or more, not true/false"),
    ("max-docx-parts = -1", "must be a whole number, 1 or more, not -1"),
])
def test_a_bad_limit_is_one_line_naming_the_file_and_key(tmp_path, text, problem):
    key = text.split(" = ")[0]
    path = tmp_path / ".check.toml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: {key}: ") and problem in message and "\n" not in message


def test_a_bad_limit_through_the_command(tmp_path):
    config = settings_file('max-pdf-pages = "many"\n')
    report = tmp_path / "a.txt"
    report.write_text(EXAMS + "\n", encoding="utf-8")
    result = check(report)
    assert result.exit_code == 2 and result.stdout == ""
    assert error_lines(result) == [f"check: error: {config}: max-pdf-pages: must be a whole number, 1 or more, "
                                   "not a string"]


def test_show_config_shows_the_limits(tmp_path):
    config = settings_file('max-file-size = "10MB"\nmax-pdf-pages = 300\nmax-docx-unpacked = 5000000\n')
    result = check("--show-config")
    assert result.exit_code == 0
    lines = {line.split(" = ")[0]: line for line in result.stdout.splitlines() if " = " in line}
    assert lines["max-file-size"] == f'max-file-size = "10MB"  # {config}'
    assert lines["max-pdf-pages"] == f"max-pdf-pages = 300  # {config}"
    assert lines["max-docx-unpacked"] == f"max-docx-unpacked = 5000000  # {config}"  # not a whole KB
    assert lines["max-docx-ratio"] == "max-docx-ratio = 200  # default"
    assert lines["max-docx-parts"] == "max-docx-parts = 10000  # default"
    # what is shown reads back as the same settings
    shown = tmp_path / "shown.toml"
    shown.write_text(result.stdout, encoding="utf-8")
    again = load_config(shown).values
    assert {key: again[key] for key in LIMIT_KEYS} == {"max-file-size": 10 * MB, "max-pdf-pages": 300,
                                                       "max-docx-unpacked": 5_000_000, "max-docx-ratio": 200,
                                                       "max-docx-parts": 10_000}
    as_json = json.loads(check("--show-config", "--format", "json").stdout)["settings"]
    assert as_json["max-file-size"] == {"value": 10 * MB, "source": str(config)}
    assert as_json["max-docx-parts"] == {"value": 10_000, "source": "default"}


def test_show_config_defaults():
    shown = tomllib.loads(check("--no-config", "--show-config").stdout)
    assert {key: shown[key] for key in LIMIT_KEYS} == {"max-file-size": "50MB", "max-pdf-pages": 2000,
                                                       "max-docx-unpacked": "200MB", "max-docx-ratio": 200,
                                                       "max-docx-parts": 10000}
