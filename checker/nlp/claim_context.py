"""spaCy component ``claim_context``: what each tagged number measures, when, and where.

For every span of ``numeric_claims`` it sets ``span._.context``, a :class:`ClaimContext`: the
indicator phrase naming what is counted, the period the number covers (stated in its sentence
or inherited from its paragraph), the section heading it sits under, the sentence and segment
it belongs to, the column header of a pipe-table cell, and the cue words that state a relation
(``共``, ``其中``, ``占``...).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import patterns
from .claim_tagger import SPAN_KEY, TABLE_LINE_LIMIT, table_line
from .script import reading_of

TOTAL_CUES = ("合计", "总计", "累计", "共计", "一共", "总共", "总数", "总额", "总量", "共")
# Function words around an indicator phrase that are not part of its name.
LEADING_WORDS = sorted([
    "其中", "全县", "全市", "全区", "全省", "全镇", "我县", "我市", "我区", "本县", "辖区内", "目前", "截至目前", "截止目前",
    "截至年末", "截至年底", "共计", "合计", "总计", "累计", "一共", "总共", "共有", "共", "另有", "另", "并", "且",
    "同时", "此外", "已", "均", "都", "全部", "分别为", "分别是", "分别", "今年", "全年", "当年", "同期", "上半年", "下半年", "年末", "年底",
    "我县", "我市", "我区", "我局", "我镇",
], key=len, reverse=True)
TRAILING_WORDS = sorted([
    "分别为", "分别是", "分别达", "均为", "都是", "各", "总数为", "一共有", "一共", "共计", "合计", "总计", "累计", "共有", "已达到", "已达", "达到",
    "为", "是", "达", "有", "计", "共", "超过", "发放", "的", "增至", "降至", "提高到", "上升到", "下降到", "保持在",
], key=len, reverse=True)
LEADING_SET, TRAILING_SET = frozenset(LEADING_WORDS), frozenset(TRAILING_WORDS)
LEADING_KEPT = ("已婚",)  # a word that opens with a function word (已) and is not one
LEADING_LENGTHS = sorted({len(word) for word in LEADING_WORDS}, reverse=True)
TRAILING_LENGTHS = sorted({len(word) for word in TRAILING_WORDS}, reverse=True)
# A phrase that is only a verb needs the noun after the number to name what is counted.
VERB_ONLY = re.compile(r"^(?:[组建推荐遴选出派培训走访入户审核接收通过完成新增救治举办开展建设成涉及拥设配备录用招收签约上报登记注册]{1,4})?$")
FOLLOWING_STOP = re.compile(
    r"[，,。；;：:、（）()\n|！？*＊0-9０-９]|全部|均|都|已(?!婚)|达到|完成|参加|获得|在(?!岗|管|册|职|编|校|孕|托|床)"
    r"|中(?=[，,。；;已有共的]|$)|^的|的(?![\u4e00-\u9fff])|累计|共(?=[计有0-9０-９])|合计|总计|顺利|进行|开展|正在|被|获评|评为|和|及(?!以上)|与|等"
    r"|组织|计算|到(?!位)|实现|实行|实施|纳入|参与|通过|开通|配备|承担|签订|建成|投入|提供|派驻|驻点|落实"
    r"|继续|持续|启动|开始|积极|认真|按时|进一步|的(?:前提|基础|情况|同时|要求|目标)|发放|领取|享受|接受")
FOLLOWING_STOP_NOUNS = re.compile(FOLLOWING_STOP.pattern.split("|组织|")[0])
# 一是、二是 open the items of a list, and 在/对/为 open a prepositional phrase
ENUMERATION = re.compile(r"^(?:[一二三四五六七八九十]+是|(?:在(?!岗|管|册|职|编|校|孕|托|床)|[对为向将])(?=[\u4e00-\u9fff]{2}))")
PERIOD_WORDS = re.compile(
    r"上半年|下半年|全年|前三个?季度|前[一二三四]季度|第[一二三四]季度|[一二三四]季度|截至目前|截止目前|截至年末|年末|年底前|年底|今年|去年|当年|同期|目前"
    r"|明年|上年|年初|年内"
)
# Periods that name the starting point of a change: they cover the number right after them only.
ONLY_FOR_NEXT = ("上年", "年初", "去年")
# 其中上半年5214人、下半年7272人: a part of the year labelling a value, one of several in a list
PERIOD_LABEL = re.compile(r"(?:上半年|下半年|第?[一二三四]季度|[1１]\s*[-－—~至]\s*[36３６]月)[ \t]*(?:为|共|完成)?(?=[0-9０-９])")
HEADING_LEVELS = [
    (re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+[、.．]"), 1),
    (re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]+[）)]"), 2),
    (re.compile(r"^[ \t\u3000]*\d{1,2}[、.．](?!\d)"), 3),
    (re.compile(r"^[ \t\u3000]*[（(]\d{1,2}[）)]"), 4),
]


@dataclass(frozen=True)
class ClaimContext:
    indicator: str
    period: str | None
    section: str | None
    sentence: int          # index of the sentence (。！？ or line end)
    segment: int           # index of the segment (sentence split further at ；)
    paragraph: int         # index of the line
    total_cue: str | None  # 共/合计/... before the number, or 其中 right after it
    part_cue: bool         # the number follows 其中 in its sentence
    after_part_cue: int | None  # offset of the 其中 it follows
    # the header of a pipe-table cell's column, top row first, without units in brackets:
    # ("卫生技术人员数", "其中", "西医"); () outside a table
    column: tuple[str, ...] = ()


@Language.factory("claim_context")
def make_claim_context(nlp: Language, name: str):
    return ClaimContextTagger()


class ClaimContextTagger:
    def __init__(self):
        if not Span.has_extension("context"):
            Span.set_extension("context", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = reading_of(doc)
        layout = TextLayout(text)
        spans = list(doc.spans.get(SPAN_KEY, []))
        numbers = [span._.number for span in spans]
        contexts: list[ClaimContext] = []
        for index, span in enumerate(spans):
            contexts.append(describe(text, layout, numbers, index, contexts))
            span._.context = contexts[-1]
        distribute_respectively(text, spans)
        return doc


RESPECTIVELY = re.compile(r"分别(?:为|是|达到?|占|提升至|提高到|下降到|降至|增至|有)?[：:]?")
RESPECTIVE_PERIOD = re.compile(r"第?[一二三四]季度|[上下]半年|前三季度|(?:[1-9]|1[0-2])月")
LIST_SPLIT = re.compile(r"[、]|(?:和|及|与|以及)(?=[\u4e00-\u9fff0-9])")


def distribute_respectively(text: str, spans: list) -> None:
    """A、B和C分别为x、y和z: each number measures its own item of the list before 分别."""
    starts = [s._.number.start for s in spans]
    for match in RESPECTIVELY.finditer(text):
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in "，,。；;：:\n") + 1
        items_text = text[clause_start:match.start()]
        items = [i.strip() for i in LIST_SPLIT.split(items_text) if i.strip()]
        # 上半年、下半年分别受理54件和53件: a list of periods, each number of its own period, the verb between
        periods = len(items) >= 2 and all(RESPECTIVE_PERIOD.fullmatch(item) for item in items)
        first = bisect.bisect_left(starts, match.end())
        after = [s for s in spans[first:first + 20]
                 if not re.search(r"[。；;\n]", text[match.end():s._.number.start])]
        # the numbers of the list: consecutive, joined by 、/和/及 only
        listed = []
        for span in after:
            if listed and not re.fullmatch(r"[ \t]*(?:[、，,]|和|及|与)[ \t]*", text[listed[-1]._.number.end:span._.number.start]):
                break
            gap = text[match.end():span._.number.start].strip()
            if not listed and gap and not (periods and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", gap)):
                break
            listed.append(span)
        if len(listed) < 2:
            continue
        if periods:
            if len(listed) == len(items):
                for span, item in zip(listed, items):
                    span._.context = replace(span._.context, period=item)
            continue
        lo, hi = bisect.bisect_left(starts, clause_start), bisect.bisect_left(starts, match.start())
        before = spans[lo:hi]
        if before and len(before) == len(listed):
            names = [s._.context.indicator for s in before]  # 按县级医院60%、乡镇卫生院30%…分配，分别为…
        elif not before and len(items) == len(listed):
            names = [clean_indicator(item) for item in items]
        else:
            # 一孩652人，二孩598人，三孩及以上236人，分别占…: the counts of the sentence before 分别
            sentence_start = max(text.rfind(ch, 0, clause_start) for ch in "。；;\n") + 1
            before = [s for s in spans[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, clause_start)]
                      if s._.number.value is not None][-len(listed):]
            if len(before) != len(listed) or (len(items) > 1 and len(before) != len(items)):
                continue
            names = [s._.context.indicator for s in before]
            if len(items) == 1 and re.search(r"(?:率|比|比例|占比|比重)$", items[0]):
                # 完成宫颈癌筛查8652人、乳腺癌筛查8610人，任务完成率分别为…: each item's rate
                shared = clean_indicator(items[0])
                names = [re.sub(r"^(?:完成|开展|实现|累计|共|全年)+", "", name) + shared for name in names]
        for span, name in zip(listed, names):
            if name:
                span._.context = replace(span._.context, indicator=name)


CUE_MARKS = re.compile(r"[，,；;。：:\n]")             # before a total cue (共, 合计)
PHRASE_MARKS = re.compile(r"[，,、；;。：:\n|！？]")      # before the phrase that names a number


class TextLayout:
    """Sentence, segment, paragraph and section boundaries of one text, found once."""

    def __init__(self, text: str):
        self.text = text
        self.document_period: str | None = None   # found on first use ("" when there is none)
        self._number_starts: list[int] | None = None
        self.sentence_starts = patterns.sentence_starts(text, patterns.SENTENCE_END)
        self.segment_starts = patterns.sentence_starts(text, patterns.SEGMENT_END)
        self.paragraph_starts = [0] + [position + 1 for position in patterns.hard_newlines(text)]
        # the marks that end a clause, found once: every number looks back for the last one
        self.cue_marks = [match.start() for match in CUE_MARKS.finditer(text)]
        self.phrase_marks = [match.start() for match in PHRASE_MARKS.finditer(text)]
        self.has_pipes = "|" in text or "｜" in text  # no table cell in a text without a pipe
        self._table_rows: tuple[list[int], dict] | None = None  # found on first use (table_rows)
        self.section_starts: list[int] = []
        self.section_titles: list[str] = []
        path: dict[int, str] = {}
        for start in self.paragraph_starts:
            line_end = text.find("\n", start)
            line = text[start: line_end if line_end != -1 else len(text)]
            for pattern, level in HEADING_LEVELS:
                if pattern.match(line):
                    title = re.split(r"[。；;]", line.strip(), maxsplit=1)[0][:40]
                    path = {k: v for k, v in path.items() if k < level}
                    path[level] = title
                    self.section_starts.append(start)
                    self.section_titles.append(" > ".join(path[k] for k in sorted(path)))
                    break

    @staticmethod
    def last_mark(marks: list[int], start: int, end: int) -> int:
        """The last of ``marks`` in [start, end), or -1 (``max(text.rfind(mark, start, end))``)."""
        index = bisect.bisect_left(marks, end) - 1
        return marks[index] if index >= 0 and marks[index] >= start else -1

    def sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def segment_of(self, offset: int) -> int:
        return bisect.bisect_right(self.segment_starts, offset) - 1

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def sentence_start(self, offset: int) -> int:
        return self.sentence_starts[self.sentence_of(offset)]

    def paragraph_start(self, offset: int) -> int:
        return self.paragraph_starts[self.paragraph_of(offset)]

    def numbers_before(self, numbers: list, offset: int) -> int:
        """How many of ``numbers`` (in text order) start before ``offset``."""
        if self._number_starts is None or len(self._number_starts) != len(numbers):
            self._number_starts = [number.start for number in numbers]
        return bisect.bisect_left(self._number_starts, offset)

    def section_of(self, offset: int) -> str | None:
        index = bisect.bisect_right(self.section_starts, offset) - 1
        return self.section_titles[index] if index >= 0 else None

    def _table_row_at(self, start: int) -> tuple | None:
        """(line start, line end, pipes, lead, headers, side) of the pipe-table data row around ``start``."""
        if not self.has_pipes:
            return None
        if self._table_rows is None:
            self._table_rows = table_rows(self.text)
        starts, rows = self._table_rows
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or start >= rows[starts[index]][0]:
            return None
        return (starts[index],) + rows[starts[index]]

    def side_row_label(self, start: int) -> str | None:
        """The row name of a cell of a table printed side by side (| 财政拨款收入 | 15286.54 | 基本支出 |
        6834.62 |: 基本支出 for 6834.62), the name cell of its own side; None elsewhere."""
        row = self._table_row_at(start)
        if row is None or not row[5]:
            return None
        line_start, line_end, pipes, lead, _, side = row
        cells, _ = _cells(self.text, line_start, line_end, pipes)
        name = bisect.bisect_left(pipes, start) - lead
        name -= name % side
        return re.sub(r"\s", "", cells[name]) or None if 0 <= name < len(cells) else None

    def column_of(self, start: int, end: int) -> tuple[str, ...]:
        """The header path of the pipe-table column whose cell the number [start, end) fills;
        () when it is not alone in a cell of a table row under a header."""
        row = self._table_row_at(start)
        if row is None:
            return ()
        line_start, line_end, pipes, lead, headers, _ = row
        cell = bisect.bisect_left(pipes, start)
        cell_start = pipes[cell - 1] + 1 if cell else line_start
        cell_end = pipes[cell] if cell < len(pipes) else line_end
        if end > cell_end or self.text[cell_start:start].strip() or self.text[end:cell_end].strip():
            return ()
        column = cell - lead
        return headers[column] if 0 <= column < len(headers) else ()


# A row of a pipe table (| --- | and :---: rows are rules; a cell that is a bare number makes a
# row of data, as in claim_tagger._column_header).
TABLE_PIPES = re.compile(r"[|｜]")
RULE_CELL = re.compile(r"[ \t:：\-—－]*")
NUMBER_CELL = re.compile(r"[\d.,，%％\-]+")  # (fullmatch on a stripped cell)
UNIT_IN_BRACKETS = re.compile(r"[（(][^（()）]{1,8}[)）]$")


def table_rows(text: str) -> tuple[list[int], dict]:
    """Every data row of every pipe table in ``text``, found in one pass: the start of each row's
    line (sorted), and by that start the line's end, its pipes, 1 when it opens with a pipe (the
    column index leaves out that empty first cell), and the header path of each column."""
    starts: list[int] = []
    rows: dict = {}
    block: list[tuple[int, int, list[int]]] = []
    position = 0
    while position <= len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        pipes = [m.start() for m in TABLE_PIPES.finditer(text, position, line_end)]
        if pipes and line_end - position <= TABLE_LINE_LIMIT:  # (a long line is no row)
            block.append((position, line_end, pipes))
        elif block:
            if patterns.is_pipe_table([len(pipes) for _, _, pipes in block]):
                _read_block(text, block, starts, rows)
            block = []
        position = line_end + 1
    if block and patterns.is_pipe_table([len(pipes) for _, _, pipes in block]):
        _read_block(text, block, starts, rows)
    return starts, rows


def _cells(text: str, line_start: int, line_end: int, pipes: list[int]) -> tuple[list[str], int]:
    """The cells of a table line without its outer empty ones, and whether an empty one opened it."""
    edges = [line_start - 1] + pipes + [line_end]
    cells = [text[a + 1:b].strip() for a, b in zip(edges, edges[1:])]
    lead = 1 if not cells[0] else 0
    cells = cells[lead:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells, lead


def _read_block(text: str, block: list, starts: list[int], rows: dict) -> None:
    header_rows: list[list[str]] = []
    headers: list[tuple[str, ...]] | None = None
    read = [_cells(text, *line) for line in block]
    side = patterns.side_by_side_width([cells for cells, _ in read])
    for (line_start, line_end, pipes), (cells, lead) in zip(block, read):
        if headers is None:
            if all(RULE_CELL.fullmatch(cell) for cell in cells):
                continue  # | --- | --- |
            if not any(NUMBER_CELL.fullmatch(cell) for cell in cells):
                header_rows.append(cells)
                continue
            headers = header_paths(header_rows, max(len(cells), max((len(r) for r in header_rows), default=0)))
        starts.append(line_start)
        rows[line_start] = (line_end, pipes, lead, headers, side)


def header_paths(header_rows: list[list[str]], width: int) -> list[tuple[str, ...]]:
    """The header of each column of a table whose header takes several rows. The first row is
    read in place, a cell spanning the empty cells after it (a merged cell); a later row is read
    in place when its cells stand under spanning cells, else as written packed to the left, as
    conversions leave merged headers: its cells fill the spanning cells of the row above in turn,
    one column each, the last cell of a single spanning cell taking the columns left (总数 | 其中
    under 卫生技术人员, then 西医 | 中医 | 护理 under 其中)."""
    paths: list[tuple[str, ...]] = [() for _ in range(width)]
    spans = [(0, width)]  # the cells of the row above that span more than one column
    owner = [0] * width   # the index in spans of the span each column lies in, -1 for none
    for level, row in enumerate(header_rows[:6]):
        names = [_header_name(cell) for cell in row[:width]]
        filled = [i for i, name in enumerate(names) if name]
        if not filled:
            continue
        placed: list[tuple[str, int, int]] = []
        if level == 0 or all(owner[i] >= 0 for i in filled):
            for k, i in enumerate(filled):
                span_end = spans[owner[i]][1]
                following = filled[k + 1] if k + 1 < len(filled) else span_end
                placed.append((names[i], i, min(following, span_end)))
        elif len(spans) == 1 and len(filled) <= spans[0][1] - spans[0][0]:
            a, b = spans[0]
            for k, i in enumerate(filled):
                placed.append((names[i], a + k, a + k + 1 if k + 1 < len(filled) else b))
        elif len(filled) == sum(b - a for a, b in spans):
            columns = [column for a, b in spans for column in range(a, b)]
            placed = [(names[i], column, column + 1) for i, column in zip(filled, columns)]
        else:
            break  # a packed row that does not fit the cells above: its columns are a guess
        for name, a, b in placed:
            for column in range(a, b):
                paths[column] += (name,)
        spans = [(a, b) for _, a, b in placed if b - a > 1]
        if not spans:
            break
        owner = [-1] * width
        for index, (a, b) in enumerate(spans):
            owner[a:b] = [index] * (b - a)
    return paths


def _header_name(cell: str) -> str:
    """床位数(张) -> 床位数: the name of a column without the unit its cells are counted in."""
    name = re.sub(r"\s", "", cell)
    return UNIT_IN_BRACKETS.sub("", name) or name


FLATTENED_LABEL = re.compile(r"[^\n，,。；;！？!?0-9０-９]{2,24}")
BRACKETED_UNIT_END = re.compile(r"[（(][^（()）]{1,6}[)）]$")


def _flattened_row_label(text: str, start: int, end: int) -> str | None:
    """The row label of a number alone on its line: the nearest line above that is not a number
    alone (the row's other cells), without the unit in brackets it ends with (卫生技术人员（人）)."""
    # (every search is bounded: a line of a flattened table is short, and a long line is not one)
    if text[max(0, start - 8):start].strip(" \t\u3000") and "\n" not in text[max(0, start - 8):start]:
        return None
    line_start = text.rfind("\n", max(0, start - 8), start) + 1
    if line_start == 0 and start > 8:
        return None
    line_end = text.find("\n", end, end + 8)
    if text[line_start:start].strip(" \t\u3000") or text[end:line_end if line_end != -1 else end + 8].strip(" \t\u3000"):
        return None
    for _ in range(8):  # a row has a few cells
        if line_start == 0:
            return None
        above_start = text.rfind("\n", max(0, line_start - 40), line_start - 1) + 1
        if above_start == 0 and line_start - 40 > 0:
            return None  # a long line above: prose, not a label
        line = text[above_start:line_start - 1].strip(" \t\u3000")
        if line and not re.fullmatch(r"[-－−]?[0-9０-９.．,，]+%?", line):
            if not FLATTENED_LABEL.fullmatch(line) or not BRACKETED_UNIT_END.search(line):
                return None
            return clean_indicator(BRACKETED_UNIT_END.sub("", line))
        line_start = above_start
    return None


def describe(text: str, layout: TextLayout, numbers: list, index: int, earlier: list) -> ClaimContext:
    """The context of ``numbers[index]``; ``earlier`` holds the contexts of the numbers before it."""
    number = numbers[index]
    start, end = number.start, number.end
    indicator = _indicator(text, layout, numbers, index, earlier)
    sentence_start = layout.sentence_start(start)
    before_in_sentence = text[sentence_start:start]
    part_position = before_in_sentence.rfind("其中")
    window = max(0, start - 200)
    unbroken = text[window:start].rstrip(" \t\u3000\n")
    cue_end = window + len(unbroken) if unbroken[-1:] not in patterns.HARD_LINE_END else start  # 共有乡镇卫生院\n14家
    clause_start = max(layout.last_mark(layout.cue_marks, window, cue_end) + 1, window)
    clause = text[clause_start:cue_end]
    total_cue = next((cue for cue in TOTAL_CUES if cue in clause), None)
    if total_cue is None and re.match(r"[ \t]*[，,。：:（(]?[ \t]*其中", text[end:end + 6]):
        total_cue = "其中"
    return ClaimContext(
        indicator=indicator,
        period=_period(text, layout, numbers, index),
        section=layout.section_of(start),
        sentence=layout.sentence_of(start),
        segment=layout.segment_of(start),
        paragraph=layout.paragraph_of(start),
        total_cue=total_cue,
        part_cue=part_position != -1,
        after_part_cue=sentence_start + part_position if part_position != -1 else None,
        column=layout.column_of(start, end),
    )

# Measure words that count a noun written after them: 对6家乡镇卫生院, 明确13个成员单位,
# 为412名在岗乡村医生. (人, 人次, 元 and % name no noun of their own.)
CLASSIFIERS = set("个家所名位张台辆支座间套条处项批场轮种只头册本篇队组期户")
# A rise or fall stated against an earlier figure: 较上年提高, 比上年增加, 同比下降, 增长
CHANGE = re.compile(r"(?:较|比|同比|环比)?(?:上年|去年|上年同期|去年同期|年初|上季度|同期)?(?:的)?"
                    r"(?:有所)?(?:增加|减少|提高|下降|增长|上升|降低|提升|减|增)(?:了)?(?:幅度)?$")
COMPARED_CHANGE = re.compile(r"(?:较|比)[^，,。；;、较比]{1,10}?(?:增加|减少|提高|下降|增长|上升|降低|提升)(?:了)?$")
PREVIOUS_LEAD = re.compile(r"^(?:上年|去年|上年同期|去年同期|上季度)")
COMPARED_PERIODS = "上年|去年|上年同期|去年同期|年初|上季度"  # what 较/比 compares a number with
COMPARED_WITH = re.compile(rf"^(?:较|比)(?:{COMPARED_PERIODS})(?:同期)?的?$")
COMPARED_IN_BRACKETS = re.compile(rf"(?:较|比)(?P<when>{COMPARED_PERIODS})(?:同期)?的?[（(][ \t]*$")  # 比上年（5,741人次）
# 由上年的79元提高到84元: the second number is the same measure as the first
CHANGED_TO = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:增加|提高|提升|上升|下降|减少|降低|增长|扩大|缩小|降|升|增)(?:到|至)"
                        r"[^，,。；;、0-9]{0,10}?$")
