"""Line breaks left inside numbers by conversion (PDF, Word, OCR), joined before tagging.

Text converted from print breaks lines wherever the page ended: inside a number (``12\\n34人``),
between a decimal point and its digits (``2.\\n5%``), inside a unit (``300人\\n次``), or, in text
cut into fragments with a blank line between them, around a number that stands on a line of its
own (``托位\\n\\n157\\n\\n个``). The claim tagger reads a *joined view* of the text with these breaks
taken out, and every offset it finds is mapped back to the text, so the line and column of a
claim are those of the file. A break is joined only where nothing else can be meant:

- inside a number or a unit, only at a soft line break (one that does not end a sentence,
  ``patterns.hard_newlines``);
- around a number alone on its line, only when the fragment before it does not end a sentence
  (so a page number after a paragraph stays apart) and the fragment after it starts with a unit.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from . import patterns

# (starts only where a run of spaces starts: a long run without a line break is tried once, not
# at each of its spaces)
BREAK = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*\n[ \t\u3000\n]*")
DIGIT = "0123456789０１２３４５６７８９"
POINT = ".．"
# Units written over two lines by a conversion: the part before the break is a prefix of one.
SPLIT_UNITS = sorted({unit for unit in patterns.MONEY_UNITS + patterns.COUNT_UNITS + patterns.MEASURE_UNITS
                      + patterns.AGE_UNITS if len(unit) > 1}, key=len, reverse=True)


def _unit_cuts() -> dict[str, list[tuple[str, str]]]:
    """Each way to cut a split unit (head before the break, tail after it), by the first character
    of the tail: a line break is compared only with the cuts whose tail starts right after it."""
    cuts: dict[str, list[tuple[str, str]]] = {}
    for unit in SPLIT_UNITS:
        for cut in range(1, len(unit)):
            cuts.setdefault(unit[cut], []).append((unit[:cut], unit[cut:]))
    return cuts


UNIT_CUTS = _unit_cuts()

# What may follow a number that stands alone on its line, in a fragmented text.
FRAGMENT_CONTINUATION = re.compile(
    rf"(?:{patterns.UNIT}|[%％‰‱年月日号余多万亿]|周岁)")
# What must follow a number split inside its digits for the two halves to be read as one.
QUANTITY_CONTINUATION = re.compile(rf"(?:{patterns.UNIT}|[%％‰‱余多万亿])")
SENTENCE_ENDS = "。！？!?；;：:"
CJK_CHARACTER = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Join:
    start: int      # the whitespace taken out, as offsets into the text
    end: int
    kind: str       # digits, decimal, unit (a number split by a soft break); fragment


# The joins of the last text asked for: the claim tagger and the text_issues component both ask,
# for the same text, one after the other (a second scan was about a tenth of the tagging time).
_last_joins: tuple[str, tuple[Join, ...]] = ("", ())


def conversion_joins(text: str) -> list[Join]:
    """The line breaks to take out before tagging, in text order."""
    global _last_joins
    last_text, last_joins = _last_joins
    if text == last_text:
        return list(last_joins)
    joins = _find_joins(text)
    _last_joins = (text, tuple(joins))
    return joins


def _find_joins(text: str) -> list[Join]:
    if "\n" not in text:
        return []
    joins: list[Join] = []
    for match in BREAK.finditer(text):
        start, end = match.span()
        if start == 0 or end >= len(text):
            continue
        newlines = match.group().count("\n")
        left, right = text[start - 1], text[end]
        kind = None
        if newlines == 1:
            kind = _split_kind(text, start, end, left, right)
            if kind is not None and not _soft(text, text.index("\n", start)):
                kind = None
        if kind is None:
            kind = _fragment_kind(text, start, end)
        if kind is not None:
            joins.append(Join(start, end, kind))
    return _with_number_lines(text, joins)


def _soft(text: str, newline: int) -> bool:
    """A line break inside a sentence (patterns.hard_newlines, except that a long line may start
    with a heading number: （一）老年人健康管理。上半年…开展中医药健康管理2.1万人⏎次)."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip(" \t\u3000")
    following_end = text.find("\n", newline + 1)
    following = text[newline + 1: following_end if following_end != -1 else len(text)]
    return (len(line) >= patterns.SHORT_LINE and line[-1] not in patterns.HARD_LINE_END and following.strip() != ""
            and not patterns.HEADING.match(following) and "|" not in line and "|" not in following)


