"""Stage 8, cli: the ``check`` command.

Exit codes: 0 no finding at error severity; 1 at least one error finding; 2 a usage error, a
report that could not be read, or a rule that broke (the other reports are still checked).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .rulebase import RuleFileError, default_rules_dir, load_rulebase

REPORT_SUFFIXES = (".txt",)
EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _expand(paths: tuple[str, ...]) -> list[str]:
    """Files as given; folders walked for report files, in a stable order."""
    found = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found.extend(str(p) for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
        else:
            found.append(path)
    return found


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output: a table for people, or JSON (contract version 1) for tools.")
@click.option("--claims", "with_claims", is_flag=True, help="Also output every tagged numeric claim (JSON).")
@click.option("--lang", "language", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of messages.")
@click.option("--select", multiple=True, help="Only these rules: ids, id prefixes or families (comma-separated).")
@click.option("--ignore", multiple=True, help="Leave out these rules: ids, id prefixes or families.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra folder of rule files (repeatable).")
@click.option("--list-rules", is_flag=True, help="Print the rule table and exit.")
@click.option("--explain", metavar="RULE", help="Print one rule with its examples and exit.")
@click.option("--fix-preview", is_flag=True,
              help="Print a unified diff of the safe mechanical repairs (mojibake, bracket and digit widths) of each "
                   "report instead of checking it; never writes a file. Exit 1 if there is something to repair.")
@click.version_option(package_name="county-report-check")
def main(paths, output_format, with_claims, language, select, ignore, rule_dirs, list_rules, explain, fix_preview):
    """Check the numbers of county health-bureau reports for internal consistency.

    PATHS are report files (.txt in any encoding), folders of them, or - for standard input.
    """
    try:
        rulebase = load_rulebase([default_rules_dir(), *map(Path, rule_dirs)])
    except RuleFileError as error:
        _fail(str(error))
    unknown = rulebase.unknown_names(_split(select) + _split(ignore))
    if unknown:
        _fail(f"unknown rule or family: {', '.join(unknown)} (see check --list-rules)")
    rules = rulebase.selected(_split(select), _split(ignore))
    if list_rules:
        click.echo(_rule_table(rules, language))
        return
    if explain:
        rule = rulebase.rule(explain)
        if rule is None:
            _fail(f"unknown rule: {explain} (see check --list-rules)")
        click.echo(_explanation(rule, language))
        return
    if not paths:
        _fail("no report given (usage: check REPORT.txt ...; check --help)")
    if fix_preview:
        _fix_preview(paths)

    from .pipeline import Checker
    from .render import summary, to_json, to_table

    checker = Checker(rules, language=language)
    results = []
    for path in _expand(paths):
        if path == "-":
            result = checker.check_bytes(sys.stdin.buffer.read(), "<stdin>")
        else:
            result = checker.check_file(path)
        if result.error:
            click.echo(f"check: error: {result.error}", err=True)
        for problem in result.rule_errors:
            click.echo(f"check: rule error: {result.path}: {problem}", err=True)
        results.append(result)
    if output_format == "json":
        click.echo(to_json(results, with_claims=with_claims))
    else:
        table = to_table(results, language)
        if table:
            click.echo(table)
        click.echo(summary(results, language))
    if any(r.error or r.rule_errors for r in results):
        sys.exit(EXIT_TROUBLE)
    if any(f.severity == "error" for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def _fix_preview(paths) -> None:
    """Print what the safe repairs would change, file by file; read only."""
    from .read import ReadError, decode_report, read_report
    from .repairs import fix_preview

    trouble = changes = False
    for path in _expand(paths):
        try:
            report = decode_report(sys.stdin.buffer.read(), "<stdin>") if path == "-" else read_report(path)
        except ReadError as error:
            click.echo(f"check: error: {error}", err=True)
            trouble = True
            continue
        diff = fix_preview(report)
        if diff:
            click.echo(diff)
            changes = True
    sys.exit(EXIT_TROUBLE if trouble else EXIT_FINDINGS if changes else EXIT_CLEAN)


def _fail(message: str):
    click.echo(f"check: error: {message}", err=True)
    sys.exit(EXIT_TROUBLE)


def _rule_table(rules, language: str) -> str:
    from tabulate import tabulate

    headers = ["规则", "名称", "类别", "级别", "标题"] if language == "zh" else ["rule", "name", "family", "severity", "title"]
    rows = [[r.id, r.name, r.family, r.severity, r.title[language]] for r in rules]
    return tabulate(rows, headers=headers, tablefmt="simple")


def _explanation(rule, language: str) -> str:
    zh = language == "zh"
    lines = [f"{rule.id} ({rule.name}) — {rule.title[language]}",
             f"{'类别' if zh else 'family'}: {rule.family}    {'级别' if zh else 'severity'}: {rule.severity}    "
             f"{'类型' if zh else 'kind'}: {rule.kind}    {'容差' if zh else 'tolerance'}: {rule.tolerance:g}",
             f"{'匹配' if zh else 'matches'}: " + ", ".join(f"{k}={v}" for k, v in rule.match.items())]
    if rule.basis:
        lines.append(f"{'依据' if zh else 'basis'}: {rule.basis[language]}")
    lines.append(f"{'消息' if zh else 'message'}: {rule.message[language]}")
    if rule.fix:
        lines.append(f"{'修改' if zh else 'fix'}: {rule.fix[language]}")
    lines.append(f"{'违规示例' if zh else 'failing examples'}:")
    lines.extend(f"  ✗ {text}" for text in rule.examples["fail"])
    lines.append(f"{'合规示例' if zh else 'passing examples'}:")
    lines.extend(f"  ✓ {text}" for text in rule.examples["pass"])
    return "\n".join(lines)
