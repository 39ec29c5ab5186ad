"""Property-based tests over synthetic reports (checker/benchmarks/synthetic.py):
- a consistent report, in any notation, gives no error and no warning;
- one number changed so that a stated relation breaks is found, with that number as evidence;
- the same report in every notation gives the same findings.
CHECK_HYPOTHESIS_PROFILE=long runs thousands of examples."""
from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.benchmarks.synthetic import NOTATIONS, break_relation, synthetic_report
from checker.read import ReportText

settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("CHECK_HYPOTHESIS_PROFILE", "default"))

seeds = st.integers(min_value=0, max_value=2**32 - 1)


def check(checker, text):
    return checker.check_report(ReportText(path="<synthetic>", text=text, encoding="utf-8"))


@given(seed=seeds, notation=st.sampled_from(NOTATIONS))
def test_consistent_report_gives_no_error(checker, seed, notation):
    report = synthetic_report(seed, notation)
    result = check(checker, report.text)
    assert [f"{f.rule} {f.message}" for f in result.findings if f.severity in ("error", "warning")] == [], report.text


@given(seed=seeds, notation=st.sampled_from(NOTATIONS), choice=st.integers(min_value=0, max_value=10**6))
def test_a_broken_relation_is_found_with_the_changed_number(checker, seed, notation, choice):
    report = synthetic_report(seed, notation)
    rng = random.Random(choice)
    relation = report.relations[choice % len(report.relations)]
    text, changed = break_relation(report, relation, rng)
    result = check(checker, text)
    found = [f for f in result.findings if f.severity in ("error", "warning")
             and any(c.start <= changed.start < c.end for c in f.evidence)]
    assert found, f"{relation.kind}: {changed.text!r} at {changed.start} not found in\n{text}\n" \
                  f"findings: {[f.message for f in result.findings]}"


@given(seed=seeds)
def test_every_notation_gives_the_same_findings(checker, seed):
    outcomes = set()
    for notation in NOTATIONS:
        report = synthetic_report(seed, notation)
        relation = report.relations[0]
        text, _ = break_relation(report, relation, random.Random(seed))
        result = check(checker, text)
        outcomes.add(tuple(sorted((f.rule, f.severity) for f in result.findings)))
    assert len(outcomes) == 1, outcomes


def test_regression_a_share_printed_100_point_0_is_a_rounding(checker):
    # found by the long profile (seed 9869288): 18893/18897 = 99.98% is printed 100.0%
    result = check(checker, "全年共审核18897人，其中符合政策考生18893人，占100.0%。")
    assert result.findings == []
    # while a bare 100% says all: 18893 of 18897 is not all
    result = check(checker, "全年共审核18897人，其中符合政策考生18893人，占100%。")
    assert [f.rule for f in result.findings] == ["RATE001"]
