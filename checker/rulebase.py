"""Stage 4, rulebase: the rule files and the lexicon in ``rules/``, loaded and validated.

A rule file is data (YAML read with the safe loader): one file per rule family, each rule naming
its kind, what it matches, its severity, its messages in Chinese and English and its examples.
Every mistake in a rule file is reported as ``file: rule ID: field: problem``.
"""
from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

# libyaml's safe loader when PyYAML was built with it: the same documents, about 15 times faster
# than the pure-Python one (0.21 s → 0.013 s for rules/, paid at every start of check).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Rule files may come from a folder nobody vetted (--rules DIR): they are data, and bounded.
# A rule file is a few kilobytes (the largest, the lexicon, 12 KB); the limits are far above any
# real one and keep the worst case in seconds (libyaml composes 1 MB of '[],' in about 3.5 s).
MAX_RULE_FILE_BYTES = 1_000_000
# libyaml's composer recurses once per level: 100,000 nested '[' crash the process (SIGSEGV).
MAX_YAML_DEPTH = 20
# Values plus characters once every alias (*name) is expanded: nine levels of nine aliases
# ("billion laughs") are a few hundred bytes of YAML and 9**9 strings to str() or compare.
MAX_YAML_SIZE = 5_000_000
# Widths and precisions in message templates ({text:>10}, {text:.20}): {text:>2000000000}
# would allocate gigabytes for each finding.
MAX_FORMAT_WIDTH = 50


def _load_yaml(text: str):
    return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader, C or Python


def _read_yaml(path: Path, vetted: bool = False):
    """The document of a YAML file, read with the safe loader once its size, nesting and alias
    expansion are known to be bounded; any problem is a one-line RuleFileError. The files of
    rules/ ship with check and are tested (``vetted``): they skip the walk of the parser's events,
    which would double the time every start of check spends reading them (12 ms → 24 ms)."""
    path = Path(path)
    try:
        if not path.is_file():  # a folder, a FIFO or /dev/zero behind a .yaml name
            raise RuleFileError(f"{path}: not a regular file")
        with path.open("rb") as handle:
            data = handle.read(MAX_RULE_FILE_BYTES + 1)
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileError(f"{path}: cannot be read ({_one_line(error)})") from None
    if len(data) > MAX_RULE_FILE_BYTES:
        raise RuleFileError(f"{path}: file too large (over {MAX_RULE_FILE_BYTES:,} bytes)")
    try:
        if not vetted:
            _check_yaml_shape(path, text)
        return _load_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise RuleFileError(f"{path}: {where}not valid YAML ({_one_line(getattr(error, 'problem', None) or error)})") from None
    except RuleFileError:
        raise
    except Exception as error:  # noqa: BLE001 - a constructor's ValueError (2020-13-45, a 5,000-digit int)
        raise RuleFileError(f"{path}: not valid YAML ({type(error).__name__}: {_one_line(error)})") from None


class _Node:
    """A collection being read from the YAML events: its expanded size so far and where it is."""
    __slots__ = ("anchor", "mapping", "size", "key_next", "key", "index")

    def __init__(self, anchor, mapping: bool):
        self.anchor, self.mapping, self.size = anchor, mapping, 1
        self.key_next, self.key, self.index = True, None, 0


