"""Stage 3, claims: tagged spans become plain claim records and the relations the prose states.

A relation is only what the wording says: a total and its ``其中`` parts, a part named by a cue
(``审核不通过``, ``已接收``), a rate next to its numerator and base, a sex ratio after its boys and
girls. Which of these must hold, and how strictly, is the rule base's business.
"""
from __future__ import annotations

import bisect
import calendar
import itertools
import os
import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .nlp.patterns import DATE_KINDS, PER_MULTIPLIERS, RATE_KINDS, is_pipe_table, sentence_starts, side_by_side_width
from .nlp.script import SOURCE_KEY, reading_of
from .rulebase import Lexicon, load_lexicon

QUANTITY_KINDS = ("count", "money")
ADDITIVE_MEASURES = ("tonnes", "kilograms", "hectares", "mu", "square-metres")  # (the lexicon's unit groups)
PLACEHOLDER_KINDS = ("placeholder", "placeholder-name")
# What a placeholder stands for, after the phrase before it: 在岗职工*人 -> 在岗职工人数
STANDS_FOR_SUFFIX = {"people": "人数", "person-times": "人次数", "money": "金额", "households": "户数",
                     "percent": "比例", "institutions": "数量", "beds": "床位数"}
# A rate printed with %, ‰ or /10万 is a quotient times this (unless its rule sets a scale).
RATE_SCALES = {"percent": 100, "permille": 1000, "per-10k": 10_000, "per-100k": 100_000, "per-million": 1_000_000}
# The cues of the change-rates that are not the change over the current value ± the change: one read
# from the change and the value before (较上年的23604人次增加1714人次，增长7.26%), one from the values
# before and after (由36912人次增加到38765人次; a table's 2022年 | 2023年 | 同比增长(%) columns).
OVER_PREVIOUS = "较上年的…"
FROM_TO = "由…到"
RATIO_KINDS = ("ratio", "value")
BRACKETS = {"（": "）", "(": ")"}
# Words that open the parts of the number before them: 其中; 含/包含/包括 right after a bracket.
PART_CUES = re.compile(r"其中|(?<=[（(])(?:含|包含|包括)|(?<=[，,])包括(?=[\u4e00-\u9fff])"
                       r"|(?<=[人个家所次元张份例])[：:](?=[\u4e00-\u9fff])"  # 共发放资金120万元：奖扶80万元、…
                       # 转往县域外的4,215人次中，转往省级医院2,637人次、转往市级医院1,804人次
                       r"|(?<=[人个家所次元张份例名户件起项])中(?=[，,：:])"
                       # 接种人员共186人，分布为县级21人、… / 异常反应86例，按反应分类：一般反应71例，…
                       # (用人单位1268家，按主要危害因素划分，粉尘危害682家、…)
                       # (应急队伍六支，共148人，分别为：传染病防控队32人、…)
                       # (全年共涂氟18,120人次，分别为上学期9,127人次、…; 改造户厕5260户，按类型分，三格式3874户、…)
                       r"|(?<=[人个家所次元张份例名户件起项台辆对颗剂支][，,])"
                       r"(?:分布为|构成为|分别为[：:]?(?=[\u4e00-\u9fff])|按[\u4e00-\u9fff]{1,8}?(?:划分|分类|分组|分级|分)[：:，,])"
                       # 累计发病41人，均无死亡病例，发病人数分别为12人、21人和8人
                       r"|(?<=[，,])(?!按)[\u4e00-\u9fff]{2,6}?(?:人数|数量|数)?分别为(?=[0-9０-９])")


@dataclass(frozen=True)
class Claim:
    id: int
    text: str
    start: int
    end: int
    line: int
    column: int
    kind: str
    value: Decimal | None
    unit: str
    base_unit: str
    low: Decimal | None      # the interval the printed number stands for
    high: Decimal | None
    qualifier: str | None
    indicator: str
    period: str | None
    section: str | None
    sentence: int
    segment: int
    paragraph: int
    unit_group: str | None
    decimals: int = 0
    canonical: str = ""              # the lexicon's name for what the indicator phrase measures
    date_start: date | None = None
    date_end: date | None = None
    # a pipe-table cell: the header of its column, top row first (("卫生技术人员数", "其中", "西医"));
    # ``indicator`` is its row label
    column_header: tuple[str, ...] = ()

    @property
    def is_placeholder(self) -> bool:
        return self.kind in PLACEHOLDER_KINDS

    @property
    def is_quantity(self) -> bool:
        """A count or an amount, or a placeholder standing for one (its relations are then
        not checkable yet)."""
        if self.kind == "placeholder":
            return self.unit_group is not None and self.unit_group != "percent"
        if self.kind == "measure":  # 医疗废物486.37吨: a measure of a unit group that adds up
            return self.unit_group in ADDITIVE_MEASURES and self.value is not None
        return self.kind in QUANTITY_KINDS and self.value is not None

    @property
    def is_percent(self) -> bool:
        return self.kind == "percent" or (self.kind == "placeholder" and self.base_unit == "%")


@dataclass(frozen=True)
class Observation:
    """Something about the text itself that a rule may flag: an unfilled placeholder, a
    garbled region, a broken heading sequence. ``fields`` feed the rule's message."""
    id: int
    kind: str
    text: str
    start: int
    end: int
    line: int
    column: int
    fields: tuple[tuple[str, str], ...] = ()
    claim_id: int | None = None    # the claim observed, if it is one (a placeholder)
    related_ids: tuple[int, ...] = ()  # other claims the observation involves (the report date)


@dataclass(frozen=True)
class Relation:
    id: int
    kind: str                     # breakdown, subset, rate, ratio
    result: int                   # the claim the relation is about: total, whole, rate, ratio
    operands: tuple[int, ...]     # parts; part; numerator and base; boys and girls
    cue: str                      # the words of the report that state the relation
    confidence: str = "high"      # high: stated plainly; medium: depends on a reading
    complete: bool = False        # a breakdown stated (or known) to cover the whole total
    parts_may_overlap: bool = False
    base_times: int = 1           # the base is this many times its claim: beds × the period's days


@dataclass
class ClaimSet:
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)

    def claim(self, claim_id: int) -> Claim:
        return self.claims[claim_id]


def extract_claims(doc, lexicon: Lexicon | None = None, signed_on: date | None = None,
                   reporting_period: tuple[date, date] | None = None) -> ClaimSet:
    """Claims and stated relations of a tagged spaCy ``Doc``. ``signed_on`` and ``reporting_period``
    (from the configuration) replace the date signed at the end and the period in the title."""
    lexicon = lexicon or load_lexicon()
    text = reading_of(doc)  # simplified reading: 合計 is 合计; same offsets as doc.text
    # (lines counted in the report's own text: the tagger's may have cut a one-line table into rows)
    line_starts = [0] + [m.end() for m in re.finditer("\n", doc.user_data.get(SOURCE_KEY, text))]
    claims = []
    for span in doc.spans.get("numeric_claims", []):
        number, context = span._.number, span._.context
        line = bisect.bisect_right(line_starts, number.start)
        low, high = stated_interval(number, lexicon)
        claims.append(Claim(
            id=len(claims), text=number.text, start=number.start, end=number.end, line=line,
            column=number.start - line_starts[line - 1] + 1, kind=number.kind, value=number.value,
            unit=number.unit, base_unit=number.base_unit, low=low, high=high, qualifier=number.qualifier,
            indicator=context.indicator, period=context.period, section=context.section,
            sentence=context.sentence, segment=context.segment, paragraph=context.paragraph,
            unit_group=lexicon.unit_group(number.base_unit), decimals=number.decimals,
            canonical=lexicon.canonical(context.indicator), date_start=number.date_start, date_end=number.date_end,
            column_header=context.column,
        ))
    finder = _RelationFinder(text, claims, doc, lexicon)
    observations = _placeholder_observations(claims)
    for span in doc.spans.get("text_issues", []):
        issue = span._.issue
        line = bisect.bisect_right(line_starts, issue.start)
        observations.append(Observation(
            id=len(observations), kind=issue.kind, text=issue.text, start=issue.start, end=issue.end, line=line,
            column=issue.start - line_starts[line - 1] + 1, fields=tuple(sorted(issue.fields.items()))))
    for kind, claim, fields, related in (_date_observations(text, claims, signed_on) + _counted_lists(text, claims)
                                         + _counted_each(text, claims) + _rates_over_100(claims, lexicon)
                                         + _consecutive_years(text, claims)
                                         + _outside_period(text, claims, reporting_period)):
        observations.append(Observation(id=len(observations), kind=kind, text=claim.text, start=claim.start,
                                        end=claim.end, line=claim.line, column=claim.column,
                                        fields=tuple(sorted(fields.items())), claim_id=claim.id, related_ids=related))
    return ClaimSet(claims=claims, relations=finder.find(), observations=observations)


def _rates_over_100(claims: list[Claim], lexicon: Lexicon) -> list[tuple[str, Claim, dict, tuple]]:
    """接种率103.2%: a rate that covers a population cannot exceed 100%."""
    found = []
    for claim in claims:
        if claim.kind == "percent" and claim.low is not None and claim.low > 100 and not claim.qualifier \
                and any(claim.indicator.endswith(word) for word in lexicon.bounded_rates) \
                and not re.search(r"完成率|增长|提高|增幅", claim.indicator):
            found.append(("rate-over-100", claim, {"indicator": claim.indicator}, ()))
    return found


CONSECUTIVE_YEARS = re.compile(r"连续(\d{1,2}|[一二三四五六七八九十]{1,2})年")


def _consecutive_years(text: str, claims: list[Claim]) -> list[tuple[str, Claim, dict, tuple]]:
    """2019—2021年连续4年被评为…: 连续N年 against the years it names."""
    from .nlp.numerals import read_chinese

    found = []
    for match in CONSECUTIVE_YEARS.finditer(text):
        start = max(text.rfind(ch, 0, match.start()) for ch in "。；;\n") + 1
        end_candidates = [i for i in (text.find(ch, match.end()) for ch in "。；;\n") if i != -1]
        sentence = text[start: min(end_candidates) if end_candidates else len(text)]
        span = re.search(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年", sentence)
        years = sorted({int(y) for y in re.findall(r"(?:19|20)\d{2}(?=\s*年|、|，|和)", sentence)})
        if span:
            counted = int(span.group(2)) - int(span.group(1)) + 1
        elif len(years) >= 2 and years == list(range(years[0], years[-1] + 1)):
            counted = len(years)
        else:
            continue
        raw = match.group(1)
        stated = int(raw) if raw.isdigit() else int(read_chinese(raw).value)
        claim = next((c for c in claims if c.start <= match.start() + 2 < c.end or c.start >= match.start()), None)
        anchor = next((c for c in claims if c.kind in ("year", "period") and start <= c.start < start + len(sentence)), None)
        if stated != counted and anchor is not None:
            found.append(("years-count", anchor, {"stated": str(stated), "counted": str(counted),
                                                  "items": match.group()}, ()))
    return found


TITLE_PERIOD = re.compile(r"(上半年|前三季度|前三个季度|第一季度|一季度|1[-—～至]([1-9]|1[01])月)")
PERIOD_LAST_MONTH = {"上半年": 6, "前三季度": 9, "前三个季度": 9, "第一季度": 3, "一季度": 3}


def _outside_period(text: str, claims: list[Claim],
                    reporting_period: tuple[date, date] | None = None) -> list[tuple[str, Claim, dict, tuple]]:
    """A half-year report (title: 2022年上半年…) that dates work in October."""
    title_end = text.find("\n")
    title = text[: title_end if title_end != -1 else 80][:80]
    period = TITLE_PERIOD.search(title)
    if reporting_period is not None:
        label, last = f"{reporting_period[0].isoformat()}—{reporting_period[1].isoformat()}", reporting_period[1].month
    elif period:
        label, last = period.group(1), PERIOD_LAST_MONTH.get(period.group(1)) or int(period.group(2))
    else:
        return []
    signature = report_date(text, claims)
    found = []
    for claim in claims:
        if claim.kind not in ("date", "period") or claim is signature or claim.start < len(title):
            continue
        months = [int(m) for m in re.findall(r"(\d{1,2})\s*月", claim.text)]
        clause = re.split(r"[。；;\n]", text[max(0, claim.start - 40):claim.start])[-1]
        # 7月1日至7月17日, 7月以来: a span that opens where the period closed reports what came after it, as such
        since = re.match(r"(?:\d{4}\s*年\s*)?(\d{1,2})\s*月\s*(?:1\s*日|初)?\s*(?:[至到—–~～-]|以来)", claim.text + text[claim.end:claim.end + 2])
        if since and int(since.group(1)) == last % 12 + 1 and (re.search(r"1\s*日|初", since.group()) or "以来" in since.group()):
            continue
        if months and max(months) > last and not PLAN_WORDS.search(clause) and "下一步" not in clause \
                and not PLAN_SECTION.search(claim.section or ""):
            found.append(("outside-period", claim, {"period": label}, ()))
    return found


EACH_LIST = re.compile(r"分别(?:是|为)[：:]")
EACH_SEGMENT = re.compile(r"^(?P<items>[^；;。]+?)(?:各(?P<each>\d+)|(?P<count>\d+))[ \t]*(?P<unit>名|人|家|个|所)(?P<noun>[^；;。，,]*)$")


def _counted_each(text: str, claims: list[Claim]) -> list[tuple[str, Claim, dict, tuple]]:
    """骨干人员3名、乡村医生9名。分别是：A、B、C各1名骨干人员；D…各1名乡村医生；E 2名乡村医生: each stated
    count against the items named for it (各 counts once per item)."""
    found = []
    for match in EACH_LIST.finditer(text):
        end = text.find("。", match.end())
        body = text[match.end(): end if end != -1 else len(text)]
        counted: dict[str, int] = {}
        names: dict[str, list[str]] = {}
        for segment in re.split(r"[；;]", body):
            parsed = EACH_SEGMENT.match(segment.strip())
            if not parsed or not parsed.group("noun").strip():
                return found
            items = [i for i in re.split(r"[、]|(?<=[\u4e00-\u9fff）)])和(?=[\u4e00-\u9fff])", parsed.group("items")) if i.strip()]
            number = int(parsed.group("each") or parsed.group("count"))
            noun = parsed.group("noun").strip()
            counted[noun] = counted.get(noun, 0) + (len(items) * number if parsed.group("each") else number)
            names.setdefault(noun, []).extend(i.strip() for i in items)
        # the counts are in the sentence of 分别是, or in the one before it (…9名。分别是：)
        sentence_start = max(text.rfind(ch, 0, match.start()) for ch in "。\n") + 1
        if not text[sentence_start:match.start()].strip(" \t，,"):
            sentence_start = max(text.rfind(ch, 0, max(0, sentence_start - 1)) for ch in "。\n") + 1
        stated = [c for c in claims if sentence_start <= c.start < match.start() and c.kind == "count" and c.value is not None]
        for noun, total in counted.items():
            claim = next((c for c in stated if c.indicator and (noun.endswith(c.indicator[-4:]) or c.indicator.endswith(noun[-4:]))), None)
            if claim is not None and int(claim.value) != total:
                found.append(("list-count", claim, {"stated": str(int(claim.value)), "counted": str(total),
                                                    "items": "、".join(names[noun])}, ()))
    return found


# Words in a date's clause that make it a plan or a deadline, which may lie after the report.
# A section of plans (五、下半年工作打算, 二、2024年工作计划): every date in it is planned (计划生育 is no plan)
PLAN_SECTION = re.compile(r"打算|(?<!生育)计划(?!生育)|安排|思路|下一步|展望|谋划|设想")
PLAN_WORDS = re.compile(r"预计|计划|将于|将在|将|拟|力争|争取|确保|预定|定于|下一步|明年|今后|前完成|之前|以前|截至|截止|目标|要求")
MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def report_date(text: str, claims: list[Claim]) -> Claim | None:
    """The date a report is signed: the last full date in its last three lines."""
    tail_start = len(text.rstrip())
    for _ in range(3):
        tail_start = text.rfind("\n", 0, max(0, tail_start - 1))
        if tail_start == -1:
            tail_start = 0
            break
    signed = [c for c in claims if c.kind == "date" and c.date_start and c.start >= tail_start]
    return signed[-1] if signed else None


def _date_observations(text: str, claims: list[Claim], configured: date | None = None) -> list[tuple[str, Claim, dict, tuple]]:
    # a configured report date replaces the signature: then no date in the last lines is taken for it
    signature = None if configured else report_date(text, claims)
    signed_on = configured or (signature.date_start if signature else None)
    found = []
    for claim in claims:
        if claim.kind not in ("date", "period"):
            continue
        first, last = claim.date_start, claim.date_end
        if first is None and signed_on is not None:
            first, last = _month_days(claim.text, _year_of_month_days(text, signed_on))
        if first and last and last < first:
            found.append(("reversed-range", claim, {"first": first.isoformat(), "last": last.isoformat()}, ()))
            continue
        if signed_on is None or first is None or claim is signature:
            continue
        clause = re.split(r"[。；;\n]", text[max(0, claim.start - 40):claim.start])[-1] + \
            re.split(r"[，,。；;\n]", text[claim.end:claim.end + 20])[0]
        if first > signed_on and not PLAN_WORDS.search(clause) and not PLAN_SECTION.search(claim.section or ""):
            found.append(("date-after-report", claim, {"date": first.isoformat(), "report_date": signed_on.isoformat()},
                          (signature.id,) if signature else ()))
    return found


def _year_of_month_days(text: str, signed_on: date) -> int:
    """The year of a 1月25日 written without one: the year the report covers when its title names
    a past year (a 2020 summary signed 2021-01-12 speaks of 2020), else the year it is signed."""
    # the first three lines, at most 120 characters (never a copy of the whole text: this is asked
    # for every month-day of a long report)
    start = re.match(r"\s*", text).end()
    title = "\n".join(text[start:start + 120].split("\n")[:3])
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)", title)]
    return years[-1] if years and years[-1] < signed_on.year else signed_on.year


def _month_days(text: str, year: int) -> tuple[date | None, date | None]:
    """7月20日-22日, 4月17日—21日, 6月28日 in the report's year."""
    days = MONTH_DAY.findall(text)
    try:
        if len(days) >= 1:
            first = date(year, int(days[0][0]), int(days[0][1]))
            tail = re.search(r"[-—–~～至到]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]\s*$", text)
            if len(days) >= 2:
                last = date(year, int(days[1][0]), int(days[1][1]))
            elif tail:
                last = date(year, int(tail.group(1) or days[0][0]), int(tail.group(2)))
            else:
                last = first
            return first, last
    except ValueError:
        return None, None
    return None, None


# 5次，分别是…; 五支县级传染病应急处置队伍，分别为… (the counted noun may come between)
# (the spaces before the comma and after it are two separate runs: one run of spaces is read one way
# only, and a scan starts only where a run starts, so a long run of spaces is linear)
# 560.00万元分别用于…: what follows splits the amount before it among the items it names
RESPECTIVE_USE = re.compile(r"(?<![ \t])[ \t]*(?:[，,][ \t]*)?分别(?:用于|投向|安排(?:给|用于)?|拨付(?:给)?|下达(?:给)?)[：:]?")
# the noun of a total, then an opening bracket: 16家基层医疗卫生机构（
BRACKETED_LIST_OPENING = re.compile(r"[\u4e00-\u9fff]{0,16}[（(](?!其中|含|包含|包括|即)")
RESPECTIVE_LIST = re.compile(r"(?<![ \t])[ \t]*(?:[，,][ \t]*)?分别(?:为|是)[：:]?")
LIST_INTRO = re.compile(r"[ \t]*(?:[，,][ \t]*)?(?:分别是|分别为|包括|即)[：:]?"
                        r"|[\u4e00-\u9fff]{1,16}?[ \t]*[，,][ \t]*(?:分别是|分别为|包括|即)[：:]?")


def _counted_lists(text: str, claims: list[Claim]) -> list[tuple[str, Claim, dict, tuple]]:
    """开展活动5次，分别是A、B、C和D: a count against the items it names."""
    found = []
    for claim in claims:
        if claim.kind != "count" or claim.value is None or claim.qualifier:
            continue
        intro = LIST_INTRO.match(text, claim.end)
        if not intro:
            continue
        end = re.compile(r"[，,。；;\n]").search(text, intro.end())
        items_text = text[intro.end(): end.start() if end else len(text)]
        items_end = intro.end() + len(items_text)
        if re.search(r"各\s*\d", items_text) or len(items_text) < 4 or re.search(r"等[等项个]?\s*$", items_text) or any(
                c.is_quantity and intro.end() <= c.start < items_end for c in claims[claim.id + 1:claim.id + 12]):
            continue  # items with counts of their own (各1名, 分别为680张、420张) are not one item each
        # 和 joins two items after a closing quote or bracket: 县中医医院（二级甲等）和县妇幼保健院
        cuts = [0] + [p for m in ITEM_SEPARATORS.finditer(_bracket_mask(items_text)) for p in m.span()] + [len(items_text)]
        items = [items_text[a:b] for a, b in zip(cuts[::2], cuts[1::2]) if items_text[a:b].strip()]
        last = re.fullmatch(r"(.+?[\u4e00-\u9fff])(?:和|及|与)([\u4e00-\u9fff].+)", items[-1].strip()) if items else None
        heads = {i.strip()[-1:] for i in items[:-1]}
        if last and len(items) >= 2 and heads == {last.group(1)[-1], last.group(2)[-1]}:
            items[-1:] = [last.group(1), last.group(2)]  # 流调溯源队、…检验检测队和医疗救治队: one head, four teams
        if len(items) < 2 or not claim.value == claim.value.to_integral_value():
            continue
        joined = re.fullmatch(r"(.*[\u4e00-\u9fff”）)]{2})(?:和|及|与|以及)([“（(]?[\u4e00-\u9fff]{2}.*)", items[-1].strip())
        if joined and len(items) + 1 == int(claim.value):
            continue  # 三项活动，分别是健康讲座、义诊和入户随访: 和 may join the last two items
        if joined:
            items[-1:] = [joined.group(1), joined.group(2)]  # counted as most lists are written
        if len(items) != int(claim.value):
            found.append(("list-count", claim, {"stated": str(int(claim.value)), "counted": str(len(items)),
                                                "items": "、".join(i.strip() for i in items)}, ()))
    return found


ITEM_SEPARATORS = re.compile(r"[、]|(?<=[”」』）)])和|(?<=[\u4e00-\u9fff”])及(?=[\u4e00-\u9fff“])")


def _bracket_mask(text: str) -> str:
    """县人民医院（二级甲等、三级）: what a bracket says about an item does not add items (same
    length: offsets stay those of the text)."""
    return re.sub(r"[（(][^（()）]*[)）]", lambda m: "（" + "_" * (len(m.group()) - 2) + "）", text)


def _placeholder_observations(claims: list[Claim]) -> list[Observation]:
    found = []
    for claim in claims:
        if not claim.is_placeholder:
            continue
        found.append(Observation(id=len(found), kind="placeholder", text=claim.text, start=claim.start, end=claim.end,
                                 line=claim.line, column=claim.column,
                                 fields=(("stands_for", stands_for(claim)),), claim_id=claim.id))
    return found


def stands_for(claim: Claim) -> str:
    """What an unfilled field asks for, in the report's words."""
    indicator = claim.indicator.strip("*＊")
    if claim.kind == "placeholder-name":
        return f"{claim.text.lstrip('*＊XxＸ×○□＿_')}名称"
    if claim.unit in ("年",):
        return f"{indicator}年份" if not indicator.startswith("连续") else f"{indicator}年数"
    suffix = "比例" if claim.base_unit == "%" else STANDS_FOR_SUFFIX.get(claim.unit_group or "", "数")
    if indicator.endswith(("率", "比", "数", "额", "量")):
        return indicator
    if suffix.endswith("数") and len(suffix) > 1 and indicator.endswith(suffix[:-1]):
        return indicator + "数"  # 拥有床位 + 床位数 -> 拥有床位数
    return f"{indicator}{suffix}" if indicator else f"数字（{claim.unit or '无单位'}）"


def stated_interval(number, lexicon: Lexicon) -> tuple[Decimal | None, Decimal | None]:
    """What a printed number can stand for, from its printed precision and its qualifier."""
    if number.value is None:
        return None, None
    value, step = number.value, number.step or Decimal(0)
    # A rate or ratio is always rounded, even when printed whole (106 stands for 105.5 to 107).
    rounded = number.decimals > 0 or step > 1 or number.kind in RATE_KINDS or number.kind in RATIO_KINDS
    reading = lexicon.rounding["rates" if number.kind in RATE_KINDS or number.kind in RATIO_KINDS else "amounts"]
    if not rounded:
        low = high = value
    elif reading == "half-or-truncate" and value < 0:
        low, high = value - step, value + step / 2  # truncated toward zero: -3.5% from -3.59%
    elif reading == "half-or-truncate":
        low, high = value - step / 2, value + step
    else:
        low, high = value - step / 2, value + step / 2
    rule = lexicon.qualifier(number.qualifier)
    if rule is None:
        return low, high
    tolerance = Decimal(str(rule.get("relative-tolerance", 0)))
    bound = rule.get("bound")
    if rule.get("up-to-next-place"):
        place = step if rounded else _trailing_place(value)
        high = value + place
    if rule.get("place-tolerance"):
        # 约28万 is 28万 rounded at its last printed digit (half a 万 either side), loosely: never
        # tighter than the relative tolerance
        place = step if rounded else _trailing_place(value)
        width = max(place / 2, abs(value) * tolerance)
        low, high = min(low, value - width), max(high, value + width)
    elif tolerance:
        low, high = min(low, value * (1 - tolerance)), max(high, value * (1 + tolerance))
    if bound == "at-least":
        low = value if not tolerance else low
        if not rule.get("up-to-next-place"):
            high = None
    elif bound == "at-most":
        high = value
        if not tolerance:
            low = None
    return low, high


def _trailing_place(value: Decimal) -> Decimal:
    """20 -> 10, 300 -> 100, 3500 -> 100, 7 -> 1: the place of the last non-zero digit."""
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    return Decimal(10) ** min(zeros, len(digits) - 1) if int(value) else Decimal(1)


class _RelationFinder:
    def __init__(self, text: str, claims: list[Claim], doc, lexicon: Lexicon):
        self.text = text
        self.claims = claims
        self.lexicon = lexicon
        self.relations: list[Relation] = []
        self.rates_of: dict[int, list[Relation]] = {}  # the rate relations by the claim they are of (a look-up, not a scan)
        self.in_breakdown: set[int] = set()
        self.part_of: dict[int, int] = {}   # part claim id -> total claim id
        self.sentence_of_offset = _SentenceIndex(text, claims)
        self.starts = [c.start for c in claims]
        # the kinds of relation each claim is the result of (kept by _add: a report of thousands of
        # rates asks this for every one)
        self.results: dict[int, set[str]] = {}
        self.narrower_bases: set[int] = set()  # bases read from a narrower name than the rate's (medium)
        # what _counts_stock and _is_previous said of each claim: the steps ask them of every
        # claim again and again (84,000 times for 100 reports of 140 numbers)
        self._stock: dict[int, tuple[Claim, bool]] = {}
        self._previous: dict[int, tuple[Claim, bool]] = {}
        self._change: dict[str, bool] = {}  # _is_change of each indicator

    def _between(self, start: int, end: int) -> list[Claim]:
        """The claims that start in [start, end), by bisection (reports can be long)."""
        return self.claims[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def _near(self, claim: Claim, reach: int = 60) -> list[Claim]:
        """The claims around ``claim`` within ``reach`` positions of the claim list."""
        return self.claims[max(0, claim.id - reach):claim.id + reach]

    def find(self) -> list[Relation]:
        self.member_words = _partition_words(self.lexicon.partitions)
        self.done_of = self._done_within_due()
        self._tables()
        self._breakdowns()
        self._further_groupings()
        self._respective_parts()
        self._respective_uses()
        self._range_bands()
        self._partition_lists()
        self._partition_sentences()
        self._counted_among()
        self._cued_subsets()
        self._screening_steps()
        self._named_subsets()
        self._domain_orders()
        self._cumulative_orders()
        self._period_sums()
        self._restated_totals()
        self._bracketed_breakdowns()
        self._bracketed_parts()
        self._grouped_sentences()  # after the partitions: a grouping they read is theirs
        self._lists_of_a_named_whole()
        self._lead_totals()
        self._sum_of_paragraph_leads()
        self._sum_of_subsection_leads()
        self._totals_of_counted_items()
        self._totals_of_items_before()
        self._totals_of_named_items()
        self._totals_over_numbered_items()
        self._totals_by_period()
        self._trailing_totals()
        self._levels_and_above()
        self._identities()
        self._domain_subsets()
        self._people_of_visits()
        self._narrowed_subsets()  # after every breakdown: a part of one is not taken for a narrower count
        self._found_among_the_inspected()
        self._additions_within_stock()
        self._stock_and_additions()
        self._additions_of_a_group()
        self._shares_of_a_partition()
        self._rates()
        self._rates_of_qualified_counts()
        self._rates_per_unit_counted()
        self._named_shares_of_a_part()
        self._shares_counted_after()
        self._rates_of_counts_named_after()
        self._rates_among_the_examined()
        self._rates_among_a_group()
        self._rates_of_what_a_group_did()
        self._rates_over_an_implied_base()
        self._complement_rates()
        self._sex_ratios()
        self._colon_ratios()
        self._rates_of_whole_counts()  # last: only rates no other reading took
        self._shares_in_a_named_whole()
        self._rates_over_fitting_counts()  # (and after it, those it did not take either)
        self._rates_after_two_fitting_counts()
        for done, due in self.done_of.items():
            if done not in self.part_of:
                self._add("subset", due, [done], "应/已", confidence="medium")
                self.part_of[done] = due
        return self.relations

    def _done_within_due(self) -> dict[int, int]:
        """其中需补种儿童4026人，已完成补种4206人: what was done (已完成补种) is part of what was
        due (需补种) when the two name the same work, not a second part of the total."""
        pairs = {}
        for done in self.claims[1:]:
            due = self.claims[done.id - 1]
            if not (done.is_quantity and due.is_quantity and done.unit_group == due.unit_group
                    and done.sentence == due.sentence and not self._is_change(done) and not self._is_change(due)):
                continue
            done_phrase = re.sub(r"^(?:其中|并|且|共|累计)", "", self._part_name(done.id))
            due_phrase = re.sub(r"^(?:其中|并|且|共|累计)", "", self._part_name(due.id))
            done_work = re.match(r"(?:已经|已)?(?:完成|实际|实施|实)(.+)", done_phrase)
            due_work = re.match(r"(?:应|需要|需)(.+)", due_phrase)
            if done_work and due_work and _shares_words(done_work.group(1), due_work.group(1)):
                pairs[done.id] = due.id
        return pairs

    def _add(self, kind: str, result: int, operands, cue: str, **flags) -> None:
        if kind == "rate" and GOAL_BEFORE.search(self.text, max(0, self.claims[result].start - 8), self.claims[result].start):
            return  # 建档率91.10%，已超过年度目标(90%): a goal, not a rate of the counts
        self.relations.append(Relation(id=len(self.relations), kind=kind, result=result,
                                       operands=tuple(operands), cue=cue, **flags))
        self.results.setdefault(result, set()).add(kind)
        if kind == "rate":
            self.rates_of.setdefault(result, []).append(self.relations[-1])

    def _add_breakdown(self, total: int, parts, cue: str, **flags) -> None:
        """A breakdown of ``total`` into ``parts``, whose parts no later step takes again."""
        parts = list(parts)
        self._add("breakdown", total, parts, cue, **flags)
        self.in_breakdown.update(parts)
        self.part_of.update({part: total for part in parts})

    @staticmethod
    def _adds_up_roughly(total: Claim, parts: list[Claim]) -> bool:
        """Within a factor of two of the total: parts far off it count something else (共覆盖46家
        机构, the stock at each quarter's end)."""
        return _within_factor(sum(c.value for c in parts), total.value, 2)

    # -- totals and their 其中 parts ------------------------------------------------------
    def _breakdowns(self) -> None:
        for match in PART_CUES.finditer(self.text):
            position = match.start()
            sentence_start, sentence_end = self.sentence_of_offset.bounds(position)
            total = self._total_before(position, sentence_start)
            if total is None:
                continue
            if match.group() in "：:" and not (self._has_total_word(total) and self._adjacent(total, position)):
                continue  # only 共/合计…万元：A、B opens a list; 各发放480元：… does not
            # (含2022年新增托位55个): what 含 names is inside the total, a new addition too
            included = match.group() in ("含", "包含", "包括")
            list_end = self._list_end(position, sentence_end)
            # 贫困人口4132户12486人，其中已脱贫4087户12358人，未脱贫45户128人: a total stated in two
            # units breaks down pair by pair, in each unit
            twin = self._twin_before(self.claims[total])
            if twin is None and self._parallel_breakdowns(total, match, position, sentence_end):
                continue
            parts = self._parts_after(match.end(), list_end, total, included, twin.unit_group if twin else None)
            if twin is not None and twin.id not in self.in_breakdown:
                twin_parts = self._parts_after(match.end(), list_end, twin.id, included, self.claims[total].unit_group)
                if len(twin_parts) == len(parts) >= 2 and all(self.claims[t].end == self.claims[p].start
                                                              for t, p in zip(twin_parts, parts)):
                    self._breakdown_of(twin.id, twin_parts, match.group(), position)
                elif twin_parts and not parts:
                    # 监测对象1218户4536人，其中因病纳入的386户: parts in the unit of the twin only are its parts
                    self._breakdown_of(twin.id, twin_parts, match.group(), position)
            self._breakdown_of(total, parts, match.group(), position)

    def _parallel_breakdowns(self, total: int, match: re.Match, position: int, sentence_end: int) -> bool:
        """全年实施医疗救助25318人次，支出救助资金2146.75万元。其中住院救助9472人次，救助资金1698.42万元，次均
        救助1793.10元；门诊救助15846人次，救助资金448.33万元… / 完成封闭4,965人，…封闭牙数17,388颗。其中春季
        学期完成2,318人、8,106颗，秋季学期完成2,647人、9,282颗: items that each state one number in each of
        two or more units (over the ；between them) break down, unit by unit, the total of that unit
        stated before the 其中."""
        end = self._list_end(position, sentence_end)
        nested = self.text.find("其中", match.end(), end)
        end = end if nested == -1 else nested  # (a nested 其中 opens a list of its own)
        groups = [c.unit_group for c in self._parallel_numbers(match.end(), end)]
        # the units of one item: the shortest run of distinct units that the list repeats
        width = next((w for w in range(2, len(groups) + 1) if len(set(groups[:w])) == w
                      and all(g == groups[k % w] for k, g in enumerate(groups))), None)
        if width is None:
            return False
        signature = groups[:width]
        # (one item before the ；: the items after it, while they state the same units: 住院…；门诊…)
        for _ in range(SHARE_ITEMS if len(groups) == width else 0):
            following = SEMICOLON.search(self.text, end + 1, sentence_end)
            if self.text[end:end + 1] not in "；;" or end >= sentence_end:
                break
            item_end = following.start() if following else sentence_end
            if item_end - end > PARALLEL_ITEM_LENGTH:
                break
            opening = self.text[end + 1:item_end].lstrip(" \t")
            if opening.startswith(LIST_BREAKERS) or "其中" in opening \
                    or [c.unit_group for c in self._parallel_numbers(end + 1, item_end)] != signature:
                break
            end = item_end
        numbers = self._parallel_numbers(match.end(), end)
        if len(numbers) < 2 * width or len(numbers) % width \
                or any(c.unit_group != signature[k % width] for k, c in enumerate(numbers)):
            return False
        if self.claims[total].unit_group not in signature:
            return False
        window = self._between(self.sentence_of_offset.bounds(self.claims[total].start)[0], position)
        for k, group in enumerate(signature):
            parts = numbers[k::width]
            whole = self.claims[total] if group == self.claims[total].unit_group else next(
                (c for c in reversed(window) if c.unit_group == group and self._counts_stock(c)
                 and c.id not in self.in_breakdown and not self._is_share_base(c) and not self._per_unit(c)
                 and not self._states_standard(c)), None)
            if whole is not None and whole.value is not None and all(p.value <= whole.value for p in parts):
                self._breakdown_of(whole.id, [p.id for p in parts], match.group(), position)
        return True

    def _parallel_numbers(self, start: int, end: int) -> list[Claim]:
        """The numbers of a list's items that can be parts: counts and amounts, not averages, standards
        or values of the year before."""
        # (at most PARALLEL_NUMBERS: a sentence of thousands of clauses stays linear)
        first = bisect.bisect_left(self.starts, start)
        claims = self.claims[first:min(bisect.bisect_left(self.starts, end), first + PARALLEL_NUMBERS)]
        return [c for c in claims if c.unit_group is not None and self._may_be_a_part(c)]

    def _may_be_a_part(self, claim: Claim) -> bool:
        """A count or amount that can be an item of a list: not an average, a standard, an amount per
        unit, a value of the year before or the base of a share."""
        return (claim.is_quantity and claim.value is not None and not AVERAGE.search(claim.indicator)
                and not AVERAGE.search(self._clause_before(claim)) and not self._states_standard(claim)
                and not self._per_unit(claim) and not self._is_previous(claim) and not self._is_share_base(claim))

    def _parts_add_up(self, total: int) -> bool:
        """The parts read of ``total`` make it up exactly."""
        whole = self.claims[total]
        return any(r.kind == "breakdown" and r.result == total and whole.value is not None
                   and None not in (values := [self.claims[i].value for i in r.operands]) and sum(values) == whole.value
                   for r in self.relations)

    def _twin_before(self, total: Claim) -> Claim | None:
        """4132户12486人: the number right before ``total``, in another unit, counting the same."""
        if total.id == 0:
            return None
        twin = self.claims[total.id - 1]
        if twin.is_quantity and twin.unit_group not in (None, total.unit_group) and twin.end == total.start \
                and not self._is_change(twin) and twin.kind == total.kind:
            return twin
        return None

    def _breakdown_of(self, total: int, parts: list[int], cue_word: str, position: int) -> None:
        whole_period = _period_part(self.claims[total].period)
        if whole_period not in (None, "Y") and any(
                QUARTERS_IN.get(_period_part(self.claims[p].period), 0) > QUARTERS_IN[whole_period] for p in parts):
            # 一季度128家次…四季度175家次，其中上半年304家次: 其中 is of the year, not of the last quarter (a
            # quarter beside a quarter may be the sentence before's period read on: 二季度逐步恢复。…其中一季度)
            return
        listed = set(parts)
        parts = [p for p in parts if self.done_of.get(p) not in listed]  # 已完成补种 is part of 需补种
        # 其中碘盐296份、合格碘盐287份: a part named as the part before it that passed (a subset cue of the
        # lexicon: 合格, 达标, 通过) is within that one (not 半失能 beside 失能, nor 未脱贫 beside 脱贫)
        nested = {}
        for before, after in zip(parts, parts[1:]):
            inner, outer = (SCOPE_PREFIX.sub("", self.claims[i].indicator) for i in (after, before))
            if len(outer) >= 2 and len(inner) > len(outer) and inner.endswith(outer) and before not in nested \
                    and inner[:-len(outer)] in self.lexicon.subset_cues:
                nested[after] = before
        for inner, outer in nested.items():
            self._add("subset", outer, [inner], cue_word, confidence="medium")
            self.part_of[inner] = outer
        parts = [p for p in parts if p not in nested]
        if not parts:
            return
        confidence = "high" if self._has_total_cue(total) or self._adjacent(total, position) else "medium"
        if len(parts) == 1:
            self._add("subset", total, parts, cue_word, confidence=confidence)
        else:
            # (分别为上学期…、下学期…; 按类型分，三格式…、双瓮式…、沼气池式…: a list that enumerates the
            # total covers it, unless it says it names only the main items or ends on 等)
            enumerated = ENUMERATING_CUE.match(cue_word) is not None and not PARTIAL_LIST.search(
                self.text, position, self.claims[parts[-1]].end) and not re.match(
                r"[ \t]*等", self.text[self.claims[parts[-1]].end:self.claims[parts[-1]].end + 3])
            self._add("breakdown", total, parts, cue_word, confidence=confidence,
                      complete=enumerated or self._is_complete(parts), parts_may_overlap=self._may_overlap(parts))
        self.in_breakdown.update(parts)
        for part in parts:
            self.part_of[part] = total

    def _respective_parts(self) -> None:
        """实有床位合计1220张，分别为680张、420张和120张: a total followed by 分别为 and a list
        of numbers of its kind is broken down by them, completely."""
        for cue in RESPECTIVE_LIST.finditer(self.text):
            total = self._between(max(0, cue.start() - 12), cue.start())
            if not total or total[-1].end != cue.start() or not total[-1].is_quantity \
                    or not self._has_total_word(total[-1].id) or total[-1].id in self.in_breakdown:
                continue
            total = total[-1]
            parts, end = [], cue.end()
            for claim in self.claims[total.id + 1:total.id + 20]:
                if not re.fullmatch(r"[ \t]*(?:[、，,和及与][ \t]*)?", self.text[end:claim.start]) \
                        or claim.unit_group != total.unit_group or not claim.is_quantity:
                    break
                parts.append(claim.id)
                end = claim.end
            if len(parts) >= 2 and not self.in_breakdown.intersection(parts):
                self._add_breakdown(total.id, parts, "分别为", confidence="high", complete=True)

    def _respective_uses(self) -> None:
        """560.00万元分别用于胸痛中心建设200.00万元、康复科建设150.00万元、设备购置210.00万元
        （每家17.50万元）: an amount (or count) that 分别 goes to the items named after it is
        split among them, completely; numbers in brackets there say more about one item."""
        for cue in RESPECTIVE_USE.finditer(self.text):
            before = self._between(max(0, cue.start() - 12), cue.start())
            if not before or before[-1].end != cue.start():
                continue
            total = before[-1]
            if not total.is_quantity or total.value is None or total.id in self.in_breakdown \
                    or self._is_change(total) or AVERAGE.search(total.indicator):
                continue
            _, sentence_end = self.sentence_of_offset.bounds(cue.start())
            semicolon = re.compile(r"[；;]").search(self.text, cue.end(), sentence_end)
            end = semicolon.start() if semicolon else sentence_end
            parts, depth, scanned = [], 0, cue.end()
            for claim in self._between(cue.end(), end):
                depth = _bracket_depth(self.text, scanned, claim.start, depth)
                scanned = claim.start
                if depth:
                    continue  # （每家17.50万元）
                if claim.unit_group != total.unit_group:
                    continue  # 十二家乡镇卫生院设备购置210.00万元: a count inside an item's name
                if not claim.is_quantity or self._is_change(claim) \
                        or claim.id in self.in_breakdown or AVERAGE.search(claim.indicator):
                    parts = []
                    break  # a list of other things: not a split of the total
                parts.append(claim.id)
            if len(parts) >= 2:
                confidence = "high" if self._has_total_word(total.id) else "medium"
                self._add_breakdown(total.id, parts, "分别用于", confidence=confidence, complete=True)

    def _bracketed_breakdowns(self) -> None:
        """全县共计16家基层医疗卫生机构（乡镇卫生院14家、社区卫生服务中心2家）: parts listed in
        brackets right after a total's noun, without 其中 or 含, name all of it."""
        for total in self.claims:
            if not total.is_quantity or total.value is None or total.id in self.in_breakdown \
                    or self._is_change(total) or AVERAGE.search(total.indicator):
                continue
            opening = BRACKETED_LIST_OPENING.match(self.text, total.end)
            if opening is None:
                continue
            closing = re.compile(r"[）)]").search(self.text, opening.end(), opening.end() + 120)
            if closing is None:
                continue
            inside = self._between(opening.end(), closing.start())
            if len(inside) < 2 or re.search(r"[（(]", self.text[opening.end():closing.start()]):
                continue
            gaps = [self.text[a.end:b.start] for a, b in zip(inside, inside[1:])]
            if not all(re.fullmatch(r"[、，,][\u4e00-\u9fff]{1,16}", gap) for gap in gaps) \
                    or not re.fullmatch(r"[\u4e00-\u9fff]{1,16}", self.text[opening.end():inside[0].start]) \
                    or self.text[inside[-1].end:closing.start()].strip():
                continue  # labelled parts only: A 14家、B 2家
            if any(c.unit_group != total.unit_group or not c.is_quantity or c.id in self.in_breakdown
                   or self._is_change(c) for c in inside):
                continue
            parts = [c.id for c in inside]
            self._add_breakdown(total.id, parts, "（）", confidence="medium", complete=True)

    def _range_bands(self) -> None:
        """对全县18家乡镇卫生院开展绩效评价。评价得分80分以下的1家，80-90分的6家，90分以上的11家:
        counts in bands that run from "below X" through "X-Y" to "above Z", each band starting where the
        one before ends, cover the whole line: a complete breakdown of the count stated before them."""
        index = 0
        while index < len(self.claims):
            run = self._band_run(index)
            if not run:
                index += 1
                continue
            first = self.claims[run[0]]
            total = self._nearest_before(first, lambda c: c.is_quantity and c.value is not None
                                         and c.unit_group == first.unit_group and c.paragraph == first.paragraph
                                         and c.id not in self.in_breakdown and not self._is_change(c), reach=10)
            if total is not None and total.id not in self.results:
                self._add_breakdown(total.id, run, "分段", confidence="medium", complete=True)
            index = run[-1] + 1

    def _grouping_after_a_grouping(self, first: Claim) -> bool:
        """按年龄分，0—6岁38例…；按户籍分，农村户籍53例、城镇户籍8例: a grouping after another one in its sentence
        groups the same total (read by _grouped_sentences), not the last number of the one before."""
        clause_start = max(self.text.rfind(c, 0, first.start) for c in "；;。\n") + 1
        sentence_start, _ = self.sentence_of_offset.bounds(first.start)
        return clause_start > sentence_start and self.text[clause_start - 1] in "；;" \
            and bool(SENTENCE_GROUPING.match(self.text, clause_start)) and bool(SENTENCE_GROUPING.match(self.text, sentence_start))

    def _listed_on(self, run: list[int]) -> bool:
        """The list a partition's members open goes on with another item of the same noun (托位)."""
        end = self.claims[run[-1]].end
        # (民办托育机构托位1,023个（其中普惠性民办托位610个）: not a number in brackets after the last)
        following = next((c for c in self.claims[run[-1] + 1:run[-1] + 4]
                          if _bracket_depth(self.text, end, c.start) <= 0), None)
        nouns = {self.claims[i].indicator[-2:] for i in run}
        return (following is not None and len(nouns) == 1 and following.is_quantity
                and following.sentence == self.claims[run[0]].sentence and following.unit_group == self.claims[run[0]].unit_group
                and following.indicator.endswith(nouns.pop())
                and _partition_member_any(following.indicator, self.lexicon.partitions) is None)

    def _band_run(self, index: int) -> list[int]:
        """The claims from ``index`` on whose labels are bands covering a line, or []."""
        bounds, run = [], []
        for claim in self.claims[index:index + 8]:
            if run and (claim.sentence != self.claims[run[0]].sentence or claim.unit_group != self.claims[run[0]].unit_group):
                break
            label = self._part_name(claim.id)
            low, middle, high = BAND_BELOW.search(label), BAND_BETWEEN.search(label), BAND_ABOVE.search(label)
            if not run:
                if low is None or not claim.is_quantity:
                    return []
                bounds.append(low.group(1) or low.group(2))
            elif middle is not None and middle.group(1) == bounds[-1]:
                bounds.append(middle.group(2))
            elif high is not None and high.group(1) == bounds[-1]:
                return run + [claim.id]
            else:
                return []
            run.append(claim.id)
        return []

    def _partition_lists(self) -> None:
        """出生1486人。按性别分，男婴774人、女婴712人: parts that name every member of a partition
        of the lexicon, without 其中, are a complete breakdown of the number before them."""
        claims = self.claims
        index = 0
        while index < len(claims):
            run = self._partition_run(index)
            if not run:
                index += 1
                continue
            first = claims[run[0]]
            if self._listed_on(run) or self._grouping_after_a_grouping(first):
                index = run[-1] + 1
                continue  # 公办…托位512个，民办…托位1,023个，用人单位办托育点托位96个: the partition is not the list
            named = self._population_named_before(first)
            candidates = [c for c in claims[:first.id] if c.is_quantity and c.unit_group == first.unit_group
                          and c.id not in self.in_breakdown and not self._is_change(c) and not self._is_previous(c)
                          and not AVERAGE.search(c.indicator) and first.sentence - c.sentence <= 2
                          and _partition_member_any(c.indicator, self.lexicon.partitions) is None]
            # (四季度4,661人次…。按机构分，基层医疗机构13,540人次，县级医院2,322人次: a count its parts far
            # exceed is not their total; the year's 15,862人次 before it is)
            candidates = [c for c in candidates if c.value is not None and self._adds_up_roughly(c, [claims[p] for p in run])]
            if named is not None:
                total = claims[named]  # 全年出生人口中，一孩652人…: the population named by 中
            else:
                cued = [c for c in candidates if self._has_total_word(c.id)]
                total = (cued or candidates or [None])[-1]
            if total is not None and not any(p in self.in_breakdown for p in run):
                self._add("breakdown", total.id, run, "按类别", confidence="medium", complete=True)
                self.in_breakdown.update(run)
                for part in run:
                    self.part_of[part] = total.id
            index = run[-1] + 1

    def _partition_sentences(self) -> None:
        """其中，公办幼儿园4所，托位157个…。民办幼儿园37个，…托位总数810个…。: sentences that each
        open with one member of a partition break down, noun by noun, the totals stated before them
        (967个托位 = 157 + 810; 幼儿园41所 = 4 + 37)."""
        starts = self.sentence_of_offset.starts
        ends = list(starts[1:]) + [len(self.text)]
        windows = [_opening_window(self.text, start, end, self.member_words) for start, end in zip(starts, ends)]
        self.partition_sentences: list[tuple[int, int]] = []
        for partition in self.lexicon.partitions:
            members = partition["members"]
            opened = []  # (member, sentence start, sentence end)
            for start, end, window in zip(starts, ends, windows):
                member = _opening_member(window, members) if window else None
                if member is not None:
                    opened.append((member, start, end))
                elif opened and len({m for m, _, _ in opened}) < len(members):
                    opened = []
                if len({m for m, _, _ in opened}) == len(members):
                    self._partition_sentence_relations(opened, members)
                    self.partition_sentences.extend((a, b) for _, a, b in opened)
                    opened = []
        for index, start in enumerate(starts):
            self._partition_clauses(start, starts[index + 1] if index + 1 < len(starts) else len(self.text))

    def _partition_clauses(self, start: int, end: int) -> None:
        """公办托育机构6家、托位420个，民办托育机构17家、托位960个: within one sentence, clause
        groups that each open with one member of a partition break down the totals before them
        (托育机构23家 = 6 + 17, 托位1380个 = 420 + 960)."""
        if not self.member_words.search(self.text, start, end):
            return  # no clause can open with a member
        cuts = [start]
        depth, scanned = 0, start  # bracket depth kept up as the cuts go (linear in the sentence)
        for cut in CLAUSE_CUT.finditer(self.text, start, end):
            depth = _bracket_depth(self.text, scanned, cut.start(), depth)
            scanned = cut.start()
            if not depth:
                cuts.append(cut.end())
        cuts.append(end)
        clauses = [(a, b, _opening_window(self.text, a, b, self.member_words)) for a, b in zip(cuts, cuts[1:])]
        if not any(window for _, _, window in clauses):
            return
        for partition in self.lexicon.partitions:
            if partition.get("span"):
                continue
            members = partition["members"]
            groups: list[list] = []  # [member, start, end]: a clause naming a member and the clauses after it
            for a, b, window in clauses:
                member = _opening_member(window, members) if window else None
                if member is not None:
                    groups.append([member, a, b])
                elif groups:
                    groups[-1][2] = b
            if len(groups) == len(members) and len({g[0] for g in groups}) == len(members):
                self._partition_sentence_relations([tuple(g) for g in groups], members, paragraphs=2,
                                                   cue="分类分句")
                self.partition_sentences.extend((a, b) for _, a, b in groups)

    def _partition_sentence_relations(self, opened, members, paragraphs: int = 1, cue: str = "分类句") -> None:
        first_start = opened[0][1]
        per_sentence = []
        for member, start, end in opened:
            claims = [c for c in self._between(start, end) if c.is_quantity and not self._is_change(c)
                      and not self._is_previous(c)]
            nouns = {}
            for claim in claims:
                noun = _head_noun(_strip_member(claim.indicator, members[member]), any_length=True)
                if len(noun) >= 2 and noun not in nouns:
                    nouns[noun] = claim
            per_sentence.append(nouns)
        for noun in [n for n in per_sentence[0] if all(n in nouns for nouns in per_sentence[1:])]:
            parts = [nouns[noun] for nouns in per_sentence]
            if len({p.unit_group for p in parts}) != 1:
                continue
            if cue != "分类句" and any(p.id in self.in_breakdown for p in parts):
                continue  # 男孩2143人、女孩2022人 after 其中: read as its breakdown already
            if any(p.id in self.table_cells for p in parts):
                continue  # | 公立医院 | 1365 | … |: the rows of a table are read by their columns (_tables)
            total = self._nearest_before(parts[0], lambda c: c.start < first_start and c.is_quantity
                                         and not any(a <= c.start < b for a, b in self.partition_sentences)
                                         and c.unit_group == parts[0].unit_group and not self._is_change(c)
                                         and _head_noun(c.indicator, any_length=True).endswith(noun)
                                         and parts[0].paragraph - c.paragraph <= paragraphs
                                         and (cue == "分类句" or _within_section(parts[0].section, c.section)))
            if total is not None:
                self._add("breakdown", total.id, [p.id for p in parts], cue, confidence="medium", complete=True)
                self.in_breakdown.update(p.id for p in parts)
                if cue != "分类句":
                    self.part_of.update({p.id: total.id for p in parts})

    def _partition_run(self, index: int) -> list[int]:
        """Consecutive counts from ``index`` on that cover one partition exactly, or []."""
        start = self.claims[index]
        if not start.is_quantity or start.id in self.in_breakdown or not self.member_words.search(start.indicator):
            return []  # the first count of a run names a member of some partition
        for partition in self.lexicon.partitions:
            members = partition["members"]
            run, seen, last = [], set(), None
            # (正高级47人、副高级386人、中级1,104人、初级1,714人: several parts of one member, side by side)
            for claim in self.claims[index:index + 2 * len(members)]:
                member = _partition_member(claim.indicator, members)
                if (member is None or member in seen and member != last or not claim.is_quantity or claim.unit_group != start.unit_group
                        or claim.sentence - start.sentence > 1 or claim.id in self.in_breakdown or self._is_previous(claim)
                        or self.text[claim.end:claim.end + 1] in ("/", "每") or AVERAGE.search(claim.indicator)):
                    break  # 男孩20元/人/月: a standard per person is not a part
                run.append(claim.id)
                seen.add(member)
                last = member
            if len(seen) == len(members):
                return run
        return []

    def _further_groupings(self) -> None:
        """卫生技术人员增至3360人，其中按职称分，高级116人…；按岗位分，医疗1564人，护理992人…；按学历分，…:
        each further 按…分 after a 其中 list breaks down the same total again."""
        totals_by_sentence: dict[int, list[Relation]] = {}
        for relation in self.relations:
            if relation.kind in ("breakdown", "subset") and relation.cue == "其中":
                totals_by_sentence.setdefault(self.claims[relation.result].sentence, []).append(relation)
        for match in self._groupings():
            position = match.start()
            sentence_start, sentence_end = self.sentence_of_offset.bounds(position)
            index = bisect.bisect_left(self.starts, position)
            sentence = self.claims[index - 1].sentence if index else None
            earlier = [r for r in totals_by_sentence.get(sentence, ())
                       if self.claims[r.result].start >= sentence_start and self.claims[r.operands[-1]].end <= position]
            if not earlier and sentence is not None and self.text[sentence_start:position].strip(" \t\u3000") == "" \
                    and GROUPING.match(self.text, position):
                # 活产数4236人…。其中男婴2241人、女婴1995人…。按孩次分，一孩1602人…: a sentence that opens
                # with 按…分 groups the total the sentence before broke down
                # (民办托育机构托位1,023个（其中普惠性民办托位610个）…。按区域分: a 其中 in brackets breaks
                # down one item of its sentence, not what the next sentence groups)
                earlier = [r for rs in totals_by_sentence.values() for r in rs
                           if self.claims[r.result].paragraph == self.claims[index - 1].paragraph
                           and self.claims[r.operands[-1]].end <= position
                           and self.claims[r.operands[-1]].sentence == self.claims[index - 1].sentence
                           and not re.match(r"[ \t]*[（(]", self.text[self.claims[r.result].end:self.claims[r.result].end + 3])]
                earlier.sort(key=lambda r: self.claims[r.result].start)
            if not earlier:
                continue
            opened = earlier[-1]
            semicolon = re.compile(r"[；;]").search(self.text, match.end(), sentence_end)
            parts = self._parts_after(match.end(), semicolon.start() if semicolon else sentence_end, opened.result)
            partition = next((p for p in self.lexicon.partitions
                              if _partition_member(self._part_name(parts[0]), p["members"]) is not None), None) if parts else None
            if semicolon and partition is not None:
                # 一孩1602人，占37.82%；二孩2138人…；三孩及以上451人: members of one partition run on
                # over the semicolons
                parts = list(itertools.takewhile(
                    lambda p: _partition_member(self._part_name(p), partition["members"]) is not None,
                    self._parts_after(match.end(), sentence_end, opened.result)))
            if len(parts) >= 2 and not self.in_breakdown.intersection(parts):
                # complete when it ends in 其他, or names every member of a partition that is not a
                # scale listed from the top (staff by title, 高级…初级, leave out those without one)
                last = re.sub(r"^(?:其中|含|包括)", "", self._part_name(parts[-1]))
                complete = last.startswith(tuple(self.lexicon.remainder_words)) or (
                    partition is not None and partition.get("ordered") != "down"
                    and self._labels_complete([self._part_name(p) for p in parts]))
                self._add_breakdown(opened.result, parts, match.group().strip()[:-1] or "；", confidence=opened.confidence,
                                    complete=complete, parts_may_overlap=self._may_overlap(parts))

    def _grouped_sentences(self) -> None:
        """全县在岗乡村医生428人，平均每个村卫生室1.67人。从执业资格看，取得执业（助理）医师资格的96人，
        …47人，…285人。从年龄结构看：35岁以下52人，35-44岁74人…: a sentence that opens with a grouping
        (按…分, 从…看) and lists counts of one kind breaks down the first count of that kind the
        sentence before states (not an average). Complete when its labels cover a scale or a
        partition; otherwise the counts are only together at most the total."""
        for match in SENTENCE_GROUPING.finditer(self.text):
            sentence_start, sentence_end = self.sentence_of_offset.bounds(match.end())
            lead = self.text[sentence_start:match.start()].strip(" \t\u3000")
            if not sentence_start or lead and not (lead[-1] in "；;" and SENTENCE_GROUPING.match(self.text, sentence_start)):
                continue  # (按专业分，…；按程序分，…；按时段分，…: each grouping after the first opens a clause)
            following = SENTENCE_GROUPING.search(self.text, match.end(), sentence_end)
            clause_end = following.start() if following else sentence_end
            listed = [c for c in self._between(match.end(), clause_end) if c.is_quantity and c.value is not None
                      and not self._is_change(c) and not self._is_previous(c)]
            # (…重度失能725人；失能老年人合计3626人: a total after the list closes it)
            listed = list(itertools.takewhile(lambda c: not TOTAL_WORD.search(self._clause_before(c)), listed))
            if len(listed) < 2 or len({c.unit_group for c in listed}) != 1:
                listed = list(itertools.takewhile(lambda c: c.unit_group == listed[0].unit_group, listed)) if listed else []
            # (创伤类3412人次（其中交通事故伤1986人次）: a part of a listed count is not listed)
            ids = {c.id for c in listed}
            listed = [c for c in listed if self.part_of.get(c.id) not in ids]
            parts = [c for c in listed if c.id not in self.part_of and c.id not in self.in_breakdown
                     and not self._is_share_base(c)]
            if len(parts) < 2 or len(parts) != len(listed) or len({_period_part(p.period) for p in parts}) > 1:
                continue  # (分季度看，一季度…二季度…: the periods of a flow, read by _period_sums)
            previous_start, _ = self.sentence_of_offset.bounds(sentence_start - 1)
            previous_end = sentence_start
            for _ in range(4):
                if not (previous_start and SENTENCE_GROUPING.match(self.text, previous_start)):
                    break
                # 共完成诊疗128.64万人次…。分季度看,一季度…。分机构看,…: both group the total before them
                previous_end = previous_start
                previous_start, _ = self.sentence_of_offset.bounds(previous_start - 1)
            # 经鉴定，结论为病残儿的61例…。\n\n按病残类别分，…: groupings that open a paragraph group the count of the
            # paragraph before (past the blank lines between)
            opens_paragraph = not self.text[self.text.rfind("\n", 0, previous_end) + 1:previous_end].strip(" \t\u3000")
            while opens_paragraph and previous_start and not self.text[previous_start:previous_end].strip():
                previous_end = previous_start
                previous_start, _ = self.sentence_of_offset.bounds(previous_start - 1)
            # (分级看：申报正高级12人、通过5人，…；申报副高级68人、通过43人，…: items of as many counts each
            # list, column by column, the parts of as many totals: 申报 of 490人, 通过 of 261人)
            items = [[parts[0]]]
            for before, part in zip(parts, parts[1:]):
                if SEMICOLON.search(self.text, before.end, part.start):
                    items.append([])
                items[-1].append(part)
            width = len(items[0])
            columns = [[item[k] for item in items] for k in range(width)] \
                if width >= 2 and len(items) >= 2 and all(len(item) == width for item in items) else [parts]
            for column in columns:
                self._grouped_total(column, previous_start, previous_end, match, opens_paragraph)

    def _lists_of_a_named_whole(self) -> None:
        """总收入102,506万元…。总收入中，医疗收入87,264万元，占85.13%；财政补助收入11,935万元，占11.64%；…其他收入
        3,307万元: a sentence that opens on a name and 中 lists, in its clauses, the parts of the count of
        that name stated before (medium: the list may name only some of them)."""
        for cue in NAMED_WHOLE_OPENING.finditer(self.text):
            sentence_start, sentence_end = self.sentence_of_offset.bounds(cue.end())
            if sentence_start != cue.start():
                continue
            listed = [c for c in self._between(cue.end(), sentence_end)[:PARALLEL_NUMBERS] if c.is_quantity]
            if not listed:
                continue
            whole = self._population_named_before(listed[0])
            if whole is None:
                continue
            whole = self.claims[whole]
            stated = self.claims[whole.id - 1] if whole.id else None
            if stated is not None and stated.unit_group == whole.unit_group and \
                    re.fullmatch(r"[ \t]*[（(][ \t]*", self.text[stated.end:whole.start]):
                whole = stated  # 总收入102,506万元（10.25亿元）: the number the bracket restates
            parts = [c for c in listed if c.unit_group == whole.unit_group and self._may_be_a_part(c) and not self._is_change(c)]
            if len(parts) < 2 or whole.value is None or whole.id in self.in_breakdown or whole.id in self.part_of \
                    or any(p.id in self.in_breakdown or p.id in self.part_of for p in parts) \
                    or not self._adds_up_roughly(whole, parts) or any(p.value > whole.value for p in parts):
                continue
            self._add_breakdown(whole.id, [p.id for p in parts], cue.group().strip(" \t，,"), confidence="medium",
                                complete=self._is_complete([p.id for p in parts]),
                                parts_may_overlap=self._may_overlap([p.id for p in parts]))

    def _grouped_total(self, parts: list[Claim], previous_start: int, previous_end: int, match: re.Match,
                       opens_paragraph: bool = False) -> None:
        """The breakdown of the count of the sentence before that the parts of a grouping add up to."""
        # the count of that kind the parts come nearest (住院分娩围产儿4936例…，
        # 监测发现出生缺陷79例。从病种看，…: 79)
        listed_sum = sum(p.value for p in parts)
        candidates = [c for c in self._between(previous_start, previous_end) if c.is_quantity
                      and c.value and c.unit_group == parts[0].unit_group and c.kind == "count"
                      and not AVERAGE.search(c.indicator) and not self._is_change(c) and not self._is_previous(c)
                      and (c.paragraph == parts[0].paragraph or opens_paragraph) and self._adds_up_roughly(c, parts)]
        total = min(candidates, key=lambda c: abs(c.value - listed_sum) / c.value, default=None)
        if total is None or total.id in self.part_of or total.id in self.in_breakdown \
                or any(p.value > total.value for p in parts):
            return
        labels = [self._part_name(p.id) for p in parts]
        complete = self._labels_complete(labels) or \
            re.sub(r"^(?:其中|含|包括)", "", labels[-1]).startswith(tuple(self.lexicon.remainder_words))
        self._add_breakdown(total.id, [p.id for p in parts], match.group().strip(" \t，,：:"), confidence="medium",
                            complete=complete, parts_may_overlap=self._may_overlap([p.id for p in parts]))

    def _groupings(self):
        """按职称分， clauses, and ； clauses whose counts all name members of one partition of the
        lexicon (；具高级职称者134人，中级职称1170人，初级职称2481人)."""
        found = list(GROUPING.finditer(self.text))
        for semicolon in re.finditer(r"[；;]", self.text):
            _, sentence_end = self.sentence_of_offset.bounds(semicolon.start())
            following = SEMICOLON.search(self.text, semicolon.end(), sentence_end)  # (; too: a clause, not the rest of the sentence)
            clause = self._between(semicolon.end(), following.start() if following else sentence_end)
            labels = [self._part_name(c.id) for c in clause if c.is_quantity]
            if len(labels) >= 2 and not GROUPING.match(self.text, semicolon.end()) and any(
                    all(_partition_member(label, partition["members"]) is not None for label in labels)
                    for partition in self.lexicon.partitions):
                found.append(semicolon)
        return sorted(found, key=lambda m: m.start())

    def _list_end(self, position: int, sentence_end: int) -> int:
        """Where a 其中 list ends: at the end of its sentence, at a ；, or at the bracket that
        encloses it (现有确诊739例(其中重症病例11例),现有疑似2例)."""
        end = sentence_end
        semicolon = re.compile(r"[；;]").search(self.text, position, end)
        enumerated = re.match(r"(?:其中|含|包含|包括)[ \t]*[：:]", self.text[position:position + 6])
        if semicolon and not enumerated:  # 其中：A…；B…；C… runs on over its semicolons
            end = semicolon.start()
            # 其中,中央补助2474.74万元,占70%;省级补助724.42万元,占21%;… / 其中独生子女伤残家庭412人,每人每年
            # 4200元;独生子女死亡家庭268人,每人每年5400元,发放…: items that each end on their share or their
            # standard per head run on over the semicolons, the last ending with its tail (at most
            # SHARE_ITEMS items: a sentence of thousands of 其中 items stays linear)
            for _ in range(SHARE_ITEMS):
                tail = SHARE_AT_END.search(self.text, max(position, end - 16), end)
                if not tail:
                    break
                following = SEMICOLON.search(self.text, end + 1, sentence_end)
                item_end = following.start() if following else sentence_end
                item = SHARE_ITEM.match(self.text, end + 1, item_end)
                if not item or "其中" in item.group():
                    break
                if (tail.group("rate") or item.group("rate")) and tail.group("rate") != item.group("rate"):
                    # (其中规范管理21,362人，规范管理率73.80%；血压控制达标26,893人，血压控制率69.60%: rates of
                    # two measures of one population, whose counts overlap, are no items of one list)
                    break
                if item.end() < item_end:
                    end = item.end()
                    break
                end = item_end
        opening = max(self.text.rfind(b, max(0, position - 30), position) for b in BRACKETS)
        if opening != -1 and not self._inside_brackets(opening + 1, position) and \
                not any(c in self.text[opening + 1:position] for c in BRACKETS.values()):
            closing = min((i for i in (self.text.find(c, position, end) for c in BRACKETS.values()) if i != -1), default=-1)
            if closing != -1:
                end = closing
        return end

    def _total_before(self, position: int, sentence_start: int) -> int | None:
        opens_sentence = not self.text[sentence_start:position].strip(" \t\u3000，,。：:")
        search_from = self.sentence_of_offset.bounds(sentence_start - 1)[0] if opens_sentence and sentence_start else sentence_start
        if opens_sentence and search_from and SENTENCE_GROUPING.match(self.text, search_from):
            # 总诊疗163.22万人次…。分季度看，一季度…四季度43.18万人次。其中县级公立医院…: the sentence before
            # groups the total before it; the 其中 is of that total, not of the last group
            before = search_from
            search_from = self.sentence_of_offset.bounds(search_from - 1)[0]
        else:
            before = position
        # (at most the TOTAL_REACH numbers before the 其中: a sentence of thousands of clauses stays linear)
        last = bisect.bisect_left(self.starts, before)
        first = max(bisect.bisect_left(self.starts, search_from), last - TOTAL_REACH)
        candidates = [c for c in self.claims[first:last] if c.end <= before and c.is_quantity]
        if not candidates:
            return None
        # 支出23418.62万元(一季度11263.48万元,二季度12155.14万元),其中住院…: not a number of a bracket
        # closed before the 其中 (the depth is read from a little before the first candidate: bounded)
        depth, scanned = 0, max(search_from, candidates[0].start - 50)
        depths = []
        for c in candidates:
            depth = _bracket_depth(self.text, scanned, c.start, depth)
            scanned = c.start
            depths.append(depth)
        at_cue = _bracket_depth(self.text, scanned, position, depth)
        candidates = [c for c, d in zip(candidates, depths) if d <= at_cue] or candidates
        # The total nearest the 其中: a cued one (共, 合计) if there is one; else not a change
        # (比上年增加15人，其中… — the parts belong to the stock, not to the change), nor last year's
        # value (活产数4236人，比上年的4387人减少151人。其中男婴2241人…: this year's parts)
        candidates = [c for c in candidates if not AVERAGE.search(c.indicator)] or candidates
        if opens_sentence:
            # 死亡3,862例，其中男性2,214例、女性1,648例。其中上半年报告2,037例: a 其中 opening its sentence is of
            # the total of the sentence before, not of a part it already broke down
            candidates = [c for c in candidates if c.id not in self.in_breakdown] or candidates
        # 支出64385万元，占一般公共预算支出38.6亿元的16.68%。其中…: not the base of a share (what 占 names)
        candidates = [c for c in candidates if not self._is_share_base(c)] or candidates
        # 共58705.44万元打包预付给两个医共体，其中县人民医院医共体35404.26万元: the total is in the unit of
        # the first part after the 其中, when one before it is
        # (not when a number stands right before the 其中: 4132户12486人，其中已脱贫4087户12358人 pairs up)
        after = bisect.bisect_left(self.starts, position)
        first_part = next((c for c in self.claims[after:after + 3] if c.is_quantity and position <= c.start <= position + 20), None)
        paired = first_part is not None and first_part.id + 1 < len(self.claims) \
            and self.claims[first_part.id + 1].start == first_part.end  # 乙类传染病9种1135例: read pair by pair
        if first_part is not None and not paired and not self._adjacent(candidates[-1].id, position):
            candidates = [c for c in candidates if c.unit_group == first_part.unit_group] or candidates
        if first_part is not None and first_part.value is not None:
            # (按宫颈癌筛查每例110元、乳腺癌筛查每例90元的标准…下达补助资金，其中宫颈癌筛查132万元: an amount per
            # unit smaller than the first part is no total; 每人每年960元，其中中央576元 is)
            candidates = [c for c in candidates if not (self._per_unit(c) or self._states_standard(c))
                          or c.value is None or c.value >= first_part.value]
            if not candidates:
                return None
        cued = [c for c in candidates if self._has_total_word(c.id)]
        steady = [c for c in candidates if not self._is_change(c) and not self._is_previous(c)] or \
            [c for c in candidates if not self._is_change(c)]
        if steady and self._is_previous(steady[-1]) and not cued:
            # 医疗收入87,264万元…。医疗收入比上年（79,836万元）增长9.30%，其中门急诊收入…: of this year's value
            # the comparison names, not of last year's
            now = self._current_named_before(steady[-1])
            return now.id if now is not None else None
        if cued and steady and steady[-1] is candidates[-1] and self._adjacent(steady[-1].id, position) \
                and re.search(r"[；;]", self.text[cued[-1].end:steady[-1].start]):
            return steady[-1].id  # 共有机构34家，…；提供托位1562个，其中…: the number right before 其中
        if cued and steady and steady[-1] is candidates[-1] and steady[-1] is not cued[-1] \
                and steady[-1].id + 1 < len(self.claims):
            # 共采集标本126份，检出阳性98份，阳性率77.78%，其中CV-A6型61份、…: the count right before, past
            # its own rate, not the cued total before it
            own_rate = self.claims[steady[-1].id + 1]
            if own_rate.is_percent and own_rate.end <= position and self._adjacent(own_rate.id, position) \
                    and re.fullmatch(r"[ \t]*[，,][\u4e00-\u9fff]{1,8}", self.text[steady[-1].end:own_rate.start]):
                return steady[-1].id
        return (cued or steady or candidates)[-1].id

    def _parts_after(self, start: int, end: int, total_id: int, included: bool = False,
                     paired_group: str | None = None) -> list[int]:
        total = self.claims[total_id]
        nested_from = self.text.find("其中", start, end)
        # numbers after a nested 其中 are its parts, not this total's: no need to read them
        limit = end if nested_from == -1 else nested_from
        parts = []
        depth, scanned = 0, start  # bracket depth from ``start``, kept up as the claims go (linear, not per claim)
        for claim in self._between(start, limit):
            depth = _bracket_depth(self.text, scanned, claim.start, depth)
            scanned = claim.start
            if not claim.is_quantity or AVERAGE.search(claim.indicator) or self._is_previous(claim):
                continue  # 其中，按每人每年960元的标准 / 由280人增加到300人: a standard, a value before, not parts
            if self._is_share_base(claim):
                continue  # 其中…5.34万人，占全县60岁及以上老年人口6.87万人的77.73%: the base of a part's share
            if claim.unit_group == total.unit_group and self._states_standard(claim):
                continue  # …按每人每月300元发放生活补助112.32万元: the standard an item is paid at, no item
            if depth > 0:
                continue  # 境外输入16例(广东4例...): a breakdown of the part, not of the total
            if claim.unit_group != total.unit_group or claim.unit_group is None:
                if paired_group is not None and claim.unit_group == paired_group:
                    continue  # 已脱贫4087户12358人: the other unit of a pair
                following = self.claims[claim.id + 1] if claim.id + 1 < len(self.claims) else None
                if following is not None and following.unit_group == total.unit_group and following.start < limit \
                        and re.fullmatch(r"[ \t]*[、，,]?[ \t]*", self.text[claim.end:following.start]):
                    continue  # 其中县级集中培训3期、192人次，乡镇轮训2期、120人次: each item counted twice
                after = next((c for c in self.claims[claim.id + 1:claim.id + 4] if c.unit_group == total.unit_group), None)
                if parts and self._number_first(claim) and after is not None and after.start < limit \
                        and not CLAUSE_JOINT.search(self.text, claim.end, after.start):
                    continue  # …，对已退出岗位的312名老年乡村医生按…发放生活补助112.32万元: whom the item is for
                if parts and not self._states_standard(claim):
                    break  # 其中副高21名，累计坐诊1520人天，带教280余人: another measure ends the list
                continue  # (独生子女父母奖励9359人，标准为每人每年120元；年老一次性奖励489人…: a standard does not)
            if self._is_change(claim) and not self._is_change(total) and not (
                    included and re.search(r"新增|增加", claim.indicator) and not self._is_previous(claim)):
                continue
            clause = self._clause_before(claim).strip()
            if parts and AMONG_THE_LISTED.match(clause):
                break  # 其中县人民医院下派54名、县中医院下派32名，下派人员中具有副高级职称的31名: among them all
            if parts and SUBTOTAL_WORD.search(clause):
                continue  # 其中一季度2,015人次、二季度2,290人次，上半年合计4,305人次: a subtotal of the parts, no part
            if parts and DONE_OPENING.match(clause) and claim.id not in self.done_of and not any(
                    DONE_OPENING.match(self._clause_before(self.claims[p]).strip()) for p in parts):
                # 其中A352.8万元、B73.7万元、C60万元，已支付398.2万元: what was done of the total ends the list (of
                # one part, 其中重点人群16.92万人，已签约13.86万人, what was done of that part: no list of the total)
                if len(parts) == 1:
                    parts = []
                break
            if len(parts) >= 2 and total.value is not None and CLAUSE_JOINT.search(self.text, self.claims[parts[-1]].end, claim.start) \
                    and sum(self.claims[p].value or 0 for p in parts) == total.value:
                break  # 其中一季度168份、二季度192份，检出阳性23份: items that already make up the total end the list
            parts.append(claim.id)
        if nested_from != -1:
            # A nested 其中 starts a breakdown of its own: its parts are not the outer total's.
            nested_total = max((p for p in parts if self.claims[p].start < nested_from), default=None)
            parts = [p for p in parts if self.claims[p].start < nested_from or p == nested_total]
        head = _head_noun(total.indicator)
        if head:
            # 其中，公办幼儿园4所，托位157个: when parts name the total's noun, only they are parts
            naming = [p for p in parts if _head_noun(self.claims[p].indicator, any_length=True).endswith(head)]
            if naming:
                return naming
        return self._without_siblings(parts, total)

    def _is_share_base(self, claim: Claim) -> bool:
        """占全县一般公共预算支出38.6亿元的16.68%: the number a share is of, named after 占."""
        return bool(SHARE_BASE_AFTER.match(self.text, claim.end)
                    and SHARE_BASE_BEFORE.search(self.text, max(0, claim.start - 24), claim.start))

    def _per_unit(self, claim: Claim) -> bool:
        """每所奖励20万元, 每例补助300元: an amount for each one of what is counted, no count of them."""
        return bool(PER_UNIT_BEFORE.search(self._clause_before(claim)))

    def _states_standard(self, claim: Claim) -> bool:
        """标准为每人每年120元 / 按每人1000元: an amount per head, said of the item before it."""
        return bool(STANDARD_CONTEXT.search(self.text, max(0, claim.start - 8), claim.start))

    def _counts_those_that_did(self, claim: Claim) -> bool:
        """214个村卫生室达到标准化建设要求: the number counts those of the noun that did something, not
        all of the noun its indicator names."""
        if not self._number_first(claim):
            return False
        after = self._clause_after(claim)
        noun = SCOPE_PREFIX.sub("", claim.indicator)
        return len(noun) >= 2 and after.startswith(noun) and bool(DID_AFTER_NOUN.match(after[len(noun):]))

    def _number_first(self, claim: Claim) -> bool:
        """22家乡镇卫生院: the number comes before the noun it counts (以活产2846人计 does not)."""
        if re.match(r"计[，,；;]", self.text[claim.end:claim.end + 2]):
            return False
        following = self.text[claim.end:claim.end + 1]
        if self.text.startswith(VERBS_AFTER_COUNT, claim.end):
            return False  # 抽取居民户300户开展盐碘监测 / 贫困人口6842人全部签约: a verb after it, the noun before it
        return bool(following) and "\u4e00" <= following <= "\u9fff" and following not in "的等余多左以"

    def _without_siblings(self, parts: list[int], total: Claim) -> list[int]:
        """执业医师1575人,其中公共卫生类136人、…中医专业类217人,执业护士635人: after the list,
        a number named like the total (执业护士 beside 执业医师) is its sibling, not a part."""
        kept = []
        for part in parts:
            claim = self.claims[part]
            if kept:
                gap = self.text[self.claims[kept[-1]].end:claim.start]
                clause = re.split(r"[，,]", gap)[-1]
                if re.search(r"[，,]", gap) and (self._number_first(claim) or clause.startswith(LIST_BREAKERS)):
                    break  # ，全县3家…全部建成: a new clause about something else ends the list
                named_like_total = claim.indicator[:2] == total.indicator[:2] and len(claim.indicator) >= 2
                named_like_parts = any(self.claims[k].indicator[:2] == claim.indicator[:2] for k in kept)
                if re.search(r"[，,]", gap) and named_like_total and not named_like_parts:
                    break
            kept.append(part)
        return kept

    def _inside_brackets(self, start: int, position: int) -> bool:
        return _bracket_depth(self.text, start, position) > 0

    def _has_total_word(self, claim_id: int) -> bool:
        """共, 合计, 总数... in the number's own clause."""
        claim = self.claims[claim_id]
        window = self.text[max(0, claim.start - 30):claim.start]
        clause = re.split(r"[，,；;。：:\n]", window)[-1]
        # (not the 共 of 公共卫生, 共同, 共建: 专业公共卫生机构核查670项、差错9项 states no total)
        return any(cue in clause for cue in ("累计", "一共", "总共", "总数", "总额")) or bool(TOTAL_WORD.search(clause))

    def _has_total_cue(self, claim_id: int) -> bool:
        """A total word, or 其中 right after the number."""
        claim = self.claims[claim_id]
        return self._has_total_word(claim_id) or \
            bool(re.match(r"[ \t]*[，,。：:（(]?[ \t]*其中", self.text[claim.end:claim.end + 6]))

    def _adjacent(self, claim_id: int, position: int) -> bool:
        between = self.text[self.claims[claim_id].end:position]
        return not between.strip(" \t，,。：:（(")

    def _is_previous(self, claim: Claim) -> bool:
        """较上年的1583人, 由845人增加到866人: the value of the period before, not of the report's."""
        known = self._previous.get(claim.id)
        if known is not None and known[0] is claim:
            return known[1]
        previous = self._reads_as_previous(claim)
        self._previous[claim.id] = (claim, previous)
        return previous

    def _reads_as_previous(self, claim: Claim) -> bool:
        # (比上年末的3768张: the stock at the end of the year before)
        # (较年初的2781人: the stock at the start of the year; 较上年筛查44906人: the noun may follow)
        if PREVIOUS_BEFORE.search(self.text[max(0, claim.start - 16):claim.start]):
            return True
        clause = re.split(r"[，,；;。\n]", self.text[max(0, claim.start - 20):claim.start])[-1]
        if re.match(r"[ \t]*[）)]?[ \t]*相比", self.text[claim.end:claim.end + 5]) and \
                re.search(r"与(?:上年|去年|上一年|(?:19|20)\d{2}年)", clause):
            return True  # 与上年同期在管的50927人相比 / 与2016年登记309例相比
        return bool(re.search(r"[由从]", clause)) and bool(re.match(
            r"[ \t]*(?:增加|增长|提高|提升|上升|下降|减少|降低|扩大|缩小|调整)(?:到|至|为)", self.text[claim.end:claim.end + 8]))

    def _is_change(self, claim: Claim) -> bool:
        known = self._change.get(claim.indicator)
        if known is None:
            indicator = claim.indicator.replace("计划生育", "")  # family planning is not a plan
            known = self._change[claim.indicator] = any(word in indicator for word in self.lexicon.change_words)
        return known

    def _is_complete(self, parts: list[int]) -> bool:
        return self._labels_complete([self._part_name(p) for p in parts])

    def _part_name(self, part: int) -> str:
        """What a part counts: its indicator, or for 伤残家庭312人 after 其中 the words up to the
        number (the indicator may have swallowed a 由 or 到 of the sentence)."""
        claim = self.claims[part]
        # (口\n腔类19人: a word broken by a line break of the conversion is one word)
        clause = re.split(r"[，,、；;：:（(]", self.text[max(0, claim.start - 20):claim.start].replace("\n", ""))[-1]
        clause = clause.strip()
        return clause if len(clause) >= 2 and not re.search(r"\d", clause) else claim.indicator

    def _names_a_group(self, parts: list[int]) -> bool:
        """A part names a group that shares people with others (高危孕产妇 among 住院分娩): the counts
        after a paragraph's first number are then not known to be its parts."""
        return any(g in self.claims[p].indicator for p in parts for g in self.lexicon.overlapping_groups)

    def _may_overlap(self, parts: list[int]) -> bool:
        """老年人… 高血压患者…: two parts drawn from different groups that share people (one part
        naming a group, 幼儿园新入园儿童 beside 小学一年级新生, or all the same one, is a partition)."""
        named = [frozenset(g for g in self.lexicon.overlapping_groups if g in self.claims[p].indicator) for p in parts]
        named = [groups for groups in named if groups]
        return len(named) >= 2 and len(set(named)) >= 2

    # -- pipe tables: a total row, #-marked rows, 其中 rows ----------------------------------------
    def _tables(self) -> None:
        self.tables: list[list[dict]] = []  # the rows with values of each table, for _rates_over_table_cells
        self.table_cells: set[int] = set()  # the claims in the cells of a table row: read here, not as sentences
        self.table_totals: list[Claim] = []  # the cells of the total rows
        for block in _table_blocks(self.text):
            rows = [self._table_row(cells) for cells in block]
            numeric = [row for row in rows if row["values"]]
            self.table_cells.update(i for row in numeric for i in row["values"].values())
            # (| 总  计 | 2386 | …: the county's figure of each column, for prose rates and ratios over them)
            self.table_totals.extend(self.claims[i] for row in numeric if TABLE_TOTAL.match(row["label"])
                                     for i in row["values"].values())
            if numeric:
                self.tables.append(numeric)
            for row in numeric:
                self._column_parts(row)
            if len(numeric) < 2:
                continue
            self._indented_rows(numeric)
            # the header row above the values (not a | --- | rule of Markdown)
            # (| 一、中央财政转移支付 | | | |: a row naming a group of the rows below, its other cells
            # empty, is no header)
            header = next((r for r in reversed(rows[:rows.index(numeric[0])]) if not r["values"]
                           and sum(bool(re.search(r"[^\s:：\-—]", cell)) for cell in r["cells"]) >= 2), None)
            self._table_growth(numeric, header)
            self._total_column(numeric, header)
            rated = [dict(r, values=self._cells_with_rates(r)) for r in rows]  # (rates too: not summed, but read)
            self._table_bed_occupancy(rated, header)
            self._table_rate_columns(rated, header)
            self._table_rates_over_a_stated_base(rated)
            skipped = _columns_not_summed(header)
            if self._closing_totals(numeric, skipped):
                continue
            total = next((r for r in numeric if TABLE_TOTAL.match(r["label"])), None)
            if total is None and NAMED_TOTAL.search(numeric[0]["label"]) \
                    and not any(NAMED_TOTAL.search(r["label"]) for r in numeric[1:]):
                total = numeric[0]  # | 医养结合机构合计 | 14 |: the total of the rows below it
            if total is not None:
                # (a 其中 row right after the total opens its parts: | 其中:医疗机构举办养老机构 | 6 |)
                opening = numeric.index(total) + 1
                rows_after = [r for r in numeric[opening:] if r is not total]
                if not rows_after and not any(r["marked"] for r in numeric):
                    rows_after = numeric[:-1]  # | 柏林乡 | 315 | ⏎ | 合计 | 2896 |: a total row closing the table
                top, resolved = [], True
                k = 0
                while k < len(rows_after):
                    row = rows_after[k]
                    if row["marked"] == "其中" and top and k > 0:
                        # | 医院 | 14 | ⏎ | 其中:公立医院 | 6 | ⏎ | 民营医院 | 8 | ⏎ | 基层医疗卫生机构 | 391 |: only
                        # the first sub-row is marked; the sub-list ends where it adds up to its row
                        candidates = [row] + list(itertools.takewhile(lambda r: not r["marked"], rows_after[k + 1:]))
                        children = self._table_children(top[-1], candidates)
                        if children is None:
                            resolved = False  # where the sub-list ends is not known: the rows after it are not read
                            break
                        self._table_relations(top[-1], candidates[:children], skipped, "表中其中行", complete=None,
                                              confidence="medium")
                        k += children
                        continue
                    if not row["marked"] or k == 0:
                        top.append(row)
                    k += 1
                if resolved:
                    self._table_relations(total, top, skipped, "表中合计行", complete=True, confidence="high")
                continue
            marked = [r for r in numeric if r["marked"] == "#"]
            if marked:
                first = numeric.index(marked[0])
                parent = next((r for r in reversed(numeric[:first]) if not r["marked"]), None)
                if parent is not None:
                    self._table_relations(parent, marked, skipped, "表中#行", complete=None, confidence="high")
                # | #公立医疗机构 | 34 | 2289 | ⏎ | 县直医疗卫生单位 | 3 | 1259 | ⏎ | #民营医疗机构 | …: an unmarked row
                # between two # rows is one of the # row's above (each value within its; one above it may be
                # the error, two say the row is no sub-row)
                for upper, row, lower in zip(numeric[first:], numeric[first + 1:], numeric[first + 2:]):
                    shared = [c for c in row["values"] if c in upper["values"] and c not in skipped]
                    if upper["marked"] != "#" or row["marked"] or lower["marked"] != "#" or TABLE_TOTAL.match(row["label"]) \
                            or len(shared) < 2 or any(self.claims[row["values"][c]].value is None
                                                      or self.claims[upper["values"][c]].value is None for c in shared) \
                            or sum(self.claims[row["values"][c]].value > self.claims[upper["values"][c]].value for c in shared) > 1:
                        continue
                    for c in shared:
                        self._add("subset", upper["values"][c], [row["values"][c]], "表中#行下", confidence="medium")
                continue
            for index, row in enumerate(numeric):
                if row["marked"] != "其中" or index == 0:
                    continue
                parent = numeric[index - 1]
                parts = [row]
                for following in numeric[index + 1:]:
                    if following["marked"] or TABLE_MEASURE.search(following["label"]):
                        break
                    parts.append(following)
                # the unmarked rows after the 其中 row are its siblings only as far as they add up to
                # the parent (| 基层医疗卫生机构 | after | 民营医院 | is the next row of the upper level);
                # where that is not known, the 其中 row alone is a part
                children = self._table_children(parent, parts) if len(parts) > 1 else 1
                self._table_relations(parent, parts[:children or 1], skipped, "表中其中行", complete=None,
                                      confidence="medium")

    def _indented_rows(self, rows: list[dict]) -> None:
        """| 医院 | 1642 | ⏎ |   公立医院 | 1365 | ⏎ |   民营医院 | 277 | ⏎ | 基层医疗卫生机构 | 609 |: a
        label indented deeper than the table's rows (by two spaces or more) is a sub-row of the row
        above it; it is marked so, and the sub-rows of a row are its parts (as far as they go)."""
        indents = [len(row["raw_label"]) - len(row["raw_label"].lstrip()) for row in rows]
        numbered = [bool(ROW_NUMBER.match(row["raw_label"].strip())) for row in rows]
        if sum(numbered) >= 2 and len(set(indents)) == 1:
            # | 一、医院 | … | ⏎ | 公立医院 | … | ⏎ | 二、基层医疗卫生机构 | …: numbered rows are the upper level,
            # and the rows after one, up to the next, are its sub-rows (a total row stays on top)
            indents = [0 if is_numbered or TABLE_TOTAL.match(row["label"]) or not any(numbered[:k]) else 2
                       for k, (row, is_numbered) in enumerate(zip(rows, numbered))]
        base = min(indents)
        run: list[dict] = []
        parent = None
        for row, indent in zip(rows + [None], indents + [base]):
            # (|   #乡镇卫生院 |: a # row indented is a sub-row the same way)
            if row is not None and indent >= base + 2 and row["marked"] in (None, "#") and parent is not None:
                row["marked"] = "缩进"
                run.append(row)
                continue
            if run:
                self._table_relations(parent, run, set(), "表中缩进行", complete=None, confidence="medium")
                run = []
            parent = row

    def _table_children(self, parent: dict, candidates: list[dict]) -> int | None:
        """How many of ``candidates`` (a 其中 row and the unmarked rows after it) are the parent's
        parts: the count whose values add up to the parent's (as intervals of the printed
        precision) in more columns than they do not, the most so; rows past one whose value is
        above the parent's are no parts; None when no count adds up so."""
        best, best_score = None, None
        sums: dict[int, tuple[Decimal, Decimal] | None] = {}
        for count, row in enumerate(candidates, start=1):
            over, matches, misses = False, 0, 0
            for column, total_id in parent["values"].items():
                total = self.claims[total_id]
                part_id = row["values"].get(column)
                if part_id is None or sums.get(column, ()) is None or total.low is None:
                    sums[column] = None
                    continue
                part = self.claims[part_id]
                if part.low is None:
                    sums[column] = None
                    continue
                over = over or part.low > total.high
                low, high = sums.get(column) or (Decimal(0), Decimal(0))
                sums[column] = (low + part.low, high + part.high)
                if sums[column][0] <= total.high and sums[column][1] >= total.low:
                    matches += 1
                else:
                    misses += 1
            if over:
                break
            # (a column that does not add up at a count where another does may hold a misprint:
            # the count stands when at least as many columns add up as do not)
            score = (matches - misses, matches)
            if matches and matches >= misses and (best_score is None or score > best_score):
                best, best_score = count, score
        return best

    def _column_parts(self, row: dict) -> None:
        """指标名称 | 卫生技术人员数 (总数 | 其中: 西医 | 中医 | 护理): the cells of a row under the 其中
        of a column's header are parts of the cell under its 总数. 其中 does not say the parts are
        all (a subset reading: together at most the total)."""
        groups: dict[str, list[Claim]] = {}
        left, under_left = None, []  # | 卫生技术人员(人) | 其中 | | over | 执业(助理)医师 | 注册护士 |
        for column in sorted(row["values"]):
            claim = self.claims[row["values"][column]]
            if len(claim.column_header) >= 2:
                groups.setdefault(claim.column_header[0], []).append(claim)
            if claim.column_header and claim.column_header[0].startswith("其中") and len(claim.column_header) >= 2:
                if left is not None:
                    under_left.append((left, claim))
            else:
                left = claim
        # a column headed 其中 on the top row holds parts of the column to its left
        by_left: dict[int, list[Claim]] = {}
        for whole, part in under_left:
            by_left.setdefault(whole.id, []).append(part)
        for whole_id, parts in by_left.items():
            groups[f"其中#{whole_id}"] = [self.claims[whole_id]] + parts
        for members in groups.values():
            if members[0].column_header and not members[0].column_header[0].startswith("其中") and len(members) >= 2 \
                    and all(c.column_header[0].startswith("其中") for c in members[1:]):
                total, opened = 0, 1  # the group made above: the column to the left and its 其中 columns
            else:
                total = next((k for k, c in enumerate(members)
                              if len(c.column_header) == 2 and c.column_header[1] in COLUMN_TOTALS), None)
                opened = next((k for k, c in enumerate(members) if any(h.startswith("其中") for h in c.column_header[1:])), None)
            if total is None or opened is None or opened < total:
                continue
            parts = [c for c in members[opened:] if c.unit_group == members[total].unit_group]
            if not parts or len(parts) > TABLE_PARTS:
                continue
            leaves = [re.sub(r"[（(][^（()）]*[)）]", "", c.column_header[-1]) for c in parts]
            # 执业医师 within 执业(助理)医师, 高血压 among 老年人: parts that may overlap
            overlap = any(i != j and a in b for i, a in enumerate(leaves) for j, b in enumerate(leaves)) or \
                any(group in leaf for leaf in leaves for group in self.lexicon.overlapping_groups)
            operands = [c.id for c in parts]
            if len(operands) == 1:
                self._add("subset", members[total].id, operands, "表中其中列", confidence="high")
            else:
                self._add("breakdown", members[total].id, operands, "表中其中列", confidence="high",
                          complete=False, parts_may_overlap=overlap)
            self.in_breakdown.update(operands)
            for operand in operands:
                self.part_of.setdefault(operand, members[total].id)

    def _closing_totals(self, numeric: list[dict], skipped: set) -> bool:
        """| 财政拨款收入 | … | 其他收入 | ⏎ | 本年收入合计 | ⏎ | 年初结转和结余 | ⏎ | 收入总计 |: rows named
        …小计, …合计, …总计 each close the rows above them back to a closing row of their level or
        higher, a lower closing row standing for the rows it closed (小计 < 合计 < 总计). False
        when no row but the first or the last closes (a total row above or below all the others is
        read as such), or a 其中 row makes the levels unclear."""
        def level(row: dict) -> int:
            return next((k for k, word in enumerate(("小计", "合计", "总计"), start=1) if row["label"].endswith(word)), 0)
        if not any(level(r) for r in numeric[1:-1]) or any(r["marked"] for r in numeric):
            return False
        items: list[dict] = []
        for row in numeric:
            closing = level(row)
            if closing:
                parts = list(itertools.takewhile(lambda r: level(r) < closing, reversed(items)))[::-1]
                if len(parts) >= 2:
                    self._table_relations(row, parts, skipped, "表中合计行", complete=True, confidence="high")
                items = items[:len(items) - len(parts)]
            items.append(row)
        return True

    def _table_row(self, cells: list[tuple[str, int, int]]) -> dict:
        label = ROW_NUMBER.sub("", re.sub(r"\s", "", cells[0][0])) if cells else ""  # (一、医院 is 医院)
        marked = None
        if label.startswith(("#", "＃")):
            marked, label = "#", label.lstrip("#＃")
        elif label.startswith("其中"):
            marked, label = "其中", re.sub(r"^其中[:：]?", "", label)
        values = {}
        for column, (_, start, end) in enumerate(cells[1:], start=1):
            inside = [c for c in self._between(start, end) if c.end <= end]
            if len(inside) == 1 and inside[0].value is not None and inside[0].kind in ("count", "money", "value"):
                values[column] = inside[0].id
        return {"label": label, "marked": marked, "values": values, "cells": [c[0].strip() for c in cells],
                "raw_label": cells[0][0].replace("\u3000", "  ") if cells else "",
                "spans": [(start, end) for _, start, end in cells]}

    def _total_column(self, numeric: list[dict], header: dict | None) -> None:
        """| 指标 | 县人民医院 | 县中医院 | 合计 | ⏎ | 出院人次 | 28416 | 10238 | 38654 |: a table whose
        columns are the parts and one column the total; each row of counts adds up across (a row of
        rates or averages does not)."""
        if header is None:
            return
        names = [re.sub(r"\s", "", cell) for cell in header["cells"]]
        totals = [i for i, name in enumerate(names) if TABLE_TOTAL.match(name) or NAMED_TOTAL.search(name)]  # | 两院合计 |
        if len(totals) != 1 or totals[0] == 0:
            return
        total_column = totals[0]
        part_columns = [i for i in range(1, len(header["cells"])) if i != total_column]
        if len(part_columns) < 2:
            return
        for row in numeric:
            if NOT_SUMMED.search(row["label"]) or total_column not in row["values"]:
                continue
            parts = [row["values"].get(i) for i in part_columns]
            if any(p is None for p in parts):
                continue
            self._add("breakdown", row["values"][total_column], parts, "表中合计列", confidence="high", complete=True)
            self.in_breakdown.update(parts)
            self.part_of.update({p: row["values"][total_column] for p in parts})

    def _cells_with_rates(self, row: dict) -> dict:
        """The cells of a row with a value, its rates too (a row's values are only what may add up)."""
        found = dict(row["values"])
        for column, (start, end) in enumerate(row["spans"][1:], start=1):
            inside = [c for c in self._between(start, end) if c.end <= end]
            if column not in found and len(inside) == 1 and inside[0].kind in RATE_SCALES and inside[0].value is not None:
                found[column] = inside[0].id
        return found

    def _table_rate_columns(self, rows: list[dict], header: dict | None) -> None:
        """| 人群 | 调查人数 | 具备素养人数 | 素养水平(%) | / | 项目 | 预算数 | 实际支出 | 执行率 |: a column of
        rates right after two columns of counts is, row by row, the second over the first, when
        the second is what was done (its name shares a word with the rate's, or says 实际, 完成,
        已, 具备, 合格) and no row has more of it than of the first."""
        if header is None:
            return
        names = [re.sub(r"[（(][^）)]*[）)]$", "", re.sub(r"\s", "", cell)) for cell in header["cells"]]
        for column in range(2, len(names)):
            if RATE_HEADER.search(header["cells"][column]) and not RATE_HEADER.search(names[column - 1]) \
                    and re.search(r"构成|占比|比重|比例", header["cells"][column]):
                self._share_column(rows, column, header)
                continue
            if column < 3:
                continue
            rate_name, done_name, due_name = names[column], names[column - 1], names[column - 2]
            if not RATE_HEADER.search(header["cells"][column]) or RATE_HEADER.search(done_name) or RATE_HEADER.search(due_name):
                continue
            stem = re.sub(r"(?:率|水平|占比|比例|比重)$", "", rate_name)
            shares = any(stem[i:i + 2] in done_name and stem[i:i + 2] not in due_name for i in range(len(stem) - 1))
            if not (shares or DONE_HEADER.match(done_name)):
                continue
            found = []
            for row in rows:
                cells = row["values"]
                rate, done, due = cells.get(column), cells.get(column - 1), cells.get(column - 2)
                if None in (rate, done, due) or not self.claims[rate].is_percent:
                    continue
                found.append((rate, done, due))
            if len(found) < 2 or any(self.claims[done].value > self.claims[due].value for _, done, due in found):
                continue
            for rate, done, due in found:
                self._add("rate", rate, [done, due], "表中比率列", confidence="medium")

    def _table_rates_over_a_stated_base(self, rows: list[dict]) -> None:
        """| 死因 | 死亡数（例） | 死亡率（1/10万） | 构成比（%） | under 户籍人口523,716人 … 死亡3,862例: a
        column of rates not read yet, beside a column of counts, is row by row the count over one
        count stated before the table that every row but at most one implies within the rounding
        of its rate (the one that does not fit is read over it too, when within a tenth: the error)."""
        columns = sorted({c for row in rows for c in row["values"]})
        for rate_column in columns:
            rates = [row["values"].get(rate_column) for row in rows]
            if not any(rates) or any(r is not None and (self.claims[r].kind not in RATE_SCALES or r in self.results)
                                     for r in rates):
                continue
            for count_column in sorted((c for c in columns if c < rate_column), reverse=True):
                pairs = [(self.claims[row["values"][count_column]], self.claims[row["values"][rate_column]]) for row in rows
                         if row["values"].get(rate_column) is not None and row["values"].get(count_column) is not None]
                if len(pairs) < 3 or not all(count.kind == "count" and count.value and rate.value for count, rate in pairs):
                    continue
                base, fitting = self._count_implied_by(pairs, len(pairs) - 1, paragraphs=30, reach=200)
                if base is None or base.id in self.table_cells:
                    continue
                self._read_over_implied_base(pairs, base, fitting, "表中比率列（共同基数）")
                break

    def _share_column(self, rows: list[dict], column: int, header: dict) -> None:
        """| 职业类别 | 献血人次 | 构成比(%) | … | 合计 | 12486 | 100.0 |: a column of shares (构成比, 占比)
        after a column of counts with a total row is, row by row, the count over the total."""
        total = next((r for r in rows if TABLE_TOTAL.match(re.sub(r"\s", "", r["label"]))), None)
        base = total["values"].get(column - 1) if total is not None else None
        if base is None or self.claims[base].value in (None, 0):
            return
        for row in rows:
            if row is total:
                continue
            share, count = row["values"].get(column), row["values"].get(column - 1)
            if share is not None and count is not None and self.claims[share].kind in ("percent", "value"):
                self._add("rate", share, [count, base], "表中构成比列", confidence="medium")

    def _table_bed_occupancy(self, rows: list[dict], header: dict | None) -> None:
        """A table with rows (or columns) of beds, bed-days used and bed occupancy: in each column
        (row) the occupancy is the bed-days over the beds times the days of the period. ``rows``
        carry their rates among their values."""
        def role(label: str) -> str | None:
            label = re.sub(r"[\s（(][^）)]*[）)]?$", "", re.sub(r"\s", "", label))
            if re.search(r"(?:病床|床位)使用率$", label):
                return "rate"
            if re.search(r"占用(?:总)?床日(?:数)?$", label) and "出院" not in label:
                return "used"
            if re.search(r"床位(?:数)?$", label):
                return "beds"
            return None
        by_rows = {name: r["values"] for r in rows for name in [role(r["label"])] if name}
        lines = [by_rows] if len(by_rows) == 3 else []
        if header is not None:
            roles = {name: i for i, cell in enumerate(header["cells"]) if i for name in [role(cell)] if name}
            if len(roles) == 3:
                lines += [{name: {0: r["values"].get(i)} for name, i in roles.items()} for r in rows]
        for line in lines:
            for key, rate_id in line["rate"].items():
                used, beds = line["used"].get(key), line["beds"].get(key)
                if rate_id is None or used is None or beds is None:
                    continue
                days = self._days_of(self.claims[rate_id])
                if days is not None:
                    self._add("bed-occupancy", rate_id, [used, beds], f"{days}日", confidence="medium", base_times=days)

    def _table_relations(self, parent: dict, parts: list[dict], skipped: set, cue: str, complete, confidence) -> None:
        if not parts:
            return
        if complete is None:
            complete = self._labels_complete([p["label"] for p in parts])
        for column, total_id in parent["values"].items():
            if column in skipped:
                continue
            operands = [p["values"].get(column) for p in parts]
            if any(o is None for o in operands):
                continue
            if len(operands) == 1:
                self._add("subset", total_id, operands, cue, confidence=confidence)
            else:
                self._add("breakdown", total_id, operands, cue, confidence=confidence, complete=complete)
            self.in_breakdown.update(operands)
            self.part_of.update({o: total_id for o in operands})

    def _labels_complete(self, labels: list[str]) -> bool:
        """The parts cover their whole: they end with 其他, name every member of a partition of
        the lexicon (one part per member, or several parts of one member: 中医, 中西医结合), name
        the top and bottom of a scale of levels (中央和省级, 县级), or are X and its negation."""
        if labels and any(re.sub(r"^(?:其中|含|包括)", "", labels[-1]).startswith(word)
                          for word in self.lexicon.remainder_words):
            return True
        for partition in self.lexicon.partitions:
            words = partition["members"]
            if partition.get("span"):
                named = [{i for i, member in enumerate(words) if any(w in label for w in member)} for label in labels]
                if all(named) and {0, len(words) - 1} <= set().union(*named):
                    return True
                continue
            members = [_partition_member(label, words) for label in labels]
            if None not in members and len(set(members)) == len(words) and len(labels) >= len(words):
                return True
        return len(labels) == 2 and _negation_pair(labels[0], labels[1], self.lexicon.negations)

    # -- parts named by a cue, without 其中 -------------------------------------------------
    def _counted_among(self) -> None:
        """全县12个乡镇中已有9个获评卫生乡镇 / 在2260名参加考核的人员中，1650人被录用: a count
        of the members of a group counted just before, in the same sentence, is part of it."""
        for whole in self.claims:
            if not whole.is_quantity or whole.value is None or self._is_change(whole):
                continue
            among = re.match(r"[\u4e00-\u9fff“”（）()]{0,16}?(?:中|当中)[，,]?[ \t]*(?:已经|已|共|仍|尚)?(?:有)?",
                             self.text[whole.end:whole.end + 24])
            if among is None or "，" in among.group() and not self._number_first(whole):
                continue
            part = self.claims[whole.id + 1] if whole.id + 1 < len(self.claims) else None
            if part is None or part.start < whole.end + among.end():
                continue
            if self._members_listed_among(whole, whole.end + among.end()):
                continue
            # 186个村卫生室中，达到标准化建设要求的172个 / 18家乡镇卫生院中已建成15家: what the
            # members did may come between (a phrase ending in 的, or a verb of completion)
            done = self.text[whole.end + among.end():part.start]
            if done and not re.fullmatch(r"[\u4e00-\u9fff“”]{1,14}?的|(?:完成|建成|达到|达标|通过|实现|获评|开展|实施|纳入|配备"
                                         r"|使用|建有|享受|接受|参加)"
                                         r"[\u4e00-\u9fff“”]{0,8}", done):
                continue
            if (not part.is_quantity or part.unit_group != whole.unit_group
                    or part.id in self.part_of or self._is_change(part)):
                continue
            self._add("subset", whole.id, [part.id], "中", confidence="high")
            self.part_of[part.id] = whole.id
            rate = self.claims[part.id + 1] if part.id + 1 < len(self.claims) else None
            between = re.fullmatch(r"(?P<did>[\u4e00-\u9fff“”]{0,10})[ \t]*[，,][ \t]*(?P<stem>[\u4e00-\u9fff]{0,8})(?:率|占比)(?:为|达到?)?[ \t]*",
                                   self.text[part.end:rate.start]) if rate is not None else None
            if rate is not None and rate.is_percent and rate.segment == part.segment and between and (
                    not between.group("did") or _in_order(between.group("stem")[-2:], done + between.group("did"))):
                # …已建成15家，建成率83.33% / …中有19个达到标准，达标率86.4%: the rate of the members over
                # the group (what they did may follow the count, when the rate names it)
                self._add("rate", rate.id, [part.id, whole.id], "中", confidence="medium")


    def _members_listed_among(self, whole: Claim, after: int) -> bool:
        """在1058名卫生技术人员中，执业（助理）医师412人，注册护士386人，…其他卫生技术人员105人: a
        group counted after 在 and closed by 中 is broken down by the counts of its kind the
        sentence lists after it, each named before its number (complete when they end with 其他)."""
        if not re.search(r"在[ \t]*$", self.text[max(0, whole.start - 3):whole.start]) or \
                not re.match(r"[\u4e00-\u9fff（）()]{2,16}(?:中|当中)[，,]", self.text[whole.end:after]):
            return False
        _, sentence_end = self.sentence_of_offset.bounds(whole.start)
        listed = []
        for claim in self._between(after, sentence_end):
            if not claim.is_quantity:
                continue
            if claim.unit_group not in (whole.unit_group, None) and not {claim.unit_group, whole.unit_group} <= PERSON_COUNTS \
                    or self._is_change(claim) or self._is_previous(claim) or claim.id in self.part_of:
                break
            listed.append(claim)
        names = [self._part_name(c.id) for c in listed]
        if len(listed) < 2 or any(len(n) < 2 or re.search(r"\d", n) for n in names) \
                or any(c.value is None or c.value > whole.value for c in listed):
            return False
        complete = self._labels_complete(names)
        self._add_breakdown(whole.id, [c.id for c in listed], "在…中", confidence="high", complete=complete,
                            parts_may_overlap=self._may_overlap([c.id for c in listed]))
        return True

    def _cued_subsets(self) -> None:
        for claim in self.claims:
            if not claim.is_quantity or claim.id in self.in_breakdown or claim.id in self.done_of:
                continue
            phrase = self._phrase_before(claim)
            cue = next((c for c in self.lexicon.subset_cues if phrase.startswith(c) or claim.indicator.startswith(c)), None)
            if cue is None and phrase in ("有", "共有", "其中有"):
                # 2260名…参加考核，考核合格后，有1650人被录用: the clause before names the step passed
                clauses = re.split(r"[，,；;。：:\n]", self.text[max(0, claim.start - 30):claim.start])
                passed = re.search(r"([\u4e00-\u9fff]{2,4})(?:后|之后|以后)$", clauses[-2].strip()) if len(clauses) >= 2 else None
                cue = next((c for c in self.lexicon.subset_cues if passed and passed.group(1).endswith(c)), None)
            if cue is None:
                continue
            whole = self._nearest_before(claim, lambda c: c.is_quantity and c.unit_group == claim.unit_group
                                         and c.segment == claim.segment and not self._is_change(c)
                                         and c.id not in self.in_breakdown)
            if whole is None and claim.id and self._base_in_sentence_before(self.claims[claim.id - 1], claim):
                whole = self.claims[claim.id - 1]  # 乡镇卫生院14家。已完成标准化建设12家
            if whole is not None and not phrase.startswith(cue) and whole.indicator == claim.indicator:
                continue  # 通过…系统报告病例312例。一季度48例，二季度86例: one name shared down a list, not a cue
            if whole is not None:
                self._add("subset", whole.id, [claim.id], cue, confidence="medium")

    def _screening_steps(self) -> None:
        """初筛异常或可疑486人，异常率3.89%；转诊阴道镜检查412人，经组织病理学检查确诊…37例: a count whose
        name opens with a step word of the lexicon (转诊, 进一步, 经…) is at most the count of the
        step before it in the sentence (people and cases of people alike)."""
        persons = {"people", "cases"}
        for claim in self.claims:
            if not claim.is_quantity or claim.id in self.part_of or claim.id in self.in_breakdown:
                continue
            name = self._phrase_before(claim) or claim.indicator
            step = next((w for w in self.lexicon.screening_steps if name.startswith(w)), None)
            if step is None and name.startswith("确诊"):
                step = "确诊"  # 复筛未通过转诊至市级听力诊断机构18人，确诊听力障碍5例: what the step before found
            if step is None or step == "经" and "确诊" not in name:
                continue
            sentence_start, _ = self.sentence_of_offset.bounds(claim.start)
            whole = self._nearest_before(claim, lambda c: c.is_quantity and c.start >= sentence_start and c.value is not None
                                         and (c.unit_group == claim.unit_group or {c.unit_group, claim.unit_group} <= persons)
                                         and not self._is_change(c) and not self._is_previous(c)
                                         and not AVERAGE.search(c.indicator), reach=6)
            if whole is not None and step == "确诊" and not SCREENED.search(self._phrase_before(whole) or whole.indicator):
                continue  # (新增确诊12例，累计确诊300例: no step of a screening)
            if whole is not None:
                self._add("subset", whole.id, [claim.id], step, confidence="medium")
                self.part_of[claim.id] = whole.id

    def _named_subsets(self) -> None:
        """失能、半失能老年人3186人 … 失能、半失能老年人家庭医生签约3274人: a count named as an
        activity for a population stated before is part of that population."""
        unscoped: dict[int, str] = {}
        for claim in self.claims:
            if not claim.is_quantity or claim.id in self.in_breakdown or claim.id in self.part_of:
                continue
            for whole in reversed(self.claims[max(0, claim.id - 200):claim.id]):
                if claim.paragraph - whole.paragraph > 8:
                    break
                # 辖区65岁及以上老年人61,385人 … 65岁及以上老年人家庭医生签约43,920人: the scope is no part of the name
                population = unscoped.get(whole.id)
                if population is None:
                    population = unscoped[whole.id] = SCOPE_PREFIX.sub("", whole.indicator)
                if not (whole.is_quantity and whole.unit_group == claim.unit_group and len(population) >= 4
                        and whole.id not in self.in_breakdown and claim.paragraph - whole.paragraph <= 8
                        and (claim.indicator.startswith(population) or claim.indicator.endswith(population))):
                    continue
                if claim.indicator.startswith(population):
                    rest = claim.indicator[len(population):]
                    named_activity = any(word in rest for word in self.lexicon.activity_words)
                else:  # 乡村医生318人 … 培训乡村医生300名: the activity just before the population's name
                    rest = claim.indicator[:-len(population)]
                    named_activity = any(rest.endswith(word) for word in self.lexicon.activity_words)
                if rest and named_activity and not self._is_change(claim):
                    self._add("subset", whole.id, [claim.id], rest, confidence="medium")
                    self.part_of[claim.id] = whole.id
                break

    def _identities(self) -> None:
        """累计确诊8056例，累计治愈出院7317例，未出现死亡病例 with 现有确诊739例: stocks the lexicon
        says add up by definition (累计确诊 = 现有确诊 + 累计治愈 + 累计死亡), stated in one paragraph
        (a part its sentence says did not happen is 0)."""
        for identity in self.lexicon.identities:
            absent = identity.get("absent") or {}
            for total in self.claims:
                if not self._names_in_clause(total, identity["total"]) or total.id in self.in_breakdown:
                    continue
                paragraph = [c for c in self._near(total, 40) if c.paragraph == total.paragraph and c.id != total.id
                             and c.is_quantity and c.value is not None and c.unit_group == total.unit_group]
                parts = []
                for number, words in enumerate(identity["parts"], start=1):
                    # the longest word decides: 累计确诊 is the total, not a part named 确诊
                    named = [c for c in paragraph if self._names_in_clause(c, words)
                             and not self._names_in_clause(c, identity["total"])]
                    if named:
                        parts.append(min(named, key=lambda c: abs(c.id - total.id)).id)
                    elif not any(word in self._sentence_text(total) for word in absent.get(number, ())):
                        break
                else:
                    if len(parts) >= 2 and len(set(parts)) == len(parts):
                        self._add("breakdown", total.id, parts, identity.get("name") or "恒等式", confidence="medium",
                                  complete=True)
                        self.in_breakdown.update(parts)

    def _names_in_clause(self, claim: Claim, words) -> bool:
        """The number's clause, up to it, ends in or names one of ``words`` (累计治愈出院7317例;
        报告的现有确诊病例为1786例), and it is a stock, not a change."""
        if not claim.is_quantity or claim.value is None or self._is_change(claim) or self._is_previous(claim):
            return False
        clause = self._clause_before(claim).split("、")[-1]  # 累计治愈出院88177例、累计死亡4636例
        return any(word in clause for word in words)

    def _sentence_text(self, claim: Claim) -> str:
        start, end = self.sentence_of_offset.bounds(claim.start)
        return self.text[start:end]

    def _domain_subsets(self) -> None:
        """出车33424次 … 受理呼入87869次 / 入住老年人1134人 … 床位1680张: counts the lexicon says can
        never exceed another by what they count; the whole is the nearest one of the section."""
        for entry in self.lexicon.domain_subsets:
            units = entry.get("units")
            for part in self.claims:
                # a table cell counts what its row and its column name (| 合计 | … | 入住老年人 |), and
                # its whole is a cell of the same row
                part_name = _cell_name(part)
                if not self._counts_stock(part) or not any(word in part_name for word in entry["part"]):
                    continue
                if units and part.unit_group != units["part"]:
                    continue

                def whole(c: Claim) -> bool:
                    name = _cell_name(c) if part.column_header else c.indicator
                    return (c.id != part.id and self._counts_stock(c) and any(w in name for w in entry["whole"])
                            and not any(w in name for w in entry["part"])
                            and (not entry.get("same_measure") or _measure_after(part_name, entry["part"])
                                 == _measure_after(name, entry["whole"]))
                            and (not part.column_header or bool(c.column_header) and c.line == part.line)
                            and c.unit_group == (units["whole"] if units else part.unit_group)
                            and abs(c.paragraph - part.paragraph) <= 2 and _within_section(part.section, c.section)
                            and not _periods_conflict(c.period, part.period))
                near = [c for c in self._near(part, 40) if whole(c)]
                if near and self.part_of.get(part.id) is None:
                    found = min(near, key=lambda c: (abs(c.id - part.id), c.id))
                    self._add("subset", found.id, [part.id], next(w for w in entry["part"] if w in part_name),
                              confidence="medium")
                    self.part_of[part.id] = found.id

    def _people_of_visits(self) -> None:
        """住院6218人次（涉及3452人）: the people behind a count of visits are at most the visits."""
        for people in self.claims[1:]:
            visits = self.claims[people.id - 1]
            if people.unit_group == "people" and visits.unit_group == "person-times" \
                    and self._counts_stock(people) and self._counts_stock(visits) and people.id not in self.part_of \
                    and re.fullmatch(r"[ \t]*[（(](?:涉及|共|计|合计|共计)?[ \t]*", self.text[visits.end:people.start]) \
                    and re.match(r"[ \t]*[)）]", self.text[people.end:people.end + 3]):
                self._add("subset", visits.id, [people.id], "人次（人）", confidence="medium")
                self.part_of[people.id] = visits.id

    def _counts_stock(self, claim: Claim) -> bool:
        """A count of the period, not a change, a previous year's value, a plan or an average."""
        known = self._stock.get(claim.id)
        if known is not None and known[0] is claim:
            return known[1]
        stock = (claim.is_quantity and claim.value is not None and not self._is_change(claim)
                 and not self._is_previous(claim) and not AVERAGE.search(claim.indicator))
        self._stock[claim.id] = (claim, stock)
        return stock

    def _narrowed_subsets(self) -> None:
        """托育机构23家 … 省级示范托育机构2家 / 托位1380个 … 全年新增托位260个: a count whose name is
        the name of a count stated before it with a modifier in front is part of that count (the
        new places are among the places at the year's end)."""
        self.first_of_name: dict[tuple[str, str], int] = {}
        for claim in self.claims:
            if claim.is_quantity:
                self.first_of_name.setdefault((_noun_name(claim.indicator), claim.unit_group), claim.id)
        for claim in self.claims:
            if not claim.is_quantity or claim.value is None or claim.id in self.part_of or claim.id in self.in_breakdown \
                    or self._is_previous(claim) or AVERAGE.search(claim.indicator) or self._changes_more_than_adds(claim):
                continue
            name = _noun_name(claim.indicator)
            for whole in reversed(self.claims[max(0, claim.id - 60):claim.id]):
                if claim.paragraph - whole.paragraph > 3:
                    break
                head = _noun_name(whole.indicator)
                if not (whole.is_quantity and whole.value is not None and whole.unit_group == claim.unit_group
                        and len(head) >= 3 and len(name) > len(head) and name.endswith(head)
                        and _within_section(claim.section, whole.section)):
                    continue  # (检测, 服务: a two-character name is too general to narrow)
                modifier = name[:-len(head)]
                if len(modifier) < 2:
                    break  # 初级职称 after 中级职称 read as 级职称: one character is a word cut, not a modifier
                # a modifier that widens (累计, 全县, 上半年) or sets apart (其他) does not narrow; a whole
                # that is itself one part of a breakdown (公办幼儿园…托位157个) is a sibling's, not the total
                if (NOT_NARROWING.search(modifier) or self._is_change(whole) or self._is_previous(whole)
                        or AVERAGE.search(whole.indicator) or _periods_conflict(claim.period, whole.period)
                        or whole.id in self.part_of or whole.id in self.in_breakdown
                        or "各" in self._clause_before(claim) or not self._counts_all_of(whole)):
                    break  # the nearest count of that name decides
                self._add("subset", whole.id, [claim.id], modifier, confidence="medium")
                self.part_of[claim.id] = whole.id
                break

    def _found_among_the_inspected(self) -> None:
        """检查定点医药机构236家，发现存在违规问题的机构41家 / 抽查用人单位45家，…立案处罚6家: the places
        found at fault, or punished, are among the places inspected before them in the sentence (places
        counted once each, within the inspections counted per visit: 检查398家次，发现问题47家)."""
        for found in self.claims:
            if not found.is_quantity or found.value is None or found.unit not in FAULT_UNITS \
                    or found.id in self.part_of or found.id in self.in_breakdown \
                    or not FAULT_FOUND.search(self._clause_before(found)):
                continue
            inspected = self._nearest_before(found, lambda c: c.sentence == found.sentence and c.is_quantity
                                             and c.value is not None and c.unit in INSPECTED_UNITS
                                             and INSPECTED.search(self._clause_before(c) + (
                                                 self._clause_after(c) if self._number_first(c) else "")) is not None
                                             and not self._is_change(c) and not self._is_previous(c)
                                             and not AVERAGE.search(c.indicator), reach=6)
            if inspected is not None and not FAULT_FOUND.search(self._clause_before(inspected)):
                self._add("subset", inspected.id, [found.id], "检查/发现", confidence="medium")
                self.part_of[found.id] = inspected.id

    def _additions_within_stock(self) -> None:
        """可提供3岁以下婴幼儿托位1380个 … 全年新增托位260个: what was added in the period is among
        the stock of the same things counted at its end (the whole count of them, not a group's)."""
        for claim in self.claims:
            added = ADDED.match(_noun_name(claim.indicator))
            if not added or not claim.is_quantity or claim.value is None or claim.id in self.part_of \
                    or claim.id in self.in_breakdown or self._is_previous(claim):
                continue
            things = added.group(1)

            def stock(c: Claim) -> bool:
                name = _noun_name(c.indicator)
                return (self._counts_stock(c) and c.unit_group == claim.unit_group and name.endswith(things)
                        and not ADDED.search(name) and not _periods_conflict(claim.period, c.period))

            # a group's stock in the same sentence (普惠性幼儿园15所，托位404个，2021年新增托位315个),
            # else the whole count of the things before
            whole = self._nearest_before(claim, lambda c: c.sentence == claim.sentence and stock(c), reach=10) \
                or self._nearest_before(claim, lambda c: c.id in self.subsection_leads and c.section == claim.section
                                        and stock(c), reach=20) \
                or self._nearest_before(claim, lambda c: stock(c) and c.id not in self.part_of and c.id not in self.in_breakdown
                                        and claim.paragraph - c.paragraph <= 3 and _within_section(claim.section, c.section)
                                        and self._counts_all_of(c), reach=60)
            if whole is not None:
                self._add("subset", whole.id, [claim.id], added.group(0)[:2], confidence="medium")
                self.part_of[claim.id] = whole.id

    def _stock_and_additions(self) -> None:
        """2020年底已建成205家；2021年新增建成24家，全县累计建成229家 / 累计注册用户5.63万人，比上年末的3.47万人
        增加2.16万人 / 新增床位720张，床位数将由2,420张增加到3,140张: the stock reached is the stock before
        and what was added, the three counts of one paragraph."""
        for total in self.claims:
            if not total.is_quantity or total.value is None or total.id in self.results or total.id in self.part_of \
                    or not STOCK_REACHED.search(self._clause_before(total)) or self._is_previous(total):
                continue
            near = [c for c in self.claims[max(0, total.id - 8):total.id + 3] if c.id != total.id and c.is_quantity
                    and c.value is not None and c.paragraph == total.paragraph and c.unit_group == total.unit_group
                    and c.base_unit == total.base_unit and c.value < total.value]
            stocks = [c for c in near if STOCK_BEFORE.search(self._clause_before(c))
                      and (c.id < total.id or self._is_previous(c))]  # (…5.63万人，比上年末的3.47万人)
            # (of the words after the clause's last number: 比上年末的3.47万人增加2.16万人)
            added = [c for c in near if c.id not in self.part_of and ADDED_BEFORE.search(self._words_after_number(c))
                     and not STOCK_BEFORE.search(self._words_after_number(c))]
            if not stocks or not added:
                continue
            stock = stocks[-1]
            addition = min(added, key=lambda c: abs(c.id - total.id))
            if addition.id == stock.id or not self._adds_up_roughly(total, [stock, addition]):
                continue
            # (not parts for other readings: 2020年底已建成205家，建成率86.9% is over the 236 to be built, not the 229)
            self._add("breakdown", total.id, sorted([stock.id, addition.id]), "原有+新增", confidence="medium", complete=True)

    def _additions_of_a_group(self) -> None:
        """全年新增托位260个 … 支持新增普惠托位130个: what was added of one kind of a thing is among
        all that was added of the thing in the same period."""
        for claim in self.claims:
            if not claim.is_quantity or claim.value is None or claim.id in self.part_of or self._is_previous(claim):
                continue
            added = ADDED.search(_noun_name(claim.indicator))
            if not added:
                continue

            def all_added(c: Claim) -> bool:
                head = ADDED.fullmatch(_noun_name(c.indicator))
                if not (head and head.group(0)[:2] == added.group(0)[:2] and c.unit_group == claim.unit_group
                        and c.value is not None and not self._is_previous(c) and claim.paragraph - c.paragraph <= 3
                        and _within_section(claim.section, c.section) and not _periods_conflict(claim.period, c.period)):
                    return False
                modifier = added.group(1)[:-len(head.group(1))]
                # 新增[普惠]托位 within 新增托位: a modifier of two characters or more that narrows
                return (added.group(1).endswith(head.group(1)) and len(modifier) >= 2
                        and not NOT_NARROWING.search(modifier))

            whole = self._nearest_before(claim, all_added, reach=60)
            if whole is not None:
                self._add("subset", whole.id, [claim.id], added.group(0)[:2], confidence="medium")
                self.part_of[claim.id] = whole.id

    def _rates_of_counts_named_after(self) -> None:
        """为6.93万名65岁及以上老年人提供健康管理服务，健康管理率67.87% / 已有139家用人单位完成职业病危害项目申报，
        申报率95.21%: a rate right after a count whose noun follows it (the count of those the
        clause after it did something for or with) is over the count of that noun stated before,
        when the rate names a word of what was done."""
        for rate in self.claims[1:]:
            count = self.claims[rate.id - 1]
            if not rate.is_percent or rate.id in self.results or not count.is_quantity or count.value is None \
                    or count.segment != rate.segment and count.sentence != rate.sentence \
                    or not (self._number_first(count) or re.match(r"\d{1,3}岁", self.text[count.end:count.end + 4])):
                continue  # (6.93万名65岁及以上老年人: an age opens the noun)
            named = COUNTED_NOUN_AFTER.match(self.text, count.end)
            if not named:
                continue
            noun, done = named.group("noun"), named.group("done")
            stem = re.sub(r"率$", "", rate.indicator)
            if len(noun) < 2 or not any(stem[i:i + 2] in done for i in range(len(stem) - 1)):
                continue
            base = self._nearest_before(count, lambda c: c.is_quantity and c.value is not None and c.unit_group == count.unit_group
                                        and count.paragraph - c.paragraph <= 3 and not self._is_change(c)
                                        and not self._is_previous(c) and not self._number_first(c)
                                        and (SCOPE_PREFIX.sub("", c.indicator).endswith(noun) or _in_order(noun, c.indicator)
                                             and c.indicator.endswith(noun[-2:])), reach=80)
            if base is not None:
                self._add("rate", rate.id, [count.id, base.id], rate.indicator, confidence="medium")

    def _rates_among_the_examined(self) -> None:
        """共检查儿童200名。…检出甲状腺肿大4人，甲肿率2.0% / 对24860名儿童开展血红蛋白检测，检出贫血
        1106人，贫血患病率4.45%: a rate right after a count of those found (检出, 筛查出, 阳性) is over
        the nearest count before it of those examined (检查, 检测, 筛查, 抽取, 采集 in its clause), in
        the same unit, at least as many, and stated at most two paragraphs before. No base names
        the rate, so a count that would make it less than half or more than twice what is printed
        is taken for another population, and none is read."""
        for rate in self.claims[1:]:
            found = self.claims[rate.id - 1]
            if rate.kind not in RATE_KINDS or rate.value is None or rate.id in self.results or not found.is_quantity \
                    or found.value is None or found.segment != rate.segment or self._is_change(found) \
                    or not (FOUND.search(self._clause_before(found) + found.indicator) or FOUND_RATE.search(rate.indicator)):
                continue

            whole = self.claims[self.part_of[found.id]] if found.id in self.part_of else None
            if whole is not None and whole.sentence == found.sentence and whole.start < found.start \
                    and FOUND.search(self._clause_before(whole) + whole.indicator):
                found = whole  # 共检出宫颈癌前病变及宫颈癌43例，其中…37例、宫颈癌6例，检出率为522.10/10万: of all found
            paragraph = self.text[self.text.rfind("\n", 0, found.start) + 1:found.start]

            def examined(c: Claim) -> bool:
                # (完成乳腺癌筛查12103人 is not the base of what a paragraph on 宫颈癌筛查 found: a count
                # of an earlier paragraph is taken when the found count's paragraph names what it examined)
                # (cases found among the people screened: 筛查8,236人…检出…43例)
                return (c.is_quantity and c.value is not None and c.value >= found.value
                        and (c.unit_group == found.unit_group or (found.unit_group, c.unit_group) == ("cases", "people"))
                        and found.paragraph - c.paragraph <= 2 and not self._is_change(c) and not self._is_previous(c)
                        and bool(EXAMINED.search(self._clause_before(c) + c.indicator
                                                 + re.split(r"[，,；;。：:\n]", self.text[c.end:c.end + 30])[0]))
                        and not FOUND.search(self._clause_before(c) + c.indicator)
                        and (c.paragraph == found.paragraph
                             or SCOPE_PREFIX.sub("", EXAMINED.sub("", DONE_PART.sub("", c.indicator)))[-2:] in paragraph))
            # (完成宫颈癌筛查8,236人…；完成乳腺癌筛查8,105人。共检出宫颈癌…: the examined count that names
            # what was found, when one does)
            named = SCOPE_PREFIX.sub("", FOUND.sub("", found.indicator))
            base = self._nearest_before(found, lambda c: examined(c) and len(named) >= 3 and any(
                named[k:k + 3] in self._clause_before(c) + c.indicator for k in range(len(named) - 2)), reach=40) \
                or self._nearest_before(found, examined, reach=40)
            if base is None or not base.value:
                continue
            if self._near_printed(rate, found, base):
                self._add("rate", rate.id, [found.id, base.id], rate.indicator, confidence="medium")

    def _rates_among_a_group(self) -> None:
        """126所中小学中已建成健康促进学校52所，占41.27% / 23个病区村中22个村…，病区村控制率95.65% /
        筛查出高风险孕妇213人；高风险孕妇中接受产前诊断196人，产前诊断率92.02%: a rate right after a
        count, in a sentence that names the group the count is among (a noun, then 中), is over the
        group's count: the count that names the group in the sentence, or, when the group has no
        number there, the nearest count of the group's name before it (within three paragraphs)."""
        for rate in self.claims[1:]:
            count = self.claims[rate.id - 1]
            if rate.kind not in RATE_SCALES or rate.value is None or rate.id in self.results or not count.is_quantity \
                    or count.value is None or count.sentence != rate.sentence or self._is_change(count) \
                    or self._is_previous(count) or not re.fullmatch(r"[，,]?[^\d。；;，,]{0,10}", self.text[count.end:rate.start]):
                continue  # (24个配备了电脑，达标率: the count's clause says what the rate is not of)

            def fits(c: Claim) -> bool:
                return (c.is_quantity and c.value is not None and c.unit_group == count.unit_group and c.value >= count.value
                        and not self._is_change(c) and not self._is_previous(c))

            def among(c: Claim) -> bool:  # 23个病区村中 before the count
                group = AMONG_AFTER.match(self.text, c.end)
                return group is not None and group.end() <= count.start
            base = self._nearest_before(count, lambda c: c.sentence == count.sentence and fits(c) and among(c), reach=8)
            if base is None:
                sentence = self.text[max(self.text.rfind(mark, 0, count.start) for mark in "。；;\n") + 1:count.start]
                groups = [m for m in map(GROUP_AMONG.match, re.split(r"[，,：:、]", sentence)) if m]
                if not groups:
                    continue
                group = groups[-1].group("group")
                name = SCOPE_PREFIX.sub("", group)
                # (全县村卫生室中…231个: the group of the whole county is the count of all of it, however far back)
                whole = name != group and bool(WHOLE_SCOPE.match(group))
                base = self._nearest_before(count, lambda c: fits(c) and c.start < count.start - len(sentence)
                                            and (SCOPE_PREFIX.sub("", c.indicator) == name and self._counts_all_of(c) if whole
                                                 else count.paragraph - c.paragraph <= 3
                                                 and SCOPE_PREFIX.sub("", c.indicator).endswith(name)), reach=100)
            if base is not None and self._near_printed(rate, count, base):
                self._add("rate", rate.id, [count.id, base.id], "中", confidence="medium")

    def _rates_of_what_a_group_did(self) -> None:
        """重点行业用人单位587家，其中陶瓷制造126家…。分行业看，陶瓷制造企业完成整改121家，整改率96.03%: a
        rate right after a count of what a named group did (its name, then 完成, 已, 实际…) is that
        count over the count of the group stated before it, within three paragraphs, when the rate
        names what was done."""
        for rate in self.claims[1:]:
            count = self.claims[rate.id - 1]
            if not rate.is_percent or rate.id in self.results or not count.is_quantity or count.value is None \
                    or count.segment != rate.segment or self._is_change(count) or self._is_previous(count):
                continue
            did = GROUP_DID.fullmatch(SCOPE_PREFIX.sub("", count.indicator))
            stem = re.sub(r"率$", "", rate.indicator)
            if did is None or stem == rate.indicator or not _shares_words(stem, did.group("done")):
                continue
            group = did.group("group")

            def names_group(c: Claim) -> bool:
                name = SCOPE_PREFIX.sub("", c.indicator)
                return (c.is_quantity and c.value is not None and c.unit_group == count.unit_group and len(name) >= 2
                        and count.paragraph - c.paragraph <= 3 and not self._is_change(c) and not self._is_previous(c)
                        and (group.startswith(name) or name.startswith(group)) and not GROUP_DID.fullmatch(name))
            base = self._nearest_before(count, names_group, reach=60)
            if base is not None and self._near_printed(rate, count, base, factor=10):
                self._add("rate", rate.id, [count.id, base.id], rate.indicator, confidence="medium")

    def _rates_over_an_implied_base(self) -> None:
        """在1058名卫生技术人员中，…学历结构：本科及以上学历236人、占22.31%，大专学历498人、占47.07%，中专及
        以下学历324人、占30.62%: three or more counts in a row, each followed by its own rate and none
        read over a base yet, are over one population when all of them but at most one imply, within
        the rounding of the rates, one count stated before them (within twelve paragraphs: a table's
        rows are paragraphs too); each is then read over that count (the one that does not fit too:
        that is the error to report)."""
        every_pair = []
        for rate in self.claims[1:]:
            count = self.claims[rate.id - 1]
            if rate.kind in RATE_SCALES and rate.value and count.is_quantity \
                    and count.value and count.segment == rate.segment and not self._is_change(count) \
                    and not self._is_previous(count) and re.fullmatch(r"[^\d]{0,8}", re.sub(r"[\s|｜]", "", self.text[count.end:rate.start])):
                every_pair.append((count, rate))
        pairs = [pair for pair in every_pair if pair[1].id not in self.results]
        runs: list[list[tuple[Claim, Claim]]] = []
        for pair in pairs:
            last = runs[-1][-1] if runs else None
            # (the rows of a table, | 基本知识和理念 | 150 | 21.34 |, are a run too)
            if last is not None and pair[0].id == last[1].id + 1 and pair[0].paragraph - last[0].paragraph <= 1 \
                    and pair[0].unit_group == last[0].unit_group and pair[1].kind == last[1].kind:
                runs[-1].append(pair)
            else:
                runs.append([pair])
        for run in runs:
            if len(run) < 3:
                continue
            base, _ = self._count_implied_by(run, len(run) - 1, paragraphs=12, reach=80, every_count_within=True)
            if base is None:
                continue
            for count, rate in run:
                if self._near_printed(rate, count, base):
                    self._add("rate", rate.id, [count.id, base.id], "共同基数", confidence="medium")
        self._rates_of_a_paragraph_over_an_implied_base(every_pair)

    def _rates_of_a_paragraph_over_an_implied_base(self, pairs: list[tuple[Claim, Claim]]) -> None:
        """对现存活的感染者和病人开展随访干预1098例，随访率97.43%；完成CD4细胞检测1046例，检测率92.81%；…
        抗病毒治疗1021例，治疗覆盖率90.59% with 现存活1127例 before: three or more counts of one
        paragraph each followed by its own rate, not in a row, are over one count stated before them
        when most of them (two at least) imply it; a count whose rate does not fit it is read over it
        only when that rate is within a tenth of the quotient (a rate farther off, 931例 …治疗成功率
        94.81%, is over a population of its own). Rates read already vote, and are not read again."""
        groups: dict[tuple, list[tuple[Claim, Claim]]] = {}
        for count, rate in pairs:
            groups.setdefault((count.paragraph, count.unit_group, rate.kind), []).append((count, rate))
        for group in groups.values():
            if len(group) < 3:
                continue
            # (the population may be stated in the report's overview, far before: two rates agreeing on
            # it within their rounding name it well enough)
            # (two implying it are enough: a planted or mistyped rate among five leaves two that agree)
            base, fitting = self._count_implied_by(group, 2, paragraphs=30, reach=200)
            if base is None:
                continue
            self._read_over_implied_base(group, base, fitting, "共同基数")

    def _read_over_implied_base(self, pairs: list[tuple[Claim, Claim]], base: Claim, fitting: list[int], cue: str) -> None:
        """Each (count, its rate) of ``pairs`` not read yet is read over ``base``: those that imply it,
        and one that does not when it is within a tenth of the quotient (a mistyped rate, the error
        to report; a rate farther off is over a population of its own)."""
        for index, (count, rate) in enumerate(pairs):
            if rate.id in self.results:
                continue
            quotient = count.value / base.value * RATE_SCALES[rate.kind]
            if index in fitting or count.value <= base.value and abs(quotient - rate.value) <= rate.value / 10:
                self._add("rate", rate.id, [count.id, base.id], cue, confidence="medium")

    def _count_implied_by(self, pairs: list[tuple[Claim, Claim]], needed: int, paragraphs: int, reach: int,
                          every_count_within: bool = False) -> tuple[Claim | None, list[int]]:
        """The nearest count before the first of ``pairs`` (count, its rate) that at least ``needed``
        of them imply within the rounding of their rates, stated at most ``paragraphs`` before (the
        unit may differ: 在1058名…中, 回收有效问卷703份 for those surveyed), with the indexes of the
        pairs that imply it; every count of the pairs within it when ``every_count_within``."""
        first = pairs[0][0]
        implied = [self._implied_base(count, rate) for count, rate in pairs]
        largest = max(count.value for count, _ in pairs)

        def fitting(c: Claim) -> list[int]:
            if not (c.is_quantity and c.value is not None and c.kind == first.kind and first.paragraph - c.paragraph <= paragraphs
                    and not self._is_change(c) and not self._is_previous(c)) or every_count_within and c.value < largest:
                return []
            return [i for i, (low, high) in enumerate(implied) if low <= c.value <= high and pairs[i][0].value <= c.value]
        base = self._nearest_before(first, lambda c: len(fitting(c)) >= needed, reach=reach)
        return base, (fitting(base) if base is not None else [])

    @staticmethod
    def _implied_base(count: Claim, rate: Claim) -> tuple[Decimal, Decimal]:
        """The bases ``count`` over which gives ``rate`` as printed (236人, 22.31% -> 1057.6 … 1058.1)."""
        places = -rate.value.as_tuple().exponent if isinstance(rate.value, Decimal) else 0
        half = Decimal(5) / Decimal(10) ** (places + 1)
        scale = RATE_SCALES[rate.kind]
        low_rate, high_rate = rate.value - half, rate.value + half
        return count.value * scale / high_rate, (count.value * scale / low_rate if low_rate > 0 else Decimal("Infinity"))

    @staticmethod
    def _near_printed(rate: Claim, numerator: Claim, base: Claim, factor: int = 2) -> bool:
        """The quotient of two counts is within ``factor`` of the rate read over them: a mistyped or
        stale rate is (and so is one whose part was pushed past its whole), but a pair of counts
        that gives 331% for a printed 0.29% (疑似职业病38人、职业禁忌证126人，职业禁忌证检出率0.29%)
        is not that rate's. Two for a rate no base names, ten for one its words name."""
        if None in (rate.value, numerator.value, base.value) or not base.value or rate.kind not in RATE_SCALES:
            return True
        return _within_factor(numerator.value / base.value * RATE_SCALES[rate.kind], rate.value, factor)

    def _shares_of_a_partition(self) -> None:
        """全县共出生3618人。…（三）孩次结构。一孩1472人，占40.69%；二孩1581人，占43.70%；三孩及以上565人，
        占15.62%: counts of every member of a partition whose whole the lexicon names, each with its
        share, are the parts of the nearest count of that whole before them (in the paragraph or
        the five before it), and their shares are over it."""
        for partition in self.lexicon.partitions:
            wholes = partition.get("whole")
            if not wholes:
                continue
            members = partition["members"]
            for paragraph, inside in self.claims_by_paragraph.items():
                shared = []  # (count, share) pairs, in order
                for count, share in zip(inside, inside[1:]):
                    if count.is_quantity and share.is_percent and count.id not in self.part_of \
                            and _partition_member(self._part_name(count.id), members) is not None \
                            and self._share_cue(count, share):
                        shared.append((count, share))
                named = {_partition_member(self._part_name(c.id), members) for c, _ in shared}
                if len(shared) != len(members) or len(named) != len(members) or len({c.unit_group for c, _ in shared}) != 1:
                    continue
                first = shared[0][0]
                base = self._nearest_before(first, lambda c: c.is_quantity and c.unit_group == first.unit_group
                                            and c.value is not None and first.paragraph - c.paragraph <= 5
                                            and SCOPE_PREFIX.sub("", HAVING.sub("", c.indicator)).endswith(tuple(wholes))
                                            and not self._is_change(c) and not self._is_previous(c)
                                            and c.id not in self.part_of, reach=80)
                if base is None:
                    continue
                self._add_breakdown(base.id, [c.id for c, _ in shared], partition["name"], confidence="medium", complete=True)
                for count, share in shared:
                    self._add("rate", share.id, [count.id, base.id], "占", confidence="medium")

    def _shares_counted_after(self) -> None:
        """共救治患者31141人。…依次为：创伤，占38%；…。按致伤原因对11833例创伤患者进行分析: a share of a
        thing counted in a sentence after it is that count over the count the sentence before it
        states of the same kind of thing (患者)."""
        for rate in self.claims:
            if not rate.is_percent or rate.id in self.results or not rate.indicator.endswith("占"):
                continue
            name = rate.indicator[:-1]
            if len(name) < 2:
                continue
            numerator, kind = None, None
            for c in self.claims[rate.id + 1:rate.id + 20]:
                if c.paragraph != rate.paragraph or c.sentence - rate.sentence > 1:
                    break
                counted = re.match(re.escape(name) + r"([\u4e00-\u9fff]{2})", self.text[c.end:c.end + len(name) + 2])
                if c.sentence > rate.sentence and c.is_quantity and c.value is not None and counted:
                    numerator, kind = c, counted.group(1)
                    break
            if numerator is None:
                continue
            base = self._nearest_before(rate, lambda c: c.is_quantity and c.value is not None and c.value > numerator.value
                                        and c.paragraph == rate.paragraph and rate.sentence - c.sentence <= 3
                                        and _noun_name(c.indicator).endswith(kind) and self._counts_stock(c), reach=30)
            if base is not None:
                self._add("rate", rate.id, [numerator.id, base.id], "占（后文）", confidence="medium")

    def _clause_before(self, claim: Claim) -> str:
        """The words of a number's clause before it."""
        return re.split(r"[，,；;。：:\n（()）]", self.text[max(0, claim.start - 30):claim.start])[-1]

    def _words_after_number(self, claim: Claim) -> str:
        """The words of a number's clause after the clause's last number before it (比上年末的3.47万人增加)."""
        return re.split(r"\d", self._clause_before(claim))[-1]

    def _segment_before(self, claim: Claim) -> str:
        """The words of a number's clause group before it, up to a ；or 。 (乡镇卫生院核查4,350项、差错72项)."""
        return re.split(r"[；;。\n]", self.text[max(0, claim.start - 40):claim.start])[-1]

    def _clause_after(self, claim: Claim) -> str:
        """The words of a number's clause after it, up to a bracket (22家乡镇卫生院达到…)."""
        return re.split(r"[，,。；;：:（(\n]", self.text[claim.end:claim.end + 30])[0]

    def _counts_all_of(self, claim: Claim) -> bool:
        """全县有托育机构23家 / 共有托位1380个 / 托位总数810个: the count of all of something in the
        county, not of a group of it."""
        if self._has_total_cue(claim.id) or WHOLE_SCOPE.search(self._clause_before(claim)):
            return True
        # the first count of a name in the report: 可提供托位1380个 before any group's 托位
        return self.first_of_name.get((_noun_name(claim.indicator), claim.unit_group)) == claim.id

    def _changes_more_than_adds(self, claim: Claim) -> bool:
        """A change other than an addition (减少, 增长, 同比): 新增托位 are among the places, a
        decrease is not."""
        indicator = re.sub(r"新增|新建|新设", "", claim.indicator.replace("计划生育", ""))
        return any(word in indicator for word in self.lexicon.change_words)

    def _domain_orders(self) -> None:
        """基本标准12家，达到推荐标准13家: what the lexicon says can never exceed what."""
        for order in self.lexicon.orders:
            for smaller in self.claims:
                if smaller.value is None or not _names_word(smaller.indicator, order["smaller"], order["larger"]) \
                        or self._per_unit(smaller):
                    continue
                larger = min((c for c in self._near(smaller) if c.value is not None and c.kind == smaller.kind
                              and not self._per_unit(c)  # (推荐标准的每所奖励20万元, 基本标准的每所10万元)
                              and c.unit_group == smaller.unit_group and abs(c.paragraph - smaller.paragraph) <= 2
                              and _names_word(c.indicator, order["larger"], order["smaller"])
                              and _same_population(smaller.indicator, order["smaller"], c.indicator, order["larger"])
                              and not self._is_change(c) and (c.period == smaller.period or not c.period or not smaller.period)),
                             key=lambda c: abs(c.start - smaller.start), default=None)
                if larger is not None and not self._is_change(smaller):
                    self._add("order", larger.id, [smaller.id], f"{order['smaller'][0]}≤{order['larger'][0]}",
                              confidence="high")

    def _cumulative_orders(self) -> None:
        """截至6月底累计接种X剂次 … 截至9月底累计接种Y剂次: a cumulative figure never falls."""
        dated = []
        for claim in self.claims:
            if not claim.is_quantity or claim.value is None or not claim.canonical:
                continue
            clause = re.split(r"[，,；;。\n]", self.text[max(0, claim.start - 30):claim.start])[-1]
            month = re.search(r"(?:(\d{4})年)?(\d{1,2})月(?:底|末|\d{1,2}日)?$", claim.period or "")
            if "累计" in clause and month:
                dated.append((claim, int(month.group(1) or 0), int(month.group(2))))
        for index, (later, year, month) in enumerate(dated):
            for earlier, year_e, month_e in dated[:index]:
                if (earlier.canonical == later.canonical and earlier.unit_group == later.unit_group
                        and (year_e, month_e) < (year, month) and (not year or not year_e or year == year_e)):
                    self._add("cumulative", later.id, [earlier.id], "累计", confidence="medium")

    def _period_sums(self) -> None:
        """上半年完成门诊186472人次 … 下半年203918人次 … 全年186472人次: the periods of a flow add
        up to the year. Only flows (money, 人次, 次, 例, 剂次): people counted per half-year may
        be the same people."""
        part_of_year = {}
        by_section: dict = {}
        for c in self.claims:
            if c.is_quantity and c.value is not None and c.unit_group in FLOW_GROUPS and not self._is_change(c) \
                    and not self._is_previous(c):
                part = _period_part(c.period)
                if part:
                    part_of_year[c.id] = part
                    by_section.setdefault(c.section, []).append(c)
        # 全年 = 上半年 + 下半年 = four quarters; 前三季度 = 一 + 二 + 三季度; 上半年 = 一 + 二季度
        # the parts taken, by the period they add up to: 支出23418.62万元(一季度…,二季度…),其中住院19856.37万元
        # — one half-year total's (the year's total and 前三季度 may take the same quarters)
        summed: dict[str, set] = {}
        for year in (self.claims[i] for i, part in part_of_year.items() if part in PERIOD_SCHEMES):
            if year.id in self.part_of and part_of_year.get(self.part_of[year.id]) == part_of_year[year.id]:
                continue  # 其中住院费用支出19856.37万元: a part of the half-year's total, not a total of its quarters
            if AVERAGE.search(self._clause_before(year)):
                continue  # 平均每月8家次: an average of the periods, not their sum
            flows = by_section[year.section]
            for scheme in PERIOD_SCHEMES[part_of_year[year.id]]:
                parts = []
                for part_name in scheme:
                    of_period = [c for c in flows if part_of_year[c.id] == part_name and c.unit_group == year.unit_group
                                 and c.base_unit == year.base_unit  # (报告13起 is no half of 486例)
                                 and abs(c.paragraph - year.paragraph) <= 2]
                    match = min((c for c in of_period if _same_measure(c.indicator, year.indicator)
                                 or c.sentence == year.sentence and (
                                     set(c.indicator) & set(year.indicator) - set("的和及与")
                                     # 第一季度接种11846剂次，第二季度12530剂次；上半年合计完成24376剂次:
                                     # a total named by no measure of its own is of its sentence's
                                     or not MEASURE_FILLERS.sub("", year.indicator)
                                     # 一季度38,672剂、二季度44,105剂…，上半年合计出库8.28万剂: periods that name
                                     # no measure are of their sentence's
                                     or not MEASURE_FILLERS.sub("", c.indicator))),
                                key=lambda c: abs(c.start - year.start), default=None)
                    if match is None:
                        match = next((c for c in of_period if self._grouped_after(c, year)), None)
                    if match is None and PERIODS_LISTED.match(self.text, year.end):
                        # 上转孕产妇19例，分季度为一季度4例、二季度6例…: the periods listed right after the year's count
                        match = next((c for c in of_period if c.sentence == year.sentence and c.start > year.end), None)
                    if match is None and parts:
                        # 上半年上门服务8,913人次，下半年随着家庭病床扩面增至9793人次: the next period of the
                        # sentence that named the one before, its measure left out
                        last = self.claims[parts[-1]]
                        match = next((c for c in flows if c.id > last.id and c.sentence == last.sentence
                                      and part_of_year[c.id] == part_name and c.unit_group == year.unit_group
                                      and c.base_unit == year.base_unit), None)
                    if match is None or match.id in summed.get(part_of_year[year.id], ()):
                        break
                    whole = self.part_of.get(match.id, year.id)
                    if whole != year.id and part_of_year.get(whole) == part_of_year[year.id]:
                        break  # 上半年会诊1,362例，其中一季度618例、二季度744例；…两项合计21,519例: the quarters are 1,362's

                    parts.append(match.id)
                else:
                    if part_of_year[year.id] != "Y" and all(self.claims[i].paragraph != year.paragraph for i in parts):
                        break  # 三季度…四季度…。⏎⏎出车11926车次中 (下半年 read on from the paragraph before): no half of theirs
                    self._add("period-sum", year.id, parts, "+".join(scheme) + "=" + part_of_year[year.id],
                              confidence="medium", complete=True)
                    summed.setdefault(part_of_year[year.id], set()).update(parts)
                    break

    def _grouped_after(self, claim: Claim, total: Claim) -> bool:
        """检查1,286家次，其中…。分季度看，一季度268家次…: a number of a sentence that groups (分季度看) is of
        the last total of its unit before that sentence in the paragraph, whatever measure it reads on."""
        sentence_start = self.sentence_of_offset.bounds(claim.start)[0]
        if claim.paragraph != total.paragraph or total.end > sentence_start \
                or not SENTENCE_GROUPING.match(self.text, sentence_start):
            return False
        before = [c for c in self.claims[max(0, claim.id - TOTAL_REACH):claim.id] if c.end <= sentence_start
                  and c.paragraph == claim.paragraph and c.is_quantity and c.unit_group == claim.unit_group
                  and c.id not in self.part_of and not AVERAGE.search(self._clause_before(c))
                  and not self._is_change(c) and not self._is_previous(c)]
        # (共报告1426例…其中…丙类传染病814例。从时间分布看，上半年763例: the cued total, not its last part)
        before = [c for c in before if self._has_total_cue(c.id)] or before
        return bool(before) and before[-1].id == total.id

    def _restated_totals(self) -> None:
        """我县共有14家乡镇卫生院 … 15家乡镇卫生院全部设有…: the count of the same whole stated
        twice with different values."""
        # (a number without a unit, as in the cells of a table row, is not compared with another)
        totals = [c for c in self.claims if c.is_quantity and c.value is not None and len(c.indicator) >= 3
                  and c.unit_group is not None and not self._is_change(c) and self._states_whole(c)]
        first_of: dict[tuple, Claim] = {}
        self._parts_of_named_wholes(totals)
        for claim in totals:
            key = (claim.indicator, claim.unit_group)
            first = first_of.get(key)
            if first is None:
                first_of[key] = claim
                continue
            if _periods_conflict(first.period, claim.period):
                continue
            if first.high is not None and claim.low is not None and (claim.low > first.high or
                                                                      (claim.high is not None and claim.high < first.low)):
                self._add("restated", first.id, [claim.id], "同一总数", confidence="high")

    def _parts_of_named_wholes(self, totals: list[Claim]) -> None:
        """共有14家乡镇卫生院 … 9家乡镇卫生院达到基本标准: a later count of the same whole that is
        not itself a total is part of it."""
        first_total: dict[tuple, Claim] = {}
        for total in totals:
            first_total.setdefault((total.indicator, total.unit_group), total)
        whole_ids = {t.id for t in totals}
        total_starts = [t.start for t in totals]
        for claim in self.claims:
            whole = first_total.get((claim.indicator, claim.unit_group))
            if whole is not None and not self._number_first(claim):
                whole = None
            if whole is None and claim.is_quantity and claim.id not in whole_ids:
                # a count of members of a whole named before (9家乡镇卫生院, 培训乡村医生300名)
                # (the WHOLE_REACH totals before it: a report of thousands of totals stays linear)
                named_before = bisect.bisect_left(total_starts, claim.start)
                earlier = totals[max(0, named_before - WHOLE_REACH):named_before]
                whole = next((t for t in reversed(earlier) if t.unit_group == claim.unit_group
                              and self._counted_noun_matches(claim, SCOPE_PREFIX.sub("", t.indicator))
                              and not re.search(r"全[省市国]", self._phrase_before(claim))), None)
            if (whole is None or claim.id in whole_ids or claim.start < whole.end or not claim.is_quantity
                    or claim.id in self.part_of or self._is_change(claim)
                    or (whole.period and claim.period and whole.period != claim.period)):
                continue
            self._add("subset", whole.id, [claim.id], whole.indicator, confidence="medium")
            self.part_of[claim.id] = whole.id

    def _bracketed_parts(self) -> None:
        """无症状感染者508例(境外输入414例): a number in brackets right after another, of the same
        kind, is a part of it."""
        for claim in self.claims[1:]:
            before = self.claims[claim.id - 1]
            between = self.text[before.end:claim.start]
            if claim.is_percent and before.is_percent and claim.id not in self.part_of \
                    and re.fullmatch(r"[ \t]*[（(][\u4e00-\u9fff]{1,12}", between):
                # 市、县两级财政出资20%(市级出资原则上不低于10%): the share of one of the payers named
                joint = re.match(r"((?:[\u4e00-\u9fff]{1,4}、)+[\u4e00-\u9fff]{1,4}?)[两二三四]级", self._clause_before(before))
                inner = between.strip(" \t（(")
                if joint and any(inner.startswith(name) for name in joint.group(1).split("、")):
                    self._add("subset", before.id, [claim.id], "（）", confidence="medium")
                    self.part_of[claim.id] = before.id
                continue
            if not re.fullmatch(r"[ \t]*[（(][\u4e00-\u9fff]{1,12}", between) or not claim.is_quantity \
                    or not before.is_quantity or claim.unit_group != before.unit_group or claim.id in self.part_of \
                    or self._is_change(claim) or BOUND_IN_BRACKETS.match(between.strip(" \t（(")):
                continue  # (组织管理9.5分(满分10分): the most it could be, not a part)
            # 香港特别行政区12049例(已出院11761例,死亡212例): several counts in the bracket are parts of it
            listed = [claim]
            while listed[-1].id + 1 < len(self.claims) and re.fullmatch(
                    r"[ \t]*[，,、；;][\u4e00-\u9fff]{1,12}", self.text[listed[-1].end:self.claims[listed[-1].id + 1].start]):
                listed.append(self.claims[listed[-1].id + 1])
            if not re.match(r"[ \t]*[)）]", self.text[listed[-1].end:listed[-1].end + 2]):
                continue
            if len(listed) > 1:
                if all(c.is_quantity and c.unit_group == before.unit_group and c.id not in self.part_of
                       and c.id not in self.in_breakdown and not self._is_change(c) for c in listed):
                    self._add_breakdown(before.id, [c.id for c in listed], "（，）", confidence="medium")
                continue
            prior = self.claims[before.id - 1] if before.id else None
            if prior is not None and prior.unit_group == before.unit_group and re.fullmatch(
                    r"[ \t]*[、和及与][\u4e00-\u9fff]{0,12}", self.text[prior.end:before.start]):
                continue  # 确诊31例、无症状58例(境外输入85例): the bracket may speak of both
            self._add("subset", before.id, [claim.id], "（）", confidence="medium")
            self.part_of[claim.id] = before.id

    def _trailing_totals(self) -> None:
        """建成健康社区6个、健康村12个…，共46个健康细胞 / 达到推荐标准的有4家…；达到基本标准的有五家…。
        达标卫生院合计9家: a total stated after its parts (共, 合计 opening its clause) adds up the
        counts listed before it in its sentence, or in the sentence before when it opens its own."""
        for total in self.claims:
            # (new beds of each hospital add up to the new beds of all: a total of changes, of changes)
            change = self._is_change(total) and total.is_quantity and total.value is not None \
                and not self._is_previous(total) and not AVERAGE.search(total.indicator)
            if not (self._counts_stock(total) or change) or total.id in self.in_breakdown or total.id in self.results:
                continue
            if not TRAILING_TOTAL.fullmatch(self._clause_before(total)):
                if not change and not self._total_of_its_clause(total):
                    self._trailing_total_by_name(total)
                continue
            before = [c for c in self.claims[max(0, total.id - 12):total.id] if c.paragraph == total.paragraph
                      and c.sentence == total.sentence]
            if not before:
                before = [c for c in self.claims[max(0, total.id - 12):total.id]
                          if c.paragraph == total.paragraph and c.sentence == total.sentence - 1]
            # (伤残家庭按每人每年1800元、死亡家庭按每人每年2040元标准发放，分别计69.48万元和43.66万元，合计
            # 113.14万元: the standards per person are no items of the list)
            # (按…每例110元、…每例90元的标准下达补助资金，其中…132万元、…103.5万元，合计235.5万元: nor amounts per unit)
            before = [c for c in before if not (c.unit_group == "money" and (self._states_standard(c) or self._per_unit(c)))]
            # (2016年我县实际获得…补助124.86万元、…145.24万元，合计270.10万元: a year is no item; 检出超重学生5,826人、
            # 肥胖学生4,417人，超重检出率12.37%，超重肥胖合计10,243人: nor a rate of an item)
            before = [c for c in before if c.kind not in DATE_KINDS and not c.is_percent]
            # (按常住人口40.5万人、人均1.2元的标准安排48.6万元；争取补助资金35.0万元，合计83.6万元: what the first
            # item was reckoned from, before every item of the total's kind, is no item)
            before = [c for c in before if not AVERAGE.search(self._clause_before(c))]
            # (决策指标得分18分（满分20分）、…，综合得分93分: the most an item may score is no item)
            before = [c for c in before if not self._clause_before(c).endswith("满分")]
            first = next((k for k, c in enumerate(before) if c.unit_group == total.unit_group), 0)
            if all(c.unit_group != total.unit_group for c in before[:first]):
                before = before[first:]
            # (上级专项资金486万元，其中中央财政312万元、自治区财政174万元；县财政配套资金120万元，项目资金总额
            # 606万元: the parts of an item are in it already)
            # (18家乡镇卫生院中达到推荐标准的7家、达到基本标准的9家，合计16家: the group counted among is no item)
            among = {c.id for c in before if AMONG_AFTER.match(self.text, c.end)}
            before = [c for c in before if c.id not in among]
            listed = {c.id for c in before}
            before = [c for c in before if self.part_of.get(c.id) not in listed]
            parts = [c for c in before if c.is_quantity]
            # every count of the list, of the total's kind, none read already as a part or a total
            if len(parts) < 2 or len(parts) != len(before) or any(
                    c.unit_group != total.unit_group or c.id in self.in_breakdown
                    or not (self._counts_stock(c) if not change else self._is_change(c) and not self._is_previous(c))
                    or c.id in self.part_of and self.part_of[c.id] not in among for c in parts):
                continue
            if not self._adds_up_roughly(total, parts):
                continue  # far off: 共 counts something else (共覆盖46家机构)
            named = NAMED_ITEMS.search(re.sub(r"(?:合计|共计|总计|共).*$", "", self._clause_before(total)))
            if named and not all(any(SCOPE_PREFIX.sub("", p.indicator).endswith(SCOPE_PREFIX.sub("", name)) for p in parts)
                                 for name in NAME_JOINT.split(named.group("names"))):
                continue  # (检出生长迟缓158人；检出消瘦271人。超重和肥胖合计429人: it names other items)
            whole_period = _period_part(total.period)
            if whole_period in PERIOD_SCHEMES and all(_period_part(c.period) not in (None, "Y", whole_period) for c in parts) and tuple(
                    _period_part(c.period) for c in parts) not in PERIOD_SCHEMES[whole_period]:
                continue  # 一…四季度…；上半年合计24376剂次: a half-year adds up its own quarters only
            self._add_breakdown(total.id, [c.id for c in parts], "共（列后）", confidence="medium", complete=True)

    def _total_of_its_clause(self, total: Claim) -> bool:
        """对17所乡镇卫生院和4所二级医院共21个暂存间进行改造: a total after 共 adds up the counts of its own
        clause, each followed by what it counts and joined by 和、及."""
        clause = self._clause_before(total)
        if not CLAUSE_TOTAL.search(clause):
            return False
        items = self._between(total.start - len(clause), total.start)
        if len(items) < 2 or any(not c.is_quantity or c.value is None or c.unit_group != total.unit_group
                                 or c.id in self.in_breakdown or c.id in self.results for c in items):
            return False
        gaps = [self.text[a.end:b.start] for a, b in zip(items, items[1:])] + [self.text[items[-1].end:total.start]]
        if not all(ITEM_GAP.fullmatch(gap) for gap in gaps[:-1]) or not LAST_ITEM_GAP.fullmatch(gaps[-1]):
            return False
        if not self._adds_up_roughly(total, items):
            return False
        self._add_breakdown(total.id, [c.id for c in items], "共（句内）", confidence="medium", complete=True)
        return True

    def _trailing_total_by_name(self, total: Claim) -> None:
        """第一医共体成员包括8家乡镇卫生院、96个村卫生室；第二医共体…6家乡镇卫生院、71个村卫生室。两个医共体
        共覆盖全县14家乡镇卫生院、167个村卫生室: a total (共 before it in its sentence) of the counts of the
        same name listed in the sentence before."""
        sentence_start, _ = self.sentence_of_offset.bounds(total.start)
        name = _noun_name(total.indicator)
        # (the 共 within 40 characters before it: one long sentence of numbers stays linear)
        if len(name) < 2:
            return
        if TOTAL_WORD.search(self.text, max(sentence_start, total.start - 40), total.start):
            sentences = (1,)
        elif "覆盖" in self._clause_before(total) and len(name) >= 3:
            # 一医共体吸纳乡镇卫生院12家，二医共体吸纳乡镇卫生院9家，覆盖全县21家乡镇卫生院: what
            # the groups listed before it cover together, in its sentence or the one before
            sentences = (0, 1)
        else:
            return
        parts = [c for c in self.claims[max(0, total.id - 16):total.id] if c.paragraph == total.paragraph
                 and total.sentence - c.sentence in sentences
                 and (_noun_name(c.indicator) == name or sentences == (0, 1) and _noun_name(c.indicator).endswith(name))]
        if len(parts) < 2 or any(c.unit_group != total.unit_group or not self._counts_stock(c) or c.id in self.in_breakdown
                                 or c.id in self.part_of or "breakdown" in self.results.get(c.id, ()) for c in parts):
            return
        if not self._adds_up_roughly(total, parts):
            return
        self._add_breakdown(total.id, [c.id for c in parts], "共（同名）" if sentences == (1,) else "覆盖",
                            confidence="medium", complete=True)

    def _lead_totals(self) -> None:
        """奖励扶助资金1366万元。由市政府拨付的…资金643万元，…；特别扶助资金163万元，…: a paragraph
        that opens with a sentence stating one amount and nothing else is about that total, and
        the amounts its other sentences list (not standards per person) are its parts."""
        by_paragraph: dict[int, list[Claim]] = {}
        self.claims_by_paragraph = by_paragraph
        for claim in self.claims:
            by_paragraph.setdefault(claim.paragraph, []).append(claim)
        self.paragraph_leads: dict[int, Claim] = {}
        for inside in by_paragraph.values():
            lead = inside[0]
            if not lead.is_quantity or lead.value is None or lead.id in self.part_of or lead.id in self.in_breakdown \
                    or "period-sum" in self.results.get(lead.id, ()):
                continue  # (全年接种40210剂次。第一季度…第四季度…；上半年合计…: the year is its quarters' sum)
            start, end = self.sentence_of_offset.bounds(lead.start)
            sentence = self.text[start:end]
            if not sentence.rstrip().endswith("。") or len(sentence.strip()) > 24 or re.search(r"\d", self.text[start:lead.start]) \
                    or self.text[lead.end:end].strip(" \t。") or any(c.sentence == lead.sentence for c in inside[1:]) \
                    or self._is_change(lead) or AVERAGE.search(lead.indicator) or not re.search(r"[\u4e00-\u9fff]{2}", lead.indicator):
                continue
            if re.search(r"人口$", lead.indicator):
                continue  # 全县常住人口20万人。: a population the paragraph's rates are over, not a sum
            self.paragraph_leads[lead.paragraph] = lead
            # (the items of a total are printed in its unit: 年工资2000元 under 工资338万元 is a standard)
            parts, depth, scanned = [], 0, start
            for c in inside[1:]:
                # (the depth carried from claim to claim: one pass over the paragraph, not one per claim)
                depth, scanned = _bracket_depth(self.text, scanned, c.start, depth), c.start
                if c.is_quantity and c.value is not None and c.unit == lead.unit and depth == 0 \
                        and not self._is_change(c) and not self._is_previous(c) and not AVERAGE.search(c.indicator) \
                        and not re.search(r"每|/|标准|人均|户均|各$", self.text[max(0, c.start - 8):c.end + 2]):
                    parts.append(c.id)
            if len(parts) < 2 or self.in_breakdown.intersection(parts) or any(p in self.part_of for p in parts) \
                    or self._names_a_group(parts) or any(self.claims[p].value > lead.value for p in parts):
                # (住院救助8214人次。门诊救助15630人次。: an amount above the first is no part of it)
                continue
            # (前四位死因依次为：…: the first few of the total, not all of it)
            listed = self.text[lead.end:self.claims[parts[-1]].start]
            self._add_breakdown(lead.id, parts, "段首合计", confidence="medium", complete=not PARTIAL_LIST.search(listed))

    def _sum_of_paragraph_leads(self) -> None:
        """全市累计投入计生专项资金1909万元，… / 奖励扶助资金1366万元。… / 村级计生专干、小组长工资338万元。… /
        健康生育专项资金205万元。…: paragraphs in a row that each open with one amount (and nothing
        else in that sentence) are the parts of the one amount the paragraph before them states."""
        by_paragraph = self.claims_by_paragraph  # (grouped by _lead_totals, which runs just before)
        paragraphs = sorted(by_paragraph)
        index = 0
        while index < len(paragraphs):
            run = []
            while index + len(run) < len(paragraphs) and paragraphs[index + len(run)] in self.paragraph_leads \
                    and paragraphs[index + len(run)] == paragraphs[index] + len(run):
                run.append(self.paragraph_leads[paragraphs[index + len(run)]])
            if len(run) < 2 or index == 0:
                index += max(1, len(run))
                continue
            # the last number before them, alone in its sentence (or stated twice: a title run on), in
            # the paragraph right before
            before = by_paragraph[paragraphs[index - 1]]
            total = before[-1] if paragraphs[index - 1] == run[0].paragraph - 1 and before[-1].is_quantity \
                and sum(c.sentence == before[-1].sentence for c in before) <= 2 \
                and all(c.is_quantity and c.unit == before[-1].unit for c in before if c.sentence == before[-1].sentence) else None
            if total is not None and total.value is not None and all(c.unit == total.unit for c in run) \
                    and total.id not in self.part_of and total.id not in self.in_breakdown and not self._is_change(total) \
                    and not any(c.id in self.part_of or c.id in self.in_breakdown for c in run) \
                    and _within_section(run[-1].section, total.section):
                self._add_breakdown(total.id, [c.id for c in run], "段首合计之和", confidence="medium", complete=True)
            index += len(run)

    def _sum_of_subsection_leads(self) -> None:
        """一、对象确认情况 … 共确认各类扶助对象6038人。(一)奖励扶助。确认对象5438人，… (二)特别扶助。
        确认对象600人，…: when every subsection of a section opens with a count named alike, and the
        section states before them one count of that thing (对象), the subsections' counts are its parts."""
        self.subsection_leads: set[int] = set()
        by_section: dict[str, list[Claim]] = {}
        for claim in self.claims:
            if claim.section:
                by_section.setdefault(claim.section, []).append(claim)
        children: dict[str, list[str]] = {}
        for section in by_section:
            parent, _, own = section.rpartition(" > ")
            if parent and own:
                children.setdefault(parent, []).append(section)
        for parent, subsections in children.items():
            if len(subsections) < 2 or parent not in by_section:
                continue
            leads = []
            for section in subsections:
                lead = next((c for c in by_section[section] if c.is_quantity and c.value is not None), None)
                if lead is None or self._is_change(lead) or self._is_previous(lead):
                    break
                leads.append(lead)
            if len(leads) != len(subsections):
                continue
            name = SCOPE_PREFIX.sub("", leads[0].indicator)
            total = next((c for c in reversed(by_section[parent]) if c.is_quantity and c.value is not None
                          and c.end <= leads[0].start), None)
            if total is None or len(name) < 2 or any(SCOPE_PREFIX.sub("", c.indicator) != name or c.unit != total.unit for c in leads) \
                    or not total.indicator.endswith(name[-2:]) or self._is_change(total) or self._is_previous(total) \
                    or AVERAGE.search(total.indicator) or total.id in self.part_of or total.id in self.in_breakdown \
                    or any(c.id in self.part_of or c.id in self.in_breakdown or c.value > total.value for c in leads):
                continue
            self._add_breakdown(total.id, [c.id for c in leads], "各小节首数", confidence="medium", complete=True)
            # (新增对象612人 in a subsection is among that subsection's 确认对象, not the section's)
            self.subsection_leads.update(c.id for c in leads)

    def _totals_of_counted_items(self) -> None:
        """把…这四项计生奖励补助资金…打入22224户农村家庭的账户，发放总额5140250元。/ 独保费4417110元 …
        一次性奖励512000元 … 补助150540元 … 补助60600元: a total of N items (这四项) followed, in the
        next paragraph, by exactly N amounts in its unit (standards per head aside) is their sum."""
        for sentence_match in COUNTED_ITEMS.finditer(self.text):
            items = CHINESE_DIGITS.get(sentence_match.group(1)) or int(sentence_match.group(1))
            start, end = self.sentence_of_offset.bounds(sentence_match.start())
            totals = [c for c in self.claims[bisect.bisect_left(self.starts, sentence_match.end()):]
                      if c.start < end and c.is_quantity]
            for total in totals:
                if total.value is None or total.id in self.in_breakdown or total.id in self.part_of \
                        or "breakdown" in self.results.get(total.id, ()) or self._is_change(total):
                    continue
                following = [c for c in self.claims[total.id + 1:total.id + 40]
                             if c.paragraph == total.paragraph + 1 and c.unit == total.unit and c.is_quantity]
                # (标准为2000元/户，256户领到…: the standard is out, the 256户 after it in)
                parts = [c for c in following if not self._states_standard(c) and not self.text.startswith("/", c.end)
                         and not re.search(r"人均|户均|各$", self.text[max(0, c.start - 4):c.start])]
                if len(parts) == items and not any(c.id in self.in_breakdown or c.id in self.part_of for c in parts):
                    self._add_breakdown(total.id, [c.id for c in parts], sentence_match.group(0), confidence="medium", complete=True)

    def _totals_of_items_before(self) -> None:
        """资助特困人员1236人…计46.97万元；资助低保对象18452人…计350.59万元。两项合计资助19688人、397.56万元 /
        住院救助8214人次 … 门诊救助15630人次 … 住院和门诊两项共救助23844人次: a total of N items stated
        after them adds up the counts of its unit the items named before it have (each the nearest
        of its name within three paragraphs), or, naming none, the N of its unit in the sentence before."""
        for match in ITEMS_TOTAL.finditer(self.text):
            items = CHINESE_DIGITS.get(match.group(1)) or int(match.group(1))
            clause_start = max(self.text.rfind(mark, max(0, match.start() - 20), match.start()) for mark in "，,；;。：:\n") + 1
            # (全年两类疫苗合计…: a scope is no item)
            names = [n for n in re.split(r"[和及与、]", self.text[clause_start:match.start()]) if len(n) >= 2
                     and not re.fullmatch(SCOPE_WORDS, n)]
            if names and len(names) != items:
                continue
            clause_end = min((i for i in (self.text.find(mark, match.end(), match.end() + 40) for mark in "，,；;。\n")
                              if i != -1), default=match.end() + 40)
            for total in self._between(match.end(), clause_end):
                if not self._counts_stock(total) or total.id in self.in_breakdown or total.id in self.results:
                    continue
                # (高血压、糖尿病两病在管患者合计…: items it names may be a section back, each under its heading)
                earlier = [c for c in self.claims[max(0, total.id - 60):total.id] if c.unit == total.unit
                           and c.is_quantity and c.value is not None and total.paragraph - c.paragraph <= (30 if names else 3)
                           and not self._states_standard(c) and not self.text.startswith("/", c.end)
                           and c.id not in self.in_breakdown and c.id not in self.part_of]
                noun = match.group("noun")
                measure = noun or total.indicator  # (两项合计差错115项: the noun after the total word)

                def of_noun(c: Claim) -> int:
                    return sum(measure[i:i + 2] in c.indicator for i in range(len(measure) - 1))
                if names:
                    # (高血压、糖尿病两病在管患者合计: of each name, the count that shares most words with the
                    # noun, 在管高血压患者 rather than the nearer 新发现并纳入管理的高血压患者; the name may open
                    # the count's clause group: 乡镇卫生院核查数据项4,350项、差错72项)
                    parts = [max(reversed([c for c in earlier if name in c.indicator or name in self._segment_before(c)]),
                                 key=of_noun, default=None) for name in names]
                elif len(noun) >= 2:
                    # 两项扶助资金合计646.66万元: the last N amounts before it named by a word of the noun
                    # (两批中选药品实际采购量合计: not 约定采购量 of each batch, what was due, which it does not name)
                    parts = [c for c in reversed(earlier) if of_noun(c) and not any(
                        w in c.indicator and w not in measure for w in self.lexicon.due_words)][:items]
                else:
                    # 开展远程心电诊断8,915例、远程影像诊断12,604例，两项合计21,519例: the N before it in its
                    # segment, when there are just N, else the N of the sentence before
                    parts = [c for c in earlier if c.segment == total.segment and not self._is_previous(c)]
                    if len(parts) != items:
                        # (每人每年补助2,400元，计47.04万元；…500元，计13.75万元，两项合计60.79万元: of its sentence)
                        parts = [c for c in earlier if c.sentence == total.sentence and not self._is_previous(c)]
                    if len(parts) != items:
                        parts = [c for c in earlier if c.sentence == total.sentence - 1 and c.paragraph == total.paragraph]
                if len(parts) != items or None in parts or len({c.id for c in parts}) != items:
                    continue
                if not self._adds_up_roughly(total, parts):
                    continue  # far off: the items are other things
                self._add_breakdown(total.id, sorted(c.id for c in parts), match.group(0), confidence="medium", complete=True)

    def _totals_over_numbered_items(self) -> None:
        """确认各类扶助对象合计10479人：⏎1．…奖励扶助对象8652人，…⏎2．…特别扶助对象1784人，其中…⏎3．…扶助对象
        43人…: a count that ends its line on a colon adds up the first count of its unit on each numbered
        line after it (standards, changes and last year's values aside)."""
        for total in self.claims:
            colon = TOTAL_OPENS_ITEMS.match(self.text, total.end)
            if colon is None or not total.is_quantity or total.value is None or total.id in self.in_breakdown \
                    or total.id in self.results or self._is_change(total):
                continue
            items, position = [], colon.end()
            for _ in range(NUMBERED_ITEMS):
                line_end = self.text.find("\n", position)
                line_end = len(self.text) if line_end == -1 else line_end
                if not NUMBERED_ITEM.match(self.text, position, line_end):
                    break
                first = next((c for c in self._between(position, line_end) if c.is_quantity and c.value is not None
                              and c.unit_group == total.unit_group and not self._states_standard(c) and not self._per_unit(c)
                              and not self._is_change(c) and not self._is_previous(c)), None)
                if first is None or first.id in self.part_of or first.id in self.in_breakdown:
                    break
                items.append(first)
                position = line_end + 1
                while self.text.startswith("\n", position):
                    position += 1  # (blank lines between the items)
            if len(items) >= 2 and self._adds_up_roughly(total, items):
                self._add_breakdown(total.id, [c.id for c in items], "：分条", confidence="medium", complete=True)

    def _totals_of_named_items(self) -> None:
        """检出生长迟缓158人…；检出消瘦271人…。生长迟缓和消瘦合计429人 / 正高级47人、副高级386人…；高级职称
        （正高级和副高级）合计433人: a total right after the names of two to four counts joined by 和、与、及
        adds up the nearest count before of each name (in its paragraph or the one before)."""
        for word in NAMED_TOTAL_WORD.finditer(self.text):
            names = NAMED_ITEMS.search(self.text, max(0, word.start() - 40), word.start())
            after = bisect.bisect_left(self.starts, word.end())
            total = self.claims[after] if after < len(self.claims) else None
            if names is None or total is None or total.start - word.end() > 4 or not self._counts_stock(total) \
                    or total.id in self.in_breakdown or total.id in self.results:
                continue
            parts = []
            for name in (SCOPE_PREFIX.sub("", n) for n in NAME_JOINT.split(names.group("names"))):
                part = self._nearest_before(total, lambda c: c.is_quantity and c.unit_group == total.unit_group
                                            and SCOPE_PREFIX.sub("", c.indicator).endswith(name)
                                            and total.paragraph - c.paragraph <= 1 and self._counts_stock(c), reach=30)
                if part is None or part in parts:
                    break
                parts.append(part)
            else:
                # (正高级 and 副高级 stay parts of the 3,251 with a title they were listed in: a subtotal of them)
                if self._adds_up_roughly(total, parts):
                    self._add("breakdown", total.id, sorted(c.id for c in parts), "和…合计", confidence="medium", complete=True)

    def _totals_by_period(self) -> None:
        """服务14.72万人次，按季度分别为3.16万人次、3.68万人次、3.85万人次和4.03万人次: a total stated
        with its value in every quarter (half-year, month) of its period, in order, is their sum."""
        for match in BY_PERIOD.finditer(self.text):
            periods = PERIODS_IN[match.group(1)]
            at = bisect.bisect_left(self.starts, match.start())
            total = self.claims[at - 1] if at else None
            if total is None or not self._counts_stock(total) or total.id in self.in_breakdown \
                    or total.start < self.sentence_of_offset.bounds(match.start())[0]:
                continue
            parts, position = [], match.end()
            for claim in self.claims[at:at + periods + 1]:
                if not re.fullmatch(r"[ \t]*(?:[、，,和及与][ \t]*)?", self.text[position:claim.start]):
                    break
                parts.append(claim)
                position = claim.end
            if len(parts) != periods or any(c.unit != total.unit or not c.is_quantity or c.value is None for c in parts):
                continue
            if not self._adds_up_roughly(total, parts):
                continue  # 在管25318人，按季度分别为…: the stock at each quarter's end, not parts of it
            self._add_breakdown(total.id, [c.id for c in parts], match.group(0), confidence="medium", complete=True)

    def _levels_and_above(self) -> None:
        """一孩1405人、二孩1356人、三孩及以上367人；二孩及以上出生1723人: a number for a level and
        those above it is the sum of the numbers stated for those levels just before (the
        lexicon's ordered partitions: 孩次 from the lowest, 职称 from the highest)."""
        for partition in self.lexicon.partitions:
            order = partition.get("ordered")
            if order not in ("up", "down"):
                continue
            members = partition["members"]
            for claim in self.claims:
                if claim.value is None or not (claim.is_quantity or claim.is_percent) or "及以上" not in claim.indicator \
                        or self._is_change(claim) or re.search(r"提高|增加|下降|降低|百分点|较", claim.indicator + claim.unit):
                    continue  # 较上年提高2.3个百分点: a change, not a level's count
                named = re.search(r"([\u4e00-\u9fff]{1,4})及以上", claim.indicator)
                level = _partition_member(named.group(1), members) if named else None
                if level is None or (level == len(members) - 1 if order == "up" else level == 0):
                    continue  # 三孩及以上 is a level of its own
                wanted = set(range(level, len(members)) if order == "up" else range(0, level + 1))
                found: dict[int, Claim] = {}
                for other in reversed(self.claims[max(0, claim.id - 12):claim.id]):
                    if other.paragraph != claim.paragraph or other.kind != claim.kind or other.unit_group != claim.unit_group:
                        continue
                    member = _partition_member(other.indicator, members)
                    stated_above = re.search(r"([\u4e00-\u9fff]{1,4})及以上", other.indicator)
                    if stated_above and _partition_member(stated_above.group(1), members) != len(members) - 1 \
                            and order == "up" or member is None or member not in wanted or member in found:
                        continue
                    found[member] = other
                if set(found) != wanted:
                    continue
                parts = [found[m].id for m in sorted(found)]
                self._add("breakdown", claim.id, parts, "及以上", confidence="medium", complete=True)
                wholes = {self.part_of.get(p) for p in parts}
                if len(wholes) == 1 and None not in wholes and claim.id not in self.part_of:
                    self.part_of[claim.id] = wholes.pop()  # 二孩及以上出生1723人，占55.08%: of the births

    def _states_whole(self, claim: Claim) -> bool:
        """共有14家乡镇卫生院, 全县186个村卫生室, 15家乡镇卫生院全部…: a number that counts a whole."""
        clause = re.split(r"[，,；;。：:\n]", self.text[max(0, claim.start - 30):claim.start])[-1]
        if any(word in clause for word in ("共有", "合计", "总计", "共计", "一共", "总数")) or clause.endswith("共"):
            return True  # not 累计: cumulative figures differ by scope and date
        if self._listed_after_total_word(claim):
            return True
        after = self.text[claim.end:claim.end + len(claim.indicator) + 3]
        if self._number_first(claim) and after.startswith(claim.indicator):
            rest = after[len(claim.indicator):]
            before = self.text[max(0, claim.start - 3):claim.start]
            return rest.startswith(("全部", "均", "都")) or before.endswith(("全县", "全市", "全区"))
        return False

    def _listed_after_total_word(self, claim: Claim) -> bool:
        """我县共有14家乡镇卫生院，236个村卫生室，乡村医生318人: each item of a list opened by 共有
        counts a whole, not only the first."""
        window = self.text[max(0, claim.start - 120):claim.start]
        segment = re.split(r"[；;。\n]", window)[-1]
        opened = segment.rfind("共有")
        if opened == -1:
            return False
        clauses = re.split(r"[，,、]", segment[opened + 2:])
        own, items = clauses[-1], clauses[:-1]
        tail = re.split(r"[，,、；;。\n]", self.text[claim.end:claim.end + 20])[0]
        return (bool(items) and len(own) <= 6 and not re.search(r"\d", own) and len(tail) <= 6
                and all(len(item) <= 14 and len(LIST_ITEM_NUMBER.findall(item)) == 1 for item in items))

    def _counted_noun_matches(self, claim: Claim, noun: str) -> bool:
        """Whether ``claim`` counts members of ``noun`` (乡镇卫生院): 6家乡镇卫生院, 40家卫生室 (of
        村卫生室), 45名符合条件的在岗乡村医生, 乡镇卫生院达到基本标准12家, 培训乡村医生300名."""
        if len(noun) < 2:
            return False
        if self._number_first(claim):
            after = self._clause_after(claim)
            if re.match(r"\d", after):
                return False
            at = after.find(noun)
            modifier = after[:at]
            if at == 0 or at > 0 and "的" in modifier[-4:] and not re.search(r"\d", modifier):
                return True
            # (58家托育机构 is no count of 民办托育机构: the words left out may not name a kind of it)
            return len(noun) >= 4 and any(after.startswith(noun[i:]) and _partition_member_any(noun[:i], self.lexicon.partitions) is None
                                          for i in range(1, len(noun) - 2))
        indicator = claim.indicator
        at = indicator.find(noun)
        if at == -1:
            return False
        rest, lead = indicator[at + len(noun):], indicator[:at]
        if rest:
            return bool(DID_AFTER_NOUN.match(rest))
        if any(lead.endswith(word) for word in self.lexicon.activity_words):
            return True
        # 普惠性托育机构21家 of 托育机构34家: a kind of the whole, named by a short modifier
        return (0 < len(lead) <= 4 and not self._is_change(claim) and not re.search(r"[\d，,、和及与]", lead)
                and (_partition_member_any(lead, self.lexicon.partitions) is not None or lead.endswith(("级", "性", "类", "型"))))

    # -- rates next to their numerator and base ----------------------------------------------
    def _rates_over_named_bases(self) -> None:
        for rate in self.claims:
            if rate.kind not in RATE_KINDS or rate.id == 0:
                continue
            right_before = self.claims[rate.id - 1]
            # 产前筛查4,386人，筛查率84.06%: the count right before names the rate in full
            named_before = right_before.segment == rate.segment and right_before.is_quantity
            for entry in self.lexicon.rate_bases:
                word = next((w for w in entry["rate"] if rate.indicator.endswith(w)), None)
                if word is None and named_before and len(rate.indicator) >= 3:
                    # (the words the rate leaves out are the count's: 产前 of 产前筛查, not 儿童 of 儿童中医药健康管理率)
                    if any(w.endswith(rate.indicator) and w[:-len(rate.indicator)] in right_before.indicator
                           for w in entry["rate"]) and any(n in right_before.indicator for n in entry["numerator"]):
                        word = rate.indicator
                if word is None:
                    continue
                # (以活产数计算的产前筛查率: the words that say what the rate is over narrow nothing)
                qualifier = STATED_BASE.sub("", SCOPE_PREFIX.sub("", rate.indicator[:-len(word)]))
                if _qualified(qualifier) and entry.get("qualified-by") != "numerator":
                    break  # 重点人群签约率: a rate over a subgroup, not over the named base
                # 乙类传染病报告发病率: the qualifier names what the numerator counts (报告乙类法定传染病)
                named_by = qualifier if _qualified(qualifier) else ""

                def names_numerator(c: Claim, name: str | None = None) -> bool:
                    # 重点人群签约9.1万人, 65岁及以上老年人家庭医生签约: a subgroup's count, over its own base
                    name = c.indicator if name is None else name
                    word = max((w for w in entry["numerator"] if w in name), key=len, default=None)
                    if word is None and len(named_by) >= 3 and entry.get("qualified-by") == "numerator" \
                            and SCOPE_PREFIX.sub("", name).endswith(named_by):
                        word = named_by  # 肾综合征出血热14例 … 肾综合征出血热报告发病率: the cases the rate names
                    # (a disease rate's numerator names the sick: 在册严重精神障碍患者 is no subgroup's count)
                    return (c.is_quantity and word is not None and not self._is_change(c)
                            and (not named_by or _in_order(named_by, name))
                            and (entry.get("qualified-by") == "numerator" or not self._names_population(name.split(word)[0]))
                            and not self._is_previous(c)
                            # (城镇签约 is a part's count; the 中医 of 中医药健康管理 is the measure's own word)
                            # (本县户籍居民死亡 names no 县 of a funding partition)
                            and _partition_member_any(COUNTY_WORDS.sub("", name.replace(word, "、")),
                                                      self.lexicon.partitions) is None)

                def names_numerator_in_clause(c: Claim) -> bool:
                    # 全年筛查3214人，…产前筛查率 / 建立预防接种证、卡4106人，建卡率: the count right before
                    # the rate, its clause naming the numerator (as names_numerator reads a name), or its
                    # name the end of the rate's stem
                    if c.id != rate.id - 1:
                        return False
                    clause = self._clause_before(c)
                    if any(n in clause for n in entry["numerator"]):
                        return names_numerator(c, clause)
                    name = SCOPE_PREFIX.sub("", c.indicator)
                    return (c.is_quantity and not self._is_change(c) and not self._is_previous(c)
                            and len(name) >= 2 and any(n.endswith(name) for n in entry["numerator"]))

                def names_base(c: Claim, plain: bool, words=entry["base"], reach: int = 10) -> bool:
                    # 活产4386人 before 住院分娩活产4379人: a base qualified by another measure is a
                    # subgroup, taken only when the report states no plain one
                    # (活产数3256人 names 活产: a count word after the noun does not change it)
                    name = re.sub(r"(?:总数|人数|数)$", "", SCOPE_PREFIX.sub("", c.indicator))
                    return (c.is_quantity and rate.paragraph - c.paragraph <= reach and not self._is_previous(c)
                            and not any(w in name for w in entry["numerator"])
                            and any(name.endswith(b) and (not plain or not _qualified(name[:-len(b)])) for b in words))

                numerator = right_before
                if numerator.id in self.part_of and not names_numerator(numerator) \
                        and names_numerator(self.claims[self.part_of[numerator.id]]):
                    # 传染病1264例，其中乙类538例、丙类726例，…报告发病率为296.50/10万: over the total of the parts
                    numerator = self.claims[self.part_of[numerator.id]]
                if numerator.segment == rate.segment and numerator.is_quantity and not names_numerator(numerator) \
                        and not names_base(numerator, False) and not names_numerator_in_clause(numerator) \
                        and "分别" not in self.text[numerator.end:rate.start]:
                    # 47家养老机构均…签订合作协议，签约率100%: the rate of the count right before it (but 早孕建册3,356人，
                    # 产后访视3,489人，早孕建册率和产后访视率分别为…: a rate of a list, of the count it names)
                    break
                if numerator.segment == rate.segment and (names_numerator(numerator) or names_numerator_in_clause(numerator)):
                    before = self.claims[numerator.id - 1] if numerator.id else None
                    # (65岁以上老年人4.87万人，已建立电子健康档案4.61万份，建档率: people, then their records)
                    if before is not None and before.is_quantity and before.segment == rate.segment \
                            and (before.unit_group == numerator.unit_group or before.unit_group == "people") \
                            and before.id not in self.part_of:
                        # 监测围产儿4402例，发现出生缺陷38例，出生缺陷发生率 / the people whose records are counted
                        if names_base(before, False) or before.unit_group != numerator.unit_group:
                            self._add("rate", rate.id, [numerator.id, before.id], rate.indicator, confidence="medium")
                        break  # 3岁以下儿童13652人，系统管理12873人，系统管理率: the base is right there
                else:
                    # 出生5126人…全县户籍总人口624312人，人口出生率8.21‰: the numerator earlier in the paragraph
                    # (a rate of the year over the year's count, not over 下半年出生2695人 stated after it)
                    numerator = self._nearest_before(rate, lambda c: names_numerator(c) and c.paragraph == rate.paragraph
                                                     and _period_part(c.period) in (None, "Y")) or \
                        self._nearest_before(rate, lambda c: names_numerator(c) and c.paragraph == rate.paragraph
                                             and not _periods_conflict(c.period, rate.period))
                    if numerator is None and not any(c.is_quantity for c in self._between(
                            self.sentence_of_offset.bounds(rate.start)[0], rate.start)):
                        # 报告本县户籍居民死亡3,862例…。⏎⏎全县报告死亡率为7.37‰: a rate opening the paragraph after its
                        # count's, its sentence counting nothing before it
                        numerator = self._nearest_before(rate, lambda c: names_numerator(c) and 0 < rate.paragraph - c.paragraph <= 2
                                                         and _within_section(rate.section, c.section)
                                                         and _period_part(c.period) in (None, "Y"), reach=12)
                    if numerator is None:
                        break
                    if numerator.sentence != rate.sentence and any(
                            c.is_quantity and c.unit_group == numerator.unit_group and not names_numerator(c)
                            and not names_base(c, False, reach=len(self.text)) for c in self._between(self.sentence_of_offset.bounds(rate.start)[0], rate.start)):
                        # 住院分娩4229人…。全年筛查出高危孕产妇1186人，…均纳入专案管理，住院分娩率100%: the
                        # rate's own sentence counts another population; the rate is of that one
                        break
                # (下半年活产2722人 is no base of the year's rates when the year's 活产 is stated too)
                whole_year = _period_part(rate.period) in (None, "Y")
                of_year = lambda c: not whole_year or _period_part(c.period) in (None, "Y")  # noqa: E731
                plain_base = self._nearest_before(rate, lambda c: names_base(c, True) and c.id != numerator.id)
                if plain_base is not None and not of_year(plain_base):
                    # 立案查处…案件127件…上半年立案58件，下半年立案69件…结案率: the year's count, however named
                    plain_base = self._nearest_before(rate, lambda c: names_base(c, False) and c.id != numerator.id
                                                      and of_year(c)) or plain_base
                base = self._nearest_before(rate, lambda c: names_base(c, True) and c.id != numerator.id and of_year(c)) or \
                    plain_base or \
                    self._nearest_before(rate, lambda c: names_base(c, False) and c.id != numerator.id) or \
                    (None if any(names_base(c, False, reach=len(self.text)) for c in self.claims[max(0, rate.id - 400):rate.id])
                     # (a report that states its 活产 far before: no fallback's 紫色孕产妇4人 nearer by)
                     else self._nearest_before(rate, lambda c: names_base(c, False, entry.get("fallback", ())) and c.id != numerator.id)) or \
                    self._far_population(rate, lambda c: names_base(c, True, reach=len(self.text)) and c.id != numerator.id)
                if base is None and any(word in POPULATION_WORDS for word in entry["base"]) and not any(
                        names_base(c, False, reach=len(self.text)) for c in self.claims[max(0, rate.id - 400):rate.id]):
                    # 基本满足全县约28万人基本医疗就医需求 … 建档率93.2%: the county's people, said so,
                    # when the report names no population (two named ones would make the choice a guess)
                    base = self._far_population(rate, lambda c: c.id != numerator.id and self._counts_county_people(c))
                following = self.claims[rate.id + 1] if rate.id + 1 < len(self.claims) else None
                if following is not None and names_base(following, False) and re.fullmatch(
                        r"[ \t]*[（(][\u4e00-\u9fff]{0,12}", self.text[rate.end:following.start]):
                    base = following  # 出生率6.88‰（年末户籍人口216035人）
                if base is not None and base.sentence != numerator.sentence and numerator.id == rate.id - 1 \
                        and numerator.unit_group == "people":
                    # 将失能、半失能老年人作为家庭医生签约重点人群，全年签约2,817人，签约率95.04%: over the
                    # population its sentence names, not the county's people the lexicon's base names
                    base = self._population_named_in_sentence(rate, numerator) or base
                if base is not None:
                    self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")
                    if numerator.unit_group == base.unit_group == "people" and numerator.id not in self.part_of \
                            and self._names_population(base.indicator) and any(rate.indicator.endswith(w) for w in self.lexicon.bounded_rates):
                        # 提供中医药健康管理服务41250人 of 65岁及以上老年人60412人: those served are among them
                        self._add("subset", base.id, [numerator.id], base.indicator, confidence="medium")
                        self.part_of[numerator.id] = base.id
                break

    def _declared_bases(self) -> None:
        """第一剂462318剂次 … 按常住人口502160人计算，第一剂接种率92.07%: a base the sentence declares
        with 按…计算 is the base of the rates after it in that sentence, each over the count before
        them in the paragraph that its name begins with (第一剂接种率 over 第一剂)."""
        for base in self.claims:
            if not base.is_quantity or base.value is None or not DECLARED_BASE_END.match(self.text, base.end) \
                    or not self._clause_before(base).startswith(("按", "以")):
                continue
            _, sentence_end = self.sentence_of_offset.bounds(base.start)
            first_rate = True
            for rate in self._between(base.end, sentence_end):
                if rate.kind not in RATE_KINDS or "rate" in self.results.get(rate.id, ()) or not rate.indicator.endswith("率"):
                    continue
                stem = rate.indicator[:-1]
                numerator = self._nearest_before(rate, lambda c: c.is_quantity and c.id != base.id
                                                 and c.paragraph == rate.paragraph and len(c.indicator) >= 2
                                                 and stem.startswith(c.indicator) and not self._is_change(c)
                                                 and c.unit_group in (base.unit_group, "doses"), reach=30)
                counted = self.claims[base.id - 1] if base.id else None
                if numerator is None and first_rate and counted is not None and counted.sentence == base.sentence \
                        and counted.is_quantity and counted.unit_group in PERSON_COUNTS and not self._is_change(counted) \
                        and re.fullmatch(r"[ \t]*[，,][ \t]*(?:按照?|以)[\u4e00-\u9fff\d\-～~至]{0,16}", self.text[counted.end:base.start]):
                    numerator = counted  # 报告AFP病例2例，以全县15岁以下人口7.2万人计算，报告发病率为2.78/10万
                first_rate = False
                if numerator is not None:
                    self._add("rate", rate.id, [numerator.id, base.id], "按…计算", confidence="medium")

    def _allocations(self) -> None:
        """结余1842万元。…按县级医院60%、乡镇卫生院30%、村卫生室10%的比例分配，分别为1105.2万元、
        552.6万元、184.2万元 / 应安排资金4724.83万元 … 上半年按60%预拨2834.90万元: an amount
        allocated 按 a share is that share of the amount the paragraph (or the one before) is about."""
        for cue in ALLOCATION.finditer(self.text):
            shares = [c for c in self._between(cue.start(), cue.end()) if c.is_percent]
            if not shares:
                continue
            after = [c for c in self._between(cue.end(), cue.end() + 80) if c.unit_group == "money" and c.is_quantity]
            if cue.group("respectively"):
                amounts = after[:len(shares)]
                gaps = [self.text[a.end:b.start] for a, b in zip(amounts, amounts[1:])]
                if len(amounts) != len(shares) or not amounts or amounts[0].start - cue.end() > 2 \
                        or not all(re.fullmatch(r"[ \t]*[、，,和及与][ \t]*", gap) for gap in gaps):
                    continue
            else:
                if len(shares) != 1 or not after or after[0].start - cue.end() > 2:
                    continue
                amounts = after[:1]
            first = amounts[0]
            whole = self._nearest_before(shares[0], lambda c: c.unit_group == "money" and c.is_quantity
                                         and c.value is not None and first.paragraph - c.paragraph <= 1
                                         and c.id not in self.part_of and not self._is_change(c)
                                         and not AVERAGE.search(c.indicator)
                                         and all(c.value > a.value for a in amounts if a.value is not None), reach=30)
            if whole is None:
                continue
            for share, amount in zip(shares, amounts):
                if "rate" not in self.results.get(share.id, ()):
                    self._add("rate", share.id, [amount.id, whole.id], "按比例", confidence="medium")

    def _rates_over_a_counted_base(self) -> None:
        """…其中二级及以上综合性医院3家、乡镇卫生院18家，…，22家乡镇卫生院建成覆盖率81.82%: a rate
        right after a number that counts its noun (22家乡镇卫生院) is over that number, and its
        numerator is the count of that noun stated before in the sentence."""
        for rate in self.claims[1:]:
            base = self.claims[rate.id - 1]
            if not rate.is_percent or "rate" in self.results.get(rate.id, ()) or not rate.indicator.endswith("率") \
                    or not base.is_quantity or base.value is None or not self._number_first(base) \
                    or not re.fullmatch(r"[\u4e00-\u9fff]{2,24}", self.text[base.end:rate.start]):
                continue
            noun = _noun_name(self.text[base.end:rate.start][:len(self.text[base.end:rate.start]) - len(rate.indicator)]
                              or base.indicator)
            if len(noun) < 2:
                continue
            numerator = self._nearest_before(base, lambda c: c.sentence == base.sentence and c.is_quantity
                                             and c.unit_group == base.unit_group and c.value is not None
                                             and _noun_name(c.indicator).endswith(noun) and not self._is_change(c),
                                             reach=20)
            if numerator is not None:
                self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")

    def _far_population(self, rate: Claim, names_base) -> Claim | None:
        """年末全县常住人口37.42万人 in the opening of a statistical bulletin, and a 发病率 thirteen
        paragraphs on: a population stated once, far before, is the base when it is the only
        population of that name the report states (two would make the choice a guess)."""
        found = [c for c in self.claims[max(0, rate.id - 400):rate.id] if c.unit_group == "people" and names_base(c)]
        values = {c.value for c in found}
        return found[-1] if len(values) == 1 else None

    def _counts_county_people(self, claim: Claim) -> bool:
        """全县约28万人 / 辖区人口52.8万人: the number of the people of the whole county, stated as such."""
        # (为全县38名乡村医生: a count of a group, in 名; a county's people are tens of thousands)
        return (claim.is_quantity and claim.unit_group == "people" and claim.value is not None
                and claim.unit in ("人", "万人") and claim.value >= 10_000
                and not self._is_previous(claim) and not self._is_change(claim)
                and bool(COUNTY_PEOPLE.search(self._clause_before(claim))))

    def _rates_over_table_cells(self) -> None:
        """A rate stated in the prose right after a table, over two of its cells:
        基层医疗卫生机构诊疗人次占县域总诊疗人次的比重由上年的60.63%提高到61.73% under a table of
        诊疗人次 by year (the part's row, the base's row, the column of the rate's year), and
        全县医养结合机构床位使用率67.50% under a table of 床位数 and 入住老年人 (the lexicon's
        column_rates name the columns; the rate's subject, else the total, names the row)."""
        if not self.tables:
            return
        ends = [max(self.claims[i].end for r in rows for i in r["values"].values()) for rows in self.tables]
        read = [0] * len(self.tables)  # rates read against each table (each costs a pass over its rows)
        for rate in self.claims:
            if not rate.is_percent or rate.value is None or rate.column_header or "rate" in self.results.get(rate.id, ()):
                continue
            index = bisect.bisect_right(ends, rate.start) - 1
            if index < 0:
                continue
            rows = self.tables[index]
            last = self.claims[next(iter(rows[-1]["values"].values()))]
            if not 0 < rate.paragraph - last.paragraph <= TABLE_PROSE_REACH or not _within_section(rate.section, last.section) \
                    or read[index] >= TABLE_PROSE_RATES:
                continue
            read[index] += 1
            operands = self._table_share(rate, rows) or self._table_column_rate(rate, rows) or \
                self._table_share_of_a_column(rate, rows)
            if operands is not None:
                self._add("rate", rate.id, operands, "表", confidence="medium")

    def _table_share(self, rate: Claim, rows: list[dict]) -> list[int] | None:
        """X占Y的比重: the cell of the row X begins with over the cell of the row named Y, in the
        column of the rate's year (or the only column both have)."""
        named = TABLE_SHARE.match(rate.indicator)
        if not named:
            return None
        part_name, base_name = named.group(1), _table_name(named.group(2))
        part_rows = [r for r in rows if len(r["label"]) >= 2 and part_name.startswith(r["label"])]
        base_rows = [r for r in rows if len(_table_name(r["label"])) >= 2 and _table_name(r["label"]) == base_name]
        if len(base_rows) != 1 or not part_rows:
            return None
        part_row = max(part_rows, key=lambda r: len(r["label"]))
        base_row = base_rows[0]
        if part_row is base_row:
            return None
        columns = [c for c in part_row["values"] if c in base_row["values"]]
        year = self._year_of(rate)
        if year is not None:
            dated = [c for c in columns if year in re.findall(r"(?:19|20)\d{2}", "".join(
                self.claims[part_row["values"][c]].column_header))]
            columns = dated or ([] if any(re.search(r"(?:19|20)\d{2}", "".join(self.claims[part_row["values"][c]].column_header))
                                          for c in columns) else columns)
        if len(columns) != 1:
            return None
        return [part_row["values"][columns[0]], base_row["values"][columns[0]]]

    def _table_share_of_a_column(self, rate: Claim, rows: list[dict]) -> list[int] | None:
        """全年入库疫苗中，非免疫规划疫苗占36.44% under a table of 本年入库 by 类别: the cell of the row
        the share names over the total row's, in the one column the whole before 中 names."""
        clause = re.split(r"[。；;\n]", self.text[max(0, rate.start - 40):rate.start])[-1]
        named = COLUMN_SHARE.search(clause)
        if not named:
            return None
        whole, part = named.group(1), named.group(2)
        total_row = next((r for r in rows if TABLE_TOTAL.match(r["label"])), None)
        part_row = next((r for r in rows if len(r["label"]) >= 2 and r["label"] == part), None)
        if total_row is None or part_row is None:
            return None
        columns = [c for c in part_row["values"] if c in total_row["values"] and len(
            name := COLUMN_PERIOD.sub("", "".join(self.claims[part_row["values"][c]].column_header))) >= 2 and name in whole]
        if len(columns) != 1:
            return None
        return [part_row["values"][columns[0]], total_row["values"][columns[0]]]

    def _table_column_rate(self, rate: Claim, rows: list[dict]) -> list[int] | None:
        """床位使用率 over a table with 入住老年人 and 床位数 columns: the lexicon's column_rates name the
        numerator's and the base's columns, and the rate's subject (医养结合机构) names the row
        (医养结合机构合计), else the table's total row."""
        for entry in self.lexicon.column_rates:
            word = next((w for w in entry["rate"] if rate.indicator.endswith(w)), None)
            if word is None:
                continue
            subject = _table_name(rate.indicator[:-len(word)])
            row = next((r for r in rows if subject and _table_name(NAMED_TOTAL.sub("", r["label"])) == subject), None)
            if row is None and not subject:
                row = next((r for r in rows if TABLE_TOTAL.match(r["label"]) or NAMED_TOTAL.search(r["label"])), None)
            if row is None:
                return None
            cells = [self.claims[i] for i in row["values"].values()]
            numerators = [c for c in cells if any(w in "".join(c.column_header) for w in entry["numerator"])]
            bases = [c for c in cells if any(w in "".join(c.column_header) for w in entry["base"])
                     and not any(w in "".join(c.column_header) for w in entry["numerator"])]
            if len(numerators) != 1 or len(bases) != 1:
                return None  # (columns of two years each: which year the rate is of is not said here)
            return [numerators[0].id, bases[0].id]
        return None

    def _year_of(self, claim: Claim) -> str | None:
        """The year a claim's period names; 上年 and 去年 are the year before the report's (its title's)."""
        years = re.findall(r"(?:19|20)\d{2}", claim.period or "")
        if years:
            return years[-1]
        if claim.period in ("上年", "去年"):
            start = re.match(r"\s*", self.text).end()
            title = re.findall(r"((?:19|20)\d{2})\s*年", "\n".join(self.text[start:start + 120].split("\n")[:3]))
            return str(int(title[-1]) - 1) if title else None
        return None

    def _rates(self) -> None:
        self._rates_over_table_cells()
        self._rates_over_named_bases()
        self._respective_shares()
        self._respective_rates_over_each()
        self._task_rates_over_each()
        self._declared_bases()
        self._allocations()
        self._rates_over_a_counted_base()
        self._fund_rates()
        self._changes_from_to()
        self._changes_over_a_previous_value_beside()
        self._changes_compared_with_a_year()
        self._changes_over_the_period_before()
        self._rates_of_all()
        self._rates_of_a_stated_base()
        for rate in self.claims:
            if not rate.is_percent or "rate" in self.results.get(rate.id, ()):
                continue
            named = self._share_named_in_rate(rate)
            if named is not None:
                self._add("rate", rate.id, named, "占", confidence="medium" if named[1] in self.narrower_bases else "high")
                continue
            previous = self._nearest_before(rate, lambda c: c.segment == rate.segment and c.is_quantity)
            if previous is None:
                continue
            between = self.text[previous.end:rate.start]
            if between.count("）") + between.count(")") > between.count("（") + between.count("("):
                # 创伤类3412人次（其中交通事故伤1986人次），占31.4%: the share is of the count before the bracket
                opening = max(self.text.rfind("（", 0, previous.start), self.text.rfind("(", 0, previous.start))
                previous = self._nearest_before(previous, lambda c: c.segment == rate.segment and c.is_quantity
                                                and c.end <= opening)
                if previous is None:
                    continue
            share_cue = self._share_cue(previous, rate)
            named_base = self._base_named_in_share(previous, rate)
            if named_base is not None:
                self._add("rate", rate.id, [previous.id, named_base], "占",
                          confidence="medium" if named_base in self.narrower_bases else "high")
                continue
            if TARGET_SHARE.search(rate.indicator):
                continue  # 其中上半年完成5,832人，占全年任务的48.6%: of a task not stated, not of the year's count
            if self._change_rate(rate, previous):
                continue
            if share_cue:
                base = self._share_base(previous)
                if base is None:
                    base = self._base_of_the_share_before(previous)
                    if base is not None:
                        self._add("rate", rate.id, [previous.id, base], share_cue, confidence="medium")
                        continue
                if base is not None:
                    confidence = "high" if previous.id in self.part_of or base == self._population_named_before(previous) else "medium"
                    self._add("rate", rate.id, [previous.id, base], share_cue, confidence=confidence)
                continue
            before = len(self.relations)
            self._rate_after_counts(rate, previous)
            if len(self.relations) == before:
                self._rate_over_population_named(rate, previous)
        self._part_rates()
        self._rates_of_a_named_part()
        self._bed_occupancy()
        self._use_rates()
        self._same_bases()
        self._per_capita()
        self._per_capita_by_period()
        self._per_population_rates()

    def _rates_of_a_stated_base(self) -> None:
        """重点人群签约96852人，重点人群签约率78.40%（重点人群总数123540人） / 宫颈癌筛查12600人，完成省下达
        任务12000人的105.00%: the base of a rate stated with it, in brackets after it (a 总数 or 人数)
        or as the number its phrase ends on (…N人的p%); the numerator is the count right before."""
        for rate in self.claims[1:]:
            if not rate.is_percent or rate.id in self.results:
                continue
            before = self.claims[rate.id - 1]
            after = self.claims[rate.id + 1] if rate.id + 1 < len(self.claims) else None
            numerator, base = None, None
            bracket = re.fullmatch(r"[ \t]*[（(]([\u4e00-\u9fff]{0,10}?)(总数|总人数|人数|总计|合计|总量)?[为是]?[ \t]*",
                                   self.text[rate.end:after.start]) if after is not None else None
            # 签约率78.40%（重点人群总数123540人） / 重点人群签约率60.04%(全县重点人群140276人): a total, or
            # the population the rate names
            if bracket and after.is_quantity and re.match(r"[ \t]*[)）]", self.text[after.end:after.end + 2]) and (
                    bracket.group(2) or len(SCOPE_PREFIX.sub("", bracket.group(1))) >= 2
                    and rate.indicator.startswith(SCOPE_PREFIX.sub("", bracket.group(1)))):
                numerator, base = before, after
            elif before.is_quantity and before.id and (
                    re.fullmatch(r"[ \t]*的[ \t]*", self.text[before.end:rate.start])
                    and re.search(r"(?:完成|占|相当于|达到)[\u4e00-\u9fff0-9\-—~～]{0,14}$", self.text[max(0, before.start - 20):before.start])
                    # 占全县总诊疗人次（128.5万人次）的60.2%: the base in brackets after its name
                    or re.fullmatch(r"[ \t]*[）)][ \t]*的[ \t]*", self.text[before.end:rate.start])
                    and re.search(r"占[\u4e00-\u9fff]{2,14}[（(][ \t]*$", self.text[max(0, before.start - 20):before.start])):
                numerator, base = self.claims[before.id - 1], before  # 完成省下达任务12000人的105.00%
            elif before.is_quantity and (named := DONE_OF_NAMED.match(self.text, before.end, rate.start)):
                # 约定采购量1,864.2万片，实际采购2,315.7万片（支），完成约定采购量的124.22%: over the count of its
                # sentence that the phrase names, the number right before
                base = self._nearest_before(before, lambda c: c.sentence == rate.sentence and c.is_quantity
                                            and c.indicator.endswith(named.group(1)))
                numerator = before if base is not None else None
            if numerator is None or base is None or not numerator.is_quantity or numerator.unit_group != base.unit_group \
                    or numerator.sentence != rate.sentence or numerator.value is None or base.value is None \
                    or self._is_change(numerator) or self._is_previous(numerator) or AVERAGE.search(numerator.indicator):
                continue
            self._add("rate", rate.id, [numerator.id, base.id], "（基数）" if base is after else "…的", confidence="medium")

    def _rates_of_all(self) -> None:
        """全县党政机关86家，均已建成无烟党政机关，建成率100% / 12486名贫困人口全部参加医保，参保率
        100%: a rate after a count that the words say all of did is that count over itself."""
        for rate in self.claims[1:]:
            count = self.claims[rate.id - 1]
            if not rate.is_percent or rate.id in self.results or not rate.indicator.endswith("率") \
                    or not count.is_quantity or count.sentence != rate.sentence or self._is_change(count) \
                    or self._is_previous(count) or AVERAGE.search(count.indicator):
                continue
            between = self.text[count.end:rate.start]
            if re.search(r"\d", between) or not re.match(r"[ \t]*[，,]?[ \t]*[\u4e00-\u9fff]{0,8}?(?:(?<![人平次户日年月])均|全部|全都|已全部)", between) \
                    or len(re.split(r"[，,]", between)) > 3:
                continue
            self._add("rate", rate.id, [count.id, count.id], "全部", confidence="medium")

    def _changes_from_to(self) -> None:
        """出院人次由上年的36912人次增加到38765人次，同比增长5.02%: a rate of change after the
        value it started from and the value it reached."""
        for rate in self.claims[2:]:
            if not rate.is_percent or rate.id in self.results:
                continue
            previous, current = self.claims[rate.id - 2], self.claims[rate.id - 1]
            after_from = current.end
            if rate.id >= 3 and self._is_change(current) and re.fullmatch(
                    r"[，,][ \t]*(?:增加|减少|新增|净增)", self.text[previous.end:current.start].strip(" \t")):
                # 由2022年底的1396个增加到1868个，增加472个，增长33.81%: past the change, to the two values
                previous, current = self.claims[rate.id - 3], previous
            between = None
            if current.is_quantity and self._is_previous(current) and not (
                    previous.is_quantity and previous.unit_group == current.unit_group and previous.sentence == current.sentence
                    and not AVERAGE.search(previous.indicator)):
                # 支出2104.37万元，资金使用率为88.18%，较上年的1862.45万元增长12.99%: this year's value
                # is the nearest of its kind before last year's in the sentence, past a rate of its own
                # (采购2,316.8万元，占药品采购总金额19,870万元的11.66%，比上年的2,538.4万元下降8.7%: not what 占 names)
                # (累计培训6,380人次，场均110人次，培训人次比上年的5,420人次增长17.7%: past an average)
                now = self._nearest_before(current, lambda c: c.is_quantity and c.unit_group == current.unit_group
                                           and c.sentence == current.sentence == rate.sentence
                                           and not self._is_previous(c) and not self._is_change(c)
                                           and not self._is_share_base(c) and not AVERAGE.search(c.indicator), reach=3)
                named_before = now is None
                if named_before:
                    now = self._current_named_before(current)
                if now is not None and not named_before and now.id in self.part_of \
                        and self.claims[self.part_of[now.id]].sentence == now.sentence:
                    # 全年报告2346例，其中乙类612例、丙类1734例，…，较上年的2581例下降9.1%: the total compared,
                    # not the last of its parts
                    now = self.claims[self.part_of[now.id]]
                if now is not None:
                    previous = now
                    between = re.split(r"[，,；;]", self.text[max(now.end, current.start - 12):current.start])[-1]
                    between = "，" + re.sub(r"\s", "", between)
                    subject = re.match(r"，([\u4e00-\u9fff]{2,8}?)(?:比|较)", between)
                    if subject and _shares_words(subject.group(1), now.indicator):
                        between = "，" + between[subject.end(1):]  # 签约居民255410人，…；签约人数较上年的241683人
                    if named_before:
                        between = "，较上年的"  # (the subject named before 较: _current_named_before read it)
            if not (previous.is_quantity and current.is_quantity and previous.unit_group == current.unit_group
                    and (previous.segment == current.segment == rate.segment or between is not None)):
                continue
            if between is None:
                between = re.sub(r"\s", "", self.text[previous.end:current.start])
            after = re.sub(r"[\s，,]", "", self.text[after_from:rate.start])
            if after[:1] in ("）", ")") and self.text[max(0, current.start - 2):current.start].rstrip(" \t")[-1:] in ("（", "("):
                after = after[1:]  # 比上年（5,741人次）增长8.3%: the value of the year before in brackets
            changed = re.fullmatch(CHANGE_WORDS, after)
            if not changed:
                continue
            if self._is_previous(previous) and re.fullmatch(
                    r"(?:增加|增长|提高|提升|上升|下降|减少|降低)(?:到|至)(?:[\u4e00-\u9fff]{0,8}的)?", between):
                self._add("change-rate", rate.id, [previous.id, current.id], FROM_TO, confidence="high")
            elif self._is_previous(current) and not self._is_previous(previous) and not after.startswith(("较", "比")) \
                    and re.fullmatch(r"[，,]?(?:比|较)(?:上年|去年|上年同期|去年同期)(?:同期)?(?:(?![增减降提升多少加])[\u4e00-\u9fff]){0,6}?的?[（(]?",
                                     between):
                # 人均住院费用7482.36元，比上年的7613.20元下降1.72%: this year's, then last year's (比上年（5,741人次）增长8.3%)
                self._add("change-rate", rate.id, [current.id, self._compared_now(previous, current, rate).id], FROM_TO, confidence="high")

    def _changes_over_a_previous_value_beside(self) -> None:
        """上门护理服务3,415人次，同比增长50.6%（上年为2,267人次） / 药品收入7,458.9万元(上年7,443.2万元),仅增长
        0.21% / 次均费用106.68元,上年为109.35元,同比下降2.44%: a change rate between this year's value
        and last year's, stated beside them (in brackets or in a clause of their own), is of the two."""
        def words(start: int, end: int) -> str:
            return re.sub(r"[ \t]", "", self.text[start:end]) if end - start <= 24 else ""
        for rate in self.claims[1:]:
            if not rate.is_percent or rate.id in self.results:
                continue
            before = self.claims[rate.id - 2] if rate.id >= 2 else None
            right_before = self.claims[rate.id - 1]
            after = self.claims[rate.id + 1] if rate.id + 1 < len(self.claims) else None
            confidence = "high"
            if before is not None and PREVIOUS_BESIDE.fullmatch(words(before.end, right_before.start)) \
                    and CHANGE_AFTER_PREVIOUS.fullmatch(words(right_before.end, rate.start)):
                current, previous = before, right_before
            elif after is not None and CHANGE_WORDS_ONLY.fullmatch(words(right_before.end, rate.start)) \
                    and PREVIOUS_AFTER_RATE.fullmatch(words(rate.end, after.start)) \
                    and re.match(r"[ \t]*[）)]", self.text[after.end:after.end + 3]):
                current, previous = right_before, after
            elif after is not None and (named := NAMED_CHANGE.fullmatch(words(right_before.end, rate.start))) \
                    and PREVIOUS_AFTER_RATE.fullmatch(words(rate.end, after.start)) \
                    and re.match(r"[ \t]*[）)]", self.text[after.end:after.end + 3]):
                # 报告人畜共患病27例，…，报告发病率为5.90/10万，病例数同比下降15.63%（去年同期32例）: the count of
                # last year's unit that the sentence states, past the rate between
                # (the count the subject names, else the one whose change from last year's is near the rate printed)
                subject = named.group(1)

                def now(c: Claim) -> bool:
                    return (c.sentence == rate.sentence and c.is_quantity and c.unit == after.unit and c.value is not None
                            and not self._is_change(c) and not self._is_previous(c) and c.id not in self.part_of)
                current = self._nearest_before(rate, lambda c: now(c) and len(subject) >= 2 and _shares_words(subject, c.indicator),
                                               reach=6) or \
                    self._nearest_before(rate, lambda c: now(c) and bool(after.value) and rate.value is not None and _within_factor(
                        abs(c.value / after.value - 1) * 100, rate.value, 2), reach=6)
                previous, confidence = after, "medium"
                if current is None:
                    continue
            else:
                continue
            if current.is_quantity and previous.is_quantity and current.unit == previous.unit \
                    and current.value is not None and previous.value and current.sentence == rate.sentence:
                self._add("change-rate", rate.id, [previous.id, current.id], FROM_TO, confidence=confidence)

    def _changes_compared_with_a_year(self) -> None:
        """全县共报告法定传染病5,128例…。与2022年（4,317例）相比，报告病例数增长18.79%: a change rate after
        the value of a year before it is compared with (与…相比) is of this year's count stated before,
        the one its subject names, else the one of its unit near the rate printed."""
        for rate in self.claims[1:]:
            previous = self.claims[rate.id - 1]
            if not rate.is_percent or rate.id in self.results or not previous.is_quantity or not previous.value:
                continue
            opening = COMPARED_YEAR_BEFORE.search(self.text, max(0, previous.start - 12), previous.start)
            change = COMPARED_YEAR_AFTER.fullmatch(self.text, previous.end, rate.start)
            if not opening or not change:
                continue
            subject = re.sub(r"(?:人数|例数|总数|数量|数|量)$", "", change.group("subject"))

            def now(c: Claim) -> bool:
                return (c.is_quantity and c.unit == previous.unit and c.value is not None and c.paragraph == previous.paragraph
                        and previous.sentence - c.sentence <= 1 and not self._is_previous(c) and not self._is_change(c)
                        and not AVERAGE.search(c.indicator) and c.id not in self.part_of)
            # (报告病例数 names no 报告死亡9例: the subject's noun, its last word)
            named = self._nearest_before(previous, lambda c: now(c) and len(subject) >= 2 and subject[-2:] in c.indicator,
                                         reach=12)
            near = named or self._nearest_before(previous, lambda c: now(c) and _within_factor(
                abs(c.value / previous.value - 1) * 100, rate.value or Decimal(0), 2), reach=12)
            if near is not None:
                self._add("change-rate", rate.id, [previous.id, near.id], FROM_TO, confidence="high" if named else "medium")

    def _changes_over_the_period_before(self) -> None:
        """三季度4,120人次，四季度4,661人次（环比增长13.1%）: a change 环比 after the count of a quarter (a
        half-year) is over the count of the period before it, of its unit, in its paragraph."""
        for rate in self.claims[1:]:
            now = self.claims[rate.id - 1]
            if not rate.is_percent or rate.id in self.results or not now.is_quantity or not now.value \
                    or not SEQUENTIAL_CHANGE.fullmatch(self.text, now.end, rate.start):
                continue
            period = _period_part(now.period)
            before = PERIOD_BEFORE.get(period)
            if before is None:
                continue
            previous = self._nearest_before(now, lambda c: c.is_quantity and c.value is not None and c.unit == now.unit
                                            and c.paragraph == now.paragraph and _period_part(c.period) == before
                                            and not self._is_change(c) and not self._is_previous(c), reach=8)
            if previous is not None:
                self._add("change-rate", rate.id, [previous.id, now.id], FROM_TO, confidence="medium")

    def _compared_now(self, now: Claim, previous: Claim, rate: Claim) -> Claim:
        """The value of this year that last year's follows: the number right before it, but not an
        average stated with a total (达成赔偿协议金额386.42万元，平均每件3.94万元，比上年的452.1万元下降14.5%:
        the total), and the whole of a part whose change is the rate printed (上半年会诊1,362例，其中
        一季度618例、二季度744例，比上年同期的992例增长37.3%: the half-year's)."""
        if AVERAGE.search(now.indicator):
            total = self._nearest_before(now, lambda c: c.sentence == now.sentence and c.unit_group == now.unit_group
                                         and c.is_quantity and not AVERAGE.search(c.indicator)
                                         and not self._is_previous(c) and not self._is_change(c), reach=3)
            if total is not None:
                return total
        return self._whole_if_nearer(
            now, lambda c: c.sentence == now.sentence and not self._is_previous(c)
            and None not in (c.value, previous.value, rate.value) and bool(previous.value),
            lambda c: abs(abs(c.value / previous.value - 1) * 100 - rate.value))

    def _whole_if_nearer(self, part: Claim, usable, misfit) -> Claim:
        """The whole ``part`` is listed in, when ``usable`` and ``misfit`` is less for it than for the
        part (a change stated after a 其中 list is most often the total's); else ``part``."""
        whole = self.claims[self.part_of[part.id]] if part.id in self.part_of else None
        if whole is not None and part.value is not None and usable(whole) and misfit(whole) < misfit(part):
            return whole
        return part

    def _current_named_before(self, previous: Claim) -> Claim | None:
        """受益学生31450名，…。受益学生较上年的30980名增长1.5% / 共完成监测样本426份…。监测样本量较上年的
        388份增长9.8%: the current value is the count of the paragraph, before, that the comparison names."""
        # (培训人次比上年的…, 实物储备价值比上年的…: the measure's word is no part of the count's name)
        subject = re.search(r"([\u4e00-\u9fff]{2,10}?)(?:量|数|人数|人次|人口|总数|数量|价值|金额|总额)?(?:较|比)(?:上年|去年|上一年)(?:同期)?的?[（(]?$",
                            self.text[max(0, previous.start - 16):previous.start])
        if subject is None:
            return None
        # (签约人数较上年的… names 累计签约居民255410人; 全年投入较上年的… names 全县投入卫生应急资金612万元)
        name = SCOPE_PREFIX.sub("", subject.group(1))

        def current(c: Claim, named, paragraphs: int = 0) -> bool:
            return (c.is_quantity and c.unit_group == previous.unit_group and 0 <= previous.paragraph - c.paragraph <= paragraphs
                    and c.value is not None and len(name) >= 2 and named(SCOPE_PREFIX.sub("", c.indicator))
                    and not self._is_previous(c) and not self._is_change(c))
        # a count named by the subject, else one whose name holds it and that is no part of another
        # (活产中男婴2731人 is a part of the 活产 the comparison is about)
        named = self._nearest_before(previous, lambda c: current(c, lambda n: n.endswith(name)), reach=12) or \
            self._nearest_before(previous, lambda c: current(c, lambda n: name in n) and c.id not in self.part_of, reach=12)
        if named is not None or previous.id + 1 >= len(self.claims):
            return named
        # 全年出生3,216人…。⏎（三）出生人口结构。全年出生人口较上年的3,587人下降10.34%: a count of the
        # paragraph before, no part of another, when the change it gives is near the rate printed
        rate, named = self.claims[previous.id + 1], self._nearest_before(
            previous, lambda c: current(c, lambda n: n.endswith(name), paragraphs=2) and c.id not in self.part_of, reach=30)
        if named is None or not rate.is_percent or not rate.value or not previous.value:
            return None
        return named if _within_factor(abs(named.value / previous.value - 1) * 100, rate.value, 2) else None

    def _table_growth(self, rows: list[dict], header: dict | None) -> None:
        """| 指标 | 2022年 | 2023年 | 同比增长(%) |: the growth column of each row against its two years."""
        if header is None:
            return
        cells = header["cells"]
        growth = next((i for i, cell in enumerate(cells) if re.search(r"增长|增幅|增减|下降|降幅", cell)), None)
        years = [(int(m.group()), i) for i, cell in enumerate(cells[:growth] if growth else [])
                 for m in [re.search(r"(?:19|20)\d{2}", cell)] if m]
        if growth is None or len(years) < 2:
            return
        (_, before), (_, after) = sorted(years)[-2:]
        for row in rows:
            stated = next((c for c in self._between(row["spans"][growth][0], row["spans"][growth][1])
                           if c.value is not None and c.kind in ("percent", "value")), None) if growth < len(row["spans"]) else None
            previous, current = row["values"].get(before), row["values"].get(after)
            if stated is not None and previous is not None and current is not None \
                    and self.claims[previous].unit_group == self.claims[current].unit_group:
                self._add("change-rate", stated.id, [previous, current], FROM_TO, confidence="high")

    def _fund_rates(self) -> None:
        """全年下达1680.84万元…拨付1596.80万元，拨付率95.00%: money passed on or spent over the
        money allocated (the lexicon's fund_rates)."""
        for rate in self.claims:
            if not rate.is_percent or rate.id == 0 or rate.id in self.results:
                continue
            numerator = self.claims[rate.id - 1]
            if numerator.kind != "money" or numerator.segment != rate.segment or numerator.value is None \
                    or AVERAGE.search(numerator.indicator) or self._is_change(numerator):
                continue
            done = numerator.indicator + self._phrase_before(numerator)
            share = re.search(r"占(?:已)?([\u4e00-\u9fff]{1,8})$", rate.indicator)  # 占下达资金的93.46%
            entry = next((e for e in self.lexicon.fund_rates if any(w in done for w in e["numerator"]) and (
                any(w in share.group(1) for w in e["base"]) if share else
                any(rate.indicator.endswith(w) for w in e["rate"]))), None)
            if entry is None:
                continue

            def allocated(c: Claim, named: bool) -> bool:
                if c.kind != "money" or c.value is None or c.id in self.part_of or AVERAGE.search(c.indicator) \
                        or self._is_change(c) or self._is_previous(c):
                    return False
                clause = re.split(r"[，,；;。：:\n]", self.text[max(0, c.start - 30):c.start])[-1]
                return not named or any(w in clause + c.indicator for w in entry["base"])
            in_section = [c for c in self.claims[max(0, numerator.id - 40):numerator.id]
                          if c.section == rate.section and rate.section]
            base = next((c for c in reversed(in_section) if allocated(c, True)), None)
            if base is None:
                # 97.31万元主要用于…: the amount a section's text opens with is what the section is about
                base = next((c for c in in_section if allocated(c, False) and not self.text[
                    self.sentence_of_offset.bounds(c.start)[0]:c.start].strip()), None)
            if base is None:  # the total allocated (共下达), else the nearest amount allocated
                base = self._nearest_before(numerator, lambda c: allocated(c, True) and rate.paragraph - c.paragraph <= 20
                                            and self._has_total_word(c.id)) or \
                    self._nearest_before(numerator, lambda c: allocated(c, True) and rate.paragraph - c.paragraph <= 20)
            if base is not None:
                self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")

    def _respective_shares(self) -> None:
        """一孩652人，二孩598人，三孩及以上236人，分别占43.88%、40.24%和15.88%: the k-th share is
        the k-th count over the total those counts are parts of (or the population named by 中)."""
        for cue in re.finditer(r"分别占(?:比|全[县市区])?(?:(?P<base>[\u4e00-\u9fff]{2,10}?)的?(?:比例|比重)?)?(?:为|是)?(?=[\d.]+[%％])", self.text):
            rates = []
            for claim in self._between(cue.end(), cue.end() + 60):
                gap = self.text[(rates[-1].end if rates else cue.end()):claim.start]
                if not claim.is_percent or not re.fullmatch(r"[ \t]*(?:[、，,和及与][ \t]*)?", gap):
                    break
                rates.append(claim)
            before = [c for c in self._between(self.sentence_of_offset.bounds(cue.start())[0], cue.start())
                      if c.is_quantity]
            if len(rates) < 2 or len(before) < len(rates):
                continue
            parts = before[-len(rates):]
            if len({p.unit_group for p in parts}) != 1:
                continue
            if cue.group("base"):
                # 分别占已拨付资金的60.00%和40.00%: the base is the amount so named before
                base = self._amount_named(parts[0], cue.group("base"))
                if base is None:
                    # 全年出生3,216人 … （三）出生人口结构。…分别占出生人口的42.97%: the count of that name
                    # paragraphs before (出生人口 is the births, 出生)
                    name = cue.group("base")
                    base = self._named_base(parts[0], name) or (
                        self._named_base(parts[0], name[:-2]) if name.endswith("人口") and len(name) == 4 else None)
                wholes = {self.part_of.get(p.id) for p in parts}
                if base is None and len(wholes) == 1 and None not in wholes:
                    # 已完成量化分级评定的1102家，其中A级86家、B级724家、C级292家，分别占已评定数的…: the
                    # whole the parts were listed of
                    base = wholes.pop()
                stated = base is not None
                if stated and all(p.id not in self.part_of for p in parts) and None not in [r.high for r in rates] and \
                        abs(sum(r.value for r in rates) - 100) <= sum(r.high - r.value for r in rates) + Decimal("0.01"):
                    # shares of one base that make 100% between them: the parts make up the base
                    self._add_breakdown(base, [p.id for p in parts], "分别占", confidence="medium", complete=True,
                                        parts_may_overlap=False)
            else:
                base = self._share_base(parts[0])
                if base is None or any(self._share_base(p) != base for p in parts[1:]):
                    continue
                stated = base == self._population_named_before(parts[0]) or any(
                    r.confidence == "high" and r.result == base and parts[0].id in r.operands for r in self.relations)
            if base is None:
                continue
            for rate, part in zip(rates, parts):
                self._add("rate", rate.id, [part.id, base], "分别占", confidence="high" if stated else "medium")

    def _amount_named(self, part: Claim, name: str) -> int | None:
        """已拨付资金 names 县财政已拨付项目资金1962.47万元: the nearest count before ``part``, in its
        paragraph or the one before, that ends on the name's noun and holds the rest of its words."""
        # (乙类传染病报告病例 names 乙类传染病报告327例: a count word after the noun is its unit)
        # (占全年完成投资的40.6%: of the year's amount, not of a quarter's 二季度完成投资8,040万元)
        yearly = YEARLY_NAME.match(name) is not None
        name = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:病例|例数|人数|总数)$", "", SCOPE_PREFIX.sub("", name))
        noun, words = name[-2:], re.sub(r"^(?:已经|已)", "", name[:-2])  # (the tagger reads 已拨付 as 拨付)
        near = [c for c in self.claims[max(0, part.id - 40):part.id]
                if c.is_quantity and c.unit_group == part.unit_group and words in c.indicator
                and not (yearly and _of_a_part_of_the_year(c))
                and part.paragraph - c.paragraph <= 1 and not self._is_change(c)
                and not self._is_previous(c) and not AVERAGE.search(c.indicator)]
        named = [c for c in near if c.indicator.endswith(noun)] or [
            # (占年度预算的50.00% names 年度预算资金3672.9万元, when no amount ends on 预算: money's word after it)
            c for c in near if c.unit_group == "money" and re.sub(r"(?:资金|经费)$", "", c.indicator).endswith(noun)]
        # (one such amount: 户籍育龄妇女 and 已婚育龄妇女 both end on 育龄妇女, and which is meant is a guess)
        return named[-1].id if len({c.indicator for c in named}) == 1 else None

    def _respective_rates_over_each(self) -> None:
        """下达宫颈癌、乳腺癌筛查任务各8600人，完成宫颈癌筛查8652人、乳腺癌筛查8610人，任务完成率
        分别为100.60%和100.12%: the k-th rate is the k-th count over the number each was due (各)."""
        for cue in re.finditer(r"率分别(?:为|是|达到?)[：:]?", self.text):
            rates = []
            for claim in self._between(cue.end(), cue.end() + 60):
                gap = self.text[(rates[-1].end if rates else cue.end()):claim.start]
                if not claim.is_percent or not re.fullmatch(r"[ \t]*(?:[、，,和及与][ \t]*)?", gap):
                    break
                rates.append(claim)
            sentence_start = self.sentence_of_offset.bounds(cue.start())[0]
            before = [c for c in self._between(sentence_start, cue.start()) if c.is_quantity and not self._is_change(c)]
            if len(rates) < 2 or len(before) < len(rates) + 1:
                continue
            counts, rest = before[-len(rates):], before[:-len(rates)]
            each = rest[-1]
            if len({c.unit_group for c in counts + [each]}) != 1 or self.text[max(0, each.start - 1):each.start] != "各":
                continue
            for rate, count in zip(rates, counts):
                if "rate" not in self.results.get(rate.id, ()):
                    self._add("rate", rate.id, [count.id, each.id], "各…分别为", confidence="medium")

    def _task_rates_over_each(self) -> None:
        """下达宫颈癌、乳腺癌筛查任务各12000人。完成宫颈癌筛查12486人，…，任务完成率104.05%；完成乳腺癌
        筛查12103人，任务完成率100.86%: each item's completion rate, stated one by one, is its count
        over the number each item was due."""
        for each in self.claims:
            if not each.is_quantity or each.value is None or self.text[max(0, each.start - 1):each.start] != "各":
                continue
            listed = EACH_DUE.search(self.text, max(0, each.start - 40), each.start - 1)
            if not listed:
                continue
            # (the head of each item, past a date's 年 the pattern starts on: 2016年宫颈癌、乳腺癌筛查 -> 宫颈, 乳腺)
            items = [w.lstrip("年月度")[:2] for w in re.split(r"[、和及与]", listed.group("items")) if len(w.lstrip("年月度")) >= 2]
            for rate in self.claims[each.id + 1:each.id + 40]:
                if rate.paragraph - each.paragraph > 1:
                    break
                if not rate.is_percent or rate.id in self.results or "完成" not in rate.indicator:
                    continue
                sentence_start, _ = self.sentence_of_offset.bounds(rate.start)
                count = self._nearest_before(rate, lambda c: c.is_quantity and c.start >= sentence_start and c.id != each.id
                                             and c.unit_group == each.unit_group and c.id not in self.part_of
                                             and any(item in c.indicator for item in items), reach=8)
                if count is not None:
                    self._add("rate", rate.id, [count.id, each.id], "各…完成率", confidence="medium")

    def _share_named_in_rate(self, rate: Claim) -> list[int] | None:
        """二孩占出生总数的48.69%: the rate names its part (二孩) and its base (出生), each stated
        before as a count of its own."""
        named = re.match(r"^(?:其中)?([\u4e00-\u9fff]{2,8}?)占(?:全县|全市|全区|同期|同年|当年)*([\u4e00-\u9fff]{2,10}?)"
                         r"(总数|总量|总额|人数)?的?(?:比例|比重)?$", rate.indicator)
        if not named:
            return self._share_named_after_one_with_its_base(rate)
        part_name, base_name = named.group(1), named.group(2)
        # (恶性肿瘤类患者占大病患者的47.88% of 恶性肿瘤类1152人: the share may add what the part counts)
        part = self._nearest_before(rate, lambda c: c.is_quantity and rate.paragraph - c.paragraph <= 1 and (
            c.indicator.endswith(part_name) or len(SCOPE_PREFIX.sub("", c.indicator)) >= 3
            and part_name.startswith(SCOPE_PREFIX.sub("", c.indicator)) and c.id in self.part_of))
        if part is None:
            return None
        base = self._named_base(part, base_name, whole=named.group(3) in ("总数", "总量", "总额"))
        if base is None and named.group(3):
            # (奖励性绩效工资占绩效工资总量的60% names 绩效工资总量18,650万元, not 基础性绩效工资 beside it)
            base = self._amount_named(part, base_name + named.group(3))
        if base is None:
            base = self._amount_named(part, base_name)  # 肺结核占乙类传染病报告病例的43.43%
        return [part.id, base] if base is not None else None

    def _share_named_after_one_with_its_base(self, rate: Claim) -> list[int] | None:
        """二孩2141人，三孩及以上706人，二孩占出生人口的44.04%，三孩及以上占14.52%: a share that names its
        part only, right after a share of the same sentence that names its base, is over that base."""
        named = re.match(r"^(?:其中)?([\u4e00-\u9fff\d\-～~]{2,10}?)(的|的?仅|的?只)?占$", rate.indicator)
        if not named:
            return None
        before = self.claims[rate.id - 1] if rate.id else None
        relation = next((r for r in self.rates_of.get(before.id, ()) if r.cue == "占"), None) \
            if before is not None and before.is_percent and before.sentence == rate.sentence else None
        if relation is None:
            # 35岁以下52人，…60岁及以上68人；60岁及以上的占15.89%: the part named again (X的占), over the
            # whole it is a part of (60岁及以上147717人，占22.00%，其中65岁及以上…，占16.20% is not read here)
            if not named.group(2):
                return None
            part = self._nearest_before(rate, lambda c: c.is_quantity and c.indicator.endswith(named.group(1))
                                        and c.paragraph == rate.paragraph, reach=12)
            if part is None or part.id not in self.part_of:
                return None
            return [part.id, self.part_of[part.id]]
        base = self.claims[relation.operands[1]]
        part = self._nearest_before(rate, lambda c: c.is_quantity and c.indicator.endswith(named.group(1))
                                    and c.unit_group == base.unit_group and c.sentence == rate.sentence)
        if part is None or part.id == base.id or part.value is None or base.value is None or part.value > base.value:
            return None
        return [part.id, base.id]

    def _named_base(self, part: Claim, name: str, whole: bool = False) -> int | None:
        """The count stated before ``part`` whose phrase, without scope words, is ``name``: the
        nearest of the same period in the paragraph or the three before it, else the nearest
        of that period anywhere before (产妇 of the report's 基本情况). A ``whole`` (占托位总数的):
        the count of all of it, when one is stated (全县共有托位2,136个, not 向16家机构的610个托位)."""
        name = _same_brackets(name)
        # 上半年累计完成1.28亿元，占全年完成投资的40.6%: a name of the year's is of the year's period
        period = part.period
        yearly = YEARLY_NAME.match(name)
        if yearly and len(name) - yearly.end() >= 2:
            name, period = name[yearly.end():], "全年"

        def accept(c: Claim, reach: int) -> bool:
            # (按DIP结算病例23487例，占县级公立医院出院人次的95.80%: cases of people over person-times)
            return (c.is_quantity and (c.unit_group == part.unit_group or {c.unit_group, part.unit_group} <= PERSON_COUNTS)
                    and c.id != part.id and _same_brackets(SCOPE_PREFIX.sub("", c.indicator)) == name
                    and part.paragraph - c.paragraph <= reach
                    and not _periods_conflict(c.period, period) and not self._is_change(c)
                    and not self._is_previous(c) and not self._counts_those_that_did(c))
        base = None

        def one_of_a_list(c: Claim) -> bool:
            # (医院差错29项；乡镇卫生院差错72项；…专业公共卫生机构差错9项: each a group's, none the whole's)
            return whole and any(o.id != c.id and o.sentence == c.sentence and accept(o, 10 ** 6)
                                 for o in self.claims[max(0, c.id - 12):c.id + 12])
        if whole:
            # (占差错总数的61.5% with 发现差错187项 and the groups' 差错29项…9项: a whole is no smaller than its part)
            base = self._nearest_before(part, lambda c: accept(c, 10 ** 6) and self._counts_all_of(c) and (
                c.value is None or part.value is None or c.value >= part.value))
        base = base or self._nearest_before(part, lambda c: accept(c, 3) and not one_of_a_list(c)) or \
            self._nearest_before(part, lambda c: accept(c, 10 ** 6) and not one_of_a_list(c))
        if base is None:
            # 占同期产妇总数 with 住院分娩产妇2831人 the only count of 产妇: a narrower name of the base
            ending = [c for c in self.claims[max(0, part.id - 200):part.id] if c.is_quantity and c.unit_group == part.unit_group
                      and c.id != part.id and len(name) >= 2 and _same_brackets(SCOPE_PREFIX.sub("", c.indicator)).endswith(name)
                      and not one_of_a_list(c)
                      # (基础性绩效工资7,460万元，奖励性绩效工资11,190万元，奖励性绩效工资占绩效工资总量的60%: not the
                      # sibling beside the part, smaller than it; a whole sentences before may be, 441 mistyped for 144)
                      and not (whole and c.sentence == part.sentence and None not in (c.value, part.value)
                               and c.value < part.value)
                      and not _periods_conflict(c.period, period) and not self._is_change(c) and not self._is_previous(c)
                      and not self._counts_those_that_did(c)]
            # (育龄妇女10.85万人，其中已婚育龄妇女7.62万人: of the names ending so, the one not within another)
            wholes = [c for c in ending if c.id not in self.part_of]
            if wholes and len({c.indicator for c in wholes}) == 1:
                ending = wholes
            # (占献血总人次的2.6% with 全县无偿献血12,486人次 and 初次献血7,614人次: the total, the count of all of it)
            every = [c for c in wholes if self._has_total_cue(c.id) or WHOLE_SCOPE.search(self._clause_before(c))]
            if whole and every and len({c.indicator for c in every}) == 1:
                ending = every
            if len({c.indicator for c in ending}) == 1:
                base = ending[-1]
                self.narrower_bases.add(base.id)
        if base is None and not re.search(r"\d", name):
            # 占全县执业(助理)医师总数的15.77% with the county's 执业(助理)医师 in a table's total row
            cells = [c for c in self.table_totals if c.value is not None and c.unit_group in (part.unit_group, None)
                     and any(_same_brackets(header) == name for header in c.column_header)]
            if len(cells) == 1:
                base = cells[0]
        return base.id if base else None

    def _same_bases(self) -> None:
        """建档487826份，建档率92.41% … 签约241454人，签约率45.74%: two rates over one population
        imply the same population."""
        for population, rate_names in self.lexicon.population_bases.items():
            pairs = []
            for rate in self.claims:
                if not rate.is_percent or rate.value is None or rate.id == 0:
                    continue
                name = next((n for n in rate_names if rate.indicator.endswith(n)), None)
                if name is None or _qualified(rate.indicator[:-len(name)]) or any(
                        "人口" not in self.claims[r.operands[-1]].indicator for r in self.rates_of.get(rate.id, ())):
                    continue  # (高血压患者52166人，签约41538人，签约率79.63%: a rate over the group read before it)
                numerator = self.claims[rate.id - 1]
                stem = re.sub(r"率$", "", rate.indicator)
                subgroup = numerator.indicator.split(stem[-2:])[0] if stem[-2:] in numerator.indicator else ""
                if (numerator.is_quantity and numerator.segment == rate.segment and numerator.value is not None
                        and any(ch in numerator.indicator for ch in stem[-2:])  # 建档率 after 健康档案
                        and not _qualified(subgroup)):  # 重点人群签约9.1万人: a subgroup's rate
                    pairs.append((rate, numerator))
            for (rate_a, num_a), (rate_b, num_b) in zip(pairs, pairs[1:]):
                if rate_a.period and rate_b.period and rate_a.period != rate_b.period:
                    continue
                self._add("same-base", rate_a.id, [num_a.id, rate_b.id, num_b.id], population, confidence="medium")

    def _per_population_rates(self) -> None:
        """每千常住人口医疗卫生机构床位7.61张（年末常住人口37.42万人）with 实有床位2846张: a rate
        per 1,000 people against its count and the population."""
        people = [c for c in self.claims if c.is_quantity and c.unit_group == "people"]
        # (贫困人口 is no population a rate per 1,000 people is over when it does not name one)
        county_people = [c for c in people if re.search(r"(?:^|常住|户籍|总|年末|全[县市区])人口$", SCOPE_PREFIX.sub("", c.indicator))]
        for rate in self.claims:
            if rate.kind not in ("permille", "per-10k", "per-100k", "per-million") or rate.value is None or not rate.unit \
                    or self._is_previous(rate):
                continue  # (每千常住人口床位数将由5.86张提高到7.60张: the rate before is of the beds before)
            noun = re.sub(rf"^.*?{PER_PEOPLE}", "", rate.indicator)
            noun = re.sub(r"(?:数|总数)$", "", re.sub(r"^(?:拥有|有)", "", noun))  # (每万常住人口拥有全科医生)
            if len(noun) < 2 or re.fullmatch(r"(?:提高|增加|增长|下降|降低|减少|达到|达|为|由|将由|将)+", noun):
                # 每千常住人口床位数将由5.86张提高到7.60张: the noun after 每千…人口 in the text, before its verb
                # (the last 每…人口 before it: 每万人口拥有全科医生1.07人，距离…每万人口2名 names none)
                stated = ([None] + list(re.finditer(rf"{PER_PEOPLE}(?:拥有|有)?([\u4e00-\u9fff]{{2,12}})?",
                                                    self.text[max(0, rate.start - 40):rate.start])))[-1]
                stated = stated if stated is not None and stated.group(1) else None
                noun = re.sub(r"(?:数|总数|量)?(?:将由|将从|由|从|将|已|达到|达|提高到|提高至|增加到|增至|为|是)*$", "",
                              stated.group(1)) if stated else ""
            right_before = self.claims[rate.id - 1] if rate.id else None
            if right_before is not None and right_before.is_quantity and right_before.kind == "count" \
                    and right_before.sentence == rate.sentence and right_before.unit_group == rate.unit_group \
                    and PER_PEOPLE_AFTER_COUNT.fullmatch(self.text, right_before.end, rate.start) \
                    and not self._is_change(right_before) and not self._is_previous(right_before):
                # 在岗乡村医生486人，平均每千服务人口1.56名 / 维持性血液透析患者412人，每10万人口70.67人: the count
                # right before, whose noun the rate leaves out
                beside = right_before
            else:
                beside = None
            if len(noun) < 2 and beside is None:
                continue
            # (not a kind of it: 中医类别执业(助理)医师187人 is not the county's 执业(助理)医师)
            # (全科医生213人 for 每万常住人口全科医生: the kind the rate names itself is no narrower one)
            candidates = [beside] if beside is not None else [c for c in self.claims if c.is_quantity and c.kind == "count"
                          and (c.unit == rate.unit or {c.unit, rate.unit} <= {"人", "名", "位"})
                          and c.id != rate.id and c.indicator.endswith(noun[-2:]) and not self._is_change(c)
                          and not KIND_OF.search(c.indicator[:-len(noun)] if c.indicator.endswith(noun) else c.indicator[:-2])]
            # (床位数将由2,420张增加到3,140张。…每千常住人口床位数将由…提高到7.60张: the count of its sentence or
            # the one before whose sentence names the noun before it, when no count's name ends on it)
            candidates = candidates or [c for c in self.claims[max(0, rate.id - 6):rate.id] if c.is_quantity
                                        and c.kind == "count" and c.unit == rate.unit and 0 <= rate.sentence - c.sentence <= 1
                                        and noun in self.text[self.sentence_of_offset.bounds(c.start)[0]:c.start]
                                        and not self._is_previous(c) and (not self._is_change(c) or self.text[
                                            max(0, c.start - 4):c.start].rstrip(" \t").endswith(("到", "至")))]
            # | 总  计 | 2386 | … under a column 床位数(张): the total row of a table's column of that noun
            candidates += [] if beside is not None else [c for c in self.table_totals if c.value is not None
                           and any(noun[-2:] in header for header in c.column_header)]
            # (每千农业人口 is over the 农业人口 the report states)
            named = re.search(rf"每(?:{PER_MULTIPLIERS})([\u4e00-\u9fff]{{1,4}}?)人口", rate.indicator)
            population = [c for c in people if named and c.indicator.endswith(named.group(1) + "人口")] or county_people
            if not candidates or not population:
                continue
            clause = re.split(r"[，,。；;\n]", self.text[max(0, rate.start - 30):rate.start])[-1]
            if re.search(r"力争|目标|计划|预计|争取|确保", clause) or \
                    re.match(r"[^，,。；;\n]{0,12}目标", self.text[rate.end:rate.end + 14]):
                continue  # 力争每千人口托位数达到7.5个 / 距离每万人口2名全科医生的目标: a target, not a state
            # the count of the whole: a total, else the largest count of that noun
            # (of the section's counts, when it has some: 器械不良事件…每百万人口报告数 is not of the drug reports)
            candidates = [c for c in candidates if _top_section(c.section) == _top_section(rate.section)] or candidates
            # (每万常住人口全科医生数 is of the 全科医生98人, not of the 在岗乡村医生412人 that ends as it does)
            candidates = [c for c in candidates if c.indicator.endswith(noun)] or candidates
            numerator = max(candidates, key=lambda c: (self._has_total_word(c.id), c.value))
            # (the same count stated in the prose and in a table's total row: the prose's)
            numerator = next((c for c in candidates if c.value == numerator.value and c.id not in self.table_cells), numerator)
            base = min(population, key=lambda c: abs(c.start - rate.start))
            self._add("per-population", rate.id, [numerator.id, base.id], "每千人口", confidence="medium")

    def _per_capita_by_period(self) -> None:
        """上半年奖励扶助发放17013人，资金8173440元；下半年16974人，资金8211520元: the amount per
        person of one benefit should not change much from one period to the next."""
        pairs = []
        by_segment: dict[int, list[Claim]] = {}
        for claim in self.claims:
            if claim.value is not None:
                by_segment.setdefault(claim.segment, []).append(claim)
        for segment in sorted(by_segment):
            inside = by_segment[segment]
            counts = [c for c in inside if c.kind == "count" and c.unit_group in ("people", "households")]
            amounts = [c for c in inside if c.kind == "money"]
            if len(counts) == 1 and len(amounts) == 1 and _period_part(counts[0].period) and counts[0].value > 0:
                pairs.append((counts[0], amounts[0]))
        for (count_a, amount_a), (count_b, amount_b) in zip(pairs, pairs[1:]):
            part_a, part_b = _period_part(count_a.period), _period_part(count_b.period)
            if (part_a, part_b) not in (("H1", "H2"), ("Q1", "Q2"), ("Q2", "Q3"), ("Q3", "Q4")):
                continue
            if not _same_measure(count_a.indicator, count_b.indicator) or count_a.unit_group != count_b.unit_group:
                continue
            self._add("per-capita-periods", amount_b.id, [count_b.id, amount_a.id, count_a.id], f"{part_a}/{part_b}",
                      confidence="medium")

    def _per_capita(self) -> None:
        """为6696人发放资金643万元，按每人每年960元的标准: an amount against count × standard."""
        for standard in self.claims:
            if standard.kind != "money" or standard.value is None or standard.value <= 0:
                continue
            around = self.text[max(0, standard.start - 12):standard.end + 4]
            per_visit = "次均" in self.text[max(0, standard.start - 8):standard.start]
            if not (re.search(r"每人|每户|人均|户均|/人|/户|每名", around) or per_visit):
                continue
            monthly = bool(re.search(r"每月|/月", around))
            same = [c for c in self._near(standard, 30) if c.segment == standard.segment and c.id != standard.id
                    and c.value is not None]
            if len([c for c in same if c.kind == "count"]) != 1:  # 按…标准，为3582名…；为287名…: the clause, else the sentence
                same = [c for c in self._near(standard, 30) if c.sentence == standard.sentence and c.id != standard.id
                        and c.value is not None]
            # (救助15630人次，支出321.05万元，次均救助205元: an average per visit is over the person-times)
            counts = [c for c in same if c.kind == "count"
                      and c.unit_group in (("person-times",) if per_visit else ("people", "households"))]
            declared = re.search(r"按(常住|户籍)人口(?:核定|计算|测算|安排|下达)", self.text[standard.end:standard.end + 30])
            if not counts and declared and not monthly:
                # 人均财政补助标准为94元，按常住人口核定项目资金3620.88万元: the population the report states
                population = self._far_population(standard, lambda c: SCOPE_PREFIX.sub("", c.indicator).endswith(declared.group(1) + "人口")
                                                  and not self._is_previous(c) and not self._is_change(c))
                counts = [population] if population is not None else []
            # (an amount may be printed too small, 343.87元 for 343.87万元: that is what is checked)
            # (a standard is named before its amount or by /人 right after it; 发放642.82元，人均960元
            # is an amount followed by the standard)
            amounts = [c for c in same if c.kind == "money" and c.value != standard.value
                       and not re.search(r"每人|每户|人均|户均|/人|/户|各(?:发放)?$", self.text[max(0, c.start - 8):c.end])
                       and not re.match(r"[ \t]*(?:/人|/户|每人|每户)", self.text[c.end:c.end + 3])
                       and not re.search(r"各(?:发放|补助)?$", self.text[max(0, c.start - 4):c.start])]
            if len(counts) != 1 or len(amounts) != 1 or monthly:
                continue  # one count, one amount, a yearly or one-off standard: otherwise the reading is a guess
            if re.search(r"每年|/年", around) and _period_part(amounts[0].period) not in (None, "Y"):
                continue  # 每人每年960元…上半年为12436人发放596.93万元: half a year's payment
            self._add("per-capita", amounts[0].id, [counts[0].id, standard.id], "标准", confidence="medium")

    def _change_rate(self, rate: Claim, change: Claim) -> bool:
        """出生5126人，较上年减少417人，下降7.52%: the rate of a change is over the previous
        value, the current one plus the decrease (or minus the increase)."""
        words = re.sub(r"[\s，,、]", "", self.text[change.end:rate.start])
        if change.id != rate.id - 1 or change.id == 0 or not re.fullmatch(r"(?:同比|环比)?(?:下降|减少|减幅|降幅|降低|增长|增加|增幅|上升|提高)(?:了|幅度)?(?:为|达)?", words):
            return False
        def stated_now(c: Claim) -> bool:
            return (c.is_quantity and c.unit_group == change.unit_group and c.segment == change.segment
                    and not self._is_change(c) and not self._is_previous(c))
        before = self.claims[change.id - 1]
        if self._is_previous(before) and before.is_quantity and before.unit_group == change.unit_group \
                and (before.segment == change.segment or self.text[before.end:change.start].lstrip().startswith("相比")) \
                and re.fullmatch(r"[ \t]*(?:[）)][，,]?[ \t]*|相比[，,]?[\u4e00-\u9fff、]{0,12}?)?(?:减少|下降|增加|增长|降低|上升)了?",
                                 self.text[before.end:change.start]):
            # 出生人口1486人，较上年的1583人减少97人，下降6.13%: the value before is stated
            current = self._nearest_before(before, stated_now, reach=4)
            if current is None:
                # 救助人次较上年的23604人次增加1714人次，增长7.26%: the change over the value before
                self._add("change-rate", rate.id, [change.id, before.id], OVER_PREVIOUS, confidence="high")
                return True
            # 追回486.27万元，其中…零售药店73.69万元，比上年的347.32万元增加138.95万元: the total changed
            current = self._whole_if_nearer(
                current, lambda c: stated_now(c) and None not in (c.value, before.value, change.value),
                lambda c: abs(abs(c.value - before.value) - change.value))
            self._add("change-rate", rate.id, [before.id, current.id], FROM_TO, confidence="high")
            return True
        if not re.search(r"(?:比|较)(?:上年|去年|上年同期|去年同期)?(?:同期)?(?:减少|下降|增加|增长|降低|上升)了?$",
                         self.text[max(0, change.start - 12):change.start]):
            return False
        # 报告传染病2876例，报告发病率544.70/10万（按常住人口52.8万人计），较上年减少214例: the
        # count that changed is the nearest of its kind before, past a rate and its base
        current = self._nearest_before(change, stated_now, reach=4)
        if current is None:
            return False
        decrease = bool(re.search(r"(?:减少|下降|降低)了?$", self.text[max(0, change.start - 4):change.start]))
        self._add("change-rate", rate.id, [change.id, current.id], "减少" if decrease else "增加", confidence="high")
        return True

    def _part_rates(self) -> None:
        """一孩1408人…一孩率58.06% / 一孩占比43.88%: the rate of a part of a breakdown is over its total."""
        parts = sorted(self.part_of)  # (this step adds rates, never parts)
        for rate in self.claims:
            if not rate.is_percent or rate.id in self.results or self._is_previous(rate):
                continue  # (由上年的12.61%提高到15.62%: last year's share is of last year's births)
            name = re.sub(r"(?:率|占比|比例|比重|所占比例)$", "", rate.indicator)
            name = re.sub(r"^(?:其中|按孩次构成看|按孩次分)", "", name)
            if len(name) < 2 or name == rate.indicator:
                continue
            part = None
            # the nearest part before the rate, within two paragraphs (claims are in text order)
            for at in range(bisect.bisect_left(parts, rate.id) - 1, -1, -1):
                candidate = self.claims[parts[at]]
                if rate.paragraph - candidate.paragraph > 2:
                    break
                if candidate.indicator.endswith(name):
                    part = candidate
                    break
            if part is None:
                continue
            own = self.claims[rate.id - 1]
            if own.is_quantity and own.segment == rate.segment and own.id != part.id:
                continue  # 47家养老机构均…签订合作协议，签约率100%: the rate of the count right before it
            self._add("rate", rate.id, [part.id, self.part_of[part.id]], rate.indicator, confidence="medium")

    def _rates_of_a_named_part(self) -> None:
        """建档386412份；其中动态使用的档案212870份，健康档案使用率55.09% / 住院56753人次，其中县域内住院
        52418人次，县外住院4335人次，县域内就诊率92.36%: a rate right after the parts of a 其中 list,
        named by words of one part that neither its whole nor the other parts have, is that part
        over the whole. (其中高危孕产妇1186人，高危孕产妇管理率100% is the rate of something done for
        the part, over the part: a rate whose name starts with the part's name is not read here.)"""
        for rate in self.claims[1:]:
            if not rate.is_percent or rate.id in self.results or self._is_previous(rate):
                continue
            # (满意度: the share of those asked who said they were satisfied)
            stem = re.sub(r"(?:率|占比|比例|比重|(?<=满意)度)$", "", SCOPE_PREFIX.sub("", rate.indicator))
            if len(stem) < 2 or stem == rate.indicator:
                continue
            parts = []
            for other in reversed(self.claims[max(0, rate.id - 5):rate.id]):
                if other.segment != rate.segment or other.id not in self.part_of:
                    break
                parts.append(other)
            totals = {self.part_of[p.id] for p in parts}
            if not parts or len(totals) != 1:
                continue
            whole = self.claims[totals.pop()]
            if whole.value is None or whole.unit_group != parts[0].unit_group or whole.id > rate.id:
                continue  # (…实际采购231.7万片，完成率124.30%；…两批合计400.2万片: a total stated after is not its base)
            others = _word_pairs(whole).union(*(_word_pairs(p) for p in parts))
            named = []
            for part in parts:
                own = _word_pairs(part) - _word_pairs(whole) - set().union(*(_word_pairs(p) for p in parts if p is not part))
                part_name = SCOPE_PREFIX.sub("", part.indicator)
                if any(stem[i:i + 2] in own for i in range(len(stem) - 1)) and not (
                        stem.startswith(part_name) and len(stem) > len(part_name)):
                    named.append(part)
            if not named and len(parts) == 1 and DONE_PART.match(SCOPE_PREFIX.sub("", parts[0].indicator)):
                named = parts  # 可疑症状者3416人，其中完成痰涂片检查的3382人，查痰率99.00%: the one part, what was done
            part_name = SCOPE_PREFIX.sub("", parts[0].indicator)
            if not named and len(parts) == 1 and rate.kind == "percent" and rate.value and whole.value \
                    and parts[0].value is not None and parts[0].segment == rate.segment \
                    and _in_order(stem[-2:], parts[0].indicator) and not stem.startswith(part_name) \
                    and abs(parts[0].value / whole.value * 100 - rate.value) <= rate.value / 10:
                # 审核报告卡5,128张，其中在规定时限内报告的5,121张，及时报告率99.86%: the one part, named by the
                # rate's last word (which its whole may share), and near the rate printed
                named = parts
            if len(named) == 1 and others:
                self._add("rate", rate.id, [named[0].id, whole.id], rate.indicator, confidence="medium")

    def _bed_occupancy(self) -> None:
        """开放床位2150张，实际占用总床日312486日，病床使用率80.30%: the bed-days used over the beds
        times the days of the period (a half-year 181 or 182, a year 365 or 366; 按181天计算 when the
        paragraph says so)."""
        for rate in self.claims:
            if not rate.is_percent or rate.id in self.results or not re.search(r"(?:病床|床位)使用率$", rate.indicator):
                continue
            near = [c for c in self._near(rate, 6) if c.id < rate.id and c.paragraph == rate.paragraph
                    and c.value is not None and not self._is_change(c) and not self._is_previous(c)]
            used = [c for c in near if re.search(r"占用(?:总)?床日", c.indicator) and "出院" not in c.indicator]
            beds = [c for c in near if c.unit == "张" and c.indicator.endswith("床位")]
            if len(used) != 1 or not beds:
                continue
            days = self._days_of(rate)
            if days is not None:
                self._add("bed-occupancy", rate.id, [used[0].id, beds[-1].id], f"{days}日", confidence="medium",
                          base_times=days)

    def _days_of(self, claim: Claim) -> int | None:
        """The days of the period a claim covers: the 按N天计算 of its paragraph, else a year's or a
        half-year's, in the year it names or the report's."""
        paragraph = self.text[max(0, claim.start - 600):claim.start]
        stated = re.findall(r"按(\d{2,3})[天日]计算", paragraph)
        if stated:
            return int(stated[-1])
        year_text = re.search(r"(?:19|20)\d{2}", claim.period or "") or re.search(r"(?:19|20)\d{2}(?=年)", self.text[:300])
        if year_text is None:
            return None
        leap = calendar.isleap(int(year_text.group()))
        part = _period_part(claim.period)
        if part in (None, "Y"):
            return 366 if leap else 365
        return {"H1": 182 if leap else 181, "H2": 184}.get(part)

    def _use_rates(self) -> None:
        """在托婴幼儿986人，托位使用率71.45% with 托位1380个 stated before: a use rate of a
        capacity (托位, 床位) is the count right before it over that capacity."""
        for rate in self.claims:
            named = re.search(r"([\u4e00-\u9fff]{2})(?:使用率|利用率|入住率)$", rate.indicator)
            if not rate.is_percent or not named or rate.id in self.results or rate.id == 0:
                continue
            numerator = self.claims[rate.id - 1]
            if not numerator.is_quantity or numerator.paragraph != rate.paragraph or numerator.indicator.endswith(named.group(1)):
                continue
            # the whole capacity: not 养老床位880张 of 床位1260张, nor 非普惠托位510个 of 托位1380个
            capacity = self._nearest_before(numerator, lambda c: c.is_quantity and c.indicator.endswith(named.group(1))
                                            and c.id not in self.part_of and c.id not in self.in_breakdown
                                            and rate.paragraph - c.paragraph <= 3 and not self._is_change(c)
                                            and not self._is_previous(c) and _partition_member_any(c.indicator, self.lexicon.partitions) is None)
            if capacity is not None:
                self._add("rate", rate.id, [numerator.id, capacity.id], rate.indicator, confidence="medium")

    def _rate_after_counts(self, rate: Claim, numerator: Claim) -> None:
        """患者2611人，规范管理2611人，规范管理率100% / 应种672人,实种667人,接种率99.26% / 应管患者
        13516人,在管9874人,管理率73.05%;规范管理7682人,规范管理率77.80%: a rate right after two
        counts of the same kind is the second over the first, when the rate names the second and
        not the first, or the first is what was due and the second what was done."""
        # (住院总费用…，合计报销5185.79万元，实际报销比例91.90%: a 比例 is a rate too)
        stem = re.sub(r"(?:率|比例|水平)$", "", rate.indicator)
        plan = re.search(r"完成[\u4e00-\u9fff]{0,4}(?:计划|任务)$", rate.indicator)  # 完成年度计划60%
        # (共调查1,320人，其中具备基本健康素养的354人，健康素养水平为26.82%: a 水平 of a part over its whole)
        level = rate.indicator.endswith("水平") and rate.is_percent and numerator.id in self.part_of
        if not (rate.indicator.endswith(("率", "比例")) and len(stem) >= 2 or plan or level) or numerator.id != rate.id - 1 \
                or numerator.id == 0:
            return
        base, previous_sentence = None, False
        narrowed = self._narrowed_bases(rate)
        for other in reversed(self.claims[max(0, numerator.id - 2):numerator.id]):
            if other.is_percent and other.segment != rate.segment and narrowed:
                continue  # 在管9874人,管理率73.05%;规范管理7682人: past the rate of the count before
            if other.is_quantity and other.unit_group == numerator.unit_group and other.sentence == rate.sentence \
                    and (other.id == numerator.id - 1 or any(w in other.indicator for w in narrowed)):
                base = other
            elif self._base_in_sentence_before(other, numerator):
                base = other  # 全县乡镇卫生院14家。已完成标准化建设12家，完成率85.71%
                previous_sentence = True
            break
        if base is None and narrowed:
            base = self._managed_base(rate, numerator, narrowed)
            if base is not None:
                self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")
                return
        if level and (base is None or self.part_of.get(numerator.id) != base.id):
            return
        if base is None:
            base = self._base_of_parallel_share(rate, numerator)
            if base is not None:
                self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")
            return
        if self.part_of.get(numerator.id) == base.id and self._number_first(numerator) \
                and re.match(rf"[ \t]*(?:已|均|全部)?{re.escape(stem[-2:])}", self.text[numerator.end:numerator.end + 6]) \
                and self._near_printed(rate, numerator, base, factor=10):
            # 参加考试的学员共17人，其中15人通过，通过率88.24%: the part the verb after it names, over its whole
            self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")
            return
        if self._number_first(numerator) or self._number_first(base):
            return  # 3家医院全部建成，22家乡镇卫生院建成覆盖率81.82%: not two counts of one population
        if numerator.id in self.part_of and self.part_of[numerator.id] == self.part_of.get(base.id) \
                and self._parts_add_up(self.part_of[numerator.id]):
            # 完成校验186家…。其中校验合格181家，暂缓校验5家，暂缓校验率2.69%: two parts of one whole, that they
            # make up (其中…贫困人口6,842人全部签约，规范管理6,315人 are no two parts of the 签约42,386人)
            return
        whole = self.part_of.get(base.id)
        if whole is not None and numerator.id not in self.part_of and self.claims[whole].end <= base.start \
                and self.claims[whole].sentence == numerator.sentence and self._parts_add_up(whole) \
                and CLAUSE_JOINT.search(self.text, base.end, numerator.start) \
                and self.claims[whole].unit_group == numerator.unit_group:
            # 采集样本360份，其中一季度168份、二季度192份，检出阳性23份，阳性率6.39%: the last part of a list
            # that makes up its whole is no base; what was found after the list is of the whole
            base = self.claims[whole]
        # 建立预防接种卡证4216人，建证率99.57%: the rate's stem may be the numerator's words abridged
        # (a word the stem shares with the numerator and not with the base: 各项扶助政策落实率 after
        # 奖励扶助资金…特别扶助资金 shares 扶助 with both, and is the rate of neither over the other)
        # (回收率 after 收回有效问卷486份: the two characters of the stem's end in either order)
        named = (any(stem[i:i + 2] in numerator.indicator and stem[i:i + 2] not in base.indicator
                     for i in range(len(stem) - 1)) or _in_order(stem[-2:], numerator.indicator)
                 or _in_order(stem[-2:][::-1], numerator.indicator)) \
            and not _shares_words(stem[-2:], base.indicator) and not _in_order(stem[-2:], base.indicator)
        named_fully = len(stem) >= 3 and stem in numerator.indicator and stem not in base.indicator
        done = SCOPE_PREFIX.sub("", numerator.indicator)
        if len(done) >= 2 and stem.startswith(done) and len(stem) > len(done) and numerator.id in self.part_of:
            return  # 其中高危孕产妇1186人，高危孕产妇管理率100%: what was done for the part, over the part
        due = SCOPE_PREFIX.sub("", base.indicator)
        due_and_done = self._names_due(due) and \
            done.startswith(tuple(self.lexicon.done_words) or ("实", "已", "完成"))
        # 参加测试的学生45870人，达到良好及以上等级的23412人，优良率51.04%: those of the count right before
        # that reached a grade (达到…的), over it
        # (接触职业病危害因素的劳动者5826人，全年完成在岗期间职业健康检查5317人，体检率91.26%: what was done
        # for the count right before, over it)
        reached = done.startswith(("达到", "完成", "已完成")) and base.segment == numerator.segment \
            and base.id == numerator.id - 1
        if ((named and (base.segment == rate.segment or previous_sentence)) or named_fully or due_and_done or reached) \
                and self._near_printed(rate, numerator, base, factor=10):
            self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")
        elif self._names_due(done) and not self._names_due(due) and not previous_sentence \
                and self._near_printed(rate, base, numerator, factor=10):
            # 开展孕前优生健康检查3612对，目标人群3850对，覆盖率93.82%: what was due, stated after what was done
            self._add("rate", rate.id, [base.id, numerator.id], rate.indicator, confidence="medium")
        elif narrowed:
            base = self._managed_base(rate, numerator, narrowed)
            if base is not None:
                self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")

    def _rates_over_fitting_counts(self) -> None:
        for rate in self.claims[1:]:
            if rate.is_percent and "rate" not in self.results.get(rate.id, ()):
                self._rate_over_the_fitting_count(rate, self.claims[rate.id - 1])

    def _rate_over_the_fitting_count(self, rate: Claim, numerator: Claim) -> None:
        """排查发现隐患673处…已整改659处，整改率97.92%: a rate named by the count right before it, whose
        base no wording names, is over the count of the paragraph before it that fits the printed rate
        best, when one fits it within a tenth (a reading of medium confidence: a rate far from every
        count is read over none)."""
        stem = re.sub(r"(?:率|比例)$", "", rate.indicator)
        # (犬伤5,307人次，占85.35%: a share right after its count, of the total of a paragraph or two before)
        share = numerator.is_quantity and self._share_cue(numerator, rate) is not None
        named = rate.indicator.endswith(("率", "比例")) and len(stem) >= 2
        if not (named or share) or rate.kind not in RATE_SCALES \
                or rate.value is None or not rate.value or numerator.id != rate.id - 1 or not numerator.value \
                or self.part_of.get(numerator.id) == numerator.id - 1 \
                or numerator.segment != rate.segment or self._is_change(numerator) or self._is_previous(numerator) \
                or AVERAGE.search(self._clause_before(numerator)):
            return
        words = SCOPE_PREFIX.sub("", numerator.indicator)
        naming = [stem[i:i + 2] for i in range(len(stem) - 1) if stem[i:i + 2] in words] if named and not share else []
        if named and not share and not naming and not _in_order(stem[-2:], words):
            return
        scale = RATE_SCALES[rate.kind]

        def quotient(c: Claim) -> Decimal:
            return numerator.value / c.value * scale

        def numerator_of_its_own(c: Claim) -> bool:
            # 新生儿遗传代谢性疾病筛查4198人，筛查率99.10%；听力筛查4153人，筛查率98.04%: a count with its
            # own rate after it is another rate's numerator, over the same implied base, not this one's
            # base, unless the rate is exactly over it (完成筛查27,315人，筛查率…；初筛阳性412人，初筛阳性率)
            following = self.claims[c.id + 1]
            # (全县23个病区村均已完成降氟改水，改水率100%。…正常运转的改水工程21个，运转率: a count whose
            # own rate is all of it counts the whole too)
            return following.is_percent and following.segment == c.segment and not (
                rate.low is not None and rate.high is not None and rate.low <= quotient(c) <= rate.high) \
                and following.value != RATE_SCALES.get(following.kind)

        def fits(c: Claim) -> bool:
            return (c.is_quantity and c.value and 0 <= numerator.paragraph - c.paragraph <= (SHARE_PARAGRAPHS if share else 1)
                    and (not share or _top_section(c.section) == _top_section(numerator.section))
                    and c.base_unit == numerator.base_unit
                    and (c.value >= numerator.value or rate.value > scale) and not self._is_change(c)
                    and not self._is_previous(c) and not self._states_standard(c) and not self._per_unit(c)
                    and not AVERAGE.search(self._clause_before(c)) and not numerator_of_its_own(c)
                    # (重点人群签约率 over 全县常住人口: rates over the county's people are other readings')
                    and not self._counts_county_people(c)
                    # (碘盐296份、合格碘盐287份，碘盐覆盖率: the words that name the rate are not the base's)
                    and not (naming and all(word in c.indicator for word in naming)))
        candidates = [c for c in self.claims[max(0, numerator.id - FITTING_REACH):numerator.id] if fits(c)]
        if not candidates:
            return
        def misfit(c: Claim) -> Decimal:
            return abs(quotient(c) - rate.value) / rate.value
        best = min(reversed(candidates), key=misfit)  # (of equals, the nearest)
        if misfit(best) <= Decimal("0.1"):
            self._add("rate", rate.id, [numerator.id, best.id], rate.indicator, confidence="medium")

    def _shares_in_a_named_whole(self) -> None:
        """| 财政拨款收入 | 15286.54 | … | 本年收入合计 | 18642.37 | … 本年收入合计中，财政拨款收入占82.00%，事业
        收入占15.65%: in a sentence that opens on the name of a whole and 中, a share that names only its
        part (A占) is the count of that name stated before over the whole of that name (in a table
        too, whose cells have no unit of their own)."""
        for cue in NAMED_WHOLE_OPENING.finditer(self.text):
            sentence_start, sentence_end = self.sentence_of_offset.bounds(cue.end())
            if sentence_start != cue.start():
                continue
            whole_name = SCOPE_PREFIX.sub("", re.sub(r"^(?:在|其)|(?:中|当中)[，,]$", "", cue.group()))
            for rate in self._between(cue.end(), sentence_end)[:PARALLEL_NUMBERS]:
                named = re.fullmatch(r"([\u4e00-\u9fff（）()]{2,14}?)(?:的)?占(?:比)?(?:为|达)?", rate.indicator)
                if not rate.is_percent or rate.id in self.results or not named:
                    continue

                def stated(name: str, c: Claim) -> bool:
                    return c.value is not None and (c.is_quantity or c.id in self.table_cells) \
                        and _same_brackets(SCOPE_PREFIX.sub("", c.indicator)) == _same_brackets(name) \
                        and not self._is_previous(c) and not self._is_change(c)
                whole = self._nearest_before(rate, lambda c: stated(whole_name, c), reach=200)
                part = self._nearest_before(rate, lambda c: stated(named.group(1), c), reach=200)
                # (a cell of a table in 万元 has no unit of its own: it is compared with cells only)
                if whole is None or part is None or part.id == whole.id or not whole.value \
                        or part.unit_group != whole.unit_group or part.unit != whole.unit:
                    continue
                self._add("rate", rate.id, [part.id, whole.id], "占", confidence="medium")

    def _rates_after_two_fitting_counts(self) -> None:
        """全年应接种11,652剂次，实际接种11,483剂次，接种率98.55% / 观察手卫生时机6,240次，正确执行手卫生
        5,197次，依从率83.29%: a rate right after two counts of one unit in its sentence, named by a word
        of theirs that no reading took, is the second over the first when that quotient fits the printed
        rate within a tenth (medium: a rate far from it is of something else)."""
        for rate in self.claims[2:]:
            if not rate.is_percent or rate.id in self.results or not rate.value or not rate.indicator.endswith("率") \
                    or self._is_change(rate) or self._is_previous(rate):
                continue
            whole, part = self.claims[rate.id - 2], self.claims[rate.id - 1]
            if not (whole.is_quantity and part.is_quantity and whole.value and part.value is not None
                    and whole.unit == part.unit and whole.sentence == part.sentence == rate.sentence
                    and part.segment == rate.segment and part.value <= whole.value):
                continue
            if any(self._is_change(c) or self._is_previous(c) or AVERAGE.search(c.indicator) or self._per_unit(c)
                   or self._states_standard(c) or c.id in self.table_cells for c in (whole, part)) \
                    or whole.id in self.results or part.id in self.results or "\n" in self.text[whole.start:rate.start]:
                continue  # (cells of a table, rows of columns aligned by spaces, are read with their columns)
            if whole.id in self.part_of and self.part_of[whole.id] == self.part_of.get(part.id):
                continue  # (two parts of one list: 病残儿61例，非病残儿18例 are no base and numerator)
            # (a rate whose name shares nothing with either count, 满意率 after 发放问卷600份、收回582份, is of
            # something else however near it is)
            stem = SCOPE_PREFIX.sub("", rate.indicator)[:-1]
            if not any(char in part.indicator + whole.indicator for char in stem):
                continue
            if abs(part.value / whole.value * 100 - rate.value) <= rate.value / 10:
                self._add("rate", rate.id, [part.id, whole.id], rate.indicator, confidence="medium")

    def _complement_rates(self) -> None:
        """住院患者转出人次数1286人次，患者住院总人次数31254人次，县域内就诊率95.9%: rates the lexicon
        says are what is left of a base once a part is taken out, (base − part) / base."""
        for entry in self.lexicon.complement_rates:
            for rate in self.claims:
                if not rate.is_percent or rate.id in self.results or not any(rate.indicator.endswith(w) for w in entry["rate"]):
                    continue
                near = [c for c in self._near(rate, 12) if c.id < rate.id and self._counts_stock(c)
                        and c.paragraph == rate.paragraph and rate.sentence - c.sentence <= 1]
                excluded = [c for c in near if any(w in c.indicator for w in entry["excluded"])]
                bases = [c for c in near if any(w in c.indicator for w in entry["base"])
                         and not any(w in c.indicator for w in entry["excluded"])]
                if excluded and bases and excluded[-1].unit_group == bases[-1].unit_group:
                    self._add("complement-rate", rate.id, [excluded[-1].id, bases[-1].id], rate.indicator,
                              confidence="medium")

    def _named_shares_of_a_part(self) -> None:
        """普惠性托育机构14家、托位870个，非普惠性托育机构9家、托位510个，普惠托位占比63.04%: a share named
        by a modifier and a thing is the count of the thing in the clause the modifier opens (not
        the 非普惠 one) over the whole that count is a part of."""
        for rate in self.claims:
            stem = re.sub(r"(?:占比|比重|比例)$", "", SCOPE_PREFIX.sub("", rate.indicator))
            if not rate.is_percent or rate.id in self.results or stem == rate.indicator or len(stem) < 4:
                continue
            sentence_start, _ = self.sentence_of_offset.bounds(rate.start)
            for candidate in reversed(self._between(sentence_start, rate.start)):
                name = _noun_name(candidate.indicator)
                if not candidate.is_quantity or candidate.id not in self.part_of or len(name) < 2 or not stem.endswith(name):
                    continue
                modifier = stem[:-len(name)]
                clause = re.split(r"[，,；;：:]", self.text[sentence_start:candidate.start])[-1]
                if len(modifier) >= 2 and modifier in clause and not re.search("[非未不]" + re.escape(modifier), clause):
                    self._add("rate", rate.id, [candidate.id, self.part_of[candidate.id]], "占比", confidence="medium")
                    break

    def _rates_per_unit_counted(self) -> None:
        """全年共接种免疫规划疫苗186542剂次 … 报告疑似预防接种异常反应143例，报告发生率76.66/10万剂次: a
        rate per so many doses (visits…) is the count right before it over the doses counted before."""
        for rate in self.claims[1:]:
            per = re.fullmatch(r"/(?:\d*[万千百])?([\u4e00-\u9fff]{1,3})", rate.unit or "")
            if rate.kind not in RATE_KINDS or rate.id in self.results or not per or per.group(1) in ("人", "人口", "人年"):
                continue  # (per 10万人: a population's rate, read with the population bases)
            numerator = self.claims[rate.id - 1]
            if not numerator.is_quantity or numerator.sentence != rate.sentence or numerator.unit == per.group(1) \
                    or not self._counts_stock(numerator):
                continue
            base = self._nearest_before(numerator, lambda c: c.unit == per.group(1) and self._counts_stock(c)
                                        and c.id not in self.in_breakdown and numerator.paragraph - c.paragraph <= 5,
                                        reach=80)
            if base is not None:
                self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")

    def _rates_of_qualified_counts(self) -> None:
        """全县十二家乡镇卫生院全部完成自评。… 达标卫生院合计9家，达标率75%: a rate right after a count
        named by the rate's stem (达标) and a thing (卫生院) is that count over the nearest count
        before of the thing (乡镇卫生院)."""
        for rate in self.claims[1:]:
            stem = SCOPE_PREFIX.sub("", rate.indicator)[:-1] if rate.indicator.endswith("率") else ""
            numerator = self.claims[rate.id - 1]
            if not rate.is_percent or rate.id in self.results or len(stem) < 2 or not numerator.is_quantity \
                    or numerator.sentence != rate.sentence or not self._counts_stock(numerator):
                continue
            name = _noun_name(numerator.indicator)
            thing = name[len(stem):] if name.startswith(stem) else ""
            if len(thing) < 3:
                continue  # (服务 of 中医药健康管理服务 is no thing counted)
            # the base counts the thing, not the stem's activity (提供健康管理服务6000人 is no base of a 管理率)
            base = self._nearest_before(numerator, lambda c: self._counts_stock(c) and c.unit_group == numerator.unit_group
                                        and _noun_name(c.indicator).endswith(thing) and c.id not in self.in_breakdown
                                        and stem[-2:] not in c.indicator
                                        and numerator.paragraph - c.paragraph <= 2
                                        and _within_section(numerator.section, c.section), reach=40)
            if base is not None:
                self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")

    def _base_of_parallel_share(self, rate: Claim, numerator: Claim) -> Claim | None:
        """住院总费用5642.87万元，…报销5185.79万元，实际报销比例91.90%；个人自付457.08万元，自付比例8.10%:
        a share (比例, 占比, 比重) right after a share of the same sentence is over the same base, as is
        a rate of those reaching a grade right after the rate of those reaching another."""
        if numerator.id < 2:
            return None
        previous = self.claims[numerator.id - 1]
        # (…达到良好及以上等级的23412人，优良率51.04%；达到合格及以上等级的42986人，合格率93.71%: two
        # counts of those reaching a grade, side by side)
        reaching = SCOPE_PREFIX.sub("", numerator.indicator).startswith("达到") and \
            SCOPE_PREFIX.sub("", self.claims[numerator.id - 2].indicator).startswith("达到")
        if not previous.is_percent or previous.sentence != rate.sentence or not (
                SHARE_NAME.search(rate.indicator) and SHARE_NAME.search(previous.indicator) or reaching):
            return None
        for relation in self.rates_of.get(previous.id, ()):
            if len(relation.operands) == 2:
                base = self.claims[relation.operands[1]]
                if base.unit_group == numerator.unit_group and base.id != numerator.id:
                    return base
        return None

    def _base_of_the_share_before(self, part: Claim) -> int | None:
        """心脑血管疾病812例，占全部死亡的44.08%；恶性肿瘤486例，占26.38%: a share in a list of counts
        with shares is over the base the share of the item before it names."""
        if part.id < 1:
            return None
        share = self.claims[part.id - 1]
        if not share.is_percent or share.sentence != part.sentence:
            return None
        for relation in self.rates_of.get(share.id, ()):
            if relation.cue == "占" and len(relation.operands) == 2:
                item, base = (self.claims[i] for i in relation.operands)
                if item.unit_group == part.unit_group and base.id != part.id and item.id != part.id \
                        and base.value is not None and part.value is not None and part.value <= base.value:
                    return base.id
        return None

    def _base_in_sentence_before(self, other: Claim, first: Claim) -> bool:
        """乡镇卫生院14家。已完成标准化建设12家: ``first`` opens its sentence without a subject
        of its own, right after ``other`` closed the sentence before in the same paragraph, and
        both count one kind of thing: ``other`` is the whole ``first`` is about."""
        if not (other.is_quantity and other.value is not None and other.unit_group == first.unit_group
                and other.sentence == first.sentence - 1 and other.paragraph == first.paragraph
                and not self._is_change(other) and not self._is_previous(other) and not AVERAGE.search(other.indicator)):
            return False
        for earlier in reversed(self.claims[max(0, other.id - 20):other.id]):
            if earlier.sentence != other.sentence:
                break
            if earlier.is_quantity and earlier.unit_group == other.unit_group:
                return False  # 乡镇卫生院14家，村卫生室120个。已完成…12家: which whole is a guess
        sentence_start, _ = self.sentence_of_offset.bounds(first.start)
        lead = self.text[sentence_start:first.start]
        # the rest of the sentence before was about ``other`` only, and ``first`` opens with a done word
        tail = self.text[other.end:sentence_start]
        return (not re.search(r"[\d，,；;：:]", tail.rstrip("。！？!? \t")) and len(lead) <= 14
                and not re.search(r"[\d，,；;：:]", lead)
                and bool(re.match(r"(?:目前|现|截至[\u4e00-\u9fff\d]{0,6}|全年|年内)?(?:已经|已|共|累计)?(?:完成|建成|达到|达标|通过|实现|实施|开展|接收|签约|改造|落实)",
                                  lead.strip())))

    def _names_population(self, lead: str) -> bool:
        """重点人群, 65岁及以上老年人: words before a measure that name a group of people."""
        return bool(re.search(r"\d+岁", lead)) or any(group in lead for group in self.lexicon.overlapping_groups)

    def _rate_over_population_named(self, rate: Claim, numerator: Claim) -> None:
        """65岁及以上老年人60412人 … 全年为65岁及以上老年人提供健康管理服务43806人，健康管理率
        72.51%: a rate right after a count of what was done for a population the sentence names, a
        population counted before, is over that population, and the count is part of it."""
        if numerator.id != rate.id - 1 or not numerator.is_quantity or numerator.unit_group != "people" \
                or not rate.indicator.endswith("率") or self._is_change(numerator) or self._is_change(rate) \
                or re.search(r"增长|下降|提高|降低|增幅|降幅", rate.indicator):
            return
        base = self._population_named_in_sentence(rate, numerator)
        if base is not None:
            self._add("rate", rate.id, [numerator.id, base.id], rate.indicator, confidence="medium")
            if numerator.id not in self.part_of:
                self._add("subset", base.id, [numerator.id], base.indicator, confidence="medium")
                self.part_of[numerator.id] = base.id

    def _population_named_in_sentence(self, rate: Claim, numerator: Claim) -> Claim | None:
        """The population counted before that the numerator's sentence names before it (为65岁及以上
        老年人提供…, 将失能、半失能老年人作为…重点人群)."""
        context = self.text[self.sentence_of_offset.bounds(numerator.start)[0]:numerator.start]

        def population(c: Claim) -> bool:
            name = SCOPE_PREFIX.sub("", c.indicator)
            whole = self.claims[self.part_of[c.id]] if c.id in self.part_of else None
            if whole is not None and SCOPE_PREFIX.sub("", whole.indicator).endswith(name):
                return False  # 失能、半失能老年人3186人，其中…半失能老年人1912人: the whole, not its part
            return (c.is_quantity and c.unit_group == "people" and len(name) >= 4
                    and name in context and self._names_population(name) and not self._is_change(c)
                    and not self._is_previous(c) and (rate.paragraph - c.paragraph <= 10 or len(name) >= 5)
                    and c.sentence != numerator.sentence and not _periods_conflict(c.period, numerator.period))
        base = self._nearest_before(numerator, population)
        if base is not None and rate.paragraph - base.paragraph > 10 and len(
                {c.value for c in self.claims[:numerator.id] if c.is_quantity and c.indicator == base.indicator}) > 1:
            return None  # (a long name stated far before is the population only when it has one count)
        return base

    def _narrowed_bases(self, rate: Claim) -> list[str]:
        """The words of the base a narrowed rate (规范管理率) may reach back to, past the rate of
        that base; [] for any other rate."""
        for entry in self.lexicon.narrowed_rates:
            if any(rate.indicator.endswith(word) for word in entry["rate"]):
                return entry["base"]
        return []

    def _names_due(self, name: str) -> bool:
        """应管患者, 年度计划, 目标人群: a count of what was due."""
        return bool(name.startswith(("应", "需")) or DUE_NAME.search(name)
                    or any(w in name for w in self.lexicon.due_words))

    def _managed_base(self, rate: Claim, numerator: Claim, words: list[str]) -> Claim | None:
        """在管高血压患者25318人,规范管理19244人,…;血压控制达标17063人,管理人群血压控制率67.39%: a
        rate of the managed (控制率) is over the count its name says (规范管理人群…), else over the
        count its sentence opens with a word of the lexicon's base, in the lexicon's order (在管
        before 管理), when the numerator shares a word with the rate."""
        stem = re.sub(r"率$", "", rate.indicator)
        if not any(stem[i:i + 2] in numerator.indicator for i in range(len(stem) - 1)):
            return None
        sentence_start = self.sentence_of_offset.bounds(rate.start)[0]
        # (检查发现疑似职业病38人 is a count of those found, no base of a 检出率 beside it)
        counts = [c for c in self._between(sentence_start, numerator.start)
                  if c.is_quantity and c.unit_group == numerator.unit_group and not self._is_change(c)
                  and not self._is_previous(c) and not FOUND.search(c.indicator)]
        named = [c for c in counts if len(SCOPE_PREFIX.sub("", c.indicator)) >= 2 and c.indicator != numerator.indicator
                 and SCOPE_PREFIX.sub("", c.indicator) in stem]
        if named:
            return named[-1]  # 规范管理人群血压控制率 over 规范管理
        done = tuple(self.lexicon.done_words)
        for word in words:
            # (实际检查1702对 opens with 检查 once its done word is read past)
            opening = [c for c in counts if SCOPE_PREFIX.sub("", c.indicator).startswith(word)
                       or SCOPE_PREFIX.sub("", c.indicator).startswith(done) and word in c.indicator[:len(word) + 3]]
            if opening:
                return opening[-1]
        return None

    def _share_cue(self, previous: Claim, rate: Claim) -> str | None:
        raw = self.text[previous.end:rate.start]
        raw = ASIDE_FIRST.sub("", raw)  # 创伤类3412人次（其中交通事故伤1986人次），占31.4%
        between = re.sub(r"[\s，,、]", "", raw)
        between = between[1:] if between[:1] in "（(" else between  # 先天性心脏病31例（占39.24%）
        # 9个获评卫生乡镇，占75%: the share opens the clause after the count's own
        last_clause = re.sub(r"\s", "", re.split(r"[，,]", raw)[-1]) if re.search(r"[，,]", raw) else None
        for cue in self.lexicon.share_cues:
            if between.startswith(cue) and len(between) <= len(cue) + 6:
                return cue
            if last_clause is not None and last_clause.startswith(cue) and len(last_clause) <= len(cue) + 6 \
                    and len(re.split(r"[，,]", raw)) == 2 and not re.search(r"\d", raw):
                return cue
        return None

    def _population_named_before(self, part: Claim) -> int | None:
        """在常住人口中,0-14岁76761人,占11.43%: the base is the number of 常住人口 stated before."""
        sentence_start, _ = self.sentence_of_offset.bounds(part.start)
        # (within POPULATION_REACH characters: a sentence of thousands of shares stays linear)
        named = re.findall(r"(?:在|其)?([\u4e00-\u9fff]{2,8}?)(?:中|当中)[，,]",
                           self.text[max(sentence_start, part.start - POPULATION_REACH):part.start])
        if not named:
            return None
        population = re.sub(r"^(?:全年|年内|全县|全市|当年)", "", named[-1])
        # (全年完成投资中，中央预算内投资8,650万元，占27.5%: the year's, not 二季度完成投资8,040万元)
        yearly = YEARLY_NAME.match(named[-1]) is not None
        whole = self._nearest_before(part, lambda c: c.is_quantity and c.start < sentence_start
                                     and c.indicator.endswith(population) and c.unit_group == part.unit_group
                                     and not self._is_previous(c)
                                     and not (yearly and _of_a_part_of_the_year(c)))
        return whole.id if whole else None

    def _base_named_in_share(self, part: Claim, rate: Claim) -> int | None:
        """高危孕产妇1127人，占产妇总数的25.90%: the base is the number of 产妇 stated before."""
        between = re.sub(r"[\s，,、]", "", self.text[part.end:rate.start])
        # (仅占卫生技术人员的3.59%: an adverb before 占)
        named = re.match(r"(?:仅|只|约)?(?:占比|占)(?:全县|全市|全区)?(全部|所有)?([\u4e00-\u9fff()（）]{2,14}?)"
                         r"(总数|总量|总额|总人次数|总人次|总人数|总例数|人数|人次数|人次|例数)?的?"
                         r"(?:比例|比重)?(?:为|达)?$", between)
        if not named:
            return None
        name = named.group(2)
        if named.group(1):
            # 占全部死亡的44.08%: all of them, the largest count of that name before the part
            whole = self._nearest_before(part, lambda c: c.is_quantity and c.unit_group == part.unit_group and c.value is not None
                                         and SCOPE_PREFIX.sub("", c.indicator).endswith(name)
                                         and not self._is_change(c) and not self._is_previous(c)
                                         and part.paragraph - c.paragraph <= 1 and c.value >= part.value)
            return whole.id if whole is not None else None
        # (占已拨付资金的40.76% of 已拨付项目资金1821.74万元: the name's words in the amount's)
        found = self._named_base(part, name, whole=(named.group(3) or "").startswith("总"))
        return found if found is not None else self._amount_named(part, name)

    def _share_base(self, part: Claim) -> int | None:
        named = self._population_named_before(part)
        if named is not None:
            return named
        if part.id in self.part_of:
            total = self.claims[self.part_of[part.id]]
            following = self.claims[total.id + 1] if total.id + 1 < len(self.claims) else None
            if following is not None and following.kind in RATE_KINDS and self._share_cue(total, following):
                # 60岁及以上147717人，占22.00%，其中65岁及以上108726人，占16.20%: the nested
                # share may be of the outer base; which one the prose does not say.
                return None
            return total.id
        whole = self._nearest_before(part, lambda c: c.is_quantity and c.unit_group == part.unit_group
                                     and c.sentence == part.sentence and self._has_total_cue(c.id))
        if whole is not None:
            return whole.id
        named = self._whole_named_by_head(part)
        return named if named is not None else self._count_before_colon(part)

    def _count_before_colon(self, part: Claim) -> int | None:
        """对11833例创伤患者进行分析，居前两位的是：交通事故7108人，占60%: a share in a list after a
        colon is of the count the sentence opened the list with (people counted as 人 or 例)."""
        sentence_start, _ = self.sentence_of_offset.bounds(part.start)
        colon = max(self.text.rfind("：", sentence_start, part.start), self.text.rfind(":", sentence_start, part.start))
        if colon < 0:
            return None
        persons = {"people", "cases"}
        whole = self._nearest_before(part, lambda c: c.start >= sentence_start and c.end <= colon, reach=20)
        if whole is None or not self._counts_stock(whole) or not (
                whole.unit_group == part.unit_group or {whole.unit_group, part.unit_group} <= persons):
            return None
        return whole.id

    def _whole_named_by_head(self, part: Claim) -> int | None:
        """全县出生3128人。…二孩及以上出生1723人，占55.08%: a share whose base the sentence does not
        name is of the nearest count before it, in the paragraph or the one before, that the part's
        name narrows (二孩及以上出生 ends with 出生)."""
        name = SCOPE_PREFIX.sub("", part.indicator)

        def whole(c: Claim) -> bool:
            head = SCOPE_PREFIX.sub("", c.indicator)
            return (c.is_quantity and c.value is not None and c.unit_group == part.unit_group and len(head) >= 2
                    and name != head and name.endswith(head) and c.sentence < part.sentence
                    and part.paragraph - c.paragraph <= 1 and not self._is_change(c) and not self._is_previous(c) and not AVERAGE.search(c.indicator))
        found = self._nearest_before(part, whole, reach=40)
        return found.id if found else None

    # -- ratios written with a colon -------------------------------------------------------
    def _colon_ratios(self) -> None:
        """执业(助理)医师1876人,注册护士2235人,医护比为1:1.19 / 按照乡村两级6:4的比例,拨付乡镇卫生院
        1177.48万元、村卫生室784.99万元: a ratio whose name holds one word of each of two amounts of
        one kind, stated right before it or right after it in its sentence, is the first against the
        second, in the order of the name."""
        for ratio in self.claims:
            if ratio.kind != "ratio" or not ratio.unit or ":" not in ratio.unit or ratio.id in self.results:
                continue
            named = COLON_RATIO_NAME.search(ratio.indicator)
            if not named:
                continue
            first_word, second_word = named.group(1), named.group(2)
            in_sentence = [c for c in self.claims[max(0, ratio.id - 8):ratio.id + 5]
                           if c.sentence == ratio.sentence and c.is_quantity and c.value is not None
                           and not self._is_change(c) and not self._is_previous(c)]
            before = [c for c in in_sentence if c.id < ratio.id][-2:]
            after = [c for c in in_sentence if c.id > ratio.id][:2]
            # 医师412人，护士386人，药师74人，技师81人，…医护比为1:0.94: the two named, further back in a list
            named_before = [next((c for c in reversed(in_sentence) if c.id < ratio.id
                                  and word in SCOPE_PREFIX.sub("", c.indicator) and other not in SCOPE_PREFIX.sub("", c.indicator)), None)
                            for word, other in ((first_word, second_word), (second_word, first_word))]
            named_before = named_before if None not in named_before else []
            # 医护比为1:1.22 under a table whose total row has a column of each (执业(助理)医师, 注册护士)
            totals = [c for c in self.table_totals if c.value is not None and abs(c.paragraph - ratio.paragraph) <= 20]
            in_table = [next((c for c in totals if any(word in h for h in c.column_header[-1:])), None)
                        for word in (first_word, second_word)]
            in_table = in_table if None not in in_table and in_table[0].id != in_table[1].id else []
            for pair in (before, after, named_before, in_table):
                if len(pair) != 2 or pair[0].unit_group != pair[1].unit_group:
                    continue
                names = [SCOPE_PREFIX.sub("", c.indicator) if pair is not in_table else c.column_header[-1] for c in pair]
                if first_word in names[1] and second_word in names[0] and not (first_word in names[0] and second_word in names[1]):
                    pair = pair[::-1]  # 护士…医师…医护比: the name says the order
                elif not (first_word in names[0] and second_word in names[1]) or (first_word in names[1] or second_word in names[0]):
                    continue
                first, second = pair
                # 1:1.19 is second / first; 6:4 is first / second × 4
                operands = [second.id, first.id] if ratio.unit == "1:" else [first.id, second.id]
                self._add("colon-ratio", ratio.id, operands, ratio.indicator, confidence="medium")
                break

    # -- sex ratio after boys and girls ------------------------------------------------------
    def _sex_ratio_words(self):
        words = self.lexicon.sex_ratio
        return words["ratio-words"], words["male-words"], words["female-words"]

    def _sex_ratios(self) -> None:
        ratio_words, male_words, female_words = self._sex_ratio_words()
        for ratio in self.claims:
            if ratio.kind not in RATIO_KINDS or not any(w in ratio.indicator for w in ratio_words):
                continue
            near = [c for c in self.claims[max(0, ratio.id - 60):ratio.id] if c.is_quantity and c.paragraph == ratio.paragraph
                    and ratio.sentence - c.sentence <= 2]
            boys = next((c for c in reversed(near) if _names_one_sex(c.indicator, male_words, female_words)), None)
            girls = next((c for c in reversed(near) if _names_one_sex(c.indicator, female_words, male_words)), None)
            if boys and girls and boys.unit_group == girls.unit_group:
                self._add("ratio", ratio.id, [boys.id, girls.id], "性别比", confidence="high")

    def _rates_of_whole_counts(self) -> None:
        """全市全人口活产数达206805人…；孕产妇死亡率为5.32/10万 / 出生人口253人…；总性别比为107.37: a rate
        the lexicon knows the base of, or a sex ratio, with no count of its own stated, still stands
        for a whole number of people of the base stated before it (11 deaths give 5.32/10万)."""
        ratio_words, _, _ = self._sex_ratio_words()
        for rate in self.claims:
            if rate.id in self.results or rate.value is None:
                continue
            if rate.kind in RATIO_KINDS and any(w in rate.indicator for w in ratio_words):
                # 二多孩出生性别比: a ratio of a part of the births, not of all of them
                if not rate.indicator.endswith(tuple(ratio_words)) or re.search(r"孩|胎", rate.indicator):
                    continue
                births = self._nearest_before(rate, lambda c: c.is_quantity and c.unit_group == "people"
                                              and "出生" in c.indicator and c.paragraph == rate.paragraph
                                              and rate.sentence - c.sentence <= 1 and self._counts_stock(c), reach=8)
                if births is not None:
                    self._add("whole-count-sex-ratio", rate.id, [births.id], "性别比", confidence="medium")
                continue
            if rate.kind not in RATE_KINDS or rate.kind == "percent":
                continue  # (a percent is often of amounts or of estimates: only per-mille and per-10万 rates)
            for entry in self.lexicon.rate_bases:
                if not any(rate.indicator.endswith(w) for w in entry["rate"]) or _qualified(
                        rate.indicator[:-len(next(w for w in entry["rate"] if rate.indicator.endswith(w)))]):
                    continue
                base = self._nearest_before(rate, lambda c: c.is_quantity and c.unit_group == "people"
                                            and any(w in c.indicator for w in entry["base"])
                                            and rate.paragraph - c.paragraph <= 1 and self._counts_stock(c), reach=12)
                if base is not None:
                    self._add("whole-count-rate", rate.id, [base.id], rate.indicator, confidence="medium")
                break

    # -- helpers ----------------------------------------------------------------------------
    def _nearest_before(self, claim: Claim, accept, reach: int = 200) -> Claim | None:
        """The nearest earlier claim ``accept`` takes, looking back at most ``reach`` claims (so
        that a long report is read in linear time)."""
        for other in reversed(self.claims[max(0, claim.id - reach):claim.id]):
            if accept(other):
                return other
        return None

    def _phrase_before(self, claim: Claim) -> str:
        window = self.text[max(0, claim.start - 20):claim.start]
        clause = re.split(r"[，,；;。：:\n、]", window)[-1]
        return re.sub(r"^(?:目前|现|并|且|均|共|其中)", "", clause.strip())


# The number of an item of a list: digits, or the placeholder of an unfilled template (在岗职工*人)
LIST_ITEM_NUMBER = re.compile(r"\d+(?:\.\d+)?|[*＊□＿_]+")


class _SentenceIndex:
    def __init__(self, text: str, claims: list | None = None):
        starts = sentence_starts(text, "。！？!?")
        if claims:
            # 资金38⏎6.5万元，其中…: a line break inside a number (joined by the tagger) ends no sentence
            claim_starts = [c.start for c in claims]

            def inside(offset: int) -> bool:
                index = bisect.bisect_right(claim_starts, offset) - 1
                return index >= 0 and claims[index].start < offset < claims[index].end
            starts = [s for s in starts if not inside(s)]
        self.starts = starts
        self.length = len(text)

    def bounds(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.length
        return self.starts[index], end


# Where the clauses of a sentence part (outside brackets).
CLAUSE_CUT = re.compile(r"[，,；;：:、]")
# How many numbers before a 其中 its total may lie.
TOTAL_REACH = 40
# How many totals back a later count of the same whole (9家乡镇卫生院) looks for it.
WHOLE_REACH = 60
# The name of a share (自付比例, 普惠托位占比), which a share after it may take the base of.
SHARE_NAME = re.compile(r"(?:比例|占比|比重)$")
# 占全年完成投资的 / 全年完成投资中: a name of the whole year's
YEARLY_NAME = re.compile(r"全年|年度")
# 占全年任务的48.6%: a share of a task, which the counts of what was done are not
TARGET_SHARE = re.compile(r"占[\u4e00-\u9fff]{0,6}(?:任务|计划|目标)(?:数|量)?的?$")
STOCK_REACHED = re.compile(r"累计|增加到|增至|达到|提高到|总数达")  # 全县累计建成229家, 由…增加到3,140张
STOCK_BEFORE = re.compile(r"(?:上年|去年|\d{4}年)(?:末|底)|原有|现有|^由")  # 2020年底已建成205家, 比上年末的3.47万人
ADDED_BEFORE = re.compile(r"新增|新建|新纳入|^[万亿]?[\u4e00-\u9fff]?增加$")  # 2021年新增建成24家, (比上年末的3.47万人)增加2.16万人
FITTING_REACH = 40  # counts back from a rate's numerator to the base that fits it best
SHARE_PARAGRAPHS = 8  # paragraphs back, within its top section, to the total a share may be of
# 17所乡镇卫生院和4所二级医院共21个暂存间: a total after its items in its own clause
CLAUSE_TOTAL_WORDS = "(?:共|合计|共计|总计)"
CLAUSE_TOTAL = re.compile(rf"{CLAUSE_TOTAL_WORDS}$")
ITEM_GAP = re.compile(r"[\u4e00-\u9fff]{1,12}[和及与、]")  # 17所乡镇卫生院和 (4所二级医院)
LAST_ITEM_GAP = re.compile(rf"[\u4e00-\u9fff]{{1,12}}?{CLAUSE_TOTAL_WORDS}")  # (4所)二级医院共 (21个)
PER_UNIT_BEFORE = re.compile(r"每[所家个人户名例床位村次][\u4e00-\u9fff]{0,4}$")  # 每所奖励20万元
# 标准为每人每年120元 / 每户: an amount per head, said of the item before it
STANDARD_CONTEXT = re.compile(r"(?:标准|標準)[为為是]?[\u4e00-\u9fff]{0,4}$|每[人户戶个個][每年月]{0,2}$")
# 这四项…资金 / 上述3项: a total that says how many items it is made of
COUNTED_ITEMS = re.compile(r"(?:这|上述|以上)([两二三四五六七八九]|[2-9])项")
# 按季度分别为a、b、c和d: the values of every part of the period, in order
BY_PERIOD = re.compile(r"按(季度|季|半年|月份|月)(?:分别)?(?:为|是)?[：:]?")
PERIODS_IN = {"季度": 4, "季": 4, "半年": 2, "月份": 12, "月": 12}
# 两项合计资助19688人 / 住院和门诊两项共救助23844人次 (not 这两项: COUNTED_ITEMS reads those after it)
# 两类疫苗合计接种70038剂次 / 两病在管患者合计70724人 / 两批中选药品实际采购量合计400.2万片
ITEMS_TOTAL = re.compile(r"(?<![这述上])([两二三四五六七八九]|[2-9])(?:项|类|批|病)(?P<noun>[\u4e00-\u9fff]{0,10}?)(?:合计|共计|总计|共)")
# 生长迟缓和消瘦合计429人 / 高级职称（正高级和副高级）合计433人: the names of two to four counts, joined,
# right before the total word (searched in the 40 characters before it)
NAMED_TOTAL_WORD = re.compile(r"合计|共计|总计")
NAME_JOINT = re.compile(r"和|与|及|、")
NAMED_ITEMS = re.compile(rf"(?<![\u4e00-\u9fff])[（(]?(?P<names>[\u4e00-\u9fff]{{2,8}}?(?:(?:{NAME_JOINT.pattern})[\u4e00-\u9fff]{{2,8}}?){{1,3}})[）)]?$")
CHINESE_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# 按职称分，/ 按学历分： / 按职称，: a further grouping of a total already broken down
GROUPING = re.compile(r"(?<=[；;，,。\n])[ \t]*按[\u4e00-\u9fff]{1,8}?(?:划分|分类|分组|分级|分)?[，,：:]")
# 全年新增托位: what was added in the period, and the things added
ADDED = re.compile(r"(?:新增|新建|新设)([\u4e00-\u9fff]{2,})$")
# a total's word anywhere before it in its sentence (共覆盖); not the 共 of 医共体, 公共, 共同, 共建, 共享
TOTAL_WORD = re.compile(r"合计|总计|共计|(?<![医公])共(?![同建享体性])")
# a clause that opens with the total of what was listed before it: 共46个, 达标卫生院合计9家
# (…合计诊疗77.4万人次; 分别新增床位400张、200张、120张，合计新增床位720张)
TRAILING_TOTAL = re.compile(r"[\u4e00-\u9fff]{0,8}(?:共计|合计|总计|共|总得分|总分|综合得分|总额)(?:诊疗|完成|救治|接种|发放|支出|投入)?"
                            r"(?:(?:新增|增加|减少)[\u4e00-\u9fff]{0,4})?")
# Words that make a count the county's whole of something: 全县有托育机构23家, 现有乡村医生318人.
WHOLE_SCOPE = re.compile(r"全[县市区镇省]|[我本][县市区]|辖区|共有|现有|拥有")
# Bands of a scale: 80分以下, 80-90分, 90分以上 (the number is the band's edge)
BAND_BELOW = re.compile(r"(\d+(?:\.\d+)?)[\u4e00-\u9fff]{0,2}(?:以下|以内)|(?:不足|低于|未满)(\d+(?:\.\d+)?)")
BAND_BETWEEN = re.compile(r"(\d+(?:\.\d+)?)[\u4e00-\u9fff]{0,2}[-—－~～至到](\d+(?:\.\d+)?)")
BAND_ABOVE = re.compile(r"(\d+(?:\.\d+)?)[\u4e00-\u9fff]{0,2}(?:以上|及以上)")
# 按县级医院60%、乡镇卫生院30%、村卫生室10%的比例分配，分别为 / 按60%预拨: shares that allocate an amount
ALLOCATION = re.compile(r"按(?:[\u4e00-\u9fff]{0,8}\d+(?:\.\d+)?[%％][、，,和及与]?){1,6}(?:的)?(?:比例)?"
                        r"(?:分配|拨付|预拨|下达|安排|分担|补助|结算|清算|兑付)(?P<respectively>[，,]?分别为)?")
# The words before a number that make it the people of the whole county: 全县约28万人, 辖区人口
COUNTY_PEOPLE = re.compile(r"(?:全[县市区]|辖区|全县总)(?:常住|户籍)?(?:人口)?(?:约|共|共有|有|总计|达)?$")
POPULATION_WORDS = ("常住人口", "户籍人口", "总人口")
# 按常住人口502160人计算 / (按常住人口52.8万人计): the number before declares the base of the rates after it
DECLARED_BASE_END = re.compile(r"[ \t]*计(?:算)?(?:[，,）)]|$)")
# Modifiers that do not make a count a part of the count they qualify (冷藏车和医用冰箱: a joint widens).
NOT_NARROWING = re.compile(r"[\d%％]|其他|其余|以外|之外|上年|去年|同期|人均|平均|累计|合计|总|共|全|截至|年内|[上下]半年|季度|月|各|[和及与、]$")
# 上半年合计4,305人次 inside a 其中 list: a subtotal of the parts before it
SUBTOTAL_WORD = re.compile(r"合计|小计|总计|共计")
# 已支付398.2万元 after a 其中 list: what was done of the total, no part of it
DONE_OPENING = re.compile(r"(?:其中)?(?:已经|已(?![婚故])|实际)")
# 村卫生室达到标准化建设要求 / 乡镇卫生院已建成中医馆: what those of a noun did
DID_AFTER_NOUN = re.compile(r"(?:已|均|全部)?(?:达到|达|实施|开展|完成|建成|通过|获评|设有|配备)")
# An average (次均, 人均, 平均, 每人) is never the total of a breakdown.
AVERAGE = re.compile(r"[次人户日年月例床场台]均|平均|^每|均次")  # (场均110人次, 台均年透析829例次)
# Scope words before an indicator that do not change what it measures (全县活产 is 活产).
# A count of the group the next counts are among: 18家乡镇卫生院中达到推荐标准的7家
# (中 as "among", not the 中 of 中心, 中医, 中央, 中级, 中小学, 中期, 中度, 中标)
AMONG = "中(?![心医药国央级学小期度标])"
AMONG_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,10}}?{AMONG}(?:有|达到|已|共)?")
# A clause that opens by naming those listed before as a group to count among: 下派人员中, 上述患者中
AMONG_THE_LISTED = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?(?:人员|对象|患者|机构|单位|儿童|学生|病例){AMONG}")
# 高风险孕妇中接受产前诊断196人: the group a count is among, named without a number
GROUP_AMONG = re.compile(rf"(?:在|从)?(?P<group>[\u4e00-\u9fff]{{2,12}}?)(?<![其集途心]){AMONG}")
# 以活产数计算的, 按常住人口计算: words saying what a rate is over (名 its base, narrow nothing)
STATED_BASE = re.compile(r"^(?:以|按|按照)[\u4e00-\u9fff]{1,10}?(?:计算|计)的?")
SCOPE_WORDS = r"(?:全年|年内|全县|全市|全区|辖区内?|本县|我县|共|累计|年末)+"
SCOPE_PREFIX = re.compile(rf"^{SCOPE_WORDS}(?=[\u4e00-\u9fff\d]{{2}})")
GENERIC_RATE_PREFIX = re.compile(r"^(?:全县|全市|辖区|居民|家庭医生|电子|健康档案|规范化|电子健康档案|人口|户籍|常住|总|的|，|、)*$")


# Verbs of having before a noun: 现有托育机构, 可提供托位, 共有床位.
HAVING = re.compile(r"^(?:现有|共有|拥有|建有|设有|开设|可提供|提供|有)(?=[\u4e00-\u9fff\d]{2})")


def _measure_after(indicator: str, words: list[str]) -> str:
    """What is counted of the things a word names: 社区卫生服务中心(站)完成诊疗 -> 完成诊疗 (of 社区卫生服务中心)."""
    for word in sorted(words, key=len, reverse=True):
        at = indicator.find(word)
        if at != -1:
            return re.sub(r"[（(][^）)]{0,8}[）)]", "", indicator[at + len(word):])
    return indicator


def _word_pairs(claim: Claim) -> set:
    """The two-character words of a claim's name without its scope: what a rate's name may share."""
    name = SCOPE_PREFIX.sub("", claim.indicator)
    return {name[i:i + 2] for i in range(len(name) - 1)}


def _same_brackets(name: str) -> str:
    """执业（助理）医师 and 执业(助理)医师 are one name."""
    return name.replace("（", "(").replace("）", ")").replace(" ", "")


def _noun_name(indicator: str) -> str:
    """What a count counts, without its scope and verb of having: 全县现有托育机构 -> 托育机构."""
    return HAVING.sub("", SCOPE_PREFIX.sub("", indicator))


def _qualified(prefix: str) -> bool:
    """重点人群 in 重点人群签约率 narrows the population; 全县, 家庭医生, 居民 do not."""
    return not GENERIC_RATE_PREFIX.match(prefix)


# The name of a ratio written with a colon: one word of each of its two terms (医护比, 床护比,
# 乡村两级 in 乡村两级6:4的比例)
COLON_RATIO_NAME = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff])(?:两级|之比|比例?|比为)?$")
# The items due the same number each: 宫颈癌、乳腺癌筛查任务各12000人
EACH_DUE = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,6}(?:[、和及与][\u4e00-\u9fff]{2,6}){1,5})[\u4e00-\u9fff]{0,6}(?:任务|计划)$")
# The noun a count is of when it comes after the number, and what was done (6.93万名65岁及以上老年人
# 提供健康管理服务 / 139家用人单位完成职业病危害项目申报)
COUNTED_NOUN_AFTER = re.compile(r"(?P<noun>[\u4e00-\u9fff0-9\-—~～]{2,14}?)(?P<done>(?:提供|完成|接受|开展|参加|签订|建立|实施)[\u4e00-\u9fff]{1,16})")
# The number of a table row's label: 一、医院, （二）基层医疗卫生机构, 3.专业公共卫生机构
ROW_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))")
# A sentence that opens by saying how what follows is grouped: 按职称分， / 从年龄结构看：
SENTENCE_GROUPING = re.compile(r"(?<=[。\n；;])[ \t]*(?:按[\u4e00-\u9fff]{1,8}?(?:划分|分类|分组|分级|分)|按[\u4e00-\u9fff]{2,6}(?=[：:])"
                               r"|[从分][\u4e00-\u9fff]{1,6}?(?:来)?看"
                               # 共采集盐样288份，…。结果：碘盐283份，非碘盐5份
                               r"|(?:[\u4e00-\u9fff]{2})?结果(?:显示|表明)?)[，,：:]")
# 四季度4,661人次（环比增长13.1%） / ，环比下降5.2%: a change over the period right before
SEQUENTIAL_CHANGE = re.compile(r"(?<![ \t])[ \t]*[（(，,][ \t]*环比(?:增长|增加|上升|提高|下降|减少|降低)[ \t]*")
PERIOD_BEFORE = {"Q2": "Q1", "Q3": "Q2", "Q4": "Q3", "H2": "H1"}
# 检查…236家，发现存在违规问题的机构41家 / 立案处罚6家 / 责令整改12户: places found at fault among those inspected
INSPECTED = re.compile(r"检查|抽查|督查|巡查|核查|抽检|暗访|检测")
FAULT_FOUND = re.compile(r"发现|存在|立案|处罚|查处|责令|违规|违法|不合格|未达标|问题")
INSPECTED_UNITS = ("家", "家次", "户", "户次", "所", "所次")
FAULT_UNITS = ("家", "户", "所")
# 合计10479人：⏎ / 1．… / （2）… / ③…: a count that opens a list of numbered lines, and the marks of those lines
TOTAL_OPENS_ITEMS = re.compile(r"(?<![ \t])[ \t]*[：:][ \t]*\n+")
NUMBERED_ITEM = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*(?:\d{1,2}[．.、]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")
NUMBERED_ITEMS = 20  # (a list of a thousand lines after a colon is read up to its twentieth item)
# 本县, 全市, 我区: the county (city, district) the report is of, in a name
COUNTY_WORDS = re.compile(r"[本全我][县市区]")
# The steps of a screening whose count what is diagnosed after it is among (转诊…18人，确诊…5例)
SCREENED = re.compile(r"转诊|转介|复筛|复查|召回|筛查|初筛|检查|诊断|阳性|可疑|异常")
# ，完成约定采购量的124.22%: a rate of what was done over a count the phrase names
DONE_OF_NAMED = re.compile(r"(?<![ \t])[ \t]*(?:[（(][^（）()]{0,6}[）)])?[，,][ \t]*(?:完成|达到|为)(?:了)?([\u4e00-\u9fff]{3,10})的[ \t]*$")
# ，分季度为 / ，按季度分别为 / ，分月看: the periods of the count before are listed next
PERIODS_LISTED = re.compile(r"(?<![ \t])[ \t]*[，,][ \t]*(?:分|按)(?:季度|月份?|半年)(?:分别)?(?:为|看|分|计)?[：:，,]?[ \t]*"
                            r"(?:[一二三四1-4１-４]季度|上半年|\d{1,2}月|[一二三四五六七八九十]{1,2}月)")
# A bracketed aside right after a count, with a number in it, before what the sentence says of the count
ASIDE_FIRST = re.compile(r"^[ \t]*[（(][^（）()]*\d[^（）()]*[）)]")
# Counts of people, of their cases and of their visits: one may be a share of another the prose names.
PERSON_COUNTS = {"people", "cases", "person-times"}

FOUND = re.compile(r"检出|查出|筛出|筛查出|发现|阳性")  # those found among the examined
FOUND_RATE = re.compile(r"检出|阳性|患病|异常|不合格")
EXAMINED = re.compile(r"检查|检测|筛查|抽取|抽检|抽查|采集|监测|体检|测试|测量|调查|查验|实检|受检")
PREVIOUS_BEFORE = re.compile(r"(?:较|比|同比|与)(?:上年|去年|上一年|上年同期|去年同期|年初)(?:同期|年末|末|年底|底)?"
                             r"(?:(?![增减降提升多少加])[\u4e00-\u9fff]){0,6}?的?[（(]?$")
GROUP_DID = re.compile(r"(?P<group>[\u4e00-\u9fff]{2,10}?)(?P<done>(?:已经|已|实际|累计完成|完成)[\u4e00-\u9fff]{1,8})")
DUE_NAME = re.compile(r"(?:应|需)(?!求|要)[\u4e00-\u9fff]{0,4}$")  # 应种, 查验发现需补种儿童
# A name that counts one kind of a thing (中医类别执业医师, 儿科医师, 公立医院床位)
KIND_OF = re.compile(r"类别|[^\W分]类|科|专业|中医|西医|公立|民营|私立")
# Verbs that may follow a count whose noun came before it (居民户300户开展监测)
VERBS_AFTER_COUNT = ("开展", "进行", "实施", "参加", "参与", "接受", "纳入", "签订", "完成", "全部", "均", "都", "已")
# The base a share names: 占全县一般公共预算支出38.6亿元的16.68%
SHARE_BASE_BEFORE = re.compile(r"占[^，,。；;：:%％]{0,20}$")
SHARE_BASE_AFTER = re.compile(r"的?[ \t]{0,2}[0-9.]{1,8}[%％]")
POPULATION_REACH = 400  # characters back to the 在X中 that names the base of a share
SEMICOLON = re.compile(r"[；;]")
# Where one clause of a sentence ends and another begins (not the 、 between the items of a list).
CLAUSE_JOINT = re.compile(r"[，,；;]")
# An item of a list that ends on its share or its standard per head (中央补助2474.74万元,占70% /
# 独生子女伤残家庭412人,每人每年4200元): such items run on over ；, at most SHARE_ITEMS of them
SHARE_ITEMS = 40
# (其中小学生11,304人，检出率40.40%；初中生9,010人，检出率70.93%；…: or on its own rate)
ITEM_TAIL = r"(?:占(?:比)?[为达]?[0-9.]{1,8}[%％]|(?P<rate>[\u4e00-\u9fff]{0,8}率)[为达]?[0-9.]{1,8}[%％]|每[人户][每年月]{0,2}[0-9.]{1,10}元)"
SHARE_AT_END = re.compile(rf"[，,]{ITEM_TAIL}$")
SHARE_ITEM = re.compile(rf"[ \t]{{0,2}}[\u4e00-\u9fff（）()]{{2,16}}[0-9.,]{{1,16}}(?:万|亿)?[\u4e00-\u9fff]{{1,2}}[，,]{ITEM_TAIL}[。]?")
# Words that open a new clause with its own subject, after a 其中 list.
LIST_BREAKERS = ("全县", "全市", "全区", "全省", "全镇", "我县", "我市", "我区", "共", "累计", "另", "此外", "同时", "目前")
# Units of flows, which add up over periods (unlike people or institutions, which are stocks).
FLOW_GROUPS = ("money", "person-times", "times", "cases", "doses", "person-days", "samples", "visits", "trips", "matters",
               "tonnes")
PERIOD_NAMES = [("H1", ("上半年", "1-6月", "1—6月", "1～6月", "一至六月")), ("H2", ("下半年", "7-12月", "7—12月")),
                ("Q123", ("前三季度", "前三个季度", "1-9月", "1—9月")), ("Q1", ("第一季度", "一季度")),
                ("Q2", ("第二季度", "二季度")), ("Q3", ("第三季度", "三季度")), ("Q4", ("第四季度", "四季度")),
                ("Y", ("全年", "年度"))]
# The periods a longer period is made of, by the longer period.
PERIOD_SCHEMES = {"Y": [("H1", "H2"), ("Q1", "Q2", "Q3", "Q4"), ("Q123", "Q4")], "Q123": [("Q1", "Q2", "Q3")],
                  "H1": [("Q1", "Q2")], "H2": [("Q3", "Q4")]}


def _within_factor(value, printed, factor) -> bool:
    """``value`` is within ``factor`` of ``printed``, either way (a reading far off is of something else)."""
    return printed / factor <= value <= printed * factor


def _quarters_in(part: str) -> int:
    return sum(_quarters_in(p) for p in PERIOD_SCHEMES[part][-1]) if part in PERIOD_SCHEMES else 1


# How long each part of the year is, in quarters (Y 4, H1 2, Q3 1)
QUARTERS_IN = {name: _quarters_in(name) for name, _ in PERIOD_NAMES}
WHOLE_YEAR = re.compile(r"(?:19|20)\d{2}年度?")
MEASURE_FILLERS = re.compile(r"^(?:累计|共计|合计|共|总计|完成|实现|全县|全市|基层医疗卫生机构|全年|第[一二三四]季度|[上下]半年)+")


def _table_name(label: str) -> str:
    return TABLE_SCOPE.sub("", label)


def _cell_name(claim: Claim) -> str:
    """What a number counts, by its words: its indicator, and for a table cell the header of its
    column too (| 医养结合机构合计 | … | 1134 | under 入住老年人)."""
    if not claim.column_header:
        return claim.indicator
    return claim.indicator + "|" + "|".join(claim.column_header)


def _of_a_part_of_the_year(claim: Claim) -> bool:
    """二季度完成投资8,040万元: a number of a quarter or half, not of the whole year."""
    return _period_part(claim.period) not in (None, "Y")


def _top_section(section: str | None) -> str | None:
    """二、暴露处置基本情况 of 二、暴露处置基本情况 > （二）致伤动物."""
    return section.split(" > ")[0] if section else section


def _periods_conflict(a: str | None, b: str | None) -> bool:
    """2020年 and 全年 can be one period; 2020年 and 2021年, or 上半年 and 全年, cannot."""
    if not a or not b or a == b:
        return False
    years_a, years_b = set(re.findall(r"(?:19|20)\d{2}", a)), set(re.findall(r"(?:19|20)\d{2}", b))
    if years_a and years_b and not years_a & years_b:
        return True
    part_a, part_b = _period_part(a), _period_part(b)
    return bool(part_a and part_b and part_a != part_b)


def _bracket_depth(text: str, start: int, position: int, depth: int = 0) -> int:
    """How many brackets opened after ``start`` are still open at ``position`` (a closing bracket
    with none open is ignored); ``depth`` carries on from an earlier stretch."""
    for char in text[start:position]:
        if char in BRACKETS:
            depth += 1
        elif char in CLOSING_BRACKETS and depth:
            depth -= 1
    return depth


CLOSING_BRACKETS = frozenset(BRACKETS.values())


def _within_section(inner: str | None, outer: str | None) -> bool:
    """三、托育服务体系建设 > 1.按举办性质分 lies within 三、托育服务体系建设; （二） does not lie within （一）."""
    return inner == outer or bool(inner and outer and inner.startswith(outer + " > "))


def _period_part(period: str | None) -> str | None:
    """The part of the year a period label names: the last one mentioned wins (2021年上半年 -> H1)."""
    if not period:
        return None
    best, place = None, (-1, 0)
    for name, words in PERIOD_NAMES:
        for word in words:
            at = period.rfind(word)
            # where the word ends, then its length: 前三季度 and not the 三季度 inside it
            if at != -1 and (at + len(word), len(word)) > place:
                best, place = name, (at + len(word), len(word))
    if best is None and WHOLE_YEAR.fullmatch(period.strip()):
        return "Y"  # 2020年全縣累計投入1386.42萬元 … 一季度276.35萬元
    return best


def _same_measure(part: str, whole: str) -> bool:
    """完成门诊 and 基层医疗卫生机构完成门诊, 发放 and 累计发放: one names the other's measure."""
    a, b = MEASURE_FILLERS.sub("", part), MEASURE_FILLERS.sub("", whole)
    if not a or not b:
        return False
    return a == b or (len(a) >= 2 and (b.endswith(a) or b.startswith(a))) or (len(b) >= 2 and (a.endswith(b) or a.startswith(b)))


# 全年入库疫苗中，非免疫规划疫苗占: the whole (a column of a table) and the part (a row of it)
COLUMN_SHARE = re.compile(r"([\u4e00-\u9fff]{2,12})中[，,]([\u4e00-\u9fff]{2,12}?)占$")
# 本年入库 / 全年出库: a column named by the year it covers
COLUMN_PERIOD = re.compile(r"^(?:本年|全年|当年|今年)")
TABLE_TOTAL = re.compile(r"^(?:总计|合计|总数|共计|小计|全[县市区省]|总)$")
NAMED_TOTAL = re.compile(r"(?:合计|总计)$")  # 医养结合机构合计
# How many lines after a table a rate of its cells may be stated, and how many such rates are read
# (a line of thousands of rates after a table of thousands of rows is not read in their product).
TABLE_PROSE_REACH = 3
TABLE_PROSE_RATES = 20
# The most columns a 其中 of a table header spans (a county table has a handful).
TABLE_PARTS = 30
# 基层医疗卫生机构诊疗人次占县域总诊疗人次的比重: the part and the whole a share of table cells names
TABLE_SHARE = re.compile(r"(?:其中)?([\u4e00-\u9fff]{2,16}?)占(?:同期|同年|当年)*([\u4e00-\u9fff]{2,16}?)"
                         r"(?:总数|总量|总额|人数)?的?(?:比例|比重)?$")
# Words for the county that do not change what a row counts (县域内总诊疗人次 is 县域总诊疗人次; 全市 does).
TABLE_SCOPE = re.compile(r"^(?:县域内?|全县|本县|我县|辖区内?)")
# The header of the column that holds a group's total, beside its 其中 columns (总数 | 其中 …).
COLUMN_TOTALS = ("总数", "合计", "总计", "小计", "计", "总量", "总额")
# Row labels that name a new measure, not a category of the row above (出院人次, 就诊率(%)).
TABLE_MEASURE = re.compile(r"率|人次|人数|金额|费用|[(（]%[)）]|[(（][^(（)）]*[)）]$")
# 已超过年度目标(90%) / 高于国家标准90%: the goal or standard a rate is held to, printed as a rate
GOAL_BEFORE = re.compile(r"(?:目标|标准|要求|目标值)[)）]?(?:为|是|值)?[（(]?$")
# A bound or a goal in brackets after a number, not a part of it: 9.5分(满分10分), 120人（目标150人）
BOUND_IN_BRACKETS = re.compile(r"满分|总分|最高|上限|目标|任务|计划|标准|要求|应")
# A part that is what was done of its whole (其中完成检查的3382人)
DONE_PART = re.compile(r"(?:已经|已|实际|实|完成|接受|纳入|开展|达到|达标|合格|规范)")
# Words that say a list names the first few or the main ones only (前四位, 居前五位, 主要为, 以…为主)
# The cues of PART_CUES whose list enumerates the whole (not 其中, which may name only some parts)
ENUMERATING_CUE = re.compile(r"分布为|构成为|分别为|按[\u4e00-\u9fff]{1,8}?(?:划分|分类|分组|分级|分)")
# 总收入中，医疗收入…: a sentence that opens on the name of a count stated before, and 中
NAMED_WHOLE_OPENING = re.compile(r"(?:在|其)?[\u4e00-\u9fff]{2,8}(?:中|当中)[，,]")
# 每千常住人口, 每10万人口, 每百万人口, 每千服务人口: the people a rate per so many people is of
PER_PEOPLE = rf"每(?:{PER_MULTIPLIERS})(?:常住|户籍|服务)?人口"
PER_PEOPLE_AFTER_COUNT = re.compile(rf"[，,][ \t]*(?:平均)?每(?:{PER_MULTIPLIERS})(?:常住|户籍|服务)?人口?(?:拥有|有)?[ \t]*")
# 与2022年（4,317例）相比，报告病例数增长18.79%: a year compared with, its value, and the change
COMPARED_YEAR_BEFORE = re.compile(r"与(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期|年末|底)?的?[（(]?$")
COMPARED_YEAR_AFTER = re.compile(r"[）)]?相比[，,]?(?P<subject>[\u4e00-\u9fff]{0,10}?)(?:同比)?"
                                 r"(?:增长|增加|下降|减少|提高|降低|上升)(?:了)?(?:为|达)?")
# The items of a list whose items each state a number in each of several units: at most so many
# numbers, each item at most so long (a sentence of thousands of clauses stays linear)
PARALLEL_NUMBERS = 24
PARALLEL_ITEM_LENGTH = 160
# 药品收入7,458.9万元(上年7,443.2万元),仅增长0.21% / 次均费用106.68元,上年为109.35元,同比下降2.44%: last
# year's value beside this year's, then the change rate; 3,415人次，同比增长50.6%（上年为2,267人次）: after it
PREVIOUS_WORDS = r"(?:上年|去年|上一年|上年同期|去年同期)(?:同期)?(?:为|是|的)?"
CHANGE_WORDS = r"(?:同比|较上年|比上年)?(?:增长|增加|增幅|提高|上升|下降|减少|降低|降幅)(?:了|幅度)?(?:为|达)?"
# (matched against the words between two numbers, spaces taken out)
PREVIOUS_BESIDE = re.compile(rf"[（(，,]{PREVIOUS_WORDS}")
CHANGE_AFTER_PREVIOUS = re.compile(rf"[）)]?[，,]?(?:仅|基本)?{CHANGE_WORDS}")
CHANGE_WORDS_ONLY = re.compile(rf"[，,]?(?:仅|基本)?{CHANGE_WORDS}")
PREVIOUS_AFTER_RATE = re.compile(rf"[（(]{PREVIOUS_WORDS}")
# ，病例数同比下降: a change that names what it is of, after another number of the sentence
NAMED_CHANGE = re.compile(rf"[，,；;]([\u4e00-\u9fff]{{0,6}}?)(?:数|人数|例数|总数|数量)?{CHANGE_WORDS}")
PARTIAL_LIST = re.compile(r"前[一二三四五六七八九十\d]{1,2}位|居前|主要(?:为|有|是|包括)|为主")
# The header of a column of rates, and of a column of what was done
RATE_HEADER = re.compile(r"率|[%％]|水平|占比|比例|比重")
DONE_HEADER = re.compile(r"^(?:实际|实|完成|已|具备|合格|达标)")
# Columns whose values do not add up: rates, shares, growth.
NOT_SUMMED = re.compile(r"%|％|率|比|增长|增幅|下降|占|均")


def _table_blocks(text: str) -> list[list[list[tuple[str, int, int]]]]:
    """Runs of pipe-table lines; each row a list of (cell text, start, end) without the outer pipes."""
    blocks, current, pipes = [], [], []
    position = 0
    for line in text.split("\n"):
        if "|" in line:
            pipes.append(line.count("|"))
            cells, cell_start = [], position
            for index, char in enumerate(line):
                if char == "|":
                    cells.append((line[cell_start - position:index], cell_start, position + index))
                    cell_start = position + index + 1
            cells.append((line[cell_start - position:], cell_start, position + len(line)))
            if cells and not cells[0][0].strip():
                cells = cells[1:]
            if cells and not cells[-1][0].strip():
                cells = cells[:-1]
            current.append(cells)
        elif current:
            if is_pipe_table(pipes):
                blocks.append(current)
            current, pipes = [], []
        position += len(line) + 1
    if current and is_pipe_table(pipes):
        blocks.append(current)
    return [half for block in blocks for half in _side_by_side(block)]


def _side_by_side(block: list[list[tuple[str, int, int]]]) -> list[list[list[tuple[str, int, int]]]]:
    """A table printed as tables side by side (patterns.side_by_side_width), as those tables."""
    width = side_by_side_width([[cell for cell, _, _ in row] for row in block])
    if not width:
        return [block]
    return [[row[k:k + width] for row in block if len(row) > k] for k in range(0, max(map(len, block)), width)]


def _columns_not_summed(header: dict | None) -> set:
    if header is None:
        return set()
    return {index for index, cell in enumerate(header["cells"]) if NOT_SUMMED.search(cell)}


def _head_noun(indicator: str, any_length: bool = False) -> str:
    """The noun a breakdown is about: 托位 in 托位, 托位总数; empty when the phrase is long."""
    phrase = re.sub(r"(?:总数|总量|总额|人数|数量|数)$", "", indicator)
    return phrase if any_length or 2 <= len(phrase) <= 4 else ""


def _partition_member(indicator: str, members: list[list[str]]) -> int | None:
    """The member of a partition an indicator names; the longest matching word decides
    (非普惠性 contains 普惠性)."""
    best, best_length, tie = None, 0, False
    for index, words in enumerate(members):
        length = max((len(word) for word in words if word in indicator), default=0)
        if length > best_length:
            best, best_length, tie = index, length, False
        elif length and length == best_length and index != best:
            tie = True
    return None if tie else best


# The words a sentence or clause opens with: a short modifier may come first, but no number or
# clause break (民办幼儿园37个…, 其中，公办…, 享受补助的普惠性…).
OPENING_WORDS = re.compile(r"[\s，,。：:]*(?:其中[，,：:]?)?([^\d，,。；;：:、（）()]{0,10})")


def _opening_window(text: str, start: int, end: int, member_words: re.Pattern) -> str:
    """The opening words of ``text[start:end]``, read in place; empty when they name no member
    of any partition (sentences are many, partitions are many: the window is cut and screened
    once, then tried against each partition)."""
    window = OPENING_WORDS.match(text, start, end).group(1)
    return window if window and member_words.search(window) else ""


@lru_cache(maxsize=8)
def _member_words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


def _partition_words(partitions: list) -> re.Pattern:
    """One pattern for every word that names a member of a partition of the lexicon."""
    return _member_words(tuple(sorted({word for partition in partitions for words in partition["members"]
                                        for word in words})))


def _opening_member(window: str, members: list[list[str]]) -> int | None:
    """The partition member an opening window (``_opening_window``) names first."""
    if not window:
        return None
    found = None
    for index, words in enumerate(members):
        for word in words:
            at = window.find(word)
            if at != -1 and (found is None or at < found[1] or (at == found[1] and len(word) > found[2])):
                found = (index, at, len(word))
    if found is None:
        return None
    # 非普惠性 contains 普惠性: the longer word at the same place decides
    return _partition_member(window[found[1]:], members)


def _strip_member(indicator: str, words: list[str]) -> str:
    """公办幼儿园 -> 幼儿园; 享受财政补助的普惠性幼儿园 -> 幼儿园."""
    for word in sorted(words, key=len, reverse=True):
        at = indicator.find(word)
        if at != -1:
            return indicator[at + len(word):]
    return indicator


def _partition_member_any(indicator: str, partitions: list) -> int | None:
    for partition in partitions:
        member = _partition_member(indicator, partition["members"])
        if member is not None:
            return member
    return None


def _same_population(first: str, first_words: list[str], second: str, second_words: list[str]) -> bool:
    """3-11岁儿童全程接种 and 60岁及以上老年人第一剂接种 are of two populations: the words before
    the measure, when both name one, must name the same (or one of them the other)."""
    def population(indicator: str, words: list[str]) -> str:
        position = min((indicator.find(w) for w in words if w in indicator), default=0)
        return SCOPE_PREFIX.sub("", indicator[:position])
    a, b = population(first, first_words), population(second, second_words)
    return not a or not b or a in b or b in a


def _names_word(indicator: str, words: list[str], excluded: list[str]) -> bool:
    """The indicator names one of ``words`` and none of ``excluded`` beyond it (管理率 is not
    规范管理率; 婴儿死亡率 is not 新生儿死亡率)."""
    for word in words:
        position = indicator.find(word)
        if position == -1:
            continue
        if any(other != word and word in other and other in indicator for other in excluded):
            continue
        if any(indicator.endswith(other) and other.endswith(word) and other != word for other in excluded):
            continue
        return True
    return False


def _negation_pair(first: str, second: str, negations: list[str]) -> bool:
    """已脱贫 and 未脱贫, 达标 and 未达标, 普惠 and 非普惠: one part is the other negated."""
    def stem(label: str) -> str:
        label = re.sub(r"^(?:其中|其余|已经|已|均)", "", label)
        return re.sub(r"(?:的|人口|人员|人数|数)$", "", label)
    a, b = stem(first), stem(second)
    shared = len(os.path.commonprefix([a, b]))  # 审核通过 / 审核不通过: the words they share come first
    if 0 < shared < min(len(a), len(b)):
        a, b = a[shared:], b[shared:]
    for word in sorted(negations, key=len, reverse=True):
        for plain, negated in ((a, b), (b, a)):
            if negated.startswith(word) and len(negated) > len(word) + 1 and plain.endswith(negated[len(word):]) \
                    and not any(plain.startswith(w) for w in negations):
                return True
    return False


def _names_one_sex(indicator: str, words: list[str], other: list[str]) -> bool:
    return any(w in indicator for w in words) and not any(w in indicator for w in other)


def _in_order(word: str, indicator: str) -> bool:
    """建证 in 建立预防接种卡证: each character of a (two-character) word, in order."""
    if len(word) < 2:
        return False
    position = 0
    for char in word:
        position = indicator.find(char, position) + 1
        if not position:
            return False
    return True


def _shares_words(stem: str, indicator: str) -> bool:
    """规范管理 and 规范管理: a common run of at least two characters."""
    return any(stem[i:i + 2] in indicator for i in range(len(stem) - 1))
