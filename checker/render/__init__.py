"""Stage 7, render: results as a table for people and as JSON (contract version 1) for tools."""
from __future__ import annotations

import json
from decimal import Decimal

from ..claims import Claim
from ..findings import Finding
from ..pipeline import ReportResult

JSON_VERSION = 1
SEVERITY_WORDS = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
CONFIDENCE_WORDS = {"zh": {"high": "高", "medium": "中"}, "en": {"high": "high", "medium": "medium"}}
HEADERS = {
    "zh": ["位置", "级别", "规则", "说明", "把握"],
    "en": ["location", "severity", "rule", "message", "confidence"],
}


def json_number(value: Decimal | None):
    """A Decimal as a JSON number: an int when whole, else the shortest float that prints the same."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def claim_json(claim: Claim) -> dict:
    return {
        "text": claim.text, "value": json_number(claim.value), "unit": claim.unit, "kind": claim.kind,
        "indicator": claim.indicator, "canonical": claim.canonical or None, "period": claim.period, "qualifier": claim.qualifier,
        "start": claim.start, "end": claim.end, "line": claim.line, "column": claim.column,
        "low": json_number(claim.low), "high": json_number(claim.high), "section": claim.section,
    }


def evidence_json(claim: Claim) -> dict:
    return {"text": claim.text, "value": json_number(claim.value), "unit": claim.unit,
            "start": claim.start, "end": claim.end, "line": claim.line, "column": claim.column}


def finding_json(finding: Finding) -> dict:
    return {
        "rule": finding.rule, "severity": finding.severity, "message": finding.message,
        "line": finding.line, "column": finding.column,
        "evidence": [evidence_json(claim) for claim in finding.evidence],
        "family": finding.family, "title": finding.title, "confidence": finding.confidence,
        "stated": finding.stated, "computed": finding.computed, "expected": finding.expected,
    }


def to_json(results: list[ReportResult], with_claims: bool = False) -> str:
    files = []
    for result in results:
        entry = {"path": result.path, "encoding": result.encoding,
                 "findings": [finding_json(f) for f in result.findings]}
        if result.error:
            entry["error"] = result.error
        if result.rule_errors:
            entry["rule_errors"] = list(result.rule_errors)
        if result.outcomes:
            entry["not_checkable"] = result.not_checkable
        if result.suggestions:
            entry["suggestions"] = [{"message": s.message, "value": s.value, "resolves": list(s.resolves),
                                     "evidence": evidence_json(s.claim)} for s in result.suggestions]
        if with_claims:
            entry["claims"] = [claim_json(c) for c in result.claim_set.claims] if result.claim_set else []
        files.append(entry)
    return json.dumps({"version": JSON_VERSION, "files": files}, ensure_ascii=False, indent=2)


def to_table(results: list[ReportResult], language: str = "zh") -> str:
    from tabulate import tabulate

    rows = []
    for result in results:
        for finding in result.findings:
            rows.append([
                f"{result.path}:{finding.line}:{finding.column}",
                SEVERITY_WORDS[language][finding.severity],
                finding.rule,
                finding.message,
                CONFIDENCE_WORDS[language][finding.confidence],
            ])
    if not rows:
        return ""
    table = tabulate(rows, headers=HEADERS[language], tablefmt="simple", maxcolwidths=[None, None, None, 70, None])
    advice = [f"{result.path}: {('建议' if language == 'zh' else 'suggestion')}: {s.message}"
              for result in results for s in result.suggestions]
    return "\n".join([table, *advice])


def summary(results: list[ReportResult], language: str = "zh") -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for finding in result.findings:
            counts[finding.severity] += 1
    placeholders = sum(1 for r in results for f in r.findings if f.family == "placeholders")
    unreadable = sum(1 for r in results if r.error)
    checked = len(results) - unreadable
    not_checkable = sum(r.not_checkable for r in results)
    if language == "zh":
        line = (f"检查了{checked}个文件：错误{counts['error']}个，警告{counts['warning']}个，提示{counts['info']}个")
        if placeholders:
            line += f"；模板占位符尚有{placeholders}处未填写"
        if not_checkable:
            line += f"；{not_checkable}项关系暂无法核对"
        if unreadable:
            line += f"；{unreadable}个文件无法读取"
        return line + "。"
    line = (f"{checked} file{'s' if checked != 1 else ''} checked: {counts['error']} error(s), "
            f"{counts['warning']} warning(s), {counts['info']} info")
    if placeholders:
        line += f"; {placeholders} template placeholder(s) left to fill"
    if not_checkable:
        line += f"; {not_checkable} relation(s) not checkable"
    if unreadable:
        line += f"; {unreadable} file(s) could not be read"
    return line + "."