def _check_yaml_shape(path: Path, text: str) -> None:
    """Walk the parser's events (libyaml's parser does not recurse) and refuse a document nested
    too deeply or too large once its aliases are expanded, before anything is composed."""
    sizes: dict[str, int] = {}
    stack: list[_Node] = []
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= MAX_YAML_DEPTH:
                raise RuleFileError(f"{path}: {_yaml_place(stack, event)}nested more than {MAX_YAML_DEPTH} levels deep")
            stack.append(_Node(event.anchor, isinstance(event, yaml.MappingStartEvent)))
            continue
        key = None
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            node = stack.pop()
            anchor, size = node.anchor, node.size
        elif isinstance(event, yaml.ScalarEvent):
            anchor, size, key = event.anchor, 1 + len(event.value), event.value
        elif isinstance(event, yaml.AliasEvent):
            if any(node.anchor == event.anchor for node in stack):
                raise RuleFileError(f"{path}: {_yaml_place(stack, event)}alias *{_one_line(event.anchor)[:40]} refers to "
                                    "the value that contains it")
            anchor, size = None, sizes.get(event.anchor, 1)  # an unknown alias: the loader says so
        else:
            continue
        if anchor:
            sizes[anchor] = size
        if stack:
            parent = stack[-1]
            parent.size += size
            if parent.size > MAX_YAML_SIZE:
                raise RuleFileError(f"{path}: {_yaml_place(stack, event)}too large once its aliases (*name) are expanded "
                                    f"(over {MAX_YAML_SIZE:,} values and characters)")
            if not parent.mapping:
                parent.index += 1
            elif parent.key_next:
                parent.key, parent.key_next = key, False
            else:
                parent.key_next = True


def _yaml_place(stack: list[_Node], event) -> str:
    """``rules[0].severity: `` for the value being read, down to its last named field; else its line."""
    parts, named = [], 0
    for node in stack:
        if node.mapping and not node.key_next and isinstance(node.key, str):
            parts.append(("." if parts else "") + _label(node.key))
            named = len(parts)
        elif node.mapping:
            break
        else:
            parts.append(f"[{node.index}]")
    if named:
        return _one_line("".join(parts[:named]))[:120] + ": "
    return f"line {event.start_mark.line + 1}: "


def _one_line(text) -> str:
    """An error text on one line, and short: it may quote the rule file."""
    text = " ".join(str(text).split())
    return text if len(text) <= 200 else text[:199] + "…"


def _shown(value) -> str:
    """A value of a rule file as an error message quotes it: short, on one line, and never the
    str() of a collection (which YAML aliases can make astronomically large)."""
    if isinstance(value, (str, int, float)) or value is None:
        text = repr(value) if not isinstance(value, int) or abs(value) < 10 ** 30 else "a very large number"
        return text if len(text) <= 60 else text[:59] + "…"
    return {list: "a list", dict: "a mapping"}.get(type(value), f"a {type(value).__name__}")


def _label(key) -> str:
    """A field name for a message: as written when it is a plain word, quoted otherwise."""
    return key if isinstance(key, str) and re.fullmatch(r"[\w.\-\[\]]{1,60}", key) else _shown(key)


