"""Detection benchmark: plant errors that break the relations a gold file says hold, and count
how many the checker finds; count false alarms on the unmodified reports.

    python -m checker.benchmarks.detection corpora ../shared/corpora-dev

Each folder (and its subfolders) holds reports ``NAME.txt`` with a gold relation file
``NAME.relations.json`` or ``NAME.gold.json`` (the format of ``shared/corpora-dev/README.md``). For every relation that
holds, one number is changed so that it no longer does (the result by a few percent; for a
subset, a part pushed over its whole); the planted error counts as found when a finding at
error or warning severity lists the changed number among its evidence. A false alarm is an
error finding on an unmodified report whose evidence touches no number of a failing gold
relation.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import click

NUMBER_KINDS = ("sum", "subset", "rate", "ratio", "per_capita", "same_base", "order", "other")
# What the checker is meant to find today, by gold relation kind.
CHECKED_KINDS = ("sum", "subset", "rate", "ratio")
TEXT_FAMILIES = ("placeholders", "encoding", "text-integrity", "structure")


@dataclass
class Planted:
    report: str
    kind: str
    statement: str
    changed: str
    to: str
    found: bool


def gold_path(report: Path) -> Path | None:
    for suffix in (".relations.json", ".gold.json"):
        candidate = report.with_name(report.stem + suffix)
        if candidate.exists():
            return candidate
    return None


def locate(text: str, numbers: list[str]) -> list[int] | None:
    """The offset of each number of a relation: the occurrences nearest to each other."""
    occurrences = []
    for number in numbers:
        found, position = [], text.find(number)
        while position != -1:
            found.append(position)
            position = text.find(number, position + 1)
        if not found:
            return None
        # '7' in a table is the cell 7, not the 7 inside 1578: prefer whole numbers
        whole = [p for p in found if not _digit_at(text, p - 1) and not _digit_at(text, p + len(number))]
        occurrences.append(whole or found)
    anchor = min(occurrences, key=len)
    best = None
    for centre in anchor:
        chosen = [min(options, key=lambda p: abs(p - centre)) for options in occurrences]
        spread = max(chosen) - min(chosen)
        if best is None or spread < best[0]:
            best = (spread, chosen)
    return best[1]


# What follows a number inside a gold number string that names what the count is of, not the count
NAMING_NUMBER = re.compile(r"周?岁|年|月|日|毫升|[:∶]|万人口")  # (每10万人口安宁疗护床位8.6张)


def _digit_at(text: str, position: int) -> bool:
    return 0 <= position < len(text) and (text[position].isdigit() or text[position] in ".．")


def _digits(number_text: str) -> tuple[int, int] | None:
    """Where the digits of a number string are: 552.24万人次 -> (0, 6). Of several numbers, the first
    that is no age, year, month, day or volume naming what the count is of (80岁以上老年人9,614人,
    2018年99人, 400毫升的6,284人次, 每10万人口床位8.6张, 1:1.22 -> the count, the ratio's second term)."""
    runs = []
    start = 0
    while True:
        start = next((i for i in range(start, len(number_text)) if number_text[i].isdigit()), None)
        if start is None:
            break
        end = start
        while end < len(number_text) and (number_text[end].isdigit() or number_text[end] in ".,，"):
            end += 1
        while end > start and not number_text[end - 1].isdigit():
            end -= 1
        runs.append((start, end))
        start = end
    if not runs:
        return None
    return next((run for run in runs[:-1] if not NAMING_NUMBER.match(number_text, run[1])), runs[-1]) \
        if len(runs) > 1 and NAMING_NUMBER.match(number_text, runs[0][1]) else runs[0]


def _value(number_text: str) -> Decimal | None:
    """The value of a number string, its 万 and 亿 multiplied out (8.12万人 -> 81200)."""
    span = _digits(number_text)
    if span is None:
        return None
    value = Decimal(number_text[span[0]:span[1]].replace(",", "").replace("，", "").rstrip("."))
    multiplier = number_text[span[1]:span[1] + 1]
    return value * {"万": Decimal(10_000), "亿": Decimal(100_000_000)}.get(multiplier, Decimal(1))


def changed_number(number_text: str, factor: Decimal, minimum_step: bool = True) -> str | None:
    span = _digits(number_text)
    if span is None:
        return None
    a, b = span
    digits = number_text[a:b].replace(",", "").replace("，", "")
    value = Decimal(digits)
    places = len(digits.split(".")[1]) if "." in digits else 0
    step = Decimal(1).scaleb(-places)
    new = (value * factor).quantize(step, rounding=ROUND_HALF_UP)
    if minimum_step and abs(new - value) < 3 * step:
        new = value + 3 * step if factor >= 1 else value - 3 * step
    if new < 0:
        return None
    return number_text[:a] + format(new, "f") + number_text[b:]


def plant(text: str, relation: dict) -> tuple[str, int, str, str] | None:
    """The report with one number of the relation changed so that the relation fails:
    (new text, offset of the change, old number, new number)."""
    numbers = relation["numbers"]
    offsets = locate(text, numbers)
    if offsets is None:
        return None
    kind = relation["kind"]
    if kind == "subset" and len(numbers) >= 2:
        values = [_value(number) for number in numbers]
        if not values[0] or not values[1]:
            return None
        # push the first part over the whole: the whole is listed first, but in a relation that holds
        # it is also the largest (a gold file that lists the part first, 确诊9例 ≤ 接受产前诊断263人,
        # would otherwise have its whole lowered to just above the part: no error at all)
        whole_index = 0
        if relation.get("holds", True) and None not in values and values[1] > values[0]:
            whole_index = max(range(len(values)), key=lambda k: values[k])
        index = 1 if whole_index == 0 else 0
        whole_value, part_value = values[whole_index], values[index]
        factor = (whole_value * Decimal("1.1") + 1) / part_value
    else:
        index = 0
        factor = Decimal("1.05") if "100%" not in numbers[0] else Decimal("0.95")
    old = numbers[index]
    new = changed_number(old, factor)
    if new is None or new == old:
        return None
    at = offsets[index]
    # the offset of the changed digits: a gold string may start with words (参保率100%, 共有14家),
    # and the finding's evidence is the number, not its words
    digits_at = at + ((_digits(old) or (0,))[0])
    return text[:at] + new + text[at + len(old):], digits_at, old, new


def run(folders: list[Path], kinds: tuple[str, ...]) -> dict:
    from ..pipeline import Checker
    from ..read import ReportText
    from ..rulebase import load_rulebase

    checker = Checker(load_rulebase().rules)
    planted: list[Planted] = []
    false_alarms: list[str] = []
    reports = 0
    for folder in folders:
        # (subfolders too: `corpora` holds reports/ with gold files and seeds/ without)
        for report in sorted(Path(folder).rglob("*.txt")):
            gold_file = gold_path(report)
            if gold_file is None:
                continue
            try:
                text = report.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                click.echo(f"{report}: skipped, not readable as UTF-8 ({error.__class__.__name__})", err=True)
                continue
            reports += 1
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            relations = gold.get("relations", [])
            failing_offsets = set()
            for relation in relations:
                if not relation.get("holds", True):
                    offsets = locate(text, relation["numbers"]) or []
                    for number, at in zip(relation["numbers"], offsets):
                        failing_offsets.update(range(at, at + len(number)))
            baseline = checker.check_report(ReportText(str(report), text, "utf-8"))
            for finding in baseline.findings:
                if finding.severity != "error" or finding.family in TEXT_FAMILIES:
                    continue  # gold relations speak of numbers; lints are measured elsewhere
                if not any(c.start in failing_offsets or c.end - 1 in failing_offsets for c in finding.evidence):
                    false_alarms.append(f"{report.name}:{finding.line}:{finding.column} {finding.rule} {finding.message}")
            for relation in relations:
                if not relation.get("holds", True) or relation["kind"] not in kinds:
                    continue
                planting = plant(text, relation)
                if planting is None:
                    continue
                mutated, at, old, new = planting
                result = checker.check_report(ReportText(str(report), mutated, "utf-8"))
                found = any(f.severity in ("error", "warning") and any(c.start <= at < c.end for c in f.evidence)
                            for f in result.findings)
                planted.append(Planted(report.name, relation["kind"], relation.get("statement", ""), old, new, found))
    return {"reports": reports, "planted": planted, "false_alarms": false_alarms}


@click.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--kinds", default=",".join(CHECKED_KINDS), show_default=True,
              help="Gold relation kinds to plant errors in (comma-separated; 'all' for every kind).")
