"""SARIF 2.1.0 for code-scanning tools: one run of ``check``, every rule with its metadata, every
finding with its number's region and every evidence number as a related location.

Columns are Unicode code points (``columnKind``), as in the table and the JSON; ``charOffset``
counts code points of the decoded text after line endings are normalised to ``\\n`` (the JSON's
``start``). A .docx or PDF has no lines of its own: its findings carry the paragraph, cell or
page and line instead, as a logical location and in ``properties.location``.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path, PurePath
from urllib.parse import quote

from .json import json_number
from .places import location_of

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
RUN_LANGUAGES = {"zh": "zh-CN", "en": "en-US"}
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
FINGERPRINT = "checkFinding/v1"
WORDS = {
    "zh": {"basis": "依据", "fix": "修改建议", "reference": "规则文档", "stdin": "标准输入",
           "unreadable": "报告无法读取", "rule_error": "规则出错"},
    "en": {"basis": "Basis", "fix": "Fix", "reference": "Rule reference", "stdin": "standard input",
           "unreadable": "the report could not be read", "rule_error": "a rule broke"},
}


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("county-report-check")
    except PackageNotFoundError:  # run from a source tree that was never installed
        from .. import __version__

        return __version__


def artifact_uri(path: str) -> str | None:
    """A relative URI reference for a path given on the command line (an absolute path below the
    working folder is made relative; one elsewhere becomes a file: URI); None for standard input."""
    if path.startswith("<"):
        return None
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = Path(path).resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return Path(path).resolve().as_uri()
    return quote(pure.as_posix(), safe="/")


def rule_descriptor(rule, language: str) -> dict:
    words = WORDS[language]
    title = rule.title.get(language) or rule.title.get("en") or rule.id
    basis = (rule.basis or {}).get(language)
    fix = (rule.fix or {}).get(language)
    reference = f"docs/rules/{rule.id}.md"
    help_lines = [title + ("。" if language == "zh" else ".")]
    markdown = [f"**{title}**"]
    if basis:
        help_lines.append(f"{words['basis']}: {basis}")
        markdown.append(f"*{words['basis']}*: {basis}")
    if fix:
        help_lines.append(f"{words['fix']}: {fix}")
        markdown.append(f"*{words['fix']}*: {fix}")
    help_lines.append(f"{words['reference']}: {reference}")
    markdown.append(f"{words['reference']}: [{reference}]({reference})")
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": title},
        "fullDescription": {"text": basis or title},
        "help": {"text": "\n".join(help_lines), "markdown": "\n\n".join(markdown)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"family": rule.family, "kind": rule.kind, "severity": rule.severity,
                       "tags": list(dict.fromkeys([rule.family, rule.kind])), "documentation": reference},
    }


def _region(text: str, start: int, end: int, line: int, column: int) -> dict:
    end = max(end, start)
    line_start = text.rfind("\n", 0, end) + 1
    region = {"startLine": line, "startColumn": column,
              "endLine": line + text.count("\n", start, end), "endColumn": end - line_start + 1,
              "charOffset": start, "charLength": end - start}
    if end > start:
        region["snippet"] = {"text": text[start:end]}
    return region


def _location(result, artifact: dict, start: int, end: int, line: int, column: int, language: str) -> dict:
    """A SARIF location: a region of a text report, or the paragraph/cell/page of a document."""
    physical = {"artifactLocation": artifact}
    location = {"physicalLocation": physical}
    place = location_of(result, start)
    if place is None:
        physical["region"] = _region(result.text or "", start, end, line, column)
    else:
        location["logicalLocations"] = [{"name": place.label(language), "kind": place.place.kind}]
        location["properties"] = {"location": place.as_json()}
    return location


def _fingerprint(rule: str, uri: str, finding) -> str:
    # what the finding is about, not where: an edit above it must not change its identity
    values = [claim.text for claim in finding.evidence] or [finding.stated]
    key = "\x1f".join([rule, uri, *values])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _evidence_value(claim) -> dict:
    return {"text": claim.text, "value": json_number(claim.value), "unit": claim.unit, "indicator": claim.indicator}


def finding_result(result, finding, artifact: dict, rule_index: dict, occurrences: dict, language: str) -> dict:
    end = finding.end
    if end is None:
        anchor = next((c for c in finding.evidence if c.start == finding.start), None)
        end = anchor.end if anchor is not None else finding.start
    location = _location(result, artifact, finding.start, end, finding.line, finding.column, language)
    related = []
    for number, claim in enumerate(finding.evidence):
        where = _location(result, artifact, claim.start, claim.end, claim.line, claim.column, language)
        where["id"] = number
        where["message"] = {"text": f"{claim.indicator} {claim.text}".strip() if claim.indicator else claim.text}
        related.append(where)
    uri = artifact.get("uri") or result.path
    fingerprint = _fingerprint(finding.rule, uri, finding)
    occurrences[fingerprint] = occurrences.get(fingerprint, 0) + 1
    properties = {
        "confidence": finding.confidence, "family": finding.family, "title": finding.title,
        "severity": finding.severity, "stated": finding.stated, "computed": finding.computed,
        "expected": finding.expected, "evidence": [_evidence_value(claim) for claim in finding.evidence],
    }
    if "properties" in location:
        properties["location"] = location["properties"]["location"]
    suggestions = [s.message for s in result.suggestions
                   if finding.rule in s.resolves and any(c.start == s.claim.start for c in finding.evidence)]
    if suggestions:
        properties["suggestions"] = suggestions
    entry = {"ruleId": finding.rule}
    if finding.rule in rule_index:
        entry["ruleIndex"] = rule_index[finding.rule]
    entry.update({
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT: f"{fingerprint}:{occurrences[fingerprint]}"},
        "properties": properties,
    })
    if related:
        entry["relatedLocations"] = related
    return entry


def _artifact(result, language: str) -> tuple[dict, dict]:
    """The run's artifact entry for a report, and the artifactLocation that points at it."""
    uri = artifact_uri(result.path)
    where = {"uri": uri} if uri is not None else {"description": {"text": f"{WORDS[language]['stdin']} ({result.path})"}}
    artifact = {"location": dict(where)}
    layout = getattr(result, "layout", None)
    document_format = getattr(layout, "format", None)
    if document_format in MIME_TYPES:
        artifact["mimeType"] = MIME_TYPES[document_format]
    elif result.error is None:
        artifact["mimeType"] = "text/plain"
    if result.encoding:
        artifact["encoding"] = result.encoding
    if result.evaluated:
        artifact["properties"] = {"notCheckable": result.not_checkable}
    return artifact, where


