"""Stage 8, cli: the ``check`` command.

Exit codes (2 takes precedence over 1):

- 0: every report was checked and no finding reaches the exit threshold;
- 1: at least one finding at or above the threshold: ``--severity`` (or ``severity`` in the
  configuration) when given, else ``error`` (warnings and info shown but not counted);
- 2: a usage error, a configuration error, a report that could not be read (the other reports
  are still checked), a rule that broke, or an output file that could not be written.
"""
from __future__ import annotations

import os
import re
import sys
from collections import deque
from dataclasses import replace
from pathlib import Path

import click

from .batch import STDIN, report_paths
from .config import (COMMAND_LINE, FORMATS, LANGUAGES, SEVERITIES, ConfigError, find_config, glob_problem,
                     load_config, merge, show_json, show_toml)
from .rulebase import RuleFileError, default_rules_dir, load_rulebase

EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
SEVERITY_STYLES = {"error": {"fg": "red", "bold": True}, "warning": {"fg": "yellow"}, "info": {"fg": "cyan"}}
EPILOG = """\b
Exit codes:
  0  no finding at or above the threshold (--severity; by default: no error)
  1  at least one finding at or above the threshold
  2  usage or configuration error, unreadable report, rule error, or output not written

\b
Settings are read from the nearest .check.toml, or [tool.check] in pyproject.toml, from the
current folder up (--config FILE, --no-config); options given here override them. See
check --show-config."""


def _split(values) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.command(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOG)
@click.argument("paths", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default=None, show_default="table",
              help="Output: a table for people, JSON (contract version 1) or SARIF 2.1.0 for tools, "
                   "or one HTML page.")
@click.option("--claims", "with_claims", is_flag=True, help="Also output every tagged numeric claim (JSON).")
@click.option("--lang", "language", type=click.Choice(LANGUAGES), default=None, show_default="zh",
              help="Language of messages.")
@click.option("--select", multiple=True, help="Only these rules: ids, id prefixes or families (comma-separated).")
@click.option("--ignore", multiple=True, help="Leave out these rules: ids, id prefixes or families.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra folder of rule files (repeatable).")
@click.option("--severity", type=click.Choice(SEVERITIES), default=None,
              help="Show and count only findings of this severity or above; exit 1 if there is one. "
                   "[default: show all, exit 1 on errors]")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out files below a folder whose path (relative to that folder) or name matches "
                   "(repeatable): --exclude '*草稿*' --exclude 'old/**'.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None, show_default="1",
              help="Check files in this many processes (0: one per CPU); the output is the same.")
@click.option("--no-progress", is_flag=True, help="No progress bar (shown on a terminal for several files).")
@click.option("--no-color", is_flag=True, help="No colour in the table (also: the NO_COLOR variable).")
@click.option("-o", "--output", metavar="FILE",
              help="Write the output to FILE (atomically) instead of standard output.")
@click.option("--annotate", metavar="OUT.docx",
              help="For one .docx report: write a copy with a Word comment on each finding to OUT.docx.")
@click.option("--force", is_flag=True, help="Replace an existing --output or --annotate file.")
@click.option("--config", "config_file", metavar="FILE",
              help="Read settings from this file (.check.toml, or pyproject.toml's [tool.check]).")
@click.option("--no-config", is_flag=True, help="Read no configuration file.")
@click.option("--show-config", is_flag=True, help="Print the settings in force and where each comes from; exit.")
@click.option("--list-rules", is_flag=True, help="Print the rule table and exit.")
@click.option("--explain", metavar="RULE", help="Print one rule with its examples and exit.")
@click.option("--fix-preview", is_flag=True,
              help="Print a unified diff of the safe mechanical repairs (mojibake, bracket and digit widths) of each "
                   "report instead of checking it; never writes a report. Exit 1 if there is something to repair.")