def _finite(value) -> float | None:
    """A plain finite number of a rule file (not a bool, not .nan, not .inf), else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


SEVERITIES = ("error", "warning", "info")
LANGUAGES = ("zh", "en")
CONFIDENCES = ("high", "medium")
RELATION_KINDS = ("breakdown", "subset", "rate", "ratio", "order", "period-sum", "restated", "change-rate",
                  "same-base", "per-capita", "per-population", "cumulative", "per-capita-periods", "complement-rate",
                  "whole-count-rate", "whole-count-sex-ratio", "colon-ratio", "bed-occupancy")
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
        "check": {"direction": ("above", "below", "both"), "shortfall-at-most": None, "shortfall-units-at-most": None},
        "fields": {"parts", "computed", "stated", "difference", "arithmetic", "total", "expected", "coverage"},
    },
    "unit-slip": {
        "relations": ("breakdown",),
        "check": {},
        "fields": {"part", "slipped", "corrected", "arithmetic", "total", "stated"},
    },
    "subset": {
        "relations": ("subset", "breakdown"),
        "check": {},
        "fields": {"part", "whole", "computed", "stated", "difference", "arithmetic", "expected"},
    },
    "rate": {
        "relations": ("rate", "complement-rate", "bed-occupancy"),
        "check": {"scale": None},
        "fields": {"numerator", "base", "computed", "stated", "arithmetic", "expected"},
    },
    "ratio": {
        "relations": ("ratio", "per-population", "colon-ratio"),
        "check": {"scale": None},
        "fields": {"numerator", "base", "computed", "stated", "arithmetic", "expected"},
    },
    "whole-numerator": {
        "relations": ("whole-count-rate", "whole-count-sex-ratio"),
        "check": {},
        "fields": {"base", "computed", "stated", "arithmetic", "expected"},
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
# An id names a docs page (docs/rules/<ID>.md) and a SARIF rule: a code, no path, no spaces.
RULE_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,31}")
NAME = re.compile(r"[\w-]{1,64}")   # a rule's or family's name, for --select
# A message template's format spec: [[fill]align][width][.precision][s], nothing nested.
FORMAT_SPEC = re.compile(r"(?:[^{}]?[<>^])?(?P<width>\d+)?(?:\.(?P<precision>\d+))?s?")
CONVERSIONS = (None, "s", "r", "a")


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
    bundled = default_rules_dir().resolve()
    base = RuleBase()
    seen: dict[str, str] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise RuleFileError(f"{folder}: rules folder not found")
        for path in sorted(folder.glob("*.yaml")):
            if path.name == "lexicon.yaml":
                continue
            family = load_rule_file(path, vetted=folder.resolve() == bundled)
            for rule in family.rules:
                if rule.id in seen:
                    raise RuleFileError(f"{path}: rule {rule.id}: id: already used in {seen[rule.id]}")
                if rule.name in seen:
                    raise RuleFileError(f"{path}: rule {rule.id}: name: {rule.name!r} already used in {seen[rule.name]}")
                seen[rule.id] = seen[rule.name] = str(path)
            base.families.append(family)
    return base


def load_rule_file(path: Path, vetted: bool = False) -> RuleFamily:
    document = _read_yaml(path, vetted)
    if not isinstance(document, dict):
        raise RuleFileError(f"{path}: a rule file is a mapping with 'family' and 'rules'")
    _unknown(path, "", document, FILE_FIELDS)
    for key in ("family", "rules"):
        if key not in document:
            raise RuleFileError(f"{path}: {key}: missing")
    family_name = document["family"]
    if not isinstance(family_name, str) or not NAME.fullmatch(family_name):
        raise RuleFileError(f"{path}: family: must be a name of letters, digits and hyphens, not {_shown(family_name)}")
    if not isinstance(document["rules"], list) or not document["rules"]:
        raise RuleFileError(f"{path}: rules: must be a non-empty list")
    rules = tuple(_rule(path, family_name, index, entry) for index, entry in enumerate(document["rules"]))
    return RuleFamily(name=family_name, title=_texts(path, "", "title", document.get("title", {}), required=False),
                      description=_texts(path, "", "description", document.get("description", {}), required=False),
                      source=str(path), rules=rules)


def _rule(path: Path, family: str, index: int, entry) -> Rule:
    if not isinstance(entry, dict):
        raise RuleFileError(f"{path}: rules[{index}]: a rule is a mapping of fields")
    # Every value is checked for its type before it is compared, hashed or shown: a list where a
    # word is expected is refused, never str()'d (YAML aliases make a list astronomically large).
    rule_id = entry.get("id")
    if "id" in entry and not (isinstance(rule_id, str) and RULE_ID.fullmatch(rule_id)):
        raise RuleFileError(f"{path}: rules[{index}]: id: must be a code of letters and digits such as PT001, "
                            f"not {_shown(rule_id)}")
    where = f"rule {rule_id}: " if rule_id else f"rules[{index}]: "
    _unknown(path, where, entry, RULE_FIELDS)
    for key in REQUIRED_RULE_FIELDS:
        if key not in entry:
            raise RuleFileError(f"{path}: {where}{key}: missing")
    if not isinstance(entry["name"], str) or not NAME.fullmatch(entry["name"]):
        raise RuleFileError(f"{path}: {where}name: must be a name of letters, digits and hyphens such as "
                            f"part-exceeds-whole, not {_shown(entry['name'])}")
    kind = entry["kind"]
    if not isinstance(kind, str):
        raise RuleFileError(f"{path}: {where}kind: must be one word of {', '.join(KINDS)}, not {_shown(kind)}")
    if kind not in KINDS:
        raise RuleFileError(f"{path}: {where}kind: unknown kind {_shown(kind)} (known: {', '.join(KINDS)})")
    if not isinstance(entry["severity"], str) or entry["severity"] not in SEVERITIES:
        raise RuleFileError(f"{path}: {where}severity: {_shown(entry['severity'])} is not one of {', '.join(SEVERITIES)}")
    match = entry["match"]
    subject = "observation" if "observations" in KINDS[kind] else "relation"
    if not isinstance(match, dict) or subject not in match:
        raise RuleFileError(f"{path}: {where}match: must name the {subject} it checks ({subject}: ...)")
    for key, value in match.items():
        if key not in MATCH_KEYS:
            raise RuleFileError(f"{path}: {where}match.{_label(key)}: unknown field (known: {', '.join(MATCH_KEYS)})")
        allowed = {"unit-group": lambda: tuple(load_lexicon().unit_groups),
                   "indicator": lambda: tuple(load_lexicon().indicators)}.get(key, lambda: MATCH_KEYS[key])()
        if allowed is not None and not _one_of(value, allowed):
            raise RuleFileError(f"{path}: {where}match.{key}: {_shown(value)} refers to nothing "
                                f"(known: {', '.join(map(str, allowed))})")
    if match[subject] not in KINDS[kind][subject + "s"]:
        raise RuleFileError(f"{path}: {where}match.{subject}: kind {kind} cannot check {match[subject]!r} {subject}s")
    if "relation" in match and "observation" in match:
        raise RuleFileError(f"{path}: {where}match: a rule checks a relation or an observation, not both")
    check = entry.get("check") or {}
    if not isinstance(check, dict):
        raise RuleFileError(f"{path}: {where}check: must be a mapping")
    for key, value in check.items():
        if key not in KINDS[kind]["check"]:
            raise RuleFileError(f"{path}: {where}check.{_label(key)}: unknown parameter of kind {kind}")
        allowed = KINDS[kind]["check"][key]
        if allowed is None and not (_finite(value) or 0) > 0:
            raise RuleFileError(f"{path}: {where}check.{key}: must be a number > 0, not {_shown(value)}")
        if allowed is not None and not _one_of(value, allowed):
            raise RuleFileError(f"{path}: {where}check.{key}: {_shown(value)} is not one of {', '.join(allowed)}")
    tolerance = _finite(entry.get("tolerance", 0))
    if tolerance is None or tolerance < 0:
        raise RuleFileError(f"{path}: {where}tolerance: must be a number ≥ 0 and finite, "
                            f"not {_shown(entry.get('tolerance'))}")
    message = _texts(path, where, "message", entry["message"])
    for language, template in message.items():
        problem = _template_problem(template, KINDS[kind]["fields"])
        if problem:
            raise RuleFileError(f"{path}: {where}message.{language}: {problem}")
    examples = entry["examples"]
    if not isinstance(examples, dict):
        raise RuleFileError(f"{path}: {where}examples: must have 'fail' and 'pass' lists")
    _unknown(path, where + "examples.", examples, EXAMPLE_FIELDS)
    for key in ("fail", "pass"):
        texts = examples.get(key)
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            raise RuleFileError(f"{path}: {where}examples.{key}: needs at least one snippet of report prose")
    return Rule(id=rule_id, name=entry["name"], family=family, kind=kind, severity=entry["severity"],
                title=_texts(path, where, "title", entry["title"]), message=message, match=dict(match),
                check=dict(check), tolerance=tolerance,
                fix=_texts(path, where, "fix", entry.get("fix", {}), required=False),
                basis=_texts(path, where, "basis", entry.get("basis", {}), required=False),
                examples={"fail": list(examples["fail"]), "pass": list(examples["pass"])}, source=str(path))


def _one_of(value, allowed) -> bool:
    """``value in allowed``, by type too: 1 is not True, and a list is never hashed or compared at length."""
    return isinstance(value, (str, bool)) and any(type(value) is type(a) and value == a for a in allowed)


def _template_problem(template: str, fields: set) -> str | None:
    """What makes a message template unsafe or unusable, or None. A template may name only the
    kind's fields, convert them with !s, !r or !a and pad or cut them to at most
    MAX_FORMAT_WIDTH characters: no attribute, no index, no field nested in a format spec."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        return f"not a valid template ({_one_line(error)})"
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in fields:
            shown = "{}" if not name else "{" + _one_line(name)[:60] + "}"
            return f"{shown} refers to nothing (the kind provides: {', '.join(sorted(fields))})"
        if conversion not in CONVERSIONS:
            return f"{{{name}!{_one_line(conversion)}}}: unknown conversion (use !s, !r or !a)"
        if "{" in spec or "}" in spec:
            return f"{{{name}:…}}: a field inside a format spec is not allowed"
        shape = FORMAT_SPEC.fullmatch(spec)
        if not shape:
            return (f"{{{name}:{_one_line(spec)[:40]}}}: a format spec may only pad or cut the text "
                    f"([[fill]align][width][.precision], e.g. {{{name}:>10}})")
        digits = [shape[part] for part in ("width", "precision") if shape[part]]
        if any(len(d) > 3 or int(d) > MAX_FORMAT_WIDTH for d in digits):  # len first: int() of 5,000 digits raises
            return f"{{{name}:{_one_line(spec)[:40]}}}: a width or precision over {MAX_FORMAT_WIDTH}"
    return None


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
            raise RuleFileError(f"{path}: {where}{_label(key)}: unknown field (known: {', '.join(sorted(known))})")


