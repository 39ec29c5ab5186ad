"""The table for people: one row per finding, and a summary line of counts."""
from __future__ import annotations

from .places import place_label

SEVERITY_WORDS = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
CONFIDENCE_WORDS = {"zh": {"high": "高", "medium": "中"}, "en": {"high": "high", "medium": "medium"}}
HEADERS = {
    "zh": ["位置", "级别", "规则", "说明", "把握"],
    "en": ["location", "severity", "rule", "message", "confidence"],
}


def to_table(results: list, language: str = "zh") -> str:
    from tabulate import tabulate

    rows = []
    for result in results:
        for finding in result.findings:
            rows.append([
                f"{result.path}:{place_label(result, finding.line, finding.column, finding.start, language)}",
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


def severity_counts(result) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in result.findings:
        counts[finding.severity] += 1
    return counts


def summary(results: list, language: str = "zh") -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for severity, count in severity_counts(result).items():
            counts[severity] += count
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
