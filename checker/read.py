"""Stage 1, read: the bytes of a report file become its text.

Byte-order marks decide first; then strict UTF-8 (valid UTF-8 of real Chinese text is never
anything else); then charset-normalizer chooses among the encodings county offices actually
use. Line endings become ``\\n`` so that offsets and line numbers do not depend on them.
The input file is only ever opened for reading.

A region of mojibake inside otherwise good text (GBK bytes read as cp1252 or Latin-1, UTF-8 read
as cp1252 or as GBK) is repaired line by line, in place: the number of lines never changes, so
the line of everything in the report stays what the author sees in the file. Each repaired
region is recorded as a :class:`Repair`, which the text_issues component reports.

A Word (.docx) or PDF report (by its suffix; on standard input by its first bytes) is read by
``documents.py``: its text, then the same repairs as a text file; ``ReportText.layout`` maps an
offset of the text back to the paragraph, table cell or page and line the user sees.

How much of a file is read before it is refused is an :class:`InputLimits`, which the
configuration sets (``max-file-size``, ``max-pdf-pages``, ``max-docx-*``) and the checker passes
down to every reader, in worker processes too; a file over a limit is a :class:`ReadError` that
ends with the key in brackets (``[max-pdf-pages]``). Without one, the module constants hold.
"""
from __future__ import annotations

import bisect
import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .documents import MAX_DOCX_MEMBERS, MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED, MAX_PDF_PAGES

if TYPE_CHECKING:
    from .documents import Layout

# What a county report can plausibly be written in; Big5 for Hong Kong/Taiwan sources.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_32"]
# charset-normalizer's "utf_16" means UTF-16 *with* a BOM; BOM-less UTF-16 needs the explicit byte
# orders. Offered only when the bytes hold NULs: short GB texts also decode as UTF-16 without them.
BOMLESS_UTF16 = ["utf_16_le", "utf_16_be"]
MAX_REPORT_BYTES = 50 * 1024 * 1024
# A text file has next to no C0 control characters besides tab/newline/form feed.
BINARY_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class InputLimits:
    """How much a report file may cost before it is refused, each named after its configuration
    key (``max_pdf_pages``: ``max-pdf-pages``). Frozen and picklable: the same values reach the
    worker processes of ``--jobs``. ``max_docx_ratio`` applies to parts of over 1 MB
    (``documents.DOCX_RATIO_FLOOR``)."""
    max_file_size: int = MAX_REPORT_BYTES          # bytes of the file (or of standard input)
    max_pdf_pages: int = MAX_PDF_PAGES
    max_docx_unpacked: int = MAX_DOCX_UNCOMPRESSED  # bytes of a .docx's parts unpacked, in all
    max_docx_ratio: int = MAX_DOCX_RATIO            # unpacked / packed size of one part
    max_docx_parts: int = MAX_DOCX_MEMBERS


@dataclass(frozen=True)
class Repair:
    """A region of mojibake repaired in place: lines ``first_line``..``last_line`` (1-based), the
    offsets ``start``..``end`` of the region in the repaired text, how the text had been
    garbled, and the region as it was in the file."""
    first_line: int
    last_line: int
    start: int
    end: int
    encoding: str          # GBK read as cp1252, UTF-8 read as cp1252, UTF-8 read as GBK
    original: str


@dataclass(frozen=True)
class ReportText:
    path: str
    text: str
    encoding: str
    repairs: tuple[Repair, ...] = ()
    layout: "Layout | None" = None   # for a .docx or PDF: where each piece of the text is (documents.py)

    @property
    def original_text(self) -> str:
        """The text as decoded from the file, before the mojibake repairs."""
        return unrepaired(self.text, self.repairs)


class ReadError(Exception):
    """A report that cannot be read; ``str()`` is the one-line message for the user."""

    def __init__(self, path: str, problem: str):
        # A file name may hold a newline or other control character: escape it, keep one line.
        shown = "".join(repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in path)
        super().__init__(f"{shown}: {problem}")
        self.path = path
        self.problem = problem


