"""spaCy component ``claim_context``: what each tagged number measures, when, and where.

For every span of ``numeric_claims`` it sets ``span._.context``, a :class:`ClaimContext`: the
indicator phrase naming what is counted, the period the number covers (stated in its sentence
or inherited from its paragraph), the section heading it sits under, the sentence and segment
it belongs to, and the cue words that state a relation (``共``, ``其中``, ``占``...).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import patterns
from .claim_tagger import SPAN_KEY
from .script import reading_of

TOTAL_CUES = ("合计", "总计", "累计", "共计", "一共", "总共", "总数", "总额", "总量", "共")
# Function words around an indicator phrase that are not part of its name.
LEADING_WORDS = sorted([
    "其中", "全县", "全市", "全区", "全省", "全镇", "我县", "我市", "我区", "本县", "辖区内", "目前", "截至目前", "截止目前",
    "截至年末", "截至年底", "共计", "合计", "总计", "累计", "一共", "总共", "共有", "共", "另有", "另", "并", "且",
    "同时", "此外", "已", "均", "都", "全部", "分别", "今年", "全年", "当年", "同期", "上半年", "下半年", "年末", "年底",
    "我县", "我市", "我区", "我局", "我镇",
], key=len, reverse=True)
TRAILING_WORDS = sorted([
    "分别为", "分别是", "分别达", "均为", "都是", "总数为", "一共有", "一共", "共计", "合计", "总计", "累计", "共有", "已达到", "已达", "达到",
    "为", "是", "达", "有", "计", "共", "超过", "发放", "的", "增至", "降至", "提高到", "上升到", "下降到", "保持在",
], key=len, reverse=True)
# A phrase that is only a verb needs the noun after the number to name what is counted.
VERB_ONLY = re.compile(r"^(?:[组建推荐遴选出派培训走访入户审核接收通过完成新增救治举办开展建设成涉及拥设配备录用招收签约上报登记注册]{1,4})?$")
FOLLOWING_STOP = re.compile(r"[，,。；;：:、（）()\n|！？*＊]|全部|均|都|已|达到|完成|参加|获得|在|中|的|累计|共|顺利|进行|开展")
# 一是、二是 open the items of a list, and 在/对/为 open a prepositional phrase
ENUMERATION = re.compile(r"^(?:[一二三四五六七八九十]+是|[在对为向将](?=[\u4e00-\u9fff]{2}))")
PERIOD_WORDS = re.compile(
    r"上半年|下半年|全年|前三个?季度|前[一二三四]季度|第[一二三四]季度|[一二三四]季度|截至目前|截止目前|截至年末|年末|年底|今年|去年|当年|同期|目前"
)
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
        for index, span in enumerate(spans):
            previous = spans[index - 1]._.context if index else None
            span._.context = describe(text, layout, numbers, index, previous)
        distribute_respectively(text, spans)
        return doc


RESPECTIVELY = re.compile(r"分别(?:为|是|达到?|占|提升至|提高到|下降到|降至|增至|有)?[：:]?")
LIST_SPLIT = re.compile(r"[、]|(?:和|及|与|以及)(?=[\u4e00-\u9fff0-9])")


def distribute_respectively(text: str, spans: list) -> None:
    """A、B和C分别为x、y和z: each number measures its own item of the list before 分别."""
    starts = [s._.number.start for s in spans]
    for match in RESPECTIVELY.finditer(text):
        first = bisect.bisect_left(starts, match.end())
        after = [s for s in spans[first:first + 20]
                 if not re.search(r"[。；;\n]", text[match.end():s._.number.start])]
        # the numbers of the list: consecutive, joined by 、/和/及 only
        listed = []
        for span in after:
            if listed and not re.fullmatch(r"[ \t]*(?:[、，,]|和|及|与)[ \t]*", text[listed[-1]._.number.end:span._.number.start]):
                break
            if not listed and text[match.end():span._.number.start].strip():
                break
            listed.append(span)
        if len(listed) < 2:
            continue
        clause_start = max(text.rfind(ch, 0, match.start()) for ch in "，,。；;：:\n") + 1
        items_text = text[clause_start:match.start()]
        items = [i.strip() for i in LIST_SPLIT.split(items_text) if i.strip()]
        lo, hi = bisect.bisect_left(starts, clause_start), bisect.bisect_left(starts, match.start())
        before = spans[lo:hi]
        if before and len(before) == len(listed):
            names = [s._.context.indicator for s in before]  # 按县级医院60%、乡镇卫生院30%…分配，分别为…
        elif not before and len(items) == len(listed):
            names = [clean_indicator(item) for item in items]
        else:
            previous_clause_start = max(text.rfind(ch, 0, clause_start - 1) for ch in "，,。；;：:\n") + 1
            before = spans[bisect.bisect_left(starts, previous_clause_start):bisect.bisect_left(starts, clause_start)]
            if len(before) != len(listed):
                continue
            names = [s._.context.indicator for s in before]
        for span, name in zip(listed, names):
            if name:
                span._.context = replace(span._.context, indicator=name)


class TextLayout:
    """Sentence, segment, paragraph and section boundaries of one text, found once."""

    def __init__(self, text: str):
        self.text = text
        self.sentence_starts = patterns.sentence_starts(text, patterns.SENTENCE_END)
        self.segment_starts = patterns.sentence_starts(text, patterns.SEGMENT_END)
        self.paragraph_starts = [0] + [position + 1 for position in patterns.hard_newlines(text)]
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

    def section_of(self, offset: int) -> str | None:
        index = bisect.bisect_right(self.section_starts, offset) - 1
        return self.section_titles[index] if index >= 0 else None


def describe(text: str, layout: TextLayout, numbers: list, index: int, previous: ClaimContext | None = None) -> ClaimContext:
    number = numbers[index]
    start, end = number.start, number.end
    previous_end = numbers[index - 1].end if index > 0 else 0
    raw = _preceding_phrase(text, start, previous_end)
    indicator = clean_indicator(raw)
    row_label = _table_row_label(text, start)
    if row_label is not None:
        indicator = row_label  # a table cell measures what its row names
    elif number.kind not in ("date", "period", "year", "invalid-date") and (
            not indicator or VERB_ONLY.match(indicator) or NOT_A_NAME.match(indicator)):
        following = _following_phrase(text, end)
        if following and NOT_A_NAME.match(indicator):
            indicator = following  # 全县186个村卫生室, 成员包括8家乡镇卫生院
        elif following:
            indicator = indicator + following
        elif not indicator:
            bare = PERIOD_WORDS.sub("", re.sub(r"[\s，,、；;。：:（）()]", "", raw))
            if bare:
                indicator = bare  # 为12436人发放596.93万元: the verb is all that names it
            elif previous is not None and index and re.fullmatch(r"[ \t]*[、，,][ \t]*", text[previous_end:start]):
                indicator = previous.indicator  # 发放1457人、2321850元: the list shares its phrase
    sentence_start = layout.sentence_start(start)
    before_in_sentence = text[sentence_start:start]
    part_position = before_in_sentence.rfind("其中")
    window = max(0, start - 200)
    clause_start = max(max(text.rfind(ch, window, start) for ch in "，,；;。：:\n") + 1, window)
    total_cue = next((cue for cue in TOTAL_CUES if cue in text[clause_start:start]), None)
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
    )


# Preceding phrases that do not name anything: scope words, prepositions, linking verbs.
NOT_A_NAME = re.compile(r"^(?:全县|全市|全区|全镇|全省|我县|我市|全部|各|和|及|与|按|按照|按每人每年|按每人每月|每人|"
                        r"提高到|提升到|增加到|增至|达到|达|为|是|有|成员包括|包括|涉及|覆盖|分别为|分别是|共计|合计|以上各项|其余|"
                        r"中|在|对|向|由|从|其中)?$")


def _table_row_label(text: str, start: int) -> str | None:
    """The label of the pipe-table row a number sits in (its first cell), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: line_end if line_end != -1 else len(text)]
    if line.count("|") + line.count("｜") < 2:
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", line)]
    cells = [c for c in cells if c]
    if not cells or re.search(r"\d", cells[0]):
        return None
    return re.sub(r"^(?:[#＃]|其中[:：]?)", "", re.sub(r"\s", "", cells[0]))


