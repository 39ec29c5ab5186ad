"""Property: any number written in any supported notation reads back to its value.

A value and a notation are drawn, the number is written in that notation inside a short
sentence with an indicator and a unit, the sentence is tagged, and the claim's value (an exact
``Decimal``, normalised: 万 and 亿 multiplied out, 万元 and 亿元 in yuan) must equal the value
drawn, and the claim's interval must contain it. Notations:

- Arabic digits, with and without thousands separators (``,`` and ``，``), with decimals, with a
  minus sign (``-3.5%``);
- full-width digits (``４１６５``, ``１，２３４``, ``９２．５``);
- Chinese numerals (``十二``, ``一百零五``, ``三万零二百``, ``一亿零五百万``), with ``两`` for a
  leading 2 (``两千两百``, ``两万``), with ``点`` decimals (``九十五点五``), and with 万/亿
  multipliers and money units (``十二万人``, ``两亿元``, ``两亿两千万元``); ``三成``;
- Arabic mantissas with 万/亿 (``4.8万人``, ``4.8万余人``, ``3695.3万元``, ``1.2亿元``);
- ``百分之X`` (Arabic or Chinese), ``X%``, ``X％``, ``X‰``, ``X/10万``, ratios ``1:X``;
- a number split across a line break: inside its digits, at its decimal point, or before its unit;
- a space inside a number (``2 .76%``, ``2. 76%``).

Small by default (fast); CHECK_HYPOTHESIS_PROFILE=long runs thousands of examples.
"""
from __future__ import annotations

import os
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.claims import extract_claims
from checker.nlp import tag_report

LONG = os.environ.get("CHECK_HYPOTHESIS_PROFILE") == "long"
# Per notation: 29 notations x 15 examples by default (about 5 s); thousands each when long.
readback = settings(max_examples=3000 if LONG else 15, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
DIGITS = "零一二三四五六七八九"
# A long opening, so that a line break inside the number is a soft one (as in converted text).
OPENING = "经过一年的努力，全县基本公共卫生服务项目各项工作稳步推进，"

COUNT = "全县共有卫生技术人员{}，比上年有所增加。"
RATE = "全县居民电子健康档案建档率为{}，较上年有所提高。"
MONEY = "全年下达基本公共卫生服务补助资金{}，已全部拨付。"
FACILITIES = "全县共有乡镇卫生院和社区卫生服务中心{}，全部达标。"


def chinese_numeral(number: int, liang: bool = False) -> str:
    """0 ≤ number < 10^12 in Chinese numerals, written as reports write them (十二, 一百零五,
    一千零一十, 三万零二百, 一亿零五百万); with ``liang``, 两 for a 2 before 百, 千, 万 or 亿
    (两千两百, 两万)."""
    if number == 0:
        return "零"
    written = _below_10_8(number) if number < 10**8 else _with_yi(number)
    if liang:
        written = "".join("两" if ch == "二" and written[i + 1:i + 2] in ("百", "千", "万", "亿") else ch
                          for i, ch in enumerate(written))
    return written


def _with_yi(number: int) -> str:
    high, low = divmod(number, 10**8)
    rest = "" if low == 0 else ("零" if low < 10**7 else "") + _below_10_8(low, leading=False)
    return _below_10000(high) + "亿" + rest


def _below_10_8(number: int, leading: bool = True) -> str:
    if number >= 10_000:
        high, low = divmod(number, 10_000)
        rest = "" if low == 0 else ("零" if low < 1000 else "") + _below_10000(low, leading=False)
        return _below_10000(high, leading) + "万" + rest
    return _below_10000(number, leading)


def _below_10000(number: int, leading: bool = True) -> str:
    parts, zero = [], False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, value)
        if digit:
            if zero:
                parts.append("零")
            parts.append(("" if (name == "十" and digit == 1 and not parts and leading) else DIGITS[digit]) + name)
            zero = False
        elif parts:
            zero = True
    return "".join(parts)


def chinese_decimal(value: Decimal) -> str:
    """95.5 -> 九十五点五, 0.05 -> 零点零五: the whole part as a numeral, the decimals digit by digit."""
    whole, _, fraction = format(value, "f").partition(".")
    return chinese_numeral(int(whole)) + ("点" + "".join(DIGITS[int(d)] for d in fraction) if fraction else "")


def thousands(number: int, separator: str) -> str:
    return f"{number:,}".replace(",", separator)


def plain(value: Decimal) -> str:
    return format(value, "f")


def decimals(low, high, places):
    return st.decimals(min_value=low, max_value=high, places=places, allow_nan=False, allow_infinity=False)


