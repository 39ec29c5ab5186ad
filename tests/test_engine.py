"""The durable-rules adapter: it finds exactly what a brute-force evaluation of the same rules
finds, on random relation sets in random orders, never crashes, and leaves no state behind."""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import engine as engine_module
from checker.claims import Claim, ClaimSet, Relation
from checker.engine import EngineFailure, RuleEngine, compile_condition, match_brute_force
from checker.rulebase import MATCH_KEYS, RELATION_KINDS, Rule, load_rulebase

UNIT_GROUPS = ["people", "money", "institutions", ""]


def make_claim(index: int, unit_group: str) -> Claim:
    return Claim(id=index, text=f"{index}人", start=index * 10, end=index * 10 + 3, line=1, column=index * 10 + 1,
                 kind="count", value=Decimal(index), unit="人", base_unit="人", low=Decimal(index), high=Decimal(index),
                 qualifier=None, indicator="x", period=None, section=None, sentence=0, segment=0, paragraph=0,
                 unit_group=unit_group or None)


relations_strategy = st.lists(
    st.tuples(st.sampled_from(RELATION_KINDS), st.sampled_from(["high", "medium"]), st.booleans(), st.booleans(),
              st.sampled_from(UNIT_GROUPS)),
    max_size=25,
)


def make_claim_set(drawn, order) -> ClaimSet:
    claims = [make_claim(i, group) for i, (_, _, _, _, group) in enumerate(drawn)]
    relations = [Relation(id=i, kind=kind, result=i, operands=(i,), cue="其中", confidence=confidence,
                          complete=complete, parts_may_overlap=overlap)
                 for i, (kind, confidence, complete, overlap, _) in enumerate(drawn)]
    return ClaimSet(claims=claims, relations=[relations[i] for i in order])


def random_rule(index: int, match: dict) -> Rule:
    return Rule(id=f"X{index:03d}", name=f"x{index}", family="random", kind="subset", severity="error",
                title={"zh": "t", "en": "t"}, message={"zh": "m", "en": "m"}, match=match, check={}, tolerance=0.0,
                fix={}, basis={}, examples={"fail": ["x"], "pass": ["y"]}, source="<random>")


match_strategy = st.fixed_dictionaries(
    {"relation": st.sampled_from(RELATION_KINDS)},
    optional={"confidence": st.sampled_from(["high", "medium"]), "complete": st.booleans(),
              "parts-may-overlap": st.booleans(), "unit-group": st.sampled_from(UNIT_GROUPS[:3])},
)
REAL_ENGINE = RuleEngine(load_rulebase().rules)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=relations_strategy, data=st.data())
def test_real_rules_match_like_brute_force_in_any_order(drawn, data):
    order = data.draw(st.permutations(range(len(drawn))))
    claim_set = make_claim_set(drawn, order)
    assert REAL_ENGINE.match(claim_set) == match_brute_force(REAL_ENGINE.rules, claim_set)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(matches=st.lists(match_strategy, min_size=1, max_size=8), drawn=relations_strategy, data=st.data())
def test_random_rule_sets_match_like_brute_force(matches, drawn, data):
    rules = [random_rule(i, match) for i, match in enumerate(matches)]
    engine = RuleEngine(rules)
    for _ in range(3):  # several documents through the same compiled ruleset
        order = data.draw(st.permutations(range(len(drawn))))
        claim_set = make_claim_set(drawn, order)
        assert engine.match(claim_set) == match_brute_force(rules, claim_set)


def test_compiled_conditions_use_only_equality_on_one_fact():
    """The constructs known to crash durable-rules (cross-fact comparisons, arithmetic in
    conditions) never reach it: every condition is a conjunction of equality tests on ``m``."""
    for rule in load_rulebase().rules:
        condition = compile_condition(rule)
        assert list(condition) == ["m"]
        tests = condition["m"]["$and"]
        for test in tests:
            [(key, value)] = test.items()
            assert not key.startswith("$"), f"{rule.id}: operator {key}"
            assert isinstance(value, (str, int)) and not isinstance(value, dict), f"{rule.id}: {key}={value!r}"
            assert key == "fact" or key.replace("_", "-") in MATCH_KEYS


def test_state_is_removed_after_each_document():
    rules = load_rulebase().rules
    engine = RuleEngine(rules)
    claim_set = make_claim_set([("breakdown", "high", False, False, "people")] * 3, [0, 1, 2])
    first = engine.match(claim_set)
    second = engine.match(claim_set)  # the same facts again: no MessageObservedException
    assert first == second and first
    assert engine._matches == {} and engine._failures == {}


def test_a_failing_action_is_reported_for_its_document_and_the_next_one_runs(monkeypatch):
    engine = RuleEngine(load_rulebase().rules)
    claim_set = make_claim_set([("breakdown", "high", False, False, "people")], [0])

    def broken(*args, **kwargs):
        raise RuntimeError("broken rule action")

    monkeypatch.setattr(engine_module, "RuleMatch", broken)
    with pytest.raises(EngineFailure, match="broken rule action"):
        engine.match(claim_set)
    monkeypatch.undo()
    assert engine.match(claim_set) == match_brute_force(engine.rules, claim_set)


def test_empty_document_matches_nothing():
    assert REAL_ENGINE.match(ClaimSet()) == []


def test_engines_do_not_pile_up_threads():
    # each durable-rules host runs a timer thread: all engines share one host per process
    engines = [RuleEngine(load_rulebase().rules) for _ in range(20)]
    assert len({id(engine._host) for engine in engines}) == 1
    before = threading.active_count()
    for engine in engines:
        engine.match(ClaimSet())
    assert threading.active_count() - before < 10  # 20 engines with a host each would add 20
