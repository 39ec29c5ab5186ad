"""The plain Chinese numerals read without cn2an give exactly cn2an's value, for every one of them."""
from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from checker.nlp import numerals

DIGITS = "一二两三四五六七八九"
PLACES = ["千", "百", "十", ""]


def plain_forms():
    """Every numeral of PLAIN_CHINESE: each run of places from the highest present one down,
    with any digit (两 too) at each, and the tens without their digit (十, 十五)."""
    for high in range(4):
        for low in range(high, 4):
            for digits in itertools.product(DIGITS, repeat=low - high + 1):
                yield "".join(digit + PLACES[high + i] for i, digit in enumerate(digits))
            if high == 2:
                for digits in itertools.product(DIGITS, repeat=low - high):
                    yield "十" + "".join(digit + PLACES[high + 1 + i] for i, digit in enumerate(digits))


def test_every_plain_numeral_reads_as_cn2an_reads_it():
    cn2an = pytest.importorskip("cn2an")
    forms = list(plain_forms())
    assert len(forms) == 12_351
    for form in forms:
        assert numerals.PLAIN_CHINESE.fullmatch(form), form
        assert numerals.plain_chinese_value(form) == cn2an.cn2an(form, "normal"), form


@pytest.mark.parametrize("text,value", [
    ("十二", 12), ("两", 2), ("一百二十三", 123), ("十", 10), ("三千二百", 3200), ("两千零五", 2005),
    ("一千二", 1200), ("三万", 30000), ("一万二千", 12000), ("九十五点五", Decimal("95.5")),
])
def test_read_chinese(text, value):
    assert numerals.read_chinese(text).value == Decimal(value)


@pytest.mark.parametrize("text", ["一千二", "两千零五", "零", "三万", "一万二千", "十十", "百"])
def test_other_forms_are_left_to_cn2an(text):
    assert not numerals.PLAIN_CHINESE.fullmatch(text)
