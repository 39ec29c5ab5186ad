"""Observations of the text itself: garbling and broken structure, found before submission.

Each ``find_*`` function scans the text once (linear: no regular expression that can backtrack
on a long line, no comparison of every passage with every other) and returns
:class:`TextIssue`\\ s whose ``kind`` is one of ``rulebase.TEXT_OBSERVATIONS`` and whose
``fields`` are exactly the fields listed there for it. ``text`` is what a message shows (a short
excerpt); ``start`` and ``end`` are the offsets of what the issue is about. ``fix`` is the
replacement of ``text[start:end]`` when the repair is mechanical and safe (a bracket of the other
width, a digit of the other width), for ``check --fix-preview``; otherwise ``None``.

Nothing here imports spaCy: the text_issues component wraps these functions, and
``checker/repairs.py`` uses them without a pipeline.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from . import patterns
from .line_breaks import conversion_joins

EXCERPT = 16


@dataclass(frozen=True)
class TextIssue:
    kind: str
    text: str
    start: int
    end: int
    fields: dict[str, str] = field(default_factory=dict)
    fix: str | None = None     # the safe replacement of text[start:end], if there is one


class Lines:
    """Line numbers (1-based) of offsets."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def span(self, start: int, end: int) -> str:
        first, last = self.of(start), self.of(max(start, end - 1))
        return str(first) if first == last else f"{first}-{last}"


def excerpt(text: str, limit: int = EXCERPT) -> str:
    compact = re.sub(r"\s+", "", text)
    return compact if len(compact) <= limit else compact[:limit] + "…"


def _issue(kind: str, text: str, start: int, end: int, lines: Lines, fix: str | None = None,
           **fields: str) -> TextIssue:
    fields = {"text": text, "lines": lines.span(start, end), **fields}
    return TextIssue(kind=kind, text=text, start=start, end=end, fields=fields, fix=fix)


# A text with thousands of unpaired brackets is not a report: beyond this many issues of one
# kind, the rest say nothing new.
MAX_ISSUES_PER_KIND = 100


def find_text_issues(text: str, repairs=()) -> list[TextIssue]:
    """Every observation of the text, in text order."""
    lines = Lines(text)
    found: list[TextIssue] = []
    for detector in (find_repeated_passages, find_truncated_end, find_bad_characters, find_heading_sequence,
                     find_unpaired_brackets, find_mixed_width, find_split_numbers):
        found += detector(text, lines)[:MAX_ISSUES_PER_KIND]
    found += find_mojibake(text, repairs, lines)
    return sorted(found, key=lambda issue: (issue.start, issue.kind))


# -- mojibake: the read stage repaired it; here it is reported ----------------------------------
def find_mojibake(text: str, repairs, lines: Lines | None = None) -> list[TextIssue]:
    lines = lines or Lines(text)
    found = []
    for repair in repairs:
        start, end = max(0, min(repair.start, len(text))), max(0, min(repair.end, len(text)))
        repaired = text[start:end]
        found.append(_issue("mojibake", excerpt(repaired), start, end, lines,
                            garbled=excerpt(repair.original), repaired=excerpt(repaired),
                            encoding=repair.encoding))
    return found


# -- a passage that occurs twice -----------------------------------------------------------------
# Normalised for comparison: full-width ASCII forms folded to half width, whitespace ignored,
# every number replaced by one mark (so that a copy with changed numbers is still a copy).
WIDTH_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
CLAUSE_END = set(",。;!?:")          # after folding: ，；！？： are , ; ! ? :
WHITESPACE = set(" \t\n\r\f\v\u3000\u00a0")
NUMBER_CHARS = set("0123456789.")
# A repeated passage holds at least two whole sentences and this many Chinese characters: a
# formula (其中, 同比增长) or one stock sentence said twice is not one.
MIN_PASSAGE_CJK = 40
MIN_PASSAGE_SENTENCES = 2
MIN_SENTENCE_CJK = 6          # a sentence that counts towards them (管理3678人。 does not)
SENTENCE_CLOSE = set("。!?")
# Runs of clauses compared at once; bounds the work on text that repeats one clause many times.
MAX_OPEN_RUNS = 32
MAX_CANDIDATES = 16
# Adjacent repeated runs closer than this (in clauses) are one passage.
MERGE_GAP = 2