# -- the lexicon -------------------------------------------------------------------------------
ROUNDINGS = ("half", "half-or-truncate")
LEXICON_FIELDS = {"unit_groups", "rounding", "qualifiers", "partitions", "remainder_words", "overlapping_groups",
                  "change_words", "subset_cues", "share_cues", "sex_ratio", "activity_words", "orders", "rate_bases", "bounded_rates", "indicators"}
OPTIONAL_LEXICON_FIELDS = {"negations", "due_words", "done_words", "narrowed_rates", "fund_rates", "identities",
                           "domain_subsets", "complement_rates", "column_rates", "screening_steps"}


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
    narrowed_rates: list = field(default_factory=list)  # 规范管理率 over 在管: a rate over an earlier count
    fund_rates: list = field(default_factory=list)  # 拨付率, 执行率: money passed on or spent over money allocated
    identities: list = field(default_factory=list)  # 累计确诊 = 现有确诊 + 累计治愈 + 累计死亡: sums by definition
    domain_subsets: list = field(default_factory=list)  # 出车 ≤ 呼入, 入住 ≤ 床位: at most another by what they count
    complement_rates: list = field(default_factory=list)  # 县域内就诊率 = (住院总人次 − 转出) / 住院总人次
    column_rates: list = field(default_factory=list)  # 床位使用率 = 入住老年人 column / 床位数 column of a table
    screening_steps: list = field(default_factory=list)  # 转诊, 进一步: a step taken by some of those of the step before

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