# 每人每年, 每人次, 按每个托位, 人均: a per-unit phrase names the unit of a standard, not the benefit
PER_UNIT = re.compile(r"^(?:按照?)?(?:(?:每(?:人次|人|户|名|个托位|个|床|千人口))(?:每(?:年|月|季度|季|天|日))?|人均|户均)$")
PER_UNIT_TAIL = re.compile(r"(?:^|按照?)(?P<unit>(?:每(?:人次|人|户|名|个托位|个|床|千人口))(?:每(?:年|月|季度|季|天|日))?|人均|户均)$")
# the thing paid out earlier in the sentence: 发放独生子女父母奖励费，每人每年120元
PAID_OUT = re.compile(r"(?:发放|拨付|代缴)([\u4e00-\u9fff《》“”]{2,16}?)(?=[，,。；;：:]|$)")
PAID_OUT_AFTER = re.compile(r"^[^，,。；;]{0,16}?(?:发放|拨付|代缴)([\u4e00-\u9fff]{2,16}?)(?=[，,。；;0-9]|$)")
TOTAL_ONLY = re.compile(r"^(?:共计|合计|累计|总计|共|一共|总共|以上合计)?$")
MEASURE_NOUNS = ("标准", "比例", "比重")
# The last character of a phrase that ends in a noun (乡镇卫生院, 在岗乡村医生, 成员单位).
NOUN_ENDINGS = set("院室所站心构生师员士位组户庭象者童女妇儿婴人队点区村镇乡县市省校园厂店场馆库车床件项目题"
                   "病苗药物品金费款证卡档案册书班会体系网房器备机具线路口堂楼厕池单局委办科处部团格")
