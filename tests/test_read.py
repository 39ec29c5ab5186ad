"""The read stage on its own: the bytes of a report file become its text, whatever the encoding
and line endings, or a one-line ReadError naming the file and the problem."""
from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import read
from checker.read import ReadError, decode_report, normalise_newlines, read_report

REPORT = (
    "蒙阴县卫生健康局工作总结\n"
    "（一）基本数据。1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人；出生人口性别比105.98。\n"
    "（二）考生资格审核。全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、"
    "放弃权益49人，符合政策县外考生93人。\n"
)
SEED = Path(__file__).parents[1] / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt"  # bundled copy of the seed


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- encodings -------------------------------------------------------------------------------------
ENCODED = [
    # (case, bytes on disk, label the reader reports)
    ("utf-8", REPORT.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
    ("gb18030", REPORT.encode("gb18030"), "gb18030"),
    ("gbk", REPORT.encode("gbk"), "gb18030"),  # GBK is a subset of GB18030: read as its superset
    ("utf-16-le with BOM", codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16"),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16"),
    ("utf-16-le without BOM", REPORT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be without BOM", REPORT.encode("utf-16-be"), "utf-16-be"),
    ("utf-32 with BOM", codecs.BOM_UTF32_LE + REPORT.encode("utf-32-le"), "utf-32"),
]


@pytest.mark.parametrize("case,data,label", ENCODED, ids=[case for case, _, _ in ENCODED])
def test_report_is_read_exactly_with_its_encoding_named(tmp_path, case, data, label):
    path = write(tmp_path, "report.txt", data)
    report = read_report(path)
    assert report.text == REPORT
    assert report.encoding == label
    assert report.path == str(path)
    assert "\ufeff" not in report.text  # a byte-order mark is not part of the text


def test_path_may_be_given_as_str(tmp_path):
    path = write(tmp_path, "report.txt", REPORT.encode("gb18030"))
    report = read_report(str(path))
    assert (report.path, report.text, report.encoding) == (str(path), REPORT, "gb18030")


@pytest.mark.parametrize("text", [
    "出生4165人",                                      # short enough to be valid Big5 as well
    "出生人口性别比105.98。",
    "县医院收治患者𠮷㐀共3人。",                          # four-byte GB18030 sequences (not in GBK)
])
def test_short_mainland_text_is_read_as_gb18030(text):
    report = decode_report(text.encode("gb18030"))
    assert (report.text, report.encoding) == (text, "gb18030")


# Regression: charset-normalizer's chaos score counts symbols such as ℃ ≥ ～ ± ● ㎡ € (and
# mojibake) as mess, and used to refuse such GB18030 reports or read them as Big5 gibberish.
@pytest.mark.parametrize("text", [
    "发热门诊工作情况\n1-11月，发热门诊共接诊患者1200人，其中，体温≥38.5℃的520人，37.3℃～38.5℃的680人。\n",
    "全县孕产妇死亡率为0‰，婴儿死亡率为2.5‰。\n体温≥37.3℃，血压≥140/90mmHg，年龄15～49岁，误差±0.5。\n" * 3,
    "● 新建村卫生室12个。\n● 面积共1200㎡。\n● 改造病房30间。\n",  # read as Big5: 陔膘游怹汜弅12跺
    "县医院收治患者€共3人，其中男性2人。" * 3,
], ids=["refused-temperatures", "refused-repeated", "big5-gibberish-bullets", "refused-euro"])
def test_gb18030_text_dense_with_symbols_is_read(text):
    report = decode_report(text.encode("gb18030"))
    assert (report.text, report.encoding) == (text, "gb18030")


def test_traditional_text_in_big5_is_read_as_big5():
    text = "衛生局上報出生4165人，其中男孩2143人、女孩2022人。出生人口性別比105.98。\n"
    report = decode_report(text.encode("big5"))
    assert (report.text, report.encoding) == (text, "big5")


@pytest.mark.skipif(not SEED.exists(), reason="the bundled seed report is missing")
@pytest.mark.parametrize("encoding", [
    "utf-8", "utf-8-sig", "utf-16",
    "gb18030",  # its Latin-1 mojibake tail gives a chaos of 0.57: once refused whole
])
def test_real_report_with_a_garbled_tail_reads_the_same_in_every_encoding(tmp_path, encoding):
    text = SEED.read_text(encoding="utf-8")
    path = write(tmp_path, "seed.txt", text.encode(encoding))
    report = read_report(path)
    # the tail is repaired in place (lines 35-201), everything else is read as it is
    assert report.original_text == text
    assert [(r.first_line, r.last_line, r.encoding) for r in report.repairs] == [(35, 201, "GBK read as cp1252")]
    assert report.text.split("\n")[:34] == text.split("\n")[:34]
    assert report.text.count("\n") == text.count("\n")


# -- line endings ----------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings_become_newlines_and_offsets_do_not_move(tmp_path, encoding, newline):
    path = write(tmp_path, "report.txt", REPORT.replace("\n", newline).encode(encoding))
    text = read_report(path).text
    assert text == REPORT
    assert "\r" not in text
    assert text.index("854人") == REPORT.index("854人")
    assert text.splitlines()[2] == REPORT.splitlines()[2]


def test_mixed_line_endings_each_count_once(tmp_path):
    lines = REPORT.splitlines()
    path = write(tmp_path, "report.txt", f"{lines[0]}\r\n{lines[1]}\r{lines[2]}\n".encode("utf-8"))
    assert read_report(path).text == REPORT


# Lines are non-empty: "\r" then an empty line ended by "\n" is "\r\n", one ending, in any reader.
@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\r\n"), min_size=1, max_size=20), max_size=8),
       st.data())
def test_any_mix_of_line_endings_normalises_to_newlines(lines, data):
    endings = [data.draw(st.sampled_from(["\n", "\r\n", "\r"])) for _ in lines]
    mixed = "".join(line + end for line, end in zip(lines, endings))
    assert normalise_newlines(mixed) == "".join(line + "\n" for line in lines)


# -- reports that cannot be read -------------------------------------------------------------------
def _missing(folder):
    return folder / "缺失的报告.txt"


def _folder(folder):
    path = folder / "reports.txt"
    path.mkdir()
    return path


def _png(folder):
    noise = random.Random(0).randbytes(2048)
    return write(folder, "chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise + b"\x00" * 16)


BAD_INPUTS = [
    ("missing file", _missing, "no such file"),
    ("folder", _folder, "folder"),
    ("empty file", lambda d: write(d, "empty.txt", b""), "empty"),
    ("whitespace only", lambda d: write(d, "blank.txt", " \r\n\t\n\u3000\n".encode("utf-8")), "empty"),
    ("byte-order mark only", lambda d: write(d, "bom.txt", codecs.BOM_UTF8), "empty"),
    ("utf-16 whitespace", lambda d: write(d, "blank16.txt", " \r\n ".encode("utf-16")), "empty"),
    ("png image", _png, "binary"),
    ("bytes with NULs", lambda d: write(d, "data.txt", b"abc\x00\x00\x01\x02" * 50), "binary"),
    # 0x80 and 0xFF are bytes that no candidate encoding accepts here
    ("undecodable bytes", lambda d: write(d, "odd.txt", "报告".encode("gb18030") + b"\x80\xff" * 40), "decode"),
    ("utf-8 with a stray byte", lambda d: write(d, "stray.txt", REPORT.encode()[:30] + b"\xff" + REPORT.encode()[30:]),
     "decode"),
    ("utf-8 BOM then junk", lambda d: write(d, "junk.txt", codecs.BOM_UTF8 + b"\xff\xfe\xff" * 10), "byte-order mark"),
]


@pytest.mark.parametrize("case,make,problem", BAD_INPUTS, ids=[case for case, _, _ in BAD_INPUTS])
def test_unreadable_report_raises_one_line_naming_file_and_problem(tmp_path, case, make, problem):
    path = make(tmp_path)
    with pytest.raises(ReadError) as caught:
        read_report(path)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path}: ")
    assert problem in caught.value.problem
    assert caught.value.path == str(path)


@pytest.mark.parametrize("name", ["two\nlines.txt", "tab\there.txt", "回车\r.txt"])
@pytest.mark.parametrize("exists", [False, True], ids=["missing", "empty"])
def test_control_characters_in_the_file_name_keep_the_message_on_one_line(tmp_path, name, exists):
    path = tmp_path / name
    if exists:
        path.write_bytes(b"")
    with pytest.raises(ReadError) as caught:
        read_report(path)
    message = str(caught.value)
    assert message.isprintable()  # no newline, carriage return or tab
    assert message.startswith(str(tmp_path))
    assert repr(name)[1:-1] in message  # the name, with its control character escaped
    assert caught.value.path == str(path)


def test_spaces_in_the_file_name_are_shown_as_they_are(tmp_path):
    path = tmp_path / "2021年\u3000工作总结 (定稿).txt"  # an ideographic space, as Chinese names have
    with pytest.raises(ReadError) as caught:
        read_report(path)
    assert str(caught.value) == f"{path}: no such file"


def test_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_REPORT_BYTES", 100)
    path = write(tmp_path, "big.txt", REPORT.encode("utf-8"))  # > 100 bytes
    with pytest.raises(ReadError, match="too large") as caught:
        read_report(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_permissions_are_reported(tmp_path):
    path = write(tmp_path, "locked.txt", REPORT.encode("utf-8"))
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match="permission denied"):
            read_report(path)
    finally:
        path.chmod(0o644)


def test_bytes_from_stdin_name_their_source_in_the_error():
    with pytest.raises(ReadError) as caught:
        decode_report(b"", "<stdin>")
    assert str(caught.value) == "<stdin>: empty file (0 bytes)"


# -- the input is never modified -------------------------------------------------------------------
@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + REPORT.replace("\n", "\r\n").encode("utf-8"),   # a reader might "fix" both
    REPORT.encode("gb18030"),
    b"\x89PNG\r\n\x1a\n\x00\x00binary",                                # unreadable: still untouched
], ids=["bom-crlf", "gb18030", "binary"])
def test_reading_leaves_bytes_and_mtime_unchanged(tmp_path, data):
    path = write(tmp_path, "report.txt", data)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = path.stat()
    try:
        read_report(path)
    except ReadError:
        pass
    after = path.stat()
    assert path.read_bytes() == data
    assert after.st_mtime_ns == before.st_mtime_ns == 1_600_000_000_000_000_000
    assert after.st_size == len(data)
