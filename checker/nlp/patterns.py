"""The surface patterns of numbers in report prose, as regular expressions.

Every pattern is linear: no nested quantifiers over overlapping classes, so a pathological
line (100,000 digits, no punctuation) is scanned in linear time.
"""
from __future__ import annotations

import re
from functools import lru_cache

D = "[0-9０-９]"
# 1,234 / 1，234 (thousands) before plain digits; a decimal point may be full-width.
# A stray space around the decimal point (2 .76%) is a typing slip inside one number.
ARABIC = rf"(?:{D}{{1,3}}(?:[,，]{D}{{3}})+(?!{D})(?:[.．]{D}+)?|{D}+(?:[ ]?[.．][ ]?{D}+)?)"
# 三万零二百, 一百万零一: 万 and 亿 inside a Chinese numeral; a final 万 (三万) is the multiplier group.
# 九十五点五: 点 and single digits after it are the decimals.
CHINESE = "[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]+)*(?:点[零〇一二三四五六七八九]+)?"
RANGE_DASH = "[-—–~～至到]"
# A minus sign (增长-3.5%, 结余为-120万元, a table cell | -2.1 |): only after a word or mark that
# states a value, never after a digit or 年 nor before a year (1-11月, 0-6岁, 2020年-2022年,
# 2021 -2025年 are ranges).
SIGN = r"(?<=[为是达至到长降率比额余（(：:，,、；;| \t])[-－−](?=[0-9０-９])(?![0-9]{4}[ \t]*年)"

# Longest first, so that 人次 wins over 人 and 万元 over 元.
COUNT_UNITS = [
    "万人次", "个百分点", "百分点", "人次", "人天", "人日", "针次", "场次", "种", "管", "剂次", "台件", "台次", "户次", "床日", "人份", "车次", "批次", "家次", "班次",
    "人", "名", "位", "户", "个", "家", "所", "张", "份", "次", "期", "天", "例", "项",
    "处", "台", "件", "辆", "支", "剂", "针", "批", "场", "篇", "条", "册", "本", "座", "间",
    "套", "床", "起", "周", "轮", "组", "队", "对", "只", "头", "盒", "瓶", "袋", "所次",
    "颗", "枚", "片", "粒",  # 封闭牙数17,388颗; 实际采购231.7万片（粒、支）
    "夹次",  # 布放鼠夹4800夹次 (鼠密度 = 捕获鼠数 / 有效夹次)
]
MONEY_UNITS = ["亿元", "万元", "千元", "元"]
MEASURE_UNITS = ["平方公里", "平方米", "公里", "千米", "万亩", "亩", "公顷", "吨", "公斤", "千克", "克", "毫升", "升", "小时", "分钟", "日"]
AGE_UNITS = ["周岁", "岁", "个月"]
PERCENT_SIGNS = {"%": "percent", "％": "percent", "‰": "permille", "‱": "per-ten-thousand"}
# 每千人口, 每万, 每十万, 每10万, 每百万人口: how many people a rate per so many people is of
PER_MULTIPLIERS = "千|万|十万|10万|1万|百万|100万"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


# 满分100分, 自评得分92.6分: points of a score (not 三分之一, 5分钟, 一分为二, 分类, 分期; nor the
# bounds of a band of scores, 80分以下, 80-90分的, which are read as the words of the band)
SCORE_UNIT = "分(?![之钟钱期批别析配布类档级组段摊担解为的]|及?以[上下内]|[ \t]*[-—–~～至到])"
UNIT = _alternation(MONEY_UNITS + COUNT_UNITS + MEASURE_UNITS + AGE_UNITS) + "|" + SCORE_UNIT
PREFIX_QUALIFIERS = ["约", "近", "将近", "大约", "超过", "突破", "逾", "不少于", "不低于", "不足", "不到", "不超过", "低于", "高于", "仅"]
PREFIX_QUALIFIER = _alternation(PREFIX_QUALIFIERS)
SUFFIX_QUALIFIER = "以上|以下|以内|左右|上下|余|多"

# One claim: [qualifier] number [multiplier] [余/多] (unit | % | per-mille) [以上/左右...]
# A line break may fall between the number and its unit (text converted from PDF or Word).
NUMBER = re.compile(
    rf"(?P<pre>{PREFIX_QUALIFIER})?"
    rf"(?:百分之(?P<pct_words>{CHINESE}|{ARABIC})|(?P<tenths>[一二两三四五六七八九十])成"
    rf"|(?P<sign>{SIGN})?(?P<arabic>{ARABIC})|(?P<chinese>{CHINESE}))"
    rf"(?P<mult>千万|百万|万|亿|萬|億)?"
    rf"(?P<approx>余|多)?"
    rf"[ \t]*\n?[ \t]*"
    rf"(?:(?P<percent>[%％‰‱])|(?P<per>/(?P<per_base>(?:10|1|100)?万)(?P<per_unit>剂次|人年|人口|人)?)|(?P<unit>{UNIT}))?"
    rf"(?P<post>{SUFFIX_QUALIFIER})?"
)

