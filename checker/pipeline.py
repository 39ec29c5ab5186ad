"""The whole path for one report: read → nlp → claims → engine → findings.

A :class:`Checker` holds what is built once per process (the rule base, the compiled engine,
the spaCy pipeline); ``check_file`` never raises for a bad report: it returns a result that
carries the one-line error instead, so a batch goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .claims import ClaimSet, extract_claims
from .engine import EngineFailure, RuleEngine
from .findings import Finding, Outcome, evaluate, localise
from .read import InputLimits, ReadError, ReportText, decode_report, read_report
from .rulebase import Rule, load_lexicon

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class ReportResult:
    path: str
    encoding: str | None = None
    text: str | None = None
    findings: list[Finding] = field(default_factory=list)
    claim_set: ClaimSet | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    error: str | None = None          # the report could not be read
    rule_errors: list[str] = field(default_factory=list)  # a rule broke (not a finding about the report)
    suggestions: list = field(default_factory=list)  # findings.Suggestion: one number that resolves several
    layout: object = None             # documents.Layout of a .docx or PDF: where the user sees each offset
    repairs: tuple = ()               # read.Repair: the mojibake regions repaired in place
    rules_ran: bool | None = None     # set by ``kept``, which drops the outcomes that show it

    def location(self, offset: int):
        """Where the user sees an offset of ``text`` (``finding.start``, ``finding.end``,
        ``claim.start``) in a Word or PDF report: a ``documents.Location`` whose ``as_json()`` is
        ``{"paragraph", "column"}``, ``{"table", "row", "cell", "column"}`` or ``{"page", "line",
        "column"}`` (1-based) and whose ``label(language)`` is ``第8段第178字`` / ``paragraph 8,
        column 178`` and the like. Offsets inside a repaired garbled region are mapped back to the
        garbled text the document shows. None for a text report, whose ``line`` and ``column``
        are already what the user sees."""
        return self.layout.locate(offset, self.repairs, self.text) if self.layout is not None else None

    @property
    def not_checkable(self) -> int:
        # relations, not rule outcomes: two rules over one relation with a placeholder are one gap
        return len({o.relation for o in self.outcomes if o.status == "not-checkable"})

    @property
    def evaluated(self) -> bool:
        """The rules ran on the report (a report that could not be read has no outcomes)."""
        return self.rules_ran if self.rules_ran is not None else bool(self.outcomes)

    def kept(self, claims: bool, text: bool) -> ReportResult:
        """What a batch keeps of the result until its output is written: the findings and
        suggestions always; the claims and the text only when the output shows them (the text
        also when a Word or PDF layout needs it to place a finding). A batch of thousands of
        reports then holds a few kilobytes per report, not its whole claim set."""
        if self.error:
            return self
        return replace(self, claim_set=self.claim_set if claims else None,
                       text=self.text if text or self.layout is not None else None,
                       outcomes=[o for o in self.outcomes if o.status == "not-checkable"], rules_ran=self.evaluated)


class Checker:
    def __init__(self, rules: list[Rule], language: str = "zh", report_date=None, reporting_period=None,
                 limits: InputLimits | None = None):
        self.rules = list(rules)
        # from the configuration: a datetime.date, and a (start, end) pair of dates; None reads them from the report
        self.report_date, self.reporting_period = report_date, reporting_period
        self.limits = limits  # how much of a file is read before it is refused; None: the built-in limits
        self.rules_by_id = {rule.id: rule for rule in self.rules}
        self.language = language
        self.lexicon = load_lexicon()
        self._engine: RuleEngine | None = None

    @property
    def engine(self) -> RuleEngine:
        if self._engine is None:
            self._engine = RuleEngine(self.rules)
        return self._engine

    def check_file(self, path: str | Path) -> ReportResult:
        try:
            report = read_report(path, self.limits)
        except ReadError as error:
            return ReportResult(path=str(path), error=str(error))
        return self.check_report(report)

    def check_bytes(self, data: bytes, path: str) -> ReportResult:
        try:
            report = decode_report(data, path, self.limits)
        except ReadError as error:
            return ReportResult(path=path, error=str(error))
        return self.check_report(report)

    def check_report(self, report: ReportText) -> ReportResult:
        from .nlp import tag_report

        result = ReportResult(path=report.path, encoding=report.encoding, text=report.text, layout=report.layout,
                              repairs=report.repairs)
        doc = tag_report(report.text, report.repairs)
        result.claim_set = extract_claims(doc, self.lexicon, self.report_date, self.reporting_period)
        try:
            matches = self.engine.match(result.claim_set)
        except EngineFailure as failure:
            result.rule_errors.append(str(failure))
            return result
        result.outcomes = evaluate(matches, self.rules_by_id, result.claim_set, self.language, report=result)
        result.rule_errors.extend(f"{o.rule}: {o.problem}" for o in result.outcomes if o.status == "rule-error")
        findings = [o.finding for o in result.outcomes if o.finding is not None]
        result.findings = sorted(findings, key=lambda f: (f.start, SEVERITY_ORDER[f.severity], f.rule))
        result.suggestions = localise(result.outcomes, self.rules_by_id, result.claim_set, self.language, report=result)
        return result
