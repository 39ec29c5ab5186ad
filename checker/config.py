"""Settings from a configuration file: ``[tool.check]`` in a ``pyproject.toml``, or the top-level
keys of a ``.check.toml``.

The file is found by walking up from the current folder; in each folder a ``.check.toml`` comes
before a ``pyproject.toml``, and a ``pyproject.toml`` without a ``[tool.check]`` table is passed
over (it belongs to some other project's tools). ``check --config FILE`` names the file,
``--no-config`` ignores every file. Options on the command line override the file, key by key
(a list given on the command line replaces the file's list).

Keys::

    select = ["PT", "ratios"]            # rule ids, id prefixes, names or families
    ignore = ["PH001"]
    severity = "warning"                 # threshold for output and exit code
    severity-overrides = { PT004 = "warning" }
    report-date = 2022-01-15             # or "2022-01-15"
    reporting-period = "2021"            # or { start = 2021-01-01, end = 2021-06-30 }
    rules = ["my-rules"]                 # extra rule folders, relative to the config file
    exclude = ["*草稿*", "old/**"]
    jobs = 2                             # 0: one per CPU
    lang = "en"
    format = "json"
    max-file-size = "50MB"               # bytes, or a size in B, KB, MB, GB (of 1024)
    max-pdf-pages = 2000
    max-docx-unpacked = "200MB"          # a .docx's parts unpacked, in all
    max-docx-ratio = 200                 # how many times its packed size a part (over 1 MB) may unpack to
    max-docx-parts = 10000

The ``max-`` keys bound what a hostile file may cost (``read.InputLimits``); a file over one is a
one-line error naming the key, and the other files are still checked.

A mistake (bad TOML, an unknown key, a wrong type) is a :class:`ConfigError` whose ``str()`` is
one line naming the file and the key. Only tomllib is imported here, so ``--list-rules`` stays fast.
"""
from __future__ import annotations

import datetime
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_FILE, PYPROJECT = ".check.toml", "pyproject.toml"
SEVERITIES = ("error", "warning", "info")
FORMATS = ("table", "json", "sarif", "html")
LANGUAGES = ("zh", "en")
# Every setting, in the order --show-config prints them, with its value when nothing sets it.
DEFAULTS = {
    "format": "table",
    "lang": "zh",
    "select": [],
    "ignore": [],
    "severity": None,             # not set: every finding shown, exit 1 on errors only
    "severity-overrides": {},
    "rules": [],
    "exclude": [],
    "jobs": 1,
    "report-date": None,          # not set: the date the report is signed, read from its last lines
    "reporting-period": None,     # not set: the period in the report's title
    # what a hostile file may cost before it is refused (read.InputLimits has the same defaults; a test keeps them equal)
    "max-file-size": 50 * 1024 * 1024,
    "max-pdf-pages": 2000,
    "max-docx-unpacked": 200 * 1024 * 1024,
    "max-docx-ratio": 200,
    "max-docx-parts": 10_000,
}
SIZE_KEYS = ("max-file-size", "max-docx-unpacked")
# Binary multiples, as the defaults are written (50 MB = 50 × 1024 × 1024 bytes).
SIZE_UNITS = {"": 1, "B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}
DEFAULT_SOURCE, COMMAND_LINE = "default", "command line"


class ConfigError(Exception):
    """A configuration file that cannot be used; ``str()`` is one line naming the file and key."""


@dataclass(frozen=True)
class ReportingPeriod:
    start: datetime.date
    end: datetime.date


@dataclass
class Config:
    """The settings a file sets (only those), already checked and converted."""
    path: Path | None = None
    values: dict = field(default_factory=dict)


@dataclass
class Settings:
    """Every setting with the value in force and where it came from (``default``, ``command line``
    or the config file's path)."""
    config_path: Path | None
    values: dict
    sources: dict

    def __getitem__(self, key: str):
        return self.values[key]


# -- finding and reading the file ------------------------------------------------------------------
def find_config(start: Path | None = None) -> Path | None:
    """The nearest .check.toml, or pyproject.toml with a [tool.check] table, from ``start`` up."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_check_table(_read_toml(pyproject)):
            return pyproject
    return None


def _has_check_table(document: dict) -> bool:
    tool = document.get("tool")
    return isinstance(tool, dict) and "check" in tool


def load_config(path: Path) -> Config:
    """Read and check one configuration file (``pyproject.toml`` by its ``[tool.check]`` table)."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: config file not found")
    if path.is_dir():
        raise ConfigError(f"{path}: is a folder, not a config file")
    document = _read_toml(path)
    if path.name == PYPROJECT:
        if not _has_check_table(document):
            raise ConfigError(f"{path}: has no [tool.check] table")
        document = document["tool"]["check"]
        if not isinstance(document, dict):
            raise ConfigError(f"{path}: tool.check: must be a table, not {_type_name(document)}")
    values = {}
    for key, value in document.items():
        if key not in DEFAULTS:
            import difflib

            close = difflib.get_close_matches(key, DEFAULTS, n=1)
            hint = f" (did you mean {close[0]}?)" if close else f" (known keys: {', '.join(DEFAULTS)})"
            raise ConfigError(f"{path}: {key}: unknown key{hint}")
        try:
            values[key] = _CHECKS[key](value, path.parent)
        except ValueError as error:
            raise ConfigError(f"{path}: {key}: {error}") from None
    return Config(path=path, values=values)


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as stream:
            return tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror or error})") from None


