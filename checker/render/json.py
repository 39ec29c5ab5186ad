"""JSON for tools, contract version 1 (docs/json.md): later versions only add fields."""
from __future__ import annotations

import json
from decimal import Decimal

from ..claims import Claim
from ..findings import Finding
from .places import location_of

JSON_VERSION = 1


def json_number(value: Decimal | None):
    """A Decimal as a JSON number: an int when whole, else the shortest float that prints the same."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _with_location(entry: dict, result, offset: int | None) -> dict:
    # only .docx and PDF reports get "location"; "line"/"column" stay as they are for every report
    location = location_of(result, offset)
    if location is not None:
        entry["location"] = location.as_json()
    return entry


def claim_json(claim: Claim, result=None) -> dict:
    return _with_location({
        "text": claim.text, "value": json_number(claim.value), "unit": claim.unit, "kind": claim.kind,
        "indicator": claim.indicator, "canonical": claim.canonical or None, "period": claim.period, "qualifier": claim.qualifier,
        "start": claim.start, "end": claim.end, "line": claim.line, "column": claim.column,
        "low": json_number(claim.low), "high": json_number(claim.high), "section": claim.section,
    }, result, claim.start)


def evidence_json(claim: Claim, result=None) -> dict:
    return _with_location({"text": claim.text, "value": json_number(claim.value), "unit": claim.unit,
                           "start": claim.start, "end": claim.end, "line": claim.line, "column": claim.column},
                          result, claim.start)


def finding_json(finding: Finding, result=None) -> dict:
    return _with_location({
        "rule": finding.rule, "severity": finding.severity, "message": finding.message,
        "line": finding.line, "column": finding.column,
        "evidence": [evidence_json(claim, result) for claim in finding.evidence],
        "family": finding.family, "title": finding.title, "confidence": finding.confidence,
        "stated": finding.stated, "computed": finding.computed, "expected": finding.expected,
    }, result, finding.start)


def to_json(results: list, with_claims: bool = False) -> str:
    files = []
    for result in results:
        entry = {"path": result.path, "encoding": result.encoding,
                 "findings": [finding_json(f, result) for f in result.findings]}
        if result.error:
            entry["error"] = result.error
        if result.rule_errors:
            entry["rule_errors"] = list(result.rule_errors)
        if result.evaluated:
            entry["not_checkable"] = result.not_checkable
        if result.suggestions:
            entry["suggestions"] = [{"message": s.message, "value": s.value, "resolves": list(s.resolves),
                                     "evidence": evidence_json(s.claim, result)} for s in result.suggestions]
        if with_claims:
            entry["claims"] = [claim_json(c, result) for c in result.claim_set.claims] if result.claim_set else []
        files.append(entry)
    return json.dumps({"version": JSON_VERSION, "files": files}, ensure_ascii=False, indent=2)