SCOPE_WORDS = ("全县", "全市", "全区", "全镇", "全省", "辖区", "辖区内")
CREATING = re.compile(r"^(?:新建|改建|扩建|改扩建|建成|组建|设立|新增|招聘|配备|培训|完成|开展)(?=[\u4e00-\u9fff]{2})")
PREPOSITION = re.compile(r"将?对|为|向|给|在|把|从|由|于|按|经")
ATTRIBUTE_VERB = re.compile(r"符合|具备|持有|取得|年满|达到|完成|通过|获得|参加")
ATTRIBUTE_LEAD = re.compile(r"^(?:将?对|为|向|给|在|把)")
ADVERB_LEAD = re.compile(r"^(?:各|将|还|再|仍|尚|已|又|共|均|都|力争明年再|力争)+")


def _indicator(text: str, layout: TextLayout, numbers: list, index: int, earlier: list) -> str:
    """What ``numbers[index]`` measures: the phrase before it, or, where that names nothing, the
    noun after it, the earlier number it restates, or the list it belongs to."""
    number = numbers[index]
    start, end = number.start, number.end
    previous = numbers[index - 1] if index else None
    previous_context = earlier[index - 1] if index and len(earlier) >= index else None
    previous_end = previous.end if previous is not None else 0
    raw = _preceding_phrase(text, layout, start, previous_end, across_lines=number.kind not in patterns.DATE_KINDS)
    if re.search(r"(?:各|均为|均达到?|都是|均)$", raw.strip()):
        raw = _listed_phrase(text, layout, start, previous_end)
    indicator = clean_indicator(raw)
    if previous is not None and previous.kind == "year" and YEARS_FIGURE.fullmatch(indicator):
        source = SOURCE_TAIL.search(_preceding_phrase(text, layout, previous.start, numbers[index - 2].end if index >= 2 else 0))
        if source:
            named = clean_indicator(source.string[:source.start()])
            indicator = named if len(named) >= 2 else indicator
    row_label = (layout.side_row_label(start) or _table_row_label(text, start)) if layout.has_pipes else None
    if row_label is not None:
        return row_label  # a table cell measures what its row names
    if number.kind in patterns.DATE_KINDS:
        return indicator
    if not indicator:
        label = _flattened_row_label(text, start, end)
        if label:
            return label  # 卫生技术人员（人）⏎2447⏎2513: a cell of a table flattened one cell per line
    gap = text[previous_end:start] if previous is not None else None
    previous_name = previous_context.indicator if previous_context is not None else ""
    previous_quantity = previous is not None and previous.value is not None
    # 4132户12486人, 12种1203例: a second number glued to the first counts the same thing; 分别为12人、21人和8人:
    # one joined to it by a mark or a conjunction alone too
    if previous_quantity and gap is not None and previous_name and (
            not gap.strip(" \t") or LIST_JOINT.fullmatch(re.sub(r"[ \t]", "", gap)) and number.unit and number.unit == previous.unit):
        return previous_name
    # 重点人群172540人中签约128732人: a part of the group just counted
    if previous_quantity and gap is not None and previous_name:
        among = re.fullmatch(r"[ \t]*中[，,]?[ \t]*([\u4e00-\u9fff]{1,12})", gap)
        # (两批中选药品实际采购量合计400.2万片: 中选药品 is what 两批 counted, no 中 of a group)
        if among and not re.sub(r"\s", "", gap).startswith(previous_name):
            return previous_name + clean_indicator(among.group(1))
        # 伤残家庭扶助对象由612人增加到631人: the same measure after the change
        if CHANGED_TO.match(re.sub(r"\s", "", gap)):
            return previous_name
    following = _following_phrase(text, end)
    # 按每人每年960元的标准发放奖励扶助金, 分别按每人每月480元、590元的标准: a standard, named by
    # what it pays for
    after = re.sub(r"^(?:[、和及][0-9.]+[万亿]?元)+", "", text[end:end + 60]).lstrip("的")
    noun = next((n for n in MEASURE_NOUNS if after.startswith(n)), None)
    if noun and not indicator and previous_name.endswith(noun) and re.fullmatch(r"[ \t]*[、和及][ \t]*", gap or "x"):
        return previous_name  # 按每人每月480元、590元的标准
    per_unit = PER_UNIT_TAIL.search(indicator)
    if noun and (per_unit or NOT_A_NAME.match(indicator) or VERB_ONLY.match(indicator)):
        paid = PAID_OUT_AFTER.match(after[len(noun):])
        if paid:
            return clean_indicator(paid.group(1)) + noun
        return (per_unit.group("unit") if per_unit else "") + noun
    # 发放独生子女父母奖励费，每人每年120元: the benefit the sentence pays out
    if PER_UNIT.match(indicator) and indicator:
        paid = _paid_out_before(text, layout, start)
        if paid:
            return paid + re.sub(r"^按照?", "", indicator)
    # 较上年提高2.3个百分点, 下降7.52%: the change of the measure just stated
    if CHANGE.fullmatch(indicator) and indicator:
        subject = _subject_before(text, layout, numbers, index, earlier)
        if subject:
            compared = COMPARED_CHANGE.search(re.sub(r"\s", "", text[max(0, start - 16):start]))
            return subject + (compared.group() if compared else indicator)
    if COMPARED_WITH.match(indicator):
        subject = _subject_before(text, layout, numbers, index, earlier)
        if subject:
            return re.sub(r"^(?:较|比)|的$", "", indicator) + subject  # 较上年的1583人: 上年户籍出生人口
    compared = COMPARED_IN_BRACKETS.search(text, max(0, start - 12), start)
    if compared:
        subject = _subject_before(text, layout, numbers, index, earlier)
        if subject:
            return compared.group("when") + subject  # 比上年（5,741人次）增长8.3%: 上年处置动物致伤者
    # 高危孕产妇1127人，占产妇总数的25.90%: a share next to its count is the share of what it counts
    if previous_quantity and previous_name and indicator.startswith("占") and gap is not None \
            and re.fullmatch(r"[ \t]*(?:[，,][ \t]*)?占[^，,。；;]{0,14}", gap):
        return previous_name + indicator
    # 依次为：创伤，占38%；中毒，占6.4%: a share after a clause that only names a thing is that thing's
    if indicator.startswith("占"):
        named = NAME_BEFORE_SHARE.search(text, max(previous_end, start - 30), start)
        if named and not NOT_A_NAME.match(named.group(1)):
            return clean_indicator(named.group(1)) + indicator
    # 住院6218人次（涉及3452人）: a count in brackets qualifies the one before it
    if previous_quantity and gap is not None and previous_name and re.fullmatch(r"[ \t]*[（(][^（()）]{0,6}", gap) \
            and (NOT_A_NAME.match(indicator) or VERB_ONLY.match(indicator)):
        return previous_name + indicator
    if number.unit in CLASSIFIERS and len(following) >= 2 and not NOT_A_NAME.match(indicator) \
            and not VERB_ONLY.match(indicator):
        # 对全县18家乡镇卫生院, 明确13个成员单位, 对未达标的5家乡镇卫生院: the noun after the
        # measure word, unless the phrase before already ends in a noun (按在岗乡村医生412名计算)
        compact = re.sub(r"\s", "", raw)
        if previous_quantity and gap is not None and re.sub(r"\s", "", gap) == compact and previous_name == indicator:
            return following  # 14个乡镇9轮核酸采样: 乡镇 is what 14个 counts
        if previous_quantity and gap is not None and re.sub(r"\s", "", gap) == compact \
                and re.search(r"(?:共|合计|共计|总计)$", compact):
            return following  # 17所乡镇卫生院和4所二级医院共21个暂存间: the total counts what follows it
        opening_verb = CREATING.match(indicator)
        if opening_verb:
            return opening_verb.group() + following  # 新建县人民医院和县中医医院2家PCR实验室
        if compact.endswith("的"):
            return ATTRIBUTE_LEAD.sub("", indicator) + following
        if compact.endswith(("和", "及", "与", "等", "、")) or compact.endswith(SCOPE_WORDS) \
                or indicator[-1:] not in NOUN_ENDINGS:
            verb = re.split(r"[各将还再仍尚已又均都共]", ADVERB_LEAD.sub("", indicator))[-1]
            if 0 < len(verb) <= 2 and not PREPOSITION.fullmatch(verb):
                return verb + following  # 各帮扶7家乡镇卫生院
            return following
    done = _following_phrase(text, end, verbs=False)
    if number.kind in ("percent",) and done and indicator and not NOT_A_NAME.match(indicator) \
            and text[end:end + 1] not in "的以及左" and not CHANGED_TO.match(done):  # (比重由60.63%提高到)
        return indicator + done  # 14家卫生院100%实施村医积分制考核管理
    if not indicator or VERB_ONLY.match(indicator) or NOT_A_NAME.match(indicator):
        if not following and text.startswith("的", end):
            following = _following_phrase(text, end + 1)  # 百分之九十五的村卫生室
        if following and NOT_A_NAME.match(indicator):
            return following  # 全县186个村卫生室, 成员包括8家乡镇卫生院
        if following:
            return indicator + following
        bare = PERIOD_WORDS.sub("", re.sub(r"[\s，,、；;。：:（）()]", "", raw))
        if not indicator and bare and not TOTAL_ONLY.match(bare):
            return bare  # 为12436人发放596.93万元, 第一季度发放1457人: the verb is all that names it
        if not indicator and previous_name and re.fullmatch(r"[ \t]*[、，,][ \t]*", gap or "x"):
            return previous_name  # 发放1457人、2321850元: the list shares its phrase
        if not indicator or TOTAL_ONLY.match(indicator):
            inherited = _inherited_name(text, layout, numbers, index, earlier, raw)
            if inherited:
                return inherited
        if not indicator and bare:
            return bare
    if indicator and "按" in indicator and text[end:end + 1] == "、":
        named = indicator.rsplit("按", 1)[1]
        if len(named) >= 2:
            return named  # 结余资金按县级医院60%、乡镇卫生院30%: the list's first item
    return indicator