@click.version_option(package_name="county-report-check")
def main(paths, output_format, with_claims, language, select, ignore, rule_dirs, severity, exclude, jobs,
         no_progress, no_color, output, annotate, force, config_file, no_config, show_config, list_rules, explain,
         fix_preview):
    """Check the numbers of county health-bureau reports for internal consistency.

    PATHS are report files (.txt in any encoding, .docx, .pdf), folders of them (walked for those
    files, hidden ones and Office lock files left out), or - for standard input.
    """
    for glob in exclude:
        if glob_problem(glob):
            _fail(f"--exclude {glob!r}: {glob_problem(glob)}")
    settings = _settings(config_file, no_config, {
        "format": output_format, "lang": language, "select": tuple(_split(select)) or None,
        "ignore": tuple(_split(ignore)) or None, "severity": severity, "rules": tuple(map(Path, rule_dirs)) or None,
        "exclude": exclude or None, "jobs": jobs})
    sink = _Sink(output, force)
    if show_config:
        note = (f"configuration file: {settings.config_path}" if settings.config_path else
                "no configuration file" + (" (--no-config)" if no_config else " found"))
        sink.emit(show_json(settings, note) if settings["format"] == "json" else show_toml(settings, note))
        return
    language, output_format = settings["lang"], settings["format"]
    try:
        rulebase = load_rulebase([default_rules_dir(), *settings["rules"]])
    except RuleFileError as error:
        _fail(str(error))
    for key in ("select", "ignore"):
        unknown = rulebase.unknown_names(settings[key])
        if unknown:
            _fail(f"{_where(settings, key)}unknown rule or family: {', '.join(unknown)} (see check --list-rules)")
    overridden = {rule.id: rule for rule in _with_overrides(rulebase, settings)}
    rules = [overridden[rule.id] for rule in rulebase.selected(settings["select"], settings["ignore"])]
    if list_rules:
        sink.emit(_rule_table(rules, language))
        return
    if explain:
        rule = rulebase.rule(explain)
        if rule is None:
            _fail(f"unknown rule: {explain} (see check --list-rules)")
        sink.emit(_explanation(overridden[rule.id], language))
        return
    if not paths:
        _fail("no report given (usage: check REPORT.txt ...; check --help)")
    files = report_paths(paths, settings["exclude"])
    sink.refuse_inputs(files)
    annotation = _Annotation(annotate, files, force, output) if annotate else None
    limits = _input_limits(settings)
    if fix_preview:
        _fix_preview(files, sink, limits)
    # what the output shows of each result: the rest is dropped as each report is done
    keep = (with_claims or output_format == "html", output_format in ("sarif", "html") or annotation is not None)
    results = _check(files, rules, settings, limits, show_progress=len(files) > 1 and not no_progress
                     and _is_terminal(sys.stderr), keep=keep)
    for result in results:
        if result.error:
            click.echo(f"check: error: {result.error}", err=True)
        for problem in result.rule_errors:
            click.echo(f"check: rule error: {result.path}: {problem}", err=True)
    shown = [_at_threshold(result, settings["severity"] or "info") for result in results]
    colour = output_format == "table" and sink.is_terminal() and not no_color and not os.environ.get("NO_COLOR")
    sink.emit(_render(shown, output_format, language, with_claims, rules, colour), colour)
    trouble = any(r.error or r.rule_errors for r in results)
    if annotation is not None and not results[0].error:
        trouble = not annotation.write(shown[0], language, limits) or trouble
    if trouble:
        sys.exit(EXIT_TROUBLE)
    threshold = SEVERITY_RANK[settings["severity"] or "error"]
    if any(SEVERITY_RANK[f.severity] <= threshold for r in shown for f in r.findings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def _check(files: list[str], rules: list, settings, limits, show_progress: bool, keep: tuple[bool, bool]) -> list:
    from .batch import WorkerStartError, check_reports

    options = {**_checker_options(settings), "limits": limits}
    stdin = _read_stdin(limits) if STDIN in files else None
    language, jobs = settings["lang"], settings["jobs"]
    try:
        if not show_progress:
            return check_reports(files, rules, language, jobs, options, stdin=stdin, keep=keep)
        label = "检查" if language == "zh" else "checking"
        with click.progressbar(length=len(files), file=sys.stderr, label=label, show_pos=True, width=30) as bar:
            return check_reports(files, rules, language, jobs, options, progress=bar.update, stdin=stdin, keep=keep)
    except WorkerStartError as error:
        _fail(str(error))


# -- settings ---------------------------------------------------------------------------------------
def _settings(config_file, no_config: bool, command_line: dict):
    if config_file and no_config:
        _fail("--config and --no-config cannot be used together")
    try:
        path = None if no_config else Path(config_file) if config_file else find_config()
        config = load_config(path) if path is not None else None
    except ConfigError as error:
        _fail(str(error))
    return merge(config, command_line)


def _where(settings, key: str) -> str:
    """Where a bad setting came from, as the start of an error message."""
    source = settings.sources[key]
    return f"--{key}: " if source == COMMAND_LINE else f"{source}: {key}: " if source != "default" else ""


def _with_overrides(rulebase, settings) -> list:
    """Rules with the configured severities: findings, --list-rules and --explain all show them.
    A rule named by its id or name outranks its family or id prefix, whatever the order."""
    overrides = settings["severity-overrides"]
    severity_of = {}
    for name, severity in sorted(overrides.items(), key=lambda item: rulebase.rule(item[0]) is not None):
        unknown = rulebase.unknown_names([name])
        if unknown:
            _fail(f"{_where(settings, 'severity-overrides')}{name}: unknown rule or family (see check --list-rules)")
        for rule in rulebase.selected([name], []):
            severity_of[rule.id] = severity
    return [replace(rule, severity=severity_of[rule.id]) if rule.id in severity_of else rule for rule in rulebase.rules]


def _checker_options(settings) -> dict:
    """report_date and reporting_period for the Checker, when set and when the pipeline takes them."""
    options = {}
    if settings["report-date"] is not None:
        options["report_date"] = settings["report-date"]
    if settings["reporting-period"] is not None:
        options["reporting_period"] = (settings["reporting-period"].start, settings["reporting-period"].end)
    return options


def _input_limits(settings):
    """The limits on a report file from the max-* settings (read.InputLimits, for every reader)."""
    from .read import InputLimits

    return InputLimits(max_file_size=settings["max-file-size"], max_pdf_pages=settings["max-pdf-pages"],
                       max_docx_unpacked=settings["max-docx-unpacked"], max_docx_ratio=settings["max-docx-ratio"],
                       max_docx_parts=settings["max-docx-parts"])


def _read_stdin(limits) -> bytes:
    """Standard input, one byte past the size limit at most: the reader refuses it then."""
    return sys.stdin.buffer.read(limits.max_file_size + 1)


# -- what is shown ----------------------------------------------------------------------------------
def _at_threshold(result, threshold: str):
    """The result with only the findings at or above ``threshold`` (and the suggestions about them)."""
    rank = SEVERITY_RANK[threshold]
    findings = [f for f in result.findings if SEVERITY_RANK[f.severity] <= rank]
    if len(findings) == len(result.findings):
        return result
    rules = {f.rule for f in findings}
    return replace(result, findings=findings,
                   suggestions=[s for s in result.suggestions if rules.intersection(s.resolves)])


def _render(results, output_format: str, language: str, with_claims: bool, rules, colour: bool) -> str:
    if output_format == "json":
        from .render import to_json

        return to_json(results, with_claims=with_claims)
    if output_format == "sarif":
        from .render.sarif import to_sarif

        return to_sarif(results, language, rules)
    if output_format == "html":
        from .render.html import to_html

        return to_html(results, language)
    from .render import summary, to_table

    table = to_table(results, language)
    if table and colour:
        table = _coloured(table, results, language)
    return "\n".join(part for part in (table, summary(results, language)) if part)


def _coloured(table: str, results, language: str) -> str:
    """The severity cell of each row styled after tabulate laid the table out, so escapes do not
    count in the column widths. A row starts where the location column is not blank."""
    from .render import SEVERITY_WORDS

    words = SEVERITY_WORDS[language]
    cell = re.compile(r"^(\S.*?\s{2,})(" + "|".join(map(re.escape, words.values())) + r")(?=\s|$)")
    expected = deque(f.severity for r in results for f in r.findings)
    lines = table.split("\n")
    body = next((i + 1 for i, line in enumerate(lines) if re.fullmatch(r"-+(?: +-+)*", line)), len(lines))
    for i in range(body, len(lines)):
        if not expected:
            break
        if not lines[i] or lines[i][0].isspace():
            continue  # a wrapped message's next line
        severity = expected.popleft()
        match = cell.match(lines[i])
        if match and match.group(2) == words[severity]:
            lines[i] = match.group(1) + click.style(match.group(2), **SEVERITY_STYLES[severity]) + lines[i][match.end():]
    return "\n".join(lines)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# -- files written ----------------------------------------------------------------------------------
def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


class _Sink:
    """Standard output, or the --output file written atomically once everything is known."""

    def __init__(self, output: str | None, force: bool):
        self.path = Path(output) if output else None
        self.force = force
        if self.path is not None:
            _check_new_file(self.path, force, "--output")

    def refuse_inputs(self, files: list[str]) -> None:
        if self.path is not None:
            for name in files:
                if name != STDIN and _same_file(self.path, Path(name)):
                    _fail(f"{self.path}: --output would overwrite a report being checked")

    def is_terminal(self) -> bool:
        return self.path is None and _is_terminal(sys.stdout)

    def emit(self, text: str, colour: bool = False) -> None:
        if self.path is None:
            click.echo(text, color=True if colour else None)  # click would strip styles off a non-terminal
        else:
            _write_new_file(self.path, (text + "\n").encode("utf-8"), self.force, "--output")


class _Annotation:
    """--annotate OUT.docx: checked before any report is read, written after."""

    def __init__(self, out: str, files: list[str], force: bool, output: str | None):
        self.out = Path(out)
        if len(files) != 1:
            _fail(f"--annotate needs exactly one .docx report, not {len(files)} files")
        source = Path(files[0])
        if files[0] == STDIN or source.suffix.lower() != ".docx":
            _fail(f"{'<stdin>' if files[0] == STDIN else source}: --annotate works only on a .docx report file")
        if self.out.suffix.lower() != ".docx":
            _fail(f"{self.out}: --annotate writes a .docx file; give it a name ending in .docx")
        if _same_file(self.out, source):
            _fail(f"{self.out}: --annotate would overwrite the report itself; give another file name")
        if output and _same_file(self.out, Path(output)):
            _fail(f"{self.out}: --annotate and --output name the same file")
        _check_new_file(self.out, force, "--annotate")
        self.source, self.force = source, force

    def write(self, shown, language: str, limits) -> bool:
        """Write the annotated copy; False (after one line on stderr) when it cannot be made."""
        from .annotate import AnnotateError, annotated_docx
        from .documents import limits_in_force

        try:
            data = self.source.read_bytes()
            with limits_in_force(limits):  # the .docx is read again: under the limits it was checked with
                annotated = annotated_docx(data, shown, language)
        except AnnotateError as error:
            click.echo(f"check: error: {error}", err=True)
            return False
        except OSError as error:
            click.echo(f"check: error: {self.source}: cannot be read ({error.strerror or error})", err=True)
            return False
        _write_new_file(self.out, annotated, self.force, "--annotate")
        return True


def _check_new_file(path: Path, force: bool, option: str) -> None:
    """Before any work: the file may be written (its folder exists; it does not, or --force)."""
    if path.is_dir():
        _fail(f"{path}: {option} names a folder, not a file")
    if not path.parent.resolve().is_dir():
        _fail(f"{path}: {option}: no such folder: {path.parent}")
    if path.exists() and not force:
        _fail(f"{path}: already exists; use --force to replace it")


def _write_new_file(path: Path, data: bytes, force: bool, option: str) -> None:
    """Write through a temporary file in the same folder, flushed to disk, then moved into place,
    so a reader never sees half a file; without --force an existing file is never replaced."""
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        _fail(f"{path}: {option}: cannot write ({error.strerror or error})")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        if force:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)  # fails if the file appeared meanwhile: never replaced
            except FileExistsError:
                _fail(f"{path}: already exists; use --force to replace it")
            except OSError:  # a file system without hard links
                if path.exists():
                    _fail(f"{path}: already exists; use --force to replace it")
                os.replace(temporary, path)
    except OSError as error:
        _fail(f"{path}: {option}: cannot write ({error.strerror or error})")
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- other modes ------------------------------------------------------------------------------------
def _fix_preview(files: list[str], sink, limits) -> None:
    """Print what the safe repairs would change, file by file; read only."""
    from .read import ReadError, decode_report, read_report
    from .repairs import fix_preview

    trouble = changes = False
    diffs = []
    for path in files:
        try:
            report = (decode_report(_read_stdin(limits), "<stdin>", limits) if path == STDIN
                      else read_report(path, limits))
        except ReadError as error:
            click.echo(f"check: error: {error}", err=True)
            trouble = True
            continue
        diff = fix_preview(report)
        if diff:
            diffs.append(diff)
            changes = True
    if diffs:
        sink.emit("\n".join(diffs))
    sys.exit(EXIT_TROUBLE if trouble else EXIT_FINDINGS if changes else EXIT_CLEAN)


