"""Word and PDF reports made in the tests themselves, from report text (python-docx; reportlab
with its built-in CID font STSong-Light, so nothing is downloaded)."""
from __future__ import annotations

from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89  # A4 in points
MARGIN, FONT_SIZE, LEADING = 72, 11, 16


def make_docx(path: Path, blocks: list, header: str | None = None, footer: str | None = None,
              run_size: int = 7) -> Path:
    """One paragraph per string of ``blocks`` (a tuple of strings: one paragraph of these runs);
    a list of rows (lists of cell texts) is a table.
    ``header`` and ``footer`` add page header and footer text (which the reader must leave out).
    Paragraphs are written as several runs of ``run_size`` characters, as Word writes them, so
    that annotation has to split runs."""
    from docx import Document

    document = Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    for block in blocks:
        if isinstance(block, (str, tuple)):
            paragraph = document.add_paragraph()
            for piece in (block if isinstance(block, tuple) else _pieces(block, run_size)):
                paragraph.add_run(piece)
        else:
            table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
            for row, cells in zip(table.rows, block):
                for cell, text in zip(row.cells, cells):
                    cell.paragraphs[0].text = ""
                    for piece in _pieces(text, run_size):
                        cell.paragraphs[0].add_run(piece)
    document.save(str(path))
    return path


def _pieces(line: str, size: int = 7) -> list[str]:
    return [line[i:i + size] for i in range(0, len(line), size)] or [""]


def _font_for(char: str) -> str:
    if "\u00a0" <= char <= "\u00ff" or char in "€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’•–˜™š›œžŸ":
        return "Helvetica"  # the Latin-1 of a garbled passage: WinAnsi
    return "STSong-Light"


def make_pdf(path: Path, lines: list[str], page_numbers: bool = True) -> list[tuple[int, int, str]]:
    """Each line a paragraph: first line indented by two characters, wrapped at the right margin,
    an empty line as an empty line; a page number ``- N -`` at the foot of every page. Returns
    what was drawn: (page, line on the page counting the lines of text, text), 1-based."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    width = PAGE_WIDTH - 2 * MARGIN
    state = {"y": PAGE_HEIGHT - MARGIN, "page": 1, "line": 0}
    drawn: list[tuple[int, int, str]] = []

    def new_page():
        if page_numbers:
            pdf.setFont("Helvetica", 9)
            pdf.drawCentredString(PAGE_WIDTH / 2, MARGIN / 2, f"- {state['page']} -")
        pdf.showPage()
        state["y"], state["page"], state["line"] = PAGE_HEIGHT - MARGIN, state["page"] + 1, 0

    def draw(x: float, text: str) -> None:
        if state["y"] < MARGIN:
            new_page()
        state["line"] += 1
        drawn.append((state["page"], state["line"], text))
        for run in _font_runs(text):
            font = _font_for(run[0])
            pdf.setFont(font, FONT_SIZE)
            pdf.drawString(x, state["y"], run)
            x += pdfmetrics.stringWidth(run, font, FONT_SIZE)
        state["y"] -= LEADING

    for line in lines:
        if not line.strip():
            if state["y"] - LEADING < MARGIN:
                new_page()  # an empty line at a page break opens the next page, where it can be seen
            state["y"] -= LEADING
            continue
        indent = 2 * FONT_SIZE
        current, used, first = "", indent, True
        for char in line:
            w = pdfmetrics.stringWidth(char, _font_for(char), FONT_SIZE)
            if used + w > width and current:
                draw(MARGIN + (indent if first else 0), current)
                current, used, first = "", 0, False
            current += char
            used += w
        draw(MARGIN + (indent if first else 0), current)
    new_page()
    pdf.save()
    return drawn


def _font_runs(text: str) -> list[str]:
    runs: list[str] = []
    for char in text:
        if runs and _font_for(runs[-1][-1]) == _font_for(char):
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def image_only_pdf(path: Path) -> Path:
    """A PDF with a drawing and no text: what a scanner gives."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def encrypted_pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))
    pdf.setFont("STSong-Light", FONT_SIZE)
    for index, line in enumerate(lines):
        pdf.drawString(MARGIN, PAGE_HEIGHT - MARGIN - index * LEADING, line)
    pdf.showPage()
    pdf.save()
    return path
