"""Stage 4, rulebase: the rule files and the lexicon in ``rules/``, loaded and validated.

A rule file is data (YAML read with the safe loader): one file per rule family, each rule naming
its kind, what it matches, its severity, its messages in Chinese and English and its examples.
Every mistake in a rule file is reported as ``file: rule ID: field: problem``.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

# libyaml's safe loader when PyYAML was built with it: the same documents, about 15 times faster
# than the pure-Python one (0.21 s → 0.013 s for rules/, paid at every start of check).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str):
    return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader, C or Python


SEVERITIES = ("error", "warning", "info")
LANGUAGES = ("zh", "en")
CONFIDENCES = ("high", "medium")
RELATION_KINDS = ("breakdown", "subset", "rate", "ratio", "order", "period-sum", "restated", "change-rate",
                  "same-base", "per-capita", "per-population", "cumulative", "per-capita-periods")
# Observations of the text itself, found by the text_issues spaCy component (and placeholders
# by the claim tagger). Each names the fields it gives a message.
TEXT_OBSERVATIONS = {
    "mojibake": {"text", "lines", "garbled", "repaired", "encoding"},
    "repeated-passage": {"text", "lines", "first_lines", "agreement", "agreement_en"},
    "truncated-end": {"text", "lines"},
    "bad-character": {"text", "lines", "character", "count"},
    "control-character": {"text", "lines", "character", "count"},
    "heading-sequence": {"text", "lines", "expected", "problem", "problem_en"},
    "unpaired-bracket": {"text", "lines", "expected", "problem", "problem_en"},
    "mixed-width": {"text", "lines", "expected"},
    "split-number": {"text", "lines", "expected"},
}
OBSERVATION_KINDS = ("placeholder", "date-after-report", "reversed-range", "list-count", "rate-over-100", "years-count",
                                     "outside-period") + tuple(TEXT_OBSERVATIONS)

# The closed set of rule kinds: what each checks, on which relations, with which parameters,
# and which fields its message templates may use. The arithmetic is in findings.py.
KINDS = {
    "parts-sum": {
        "relations": ("breakdown", "period-sum"),
        "check": {"direction": ("above", "below", "both")},
        "fields": {"parts", "computed", "stated", "difference", "arithmetic", "total", "expected"},
    },
    "subset": {
        "relations": ("subset", "breakdown"),
        "check": {},
        "fields": {"part", "whole", "computed", "stated", "difference", "arithmetic", "expected"},
    },
    "rate": {
        "relations": ("rate",),
        "check": {"scale": None},
        "fields": {"numerator", "base", "computed", "stated", "arithmetic", "expected"},
    },
    "ratio": {
        "relations": ("ratio", "per-population"),
        "check": {"scale": None},
        "fields": {"numerator", "base", "computed", "stated", "arithmetic", "expected"},
    },
    "change-rate": {
        "relations": ("change-rate",),
        "check": {},
        "fields": {"change", "current", "previous", "computed", "stated", "arithmetic", "expected"},
    },
    "same-base": {
        "relations": ("same-base",),
        "check": {},
        "fields": {"first", "second", "first_base", "second_base", "population", "arithmetic"},
    },
    "per-capita": {
        "relations": ("per-capita",),
        "check": {},
        "fields": {"amount", "count", "standard", "computed", "stated", "arithmetic", "expected", "difference"},
    },
    "per-capita-change": {
        "relations": ("per-capita-periods",),
        "check": {},
        "fields": {"first", "second", "change", "arithmetic"},
    },
    "same-value": {
        "relations": ("restated",),
        "check": {},
        "fields": {"first", "second", "arithmetic", "indicator"},
    },
    "order": {
        "relations": ("order", "cumulative"),
        "check": {},
        "fields": {"smaller", "larger", "arithmetic", "difference", "expected"},
    },
    # Kinds over observations of the text: the observation itself is the finding.
    "placeholder": {
        "observations": ("placeholder",),
        "check": {},
        "fields": {"text", "stands_for"},
    },
    "date": {
        "observations": ("date-after-report", "reversed-range", "outside-period"),
        "check": {},
        "fields": {"text", "date", "report_date", "first", "last", "period"},
    },
    "bounded-rate": {
        "observations": ("rate-over-100",),
        "check": {},
        "fields": {"text", "indicator"},
    },
    "counted-list": {
        "observations": ("list-count", "years-count"),
        "check": {},
        "fields": {"text", "stated", "counted", "items"},
    },
    # One kind for every other observation of the text: the rule says which one it flags.
    "text": {
        "observations": tuple(TEXT_OBSERVATIONS),
        "check": {},
        "fields": set().union(*TEXT_OBSERVATIONS.values()),
    },
}
# What a rule may match on, and the values each key may take (None: any string).
MATCH_KEYS = {
    "relation": RELATION_KINDS,
    "observation": OBSERVATION_KINDS,
    "confidence": CONFIDENCES,
    "complete": (True, False),
    "parts-may-overlap": (True, False),
    "unit-group": None,
    "indicator": None,   # a canonical indicator of the lexicon
}
FILE_FIELDS = {"family", "title", "description", "rules"}
RULE_FIELDS = {"id", "name", "kind", "severity", "title", "message", "fix", "basis", "match", "check",
               "tolerance", "examples"}
REQUIRED_RULE_FIELDS = ("id", "name", "kind", "severity", "title", "message", "match", "examples")
EXAMPLE_FIELDS = {"fail", "pass"}


class RuleFileError(Exception):
    """A rule file that cannot be used; ``str()`` names the file, the rule and the field."""


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    family: str
    kind: str
    severity: str
    title: dict
    message: dict
    match: dict
    check: dict
    tolerance: float
    fix: dict
    basis: dict
    examples: dict
    source: str

    @property
    def subject(self) -> str:
        """What the rule looks at: ``relation`` (between numbers) or ``observation`` (of the text)."""
        return "observation" if "observation" in self.match else "relation"

    def matches(self, fact: dict) -> bool:
        """The rule's condition on one fact, evaluated in Python (the reference the
        durable-rules engine is tested against)."""
        return fact.get("fact") == self.subject and all(
            fact.get(fact_key(key)) == fact_value(value) for key, value in self.match.items())


@dataclass(frozen=True)
class RuleFamily:
    name: str
    title: dict
    description: dict
    source: str
    rules: tuple[Rule, ...]


@dataclass
class RuleBase:
    families: list[RuleFamily] = field(default_factory=list)

    @property
    def rules(self) -> list[Rule]:
        return [rule for family in self.families for rule in family.rules]

    def rule(self, rule_id: str) -> Rule | None:
        wanted = rule_id.upper()
        return next((r for r in self.rules if r.id.upper() == wanted or r.name == rule_id), None)

    def selected(self, select: list[str] | None = None, ignore: list[str] | None = None) -> list[Rule]:
        """Rules chosen by id, name, id prefix or family name."""
        chosen = [r for r in self.rules if not select or any(_names(r, s) for s in select)]
        return [r for r in chosen if not ignore or not any(_names(r, s) for s in ignore)]

    def unknown_names(self, names: list[str]) -> list[str]:
        return [n for n in names if not any(_names(r, n) for r in self.rules)]


def _names(rule: Rule, name: str) -> bool:
    name = name.strip()
    return rule.id.upper().startswith(name.upper()) or rule.name == name or rule.family == name


def fact_key(match_key: str) -> str:
    return match_key.replace("-", "_")


def fact_value(value):
    # Facts carry booleans as strings: the engine's JSON conditions compare strings reliably.
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def default_rules_dir() -> Path:
    source_tree = Path(__file__).resolve().parent.parent / "rules"
    if (source_tree / "lexicon.yaml").exists():
        return source_tree
    from importlib.resources import files

    return Path(str(files("checker.rules")))


def load_rulebase(folders: list[Path] | None = None) -> RuleBase:
    folders = folders or [default_rules_dir()]
    base = RuleBase()
    seen: dict[str, str] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise RuleFileError(f"{folder}: rules folder not found")
        for path in sorted(folder.glob("*.yaml")):
            if path.name == "lexicon.yaml":
                continue
            family = load_rule_file(path)
            for rule in family.rules:
                if rule.id in seen:
                    raise RuleFileError(f"{path}: rule {rule.id}: id: already used in {seen[rule.id]}")
                if rule.name in seen:
                    raise RuleFileError(f"{path}: rule {rule.id}: name: {rule.name!r} already used in {seen[rule.name]}")
                seen[rule.id] = seen[rule.name] = str(path)
            base.families.append(family)
    return base


def load_rule_file(path: Path) -> RuleFamily:
    try:
        document = _load_yaml(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise RuleFileError(f"{path}: {where}not valid YAML ({getattr(error, 'problem', error)})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileError(f"{path}: cannot be read ({error})") from None
    if not isinstance(document, dict):
        raise RuleFileError(f"{path}: a rule file is a mapping with 'family' and 'rules'")
    _unknown(path, "", document, FILE_FIELDS)
    for key in ("family", "rules"):
        if key not in document:
            raise RuleFileError(f"{path}: {key}: missing")
    if not isinstance(document["rules"], list) or not document["rules"]:
        raise RuleFileError(f"{path}: rules: must be a non-empty list")
    family_name = str(document["family"])
    rules = tuple(_rule(path, family_name, index, entry) for index, entry in enumerate(document["rules"]))
    return RuleFamily(name=family_name, title=_texts(path, "", "title", document.get("title", {}), required=False),
                      description=_texts(path, "", "description", document.get("description", {}), required=False),
                      source=str(path), rules=rules)


def _rule(path: Path, family: str, index: int, entry) -> Rule:
    if not isinstance(entry, dict):
        raise RuleFileError(f"{path}: rules[{index}]: a rule is a mapping of fields")
    rule_id = str(entry.get("id", f"rules[{index}]"))
    where = f"rule {rule_id}: "
    _unknown(path, where, entry, RULE_FIELDS)
    for key in REQUIRED_RULE_FIELDS:
        if key not in entry:
            raise RuleFileError(f"{path}: {where}{key}: missing")
    kind = entry["kind"]
    if kind not in KINDS:
        raise RuleFileError(f"{path}: {where}kind: unknown kind {kind!r} (known: {', '.join(KINDS)})")
    if entry["severity"] not in SEVERITIES:
        raise RuleFileError(f"{path}: {where}severity: {entry['severity']!r} is not one of {', '.join(SEVERITIES)}")
    match = entry["match"]
    subject = "observation" if "observations" in KINDS[kind] else "relation"
    if not isinstance(match, dict) or subject not in match:
        raise RuleFileError(f"{path}: {where}match: must name the {subject} it checks ({subject}: ...)")
    for key, value in match.items():
        if key not in MATCH_KEYS:
            raise RuleFileError(f"{path}: {where}match.{key}: unknown field (known: {', '.join(MATCH_KEYS)})")
        allowed = {"unit-group": lambda: tuple(load_lexicon().unit_groups),
                   "indicator": lambda: tuple(load_lexicon().indicators)}.get(key, lambda: MATCH_KEYS[key])()
        if allowed is not None and value not in allowed:
            raise RuleFileError(f"{path}: {where}match.{key}: {value!r} refers to nothing (known: {', '.join(map(str, allowed))})")
    if match[subject] not in KINDS[kind][subject + "s"]:
        raise RuleFileError(f"{path}: {where}match.{subject}: kind {kind} cannot check {match[subject]!r} {subject}s")
    if "relation" in match and "observation" in match:
        raise RuleFileError(f"{path}: {where}match: a rule checks a relation or an observation, not both")
    check = entry.get("check") or {}
    if not isinstance(check, dict):
        raise RuleFileError(f"{path}: {where}check: must be a mapping")
    for key, value in check.items():
        if key not in KINDS[kind]["check"]:
            raise RuleFileError(f"{path}: {where}check.{key}: unknown parameter of kind {kind}")
        allowed = KINDS[kind]["check"][key]
        if allowed is None and (not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0):
            raise RuleFileError(f"{path}: {where}check.{key}: must be a number > 0")
        if allowed is not None and value not in allowed:
            raise RuleFileError(f"{path}: {where}check.{key}: {value!r} is not one of {', '.join(allowed)}")
    tolerance = entry.get("tolerance", 0)
    if not isinstance(tolerance, (int, float)) or isinstance(tolerance, bool) or tolerance < 0:
        raise RuleFileError(f"{path}: {where}tolerance: must be a number ≥ 0")
    message = _texts(path, where, "message", entry["message"])
    for language, template in message.items():
        try:
            parsed = list(string.Formatter().parse(template))
        except ValueError as error:
            raise RuleFileError(f"{path}: {where}message.{language}: not a valid template ({error})") from None
        for _, name, _, _ in parsed:
            if name and name not in KINDS[kind]["fields"]:
                raise RuleFileError(f"{path}: {where}message.{language}: {{{name}}} refers to nothing "
                                    f"(kind {kind} provides: {', '.join(sorted(KINDS[kind]['fields']))})")
    examples = entry["examples"]
    if not isinstance(examples, dict):
        raise RuleFileError(f"{path}: {where}examples: must have 'fail' and 'pass' lists")
    _unknown(path, where + "examples.", examples, EXAMPLE_FIELDS)
    for key in ("fail", "pass"):
        texts = examples.get(key)
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            raise RuleFileError(f"{path}: {where}examples.{key}: needs at least one snippet of report prose")
    return Rule(id=rule_id, name=str(entry["name"]), family=family, kind=kind, severity=entry["severity"],
                title=_texts(path, where, "title", entry["title"]), message=message, match=dict(match),
                check=dict(check), tolerance=float(tolerance),
                fix=_texts(path, where, "fix", entry.get("fix", {}), required=False),
                basis=_texts(path, where, "basis", entry.get("basis", {}), required=False),
                examples={"fail": list(examples["fail"]), "pass": list(examples["pass"])}, source=str(path))


def _texts(path, where: str, name: str, value, required: bool = True) -> dict:
    if not value and not required:
        return {}
    if not isinstance(value, dict):
        raise RuleFileError(f"{path}: {where}{name}: must give the text in zh and en")
    _unknown(path, f"{where}{name}.", value, set(LANGUAGES))
    for language in LANGUAGES:
        if not isinstance(value.get(language), str) or not value[language].strip():
            raise RuleFileError(f"{path}: {where}{name}.{language}: missing")
    return {language: value[language].strip() for language in LANGUAGES}


def _unknown(path, where: str, mapping: dict, known: set) -> None:
    for key in mapping:
        if key not in known:
            raise RuleFileError(f"{path}: {where}{key}: unknown field (known: {', '.join(sorted(known))})")


# -- the lexicon -------------------------------------------------------------------------------
ROUNDINGS = ("half", "half-or-truncate")
LEXICON_FIELDS = {"unit_groups", "rounding", "qualifiers", "partitions", "remainder_words", "overlapping_groups",
                  "change_words", "subset_cues", "share_cues", "sex_ratio", "activity_words", "orders", "rate_bases", "bounded_rates", "indicators"}
OPTIONAL_LEXICON_FIELDS = {"negations", "due_words", "done_words"}


CANONICAL_CACHE_SIZE = 20_000


@dataclass(frozen=True)
class Lexicon:
    unit_groups: dict
    rounding: dict
    qualifiers: dict
    partitions: list
    remainder_words: list
    overlapping_groups: list
    change_words: list
    subset_cues: list
    share_cues: list
    sex_ratio: dict
    activity_words: list
    orders: list
    rate_bases: list
    population_bases: dict
    bounded_rates: list
    indicators: dict
    _unit_to_group: dict
    # canonical() of each phrase seen: a phrase is compared with every synonym of the lexicon, for
    # every claim, and the same phrases come back in every report. Bounded (cleared when full).
    _canonical_of: dict = field(default_factory=dict, compare=False, repr=False)
    negations: list = field(default_factory=list)   # 未/非: 已脱贫 and 未脱贫 cover their whole
    due_words: list = field(default_factory=list)   # 应管, 任务: the base of a rate of what was done
    done_words: list = field(default_factory=list)  # 实际在管, 完成: its numerator

    def canonical(self, indicator: str) -> str:
        """The canonical indicator a phrase names: the one with the longest synonym in it."""
        known = self._canonical_of.get(indicator)
        if known is None:
            if len(self._canonical_of) >= CANONICAL_CACHE_SIZE:
                self._canonical_of.clear()
            known = self._canonical_of[indicator] = self._find_canonical(indicator)
        return known

    def _find_canonical(self, indicator: str) -> str:
        best, score = "", (False, 0)
        for name, entry in self.indicators.items():
            for word in entry["synonyms"]:
                # the head of the phrase decides: 出生人口性别比 is a 性别比
                candidate = (indicator.endswith(word), len(word))
                if word in indicator and candidate > score:
                    best, score = name, candidate
        return best

    def unit_group(self, unit: str) -> str | None:
        return self._unit_to_group.get(unit)

    def qualifier(self, word: str | None) -> dict | None:
        if not word:
            return None
        if word in self.qualifiers:
            return self.qualifiers[word]
        # 约…余, 超过…余: the widest reading of the words together
        found = [self.qualifiers[w] for w in self.qualifiers if w in word]
        if not found:
            return None
        merged: dict = {}
        for rule in found:
            merged.update(rule)
        return merged


def _population_bases(indicators: dict) -> dict:
    """base population -> the words of the rates computed over it."""
    bases: dict[str, list[str]] = {}
    for name, entry in indicators.items():
        if entry.get("base"):
            bases.setdefault(entry["base"], []).extend(entry["synonyms"])
    return bases


@lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> Lexicon:
    file = Path(path) if path else default_rules_dir() / "lexicon.yaml"
    try:
        data = _load_yaml(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RuleFileError(f"{file}: cannot be loaded ({error})") from None
    if not isinstance(data, dict):
        raise RuleFileError(f"{file}: the lexicon is a mapping")
    _unknown(file, "", data, LEXICON_FIELDS | OPTIONAL_LEXICON_FIELDS)
    missing = LEXICON_FIELDS - set(data)
    if missing:
        raise RuleFileError(f"{file}: {sorted(missing)[0]}: missing")
    unit_to_group = {unit: group for group, units in data["unit_groups"].items() for unit in units}
    for reading in ("amounts", "rates"):
        if data["rounding"].get(reading) not in ROUNDINGS:
            raise RuleFileError(f"{file}: rounding.{reading}: must be one of {', '.join(ROUNDINGS)}")
    for name, entry in (data["indicators"] or {}).items():
        if not isinstance(entry, dict) or not entry.get("synonyms"):
            raise RuleFileError(f"{file}: indicators.{name}.synonyms: missing")
        unknown = set(entry) - {"synonyms", "base"}
        if unknown:
            raise RuleFileError(f"{file}: indicators.{name}.{sorted(unknown)[0]}: unknown field")
        if entry.get("base") and entry["base"] not in data["indicators"]:
            raise RuleFileError(f"{file}: indicators.{name}.base: {entry['base']!r} refers to nothing")
    for word, rule in data["qualifiers"].items():
        unknown = set(rule or {}) - {"bound", "up-to-next-place", "relative-tolerance"}
        if unknown:
            raise RuleFileError(f"{file}: qualifiers.{word}.{sorted(unknown)[0]}: unknown field")
    return Lexicon(
        unit_groups=data["unit_groups"], rounding=data["rounding"], qualifiers={k: (v or {}) for k, v in data["qualifiers"].items()},
        partitions=data["partitions"], remainder_words=data["remainder_words"],
        overlapping_groups=data["overlapping_groups"], change_words=data["change_words"],
        subset_cues=sorted(data["subset_cues"], key=len, reverse=True),
        share_cues=sorted(data["share_cues"], key=len, reverse=True), sex_ratio=data["sex_ratio"],
        activity_words=data["activity_words"], orders=data["orders"], rate_bases=data["rate_bases"],
        population_bases=_population_bases(data["indicators"]), bounded_rates=data["bounded_rates"],
        indicators=data["indicators"], negations=data.get("negations") or [],
        due_words=data.get("due_words") or [], done_words=data.get("done_words") or [],
        _unit_to_group=unit_to_group,
    )
