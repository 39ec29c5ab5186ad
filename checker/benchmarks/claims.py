"""Claim-tagging benchmark: how well the nlp stage reads the numbers of annotated reports.

    python -m checker.benchmarks.claims corpora/reports
    python -m checker.benchmarks.claims --relations ../shared/corpora-dev

Over reports with a hand-made ``NAME.claims.json`` (format in corpora/README.md) it prints
precision and recall of (value, unit, kind), and the accuracy of indicator and period
attachment on the claims found (a table cell's indicator is right when its row label or a row of
its column header names the gold indicator). With ``--relations`` it reads gold relation files
(``NAME.relations.json`` / ``NAME.gold.json``) instead and prints the share of the numbers
they name that are tagged with the right value and unit.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import click

DATE_KINDS = ("date", "period", "year")
# Kinds that name the same reading in the gold files and the tagger.
KIND_ALIASES = {"invalid-date": "date", "placeholder": "placeholder"}


def _occurrence_offset(text: str, needle: str, occurrence: int) -> int | None:
    position = -1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        if position == -1:
            return None
    return position


def _value(raw) -> Decimal | None:
    if raw in (None, ""):
        return None
    try:
        return Decimal(str(raw))
    except InvalidOperation:
        return None


def _same_value(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b


def _indicator_matches(found: str, gold: str) -> bool:
    """Attachment is right when the tagger's phrase names the gold indicator: one contains the other."""
    if not gold:
        return True
    found, gold = _comparable(found or ""), _comparable(gold)
    return bool(found) and (gold in found or found in gold)


def _comparable(phrase: str) -> str:
    """A phrase in simplified characters without spaces or quotation marks: the tagger names
    indicators in the simplified reading (so that the lexicon finds them) and drops quotes."""
    from ..nlp.script import simplified_reading

    return simplified_reading(re.sub(r"[\s“”\"‘’「」]", "", phrase))


def _period_matches(found: str | None, gold: str | None) -> bool:
    if not gold:
        return not found or True  # a period the gold does not state is not counted against the tagger
    return bool(found) and (gold in found or found in gold)


def score_claims(folder: Path) -> dict:
    from ..nlp import tag_report

    totals = {"gold": 0, "found": 0, "matched": 0, "indicator_total": 0, "indicator_right": 0,
              "period_total": 0, "period_right": 0, "reports": 0}
    misses, extras, wrong_indicators = [], [], []
    for gold_file in sorted(Path(folder).glob("*.claims.json")):
        report = gold_file.with_name(gold_file.name.replace(".claims.json", ".txt"))
        if not report.exists():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8")).get("claims", [])
        if not gold:
            continue
        totals["reports"] += 1
        text = report.read_text(encoding="utf-8")
        doc = tag_report(text)
        tagged = {}
        for span in doc.spans["numeric_claims"]:
            number = span._.number
            if number.kind.startswith("placeholder"):
                continue
            tagged[number.start] = (number, span._.context)
        expected = {}
        for item in gold:
            at = _occurrence_offset(text, item["text"], item.get("occurrence", 1))
            if at is not None:
                expected[at] = item
        totals["gold"] += len(expected)
        totals["found"] += len(tagged)
        used = set()
        for at, item in expected.items():
            # the tagger's span may start at a qualifier (约) or end after 以上: match by overlap
            candidates = [s for s in tagged if s not in used and s < at + len(item["text"]) and at < tagged[s][0].end]
            hit = None
            for start in candidates:
                number, _ = tagged[start]
                kind = KIND_ALIASES.get(number.kind, number.kind)
                gold_kind = item.get("kind")
                value_ok = gold_kind in DATE_KINDS or _same_value(number.value, _value(item.get("value")))
                unit_ok = gold_kind in DATE_KINDS or (number.unit or "") == (item.get("unit") or "")
                kind_ok = kind == gold_kind or (gold_kind in DATE_KINDS and kind in DATE_KINDS)
                if value_ok and unit_ok and kind_ok:
                    hit = start
                    break
            if hit is None:
                misses.append(f"{report.name}: {item['text']} ({item.get('kind')}, {item.get('value')}, {item.get('unit')})"
                              + (f" tagged as {[(tagged[s][0].text, tagged[s][0].kind, str(tagged[s][0].value), tagged[s][0].unit) for s in candidates]}" if candidates else ""))
                continue
            used.add(hit)
            totals["matched"] += 1
            number, context = tagged[hit]
            if item.get("kind") not in DATE_KINDS:
                totals["indicator_total"] += 1
                # a table cell counts what its row and its column name: either may be the gold's
                if any(_indicator_matches(name, item.get("indicator", "")) for name in (context.indicator, *context.column)):
                    totals["indicator_right"] += 1
                else:
                    wrong_indicators.append(f"{report.name}: {item['text']} gold {item.get('indicator')!r} found {context.indicator!r}")
                if item.get("period"):
                    totals["period_total"] += 1
                    if _period_matches(context.period, item.get("period")):
                        totals["period_right"] += 1
        for start, (number, _) in tagged.items():
            if start not in used:
                extras.append(f"{report.name}: {number.text} ({number.kind}, {number.value}, {number.unit})")
    return {"totals": totals, "misses": misses, "extras": extras, "wrong_indicators": wrong_indicators}


