"""Shared fixtures: the rule base and one Checker per test session (the spaCy pipeline and the
durable-rules ruleset are built once per process)."""
from __future__ import annotations

import pytest

from checker.pipeline import Checker
from checker.read import ReportText
from checker.rulebase import load_rulebase


@pytest.fixture(scope="session")
def rulebase():
    return load_rulebase()


@pytest.fixture(scope="session")
def checker(rulebase):
    return Checker(rulebase.rules)


@pytest.fixture(scope="session")
def check_text(checker):
    """Run the whole pipeline on a snippet of report prose."""
    def run(text: str):
        return checker.check_report(ReportText(path="<snippet>", text=text, encoding="utf-8"))
    return run