# A ratio written with a colon: 医护比1:1.2, 出生人口性别比105.98:100 (tried before quantities).
RATIO = re.compile(rf"(?P<ratio>(?P<ratio_a>{ARABIC})[ \t]*[:：∶][ \t]*(?P<ratio_b>{ARABIC})(?![0-9０-９:：∶]))")

# Dates and periods, tried before quantities at each position. An ISO date has one separator
# throughout and a year of this era (1000.00/10万 is a rate, not the date 1000-00-10).
DATE = re.compile(
    rf"(?P<ymd_range>(?P<y0>\d{{4}})[ \t]*年[ \t]*(?P<m0>\d{{1,2}})[ \t]*月[ \t]*(?P<d0a>\d{{1,2}})[ \t]*日[ \t]*{RANGE_DASH}[ \t]*(?:(?P<m0b>\d{{1,2}})[ \t]*月[ \t]*)?(?P<d0b>\d{{1,2}})[ \t]*日)|"
    rf"(?P<ymd>(?P<y1>\d{{4}})[ \t]*年[ \t]*(?P<m1>\d{{1,2}})[ \t]*月[ \t]*(?P<d1>\d{{1,2}})[ \t]*[日号])"
    rf"|(?P<iso>(?P<y2>(?:19|20)\d{{2}})(?P<iso_sep>[-/.])(?P<m2>\d{{1,2}})(?P=iso_sep)(?P<d2>\d{{1,2}}))(?![\d％%‰万])"
    rf"|(?P<ym_range>(?P<y3>\d{{4}})[ \t]*年[ \t]*(?P<m3a>\d{{1,2}})[ \t]*{RANGE_DASH}[ \t]*(?P<m3b>\d{{1,2}})[ \t]*月(?:份)?)"
    rf"|(?P<ym>(?P<y4>\d{{4}})[ \t]*年[ \t]*(?P<m4>\d{{1,2}})[ \t]*月(?P<m4part>份|底|初|末|上旬|中旬|下旬)?)"
    rf"|(?P<md_range>(?P<m5>\d{{1,2}})[ \t]*月[ \t]*(?P<d5a>\d{{1,2}})[ \t]*日[ \t]*{RANGE_DASH}[ \t]*(?:(?P<m5b>\d{{1,2}})[ \t]*月[ \t]*)?(?P<d5b>\d{{1,2}})[ \t]*日)"
    rf"|(?P<md>(?P<m6>\d{{1,2}})[ \t]*月[ \t]*(?P<d6>\d{{1,2}})[ \t]*[日号])"
    rf"|(?P<m_range>(?P<m7a>\d{{1,2}})[ \t]*{RANGE_DASH}[ \t]*(?P<m7b>\d{{1,2}})[ \t]*月(?:份)?)"
    rf"|(?P<year>(?P<y8>(?:19|20)\d{{2}})[ \t]*年(?:度)?)"
    rf"|(?P<month>(?P<m9>\d{{1,2}})[ \t]*月(?P<m9part>份|底|初|末|上旬|中旬|下旬)?)"
)

# Every character a number, ratio or date can start with: a digit (any: DATE reads \d), a Chinese
# numeral (三成, 百分之五), a minus sign, or the first character of a qualifier (约, 不少于).
CLAIM_START = re.compile(r"[\d零〇一二两三四五六七八九十百千\-－−" + "".join(sorted({q[0] for q in PREFIX_QUALIFIERS})) + "]")


def scan(pattern: re.Pattern, starts: re.Pattern, text: str):
    """``pattern.finditer(text)``, tried only where ``starts`` finds a character a match can begin
    with. The patterns of numbers begin with an optional group, so the regex engine cannot skip
    ahead by itself and tries every character of the text (most of them Chinese words): here a
    one-character class does the skipping, in C. ``pattern`` must not match the empty string."""
    search, match = starts.search, pattern.match
    position = 0
    while True:
        candidate = search(text, position)
        if candidate is None:
            return
        found = match(text, candidate.start())
        if found is None:
            position = candidate.start() + 1
        else:
            yield found
            position = found.end()


# Numbers that name something rather than state a quantity.
DOCUMENT_NUMBER = re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,6}\s*号|(?<!\d)\d{1,6}\s*号")
ORDINAL = re.compile(rf"第\s*$")
HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百\d]+[章节部分条])"
)

# Sentence and clause ends for scoping.
SENTENCE_END = "。！？!?\n"
SEGMENT_END = "。！？!?；;\n"
CLAUSE_END = "。！？!?；;，,、：:（）()【】\n|"

