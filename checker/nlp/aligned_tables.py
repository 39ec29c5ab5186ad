"""Tables whose columns are aligned with spaces, as Word and PDF conversions leave them:

    乡镇        改厕户数
    城关镇        1124
    合  计        5260户

The claim components read tables by their pipes. ``as_pipe_tables`` gives them the text with
the first space of each run that separates two cells of such a table replaced by a pipe: the
text keeps its length, so every offset (of a claim, of a finding) is that of the report."""
from __future__ import annotations

import re
from collections import Counter

# Two or more spaces (ideographic ones too) or a tab between two cells.
CELL_GAP = re.compile(r"(?:\t|[ \u3000]{2,})[ \t\u3000]*")
# 合  计, 总  计: a two-character label spaced out, one cell
SPACED_LABEL = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff](?:[ \u3000]{1,4})[\u4e00-\u9fff](?=[ \t\u3000]{2,}|$)")
NUMBER_CELL = re.compile(r"[-−]?[0-9０-９][0-9０-９,，.．]*[ \t]*(?:[%％‰]|[\u4e00-\u9fff]{1,3})?")
PROSE_END = "。；;，,、：:！？!?"
LINE_LIMIT = 200  # characters: a longer line is prose
MIN_LINES = 3     # a header and two rows, or three rows
MIN_NUMBERS = 3


def as_pipe_tables(text: str) -> str:
    """``text`` with the cell gaps of its space-aligned tables opened by a pipe; ``text`` itself
    when it has none."""
    if "  " not in text and "\t" not in text and "\u3000\u3000" not in text:
        return text
    block: list[tuple[list[int], int, int]] = []  # the lines of the current block: (gaps, cells, numbers)
    positions: list[int] = []
    offset = 0
    for line in text.split("\n"):
        row = _cell_gaps(line, offset)
        if row is None:
            positions += _accepted(block)
            block = []
        else:
            block.append(row)
        offset += len(line) + 1
    positions += _accepted(block)
    return _replaced(text, positions, "|")


def _replaced(text: str, positions: list[int], character: str) -> str:
    """``text`` with the character at each of ``positions`` replaced by ``character`` (its length kept)."""
    if not positions:
        return text
    characters = list(text)
    for position in positions:
        characters[position] = character
    return "".join(characters)


def _cell_gaps(line: str, offset: int) -> tuple[list[int], int, int] | None:
    """The offsets of the gaps between the cells of a line that may be a table row, its number
    of cells and of number cells; None for a line that is not one."""
    stripped = line.rstrip()
    if not stripped.strip() or len(stripped) > LINE_LIMIT or "|" in line or "｜" in line or stripped[-1] in PROSE_END:
        return None
    label = SPACED_LABEL.match(stripped)
    skip_to = label.end() if label else 0
    indent = len(stripped) - len(stripped.lstrip(" \t\u3000"))
    found = [m for m in CELL_GAP.finditer(stripped, max(indent, skip_to)) if m.start() > indent]
    if not found:
        return None
    gaps = [m.start() for m in found]
    cells = [stripped[a:b] for a, b in zip([indent] + [m.end() for m in found], gaps + [len(stripped)])]
    numbers = sum(1 for cell in cells if NUMBER_CELL.fullmatch(cell.strip()))
    return [offset + g for g in gaps], len(cells), numbers


def _accepted(block: list[tuple[list[int], int, int]]) -> list[int]:
    """The gaps of a block of lines that reads as a table: at least three lines, numbers in two
    of them, and every line with numbers cut into the same number of cells."""
    if len(block) < MIN_LINES:
        return []
    numbered = [cells for _, cells, numbers in block if numbers]
    if len(numbered) < 2 or sum(numbers for _, _, numbers in block) < MIN_NUMBERS:
        return []
    width = Counter(numbered).most_common(1)[0][0]
    if any(cells != width for cells in numbered):
        return []
    return [gap for gaps, _, _ in block for gap in gaps]


# A pipe table printed on one line, its rows joined by an empty cell: | 单位 | 急诊 | | 县医院 | 21,356 | | 合计 | 42,138 |
ROW_JOINT = re.compile(r"[|｜][ \t\u3000]+(?=[|｜])")
MIN_ROWS = 3  # a header and two rows


def as_table_lines(text: str) -> str:
    """``text`` with each pipe table flattened onto one line cut back into its rows: the first
    space of every empty cell that joins two rows becomes a line break, so the text keeps its
    length (and every offset); the lines of a finding are counted in the report's own text.
    A line is such a table when its empty cells fall exactly between rows of one width."""
    if "|" not in text and "｜" not in text:
        return text
    breaks: list[int] = []
    offset = 0
    for line in text.split("\n"):
        if len(ROW_JOINT.findall(line)) >= MIN_ROWS - 1:
            breaks += _row_breaks(line, offset)
        offset += len(line) + 1
    return _replaced(text, breaks, "\n")


def _row_breaks(line: str, offset: int) -> list[int]:
    edges = [i for i, char in enumerate(line) if char in "|｜"]
    cells = [(a + 1, b) for a, b in zip(edges, edges[1:])]  # (start, end) between two pipes
    if line[:edges[0]].strip() or line[edges[-1] + 1:].strip():
        return []  # text before the first pipe or after the last: prose, or a table without outer pipes
    empty = [k for k, (a, b) in enumerate(cells) if not line[a:b].strip()]
    if not empty:
        return []
    width = empty[0]
    rows = len(empty) + 1
    if width < 2 or rows < MIN_ROWS or empty != [k * (width + 1) + width for k in range(len(empty))] \
            or len(cells) != rows * width + len(empty):
        return []
    return [offset + cells[k][0] for k in empty]
