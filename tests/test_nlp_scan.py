"""patterns.scan finds exactly what finditer finds: the start classes miss no character a
number, a date, a ratio or a placeholder can begin with.

Small by default; CHECK_HYPOTHESIS_PROFILE=long runs thousands of examples."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.nlp import claim_tagger, patterns

LONG = os.environ.get("CHECK_HYPOTHESIS_PROFILE") == "long"
examples = settings(max_examples=3000 if LONG else 200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REPOSITORY = Path(__file__).resolve().parents[1]

# The characters the patterns are made of, and some that they are not.
ALPHABET = ("0123456789０１２３４５６７８９٣" "零〇一二两三四五六七八九十百千万亿萬億点成" "约近将大超突逾不少于低高足到仅过破"
            "年月日号份底初末度季" "人次元个家%％‰‱:：∶/.．,，-－−—~～至 \t\n" "*＊XxＸ×○□＿_（()）" "为是达率比中共其县镇乡卫生院的")
SCANNED = [(claim_tagger.COMBINED, patterns.CLAIM_START), (patterns.PLACEHOLDER, patterns.PLACEHOLDER_START)]


def matches(found) -> list:
    return [(match.span(), match.groupdict()) for match in found]


@examples
@given(text=st.text(alphabet=ALPHABET, max_size=60))
def test_scan_finds_what_finditer_finds(text):
    for pattern, starts in SCANNED:
        assert matches(patterns.scan(pattern, starts, text)) == matches(pattern.finditer(text))


@pytest.mark.parametrize("scanned,text", [
    (0, "全县约28万人，不少于3000人次，百分之九十五，三成，增长-3.5%，2021年1-11月，医护比1:1.2，9:30"),
    (0, "٣月"),  # a digit of another script: DATE reads any digit (\\d)
    (1, "在岗职工*人，20XX年，**镇卫生院，□□人次，＿＿万元，（）家，X光"),
])
def test_scan_on_the_forms_of_each_pattern(scanned, text):
    pattern, starts = SCANNED[scanned]
    found = matches(patterns.scan(pattern, starts, text))
    assert found and found == matches(pattern.finditer(text))


def test_scan_on_the_corpora():
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted((REPOSITORY / "corpora").rglob("*.txt"))]
    assert texts
    for text in texts:
        for pattern, starts in SCANNED:
            assert matches(patterns.scan(pattern, starts, text)) == matches(pattern.finditer(text))


def test_a_start_class_that_misses_a_character_is_caught():
    # the comparison can fail: a class without 约 loses 约28万人's qualifier
    narrow = re.compile(r"[\d]")
    text = "全县约28万人"
    assert matches(patterns.scan(claim_tagger.COMBINED, narrow, text)) != matches(claim_tagger.COMBINED.finditer(text))