def _listed_phrase(text: str, layout: TextLayout, start: int, previous_end: int) -> str:
    """The phrase before the number with the items of a list joined by 、 (甲、乙、丙各)."""
    boundary = max(previous_end, start - 200)
    for char in "，,；;。：:\n|！？":
        position = text.rfind(char, boundary, start)
        if position != -1:
            boundary = max(boundary, position + 1)
    phrase = text[boundary:start]
    return phrase if not re.search(r"[0-9０-９]", phrase) else _preceding_phrase(text, layout, start, previous_end)


def _paid_out_before(text: str, layout: TextLayout, start: int) -> str:
    # (within 300 characters: a sentence of thousands of numbers is not scanned once per number)
    sentence = text[max(layout.sentence_start(start), start - 300):start]
    found = list(PAID_OUT.finditer(sentence))
    return clean_indicator(found[-1].group(1)) if found else ""


def _subject_before(text: str, layout: TextLayout, numbers: list, index: int, earlier: list) -> str:
    """The measure of the nearest quantity before ``numbers[index]`` in its sentence, outside
    brackets closed since (按年末常住人口19.8万人计算), without its own change words."""
    number = numbers[index]
    sentence_start = layout.sentence_start(number.start)
    for other in range(index - 1, max(-1, index - 8), -1):
        candidate = numbers[other]
        if candidate.start < sentence_start:
            break
        if candidate.value is None or other >= len(earlier) or earlier[other] is None:
            continue
        between = text[candidate.end:number.start]
        if between.count("）") + between.count(")") > between.count("（") + between.count("("):
            continue  # the candidate sits inside a bracket closed before this number
        name = earlier[other].indicator
        name = re.sub(r"(?:(?:较|比)(?:上年|去年|年初|上季度|同期|\d).*|(?:同比|环比).*)$", "", name) or name
        return CHANGE.sub("", name) or name
    return ""


