"""The safe mechanical repairs of a report, as a unified diff: ``check --fix-preview``.

Safe means that the repair has one right answer and changes no number's value:

- mojibake repaired by the read stage (GBK read as cp1252 → the Chinese it was);
- a bracket pair written in two widths made one width (``(二）`` → ``（二）``), and a quotation
  mark typed the wrong way round turned (``“哨点“`` → ``“哨点”``);
- full-width digits in a number of half-width ones made half-width (``１2`` → ``12``).

Nothing else is touched (a missing bracket, a gap in the headings, a repeated passage need a
person). The diff is of the decoded text (line endings as ``\\n``); no file is ever written.
"""
from __future__ import annotations

import difflib

from .nlp.text_scan import find_mixed_width, find_unpaired_brackets
from .read import ReportText

MAX_ROUNDS = 3


def mechanical_fixes(text: str) -> str:
    """The text with every safe bracket, quotation-mark and width repair applied."""
    for _ in range(MAX_ROUNDS):
        issues = find_unpaired_brackets(text) + find_mixed_width(text)
        edits = sorted((issue.start, issue.end, issue.fix) for issue in issues if issue.fix is not None)
        if not edits:
            break
        pieces, position = [], 0
        for start, end, replacement in edits:
            if start < position:
                continue  # overlaps an edit of this round; the next round sees it again
            pieces += [text[position:start], replacement]
            position = end
        pieces.append(text[position:])
        fixed = "".join(pieces)
        if fixed == text:
            break
        text = fixed
    return text


def fixed_text(report: ReportText) -> str:
    """The report's text with the mojibake repaired (as read) and the mechanical fixes applied."""
    return mechanical_fixes(report.text)


def fix_preview(report: ReportText) -> str:
    """A unified diff from the text as in the file to the repaired text; "" when nothing to fix."""
    before = _lines(report.original_text)
    after = _lines(fixed_text(report))
    if before == after:
        return ""
    return "\n".join(unified_diff(before, after, report.path, f"{report.path} (fixed)"))


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def unified_diff(before: list[str], after: list[str], old_name: str, new_name: str, context: int = 3):
    """difflib's unified format, without its "popular line" heuristic: a garbled tail split by
    blank lines would otherwise show as one block, every blank line removed and added again."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    yield f"--- {old_name}"
    yield f"+++ {new_name}"
    for group in matcher.get_grouped_opcodes(context):
        first, last = group[0], group[-1]
        yield f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@"
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                yield from (" " + line for line in before[i1:i2])
                continue
            yield from ("-" + line for line in before[i1:i2])
            yield from ("+" + line for line in after[j1:j2])


def _range(start: int, stop: int) -> str:
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"
