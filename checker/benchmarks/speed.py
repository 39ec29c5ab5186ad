"""Speed and memory of ``check``, side by side with the floor: spaCy reading the same text.

    python -m checker.benchmarks.speed [--quick] [--reports N] [--runs N] [--sizes SMALL,LARGE]

The floor is what any spaCy-based checker pays at least: a fresh Python process that imports
spaCy, builds ``spacy.blank("zh")`` with the same (character) segmenter and tokenises the same
text. Every figure is measured in one run, on this machine, and printed beside its reference
with the ratio, the target and ✓ (met) or ✗ (missed); docs/performance.md says what each means.

- cold start: ``python -m checker FILE`` on one 5-15 KB report as a fresh process, against the
  floor process; medians of several runs (wall and CPU time), and the peak memory (max RSS) of both;
- batch: reports per second over synthetic reports of about 5 KB, in one process (jobs 1) and
  in a pool of two worker processes (jobs 2), against ``nlp.pipe`` over the same texts; the same
  through ``check --jobs 1`` and ``check --jobs 2`` as fresh processes when the command has
  ``--jobs``; the peak memory of the processes; the memory after 50 reports against the memory
  at the end of the batch, as RSS and as the Python heap traced by tracemalloc (the engine state
  of every document is removed, so it must not grow);
- scaling: one 10 MB report (synthetic reports concatenated) against one 1 MB report.

Each measurement runs in its own fresh process (``--measure``, internal), so that one does
not warm up or fill the memory of the next. A measurement prints figures; it is not a test
(``tests/test_benchmarks_speed.py`` only runs the whole table on tiny inputs).
"""
from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from .synthetic import synthetic_report

PARAGRAPHS = 40            # synthetic_report(seed, paragraphs=40) is about 5 KB of UTF-8
MEMORY_CHECKPOINT = 50     # memory after this many reports, against the memory at the end
LONG_SEED = 1_000_000      # the long reports draw from other seeds than the batch
MB = 1_000_000
REPOSITORY = Path(__file__).resolve().parents[2]
SEED_REPORT = REPOSITORY / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt"
SCALING_TIMEOUT = 900      # seconds for the large report before it counts as missed

# Targets: the ratio of check to its reference must stay at or below (at or above for jobs) these.
COLD_START_TARGET = 1.3
BATCH_TARGET = 2.0
JOBS_TARGET = 1.7
MEMORY_TARGET = 1.5
FLAT_TARGET = 0.02         # RSS growth from report 50 to the end of the batch, share of the RSS at 50
HEAP_GROWTH_TARGET = 1024  # bytes of Python heap kept per report after report 50 (a leak of one
                           # document's engine state or Doc would be tens of kilobytes)
SCALING_TARGET = 12.0

# The floor of a cold start: spaCy alone, same pipeline language and segmenter, same text.
FLOOR_SNIPPET = (
    "import sys, spacy\n"
    "nlp = spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'char'}}})\n"
    "nlp(open(sys.argv[1], encoding='utf-8').read())\n"
)


# -- inputs ----------------------------------------------------------------------------------------
def batch_texts(count: int, first_seed: int = 0) -> list[str]:
    """``count`` consistent synthetic reports of about 5 KB each."""
    return [synthetic_report(seed, paragraphs=PARAGRAPHS).text for seed in range(first_seed, first_seed + count)]


def long_text(size: int, first_seed: int = LONG_SEED) -> str:
    """One long report: synthetic reports concatenated until the text has ``size`` bytes of
    UTF-8. A longer text begins with every shorter one (same seeds)."""
    parts, length, seed = [], 0, first_seed
    while length < size:
        text = synthetic_report(seed, paragraphs=PARAGRAPHS).text
        parts.append(text)
        length += len(text.encode("utf-8"))
        seed += 1
    return "".join(parts)


