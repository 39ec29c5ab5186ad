"""The HTML page (checker/render/html.py), read back as markup: self-contained, escaped, the
report's text unchanged under its highlights, and every finding linked to its numbers. The
behaviour in a browser (scrolling, lighting) is tested in test_browser.py."""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

from checker.read import ReportText
from checker.render.html import to_html

ROOT = Path(__file__).parents[1]
SEED = ROOT / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt"
EXAMS = ("全县共审核独生子女家庭子女854人，其中，符合政策考生655人、审核不通过59人、"
         "放弃权益49人，符合政策县外考生93人。")
HEADINGS = "一、工作开展情况\n全年开展培训12场次。\n三、下一步打算\n继续做好各项工作。\n"  # 三、 after 一、: STR001
HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


def sections(page: str) -> list[str]:
    return re.findall(r'<section class="report" id="r\d+">.*?</section>', page, flags=re.S)


def text_markup(section: str) -> str:
    [markup] = re.findall(r'<div class="entities"[^>]*>(.*?)</div>', section, flags=re.S)
    return markup


def shown_text(section: str) -> str:
    """The report text as the page shows it: tags dropped, <br> as a line end, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", text_markup(section).replace("<br>", "\n")))


def marks(section: str) -> list[dict]:
    found = []
    for attributes, inner in re.findall(r"<mark ([^>]*)>(.*?)</mark>", text_markup(section), flags=re.S):
        entry = {name: html.unescape(value) for name, value in re.findall(r'([\w-]+)="([^"]*)"', attributes)}
        entry["text"] = html.unescape(inner)
        found.append(entry)
    return found


def findings(section: str) -> list[dict]:
    found = []
    for attributes, inner in re.findall(r'<li (class="finding [^"]*"[^>]*)>(.*?)</li>', section, flags=re.S):
        entry = dict(re.findall(r'([\w-]+)="([^"]*)"', attributes))
        entry["rule"] = re.search(r"<code>(.*?)</code>", inner).group(1)
        entry["href"] = re.search(r'<a class="go" href="#([^"]*)"', inner).group(1)
        entry["evidence"] = re.findall(r'<a href="#([^"]*)">', inner)
        entry["inner"] = inner
        found.append(entry)
    return found


@pytest.fixture(scope="module")
def seed_result(checker):
    return checker.check_file(SEED)


@pytest.fixture(scope="module")
def page(checker, check_text, seed_result, tmp_path_factory):
    missing = checker.check_file(tmp_path_factory.mktemp("none") / "missing.txt")
    return to_html([check_text(f"标题\n{EXAMS}\n{HOSTILE}\n"), seed_result, missing, check_text(HEADINGS)], "zh")


def test_page_loads_nothing_from_elsewhere(page):
    assert page.startswith("<!DOCTYPE html>")
    assert re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page) is None
    assert "http://" not in page and "https://" not in page
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert page.count("<style>") == 1 and page.count("<script>") == 1  # inline, ours only


def test_report_text_is_escaped(page):
    first = sections(page)[0]
    assert "<script>alert" not in page and "<img src=x" not in page
    assert html.escape(HOSTILE, quote=True) in text_markup(first)
    assert HOSTILE in shown_text(first)


def test_the_text_is_shown_whole_and_unchanged_under_the_highlights(page, seed_result):
    shown = shown_text(sections(page)[1])
    assert shown == seed_result.text
    # the seed's garbled tail is shown repaired (lines 35-201 were GBK read as cp1252)
    original = SEED.read_text(encoding="utf-8")
    garbled = original.split("\n")[34]
    assert garbled and garbled not in shown
    assert seed_result.text.split("\n")[34] in shown


def test_every_claim_is_highlighted_with_its_kind(page, seed_result):
    found = {m["id"]: m for m in marks(sections(page)[1]) if "claim" in m["class"].split()}
    claims = seed_result.claim_set.claims
    assert len(claims) > 100
    assert set(found) == {f"r2-c{claim.start}" for claim in claims}
    for claim in claims:
        mark = found[f"r2-c{claim.start}"]
        assert (mark["text"], mark["data-kind"]) == (claim.text, claim.kind)
        assert claim.indicator in mark["title"]


def test_a_finding_is_linked_to_each_of_its_numbers(page):
    first = sections(page)[0]
    [finding] = [f for f in findings(first) if f["rule"] == "PT001"]
    assert finding["class"] == "finding sev-error"
    by_id = {m["id"]: m for m in marks(first)}
    lit = [m for m in marks(first) if finding["id"] in m["data-f"].split()]
    assert [m["text"] for m in lit] == ["854人", "655人", "59人", "49人", "93人"]
    assert finding["data-targets"].split() == [m["id"] for m in lit]
    assert by_id[finding["href"]]["text"] == "854人"  # the link goes to the number the finding is about
    assert [by_id[anchor]["text"] for anchor in finding["evidence"]] == ["854人", "655人", "59人", "49人", "93人"]
    assert "655+59+49+93 = 856 &gt; 854" in finding["inner"]
    assert "第2行第14字" in finding["inner"]
    # numbers of no finding link nowhere
    assert all(m["data-f"] == "" for m in marks(first) if m["text"] == "标题")


def test_a_finding_about_the_text_itself_lights_its_stretch_of_text(page):
    section = sections(page)[3]
    [finding] = [f for f in findings(section) if f["rule"] == "STR001"]
    assert finding["evidence"] == []
    lit = [m for m in marks(section) if finding["id"] in m["data-f"].split()]
    assert [m["text"] for m in lit] == ["三、"]
    assert "issue" in lit[0]["class"].split() and finding["href"] == lit[0]["id"]


def test_overlapping_text_findings_are_cut_into_marks_without_line_ends(page, seed_result):
    section = sections(page)[1]
    garbled = [f for f in findings(section) if f["rule"] in ("ENC001", "TXT001")]
    assert len(garbled) == 2
    for finding in garbled:
        lit = [m for m in marks(section) if finding["id"] in m["data-f"].split()]
        stretches = [m for m in lit if "issue" in m["class"].split()]
        assert len(stretches) > 10 and all("\n" not in m["text"] for m in stretches)
        # the numbers inside the region are lit with it (a number split over lines keeps its line ends)
        assert any("claim" in m["class"].split() and "\n" in m["text"] for m in lit)
    # where the two regions overlap, one mark belongs to both findings
    assert any(all(f["id"] in m["data-f"].split() for f in garbled) for m in marks(section))


def test_one_page_for_many_files_with_a_table_of_contents(page, seed_result):
    assert [re.search(r'id="(r\d+)"', s).group(1) for s in sections(page)] == ["r1", "r2", "r3", "r4"]
    toc = re.search(r'<table class="toc">(.*?)</table>', page, flags=re.S).group(1)
    rows = re.findall(r"<tr><td><a href=\"#(r\d+)\">(.*?)</a></td>(.*?)</tr>", toc, flags=re.S)
    assert [row[0] for row in rows] == ["r1", "r2", "r3", "r4"]
    seed_counts = re.findall(r'<td class="n count-\w+">(\d+)</td>', rows[1][2])
    expected = [sum(1 for f in seed_result.findings if f.severity == s) for s in ("error", "warning", "info")]
    assert [int(n) for n in seed_counts] == expected
    assert "无法读取" in rows[2][2]
    assert "missing.txt" in sections(page)[2] and "no such file" in sections(page)[2]
    # ids are unique across the whole page
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_labels_in_english(check_text):
    page = to_html([check_text(EXAMS)], "en")
    assert '<html lang="en">' in page
    assert "Findings (1)" in page and "Numbers involved" in page and "line 1, column 14" in page
    assert "问题" not in page and "涉及数字" not in page


def test_a_report_without_findings_says_so(check_text):
    page = to_html([check_text("1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2022人。\n")], "zh")
    assert "未发现问题。" in page and '<li class="finding' not in page


def test_a_word_report_is_located_by_paragraph(checker, tmp_path):
    pytest.importorskip("docx", reason="python-docx is needed to write a .docx")
    sys.path.insert(0, str(Path(__file__).parent))
    from make_documents import make_docx

    result = checker.check_file(make_docx(tmp_path / "report.docx", ["蒙阴县卫生健康局工作总结", EXAMS]))
    page = to_html([result], "zh")
    [finding] = findings(sections(page)[0])
    assert "第2段第14字" in finding["inner"]


def test_a_long_report_renders_quickly(check_text):
    import time

    text = "\n".join(f"第{i}项：全县共审核{i + 800}人，其中符合政策{i + 700}人、不通过{i + 200}人。" for i in range(400))
    result = check_text(text)
    started = time.perf_counter()
    page = to_html([result], "zh")
    assert time.perf_counter() - started < 5
    assert shown_text(sections(page)[0]) == text


@pytest.mark.parametrize("name", ["d01_linze_gongwei_2022h1", "d03_xinhua_jiceng_2023q3", "e04_liuxi_jisheng_2019"])
def test_each_finding_links_first_to_the_number_it_is_about(checker, name):
    result = checker.check_file(ROOT / "corpora" / "reports" / f"{name}.txt")
    section = sections(to_html([result], "zh"))[0]
    by_id = {m["id"]: m for m in marks(section)}
    shown = findings(section)
    assert len(shown) == len(result.findings) >= 3
    about_a_later_number = 0
    for entry, finding in zip(shown, result.findings):
        assert entry["rule"] == finding.rule
        target = by_id[entry["href"]]
        start = int(entry["href"].rsplit("-", 1)[1][1:])
        assert start <= finding.start < start + len(target["text"])
        assert entry["data-targets"].split()[0] == entry["href"]
        about_a_later_number += bool(finding.evidence) and finding.start != min(c.start for c in finding.evidence)
    if name == "d03_xinhua_jiceng_2023q3":
        assert about_a_later_number  # a finding whose own number is not its first: the link still goes to it