def read_report(path: str | Path, limits: InputLimits | None = None) -> ReportText:
    name = str(path)
    file = Path(path)
    largest = limits.max_file_size if limits is not None else MAX_REPORT_BYTES
    if not file.exists():
        raise ReadError(name, "no such file")
    if file.is_dir():
        raise ReadError(name, "is a folder, not a report file")
    try:
        size = file.stat().st_size
        if size > largest:
            raise ReadError(name, f"file too large ({size} bytes; limit {largest}) [max-file-size]")
        with open(file, "rb") as handle:  # read-only: the input is never modified
            data = handle.read(largest + 1)  # a file that grows, or a device, is cut off all the same
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as error:
        raise ReadError(name, f"cannot be read ({error.strerror or error})") from None
    return decode_report(data, name, limits)


def decode_report(data: bytes, path: str = "<bytes>", limits: InputLimits | None = None) -> ReportText:
    """The text of a report's bytes (a file's, or standard input's read with at most
    ``max_file_size + 1`` bytes: more is refused here)."""
    largest = limits.max_file_size if limits is not None else MAX_REPORT_BYTES
    if len(data) > largest:
        raise ReadError(path, f"too large (more than {largest} bytes) [max-file-size]")
    document_format = _document_format(data, path)
    if document_format is not None:
        return _read_document(data, path, document_format, limits)
    text, encoding = _decode(data, path)
    text = normalise_newlines(text)
    if not text.strip():
        raise ReadError(path, "empty file (no text)")
    if _looks_binary(text):
        raise ReadError(path, "binary file, not a text report")
    text, repairs = repair_mojibake(text)
    return ReportText(path=path, text=text, encoding=encoding, repairs=repairs)


def _document_format(data: bytes, path: str) -> str | None:
    """docx or pdf by the file's suffix; for standard input (no suffix), by its first bytes."""
    suffix = Path(path).suffix.lower() if not path.startswith("<") else ""
    if suffix in (".docx", ".pdf"):
        return suffix[1:]
    if not suffix:
        if data.startswith(b"%PDF-"):
            return "pdf"
        if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
            return "docx"
    return None


def _read_document(data: bytes, path: str, document_format: str, limits: InputLimits | None) -> ReportText:
    """A Word or PDF report: its text and layout (documents.py), then the same repairs as a text file."""
    from .documents import DocumentError, docx_text, pdf_text

    if not data:
        raise ReadError(path, "empty file (0 bytes)")
    try:
        text, layout = (docx_text if document_format == "docx" else pdf_text)(data, limits)
    except DocumentError as error:
        raise ReadError(path, str(error)) from None
    text = normalise_newlines(text)
    if not text.strip():
        raise ReadError(path, "empty document (no text)")
    text, repairs = repair_mojibake(text)
    return ReportText(path=path, text=text, encoding=None, repairs=repairs, layout=layout)


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


# -- mojibake inside good text ---------------------------------------------------------------------
# A byte read as one cp1252 (or Latin-1) character: 0x80-0x9F are cp1252's symbols (€ ‚ ƒ …) or,
# read as Latin-1 or left undefined by cp1252 (0x81 0x8D 0x8F 0x90 0x9D), C1 controls.
CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# A repaired stretch must read as ordinary simplified Chinese: this share of its non-ASCII
# characters must be in GB2312 (the 6763 common characters and the full-width punctuation).
REPAIRED_COMMON_SHARE = 0.85
# UTF-8 read as GBK gives rare characters: a line is tried only when few of its characters are
# among GB2312's 3755 most frequent ones (level 1); ordinary report prose has over 95%.
GARBLED_LEVEL1_SHARE = 0.6
# Unknown bytes (U+FFFD, or a byte cp1252 dropped) are guessed only in stretches this long.
MAX_GUESSED_STRETCH = 400
MAX_UNKNOWN_BYTES = 8
DROPPED_BYTE_WINDOW = 6
# A repair may leave characters whose bytes were lost when the text was garbled (U+FFFD, which
# the bad-character rule then reports), but not more than this share.
MAX_LOST_SHARE = 0.3


