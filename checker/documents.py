"""Stage 1, read (continued): the text of Word (.docx) and PDF reports, and where each piece of
that text is in the document as its reader sees it.

A .docx becomes one line per body paragraph and one pipe-table line (``| a | b |``) per table
row, which the claims stage reads as a table (the first cell of a row names what its numbers
measure, as in a .txt pipe table); headers, footers, footnotes, comments and deleted text are
left out. A PDF's text layer becomes one line per paragraph: the lines of a page are read top
to bottom, a line that reaches the right edge of the text block runs on into the next one
unless that one is indented (a wrapped paragraph is one paragraph again), a vertical gap of one
empty line or more becomes empty lines, and page numbers (``- 3 -``, ``第3页``, ``3/12``) are
dropped.

Every stretch of the extracted text is a :class:`Place`: a paragraph of the .docx body, a
paragraph of a .docx table cell, or a page and line of the PDF. :class:`Layout` maps an offset
of the text back to its place and column (:class:`Location`), so a finding is shown where the
user sees its number; ``checker/annotate.py`` uses the same places to put Word comments on it.

The PDF reader is pdfminer.six, not pypdf: pdfminer gives every line of text with its position
on the page (x0, x1, baseline, size), which the page/line mapping needs and which is what
re-joins a paragraph wrapped over several lines and drops the page numbers in the margins;
pypdf's text extraction gives a string per page without positions.

Hostile files are bounded: a .docx is checked against the zip's declared sizes before anything
is decompressed (:data:`MAX_DOCX_UNCOMPRESSED`, :data:`MAX_DOCX_RATIO`, :data:`MAX_DOCX_MEMBERS`;
Python's zipfile never inflates a member beyond its declared size), its XML is parsed by
python-docx without entity expansion, and external links (hyperlinks, linked images, attached
templates) are never followed; a PDF has at most :data:`MAX_PDF_PAGES` pages. These are the
defaults: a ``read.InputLimits`` given to the readers (``limits``) overrides them, and a message
about a limit ends with its configuration key (``[max-pdf-pages]``). Every failure is a
:class:`DocumentError` whose ``str()`` is one line for the user.

python-docx and pdfminer.six are imported only when a .docx or a PDF is read.
"""
from __future__ import annotations

import bisect
import difflib
import io
import re
import statistics
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .read import InputLimits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected .docx, or a .doc
ZIP_MAGIC = b"PK\x03\x04"
# A .docx's parts inflate to at most this much in all (a long report with pictures is a few tens of MB).
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
# Deflated XML shrinks 5-20 times; a member that claims to grow more than this (and past 1 MB) is a zip bomb.
MAX_DOCX_RATIO = 200
DOCX_RATIO_FLOOR = 1024 * 1024
MAX_DOCX_MEMBERS = 10_000
# The longest county report is a few hundred pages; a PDF of more pages is not a work report.
MAX_PDF_PAGES = 2000
# A text layer in which most characters are glyph numbers (``(cid:123)``) has fonts without a Unicode map.
CID_GLYPH = re.compile(r"\(cid:\d+\)")
MAX_CID_SHARE = 0.5
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                         r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$")
# Lines longer than this are mapped through a repair proportionally, not character by character.
MAX_ALIGNED_LINE = 4000


class DocumentError(Exception):
    """A .docx or PDF that cannot be read; ``str()`` is the problem, one line."""


# The limits of a run, for readers called where they cannot be passed: ``annotate`` reads the
# .docx again to put comments on it, under the limits it was checked with.
_LIMITS_IN_FORCE: ContextVar["InputLimits | None"] = ContextVar("input_limits", default=None)


@contextmanager
def limits_in_force(limits: "InputLimits | None"):
    """Within the block, readers given no ``limits`` use these."""
    token = _LIMITS_IN_FORCE.set(limits)
    try:
        yield
    finally:
        _LIMITS_IN_FORCE.reset(token)