@click.option("--misses", is_flag=True, help="List every planted error that was not found.")
def main(folders, kinds, misses):
    """Recall of planted errors and false alarms over folders of reports with gold relations."""
    chosen = NUMBER_KINDS if kinds == "all" else tuple(k.strip() for k in kinds.split(","))
    outcome = run([Path(f) for f in folders], chosen)
    planted = outcome["planted"]
    if not outcome["reports"]:
        click.echo(f"{', '.join(folders)}: no report with a gold relation file (NAME.relations.json or "
                   "NAME.gold.json beside NAME.txt)", err=True)
        sys.exit(2)
    found = sum(p.found for p in planted)
    click.echo(f"reports: {outcome['reports']}")
    by_kind: dict[str, list[Planted]] = {}
    for p in planted:
        by_kind.setdefault(p.kind, []).append(p)
    for kind, items in sorted(by_kind.items()):
        click.echo(f"  {kind:10} planted {len(items):4}  found {sum(i.found for i in items):4}  "
                   f"recall {sum(i.found for i in items) / len(items):.2f}")
    recall = found / len(planted) if planted else 0.0
    click.echo(f"recall: {found}/{len(planted)} = {recall:.3f}")
    click.echo(f"false alarms: {len(outcome['false_alarms'])}")
    for alarm in outcome["false_alarms"]:
        click.echo(f"  {alarm}")
    if misses:
        for p in planted:
            if not p.found:
                click.echo(f"  missed {p.report} [{p.kind}] {p.changed} -> {p.to}: {p.statement}")
    sys.exit(0)


if __name__ == "__main__":
    main()
