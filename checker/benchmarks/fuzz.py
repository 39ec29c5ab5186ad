"""A long fuzz of the reader, the tagger and the rules: arbitrary and report-like inputs, each
checked under a wall-clock guard.

    python -m checker.benchmarks.fuzz [--inputs N] [--seed S] [--hang-seconds T]

atheris is not installed on the project's machines, so this is hypothesis run with a large
``max_examples``: random bytes and text, report prose built from the words, numbers and marks
of county reports (其中 lists, brackets, placeholders, dates, tables), and those texts encoded
as GB18030, UTF-16 or Big5 and cut or spliced with junk. For each input it asserts what
tests/test_fuzz.py asserts (a result with findings, or one line of error naming the file; no
rule error; no exception; no hang) and prints the number of inputs tried and every failure.
The strategies are shared with tests/test_fuzz.py.
"""
from __future__ import annotations

import argparse
import signal
import sys
import time
import traceback

from hypothesis import strategies as st

# The pieces report prose is made of: enough of each kind that the tagger, the claims stage and
# every rule kind get real work (totals and their 其中 parts, rates, dates, placeholders).
WORDS = ["全县", "共有", "卫生院", "医生", "护士", "其中", "合计", "共", "累计", "分别为", "分别是", "包括",
         "男孩", "女孩", "出生", "人口", "性别比", "接种率", "管理率", "同比", "增长", "下降", "比上年",
         "上半年", "全年", "1-6月", "截至", "第一季度", "人均", "每千人口", "床位", "万元", "经费", "一是", "二是",
         "在岗职工", "乡镇卫生院", "村卫生室", "建档", "签约", "达到", "完成", "占", "以上", "约", "余", "近"]
MARKS = ["，", "。", "；", "、", "：", "（", "）", "(", ")", "“", "”", "\n", "\n\n", " ", "\t", "|", "｜", "%", "％",
         "‰", "*", "＊", "XX", "××", "□□", "＿＿", "〔2021〕9号", "一、", "（二）", "3.", "\ufffd", "\x00", "\u200b",
         "\ufeff", "\r\n", "\r", "é", "ÎÒ", "鍘垮崼"]
UNITS = ["人", "人次", "所", "家", "个", "张", "万人", "万元", "元", "%", "‰", "岁", "年", "月", "日", "例", "名", "户", "/10万"]


@st.composite
def numbers(draw) -> str:
    kind = draw(st.sampled_from(["int", "decimal", "thousands", "chinese", "wide", "date", "huge"]))
    if kind == "int":
        return str(draw(st.integers(0, 10**7)))
    if kind == "decimal":
        return f"{draw(st.integers(0, 10**5))}.{draw(st.integers(0, 999))}"
    if kind == "thousands":
        return f"{draw(st.integers(0, 10**7)):,}"
    if kind == "chinese":
        return draw(st.text(alphabet="零〇一二两三四五六七八九十百千万亿", min_size=1, max_size=8))
    if kind == "wide":
        return str(draw(st.integers(0, 10**6))).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if kind == "date":
        return f"{draw(st.integers(1900, 2100))}年{draw(st.integers(0, 13))}月{draw(st.integers(0, 32))}日"
    return str(draw(st.integers(10**20, 10**40)))


def report_texts(max_pieces: int = 120):
    """Report-like prose: words, numbers with units, marks and free characters, in any order."""
    piece = st.one_of(
        st.sampled_from(WORDS), st.sampled_from(MARKS), st.builds(lambda n, u: n + u, numbers(), st.sampled_from(UNITS)),
        numbers(), st.text(max_size=4),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "big5"]


@st.composite
def report_bytes(draw) -> bytes:
    """Report-like text as bytes in an encoding county offices use, possibly cut or spliced."""
    text = draw(report_texts())
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    damage = draw(st.sampled_from(["none", "cut", "splice", "prefix"]))
    if damage == "cut" and data:
        data = data[:draw(st.integers(0, len(data)))]
    elif damage == "splice":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=40)) + data[at:]
    elif damage == "prefix":
        data = draw(st.sampled_from([b"PK\x03\x04", b"%PDF-1.7\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf",
                                     b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"])) + data
    return data


def inputs():
    return st.one_of(st.binary(max_size=4000), report_bytes(), report_texts(400).map(lambda t: t.encode("utf-8")),
                     st.text(max_size=3000).map(lambda t: t.encode("utf-8", errors="surrogatepass")))


class Hang(Exception):
    pass


def check_one(checker, data: bytes, hang_seconds: float) -> str | None:
    """The problem with this input, or None."""
    def expired(signum, frame):
        raise Hang(f"no result after {hang_seconds} s")

    signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, hang_seconds)
    try:
        result = checker.check_bytes(data, "<fuzz>")
    except Hang as hang:
        return f"hang: {hang}"
    except Exception:  # noqa: BLE001 - every exception is the finding of this fuzz
        return "exception: " + traceback.format_exc(limit=6)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if result.error is not None and ("\n" in result.error or not result.error.startswith("<fuzz>")):
        return f"error not one line naming the file: {result.error!r}"
    if result.error is None and result.rule_errors:
        return f"rule error: {result.rule_errors}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.benchmarks.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=5000, help="how many inputs to try (default 5000)")
    parser.add_argument("--seed", type=int, default=0, help="the seed of the run (reproducible)")
    parser.add_argument("--hang-seconds", type=float, default=30.0, help="an input taking longer is a hang")
    args = parser.parse_args(argv)

    from hypothesis import HealthCheck, Phase, given, seed, settings

    from checker.pipeline import Checker
    from checker.rulebase import load_rulebase

    checker = Checker(load_rulebase().rules)
    tried, failures, slowest = 0, [], (0.0, b"")
    started = time.perf_counter()

    @seed(args.seed)
    @settings(max_examples=args.inputs, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(data=inputs())
    def fuzz(data: bytes):
        nonlocal tried, slowest
        tried += 1
        began = time.perf_counter()
        problem = check_one(checker, data, args.hang_seconds)
        took = time.perf_counter() - began
        if took > slowest[0]:
            slowest = (took, data)
        if problem:
            failures.append((data, problem))
            print(f"FAILURE {len(failures)}: {problem}\n  input: {data[:300]!r}{' …' if len(data) > 300 else ''}",
                  flush=True)
        if tried % 500 == 0:
            print(f"{tried} inputs, {len(failures)} failures, {time.perf_counter() - started:.0f} s", flush=True)

    fuzz()
    elapsed = time.perf_counter() - started
    print(f"inputs tried: {tried}; failures: {len(failures)}; {elapsed:.0f} s "
          f"({tried / max(elapsed, 1e-9):.1f} inputs/s); slowest input {slowest[0]:.2f} s ({len(slowest[1])} bytes)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