def report_items(texts: list[str]) -> list[tuple[str, bytes]]:
    """What a batch reads: (path, bytes) for each report."""
    return [(f"synthetic-{index:04d}.txt", text.encode("utf-8")) for index, text in enumerate(texts)]


def checkpoint_for(reports: int) -> int:
    """The report after which the memory is first taken: 50, or a tenth of a small batch."""
    return MEMORY_CHECKPOINT if reports >= 2 * MEMORY_CHECKPOINT else max(1, reports // 2)


# -- memory ------------------------------------------------------------------------------------------
def rss_bytes() -> int:
    """The resident set size of this process now (Linux), else its peak."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return peak_rss_bytes()


def peak_rss_bytes(who: int = resource.RUSAGE_SELF) -> int:
    peak = resource.getrusage(who).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KB on Linux


@dataclass(frozen=True)
class MemoryPoint:
    reports: int
    rss: int        # bytes, after a full garbage collection
    objects: int    # live objects the garbage collector tracks
    traced: int     # bytes of Python heap allocated since tracing started (0 when not tracing)

    def as_json(self) -> dict:
        return {"reports": self.reports, "rss": self.rss, "objects": self.objects, "traced": self.traced}


def memory_point(reports: int) -> MemoryPoint:
    gc.collect()
    traced = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0
    return MemoryPoint(reports, rss_bytes(), len(gc.get_objects()), traced)


# -- checking a batch --------------------------------------------------------------------------------
def new_checker():
    """A Checker with every rule, as ``check`` builds it."""
    from ..pipeline import Checker
    from ..rulebase import default_rules_dir, load_rulebase

    return Checker(load_rulebase([default_rules_dir()]).selected([], []))


def warm_up(checker) -> None:
    """Build what a checker builds on its first report (the spaCy pipeline, the engine, and
    cn2an, imported at the first number written in characters)."""
    checker.check_bytes(synthetic_report(-1, notation="chinese", paragraphs=3).text.encode("utf-8"), "<warm-up>")


_worker_checker = None


def _start_worker(barrier) -> None:
    global _worker_checker
    _worker_checker = new_checker()
    warm_up(_worker_checker)
    barrier.wait()


def _check_in_worker(item: tuple[str, bytes]):
    path, data = item
    result = _worker_checker.check_bytes(data, path)
    return len(result.findings), result.error


@dataclass
class BatchRun:
    seconds: float          # checking only: the checkers are built and warmed up before
    reports: int
    start_seconds: float    # building the checker(s): the pool's processes, or one Checker
    findings: int
    memory: list[MemoryPoint]
    worker_peak: int = 0    # bytes: the largest peak RSS of a worker process (jobs > 1)
    cpu: float = 0.0        # CPU time of the checking (jobs 1): what the wall time is on an idle machine

    @property
    def per_second(self) -> float:
        return self.reports / self.seconds


def check_batch(items: list[tuple[str, bytes]], jobs: int = 1, checkpoints: tuple[int, ...] = (),
                trace_from: int | None = None) -> BatchRun:
    """Check every (path, bytes) item, in this process (``jobs`` 1) or in a pool of ``jobs``
    worker processes (what ``check --jobs`` does), each building one Checker once. With
    ``checkpoints``, the memory after that many reports (jobs 1 only: the memory of this
    process); with ``trace_from``, tracemalloc traces the Python heap from that checkpoint on
    (it slows checking down: the time of such a run is not a figure). Time spent at the
    checkpoints is not counted."""
    memory = []
    findings = 0
    started = time.perf_counter()
    if jobs == 1:
        checker = new_checker()
        warm_up(checker)
        start_seconds = time.perf_counter() - started
        seconds = cpu = 0.0
        for index, (path, data) in enumerate(items):
            tick, cpu_tick = time.perf_counter(), time.process_time()
            result = checker.check_bytes(data, path)
            seconds += time.perf_counter() - tick
            cpu += time.process_time() - cpu_tick
            if result.error:
                raise RuntimeError(f"{path}: {result.error}")
            findings += len(result.findings)
            del result
            if index + 1 in checkpoints:
                if trace_from == index + 1:
                    gc.collect()
                    tracemalloc.start()
                memory.append(memory_point(index + 1))
        return BatchRun(seconds, len(items), start_seconds, findings, memory, cpu=cpu)
    # spawn: fresh workers that share nothing (no inherited engine host or its threads), as on
    # every platform; they start and warm up before the clock starts.
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(jobs + 1)
    with context.Pool(jobs, initializer=_start_worker, initargs=(barrier,)) as pool:
        barrier.wait()
        start_seconds = time.perf_counter() - started
        tick = time.perf_counter()
        for count, error in pool.imap(_check_in_worker, items, chunksize=4):
            if error:
                raise RuntimeError(error)
            findings += count
        seconds = time.perf_counter() - tick
    return BatchRun(seconds, len(items), start_seconds, findings, memory, peak_rss_bytes(resource.RUSAGE_CHILDREN))


def tokenise_batch(texts: list[str]) -> tuple[float, float]:
    """Seconds (wall, CPU) for bare spaCy (blank zh, character segmenter) to tokenise every text
    with ``nlp.pipe``, in this process; building the pipeline is not counted."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.max_length = max([nlp.max_length] + [len(text) + 1 for text in texts])
    nlp(texts[0][:100])
    tick, cpu_tick = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - tick, time.process_time() - cpu_tick


def check_long(text: str) -> tuple[float, float]:
    """Seconds (wall, CPU) for one Checker (built and warmed up before) to check one long report."""
    checker = new_checker()
    warm_up(checker)
    data = text.encode("utf-8")
    tick, cpu_tick = time.perf_counter(), time.process_time()
    result = checker.check_bytes(data, "<long>")
    seconds, cpu = time.perf_counter() - tick, time.process_time() - cpu_tick
    if result.error:
        raise RuntimeError(result.error)
    return seconds, cpu


# -- fresh processes ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProcessRun:
    seconds: float      # wall time, from start to exit
    cpu: float          # user + system time of the process
    peak_rss: int       # bytes
    output: str         # its standard output


class Timeout(Exception):
    pass


def run_process(command: list[str], ok_codes=(0,), timeout: float | None = None,
                environment: dict | None = None) -> ProcessRun:
    """Run a command to its end as a fresh process, from the repository's folder (so that
    ``-m checker`` is this tree); its wall and CPU time and its own peak memory (wait4)."""
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        tick = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=errors, cwd=REPOSITORY, env=environment)
        while True:
            # blocking when there is no time limit, so that the wall time is exact
            pid, status, usage = os.wait4(process.pid, os.WNOHANG if timeout else 0)
            if pid:
                break
            if time.perf_counter() - tick > timeout:
                process.kill()
                os.wait4(process.pid, 0)
                process.returncode = -9
                raise Timeout(f"{' '.join(command[-4:])}: still running after {timeout:g} s")
            time.sleep(0.05)
        seconds = time.perf_counter() - tick
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        problem = errors.read().decode("utf-8", "replace")
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    if process.returncode not in ok_codes:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}: {problem.strip()[-2000:]}")
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return ProcessRun(seconds, usage.ru_utime + usage.ru_stime, peak, text)