@dataclass
class _Clause:
    start: int
    end: int
    key: str
    numbers: list[str]
    cjk: int
    ends_sentence: bool = False   # by 。！？, or by the line break before or after a heading


def _heading_breaks(text: str) -> set[int]:
    """Line breaks that end a clause although no mark does: before and after a heading line."""
    breaks = set()
    previous_heading = False
    position = 0
    while True:
        newline = text.find("\n", position)
        if newline == -1:
            break
        following_end = text.find("\n", newline + 1)
        following = text[newline + 1: following_end if following_end != -1 else len(text)]
        heading = bool(patterns.HEADING.match(following))
        if heading or (previous_heading if position else bool(patterns.HEADING.match(text[:newline]))):
            breaks.add(newline)
        previous_heading = heading
        position = newline + 1
    return breaks


def _clauses(text: str) -> list[_Clause]:
    folded = text.translate(WIDTH_FOLD)
    breaks = _heading_breaks(text)
    clauses = []
    key: list[str] = []
    numbers: list[str] = []
    number: list[str] = []
    start = None
    cjk = 0
    for index, char in enumerate(folded):
        if index in breaks and start is not None:
            if number:
                numbers.append("".join(number))
                key.append("#")
                number = []
            clauses.append(_Clause(start, index, "".join(key), numbers, cjk, ends_sentence=True))
            key, numbers, start, cjk = [], [], None, 0
            continue
        if char in WHITESPACE:
            continue
        if start is None:
            start = index
        if char in NUMBER_CHARS and (char != "." or number):
            number.append(char)
            continue
        if number:
            numbers.append("".join(number))
            key.append("#")
            number = []
        key.append(char)
        if "\u4e00" <= char <= "\u9fff":
            cjk += 1
        if char in CLAUSE_END:
            clauses.append(_Clause(start, index + 1, "".join(key), numbers, cjk, ends_sentence=char in SENTENCE_CLOSE))
            key, numbers, start, cjk = [], [], None, 0
    if number:
        numbers.append("".join(number))
        key.append("#")
    if start is not None and key:
        clauses.append(_Clause(start, len(text), "".join(key), numbers, cjk))
    return clauses


def find_repeated_passages(text: str, lines: Lines | None = None) -> list[TextIssue]:
    lines = lines or Lines(text)
    clauses = _clauses(text)
    keys = [c.key for c in clauses]
    cjk_before = [0]
    for clause in clauses:
        cjk_before.append(cjk_before[-1] + clause.cjk)
    seen: dict[str, list[int]] = {}
    current: dict[int, tuple[int, int, int]] = {}   # i -> (first start, second start, length)
    finished: list[tuple[int, int, int]] = []
    for j, key in enumerate(keys):
        following: dict[int, tuple[int, int, int]] = {}
        for i_before, (first, second, length) in current.items():
            i = i_before + 1
            if i < second and keys[i] == key:
                following[i] = (first, second, length + 1)
            else:
                finished.append((first, second, length))
        for i in seen.get(key, [])[-MAX_CANDIDATES:]:
            if i not in following:
                following[i] = (i, j, 1)
        if len(following) > MAX_OPEN_RUNS:
            ranked = sorted(following.items(), key=lambda item: -item[1][2])
            finished.extend(run for _, run in ranked[MAX_OPEN_RUNS:])
            following = dict(ranked[:MAX_OPEN_RUNS])
        current = following
        seen.setdefault(key, []).append(j)
    finished.extend(current.values())
    runs = []
    taken_starts: list[int] = []   # second occurrences taken, as disjoint clause ranges
    taken_ends: list[int] = []
    for first, second, length in sorted(finished, key=lambda run: (-run[2], run[1])):
        if cjk_before[second + length] - cjk_before[second] < MIN_PASSAGE_CJK // 2:
            continue
        at = bisect.bisect_left(taken_starts, second + length)
        if at and taken_ends[at - 1] > second:
            continue  # overlaps a longer run already taken
        taken_starts.insert(at, second)
        taken_ends.insert(at, second + length)
        runs.append((first, second, length))
    passages = _merge_runs(sorted(runs, key=lambda run: run[1]))
    found = []
    for parts in passages:
        cjk = sum(cjk_before[second + length] - cjk_before[second] for _, second, length in parts)
        if cjk < MIN_PASSAGE_CJK or _whole_sentences(clauses, parts) < MIN_PASSAGE_SENTENCES:
            continue
        found.append(_passage_issue(text, clauses, parts, lines))
    return found