# -- checking each key: a ValueError's text becomes the message after "file: key: " ----------------
def _type_name(value) -> str:
    names = {str: "a string", int: "a number", float: "a number", bool: "true/false", list: "a list",
             dict: "a table", datetime.date: "a date", datetime.datetime: "a date and time", datetime.time: "a time"}
    return names.get(type(value), type(value).__name__)


def _strings(value, folder) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"must be a list of strings, not {_type_name(value)}")
    return list(value)


def _choice(choices):
    def check(value, folder) -> str:
        if not isinstance(value, str) or value not in choices:
            shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else _type_name(value)
            raise ValueError(f"must be one of {', '.join(choices)}, not {shown}")
        return value
    return check


def _overrides(value, folder) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError(f"must be a table of rule = severity, not {_type_name(value)}")
    for rule, severity in value.items():
        if not isinstance(severity, str) or severity not in SEVERITIES:
            raise ValueError(f"{rule}: must be one of {', '.join(SEVERITIES)}")
    return dict(value)


def _date(value, folder) -> datetime.date:
    if isinstance(value, datetime.datetime) or isinstance(value, datetime.time):
        raise ValueError("must be a date (2022-01-15), without a time")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date") from None
    raise ValueError(f"must be a date such as 2022-01-15, not {_type_name(value)}"
                     + (f" {value!r}" if isinstance(value, str) else ""))


def _period(value, folder) -> ReportingPeriod:
    """A year ("2021" or 2021) or a table {start, end} of dates."""
    if isinstance(value, (str, int)) and not isinstance(value, bool) and re.fullmatch(r"(19|20)\d{2}", str(value)):
        year = int(value)
        return ReportingPeriod(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    if isinstance(value, dict):
        unknown = sorted(set(value) - {"start", "end"})
        if unknown:
            raise ValueError(f"{unknown[0]}: unknown key (a period has start and end)")
        if set(value) != {"start", "end"}:
            raise ValueError("needs both start and end")
        dates = {}
        for end_name in ("start", "end"):
            try:
                dates[end_name] = _date(value[end_name], folder)
            except ValueError as error:
                raise ValueError(f"{end_name}: {error}") from None
        start, end = dates["start"], dates["end"]
        if end < start:
            raise ValueError(f"end {end} is before start {start}")
        return ReportingPeriod(start, end)
    raise ValueError(f"must be a year such as \"2021\" or a table {{ start = 2021-01-01, end = 2021-12-31 }}, "
                     f"not {_type_name(value)}")


def _rule_folders(value, folder: Path) -> list[Path]:
    folders = []
    for name in _strings(value, folder):
        path = (folder / name) if not Path(name).is_absolute() else Path(name)
        if not path.is_dir():
            raise ValueError(f"{name}: no such folder (relative to the config file)")
        folders.append(path)
    return folders


def _globs(value, folder) -> list[str]:
    globs = _strings(value, folder)
    for glob in globs:
        problem = glob_problem(glob)
        if problem:
            raise ValueError(f"{glob!r}: {problem}")
    return globs


def _jobs(value, folder) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"must be a whole number, 0 or more (0: one per CPU), not "
                         f"{value if isinstance(value, int) and not isinstance(value, bool) else _type_name(value)}")
    return value