def cold_start(path: str | Path, runs: int = 5) -> dict:
    """``python -m checker FILE`` and the floor snippet, each as ``runs`` fresh processes
    (alternating, after one unmeasured run of each when there are several); the wall and CPU
    times and peak memories.

    Both run from compiled bytecode, as an installed package does (pip compiles it at install):
    with PYTHONDONTWRITEBYTECODE set, as on some machines, an editable checkout would compile
    every module of the checker from source at each start, and the floor would not pay the same.
    The bytecode goes to a temporary PYTHONPYCACHEPREFIX, so the tree is not written."""
    check = [sys.executable, "-m", "checker", str(path)]
    floor = [sys.executable, "-c", FLOOR_SNIPPET, str(path)]
    with tempfile.TemporaryDirectory(prefix="check-bytecode-") as bytecode:
        environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
        environment["PYTHONPYCACHEPREFIX"] = bytecode
        # unmeasured runs: the first writes the bytecode, the second warms the file cache
        for _ in range(2 if runs > 1 else 1):
            run_process(check, ok_codes=(0, 1), environment=environment)
            run_process(floor, environment=environment)
        check_runs, floor_runs = [], []
        for _ in range(runs):
            check_runs.append(run_process(check, ok_codes=(0, 1), environment=environment))
            floor_runs.append(run_process(floor, environment=environment))
    return {"check": check_runs, "floor": floor_runs}