@lru_cache(maxsize=1)
def _byte_of() -> dict[str, int]:
    table = {chr(b): b for b in range(0x100)}  # ASCII, C1 controls, Latin-1
    for b in range(0x80, 0xA0):
        try:
            table[bytes([b]).decode("cp1252")] = b
        except UnicodeDecodeError:
            pass
    return table


@lru_cache(maxsize=1)
def _gb2312() -> tuple[frozenset, frozenset]:
    """(every GB2312 character, the 3755 of level 1)."""
    common, level1 = set(), set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                char = bytes([lead, trail]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            common.add(char)
            if 0xB0 <= lead <= 0xD7:
                level1.add(char)
    return frozenset(common), frozenset(level1)


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _quality(text: str) -> tuple[float, int, int]:
    """(share of non-ASCII characters that are common, CJK characters, U+FFFD characters)."""
    common, _ = _gb2312()
    wide = [ch for ch in text if not ch.isascii() and ch != "\ufffd"]
    if not wide:
        return 0.0, 0, text.count("\ufffd")
    good = sum(1 for ch in wide if ch in common)
    return good / len(wide), sum(1 for ch in wide if _is_cjk(ch)), text.count("\ufffd")


def _level1(text: str) -> int:
    level1 = _gb2312()[1]
    return sum(1 for ch in text if ch in level1)


@dataclass(frozen=True)
class _LineRepair:
    text: str
    encoding: str
    confident: bool


def repair_mojibake(text: str) -> tuple[str, tuple[Repair, ...]]:
    """The text with its garbled lines repaired in place, and the regions repaired."""
    byte_of = _byte_of()
    lines = text.split("\n")
    found: dict[int, _LineRepair] = {}
    for index, line in enumerate(lines):
        if line.isascii():
            continue
        repaired = _repair_line(line, byte_of)
        if repaired is not None:
            found[index] = repaired
    if not found:
        return text, ()
    # A weak repair (one character, such as ÔÂ → 月) stands only next to a confident one.
    confident = sorted(i for i, r in found.items() if r.confident)
    accepted = {i: r for i, r in found.items() if r.confident or _near(confident, i, lines)}
    if not accepted:
        return text, ()
    repaired_lines = list(lines)
    for index, repair in accepted.items():
        repaired_lines[index] = repair.text
    return "\n".join(repaired_lines), _regions(lines, repaired_lines, accepted)


def unrepaired(text: str, repairs: tuple[Repair, ...]) -> str:
    """The text before the repairs: each repaired region put back as it was."""
    pieces, position = [], 0
    for repair in sorted(repairs, key=lambda r: r.start):
        pieces += [text[position:repair.start], repair.original]
        position = repair.end
    pieces.append(text[position:])
    return "".join(pieces)


def _near(confident: list[int], index: int, lines: list[str], reach: int = 4) -> bool:
    at = bisect.bisect_left(confident, index)
    for neighbour in confident[max(0, at - 1):at + 1]:
        low, high = sorted((neighbour, index))
        if high - low <= reach or all(_compatible(line) for line in lines[low + 1:high]):
            return True
    return False


def _compatible(line: str) -> bool:
    """A line that may sit inside a garbled region unchanged: blank or ASCII only (2.5, 967)."""
    return line.isascii()


def _regions(lines: list[str], repaired_lines: list[str], accepted: dict[int, _LineRepair]) -> tuple[Repair, ...]:
    indices = sorted(accepted)
    groups: list[list[int]] = [[indices[0]]]
    for index in indices[1:]:
        if all(_compatible(line) for line in lines[groups[-1][-1] + 1:index]):
            groups[-1].append(index)
        else:
            groups.append([index])
    starts = [0]
    for line in repaired_lines:
        starts.append(starts[-1] + len(line) + 1)
    repairs = []
    for group in groups:
        first, last = group[0], group[-1]
        encodings = [accepted[i].encoding for i in group]
        encoding = max(dict.fromkeys(encodings), key=encodings.count)
        if encoding.replace("cp1252", "Latin-1") in encodings:
            encoding = encoding.replace("cp1252", "Latin-1")  # lines without bytes 0x80-0x9F read the same in both
        repairs.append(Repair(first_line=first + 1, last_line=last + 1, start=starts[first],
                              end=starts[last] + len(repaired_lines[last]), encoding=encoding,
                              original="\n".join(lines[first:last + 1])))
    return tuple(repairs)


def _repair_line(line: str, byte_of: dict[str, int]) -> _LineRepair | None:
    repaired = _repair_byte_stretches(line, byte_of)
    if repaired is not None:
        return repaired
    return _repair_utf8_read_as_gbk(line)


def _repair_byte_stretches(line: str, byte_of: dict[str, int]) -> _LineRepair | None:
    """GBK or UTF-8 bytes shown one character per byte (cp1252 / Latin-1): each stretch of such
    characters above ASCII is decoded again; ASCII between them (digits, 2.5) stays."""
    pieces, position, encodings, cjk, changed = [], 0, [], 0, False
    for start, end in _high_stretches(line, byte_of):
        stretch = line[start:end]
        decoded = _decode_stretch(stretch, byte_of)
        if decoded is None:
            if sum(1 for ch in stretch if not ch.isascii()) <= 2:
                continue  # ±0.5, °C, µg beside a garbled stretch: left as written
            return None  # a long stretch that is not mojibake: leave the line as it is
        text, encoding = decoded
        pieces += [line[position:start], text]
        position = end
        encodings.append(encoding)
        cjk += _quality(text)[1]
        changed = True
    if not changed:
        return None
    pieces.append(line[position:])
    encoding = max(dict.fromkeys(encodings), key=encodings.count)
    return _LineRepair("".join(pieces), encoding, confident=cjk >= 2)


def _high_stretches(line: str, byte_of: dict[str, int]):
    """(start, end) of each stretch of characters that each stand for one byte, with at least
    one above ASCII. ASCII belongs to the stretch: a GBK character outside GB2312 may end in a
    byte shown as a letter (0x40-0x7E), and ASCII between garbled characters decodes as itself."""
    start, high = None, False
    for index, char in enumerate(line):
        if char in byte_of or char == "\ufffd":
            if start is None:
                start, high = index, False
            high = high or not char.isascii()
        elif start is not None:
            if high:
                yield start, index
            start = None
    if start is not None and high:
        yield start, len(line)


def _decode_stretch(stretch: str, byte_of: dict[str, int]) -> tuple[str, str] | None:
    unknown = [i for i, ch in enumerate(stretch) if ch == "\ufffd"]
    if len(unknown) > MAX_UNKNOWN_BYTES or (unknown and len(stretch) > MAX_GUESSED_STRETCH):
        return None
    data = bytes(byte_of.get(ch, 0x3F) for ch in stretch)
    if not unknown and not data.isascii():
        try:
            # Valid UTF-8 of two bytes or more is never chance: Latin-1 text does not form it.
            return data.decode("utf-8"), "UTF-8 read as " + ("Latin-1" if any("\x80" <= ch <= "\x9f" for ch in stretch)
                                                             else "cp1252")
        except UnicodeDecodeError:
            pass
    best = None
    # C1 controls (U+0080-U+009F) come from a Latin-1 reading; cp1252 shows those bytes as € ‚ ƒ …
    reader = "Latin-1" if any("\x80" <= ch <= "\x9f" for ch in stretch) else "cp1252"
    for codec, label in (("utf-8", f"UTF-8 read as {reader}"), ("gb18030", f"GBK read as {reader}")):
        candidate = _best_decoding(data, unknown, codec)
        if candidate is None and not unknown and len(data) <= MAX_GUESSED_STRETCH:
            candidate = _with_a_dropped_byte(data, codec)
        if candidate is None and codec == "utf-8":
            # continuation bytes dropped by the cp1252 decoder: those characters are lost
            candidate = data.decode("utf-8", errors="replace")
        if candidate is None:
            continue
        share, cjk, lost = _quality(candidate)
        if lost > MAX_LOST_SHARE * len(candidate):
            continue
        if share >= REPAIRED_COMMON_SHARE and cjk >= 1 and (best is None or share > best[0]):
            best = (share, candidate, label)
    if best is None:
        return None
    return best[1], best[2]


def _best_decoding(data: bytes, unknown: list[int], codec: str) -> str | None:
    """Decode, guessing each unknown byte (U+FFFD) among those cp1252 leaves undefined; when
    two guesses read equally well (卫 and 含 differ only there), the character stays lost."""
    if not unknown:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            return None
    guess = bytearray(data)
    lost: set[int] = set()
    for position in unknown:
        scored = []
        for byte in CP1252_UNDEFINED:
            guess[position] = byte
            decoded = bytes(guess).decode(codec, errors="replace")
            share, _, missing = _quality(decoded)
            scored.append(((-missing, _level1(decoded), share), byte))
        scored.sort(reverse=True)
        guess[position] = scored[0][1]
        if scored[0][0] == scored[1][0]:
            lost.add(position)
    return _decode_losing(bytes(guess), lost, codec)


def _decode_losing(data: bytes, lost: set[int], codec: str) -> str:
    """Decode, writing U+FFFD for each character made with a byte in ``lost``."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    out, pending_lost = [], False
    for position in range(len(data)):
        pending_lost = pending_lost or position in lost
        chars = decoder.decode(data[position:position + 1])
        if chars:
            out.append("\ufffd" * len(chars) if pending_lost else chars)
            pending_lost = False
    out.append(decoder.decode(b"", final=True))
    return "".join(out)


def _with_a_dropped_byte(data: bytes, codec: str) -> str | None:
    """cp1252 decoders may drop the bytes they leave undefined: put one back where it reads best,
    a few bytes before the place where decoding fails (the misalignment starts there)."""
    high = sum(1 for byte in data if byte >= 0x80)
    if high < 2 * DROPPED_BYTE_WINDOW and high < 0.5 * len(data):
        return None
    try:
        data.decode(codec)
        return None
    except UnicodeDecodeError as error:
        failed_at = error.start
    best = None
    for position in range(max(0, failed_at - DROPPED_BYTE_WINDOW), min(len(data), failed_at + 1) + 1):
        for byte in CP1252_UNDEFINED:
            try:
                decoded = (data[:position] + bytes([byte]) + data[position:]).decode(codec)
            except UnicodeDecodeError:
                continue
            score = (_quality(decoded)[0], _level1(decoded))
            if best is None or score > best[0]:
                best = (score, decoded)
    return best[1] if best else None


def _repair_utf8_read_as_gbk(line: str) -> _LineRepair | None:
    """UTF-8 bytes read as GBK: rare characters (鍘垮崼鐢熷仴) that encode back to valid UTF-8."""
    _, level1 = _gb2312()
    cjk = [ch for ch in line if _is_cjk(ch)]
    if len(cjk) < 2 or sum(1 for ch in cjk if ch in level1) >= GARBLED_LEVEL1_SHARE * len(cjk):
        return None
    pieces = []
    for part in line.split("\ufffd"):
        try:
            pieces.append(part.encode("gb18030"))
        except UnicodeEncodeError:
            return None
    data = b"".join(pieces)  # a byte lost when the text was garbled stays lost: U+FFFD
    decoded = data.decode("utf-8", errors="replace")
    share, repaired_cjk, lost = _quality(decoded)
    if decoded == line or repaired_cjk < 2 or share < REPAIRED_COMMON_SHARE or lost > MAX_LOST_SHARE * len(decoded):
        return None
    original_level1 = sum(1 for ch in cjk if ch in level1) / len(cjk)
    repaired_level1 = sum(1 for ch in decoded if ch in level1) / max(1, repaired_cjk)
    if repaired_level1 < original_level1 + 0.3:
        return None
    return _LineRepair(decoded, "UTF-8 read as GBK", confident=True)