def _in_force(limits: "InputLimits | None") -> "InputLimits | None":
    """The limits given, else those of :func:`limits_in_force`, else None: the module constants."""
    return limits if limits is not None else _LIMITS_IN_FORCE.get()


@dataclass(frozen=True)
class Place:
    """Where the text from ``start`` to ``end`` (offsets in the extracted text, before the read
    stage's mojibake repairs) is in the document.

    ``kind`` is ``paragraph`` (a body paragraph of a .docx: ``paragraph``, 1-based, counting the
    body's paragraphs, empty ones included, and not the paragraphs inside tables), ``cell`` (a
    paragraph of a .docx table cell: ``table``, ``row``, ``cell``, 1-based, a merged cell
    counted once; ``part`` is the paragraph within the cell, 0-based) or ``line`` (a line of a
    PDF page: ``page``, ``line``, 1-based, counting the lines with text, page numbers left out).
    ``column`` is the 1-based column of ``start``."""
    start: int
    end: int
    kind: str
    paragraph: int = 0
    table: int = 0
    row: int = 0
    cell: int = 0
    part: int = 0
    page: int = 0
    line: int = 0
    column: int = 1

    @property
    def key(self) -> tuple:
        """What identifies the place in the document, whatever its offsets."""
        return (self.kind, self.paragraph, self.table, self.row, self.cell, self.part, self.page, self.line)


@dataclass(frozen=True)
class Location:
    """A place and a 1-based column in it (in characters as the reader sees them): what a
    finding or a claim points at, in the user's terms."""
    place: Place
    column: int

    def as_json(self) -> dict:
        """``{"paragraph", "column"}``, ``{"table", "row", "cell", "column"}`` or
        ``{"page", "line", "column"}``."""
        place = self.place
        if place.kind == "paragraph":
            return {"paragraph": place.paragraph, "column": self.column}
        if place.kind == "cell":
            return {"table": place.table, "row": place.row, "cell": place.cell, "column": self.column}
        return {"page": place.page, "line": place.line, "column": self.column}

    def label(self, language: str = "zh") -> str:
        """``第8段第178字`` / ``paragraph 8, column 178``, ``表1第2行第3格第1字`` / ``table 1, row 2,
        cell 3, column 1``, ``第2页第14行第5字`` / ``page 2, line 14, column 5``."""
        place, zh = self.place, language == "zh"
        if place.kind == "paragraph":
            return f"第{place.paragraph}段第{self.column}字" if zh else f"paragraph {place.paragraph}, column {self.column}"
        if place.kind == "cell":
            return (f"表{place.table}第{place.row}行第{place.cell}格第{self.column}字" if zh
                    else f"table {place.table}, row {place.row}, cell {place.cell}, column {self.column}")
        return (f"第{place.page}页第{place.line}行第{self.column}字" if zh
                else f"page {place.page}, line {place.line}, column {self.column}")


@dataclass(frozen=True)
class Layout:
    """The places of a document's extracted text, in text order."""
    format: str                     # docx, pdf
    places: tuple[Place, ...]

    @cached_property
    def _starts(self) -> list[int]:
        return [place.start for place in self.places]

    def locate(self, offset: int, repairs=(), text: str | None = None) -> Location | None:
        """The place and column of an offset of the repaired ``text`` (what the pipeline reads).
        ``repairs`` are the read stage's mojibake repairs, whose regions changed length: offsets
        are mapped back through them to the text as it is in the document."""
        offset = original_offset(offset, repairs, text)
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            if not self.places:
                return None
            index, offset = 0, self.places[0].start  # before the first place: its start
        place = self.places[index]
        if offset > place.end and index + 1 < len(self.places):
            place = self.places[index + 1]  # a separator between two places: the next one
            offset = place.start
        return Location(place, place.column + max(0, min(offset, place.end) - place.start))


