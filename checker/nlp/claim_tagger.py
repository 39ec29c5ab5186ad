"""spaCy component ``numeric_claims``: every number stated as a claim, read exactly.

Sets ``doc.spans["numeric_claims"]``; each span carries ``span._.number``, a
:class:`TaggedNumber`. Numbers that are part of a name (``65岁以上老年人``, ``2型糖尿病``,
``临卫基层发〔2021〕9号``, ``第二批``, heading numbers, numerals inside quoted slogans) are left
out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import patterns
from .line_breaks import JoinedText, is_row_label
from .numerals import Numeral, read_arabic, read_chinese
from .script import reading_of, text_of

SPAN_KEY = "numeric_claims"
COMBINED = re.compile(f"(?:{patterns.DATE.pattern})|(?:{patterns.RATIO.pattern})|(?:{patterns.NUMBER.pattern})")
# A colon between two numbers is a ratio where the prose says so (比) or the form is 1:x or x:100;
# otherwise it is a time of day (9:30), which is not a claim.
RATIO_CUE = re.compile(r"比|比例|之比")
RATIO_AFTER = re.compile(r"[ \t]{0,2}的?(?:比例|比)")
RATIO_BASES = {Decimal(1), Decimal(10), Decimal(100), Decimal(1000)}
MONEY_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
# Per-capita phrasing before a number: 每千人口床位数7.61张 is a rate per 1,000, not a count.
# (每千人口指标按年末常住人口38.52万人计算: after 按 comes the population itself, not a rate of it)
# (每10万人口安宁疗护床位8.6张, 每百万人口报告数为2,750份, 每千服务人口1.56名)
PER_POPULATION = re.compile(rf"每({patterns.PER_MULTIPLIERS})(?:人口|常住人口|人|户籍人口|服务人口)?"
                            r"(?:(?!按)[\u4e00-\u9fff（）()]){0,14}$")
PER_POPULATION_IN_CLAUSE = re.compile(rf"每({patterns.PER_MULTIPLIERS})(?:常住|户籍|服务)?人口")
PER_KIND = {"千": "permille", "万": "per-10k", "1万": "per-10k", "十万": "per-100k", "10万": "per-100k",
            "百万": "per-million", "100万": "per-million"}
COUNT_UNIT_SET = set(patterns.COUNT_UNITS)
MEASURE_UNIT_SET = set(patterns.MEASURE_UNITS)
AGE_UNIT_SET = set(patterns.AGE_UNITS)
# Chinese numerals are claims only with a measure word that counts something (or with 元).
CHINESE_COUNT_UNITS = {"人", "名", "位", "户", "个", "家", "所", "张", "份", "次", "期", "天", "例", "项", "批", "场", "轮", "支", "队", "组",
                       "人次", "针次", "剂次", "户次", "台", "台件", "床"}
# After a bare number (no unit) these words show it is a value being stated.
BARE_VALUE_CUES = ("比", "指数", "为", "是", "达", "到", "：", ":", "|", "｜")
# The groups of COMBINED that make a match a date or a period (read in one call).
DATE_GROUPS = ("ymd_range", "ymd", "iso", "ym_range", "ym", "md_range", "md", "m_range", "year", "month")
QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}


@dataclass(frozen=True)
class TaggedNumber:
    text: str
    start: int
    end: int
    kind: str                  # count, money, percent, permille, per-10k, ratio, measure, date, period, year, value
    value: Decimal | None      # in the base unit (万元 -> 元; 4.8万人 -> 48000); None for dates
    unit: str                  # as written: 万元, 人次, %, ...
    base_unit: str             # what value is in: 元, 人次, %, ...
    decimals: int              # printed decimals
    step: Decimal | None       # one unit in the last printed place, in the base unit
    qualifier: str | None      # 余, 约, 以上, ... as written
    date_start: date | None = None
    date_end: date | None = None


@Language.factory("numeric_claims")
def make_numeric_claims(nlp: Language, name: str):
    return NumericClaimTagger()


class NumericClaimTagger:
    def __init__(self):
        if not Span.has_extension("number"):
            Span.set_extension("number", default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for number in tag_numbers(reading_of(doc), original=text_of(doc)):
            span = doc.char_span(number.start, number.end, alignment_mode="expand")
            if span is None:
                continue
            span._.number = number
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


def tag_numbers(text: str, original: str | None = None) -> list[TaggedNumber]:
    """Every numeric claim of ``text``; with ``original`` (a text of the same length that
    ``text`` is the simplified reading of) each claim's text is taken from the original."""
    # Numbers split over lines by a conversion are read as one (12\n34人, 托位\n\n157\n\n个),
    # with the offsets of the text as it is (line_breaks.py).
    view = JoinedText(text)
    quoted = _quoted_regions(view.text)
    found = []
    for match in patterns.scan(COMBINED, patterns.CLAIM_START, view.text):
        number = _read_match(view.text, match, quoted)
        if number is not None:
            found.append(view.restore(number))
    taken = [(n.start, n.end) for n in found]
    for placeholder in tag_placeholders(text):
        if not any(a < placeholder.end and placeholder.start < b for a, b in taken):
            found.append(placeholder)
    found.sort(key=lambda n: n.start)
    if original is not None and original is not text:
        found = [_as_written(n, original) for n in found]
    return found


