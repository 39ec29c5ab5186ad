"""Numerals as printed in county reports, read to exact ``Decimal`` values.

Arabic digits (half- or full-width, with thousands separators and decimals), Chinese numerals
(``十二``, ``两``, ``一百二十三``, via cn2an, which handles the irregular forms), and the
multipliers that follow them (``万``, ``亿``, ``千``). The printed precision is kept: a value
printed as ``105.98`` stands for anything that rounds to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "百万": Decimal(1_000_000),
               "千万": Decimal(10_000_000), "萬": Decimal(10_000), "億": Decimal(100_000_000)}
CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿"
DIGIT_VALUES = {ch: str(i) for i, ch in enumerate("零一二三四五六七八九")} | {"〇": "0"}
# The numerals reports write most (十二, 两百, 三千二百五十六: 1 to 9999, every place from the first
# down to the last) are read here; importing cn2an costs a third of a second, so only other forms
# (零, 万 inside, 一千二) pay for it. tests/test_numerals.py compares every such form with cn2an.
PLAIN_CHINESE = re.compile(r"[一二两三四五六七八九]千(?:[一二两三四五六七八九]百(?:[一二两三四五六七八九]十[一二两三四五六七八九]?)?)?"
                           r"|[一二两三四五六七八九]百(?:[一二两三四五六七八九]十[一二两三四五六七八九]?)?"
                           r"|[一二两三四五六七八九]?十[一二两三四五六七八九]?|[一二两三四五六七八九]")
DIGIT_NUMBERS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"两": 2}
PLACE_VALUES = {"千": 1000, "百": 100, "十": 10}


@dataclass(frozen=True)
class Numeral:
    value: Decimal        # the value as printed times its multiplier (4.8万 -> 48000)
    printed: Decimal      # the digits as printed (4.8)
    decimals: int         # digits after the point as printed
    multiplier: Decimal   # 1, 10000, ...

    @property
    def unit_in_last_place(self) -> Decimal:
        """The step between neighbouring printed values, in the value's own scale."""
        return Decimal(1).scaleb(-self.decimals) * self.multiplier


def read_arabic(digits: str, multiplier: str = "") -> Numeral:
    plain = digits.translate(FULL_WIDTH_DIGITS).replace(",", "").replace(" ", "")
    try:
        printed = Decimal(plain)
    except InvalidOperation:
        raise ValueError(f"not a number: {digits!r}") from None
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    scale = MULTIPLIERS.get(multiplier, Decimal(1))
    return Numeral(value=printed * scale, printed=printed, decimals=decimals, multiplier=scale)


def read_chinese(numeral: str) -> Numeral:
    """``十二`` -> 12, ``两`` -> 2, ``一百二十三`` -> 123, ``三万`` -> 30000."""
    text = numeral.replace("〇", "零")
    whole, _, fraction = text.partition("点")  # 九十五点五: the decimals digit by digit, exactly
    if (fraction and not all(ch in DIGIT_VALUES for ch in fraction)) or "点" in fraction:
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if PLAIN_CHINESE.fullmatch(whole):
        number = plain_chinese_value(whole)
    else:
        import cn2an  # only reports that write numbers in unusual characters pay for it

        try:
            number = cn2an.cn2an(whole, "normal")
        except (ValueError, KeyError, IndexError, TypeError):
            raise ValueError(f"not a Chinese numeral: {numeral!r}") from None
    value = Decimal(int(number))
    if int(number) != number:
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if fraction:
        value += Decimal("0." + "".join(DIGIT_VALUES[ch] for ch in fraction))
    return Numeral(value=value, printed=value, decimals=len(fraction), multiplier=Decimal(1))


def plain_chinese_value(numeral: str) -> int:
    """The value of a numeral of PLAIN_CHINESE: each digit times the place after it (十 alone is 10)."""
    total, digit = 0, 1
    for ch in numeral:
        place = PLACE_VALUES.get(ch)
        if place is None:
            digit = DIGIT_NUMBERS[ch]
        else:
            total, digit = total + digit * place, 0
    return total + digit


def is_chinese_numeral(text: str) -> bool:
    return bool(text) and all(ch in CHINESE_DIGITS for ch in text)
