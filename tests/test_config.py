"""The configuration file: where it is found, what it may say, and each mistake as one line
naming the file and the key."""
from __future__ import annotations

import datetime
import json
import tomllib
from pathlib import Path

import pytest

from checker.config import (DEFAULTS, Config, ConfigError, ReportingPeriod, find_config, load_config, merge,
                            show_json, show_toml)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- finding the file --------------------------------------------------------------------------------
def test_nearest_file_walking_up(tmp_path):
    top = write(tmp_path / ".check.toml", "lang = 'en'\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == top.resolve()
    nearer = write(tmp_path / "a" / ".check.toml", "")
    assert find_config(deep) == nearer.resolve()


def test_check_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.check]\nlang = 'en'\n")
    own = write(tmp_path / ".check.toml", "lang = 'zh'\n")
    assert find_config(tmp_path) == own.resolve()


def test_pyproject_without_a_check_table_is_passed_over(tmp_path):
    outer = write(tmp_path / "pyproject.toml", "[tool.check]\njobs = 2\n")
    write(tmp_path / "inner" / "pyproject.toml", "[project]\nname = 'x'\n[tool.ruff]\nline-length = 100\n")
    assert find_config(tmp_path / "inner") == outer.resolve()
    assert load_config(outer).values == {"jobs": 2}


def test_no_file_found(tmp_path):
    (tmp_path / "empty").mkdir()
    # tmp_path lies under the system's temporary folder, which has no .check.toml
    assert find_config(tmp_path / "empty") is None


# -- what a file may say -------------------------------------------------------------------------------
def test_every_key_read_and_converted(tmp_path):
    (tmp_path / "my-rules").mkdir()
    path = write(tmp_path / ".check.toml", """
format = "json"
lang = "en"
select = ["PT", "ratios"]
ignore = ["PT004"]
severity = "warning"
severity-overrides = { PT001 = "warning", RATIO002 = "info" }
report-date = 2022-01-15
reporting-period = { start = 2021-01-01, end = "2021-06-30" }
rules = ["my-rules"]
exclude = ["*草稿*", "old/**"]
jobs = 0
max-file-size = "20MB"
max-pdf-pages = 500
max-docx-unpacked = 104857600
max-docx-ratio = 100
max-docx-parts = 2000
""")
    values = load_config(path).values
    assert values == {
        "format": "json", "lang": "en", "select": ["PT", "ratios"], "ignore": ["PT004"], "severity": "warning",
        "severity-overrides": {"PT001": "warning", "RATIO002": "info"},
        "report-date": datetime.date(2022, 1, 15),
        "reporting-period": ReportingPeriod(datetime.date(2021, 1, 1), datetime.date(2021, 6, 30)),
        "rules": [tmp_path / "my-rules"], "exclude": ["*草稿*", "old/**"], "jobs": 0,
        "max-file-size": 20 * 1024 * 1024, "max-pdf-pages": 500, "max-docx-unpacked": 100 * 1024 * 1024,
        "max-docx-ratio": 100, "max-docx-parts": 2000}


def test_pyproject_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.check]\nselect = ['PT']\n")
    assert load_config(path).values == {"select": ["PT"]}


@pytest.mark.parametrize("text,expected", [
    ('reporting-period = "2021"', (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))),
    ("reporting-period = 2020", (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))),
    ("reporting-period = { start = 2022-01-01, end = 2022-06-30 }", (datetime.date(2022, 1, 1), datetime.date(2022, 6, 30))),
])
def test_reporting_period_as_a_year_or_two_dates(tmp_path, text, expected):
    period = load_config(write(tmp_path / ".check.toml", text)).values["reporting-period"]
    assert (period.start, period.end) == expected


def test_report_date_as_a_quoted_string(tmp_path):
    assert load_config(write(tmp_path / ".check.toml", 'report-date = "2022-01-15"')).values == {
        "report-date": datetime.date(2022, 1, 15)}