def _preceding_phrase(text: str, start: int, previous_end: int) -> str:
    boundary = max(previous_end, start - 200)
    for char in "，,、；;。：:\n|！？":
        position = text.rfind(char, boundary, start)
        if position != -1:
            boundary = max(boundary, position + 1)
    return text[boundary:start]


def clean_indicator(raw: str) -> str:
    phrase = re.sub(r"[\s“”\"《》…—·•※★☆●■◆]", "", raw)
    phrase = re.sub(r"[（(][^（()）]*[)）]$", "", phrase)
    phrase = PERIOD_WORDS.sub("", phrase, count=1) if PERIOD_WORDS.match(phrase) else phrase
    phrase = ENUMERATION.sub("", phrase)
    changed = True
    while changed and phrase:
        changed = False
        for word in LEADING_WORDS:
            if phrase.startswith(word) and len(phrase) > len(word):
                phrase = phrase[len(word):]
                changed = True
                break
        for word in TRAILING_WORDS:
            if phrase.endswith(word):
                phrase = phrase[: -len(word)]
                changed = True
                break
    return phrase.strip("（(）)")


def _following_phrase(text: str, end: int) -> str:
    window = text[end:end + 12]
    stop = FOLLOWING_STOP.search(window)
    phrase = window[: stop.start()] if stop else window
    return phrase.strip()