def _inherited_name(text: str, layout: TextLayout, numbers: list, index: int, earlier: list, raw: str) -> str:
    """A number whose phrase names nothing (共计27.82万元, 一季度276.35万元) measures what the
    sentence pays out, else what the number before it in the sentence measures, else what the
    last number of the same unit in its paragraph measures."""
    number = numbers[index]
    paid = _paid_out_before(text, layout, number.start)
    if paid:
        return paid
    sentence_start = layout.sentence_start(number.start)
    paragraph_start = layout.paragraph_start(number.start)
    for other in range(index - 1, max(-1, index - 30), -1):
        candidate = numbers[other]
        if candidate.start < paragraph_start:
            break
        if candidate.value is None or other >= len(earlier) or earlier[other] is None or not earlier[other].indicator:
            continue
        if COMPARED_CHANGE.search(earlier[other].indicator) or PREVIOUS_LEAD.match(earlier[other].indicator):
            continue  # 比上年的10882车次增加1044车次。分季度看，一季度2736车次: a change names no measure to inherit
        if candidate.kind in patterns.RATE_KINDS and number.kind not in patterns.RATE_KINDS:
            continue  # 四季度4,661人次（环比增长13.1%），上半年合计7,081人次: a count inherits no rate's name
        if candidate.start >= sentence_start and TOTAL_ONLY.match(clean_indicator(raw)) and raw.strip():
            return earlier[other].indicator  # 共支援4批，共计38人次
        if candidate.unit == number.unit:
            return earlier[other].indicator
    return ""