def test_rule_folders_relative_to_the_config_file_not_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "conf" / "extra").mkdir(parents=True)
    path = write(tmp_path / "conf" / ".check.toml", 'rules = ["extra"]')
    monkeypatch.chdir(tmp_path)
    assert load_config(path).values["rules"] == [tmp_path / "conf" / "extra"]


# -- mistakes: one line naming the file and the key ----------------------------------------------------
@pytest.mark.parametrize("text,key,problem", [
    ("selct = ['PT']", "selct", "unknown key (did you mean select?)"),
    ("colour = true", "colour", "unknown key"),
    ("select = 'PT'", "select", "must be a list of strings, not a string"),
    ("ignore = ['PT', 3]", "ignore", "must be a list of strings"),
    ("severity = 'fatal'", "severity", 'must be one of error, warning, info, not "fatal"'),
    ("severity = 1", "severity", "must be one of error, warning, info, not a number"),
    ("format = 'xml'", "format", "must be one of table, json, sarif, html"),
    ("lang = 'fr'", "lang", "must be one of zh, en"),
    ("jobs = -1", "jobs", "must be a whole number, 0 or more"),
    ("jobs = '2'", "jobs", "must be a whole number"),
    ("jobs = true", "jobs", "must be a whole number"),
    ("jobs = 1.5", "jobs", "must be a whole number"),
    ("severity-overrides = ['PT001']", "severity-overrides", "must be a table of rule = severity"),
    ("severity-overrides = { PT001 = 'fatal' }", "severity-overrides", "PT001: must be one of error, warning, info"),
    ("report-date = '15.01.2022'", "report-date", "must be a date such as 2022-01-15"),
    ("report-date = '2022-02-30'", "report-date", "is not a date"),
    ("report-date = 2022-01-15T10:00:00", "report-date", "without a time"),
    ("reporting-period = '21'", "reporting-period", "must be a year"),
    ("reporting-period = { start = 2021-01-01 }", "reporting-period", "needs both start and end"),
    ("reporting-period = { start = 2021-01-01, end = 'soon' }", "reporting-period", "end: must be a date"),
    ("reporting-period = { start = 2021-06-30, end = 2021-01-01 }", "reporting-period", "is before start"),
    ("reporting-period = { begin = 2021-01-01, end = 2021-06-30 }", "reporting-period", "begin: unknown key"),
    ("rules = ['no-such-folder']", "rules", "no-such-folder: no such folder"),
    ("exclude = ['[abc']", "exclude", "unclosed ["),
    ("exclude = ['']", "exclude", "empty pattern"),
    ("max-file-size = 'big'", "max-file-size", 'must be a size: a whole number of bytes, or a string such as "50MB"'),
    ("max-file-size = -1", "max-file-size", "must be 1 byte or more, not -1"),
    ("max-docx-unpacked = '5 TB'", "max-docx-unpacked", "must be a size"),
    ("max-pdf-pages = 0", "max-pdf-pages", "must be a whole number, 1 or more, not 0"),
    ("max-docx-ratio = 2.5", "max-docx-ratio", "must be a whole number, 1 or more, not a number"),
    ("max-docx-parts = '100'", "max-docx-parts", "must be a whole number, 1 or more, not a string"),
    ("max-pages = 10", "max-pages", "unknown key (did you mean max-pdf-pages?)"),
])
def test_mistake_names_file_and_key(tmp_path, text, key, problem):
    path = write(tmp_path / ".check.toml", text + "\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: {key}: ")
    assert problem in message


@pytest.mark.parametrize("name,text,problem", [
    (".check.toml", "select = [\n", "not valid TOML: "),
    (".check.toml", "lang = 'en'\nlang = 'zh'\n", "not valid TOML: "),
    ("pyproject.toml", "[project]\nname = 'x'\n", "has no [tool.check] table"),
    ("pyproject.toml", "[tool]\ncheck = 3\n", "tool.check: must be a table"),
])
def test_file_mistake_is_one_line_naming_the_file(tmp_path, name, text, problem):
    path = write(tmp_path / name, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value).startswith(f"{path}: ") and problem in str(raised.value)
    assert "\n" not in str(raised.value)


