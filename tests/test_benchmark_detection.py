"""The detection benchmark's command: folders and subfolders of reports with gold relation files."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.benchmarks.detection import changed_number, main, plant, run


def _report(folder, name, text, relations):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"relations": relations}, ensure_ascii=False), encoding="utf-8")


def test_reports_in_subfolders_are_planted_and_found(tmp_path):
    # a subset: the benchmark raises the part to 1.1 × the whole + 1 = 940, over 854
    _report(tmp_path / "reports", "r1", "全县共审核854人，其中符合政策考生655人、审核不通过59人。\n",
            [{"kind": "subset", "numbers": ["854人", "655人"], "holds": True}])
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "no_gold.txt").write_text("全县共有卫生院12所。", encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path), "--misses"])
    assert result.exit_code == 0, result.output
    assert "reports: 1" in result.output
    assert "recall: 1/1 = 1.000" in result.output
    assert "false alarms: 0" in result.output


def test_a_folder_without_gold_files_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("全县共有卫生院12所。", encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path)])
    assert result.exit_code == 2
    assert "no report with a gold relation file" in result.output


def test_no_false_alarm_on_the_corpus_reports_with_gold_relations():
    """Every error the checker reports on the unmodified reports of corpora/ (held-out batches
    included) touches a number of a relation their gold file says fails."""
    corpora = Path(__file__).resolve().parent.parent / "corpora"
    outcome = run([corpora / "reports", corpora / "heldout"], kinds=())
    assert outcome["reports"] >= 70
    assert outcome["false_alarms"] == []


@pytest.mark.parametrize("number, changed", [
    ("80岁以上老年人9,614人", "80岁以上老年人10095人"),  # the count, not the age that names it
    ("2018年99人", "2018年104人"),
    ("400毫升的6,284人次", "400毫升的6598人次"),
    ("1:1.22", "1:1.28"),
    ("每10万人口安宁疗护床位8.6张", "每10万人口安宁疗护床位9.0张"),
    ("552.24万人次", "579.85万人次"),
    ("344.39/10万", "361.61/10万"),
])
def test_a_planted_error_changes_the_count_of_a_number_string(number, changed):
    assert changed_number(number, Decimal("1.05")) == changed


@pytest.mark.parametrize("numbers", [
    ["按时复筛221人", "转诊18人"],   # the whole first, as the format says
    ["转诊18人", "按时复筛221人"],   # the part first: the whole is still the larger of a subset that holds
])
def test_a_planted_subset_error_pushes_the_part_over_the_whole(numbers):
    text = "初筛未通过236人，按时复筛221人，复筛未通过转诊18人。"
    mutated, at, old, new = plant(text, {"kind": "subset", "numbers": numbers, "holds": True})
    assert (old, new) == ("转诊18人", "转诊244人")  # 221 × 1.1 + 1, over the 221
    assert mutated == text.replace("转诊18人", "转诊244人")