def _as_written(number: TaggedNumber, original: str) -> TaggedNumber:
    """The claim with its text and unit as the original writes them (萬元, not 万元)."""
    written = original[number.start:number.end]
    unit = number.unit
    at = number.text.rfind(unit) if unit else -1
    if at != -1:
        unit = written[at:at + len(unit)]
    return replace(number, text=written, unit=unit)


def tag_placeholders(text: str) -> list[TaggedNumber]:
    """Unfilled template fields: a number (*人, *%, 20XX年) or a name (**镇卫生院) left to fill.
    They are claims whose value is unknown: relations over them are not checkable yet."""
    found = []
    for match in patterns.scan(patterns.PLACEHOLDER, patterns.PLACEHOLDER_START, text):
        mark = match.group("mark")
        unit = match.group("unit") or match.group("percent") or ""
        name = match.group("name")
        prefix = match.group("prefix")
        start, end = match.span()
        if mark[0] in "*＊" and not (unit or name or match.group("mult") or _between_cjk(text, match.start("mark"), match.end("mark"))):
            continue  # markdown emphasis, not a field
        if mark[0] in "*＊" and re.search(r"(?:^|\n)[ \t]*(?:注[：:]?)?[ \t]*$", text[max(0, start - 4):start]):
            continue  # 注：*为估计数 — a footnote star
        if mark[0] in "XxＸ" and not (unit or name or prefix):
            continue  # X光, X线: an x-ray, not a field
        if mark[0] in "（(" and not _between_cjk(text, start, end):
            continue
        if prefix and mark[0] not in "XxＸ*＊":
            start += len(prefix)
        kind = "placeholder-name" if name and not unit else "placeholder"
        if name:
            end = match.end("name") if kind == "placeholder-name" else end
        base_unit = "元" if unit.endswith("元") else ("%" if unit in ("%", "％") else unit)
        found.append(TaggedNumber(text=text[start:end], start=start, end=end, kind=kind, value=None, unit=unit,
                                  base_unit=base_unit, decimals=0, step=None, qualifier=match.group("approx")))
    return found