# A clause of a name alone, then a clause of a share: 创伤，占38% (the share's own clause runs to the number)
NAME_BEFORE_SHARE = re.compile(r"(?:^|(?<=[：:；;，,。\n]))([\u4e00-\u9fff]{2,12})[，,][ \t]*占[^，,。；;：:\d]{0,6}$")


# Preceding phrases that do not name anything: scope words, prepositions, linking verbs.
NOT_A_NAME = re.compile(r"^(?:全县|全市|全区|全镇|全省|我县|我市|全部|各|和|及|与|按|按照|按每人每年|按每人每月|每人|"
                        r"提高到|提升到|增加到|增至|达到|达|为|是|有|成员包括|包括|涉及|覆盖|分别为|分别是|共计|合计|以上各项|其余|"
                        r"中|在|对|向|由|从|其中)?$")


# A cell of a pipe table is short: a number with no | within this many characters before it on its
# line is not in a table (and a line of a million characters is not searched for every number).
CELL_REACH = 300


def _pipe_before(text: str, start: int) -> bool:
    window = text[max(0, start - CELL_REACH):start]
    window = window[window.rfind("\n") + 1:]
    return "|" in window or "｜" in window


def _table_row_label(text: str, start: int) -> str | None:
    """The label of the pipe-table row a number sits in (its first cell), or None."""
    if not _pipe_before(text, start):
        return None
    bounds = table_line(text, start)
    if bounds is None:
        return None
    line = text[bounds[0]:bounds[1]]
    if line.count("|") + line.count("｜") < 2 and not _pipe_line_beside(text, bounds):
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", line)]
    cells = [c for c in cells if c]
    if len(cells) >= 2 and re.fullmatch(r"\d{1,2}", cells[0]) and not re.search(r"\d", cells[1]):
        cells = cells[1:]  # | 1 | 心脏病 | 1036 |: a rank first, then the row's name
    if not cells or re.search(r"\d", cells[0]):
        return None
    return re.sub(r"^(?:[#＃]|其中[:：]?)", "", re.sub(r"\s", "", cells[0]))


def _pipe_line_beside(text: str, bounds: tuple[int, int]) -> bool:
    """The line above or below has a pipe too: a row of a table of two columns."""
    above = text[text.rfind("\n", 0, max(0, bounds[0] - 1)) + 1:max(0, bounds[0] - 1)]
    below_end = text.find("\n", bounds[1] + 1)
    below = text[bounds[1] + 1:len(text) if below_end == -1 else below_end]
    return any(("|" in line or "｜" in line) and len(line) <= TABLE_LINE_LIMIT for line in (above, below))