def score_relation_numbers(folder: Path) -> dict:
    """Share of the numbers named in gold relations that are tagged with the right value and unit."""
    from ..nlp import tag_report
    from .detection import gold_path, locate

    named, right, misses = 0, 0, []
    for report in sorted(Path(folder).glob("*.txt")):
        gold_file = gold_path(report)
        if gold_file is None:
            continue
        text = report.read_text(encoding="utf-8")
        doc = tag_report(text)
        tagged = {span._.number.start: span._.number for span in doc.spans["numeric_claims"]}
        seen = set()
        for relation in json.loads(gold_file.read_text(encoding="utf-8")).get("relations", []):
            offsets = locate(text, relation["numbers"]) or []
            for number_text, at in zip(relation["numbers"], offsets):
                if (at, number_text) in seen:
                    continue
                seen.add((at, number_text))
                digits = re.search(r"[0-9０-９.．,，]+", number_text)
                if digits is None:
                    continue
                named += 1
                hits = [n for s, n in tagged.items() if s < at + len(number_text) and at < n.end]
                expected_digits = digits.group().replace(",", "").replace("，", "")
                if any(_printed_digits(n.text) == expected_digits or (n.value is None and n.start <= at and at + len(number_text) <= n.end)
                       for n in hits):
                    right += 1
                else:
                    misses.append(f"{report.name}: {number_text!r} tagged as {[n.text for n in hits]}")
    return {"named": named, "right": right, "misses": misses}


def _printed_digits(text: str) -> str:
    match = re.search(r"[0-9０-９][0-9０-９.．,，]*", text)
    return match.group().replace(",", "").replace("，", "").rstrip(".．") if match else ""


@click.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--relations", "relation_folders", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Also score the numbers named in the gold relation files of this folder (repeatable).")
@click.option("--details", is_flag=True, help="List misses, extra tags and wrong indicators.")
def main(folders, relation_folders, details):
    """Precision and recall of claim tagging over folders of annotated reports."""
    for folder in folders:
        outcome = score_claims(Path(folder))
        t = outcome["totals"]
        precision = t["matched"] / t["found"] if t["found"] else 0.0
        recall = t["matched"] / t["gold"] if t["gold"] else 0.0
        indicator = t["indicator_right"] / t["indicator_total"] if t["indicator_total"] else 0.0
        period = t["period_right"] / t["period_total"] if t["period_total"] else 0.0
        click.echo(f"{folder}: {t['reports']} annotated reports, {t['gold']} gold claims, {t['found']} tagged")
        click.echo(f"  precision (value, unit, kind): {precision:.3f}")
        click.echo(f"  recall    (value, unit, kind): {recall:.3f}")
        click.echo(f"  indicator attachment: {indicator:.3f} ({t['indicator_right']}/{t['indicator_total']})")
        click.echo(f"  period attachment:    {period:.3f} ({t['period_right']}/{t['period_total']})")
        if details:
            for label in ("misses", "extras", "wrong_indicators"):
                for line in outcome[label]:
                    click.echo(f"  {label[:-1] if label != 'misses' else 'miss'}: {line}")
    for folder in relation_folders:
        outcome = score_relation_numbers(Path(folder))
        share = outcome["right"] / outcome["named"] if outcome["named"] else 0.0
        click.echo(f"{folder}: numbers named in gold relations tagged with the right value: "
                   f"{share:.3f} ({outcome['right']}/{outcome['named']})")
        if details:
            for line in outcome["misses"]:
                click.echo(f"  miss: {line}")


if __name__ == "__main__":
    main()