def original_offset(offset: int, repairs=(), text: str | None = None) -> int:
    """An offset of the repaired text (``text``) as an offset of the text before the repairs.
    A repair keeps the number of lines, so inside a repaired region the line is the same; in the
    line, the characters a repair left alone (digits, ASCII) are matched exactly, and a repaired
    character is placed in proportion within its garbled stretch (one garbled character is a
    byte, a repaired one two)."""
    shift = 0
    for repair in sorted(repairs, key=lambda r: r.start):
        if offset < repair.start:
            break
        if offset < repair.end:
            inside = offset - repair.start
            original_lines = repair.original.split("\n")
            if text is None:
                return repair.start + shift + min(inside, len(repair.original))
            repaired = text[repair.start:repair.end]
            line = repaired.count("\n", 0, inside)
            line_start = repaired.rfind("\n", 0, inside) + 1
            line_end = repaired.find("\n", inside)
            repaired_line = repaired[line_start:line_end if line_end != -1 else len(repaired)]
            original_line = original_lines[min(line, len(original_lines) - 1)]
            column = _aligned_column(repaired_line, original_line, inside - line_start)
            return repair.start + shift + sum(len(l) + 1 for l in original_lines[:line]) + column
        shift += len(repair.original) - (repair.end - repair.start)
    return offset + shift


def _aligned_column(repaired: str, original: str, column: int) -> int:
    if len(repaired) > MAX_ALIGNED_LINE or len(original) > MAX_ALIGNED_LINE:
        return min(len(original), round(column * len(original) / max(1, len(repaired))))
    matcher = difflib.SequenceMatcher(None, repaired, original, autojunk=False)
    before_repaired = before_original = 0
    for a, b, size in matcher.get_matching_blocks():  # ends with (len(repaired), len(original), 0)
        if column < a:
            # inside a changed stretch between two matching blocks: in proportion
            gap_repaired, gap_original = a - before_repaired, b - before_original
            return before_original + round((column - before_repaired) * gap_original / max(1, gap_repaired))
        if column < a + size:
            return b + column - a
        before_repaired, before_original = a + size, b + size
    return len(original)