def _whole_sentences(clauses: list[_Clause], parts) -> int:
    """Sentences repeated from their first clause to their last, in both places."""
    count = 0
    for first, second, length in parts:
        at_start = all(i == 0 or clauses[i - 1].ends_sentence for i in (first, second))
        cjk = 0
        for offset in range(length):
            cjk += clauses[second + offset].cjk
            if clauses[second + offset].ends_sentence:
                count += at_start and cjk >= MIN_SENTENCE_CJK
                at_start, cjk = True, 0
    return count


def _merge_runs(runs: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    passages: list[list[tuple[int, int, int]]] = []
    for run in runs:
        if passages:
            first, second, length = passages[-1][-1]
            if 0 <= run[1] - (second + length) <= MERGE_GAP and run[0] >= first + length:
                passages[-1].append(run)
                continue
        passages.append([run])
    return passages


def _passage_issue(text: str, clauses: list[_Clause], parts, lines: Lines) -> TextIssue:
    first_start = clauses[parts[0][0]].start
    first_end = clauses[parts[-1][0] + parts[-1][2] - 1].end
    start = clauses[parts[0][1]].start
    end = clauses[parts[-1][1] + parts[-1][2] - 1].end
    differences = []
    compared = 0
    for first, second, length in parts:
        for offset in range(length):
            for before, after in zip(clauses[first + offset].numbers, clauses[second + offset].numbers):
                compared += 1
                if not _same_number(before, after):
                    differences.append(f"{before}≠{after}")
    if not compared:
        agreement, agreement_en = "其中没有数字", "it holds no numbers"
    elif not differences:
        agreement, agreement_en = f"{compared}个数字一致", f"its {compared} numbers agree"
    else:
        shown = "，".join(differences[:3]) + (f"等{len(differences)}处" if len(differences) > 3 else "")
        shown_en = ", ".join(differences[:3]) + (f" and {len(differences) - 3} more" if len(differences) > 3 else "")
        agreement, agreement_en = f"数字不一致：{shown}", f"numbers differ: {shown_en}"
    return _issue("repeated-passage", excerpt(text[start:end]), start, end, lines,
                  first_lines=lines.span(first_start, first_end), agreement=agreement, agreement_en=agreement_en)


def _same_number(a: str, b: str) -> bool:
    try:
        return Decimal(a) == Decimal(b)
    except (InvalidOperation, ValueError):
        return a == b


# -- a document that ends in the middle of a sentence ------------------------------------------
# A last line may end without a full stop when it is a signature, a date or a table row.
COMPLETE_END = set("。！？!?…；;”’）)】》」』|｜.")
UNFINISHED_END = set("，,、：:（(“‘《【「『")
SIGNATURE_END = set("局院委会室办站所部厅处科组心司府队馆校厂")
DIGITS = set("0123456789０１２３４５６７８９")


def find_truncated_end(text: str, lines: Lines | None = None) -> list[TextIssue]:
    lines = lines or Lines(text)
    stripped = text.rstrip(" \t\n\r\f\v\u3000")
    if not stripped:
        return []
    hard = patterns.hard_newlines(stripped)
    paragraph_start = hard[-1] + 1 if hard else 0
    paragraph = stripped[paragraph_start:]
    line_start = stripped.rfind("\n") + 1
    last_line = stripped[line_start:]
    heading_only = patterns.HEADING.match(last_line) and len(last_line.strip()) < 2 * patterns.SHORT_LINE \
        and not any(mark in last_line for mark in "，,；;")
    if heading_only or "|" in last_line:
        return []  # a section heading with nothing under it is another matter; a table row ends as it is
    last = stripped[-1]
    compact = re.sub(r"\s", "", paragraph)
    unfinished = last in UNFINISHED_END or (
        last not in COMPLETE_END and last not in DIGITS and last not in SIGNATURE_END and last not in "年月日号"
        and len(compact) >= patterns.SHORT_LINE and ("\u4e00" <= last <= "\u9fff" or last.isalpha()))
    if not unfinished:
        return []
    start = len(stripped) - min(len(last_line.lstrip(" \t\u3000")), len(stripped))
    shown = compact[-EXCERPT:] if len(compact) > EXCERPT else compact
    return [_issue("truncated-end", ("…" if len(compact) > EXCERPT else "") + shown, start, len(stripped), lines)]


# -- replacement and control characters ----------------------------------------------------------
REPLACEMENT = "\ufffd"
# C0 controls but tab and newline, DEL, C1 controls; and the invisible format characters that
# conversions leave (zero-width space, joiners, direction marks, a byte-order mark inside the text).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2028\u2029\ufeff]")
CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "BS", "\x0b": "VT", "\x0c": "FF (page break)", "\x1b": "ESC",
                 "\x7f": "DEL", "\u200b": "ZERO WIDTH SPACE", "\ufeff": "BYTE ORDER MARK", "\u2028": "LINE SEPARATOR",
                 "\u2029": "PARAGRAPH SEPARATOR"}


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"