def _preceding_phrase(text: str, layout: TextLayout, start: int, previous_end: int, across_lines: bool = True) -> str:
    boundary = max(previous_end, start - 200)
    # 全县共有乡镇卫生院\n14家, 托位\n\n157\n\n个: a number at the start of a line continues the
    # line before it unless that line ended a sentence (a date under a title or a signature does not)
    unbroken = text[boundary:start].rstrip(" \t\u3000\n")
    if across_lines and "\n" in text[boundary + len(unbroken):start] and unbroken[-1:] not in patterns.HARD_LINE_END:
        start = boundary + len(unbroken)
    before = text[boundary:start].rstrip(" \t")
    if before.endswith(("）", ")")):
        opening = max(before.rfind("（"), before.rfind("("))
        if opening > 0 and not re.search(r"[0-9０-９]", before[opening:]):
            start = boundary + opening
    position = layout.last_mark(layout.phrase_marks, boundary, start)
    if position != -1:
        boundary = position + 1
    opening = max(text.rfind("（", boundary, start), text.rfind("(", boundary, start))
    if opening != -1 and not re.search(r"[）)]", text[opening:start]):
        boundary = opening + 1  # (年末常住人口19.8万人): a number inside an open bracket
    return text[boundary:start]


# Patterns of clean_indicator and _following_phrase, compiled once (they run for every number).
DECORATION = re.compile(r"[\s“”\"《》…—·•※★☆●■◆]")
TRAILING_BRACKET = re.compile(r"[（(][^（()）]*[)）]$")
# 按在岗乡村医生412名计算 / 每千人口指标按年末常住人口38.52万人计算: what 按 opens names the number
LEADING_AN = re.compile(r"^按照?(?=[\u4e00-\u9fff]{2})|^[^按]*[\u4e00-\u9fff]按照?(?=[\u4e00-\u9fff]{0,6}人口$)")
LEADING_COPULA = re.compile(r"^[为是]")
QUOTES = re.compile(r"[“”\"]")
LEADING_AGE = re.compile(r"^(?:年满)?[0-9]{1,3}周?岁(?:及?以上|及?以下)?的?")
NOUN_OF = re.compile(r"([\u4e00-\u9fff]{2,8}?)的")


def clean_indicator(raw: str) -> str:
    phrase = DECORATION.sub("", raw)
    phrase = TRAILING_BRACKET.sub("", phrase)
    phrase = PERIOD_WORDS.sub("", phrase, count=1) if PERIOD_WORDS.match(phrase) else phrase
    phrase = ENUMERATION.sub("", phrase)
    phrase = LEADING_AN.sub("", phrase)  # 按在岗乡村医生412名计算
    changed = True
    while changed and phrase:
        changed = False
        # the longest function word first, as in the sorted lists (one set look-up per length)
        for length in LEADING_LENGTHS:
            if len(phrase) > length and phrase[:length] in LEADING_SET and not phrase.startswith(LEADING_KEPT):
                phrase = phrase[length:]
                changed = True
                break
        for length in TRAILING_LENGTHS:
            if len(phrase) >= length and phrase[-length:] in TRAILING_SET:
                phrase = phrase[:-length]
                changed = True
                break
    # 报告患病率（检出率）为: an alias in brackets before the verb names nothing more
    cut = TRAILING_BRACKET.sub("", phrase)
    phrase = cut if len(cut) >= 2 else phrase
    phrase = phrase.strip("（(）)")
    # 人均补助标准由上年的 -> 人均补助标准: the starting point of a change is not part of the name
    cut = FROM_PERIOD.sub("", phrase)
    phrase = cut if len(cut) >= 2 else phrase
    # 全县12个乡镇中已有 -> 乡镇: the group a part is counted among
    cut = AMONG.sub("", phrase)
    phrase = cut if len(cut) >= 2 else phrase
    # 发热门诊共接诊 -> 发热门诊接诊: a total word inside the phrase says how, not what
    return INNER_TOTAL.sub("", phrase)


# A list's items joined by a mark or a conjunction alone: 12人、21人和8人
LIST_JOINT = re.compile(r"、?(?:和|及|与|以及)?")  # (matched on the gap without its spaces: linear)
# 常住人口采用县统计局公布的2024年末数31.86万人: the words before the year name the figure, less
# where it comes from
SOURCE_TAIL = re.compile(r"(?:采用|使用|依据|根据|按照?|以)[\u4e00-\u9fff]{0,16}?(?:公布|发布|提供|核定|反馈)的?$")
YEARS_FIGURE = re.compile(r"(?:年末|年底|年中|年初|末|底)?数")
FROM_PERIOD = re.compile(r"由(?:上年|去年|年初|上季度|第[一二三四]季度|[上下]半年|(?:19|20)\d{2}年)?(?:末|底|初)?的?$")
AMONG = re.compile(r"(?<![集其途心])中(?:已|共|还|仍|尚)?有?$")
INNER_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:共计|累计|合计|总计|(?<![公医中])共(?![青享建同识性产]))(?=[\u4e00-\u9fff]{2})")


def _following_phrase(text: str, end: int, verbs: bool = True) -> str:
    """The noun phrase right after a number (22家乡镇卫生院); with ``verbs`` it ends before a
    verb that starts the predicate (按在岗乡村医生412名计算)."""
    window = LEADING_COPULA.sub("", text[end:end + 24])  # 其余7例为急产途中分娩
    window = QUOTES.sub("", window)
    window = LEADING_AGE.sub("", window)  # 356名年满60周岁的企业退休职工
    noun_of = NOUN_OF.match(window)
    if noun_of and noun_of.group(1)[-1] in NOUN_ENDINGS and not ATTRIBUTE_VERB.match(noun_of.group(1)):
        window = noun_of.group(1)  # 13个成员单位的工作职责: the units are counted, not their duties
    stop = (FOLLOWING_STOP if verbs else FOLLOWING_STOP_NOUNS).search(window)
    phrase = window[: stop.start()] if stop else window[:16]
    return phrase.strip()


def _period(text: str, layout: TextLayout, numbers: list, index: int) -> str | None:
    """The period a number covers: the column header of its table cell if that names one; the
    nearest period stated before it in its paragraph, with the paragraph's year; else the last
    period of an earlier paragraph of its section (or of a section it is nested in); else the
    period of the document, from its title and the lines before its first heading."""
    number = numbers[index]
    column = _column_period(layout.column_of(number.start, number.end))
    if column:
        return column
    paragraph_start = layout.paragraph_start(number.start)
    found = _period_in(text, numbers, index, paragraph_start, number.start)
    if found:
        return found
    section = layout.section_of(number.start) or ""
    top = section.split(" > ")[0]
    looked = 0
    # the last number of each earlier paragraph, back to three paragraphs of this section
    # (the numbers are in text order, so each step is a bisection, not a walk)
    earlier = layout.numbers_before(numbers, paragraph_start) - 1
    for _ in range(200):
        if earlier < 0:
            break
        other = numbers[earlier]
        other_section = layout.section_of(other.start) or ""
        if other_section.split(" > ")[0] != top:
            break  # another top-level section: its periods are not this one's
        other_paragraph = layout.paragraph_start(other.start)
        if section == other_section or section.startswith(other_section + " > "):
            found = _period_in(text, numbers, earlier + 1, other_paragraph, other.end)
            if found:
                return found
            looked += 1
            if looked >= 3:
                break
        # else a sibling subsection: passed over
        earlier = layout.numbers_before(numbers, other_paragraph) - 1
    return _document_period(text, layout)


