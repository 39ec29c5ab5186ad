"""Unfilled template placeholders: each is an error at its line and column naming what it
stands for; relations over them are not checkable yet; the template seed gives nothing else."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.nlp.claim_tagger import tag_placeholders

TEMPLATE = Path(__file__).parents[1] / "corpora" / "seeds" / "000_71ad23f3cc86fe98.txt"


@pytest.mark.parametrize("text,placeholder", [
    ("在岗职工*人，", "*人"),
    ("签约率*%，", "*%"),
    ("接种新冠肺炎疫苗*万余针次。", "*万余针次"),
    ("其中**镇卫生院达到推荐标准", "**镇卫生院"),
    ("20XX年全县共签约", "20XX年"),
    ("XX镇卫生院", "XX镇卫生院"),
    ("培训□□人次", "□□人次"),
    ("资金＿＿万元", "＿＿万元"),
])
def test_placeholder_forms(text, placeholder):
    assert [p.text for p in tag_placeholders(text)] == [placeholder]


@pytest.mark.parametrize("text", ["开展X光检查320人次。", "DR、B超等设备", "注：*为估计数", "**重点工作**"])
def test_look_alikes_are_not_placeholders(text):
    assert tag_placeholders(text) == []


def test_placeholder_names_what_it_stands_for(check_text):
    [finding] = check_text("全县在岗职工*人。").findings
    assert finding.rule == "TPL001" and finding.severity == "error"
    assert "在岗职工人数" in finding.message
    assert (finding.line, finding.column) == (1, 7)
    assert finding.evidence[0].text == "*人"


def test_relation_over_a_placeholder_is_not_checkable(check_text):
    result = check_text("全县共审核854人，其中，符合政策考生*人、审核不通过59人。")
    assert [f.rule for f in result.findings] == ["TPL001"]
    assert result.not_checkable == 1


@pytest.mark.skipif(not TEMPLATE.exists(), reason="template seed not bundled")
def test_template_seed_lists_every_placeholder_and_nothing_else_at_error(checker):
    result = checker.check_file(TEMPLATE)
    text = result.text
    errors = [f for f in result.findings if f.severity == "error"]
    assert errors and all(f.rule == "TPL001" for f in errors)
    # every * of the template belongs to exactly one reported placeholder (** is one)
    covered = sorted(i for f in errors for c in f.evidence for i in range(c.start, c.end) if text[i] in "*＊")
    assert covered == [i for i, ch in enumerate(text) if ch in "*＊"]
    assert len(errors) == 111
