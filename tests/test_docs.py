"""The user guides and the other docs keep up with the command: every option of ``check --help``
is in both guides and every option they name exists; every relative link and image points at a
file; every configuration key is documented in both guides."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import DEFAULTS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDES = [DOCS / "guide.zh.md", DOCS / "guide.en.md"]
LINKED_DOCS = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]

LONG_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*[a-z0-9]")
SHORT_OPTION = re.compile(r"(?<![\w-])-[a-zA-Z](?![\w-])")
# [text](target) and ![alt](target), with an optional "title"
LINK = re.compile(r"!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
CODE_SPAN = re.compile(r"`+[^`\n]*`+")


def help_options() -> tuple[set[str], set[str]]:
    """The long and short options ``check --help`` lists (the lines of its Options section that
    start with an option)."""
    result = CliRunner().invoke(main, ["--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    options = result.output.split("\nOptions:\n", 1)[1]
    # "  -j, --jobs INTEGER RANGE    Check files in ...": the declaration ends at the gap before the help
    declared = [line.strip().split("  ")[0] for line in options.split("\n") if re.match(r"\s+-", line)]
    long = {option for line in declared for option in LONG_OPTION.findall(line)}
    short = {option for line in declared for option in SHORT_OPTION.findall(line)}
    return long, short


def test_the_help_is_parsed():
    # the parser must see options that are certainly there, short and long, or the tests below prove nothing
    long, short = help_options()
    assert {"--format", "--severity", "--jobs", "--output", "--show-config", "--help"} <= long
    assert {"-j", "-o", "-h"} <= short
    assert "--frobnicate" not in long


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_option_of_the_help_is_in_the_guide(guide):
    text = guide.read_text(encoding="utf-8")
    long, short = help_options()
    named = set(LONG_OPTION.findall(text))
    assert sorted(long - named) == [], f"{guide.name} never mentions these options of check --help"
    # a short option is mentioned in code: `-j N`, `-o FILE`, `-h`
    missing_short = [o for o in sorted(short) if not re.search(rf"`{re.escape(o)}[ `]", text)]
    assert missing_short == [], f"{guide.name} never mentions these short options"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_option_the_guide_names_exists(guide):
    long, _ = help_options()
    named = set(LONG_OPTION.findall(guide.read_text(encoding="utf-8")))
    assert sorted(named - long) == [], f"{guide.name} names options that check --help does not have"


def relative_links(path: Path) -> list[str]:
    """The link and image targets of a Markdown file that are files of this repository: not
    URLs, not anchors of the same page, not inside code."""
    text = CODE_SPAN.sub("", FENCE.sub("", path.read_text(encoding="utf-8")))
    targets = []
    for target in LINK.findall(text):
        if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", target) or target.startswith("#"):
            continue
        targets.append(unquote(target.split("#", 1)[0]))
    return targets


def test_links_are_found():
    # the guides link to json.md and embed the HTML screenshot: the link finder must see both
    targets = relative_links(DOCS / "guide.zh.md")
    assert "json.md" in targets and "images/html-report.png" in targets
    assert "rules/SUB001.md" in targets


@pytest.mark.parametrize("path", LINKED_DOCS, ids=lambda p: p.name)
def test_every_relative_link_points_at_a_file(path):
    broken = [target for target in relative_links(path) if not (path.parent / target).exists()]
    assert broken == [], f"{path.relative_to(ROOT)} links to files that do not exist"


def test_a_broken_link_is_found(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("[here](missing.md) ![shot](images/none.png) [web](https://example.org) "
                    "`[code](nowhere.md)` [top](#top)\n", encoding="utf-8")
    assert relative_links(page) == ["missing.md", "images/none.png"]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
@pytest.mark.parametrize("key", list(DEFAULTS))
def test_every_configuration_key_is_documented(guide, key):
    text = guide.read_text(encoding="utf-8")
    # explained in prose or a table, and shown in an example configuration
    assert f"`{key}`" in text, f"{guide.name} does not explain the configuration key {key}"
    examples = "\n".join(block for block in re.findall(r"^```toml\n(.*?)^```", text, re.M | re.S))
    assert re.search(rf"^{re.escape(key)} = ", examples, re.M), f"{guide.name} has no example setting {key}"


# -- the JSON contract -----------------------------------------------------------------------------
JSON_DOC = DOCS / "json.md"
BIRTHS = "1-11月，全县共上报出生4165人，其中，男孩2143人、女孩2020人；出生人口性别比105.98。"


def json_keys(document, prefix: str = "") -> set[str]:
    """Every key of a JSON document as a path: ``files[].findings[].evidence[].text``."""
    keys = set()
    if isinstance(document, dict):
        for key, value in document.items():
            keys.add(prefix + key)
            keys |= json_keys(value, prefix + key + ".")
    elif isinstance(document, list):
        for value in document:
            keys |= json_keys(value, prefix[:-1] + "[].")
    return keys


def documented_json_keys(text: str) -> set[str]:
    """The keys docs/json.md documents: the first cell of each row of its field table names a
    path and, after a /, keys beside it (`files[].claims[].low` / `high`, or a whole path); a key whose row names
    the keys inside it (`files[].suggestions[].evidence`: `text`, `value`, …) documents those; the
    keys of a location are the ones its shapes show (`{"paragraph": 3, "column": 12}`)."""
    keys = set()
    for row in re.findall(r"^\| (`(?:version|files)[^|]*)\|([^\n]*)\|$", text, re.M):
        first, *beside = re.findall(r"`([^`]+)`", row[0])
        keys.add(first)
        parent = first.rsplit(".", 1)[0] + "." if "." in first else ""
        keys |= {key if "." in key else parent + key for key in beside}
        keys |= {f"{first}.{key}" for key in re.findall(r"`([a-z_]+)`", row[1])}
    locations = text.split("### Locations in Word and PDF reports", 1)[1].split("\n## ", 1)[0]
    shapes = set(re.findall(r'"([a-z_]+)":', locations))
    return keys | {f"{key}.{inner}" for key in keys if key.endswith(".location") for inner in shapes}


def test_the_documented_json_keys_are_read(tmp_path):
    # the reader of the doc must find keys of every form, or the test below proves nothing
    keys = documented_json_keys(JSON_DOC.read_text(encoding="utf-8"))
    assert {"version", "files[].path", "files[].claims[].high", "files[].suggestions[].evidence.unit",
            "files[].findings[].location.page", "files[].claims[].location.cell"} <= keys
    assert "files[].findings[].frobnicate" not in keys


def test_every_key_of_the_json_output_is_documented(tmp_path):
    import json

    from checker.pipeline import ReportResult
    from checker.render.json import to_json

    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from make_documents import make_docx

    # the corpus; a .docx with a table and a number whose change resolves two findings (suggestions,
    # locations); a file that cannot be read
    docx = make_docx(tmp_path / "births.docx", ["某县2023年工作总结", BIRTHS, [["项目", "人数"], ["合计", "10"], ["男", "6"], ["女", "5"]]])
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["--no-config", "--format", "json", "--claims", str(ROOT / "corpora" / "reports"),
                                       str(docx), str(tmp_path / "empty.txt")])
    assert result.exit_code == 2, result.output  # the empty file
    emitted = json_keys(json.loads(result.stdout))
    # a rule that broke: no shipped rule breaks, so the renderer is given one
    emitted |= json_keys(json.loads(to_json([ReportResult(path="r.txt", rule_errors=["PT001: boom"])])))
    for key in ("files[].suggestions[].evidence.location", "files[].error", "files[].rule_errors",
                "files[].claims[].canonical", "files[].findings[].location.table"):
        assert key in emitted, f"the output did not show {key}: the test must make it"
    documented = documented_json_keys(JSON_DOC.read_text(encoding="utf-8"))
    assert sorted(emitted - documented) == [], "docs/json.md does not document these keys of the JSON output"