NOTATIONS = [
    "arabic", "thousands", "thousands-decimal", "decimal", "negative", "full-width", "full-width-thousands",
    "chinese", "liang", "chinese-wan", "chinese-yi-yuan", "chinese-wan-yuan", "tenths",
    "wan", "wan-yu", "wan-yuan", "yi-yuan",
    "percent-words-arabic", "percent-words-chinese", "percent-words-chinese-decimal", "percent",
    "full-width-percent", "permille", "per-100k", "ratio",
    "break-before-unit", "break-in-digits", "break-at-point", "space-at-point"]


@st.composite
def written_numbers(draw, notation=None):
    """(text of the number with its unit, value as read, sentence template)."""
    notation = notation or draw(st.sampled_from(NOTATIONS))
    if notation == "arabic":
        n = draw(st.integers(0, 10**9))
        return f"{n}人", Decimal(n), COUNT
    if notation == "thousands":
        n = draw(st.integers(1000, 10**12))
        return thousands(n, draw(st.sampled_from([",", "，"]))) + "人", Decimal(n), COUNT
    if notation == "thousands-decimal":
        n, cents = draw(st.integers(1000, 10**9)), draw(st.integers(0, 99))
        value = Decimal(n) + Decimal(cents).scaleb(-2)
        return thousands(n, draw(st.sampled_from([",", "，"]))) + f".{cents:02d}元", value, MONEY
    if notation == "decimal":
        value = draw(decimals(0, 10**6, 2))
        return f"{plain(value)}元", value, MONEY
    if notation == "negative":  # 增长率为-3.5%, 结余-120.5万元
        value = draw(decimals(Decimal("0.01"), 100, draw(st.integers(0, 2))))
        if draw(st.booleans()):
            return f"-{plain(value)}%", -value, RATE
        return f"-{plain(value)}万元", -value * 10_000, "全年结余为{}，较上年有所减少。"
    if notation == "full-width":
        value = draw(decimals(0, 10**7, draw(st.integers(0, 2))))
        return plain(value).translate(FULL_WIDTH) + "人", value, COUNT if value == int(value) else MONEY
    if notation == "full-width-thousands":
        n = draw(st.integers(1000, 10**9))
        return thousands(n, "，").translate(FULL_WIDTH) + "人", Decimal(n), COUNT
    if notation in ("chinese", "liang"):
        n = draw(st.integers(2, 10**12 - 1))
        return chinese_numeral(n, liang=notation == "liang") + "家", Decimal(n), FACILITIES
    if notation == "chinese-wan":  # 十二万人, 两千万人
        n = draw(st.integers(1, 9999))
        return chinese_numeral(n, liang=draw(st.booleans())) + "万人", Decimal(n) * 10_000, COUNT
    if notation == "chinese-yi-yuan":  # 两亿元, 十二亿元
        n = draw(st.integers(1, 9999))
        return chinese_numeral(n, liang=draw(st.booleans())) + "亿元", Decimal(n) * 10**8, MONEY
    if notation == "chinese-wan-yuan":  # 三千万元, 两亿两千万元, 一亿零五百万元
        yi, wan = draw(st.integers(0, 9999)), draw(st.integers(1, 9999))
        value = yi * 10**8 + wan * 10**4
        return chinese_numeral(value, liang=draw(st.booleans())) + "元", Decimal(value), MONEY
    if notation == "tenths":  # 三成: three tenths
        n = draw(st.integers(1, 9))
        return DIGITS[n] + "成", Decimal(n * 10), "全县村卫生室{}实现即时结算。"
    if notation == "wan":
        mantissa = draw(decimals(Decimal("0.1"), 9999, 1))
        return f"{plain(mantissa)}万人", mantissa * 10_000, COUNT
    if notation == "wan-yu":  # 4.8万余人: the value printed, at least
        mantissa = draw(decimals(Decimal("0.1"), 9999, 1))
        return f"{plain(mantissa)}万余人", mantissa * 10_000, COUNT
    if notation == "wan-yuan":
        mantissa = draw(decimals(Decimal("0.01"), 99999, 2))
        return f"{plain(mantissa)}万元", mantissa * 10_000, MONEY
    if notation == "yi-yuan":
        mantissa = draw(decimals(Decimal("0.1"), 999, 1))
        return f"{plain(mantissa)}亿元", mantissa * 100_000_000, MONEY
    if notation == "percent-words-arabic":
        value = draw(decimals(Decimal("0.1"), 100, draw(st.integers(0, 1))))
        return f"百分之{plain(value)}", value, RATE
    if notation == "percent-words-chinese":
        n = draw(st.integers(1, 100))
        return "百分之" + chinese_numeral(n), Decimal(n), RATE
    if notation == "percent-words-chinese-decimal":  # 百分之九十五点五, 百分之零点五
        value = draw(decimals(Decimal("0.1"), Decimal("99.9"), draw(st.integers(1, 2))))
        return "百分之" + chinese_decimal(value), value, RATE
    if notation == "percent":
        value = draw(decimals(0, 100, 2))
        return plain(value) + draw(st.sampled_from(["%", "％"])), value, RATE
    if notation == "full-width-percent":
        value = draw(decimals(0, 100, 2))
        return plain(value).translate(FULL_WIDTH) + "％", value, RATE
    if notation == "permille":
        value = draw(decimals(0, 999, 2))
        return plain(value) + "‰", value, "全县婴儿死亡率为{}，低于全省平均水平。"
    if notation == "per-100k":
        value = draw(decimals(0, 9999, 2))
        return plain(value) + "/10万", value, "全县甲乙类传染病报告发病率为{}，低于全省平均水平。"
    if notation == "ratio":
        value = draw(decimals(Decimal("0.01"), 99, 2))
        return f"1:{plain(value)}", value, "全县医护比为{}，较上年有所改善。"
    if notation == "break-before-unit":
        n = draw(st.integers(10, 10**7))
        return f"{n}\n人", Decimal(n), OPENING + COUNT
    if notation == "break-in-digits":  # 12⏎34人: a conversion broke the line inside the number
        n = draw(st.integers(10, 10**9))
        digits = str(n)
        cut = draw(st.integers(1, len(digits) - 1))
        return f"{digits[:cut]}\n{digits[cut:]}人", Decimal(n), OPENING + COUNT
    if notation == "break-at-point":  # 92.⏎5%, 92⏎.5%
        whole, fraction = draw(st.integers(0, 100)), draw(st.integers(1, 99))
        point = draw(st.sampled_from([".\n", "\n."]))
        return f"{whole}{point}{fraction}%", Decimal(f"{whole}.{fraction}"), OPENING + RATE
    # space-at-point: 2 .76%, 2. 76%, a typing slip inside one number
    whole, fraction = draw(st.integers(0, 100)), draw(st.integers(1, 99))
    point = draw(st.sampled_from([" .", ". ", " . "]))
    return f"{whole}{point}{fraction}%", Decimal(f"{whole}.{fraction}"), RATE