def _between_cjk(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    return bool(before) and bool(after) and _is_cjk_or_punct(before) and _is_cjk_or_punct(after)


def _is_cjk_or_punct(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "，。；：、（）“”,.;:()"


def _read_match(text: str, match: re.Match, quoted: list[tuple[int, int]]) -> TaggedNumber | None:
    groups = match.groupdict()
    start, end = match.span()
    if _is_heading_number(text, start) or _is_ordinal(text, start) or _is_document_number(text, start, end):
        return None
    if any(match.group(*DATE_GROUPS)):
        return _read_date(text, match)
    if groups.get("ratio"):
        return _read_ratio(text, groups, start, end)
    if groups["pre"] and not (groups["arabic"] or groups["chinese"] or groups["pct_words"] or groups["tenths"]):
        return None
    if groups["pre"] and _qualifier_is_part_of_word(text, start, groups["pre"]):
        start += len(groups["pre"])  # 签约241454人: 约 belongs to 签约
        groups = dict(groups, pre=None)
    # A trailing line break with no unit after it belongs to the text, not the number.
    unit = groups["unit"]
    percent = groups["percent"]
    if unit and "\n" in text[start:match.start("unit")] and is_row_label(text, match.start("unit")):
        # 2513⏎床位数（张）: the next row label of a table flattened one cell per line, not the unit 床
        unit, groups = None, dict(groups, unit=None, post=None)
        end = match.start("unit")
    if not (unit or percent or groups["per"] or groups["post"]):
        end = _strip_trailing_space(text, start, end)
    if groups["tenths"] is not None:  # 三成: three tenths
        numeral = read_chinese(groups["tenths"])
        return _number(text, start, end, "percent", numeral.value * 10, "成", "%", numeral, _qualifier(groups), Decimal(10))
    if groups["chinese"] is not None:
        return _read_chinese_count(text, groups, start, end, quoted)
    if groups["pct_words"] is not None:
        return _read_percent_words(text, match, start, end)
    numeral = read_arabic(groups["arabic"], groups["mult"] or "")
    if groups["sign"]:
        numeral = replace(numeral, value=-numeral.value, printed=-numeral.printed)
    qualifier = _qualifier(groups)
    if percent:
        kind = patterns.PERCENT_SIGNS[percent]
        return _number(text, start, end, kind, numeral.value, percent, percent, numeral, qualifier)
    if groups["per"]:
        base = groups["per_base"]
        if numeral.value == 1 and text[max(0, start - 1):start] in ("（", "("):
            return None  # 死亡率（1/10万）: the unit a column's rates are per, in its header
        kind = {"1万": "per-10k", "万": "per-10k", "10万": "per-100k", "100万": "per-million"}[base]
        # 76.66/10万剂次: the unit is what the rate counts (剂次), as written
        return _number(text, start, end, kind, numeral.value, groups["per"], "/" + base, numeral, qualifier)
    if unit:
        return _read_with_unit(text, start, end, unit, numeral, qualifier, groups)
    return _read_bare(text, start, end, numeral, qualifier, groups)


def _read_with_unit(text, start, end, unit, numeral: Numeral, qualifier, groups) -> TaggedNumber | None:
    written = (groups["mult"] or "") + unit  # 3695.3万元, 4.8万余人 -> 万元, 万人
    if unit in MONEY_UNITS_SCALE_KEYS:
        scale = MONEY_SCALE[unit]
        return _number(text, start, end, "money", numeral.value * scale, written, "元", numeral, qualifier, scale)
    if unit in AGE_UNIT_SET:
        if _is_age_category(text, start, end):
            return None
        return _number(text, start, end, "age", numeral.value, unit, unit, numeral, qualifier)
    if unit in MEASURE_UNIT_SET:
        if unit == "小时":  # 24小时 (round the clock) names a service, not a quantity
            return None
        return _number(text, start, end, "measure", numeral.value, written, unit, numeral, qualifier)
    if unit == "万人次":
        scaled = read_arabic(groups["arabic"], "万")
        return _number(text, start, end, "count", scaled.value, unit, "人次", scaled, qualifier)
    if _is_name_prefix(text, end, unit):
        return None
    if unit == "人" and text.endswith("每", max(0, start - 1), start):
        return None  # 每10万人口70.67人 / 每100人中: the people a rate is per, not a count of people
    if unit in ("个百分点", "百分点"):
        return _number(text, start, end, "percent", numeral.value, written, "%", numeral, qualifier)
    per = PER_POPULATION.search(text[max(0, start - 16):start])
    if not per and numeral.decimals and not groups["mult"]:
        # 每千常住人口卫生技术人员8.30人，执业（助理）医师3.05人: the list shares its 每千人口
        clause = re.split(r"[。；;\n]", text[max(0, start - 40):start])[-1]
        per = PER_POPULATION_IN_CLAUSE.search(clause)
    if per:
        return _number(text, start, end, PER_KIND[per.group(1)], numeral.value, written, unit, numeral, qualifier)
    if numeral.decimals and not groups["mult"] and unit != "分":
        # 人均就诊4.98次: a count with decimals is an average (a score of 92.6分 is a score)
        return _number(text, start, end, "value", numeral.value, written, unit, numeral, qualifier)
    return _number(text, start, end, "count", numeral.value, written, unit, numeral, qualifier)


MONEY_UNITS_SCALE_KEYS = set(MONEY_SCALE)


def _read_bare(text, start, end, numeral: Numeral, qualifier, groups) -> TaggedNumber | None:
    """A number without unit is a claim only where the prose states it as a value: after
    ``比``/``为``/``：``, or as a table cell."""
    following = text[end:end + 1]
    preceding = text[max(0, start - 4):start].rstrip(" \t")
    cell = _is_table_cell(text, start, end)
    flattened = not cell and _is_flattened_cell(text, start, end)
    if flattened:
        label = _row_label(text, start)
        kind = "percent" if re.search(r"%|％|率", label) else ("count" if not numeral.decimals else "value")
        return _number(text, start, end, kind, numeral.value, "", "", numeral, qualifier)
    if not cell:
        if following and following not in patterns.CLAUSE_END + "。 \t\u3000" and not following.isspace():
            return None  # 5.19世界家庭医生日, 120呼救, 2型: part of a name
        if not preceding.endswith(BARE_VALUE_CUES) and not groups["mult"] and not groups["pre"]:
            return None  # (突破20万, 约3万: a multiplier or a qualifier makes it a stated amount)
    if groups["mult"] and MONEY_WORDS.search(_clause_before(text, start)):
        # 医疗总收入18650万: an amount of money whose 元 is left out
        return _number(text, start, end, "money", numeral.value, groups["mult"], "元", numeral, qualifier)
    if groups["mult"]:
        kind = "count"
    elif preceding.endswith(("比",)) or "比" in preceding[-2:]:
        kind = "ratio"
    elif cell:
        header = _column_header(text, start)
        if RANK_HEADER.fullmatch(header.strip(" \t\u3000")):
            return None  # | 顺位 | 死因 | … |: a row's rank is no claim
        per = HEADER_PER.search(header)
        if per:
            # | 死亡率（1/10万） |: a rate per so many people, as its column's header says
            return _number(text, start, end, HEADER_PER_KIND[per.group(1) or per.group(2)], numeral.value, "", "",
                           numeral, qualifier)
        row_label = PIPES.split(text[table_line(text, start)[0]:start].strip(" \t|｜"))[0]  # (a cell's line is short)
        percent = re.search(r"%|％|率", header) or re.search(r"%|％|率", row_label)
        kind = "percent" if percent else ("count" if not numeral.decimals else "value")
    else:
        kind = "value"
    return _number(text, start, end, kind, numeral.value, "", "", numeral, qualifier)


# The header of a column of ranks (顺位, 序号): its cells order the rows and count nothing.
RANK_HEADER = re.compile(r"顺位|序号|排名|排序|位次|名次|编号")
# 死亡率（1/10万） / 发病率(/10万) / 出生率（‰）: a column of rates per so many people
HEADER_PER = re.compile(r"1?/(10万|十万|100万|万|千)|([‰‱])")
HEADER_PER_KIND = {"10万": "per-100k", "十万": "per-100k", "100万": "per-million", "万": "per-10k", "千": "permille",
                   "‰": "permille", "‱": "per-10k"}

# The words that make a bare 万 or 亿 an amount of money.
MONEY_WORDS = re.compile(r"收入|支出|资金|经费|费用|投资|投入|结余|金额|资产|负债|补助|拨付|预算")


def _clause_before(text: str, start: int, reach: int = 20) -> str:
    window = text[max(0, start - reach):start]
    cut = max(window.rfind(mark) for mark in patterns.CLAUSE_END)
    return window[cut + 1:]


def _read_ratio(text, groups, start, end) -> TaggedNumber | None:
    """1:1.2 reads as 1.2 (unit ``1:``); 105.98:100 as 105.98 (unit ``:100``): the printed term
    against the other term as written, so the value keeps its printed precision."""
    first, second = read_arabic(groups["ratio_a"]), read_arabic(groups["ratio_b"])
    if not (first.value == 1 or second.value in RATIO_BASES or RATIO_CUE.search(text[max(0, start - 12):start])
            or RATIO_AFTER.match(text, end)):  # 按照乡村两级6:4的比例
        return None  # 9:30, a time of day
    if first.value == 1 and second.value != 1:
        return _number(text, start, end, "ratio", second.value, "1:", "1:", second, None)
    base = ":" + groups["ratio_b"].replace(" ", "")
    return _number(text, start, end, "ratio", first.value, base, base, first, None)


def _read_chinese_count(text, groups, start, end, quoted) -> TaggedNumber | None:
    unit = groups["unit"]
    if not unit or (unit not in CHINESE_COUNT_UNITS and unit not in MONEY_SCALE):
        return None
    if any(a <= start < b for a, b in quoted):
        return None  # “三个全覆盖”: a slogan
    if text[max(0, start - 1):start] in ("每", "第", "前", "这", "那", "逐", "分", "头"):
        return None  # 每千人, 第二批, 前三个 (a period), 分两批
    if groups["chinese"] == "一" and not groups["mult"]:
        return None  # 无一例, 一次性, 一人一档: idioms far more often than counts of one
    if groups["chinese"] == "二" and unit == "次" and not groups["mult"]:
        return None  # 二次供水, 二次污染: a second round, not a count (two times is 两次)
    multiplier = groups["mult"] or ""
    try:
        if multiplier in ("万", "萬") and "亿" in groups["chinese"]:
            # 两亿两千万: the 万 closes the lower section of the numeral, it does not multiply the whole
            whole = read_chinese(groups["chinese"] + "万")
            numeral = replace(whole, printed=whole.value / 10_000)
            return _chinese_claim(text, start, end, groups, replace(numeral, multiplier=Decimal(10_000)))
        numeral = read_chinese(groups["chinese"])
    except ValueError:
        return None
    if multiplier:
        scale = read_arabic("1", multiplier).value
        numeral = replace(numeral, value=numeral.value * scale, multiplier=scale)
    return _chinese_claim(text, start, end, groups, numeral)


def _chinese_claim(text, start, end, groups, numeral: Numeral) -> TaggedNumber | None:
    unit, multiplier = groups["unit"], groups["mult"] or ""
    if _is_name_prefix(text, end, unit):
        return None
    written = multiplier + unit  # 两万人 -> 万人, as 4.8万人
    if unit in MONEY_SCALE:  # 两亿元, 三千万元
        scale = MONEY_SCALE[unit]
        return _number(text, start, end, "money", numeral.value * scale, written, "元", numeral, _qualifier(groups), scale)
    return _number(text, start, end, "count", numeral.value, written, unit, numeral, _qualifier(groups))


def _read_percent_words(text, match, start, end) -> TaggedNumber | None:
    words = match.group("pct_words")
    try:
        numeral = read_chinese(words) if words[0] in "零〇一二两三四五六七八九十百千" else read_arabic(words)
    except ValueError:
        return None
    return _number(text, start, end, "percent", numeral.value, "百分之", "%", numeral, _qualifier(match.groupdict()))


def _read_date(text: str, match: re.Match) -> TaggedNumber | None:
    g = match.groupdict()
    start, end = match.span()
    try:
        if g["ymd_range"]:
            year = int(g["y0"])
            first = date(year, int(g["m0"]), int(g["d0a"]))
            return _date(text, start, end, "period", first, date(year, int(g["m0b"] or g["m0"]), int(g["d0b"])))
        if g["ymd"]:
            day = date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
            return _date(text, start, end, "date", day, day)
        if g["iso"]:
            day = date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
            return _date(text, start, end, "date", day, day)
        if g["ym_range"]:
            year = int(g["y3"])
            return _date(text, start, end, "period", date(year, int(g["m3a"]), 1), _month_end(year, int(g["m3b"])))
        if g["ym"]:
            year, month = int(g["y4"]), int(g["m4"])
            return _date(text, start, end, "period", date(year, month, 1), _month_end(year, month))
        if g["md_range"] or g["md"] or g["m_range"] or g["month"]:
            return _date(text, start, end, "period" if (g["md_range"] or g["m_range"] or g["month"]) else "date", None, None)
        if g["year"]:
            year = int(g["y8"])
            return _date(text, start, end, "year", date(year, 1, 1), date(year, 12, 31))
    except ValueError:
        # 2021年13月 or 2月30日: not a real date; kept as a claim so that date rules can say so.
        return _date(text, start, end, "invalid-date", None, None)
    return None


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def _date(text, start, end, kind, first, last) -> TaggedNumber:
    return TaggedNumber(text=text[start:end], start=start, end=end, kind=kind, value=None, unit="", base_unit="",
                        decimals=0, step=None, qualifier=None, date_start=first, date_end=last)


def _number(text, start, end, kind, value, unit, base_unit, numeral: Numeral, qualifier, scale=Decimal(1)) -> TaggedNumber:
    return TaggedNumber(text=text[start:end], start=start, end=end, kind=kind, value=value, unit=unit,
                        base_unit=base_unit, decimals=numeral.decimals,
                        step=numeral.unit_in_last_place * scale, qualifier=qualifier)


def _qualifier(groups: dict) -> str | None:
    words = [groups.get("pre"), groups.get("approx"), groups.get("post")]
    words = [word for word in words if word]
    return "".join(words) or None


# The words a one-character qualifier ends (签约241454人, 附近3家, 不仅2项): there it is not a
# qualifier. Anywhere else it is one (全县约28万人, 人口近5万).
WORDS_ENDING_IN = {"约": set("签预节制履违契邀公特简条集相如守爽践毁解续"), "近": set("最附就邻临亲靠贴"), "仅": set("不")}


def _qualifier_is_part_of_word(text: str, start: int, qualifier: str) -> bool:
    if len(qualifier) > 1 or start == 0:
        return False
    return text[start - 1] in WORDS_ENDING_IN.get(qualifier, ())


def _strip_trailing_space(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _is_heading_number(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    head = patterns.HEADING.match(text, line_start)
    return bool(head) and head.end() > start


def _is_ordinal(text: str, start: int) -> bool:
    return text[max(0, start - 1):start] == "第"


def _is_document_number(text: str, start: int, end: int) -> bool:
    window_start = max(0, start - 8)
    for match in patterns.DOCUMENT_NUMBER.finditer(text, window_start, min(len(text), end + 8)):
        if match.start() <= start < match.end():
            return True
    return False


def _is_age_category(text: str, start: int, end: int) -> bool:
    """``65岁及以上老年人``, ``0-6岁儿童``, ``2.5周岁-3周岁的幼儿``: an age bracket names a group."""
    before = text[max(0, start - 1):start]
    after = text[end:end + 6]
    if before in "-—–~～至到" and before:
        return True
    if re.match(r"(?:及|以)?(?:以上|以下|以内|及以上|及以下|[-—–~～至到]|的|[\u4e00-\u9fff])", after):
        return True
    return False


def _is_name_prefix(text: str, end: int, unit: str) -> bool:
    """``两女家庭``, ``三个全覆盖``-like names: a measure word glued to a noun that makes a name."""
    after = text[end:end + 2]
    return unit in ("个",) and after.startswith(("全覆盖", "一批"))


# A row of a pipe table is short: a longer line is prose (or a pathological line), not a row, so
# that what each cell reads of its row and of the rows above it is bounded (a line of thousands
# of cells, a table of thousands of rows stay linear in their length).
TABLE_LINE_LIMIT = 500
PIPES = re.compile(r"[|｜]")
BARE_NUMBER_CELL = re.compile(r"\s*[\d.,，%％-]+\s*")  # fullmatch


def table_line(text: str, start: int) -> tuple[int, int] | None:
    """The bounds of the line around ``start`` when it is short enough to be a table row."""
    line_start = text.rfind("\n", max(0, start - TABLE_LINE_LIMIT), start) + 1
    if line_start == 0 and start > TABLE_LINE_LIMIT:
        return None
    line_end = text.find("\n", start, line_start + TABLE_LINE_LIMIT + 1)
    if line_end == -1:
        if len(text) > line_start + TABLE_LINE_LIMIT:
            return None
        line_end = len(text)
    return line_start, line_end


def _is_table_cell(text: str, start: int, end: int) -> bool:
    bounds = table_line(text, start)
    if bounds is None or end > bounds[1]:
        return False
    line_start, line_end = bounds
    if "|" in text[line_start:line_end] or "｜" in text[line_start:line_end]:
        before = text[line_start:start].rstrip(" \t")
        after = text[end:line_end].lstrip(" \t")
        return (not before or before.endswith(("|", "｜"))) and (not after or after.startswith(("|", "｜")))
    return False


# A line that holds one number and nothing else, and a short line of words (a row label or a header).
NUMBER_LINE = re.compile(rf"[-－−]?{patterns.ARABIC}")  # fullmatch on a stripped line
LABEL_LINE_LENGTH = 20
ROW_REACH = 12  # lines: a flattened row has its label and a few years or columns of figures


def _is_flattened_cell(text: str, start: int, end: int) -> bool:
    """A table flattened to one cell per line (卫生技术人员（人）⏎2447⏎2513⏎床位（张）⏎860): the
    number stands alone on its line, and the lines around it are other cells: numbers or short
    labels. A page number between two lines of prose is not a cell."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:start].strip(" \t\u3000-－−") or text[end:line_end].strip(" \t\u3000"):
        return False
    before, after = _neighbour_line(text, line_start, -1), _neighbour_line(text, line_end, 1)
    return before is not None and _is_cell_line(before) and (after is None or _is_cell_line(after))


def _neighbour_line(text: str, edge: int, direction: int) -> str | None:
    """The nearest non-blank line before (direction -1, ``edge`` the start of the line) or after
    (direction 1, ``edge`` the end of the line); None at the start or end of the text."""
    position = edge
    while True:
        if direction < 0:
            if position == 0:
                return None
            end = position - 1
            position = text.rfind("\n", 0, end) + 1
            line = text[position:end]
        else:
            if position >= len(text):
                return None
            begin = position + 1
            position = text.find("\n", begin)
            position = len(text) if position == -1 else position
            line = text[begin:position]
        if line.strip(" \t\u3000"):
            return line


def _is_cell_line(line: str) -> bool:
    line = line.strip(" \t\u3000")
    if NUMBER_LINE.fullmatch(line):
        return True
    return len(line) <= LABEL_LINE_LENGTH and line[-1] not in "。；;！？!?，,、" and "|" not in line


def _row_label(text: str, start: int) -> str:
    """The nearest line above a flattened cell that is not a number: its row label (within a
    row's reach, so that a column of thousands of figures is read in linear time)."""
    position = text.rfind("\n", 0, start) + 1
    for _ in range(ROW_REACH):
        if position <= 0:
            break
        end = position - 1
        position = text.rfind("\n", 0, end) + 1
        line = text[position:end].strip(" \t\u3000")
        if line and not NUMBER_LINE.fullmatch(line):
            return line
    return ""


def _column_header(text: str, start: int) -> str:
    """The header of a pipe-table cell: the cell in the same column of the nearest row above
    that holds no digits."""
    bounds = table_line(text, start)
    if bounds is None:
        return ""
    line_start = bounds[0]
    column = text.count("|", line_start, start) + text.count("｜", line_start, start)
    position = line_start - 1
    for _ in range(12):
        if position <= 0:
            break
        above_start = text.rfind("\n", max(0, position - TABLE_LINE_LIMIT), position) + 1
        if above_start == 0 and position > TABLE_LINE_LIMIT:
            break  # a long line above is no header row
        line = text[above_start:position]
        if "|" not in line and "｜" not in line:
            break
        cells = PIPES.split(line)
        if not any(BARE_NUMBER_CELL.fullmatch(cell) for cell in cells):  # no cell is a bare number
            return cells[column] if column < len(cells) else ""
        position = above_start - 1
    return ""


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    for opening, closing in QUOTES.items():
        position = 0
        while True:
            a = text.find(opening, position)
            if a == -1:
                break
            b = text.find(closing, a + 1)
            if b == -1 or b - a > 40 or "\n" in text[a:b]:
                position = a + 1
                continue
            regions.append((a, b))
            position = b + 1
    return regions
