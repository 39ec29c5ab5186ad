"""Stage 5, engine: the one adapter between the rule base and durable-rules.

Only the safe subset of durable-rules is used (see docs/architecture.md and the project's
notes on the engine): each rule compiles to a condition of equality tests on one relation
fact; a catch-all rule takes every other fact; every fact has a unique id; each document runs
in its own session id whose state is deleted afterwards, even when an action fails. The
arithmetic of every relation is evaluated in Python (findings.py), never in the engine.
"""
from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass

from .claims import ClaimSet
from .rulebase import Rule, fact_key, fact_value

_ruleset_numbers = itertools.count()
_session_numbers = itertools.count()
_lock = threading.Lock()
_host = None


def _shared_host():
    """One durable-rules host per process: each host runs its own timer thread."""
    global _host
    with _lock:
        if _host is None:
            from durable import engine as durable_engine  # only the checking path pays for it

            class QuietHost(durable_engine.Host):
                """A host without the background dispatch threads. Facts are asserted and their
                actions run synchronously in the caller's thread; the dispatcher (for timers and
                queued events, which no rule uses) raced with delete_state on long documents
                and crashed the process (SIGSEGV, seen on a 1 MB report)."""

                def _run(self):
                    return None

            _host = QuietHost()
        return _host


@dataclass(frozen=True)
class RuleMatch:
    rule_id: str
    subject: str        # relation or observation
    subject_id: int


class EngineFailure(Exception):
    """A rule action failed inside the engine, for one document."""


def document_facts(claim_set: ClaimSet) -> list[dict]:
    """The facts the engine sees: one per relation and one per observation, plain JSON values
    only (no Decimal), each with a unique id."""
    facts = []
    for relation in claim_set.relations:
        result = claim_set.claim(relation.result)
        facts.append({
            "id": f"relation-{relation.id}",
            "fact": "relation",
            "relation": relation.kind,
            "subject_id": relation.id,
            "confidence": relation.confidence,
            "complete": fact_value(relation.complete),
            "parts_may_overlap": fact_value(relation.parts_may_overlap),
            "unit_group": result.unit_group or "",
            "indicator": result.canonical,
        })
    for observation in claim_set.observations:
        facts.append({
            "id": f"observation-{observation.id}",
            "fact": "observation",
            "observation": observation.kind,
            "subject_id": observation.id,
        })
    return facts


def compile_condition(rule: Rule) -> dict:
    """A rule's match as a durable-rules condition: only equality tests on one fact."""
    tests = [{"fact": rule.subject}] + [{fact_key(key): fact_value(value)} for key, value in rule.match.items()]
    return {"m": {"$and": tests}}


class RuleEngine:
    """The rules compiled once into a durable-rules ruleset; ``match`` runs one document."""

    def __init__(self, rules: list[Rule]):
        self.rules = list(rules)
        self._host = _shared_host()
        self._name = f"check_rules_{next(_ruleset_numbers)}"
        self._matches: dict[str, list[RuleMatch]] = {}
        self._failures: dict[str, list[str]] = {}
        definition = {}
        for index, rule in enumerate(self.rules):
            definition[f"r{index}_{rule.id}"] = {"all": [compile_condition(rule)], "run": self._action(rule)}
        # A fact no rule takes would raise MessageNotHandledException: a catch-all takes it.
        definition["catch_all"] = {"all": [{"m": {"$ex": {"fact": 1}}}], "run": self._ignore}
        self._host.register_rulesets({self._name: definition})

    def _action(self, rule: Rule):
        def record(c):
            # durable-rules swallows exceptions raised in actions: record them ourselves.
            sid = c.s.sid
            try:
                self._matches.setdefault(sid, []).append(RuleMatch(rule.id, rule.subject, int(c.m["subject_id"])))
            except Exception as error:  # noqa: BLE001 - any failure must reach the report
                self._failures.setdefault(sid, []).append(f"{rule.id}: {type(error).__name__}: {error}")
        return record

    @staticmethod
    def _ignore(c):
        return None

    def match(self, claim_set: ClaimSet) -> list[RuleMatch]:
        facts = document_facts(claim_set)
        with _lock:
            sid = f"doc{next(_session_numbers)}"
        for fact in facts:
            fact["sid"] = sid
        try:
            if facts:
                self._host.assert_facts(self._name, facts)
            failures = self._failures.pop(sid, [])
            if failures:
                raise EngineFailure("; ".join(failures))
            found = self._matches.pop(sid, [])
        finally:
            self._matches.pop(sid, None)
            self._failures.pop(sid, None)
            if facts:
                self._host.delete_state(self._name, sid)
        return _in_order(found, self.rules)


def match_brute_force(rules: list[Rule], claim_set: ClaimSet) -> list[RuleMatch]:
    """The same matching without the engine: every rule against every fact, in Python."""
    found = [RuleMatch(rule.id, fact["fact"], fact["subject_id"]) for fact in document_facts(claim_set)
             for rule in rules if rule.matches(fact)]
    return _in_order(found, rules)


def _in_order(found: list[RuleMatch], rules: list[Rule]) -> list[RuleMatch]:
    order = {rule.id: index for index, rule in enumerate(rules)}
    return sorted(set(found), key=lambda m: (m.subject, m.subject_id, order[m.rule_id]))