def _character_name(char: str) -> str:
    if char in CONTROL_NAMES:
        return CONTROL_NAMES[char]
    return unicodedata.name(char, "control character")


def find_bad_characters(text: str, lines: Lines | None = None) -> list[TextIssue]:
    """U+FFFD (a character lost before the text reached us) and control characters, one issue
    per character and run of lines where it occurs."""
    lines = lines or Lines(text)
    hits = [(m.start(), m.group()) for m in re.finditer(REPLACEMENT, text)]
    hits += [(m.start(), m.group()) for m in CONTROL.finditer(text)]
    hits.sort()
    groups: list[list[tuple[int, str]]] = []
    last_line: dict[str, tuple[int, int]] = {}   # character -> (line, group index)
    for offset, char in hits:
        line = lines.of(offset)
        previous = last_line.get(char)
        if previous is not None and line - previous[0] <= 1:
            groups[previous[1]].append((offset, char))
            last_line[char] = (line, previous[1])
        else:
            groups.append([(offset, char)])
            last_line[char] = (line, len(groups) - 1)
    found = []
    for group in groups:
        char = group[0][1]
        start, end = group[0][0], group[-1][0] + 1
        kind = "bad-character" if char == REPLACEMENT else "control-character"
        found.append(_issue(kind, _code(char), start, end, lines, character=_character_name(char),
                            count=str(len(group))))
    return found


# -- heading numbers -----------------------------------------------------------------------------
HEADING_LEVELS = [
    (re.compile(r"[ \t\u3000]*(?P<number>[一二三四五六七八九十百]+)(?P<mark>[、.．])"), 1),
    (re.compile(r"[ \t\u3000]*(?P<open>[（(])(?P<number>[一二三四五六七八九十百]+)(?P<close>[）)])"), 2),
    (re.compile(r"[ \t\u3000]*(?P<number>\d{1,2})(?P<mark>[、.．])(?!\d)"), 3),
    (re.compile(r"[ \t\u3000]*(?P<open>[（(])(?P<number>\d{1,2})(?P<close>[）)])"), 4),
]
CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(numeral: str) -> int | None:
    """一 … 九十九, as written in headings."""
    if not numeral or len(numeral) > 3 or "百" in numeral:
        return None
    if numeral == "十":
        return 10
    if "十" not in numeral:
        return CHINESE_DIGITS.get(numeral) if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in CHINESE_DIGITS) or (ones and ones not in CHINESE_DIGITS):
        return None
    return (CHINESE_DIGITS[tens] if tens else 1) * 10 + (CHINESE_DIGITS[ones] if ones else 0)


def chinese_numeral(number: int) -> str:
    names = "零一二三四五六七八九"
    if number < 10:
        return names[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else names[tens]) + "十" + (names[ones] if ones else "")