def cli_has_jobs() -> list[str] | None:
    """The options for ``check --jobs`` if this version of the command has it, else None."""
    run = run_process([sys.executable, "-m", "checker", "--help"])
    if "--jobs" not in run.output:
        return None
    return [option for option in ("--no-progress", "--no-config") if option in run.output]


def cli_batch(folder: Path, jobs: int, options: list[str]) -> tuple[ProcessRun, int]:
    """``check --format json --jobs N FOLDER`` as a fresh process: its run and its findings."""
    run = run_process([sys.executable, "-m", "checker", "--format", "json", "--jobs", str(jobs), *options, str(folder)],
                      ok_codes=(0, 1))
    files = json.loads(run.output)["files"]
    return run, sum(len(entry.get("findings", [])) for entry in files)


def measure_in_fresh_process(name: str, timeout: float | None = None, **arguments) -> tuple[dict, int]:
    """Run one measurement (``measure``) in a fresh Python process: its figures and its peak
    memory."""
    command = [sys.executable, "-m", "checker.benchmarks.speed", "--measure", name,
               "--arguments", json.dumps(arguments)]
    run = run_process(command, timeout=timeout)
    return json.loads(run.output.strip().splitlines()[-1]), run.peak_rss


def measure(name: str, arguments: dict) -> dict:
    """One measurement, in this process (see ``measure_in_fresh_process``)."""
    if name in ("batch", "heap"):
        items = report_items(batch_texts(arguments["reports"]))
        first = checkpoint_for(len(items))
        jobs = arguments.get("jobs", 1)
        checkpoints = (first, len(items)) if jobs == 1 else ()
        run = check_batch(items, jobs, checkpoints=checkpoints, trace_from=first if name == "heap" else None)
        return {"seconds": run.seconds, "cpu": run.cpu, "reports": run.reports, "start_seconds": run.start_seconds,
                "findings": run.findings, "bytes": sum(len(data) for _, data in items),
                "memory": [point.as_json() for point in run.memory], "worker_peak": run.worker_peak}
    if name == "tokenise":
        texts = batch_texts(arguments["reports"])
        seconds, cpu = tokenise_batch(texts)
        return {"seconds": seconds, "cpu": cpu, "reports": len(texts)}
    if name == "long":
        text = long_text(arguments["size"])
        seconds, cpu = check_long(text)
        return {"seconds": seconds, "cpu": cpu, "bytes": len(text.encode("utf-8")), "characters": len(text)}
    raise ValueError(f"unknown measurement: {name}")


# -- the table ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    measure: str
    check: str
    reference: str
    ratio: float | None
    target: str
    passed: bool | None
    ratio_text: str | None = None   # instead of the ratio, e.g. "> 40×" when the run timed out


def _seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _megabytes(value: float) -> str:
    return f"{value / 2**20:.0f} MiB"


def _kilobytes(value: float) -> str:
    return f"{value / 1024:+.0f} KiB"


