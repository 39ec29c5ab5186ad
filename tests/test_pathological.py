"""Pathological text finishes in time linear in its size.

Each test measures, within itself, the time of the same shape of text at two sizes four times
apart and asserts a RATIO below 8: linear work grows 4 times, quadratic work 16 times, so the
bound is a factor of two away from both. No absolute time is asserted, so a slow or busy machine
does not fail them: the times are the CPU time of this process (other processes on the machine do
not count), the best of a few runs, and a ratio over the bound is measured once more before it
fails (one slow run, a collection or the other test worker, is not a trend; in CI a 2x step once
read as 3.2x).
The sweep of every module-level pattern over adversarial repetitions runs in the long profile
(CHECK_HYPOTHESIS_PROFILE=long); the default suite keeps the worst cases found for each stage.
"""
from __future__ import annotations

import gc
import os
import re
import signal
import time

import pytest

from checker import claims as claims_module
from checker import read as read_module
from checker.nlp import aligned_tables, claim_context, claim_tagger, line_breaks, patterns, text_scan
from checker.read import ReportText, decode_report, repair_mojibake

GROWTH = 4              # the larger input is this many times the smaller
LINEAR_BOUND = 8.0      # time(4n) / time(n): 4 when linear, 16 when quadratic
# Bounds on one run, so that a super-linear case costs the suite seconds, not minutes. They are
# far above what the sizes below take when linear (a fraction of a second to a few seconds).
SMALL_LIMIT, LARGE_LIMIT = 8.0, 25.0


class TooSlow(Exception):
    pass


def best_time(function, *args, runs: int = 2, limit: float | None = None) -> float:
    """The best of a few runs; a run past ``limit`` seconds is cut short (SIGALRM) and counts as
    infinitely slow, so that a super-linear case fails in seconds instead of running for minutes."""
    def expired(signum, frame):
        raise TooSlow

    best = float("inf")
    for _ in range(runs):
        # a full collection before and none during: a collection of what earlier tests left is
        # not the cost of this input (it made a linear step read as 3.4x)
        gc.collect()
        gc.disable()
        previous = signal.signal(signal.SIGPROF, expired)
        if limit:
            signal.setitimer(signal.ITIMER_PROF, limit)  # CPU time, like the measure
        began = time.process_time()
        try:
            function(*args)
            best = min(best, time.process_time() - began)
        except TooSlow:
            pass
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
            gc.enable()
    return best


def growth_ratio(function, small_input, large_input, runs: int = 2, small_limit: float | None = None,
                 large_limit: float | None = None) -> tuple[float, float, float]:
    """time(large)/time(small); a ratio over the bound is measured once more, keeping the best
    time of each size, before it is reported."""
    def measure(small=float("inf"), large=float("inf")):
        small = min(small, best_time(function, small_input, runs=runs, limit=small_limit))
        if small == float("inf"):
            return small, small
        limit = 1.5 * LINEAR_BOUND * small + 0.5
        large = min(large, best_time(function, large_input, runs=runs,
                                     limit=min(limit, large_limit) if large_limit else limit))
        return small, large

    small, large = measure()
    if small != float("inf") and large / max(small, 1e-3) >= LINEAR_BOUND:
        small, large = measure(small, large)
    return large / max(small, 1e-3), small, large