def _size(value, folder) -> int:
    """Bytes: a whole number, or a string such as "50MB" (B, KB, MB, GB; KiB, MiB, GiB too)."""
    if isinstance(value, int) and not isinstance(value, bool):
        number, unit = value, ""
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:([KMG])I?B?|B)?\s*", value, re.I) if isinstance(value, str) else None
        if match is None:
            shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else _type_name(value)
            raise ValueError(f"must be a size: a whole number of bytes, or a string such as \"50MB\" "
                             f"(B, KB, MB, GB), not {shown}")
        number, unit = float(match.group(1)), (match.group(2).upper() + "B" if match.group(2) else "")
    size = round(number * SIZE_UNITS[unit])
    if size < 1:
        raise ValueError(f"must be 1 byte or more, not {json.dumps(value, ensure_ascii=False)}")
    return size


def _count(value, folder) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a whole number, 1 or more, not "
                         f"{value if isinstance(value, int) and not isinstance(value, bool) else _type_name(value)}")
    return value


_CHECKS = {
    "format": _choice(FORMATS), "lang": _choice(LANGUAGES), "select": _strings, "ignore": _strings,
    "severity": _choice(SEVERITIES), "severity-overrides": _overrides, "rules": _rule_folders, "exclude": _globs,
    "jobs": _jobs, "report-date": _date, "reporting-period": _period,
    "max-file-size": _size, "max-pdf-pages": _count, "max-docx-unpacked": _size, "max-docx-ratio": _count,
    "max-docx-parts": _count,
}


def glob_problem(glob: str) -> str | None:
    """What is wrong with an --exclude pattern, or None (fnmatch would read a bad one literally)."""
    if not glob.strip():
        return "empty pattern"
    depth = 0
    for character in glob:
        if character == "[":
            depth += 1
        elif character == "]" and depth:
            depth = 0
    if depth:
        return "unclosed [ in pattern"
    return None


# -- merging with the command line ------------------------------------------------------------------
def merge(config: Config | None, command_line: dict) -> Settings:
    """The command line's values (None or an empty tuple: not given) over the file's over the defaults."""
    values, sources = {}, {}
    for key, default in DEFAULTS.items():
        given = command_line.get(key)
        if given is not None and given != ():
            values[key], sources[key] = (list(given) if isinstance(given, tuple) else given), COMMAND_LINE
        elif config is not None and key in config.values:
            values[key], sources[key] = config.values[key], str(config.path)
        else:
            values[key], sources[key] = (list(default) if isinstance(default, list) else
                                         dict(default) if isinstance(default, dict) else default), DEFAULT_SOURCE
    return Settings(config_path=config.path if config else None, values=values, sources=sources)


# -- showing the settings --------------------------------------------------------------------------
def show_toml(settings: Settings, note: str) -> str:
    """The settings as TOML that this module reads back, each with its source as a comment."""
    lines = [f"# {note}"]
    for key in DEFAULTS:
        value, source = settings.values[key], settings.sources[key]
        if value is None:
            lines.append(f"# {key} is not set  ({source})")
        else:
            shown = size_text(value) if key in SIZE_KEYS else value
            lines.append(f"{key} = {_toml_value(shown)}  # {source}")
    return "\n".join(lines)


def show_json(settings: Settings, note: str) -> str:
    return json.dumps({"config": str(settings.config_path) if settings.config_path else None, "note": note,
                       "settings": {key: {"value": _json_value(settings.values[key]), "source": settings.sources[key]}
                                    for key in DEFAULTS}}, ensure_ascii=False, indent=2)


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (datetime.date, Path)):
        return value.isoformat() if isinstance(value, datetime.date) else json.dumps(str(value), ensure_ascii=False)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, ReportingPeriod):
        return f"{{ start = {value.start.isoformat()}, end = {value.end.isoformat()} }}"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        items = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    raise TypeError(f"cannot show {value!r} as TOML")


def size_text(size: int) -> str | int:
    """``"50MB"`` for a whole number of the largest unit that divides it; else the bytes as a number."""
    for unit in ("GB", "MB", "KB"):
        if size % SIZE_UNITS[unit] == 0:
            return f"{size // SIZE_UNITS[unit]}{unit}"
    return size


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _json_value(value):
    if isinstance(value, ReportingPeriod):
        return {"start": value.start.isoformat(), "end": value.end.isoformat()}
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    return value