def _notifications(result, where: dict, rule_index: dict, language: str) -> list[dict]:
    notes = []
    if result.error:
        notes.append({"level": "error", "message": {"text": result.error},
                      "descriptor": {"id": "unreadable-report"},
                      "locations": [{"physicalLocation": {"artifactLocation": where}}]})
    for problem in result.rule_errors:
        note = {"level": "error", "message": {"text": f"{result.path}: {WORDS[language]['rule_error']}: {problem}"},
                "descriptor": {"id": "rule-error"},
                "locations": [{"physicalLocation": {"artifactLocation": where}}]}
        rule_id = problem.split(":", 1)[0].strip()
        if rule_id in rule_index:
            note["associatedRule"] = {"id": rule_id, "index": rule_index[rule_id]}
        notes.append(note)
    return notes


def to_sarif(results: list, language: str = "zh", rules=()) -> str:
    rules = list(rules)
    rule_index = {rule.id: index for index, rule in enumerate(rules)}
    version = tool_version()
    artifacts, sarif_results, notifications = [], [], []
    for index, result in enumerate(results):
        artifact, where = _artifact(result, language)
        artifacts.append(artifact)
        where = {**where, "index": index}
        notifications.extend(_notifications(result, where, rule_index, language))
        occurrences: dict[str, int] = {}
        for finding in result.findings:
            sarif_results.append(finding_result(result, finding, where, rule_index, occurrences, language))
    run = {
        "tool": {"driver": {
            "name": "check",
            "fullName": "check (county-report-check)",
            "version": version,
            "semanticVersion": version,
            "language": RUN_LANGUAGES[language],
            "rules": [rule_descriptor(rule, language) for rule in rules],
        }},
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
        "language": RUN_LANGUAGES[language],
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": sarif_results,
    }
    return json.dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)