def _split_kind(text: str, start: int, end: int, left: str, right: str) -> str | None:
    if (left in DIGIT or left in POINT) and (right in DIGIT or right in POINT):
        # Only a number of running text: words before it and its unit after it, on the lines
        # around the break (not 2021-12-15 above a page number, not a column of figures).
        head = start - 1
        while head > 0 and (text[head - 1] in DIGIT or text[head - 1] in POINT):
            head -= 1
        tail = end
        while tail < len(text) and (text[tail] in DIGIT or text[tail] in POINT):
            tail += 1
        joined = text[head:start] + text[end:tail]
        if (head == 0 or not CJK_CHARACTER.match(text[head - 1]) or not _is_number(joined)
                or not QUANTITY_CONTINUATION.match(text, tail)):
            return None
        return "decimal" if left in POINT or right in POINT else "digits"
    for head, tail in UNIT_CUTS.get(right, ()):
        if text.startswith(tail, end) and text[max(0, start - len(head)):start] == head:
            before = text[start - len(head) - 1:start - len(head)]
            after = text[end + len(tail):end + len(tail) + 1]
            if before and (before in DIGIT or before in "万亿千百") and not CJK_CHARACTER.match(after):
                return "unit"
    return None


def _fragment_kind(text: str, start: int, end: int) -> str | None:
    """A number alone on its line, and the fragment after it starts with its unit."""
    line_start = text.rfind("\n", 0, start) + 1
    number = text[line_start:start].strip(" \t\u3000")
    if not number or not _is_number(number) or not FRAGMENT_CONTINUATION.match(text, end):
        return None
    before = line_start - 1
    while before >= 0 and text[before] in " \t\u3000\n":
        before -= 1
    if before < 0 or text[before] in SENTENCE_ENDS:
        return None  # a page number after a paragraph, or the first line
    if is_row_label(text, end):
        return None  # 2513⏎床位数（张）: the next row of a flattened table, not the unit 床
    return "fragment"


ROW_LABEL = re.compile(r"[^\n，,。；;：:！？!?]{1,20}")
BRACKETED_UNIT = re.compile(r"[（(][^（()）]{1,6}[)）]$")


def is_row_label(text: str, start: int) -> bool:
    """The line from ``start`` is the label of a table row flattened one cell per line: short,
    without clause punctuation, and either ending in its unit in brackets (床位数（张）) or
    followed by a number alone on its line."""
    label = ROW_LABEL.match(text, start)
    if label is None or text[label.end():label.end() + 1] not in ("\n", ""):
        return False
    if BRACKETED_UNIT.search(label.group().rstrip(" \t\u3000")):
        return True
    next_start = label.end() + 1
    next_end = text.find("\n", next_start)
    next_line = text[next_start:next_end if next_end != -1 else len(text)].strip(" \t\u3000")
    return bool(next_line) and _is_number(next_line)


NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")


def _is_number(token: str) -> bool:
    return NUMBER.fullmatch(token) is not None


def _with_number_lines(text: str, joins: list[Join]) -> list[Join]:
    """The break before a number alone on its line joins it to the fragment before it, when the
    break after it was joined (a prefix such as 共计 or 约 belongs to it) and the fragment before
    does not end in a digit (15 and 68 on two lines are two numbers)."""
    extra = []
    for join in joins:
        if join.kind != "fragment":
            continue
        line_start = text.rfind("\n", 0, join.start) + 1
        if line_start == 0:
            continue
        break_start, break_end = line_start - 1, line_start
        while break_start > 0 and text[break_start - 1] in " \t\u3000\n":
            break_start -= 1
        while break_end < len(text) and text[break_end] in " \t\u3000":
            break_end += 1
        if break_start == 0:
            continue
        left = text[break_start - 1]
        if left in DIGIT or (left.isascii() and left.isalnum()) or left in SENTENCE_ENDS:
            continue
        extra.append(Join(break_start, break_end, "fragment"))
    if not extra:
        return joins
    merged = {(j.start, j.end): j for j in joins}
    for join in extra:
        merged.setdefault((join.start, join.end), join)
    return sorted(merged.values(), key=lambda j: j.start)


class JoinedText:
    """The text with the joins taken out, and the way back to the text's offsets."""

    def __init__(self, text: str, joins: list[Join] | None = None):
        self.original = text
        self.joins = conversion_joins(text) if joins is None else joins
        pieces, position = [], 0
        self._cuts: list[int] = []      # offsets in the joined text where whitespace was taken out
        self._removed: list[int] = []   # characters taken out up to and including each cut
        removed = 0
        for join in self.joins:
            pieces.append(text[position:join.start])
            removed += join.end - join.start
            self._cuts.append(join.start - (removed - (join.end - join.start)))
            self._removed.append(removed)
            position = join.end
        pieces.append(text[position:])
        self.text = "".join(pieces)

    def offset(self, joined_offset: int) -> int:
        """The text offset of the character at ``joined_offset`` of the joined view."""
        index = bisect.bisect_right(self._cuts, joined_offset) - 1
        return joined_offset + (self._removed[index] if index >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            position = self.offset(start)
            return position, position
        return self.offset(start), self.offset(end - 1) + 1

    def restore(self, number):
        """A TaggedNumber found in the joined view, with the offsets and text of the original."""
        if not self.joins:
            return number
        start, end = self.span(number.start, number.end)
        return replace(number, start=start, end=end, text=self.original[start:end])
