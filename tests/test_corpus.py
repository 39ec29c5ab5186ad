"""The corpus: every report in corpora/reports and corpora/seeds with a hand-written
NAME.expected.json gives exactly the expected findings of the rule families the rule base has (no
miss), and no finding at error or warning severity that the sidecar does not expect (nothing
invented; info-level notes, such as one full-width digit, may stay unlisted)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.benchmarks.detection import locate
from checker.rulebase import load_rulebase

CORPORA = Path(__file__).parents[1] / "corpora"
CASES = sorted(p for folder in ("reports", "seeds") for p in (CORPORA / folder).glob("*.txt")
               if p.with_name(p.stem + ".expected.json").exists())
FAMILIES = {family.name for family in load_rulebase().families}
# Findings at these severities must each be explained by an item of the sidecar.
MUST_BE_EXPECTED = ("error", "warning")


def expected_of(report: Path) -> list[dict]:
    return json.loads(report.with_name(report.stem + ".expected.json").read_text(encoding="utf-8"))["findings"]


def spans_of(text: str, numbers: list[str]) -> list[tuple[int, int]]:
    offsets = locate(text, numbers)
    assert offsets is not None, f"the sidecar names numbers not in the report: {numbers}"
    return [(at, at + len(number)) for at, number in zip(offsets, numbers)]


def touches(finding, spans) -> bool:
    if not finding.evidence:  # an observation of the text (encoding, structure...): its own span
        return any(finding.start < end and start < finding.end for start, end in spans)
    return any(c.start < end and start < c.end for c in finding.evidence for start, end in spans)


def names_all(finding, numbers, spans) -> bool:
    if not finding.evidence:
        return all(touches(finding, [span]) for span in spans)
    return all(any(c.text == number for c in finding.evidence) for number in numbers)


def _explain(item: dict, findings: list, text: str) -> list:
    """The findings an item of the sidecar expects; fails when they are not all there."""
    if "occurrences" in item:
        # a template's placeholder written the same way many times (*家 ×14): one finding for each,
        # the count taken by hand from the text
        number = item["numbers"][0]
        hits = [f for f in findings if f.family == item["family"] and any(c.text == number for c in f.evidence)]
        assert len(hits) == item["occurrences"], \
            f"{item['family']} {number}: {len(hits)} findings, {item['occurrences']} expected"
        return hits
    spans = spans_of(text, item["numbers"])
    hits = [f for f in findings if f.family == item["family"] and touches(f, spans[:1] if
            item["family"] == "placeholders" else spans)]
    assert hits, f"missed {item['family']} {item['numbers']}: {item.get('why', '')}"
    # a finding lists every number the sidecar names as evidence (by text: a sidecar's later
    # numbers may occur more than once)
    assert any(names_all(f, item["numbers"], spans) for f in hits), \
        f"{item['numbers']} not all among the evidence of {[f.message for f in hits]}"
    return hits


@pytest.mark.parametrize("report", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_corpus_report_gives_its_expected_findings(checker, report):
    result = checker.check_file(report)
    assert result.error is None
    text = result.text  # as read: a garbled region is repaired in place, and the sidecar names the repaired text
    explained, spans = set(), []
    for item in expected_of(report):
        if item["family"] in FAMILIES:
            explained.update(id(f) for f in _explain(item, result.findings, text))
            if "occurrences" not in item:
                spans.extend(spans_of(text, item["numbers"]))
    # An error must be one the sidecar expects; a warning may also be an expected error seen from
    # another side (签约率 against 常住人口 where the sidecar expects the two rates' populations to
    # disagree): it then points at the numbers of an expected finding.
    unexpected = [f"{f.line}:{f.column} {f.rule} {f.severity} {f.message}" for f in result.findings
                  if f.severity in MUST_BE_EXPECTED and id(f) not in explained
                  and not (f.severity == "warning" and touches(f, spans))]
    assert unexpected == []


def test_the_corpus_has_consistent_and_inconsistent_reports():
    kinds = {bool(expected_of(p)) for p in CASES}
    assert len(CASES) >= 3 and kinds == {True, False}


def test_the_seeds_are_in_the_corpus():
    assert {p.stem for p in CASES if p.parent.name == "seeds"} == {p.stem for p in (CORPORA / "seeds").glob("*.txt")}


def test_every_rule_family_is_shown_on_at_least_two_reports():
    """Each family's findings are expected (and, by the test above, found) in two or more corpus
    reports written in different phrasing."""
    reports_of: dict[str, set[str]] = {}
    for report in CASES:
        for item in expected_of(report):
            reports_of.setdefault(item["family"], set()).add(report.stem)
    thin = {family: sorted(reports_of.get(family, ())) for family in FAMILIES if len(reports_of.get(family, ())) < 2}
    assert thin == {}