def _fail(message: str):
    click.echo(f"check: error: {message}", err=True)
    sys.exit(EXIT_TROUBLE)


def _rule_table(rules, language: str) -> str:
    from tabulate import tabulate

    headers = ["规则", "名称", "类别", "级别", "标题"] if language == "zh" else ["rule", "name", "family", "severity", "title"]
    rows = [[r.id, r.name, r.family, r.severity, r.title[language]] for r in rules]
    return tabulate(rows, headers=headers, tablefmt="simple")


def _explanation(rule, language: str) -> str:
    zh = language == "zh"
    lines = [f"{rule.id} ({rule.name}) — {rule.title[language]}",
             f"{'类别' if zh else 'family'}: {rule.family}    {'级别' if zh else 'severity'}: {rule.severity}    "
             f"{'类型' if zh else 'kind'}: {rule.kind}    {'容差' if zh else 'tolerance'}: {rule.tolerance:g}",
             f"{'匹配' if zh else 'matches'}: " + ", ".join(f"{k}={v}" for k, v in rule.match.items())]
    if rule.basis:
        lines.append(f"{'依据' if zh else 'basis'}: {rule.basis[language]}")
    lines.append(f"{'消息' if zh else 'message'}: {rule.message[language]}")
    if rule.fix:
        lines.append(f"{'修改' if zh else 'fix'}: {rule.fix[language]}")
    lines.append(f"{'违规示例' if zh else 'failing examples'}:")
    lines.extend(f"  ✗ {text}" for text in rule.examples["fail"])
    lines.append(f"{'合规示例' if zh else 'passing examples'}:")
    lines.extend(f"  ✓ {text}" for text in rule.examples["pass"])
    return "\n".join(lines)
