"""Stage 6, findings: the arithmetic of each matched relation, evaluated on intervals.

Each rule kind is implemented once here. A stated number is an interval (its printed precision
and its qualifier), so rounding alone never fails a rule. The outcome of a rule on a relation is
``pass``, ``fail``, ``not-checkable`` (a number is missing or unbounded where it matters) or
``rule-error`` (the rule itself broke), as in official statistics' validation practice.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from .claims import FROM_TO, OVER_PREVIOUS, RATE_SCALES, Claim, ClaimSet, Relation
from .engine import RuleMatch
from .rulebase import Rule


@dataclass(frozen=True)
class Finding:
    rule: str
    family: str
    severity: str
    confidence: str
    title: str
    message: str
    line: int
    column: int
    start: int
    evidence: tuple[Claim, ...]
    stated: str
    computed: str
    expected: str
    end: int | None = None      # end of what the finding points at (the number, or the observed text)


@dataclass(frozen=True)
class Outcome:
    rule: str
    relation: int
    status: str                 # pass, fail, not-checkable, rule-error
    finding: Finding | None = None
    problem: str | None = None


def evaluate(matches: list[RuleMatch], rules: dict[str, Rule], claim_set: ClaimSet, language: str = "zh",
             report=None) -> list[Outcome]:
    """``report`` (a ``pipeline.ReportResult``: its ``text`` and ``location(offset)``) lets the
    messages of a .docx or PDF name the paragraph, table cell or page and line the reader sees,
    where a text report's messages name its lines."""
    places = ReportPlaces(report, language)
    outcomes = []
    for match in matches:
        rule = rules[match.rule_id]
        try:
            if match.subject == "observation":
                outcomes.append(_observed(rule, claim_set.observations[match.subject_id], claim_set, language, places))
            else:
                relation = claim_set.relations[match.subject_id]
                check = _KIND_CHECKS[rule.kind]
                outcomes.append(check(rule, relation, claim_set, language, places) if rule.kind in NAMES_PLACES
                                else check(rule, relation, claim_set, language))
        except Exception as error:  # noqa: BLE001 - a rule that breaks is reported as such, never a crash
            outcomes.append(Outcome(rule.id, match.subject_id, "rule-error", problem=f"{type(error).__name__}: {error}"))
    return outcomes


def _observed(rule: Rule, observation, claim_set: ClaimSet, language: str, places: ReportPlaces | None = None) -> Outcome:
    """Kinds over observations (placeholder, ...): the observation is the finding."""
    places = places or ReportPlaces(None, language)
    fields = {"text": observation.text, **dict(observation.fields)}
    if observation.kind == "outside-period":
        fields["period"] = _reporting_period(fields, language)
    template = places.line_template(rule.message[language], fields, observation)
    ids = ((observation.claim_id,) if observation.claim_id is not None else ()) + tuple(observation.related_ids)
    evidence = tuple(claim_set.claim(i) for i in ids)
    finding = Finding(
        rule=rule.id, family=rule.family, severity=rule.severity, confidence="high", title=rule.title[language],
        message=places.sentence(template, fields), line=observation.line, column=observation.column,
        start=observation.start, evidence=evidence, stated=observation.text, computed="",
        expected=fields.get("stands_for") or fields.get("expected") or fields.get("repaired", ""), end=observation.end,
    )
    return Outcome(rule.id, observation.id, "fail", finding=finding)