def run_benchmark(reports: int = 500, quick: bool = False, runs: int = 5, cold_file: str | Path | None = None,
                  sizes: tuple[int, int] | None = None, scaling_timeout: float = SCALING_TIMEOUT,
                  progress=None) -> list[Line]:
    """Every measurement, each in a fresh process; the lines of the table."""
    say = progress or (lambda message: None)
    small, large = sizes or ((100_000, 1 * MB) if quick else (1 * MB, 10 * MB))
    lines = []

    # -- cold start
    with tempfile.TemporaryDirectory() as folder:
        if cold_file is None and SEED_REPORT.exists():
            cold_file = SEED_REPORT
        if cold_file is None:
            cold_file = Path(folder) / "report.txt"
            cold_file.write_text(long_text(10_000), encoding="utf-8")
        cold_file = Path(cold_file).resolve()
        size = cold_file.stat().st_size
        say(f"cold start: {runs} runs of check and of the floor on {cold_file.name} ({size:,} bytes)")
        cold = cold_start(cold_file, runs)
    check_time = statistics.median(r.seconds for r in cold["check"])
    floor_time = statistics.median(r.seconds for r in cold["floor"])
    check_cpu = statistics.median(r.cpu for r in cold["check"])
    floor_cpu = statistics.median(r.cpu for r in cold["floor"])
    check_peak = max(r.peak_rss for r in cold["check"])
    floor_peak = max(r.peak_rss for r in cold["floor"])
    lines.append(Line(f"cold start, one {size / 1000:.1f} KB report, wall (median of {runs})", _seconds(check_time),
                      _seconds(floor_time), check_time / floor_time, f"≤ {COLD_START_TARGET}×",
                      check_time / floor_time <= COLD_START_TARGET))
    lines.append(Line(f"cold start, CPU time, user + system (median of {runs})", _seconds(check_cpu),
                      _seconds(floor_cpu), check_cpu / floor_cpu, "(figure)", None))
    lines.append(Line("cold start, peak memory (max RSS)", _megabytes(check_peak), _megabytes(floor_peak),
                      check_peak / floor_peak, f"≤ {MEMORY_TARGET}×", check_peak / floor_peak <= MEMORY_TARGET))

    # -- batch, in this benchmark's own processes
    say(f"batch: {reports} reports, jobs 1")
    one, one_peak = measure_in_fresh_process("batch", reports=reports, jobs=1)
    say(f"batch: {reports} reports, jobs 2 (a pool of two spawned processes)")
    two, _ = measure_in_fresh_process("batch", reports=reports, jobs=2)
    say(f"batch: {reports} reports, bare spaCy nlp.pipe")
    bare, bare_peak = measure_in_fresh_process("tokenise", reports=reports)
    say(f"batch: {reports} reports, jobs 1, Python heap traced from report {checkpoint_for(reports)}")
    heap, _ = measure_in_fresh_process("heap", reports=reports, jobs=1)
    if one["findings"] != two["findings"]:
        raise RuntimeError(f"jobs 2 found {two['findings']} findings, jobs 1 {one['findings']}")
    per_report = one["seconds"] / one["reports"]
    bare_per_report = bare["seconds"] / bare["reports"]
    kilobytes = one["bytes"] / one["reports"] / 1000
    lines.append(Line(f"batch, jobs 1: time per report ({reports} × {kilobytes:.1f} KB)",
                      f"{_seconds(per_report)} ({one['reports'] / one['seconds']:.1f}/s)",
                      f"{_seconds(bare_per_report)} ({bare['reports'] / bare['seconds']:.0f}/s)",
                      per_report / bare_per_report, f"≤ {BATCH_TARGET}×", per_report / bare_per_report <= BATCH_TARGET))
    lines.append(Line("batch, jobs 1: CPU time per report", _seconds(one["cpu"] / one["reports"]),
                      _seconds(bare["cpu"] / bare["reports"]), one["cpu"] / bare["cpu"] * bare["reports"] / one["reports"],
                      "(figure)", None))
    speedup = (two["reports"] / two["seconds"]) / (one["reports"] / one["seconds"])
    lines.append(Line("batch, jobs 2 against jobs 1: reports per second",
                      f"{two['reports'] / two['seconds']:.1f}/s", f"{one['reports'] / one['seconds']:.1f}/s",
                      speedup, f"≥ {JOBS_TARGET}×", speedup >= JOBS_TARGET))

    # -- batch, through the command
    options = cli_has_jobs()
    if options is None:
        say("check has no --jobs: the batch through the command is left out")
    else:
        with tempfile.TemporaryDirectory() as folder:
            for path, data in report_items(batch_texts(reports)):
                (Path(folder) / path).write_bytes(data)
            say(f"batch: check --jobs 1 and --jobs 2 over a folder of {reports} reports, twice each, alternating "
                f"(fresh processes; the faster run of each, its peak memory the higher)")
            cli_one, cli_one_findings = cli_batch(Path(folder), 1, options)
            cli_two, cli_two_findings = cli_batch(Path(folder), 2, options)
            # (one run of a 20-second batch on a shared 2-core machine varies by a tenth: 1.66x to 1.86x)
            again_one, _ = cli_batch(Path(folder), 1, options)
            again_two, _ = cli_batch(Path(folder), 2, options)
            cli_one, cli_two = (ProcessRun(min(a.seconds, b.seconds), min(a.cpu, b.cpu), max(a.peak_rss, b.peak_rss), a.output)
                                for a, b in ((cli_one, again_one), (cli_two, again_two)))
        if not cli_one_findings == cli_two_findings == one["findings"]:
            raise RuntimeError(f"findings: check --jobs 1 {cli_one_findings}, --jobs 2 {cli_two_findings}, "
                               f"in process {one['findings']}")
        cli_speedup = cli_one.seconds / cli_two.seconds
        lines.append(Line("batch, check --jobs 2 against --jobs 1: reports per second, start-up included",
                          f"{reports / cli_two.seconds:.1f}/s", f"{reports / cli_one.seconds:.1f}/s", cli_speedup,
                          f"≥ {JOBS_TARGET}×", cli_speedup >= JOBS_TARGET))
        lines.append(Line("batch, check --jobs 1: peak memory against the floor's batch",
                          _megabytes(cli_one.peak_rss), _megabytes(bare_peak), cli_one.peak_rss / bare_peak,
                          f"≤ {MEMORY_TARGET}×", cli_one.peak_rss / bare_peak <= MEMORY_TARGET))

    lines.append(Line(f"batch, jobs 1: peak memory of the process ({reports} reports)", _megabytes(one_peak),
                      _megabytes(bare_peak), one_peak / bare_peak, f"≤ {MEMORY_TARGET}×",
                      one_peak / bare_peak <= MEMORY_TARGET))
    lines.append(Line("batch, jobs 2: peak memory of a worker process", _megabytes(two["worker_peak"]),
                      _megabytes(bare_peak), two["worker_peak"] / bare_peak, f"≤ {MEMORY_TARGET}×",
                      two["worker_peak"] / bare_peak <= MEMORY_TARGET))
    first, last = one["memory"][0], one["memory"][-1]
    growth = (last["rss"] - first["rss"]) / first["rss"]
    lines.append(Line(f"batch, RSS after {last['reports']} against after {first['reports']} reports",
                      f"{_megabytes(last['rss'])} ({last['objects']:,} objects)",
                      f"{_megabytes(first['rss'])} ({first['objects']:,} objects)",
                      last["rss"] / first["rss"], f"growth ≤ {FLAT_TARGET:.0%}", growth <= FLAT_TARGET))
    first, last = heap["memory"][0], heap["memory"][-1]
    kept = last["traced"] - first["traced"]
    per = kept / max(1, last["reports"] - first["reports"])
    lines.append(Line(f"batch, Python heap kept from report {first['reports']} to {last['reports']} (tracemalloc)",
                      f"{_kilobytes(kept)} ({per:+,.0f} B/report)", "0", None, f"≤ {HEAP_GROWTH_TARGET:,} B/report",
                      per <= HEAP_GROWTH_TARGET))

    # -- scaling
    say(f"scaling: one report of {small / MB:g} MB")
    short, short_peak = measure_in_fresh_process("long", size=small)
    say(f"scaling: one report of {large / MB:g} MB (at most {scaling_timeout:g} s)")
    size_ratio = large / small
    try:
        long, long_peak = measure_in_fresh_process("long", timeout=scaling_timeout, size=large)
    except Timeout:
        lines.append(Line(f"scaling: {large / MB:g} MB against {short['bytes'] / MB:.1f} MB (× {size_ratio:.2f} text)",
                          f"> {_seconds(scaling_timeout)}", _seconds(short["seconds"]), None,
                          f"≤ {SCALING_TARGET:g}×", False, f"> {scaling_timeout / short['seconds']:.1f}×"))
    else:
        growth = long["seconds"] / short["seconds"]
        size_ratio = long["bytes"] / short["bytes"]
        lines.append(Line(f"scaling: {long['bytes'] / MB:.1f} MB against {short['bytes'] / MB:.1f} MB "
                          f"(× {size_ratio:.2f} text)", _seconds(long["seconds"]), _seconds(short["seconds"]), growth,
                          f"≤ {SCALING_TARGET:g}×", growth <= SCALING_TARGET))
        lines.append(Line("scaling: CPU time", _seconds(long["cpu"]), _seconds(short["cpu"]), long["cpu"] / short["cpu"],
                          "(figure)", None))
        lines.append(Line("scaling: peak memory of the process", _megabytes(long_peak), _megabytes(short_peak),
                          long_peak / short_peak, "(figure)", None))
    lines.append(Line("batch, start of jobs 2 / jobs 1 (not counted above)", _seconds(two["start_seconds"]),
                      _seconds(one["start_seconds"]), None, "(figure)", None))
    return lines


