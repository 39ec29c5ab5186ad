"""Many reports at once: the files below the folders given, and checking them one after the
other or in parallel worker processes.

Folders are walked for ``.txt``, ``.docx`` and ``.pdf`` files (the read stage decides how to read
each by its suffix), in a stable order (sorted by path, folder by folder), leaving out hidden
files and folders, Office lock files (``~$report.docx``) and whatever an ``--exclude`` pattern
matches; a symbolic link to a folder already being walked is not followed again, so a loop ends.

With ``jobs`` > 1 the files are checked in processes started with ``spawn`` (spaCy and the
durable-rules host are not safe to fork), each of which builds one ``Checker`` at start-up. The
results come back in the input order, so the output does not depend on ``jobs``. One bad file
never stops a batch: an unreadable file is a result with ``error`` set, as always; an exception
while checking one file becomes that file's error; a worker process that dies takes only the
file it was checking with it (the files it had in hand are checked again one by one to find which).
"""
from __future__ import annotations

import os
from collections import deque
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Callable

REPORT_SUFFIXES = (".txt", ".docx", ".pdf")
STDIN = "-"
IN_HAND_PER_WORKER = 2
LOCK_FILE_PREFIX = "~$"  # Word's owner file beside an open document: ~$告.docx


class WorkerStartError(Exception):
    """A worker process could not build its checker: nothing can be checked in parallel."""


# -- walking folders ---------------------------------------------------------------------------------
def report_paths(paths, exclude=()) -> list[str]:
    """Files and ``-`` as given; each folder replaced by the report files below it."""
    found = []
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            found.extend(_walk(Path(path), tuple(exclude)))
        else:
            found.append(path)
    return found


def excluded(relative: str, exclude) -> bool:
    """A pattern matches the path relative to the folder given, or the last part of it."""
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatchcase(relative, glob) or fnmatchcase(name, glob) for glob in exclude)


def _walk(top: Path, exclude) -> list[str]:
    seen = set()
    found = []

    def visit(folder: Path, relative: str):
        try:
            identity = folder.stat()
        except OSError:
            return
        key = (identity.st_dev, identity.st_ino)
        if key in seen:  # a symbolic link back to a folder on this walk
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name.startswith(LOCK_FILE_PREFIX):
                continue
            inner = f"{relative}/{entry.name}" if relative else entry.name
            try:
                is_folder = entry.is_dir()  # follows a link to a folder
            except OSError:
                is_folder = False
            if is_folder:
                # a folder is left out when its path, or its path as a prefix (old/**), matches
                if not excluded(inner, exclude) and not any(fnmatchcase(inner + "/", g) for g in exclude):
                    visit(Path(entry.path), inner)
            elif Path(entry.name).suffix.lower() in REPORT_SUFFIXES and not excluded(inner, exclude):
                found.append(entry.path)

    visit(top, "")  # names sorted level by level: the order of sorted(Path.rglob(...))
    return found


def jobs_wanted(jobs: int) -> int:
    """0 means one process per CPU this process may use."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# -- checking ---------------------------------------------------------------------------------------
def make_checker(rules, language: str, options: dict):
    """The checker of one process; ``options`` are the extra keyword arguments of ``Checker``
    (report_date, reporting_period, given only when set; limits, a ``read.InputLimits``, which
    reaches every worker process as it is)."""
    from .pipeline import Checker

    return Checker(rules, language=language, **options)


def check_one(checker, path: str, data: bytes | None = None, keep: tuple[bool, bool] | None = None):
    """One report; never raises: a failure is the report's error, so the batch goes on.
    ``keep`` = (claims, text): only what the output will show is kept (``ReportResult.kept``)."""
    from .pipeline import ReportResult

    shown = "<stdin>" if path == STDIN else path
    try:
        result = checker.check_bytes(data, shown) if path == STDIN else checker.check_file(path)
        return result if keep is None else result.kept(*keep)
    except Exception as error:  # a bug met on one report must not lose the others
        return ReportResult(path=shown, error=f"{shown}: internal error while checking: {_one_line(error)}")


def check_reports(paths: list[str], rules, language: str = "zh", jobs: int = 1, options: dict | None = None,
                  progress: Callable[[int], None] | None = None, stdin: bytes | None = None,
                  factory: Callable = make_checker, keep: tuple[bool, bool] | None = None) -> list:
    """A ``ReportResult`` for each path, in the order given. ``stdin`` is the data of ``-``;
    ``progress(n)`` is called as n more files are done; ``factory(rules, language, options)``
    builds a checker (in each worker process when ``jobs`` > 1); ``keep`` = (claims, text) keeps
    of each result only what the output shows (None: all of it)."""
    options = dict(options or {})
    done = progress or (lambda n: None)
    items = [(path, stdin if path == STDIN else None, keep) for path in paths]
    jobs = min(jobs_wanted(jobs), len(items))
    if jobs <= 1:
        checker = factory(rules, language, options)
        results = []
        for path, data, kept in items:
            results.append(check_one(checker, path, data, kept))
            done(1)
        return results
    return _check_in_parallel(items, (factory, rules, language, options), jobs, done)


# Set in each worker process by _start_worker.
_worker_checker = None
_worker_problem: str | None = None


def _start_worker(factory, rules, language, options) -> None:
    global _worker_checker, _worker_problem
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle: it stops the pool
    try:
        _worker_checker = factory(rules, language, options)
    except Exception as error:  # reported by the first task, once, in the main process
        _worker_problem = _one_line(error)


def _check_in_worker(path: str, data: bytes | None, keep: tuple[bool, bool] | None):
    if _worker_checker is None:
        raise WorkerStartError(_worker_problem or "no checker")
    return check_one(_worker_checker, path, data, keep)


def _check_in_parallel(items, setup, jobs: int, done) -> list:
    results: list = [None] * len(items)
    waiting = deque(range(len(items)))
    while waiting:
        suspects = _run_pool(items, waiting, results, setup, jobs, done)
        # A worker died while these files were in hand: check each alone to find the one that kills it.
        for index in suspects:
            if _run_pool(items, deque([index]), results, setup, 1, done):
                path = items[index][0]
                shown = "<stdin>" if path == STDIN else path
                results[index] = _error_result(shown, "the worker process checking it died")
                done(1)
    return results


def _run_pool(items, waiting: deque, results: list, setup, jobs: int, done) -> list[int]:
    """Check the files ``waiting`` with at most two per worker in hand; the indices in hand when a worker
    died (``waiting`` then holds those not yet started), or [] when all are done."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    in_hand = {}
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=setup)
    try:
        while waiting or in_hand:
            # two files in hand per worker: the next one waits in its queue while the main process
            # takes a result in (a worker never idles), and a dead worker still leaves few suspects
            while waiting and len(in_hand) < IN_HAND_PER_WORKER * jobs:
                index = waiting.popleft()
                in_hand[pool.submit(_check_in_worker, *items[index])] = index
            finished, _ = wait(in_hand, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=in_hand.get):
                index = in_hand.pop(future)
                try:
                    results[index] = future.result()
                except BrokenProcessPool:
                    return sorted([index, *in_hand.values()])
                except WorkerStartError as error:
                    raise WorkerStartError(f"a worker process could not start: {error}") from None
                except Exception as error:  # e.g. a result that could not be sent back
                    path = items[index][0]
                    results[index] = _error_result("<stdin>" if path == STDIN else path,
                                                   f"internal error while checking: {_one_line(error)}")
                done(1)
        return []
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _error_result(path: str, problem: str):
    from .pipeline import ReportResult

    return ReportResult(path=path, error=f"{path}: {problem}")


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