PERIOD_OF_TITLE = re.compile(r"(?:19|20)\d{2}年(?:上半年|下半年|前三季度|第[一二三四]季度|度)?")
# Periods stated before the first heading that cover the whole report (截至6月30日, 现将全年工作总结如下)
DOCUMENT_PERIOD = re.compile(r"截[至止](?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末)|截[至止]目前|上半年|下半年|前三季度|全年")
# A period word after 较/比/与 is what a number is compared with, not what it covers.
COMPARISON_BEFORE = ("较", "比", "与", "同")
ITEM_MARK = re.compile(r"(?:^|(?<=[。；;：:，,\n]))[ \t]*[一二三四五六七八九十]是")
COMPARED_PERIOD = re.compile(r"(?:较|比|与|同比|环比)[^，,。；;、较比]{0,8}$")
TITLE_LINES = 3


def _document_period(text: str, layout: TextLayout) -> str | None:
    if layout.document_period is not None:
        return layout.document_period or None
    first_heading = layout.section_starts[0] if layout.section_starts else min(len(text), 2000)
    lines = text[:first_heading].split("\n")
    title_lines = []
    for line in lines:
        if not line.strip():
            if title_lines:
                break
            continue
        title_lines.append(line)
        if len(title_lines) >= TITLE_LINES:
            break
    title_text = "\n".join(title_lines)
    title = PERIOD_OF_TITLE.search(title_text[:160])
    preamble = text[len(title_text):first_heading] if text.startswith(title_text) else text[:first_heading]
    stated = [m.group() for m in DOCUMENT_PERIOD.finditer(preamble[:2000])]
    period = title.group() if title else None
    if stated:
        extra = stated[-1]
        if not (period and extra in period):
            period = (period or "") + extra
    layout.document_period = period or ""
    return period


def _column_period(header: tuple[str, ...]) -> str | None:
    """| 指标 | 2022年 | 2023年 |: a table cell covers the period its column header (the row of the
    header nearest the cell: TextLayout.column_of) names."""
    if not header:
        return None
    named = COLUMN_PERIOD.fullmatch(header[-1])
    return named.group() if named else None


COLUMN_PERIOD = re.compile(r"(?:19|20)\d{2}年(?:度|上半年|下半年|前三季度|第[一二三四]季度|[1-9]\d?[-—~～至]\d{1,2}月)?"
                           r"|上半年|下半年|全年|上年|本年|去年|今年|[一二三四]季度|第[一二三四]季度")


# How far back in its paragraph a number looks for the period that dates it. Real paragraphs
# state their period within a few sentences; the bound keeps a paragraph of a million
# characters (a flattened table, a report without line breaks) linear in its length.
PERIOD_REACH_CHARACTERS = 1500
PERIOD_REACH_NUMBERS = 120


def _period_in(text: str, numbers: list, index: int, paragraph_start: int, position: int) -> str | None:
    paragraph_start = max(paragraph_start, position - PERIOD_REACH_CHARACTERS)
    # 一是…；二是…: the items of a list are parallel, and what one item dates does not date the
    # next; what the paragraph states before its first item dates them all.
    items = [m.start() for m in ITEM_MARK.finditer(text, paragraph_start, position)]
    skipped = (items[0], items[-1]) if items else (position, position)
    year = None
    part = None
    part_at = -1
    labels = [m.start() for m in PERIOD_LABEL.finditer(text, max(paragraph_start, position - 300), position)]

    def labels_an_earlier_value(at: int) -> bool:
        # (…下半年7272人，任务完成率104.05%；完成乳腺癌筛查12103人: the labels of a list of the
        # year's parts date their own values, not what follows the list)
        return at in labels and any(other != at and abs(other - at) <= 30 for other in labels) \
            and bool(re.search(r"[，,；;。\n]", text[at:position]))

    for earlier in range(index - 1, max(-1, index - 1 - PERIOD_REACH_NUMBERS), -1):
        other = numbers[earlier]
        if other.start < paragraph_start:
            break
        if other.end > position or skipped[0] <= other.start < skipped[1]:
            continue
        compared = text[max(0, other.start - 1):other.start] in COMPARISON_BEFORE
        if other.kind == "year" and year is None and not compared:
            year = other.text.replace(" ", "")
        elif other.kind == "period" and part is None and not compared and not labels_an_earlier_value(other.start):
            part, part_at = other.text.replace(" ", ""), other.start
            if text.startswith("以来", other.end):
                part += "以来"  # 3月份以来
            if text[max(0, other.start - 2):other.start] in ("截至", "截止"):
                part, part_at = "截至" + part, other.start - 2  # 截至12月底
        elif other.kind == "date" and part is None and text[max(0, other.start - 2):other.start] in ("截至", "截止"):
            part, part_at = "截至" + other.text.replace(" ", ""), other.start - 2  # 截至6月30日
    for match in PERIOD_WORDS.finditer(text, paragraph_start, position):
        if match.start() <= part_at or skipped[0] <= match.start() < skipped[1] or labels_an_earlier_value(match.start()):
            continue
        before = text[max(0, match.start() - 1):match.start()]
        if text[match.end():position] in ("的", "") and position == numbers[index].start if index < len(numbers) else False:
            part, part_at = match.group(), match.start()  # 较上年的1583人: the figure of the year compared with
            continue
        if before in COMPARISON_BEFORE or COMPARED_PERIOD.search(text[max(0, match.start() - 10):match.start()]):
            continue  # 较上年, 比2021年同期: a comparison
        between = text[match.end():position]
        if between.count("）") + between.count(")") > between.count("（") + between.count("("):
            continue  # （按年末常住人口19.8万人计算）: an aside closed before the number
        if (before == "由" or text.startswith("的", match.end())) and match.group() in ONLY_FOR_NEXT \
                and re.search(r"[0-9０-９][^0-9０-９.．]", text[match.end():position]):
            continue  # 由上年的79元提高到84元: 上年 is the period of 79元 only
        part, part_at = match.group(), match.start()
    if part in ("上年", "去年", "明年"):
        return part  # another year than the paragraph's
    if year and part and part.startswith(year):
        return part
    if year and part and part.startswith("年"):
        return year + part[1:]  # 2018年 + 年末 -> 2018年末
    if year or part:
        return (year or "") + (part or "")
    return None
