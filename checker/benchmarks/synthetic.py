"""Synthetic county reports: consistent claim sets rendered into varied report prose.

Used by the property-based tests (a consistent report gives no error; one broken number is
found; every notation gives the same findings) and by the speed benchmark (hundreds of
reports of a few kilobytes). Every report is drawn from a ``random.Random``, so a seed
reproduces it.

Each paragraph records the relations it states (``Stated``): the offsets of its numbers in
the report and how to break the relation by changing one of them.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

COUNTIES = ["临河县", "青川县", "宁远县", "安化县", "永和县", "石门县", "汉阴县", "凤台县", "富平县", "云和县"]
YEARS = list(range(2016, 2025))
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CHINESE_DIGITS = "零一二三四五六七八九"
NOTATIONS = ("arabic", "full-width", "thousands", "line-break", "chinese")


@dataclass
class Number:
    """A number placed in the text: where it is and what it says."""
    value: Decimal
    text: str
    start: int = -1


@dataclass
class Stated:
    """A relation the prose states: ``result`` must equal the rule applied to ``operands``."""
    kind: str                 # sum, subset, rate, ratio, period-sum, order
    result: Number
    operands: list[Number]
    breakable: list[Number]   # numbers whose change breaks the relation
    complete: bool = True     # for sums: the parts cover the whole total (else only an excess is an error)


@dataclass
class SyntheticReport:
    text: str
    relations: list[Stated] = field(default_factory=list)
    seed: int | None = None


class _Writer:
    def __init__(self, rng: random.Random, notation: str):
        self.rng = rng
        self.notation = notation
        self.parts: list[str] = []
        self.length = 0
        self.relations: list[Stated] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def number(self, value: Decimal | int, unit: str, decimals: int = 0, allow_chinese: bool = True) -> Number:
        value = Decimal(value)
        digits = _format(value, decimals)
        notation = self.notation
        if notation == "chinese" and not (allow_chinese and decimals == 0 and 10 <= value < 100 and unit in ("人", "家", "名", "个", "所")):
            notation = "arabic"
        if notation == "full-width":
            digits = digits.translate(FULL_WIDTH)
        elif notation == "thousands" and decimals == 0 and value >= 10000:
            digits = f"{int(value):,}"
        elif notation == "chinese":
            digits = _chinese(int(value))
        text = digits + ("\n" if notation == "line-break" and unit and unit not in "%‰" else "") + unit
        number = Number(value=value, text=text, start=self.length)
        self.add(text)
        return number

    def text(self) -> str:
        return "".join(self.parts)


def _format(value: Decimal, decimals: int) -> str:
    return format(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP), "f")


def _chinese(value: int) -> str:
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十" + (CHINESE_DIGITS[ones] if ones else "")


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def _rounded_rate(numerator: int, base: int, decimals: int, scale: int = 100) -> Decimal:
    return (Decimal(numerator) / Decimal(base) * scale).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


# -- paragraphs: each states some relations -------------------------------------------------------
def _births(w: _Writer, period: str) -> None:
    rng = w.rng
    boys, girls = rng.randint(900, 2600), rng.randint(850, 2500)
    w.add(f"{period}，全县共上报出生")
    total = w.number(boys + girls, "人")
    w.add("，其中，男孩" if rng.random() < 0.5 else "，其中男婴")
    b = w.number(boys, "人")
    w.add("、女孩" if rng.random() < 0.5 else "，女婴")
    g = w.number(girls, "人")
    w.add("；出生人口性别比")
    ratio = w.number(_rounded_rate(boys, girls, 2, 100), "", decimals=2)
    w.add("。\n")
    w.relations.append(Stated("sum", total, [b, g], [total, b, g]))
    w.relations.append(Stated("ratio", ratio, [b, g], [ratio]))


def _breakdown(w: _Writer, period: str) -> None:
    rng = w.rng
    noun, unit, categories = rng.choice([
        ("审核独生子女家庭子女", "人", ["符合政策考生", "审核不通过", "放弃权益"]),
        ("开展家庭医生签约服务", "人", ["一般人群签约", "重点人群签约"]),
        ("接种新冠病毒疫苗", "剂次", ["第一剂", "第二剂", "加强针"]),
        ("救治患者", "人次", ["门诊救治", "住院救治"]),
    ])
    total_value = rng.randint(300, 90000)
    values = _split(rng, total_value, len(categories))
    w.add(f"{period}，全县共{noun}")
    total = w.number(total_value, unit)
    w.add("，其中" + rng.choice(["，", "：", ""]))
    parts = []
    for index, (category, value) in enumerate(zip(categories, values)):
        if index:
            w.add("、")
        w.add(category)
        parts.append(w.number(value, unit))
    w.add("。\n")
    w.relations.append(Stated("sum", total, parts, [parts[0], total], complete=False))


def _subset(w: _Writer, period: str) -> None:
    rng = w.rng
    whole_value = rng.randint(20, 6000)
    part_value = rng.randint(0, whole_value)
    noun, part_noun = rng.choice([("审核", "审核不通过"), ("检查", "检查不合格"), ("筛查", "筛查阳性")])
    w.add(f"{period}共{noun}")
    whole = w.number(whole_value, "人")
    w.add(f"，其中，{part_noun}")
    part = w.number(part_value, "人")
    w.add("。\n")
    w.relations.append(Stated("subset", whole, [part], [part]))


def _managed_rate(w: _Writer, period: str) -> None:
    rng = w.rng
    patients = rng.randint(200, 9000)
    managed = rng.randint(patients // 2, patients)
    label = rng.choice(["严重精神障碍患者", "肺结核患者", "高血压患者"])
    w.add(f"{period}，全县{label}")
    base = w.number(patients, "人")
    w.add("，规范管理")
    numerator = w.number(managed, "人")
    w.add("，规范管理率")
    rate = w.number(_rounded_rate(managed, patients, 2), "%", decimals=2)
    w.add("。\n")
    w.relations.append(Stated("rate", rate, [numerator, base], [rate]))


def _vaccination_rate(w: _Writer, period: str) -> None:
    rng = w.rng
    due = rng.randint(500, 5000)
    done = rng.randint(int(due * 0.9), due)
    vaccine = rng.choice(["卡介苗", "乙肝疫苗", "麻疹疫苗", "脊髓灰质炎疫苗"])
    w.add(f"{period}{vaccine}应种")
    base = w.number(due, "人")
    w.add("，实种")
    numerator = w.number(done, "人")
    w.add("，接种率")
    rate = w.number(_rounded_rate(done, due, 2), "%", decimals=2)
    w.add("。\n")
    w.relations.append(Stated("rate", rate, [numerator, base], [rate]))


def _share(w: _Writer, period: str) -> None:
    rng = w.rng
    total_value = rng.randint(200, 20000)
    part_value = rng.randint(1, total_value)
    w.add(f"{period}共审核")
    total = w.number(total_value, "人")
    w.add("，其中符合政策考生")
    part = w.number(part_value, "人")
    w.add("，占")
    rate = w.number(_rounded_rate(part_value, total_value, 1), "%", decimals=1)
    w.add("。\n")
    w.relations.append(Stated("rate", rate, [part, total], [rate]))


def _half_years(w: _Writer, year: int) -> None:
    rng = w.rng
    first, second = rng.randint(1000, 90000), rng.randint(1000, 90000)
    w.add(f"{year}年上半年，基层医疗卫生机构完成门诊")
    h1 = w.number(first, "人次")
    w.add("；下半年完成门诊")
    h2 = w.number(second, "人次")
    w.add("；全年完成门诊")
    y = w.number(first + second, "人次")
    w.add("。\n")
    w.relations.append(Stated("period-sum", y, [h1, h2], [y]))


def _standards(w: _Writer, period: str) -> None:
    rng = w.rng
    basic = rng.randint(5, 30)
    recommended = rng.randint(0, basic)
    w.add(f"{period}，全县乡镇卫生院达到服务能力基本标准")
    b = w.number(basic, "家")
    w.add("，达到推荐标准")
    r = w.number(recommended, "家")
    w.add("。\n")
    w.relations.append(Stated("order", b, [r], [r]))


PARAGRAPHS = [_births, _breakdown, _subset, _managed_rate, _vaccination_rate, _share, _standards]
FILLER = [
    "各乡镇卫生院按照要求开展了慢病随访、老年人健康查体等工作，进一步提高了基层医疗卫生服务能力。",
    "我局加强督导检查，对发现的问题及时反馈并督促整改，确保各项工作落到实处。",
    "通过微信公众号、宣传栏等多种方式开展健康教育，群众健康素养水平稳步提升。",
]


def synthetic_report(seed: int, notation: str | None = None, paragraphs: int | None = None) -> SyntheticReport:
    """One consistent report; the same seed (and notation) gives the same text."""
    rng = random.Random(seed)
    notation = notation or rng.choice(NOTATIONS)
    w = _Writer(rng, notation)
    county, year = rng.choice(COUNTIES), rng.choice(YEARS)
    w.add(f"{county}卫生健康局{year}年工作总结\n")
    count = paragraphs if paragraphs is not None else rng.randint(3, 7)
    fillers = rng.sample(FILLER, len(FILLER))  # each at most once: a repeated passage is a finding
    # each topic once (while there are topics left): the same paragraph twice with other numbers is a
    # repeated passage, which the checker rightly reports
    topics: list = []
    headings = ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"]
    for index in range(count):
        w.add(f"{headings[index % len(headings)]}{rng.choice(['基本情况', '重点工作', '主要成效', '项目进展'])}\n")
        period = rng.choice(["1-11月", f"{year}年", "截至目前", "全年"])
        if index == count - 1 and rng.random() < 0.5:
            _half_years(w, year)
        else:
            topics = topics or rng.sample(PARAGRAPHS, len(PARAGRAPHS))
            topics.pop()(w, period)
        if fillers and rng.random() < 0.5:
            w.add(fillers.pop() + "\n")
    w.add(f"{county}卫生健康局\n{year}年12月20日\n")
    return SyntheticReport(text=w.text(), relations=w.relations, seed=seed)


def break_relation(report: SyntheticReport, relation: Stated, rng: random.Random) -> tuple[str, Number]:
    """The report with one number of ``relation`` changed so that it no longer holds, and
    that number. The change is large enough that no rounding can explain it."""
    target = rng.choice(relation.breakable)
    value = target.value
    if relation.kind in ("subset", "order") and target is not relation.result:
        whole = relation.result.value
        new = whole + max(1, (whole * Decimal("0.2")).to_integral_value()) + rng.randint(0, 5)
    elif relation.kind in ("rate", "ratio") and target is relation.result:
        delta = max(Decimal("1.5"), value * Decimal("0.05"))
        new = value - delta if value > 50 else value + delta
    else:
        delta = max(Decimal(2), (value * Decimal("0.03")).to_integral_value())
        up = rng.random() < 0.5 or value - delta < 1
        if not relation.complete:
            up = target is not relation.result  # parts of a partial list can only be too many
        new = value + delta if up else value - delta
    decimals = max(0, -value.as_tuple().exponent) if value != value.to_integral_value() else 0
    digits = _format(new, decimals)
    unit = target.text.lstrip("0123456789０１２３４５６７８９,.零一二三四五六七八九十\n")
    new_text = digits + unit.lstrip("\n") if "\n" not in target.text else digits + "\n" + unit.lstrip("\n")
    text = report.text[:target.start] + new_text + report.text[target.start + len(target.text):]
    return text, Number(value=new, text=new_text, start=target.start)