def _entries(file, section: str, entries, fields: set, mapping: str):
    """The entries of a lexicon section that is a list of mappings, each with its place
    (``section[i]``), once the list, the mappings and their field names are checked."""
    if not isinstance(entries, list):
        raise RuleFileError(f"{file}: {section}: a list of mappings")
    for index, entry in enumerate(entries):
        where = f"{section}[{index}]"
        if not isinstance(entry, dict):
            raise RuleFileError(f"{file}: {where}: a mapping with {mapping}")
        unknown = set(entry) - fields
        if unknown:
            raise RuleFileError(f"{file}: {where}.{sorted(unknown)[0]}: unknown field")
        yield where, entry


def _check_identities(file, identities) -> None:
    """identities: [{name, total: [words], parts: [[words], ...], absent: {part number: [words]}}]."""
    for where, entry in _entries(file, "identities", identities, {"name", "total", "parts", "absent"},
                                 "total and parts"):
        if not _words(entry.get("total")):
            raise RuleFileError(f"{file}: {where}.total: a list of words")
        parts = entry.get("parts")
        if not isinstance(parts, list) or len(parts) < 2 or not all(_words(part) for part in parts):
            raise RuleFileError(f"{file}: {where}.parts: at least two lists of words")
        absent = entry.get("absent") or {}
        if not isinstance(absent, dict) or not all(isinstance(k, int) and 1 <= k <= len(parts) and _words(v)
                                                   for k, v in absent.items()):
            raise RuleFileError(f"{file}: {where}.absent: part numbers (1 to {len(parts)}) to lists of words")