def pipeline_ratio(check_text, make, n: int, runs: int = 2, small_limit: float = SMALL_LIMIT,
                   large_limit: float = LARGE_LIMIT) -> tuple[float, float, float, int]:
    """The growth of the whole pipeline's time from size n/2 to 2n."""
    def check(text):
        result = check_text(text)
        assert result.error is None and result.rule_errors == [], (result.error, result.rule_errors)

    # each run is bounded: a case that is slow already at the smaller size fails at once
    small_n = n // 2
    warm = best_time(check, make(small_n // 4), runs=1, limit=small_limit)
    if warm == float("inf"):
        return warm, warm, warm, small_n
    # a measure of a few hundredths of a second is mostly noise (a collection, the other test
    # worker): grow the input until the smaller run takes a fifth of a second (at most 8 times)
    while small_n < 4 * n and best_time(check, make(small_n), runs=1, limit=small_limit) < 0.2:
        small_n *= 2
    ratio, small, large = growth_ratio(check, make(small_n), make(GROWTH * small_n), runs, small_limit, large_limit)
    return ratio, small, large, small_n


def assert_linear(check_text, make, n: int, runs: int = 2, **limits):
    ratio, small, large, small_n = pipeline_ratio(check_text, make, n, runs, **limits)
    assert ratio < LINEAR_BOUND, (f"time({GROWTH * small_n})/time({small_n}) = {large:.2f}/{small:.2f} s"
                                  f" = {ratio:.1f}: super-linear")


# -- whole reports -----------------------------------------------------------------------------------
def test_100000_digits_in_a_row(check_text):
    assert_linear(check_text, lambda n: "全县共有医生" + "7" * n + "人。", 50_000)


def test_a_million_characters_without_punctuation(check_text):
    prose = "全县卫生院医生护士开展健康教育工作"
    # the larger of the two sizes is the million
    assert_linear(check_text, lambda n: (prose * (n // len(prose) + 1))[:n], 500_000, runs=1, small_limit=40, large_limit=90)


def test_a_long_line_of_report_prose(check_text):
    # a real paragraph without its line breaks; the 10 MB line of the issue is this, many times over
    sentence = "全县共有卫生院12所，其中中心卫生院3所、一般卫生院9所。"
    assert_linear(check_text, lambda n: sentence * (n // len(sentence)), 5_000, runs=1)


def test_a_long_line_of_clauses_separated_by_semicolons(check_text):
    sentence = "全县共有卫生院12所，其中中心卫生院3所、一般卫生院9所；"
    assert_linear(check_text, lambda n: sentence * (n // len(sentence)), 5_000, runs=1)


def test_a_one_megabyte_line_is_read_in_linear_time():
    sentence = "全县共有卫生院12所，其中中心卫生院3所、一般卫生院9所；".encode("utf-8")
    make = lambda n: sentence * (n // len(sentence))  # noqa: E731
    decode_report(make(500_000), "<line>")
    ratio, small, large = growth_ratio(lambda data: decode_report(data, "<line>"), make(500_000), make(2_000_000))
    assert ratio < LINEAR_BOUND, (small, large)


def test_a_garbled_megabyte_is_repaired_in_linear_time():
    garbled = "全县共有卫生院12所，其中中心卫生院3所。".encode("gbk").decode("cp1252", errors="replace")
    make = lambda n: garbled * (n // len(garbled))  # noqa: E731
    ratio, small, large = growth_ratio(repair_mojibake, make(50_000), make(200_000))
    assert ratio < LINEAR_BOUND, (small, large)


def test_thousands_of_qizhong_clauses_in_separate_sentences(check_text):
    clause = "全县共有人员100人，其中医生10人、护士20人。"
    assert_linear(check_text, lambda n: clause * (n // len(clause)), 6_000, runs=1)


def test_thousands_of_qizhong_clauses_in_one_sentence(check_text):
    assert_linear(check_text, lambda n: "全县共有人员100人，" + "其中医生10人，" * (n // 8), 1_200)


def test_thousands_of_items_with_shares_after_semicolons(check_text):
    # each 其中 list runs on over the items that end on a share: not to the end of the sentence each time
    assert_linear(check_text, lambda n: "全年资金100万元，" + "其中甲1万元,占1%;" * (n // 11), 2_000)
    assert_linear(check_text, lambda n: "全年资金100万元，其中" + "甲级1万元,占1%;" * (n // 10), 2_000)


def test_deeply_repeated_brackets(check_text):
    assert_linear(check_text, lambda n: "（" * n + "12人" + "）" * n, 20_000)
    assert_linear(check_text, lambda n: "（（其中医生12人。" * (n // 9), 4_000)


def test_thousands_of_items_separated_by_dun(check_text):
    assert_linear(check_text, lambda n: "全县共10所，分别为" + "甲镇卫生院、" * (n // 6), 30_000)


def test_thousands_of_counted_items_after_qizhong(check_text):
    assert_linear(check_text, lambda n: "全县共有人员100人，其中" + "医生1人、" * (n // 5), 4_000)


@pytest.mark.parametrize("run", ["%", "万", "年", "、", "*", "X", "□", "１", "\n", "\ufffd", "|", " "])
def test_long_runs_of_one_character(check_text, run):
    # (a blank line is a sentence of its own: 10,000 of them cost the claims stage about a second)
    assert_linear(check_text, lambda n: "全县共有医生12人" + run * n + "其中男医生5人。", 4_000 if run == "\n" else 10_000,
                  small_limit=20)


@pytest.mark.parametrize("unit,size", [
    ("12人", 4_000), ("2021年", 3_000), ("50%", 4_000), ("3万", 4_000), ("12\n", 4_000), ("1,000", 10_000),
])
def test_runs_of_numbers_in_one_paragraph(check_text, unit, size):
    assert_linear(check_text, lambda n: unit * (n // len(unit)), size)


@pytest.mark.parametrize("unit,size", [("X人", 3_000), ("2021年", 6_000)])
def test_many_numbers_in_one_paragraph_are_dated_in_linear_time(check_text, unit, size):
    assert_linear(check_text, lambda n: unit * (n // len(unit)), size)


@pytest.mark.parametrize("fill", [" ", "\u3000", " ，"])
def test_long_gaps_inside_a_list_of_numbers(check_text, fill):
    # a run of spaces was read two ways by [ \t]*[，,]?[ \t]* (before 分别为, between the numbers
    # of a list): cubic in the run, 97 s for 5,000 spaces
    def make(n):
        gap = fill * (n // len(fill) // 2)
        return f"全县床位合计1220张{gap}，分别为680张{gap}420张和120张。其中男医生5人{gap}，占比12%。"
    assert_linear(check_text, make, 20_000)


def test_a_table_with_thousands_of_rows(check_text):
    header = "| 指标 | 2022年 | 2023年 |\n"
    assert_linear(check_text, lambda n: header + "| 医生 | 12 | 13 |\n" * (n // 18), 20_000)


def test_a_table_row_of_thousands_of_cells(check_text):
    # each cell read its whole line (and the text before it, copied) to find its row and column
    header = "| 指标 | 2022年 | 2023年 | 2024年 |\n"
    assert_linear(check_text, lambda n: header + "| 床位 | " + "| ".join("12" for _ in range(n // 4)) + " |\n", 8_000)


def test_a_table_with_a_two_row_header_thousands_of_rows_and_rates_after_it(check_text):
    # every cell finds its column header by bisection, and the rates after a table are read
    # against its rows a bounded number of times
    header = "指标名称 | 卫生技术人员数(人) | | |\n总数 | 其中 | | |\n医生 | 护士 | | |\n"
    row = "医疗机构 | 500 | 200 | 200 |\n"
    rates = "医疗机构床位使用率70%，"
    assert_linear(check_text, lambda n: header + row * (n // 2 // len(row)) + "\n" + rates * (n // 2 // len(rates)), 20_000)


# -- each regular expression -------------------------------------------------------------------------
def _module_patterns():
    """Every compiled pattern at module level of the stages that scan report text."""
    found = {}
    for module in (patterns, text_scan, read_module, claims_module, claim_tagger, claim_context, line_breaks,
                   aligned_tables):
        for name, value in vars(module).items():
            values = value if isinstance(value, (list, tuple)) else [value]
            for index, item in enumerate(values):
                item = item[0] if isinstance(item, tuple) and item and isinstance(item[0], re.Pattern) else item
                if isinstance(item, re.Pattern):
                    key = f"{module.__name__.split('.')[-1]}.{name}" + (f"[{index}]" if len(values) > 1 else "")
                    found[key] = item
    return found


PATTERNS = _module_patterns()


def _pieces(pattern: re.Pattern) -> list[str]:
    """Characters the pattern is about: its literal CJK and punctuation, digits, the letters it names."""
    source = pattern.pattern
    chars = sorted({ch for ch in source if not ch.isascii() or ch in "0123456789%*|/,.-~ \t\nXx_"})
    return [ch for ch in chars if ch.isprintable() or ch in "\n\t"][:80]


def _adversarial(pattern: re.Pattern) -> list[str]:
    """Repeating units that make a scanning pattern try and fail at every position: one
    character, two characters, a digit run glued to a unit, and the pattern's own longest words."""
    pieces = _pieces(pattern)
    units = [ch for ch in pieces] + ["12", "1,", "1.", "12人", "2021年", "其中", "（其中", "，其中", "、"]
    words = re.findall(r"[\u4e00-\u9fff]{2,}", pattern.pattern)
    units += sorted(set(words), key=len, reverse=True)[:10]
    for a in pieces[:12]:
        for b in pieces[:12]:
            if a != b:
                units.append(a + b)
    return units


def _scan(pattern: re.Pattern, text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _worst_ratio(pattern: re.Pattern, n: int = 2_000) -> tuple[float, str]:
    worst = (0.0, "")
    for unit in _adversarial(pattern):
        small = best_time(_scan, pattern, unit * (n // len(unit)) + "\x00", runs=1, limit=2)
        if small == float("inf"):
            return small, unit  # seconds for 2,000 characters: exponential backtracking
        if small < 0.002:
            continue  # too fast to time: linear at this size anyway (4n below 8 ms)
        large = best_time(_scan, pattern, unit * (4 * n // len(unit)) + "\x00", runs=1,
                          limit=2 * LINEAR_BOUND * small + 0.1)
        worst = max(worst, (large / small, unit))
    return worst


# Patterns whose finditer over an unbounded text is super-linear: each is applied only where
# noted, to text bounded in length, so the pipeline stays linear. Listed here, reported, and
# checked on its real use by the pipeline tests above.
BOUNDED_USE = {
    "claims.EACH_SEGMENT": "fullmatch of one ；-segment after 分别是：; [^；;。]+? then $",
    # anchored: .match at one position or on one short string, never a scan of the text
    "claims.GENERIC_RATE_PREFIX": ".match on the few characters before 率 in one indicator",
    "claims.LIST_INTRO": ".match at the end of one count; its Chinese run is bounded to 16 characters",
    # searched in one part's label only (_part_name: at most the 20 characters before a number)
    "claims.BAND_BELOW": ".search in a label of at most 20 characters",
    "claims.ADDED": ".match or .search in one claim's name (its indicator), never in the text",
    "claims.BAND_BETWEEN": ".search in a label of at most 20 characters",
    "claims.BAND_ABOVE": ".search in a label of at most 20 characters",
    "claims.EACH_DUE": ".search in the 40 characters before one 各",
    "claims.DECLARED_BASE_END": ".match at the end of one count (按常住人口502160人计算), never a scan",
    "text_scan.HEADING_LEVELS[0]": ".match at the start of each line (once per line)",
    "text_scan.HEADING_LEVELS[1]": ".match at the start of each line (once per line)",
    "text_scan.HEADING_LEVELS[2]": ".match at the start of each line (once per line)",
    "text_scan.HEADING_LEVELS[3]": ".match at the start of each line (once per line)",
    "text_scan.LIST_MARKER": ".fullmatch from a line start to one closing bracket",
    # scanned only as an alternative of claim_tagger.COMBINED, where NUMBER takes the whole digit
    # run at its first position, so RATIO is tried once per run (test_100000_digits_in_a_row)
    "patterns.RATIO": "an alternative of claim_tagger.COMBINED, tried once per digit run",
}


LONG = os.environ.get("CHECK_HYPOTHESIS_PROFILE") == "long"


@pytest.mark.skipif(not LONG, reason="the sweep of every pattern runs in the long profile (CHECK_HYPOTHESIS_PROFILE=long)")
@pytest.mark.parametrize("name", sorted(set(PATTERNS) - set(BOUNDED_USE)))
def test_each_pattern_scans_in_linear_time(name):
    ratio, unit = _worst_ratio(PATTERNS[name])
    assert ratio < LINEAR_BOUND, f"{name}: time(4n)/time(n) = {ratio:.1f} on repeated {unit!r}"


def test_patterns_with_bounded_use_exist():
    # a pattern renamed or removed must leave BOUNDED_USE too, or the sweep would miss its successor
    assert set(BOUNDED_USE) <= set(PATTERNS)


@pytest.mark.parametrize("pattern,text", [
    (line_breaks.BREAK, " " * 40_000),            # spaces without a line break: tried once, not at each space
    (line_breaks.BREAK, " \n" * 20_000),
    (claims_module.TABLE_MEASURE, "（" * 40_000),  # brackets never closed
    (claims_module.CLAUSE_CUT, "，" * 40_000),
    (claim_tagger.COMBINED, "2021年" * 8_000),
    (claim_tagger.COMBINED, "1:" * 20_000),
    (claim_tagger.COMBINED, "12月" * 10_000),
], ids=lambda value: f"{len(value)} characters" if isinstance(value, str) else None)
def test_worst_cases_found_by_the_sweep(pattern, text):
    ratio, small, large = growth_ratio(lambda text: _scan(pattern, text), text[: len(text) // 4], text)
    assert ratio < LINEAR_BOUND, (text[:20], small, large)


def test_the_number_pattern_on_its_worst_cases():
    # nested optional groups and the thousands/plain-digit alternation overlap on digit runs
    for text in ["1,000" * 5_000, "1，" * 10_000, "1 . " * 10_000, "百分之" * 10_000, "１２" * 10_000,
                 "十" * 20_000, "1" * 40_000, "万" * 40_000, "1万" * 20_000, "约" * 20_000, "1\n" * 20_000]:
        ratio, small, large = growth_ratio(lambda text: _scan(patterns.NUMBER, text), text[: len(text) // 4], text)
        assert ratio < LINEAR_BOUND, (text[:20], small, large)


def test_the_ratio_test_can_fail():
    # a pattern with catastrophic backtracking is caught by the same measurement
    quadratic = re.compile(r"1*2")  # tried at every position, runs to the end each time
    small = best_time(_scan, quadratic, "1" * 2_000)
    large = best_time(_scan, quadratic, "1" * 8_000)
    assert large / small > LINEAR_BOUND