def read_back(number_text: str, template: str):
    text = template.format(number_text)
    start = text.index(number_text)
    doc = tag_report(text)
    numbers = [span._.number for span in doc.spans["numeric_claims"]]
    found = [n for n in numbers if n.start <= start < n.end]
    assert len(found) == 1, f"{number_text!r} in {text!r}: tagged {[n.text for n in numbers]}"
    claim = next(c for c in extract_claims(doc).claims if c.start == found[0].start)
    return found[0], claim


@pytest.mark.parametrize("notation", NOTATIONS)
@readback
@given(data=st.data())
def test_any_notation_reads_back_to_its_value(notation, data):
    number_text, value, template = data.draw(written_numbers(notation), label="written")
    number, claim = read_back(number_text, template)
    assert number.value == value, (number_text, number.value)
    assert claim.value == value
    assert claim.low is None or claim.low <= value, (number_text, claim.low)
    assert claim.high is None or value <= claim.high, (number_text, claim.high)


@pytest.mark.parametrize("number,liang,expected", [
    (12, False, "十二"), (10, False, "十"), (105, False, "一百零五"), (1010, False, "一千零一十"),
    (123, False, "一百二十三"), (30200, False, "三万零二百"), (100000, False, "十万"), (110000, False, "十一万"),
    (1000001, False, "一百万零一"), (105000000, False, "一亿零五百万"), (1200000000, False, "十二亿"),
    (220000000, True, "两亿两千万"), (2222, True, "两千两百二十二"), (20000, True, "两万"), (0, False, "零"),
])
def test_the_chinese_numerals_written_by_the_property_are_the_usual_ones(number, liang, expected):
    assert chinese_numeral(number, liang=liang) == expected


@pytest.mark.parametrize("value,expected", [
    (Decimal("95.5"), "九十五点五"), (Decimal("0.05"), "零点零五"), (Decimal("12"), "十二"),
])
def test_the_chinese_decimals_written_by_the_property_are_the_usual_ones(value, expected):
    assert chinese_decimal(value) == expected


@pytest.mark.parametrize("text,number,value", [
    # found by the property: 一 before a multiplier is a numeral, not the idiom 一 (一次性, 无一例)
    ("全县共有乡镇卫生院和社区卫生服务中心一万家，全部达标。", "一万家", Decimal(10000)),
    # 万 inside a Chinese numeral
    ("全县共有乡镇卫生院和社区卫生服务中心一百万零一家，全部达标。", "一百万零一家", Decimal(1000001)),
])
def test_regression_chinese_numerals_with_wan(text, number, value):
    found, _ = read_back(number, "{}".join(text.split(number)))
    assert found.value == value
