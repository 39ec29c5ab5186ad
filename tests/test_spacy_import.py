"""spaCy is imported without its command line (checker/nlp/spacy_import.py): the CLI's
libraries stay unloaded, spaCy's own API that needs them still works, and the claims and findings
are the same as with the plain ``import spacy``. Each case runs in a fresh interpreter, since the
test process has imported spaCy already."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "seeds" / "003_e67a7172a9e70ee8.txt"


def run_python(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_the_pipeline_loads_without_spacys_cli_libraries():
    done = run_python(
        "import sys\n"
        "from checker.nlp import tag_report\n"
        "doc = tag_report('共上报出生4165人，其中，男孩2143人、女孩2022人。')\n"
        "print(len(doc.spans['numeric_claims']))\n"
        "print(sorted(m for m in ('typer', 'rich', 'httpx', 'weasel', 'spacy.cli.download') if m in sys.modules))\n")
    assert done.returncode == 0, done.stderr
    count, loaded = done.stdout.splitlines()
    assert int(count) == 3 and loaded == "[]"


def test_spacys_cli_api_still_works_after_the_deferred_import():
    done = run_python(
        "import sys\n"
        "from checker.nlp.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "assert 'typer' not in sys.modules\n"
        "information = spacy.info()\n"
        "print(information['spacy_version'] == spacy.__version__)\n"
        "import spacy.cli\n"
        "print(callable(spacy.cli.download), 'typer' in sys.modules)\n"
        "print(type(sys.modules['spacy.cli']).__name__)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["True", "True True", "module"]


def test_import_spacy_cli_before_any_use_gives_the_real_package():
    done = run_python(
        "import sys\n"
        "from checker.nlp.spacy_import import import_spacy\n"
        "import_spacy()\n"
        "import spacy.cli\n"
        "print(spacy.cli.download.__module__)\n"
        "print(type(sys.modules['spacy.cli']).__name__, type(sys.modules['spacy'].cli).__name__)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["spacy.cli.download", "module module"]


def test_same_claims_and_findings_as_with_the_plain_import():
    run_check = ("import sys, runpy\n"
                 "sys.argv = ['check', '--format', 'json', '--claims', '--no-config', sys.argv[1]]\n"
                 "runpy.run_module('checker', run_name='__main__')\n")
    deferred = run_python(run_check, str(SEED))
    plain = run_python("import spacy\n" + run_check, str(SEED))
    assert deferred.returncode == plain.returncode == 1, (deferred.stderr, plain.stderr)
    deferred_json, plain_json = json.loads(deferred.stdout), json.loads(plain.stdout)
    assert deferred_json == plain_json
    claims = deferred_json["files"][0]["claims"]
    assert len(claims) > 100  # the seed states hundreds of numbers: the comparison is not of empty lists