# Unfilled template placeholders: * / ** / XX / ××× / ○○ / □ / ＿＿ / empty brackets, with the
# multiplier, 余 and unit that follow them (在岗职工*人, *万余针次, 20XX年, **镇卫生院).
PLACEHOLDER_MARK = r"(?:[*＊]{1,4}|(?<![A-Za-z])[XxＸ]{1,3}(?![A-Za-z光线射])|×{2,4}|○{1,4}|□{1,6}|＿{2,}|_{2,}|[（(][ \t\u3000]*[)）])"
PLACEHOLDER = re.compile(
    rf"(?P<prefix>(?:19|20)\d{{0,2}})?(?P<mark>{PLACEHOLDER_MARK})"
    rf"(?P<mult>千万|百万|万|亿|萬|億)?(?P<approx>余|多)?"
    rf"(?:(?P<percent>[%％‰‱])|(?P<unit>{UNIT}|年|月|日|种|倍)|(?P<name>(?:镇|乡|村|县|市|区|街道|社区)(?:中心卫生院|卫生院|卫生室|医院|卫生服务中心)?|医院|卫生院|中心))?"
)
# Every character a placeholder can start with: its year prefix (20XX年) or its mark.
PLACEHOLDER_START = re.compile(r"[12*＊XxＸ×○□＿_（(]")

# A line break ends a sentence only where the text says so; text converted from print or PDF
# breaks lines inside sentences (卫生技术人员总数为2447人,其中中医192人、西医\n2255人).
HARD_LINE_END = "。！？!?；;：:）)”\"】|"
# a unit and then the rest of the clause (人，), not the first word of a new line (人员…)
UNIT_START = re.compile(rf"(?:{UNIT}|[%％‰])(?:[，,。；;、：:）)]|$)")
SHORT_LINE = 16


@lru_cache(maxsize=2)
def hard_newlines(text: str) -> tuple[int, ...]:
    """Offsets of the line breaks that end a sentence (and a paragraph). Cached: every stage
    asks it of the same report (the last two texts are kept, nothing grows over a batch)."""
    breaks = []
    line_start = 0
    for position in _newline_positions(text):
        line = text[line_start:position]
        stripped = line.rstrip(" \t\u3000")
        following_end = text.find("\n", position + 1)
        following = text[position + 1: following_end if following_end != -1 else len(text)]
        continues = stripped[-1:].isdigit() or following.lstrip(" \t\u3000")[:1] in "，,。；;、：:%％‰"
        # 1.建档…31286⏎人，…: a numbered line whose number runs on into its unit on the next line
        unit_follows = stripped[-1:].isdigit() and UNIT_START.match(following.lstrip(" \t\u3000")) is not None
        if (not stripped or not following.strip() or stripped[-1] in HARD_LINE_END
                or (len(stripped.strip()) < SHORT_LINE and not continues)
                or HEADING.match(following) or (HEADING.match(line) and not unit_follows)
                or "|" in line or "|" in following):
            breaks.append(position)
        line_start = position + 1
    return tuple(breaks)


def _newline_positions(text: str):
    position = text.find("\n")
    while position != -1:
        yield position
        position = text.find("\n", position + 1)


def sentence_starts(text: str, ends: str) -> list[int]:
    """Where sentences (or, with ；, segments) start: after an end mark or a hard line break."""
    starts = [0]
    hard = set(hard_newlines(text))
    marks = re.compile("[" + re.escape(ends.replace("\n", "")) + "]")
    for match in marks.finditer(text):
        starts.append(match.end())
    starts.extend(position + 1 for position in hard)
    return sorted(set(starts))


def is_pipe_table(pipe_counts: list[int]) -> bool:
    """Lines with pipes, by how many each has, make a table when one has two pipes or there are
    several of them (乡镇 | 改厕户数 ⏎ 城关镇 | 1124: a table of two columns without outer pipes)."""
    return len(pipe_counts) >= 2 or max(pipe_counts, default=0) >= 2


TABLE_RULE_CELL = re.compile(r"[\s:：\-—－]*")
TABLE_NUMBER_CELL = re.compile(r"[\s\d.,，%％\-—－]*")


def side_by_side_width(rows: list[list[str]]) -> int:
    """| 收入项目 | 决算数 | 支出项目 | 决算数 |: the width of each of the tables printed side by side
    in a table (a budget's income and spending), 0 for one table. Side by side means the header
    repeats its value columns' names (决算数, 决算数) under different row names, and every row
    below has words or nothing in each row-name column and numbers or nothing in each value column."""
    header = next((index for index, row in enumerate(rows) if not all(TABLE_RULE_CELL.fullmatch(c) for c in row)), None)
    if header is None:
        return 0
    names, below = [c.strip() for c in rows[header]], rows[header + 1:]
    for width in (2, 3):
        if len(names) < 2 * width or len(names) % width:
            continue
        sides = [names[k:k + width] for k in range(0, len(names), width)]
        if len({tuple(side[1:]) for side in sides}) != 1 or len({side[0] for side in sides}) != len(sides):
            continue
        if below and all(len(row) <= len(names) for row in below) and all(
                not re.search(r"\d", cell) if k % width == 0 else bool(TABLE_NUMBER_CELL.fullmatch(cell))
                for row in below for k, cell in enumerate(row)):
            return width
    return 0


# The kinds of a number that dates rather than counts.
DATE_KINDS = ("date", "period", "year", "invalid-date")
# The kinds of a number that is a quotient (a rate printed with %, ‰ or /10万).
RATE_KINDS = ("percent", "permille", "per-10k", "per-100k", "per-million")
