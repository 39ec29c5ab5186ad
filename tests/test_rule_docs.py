"""docs/rules/ is generated from the rule files: it must match what the generator renders now."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.rule_docs import (DEFAULT_OUTPUT, HEADER, INDEX, KINDS_PAGE, KIND_MEANING, KIND_TEST, MATCH_MEANING, main,
                               render_rule_docs)
from checker.rulebase import KINDS, MATCH_KEYS, load_rulebase

RULEBASE = load_rulebase()
PAGES = render_rule_docs(RULEBASE)
REGENERATE = "docs/rules/ is out of date: run python -m checker.rule_docs"


def test_rule_docs_are_up_to_date():
    on_disk = {path.name: path.read_text(encoding="utf-8") for path in DEFAULT_OUTPUT.glob("*.md")}
    missing = sorted(set(PAGES) - set(on_disk))
    left_over = sorted(set(on_disk) - set(PAGES))
    assert not missing and not left_over, f"{REGENERATE} (missing: {missing}, left over: {left_over})"
    stale = [name for name, content in PAGES.items() if on_disk[name] != content]
    assert stale == [], f"{REGENERATE} (stale: {', '.join(stale)})"


def test_one_page_per_rule_an_index_and_the_kinds():
    assert sorted(PAGES) == sorted([INDEX, KINDS_PAGE] + [f"{rule.id}.md" for rule in RULEBASE.rules])
    for rule in RULEBASE.rules:
        assert f"]({rule.id}.md)" in PAGES[INDEX]


def test_the_kinds_page_names_the_whole_vocabulary():
    from checker.rulebase import KINDS, OBSERVATION_KINDS, RELATION_KINDS

    page = PAGES[KINDS_PAGE]
    for name in [*KINDS, *RELATION_KINDS, *OBSERVATION_KINDS]:
        assert f"`{name}`" in page, name
    for rule in RULEBASE.rules:  # each rule listed against its own kind
        row = next(line for line in page.splitlines() if line.startswith(f"| `{rule.kind}` |"))
        assert f"[{rule.id}]({rule.id}.md)" in row
    # and writing-rules.md, written by hand, points to it
    assert "rules/kinds.md" in (Path(__file__).parents[1] / "docs" / "writing-rules.md").read_text(encoding="utf-8")


def test_rendering_is_deterministic():
    assert render_rule_docs(load_rulebase()) == PAGES


@pytest.mark.parametrize("rule", RULEBASE.rules, ids=lambda rule: rule.id)
def test_rule_page_has_examples_and_both_languages(rule):
    page = PAGES[f"{rule.id}.md"]
    assert page.splitlines()[0] == HEADER
    for heading in ("## What it does / 检查什么", "## Why is this bad? / 为什么", "## Matches / 匹配",
                    "## Message / 消息", "## Example / 违规示例", "## Use instead / 合规示例", "## Source"):
        assert heading in page
    for language in ("zh", "en"):
        assert rule.title[language] in page
        assert rule.message[language] in page
        if rule.basis:
            assert rule.basis[language] in page
        if rule.fix:
            assert rule.fix[language] in page
    failing = page.split("## Example / 违规示例")[1].split("## Use instead")[0]
    passing = page.split("## Use instead / 合规示例")[1]
    for text in rule.examples["fail"]:
        assert f"```text\n{text}\n```" in failing
    for text in rule.examples["pass"]:
        assert f"```text\n{text}\n```" in passing
    assert f"`rules/{Path(rule.source).name}`" in page


def test_check_mode_lists_stale_pages_and_writes_nothing(tmp_path, capsys):
    leftover = tmp_path / "OLD001.md"
    leftover.write_text("a rule that no longer exists\n", encoding="utf-8")
    assert main(["--check", "--out", str(tmp_path)]) == 1
    listed = capsys.readouterr().out
    assert "OLD001.md" in listed and f"{RULEBASE.rules[0].id}.md: missing" in listed
    assert [path.name for path in tmp_path.iterdir()] == ["OLD001.md"]

    assert main(["--out", str(tmp_path)]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(PAGES)
    assert main(["--check", "--out", str(tmp_path)]) == 0


def test_every_kind_and_match_value_is_described():
    """A new kind or match value needs its sentence in rule_docs.py, once, like its code in findings.py."""
    assert set(KIND_MEANING) == set(KINDS)
    for kind, spec in KINDS.items():
        directions = spec["check"].get("direction") or (None,)
        for direction in directions:
            assert (kind, direction) in KIND_TEST, (kind, direction)
    for key, values in MATCH_KEYS.items():
        for value in values or ():
            assert (key, value) in MATCH_MEANING, (key, value)