def _check_domain_subsets(file, entries, groups: set) -> None:
    """domain_subsets: [{part: [words], whole: [words], units: {part: group, whole: group},
    same_measure: bool}]."""
    for where, entry in _entries(file, "domain_subsets", entries, {"part", "whole", "units", "same_measure"},
                                 "part and whole"):
        if not isinstance(entry.get("same_measure", False), bool):
            raise RuleFileError(f"{file}: {where}.same_measure: true or false")
        for key in ("part", "whole"):
            if not _words(entry.get(key)):
                raise RuleFileError(f"{file}: {where}.{key}: a list of words")
        units = entry.get("units")
        if units is not None and (not isinstance(units, dict) or set(units) != {"part", "whole"}
                                  or not set(units.values()) <= groups):
            raise RuleFileError(f"{file}: {where}.units: part and whole, each a group of unit_groups")


def _check_word_lists(file, section: str, entries, keys: tuple[str, ...]) -> None:
    """complement_rates: [{rate: [words], excluded: [words], base: [words]}], column_rates:
    [{rate: [words], numerator: [words], base: [words]}]: each entry a list of words by key."""
    for where, entry in _entries(file, section, entries, set(keys), f"{', '.join(keys[:-1])} and {keys[-1]}"):
        for key in keys:
            if not _words(entry.get(key)):
                raise RuleFileError(f"{file}: {where}.{key}: a list of words")


def _words(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(word, str) and word for word in value)


@lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> Lexicon:
    file = Path(path) if path else default_rules_dir() / "lexicon.yaml"
    data = _read_yaml(file, vetted=not path)
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
    _check_identities(file, data.get("identities") or [])
    _check_domain_subsets(file, data.get("domain_subsets") or [], set(data["unit_groups"]))
    _check_word_lists(file, "complement_rates", data.get("complement_rates") or [], ("rate", "excluded", "base"))
    _check_word_lists(file, "column_rates", data.get("column_rates") or [], ("rate", "numerator", "base"))
    for word, rule in data["qualifiers"].items():
        unknown = set(rule or {}) - {"bound", "up-to-next-place", "relative-tolerance", "place-tolerance"}
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
        narrowed_rates=data.get("narrowed_rates") or [], fund_rates=data.get("fund_rates") or [],
        identities=data.get("identities") or [], domain_subsets=data.get("domain_subsets") or [],
        complement_rates=data.get("complement_rates") or [], column_rates=data.get("column_rates") or [],
        screening_steps=data.get("screening_steps") or [],
        _unit_to_group=unit_to_group,
    )