def _marker(level: int, number: int, like: re.Match) -> str:
    if level == 1:
        return chinese_numeral(number) + like.group("mark")
    if level == 2:
        return f"（{chinese_numeral(number)}）"
    if level == 3:
        return f"{number}{like.group('mark')}"
    return f"（{number}）"


@dataclass
class _Heading:
    level: int
    number: int
    start: int
    end: int
    match: re.Match


def _headings(text: str) -> list[_Heading]:
    found = []
    position = 0
    while position <= len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        if "|" in text[position:line_end] or "｜" in text[position:line_end]:
            position = line_end + 1
            continue  # | 一、中央财政转移支付 | | |: a table's row label, numbered in the table's own order
        for pattern, level in HEADING_LEVELS:
            match = pattern.match(text, position, line_end)
            if match:
                raw = match.group("number")
                number = chinese_number(raw) if level in (1, 2) else int(raw)
                if number:
                    start = match.start("open") if level in (2, 4) else match.start("number")
                    found.append(_Heading(level, number, start, match.end(), match))
                break
        position = line_end + 1
    return found


def find_heading_sequence(text: str, lines: Lines | None = None) -> list[TextIssue]:
    """Per level, under its parent: 一、二、三、; （一）（二）; 1. 2.; （1）（2）. A gap, a repeat, a
    number that goes back, or a heading before any heading of the level above it."""
    lines = lines or Lines(text)
    headings = _headings(text)
    levels = {h.level for h in headings}
    found = []
    last: dict[int, int] = {}        # level -> last number under the current parent
    last_anywhere: dict[int, int] = {}
    seen_levels: set[int] = set()
    level_reported = False
    for heading in headings:
        level, number = heading.level, heading.number
        for deeper in [k for k in last if k > level]:
            del last[deeper]
        shallower = [k for k in levels if k < level]
        shown = text[heading.start:heading.end].strip()
        if shallower and not seen_levels & set(shallower) and not level_reported:
            parent = min(shallower)
            expected = _marker(parent, 1, next(h for h in headings if h.level == parent).match)
            found.append(_issue("heading-sequence", shown, heading.start, heading.end, lines, expected=expected,
                                problem=f"出现在第一个“{expected}”级标题之前，层级错乱",
                                problem_en=f"it comes before the first heading of the level above ({expected})"))
            level_reported = True
        expected_number = last.get(level, 0) + 1
        if number != expected_number and not (level in last_anywhere and number == last_anywhere[level] + 1
                                               and level not in last):
            expected = _marker(level, expected_number, heading.match)
            if level in last and number == last[level]:
                problem, problem_en = f"序号重复，此处应为“{expected}”", f"a repeated number: {expected} expected here"
            elif level in last and number < last[level]:
                problem, problem_en = f"序号倒退，此处应为“{expected}”", f"the number goes back: {expected} expected here"
            else:
                problem, problem_en = f"序号跳号，此处应为“{expected}”", f"a gap in the numbers: {expected} expected here"
            found.append(_issue("heading-sequence", shown, heading.start, heading.end, lines, expected=expected,
                                problem=problem, problem_en=problem_en))
        last[level] = number
        last_anywhere[level] = number
        seen_levels.add(level)
    return found


# -- brackets and quotes -------------------------------------------------------------------------
# Each opening mark, its family and its width; quotation marks have a direction, not a width.
OPENING = {"（": ("round", "full"), "(": ("round", "half"), "［": ("square", "full"), "[": ("square", "half"),
           "【": ("lenticular", "full"), "〔": ("tortoise", "full"), "《": ("book", "full"), "「": ("corner", "full"),
           "『": ("white-corner", "full"), "“": ("double-quote", "full"), "‘": ("single-quote", "full")}
CLOSING = {"）": ("round", "full"), ")": ("round", "half"), "］": ("square", "full"), "]": ("square", "half"),
           "】": ("lenticular", "full"), "〕": ("tortoise", "full"), "》": ("book", "full"), "」": ("corner", "full"),
           "』": ("white-corner", "full"), "”": ("double-quote", "full"), "’": ("single-quote", "full")}
PAIR = {("round", "full"): ("（", "）"), ("round", "half"): ("(", ")"), ("square", "full"): ("［", "］"),
        ("square", "half"): ("[", "]")}
