"""Stage 1, read: the bytes of a report file become its text.

Byte-order marks decide first; then strict UTF-8 (valid UTF-8 of real Chinese text is never
anything else); then charset-normalizer chooses among the encodings county offices actually
use. Line endings become ``\\n`` so that offsets and line numbers do not depend on them.
The input file is only ever opened for reading.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# What a county report can plausibly be written in; Big5 for Hong Kong/Taiwan sources.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_32"]
# charset-normalizer's "utf_16" means UTF-16 *with* a BOM; BOM-less UTF-16 needs the explicit byte
# orders. Offered only when the bytes hold NULs: short GB texts also decode as UTF-16 without them.
BOMLESS_UTF16 = ["utf_16_le", "utf_16_be"]
MAX_REPORT_BYTES = 50 * 1024 * 1024
# A text file has next to no C0 control characters besides tab/newline/form feed.
BINARY_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class ReportText:
    path: str
    text: str
    encoding: str


class ReadError(Exception):
    """A report that cannot be read; ``str()`` is the one-line message for the user."""

    def __init__(self, path: str, problem: str):
        # A file name may hold a newline or other control character: escape it, keep one line.
        shown = "".join(repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in path)
        super().__init__(f"{shown}: {problem}")
        self.path = path
        self.problem = problem


def read_report(path: str | Path) -> ReportText:
    name = str(path)
    file = Path(path)
    if not file.exists():
        raise ReadError(name, "no such file")
    if file.is_dir():
        raise ReadError(name, "is a folder, not a report file")
    try:
        size = file.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise ReadError(name, f"file too large ({size} bytes; limit {MAX_REPORT_BYTES})")
        with open(file, "rb") as handle:  # read-only: the input is never modified
            data = handle.read()
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as error:
        raise ReadError(name, f"cannot be read ({error.strerror or error})") from None
    return decode_report(data, name)


def decode_report(data: bytes, path: str = "<bytes>") -> ReportText:
    text, encoding = _decode(data, path)
    text = normalise_newlines(text)
    if not text.strip():
        raise ReadError(path, "empty file (no text)")
    if _looks_binary(text):
        raise ReadError(path, "binary file, not a text report")
    return ReportText(path=path, text=text, encoding=encoding)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if not data:
        raise ReadError(path, "empty file (0 bytes)")
    for bom, encoding, label in (
        (codecs.BOM_UTF32_LE, "utf_32", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf_32", "utf-32"),
        (codecs.BOM_UTF8, "utf_8_sig", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf_16", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf_16", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), label
            except UnicodeDecodeError:
                raise ReadError(path, f"starts with a {label} byte-order mark but is not valid {label}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data and not _plausible_utf16(data):
        raise ReadError(path, "binary file, not a text report")
    return _detect(data, path)


def _plausible_utf16(data: bytes) -> bool:
    # UTF-16 without BOM: every other byte of ASCII/CJK text is regular; require a clean decode.
    for encoding in ("utf_16_le", "utf_16_be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text) and any("\u4e00" <= ch <= "\u9fff" or ch.isascii() for ch in text[:50]):
            return True
    return False


def _detect(data: bytes, path: str) -> tuple[str, str]:
    mainland = _as_mainland_gb(data)
    if mainland is not None:
        return mainland, "gb18030"
    from charset_normalizer import from_bytes  # imported here: most reports are UTF-8

    candidates = CANDIDATE_ENCODINGS + (BOMLESS_UTF16 if b"\x00" in data else [])
    matches = from_bytes(data, cp_isolation=candidates)
    best = matches.best()
    if best is None:
        try:
            # A mainland report with a garbled region reads as GB18030 even when the
            # detector finds too much mess in it; the garbling is reported later.
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            pass
        raise ReadError(path, "cannot be decoded as UTF-8, GB18030, Big5 or UTF-16 (unknown encoding)")
    chosen = best
    # Short GB texts also decode as Big5; mainland reports are GB unless Big5 reads clearly better.
    for match in matches:
        if match.encoding == "gb18030" and match.chaos <= best.chaos + 0.05:
            chosen = match
            break
    label = {"utf_16": "utf-16", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be", "utf_32": "utf-32",
             "utf_8": "utf-8"}.get(chosen.encoding, chosen.encoding)
    return str(chosen), label


# Share of a text's non-ASCII characters that must be common ones (those GB2312 can encode:
# simplified Chinese, ，。、, ℃, ≥, ●) for a clean GB18030 decoding to be taken as is: Big5 bytes
# read as GB18030 give kana, box drawing and rare characters.
COMMON_SIMPLIFIED_SHARE = 0.9


def _as_mainland_gb(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text if not ch.isascii()]
    if sum(1 for ch in wide if "\u4e00" <= ch <= "\u9fff") < 2:
        return None
    common = 0
    for ch in wide:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return text if common >= COMMON_SIMPLIFIED_SHARE * len(wide) else None


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\t\f\v") or ch == "\x7f")
    return controls > max(2, BINARY_CONTROL_SHARE * len(sample))
