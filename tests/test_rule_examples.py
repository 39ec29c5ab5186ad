"""Every rule's examples, run through the whole pipeline: each failing snippet must produce a
finding of that rule, each passing snippet none (the near-miss is tested as carefully as the hit).

Snippets go in as bytes, through the read stage, so that the examples of the encoding rules
(mojibake repaired in place) run exactly as a report file would."""
from __future__ import annotations

import pytest

from checker.rulebase import load_rulebase

RULES = load_rulebase().rules
BY_ID = {rule.id: rule for rule in RULES}
FAIL_CASES = [(rule.id, text) for rule in RULES for text in rule.examples["fail"]]
PASS_CASES = [(rule.id, text) for rule in RULES for text in rule.examples["pass"]]


@pytest.fixture(scope="module")
def check_snippet(checker):
    def run(text: str):
        result = checker.check_bytes(text.encode("utf-8"), "<snippet>")
        assert result.error is None, result.error
        return result
    return run


@pytest.mark.parametrize("rule_id,text", FAIL_CASES, ids=[f"{r}-fail{i}" for i, (r, _) in enumerate(FAIL_CASES)])
def test_failing_example_is_found(check_snippet, rule_id, text):
    result = check_snippet(text)
    hits = [f for f in result.findings if f.rule == rule_id]
    assert hits, f"{rule_id} missed its failing example: {text}\nfound: {[f.rule for f in result.findings]}"
    for finding in hits:
        if BY_ID[rule_id].kind == "text":
            # an observation of the text points at what it is about, in the text as read
            assert 0 <= finding.start < finding.end <= len(result.text)
            continue
        assert finding.evidence, "a finding lists the numbers it involves"
        for claim in finding.evidence:
            assert result.text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize("rule_id,text", PASS_CASES, ids=[f"{r}-pass{i}" for i, (r, _) in enumerate(PASS_CASES)])
def test_passing_example_is_clean(check_snippet, rule_id, text):
    result = check_snippet(text)
    assert [f.rule for f in result.findings if f.rule == rule_id] == []
    assert not result.rule_errors


def test_every_rule_has_a_hit_and_a_near_miss():
    for rule in RULES:
        assert rule.examples["fail"] and rule.examples["pass"], rule.id