def render(lines: list[Line]) -> str:
    rows = [("measure", "check", "reference", "ratio", "target", "")]
    for line in lines:
        ratio = line.ratio_text or ("" if line.ratio is None else f"{line.ratio:.2f}×")
        rows.append((line.measure, line.check, line.reference, ratio, line.target,
                     "" if line.passed is None else "✓" if line.passed else "✗"))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    text = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    text.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(text)


def machine() -> str:
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.2f} at the start"
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"{platform.system()} {platform.release()}{load}")


def _sizes(value: str) -> tuple[int, int]:
    small, large = (int(float(part) * MB) if "." in part or "e" in part else int(part) for part in value.split(","))
    if not 0 < small < large:
        raise argparse.ArgumentTypeError("SMALL,LARGE in bytes (or MB with a point: 0.1,1.0), SMALL < LARGE")
    return small, large


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m checker.benchmarks.speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=None, help="reports in the batch (default 500; 100 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="a few minutes: 100 reports, 0.1 MB against 1 MB (default 500 reports, 1 MB against 10 MB)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes for each cold start (median; default 5)")
    parser.add_argument("--cold-file", help="the report of the cold start (default: corpora/seeds/003_…txt, 14 KB)")
    parser.add_argument("--sizes", type=_sizes, metavar="SMALL,LARGE",
                        help="the two long reports of the scaling, in bytes (or MB with a point: 1.0,10.0)")
    parser.add_argument("--scaling-timeout", type=float, default=SCALING_TIMEOUT,
                        help=f"seconds the large report may take before it counts as missed (default {SCALING_TIMEOUT})")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--arguments", default="{}", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.measure:
        print(json.dumps(measure(options.measure, json.loads(options.arguments))))
        return
    reports = options.reports or (100 if options.quick else 500)
    if reports < 2:
        parser.error("--reports must be at least 2")
    print(f"machine: {machine()}", flush=True)
    started = time.perf_counter()
    lines = run_benchmark(reports, options.quick, options.runs, options.cold_file, options.sizes,
                          options.scaling_timeout,
                          progress=lambda message: print(f"  … {message}", file=sys.stderr, flush=True))
    print(render(lines))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