# -- the kinds -----------------------------------------------------------------------------------
def _parts_sum(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    total = claim_set.claim(relation.result)
    parts = [claim_set.claim(i) for i in relation.operands]
    low = _sum(p.low for p in parts)
    high = _sum(p.high for p in parts)
    tolerance = Decimal(str(rule.tolerance))
    direction = rule.check.get("direction", "above")
    above = low is not None and total.high is not None and low > total.high + tolerance
    below = high is not None and total.low is not None and high < total.low - tolerance
    checkable = {"above": low is not None and total.high is not None,
                 "below": high is not None and total.low is not None}
    if direction == "both":
        checkable["both"] = checkable["above"] or checkable["below"]
    if not checkable[direction]:
        return Outcome(rule.id, relation.id, "not-checkable")
    failed = {"above": above, "below": below, "both": above or below}[direction]
    relation_sign = ">" if above else "<"
    computed = _sum(p.value for p in parts)
    if failed and "shortfall-at-most" in rule.check:
        # a list not known to be complete may leave parts out; only a list that misses just a
        # sliver of its total (two parts at least) reads as complete with one number wrong
        shortfall = Decimal(str(rule.check["shortfall-at-most"]))
        # (of a small count, a few units: 哨点医院8家，其中县级医院2家、中心卫生院3家)
        units = Decimal(str(rule.check.get("shortfall-units-at-most", 0))) if total.kind == "count" else Decimal(0)
        failed = len(parts) >= 2 and computed is not None and total.value > 0 \
            and total.value - computed <= max(shortfall * total.value, units)
    if not failed:
        return Outcome(rule.id, relation.id, "pass")
    scale, unit = _common_scale([total] + parts)
    fields = {
        "parts": "+".join(_show(p.value / scale) for p in parts),
        "computed": _show(computed / scale),
        "stated": _show(total.value / scale),
        "difference": _show(abs(computed - total.value) / scale) + unit,
        "total": total.indicator or total.text,
        "expected": _show(computed),
        "coverage": f"{(computed / total.value * 100).quantize(Decimal('0.1'))}%" if total.value else "",
    }
    fields["arithmetic"] = f"{fields['parts']} = {fields['computed']} {relation_sign} {fields['stated']}"
    if "shortfall-at-most" in rule.check:
        relation = replace(relation, confidence="medium")  # that the list is complete is our reading
    return _fail(rule, relation, [total] + parts, fields, language, anchor=total)


# 元 read for 万元 and back, 万元 for 亿元 and back: the factors a unit slip multiplies an amount by
UNIT_SLIPS = ((Decimal(10_000), "万元"), (Decimal(1) / Decimal(10_000), "元"))


def _unit_slip(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """支出救助资金2376.5万元，其中住院救助2108.3万元、门诊救助268.2元: the parts fall short, and 268.2元
    read as 268.2万元 makes them add up exactly: the one amount whose unit slipped."""
    total = claim_set.claim(relation.result)
    parts = [claim_set.claim(i) for i in relation.operands]
    if total.unit_group != "money" or any(p.unit_group != "money" for p in parts) or len(parts) < 2:
        return Outcome(rule.id, relation.id, "pass")  # no amounts of money: no unit to slip
    if total.low is None or any(p.low is None for p in parts):
        return Outcome(rule.id, relation.id, "not-checkable")
    low, high = _sum(p.low for p in parts), _sum(p.high for p in parts)
    if high >= total.low and low <= total.high:
        return Outcome(rule.id, relation.id, "pass")
    slipped = []
    for part in parts:
        for factor, _ in UNIT_SLIPS:
            if part.unit not in ("元", "万元", "亿元") or (part.unit == "元") != (factor > 1):
                continue  # 元 may be meant as 万元; 万元 or 亿元 as 元 or 万元
            moved_low = low - part.low + part.low * factor
            moved_high = high - part.high + part.high * factor
            if moved_high >= total.low and moved_low <= total.high:
                slipped.append((part, factor))
    if len(slipped) != 1:
        return Outcome(rule.id, relation.id, "pass")  # none, or which one is a guess: the sum rules speak
    part, factor = slipped[0]
    corrected = part.value * factor
    scale, unit = _common_scale([total] + [p for p in parts if p is not part])
    shown = [_show((corrected if p is part else p.value) / scale) for p in parts]
    fields = {"part": part.text, "slipped": part.text,
              "corrected": f"{_show(corrected / scale)}{unit}" if unit else _show(corrected),
              "total": total.indicator or total.text, "stated": total.text,
              "arithmetic": f"{'+'.join(shown)} = {_show(total.value / scale)}"}
    return _fail(rule, relation, [part, total] + [p for p in parts if p is not part], fields, language, anchor=part)


def _subset(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    whole = claim_set.claim(relation.result)
    parts = [claim_set.claim(i) for i in relation.operands]
    low = _sum(p.low for p in parts)
    if low is None or whole.high is None:
        return Outcome(rule.id, relation.id, "not-checkable")
    if low <= whole.high + Decimal(str(rule.tolerance)):
        return Outcome(rule.id, relation.id, "pass")
    computed = _sum(p.value for p in parts)
    fields = {
        "part": "+".join(_show(p.value) for p in parts),
        "whole": _show(whole.value),
        "computed": _show(computed),
        "stated": _show(whole.value),
        "difference": _show(computed - whole.value),
        "expected": f"≤ {_show(whole.value)}",
    }
    joined = fields["part"] if len(parts) == 1 else f"{fields['part']} = {fields['computed']}"
    fields["arithmetic"] = f"{joined} > {fields['whole']}"
    return _fail(rule, relation, [whole] + parts, fields, language, anchor=parts[0])


def _quotient(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """rate and ratio: stated ≈ numerator / base × scale."""
    stated = claim_set.claim(relation.result)
    numerator, base = (claim_set.claim(i) for i in relation.operands)
    scale = _scale(rule, relation, stated)
    if None in (numerator.low, numerator.high, base.low, base.high, stated.low, stated.high) or base.low <= 0:
        return Outcome(rule.id, relation.id, "not-checkable")
    complement = relation.kind == "complement-rate"  # 县域内就诊率: what is left of the base, not the part
    times = Decimal(relation.base_times)  # 病床使用率: over the beds × the period's days
    with localcontext() as context:
        context.prec = 28
        low = numerator.low / (base.high * times) * scale
        high = numerator.high / (base.low * times) * scale
        exact = numerator.value / (base.value * times) * scale
        if complement:
            low, high, exact = scale - high, scale - low, scale - exact
    tolerance = Decimal(str(rule.tolerance))
    # 规范管理率100%: a rate printed as 100% says all, so the numerator must equal the base
    # (printed 100.0% states a rounding to 0.1 and is read as one)
    all_claimed = (not complement and stated.kind == "percent" and stated.value == 100 and stated.decimals == 0
                   and numerator.low == numerator.high
                   and base.low == base.high and numerator.value != base.value)
    if high >= stated.low - tolerance and low <= stated.high + tolerance and not all_claimed:
        return Outcome(rule.id, relation.id, "pass")
    shown = exact.quantize(Decimal(1).scaleb(-max(stated.decimals, 2)))
    suffix = {"percent": "%", "permille": "‰", "per-10k": "/万", "per-100k": "/10万"}.get(stated.kind, "")
    fields = {
        "numerator": f"({_show(base.value)} − {_show(numerator.value)})" if complement else _show(numerator.value),
        "base": _show(base.value) if times == 1 else f"({_show(base.value)} × {_show(times)})",
        "computed": f"{_show(shown)}{suffix}",
        "stated": f"{_show(stated.value)}{suffix}",
        "expected": f"{_show(shown)}{suffix}",
    }
    scaled = f" × {_show(scale)}" if scale != 1 else ""
    fields["arithmetic"] = f"{fields['numerator']} / {fields['base']}{scaled} = {fields['computed']} ≠ {fields['stated']}"
    return _fail(rule, relation, [stated, numerator, base], fields, language, anchor=stated)


def _scale(rule: Rule, relation: Relation, stated) -> Decimal:
    """What numerator / base is multiplied by to give the stated number: the rule's scale, else
    the stated kind's (% 100, ‰ 1000, /10万 100000); a ratio written with a colon carries its own
    (1:1.19 is the second term over the first, scale 1; 6:4 the first over the second, times 4)."""
    if relation.kind == "colon-ratio" and "scale" not in rule.check:
        term = stated.unit.lstrip(":：∶")
        try:
            return Decimal(term) if stated.unit != "1:" and term else Decimal(1)
        except ArithmeticError:
            return Decimal(1)
    return Decimal(str(rule.check.get("scale", RATE_SCALES.get(stated.kind, 100))))


def _whole_numerator(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """A rate over an exact base (5.32/10万 of 206805 live births), or a sex ratio of an exact
    number of births, stands for a whole number of people: some whole count must give it."""
    stated, base = claim_set.claim(relation.result), claim_set.claim(relation.operands[0])
    if None in (stated.low, stated.high, base.value) or base.low != base.high or base.value <= 0 \
            or base.value != base.value.to_integral_value():
        return Outcome(rule.id, relation.id, "not-checkable")
    total = base.value
    with localcontext() as context:
        context.prec = 28
        if relation.kind == "whole-count-sex-ratio":
            # boys / (total − boys) × 100 in [low, high]  ⇔  boys in [total·low/(100+low), total·high/(100+high)]
            low, high = total * stated.low / (100 + stated.low), total * stated.high / (100 + stated.high)
            exact = total * stated.value / (100 + stated.value)
            show = lambda k: (k / (total - k) * 100) if k < total else None  # noqa: E731
        else:
            scale = Decimal(RATE_SCALES.get(stated.kind, 100))
            low, high, exact = stated.low * total / scale, stated.high * total / scale, stated.value * total / scale
            show = lambda k: k / total * scale  # noqa: E731
    if math.floor(high) >= math.ceil(low):
        return Outcome(rule.id, relation.id, "pass")
    suffix = {"percent": "%", "permille": "‰", "per-10k": "/万", "per-100k": "/10万"}.get(stated.kind, "")
    below, above = math.floor(exact), math.ceil(exact)
    places = Decimal(1).scaleb(-max(stated.decimals, 2))
    options = [f"{k}→{_show(show(Decimal(k)).quantize(places))}{suffix}" for k in (below, above)
               if 0 <= k <= total and show(Decimal(k)) is not None]
    computed = _show(exact.quantize(Decimal("0.01")))
    fields = {"base": _show(total), "stated": f"{_show(stated.value)}{suffix}", "computed": computed,
              "expected": "、".join(options)}
    fields["arithmetic"] = f"{fields['stated']} × {fields['base']} → {computed}" if relation.kind == "whole-count-rate" \
        else f"{fields['base']} × {_show(stated.value)} ÷ (100 + {_show(stated.value)}) = {computed}"
    return _fail(rule, relation, [stated, base], fields, language, anchor=stated)


def _order(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    larger = claim_set.claim(relation.result)
    smaller = claim_set.claim(relation.operands[0])
    if smaller.low is None or larger.high is None:
        return Outcome(rule.id, relation.id, "not-checkable")
    if smaller.low <= larger.high + Decimal(str(rule.tolerance)):
        return Outcome(rule.id, relation.id, "pass")
    fields = {"smaller": f"{smaller.indicator}{smaller.text}", "larger": f"{larger.indicator}{larger.text}",
              "difference": _show(smaller.value - larger.value), "expected": f"≤ {_show(larger.value)}"}
    fields["arithmetic"] = f"{_show(smaller.value)} > {_show(larger.value)}"
    return _fail(rule, relation, [larger, smaller], fields, language, anchor=smaller)


def _same_value(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str,
                places: ReportPlaces | None = None) -> Outcome:
    places = places or ReportPlaces(None, language)
    first = claim_set.claim(relation.result)
    second = claim_set.claim(relation.operands[0])
    if None in (first.low, first.high, second.low, second.high):
        return Outcome(rule.id, relation.id, "not-checkable")
    if second.low <= first.high and first.low <= second.high:
        return Outcome(rule.id, relation.id, "pass")
    # 8640人（第3段）/ 8640人 (paragraph 3): where the reader finds each of the two
    fields = {"first": f"{first.text}（{places.of_claim(first)}）", "second": f"{second.text}（{places.of_claim(second)}）",
              "indicator": first.indicator, "arithmetic": f"{_show(first.value)} ≠ {_show(second.value)}"}
    if language == "en":
        fields["first"], fields["second"] = f"{first.text} ({places.of_claim(first)})", f"{second.text} ({places.of_claim(second)})"
    return _fail(rule, relation, [first, second], fields, language, anchor=second)


def _change_rate(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """较上年减少417人，下降7.52%: rate = change / previous, previous = current ± change."""
    stated = claim_set.claim(relation.result)
    if relation.cue == FROM_TO:
        return _change_rate_from_to(rule, relation, claim_set, language)
    if relation.cue == OVER_PREVIOUS:
        return _change_rate_over_previous(rule, relation, claim_set, language)
    change, current = (claim_set.claim(i) for i in relation.operands)
    if None in (change.low, change.high, current.low, current.high, stated.low, stated.high):
        return Outcome(rule.id, relation.id, "not-checkable")
    sign = 1 if relation.cue == "减少" else -1
    previous_low, previous_high = current.low + sign * (change.low if sign > 0 else change.high), \
        current.high + sign * (change.high if sign > 0 else change.low)
    if previous_low <= 0:
        return Outcome(rule.id, relation.id, "not-checkable")
    with localcontext() as context:
        context.prec = 28
        low = change.low / previous_high * 100
        high = change.high / previous_low * 100
        previous = current.value + sign * change.value
        exact = change.value / previous * 100
    sign_text = "+" if sign > 0 else "−"
    return _change_rate_outcome(rule, relation, language, stated, (low, high, exact), [change, current],
                                change.value, current.value, previous,
                                lambda f: f"{f['change']} / ({f['current']} {sign_text} {f['change']}) × 100")


def _change_rate_outcome(rule: Rule, relation: Relation, language: str, stated: Claim, bounds: tuple,
                         operands: list[Claim], change, current, previous, arithmetic) -> Outcome:
    """The verdict on a rate of change, whichever numbers gave its bounds (low, high, exact):
    pass when the stated rate is within them, else the finding with the arithmetic shown."""
    low, high, exact = bounds
    tolerance = Decimal(str(rule.tolerance))
    if high >= stated.low - tolerance and low <= stated.high + tolerance:
        return Outcome(rule.id, relation.id, "pass")
    shown = exact.quantize(Decimal(1).scaleb(-max(stated.decimals, 2)))
    fields = {"change": _show(change), "current": _show(current) if current is not None else "",
              "previous": _show(previous), "computed": f"{_show(shown)}%", "stated": f"{_show(stated.value)}%",
              "expected": f"{_show(shown)}%"}
    fields["arithmetic"] = f"{arithmetic(fields)} = {fields['computed']} ≠ {fields['stated']}"
    return _fail(rule, relation, [stated] + operands, fields, language, anchor=stated)


def _change_rate_over_previous(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """较上年的23604人次增加1714人次，增长7.26%: rate = change / previous."""
    stated = claim_set.claim(relation.result)
    change, previous = (claim_set.claim(i) for i in relation.operands)
    if None in (change.low, change.high, previous.low, previous.high, stated.low, stated.high) or previous.low <= 0:
        return Outcome(rule.id, relation.id, "not-checkable")
    with localcontext() as context:
        context.prec = 28
        low, high = change.low / previous.high * 100, change.high / previous.low * 100
        exact = change.value / previous.value * 100
    return _change_rate_outcome(rule, relation, language, stated, (low, high, exact), [change, previous],
                                change.value, None, previous.value, lambda f: f"{f['change']} / {f['previous']} × 100")


def _change_rate_from_to(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """由36912人次增加到38765人次，同比增长5.02%: rate = |current − previous| / previous."""
    stated = claim_set.claim(relation.result)
    previous, current = (claim_set.claim(i) for i in relation.operands)
    if None in (previous.low, previous.high, current.low, current.high, stated.low, stated.high) or previous.low <= 0:
        return Outcome(rule.id, relation.id, "not-checkable")
    with localcontext() as context:
        context.prec = 28
        # (current / previous − 1) grows with current and falls with previous; a fall is stated as its size
        low, high = (current.low / previous.high - 1) * 100, (current.high / previous.low - 1) * 100
        exact = (current.value / previous.value - 1) * 100
    if current.value < previous.value:
        low, high, exact = -high, -low, -exact
    return _change_rate_outcome(rule, relation, language, stated, (low, high, exact), [previous, current],
                                abs(current.value - previous.value), current.value, previous.value,
                                lambda f: f"|{f['current']} − {f['previous']}| / {f['previous']} × 100")


def _same_base(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """Two rates over one population: numerator ÷ rate gives the population, twice."""
    rate_a = claim_set.claim(relation.result)
    num_a, rate_b, num_b = (claim_set.claim(i) for i in relation.operands)
    bounds = []
    for numerator, rate in ((num_a, rate_a), (num_b, rate_b)):
        if None in (numerator.low, numerator.high, rate.low, rate.high) or rate.low <= 0:
            return Outcome(rule.id, relation.id, "not-checkable")
        bounds.append((numerator.low / rate.high * 100, numerator.high / rate.low * 100))
    tolerance = Decimal(str(rule.tolerance))
    (low_a, high_a), (low_b, high_b) = bounds
    if low_b <= high_a * (1 + tolerance) and low_a <= high_b * (1 + tolerance):
        return Outcome(rule.id, relation.id, "pass")
    base_a, base_b = num_a.value / rate_a.value * 100, num_b.value / rate_b.value * 100
    fields = {"first": f"{num_a.text}÷{rate_a.text}", "second": f"{num_b.text}÷{rate_b.text}",
              "first_base": _show(base_a.quantize(Decimal(1))), "second_base": _show(base_b.quantize(Decimal(1))),
              "population": relation.cue}
    fields["arithmetic"] = f"{fields['first']} ≈ {fields['first_base']} ≠ {fields['second']} ≈ {fields['second_base']}"
    return _fail(rule, relation, [rate_a, num_a, rate_b, num_b], fields, language, anchor=rate_b)


def _per_capita(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """amount ≈ count × standard, within the rule's relative tolerance."""
    amount = claim_set.claim(relation.result)
    count, standard = (claim_set.claim(i) for i in relation.operands)
    if None in (amount.low, amount.high, count.low, count.high, standard.low, standard.high):
        return Outcome(rule.id, relation.id, "not-checkable")
    tolerance = Decimal(str(rule.tolerance))
    low, high = count.low * standard.low, count.high * standard.high
    if low * (1 - tolerance) <= amount.high and amount.low <= high * (1 + tolerance):
        return Outcome(rule.id, relation.id, "pass")
    computed = count.value * standard.value
    scale, unit = _common_scale([amount])
    fields = {"amount": amount.text, "count": count.text, "standard": standard.text,
              "computed": _show(computed / scale) + unit, "stated": amount.text, "expected": _show(computed / scale) + unit,
              "difference": _show(abs(computed - amount.value) / scale) + unit}
    fields["arithmetic"] = f"{count.text} × {standard.text} = {fields['computed']} ≠ {amount.text}"
    return _fail(rule, relation, [amount, count, standard], fields, language, anchor=amount)


def _per_capita_change(rule: Rule, relation: Relation, claim_set: ClaimSet, language: str) -> Outcome:
    """amount ÷ count in one period against the same in the period before, within a relative tolerance."""
    amount_b = claim_set.claim(relation.result)
    count_b, amount_a, count_a = (claim_set.claim(i) for i in relation.operands)
    if None in (amount_a.value, amount_b.value, count_a.value, count_b.value) or not count_a.value or not count_b.value:
        return Outcome(rule.id, relation.id, "not-checkable")
    first, second = amount_a.value / count_a.value, amount_b.value / count_b.value
    change = abs(second - first) / first if first else Decimal(0)
    if change <= Decimal(str(rule.tolerance)):
        return Outcome(rule.id, relation.id, "pass")
    fields = {"first": f"{amount_a.text}÷{count_a.text} = {_show(first.quantize(Decimal('0.01')))}",
              "second": f"{amount_b.text}÷{count_b.text} = {_show(second.quantize(Decimal('0.01')))}",
              "change": f"{_show((change * 100).quantize(Decimal('0.1')))}%"}
    fields["arithmetic"] = f"{fields['first']} → {fields['second']}"
    return _fail(rule, relation, [amount_a, count_a, amount_b, count_b], fields, language, anchor=amount_b)


# The kinds whose messages say where each of their numbers is (a total stated twice, far apart).
NAMES_PLACES = {"same-value"}

_KIND_CHECKS = {"unit-slip": _unit_slip, "whole-numerator": _whole_numerator, "per-capita-change": _per_capita_change, "same-base": _same_base, "per-capita": _per_capita, "change-rate": _change_rate, "same-value": _same_value, "order": _order, "parts-sum": _parts_sum, "subset": _subset, "rate": _quotient, "ratio": _quotient}


# -- helpers -------------------------------------------------------------------------------------
def _fail(rule: Rule, relation: Relation, evidence: list[Claim], fields: dict, language: str, anchor: Claim) -> Outcome:
    message = rule.message[language].format_map(fields)
    finding = Finding(
        rule=rule.id, family=rule.family, severity=rule.severity, confidence=relation.confidence,
        title=rule.title[language], message=message, line=anchor.line, column=anchor.column, start=anchor.start,
        evidence=tuple(sorted(evidence, key=lambda c: c.start)), stated=fields.get("stated", ""),
        computed=fields.get("computed", ""), expected=fields.get("expected", ""), end=anchor.end,
    )
    return Outcome(rule.id, relation.id, "fail", finding=finding)


# (萬, 億: a report in traditional characters writes its units so)
UNIT_SCALES = (("亿", Decimal(100_000_000)), ("億", Decimal(100_000_000)), ("万", Decimal(10_000)),
               ("萬", Decimal(10_000)), ("千", Decimal(1_000)))


def _common_scale(claims: list[Claim]) -> tuple[Decimal, str]:
    """Show numbers in the unit the report writes them in (596.93万元, not 5969300) when all
    share it; else in the base unit, named."""
    units = {c.unit for c in claims}
    if len(units) == 1:
        unit = units.pop()
        for prefix, scale in UNIT_SCALES:
            if unit.startswith(prefix):
                return scale, unit
        return Decimal(1), ""
    base = {c.base_unit for c in claims}
    return Decimal(1), base.pop() if len(base) == 1 else ""


def _sum(values) -> Decimal | None:
    total = Decimal(0)
    for value in values:
        if value is None:
            return None
        total += value
    return total


def _show(value: Decimal | None) -> str:
    """A number as a reader writes it: 48000, 105.98, 36953000 (no exponent, no trailing .0)."""
    if value is None:
        return "?"
    if value == value.to_integral_value():
        # (not quantize: it fails on numbers longer than the context's 28 digits, which a garbled
        # report can print)
        return format(value.to_integral_value(), "f")
    text = format(value.normalize(), "f")
    return text


# -- where the reader sees it --------------------------------------------------------------------
# The message templates name lines of the text (第{lines}行, line(s) {lines}); for a .docx or PDF
# the field becomes the place itself (第3段, 表1第2行第2格, 第2页第5行) and the words around it go.
LINE_WORDS = {"zh": re.compile(r"第\{(lines|first_lines)\}行"),
              "en": re.compile(r"\b[Ll]ines?(?:\(s\))? \{(lines|first_lines)\}")}
LINE_RANGE = re.compile(r"(\d+)(?:-(\d+))?")


class ReportPlaces:
    """Names what a message points at as the reader of the report sees it: a line of a text
    report (第8行), and for a .docx or PDF the place of ``report.location(offset)`` without the
    column (第3段, 表1第2行第2格, 第2页第5行; in English paragraph 3, table 1, row 2, cell 2,
    page 2, line 5), since the lines of the text extracted from a document mean nothing to
    its reader."""

    def __init__(self, report, language: str):
        self.report, self.language = report, language
        self._line_starts: list[int] | None = None

    @property
    def in_document(self) -> bool:
        return getattr(self.report, "layout", None) is not None and getattr(self.report, "text", None) is not None

    def _place(self, offset: int):
        location = self.report.location(offset) if self.in_document else None
        return location.place if location is not None else None

    def of_claim(self, claim: Claim, preposition: bool = False) -> str:
        """第8行 / 第3段 …; with ``preposition`` (English): on line 8, in paragraph 3, on page 2, line 5."""
        place = self._place(claim.start)
        if place is None:
            return f"第{claim.line}行" if self.language == "zh" else ("on " if preposition else "") + f"line {claim.line}"
        label = self._label(place)
        if self.language == "zh" or not preposition:
            return label
        return ("on " if place.kind == "line" else "in ") + label

    def _label(self, place) -> str:
        zh = self.language == "zh"
        if place.kind == "paragraph":
            return f"第{place.paragraph}段" if zh else f"paragraph {place.paragraph}"
        if place.kind == "cell":
            return (f"表{place.table}第{place.row}行第{place.cell}格" if zh
                    else f"table {place.table}, row {place.row}, cell {place.cell}")
        return f"第{place.page}页第{place.line}行" if zh else f"page {place.page}, line {place.line}"

    def _span_label(self, first, last) -> str:
        """Two places as one stretch: 第3-5段, 表1第2-4行, 第2页第5-7行, else 第3段至表1第2行."""
        zh = self.language == "zh"
        if first.key == last.key:
            return self._label(first)
        if first.kind == last.kind == "paragraph":
            return f"第{first.paragraph}-{last.paragraph}段" if zh else f"paragraphs {first.paragraph}-{last.paragraph}"
        if first.kind == last.kind == "cell" and first.table == last.table:
            if first.row == last.row:
                return f"表{first.table}第{first.row}行" if zh else f"table {first.table}, row {first.row}"
            return f"表{first.table}第{first.row}-{last.row}行" if zh else f"table {first.table}, rows {first.row}-{last.row}"
        if first.kind == last.kind == "line" and first.page == last.page:
            return f"第{first.page}页第{first.line}-{last.line}行" if zh else f"page {first.page}, lines {first.line}-{last.line}"
        return f"{self._label(first)}至{self._label(last)}" if zh else f"{self._label(first)} to {self._label(last)}"

    def _line_starts_of_text(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.report.text)]
        return self._line_starts

    def _of_lines(self, lines: str, observation) -> str | None:
        """A ``lines`` field (``8`` or ``8-10``) as the places of those lines; the observation's own
        first and last character where they lie on the first and last line (the exact table cell)."""
        matched = LINE_RANGE.fullmatch(lines.strip())
        if matched is None:
            return None
        starts = self._line_starts_of_text()
        first_line, last_line = int(matched.group(1)), int(matched.group(2) or matched.group(1))
        if not 1 <= first_line <= last_line <= len(starts):
            return None
        start, end = starts[first_line - 1], starts[last_line - 1]
        if observation is not None:
            last_character = max(observation.start, (observation.end or observation.start) - 1)
            if bisect.bisect_right(starts, observation.start) == first_line:
                start = observation.start
            if bisect.bisect_right(starts, last_character) == last_line:
                end = last_character
        first, last = self._place(start), self._place(end)
        if first is None or last is None:
            return None
        return self._span_label(first, last)

    def line_template(self, template: str, fields: dict, observation=None) -> str:
        """For a document: the ``lines``/``first_lines`` fields become places, and the template
        loses the 第…行 / line(s) … around them. A text report's template and fields are kept."""
        if not self.in_document:
            return template
        places = {name: self._of_lines(str(fields[name]), observation if name == "lines" else None)
                  for name in ("lines", "first_lines") if name in fields}
        if None in places.values():
            return template  # a field that is not a line range: the lines, rather than half of it
        fields.update(places)
        return LINE_WORDS.get(self.language, LINE_WORDS["en"]).sub(r"{\1}", template)

    def sentence(self, template: str, fields: dict) -> str:
        """The message; an English one that now opens with a place (paragraph 3 …) opens with a capital."""
        message = template.format_map(fields)
        if self.in_document and self.language == "en" and template.startswith(("{lines}", "{first_lines}")):
            return message[:1].upper() + message[1:]
        return message


def _reporting_period(fields: dict, language: str) -> str:
    """The period a date lies outside, with where it comes from: the report's title (上半年) or the
    ``reporting-period`` of the configuration (an ISO range, as ``claims._outside_period`` labels it)."""
    period = str(fields.get("period", ""))
    source = fields.get("source") or ("configuration" if CONFIGURED_PERIOD.fullmatch(period) else "title")
    if source == "configuration":
        return (f"配置文件设定的报告期（{period}）" if language == "zh"
                else f"the reporting period set in the configuration file ({period})")
    return f"标题所说的报告期（{period}）" if language == "zh" else f"the reporting period of the title ({period})"


CONFIGURED_PERIOD = re.compile(r"\d{4}-\d{2}-\d{2}—\d{4}-\d{2}-\d{2}")


# -- error localisation ------------------------------------------------------------------------
@dataclass(frozen=True)
class Suggestion:
    """The single number that, changed to ``value``, would resolve the findings ``resolves``
    (the minimal-change principle of Fellegi and Holt)."""
    claim: Claim
    value: str
    resolves: tuple[str, ...]   # rule ids of the findings it resolves
    message: str


def localise(outcomes: list[Outcome], rules: dict[str, Rule], claim_set: ClaimSet, language: str = "zh",
             report=None) -> list[Suggestion]:
    """Where failing relations share a number, the number whose change resolves the most.
    ``report`` as for :func:`evaluate`: the message names the place the reader sees."""
    places = ReportPlaces(report, language)
    proposals: dict[int, list[tuple[Decimal, str]]] = {}
    for outcome in outcomes:
        rule = rules.get(outcome.rule)
        if outcome.status != "fail" or rule is None or rule.subject != "relation":
            continue
        relation = claim_set.relations[outcome.relation]
        for claim_id, value in _corrections(rule, relation, claim_set):
            proposals.setdefault(claim_id, []).append((value, outcome.rule))
    suggestions = []
    for claim_id, values in proposals.items():
        if len(values) < 2:
            continue
        # the value most of the failing relations agree on
        best_value, agreeing = None, []
        for value, _ in values:
            together = [rule for other, rule in values if abs(other - value) <= max(Decimal(1), abs(value) / 1000)]
            if len(together) > len(agreeing):
                best_value, agreeing = value, together
        if len(agreeing) < 2:
            continue
        claim = claim_set.claim(claim_id)
        shown = _show(best_value)
        if language == "zh":
            message = f"把{places.of_claim(claim)}“{claim.text}”改为{shown}，可同时消除{len(agreeing)}项发现（{'、'.join(agreeing)}）。"
        else:
            message = (f"Changing “{claim.text}” {places.of_claim(claim, preposition=True)} to {shown} would resolve "
                       f"{len(agreeing)} findings ({', '.join(agreeing)}).")
        suggestions.append(Suggestion(claim=claim, value=shown, resolves=tuple(agreeing), message=message))
    return sorted(suggestions, key=lambda s: (-len(s.resolves), s.claim.start))


def _corrections(rule: Rule, relation: Relation, claim_set: ClaimSet):
    """For each number of a failing relation, the value that would make it hold."""
    if rule.kind == "parts-sum":
        total = claim_set.claim(relation.result)
        parts = [claim_set.claim(i) for i in relation.operands]
        if total.value is None or any(p.value is None for p in parts):
            return
        whole = _sum(p.value for p in parts)
        yield total.id, whole
        for part in parts:  # (the sum of the others from the whole: a list of thousands stays linear)
            yield part.id, total.value - (whole - part.value)
    elif rule.kind in ("rate", "ratio"):
        stated = claim_set.claim(relation.result)
        numerator, base = (claim_set.claim(i) for i in relation.operands)
        if None in (stated.value, numerator.value, base.value) or not base.value or not stated.value:
            return
        scale = _scale(rule, relation, stated)
        yield stated.id, (numerator.value / base.value * scale).quantize(Decimal(1).scaleb(-max(stated.decimals, 1)))
        yield numerator.id, (stated.value * base.value / scale).quantize(Decimal(1))
        yield base.id, (numerator.value * scale / stated.value).quantize(Decimal(1))