def _period(text: str, layout: TextLayout, numbers: list, index: int) -> str | None:
    """The nearest period stated before the number in its paragraph, with the paragraph's year;
    a paragraph that states none inherits the last period of its section, or the year of the
    document's title."""
    number = numbers[index]
    paragraph_start = layout.paragraph_start(number.start)
    found = _period_in(text, numbers, index, paragraph_start, number.start)
    if found:
        return found
    section = layout.section_of(number.start)
    for earlier in range(index - 1, -1, -1):
        other = numbers[earlier]
        if other.start < paragraph_start and layout.section_of(other.start) == section:
            found = _period_in(text, numbers, earlier + 1, layout.paragraph_start(other.start), other.end)
            if found:
                return found
            break
    title_end = text.find("\n")
    title = PERIOD_OF_TITLE.search(text[: title_end if title_end != -1 else 80][:80])
    return title.group() if title else None


PERIOD_OF_TITLE = re.compile(r"(?:19|20)\d{2}年(?:上半年|下半年|前三季度|第[一二三四]季度|度)?")


def _period_in(text: str, numbers: list, index: int, paragraph_start: int, position: int) -> str | None:
    year = None
    part = None
    part_at = -1
    for other in numbers[:index][::-1]:
        if other.start < paragraph_start:
            break
        if other.end > position:
            continue
        if other.kind == "year" and year is None:
            year = other.text.replace(" ", "")
        elif other.kind == "period" and part is None:
            part, part_at = other.text.replace(" ", ""), other.start
        elif other.kind == "date" and part is None and text[max(0, other.start - 2):other.start] in ("截至", "截止"):
            part, part_at = "截至" + other.text.replace(" ", ""), other.start - 2  # 截至6月30日
    for match in PERIOD_WORDS.finditer(text, paragraph_start, position):
        if match.start() > part_at:
            part, part_at = match.group(), match.start()
    if year and part and part.startswith(year):
        return part
    if year and part and part.startswith("年"):
        return year + part[1:]  # 2018年 + 年末 -> 2018年末
    if year or part:
        return (year or "") + (part or "")
    return None