def test_bad_toml_names_the_line(tmp_path):
    path = write(tmp_path / ".check.toml", "lang = 'en'\njobs = = 2\n")
    with pytest.raises(ConfigError, match=r"line 2"):
        load_config(path)


def test_not_utf8(tmp_path):
    path = tmp_path / ".check.toml"
    path.write_bytes("exclude = ['草稿']".encode("gb18030"))
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(tmp_path)


def test_a_broken_pyproject_on_the_way_up_is_an_error_not_ignored(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.check\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        find_config(tmp_path)


# -- merging and showing --------------------------------------------------------------------------------
def test_command_line_overrides_the_file_key_by_key(tmp_path):
    config = Config(path=tmp_path / ".check.toml", values={"lang": "en", "select": ["PT"], "jobs": 2})
    settings = merge(config, {"lang": None, "select": ("RATIO",), "jobs": 0, "format": None, "exclude": ()})
    assert settings["lang"] == "en" and settings.sources["lang"] == str(tmp_path / ".check.toml")
    assert settings["select"] == ["RATIO"] and settings.sources["select"] == "command line"
    assert settings["jobs"] == 0 and settings.sources["jobs"] == "command line"  # 0 is a value, not "unset"
    assert settings["format"] == "table" and settings.sources["format"] == "default"
    assert settings["exclude"] == [] and settings.sources["exclude"] == "default"
    assert settings["severity"] is None


def test_shown_toml_reads_back_as_the_same_settings(tmp_path):
    values = {"lang": "en", "select": ["PT", "比例"], "severity-overrides": {"PT001": "warning"},
              "report-date": datetime.date(2022, 1, 15),
              "reporting-period": ReportingPeriod(datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),
              "rules": [tmp_path / "my rules"], "exclude": ['*"草稿"*'], "jobs": 3,
              "max-file-size": 3 * 1024 ** 3, "max-docx-unpacked": 1000, "max-pdf-pages": 10}
    settings = merge(Config(path=tmp_path / ".check.toml", values=values), {"format": "json"})
    shown = show_toml(settings, "configuration file: x")
    read = tomllib.loads(shown)
    assert read == {"format": "json", "lang": "en", "select": ["PT", "比例"], "ignore": [],
                    "severity-overrides": {"PT001": "warning"}, "report-date": datetime.date(2022, 1, 15),
                    "reporting-period": {"start": datetime.date(2021, 1, 1), "end": datetime.date(2021, 12, 31)},
                    "rules": [str(tmp_path / "my rules")], "exclude": ['*"草稿"*'], "jobs": 3,
                    "max-file-size": "3GB", "max-pdf-pages": 10, "max-docx-unpacked": 1000, "max-docx-ratio": 200,
                    "max-docx-parts": 10000}
    lines = {line.split(" = ")[0]: line for line in shown.splitlines() if " = " in line}
    assert lines["format"].endswith("# command line")
    assert lines["lang"].endswith(f"# {tmp_path / '.check.toml'}")
    assert lines["ignore"].endswith("# default")
    assert "# severity is not set  (default)" in shown.splitlines()
    document = json.loads(show_json(settings, "note"))
    assert document["config"] == str(tmp_path / ".check.toml")
    assert set(document["settings"]) == set(DEFAULTS)
    assert document["settings"]["reporting-period"] == {"value": {"start": "2021-01-01", "end": "2021-12-31"},
                                                        "source": str(tmp_path / ".check.toml")}
    assert document["settings"]["severity"] == {"value": None, "source": "default"}
    assert document["settings"]["max-file-size"] == {"value": 3 * 1024 ** 3, "source": str(tmp_path / ".check.toml")}