QUOTES = {"double-quote": ("“", "”"), "single-quote": ("‘", "’")}
# A closing bracket after a list number at the start of a line is the list's marker: 1） 2）, a)
LIST_MARKER = re.compile(r"[ \t\u3000]*(?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3}|[①-⑳])[)）]")
# A quotation mark typed the wrong way round is found only in a short quotation.
SHORT_QUOTE = 20
SENTENCE_FINAL = "。！？!?"
# Marks left open at once: deeper than this, the oldest is reported and forgotten (keeps the scan linear).
MAX_OPEN = 64


@dataclass
class _Open:
    char: str
    offset: int
    family: str
    width: str


def find_unpaired_brackets(text: str, lines: Lines | None = None) -> list[TextIssue]:
    """Brackets and quotation marks without their partner, within a paragraph: an opening
    mark is closed before the line break after a full stop (or a heading) at the latest."""
    lines = lines or Lines(text)
    found: list[TextIssue | None] = []
    stack: list[_Open] = []
    lone_closing: dict[str, tuple[int, int]] = {}  # quote family -> (offset, index in found) of a lone closing quote
    line_start = 0

    def quote_pair(first: int, last: int, fixed: str, problem: str, problem_en: str) -> TextIssue:
        quoted = text[first:last + 1]
        return _issue("unpaired-bracket", quoted, first, last + 1, lines, fix=fixed, expected=fixed,
                      problem=problem, problem_en=problem_en)

    def near(offset: int, index: int) -> bool:
        return index - offset <= SHORT_QUOTE and "\n" not in text[offset:index]

    for index, char in enumerate(text):
        if char == "\n":
            previous = text[line_start:index].rstrip(" \t\u3000")
            following_end = text.find("\n", index + 1)
            following = text[index + 1: following_end if following_end != -1 else len(text)]
            if (previous and previous[-1] in SENTENCE_FINAL) or patterns.HEADING.match(following):
                found += [_unclosed(text, item, lines) for item in stack]
                stack = []
                lone_closing.clear()
            line_start = index + 1
        elif char in OPENING:
            family, width = OPENING[char]
            quotes = QUOTES.get(family)
            if quotes and family in lone_closing and near(lone_closing[family][0], index) \
                    and not any(item.family == family for item in stack):
                # ”健康守门人“: both marks typed the wrong way round
                first, reported = lone_closing.pop(family)
                found[reported] = None
                fixed = quotes[0] + text[first + 1:index] + quotes[1]
                found.append(quote_pair(first, index, fixed, "两个引号方向都反了", "both quotation marks face the wrong way"))
            elif quotes and stack and stack[-1].family == family and near(stack[-1].offset, index):
                # “哨点“: the second mark closes the first, typed the wrong way round
                first = stack.pop().offset
                fixed = text[first:index] + quotes[1]
                found.append(quote_pair(first, index, fixed, "后一个引号方向反了", "the second quotation mark faces the wrong way"))
            else:
                stack.append(_Open(char, index, family, width))
                if len(stack) > MAX_OPEN:
                    found.append(_unclosed(text, stack.pop(0), lines))
        elif char in CLOSING:
            family, width = CLOSING[char]
            if family == "round" and LIST_MARKER.fullmatch(text, line_start, index + 1):
                continue  # 1） 2）: a list's numbers
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d].family == family), None)
            quotes = QUOTES.get(family)
            if depth is None and quotes and family in lone_closing and near(lone_closing[family][0], index):
                # ”哨点”: the first mark opens, typed the wrong way round
                first, reported = lone_closing.pop(family)
                found[reported] = None
                fixed = quotes[0] + text[first + 1:index + 1]
                found.append(quote_pair(first, index, fixed, "前一个引号方向反了", "the first quotation mark faces the wrong way"))
            elif depth is None:
                if quotes:
                    lone_closing[family] = (index, len(found))
                opening_mark = quotes[0] if quotes else _partner_of_closing(char)
                found.append(_issue("unpaired-bracket", char, index, index + 1, lines, expected=f"{opening_mark}…{char}",
                                    problem=f"缺少与之配对的“{opening_mark}”", problem_en=f"no {opening_mark} opens it"))
            else:
                found += [_unclosed(text, item, lines) for item in stack[depth + 1:]]
                opening = stack[depth]
                del stack[depth:]
                if opening.width != width and (family, "full") in PAIR:
                    found.append(_mixed_pair(text, opening, index, lines))
    found += [_unclosed(text, item, lines) for item in stack]
    return [issue for issue in found if issue is not None]