# -- .docx -----------------------------------------------------------------------------------------
def check_docx_package(data: bytes, limits: "InputLimits | None" = None) -> None:
    """Refuse what is not a .docx, or a zip whose declared sizes are a bomb, before python-docx
    decompresses anything."""
    import zipfile

    limits = _in_force(limits)
    max_parts = limits.max_docx_parts if limits is not None else MAX_DOCX_MEMBERS
    max_unpacked = limits.max_docx_unpacked if limits is not None else MAX_DOCX_UNCOMPRESSED
    max_ratio = limits.max_docx_ratio if limits is not None else MAX_DOCX_RATIO

    if data.startswith(OLE_MAGIC):
        raise DocumentError("password-protected or old-format Word file (.doc), not a .docx: "
                            "save it as .docx without a password")
    if not data.startswith(ZIP_MAGIC):
        raise DocumentError("not a Word .docx file (not a zip package)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise DocumentError(f"damaged Word .docx file (broken zip package: {error})".split("\n")[0]) from None
    if len(members) > max_parts:
        raise DocumentError(f"not a Word .docx file ({len(members)} parts in the zip package; limit {max_parts}) "
                            "[max-docx-parts]")
    total = sum(member.file_size for member in members)
    if total > max_unpacked:
        raise DocumentError(f"Word .docx file too large when unpacked ({total} bytes; limit {max_unpacked}): "
                            "a zip bomb or a document full of pictures [max-docx-unpacked]")
    for member in members:
        if member.file_size > DOCX_RATIO_FLOOR and member.file_size > max_ratio * max(1, member.compress_size):
            raise DocumentError(f"Word .docx file with a zip bomb: part {member.filename[:80]!r} unpacks "
                                f"{member.file_size // max(1, member.compress_size)} times its size (limit {max_ratio}) "
                                "[max-docx-ratio]")
    names = {member.filename for member in members}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise DocumentError("not a Word .docx file (a zip package without a Word document)")


def open_docx(data: bytes, limits: "InputLimits | None" = None):
    """The python-docx ``Document`` of these bytes, or a :class:`DocumentError`."""
    check_docx_package(data, limits)
    try:
        from docx import Document

        return Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - any failure of a damaged package is one line for the user
        raise DocumentError(f"damaged or not a Word .docx file ({type(error).__name__}: {error})".split("\n")[0]) from None


def row_cells(row) -> list:
    """The cells of a table row as the reader sees them: a merged cell once."""
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(cell)
    return cells


# The runs Word shows in a paragraph, in order: plain, in a hyperlink, a tracked insertion, a
# smart tag, an inline content control or a simple field. Deleted text (w:del) is not shown.
VISIBLE_RUNS = ("./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r | ./w:sdt/w:sdtContent/w:r"
                " | ./w:fldSimple/w:r | ./w:ins/w:hyperlink/w:r | ./w:hyperlink/w:ins/w:r")
# The children of a run that carry text, as python-docx reads them (a page break is "").
RUN_TEXT = ("w:br", "w:cr", "w:noBreakHyphen", "w:ptab", "w:t", "w:tab")


def paragraph_runs(paragraph) -> list:
    """The ``w:r`` elements whose text, in order, is the paragraph's text (:func:`run_text`)."""
    return paragraph._p.xpath(VISIBLE_RUNS)


def run_text(run_element) -> str:
    """The text of a ``w:r``: text, tabs and line breaks; a carriage return as a line break, so
    that the read stage's newline normalisation never changes an offset."""
    return run_element.text.replace("\r", "\n")


# The body's paragraphs and tables, in order, those inside a block-level content control (w:sdt,
# which templates use for fill-in fields) included.
BODY_BLOCKS = "./w:p | ./w:tbl | ./w:sdt/w:sdtContent/w:p | ./w:sdt/w:sdtContent/w:tbl"


def docx_paragraphs(document):
    """``(place, paragraph)`` for every paragraph the reader reads, in order: the body's
    paragraphs (in content controls too), and the paragraphs of each cell of each body table row by row (a merged cell
    once). The places have no offsets yet (0, 0): the key of each is what :func:`docx_text`
    and ``annotate`` share. Nested tables in a cell are not read."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document._body
    paragraphs = tables = 0
    for element in body._element.xpath(BODY_BLOCKS):
        block = Table(element, body) if element.tag.endswith("}tbl") else Paragraph(element, body)
        if isinstance(block, Table):
            tables += 1
            for row_index, row in enumerate(block.rows, start=1):
                for cell_index, cell in enumerate(row_cells(row), start=1):
                    for part, paragraph in enumerate(cell.paragraphs):
                        yield Place(0, 0, "cell", table=tables, row=row_index, cell=cell_index, part=part), paragraph
        else:
            paragraphs += 1
            yield Place(0, 0, "paragraph", paragraph=paragraphs), block


def docx_text(data: bytes, limits: "InputLimits | None" = None) -> tuple[str, Layout]:
    """The text of a .docx (paragraphs as lines, table rows as pipe-table lines) and its layout."""
    document = open_docx(data, limits)
    pieces: list[str] = []
    places: list[Place] = []
    length = 0
    previous: Place | None = None

    def add(text: str) -> None:
        nonlocal length
        pieces.append(text)
        length += len(text)

    try:
        for place, paragraph in docx_paragraphs(document):
            text = "".join(run_text(run) for run in paragraph_runs(paragraph))
            if place.kind == "cell":
                same_row = previous is not None and previous.kind == "cell" and \
                    (previous.table, previous.row) == (place.table, place.row)
                if not same_row:
                    if previous is not None and previous.kind == "cell":
                        add(" |")                     # end the row before
                    if previous is not None:
                        add("\n")
                    add("|")
                if same_row and previous.cell == place.cell:
                    add(" ")                          # the next paragraph of the same cell
                else:
                    if same_row:
                        add(" |")
                    add(" ")
                # one row is one line: breaks inside a cell become spaces, a pipe a broken bar
                text = text.replace("\n", " ").replace("|", "¦").replace("｜", "¦")
            else:
                if previous is not None and previous.kind == "cell":
                    add(" |")
                if length or previous is not None:
                    add("\n")
            places.append(replace(place, start=length, end=length + len(text)))
            add(text)
            previous = place
        if previous is not None and previous.kind == "cell":
            add(" |")
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001
        raise DocumentError(f"damaged Word .docx file ({type(error).__name__}: {error})".split("\n")[0]) from None
    return "".join(pieces), Layout("docx", tuple(places))


# -- PDF -------------------------------------------------------------------------------------------
@dataclass
class _PdfLine:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    page: int
    number: int = 0          # line on its page, 1-based, counting the lines kept


def pdf_text(data: bytes, limits: "InputLimits | None" = None) -> tuple[str, Layout]:
    """The text layer of a PDF as paragraphs, and its layout (page and line of every piece)."""
    lines, pages = _pdf_lines(data, limits)
    if not any(line.text.strip() for line in lines):
        raise DocumentError(f"PDF has no text layer (a scan?): {pages} page(s) of images or drawings only; "
                            "run OCR on it, or check the original document")
    glyphs = sum(len(match) for line in lines for match in CID_GLYPH.findall(line.text))
    if glyphs > MAX_CID_SHARE * sum(len(line.text) for line in lines):
        raise DocumentError("PDF text cannot be extracted: its fonts have no Unicode map (the text layer is "
                            "glyph numbers); export the PDF again from the original document")
    sizes = [line.size for line in lines]
    size = statistics.median(sizes)
    left = min(line.x0 for line in lines)
    long_lines = [line.x1 for line in lines if len(line.text.strip()) >= 10] or [line.x1 for line in lines]
    right = max(long_lines)
    pieces: list[str] = []
    places: list[Place] = []
    length = 0
    previous: _PdfLine | None = None
    pitch = _line_pitches(lines)
    # the top of the text block: a page whose first line starts lower begins with empty lines
    top = max(line.y0 for line in lines if line.number == 1)
    for line in lines:
        text = line.text.replace("\r", "\n").replace("\n", " ")
        gap = _gap_lines(previous, line, pitch) if previous is not None and previous.page == line.page else \
            _top_gap(top, line, pitch)
        joined = (previous is not None and previous.x1 >= right - 1.5 * size and line.x0 <= left + 0.5 * size
                  and not gap)
        if previous is not None and not joined:
            separator = "\n" * (1 + gap)
            pieces.append(separator)
            length += len(separator)
        elif joined and previous.text[-1:].isascii() and previous.text[-1:].isalpha() and text[:1].isascii() \
                and text[:1].isalpha():
            pieces.append(" ")  # an English word wrapped at a space (digits wrap without one in Chinese text)
            length += 1
        places.append(Place(length, length + len(text), "line", page=line.page, line=line.number))
        pieces.append(text)
        length += len(text)
        previous = line
    return "".join(pieces), Layout("pdf", tuple(places))


def _line_pitches(lines: list[_PdfLine]) -> dict[int, float]:
    """The usual distance between two baselines, per page (the median)."""
    by_page: dict[int, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and a.y0 > b.y0:
            by_page.setdefault(a.page, []).append(a.y0 - b.y0)
    return {page: statistics.median(gaps) for page, gaps in by_page.items()}


def _gap_lines(previous: _PdfLine, line: _PdfLine, pitch: dict[int, float]) -> int:
    """Empty lines between two lines of one page: a gap of two pitches is one empty line."""
    if line.page not in pitch:
        return 0
    usual = min(pitch[line.page], 1.6 * line.size) or line.size
    return max(0, round((previous.y0 - line.y0) / usual) - 1)


def _top_gap(top: float, line: _PdfLine, pitch: dict[int, float]) -> int:
    if line.number != 1 or line.page not in pitch:
        return 0
    return max(0, round((top - line.y0) / min(pitch[line.page], 1.6 * line.size)))


def _pdf_lines(data: bytes, limits: "InputLimits | None" = None) -> tuple[list[_PdfLine], int]:
    """The text lines of every page, and the number of pages."""
    limits = _in_force(limits)
    max_pages = limits.max_pdf_pages if limits is not None else MAX_PDF_PAGES
    if b"%PDF-" not in data[:1024]:
        raise DocumentError("not a PDF file (no %PDF header)")
    import logging

    logger = logging.getLogger("pdfminer")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False  # pdfminer's warnings about odd files are not the user's business
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextLine
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    found: list[_PdfLine] = []
    pages = 0
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        page_tree = resolve1(document.catalog.get("Pages"))
        declared = resolve1(page_tree.get("Count")) if isinstance(page_tree, dict) else None
        if isinstance(declared, int) and declared > max_pages:
            raise DocumentError(f"PDF too long ({declared} pages; limit {max_pages} pages) [max-pdf-pages]")
        resources = PDFResourceManager(caching=True)
        device = PDFPageAggregator(resources, laparams=LAParams(char_margin=4.0))
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.create_pages(document):
            pages += 1
            if pages > max_pages:  # the declared count may lie: counted while reading too
                raise DocumentError(f"PDF too long (more than {max_pages} pages; limit {max_pages} pages) "
                                    "[max-pdf-pages]")
            interpreter.process_page(page)
            layout = device.get_result()
            raw = []
            stack = list(layout)
            while stack:
                item = stack.pop()
                if isinstance(item, LTTextLine):
                    text = item.get_text().rstrip("\n")
                    if text.strip():
                        raw.append(_PdfLine(text, item.x0, item.x1, item.y0, item.y1, max(item.height, 1.0), pages))
                elif hasattr(item, "__iter__"):
                    stack.extend(item)
            found.extend(_page_lines(raw))
    except PDFPasswordIncorrect:
        raise DocumentError("encrypted PDF: it needs a password to open; save a copy without one") from None
    except PDFEncryptionError as error:
        raise DocumentError(f"encrypted PDF that cannot be opened ({error})".split("\n")[0]) from None
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("damaged PDF, cannot be read (its objects refer to each other in a loop)") from None
    except Exception as error:  # noqa: BLE001 - a damaged PDF is one line for the user
        raise DocumentError(f"damaged PDF, cannot be read ({type(error).__name__}: {error})".split("\n")[0]) from None
    if not pages:
        raise DocumentError("PDF has no pages")
    return found, pages


def _page_lines(raw: list[_PdfLine]) -> list[_PdfLine]:
    """The lines of one page top to bottom; pieces on one baseline joined left to right; page
    numbers in the top or bottom margin dropped."""
    raw.sort(key=lambda line: (-line.y0, line.x0))
    rows: list[list[_PdfLine]] = []
    for line in raw:
        if rows and abs(rows[-1][0].y0 - line.y0) < 0.5 * min(rows[-1][0].size, line.size):
            rows[-1].append(line)
        else:
            rows.append([line])
    merged = []
    for row in rows:
        row.sort(key=lambda line: line.x0)
        text = row[0].text
        for before, after in zip(row, row[1:]):
            text += (" " if after.x0 - before.x1 > 0.3 * after.size else "") + after.text
        merged.append(_PdfLine(text, row[0].x0, row[-1].x1, min(l.y0 for l in row), max(l.y1 for l in row),
                               max(l.size for l in row), row[0].page))
    kept = [line for index, line in enumerate(merged)
            if not (PAGE_NUMBER.match(line.text) and (index == 0 or index == len(merged) - 1))]
    for number, line in enumerate(kept, start=1):
        line.number = number
    return kept