def _partner_of_closing(char: str) -> str:
    family, width = CLOSING[char]
    if (family, width) in PAIR:
        return PAIR[(family, width)][0]
    return next(mark for mark, (f, _) in OPENING.items() if f == family)


def _closing_of(item: _Open) -> str:
    if (item.family, item.width) in PAIR:
        return PAIR[(item.family, item.width)][1]
    if item.family in QUOTES:
        return QUOTES[item.family][1]
    return next(mark for mark, (f, _) in CLOSING.items() if f == item.family)


def _unclosed(text: str, item: _Open, lines: Lines) -> TextIssue:
    closing = _closing_of(item)
    following = excerpt(text[item.offset + 1:item.offset + 1 + 3 * EXCERPT], 8)
    return _issue("unpaired-bracket", item.char + following.rstrip("…"), item.offset, item.offset + 1, lines,
                  expected=f"{item.char}…{closing}", problem=f"缺少与之配对的“{closing}”",
                  problem_en=f"no {closing} closes it")


def _mixed_pair(text: str, opening: _Open, closing_at: int, lines: Lines) -> TextIssue:
    """(二）: a pair written in two widths. Chinese text takes the full-width pair."""
    inside = text[opening.offset + 1:closing_at]
    before = text[opening.offset - 1] if opening.offset else "\n"
    chinese = (any("\u4e00" <= ch <= "\u9fff" for ch in inside) or before in "\n \t\u3000"
               or "\u4e00" <= before <= "\u9fff")
    width = "full" if chinese else "half"
    left, right = PAIR[(opening.family, width)]
    quoted = text[opening.offset:closing_at + 1]
    safe = "\n" not in inside and len(quoted) <= 3 * EXCERPT
    fixed = left + inside + right
    shown = quoted if safe else excerpt(quoted)
    return _issue("unpaired-bracket", shown, opening.offset, closing_at + 1, lines, fix=fixed if safe else None,
                  expected=(fixed if safe else f"{left}…{right}"),
                  problem="左右括号一个全角、一个半角", problem_en="one bracket is full-width and the other half-width")


# -- full-width and half-width forms in one number -----------------------------------------------
NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
FULL_WIDTH_DIGITS = set("０１２３４５６７８９")
HALF_WIDTH_DIGITS = set("0123456789")
TO_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def find_mixed_width(text: str, lines: Lines | None = None) -> list[TextIssue]:
    lines = lines or Lines(text)
    found = []
    for match in NUMBER.finditer(text):
        number = match.group()
        characters = set(number)
        # the decimal point is left out: ９２.４１ (full-width digits, ASCII point) is common usage
        if characters & FULL_WIDTH_DIGITS and characters & HALF_WIDTH_DIGITS:
            fixed = number.translate(TO_HALF_WIDTH)
            found.append(_issue("mixed-width", number, match.start(), match.end(), lines, fix=fixed, expected=fixed))
    return found


# -- numbers split over a line break by a conversion --------------------------------------------
def find_split_numbers(text: str, lines: Lines | None = None) -> list[TextIssue]:
    """A number or a unit broken by a soft line break (12\\n34人, 300人\\n次): read as one, and
    reported, since the file shows two pieces to anyone who copies it."""
    lines = lines or Lines(text)
    found = []
    for join in conversion_joins(text):
        if join.kind == "fragment":
            continue
        start, end = join.start, join.end
        while start > 0 and _number_part(text[start - 1]):
            start -= 1
        while end < len(text) and _number_part(text[end]):
            end += 1
        shown = text[start:end]
        joined = text[start:join.start] + text[join.end:end]
        found.append(_issue("split-number", shown.replace("\n", "⏎"), start, end, lines, expected=joined))
    return found


def _number_part(char: str) -> bool:
    return char in DIGITS or char in ".．" or char in "万亿千百人次元%％‰"
